"""The goal of an attempt or purpose is not reported as done (coding/status.py, status_cues.yaml attempt_*)."""

from __future__ import annotations


def _status(code_text, text: str, event_type: str) -> list[str]:
    return [e.status for e in code_text.of_type(text, event_type)]


def test_trying_to_mend_ties_is_not_asserted(code_text) -> None:
    statuses = _status(code_text, "Chancellor Merz, trying to improve relations with Brazil, flew to Lisbon on "
                                  "Monday.", "SUPPORT")
    assert statuses and "asserted" not in statuses


def test_goal_of_persuading_another_party_is_not_asserted(code_text) -> None:
    events = code_text("Ankara is trying to persuade Damascus to expel the fighters.")
    assert events and all(e.status != "asserted" for e in events)


def test_goal_of_a_bid_in_an_adjunct_is_hypothetical(code_text) -> None:
    text = "The Kenyan president travelled to London in a bid to win backing from Britain."
    assert all(e.status == "hypothetical" for e in code_text(text) if e.trigger.lower().startswith(("win", "back")))
    assert "asserted" not in _status(code_text, text, "SUPPORT")


def test_bid_to_join_a_union_is_no_joining(code_text) -> None:
    statuses = _status(code_text, "Serbia's bid to join the European Union was discussed in Brussels.", "SUPPORT")
    assert statuses == ["hypothetical"]


def test_effort_as_ongoing_act_stays_asserted(code_text) -> None:
    assert _status(code_text, "Germany stepped up efforts to build ties with India.", "SUPPORT") == ["asserted"]


def test_attempted_seizure_is_the_violent_act(code_text) -> None:
    events = code_text.of_type("Rebels made an attempt to seize the town of Goma on Monday.", "COERCE")
    assert [e.status for e in events] == ["asserted"]


def test_promise_to_try_is_a_commitment(code_text) -> None:
    events = code_text("Japan has pledged to try to increase its purchase of U.S. car parts and to exchange data.")
    assert events and all(e.status == "planned" for e in events)


def test_aimed_at_names_a_purpose(code_text) -> None:
    statuses = _status(code_text, "The ministers approved new rules aimed at limiting imports from China.", "COERCE")
    assert statuses == ["planned"]


def test_in_order_to_names_a_purpose(code_text) -> None:
    events = code_text("Egypt sent its foreign minister to Israel in order to revive peace talks with the "
                       "Palestinians.")
    assert events and all(e.status != "asserted" for e in events if "talk" in e.trigger.lower())
