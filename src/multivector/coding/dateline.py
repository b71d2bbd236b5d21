"""Datelines: 'NAJAF, Iraq - ...', 'BEIJING (Reuters) - ...', 'MOSCOW, Aug. 18 (Xinhuanet) -- ...',
'NEW DELHI - ...', 'Islamabad, Nov 9 : ...' (a title-case city only with a date).

A dateline says where a story was filed. The place it names is no participant of the events the story
reports, so actor mentions inside it are ignored by the coder (the same name later in the text still counts).
"""

from __future__ import annotations

import re

_CITY = r"[A-Z][A-Z.'’\-]{2,}(?:\s[A-Z][A-Z.'’\-]+){0,3}"  # KABUL, GAZA CITY, ST. PETERSBURG (capitals only)
_DETAIL = r"(?:\s*,\s*[A-Z][\w.'’\-]*(?:\s[\w.'’\-]+){0,3})"  # ', Iraq', ', Aug. 18', ', Gaza Strip'
_AGENCY = r"(?:\s*\([A-Za-z][\w .'’\-]{0,30}\))"  # (Reuters), (Xinhuanet)
_DASH = r"\s*(?:--|-|–|—|:)\s"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_TITLE_CITY = r"[A-Z][a-z'’\-]+(?:\s[A-Z][a-z'’\-]+){0,2}"  # Islamabad, New Delhi, Port Louis
_DATED = rf"{_TITLE_CITY}\s*,\s*{_MONTH}\s\d{{1,2}}(?:\s*,\s*\d{{4}})?{_AGENCY}?"  # 'Islamabad, Nov 9'
_BARE = rf"{_CITY}\s(?:--|-|–|—)\s"  # 'NEW DELHI - ...': a capitalised city alone needs a spaced dash
DATELINE = re.compile(rf"[ \t]*(?:(?:{_CITY}(?:{_DETAIL}{_AGENCY}?|{_AGENCY})|{_DATED}){_DASH}|{_BARE})")
# A dateline starts the text, a line, a sentence (after ". " as in 'Title. NAJAF, Iraq - ...'), or follows a
# section label ('World News: Islamabad, Nov 9 : ...', 'India News &gt; Guwahati, Oct 2 : ...').
# Written as one character class first (the same matches as r"\n|[.!?:;]\s{1,2}"), so the scan for it runs in C.
_STARTS = re.compile(r"[\n.!?:;](?:(?<=\n)|\s{1,2})")
_DASHES = re.compile(r"[-–—:]\s")  # every dateline has one ('--' + space has '-' + space): none, no dateline


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the datelines in ``text`` (each with its trailing dash); the pattern is tried only
    where a dateline may start, not at every character."""
    if not _DASHES.search(text):
        return []
    starts = [0] + [match.end() for match in _STARTS.finditer(text)]
    return [found.span() for found in (DATELINE.match(text, start) for start in starts) if found]


def in_dateline(start_char: int, spans: list[tuple[int, int]]) -> bool:
    """True when the character offset lies inside one of ``spans``."""
    return any(start <= start_char < end for start, end in spans)
