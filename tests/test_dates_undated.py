"""Without a publication date, no date is completed from the machine's clock (a date is never invented)."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.dates import event_date


@pytest.mark.parametrize("sentence", [
    "The leaders will meet in mid-December.",
    "The ministers met last Tuesday in Astana.",
    "Talks are planned for next month.",
])
def test_relative_or_yearless_dates_stay_unknown_without_a_publication_date(sentence: str) -> None:
    result = event_date(sentence, None, future=True)
    assert (result.date, result.source) == (None, "unknown")


def test_a_month_with_its_year_is_month_precision() -> None:
    result = event_date("The talks were held in December 2024.", None, future=False)
    assert (result.date, result.precision, result.source) == ("2024-12-01", "month", "text")


def test_with_a_publication_date_yearless_dates_resolve_against_it() -> None:
    result = event_date("He met Putin on the 3rd of December.", date(2025, 12, 10), future=False)
    assert (result.date, result.precision) == ("2025-12-03", "day")
