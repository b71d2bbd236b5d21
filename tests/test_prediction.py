"""A third party's forecast of someone else's act is hypothetical; a side announcing its own act stays planned
(coding/prediction.py). Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.prediction import foretold, load_commentator_nouns

WIRE = date(1987, 3, 2)


def _statuses(code_text, text: str) -> list[str]:
    return [e.status for e in code_text(text, WIRE)]


@pytest.mark.parametrize("text", [
    "Nakasone will almost certainly step down after the summit, political commentator Shiratori said.",
    "Analysts said China will impose sanctions on Japan next month.",
    "The United States will impose sanctions on Japan, a Japanese official said.",
    "Gerald Curtis, a professor at Columbia University, said Iran will reject the proposal.",
])
def test_third_party_forecast_is_hypothetical(code_text, text):
    statuses = _statuses(code_text, text)
    assert statuses and set(statuses) == {"hypothetical"}


@pytest.mark.parametrize("text", [
    "A government spokesman said Japan will send troops to Iraq next month.",
    "Analysts said Iran plans to build a new reactor near Bushehr with Russian help.",
    "The Japanese foreign minister said Japan will hold talks with China next week.",
    "Japan will protest to China over the submarine, top government spokesman Taro Sato said.",
])
def test_own_side_or_reported_intention_stays_planned(code_text, text):
    assert "planned" in _statuses(code_text, text)


def test_foretold_needs_only_future_cues():
    assert foretold(("future auxiliary 'will'",))
    assert not foretold(("future auxiliary 'will'", "intention 'plans'"))
    assert not foretold(())
    assert {"analyst", "commentator", "economist"} <= load_commentator_nouns()
