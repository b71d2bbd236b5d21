"""coding/calibration.py: the rule-based score mapped to a probability, increasing, as package data."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from multivector.coding import Coder
from multivector.coding.calibration import Calibration, load_calibration
from multivector.model import Article

STORY = ("Russia and China signed a trade agreement on Monday. Iran's foreign minister said Tehran might "
         "retaliate if the sanctions were extended. Rebels attacked a police post in the north.")


def test_model_round_trips_and_maps_scores_increasingly() -> None:
    model = Calibration(-2.0, 3.0, {"events": 10})
    again = Calibration.from_dict(model.to_dict())
    assert again == model
    probabilities = [model.probability(s) for s in (0.3, 0.5, 0.7, 0.9)]
    assert probabilities == sorted(probabilities) and len(set(probabilities)) == 4
    assert model.probability(2 / 3) == 0.5


@pytest.mark.parametrize("slope", [0.0, -1.5])
def test_a_decreasing_or_flat_map_is_refused(slope: float) -> None:
    with pytest.raises(ValueError, match="slope"):
        Calibration(0.0, slope)


def test_packaged_model_is_fitted_and_loaded_by_the_coder(coder) -> None:  # type: ignore[no-untyped-def]
    model = load_calibration()
    assert model is not None and model.slope > 0 and int(model.trained_on["events"]) >= 100
    assert coder.calibration == model


def test_coder_reports_calibrated_confidence_and_keeps_every_ranking(nlp, kb, coder) -> None:  # type: ignore[no-untyped-def]
    raw_coder = Coder.load()
    raw_coder.calibration = None
    doc, article = nlp(STORY), Article.create(STORY, date=date(2025, 3, 3))
    calibrated, raw = coder.code(doc, article, kb), raw_coder.code(doc, article, kb)
    assert len(calibrated) == len(raw) >= 2
    for cal, ref in zip(calibrated, raw):
        assert cal.confidence == coder.calibration.probability(ref.confidence)
        assert dataclasses.replace(cal, confidence=ref.confidence) == ref  # nothing else changes
    order = sorted(range(len(raw)), key=lambda i: (raw[i].confidence, i))
    assert order == sorted(range(len(raw)), key=lambda i: (calibrated[i].confidence, i))
