"""Group nouns ("militants", "gunmen", "troops", "police", "civilians") borrow a country only from actors on
their own side: never from the other side of their event, never from a victim, and from the article only when
one state clearly dominates it (``multivector.actors.inherit``)."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.actors import ActorKB
from multivector.actors.inherit import read_allegiance, read_policies

ON = date(2005, 1, 1)


@pytest.mark.parametrize("text, noun, expected", [
    ("U.S. forces battled insurgents in the streets.", "insurgents", "REB"),
    ("Two Britons were shot dead by unknown gunmen.", "gunmen", "UAF"),
    ("Israeli troops killed three militants.", "militants", "REB"),
    ("Militants attacked Pakistani police in Peshawar.", "Militants", "REB"),
    ("Gunmen killed four Iraqi policemen.", "Gunmen", "UAF"),
])
def test_the_other_side_of_an_event_gives_no_country(mentions_in, text: str, noun: str,
                                                     expected: str) -> None:
    assert mentions_in.codes(text, ON)[noun] == expected


def test_a_victim_in_the_previous_sentence_gives_no_country(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Iraqi police arrested five Syrians. Troops shot at protesters in Kenya.", ON)
    assert got["Troops"] == "MIL"
    assert got["protesters"] == "KENOPP"


@pytest.mark.parametrize("text, noun, expected", [
    ("U.S. forces battled insurgents loyal to al-Sadr.", "insurgents", "IRQREB"),
    ("Officials said militants from Pakistan crossed the border.", "militants", "PAKREB"),
])
def test_an_allegiance_names_the_groups_country(mentions_in, text: str, noun: str, expected: str) -> None:
    assert mentions_in.codes(text, ON)[noun] == expected


def test_a_demonym_in_an_allegiance_phrase_is_not_enough(mentions_in) -> None:  # type: ignore[no-untyped-def]
    text = "U.S. forces took the town. On Tuesday, soldiers, led by an Iraqi guide, searched for insurgents."
    assert mentions_in.codes(text, ON)["soldiers"] == "USAMIL"


def test_an_earlier_mention_of_the_same_sector_is_the_antecedent(mentions_in) -> None:  # type: ignore[no-untyped-def]
    text = "US soldiers in Iraq face a murder probe. Four soldiers are charged with the murder of a general."
    assert mentions_in.codes(text, ON)["soldiers"] == "USAMIL"


@pytest.mark.parametrize("text, noun, expected", [
    ("The Soviet Union sends troops into Afghanistan.", "troops", "SUNMIL"),
    ("Poland said it will reduce the number of troops in Iraq.", "troops", "POLMIL"),
])
def test_a_states_forces_as_the_object_of_its_own_act_are_its_own(mentions_in, text: str, noun: str,
                                                                  expected: str) -> None:
    assert mentions_in.codes(text, ON)[noun] == expected


@pytest.mark.parametrize("text, noun, expected", [
    ("Police fired tear gas at crowds in Kenya.", "Police", "KENCOP"),
    ("A Turkish company halted work in neighbouring Iraq after employees were kidnapped by militants.",
     "militants", "IRQREB"),
])
def test_where_the_event_happens_locates_residents_and_fighters(mentions_in, text: str, noun: str,
                                                                expected: str) -> None:
    assert mentions_in.codes(text, ON)[noun] == expected


def test_troops_are_not_located_by_the_place_they_fight_in(mentions_in) -> None:  # type: ignore[no-untyped-def]
    assert mentions_in.codes("Troops fired on crowds in Kenya.", ON)["Troops"] == "MIL"


def test_conjoined_forces_are_one_side(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Battles between US troops and militants killed 45 people.", ON)
    assert got["militants"] == "REB"


def test_the_article_country_needs_to_dominate(mentions_in) -> None:  # type: ignore[no-untyped-def]
    one = mentions_in.codes("Kenya held a vote. Gunmen attacked a bus.", ON)
    assert one["Gunmen"] == "UAF"
    twice = mentions_in.codes("Kenya held a vote. Kenya counted it. Gunmen attacked a bus.", ON)
    assert twice["Gunmen"] == "KENUAF"
    tied = mentions_in.codes("Kenya and Uganda met. Kenya and Uganda agreed. Gunmen attacked a bus.", ON)
    assert tied["Gunmen"] == "UAF"


def test_institutions_skip_victims_when_looking_back(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Iraqi police arrested five Syrians. The government defended the arrests.", ON)
    assert got["The government"] == "IRQGOV"


def test_policies_and_allegiance_words_are_package_data(kb: ActorKB) -> None:
    policies = kb.tables.group_policies
    assert {"REB", "UAF", "MIL", "COP", "CVL"} <= set(policies)
    assert not policies["MIL"].attached_place and policies["COP"].located_anywhere
    assert {"loyal", "from"} <= kb.tables.allegiance


def test_policy_overrides_read_from_csv(tmp_path) -> None:  # type: ignore[no-untyped-def]
    table = tmp_path / "group_inheritance.csv"
    table.write_text("sector,located_before,located_anywhere,attached_place\nlab,1,1,0\n", encoding="utf-8")
    assert read_policies(table)["LAB"].located_anywhere
    words = tmp_path / "allegiance.csv"
    words.write_text("word\nLoyal\n", encoding="utf-8")
    assert read_allegiance(words) == frozenset({"loyal"})


def test_without_a_parse_only_the_article_counts(kb: ActorKB) -> None:
    assert kb.resolve("militants").code == "REB"  # type: ignore[union-attr]


def test_rebels_opposing_a_government_are_its_countrys(mentions_in) -> None:  # type: ignore[no-untyped-def]
    assert mentions_in.codes("The Sudanese government accused rebels of violating the truce.", ON)["rebels"] == "SDNREB"
    assert mentions_in.codes("Sudanese troops accused rebels of violating the truce.", ON)["rebels"] == "REB"


def test_a_states_own_civilians_as_the_object_of_its_order(mentions_in) -> None:  # type: ignore[no-untyped-def]
    assert mentions_in.codes("Israel ordered settlers to leave the outpost.", ON)["settlers"] == "ISRCVL"
