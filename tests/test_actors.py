"""The actor knowledge base: tables, resolution at a date, mentions in parsed text, overlays, CLI functions."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from multivector.actors import ActorKB, list_actors, lookup, stats
from multivector.errors import ActorDataError

ON = date(2025, 11, 6)


@pytest.fixture(scope="module")
def fixture_kb(test_data: Path, tmp_path_factory: pytest.TempPathFactory) -> ActorKB:
    """Package tables with only the small fixture office-holder file (no package holder files)."""
    empty = tmp_path_factory.mktemp("no_holders")
    return ActorKB.load(overlays=[test_data / "actors_fixture_holders.csv"], holders_dir=empty)


@pytest.mark.parametrize(
    ("text", "code", "role"),
    [
        ("Kassym-Jomart Tokayev", "KAZGOV", "head_of_state"),
        ("Tokayev", "KAZGOV", "head_of_state"),
        ("Kazakhstan's President", "KAZGOV", "head_of_state"),
        ("the Kazakh leader", "KAZGOV", "head_of_state"),
        ("the Kazakh president", "KAZGOV", "head_of_state"),
        ("President of Kazakhstan", "KAZGOV", "head_of_state"),
        ("Sadyr Japarov", "KGZGOV", "head_of_state"),
        ("Japarov", "KGZGOV", "head_of_state"),
        ("Serdar Berdimuhamedov", "TKMGOV", "head_of_state"),
        ("Lavrov", "RUSGOV", "foreign_minister"),
        ("Russian Foreign Minister Sergey Lavrov", "RUSGOV", "foreign_minister"),
        ("Trump", "USAGOV", "head_of_state"),
    ],
)
def test_done_criteria_on_2025_11_06(fixture_kb: ActorKB, kb: ActorKB, text: str, code: str,
                                     role: str) -> None:
    for base in (fixture_kb, kb):
        ref = base.resolve(text, on=ON)
        assert ref is not None, text
        assert (ref.code, ref.role) == (code, role), (text, ref)
        assert ref.text == text


def test_person_outside_office_gets_out_of_office_code(fixture_kb: ActorKB, kb: ActorKB) -> None:
    for base in (fixture_kb, kb):
        ref = base.resolve("Trump", on=date(2022, 6, 1))
        assert ref is not None and ref.code == "USAELI" and ref.role is None and ref.sector == "ELI"
    before = fixture_kb.resolve("Tokayev", on=date(2010, 1, 1))
    assert before is not None and before.code == "KAZELI" and before.role is None
    during = fixture_kb.resolve("Tokayev", on=date(2005, 6, 1))
    assert during is not None and (during.code, during.role) == ("KAZGOV", "foreign_minister")


def test_title_only_follows_the_office_holder_at_the_date(fixture_kb: ActorKB) -> None:
    now = fixture_kb.resolve("the US president", on=ON)
    assert now is not None and now.name == "Donald Trump" and now.code == "USAGOV"
    gap = fixture_kb.resolve("the US president", on=date(2022, 6, 1))  # no holder in the fixture then
    assert gap is not None and gap.code == "USAGOV" and gap.id is None and gap.role == "head_of_state"


def test_modifiers_change_the_office(fixture_kb: ActorKB) -> None:
    deputy = fixture_kb.resolve("Russian Deputy Foreign Minister", on=ON)
    assert deputy is not None and deputy.code == "RUSGOV" and deputy.role is None
    former = fixture_kb.resolve("the former Kazakh president", on=ON)
    assert former is not None and former.code == "KAZELI"


@pytest.mark.parametrize(
    ("text", "code", "country", "sector"),
    [
        ("Kazakh police", "KAZCOP", "KAZ", "COP"),
        ("Russian troops", "RUSMIL", "RUS", "MIL"),
        ("Kazakhstan's Foreign Ministry", "KAZGOV", "KAZ", "GOV"),
        ("the Foreign Ministry of Uzbekistan", "UZBGOV", "UZB", "GOV"),
        ("Kyrgyz opposition", "KGZOPP", "KGZ", "OPP"),
        ("the Kremlin", "RUSGOV", "RUS", "GOV"),
        ("Ak Orda", "KAZGOV", "KAZ", "GOV"),
        ("Downing Street", "GBRGOV", "GBR", "GOV"),
        ("the Élysée", "FRAGOV", "FRA", "GOV"),
        ("Brussels", "IGOEUR", "EUR", None),
        ("the United Nations", "IGOUNO", "UNO", None),
        ("U.N.", "IGOUNO", "UNO", None),
        ("NATO", "IGONATO", "NATO", None),
        ("Central Asian leaders", "CAS", "CAS", None),
        ("Burma", "MMR", "MMR", None),
        ("Swaziland", "SWZ", "SWZ", None),
        ("Turkey", "TUR", "TUR", None),
        ("Türkiye", "TUR", "TUR", None),
        ("Ivory Coast", "CIV", "CIV", None),
        ("Kazakhstani", "KAZ", "KAZ", None),
        ("U.S.", "USA", "USA", None),
        ("Kosovo", "XKX", "XKX", None),
        ("protesters", "OPP", None, "OPP"),
    ],
)
def test_states_bodies_sectors_and_metonyms(fixture_kb: ActorKB, text: str, code: str, country: str | None,
                                            sector: str | None) -> None:
    ref = fixture_kb.resolve(text, on=ON)
    assert ref is not None, text
    assert (ref.code, ref.country, ref.sector) == (code, country, sector)


def test_lowercase_words_are_not_abbreviations(fixture_kb: ActorKB) -> None:
    assert fixture_kb.resolve("us", on=ON) is None
    assert fixture_kb.resolve("who", on=ON) is None
    assert fixture_kb.resolve("trump", on=ON) is None


def test_members_at_a_date(fixture_kb: ActorKB) -> None:
    assert fixture_kb.members("CAS") == frozenset({"KAZ", "KGZ", "TJK", "TKM", "UZB"})
    assert "FIN" not in fixture_kb.members("NATO", on=date(2022, 1, 1))
    assert "FIN" in fixture_kb.members("NATO", on=ON)
    assert "GBR" in fixture_kb.members("EUR", on=date(2019, 1, 1))
    assert "GBR" not in fixture_kb.members("EUR", on=ON)
    assert len(fixture_kb.members("UNO")) == 193
    assert fixture_kb.members("KAZ") == frozenset({"KAZ"})
    west = fixture_kb.members("WST", on=ON)
    assert {"USA", "DEU", "FRA"} <= west and "RUS" not in west  # nested EU members are expanded
    assert fixture_kb.members("nope") == frozenset()


def test_country_names_and_table_sizes(fixture_kb: ActorKB) -> None:
    assert fixture_kb.country_name("KAZ") == "Kazakhstan"
    assert fixture_kb.country_name("EUR") == "European Union"
    assert fixture_kb.country_name("XXX") is None
    assert sum(s.un_member for s in fixture_kb.states.values()) == 193
    assert {"PSE", "VAT", "TWN", "XKX"} <= set(fixture_kb.states)


def test_find_mentions_in_parsed_text(fixture_kb: ActorKB, nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Kazakhstan's President Kassym-Jomart Tokayev met Russian Foreign Minister Sergey Lavrov in Astana. "
            "He said the Kazakh police would cooperate with NATO and the EU.\n"
            "The president also spoke about the country's ties with Central Asian states.")
    doc = nlp(text)
    mentions = fixture_kb.find_mentions(doc, on=ON)
    found = [(m.text, m.actor.code, m.kind) for m in mentions]
    assert ("Kazakhstan's President Kassym-Jomart Tokayev", "KAZGOV", "person") in found
    assert ("Russian Foreign Minister Sergey Lavrov", "RUSGOV", "person") in found
    assert ("Astana", "KAZGOV", "metonym") in found
    he = next(m for m in mentions if m.text == "He")
    assert he.kind == "pronoun" and he.actor.name in {"Kassym-Jomart Tokayev", "Sergey Lavrov"}
    assert ("the Kazakh police", "KAZCOP", "sector") in found or ("Kazakh police", "KAZCOP", "sector") in found
    assert ("NATO", "IGONATO", "igo") in found and ("EU", "IGOEUR", "igo") in found
    president = next(m for m in mentions if m.text == "The president")
    assert president.actor.name == "Kassym-Jomart Tokayev" and president.kind == "title"
    assert next(m for m in mentions if m.text == "the country").actor.code == "KAZ"
    for m in mentions:
        assert text[m.start_char:m.end_char] == m.text == m.actor.text
    starts = [m.start_token for m in mentions]
    assert starts == sorted(starts)
    assert all(a.end_token <= b.start_token for a, b in zip(mentions, mentions[1:]))


def test_pronoun_takes_the_most_recent_person(fixture_kb: ActorKB, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Lavrov arrived in Astana on Monday. He met Tokayev. She did not.")
    mentions = fixture_kb.find_mentions(doc, on=ON)
    he = next(m for m in mentions if m.text == "He")
    assert he.kind == "pronoun" and he.actor.name == "Sergey Lavrov"
    she = next(m for m in mentions if m.text == "She")
    assert she.actor.name == "Kassym-Jomart Tokayev"


def test_overlay_replaces_package_rows(tmp_path: Path, test_data: Path) -> None:
    overlay = tmp_path / "my_states.csv"
    overlay.write_text(
        "iso3,cameo,name,official_name,aliases,demonyms,capital,metonyms,leader_office,un_member,qid\n"
        "KAZ,KAZ,Qazaqstan,Republic of Kazakhstan,Kazakhstan,Kazakh,Astana,Akorda,,1,Q232\n",
        encoding="utf-8")
    kb2 = ActorKB.load(overlays=[overlay, test_data / "actors_fixture_holders.csv"], holders_dir=tmp_path)
    assert kb2.country_name("KAZ") == "Qazaqstan"
    assert kb2.resolve("Akorda", on=ON).code == "KAZGOV"  # type: ignore[union-attr]
    assert kb2.version != ActorKB.load(holders_dir=tmp_path).version


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("name,aliases,qid,country,office,start,end,out_of_office,basis,uncertain\n"
         "X Y,,,KAZ,head_of_state,2020-13-01,,,,0\n", "bad date"),
        ("name,aliases,qid,country,office,start,end,out_of_office,basis,uncertain\n"
         "X Y,,,,head_of_state,2020,,,,0\n", "country"),
        ("foo,bar\n1,2\n", "unknown actor table"),
    ],
)
def test_bad_overlay_raises_coded_error_naming_the_file(tmp_path: Path, content: str, needle: str) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ActorDataError) as info:
        ActorKB.load(overlays=[bad], holders_dir=tmp_path)
    assert "E030" in str(info.value) and "bad.csv" in str(info.value) and needle in str(info.value)


def test_missing_overlay_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ActorDataError, match="not found"):
        ActorKB.load(overlays=[tmp_path / "absent.csv"])


def test_cli_functions(fixture_kb: ActorKB) -> None:
    refs = lookup(fixture_kb, "Japarov", ON)
    assert refs[0].name == "Sadyr Japarov"
    assert {r.name for r in refs} >= {"Sadyr Japarov", "Akylbek Japarov"}
    rows = list_actors(fixture_kb, "kaz")
    assert {r["office"] for r in rows} == {"head_of_state", "foreign_minister"}
    assert rows[0]["start"] >= rows[-1]["start"]
    numbers = stats(fixture_kb)
    assert numbers["states"] == 200 and numbers["persons"] == 7 and numbers["terms"] == 9
    assert numbers["version"] == fixture_kb.version


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=60))
def test_resolve_never_raises(fixture_kb: ActorKB, text: str) -> None:
    ref = fixture_kb.resolve(text, on=ON)
    assert ref is None or ref.code


@pytest.mark.parametrize(
    ("text", "code", "kind"),
    [
        ("Russia's Lavrov", "RUSGOV", "person"),
        ("the State Duma", "RUSLEG", "metonym"),
        ("Capitol Hill", "USALEG", "metonym"),
        ("the Jogorku Kenesh", "KGZLEG", "metonym"),
        ("a delegation of the CSTO", "IGOCSTO", "sector"),
        ("NATO troops", "IGONATOMIL", "sector"),
        ("the Kazakh side", "KAZGOV", "sector"),
        ("Tajik labour migrants", "TJKCVL", "sector"),
    ],
)
def test_merged_mentions(fixture_kb: ActorKB, nlp, text: str, code: str, kind: str) -> None:  # type: ignore[no-untyped-def]
    mentions = fixture_kb.find_mentions(nlp(f"Yesterday {text} spoke."), on=ON)
    assert [(m.actor.code, m.kind) for m in mentions] == [(code, kind)]
    assert mentions[0].text.endswith(text.split()[-1])


def test_party_title_does_not_make_an_out_of_office_person_governing(fixture_kb: ActorKB) -> None:
    ref = fixture_kb.resolve("Republican leader Donald Trump", on=date(2022, 6, 1))
    assert ref is not None and ref.code == "USAELI"
    titled = fixture_kb.resolve("US President Donald Trump", on=date(2022, 6, 1))  # the text's title wins
    assert titled is not None and titled.code == "USAGOV" and titled.role == "head_of_state"


def test_unknown_name_after_a_title_keeps_the_text_name(fixture_kb: ActorKB) -> None:
    ref = fixture_kb.resolve("Kyrgyz Foreign Minister Zheenbek Kulubaev", on=ON)
    assert ref is not None and ref.name == "Zheenbek Kulubaev" and ref.code == "KGZGOV"
    assert ref.role == "foreign_minister" and ref.id is None


@pytest.mark.parametrize(("text", "code"), [("Toqaev", "KAZGOV"), ("Djaparov", "KGZGOV"),
                                            ("Berdymukhammedov", "TKMGOV")])
def test_transliteration_variants_of_known_names(fixture_kb: ActorKB, text: str, code: str) -> None:
    ref = fixture_kb.resolve(text, on=ON)
    assert ref is not None and ref.code == code


def test_skeleton_matching_ignores_ordinary_capitalised_words(fixture_kb: ActorKB, nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Sunday trading opened quietly in London as Markets waited for Press reports.")
    assert [m.actor.code for m in fixture_kb.find_mentions(doc, on=ON)] == ["GBRGOV"]


def test_kb_pickles_without_spacy_caches(fixture_kb: ActorKB) -> None:
    import pickle

    fixture_kb.resolve("Tokayev", on=ON)  # builds the caches
    copy = pickle.loads(pickle.dumps(fixture_kb))
    assert copy.resolve("Tokayev", on=ON) == fixture_kb.resolve("Tokayev", on=ON)
