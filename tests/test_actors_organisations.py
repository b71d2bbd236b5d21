"""Organisations the KB does not list by name (actors/organisations.py): parties, associations, unions, media and
sub-national governments, coded with the country only the mention itself gives."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from multivector.actors.organisations import load_organisation_words
from multivector.errors import ActorDataError

ON = date(2006, 5, 1)


def _code(mentions_in, text: str, words: str) -> str | None:  # type: ignore[no-untyped-def]
    """The code of the mention whose text contains ``words`` (None when no mention does)."""
    found = [m for m in mentions_in(text, ON) if words in m.text]
    return found[0].actor.code if found else None


# --- parties and movements ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The ruling Unity and Progress Party rejected the budget.", "Unity and Progress Party", "GOV"),
    ("The opposition Front for National Renewal boycotted the vote.", "Front for National Renewal", "OPP"),
    ("The Socialist Party of Albania criticised the ministers.", "Socialist Party of Albania", "ALBPTY"),
    ("Kenya's ruling Orange Democratic Movement won the seat.", "Orange Democratic Movement", "KENGOV"),
    ("The Islamist Wasat party filed a complaint.", "Wasat party", "PTY"),
    ("The Homeland Union (Conservatives) demanded a recount.", "Homeland Union", "PTY"),
    ("The Patriotic Liberation Front attacked an army post.", "Patriotic Liberation Front", "REB"),
])
def test_named_parties_take_their_side_and_stated_country(mentions_in, text, words, code) -> None:  # type: ignore[no-untyped-def]
    assert _code(mentions_in, text, words) == code


def test_a_bracketed_gloss_is_part_of_the_name_not_an_actor(mentions_in) -> None:  # type: ignore[no-untyped-def]
    mentions = mentions_in("The conservative Umma (Nation) party accused Egypt of meddling.", ON)
    party = [m for m in mentions if "party" in m.text]
    assert len(party) == 1 and "(Nation)" in party[0].text
    assert not any(m.text == "Nation" for m in mentions)
    glossed = [m for m in mentions_in("The Homeland Union (Conservatives) met.", ON) if "Union" in m.text]
    assert glossed and glossed[0].text.endswith("(Conservatives)")


def test_country_comes_only_from_the_mention(mentions_in) -> None:  # type: ignore[no-untyped-def]
    text = "Troops entered Chad on Monday. The opposition Movement for Justice and Renewal condemned the move."
    assert _code(mentions_in, text, "Movement for Justice") == "OPP"  # Chad is named, but not with the party


# --- associations, unions, forums -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The National Union of Dockworkers called a strike.", "National Union of Dockworkers", "LAB"),
    ("The Federation of Kenyan Employers opposed the wage rise.", "Federation of Kenyan Employers", "KENBUS"),
    ("The Association of Asian Lawyers condemned the coup.", "Association of Asian Lawyers", "NGO"),
    ("The Global Water Forum urged governments to act.", "Global Water Forum", "NGO"),
    ("The Organization of Coffee Exporting Countries met in London.", "Coffee Exporting Countries", "IGO"),
    ("The Polish Teachers Association backed the strike.", "Polish Teachers Association", "POLLAB"),
    ("The Solidarity union called a strike.", "Solidarity union", "LAB"),
])
def test_associations_and_unions_by_their_words(mentions_in, text, words, code) -> None:  # type: ignore[no-untyped-def]
    assert _code(mentions_in, text, words) == code


@pytest.mark.parametrize("text", [
    "The Council of Ministers approved the plan.",
    "The National Security Council met on Monday.",
    "The Lower House Budget Committee delayed the bill.",
])
def test_public_councils_are_not_made_organisations(mentions_in, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(m.kind == "sector" and m.actor.sector == "NGO" for m in mentions_in(text, ON))


def test_names_the_kb_knows_are_left_to_it(mentions_in) -> None:  # type: ignore[no-untyped-def]
    codes = mentions_in.codes("The European Union and the African Union sent observers.", ON)
    assert codes.get("The European Union", "").startswith("IGO")
    assert all(code not in ("NGO", "PTY", "LAB") for code in codes.values())


def test_a_party_name_before_its_leader_is_left_to_the_title(mentions_in) -> None:  # type: ignore[no-untyped-def]
    mentions = mentions_in("Reform Party leader Ivan Petrov said he would resign.", ON)
    assert not any(m.text.endswith("Party") for m in mentions)


# --- media --------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The Washington Post reported that talks had failed.", "Washington Post", "USAMED"),
    ("The Manila Herald reported that talks had failed.", "Manila Herald", "PHLMED"),
    ("The daily said that talks had failed.", "daily", "MED"),
    ("A Pakistani newspaper said that talks had failed.", "newspaper", "PAKMED"),
    ("Le Monde said that talks had failed.", "Le Monde", "FRAMED"),
    ("La Prensa said that talks had failed.", "La Prensa", "MED"),
])
def test_media(mentions_in, text, words, code) -> None:  # type: ignore[no-untyped-def]
    assert _code(mentions_in, text, words) == code


@pytest.mark.parametrize("text", [
    "Musharraf Agrees to Keep Army Post in Deal.",
    "Prices rose on a daily basis in the capital.",
    "Crowds filled Times Square on Monday.",
])
def test_words_that_only_look_like_media(mentions_in, text) -> None:  # type: ignore[no-untyped-def]
    assert not any(m.actor.sector == "MED" for m in mentions_in(text, ON))


# --- sub-national governments -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "words", "code"), [
    ("The government of Balochistan province demanded more gas revenue.", "Balochistan", "PAKGOV"),
    ("The Kerala state government banned the rally.", "Kerala", "INDGOV"),
    ("Dagestan's regional administration condemned the attack.", "Dagestan", "RUSGOV"),
    ("The Ohio state government sued the agency.", "Ohio", "USAGOV"),
    ("The Punjab provincial government banned the march.", "Punjab", "PAKGOV"),
    ("The Punjab state government banned the march.", "Punjab", "INDGOV"),
])
def test_sub_national_governments_are_their_states(mentions_in, text, words, code) -> None:  # type: ignore[no-untyped-def]
    assert _code(mentions_in, text, words) == code


def test_a_shared_region_without_its_unit_gets_no_country(mentions_in) -> None:  # type: ignore[no-untyped-def]
    assert _code(mentions_in, "The Punjab government banned the march.", "Punjab") is None


# --- end to end and data ------------------------------------------------------------------------------------
def test_a_party_becomes_an_event_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The opposition Movement for Justice and Renewal accused the government of Chad of fraud.")
    assert any("OPP" in [a.code for a in e.actors] for e in events)


def test_bad_word_rows_name_the_file_and_line(tmp_path: Path) -> None:
    for name in ("organisation_words.csv", "media_words.csv"):
        (tmp_path / name).write_text("word,kind,sector,country,note\nParty,head,PTY,,\n", encoding="utf-8")
    (tmp_path / "media_words.csv").write_text("word,kind,country,note\nPost,masthead,,\n", encoding="utf-8")
    (tmp_path / "regions.csv").write_text("name,country,unit,note\n", encoding="utf-8")
    with pytest.raises(ActorDataError) as error:
        load_organisation_words.__wrapped__(tmp_path)
    assert "media_words.csv" in str(error.value) and ":2" in str(error.value)


def test_packaged_lists_load() -> None:
    words = load_organisation_words()
    assert words.heads["Party"] == "PTY" and words.topics["mineworkers"] == "LAB"
    assert words.regions[("Punjab",)] == {"province": "PAK", "state": "IND"}


def test_a_place_after_for_or_on_is_the_topic_not_the_country(mentions_in) -> None:  # type: ignore[no-untyped-def]
    mentions = mentions_in("Ana Silva of the Inter-Parliamentary Alliance on Russia spoke.", ON)
    assert not any(m.actor.country == "RUS" for m in mentions)
    assert _code(mentions_in, "The Committee for Justice in Iran protested.", "Committee for Justice") == "NGO"


# --- leaders of communities ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "words", "code"), [
    ("A group of Igbo leaders met the governor.", "Igbo leaders", "NGACVL"),
    ("Tribal elders asked the army to leave.", "elders", "CVL"),
    ("Tribal elders in Pakistan asked the army to leave.", "elders", "PAKCVL"),
    ("Sunni clerics condemned the bombing.", "clerics", "REL"),
    ("Lebanon's Druze leaders called for calm.", "Druze leaders", "LBNREL"),
    ("Kurdish leaders rejected the plan.", "Kurdish leaders", "KUR"),
    ("Kurdish leaders in Syria rejected the plan.", "Kurdish leaders", "SYRCVL"),
    ("Pashtun elders rejected the plan.", "Pashtun elders", "CVL"),
])
def test_leaders_of_communities(mentions_in, text, words, code) -> None:  # type: ignore[no-untyped-def]
    assert _code(mentions_in, text, words) == code


def test_a_country_named_elsewhere_is_not_a_communitys(mentions_in) -> None:  # type: ignore[no-untyped-def]
    text = "Troops arrived in Afghanistan on Monday. Pashtun elders said they would talk."
    assert _code(mentions_in, text, "Pashtun elders") == "CVL"


def test_foreign_particles_stay_inside_a_name(mentions_in) -> None:  # type: ignore[no-untyped-def]
    mentions = mentions_in("Tanzania's ruling Chama cha Mapinduzi party backed the reform.", ON)
    party = [m for m in mentions if m.text.endswith("party")]
    assert party and party[0].actor.code == "TZAGOV" and "Chama" in party[0].text


def test_a_head_word_with_only_a_bracket_is_no_name(mentions_in) -> None:  # type: ignore[no-untyped-def]
    assert not any(m.text.startswith("Party") for m in mentions_in("Paper Comes Clean on Party (AP).", ON))


def test_a_stated_country_beats_a_transnational_word(mentions_in) -> None:  # type: ignore[no-untyped-def]
    assert _code(mentions_in, "Somalia's Islamic Party quit the talks.", "Islamic Party") == "SOMPTY"
