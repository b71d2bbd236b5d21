"""CAMEO actor-coding conventions: ethnic groups by where they live, appositions, qualifying places, acronyms."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from multivector.actors.conventions import bracketed_acronym, described_only

ON = date(2000, 6, 1)


def mentions(mentions_in, text: str, on: date = ON) -> dict[str, tuple[str, str | None]]:
    return {m.text: (m.actor.code, m.actor.country) for m in mentions_in(text, on)}


@pytest.fixture(scope="module")
def tokenize():
    return spacy.blank("en")


# --- ethnic groups: state + ethnic group ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "span", "country"), [
    ("Bosnian Serbs demanded a truce with Moslem forces.", "Bosnian Serbs", "BIH"),
    ("Iraqi Kurds rejected the plan.", "Iraqi Kurds", "IRQ"),
    ("Kosovo Albanians protested in Pristina.", "Kosovo Albanians", "XKX"),
    ("Turkey's Kurds demanded cultural rights.", "Turkey's Kurds", "TUR"),
    ("Macedonian Albanians boycotted the vote.", "Macedonian Albanians", "MKD"),
])
def test_state_and_ethnic_group_is_the_state(mentions_in, text, span, country):
    found = mentions(mentions_in, text)
    assert found[span][1] == country


def test_ethnic_group_keeps_the_sector_of_its_noun(mentions_in):
    found = mentions(mentions_in, "Croatian Serb refugees returned to their villages.")
    assert found["Croatian Serb refugees"] == ("HRVREF", "HRV")


def test_people_of_a_state_with_an_ethnic_adjective_is_that_state(mentions_in):
    found = mentions(mentions_in, "Turkish Cypriots rejected the reunification plan.")
    assert found["Turkish Cypriots"][1] == "CYP"


def test_known_person_after_state_and_ethnic_word_keeps_own_code(mentions_in):
    found = mentions(mentions_in, "Bosnian Serb leader Radovan Karadzic rejected the plan.", on=date(1994, 5, 1))
    (code, country), = [v for k, v in found.items() if k.endswith("Karadzic")]
    assert country == "BIH" and code == "BIHREB"


def test_two_nationalities_side_by_side_stay_two_actors(mentions_in):
    found = mentions(mentions_in, "Russian Ukrainian talks resumed in Istanbul.")
    assert found["Russian"][1] == "RUS" and found["Ukrainian"][1] == "UKR"


def test_single_demonym_is_unchanged(mentions_in):
    assert mentions(mentions_in, "Albanians protested in Tirana.")["Albanians"][1] == "ALB"
    assert mentions(mentions_in, "Serbs voted on Sunday.")["Serbs"][1] == "SRB"


# --- ethnic groups located in a state -----------------------------------------------------------------
@pytest.mark.parametrize(("text", "span", "code"), [
    (("Ethnic Albanians in south Serbia are demanding a U.N. presence against a Serb minority and a "
      "Bosnia-style war."), "Ethnic Albanians", "SRBCVL"),
    ("The Albanians of southern Serbia are demanding autonomy from Serbian authorities.", "Albanians", "SRBCVL"),
    ("Albanians in Macedonia protested on Monday.", "Albanians", "MKDCVL"),
    ("The Kurds of Iraq demanded autonomy.", "Kurds", "IRQCVL"),
    ("Ethnic Uzbeks in Kyrgyzstan fled to the border.", "Ethnic Uzbeks", "KGZCVL"),
])
def test_ethnic_group_located_in_a_state(mentions_in, text, span, code):
    assert mentions(mentions_in, text)[span][0] == code


def test_ethnic_group_coded_by_the_state_its_sentence_names_most(mentions_in):
    text = ("Ethnic Albanians have sworn to fight for villages near Macedonia's border with Bulgaria, "
            "Macedonian officials said.")
    assert mentions(mentions_in, text)["Ethnic Albanians"][1] == "MKD"


def test_ethnic_group_with_tied_states_falls_back_to_kin_state(mentions_in):
    text = "Ethnic Albanians fled from Serbia to Macedonia."
    assert mentions(mentions_in, text)["Ethnic Albanians"][1] == "ALB"


def test_group_located_in_its_own_kin_state_stays_the_demonym(mentions_in):
    assert mentions(mentions_in, "The Uzbeks of Uzbekistan voted on Sunday.")["Uzbeks"] == ("UZB", "UZB")


def test_presence_abroad_is_not_a_minority(mentions_in):
    found = mentions(mentions_in, "Russians in Syria guard the air base.")
    assert found["Russians"][1] == "RUS"


# --- appositions ------------------------------------------------------------------------------------
def test_apposition_gives_the_person_the_office(mentions_in):
    found = mentions(mentions_in, "The US rejected calls by Kofi Annan, UN secretary-general, to adopt reforms.",
                     on=date(2025, 1, 1))
    assert found["Kofi Annan"][1] == "UNO"


def test_title_then_person_apposition(mentions_in):
    found = mentions(mentions_in, "Russia's foreign minister, Sergei Lavrov, met Wang Yi.", on=date(2000, 1, 1))
    assert found["Sergei Lavrov"] == ("RUSGOV", "RUS")


def test_apposition_of_another_country_is_not_taken(mentions_in):
    found = mentions(mentions_in, "Sergei Lavrov, the U.S. secretary of state and others met.", on=date(2020, 1, 1))
    assert found["Sergei Lavrov"][1] == "RUS"


# --- places that only qualify ---------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A Saudi-owned weekly reported the threat.",
    "The Syrian-backed Amal militia attacked the camp.",
    "A prominent anti-Syria journalist was killed.",
    "They feared a Bosnia-style civil war.",
])
def test_qualifying_place_is_no_actor(mentions_in, text):
    codes = {code[:3] for code, _ in mentions(mentions_in, text).values()}
    assert not codes & {"SAU", "SYR", "BIH"}


def test_pro_place_leaves_the_group_to_context(mentions_in):
    found = mentions(mentions_in, "The pro-Iranian Hizbollah group declared a ceasefire.")
    assert found["Hizbollah"][1] == "LBN"
    assert not any(c == "IRN" for _, c in found.values())


def test_fighters_against_a_state_are_coded_by_that_state(mentions_in):
    found = mentions(mentions_in, "The Taliban deny giving sanctuary to anti-Pakistan fighters.", on=date(2025, 3, 1))
    assert ("PAKREB", "PAK") in found.values()


def test_based_and_led_places_stay_actors(mentions_in):
    assert mentions(mentions_in, "A Trinidad-based group threatened Britain.")["Trinidad"][1] == "TTO"
    assert mentions(mentions_in, "US-led forces attacked the town.")["US"][1] == "USA"


@pytest.mark.parametrize(("text", "start", "end", "expected"), [
    ("a Saudi-owned weekly", 1, 2, "affix"),
    ("an anti-Syria journalist", 3, 4, "against"),
    ("the pro-Kremlin media", 3, 4, "prefix"),
    ("a Saudi weekly", 1, 2, None),
    ("a Saudi - owned weekly", 1, 2, None),
])
def test_described_only_reads_glued_hyphens(kb, tokenize, text, start, end, expected):
    doc = tokenize(text)
    assert described_only(doc, start, end, kb.tables.descriptive) == expected


# --- locations, branches and acronyms -------------------------------------------------------------------
def test_bare_group_in_a_capital_is_that_state(mentions_in):
    assert mentions(mentions_in, "Demonstrators in Baghdad blocked a road.")["Demonstrators"] == ("IRQOPP", "IRQ")


def test_state_branch_of_transnational_group(mentions_in):
    found = mentions(mentions_in, "Militants loyal to Iraq's Al-Qaeda said they attacked the convoy.")
    assert found["Iraq's Al-Qaeda"] == ("IRQREB", "IRQ")


def test_bracketed_acronym_of_an_organisation_is_no_person(mentions_in):
    text = "Montenegro Municipality Association (AKK) officials demanded support from the Montenegro Assembly."
    found = mentions(mentions_in, text, on=date(2020, 1, 1))
    assert "AKK" not in found
    assert found["officials"][1] == "MNE"


def test_bracketed_acronym_needs_an_unmatched_name_before_it(tokenize):
    doc = tokenize("the Montenegro Municipality Association (AKK) officials")
    assert [t.text for t in doc[4:7]] == ["(", "AKK", ")"]
    assert bracketed_acronym(doc, 5, 6, covered={1})
    assert not bracketed_acronym(doc, 5, 6, covered={1, 3})
    assert not bracketed_acronym(tokenize("officials said (AKK) today"), 3, 4, covered=set())


# --- a person's followers, nationality attributes -------------------------------------------------------
@pytest.mark.parametrize(("text", "span", "code"), [
    ("U.S. Forces Kill 50 Sadr Militia in Baghdad Suburb.", "Sadr Militia", "IRQUAF"),
    ("The Assad regime attacked Homs.", "Assad regime", "SYRGOV"),
    ("Assad's forces attacked Homs.", "Assad's forces", "SYRMIL"),
])
def test_person_and_body_is_the_persons_country_and_body(mentions_in, text, span, code):
    assert mentions(mentions_in, text, on=date(2004, 8, 20))[span][0] == code


def test_former_leaders_body_stays_the_person(mentions_in):
    found = mentions(mentions_in, "The offensive against Assad's leadership began in December.", on=date(2025, 3, 1))
    assert found["Assad"][0] == "SYRELI"


def test_person_then_verb_then_body_is_not_joined(mentions_in):
    found = mentions(mentions_in, "Putin told reporters the talks went well.", on=date(2020, 1, 1))
    assert found["Putin"] == ("RUSGOV", "RUS")


@pytest.mark.parametrize("text", [
    "The court cancelled restrictions on the use of the Russian language on radio.",
    "The Russian-speaking minority protested in Riga.",
    "A Russian-language newspaper reported the attack.",
])
def test_nationality_attribute_is_no_actor(mentions_in, text):
    assert all(country != "RUS" for _, country in mentions(mentions_in, text).values())


def test_person_before_a_verb_that_looks_like_a_body_is_not_joined(mentions_in):
    found = mentions(mentions_in, "Kerry will hunt for votes as Bush courts Catholics in Ohio.", on=date(2004, 8, 20))
    assert found["Bush"] == ("USAGOV", "USA")


def test_capital_an_organisation_is_based_in_names_the_state_not_its_government(mentions_in):
    found = mentions(mentions_in, "A London-based rights group accused the army of abuses.")
    assert found["London"] == ("GBR", "GBR")
    assert mentions(mentions_in, "The Kremlin-backed candidate won.") == {}


def test_two_demonyms_before_a_body_stay_two_sides(mentions_in):
    found = mentions(mentions_in, "Russian Chinese officials met in Harbin.")
    assert {country for _, country in found.values()} >= {"RUS", "CHN"}


def test_migrants_abroad_keep_their_nationality(mentions_in):
    assert mentions(mentions_in, "Uzbeks in Russia sent money home.")["Uzbeks"] == ("UZB", "UZB")


def test_neighbouring_nationalities_before_a_body_are_not_an_ethnic_group(mentions_in):
    found = mentions(mentions_in, "Kyrgyz Tajik border guards exchanged fire on Monday.")
    assert "KGZ" in {country for _, country in found.values()}


@pytest.mark.parametrize("text", ["Howard Schmidt, a technology executive, returned to work.",
                                  "E.F. Hutton will provide 279 mln dlrs of its funds."])
def test_surname_of_someone_else_is_no_office_holder(mentions_in, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [m for m in mentions_in(text, date(2004, 8, 20)) if m.kind == "person"] == []


def test_full_name_and_lone_surname_still_resolve(mentions_in) -> None:  # type: ignore[no-untyped-def]
    found = mentions_in("Prime Minister John Howard met Hutton in London.", date(2004, 8, 20))
    assert any(m.actor.code == "AUSGOV" for m in found)
