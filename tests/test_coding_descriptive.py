"""Relative clauses that describe their noun report no fresh event (coding/plausibility.py _describes_noun)."""

from __future__ import annotations


def test_past_working_relation_of_a_victim_is_no_cooperation(code_text) -> None:
    text = "A German diplomat who worked with the Iraqi health ministry was murdered by militants in Baghdad."
    assert code_text.of_type(text, "COOPERATE") == []
    assert code_text.of_type(text, "ASSAULT")


def test_lasting_fight_in_a_relative_clause_is_no_fresh_attack(code_text) -> None:
    text = "The movement, which has fought the army of Myanmar for decades, signed a truce on Friday."
    assert code_text.of_type(text, "ASSAULT") == []


def test_perfect_progressive_relative_clause_describes(code_text) -> None:
    assert code_text.of_type("A militia that has been attacking convoys in Somalia surrendered to the army.",
                             "ASSAULT") == []


def test_fresh_act_in_a_relative_clause_stays(code_text) -> None:
    events = code_text.of_type("Iraqi rebels who kidnapped two Italian women freed them on Tuesday.", "ASSAULT")
    assert [e.cameo for e in events] == ["181"]


def test_endorsed_document_stays_an_event(code_text) -> None:
    events = code_text.of_type("The Council passed a resolution that France and Germany backed.", "SUPPORT")
    assert events
