"""Shared loaders for benchmark corpora in ../shared/corpus (read in place, never copied)."""

from __future__ import annotations

import csv
import html
import json
import re
from datetime import date, datetime
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


_REUTERS = re.compile(r"<REUTERS.*?</REUTERS>", re.S)
_FIELD = {name: re.compile(rf"<{name}>(.*?)</{name}>", re.S) for name in ("DATE", "TITLE", "BODY")}


def reuters_stories(limit: int | None = None) -> list[tuple[str, date | None]]:
    """Reuters-21578 (1987 wire copy) stories that have a body: ("TITLE.\nbody", date), in file order."""
    text = (SHARED / "corpus" / "reuters21578_reut2-000.sgm").read_text(encoding="latin-1")
    out: list[tuple[str, date | None]] = []
    for block in _REUTERS.findall(text):
        found = {name: pattern.search(block) for name, pattern in _FIELD.items()}
        if not found["BODY"]:
            continue
        title = html.unescape(found["TITLE"].group(1)).strip() if found["TITLE"] else ""
        body = html.unescape(found["BODY"].group(1)).replace("\x03", "").strip()
        body = re.sub(r"\n\s{2,}", "\n", re.sub(r"\n(?!\s{2})", " ", body))  # wrapped lines; indented paragraphs
        stamp = found["DATE"].group(1).strip().split()[0] if found["DATE"] else ""
        when = datetime.strptime(stamp, "%d-%b-%Y").date() if stamp else None
        out.append((f"{title.capitalize()}.\n{body}" if title else body, when))
    return out[:limit]


def write_result(name: str, payload: dict) -> Path:
    """Write a benchmark result as JSON under benchmarks/results/."""
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(payload, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path
