"""Accuracy of the coder on the shared development gold and on the status set.

Run: ``python benchmarks/accuracy.py`` (writes ``benchmarks/results/accuracy.json``). ``score()`` is also
used by ``tests/test_accuracy_gate.py``, which compares it with the floors in ``benchmarks/baseline.json``.

- ``cameo_family_dev.jsonl`` (../shared/gold/dev): each ``text`` is a one-sentence article without a date.
  Per PLOVER type precision/recall, type accuracy over rows with a ``plover`` label, and source/target
  country precision/recall/F1 (our actors/recipients ``country`` against gold ``sources``/``targets`` codes).
- ``tests/data/status_set.jsonl``: status accuracy (the event of the gold type, else the sentence's main clause).
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
# Old or non-ISO codes in the 1990s–2000s gold -> the ISO3/IGO codes our KB uses.
OLD_CODES = {"JAP": "JPN", "ROM": "ROU", "GER": "DEU", "UK": "GBR", "TAW": "TWN", "ZAI": "COD", "BUR": "MMR",
             "SWZ": "SWZ", "YUG": "SRB", "EUR": "EUR", "NTO": "NATO", "UNO": "UNO", "IGO": "IGO",
             "PAL": "PSE", "RUM": "ROU", "KOS": "XKX", "BAN": "BGD", "SUD": "SDN", "EAT": "ETH"}


def _canon(code: str | None) -> str | None:
    if not code:
        return None
    return OLD_CODES.get(code, code)


def _rows(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class _Counts:
    """Micro-averaged set precision/recall."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: Iterable[str], gold: Iterable[str]) -> None:
        pred, true = set(predicted), set(gold)
        self.tp += len(pred & true)
        self.fp += len(pred - true)
        self.fn += len(true - pred)

    def metrics(self) -> dict[str, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def _pick(events: list, gold_type: str | None):
    """The event of the gold type if there is one, else the most confident."""
    if not events:
        return None
    same = [e for e in events if e.event_type == gold_type]
    return same[0] if same else max(events, key=lambda e: e.confidence)


def _primary(events: list):
    return max(events, key=lambda e: e.confidence) if events else None


def score_gold(rows: list[dict[str, Any]], code, bodies: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Type and actor metrics on the CAMEO-family development gold (``bodies``: the KB's organisation codes)."""
    per_type: dict[str, _Counts] = {}
    sources, targets = _Counts(), _Counts()
    typed = correct = 0
    for row in rows:
        events = code(row["text"], None)
        gold_type = row.get("plover")
        predicted = _primary(events)
        pred_type = predicted.event_type if predicted else None
        if gold_type:
            typed += 1
            correct += pred_type == gold_type
            per_type.setdefault(gold_type, _Counts()).add([pred_type] if pred_type == gold_type else [], [gold_type])
        if pred_type and pred_type != gold_type:
            per_type.setdefault(pred_type, _Counts()).add([pred_type], [])
        if "sources" in row or "targets" in row:
            chosen = _pick(events, gold_type)
            gold_sources, gold_targets = _gold_codes(row.get("sources")), _gold_codes(row.get("targets"))
            sources.add(_countries(chosen.actors if chosen else (), gold_sources, bodies), gold_sources)
            targets.add(_countries(chosen.recipients if chosen else (), gold_targets, bodies), gold_targets)
    return {
        "plover_type_accuracy": round(correct / typed, 4) if typed else 0.0,
        "rows_with_type": typed,
        "source_country": sources.metrics(),
        "target_country": targets.metrics(),
        "per_type": {t: c.metrics() for t, c in sorted(per_type.items())},
    }


GENERIC_BODIES = ("IGO", "NGO")


def _countries(refs, gold: set[str], bodies: frozenset[str]) -> set[str]:
    """Our actors' countries; where the gold says only "IGO"/"NGO", our specific body counts as that."""
    return {c for c in (_country(r, gold, bodies) for r in refs) if c}


def _country(ref, gold: set[str], bodies: frozenset[str]) -> str | None:
    """The gold labels organisations generically and inconsistently (Amnesty International and the Red Cross
    appear as "IGO"): any organisation of ours matches whichever generic label the gold row uses."""
    country = _canon(ref.country)
    is_body = (ref.code or "").startswith(GENERIC_BODIES) or country in bodies
    generic = next((g for g in GENERIC_BODIES if g in gold), None)
    if is_body and generic and country not in gold:
        return generic
    return country


def _gold_codes(items) -> set[str]:
    return {c for c in (_canon(i.get("code")) for i in items or ()) if c}


def score_status(rows: list[dict[str, Any]], code, sentence_status) -> dict[str, Any]:
    """Status accuracy on the status set, with a per-status confusion count."""
    hits, confusion = 0, Counter()
    for row in rows:
        published = date.fromisoformat(row["date"]) if row.get("date") else None
        events = code(row["text"], published)
        gold_event = row.get("event") or {}
        chosen = _pick(events, gold_event.get("plover"))
        predicted = chosen.status if chosen is not None else sentence_status(row["text"], published)
        hits += predicted == row["status"]
        confusion[f"{row['status']}->{predicted}"] += 1
    return {"status_accuracy": round(hits / len(rows), 4) if rows else 0.0, "n": len(rows),
            "confusion": dict(sorted(confusion.items()))}


def score(shared_dir: Path = SHARED, test_data: Path = ROOT / "tests" / "data") -> dict[str, Any]:
    """All metrics: headline numbers at the top level, details below."""
    from multivector.actors import ActorKB
    from multivector.coding import Coder
    from multivector.coding.attribution import find_turns
    from multivector.coding.status import sentence_status
    from multivector.model import Article
    from multivector.nlp import build_nlp

    nlp, kb, coder = build_nlp(), ActorKB.load(), Coder.load()

    def code(text: str, published: date | None) -> list:
        article = Article.create(text, date=published)
        return coder.code(nlp(article.text), article, kb)

    def status_of(text: str, published: date | None) -> str:
        doc = nlp(text)
        asks = any(turn.is_question for turn in find_turns(text))
        return sentence_status(next(doc.sents), cues=coder.cues, lemma=coder.lemma, question_turn=asks).status

    gold = score_gold(_rows(shared_dir / "gold" / "dev" / "cameo_family_dev.jsonl"), code, frozenset(kb.bodies))
    status = score_status(_rows(test_data / "status_set.jsonl"), code, status_of)
    return {
        "plover_type_accuracy": gold["plover_type_accuracy"],
        "actor_country_f1": gold["source_country"]["f1"],
        "target_country_f1": gold["target_country"]["f1"],
        "status_accuracy": status["status_accuracy"],
        "gold": gold,
        "status": status,
    }


def main() -> int:
    result = score()
    out = ROOT / "benchmarks" / "results" / "accuracy.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    headline = {k: v for k, v in result.items() if not isinstance(v, dict)}
    sys.stdout.write(json.dumps(headline, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
