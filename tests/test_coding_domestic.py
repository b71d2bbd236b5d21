"""Domestic acts: with no other party, a state acting on its own law, bill, budget or decision, or honouring its
own people, is no interaction (plausibility.yaml `internal_themes`). Sentences written for these tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "The Kenyan parliament rejected the budget on Monday.",
    "President Putin signed a decree on Friday.",
    "The governor signed a law to raise the minimum wage.",
    "Under a bill the Senate approved on Tuesday, farmers would get more money.",
    "The lower house reversed a decision by the upper house to cut school funding.",
    "The Brazilian navy saluted the sailors who rescued the fishermen.",
    "The Kenyan president pledged to veto the bill.",
    "Kenya's ruling party promised to amend the constitution before the election.",
])
def test_internal_acts_are_no_events(code_text, text):
    assert not set(code_text.types(text)) & {"SUPPORT", "AGREE", "REJECT", "CONCEDE"}


@pytest.mark.parametrize(("text", "event_type"), [
    ("Ukraine signed an agreement with Poland on Monday.", "SUPPORT"),
    ("The US Congress approved aid to Israel.", "AID"),
    ("The French president praised the Iraqi army.", "SUPPORT"),
    ("Sudan reversed its decision to expel Oxfam.", "CONCEDE"),
    ("The Japanese parliament approved sending troops to Iraq.", "MOBILIZE"),
    ("The Kenyan president pledged to sign the peace agreement with Somalia.", "AGREE"),
])
def test_acts_with_another_party_stay(code_text, text, event_type):
    assert event_type in code_text.types(text)
