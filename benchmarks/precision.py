"""Precision on real news: every event the coder emits for 25 VOA stories and 150 AG News items, compared with
human judgements recorded in benchmarks/data/precision_judgements.tsv.

Verdicts: C correct, T wrong type, A wrong actors, S wrong status, N not an event. An event is matched to its
judgement by (item, sentence start, rule). Prints precision over the judged events the coder still emits, the events
it no longer emits (by verdict: losing N is good, losing C is a recall loss), and the NEW events nobody has judged yet
— read them (``--show-new``) and add their verdicts to the file before quoting a precision number.
Usage: python benchmarks/precision.py [--show-new]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import SHARED, write_result  # noqa: E402

from multivector.actors import ActorKB  # noqa: E402
from multivector.coding import Coder  # noqa: E402
from multivector.model import Article, Event  # noqa: E402
from multivector.nlp import build_nlp  # noqa: E402

JUDGEMENTS = Path(__file__).resolve().parent / "data" / "precision_judgements.tsv"
AGNEWS_DATE = date(2004, 8, 20)  # AG News items carry no date; the audit used one fixed day of that period


def audit_articles() -> dict[str, Article]:
    """The audited items: the first 25 VOA stories and the first 150 AG News items (title. description)."""
    import json

    items: dict[str, Article] = {}
    with (SHARED / "corpus" / "voa_dev.jsonl").open(encoding="utf-8") as handle:
        for line in list(handle)[:25]:
            row = json.loads(line)
            items[f"V{row['id']}"] = Article.create(row["text"], date=date.fromisoformat(row["published"][:10]))
    with (SHARED / "corpus" / "agnews_world.csv").open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(list(csv.reader(handle))[:150]):
            items[f"A{i}"] = Article.create(f"{row[1]}. {row[2]}", date=AGNEWS_DATE)
    return items


def event_key(item: str, event: Event) -> tuple[str, int, str]:
    return item, event.span[0], event.rule.split(">")[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--show-new", action="store_true", help="print the events that have no judgement yet")
    parser.add_argument("--show-gone", action="store_true", help="print the judged events no longer emitted")
    args = parser.parse_args()
    with JUDGEMENTS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    judged = {(r["item"], int(r["sentence_start"]), r["rule"]): r["verdict"] for r in rows}
    nlp, kb, coder = build_nlp(), ActorKB.load(), Coder.load()
    emitted: dict[tuple[str, int, str], Event] = {}
    articles = audit_articles()
    for item, article in articles.items():
        for event in coder.code(nlp(article.text), article, kb):
            emitted[event_key(item, event)] = event
    kept = Counter(judged[k] for k in emitted if k in judged)
    gone = Counter(v for k, v in judged.items() if k not in emitted)
    new = [e for k, e in emitted.items() if k not in judged]
    precision = kept["C"] / sum(kept.values()) if kept else 0.0
    print(f"events {len(emitted)}: judged {sum(kept.values())} (precision {precision:.3f}, {dict(kept)}), "
          f"new unjudged {len(new)}; no longer emitted {dict(gone)}")
    if args.show_new:
        for (item, start, rule), event in ((k, e) for k, e in emitted.items() if k not in judged):
            print(f"  NEW\t{item}\t{start}\t{rule}\t{event.event_type}\t{event.status}\t"
                  f"{[a.code for a in event.actors]}->{[r.code for r in event.recipients]} | {event.text[:160]}")
    if args.show_gone:
        for row in rows:
            if (row["item"], int(row["sentence_start"]), row["rule"]) not in emitted:
                text = articles[row["item"]].text[int(row["sentence_start"]):][:160].replace("\n", " ")
                print(f"  GONE {row['verdict']} {row['event_type']} {row['status']} {row['rule']} | {text}")
    write_result("precision", {"events": len(emitted), "judged": sum(kept.values()), "precision_judged": precision,
                               "verdicts_kept": dict(kept), "no_longer_emitted": dict(gone), "new_unjudged": len(new)})


if __name__ == "__main__":
    main()
