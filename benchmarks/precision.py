"""Precision on real news: every event the coder emits for a fixed set of news items, compared with human
judgements recorded in a TSV file (columns verdict, item, sentence_start, rule, event_type, status).

Sets (``--set``):
- ``dev`` (default): the first 25 VOA stories and the first 150 AG News items, judgements in
  benchmarks/data/precision_judgements.tsv, result benchmarks/results/precision.json. This set has been used to
  develop the coder, so its number is optimistic.
- ``heldout``: VOA stories 26-45 (file order of ../shared/corpus/voa_dev.jsonl) and AG News items 151-400 of
  ../shared/corpus/agnews_world.csv, judgements in benchmarks/data/precision_heldout.tsv, result
  benchmarks/results/precision_heldout.json.

The held-out set is a clean measurement and is NEVER used for development: do not read its sentences, its false
events or its ``--show-new`` output to design patterns, cues or actor entries, and do not tune the coder against
its number. Quote it beside the dev number; when the coder changes, judge the new held-out events honestly (append
lines, never edit existing ones) and report the figure, but fix the mechanisms you find on the dev set or other
text. Once it has been tuned on, it stops being held out and a fresh range of the corpora must replace it.

Verdicts: C correct, T wrong type, A wrong actors, S wrong status, N not an event. An event is matched to its
judgement by (item, sentence start, rule). Prints precision over the judged events the coder still emits, the events
it no longer emits (by verdict: losing N is good, losing C is a recall loss), and the NEW events nobody has judged yet
— read them (``--show-new``) and add their verdicts to the file before quoting a precision number.
Usage: python benchmarks/precision.py [--set dev|heldout] [--show-new] [--show-gone]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import SHARED, write_result  # noqa: E402

from multivector.actors import ActorKB  # noqa: E402
from multivector.coding import Coder  # noqa: E402
from multivector.model import Article, Event  # noqa: E402
from multivector.nlp import build_nlp  # noqa: E402

DATA = Path(__file__).resolve().parent / "data"
Key = tuple[str, int, str]  # (item, sentence start, rule without its ">" refinements)
AGNEWS_DATE = date(2004, 8, 20)  # AG News items carry no date; the audit used one fixed day of that period


@dataclass(frozen=True)
class AuditSet:
    """One judged range of the corpora: 0-based half-open slices of VOA stories and AG News items."""

    voa: slice
    agnews: slice
    judgements: Path
    result: str


AUDIT_SETS = {
    "dev": AuditSet(slice(0, 25), slice(0, 150), DATA / "precision_judgements.tsv", "precision"),
    "heldout": AuditSet(slice(25, 45), slice(150, 400), DATA / "precision_heldout.tsv", "precision_heldout"),
}


def audit_articles(audit: AuditSet = AUDIT_SETS["dev"]) -> dict[str, Article]:
    """The audited items: VOA stories keyed ``V<id>``, AG News items (title. description) keyed ``A<index>``."""
    items: dict[str, Article] = {}
    with (SHARED / "corpus" / "voa_dev.jsonl").open(encoding="utf-8") as handle:
        for line in list(handle)[audit.voa]:
            row = json.loads(line)
            items[f"V{row['id']}"] = Article.create(row["text"], date=date.fromisoformat(row["published"][:10]))
    with (SHARED / "corpus" / "agnews_world.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for i in range(*audit.agnews.indices(len(rows))):
        items[f"A{i}"] = Article.create(f"{rows[i][1]}. {rows[i][2]}", date=AGNEWS_DATE)
    return items


def event_key(item: str, event: Event) -> Key:
    return item, event.span[0], event.rule.split(">")[0]


def load_judgements(path: Path) -> list[dict[str, str]]:
    """The recorded verdicts (an absent file means nothing is judged yet)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def code_articles(articles: dict[str, Article]) -> dict[Key, Event]:
    """Every event the current coder emits for the items, keyed by :func:`event_key`."""
    nlp, kb, coder = build_nlp(), ActorKB.load(), Coder.load()
    emitted: dict[Key, Event] = {}
    for item, article in articles.items():
        for event in coder.code(nlp(article.text), article, kb):
            emitted[event_key(item, event)] = event
    return emitted


def show(emitted: dict[Key, Event], judged: dict[Key, str], rows: list[dict[str, str]],
         articles: dict[str, Article], *, new: bool, gone: bool) -> None:
    """Print the unjudged events and/or the judged events no longer emitted."""
    if new:
        for (item, start, rule), event in ((k, e) for k, e in emitted.items() if k not in judged):
            print(f"  NEW\t{item}\t{start}\t{rule}\t{event.event_type}\t{event.status}\t"
                  f"{[a.code for a in event.actors]}->{[r.code for r in event.recipients]} | {event.text[:160]}")
    if gone:
        for row in rows:
            if (row["item"], int(row["sentence_start"]), row["rule"]) not in emitted:
                text = articles[row["item"]].text[int(row["sentence_start"]):][:160].replace("\n", " ")
                print(f"  GONE {row['verdict']} {row['event_type']} {row['status']} {row['rule']} | {text}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(AUDIT_SETS), default="dev", help="which judged set to audit")
    parser.add_argument("--show-new", action="store_true", help="print the events that have no judgement yet")
    parser.add_argument("--show-gone", action="store_true", help="print the judged events no longer emitted")
    args = parser.parse_args()
    audit = AUDIT_SETS[args.set]
    rows = load_judgements(audit.judgements)
    judged = {(r["item"], int(r["sentence_start"]), r["rule"]): r["verdict"] for r in rows}
    articles = audit_articles(audit)
    emitted = code_articles(articles)
    kept = Counter(judged[k] for k in emitted if k in judged)
    gone = Counter(v for k, v in judged.items() if k not in emitted)
    new = [e for k, e in emitted.items() if k not in judged]
    precision = kept["C"] / sum(kept.values()) if kept else 0.0
    print(f"[{args.set}] events {len(emitted)}: judged {sum(kept.values())} (precision {precision:.3f}, "
          f"{dict(kept)}), new unjudged {len(new)}; no longer emitted {dict(gone)}")
    show(emitted, judged, rows, articles, new=args.show_new, gone=args.show_gone)
    write_result(audit.result, {"events": len(emitted), "judged": sum(kept.values()),
                                "precision_judged": precision, "verdicts_kept": dict(kept),
                                "no_longer_emitted": dict(gone), "new_unjudged": len(new)})


if __name__ == "__main__":
    main()
