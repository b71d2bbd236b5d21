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
# At the start of the text, of a line, or of a sentence (after ". " as in 'Title. NAJAF, Iraq - ...').
_START = r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*"
DATELINE = re.compile(_START + rf"(?:{_CITY}(?:{_DETAIL}{_AGENCY}?|{_AGENCY})){_DASH}")


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines in ``text`` (each with its trailing dash)."""
    return [match.span() for match in DATELINE.finditer(text)]


def in_dateline(start_char: int, spans: list[tuple[int, int]]) -> bool:
    """True when the character offset lies inside one of ``spans``."""
    return any(start <= start_char < end for start, end in spans)
