"""Company names resolve to businesses (never to the state or person their words name); central banks to GOV."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.actors.business import business_names, load_business_words

ON = date(1987, 3, 2)


def _mentions(mentions_in, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {m.text: (m.actor.code, m.kind) for m in mentions_in(text, ON)}


@pytest.mark.parametrize("text, name, code", [
    ("Bank of America said it would sell its consumer finance unit.", "Bank of America", "USABUS"),
    ("Japan Air Lines Co Ltd raised its stake in a hotel chain.", "Japan Air Lines Co Ltd", "JPNBUS"),
    ("Texas Instruments Inc reported a loss for the quarter.", "Texas Instruments Inc", "USABUS"),
    ("Analysts expect Korean Air to order more jets.", "Korean Air", "KORBUS"),
    ("Shares of Royal Dutch Shell fell sharply on Monday.", "Royal Dutch Shell", "NLDBUS"),
    ("The deal values Quibble Widget Industries at 40 mln dlrs.", "Quibble Widget Industries", "BUS"),
    ("Officials at Norwegian Petroleum Holdings declined to comment.", "Norwegian Petroleum Holdings", "NORBUS"),
])
def test_company_name_is_a_business(mentions_in, text, name, code):
    found = _mentions(mentions_in, text)
    assert found.get(name) == (code, "business")
    assert not any(k == "state" for _, k in found.values())  # the country in the name is no actor of its own


def test_nationality_before_the_name(mentions_in):
    found = _mentions(mentions_in, "The Italian tyre maker Fratelli Gomma SpA opened a plant in Brazil.")
    assert found["Italian tyre maker Fratelli Gomma SpA"] == ("ITABUS", "business")
    assert found["Brazil"][0] == "BRA"


def test_country_after_of(mentions_in):
    found = _mentions(mentions_in, "Brightwater Co of Canada signed a supply contract last week.")
    assert found["Brightwater Co of Canada"] == ("CANBUS", "business")


def test_surname_in_a_company_is_no_politician(mentions_in):
    text = "E.F. Hutton Group Inc said it would cut jobs. Hutton said the cuts were needed."
    mentions = mentions_in(text, ON)
    assert [m.actor.code for m in mentions] == ["USABUS", "USABUS"]
    assert all(m.actor.sector == "BUS" and m.actor.role is None for m in mentions)


def test_title_after_company_is_its_officer(mentions_in):
    found = _mentions(mentions_in, "General Motors Corp. Chairman Roger Smith criticised Japan's trade policy.")
    assert not any(code.endswith("MIL") or code.endswith("GOV") and code != "JPNGOV" for code, _ in found.values())
    assert found["General Motors Corp."] == ("USABUS", "business")
    assert found["Japan"][0] == "JPN"


@pytest.mark.parametrize("text, name, code", [
    ("The Bank of England offered assistance to the money market.", "Bank of England", "GBRGOV"),
    ("The Bundesbank left its discount rate unchanged.", "Bundesbank", "DEUGOV"),
    ("Brazil's Central Bank froze interest payments.", "Brazil's Central Bank", "BRAGOV"),
    ("The Federal Reserve raised interest rates.", "Federal Reserve", "USAGOV"),
])
def test_central_banks_are_government(mentions_in, text, name, code):
    found = _mentions(mentions_in, text)
    assert found[name][0] == code


@pytest.mark.parametrize("text, name, code", [
    ("The World Bank approved a loan to Kenya.", "World Bank", "IGOWBK"),
    ("Israel began to withdraw from the West Bank.", "West Bank", "PSE"),
])
def test_kb_names_win(mentions_in, text, name, code):
    found = _mentions(mentions_in, text)
    assert found[name][0] == code


@pytest.mark.parametrize("text", [
    "Members of the Contact Group met in London on Tuesday.",  # 'Group' needs a corporate form
    "The Finance Ministry said exports rose.",
    "Officials in Washington met bankers on Friday.",
])
def test_not_companies(mentions_in, text):
    assert not any(kind == "business" for _, kind in _mentions(mentions_in, text).values())


def test_resolve_company_text(kb):
    ref = kb.resolve("Bank of America", on=ON)
    assert ref is not None and ref.code == "USABUS" and ref.sector == "BUS"
    assert kb.resolve("Bank of Japan", on=ON).code == "JPNGOV"


def test_word_lists_are_package_data():
    words = load_business_words()
    assert {"Inc", "Corp", "Ltd", "AG"} <= words.forms and "Airlines" in words.heads
    assert words.central[("Bank", "of", "England")] == "GBR"


def test_names_do_not_overlap(nlp, kb):
    doc = nlp("Toyota Motor Corp and Nissan Motor Co Ltd agreed with Mitsubishi Heavy Industries Ltd.")
    from multivector.actors.matching import atoms_of

    names = business_names(doc, atoms_of(kb, doc), kb)
    assert [doc[n.start:n.end].text for n in names] == [
        "Toyota Motor Corp", "Nissan Motor Co Ltd", "Mitsubishi Heavy Industries Ltd."]
    assert all(a.end <= b.start for a, b in zip(names, names[1:]))


@pytest.mark.parametrize("text, name, code", [
    ("The Dutch brewing concern Van Loon said profits rose.", "Dutch brewing concern Van Loon", "NLDBUS"),
    ("Profits at the French company fell, analysts said.", "French company", "FRABUS"),
    ("Zeltrax Corp, Tokyo, and Mervin Inc agreed to pool research.", "Zeltrax Corp, Tokyo", "JPNBUS"),
    ("The firm's Italian affiliate, Gomma Ltd, will receive the shares.", "Italian affiliate, Gomma Ltd", "ITABUS"),
    ("Analysts said Japan's central bank would act soon.", "Japan's central bank", "JPNGOV"),
    ("The pill is licensed from Hollis and Co Inc, the company said.", "Hollis and Co Inc", "BUS"),
])
def test_described_and_located_companies(mentions_in, text, name, code):
    assert _mentions(mentions_in, text).get(name, ("", ""))[0] == code


@pytest.mark.parametrize("text, name, code", [
    ("Saudi Oil Minister Ali Naimi said OPEC would meet.", "Saudi Oil Minister Ali Naimi", "SAUGOV"),
    ("The Gulf Co-operation Council met in Riyadh.", "Gulf Co-operation Council", "IGOGCC"),
    ("The Lebanese militant group Hezbollah fired rockets at Israel.", "Hezbollah", "LBNREB"),
])
def test_public_bodies_and_groups_are_no_companies(mentions_in, text, name, code):
    found = _mentions(mentions_in, text)
    assert found[name][0] == code and not any(kind == "business" for _, kind in found.values())


def test_bad_word_list_names_file_and_line(tmp_path):
    from multivector.errors import ActorDataError

    (tmp_path / "business_words.csv").write_text("word,kind,note\nInc,form,\nCorp,shape,\n", encoding="utf-8")
    for name in ("business_names.csv", "central_banks.csv"):
        (tmp_path / name).write_text("name,country\n", encoding="utf-8")
    with pytest.raises(ActorDataError, match=r"business_words.csv:3"):
        load_business_words(tmp_path)
