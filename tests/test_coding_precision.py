"""Precision checks (coding/plausibility.py): economic flows without a partner, figurative violence,
conflict nouns that only name a background state, bare nouns a clause merely mentions, triggers inside names."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.plausibility import implausible, load_rules


def test_rules_load_with_upper_case_types() -> None:
    rules = load_rules()
    assert "ASSAULT" in rules.figurative_types
    assert {"export", "invest"} <= rules.flow_lemmas and "war" in rules.state_nouns


@pytest.mark.parametrize("text", [
    "Washington escalated its trade war with Beijing on Friday.",
    "Ottawa has been waging a bitter tariff fight with Washington for weeks.",
])
def test_figurative_war_is_not_an_assault(code_text, text: str) -> None:
    assert "ASSAULT" not in code_text.types(text)


def test_literal_war_against_a_party_stays_an_assault(code_text) -> None:
    assert "ASSAULT" in code_text.types("Ethiopia launched a war against Eritrea on Tuesday.")


def test_background_conflict_noun_is_not_an_event(code_text) -> None:
    text = "Diplomats in Chad fear the Sudan conflict will spread across the border."
    assert "ASSAULT" not in code_text.types(text)


def test_economic_flow_without_partner_is_dropped(code_text) -> None:
    assert "COOPERATE" not in code_text.types("Russia has invested a fifth of its budget in its army.")


def test_cooperation_between_two_actors_is_kept(code_text) -> None:
    assert "COOPERATE" in code_text.types("Kazakhstan will cooperate with China on border security.") \
        or "AGREE" in code_text.types("Kazakhstan will cooperate with China on border security.")


def test_mentioned_bare_noun_is_not_an_event(code_text) -> None:
    text = "The Kenyan minister travelled to Brussels to campaign against the import bans."
    assert "COERCE" not in code_text.types(text)


def test_performed_bare_noun_is_an_event(code_text) -> None:
    assert "SANCTION" in code_text.types("The European Union imposed new sanctions on Belarus on Monday.")


def test_trigger_inside_a_name_is_rejected(nlp) -> None:
    doc = nlp("The summit opened.")
    reason = implausible(doc[1], lemma="summit", event_type="CONSULT", nominal=True, has_prep=False,
                         inherited=False, has_recipient=False, inside_mention=True)
    assert reason == "trigger-inside-name"
    assert implausible(doc[1], lemma="summit", event_type="CONSULT", nominal=True, has_prep=False,
                       inherited=False, has_recipient=False, inside_mention=False) is None


def test_request_for_comment_is_newsroom_routine(code_text) -> None:
    text = "Neither the Pentagon nor the State Department responded to requests for comment."
    assert "REQUEST" not in code_text.types(text)


def test_threat_with_its_object_needs_no_addressee(code_text) -> None:
    # PLOVER does not require a recipient for THREATEN; a specific object pattern is coded without one
    assert "THREATEN" in code_text.types("Venezuela threatened to cut diplomatic ties on Monday.")


def test_bare_request_without_addressee_is_not_coded(code_text) -> None:
    assert "REQUEST" not in code_text.types("Tehran did not immediately reply to an email requesting details.")


def test_a_participle_elaborating_sanctions_is_not_violence(code_text) -> None:
    text = ("The European Union imposed a new package of sanctions against Russia on Thursday, "
            "targeting banks and energy companies.\n")
    events = code_text.ingested(text, date(2025, 10, 24))
    assert any(e.event_type == "SANCTION" for e in events)
    assert not any(e.event_type == "ASSAULT" for e in events)
    strike = code_text.ingested("Russian troops shelled Kharkiv on Monday, targeting Ukrainian positions.\n",
                                date(2025, 10, 24))
    assert any(e.event_type == "ASSAULT" for e in strike)


@pytest.mark.parametrize("text", [
    "Trump is pressuring Canada to curb the flow of fentanyl into the United States.",
    "Mexico agreed to block the flow of migrants into the United States.",
    "The White House campaign is targeting fentanyl and other drugs.",
])
def test_policing_contraband_is_not_an_act_toward_a_state(code_text, text: str) -> None:
    rules = {e.rule.split(">")[0].split("+")[0] for e in code_text(text)}
    assert not rules & {"verb:curb", "verb:block", "verb:target"}


def test_blocking_a_commodity_flow_to_a_state_still_codes(code_text) -> None:
    events = code_text("Russia blocked the flow of gas to Ukraine on Monday.")
    assert any(e.rule.startswith("verb:block") and [r.code for r in e.recipients] == ["UKR"] for e in events)
