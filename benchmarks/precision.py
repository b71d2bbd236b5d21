"""Precision on real news: every event the coder emits for a fixed set of news items, compared with human
judgements recorded in a TSV file (columns verdict, item, sentence_start, rule, event_type, status).

Sets (``--set``):
- ``dev`` (default): the first 25 VOA stories and the first 150 AG News items, judgements in
  benchmarks/data/precision_judgements.tsv, result benchmarks/results/precision.json. This set has been used to
  develop the coder, so its number is optimistic.
- ``heldout``: VOA stories 26-45 (file order of ../shared/corpus/voa_dev.jsonl) and AG News items 151-400 of
  ../shared/corpus/agnews_world.csv, judgements in benchmarks/data/precision_heldout.tsv, result
  benchmarks/results/precision_heldout.json.

- ``blind``: AG News items 1751-1900 and the first 150 Reuters-21578 stories with a body (1987 wire copy, mostly
  economic: a test of false events on non-political news), judgements in benchmarks/data/precision_blind.tsv.
  Judged once, at the end of session 2, by someone who had not developed on it; the same rules apply.
- ``fresh``: VOA stories 46-56 and AG News items 1001-1400, judgements in benchmarks/data/precision_fresh.tsv.
  The held-out set was watched for three rounds of development; this range replaced it in session 4 and was
  judged first on the code as it stood then, before any change of that session.

The held-out set is a clean measurement and is NEVER used for development: do not read its sentences, its false
events or its ``--show-new`` output to design patterns, cues or actor entries, and do not tune the coder against
its number. Quote it beside the dev number; when the coder changes, judge the new held-out events honestly (append
lines, never edit existing ones) and report the figure, but fix the mechanisms you find on the dev set or other
text. Once it has been tuned on, it stops being held out and a fresh range of the corpora must replace it.

Items are coded as ingest gives them: feed markup repaired (``Iraq #39;s`` -> ``Iraq's``, ``ingest/markup.py``).
Sentence starts are recorded in the offsets of the stored corpus text, so rows judged before the repair still match.

Verdicts: C correct, T wrong type, A wrong actors, S wrong status, N not an event. An event is matched to its
judgement by (item, sentence start, rule) and, when the row records them (column ``participants``, 'A1|A2>R1'), by
its actor and recipient codes: a change of actors makes such an event new again. Older rows have no participants;
``--rejudge A`` lists the events they judged as having wrong actors, to judge them again with their codes. Prints precision over the judged events the coder still emits, the events
it no longer emits as judged — removed, or changed in participants or status — (by verdict: losing N is good, losing C is a recall loss), and the NEW events nobody has judged yet
— read them (``--show-new``) and add their verdicts to the file before quoting a precision number.
Also prints precision per confidence band (does the event's ``confidence`` separate good events from bad ones?).
Usage: python benchmarks/precision.py [--set dev|heldout|blind|fresh] [--show-new] [--show-gone] [--rejudge VERDICT]
(``--show-new`` prints TSV lines with '?' as the verdict: replace it, drop the '# sentence' part, append.)
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import SHARED, reuters_stories, write_result  # noqa: E402

from multivector.actors import ActorKB  # noqa: E402
from multivector.coding import Coder  # noqa: E402
from multivector.ingest.markup import repair_markup  # noqa: E402
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
    reuters: slice = field(default_factory=lambda: slice(0, 0))


AUDIT_SETS = {
    "dev": AuditSet(slice(0, 25), slice(0, 150), DATA / "precision_judgements.tsv", "precision"),
    "heldout": AuditSet(slice(25, 45), slice(150, 400), DATA / "precision_heldout.tsv", "precision_heldout"),
    "blind": AuditSet(slice(0, 0), slice(1750, 1900), DATA / "precision_blind.tsv", "precision_blind",
                      reuters=slice(0, 150)),
    "fresh": AuditSet(slice(45, 56), slice(1000, 1400), DATA / "precision_fresh.tsv", "precision_fresh"),
}


class AuditItem:
    """One audited news item: the article as ingest gives it (feed markup repaired, ``ingest/markup.py``) and a map
    from its character offsets back to the stored corpus text, in which judgement rows record sentence starts (so
    verdicts recorded before the repair keep matching the same sentences)."""

    def __init__(self, raw: str, published: date | None) -> None:
        self.raw = raw
        self.article = Article.create(repair_markup(raw), date=published)
        self._blocks = [] if self.article.text == raw else \
            SequenceMatcher(None, raw, self.article.text, autojunk=False).get_matching_blocks()

    def raw_offset(self, offset: int) -> int:
        """The corpus-text offset of a character of the repaired text (a repaired character maps to where the
        repaired span starts)."""
        if not self._blocks:
            return offset
        for raw_at, repaired_at, size in self._blocks:
            if offset < repaired_at + size:
                return raw_at + max(0, offset - repaired_at)
        return offset


def audit_articles(audit: AuditSet = AUDIT_SETS["dev"]) -> dict[str, AuditItem]:
    """The audited items: VOA stories keyed ``V<id>``, AG News items (title. description) keyed ``A<index>``,
    Reuters stories ``R<index>``."""
    items: dict[str, AuditItem] = {}
    with (SHARED / "corpus" / "voa_dev.jsonl").open(encoding="utf-8") as handle:
        for line in list(handle)[audit.voa]:
            row = json.loads(line)
            items[f"V{row['id']}"] = AuditItem(row["text"], date.fromisoformat(row["published"][:10]))
    with (SHARED / "corpus" / "agnews_world.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    for i in range(*audit.agnews.indices(len(rows))):
        items[f"A{i}"] = AuditItem(f"{rows[i][1]}. {rows[i][2]}", AGNEWS_DATE)
    stories = reuters_stories()
    for i in range(*audit.reuters.indices(len(stories))):
        items[f"R{i}"] = AuditItem(stories[i][0], stories[i][1])
    return items


def event_key(item: str, event: Event, audited: AuditItem | None = None) -> Key:
    """(item, sentence start in the corpus text, rule without its refinements)."""
    start = audited.raw_offset(event.span[0]) if audited is not None else event.span[0]
    return item, start, event.rule.split(">")[0]


def participants(event: Event) -> str:
    """The event's actor and recipient codes as recorded in the ``participants`` column: 'A1|A2>R1'."""
    return "|".join(a.code or "" for a in event.actors) + ">" + "|".join(r.code or "" for r in event.recipients)


