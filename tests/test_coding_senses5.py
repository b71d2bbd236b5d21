"""Round 2 senses: abductions by irregular forces and threats named by a noun. Sentences written for these
tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Militants seized three truck drivers from Kenya.",
    "Insurgents captured two Turkish engineers on Sunday.",
    "Gunmen seized a British engineer in Baghdad.",
])
def test_people_seized_by_irregular_forces_are_abducted(code_text, text):
    found = [(t, c) for t, c, _, _ in code_text.summaries(text)]
    assert ("ASSAULT", "181") in found
    assert not [c for t, c in found if t == "COERCE"]


@pytest.mark.parametrize("text", [
    "Police seized three suspects in Lagos.",
    "Iraqi soldiers captured two militant commanders.",
])
def test_people_seized_by_the_state_are_detained(code_text, text):
    assert ("COERCE", "173") in [(t, c) for t, c, _, _ in code_text.summaries(text)]


@pytest.mark.parametrize("text", [
    "Militants issued a threat to behead a Bulgarian soldier.",
    "Hamas renewed its threat to attack Israeli towns.",
])
def test_act_named_as_a_threats_content_is_threatened(code_text, text):
    types = code_text.types(text)
    assert "THREATEN" in types
    assert "ASSAULT" not in types


def test_infinitive_of_a_plan_noun_is_no_threat(code_text):
    assert "THREATEN" not in code_text.types("The army's plan to attack the rebel base was approved.")


def test_act_inside_a_refused_plea_is_not_asserted(code_text):
    events = code_text("The Security Council turned down a plea for troops to protect UN staff.")
    assert "REJECT" in [e.event_type for e in events]
    assert [e.status for e in events if e.event_type == "AID"] in ([], ["hypothetical"])


def test_purpose_of_a_done_act_is_still_its_purpose(nlp, coder):
    from multivector.coding.status import detect_status

    doc = nlp("The army sent troops to protect the refugee camps.")
    protect = next(t for t in doc if t.lower_ == "protect")
    assert detect_status(protect, cues=coder.cues, lemma=coder.lemma).status == "planned"


@pytest.mark.parametrize("text", [
    "EU chief battles France over the budget.",
    "The ruling parties fought over the reform bill for weeks.",
])
def test_fight_over_a_policy_matter_is_a_dispute(code_text, text):
    assert "ASSAULT" not in code_text.types(text)


def test_fight_over_control_of_a_town_is_violence(code_text):
    assert "ASSAULT" in code_text.types("Rebels fought government troops over control of the town.")
