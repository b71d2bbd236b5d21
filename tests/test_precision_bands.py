"""benchmarks/precision.by_confidence: judged events counted in the right confidence band."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from precision import by_confidence  # noqa: E402


def test_bands_count_judged_events_only_and_compute_precision() -> None:
    emitted = {("A1", 0, "r1"): SimpleNamespace(confidence=0.65), ("A1", 5, "r2"): SimpleNamespace(confidence=0.7),
               ("A2", 0, "r1"): SimpleNamespace(confidence=0.35), ("A3", 0, "r3"): SimpleNamespace(confidence=0.45)}
    found = {("A1", 0, "r1"): "C", ("A1", 5, "r2"): "N", ("A2", 0, "r1"): "C", ("A3", 0, "r3"): None}
    bands = by_confidence(emitted, found)
    assert bands["0.6-1.0"] == {"judged": 2, "precision": 0.5}
    assert bands["0.0-0.4"] == {"judged": 1, "precision": 1.0}
    assert bands["0.4-0.5"] == {"judged": 0, "precision": 0.0}


def test_confidence_check_compares_mean_confidence_with_observed_precision() -> None:
    from precision import confidence_check, ranking_auc

    emitted = {("A1", 0, "r1"): SimpleNamespace(confidence=0.6), ("A1", 5, "r2"): SimpleNamespace(confidence=0.2),
               ("A2", 0, "r1"): SimpleNamespace(confidence=0.4), ("A3", 0, "r3"): SimpleNamespace(confidence=0.9)}
    found = {("A1", 0, "r1"): "C", ("A1", 5, "r2"): "N", ("A2", 0, "r1"): "A", ("A3", 0, "r3"): None}
    assert confidence_check(emitted, found) == {"mean_confidence": 0.4, "precision": 0.333, "auc": 1.0}
    assert ranking_auc([0.5, 0.5, 0.1], [True, False, True]) == 0.25  # the tie counts half, 0.1 < 0.5 none


def test_audited_items_are_repaired_and_keyed_by_corpus_offsets() -> None:
    from precision import AuditItem

    raw = "Britain #39;s minister warned Iran. <b>Tehran</b> replied on Monday."
    item = AuditItem(raw, None)
    text = item.article.text
    assert text == "Britain's minister warned Iran. Tehran replied on Monday."
    second = text.index("Tehran")
    assert item.raw_offset(second) == raw.index("<b>Tehran") + 3  # the sentence starts at the same word
    assert item.raw_offset(0) == 0 and item.raw_offset(text.index("Iran")) == raw.index("Iran.")
    plain = AuditItem("No markup here.", None)
    assert plain.article.text == "No markup here." and plain.raw_offset(5) == 5
