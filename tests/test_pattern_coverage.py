"""Pattern coverage sweep: common English realisations of aid, yield, criticism, threats, force posture,
coercion and fighting are coded end to end, and their look-alikes in another sense are not."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.patterns import PatternTable
from multivector.model import Event

PUB = date(2025, 3, 14)


def _coded(events: list[Event]) -> list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]:
    """(cameo, event type, status, actor codes, recipient codes) of every event."""
    return [(e.cameo, e.event_type, e.status, tuple(a.code for a in e.actors), tuple(r.code for r in e.recipients))
            for e in events]


@pytest.mark.parametrize(("text", "cameo", "actor", "recipient"), [
    # 07 aid: rescuers and medics sent abroad
    ("Turkey dispatched rescue teams to Syria after the earthquake.", "073", "TUR", "SYR"),
    ("Egypt sent doctors and paramedics to Libya.", "073", "EGY", "LBY"),
    # 04 hosting: light verb + 'welcome'
    ("Kazakhstan gave a warm welcome to the Chinese president.", "043", "KAZ", "CHN"),
    # 08 yield: withdrawal with 'out' parsed as a preposition, ceding ground
    ("Poland pulled its troops out of Iraq.", "0874", "POL", ""),
    ("Russia pulled its forces from Kherson.", "0874", "RUS", ""),
    # 11 criticism
    ("Beijing branded the Taiwanese president a separatist.", "111", "CHN", "TWN"),
    ("Russia reproached Armenia for its stance on the war.", "111", "RUS", "ARM"),
    # 13 threats: a vow of revenge or of the enemy's destruction
    ("Iran vowed revenge against Israel.", "138", "IRN", "ISR"),
    ("Iran vowed to retaliate against Israel.", "138", "IRN", "ISR"),
    ("The Houthis swore to take revenge on the United States.", "138", "", "USA"),
    # 15 force posture: xcomp verb as the object word of 'order'
    ("North Korea ordered its troops to patrol the border with South Korea.", "150", "PRK", ""),
    ("Japan scrambled fighter jets to intercept Chinese bombers.", "150", "JPN", ""),
    # 16/17 sanctions and coercion
    ("Washington reimposed sanctions on Venezuela.", "163", "USA", "VEN"),
    ("The Belarusian police prevented opposition supporters from rallying.", "1721", "BLR", "BLR"),
    ("Russia blocked YouTube and WhatsApp.", "1721", "RUS", ""),
    # 19 fighting: downing aircraft, retaliation
    ("Ukrainian forces shot down Russian drones.", "190", "UKR", "RUS"),
    ("Iran retaliated against Israel.", "190", "IRN", "ISR"),
])
def test_new_realisations_are_coded(code_text, text: str, cameo: str, actor: str, recipient: str) -> None:
    events = _coded(code_text(text, PUB))
    match = [e for e in events if e[0] == cameo]
    assert match, f"{text!r} gave {events}"
    code, _, _, actors, recipients = match[0]
    assert not actor or any(a.startswith(actor) for a in actors), match[0]
    assert not recipient or any(r.startswith(recipient) for r in recipients), match[0]


def test_vowed_revenge_is_a_threat_made_now(code_text) -> None:
    """The vow itself is the threat: asserted, not a planned future act."""
    events = _coded(code_text("Iran vowed to retaliate against Israel.", PUB))
    threats = [e for e in events if e[1] == "THREATEN"]
    assert threats and threats[0][2] == "asserted", events
    assert not any(e[1] == "FIGHT" for e in events), "the complement is absorbed by the vow"


@pytest.mark.parametrize(("text", "wrong"), [
    ("Iran vowed to fight corruption.", "THREATEN"),  # a vow to fight something that is no enemy
    ("The parliament shot down the proposal.", "FIGHT"),  # 'shoot down' an idea is a rejection
    ("Russia pulled out of the talks with Ukraine.", "RETREAT"),  # leaving talks is no troop withdrawal
    ("Kazakhstan gave support to the plan.", "CONSULT"),  # only a welcome is hosting
])
def test_other_senses_are_not_coded_as_the_new_type(code_text, text: str, wrong: str) -> None:
    assert wrong not in [e[1] for e in _coded(code_text(text, PUB))]


@pytest.mark.parametrize(("lemma", "particle", "obj", "prep", "cameo"), [
    ("airdrop", None, "food", "over", "073"),
    ("allot", None, "funding", "for", "071"),
    ("reopen", None, "border", "with", "081"),
    ("restore", None, "internet", None, "0811"),
    ("cede", None, "territory", "to", "0874"),
    ("relinquish", None, "power", None, "0831"),
    ("backtrack", None, "", "on", "0832"),
    ("level", None, "accusation", "against", "112"),
    ("rap", None, "", "over", "111"),
    ("promise", None, "revenge", None, "138"),
    ("reimpose", None, "curfew", "in", "1723"),
    ("persecute", None, "", None, "170"),
    ("avenge", None, "", None, "190"),
])
def test_table_rows(lemma: str, particle: str | None, obj: str, prep: str | None, cameo: str) -> None:
    pattern = PatternTable.load().match_verb(lemma, particles={particle} if particle else set(),
                                             objects={obj} if obj else set(), preps={prep} if prep else set())
    assert pattern is not None and pattern.cameo == cameo, pattern


def test_shoot_down_needs_an_aircraft_to_be_fighting() -> None:
    table = PatternTable.load()
    assert table.match_verb("shoot", particles={"down"}, objects={"drone"}).cameo == "190"
    assert table.match_verb("shoot", particles={"down"}, objects={"idea"}).cameo == "120"
