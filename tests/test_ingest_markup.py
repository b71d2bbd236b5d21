"""Escaped and ampersand-less HTML entities and inline tags in feed text are repaired at ingest."""

from __future__ import annotations

from pathlib import Path

import pytest

from multivector.ingest import iter_articles
from multivector.ingest.markup import repair_markup
from multivector.model import Article


@pytest.mark.parametrize(("raw", "repaired"), [
    ("Sudan #39;s army shelled the town", "Sudan's army shelled the town"),
    ("he called it  quot;a crime quot; on Monday", 'he called it "a crime" on Monday'),
    ("Talks resume &lt;b&gt;...&lt;/b&gt;", "Talks resume ..."),
    ("a  #36;5 billion loan", "a $5 billion loan"),
    ("Smith &amp; Jones said &quot;no&quot;", 'Smith & Jones said "no"'),
])
def test_entities_and_tags_are_repaired(raw: str, repaired: str) -> None:
    assert repair_markup(raw) == repaired


@pytest.mark.parametrize("plain", [
    "The ministers met; the talks ended.",
    "AT&T; is a company name here",
    "ranked #10; then dropped",  # a control character is never produced
    "x < y and y > z",
])
def test_ordinary_text_is_unchanged(plain: str) -> None:
    assert repair_markup(plain) == plain


def test_csv_ingest_repairs_title_and_text(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text('Headline,Description\n"Israel #39;s raid &lt;b&gt;...&lt;/b&gt;",'
                    '"The army said  quot;the raid is over quot;."\n', encoding="utf-8")
    [article] = [a for a in iter_articles([path]) if isinstance(a, Article)]
    assert article.title == "Israel's raid ..."
    assert article.text == 'The army said "the raid is over".'
