"""Ingest: boilerplate removal keeps news and interview turns; dates are read, never guessed."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from multivector.errors import EmptyInputError
from multivector.ingest import parse_date, read_text_article, remove_boilerplate

BOILERPLATE = [
    "Original text: https://example.ru/news/12345",
    "Original: https://example.cn/a/1.html",
    "Original: Xinhua (in Chinese)",
    "Statement: This article represents the personal views of the author and does not reflect ours.",
    "Disclaimer: the publisher takes no responsibility for this content.",
    "Share this article",
    "Share on Facebook",
    "Vote:",
    "Rate this article: 4.5",
    "Like and subscribe to our channel!",
    "Click here to read the full interview.",
    "Read more: Kazakhstan's grain exports rise",
    "Follow us on Telegram and VK",
    "Copyright 2024 Central Asia Monitor",
    "© 2023 Steppe Wire. All rights reserved.",
    "Facebook | Twitter | Telegram",
]

KEEP = [
    "Question: Why did Baku cancel the visit?",
    "Expert: Because Moscow asked it to.",
    "Q: And Beijing?",
    "A: Beijing stayed silent.",
    "A vote on the resolution is expected on Friday.",
    "Vote counting in Bishkek continued overnight.",
    "Copyright disputes between Chinese and Kazakh firms went to arbitration.",
    "Share prices of KazMunayGas fell after the announcement.",
    "The original text of the treaty was published in Russian.",
    "Officials said they would follow up on the agreement next week.",
    "Tokayev: We will not join any bloc.",
]


@pytest.mark.parametrize("line", BOILERPLATE)
def test_boilerplate_line_removed(line: str) -> None:
    body = f"Kazakhstan and Turkey signed a memorandum.\n{line}\nThe deal covers energy."
    assert remove_boilerplate(body) == "Kazakhstan and Turkey signed a memorandum.\nThe deal covers energy."


@pytest.mark.parametrize("line", KEEP)
def test_news_and_interview_lines_kept(line: str) -> None:
    assert remove_boilerplate(f"Lead sentence.\n{line}") == f"Lead sentence.\n{line}"


def test_inline_disclaimer_cut_from_paragraph() -> None:
    body = ("Uzbekistan hopes to join the WTO by 2026. Statement: This article represents the personal "
            "views of the author.")
    assert remove_boilerplate(body) == "Uzbekistan hopes to join the WTO by 2026."


def test_inline_prompt_cut_to_end_of_line() -> None:
    body = "Ministers met in Baku. Click here to watch the video of the meeting"
    assert remove_boilerplate(body) == "Ministers met in Baku."


def test_blank_runs_collapsed() -> None:
    assert remove_boilerplate("One.\n\nShare this article\n\nTwo.") == "One.\n\nTwo."


@pytest.mark.parametrize(("value", "expected"), [
    ("2025-03-14 20:30:26Z", date(2025, 3, 14)),
    ("2025-03-14T23:30:00-05:00", date(2025, 3, 14)),
    ("March 14, 2025", date(2025, 3, 14)),
    ("Fri, 14 Mar 2025 20:30:26 GMT", date(2025, 3, 14)),
    ("14 March 2025", date(2025, 3, 14)),
    (datetime(2021, 6, 1, 12, 0), date(2021, 6, 1)),
    (date(2021, 6, 2), date(2021, 6, 2)),
    (1700000000, date(2023, 11, 14)),
    (1700000000000, date(2023, 11, 14)),
    ("yesterday", None),
    ("Monday", None),
    ("March 2025", None),
    ("2025-02-30", None),
    ("", None),
    (None, None),
])
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_read_text_article_total(text: str) -> None:
    """Any text gives an article whose id depends only on its (normalised) text, or EmptyInputError."""
    try:
        art = read_text_article(text)
    except EmptyInputError:
        return
    assert art.text and art.text == art.text.strip()
    assert read_text_article(text).id == art.id
