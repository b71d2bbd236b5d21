"""Yielding, access and pattern senses: CAMEO conventions for opening borders, purposes, rallying support,
object classes of 'fire'/'capture', verbal attacks and the conflict that is being ended (session 3, H8)."""

from __future__ import annotations

import pytest

from multivector.coding.constructions import NO_OBJECT, PERSON, object_classes_at
from multivector.coding.lexicon import lemma
from multivector.coding.parse import lemma_reader, parse_of
from multivector.coding.patterns import PatternTable
from multivector.coding.recoding import purpose_only
from multivector.coding.roles import load_person_nouns
from multivector.coding.status import StatusResult


def _top(events):  # type: ignore[no-untyped-def]
    return max(events, key=lambda e: e.confidence)


# --- 1. access and opening ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, recipient", [
    ("Greece opened its border with Albania to fleeing refugees on Friday.", "ALB"),
    ("Armenia opened its airspace to Turkish cargo flights last week.", "TUR"),
])
def test_opening_a_border_is_allowing_access(code_text, text: str, recipient: str) -> None:
    top = _top(code_text(text))
    assert (top.event_type, top.cameo, top.status) == ("RETREAT", "086", "asserted")
    assert recipient in {r.country for r in top.recipients}


def test_allowing_inspectors_in_a_complement_subject_is_receiving_inspectors(code_text) -> None:
    events = code_text("Syria allowed IAEA inspectors to examine the reactor site.")
    assert [(e.event_type, e.cameo) for e in events] == [("RETREAT", "0862")]  # 'examine' is absorbed
    assert [r.code for r in events[0].recipients] == ["IGOIAEA"]


def test_allowing_aid_deliveries_is_humanitarian_access(code_text) -> None:
    top = _top(code_text("Eritrea allowed the delivery of food aid to Ethiopia."))
    assert (top.event_type, top.cameo) == ("RETREAT", "0863")


def test_closing_a_border_is_not_access(code_text) -> None:
    assert "RETREAT" not in code_text.types("Uzbekistan closed its border with Tajikistan on Monday.")


# --- 2. purpose of an asserted act -------------------------------------------------------------------------------

def test_purpose_is_not_an_announced_intent_and_lends_its_recipient(code_text) -> None:
    events = code_text("Nigeria sent soldiers to restore order in Liberia.")
    top = _top(events)
    assert (top.event_type, top.status) == ("MOBILIZE", "asserted")
    assert [r.code for r in top.recipients] == ["LBR"]
    assert "AGREE" not in [e.event_type for e in events]  # the aim of the deployment is no pledge
    assert all(e.confidence < top.confidence for e in events if e is not top)


def test_opening_a_bridge_to_allow_aid_outranks_its_purpose(code_text) -> None:
    events = code_text("Turkmenistan opened the border bridge to allow deliveries of wheat to Afghanistan.")
    top = _top(events)
    assert (top.event_type, top.cameo, top.status) == ("RETREAT", "086", "asserted")
    assert [r.code for r in top.recipients] == ["AFG"]
    assert all(e.event_type != "AGREE" for e in events)


def test_purpose_only_reads_the_status_cues() -> None:
    purpose = StatusResult(status="planned", cues=("purpose 'to help' (intended, not reported as done)",))
    assert purpose_only(purpose)
    assert not purpose_only(StatusResult(status="planned", cues=(*purpose.cues, "modal 'will'")))
    assert not purpose_only(StatusResult(status="planned", cues=purpose.cues, committed=True))
    assert not purpose_only(StatusResult(status="asserted", cues=()))


def test_a_pledge_to_allow_peacekeepers_stays_an_intent(code_text) -> None:
    top = _top(code_text("Chad agreed to allow United Nations peacekeepers into the east of the country."))
    assert (top.event_type, top.cameo, top.status) == ("AGREE", "0355", "planned")


# --- 3. rally support --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, actor, supported", [
    ("Egypt urged the African Union to support Sudan.", "EGY", "SDN"),
    ("Poland called on NATO members to back Georgia.", "POL", "GEO"),
])
def test_appeal_to_support_a_third_party_rallies_support(code_text, text: str, actor: str, supported: str) -> None:
    top = _top(code_text(text))
    assert (top.event_type, top.cameo) == ("SUPPORT", "053")
    assert actor in [a.code for a in top.actors]
    assert [r.country for r in top.recipients] == [supported]


def test_appeal_for_another_act_stays_an_appeal(code_text) -> None:
    top = _top(code_text("Egypt urged Sudan to release the detained journalists."))
    assert top.event_type == "REQUEST"


def test_appeal_to_support_nobody_named_stays_an_appeal(code_text) -> None:
    assert "SUPPORT" != _top(code_text("Russia urged India to back the new proposal.")).event_type


# --- 4. object classes and verbal attacks ------------------------------------------------------------------------

def test_object_classes(nlp) -> None:  # type: ignore[no-untyped-def]
    def classes(text: str, verb: str) -> list[str]:
        doc = nlp(text)
        p = parse_of(doc)
        return object_classes_at(p, next(t.i for t in doc if t.text == verb), lemma_reader(p, lemma))

    assert classes("Gunmen fired on the convoy.", "fired") == [NO_OBJECT]
    assert classes("Rebels captured dozens of soldiers.", "captured") == [PERSON]
    assert classes("The company captured a larger market.", "captured") == []
    assert "soldier" in load_person_nouns() and "market" not in load_person_nouns()


def test_fire_needs_no_object_or_a_weapon(code_text) -> None:
    assert code_text.types("Militants fired at a police checkpoint in Peshawar.") == ["ASSAULT"]
    assert "ASSAULT" not in code_text.types("Kenya fired its ambassador to Somalia on Monday.")
    assert _top(code_text("Hezbollah fired rockets into Israel.")).cameo == "194"
    assert _top(code_text("Police fired tear gas at protesters in Nairobi.")).cameo == "175"


def test_capture_codes_an_arrest_only_for_people(code_text) -> None:
    top = _top(code_text("Afghan troops captured a Taliban commander near Kandahar."))
    assert (top.event_type, top.cameo) == ("COERCE", "173")
    assert not any(e.cameo == "173" for e in code_text("Iraqi forces captured an oil truck near Mosul."))


def test_pattern_table_keys_the_classes() -> None:
    table = PatternTable.load()
    assert table.match_verb("fire") is None  # no bare 'fire' pattern any more
    assert table.match_verb("fire", objects={NO_OBJECT}).cameo == "193"
    assert table.match_verb("capture", objects={PERSON}).cameo == "173"


def test_launched_attacks_are_force_a_scathing_attack_is_criticism(code_text) -> None:
    assert _top(code_text("Russian forces launched fresh attacks in Chechnya.")).event_type == "ASSAULT"
    top = _top(code_text("Germany launched a scathing attack on France over farm subsidies."))
    assert (top.event_type, top.cameo) == ("ACCUSE", "111")


# --- 5. what is ended --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Norway presented a plan to end the war in Sri Lanka.",
    "Kenya hosted talks on a halt to the fighting in Somalia.",
])
def test_conflict_being_ended_is_no_assault(code_text, text: str) -> None:
    assert "ASSAULT" not in code_text.types(text)


def test_a_war_that_is_not_ended_is_still_coded(code_text) -> None:
    assert "ASSAULT" in code_text.types("Ethiopia waged war on Eritrea in 1998.")
