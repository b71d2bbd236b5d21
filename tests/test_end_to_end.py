"""End to end: the bundled samples and the interview article, from text to events, against hand-coded files.

``tests/data/expected_samples.json`` lists, per sample, the events a careful coder finds (``must`` ones are
required here) and sentences that must give no asserted or planned event. ``interview_expected.json`` does
the same for ``interview_article.txt``: one summit event, a threat with its speaker, a dated planned visit,
and nothing asserted or planned from any interview turn.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from multivector.model import Article, Event

SAMPLES_DIR = Path(__file__).resolve().parents[1] / "src" / "multivector" / "samples"
COUNTING = frozenset({"asserted", "planned"})


def _article(path: Path, published: str | None) -> Article:
    """The article as ingest builds it (header lines 'Title:'/'Date:'/'Source:' removed)."""
    from multivector.ingest import iter_articles

    [article] = [a for a in iter_articles([path]) if isinstance(a, Article)]
    if published is not None:
        assert article.date == date.fromisoformat(published), f"{path.name}: publication date"
    return article


@pytest.fixture(scope="module")
def coded(nlp, kb, coder):
    """Coded events per sample file name (and for the interview article)."""
    def run(path: Path, published: str | None) -> tuple[Article, list[Event]]:
        article = _article(path, published)
        return article, coder.code(nlp(article.text), article, kb)
    return run


def _countries(refs) -> set[str]:
    return {r.country for r in refs if r.country}


def _in_sentence(events: list[Event], fragment: str) -> list[Event]:
    return [e for e in events if fragment in e.text]


def _matches(event: Event, spec: dict) -> list[str]:
    """Where an event differs from a hand-coded spec (empty when it matches)."""
    problems = []
    if event.event_type != spec["plover"]:
        problems.append(f"type {event.event_type} != {spec['plover']}")
    if _countries(event.actors) != set(spec["actors"]):
        problems.append(f"actors {sorted(_countries(event.actors))} != {sorted(spec['actors'])}")
    if _countries(event.recipients) != set(spec["recipients"]):
        problems.append(f"recipients {sorted(_countries(event.recipients))} != {sorted(spec['recipients'])}")
    if event.status != spec["status"]:
        problems.append(f"status {event.status} != {spec['status']}")
    if spec.get("date") and event.date != spec["date"]:
        problems.append(f"date {event.date} != {spec['date']}")
    if spec.get("speaker") and (event.speaker is None or event.speaker.country != spec["speaker"]):
        problems.append(f"speaker {event.speaker and event.speaker.country} != {spec['speaker']}")
    return problems


def _find(events: list[Event], spec: dict, fragment: str) -> Event:
    """The event of ``spec`` in the sentence containing ``fragment``; fails with every near miss explained."""
    candidates = _in_sentence(events, fragment)
    misses = {e.rule + f" {e.event_type}": _matches(e, spec) for e in candidates}
    found = [e for e in candidates if not _matches(e, spec)]
    assert found, f"no {spec['plover']} event in '{fragment}': {misses or 'no events in that sentence'}"
    return found[0]


def _sample_cases(test_data: Path) -> list[tuple[str, dict]]:
    expected = json.loads((test_data / "expected_samples.json").read_text(encoding="utf-8"))
    return sorted(expected["samples"].items())


SAMPLE_NAMES = sorted(p.name for p in SAMPLES_DIR.glob("*.txt"))


def _spec(test_data: Path, name: str) -> dict:
    return dict(_sample_cases(test_data))[name]


def test_every_sample_has_an_expectation(test_data) -> None:
    assert SAMPLE_NAMES and set(SAMPLE_NAMES) == {name for name, _ in _sample_cases(test_data)}


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_must_events_are_found(coded, test_data, name: str) -> None:
    spec = _spec(test_data, name)
    _, events = coded(SAMPLES_DIR / name, spec["date"])
    for event_spec in (e for e in spec["events"] if e["must"]):
        event = _find(events, event_spec, event_spec["sentence"])
        assert event.cameo.startswith(event_spec["cameo_root"]), f"{event.cameo} in '{event_spec['sentence']}'"


@pytest.mark.parametrize("name", SAMPLE_NAMES)
def test_sample_no_event_sentences_yield_nothing_that_counts(coded, test_data, name: str) -> None:
    spec = _spec(test_data, name)
    _, events = coded(SAMPLES_DIR / name, spec["date"])
    for fragment in spec["no_event"]:
        counted = [(e.event_type, e.status) for e in _in_sentence(events, fragment) if e.status in COUNTING]
        assert not counted, f"'{fragment}' gave {counted}"


@pytest.fixture(scope="module")
def interview(coded, test_data):
    expected = json.loads((test_data / "interview_expected.json").read_text(encoding="utf-8"))
    article, events = coded(test_data / expected["file"], expected["publication_date"])
    return expected, article, events


def _named(expected: dict, name: str) -> dict:
    return next(e for e in expected["events"] if e["name"] == name)


def test_interview_summit_is_one_event_with_a_host(interview) -> None:
    expected, _, events = interview
    spec = _named(expected, "summit")
    event = _find(events, spec, spec["anchor"])
    assert [a.code for a in event.actors] == spec["actor_codes"]
    assert sorted(r.code for r in event.recipients) == sorted(spec["recipient_codes"])
    assert event.date_source == spec["date_source"]
    same = [e for e in _in_sentence(events, spec["anchor"]) if e.event_type == spec["plover"]]
    assert len(same) == 1, "a summit of six leaders is one event, not one per dyad"


def test_interview_threat_has_its_speaker(interview) -> None:
    expected, _, events = interview
    spec = _named(expected, "threat")
    event = _find(events, spec, spec["anchor"])
    assert event.cameo.startswith(spec["cameo_root"])
    assert [a.code for a in event.actors] == spec["actor_codes"]
    assert [r.code for r in event.recipients] == spec["recipient_codes"]
    assert event.speaker is not None and event.speaker.name == spec["speaker_name"]
    assert event.speaker.role == spec["speaker_role"]
    assert (event.date, event.date_source) == (spec["date"], spec["date_source"])


def test_interview_planned_visit_is_dated(interview) -> None:
    expected, _, events = interview
    spec = _named(expected, "planned_visit")
    event = _find(events, spec, spec["anchor"])
    assert event.cameo == spec["cameo"]
    assert (event.date, event.date_precision, event.date_source) == (spec["date"], "day", spec["date_source"])


def test_interview_turns_give_nothing_that_counts(interview) -> None:
    expected, article, events = interview
    turns = expected["interview"]
    start = article.text.index(turns["first_anchor"])
    end = article.text.index(turns["last_anchor"]) + len(turns["last_anchor"])
    inside = [e for e in events if start <= e.span[0] < end]
    assert inside, "the answers contain speculation that is still coded (as hypothetical)"
    forbidden = set(turns["forbidden_statuses"])
    assert not [(e.text, e.status) for e in inside if e.status in forbidden]
    assert all(e.status in {"question", "hypothetical", "negated"} for e in inside)


def test_interview_speculation_after_the_turns_does_not_count(interview) -> None:
    expected, _, events = interview
    for rule in expected["no_event_lines"]:
        counted = [e.status for e in _in_sentence(events, rule["anchor"]) if e.status in rule["forbidden_statuses"]]
        assert not counted, f"'{rule['anchor']}' gave {counted}"
