"""benchmarks/precision.by_confidence: judged events counted in the right confidence band."""

from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

from precision import by_confidence  # noqa: E402


def test_bands_count_judged_events_only_and_compute_precision() -> None:
    emitted = {("A1", 0, "r1"): SimpleNamespace(confidence=0.85), ("A1", 5, "r2"): SimpleNamespace(confidence=0.9),
               ("A2", 0, "r1"): SimpleNamespace(confidence=0.55), ("A3", 0, "r3"): SimpleNamespace(confidence=0.65)}
    found = {("A1", 0, "r1"): "C", ("A1", 5, "r2"): "N", ("A2", 0, "r1"): "C", ("A3", 0, "r3"): None}
    bands = by_confidence(emitted, found)
    assert bands["0.8-1.0"] == {"judged": 2, "precision": 0.5}
    assert bands["0.0-0.6"] == {"judged": 1, "precision": 1.0}
    assert bands["0.6-0.7"] == {"judged": 0, "precision": 0.0}
