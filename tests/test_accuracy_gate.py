"""Accuracy gate: the scorer's headline metrics may not drop more than 0.02 below benchmarks/baseline.json."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOLERANCE = 0.02


def _scorer():
    spec = importlib.util.spec_from_file_location("accuracy_bench", ROOT / "benchmarks" / "accuracy.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(shared_dir: Path, test_data: Path) -> dict:
    return _scorer().score(shared_dir, test_data)


@pytest.mark.parametrize("metric", sorted(json.loads((ROOT / "benchmarks" / "baseline.json").read_text())))
def test_metric_not_below_floor(scores: dict, metric: str) -> None:
    floor = json.loads((ROOT / "benchmarks" / "baseline.json").read_text())[metric]
    assert scores[metric] >= floor - TOLERANCE, f"{metric} {scores[metric]} < floor {floor} - {TOLERANCE}"
