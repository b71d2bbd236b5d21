"""Actor KB benchmark: resolution accuracy, mention-matching speed, KB load time and memory.

Accuracy reads benchmarks/data/actor_resolution.csv (columns mention,context,date,expected_code; an empty
code means the mention must name no actor), or
actor_resolution_seed.csv next to it when the first is absent, and scores two ways: ``resolve(mention)`` alone
and the mention found by ``find_mentions`` in the parsed context. Speed parses AG News items once and times
``find_mentions`` alone against the parse time. Writes benchmarks/results/actors.json.
Usage: python benchmarks/actors.py [--limit N] [--show-errors K]
"""

from __future__ import annotations

import argparse
import csv
import resource
import sys
import time
import tracemalloc
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import agnews_texts, write_result  # noqa: E402

from multivector.actors import ActorKB  # noqa: E402
from multivector.nlp import build_nlp  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"


def resolution_rows() -> tuple[Path, list[dict[str, str]]]:
    for name in ("actor_resolution.csv", "actor_resolution_seed.csv"):
        path = DATA / name
        if path.is_file():
            with path.open(encoding="utf-8", newline="") as handle:
                return path, list(csv.DictReader(handle))
    raise SystemExit("no benchmarks/data/actor_resolution*.csv")


def load_cost() -> tuple[ActorKB, dict[str, float]]:
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    started = time.perf_counter()
    kb = ActorKB.load()
    loaded = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kb, {"load_s": round(loaded, 3), "load_peak_traced_mb": round(peak / 2**20, 1),
                "rss_growth_mb": round((rss_after - rss_before) / 1024, 1)}


def in_context(kb: ActorKB, nlp, row: dict[str, str], on: date) -> str | None:  # type: ignore[no-untyped-def]
    """The code of the mention overlapping the row's mention in its parsed context.

    A place named inside a larger mention ("the embassy of Tajikistan" -> TJKGOV) denotes that mention's
    country: when the row's text alone is a place name, the larger mention's country is its answer."""
    doc = nlp(row["context"])
    at = row["context"].find(row["mention"])
    if at < 0:
        at = row["context"].lower().find(row["mention"].lower())
    end = at + len(row["mention"])
    for mention in kb.find_mentions(doc, on=on):
        if at >= 0 and mention.start_char < end and at < mention.end_char:  # overlapping spans
            inside = mention.start_char < at or end < mention.end_char
            if inside and mention.actor.country and _is_place_name(kb, row["mention"], on):
                return kb.cameo_of(mention.actor.country)
            return mention.actor.code
    return None


def _is_place_name(kb: ActorKB, text: str, on: date) -> bool:
    from multivector.actors.matching import tokenize

    found = kb.find_mentions(tokenize(kb, text), on=on)
    return len(found) == 1 and found[0].kind in ("state", "igo", "group") and len(found[0].text) >= len(text) - 4


def accuracy(kb: ActorKB, nlp, rows: list[dict[str, str]], show: int) -> dict[str, object]:  # type: ignore[no-untyped-def]
    alone = context = 0
    errors: Counter[str] = Counter()
    for row in rows:
        expected = row["expected_code"] or None  # empty: the mention names no actor ("Friday", "Omar")
        on = date.fromisoformat(row["date"]) if row["date"] else None
        ref = kb.resolve(row["mention"], on=on)
        got = ref.code if ref else None
        alone += got == expected
        found = in_context(kb, nlp, row, on or date.today())
        context += found == expected
        if found != expected:
            errors[f"{row['mention']!r} @{row['date']}: expected {expected}, "
                   f"alone {got}, in context {found}"] += 1
    for line, _ in errors.most_common(show):
        print("  miss:", line)
    n = len(rows) or 1
    return {"rows": len(rows), "resolve_accuracy": round(alone / n, 4),
            "in_context_accuracy": round(context / n, 4)}


def speed(kb: ActorKB, nlp, limit: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    texts = agnews_texts(limit)
    started = time.perf_counter()
    docs = list(nlp.pipe(texts, batch_size=64))
    parse = time.perf_counter() - started
    kb.find_mentions(docs[0], on=date(2025, 1, 1))  # build the matchers of this vocab once
    started = time.perf_counter()
    found = sum(len(kb.find_mentions(doc, on=date(2025, 1, 1))) for doc in docs)
    match = time.perf_counter() - started
    return {"docs": len(docs), "mentions": found, "parse_s": round(parse, 3), "mentions_s": round(match, 3),
            "mentions_per_s": round(found / match, 1), "docs_per_s_matching": round(len(docs) / match, 1),
            "matching_share_of_parse": round(match / parse, 4)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=1000, help="AG News items for the speed test")
    parser.add_argument("--show-errors", type=int, default=15)
    args = parser.parse_args()
    kb, load = load_cost()
    nlp = build_nlp()
    started = time.perf_counter()
    kb.find_mentions(nlp.make_doc("warm up"), on=None)
    load["matcher_build_s"] = round(time.perf_counter() - started, 3)
    path, rows = resolution_rows()
    result = {"kb_version": kb.version, "data": path.name, **load,
              **accuracy(kb, nlp, rows, args.show_errors), **speed(kb, nlp, args.limit)}
    for key, value in result.items():
        print(f"{key:28} {value}")
    print("wrote", write_result("actors", result))


if __name__ == "__main__":
    main()
