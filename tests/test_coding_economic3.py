"""Domestic economic policy and market copy are no political events (coding/economic.py, plausibility.py):
programmes for domestic groups, bond issues, budget limits, a business subject the KB read a government in, and
'meet' in the sense of fulfilling a need or goal. Interstate economic acts stay. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

WIRE = date(1987, 3, 12)


@pytest.mark.parametrize("text", [
    "The U.S. Agriculture Department will offer a bonus payment to corn farmers.",
    "The Philippines will offer its commercial bank creditors a new pricing plan.",
    "Canada will offer a 1.2 billion dlr bond issue tomorrow, the finance department said.",
    "The government decided to limit recurrent expenditure to one-twelfth of last year's allocations.",
    "The major U.S. government bond brokers are likely to give in to pressure from regulators.",
    "Poland would meet its financial obligations to the U.S.",
])
def test_domestic_economy_is_no_event(code_text, text):
    assert code_text.summaries(text, WIRE) == []


def test_meeting_a_target_is_no_meeting(code_text):
    types = code_text.types("He said Argentina was seeking new credit to meet the targets.", WIRE)
    assert "REQUEST" in types and not {"AGREE", "CONSULT"} & set(types)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Japan offered aid to Philippine farmers.", "AGREE"),
    ("The United States restricted imports of Chinese steel.", "SANCTION"),
    ("China imposed tariffs on Japanese cars.", "SANCTION"),
    ("The Iranian foreign minister will meet the French president next week.", "AGREE"),
    ("Japan agreed to limit its car exports to the United States.", "AGREE"),
])
def test_interstate_economy_and_meetings_stay(code_text, text, event_type):
    assert event_type in code_text.types(text, WIRE)
