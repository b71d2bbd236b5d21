"""Interview answers are attributed to the interviewee even when the KB does not know them."""

from __future__ import annotations

from datetime import date

TRANSCRIPT = """Title: Energy talk
Date: 2025-09-20

Question: Will Kazakhstan and China build a new pipeline?
Dana Serikbayeva: I think Astana and Beijing could sign a new pipeline agreement next year.
Question: And Russia?
Dana Serikbayeva: I do not rule out that Moscow will offer its own route to Beijing.
"""


def test_unknown_interviewee_is_the_speaker_but_never_an_actor(code_text) -> None:
    events = code_text.ingested(TRANSCRIPT, date(2025, 9, 20))
    answers = [e for e in events if not e.text.startswith("Question")]
    assert answers, "the answers should yield (hypothetical) events"
    for event in answers:
        assert event.status == "hypothetical"
        assert event.speaker is not None and event.speaker.name == "Dana Serikbayeva"
        assert event.speaker.code == "UNK"
    assert all(a.code != "UNK" for e in events for a in e.actors + e.recipients)
    assert all(e.status == "question" for e in events if e.text.startswith("Question"))
