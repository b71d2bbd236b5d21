"""Shared fixtures: the spaCy pipeline, the actor KB and the coder are loaded once per session.

Tests that code a sentence use ``code_text`` (text -> events, and its variants ``types``, ``of_type``,
``summaries``, ``ingested``, ``code``); tests of the actor KB on a sentence use ``mentions_in`` (text, date ->
mentions, and ``codes``). Write no local parse-and-code helpers."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from multivector.model import Article, Event, Mention

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SHARED_DIR = PROJECT_ROOT.parent / "shared"
TEST_DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """``../shared``; tests that need it skip with a reason in a user's clone, where it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared/ is absent (a user's clone); CI always has it")
    return SHARED_DIR


@pytest.fixture(scope="session")
def test_data() -> Path:
    return TEST_DATA


@pytest.fixture(scope="session")
def agnews_texts(shared_dir: Path) -> list[str]:
    """Every AG News 'World' item of ../shared/corpus as 'title\ndescription' (items 400-999 are free for
    development; dev, held-out, fresh and blind ranges are listed in benchmarks/precision.py)."""
    with (shared_dir / "corpus" / "agnews_world.csv").open(encoding="utf-8", newline="") as handle:
        return [f"{row[1]}\n{row[2]}" for row in csv.reader(handle) if len(row) >= 3]


@pytest.fixture(scope="session")
def nlp():
    from multivector.nlp import build_nlp

    return build_nlp()


@pytest.fixture(scope="session")
def kb():
    from multivector.actors import ActorKB

    return ActorKB.load()


@pytest.fixture(scope="session")
def coder():
    from multivector.coding import Coder

    return Coder.load()


PUBLISHED = date(2025, 8, 28)
"""Publication day of the short articles the coder tests write; a test passes another where dates matter."""


class TextCoder:
    """Codes a short English text end to end (parse, actors, coder) as a one-off article.

    ``published`` is the article's publication day (``None``: undated). The variants reduce the events to
    what most coder tests compare: their types, or (type, CAMEO code, actor codes, recipient codes)."""

    def __init__(self, nlp, kb, coder) -> None:  # type: ignore[no-untyped-def]
        self.nlp, self.kb, self.coder = nlp, kb, coder

    def __call__(self, text: str, published: date | None = PUBLISHED) -> list[Event]:
        return self.code(Article.create(text, date=published))

    def code(self, article: Article) -> list[Event]:
        """The events of an article built by the caller (e.g. by ingest's ``read_text_article``)."""
        return self.coder.code(self.nlp(article.text), article, self.kb)

    def ingested(self, text: str, published: date | None) -> list[Event]:
        """The events of ``text`` read as ingest reads it (header lines, datelines) with a default date."""
        from multivector.ingest import read_text_article

        return self.code(read_text_article(text, default_date=published))

    def types(self, text: str, published: date | None = PUBLISHED) -> list[str]:
        return [e.event_type for e in self(text, published)]

    def of_type(self, text: str, event_type: str, published: date | None = PUBLISHED) -> list[Event]:
        return [e for e in self(text, published) if e.event_type == event_type]

    def summaries(self, text: str, published: date | None = PUBLISHED) -> list[tuple[str, str, list[str], list[str]]]:
        """(event type, CAMEO code, actor codes, recipient codes) of every event."""
        return [(e.event_type, e.cameo, [a.code for a in e.actors], [r.code for r in e.recipients])
                for e in self(text, published)]


@pytest.fixture(scope="session")
def code_text(nlp, kb, coder) -> TextCoder:  # type: ignore[no-untyped-def]
    """``code_text(text, published=PUBLISHED) -> list[Event]``, with the variants of :class:`TextCoder`."""
    return TextCoder(nlp, kb, coder)


class MentionFinder:
    """Parses a text and finds its actor mentions at a date (the actor KB's view of a sentence)."""

    def __init__(self, nlp, kb) -> None:  # type: ignore[no-untyped-def]
        self.nlp, self.kb = nlp, kb

    def __call__(self, text: str, on: date | None) -> list[Mention]:
        return self.kb.find_mentions(self.nlp(text), on=on)

    def codes(self, text: str, on: date | None) -> dict[str, str]:
        """Mention text -> actor code."""
        return {m.text: m.actor.code for m in self(text, on)}


@pytest.fixture(scope="session")
def mentions_in(nlp, kb) -> MentionFinder:  # type: ignore[no-untyped-def]
    """``mentions_in(text, on) -> list[Mention]``, and ``mentions_in.codes(text, on)``: text -> actor code."""
    return MentionFinder(nlp, kb)
