"""Round 3 senses: disasters named through a relative clause, accidental explosions, strikes by armed men,
disputes over a question, non-violent objects of 'eliminate', 'draft', 'demonstrate', 'beat', 'break up' and
'receive', silence towards reporters, plots. Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Heavy rain set off landslides and floods that killed 200 villagers in Nepal.",
    "A thunderstorm killed nine farmers in Bangladesh on Sunday.",
    "A methane blast killed 21 miners in a colliery in Ukraine.",
    "A gas explosion at a chemical plant killed 14 workers in Jiangsu.",
])
def test_disasters_and_accidents_are_no_attacks(code_text, text):
    assert "ASSAULT" not in code_text.types(text)


@pytest.mark.parametrize("text", [
    "A bomb blast killed 12 shoppers at a market in Baghdad.",
    "Rebels who attacked the village killed nine farmers in Colombia.",
])
def test_attacks_stay_attacks(code_text, text):
    assert "ASSAULT" in code_text.types(text)


def test_strikes_staged_by_armed_men_are_attacks(code_text):
    found = code_text.summaries("Taliban fighters staged strikes across Helmand province.")
    assert ("ASSAULT", "180") in [(t, c) for t, c, _, _ in found]
    assert "PROTEST" not in code_text.types("Taliban fighters staged strikes across Helmand province.")


def test_workers_strike_stays_a_protest(code_text):
    assert "PROTEST" in code_text.types("Dutch dock workers staged strikes in Rotterdam.")


@pytest.mark.parametrize("text", [
    "The two candidates clashed over how to proceed with the talks on North Korea.",
    "Ministers clashed over the budget in Brussels.",
])
def test_clashes_over_a_question_are_disputes(code_text, text):
    assert "ASSAULT" not in code_text.types(text)


def test_clashes_with_police_stay_violent(code_text):
    assert "ASSAULT" in code_text.types("Protesters clashed with Egyptian police in Cairo.")


@pytest.mark.parametrize("text", [
    "Washington wants Japan to eliminate import controls on rice.",
    "The United Nations abandoned efforts to draft a treaty banning human cloning.",
    "The opposition called on the president to demonstrate her sincerity on land reform.",
    "Putin denied that he is beating a path toward authoritarianism.",
    "Reformers urged Aquino to break up her family's sugar estate.",
    "Bangladesh will receive a grant of 47 million dollars from the Netherlands.",
    "Doctors who treated Arafat have ruled out poisoning.",
])
def test_non_political_senses(code_text, text):
    assert not {"ASSAULT", "MOBILIZE", "PROTEST", "CONSULT", "REJECT"} & set(code_text.types(text))


@pytest.mark.parametrize("text,event_type", [
    ("Riot police broke up a rally by opposition supporters in Minsk.", "ASSAULT"),
    ("Students demonstrated against the war in Seoul.", "PROTEST"),
    ("Iran ruled out talks with the United States.", "REJECT"),
    ("Israeli troops beat two Palestinian protesters in Hebron.", "ASSAULT"),
])
def test_political_senses_stay(code_text, text, event_type):
    assert event_type in code_text.types(text)


def test_declining_to_talk_to_reporters_is_silence(code_text):
    text = "The ministers, who declined to talk to reporters on the outcome of the session, later met again."
    assert "REJECT" not in code_text.types(text)


def test_headline_verb_parsed_as_noun_is_criticism(code_text):
    assert "ASSAULT" not in code_text.types("Swedes Blast Gov't Response to Tsunami (AP).")


@pytest.mark.parametrize("text", [
    "Colombian rebels plotted to assassinate the president during his visit.",
    "Peru reveals plot to assassinate the Chilean president.",
])
def test_plotted_acts_are_not_asserted(code_text, text):
    statuses = [e.status for e in code_text(text) if e.event_type == "ASSAULT"]
    assert statuses and "asserted" not in statuses


@pytest.mark.parametrize("text,cameo", [
    ("Kurdish rebels launched strikes in the mountains on Monday.", "180"),
    ("The United States launched strikes in Syria on Friday.", "190"),
])
def test_strikes_in_a_place_by_armed_actors_are_attacks(code_text, text, cameo):
    found = [(t, c) for t, c, _, _ in code_text.summaries(text)]
    assert ("ASSAULT", cameo) in found
    assert "PROTEST" not in [t for t, _ in found]


@pytest.mark.parametrize("text", [
    "Jailed rebels staged a hunger strike in a Kabul prison.",
    "Iran staged a boycott of the talks in Vienna.",
])
def test_hunger_strikes_and_boycotts_are_no_attacks(code_text, text):
    assert "ASSAULT" not in code_text.types(text)


def test_threats_to_continue_attacks_are_threats(code_text):
    types = code_text.types("Hezbollah renewed its threats to continue rocket attacks against Israeli towns.")
    assert "THREATEN" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "Bolivia agreed to limit its tin exports to 2,000 tonnes.",
    "Nigeria and Angola pledged to cut their output of crude oil.",
])
def test_quota_on_own_quantity_is_no_coercion(code_text, text):
    assert "COERCE" not in code_text.types(text)


def test_limiting_another_states_goods_stays_a_restriction(code_text):
    assert "COERCE" in code_text.types("The US will limit imports of Chinese steel.")


def test_ship_hitting_a_breakwater_is_an_accident(code_text):
    assert "ASSAULT" not in code_text.types("A Panamanian freighter hit a Japanese breakwater in a storm.")
    assert "ASSAULT" in code_text.types("A missile hit a Russian warship in the Black Sea.")
