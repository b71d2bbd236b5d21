"""Shared loaders for benchmark corpora in ../shared/corpus (read in place, never copied)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RESULTS = Path(__file__).resolve().parent / "results"


def agnews_texts(limit: int | None = None) -> list[str]:
    """AG News 'World' items: title and description as one short text each."""
    path = SHARED / "corpus" / "agnews_world.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [f"{row[1]}\n{row[2]}" for row in csv.reader(handle) if len(row) >= 3]
    return rows[:limit]


def voa_texts(limit: int | None = None) -> list[str]:
    """Voice of America stories (long texts)."""
    path = SHARED / "corpus" / "voa_dev.jsonl"
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line)["text"] for line in handle if line.strip()]
    return rows[:limit]


def write_result(name: str, payload: dict) -> Path:
    """Write a benchmark result as JSON under benchmarks/results/."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
