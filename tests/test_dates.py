"""Date resolution against the publication date, with direction from status."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.dates import event_date, find_dates

PUB = date(2025, 8, 28)  # a Thursday


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("Mirziyoyev will travel to Beijing on 3 September for talks.", True, ("2025-09-03", "day")),
    ("The ministers met on Tuesday.", False, ("2025-08-26", "day")),
    ("The ministers will meet on Tuesday.", True, ("2025-09-02", "day")),
    ("The ministers met last Thursday.", False, ("2025-08-21", "day")),
    ("Talks were held yesterday in Astana.", False, ("2025-08-27", "day")),
    ("They met on November 12.", False, ("2024-11-12", "day")),
    ("They will meet on November 12.", True, ("2025-11-12", "day")),
    ("The treaty was signed on 5 March 2021.", False, ("2021-03-05", "day")),
    ("The treaty was signed on March 5, 2021.", False, ("2021-03-05", "day")),
    ("Elections are due in October.", True, ("2025-10-01", "month")),
    ("The leaders met in March 2024.", False, ("2024-03-01", "month")),
    ("Putin will visit next month.", True, ("2025-09-01", "month")),
    ("The pact was signed in 1994.", False, ("1994-01-01", "year")),
    ("Sanctions were imposed on 2022-02-24.", False, ("2022-02-24", "day")),
])
def test_text_dates(text: str, future: bool, expected: tuple[str, str]) -> None:
    result = event_date(text, PUB, future=future)
    assert (result.date, result.precision, result.source) == (*expected, "text")


def test_publication_and_unknown_fallbacks() -> None:
    assert event_date("Putin met Xi.", PUB, future=False).source == "publication"
    unknown = event_date("Putin met Xi.", None, future=False)
    assert (unknown.date, unknown.source) == (None, "unknown")
    assert event_date("They met on Tuesday.", None, future=False).source == "unknown"


def test_nearest_expression_to_the_trigger_wins() -> None:
    text = "After the talks on Monday, Putin will fly to Ankara on 2 September."
    anchor = text.index("fly")
    assert event_date(text, PUB, future=True, anchor=anchor).date == "2025-09-02"
    assert len(find_dates(text, PUB, future=True)) == 2


def test_dateparser_fallback_for_unusual_wording() -> None:
    result = event_date("The accord dates from the 3rd day of September, 2019.", PUB, future=False)
    assert result.source == "text" and result.date is not None and result.date.startswith("2019-09")


@pytest.mark.parametrize(("text", "future", "expected"), [
    ("Tokayev will visit Brussels next year.", True, ("2026-01-01", "year")),
    ("Tokayev visited Brussels last year.", False, ("2024-01-01", "year")),
    ("Tokayev will visit Brussels next month.", True, ("2025-09-01", "month")),
    ("They will meet in early December.", True, ("2025-12-01", "month")),
    ("The talks are set for mid-October.", True, ("2025-10-01", "month")),
    ("The deal should be ready by the end of the year.", True, ("2025-01-01", "year")),
    ("The ministers met last week.", False, ("2025-08-21", "day")),
])
def test_relative_spans_keep_their_precision(text: str, future: bool, expected: tuple[str, str]) -> None:
    result = event_date(text, PUB, future=future)
    assert (result.date, result.precision, result.source) == (*expected, "text")


def test_the_expression_nearest_the_trigger_wins() -> None:
    text = "Lavrov said on Friday that the ministers will meet in early October."
    result = event_date(text, PUB, future=True, anchor=text.index("meet"))
    assert (result.date, result.precision) == ("2025-10-01", "month")


def test_clear_cache_forgets_sentences_but_not_answers() -> None:
    from multivector.coding import dates as coding_dates

    sentence = "The minister will visit Moscow on Friday."
    first = coding_dates.find_dates(sentence, date(2024, 3, 4), future=True)
    coding_dates.clear_cache()
    assert coding_dates._find_dates.cache_info().currsize == 0
    assert coding_dates.find_dates(sentence, date(2024, 3, 4), future=True) == first
    assert first and first[0].date == "2024-03-08"
