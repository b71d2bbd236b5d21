"""Round-3 engine behaviour: invitations, complement targets and absorption, announced threats, plural guests,
trigger ranking by confidence."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from multivector.coding.patterns import load_threat_recode
from multivector.errors import ConfigError
from multivector.model import Article

PUB = date(2025, 11, 6)


def _events(nlp, kb, coder, text: str):
    article = Article.create(text, date=PUB)
    return coder.code(nlp(article.text), article, kb)


def _countries(refs) -> set[str]:
    return {r.country for r in refs}


@pytest.mark.parametrize("text, guest", [
    ("Erdogan invited Tokayev to pay a state visit to Ankara next year.", "KAZ"),
    ("Putin invited Mirziyoyev to visit Moscow.", "UZB"),
    ("Xi Jinping invited the president of Kazakhstan to talks in Beijing.", "KAZ"),
    ("Trump invited Tokayev to the summit in Washington.", "KAZ"),
])
def test_an_invitation_is_one_planned_intent_to_meet(nlp, kb, coder, text: str, guest: str) -> None:
    events = _events(nlp, kb, coder, text)
    assert len(events) == 1, [(e.event_type, e.cameo, e.rule) for e in events]
    event = events[0]
    assert (event.event_type, event.cameo, event.status) == ("AGREE", "036", "planned")
    assert _countries(event.recipients) == {guest}
    assert guest not in _countries(event.actors)


def test_an_invitation_to_join_stays_an_appeal(nlp, kb, coder) -> None:
    events = _events(nlp, kb, coder, "Putin invited Kazakhstan to join the new economic bloc.")
    assert [e.event_type for e in events if e.cameo == "036"] == []


def test_a_threat_finds_its_target_deep_in_the_complement(nlp, kb, coder) -> None:
    text = "Iran today threatened to launch a new military offensive in its Gulf war with Iraq."
    threats = [e for e in _events(nlp, kb, coder, text) if e.event_type == "THREATEN"]
    assert threats and _countries(threats[0].actors) == {"IRN"} and _countries(threats[0].recipients) == {"IRQ"}
    assert threats[0].cameo.startswith("138")  # the complement's offensive makes it a threat of force


def test_a_threat_absorbs_the_act_it_threatens(nlp, kb, coder) -> None:
    events = _events(nlp, kb, coder, "Russia threatened to cut off gas supplies to Ukraine.")
    assert [e.event_type for e in events] == ["THREATEN"]
    assert events[0].cameo.startswith("131") and _countries(events[0].recipients) == {"UKR"}


@pytest.mark.parametrize("text, target", [
    ("Palestinian leaders said they would boycott all official contact with the United States.", "USA"),
    ("Israel will strike Iran again, Netanyahu said.", "IRN"),
    ("Ethnic Albanians have sworn to fight the Macedonian army.", "MKD"),
])
def test_a_conflict_act_announced_by_its_own_side_is_a_threat(nlp, kb, coder, text: str, target: str) -> None:
    events = _events(nlp, kb, coder, text)
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert threats, [(e.event_type, e.cameo, e.rule) for e in events]
    assert threats[0].cameo.startswith("13") and threats[0].status == "asserted"
    assert target in _countries(threats[0].recipients)
    assert not [e for e in events if e.event_type == "AGREE"]  # 'sworn' is no promise of its own


def test_speculation_by_others_is_no_threat(nlp, kb, coder) -> None:
    text = "Some experts believe that China may attack Taiwan before the end of the decade."
    events = _events(nlp, kb, coder, text)
    assert [(e.event_type, e.status) for e in events] == [("ASSAULT", "hypothetical")]


def test_a_host_with_plural_guests_is_one_event(nlp, kb, coder) -> None:
    text = ("US President Donald Trump hosted the presidents of Kazakhstan, Kyrgyzstan, Tajikistan, "
            "Turkmenistan and Uzbekistan at the White House on Thursday.")
    consult = [e for e in _events(nlp, kb, coder, text) if e.event_type == "CONSULT"]
    assert len(consult) == 1
    assert _countries(consult[0].actors) == {"USA"}
    assert _countries(consult[0].recipients) == {"KAZ", "KGZ", "TJK", "TKM", "UZB"}


def test_the_topic_of_talks_ranks_below_the_talks(nlp, kb, coder) -> None:
    text = "Israel and Lebanon renewed negotiations today on an Israeli troop pullback from Lebanon."
    events = _events(nlp, kb, coder, text)
    primary = max(events, key=lambda e: e.confidence)
    assert primary.event_type == "CONSULT"
    topics = [e for e in events if e.event_type == "RETREAT"]
    assert all(t.confidence < primary.confidence for t in topics)


def test_travel_back_for_talks_is_consultation(nlp, kb, coder) -> None:
    text = "U.S. and Russian negotiators return to Geneva this week for talks on nuclear missiles."
    events = _events(nlp, kb, coder, text)
    assert max(events, key=lambda e: e.confidence).event_type == "CONSULT"
    assert not [e for e in events if e.event_type == "RETREAT"]


def test_ambiguous_bare_lemma_lowers_confidence(nlp, kb, coder) -> None:
    specific = _events(nlp, kb, coder, "Russia returned the captured ship.")
    bare = _events(nlp, kb, coder, "Russia returned the favour.")
    assert specific and bare
    # object evidence (0.9 - 0.05 no recipient) vs a bare lemma with other senses (- 0.05 - 0.05 more)
    assert max(e.confidence for e in specific) - max(e.confidence for e in bare) >= 0.1 - 1e-9


def test_threat_recode_table_is_checked(tmp_path: Path) -> None:
    table = load_threat_recode()
    assert table["19"].startswith("138") and table["163"] == "1312"
    bad = tmp_path / "threat_recode.csv"
    bad.write_text("prefix,cameo,note\n19,190,not a threat code\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_threat_recode(bad)
