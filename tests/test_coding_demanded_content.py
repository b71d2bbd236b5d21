"""What a demand, ultimatum or purpose asks for is not done (coding/status.py, recoding.purposed_act)."""

from __future__ import annotations


def _statuses(code_text, text: str, event_type: str) -> list[str]:
    return [e.status for e in code_text.of_type(text, event_type)]


def test_content_of_a_demand_that_clause_is_not_done(code_text) -> None:
    text = "Gunmen holding two Dutch engineers demanded that the Netherlands repeal its asylum ban."
    statuses = _statuses(code_text, text, "CONCEDE")
    assert statuses and "asserted" not in statuses


def test_demander_keeps_an_asserted_demand(code_text) -> None:
    text = "Tehran demanded that the United States lift its sanctions."
    assert "asserted" in _statuses(code_text, text, "REQUEST")
    assert "asserted" not in _statuses(code_text, text, "RETREAT")


def test_subjunctive_of_insist_is_wanted_not_done(code_text) -> None:
    statuses = _statuses(code_text, "The rebels insisted that Spain withdraw its troops from Iraq.", "RETREAT")
    assert statuses and "asserted" not in statuses


def test_reported_present_stays_asserted(code_text) -> None:
    assert _statuses(code_text, "Tehran said that the United States lifted its sanctions.", "RETREAT") == ["asserted"]


def test_deadline_to_act_is_not_the_act(code_text) -> None:
    for text in ("The militants gave Spain 72 hours to withdraw its troops from Iraq.",
                 "Militants in Iraq gave Spain two days to withdraw its troops."):
        assert "asserted" not in _statuses(code_text, text, "RETREAT")


def test_in_order_to_purpose_of_a_done_act_is_no_intent(code_text) -> None:
    text = "Berlin sent its foreign minister to Israel in order to revive peace talks with the Palestinians."
    assert not code_text.of_type(text, "AGREE")
    assert _statuses(code_text, text, "CONSULT") == ["planned"]


def test_in_order_to_purpose_of_a_planned_act_stays_intent(code_text) -> None:
    text = "Berlin will send its foreign minister to Israel in order to revive peace talks with the Palestinians."
    assert code_text.of_type(text, "AGREE")
