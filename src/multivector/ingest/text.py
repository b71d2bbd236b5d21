"""Plain-text articles: optional ``Title:``/``Date:``/``Source:``/``URL:`` header lines, then the body."""

from __future__ import annotations

import re
from functools import lru_cache

from multivector.ingest.article import RawArticle
from multivector.ingest.boilerplate import is_boilerplate
from multivector.ingest.resources import load_yaml, string_lists

_HEADER = re.compile(r"\s*([A-Za-z][A-Za-z _-]{0,20}?)\s*:\s*(.*)")
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_LABEL = re.compile(r"\s*([\w .'-]{1,40}?)\s*:\s")
_TITLE_MAX_CHARS = 200
_SHORT_TITLE_WORDS = 15


@lru_cache(maxsize=1)
def _interview_labels() -> frozenset[str]:
    return frozenset(str(x).lower() for x in load_yaml("fields.yaml").get("interview_labels", ()))


def is_interview_turn(line: str) -> bool:
    """Whether ``line`` opens with an interview speaker label ("Question:", "Q:", "Expert:")."""
    match = _LABEL.match(line + " ")
    return bool(match) and match[1].strip().lower() in _interview_labels()


@lru_cache(maxsize=1)
def _header_keys() -> dict[str, str]:
    """header word (lower case) -> article field."""
    table = string_lists("fields.yaml", "text_headers")
    return {alias: field for field, aliases in table.items() for alias in aliases}


def split_headers(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    """Leading header lines as ``{field: value}`` and the remaining lines (a blank separator is dropped)."""
    keys = _header_keys()
    start = next((i for i, line in enumerate(lines) if line.strip()), len(lines))
    headers: dict[str, str] = {}
    i = start
    while i < len(lines):
        match = _HEADER.fullmatch(lines[i])
        field = keys.get(match[1].strip().lower()) if match else None
        if field is None or field in headers:
            break
        headers[field] = match[2].strip()
        i += 1
    if not headers:
        return {}, lines
    if i < len(lines) and not lines[i].strip():
        i += 1
    return headers, lines[i:]


def _is_title(line: str, following: list[str]) -> bool:
    """Whether the first non-empty line reads as a headline rather than the start of the body."""
    text = line.strip()
    rest = [x for x in following if x.strip()]
    if not rest or len(text) > _TITLE_MAX_CHARS or is_interview_turn(text) or is_boilerplate(text):
        return False
    if not text.endswith("."):
        return True
    separated = bool(following) and not following[0].strip()
    return separated and len(text.split()) <= _SHORT_TITLE_WORDS and text.count(". ") == 0


def parse_plain(text: str) -> RawArticle:
    """Split a plain-text article into header fields, title and body.

    Without header lines, the first non-empty line is the title when it reads as one (short, followed by
    more text, not an interview turn and not a sentence-final full stop); otherwise the title is None."""
    headers, lines = split_headers(text.splitlines())
    title = headers.get("title") or None
    if not headers:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is not None and _is_title(lines[first], lines[first + 1:]):
            title, lines = _MD_HEADING.sub("", lines[first].strip(), count=1), lines[first + 1:]
    return RawArticle(
        text="\n".join(lines),
        title=title,
        date=headers.get("date"),
        url=headers.get("url"),
        source=headers.get("source"),
    )
