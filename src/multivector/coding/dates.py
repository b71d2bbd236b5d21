"""Event dates from the sentence, resolved against the publication date.

Precision says how much of the date is meant: 'next year' is ``2026-01-01`` with precision ``year``, 'next
month' or 'early December' the first of the month with precision ``month``. Week expressions have no
precision of their own: 'last week' / 'next week' resolve to the publication date minus / plus seven days
with precision ``day`` — an approximation within that week, not the day itself.

Fast regular expressions handle the common forms (ISO dates, '12 November 2025', 'November 12', weekdays,
'yesterday', 'last week', 'next month', 'in 2024', 'in the 1860s' with
precision ``decade``); ``dateparser`` is a cached fallback for other phrases
that contain a month name. Direction comes from status: planned events take the next occurrence, others the
last one.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_M = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>(?:19|20)\d\d)"
_OLD_Y = r"(?P<year>1[5-9]\d\d|20\d\d)"  # a bare year after a preposition may lie centuries back
_DECADE = r"(?P<decade>1[5-9]\d0|20[0-9]0)'?s"
_W = r"(?P<weekday>" + "|".join(WEEKDAYS) + r")"
# 'early December', 'mid-December', 'the end of the year': the month or year is all we can say
_PART = r"(?:early|mid|late|(?:the )?(?:beginning|start|middle|end|first half|second half) of)-?"

_SOURCES: tuple[tuple[str, str, str], ...] = (  # kind, what the text needs (see _needs), expression
        ("iso", "digit", rf"\b{_Y}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
        ("dmy", "digit+month", rf"\b{_D}(?: of)? {_M},? {_Y}\b"),
        ("mdy", "digit+month", rf"\b{_M} {_D},? {_Y}\b"),
        ("dm", "digit+month", rf"\b{_D}(?: of)? {_M}\b"),
        ("md", "digit+month", rf"\b{_M} {_D}\b(?!,? \d)"),
        ("my", "digit+month", rf"\b(?:in |of |since )?{_M},? {_Y}\b"),
        ("rel_day", "rel_day", r"\b(?P<rel>yesterday|today|tomorrow|tonight)\b"),
        ("rel_span", "unit", r"\b(?P<dir>last|next|this|past|coming)\s+(?P<unit>week|month|year)\b"),
        ("rel_span", "the_unit", rf"\b{_PART} the (?P<unit>month|year)\b"),
        ("weekday", "weekday", rf"\b(?:(?P<dir>last|next|this|on|coming)\s+)?{_W}\b"),
        ("month", "month", rf"\b(?P<dir>in|last|next|this|since|by|until|on)\s+(?:{_PART}\s*)?{_M}\b"),
        ("month", "month", rf"\b{_PART}\s*{_M}\b"),
        ("decade", "digit", rf"\b(?:in|since|by|until|during|of|from) (?:the )?(?:early |mid-?|late )?{_DECADE}\b"),
        ("year", "digit", rf"\b(?:in|since|by|until|during) {_OLD_Y}\b"),
)
# The kinds :func:`_resolve` reads against the publication date: without one their matches resolve to nothing,
# so an undated sentence is not scanned for them (the others all name a number: see :func:`_find_dates`).
_RELATIVE_KINDS = frozenset({"dm", "md", "rel_day", "rel_span", "weekday", "month"})
_PATTERNS = tuple((kind, re.compile(rx, re.IGNORECASE)) for kind, _, rx in _SOURCES)
# Every pattern above needs one of these (months and weekdays as bare substrings: a superset), so a sentence
# without any of them has no date expression and skips the thirteen scans.
_ANY_DATE_SOURCE = "|".join([r"\d", *sorted(MONTHS, key=len, reverse=True), *WEEKDAYS, "yesterday", "today",
                             "tomorrow", "tonight", "week", "month", "year"])
_ANY_DATE_WORD = re.compile(_ANY_DATE_SOURCE, re.IGNORECASE)
_LOOSE_MONTH_SOURCE = r"\b(?:" + "|".join(k for k in MONTHS if len(k) > 3) + r")\b"
_LOOSE_MONTH = re.compile(_LOOSE_MONTH_SOURCE, re.IGNORECASE)
# The same expressions without IGNORECASE, for a sentence whose ASCII capitals are lowered. All their letters are
# lower-case ASCII, so on such a text they match exactly where the IGNORECASE ones match on the sentence (same
# positions: lowering ASCII keeps the length) unless the sentence has a character that IGNORECASE equates with an
# ASCII letter (İ, ı, ſ, Kelvin K). sre scans a case-sensitive expression several times faster, and on the
# lowered text a substring test tells which expressions cannot match (:func:`_needs`): those are not scanned.
_FOLDED_PATTERNS = tuple((kind, need, re.compile(rx)) for kind, need, rx in _SOURCES)
_FOLDED_LOOSE_MONTH = re.compile(_LOOSE_MONTH_SOURCE)
_CASE_TRAPS = ("\u0130", "\u0131", "\u017f", "\u212a")
_DIGIT = re.compile(r"\d")
_MONTH_STEMS = tuple(sorted({name[:3] for name in MONTHS}))  # every month name and abbreviation holds one
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class DateResult:
    """A resolved event date: ISO string or None, precision, and where it came from."""

    date: str | None
    precision: str | None
    source: str
    start: int = -1
    end: int = -1


def event_date(sentence: str, published: date | None, *, future: bool, anchor: int | None = None) -> DateResult:
    """The date of an event in ``sentence``; ``anchor`` (the trigger's character offset) prefers the nearest
    expression, counting text before the trigger double (English adjuncts mostly follow their verb)."""
    found = _find_dates(sentence, published, future)
    if found:
        if anchor is None:
            return found[0]
        return min(found, key=lambda r: r.start - anchor if r.start >= anchor else 2 * (anchor - r.end))
    return _undated(published)


@lru_cache(maxsize=64)
def _undated(published: date | None) -> DateResult:
    """The date of an event the sentence does not date: publication, else unknown (results are frozen)."""
    if published is not None:
        return DateResult(published.isoformat(), "day", "publication")
    return DateResult(None, None, "unknown")


def find_dates(sentence: str, published: date | None, *, future: bool) -> list[DateResult]:
    """Every date expression in the sentence, resolved (expressions that need a reference are skipped without one)."""
    return list(_find_dates(sentence, published, future))


@lru_cache(maxsize=2048)
def _find_dates(sentence: str, published: date | None, future: bool) -> tuple[DateResult, ...]:
    """:func:`find_dates`, cached: the events of one sentence share its dates (results are frozen). Without a
    publication date only the absolute kinds resolve, and each of them, like the fallback's year, has a digit."""
    dated = published is not None
    if not dated and not _DIGIT.search(sentence):
        return ()
    if any(trap in sentence for trap in _CASE_TRAPS):
        if not _ANY_DATE_WORD.search(sentence):
            return ()
        text, loose_month = sentence, _LOOSE_MONTH
        patterns = [(kind, pattern) for kind, pattern in _PATTERNS if dated or kind not in _RELATIVE_KINDS]
    else:
        text = sentence.lower() if sentence.isascii() else sentence.translate(_ASCII_LOWER)
        needs, loose_month = _needs(text), _FOLDED_LOOSE_MONTH
        patterns = [(kind, pattern) for kind, need, pattern in _FOLDED_PATTERNS
                    if needs[need] and (dated or kind not in _RELATIVE_KINDS)]
    results: list[DateResult] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in patterns:
        for match in pattern.finditer(text):
            if any(s < match.end() and match.start() < e for s, e in taken):
                continue
            resolved = _resolve(kind, match, published, future)
            if resolved is not None:
                taken.append((match.start(), match.end()))
                iso, precision = resolved
                results.append(DateResult(iso, precision, "text", match.start(), match.end()))
    # without a publication date the fallback keeps only phrases naming a year: skip it when none can
    if not results and loose_month.search(text) and (published is not None or _YEAR.search(sentence)):
        results.extend(_fallback(sentence, published, future))
    return tuple(sorted(results, key=lambda r: r.start))


def _needs(text: str) -> dict[str, bool]:
    """Which words the expressions of ``_SOURCES`` need occur in a lower-cased text: an expression whose need is
    absent cannot match there (each names a digit, a month, a weekday or one of its fixed words literally)."""
    digit = _DIGIT.search(text) is not None
    month = any(stem in text for stem in _MONTH_STEMS)
    return {"digit": digit, "month": month, "digit+month": digit and month,
            "rel_day": "yesterday" in text or "today" in text or "tomorrow" in text or "tonight" in text,
            "unit": "week" in text or "month" in text or "year" in text,
            "the_unit": "the month" in text or "the year" in text,
            "weekday": any(day in text for day in WEEKDAYS)}


def _resolve(kind: str, m: re.Match[str], pub: date | None, future: bool) -> tuple[str, str] | None:
    g = m.groupdict()
    try:
        if kind == "iso":
            return date(int(g["year"]), int(g["m"]), int(g["d"])).isoformat(), "day"
        if kind in {"dmy", "mdy"}:
            return date(int(g["year"]), MONTHS[g["month"].lower()], int(g["day"])).isoformat(), "day"
        if kind == "my":
            return date(int(g["year"]), MONTHS[g["month"].lower()], 1).isoformat(), "month"
        if kind == "year":
            return date(int(g["year"]), 1, 1).isoformat(), "year"
        if kind == "decade":  # 'in the 1860s': the decade's first year; the record knows only day/month/year
            return date(int(g["decade"]), 1, 1).isoformat(), "year"
    except ValueError:
        return None
    if pub is None:
        return None
    return _relative(kind, g, pub, future)


def _relative(kind: str, g: dict[str, str | None], pub: date, future: bool) -> tuple[str, str] | None:
    direction = (g.get("dir") or "").lower()
    forward = future if direction in {"", "on", "this", "in", "by", "until"} else direction in {"next", "coming"}
    if kind in {"dm", "md"}:
        return _day_month(MONTHS[str(g["month"]).lower()], int(str(g["day"])), pub, forward)
    if kind == "rel_day":
        offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[str(g["rel"]).lower()]
        return (pub + timedelta(days=offset)).isoformat(), "day"
    if kind == "rel_span":
        return _span(str(g["unit"]).lower(), direction, pub)
    if kind == "weekday":
        return _weekday(WEEKDAYS[str(g["weekday"]).lower()], pub, forward, direction), "day"
    if kind == "month":
        month = MONTHS[str(g["month"]).lower()]
        year = pub.year + (1 if forward and month < pub.month else 0) - (1 if not forward and month > pub.month else 0)
        return date(year, month, 1).isoformat(), "month"
    return None


def _day_month(month: int, day: int, pub: date, forward: bool) -> tuple[str, str] | None:
    for year in ((pub.year, pub.year + 1) if forward else (pub.year, pub.year - 1)):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if (candidate >= pub) if forward else (candidate <= pub):
            return candidate.isoformat(), "day"
    return None


def _weekday(weekday: int, pub: date, forward: bool, direction: str) -> str:
    if forward:
        delta = (weekday - pub.weekday()) % 7 or (7 if direction == "next" else 0)
        return (pub + timedelta(days=delta)).isoformat()
    delta = (pub.weekday() - weekday) % 7 or (7 if direction == "last" else 0)
    return (pub - timedelta(days=delta)).isoformat()


def _span(unit: str, direction: str, pub: date) -> tuple[str, str]:
    step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(direction, 0)
    if unit == "week":
        return (pub + timedelta(weeks=step)).isoformat(), "day"
    if unit == "month":
        month_index = pub.year * 12 + pub.month - 1 + step
        return date(month_index // 12, month_index % 12 + 1, 1).isoformat(), "month"
    return date(pub.year + step, 1, 1).isoformat(), "year"


_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_DAY_NUMBER = re.compile(r"\b(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?\b")


def _fallback(sentence: str, pub: date | None, future: bool) -> list[DateResult]:
    """dateparser's finds, never completed from today's clock: without a publication date a phrase must name
    its year, and a phrase without a day number has month precision."""
    parsed = _dateparser_search(sentence, pub.isoformat() if pub else None, future)
    results = []
    for phrase, iso in parsed:
        if pub is None and not _YEAR.search(phrase):
            continue
        has_day = bool(_DAY_NUMBER.search(_YEAR.sub("", phrase)))
        start = sentence.find(phrase)
        results.append(DateResult(iso if has_day else iso[:8] + "01", "day" if has_day else "month", "text",
                                  start, start + len(phrase)))
    return results


def clear_cache() -> None:
    """Forget the dates found per sentence, so that a benchmark pass over texts seen before pays the date search
    that new articles pay."""
    _find_dates.cache_clear()
    _dateparser_search.cache_clear()


def preload() -> None:
    """Import and initialise dateparser now (≈0.3 s on first use), e.g. in a warm-up or before forking."""
    _dateparser_search.__wrapped__("on 3 March", None, False)


@lru_cache(maxsize=4096)
def _dateparser_search(sentence: str, pub: str | None, future: bool) -> tuple[tuple[str, str], ...]:
    """dateparser as a last resort (≈0.6 ms a call), cached; only phrases naming a month are kept."""
    from dateparser.search import search_dates

    settings = {"PREFER_DATES_FROM": "future" if future else "past", "RETURN_AS_TIMEZONE_AWARE": False,
                "PREFER_DAY_OF_MONTH": "first"}
    if pub:
        from datetime import datetime

        settings["RELATIVE_BASE"] = datetime.fromisoformat(pub)
    found = search_dates(sentence, languages=["en"], settings=settings) or []
    return tuple((phrase, value.date().isoformat()) for phrase, value in found if _LOOSE_MONTH.search(phrase))
