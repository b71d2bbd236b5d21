"""Actor codes of frequent constructions on unseen news (round 2): a nationality before a collective noun,
the other side of a light-verb fight, armed men located after their noun, a body's workers, a state name as a
surname after a middle initial, and the antecedents of personal pronouns."""

from datetime import date

import pytest

ON = date(2004, 10, 1)


@pytest.mark.parametrize("text, phrase, code", [
    ("A Syrian group linked to al-Qaeda said it had executed two truck drivers.", "Syrian group", "SYRREB"),
    ("A little-known Yemeni group said it had beheaded a Turkish driver.", "Yemeni group", "YEMREB"),
    ("An Egyptian cell attacked the embassy on Sunday.", "Egyptian cell", "EGYREB"),
    ("The mastermind of a Malaysian terror network was arrested on Friday.", "Malaysian terror network",
     "MYSREB"),
])
def test_a_nationality_before_an_armed_collective_noun_is_an_armed_group(mentions_in, text, phrase, code):
    assert mentions_in.codes(text, ON).get(phrase) == code


def test_an_unarmed_group_of_a_nationality_is_a_civil_society_group(mentions_in):
    codes = mentions_in.codes("Five Canadian groups asked the United Nations on Monday to send observers.", ON)
    assert codes.get("Canadian groups") == "CANNGO" and codes.get("the United Nations") == "IGOUNO"


def test_a_named_group_or_a_group_of_people_is_left_to_its_name(mentions_in):
    codes = mentions_in.codes("The German Group Siemens will sign contracts in India on Friday.", ON)
    assert "German Group" not in codes
    assert "Chinese group" not in mentions_in.codes("A Chinese group of investors bought the port.", ON)


def test_a_television_network_keeps_its_nationality(mentions_in):
    assert mentions_in.codes("A Japanese television network reported the talks.", ON).get("Japanese") == "JPN"


def test_the_armed_group_is_the_source_of_its_killing(code_text):
    events = code_text.of_type("A Saudi group linked to al-Qaeda killed a French engineer on Monday.", "ASSAULT")
    assert events and [a.code for a in events[0].actors] == ["SAUREB"]


def test_the_other_side_of_a_light_verb_fight_lends_no_country(mentions_in):
    codes = mentions_in.codes("British troops fought a gunbattle with insurgents along a crowded road "
                              "near the airport, witnesses said.", ON)
    assert codes.get("insurgents") == "REB"


def test_armed_men_take_the_one_place_their_sentence_locates_its_event_in(mentions_in):
    codes = mentions_in.codes("Russian troops fought a gunbattle with rebels along a mountain road in "
                              "Georgia on Friday.", ON)
    assert codes.get("rebels") == "GEOREB"
    codes = mentions_in.codes("The Turkish army killed three militants on Monday in an air raid in "
                              "northern Iraq.", ON)
    assert codes.get("militants") == "IRQREB"
    codes = mentions_in.codes("The minister told the people in Afghanistan on Monday they must hand over "
                              "foreign militants or face an assault.", ON)
    assert codes.get("militants") == "REB"


def test_the_workers_of_a_body_are_the_body(mentions_in):
    assert mentions_in.codes("Four UN workers were freed in Kabul on Sunday.", ON).get("UN workers") == "IGOUNO"
    assert mentions_in.codes("Dutch workers went on strike on Monday.", ON).get("Dutch workers") == "NLDLAB"


def test_a_state_name_after_a_middle_initial_is_a_surname(mentions_in):
    codes = mentions_in.codes("Lawyers for Sgt. Tamsin J. Chad asked the court to dismiss the charges.", ON)
    assert "TCD" not in codes.values()
    assert mentions_in.codes("President Bush met King Abdullah of Jordan.", ON).get("Jordan") == "JOR"


def test_he_is_no_state_named_again_by_a_coreferring_word(mentions_in):
    for text in ("Nepal mourned on Friday. The fall of the kingdom was sudden, and the legend is that he set "
                 "fire to the palace.",
                 "Malawi voted in May. Observers said the country was calm. She said the vote was fair."):
        found = mentions_in(text, ON)
        assert any(m.kind == "title" for m in found) and all(m.kind != "pronoun" for m in found)


def test_he_is_the_named_hostage_not_an_earlier_cleric(mentions_in):
    text = ("Radical cleric Muqtada al-Sadr said his men would disarm. There were reports that Australian "
            "hostage Colin Merriweather tried to escape before he was shot.")
    pronouns = [m for m in mentions_in(text, ON) if m.kind == "pronoun"]
    assert [m.actor.code for m in pronouns] == ["AUSCVL"]


def test_he_still_refers_to_a_named_leader(mentions_in):
    pronouns = [m for m in mentions_in("President Vicente Fox said Wednesday he will travel to Chile.", ON)
                if m.kind == "pronoun"]
    assert [m.actor.code for m in pronouns] == ["MEXGOV"]


def test_talks_with_armed_men_hosted_abroad_lend_no_place(mentions_in):
    codes = mentions_in.codes("Talks with the rebels resumed in Nigeria on Monday.", ON)
    assert "NGAREB" not in codes.values() and codes.get("Nigeria") == "NGA"
