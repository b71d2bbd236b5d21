"""Partial dates of the actor tables: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""

from __future__ import annotations

import calendar
from datetime import date


def parse_partial_date(text: str, *, end: bool = False) -> date | None:
    """Parse a (partial) ISO date; ``end=True`` takes the last day of a year or month, else the first.

    Empty text gives None. Raises ValueError on anything else.
    """
    text = text.strip()
    if not text:
        return None
    parts = text.split("-")
    if len(parts) > 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise ValueError(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {text!r}")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
    if len(parts) == 3:
        return date(year, month, int(parts[2]))
    day = calendar.monthrange(year, month)[1] if end else 1
    return date(year, month, day)


def parse_compact_date(text: str) -> date:
    """Parse PETRARCH dates: ``YYMMDD`` (years < 50 are 20xx) or ``YYYYMMDD``. Raises ValueError."""
    text = text.strip()
    if not text.isdigit() or len(text) not in (6, 8):
        raise ValueError(f"expected YYMMDD or YYYYMMDD, got {text!r}")
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year < 50 else 1900
        return date(year, int(text[2:4]), int(text[4:6]))
    return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
