"""Datelines: 'NAJAF, Iraq - ...', 'BEIJING (Reuters) - ...', 'MOSCOW, Aug. 18 (Xinhuanet) -- ...'.

A dateline says where a story was filed. The place it names is no participant of the events the story
reports, so actor mentions inside it are ignored by the coder (the same name later in the text still counts).
"""

from __future__ import annotations

import re

_CITY = r"[A-Z][A-Z.'’\-]{2,}(?:\s[A-Z][A-Z.'’\-]+){0,3}"  # KABUL, GAZA CITY, ST. PETERSBURG (capitals only)
_DETAIL = r"(?:\s*,\s*[A-Z][\w.'’\-]*(?:\s[\w.'’\-]+){0,3})"  # ', Iraq', ', Aug. 18', ', Gaza Strip'
_AGENCY = r"(?:\s*\([A-Za-z][\w .'’\-]{0,30}\))"  # (Reuters), (Xinhuanet)
_DASH = r"\s*(?:--|-|–|—|:)\s"
DATELINE = re.compile(rf"[ \t]*(?:{_CITY}(?:{_DETAIL}{_AGENCY}?|{_AGENCY})){_DASH}")
# A dateline starts the text, a line, or a sentence (after ". " as in 'Title. NAJAF, Iraq - ...').
_STARTS = re.compile(r"\n|[.!?]\s{1,2}")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines in ``text`` (each with its trailing dash); the pattern is tried only
    where a dateline may start, not at every character."""
    starts = [0] + [match.end() for match in _STARTS.finditer(text)]
    return [found.span() for found in (DATELINE.match(text, start) for start in starts) if found]


def in_dateline(start_char: int, spans: list[tuple[int, int]]) -> bool:
    """True when the character offset lies inside one of ``spans``."""
    return any(start <= start_char < end for start, end in spans)
