"""Fit the coder's calibrated confidence (src/multivector/coding/calibration.py) on human verdicts.

Codes the judged sets named by ``--train`` with the rule-based score, joins each event to its verdict
(benchmarks/precision.py), and fits the logistic curve P(correct | score) by maximum likelihood. Default training
set: the retired held-out set. The dev set is not used by default because the coder was developed on it (its
precision is optimistic), and the fresh and blind sets are never used: they are where the calibration is checked
(``precision.py --set fresh`` prints mean confidence beside observed precision). Prints the fit, 5-fold
cross-validated scores grouped by news item, and with ``--write`` stores the model in the package data.
Usage: python benchmarks/calibrate.py [--train heldout [dev]] [--write]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from precision import AUDIT_SETS, Verdicts, audit_articles, code_articles, load_judgements, ranking_auc  # noqa: E402

from multivector.coding import Coder  # noqa: E402
from multivector.coding.calibration import Calibration  # noqa: E402

MODEL = Path(__file__).resolve().parents[1] / "src" / "multivector" / "coding" / "data" / "calibration.json"


def judged_scores(sets: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Rule-based score, judged correct (0/1) and news item of every judged event the coder emits now."""
    coder = Coder.load()
    coder.calibration = None
    score, correct, item_of = [], [], []
    for name in sets:
        audit = AUDIT_SETS[name]
        verdicts = Verdicts(load_judgements(audit.judgements))
        for key, event in code_articles(audit_articles(audit), coder).items():
            verdict = verdicts.verdict(key, event)
            if verdict is not None:
                score.append(event.confidence)
                correct.append(float(verdict == "C"))
                item_of.append(f"{name}:{key[0]}")
    return np.array(score), np.array(correct), np.array(item_of)


def fit(score: np.ndarray, y: np.ndarray, steps: int = 30) -> tuple[float, float]:
    """Maximum-likelihood intercept and slope of P(y=1) = sigmoid(a + b * score) (Newton's method)."""
    x = np.column_stack([np.ones_like(score), score])
    w = np.zeros(2)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        hessian = (x * (p * (1 - p))[:, None]).T @ x + 1e-9 * np.eye(2)
        w -= np.linalg.solve(hessian, x.T @ (p - y))
    return float(w[0]), float(w[1])


def scores(p: np.ndarray, y: np.ndarray) -> dict[str, float]:
    """AUC, Brier score, log loss and mean prediction of probabilities ``p`` for outcomes ``y``."""
    clipped = np.clip(p, 0.01, 0.99)
    return {"auc": round(float(ranking_auc(list(p), list(y == 1))), 3), "brier": round(float(np.mean((p - y) ** 2)), 3),
            "log_loss": round(float(-np.mean(y * np.log(clipped) + (1 - y) * np.log(1 - clipped))), 3),
            "mean": round(float(np.mean(p)), 3), "observed": round(float(np.mean(y)), 3)}


def cross_validate(score: np.ndarray, y: np.ndarray, groups: np.ndarray, folds: int = 5) -> np.ndarray:
    """Out-of-fold probabilities, folds grouped by news item so no article trains its own prediction."""
    names = np.unique(groups)
    fold_of = {g: i % folds for i, g in enumerate(np.random.default_rng(7).permutation(names))}
    fold = np.array([fold_of[g] for g in groups])
    out = np.zeros(len(y))
    for k in range(folds):
        a, b = fit(score[fold != k], y[fold != k])
        out[fold == k] = 1.0 / (1.0 + np.exp(-(a + b * score[fold == k])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--train", nargs="+", default=["heldout"], choices=["dev", "heldout"])
    parser.add_argument("--write", action="store_true", help="write the fitted model into the package data")
    args = parser.parse_args()
    score, y, groups = judged_scores(args.train)
    a, b = fit(score, y)
    validated = scores(cross_validate(score, y, groups), y)
    print(f"{len(y)} judged events ({int(y.sum())} correct): P(correct) = sigmoid({a:.3f} + {b:.3f} * score); "
          f"rule score as probability {scores(score, y)}; calibrated, cross-validated {validated}")
    model = Calibration(round(a, 4), round(b, 4), {"sets": args.train, "events": len(y), "correct": int(y.sum()),
                                                   "cross_validated": validated, "fitted": date.today().isoformat()})
    if args.write:
        MODEL.write_text(json.dumps(model.to_dict(), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
