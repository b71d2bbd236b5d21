"""Calibrated confidence: the rule-based score mapped to the probability that an annotator judges the event correct.

The coder's rule-based score (``coder._confidence``: clause depth, noun trigger, inherited actor, ...) ranks
events, but it is not a probability: events scored 0.8 were right about half the time on unseen news. A logistic
curve (Platt scaling) fitted by ``benchmarks/calibrate.py`` on human verdicts maps it to one; its two numbers are
package data (``data/calibration.json``). The map is increasing, so every ranking by confidence (the primary event
of a sentence, a cluster's representative) is unchanged. Richer models (event type, status, actor sectors,
speaker) were tried: they ranked worse than the score alone on the sets they were not fitted on.
"""

from __future__ import annotations

import dataclasses
import json
import math
from collections.abc import Mapping
from functools import cache
from importlib import resources



@dataclasses.dataclass(frozen=True)
class Calibration:
    """P(judged correct) = 1 / (1 + exp(-(intercept + slope * score))), with ``slope`` > 0."""

    intercept: float
    slope: float
    trained_on: Mapping[str, object] = dataclasses.field(default_factory=dict)
    # score -> probability: the coder's scores are a few hundredths, and ``round`` of a float costs more than a lookup
    _memo: dict[float, float] = dataclasses.field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.slope > 0:
            raise ValueError(f"calibration slope must be positive (an increasing map), got {self.slope}")

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Calibration:
        """The model as :meth:`to_dict` wrote it."""
        return cls(float(data["intercept"]), float(data["slope"]),  # type: ignore[arg-type]
                   dict(data.get("trained_on") or {}))  # type: ignore[call-overload]

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready form."""
        return {"intercept": self.intercept, "slope": self.slope, "trained_on": dict(self.trained_on)}

    def probability(self, score: float) -> float:
        """The calibrated probability of a rule-based score, rounded to 3 decimals (remembered per score)."""
        found = self._memo.get(score)
        if found is None:
            found = self._memo[score] = round(1.0 / (1.0 + math.exp(-(self.intercept + self.slope * score))), 3)
        return found


@cache
def load_calibration() -> Calibration | None:
    """The packaged model, or None when the package carries none (confidence then stays the rule-based score)."""
    path = resources.files(__package__) / "data" / "calibration.json"
    if not path.is_file():
        return None
    return Calibration.from_dict(json.loads(path.read_text(encoding="utf-8")))
