"""The packaged coder on real parses with the real actor KB."""

from __future__ import annotations

import pytest


def _one(events, event_type: str):
    found = [e for e in events if e.event_type == event_type]
    assert found, f"no {event_type} in {[(e.event_type, e.cameo) for e in events]}"
    return found[0]


def test_planned_visit_is_agree_036(code_text) -> None:
    event = _one(code_text("Tokayev is scheduled to meet Xi Jinping in Beijing next Tuesday."), "AGREE")
    assert event.cameo == "036" and event.status == "planned"
    assert [a.country for a in event.actors] == ["KAZ"] and [r.country for r in event.recipients] == ["CHN"]
    assert event.date == "2025-09-02" and event.location is not None and event.location.country == "CHN"


def test_summit_host_and_guests(code_text) -> None:
    text = ("US President Donald Trump hosted the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan "
            "and Uzbekistan at the White House on Thursday.")
    event = _one(code_text(text), "CONSULT")
    assert [a.country for a in event.actors] == ["USA"]
    assert {r.country for r in event.recipients} == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert event.location is not None and event.location.country == "USA"


@pytest.mark.parametrize(("text", "event_type", "status"), [
    ("Russia accused Ukraine of shelling the nuclear plant.", "ACCUSE", "asserted"),
    ("The EU imposed new sanctions on Russia.", "SANCTION", "asserted"),
    ("Russian forces attacked Ukraine overnight.", "ASSAULT", "asserted"),
    ("Putin did not meet Zelensky.", "CONSULT", "negated"),
])
def test_common_event_types(code_text, text: str, event_type: str, status: str) -> None:
    event = _one(code_text(text), event_type)
    assert event.status == status and event.actors and event.recipients


def test_interview_answer_speaker_and_question_turn(code_text) -> None:
    text = "Question: Will Russia attack Ukraine again?\nPutin: Russia will never attack Ukraine."
    events = code_text(text)
    by_sentence = {e.sentence_index: e for e in events}
    assert by_sentence[0].status == "question"
    assert by_sentence[1].speaker is not None and by_sentence[1].speaker.country == "RUS"
