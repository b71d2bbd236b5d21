"""Turning extracted fields into an ``Article``: markup repair, boilerplate removal, dates, id."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from multivector.errors import EmptyInputError, InputError
from multivector.ingest.boilerplate import remove_boilerplate
from multivector.ingest.dates import resolve_date
from multivector.ingest.markup import repair_markup
from multivector.model import Article


@dataclass(frozen=True)
class Origin:
    """Where an article came from: an input label (path or ``<stdin>``) and, for records, a line."""

    source: str
    line: int | None = None

    def __str__(self) -> str:
        return self.source if self.line is None else f"{self.source}:{self.line}"


@dataclass(frozen=True)
class RawArticle:
    """Fields as found in the input, before cleaning."""

    text: str | None
    title: str | None = None
    date: object = None
    url: str | None = None
    source: str | None = None


def _clean(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(value.split())
    return value or None


def build_article(raw: RawArticle, *, origin: Origin, default_date: date | None,
                  empty_error: type[InputError] = EmptyInputError) -> Article:
    """An Article from ``raw``; raises ``empty_error`` when no text is left after boilerplate removal."""
    body = remove_boilerplate(repair_markup(raw.text or ""))
    if not body:
        what = "no text" if not (raw.text or "").strip() else "only boilerplate text"
        raise empty_error(f"{what} in this input", source=origin.source, line=origin.line)
    return Article.create(
        body,
        title=_clean(repair_markup(raw.title) if raw.title else None),
        date=resolve_date(raw.date, default=default_date, where=str(origin)),
        source=_clean(raw.source),
        url=_clean(raw.url),
        origin=str(origin),
    )
