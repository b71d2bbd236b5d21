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
