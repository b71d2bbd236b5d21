"""Participants are coded at the event's own date when the text dates the event away from publication."""

from __future__ import annotations

from datetime import date


def test_a_past_dated_event_uses_the_office_held_then(code_text) -> None:
    text = "Trump met Putin in Helsinki on July 16, 2018.\n"
    then = code_text.ingested(text, date(2025, 11, 6))
    meeting = next(e for e in then if e.event_type == "CONSULT")
    assert meeting.date == "2018-07-16"
    assert {a.code for a in meeting.actors + meeting.recipients} == {"USAGOV", "RUSGOV"}


def test_out_of_office_at_the_event_date_is_not_government(code_text) -> None:
    text = "Trump met Putin in Helsinki on July 16, 2018.\n"
    events = code_text.ingested(text, date(2022, 6, 1))
    meeting = next(e for e in events if e.event_type == "CONSULT")
    trump = next(a for a in meeting.actors + meeting.recipients if a.country == "USA")
    assert trump.code == "USAGOV"  # in office on the event's date, although not on publication
