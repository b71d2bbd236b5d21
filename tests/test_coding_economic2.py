"""Business subjects the actor KB reads as states: 'Taiwan banks', 'Japanese steelmakers' acting on no official
body are market business (coding/economic.py); official actors or recipients, and violence, protest, threats
and accusations by such subjects, stay. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

WIRE = date(1987, 3, 12)


@pytest.mark.parametrize("text", [
    "Japanese steelmakers agreed to cut exports to the United States.",
    "Four Taiwan banks will take part in a syndicated loan to Indonesia.",
    "Japanese banks agreed to reschedule Mexico's debt.",
    "Brazilian coffee exporters offered new contracts to European buyers.",
])
def test_business_subjects_are_market_business(code_text, text):
    assert code_text.summaries(text, WIRE) == []


@pytest.mark.parametrize(("text", "event_type"), [
    ("Japanese officials agreed to cut exports to the United States.", "AGREE"),
    ("The World Bank agreed to lend Kenya 50 million dollars.", "AGREE"),
    ("Korean steelmakers accused the Japanese government of dumping.", "ACCUSE"),
    ("Korean shipbuilders staged a protest in Seoul against Japanese tariffs.", "PROTEST"),
])
def test_official_and_conflict_acts_stay(code_text, text, event_type):
    assert event_type in code_text.types(text, WIRE)
