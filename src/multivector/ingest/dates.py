"""Publication dates: an ISO fast path, then dateparser restricted to absolute, complete dates."""

from __future__ import annotations

import logging
import re
from datetime import date, datetime, timezone
from functools import lru_cache

import dateparser

log = logging.getLogger(__name__)

_ISO = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?\s*")
# no relative dates ("yesterday", "Monday"): a date is read, never guessed from today's date
_SETTINGS = {
    "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": False,
    "PREFER_DATES_FROM": "past",
}
_MS_THRESHOLD = 10**11  # epoch values above this are milliseconds


def _from_epoch(value: float) -> date | None:
    seconds = value / 1000 if abs(value) > _MS_THRESHOLD else value
    try:
        return datetime.fromtimestamp(seconds, tz=timezone.utc).date()
    except (OverflowError, OSError, ValueError):
        return None


@lru_cache(maxsize=4096)
def _parse_string(text: str) -> date | None:
    match = _ISO.fullmatch(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    if text.isdigit() and len(text) >= 9:
        return _from_epoch(int(text))
    parsed = dateparser.parse(text, languages=["en"], settings=_SETTINGS)
    return parsed.date() if parsed else None


def parse_date(value: object) -> date | None:
    """The date part of ``value`` (str, date, datetime or epoch number), or None if it is not a full date."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, (int, float)):
        return _from_epoch(value)
    text = str(value).strip()
    return _parse_string(text) if text else None


def resolve_date(value: object, *, default: date | None, where: str) -> date | None:
    """The article date: parsed ``value``; ``default`` when absent; None (with a warning) when unreadable."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return default
    parsed = parse_date(value)
    if parsed is None:
        log.warning("%s: unreadable date %r; recorded as unknown", where, value)
    return parsed