class Verdicts:
    """Recorded verdicts. A verdict holds only for the status it was given with (a status change makes the event
    new again). A row with ``participants`` judges only the event with exactly those codes (so does a change of
    actors); an older row without them judges whatever the rule emits at that place."""

    def __init__(self, rows: list[dict[str, str]]) -> None:
        self.exact: dict[tuple[Key, str], tuple[str, str]] = {}
        self.coded_keys: set[Key] = set()
        self.legacy: dict[Key, tuple[str, str]] = {}
        for row in rows:
            key = (row["item"], int(row["sentence_start"]), row["rule"])
            if row.get("participants"):
                self.exact[(key, row["participants"])] = (row["verdict"], row["status"])
                self.coded_keys.add(key)
            else:
                self.legacy[key] = (row["verdict"], row["status"])

    def verdict(self, key: Key, event: Event) -> str | None:
        """The verdict for an emitted event, or None when it must be judged (again)."""
        found = self.exact.get((key, participants(event)))
        if found is None and key not in self.coded_keys:
            found = self.legacy.get(key)
        return found[0] if found is not None and found[1] == event.status else None

def load_judgements(path: Path) -> list[dict[str, str]]:
    """The recorded verdicts (an absent file means nothing is judged yet)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def code_articles(articles: dict[str, AuditItem], coder: Coder | None = None) -> dict[Key, Event]:
    """Every event the coder (default: the packaged one) emits for the items, keyed by :func:`event_key`."""
    nlp, kb, coder = build_nlp(), ActorKB.load(), coder or Coder.load()
    emitted: dict[Key, Event] = {}
    for item, audited in articles.items():
        for event in coder.code(nlp(audited.article.text), audited.article, kb):
            emitted[event_key(item, event, audited)] = event
    return emitted


def still_emitted(row: dict[str, str], emitted: dict[Key, Event]) -> bool:
    """Whether the coder still emits the event a judgement row judged: same place and rule, and — when the row
    records them — the same participants and status (a changed event is judged again as new)."""
    event = emitted.get((row["item"], int(row["sentence_start"]), row["rule"]))
    if event is None:
        return False
    return not row.get("participants") or (participants(event) == row["participants"]
                                           and event.status == row["status"])


def show(emitted: dict[Key, Event], verdicts: Verdicts, rows: list[dict[str, str]],
         articles: dict[str, AuditItem], *, new: bool, gone: bool, rejudge: str) -> None:
    """Print unjudged events as ready-to-fill TSV lines ('?' for the verdict), events whose verdict is ``rejudge``
    (to judge them again with their current participants), and/or judged events no longer emitted."""
    for (item, start, rule), event in emitted.items():
        verdict = verdicts.verdict((item, start, rule), event)
        if (new and verdict is None) or (rejudge and verdict == rejudge):
            print(f"{verdict or '?'}\t{item}\t{start}\t{rule}\t{event.event_type}\t{event.status}\t"
                  f"{participants(event)}\t# {event.text[:160]}")
    if gone:
        for row in rows:
            if not still_emitted(row, emitted):
                text = articles[row["item"]].raw[int(row["sentence_start"]):][:160].replace("\n", " ")
                print(f"  GONE {row['verdict']} {row['event_type']} {row['status']} {row['rule']} | {text}")


CONFIDENCE_BANDS = ((0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 1.01))  # calibrated probabilities


def by_confidence(emitted: dict[Key, Event], found: dict[Key, str | None]) -> dict[str, dict[str, float]]:
    """Precision of the judged events per confidence band (does the coder's confidence tell good from bad?)."""
    out: dict[str, dict[str, float]] = {}
    for low, high in CONFIDENCE_BANDS:
        verdicts = [v for k, v in found.items() if v is not None and low <= emitted[k].confidence < high]
        correct = sum(v == "C" for v in verdicts)
        out[f"{low:.1f}-{min(high, 1.0):.1f}"] = {"judged": len(verdicts),
                                                  "precision": round(correct / len(verdicts), 3) if verdicts else 0.0}
    return out


def ranking_auc(score: list[float], correct: list[bool]) -> float:
    """Probability that a correct event scores above a false one (ties count half); nan without both kinds."""
    pos = [s for s, ok in zip(score, correct) if ok]
    neg = [s for s, ok in zip(score, correct) if not ok]
    if not pos or not neg:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def confidence_check(emitted: dict[Key, Event], found: dict[Key, str | None]) -> dict[str, float]:
    """Does ``confidence`` mean what it says? Mean confidence vs observed precision, and its ranking AUC."""
    judged = [(emitted[k].confidence, v == "C") for k, v in found.items() if v is not None]
    if not judged:
        return {}
    score, correct = [s for s, _ in judged], [ok for _, ok in judged]
    return {"mean_confidence": round(sum(score) / len(score), 3), "precision": round(sum(correct) / len(correct), 3),
            "auc": round(ranking_auc(score, correct), 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", choices=sorted(AUDIT_SETS), default="dev", help="which judged set to audit")
    parser.add_argument("--show-new", action="store_true", help="print the events that have no judgement yet")
    parser.add_argument("--show-gone", action="store_true", help="print the judged events no longer emitted")
    parser.add_argument("--rejudge", default="", metavar="VERDICT",
                        help="print the emitted events with this verdict (e.g. A) to judge them again")
    args = parser.parse_args()
    audit = AUDIT_SETS[args.set]
    rows = load_judgements(audit.judgements)
    verdicts = Verdicts(rows)
    articles = audit_articles(audit)
    emitted = code_articles(articles)
    found = {k: verdicts.verdict(k, e) for k, e in emitted.items()}
    kept = Counter(v for v in found.values() if v is not None)
    gone = Counter(r["verdict"] for r in rows if not still_emitted(r, emitted))
    new = [k for k, v in found.items() if v is None]
    precision = kept["C"] / sum(kept.values()) if kept else 0.0
    print(f"[{args.set}] events {len(emitted)}: judged {sum(kept.values())} (precision {precision:.3f}, "
          f"{dict(kept)}), new unjudged {len(new)}; no longer emitted as judged {dict(gone)}")
    bands = by_confidence(emitted, found)
    print("  by confidence: " + ", ".join(f"{band} {b['precision']:.2f} (n={b['judged']})" for band, b in bands.items()))
    check = confidence_check(emitted, found)
    print(f"  confidence check: {check}")
    show(emitted, verdicts, rows, articles, new=args.show_new, gone=args.show_gone, rejudge=args.rejudge)
    write_result(audit.result, {"events": len(emitted), "judged": sum(kept.values()),
                                "precision_judged": precision, "verdicts_kept": dict(kept),
                                "no_longer_emitted": dict(gone), "new_unjudged": len(new),
                                "by_confidence": bands, "confidence_check": check})


if __name__ == "__main__":
    main()
