"""Bulk-write benchmark of the event store: rows/s for N synthetic events through EventStore.write_batch.

Usage: python benchmarks/store_bulk.py [--events 200000] [--batch 20000] [--per-article 4]
Prints build time (records -> Arrow is included in write time), write rows/s and a re-write (idempotent
skip) rate. The events are synthetic but shaped like real ones (2 actors, 1 recipient, location).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from multivector.model import ActorRef, Article, Event, Place
from multivector.store import EventStore

_CODES = ("KAZGOV", "RUSGOV", "CHNGOV", "USAGOV", "EURGOV", "TURGOV", "UZBMIL", "KGZCOP")


def _ref(code: str) -> ActorRef:
    return ActorRef(text=code.title(), id=None, name=code.title(), code=code, country=code[:3],
                    sector=code[3:] or None, role=None)


def synthetic(n_events: int, per_article: int) -> tuple[list[Article], list[Event]]:
    """``n_events`` events spread over ``n_events / per_article`` dated articles."""
    refs = [_ref(code) for code in _CODES]
    place = Place("Astana", "KAZ", 51.17, 71.45, 1526273)
    articles: list[Article] = []
    events: list[Event] = []
    for n in range(0, n_events, per_article):
        article = Article.create(f"Synthetic article {n}.", date=date(2020, 1, 1) + timedelta(days=n % 2000))
        articles.append(article)
        for i in range(min(per_article, n_events - n)):
            k = n + i
            actors = (refs[k % 8], refs[(k + 3) % 8])
            recipients = (refs[(k + 5) % 8],)
            events.append(Event(
                id=Event.make_id(article.id, i, "036", "meet", (str(k),), ()), article_id=article.id,
                sentence_index=i, span=(i * 80, i * 80 + 60), text=f"Sentence {i} of synthetic article {n}.",
                trigger="meet", event_type="AGREE", mode=None, context=("diplomatic",), cameo="036",
                quad_class=1, goldstein=4.0, actors=actors, recipients=recipients, status="planned",
                speaker=None, quote=None, date=None if k % 3 else "2024-05-06", date_precision="day",
                date_source="text", location=place, confidence=0.8, rule="bench", coder_version="bench",
            ))
    return articles, events


def _batches(articles: list[Article], events: list[Event], size: int):
    by_article: dict[str, list[Event]] = {}
    for event in events:
        by_article.setdefault(event.article_id, []).append(event)
    chunk: list[Article] = []
    n_events = 0
    for article in articles:
        chunk.append(article)
        n_events += len(by_article[article.id])
        if n_events >= size:
            yield chunk, [e for a in chunk for e in by_article[a.id]]
            chunk, n_events = [], 0
    if chunk:
        yield chunk, [e for a in chunk for e in by_article[a.id]]


def _write_all(store: EventStore, articles: list[Article], events: list[Event], size: int) -> tuple[int, float]:
    start = time.perf_counter()
    added = sum(store.write_batch(a, e).events_added for a, e in _batches(articles, events, size))
    return added, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--batch", type=int, default=20_000)
    parser.add_argument("--per-article", type=int, default=4)
    args = parser.parse_args()
    start = time.perf_counter()
    articles, events = synthetic(args.events, args.per_article)
    print(f"built {len(events):,} events / {len(articles):,} articles in {time.perf_counter() - start:.1f}s")
    with tempfile.TemporaryDirectory() as tmp, EventStore.open(Path(tmp) / "bench.duckdb") as store:
        added, seconds = _write_all(store, articles, events, args.batch)
        print(f"write_batch: {added:,} events in {seconds:.2f}s = {added / seconds:,.0f} rows/s")
        again, seconds = _write_all(store, articles, events, args.batch)
        print(f"re-write (all skipped, {again} added): {len(events) / seconds:,.0f} rows/s")
        print(f"counts: {store.counts()}")


if __name__ == "__main__":
    main()
