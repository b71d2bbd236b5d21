"""Builders for analysis tests: articles and events written through EventStore (no tests here)."""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from multivector.model import ActorRef, Article, Event
from multivector.store import EventStore

QUAD_TYPES = {1: ("CONSULT", "040", 1.0), 2: ("COOPERATE", "061", 6.4), 3: ("ACCUSE", "112", -2.0),
              4: ("SANCTION", "163", -8.0)}
_serial = itertools.count()


def actor(country: str) -> ActorRef:
    """A state actor coded by its ISO3 code."""
    return ActorRef(text=country, id=None, name=country, code=country + "GOV", country=country, sector="GOV",
                    role=None)


def article(day: str = "2025-01-15", *, source: str = "wire", text: str | None = None) -> Article:
    """A unique article published on ``day``."""
    body = text or f"Article number {next(_serial)} about diplomacy."
    return Article.create(body, date=date.fromisoformat(day), source=source, url=f"https://x/{next(_serial)}")


def event(art: Article, actors: Sequence[str], recipients: Sequence[str] = (), *, quad: int = 1,
          status: str = "asserted", day: str | None = None, text: str | None = None, index: int = 0,
          event_type: str | None = None) -> Event:
    """An event of quad class ``quad`` between the given countries, evidenced in ``art``."""
    etype, cameo, goldstein = QUAD_TYPES[quad]
    etype = event_type or etype
    sentence = text or f"{' and '.join(actors)} {etype.lower()} {' '.join(recipients)} on sentence {index}."
    acts, recs = tuple(actor(c) for c in actors), tuple(actor(c) for c in recipients)
    return Event(
        id=Event.make_id(art.id, index, cameo, etype, tuple(a.code for a in acts), tuple(r.code for r in recs)),
        article_id=art.id, sentence_index=index, span=(0, len(sentence)), text=sentence, trigger=etype.lower(),
        event_type=etype, mode=None, context=(), cameo=cameo, quad_class=quad, goldstein=goldstein,
        actors=acts, recipients=recs, status=status, speaker=None, quote=None, date=day or art.date.isoformat(),
        date_precision="day", date_source="text" if day else "publication", location=None, confidence=0.8,
        rule="test", coder_version="test",
    )


def open_store(path: Path, articles: Sequence[Article], events: Sequence[Event]) -> EventStore:
    """A fresh store at ``path`` holding the given records."""
    store = EventStore.open(path)
    store.write_batch(articles, events)
    return store


def engage(store: EventStore, focal: str, counts: dict[str, int], *, day: str = "2025-01-15", quad: int = 1,
           status: str = "asserted") -> None:
    """Write ``counts[pole]`` separate single-event articles linking focal and pole."""
    arts, evs = [], []
    for pole, n in counts.items():
        for _ in range(n):
            art = article(day)
            arts.append(art)
            evs.append(event(art, [focal], [pole], quad=quad, status=status))
    store.write_batch(arts, evs)
