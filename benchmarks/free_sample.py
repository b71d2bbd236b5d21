"""Sample events the coder emits on the FREE development ranges (AG News 400-999 and 1400-1749, Reuters stories
150+), to judge them by hand (same verdicts as precision.py: C, T, A, S, N).

Items are drawn at random (``--seed``) so that two seeds give disjoint item sets (``--exclude`` previous samples'
item files). Events are written as JSONL (item, event) to ``--out`` and a readable listing is printed.
Usage: python benchmarks/free_sample.py --seed 1 --items 200 --events 150 --out /tmp/sample1.jsonl
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import SHARED, reuters_stories  # noqa: E402
from precision import AGNEWS_DATE  # noqa: E402

from multivector.actors import ActorKB  # noqa: E402
from multivector.coding import Coder  # noqa: E402
from multivector.model import Article  # noqa: E402
from multivector.nlp import build_nlp  # noqa: E402

FREE_AG = [*range(400, 1000), *range(1400, 1750)]


def free_items() -> dict[str, Article]:
    """Every free-range item keyed ``A<index>`` (AG News) or ``R<index>`` (Reuters)."""
    items: dict[str, Article] = {}
    with (SHARED / "corpus" / "agnews_world.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for i in FREE_AG:
        items[f"A{i}"] = Article.create(f"{rows[i][1]}. {rows[i][2]}", date=AGNEWS_DATE)
    for i, (text, when) in enumerate(reuters_stories()):
        if i >= 150:
            items[f"R{i}"] = Article.create(text, date=when)
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--items", type=int, default=200, help="how many items to code")
    parser.add_argument("--events", type=int, default=150, help="how many events to sample")
    parser.add_argument("--exclude", type=Path, action="append", default=[],
                        help="a previous sample's JSONL (repeatable): its items are not drawn")
    parser.add_argument("--only", type=Path, help="code exactly the items of this JSONL (a re-run of a sample)")
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    items = free_items()
    if args.only:
        chosen = sorted({json.loads(line)["item"] for line in args.only.open()})
    else:
        used = {json.loads(line)["item"] for path in args.exclude for line in path.open()}
        chosen = random.Random(args.seed).sample(sorted(set(items) - used), args.items)
    nlp, kb, coder = build_nlp(), ActorKB.load(), Coder.load()
    found = [(item, ev) for item in chosen for ev in coder.code(nlp(items[item].text), items[item], kb)]
    if not args.only:
        found = random.Random(args.seed).sample(found, min(args.events, len(found)))
    with args.out.open("w", encoding="utf-8") as handle:
        for item, ev in found:
            handle.write(json.dumps({"item": item, "event": ev.to_dict()}) + "\n")
    for n, (item, ev) in enumerate(found):
        who = "|".join(a.code or "" for a in ev.actors) + ">" + "|".join(r.code or "" for r in ev.recipients)
        print(f"{n}\t{item}\t{ev.event_type}/{ev.cameo}\t{ev.status}\t{who}\t{ev.rule}\t[{ev.trigger}]\t"
              f"{ev.text[:220]}")


if __name__ == "__main__":
    main()
