"""Importers that turn outside actor lists into office-holder overlay CSV files (see tables.HOLDER_COLUMNS).

Wikidata: run this query at https://query.wikidata.org and download the result as JSON (either the SPARQL
JSON result or the "simple JSON" list). Each ``?office`` class is generic; positions that are instances or
subclasses of it (P279*) are found, so "President of Kazakhstan" counts as a head of state::

    SELECT ?person ?personLabel ?aliases ?position ?positionLabel ?office ?country ?start ?end WHERE {
      VALUES (?class ?office) { (wd:Q48352 "head_of_state") (wd:Q2285706 "head_of_government")
                                (wd:Q7330070 "foreign_minister") (wd:Q1707286 "defence_minister") }
      ?position wdt:P279* ?class ; wdt:P1001 ?jurisdiction .
      ?jurisdiction wdt:P298 ?country .                       # ISO 3166-1 alpha-3 of the jurisdiction
      ?person p:P39 ?held . ?held ps:P39 ?position .
      OPTIONAL { ?held pq:P580 ?start } OPTIONAL { ?held pq:P582 ?end }
      FILTER(!BOUND(?end) || ?end >= "1990-01-01"^^xsd:dateTime)
      { SELECT ?person (GROUP_CONCAT(DISTINCT ?alt; separator="|") AS ?aliases) WHERE {
          ?person p:P39/ps:P39/wdt:P279* ?anyClass .
          OPTIONAL { ?person skos:altLabel ?alt FILTER(LANG(?alt) = "en") } } GROUP BY ?person }
      SERVICE wikibase:label { bd:serviceParam wikibase:language "en". }
    }

(Check the class QIDs against Wikidata before a large run; ``?office`` may also be left out, and the office
is then guessed from ``?positionLabel``.)

PETRARCH/Phoenix ``.actors`` dictionaries: an entry is a name line (``NURSULTAN_NAZARBAYEV_``), synonym lines
(``+NAZARBAEV``) and code lines (``[KAZGOV >900424]``, ``[KAZELI <911216]``, ``[KAZGOV 030101-070131]``,
``[KAZELI]``); ``#`` starts a comment and ``<!-- -->`` blocks are comments. Dated codes become terms with the
office ``cameo_<agent>`` (its sector is the agent code); an undated code next to dated ones becomes the
out-of-office code. Entries with a bare country code (``AFGHANISTAN_ [AFG]``) are states, which come from
``states.csv``, and are reported as skipped, as is every comment and blank line.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import ActorDataError
from .dates import parse_compact_date
from .tables import HOLDER_COLUMNS

CODE_RE = re.compile(r"\[\s*([^\s\]]+)\s*([^\]]*)\]")
QID_RE = re.compile(r"(Q\d+)$")
DISCARD_CODES = frozenset({"---", "+++", "###"})
OFFICE_GUESSES = (("prime minister", "head_of_government"), ("premier", "head_of_government"),
                  ("chancellor", "head_of_government"), ("foreign", "foreign_minister"),
                  ("defen", "defence_minister"), ("president", "head_of_state"), ("king", "head_of_state"),
                  ("queen", "head_of_state"), ("emir", "head_of_state"))


@dataclass(frozen=True)
class ImportReport:
    """How many overlay rows were written and which input lines were skipped, with why."""

    rows: int
    skipped: tuple[tuple[int, str], ...] = ()


def write_holders(rows: Iterable[dict[str, str]], out_csv: Path) -> int:
    """Write office-holder rows (HOLDER_COLUMNS) to a CSV file; returns the number of rows."""
    out_csv.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out_csv.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=HOLDER_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: row.get(c, "") for c in HOLDER_COLUMNS})
            count += 1
    return count


# --- Wikidata -------------------------------------------------------------------------------------
def import_wikidata(json_path: Path, out_csv: Path) -> ImportReport:
    """Convert a Wikidata query result (see module docstring) into an office-holder overlay CSV."""
    json_path, out_csv = Path(json_path), Path(out_csv)
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ActorDataError(f"cannot read Wikidata JSON: {error}", source=str(json_path)) from error
    records = data["results"]["bindings"] if isinstance(data, dict) and "results" in data else data
    if not isinstance(records, list):
        raise ActorDataError("expected a SPARQL JSON result or a list of records", source=str(json_path))
    rows, skipped = [], []
    for number, record in enumerate(records, start=1):
        row, reason = _wikidata_row(record)
        if row is None:
            skipped.append((number, reason))
        else:
            rows.append(row)
    return ImportReport(write_holders(rows, out_csv), tuple(skipped))


def _value(record: dict[str, Any], name: str) -> str:
    cell = record.get(name)
    if isinstance(cell, dict):
        cell = cell.get("value")
    return str(cell).strip() if cell is not None else ""


def _wikidata_row(record: Any) -> tuple[dict[str, str] | None, str]:
    if not isinstance(record, dict):
        return None, "record is not an object"
    qid_match = QID_RE.search(_value(record, "person"))
    name = _value(record, "personLabel")
    country = _value(record, "country").upper()
    if not name or (qid_match and name == qid_match.group(1)):
        return None, "person has no English label"
    if not re.fullmatch(r"[A-Z]{3}", country):
        return None, f"country {country!r} is not an ISO3 code"
    office = _value(record, "office") or _guess_office(_value(record, "positionLabel"))
    if not office:
        return None, f"position {_value(record, 'positionLabel')!r} maps to no office"
    aliases = "|".join(a for a in _value(record, "aliases").split("|") if a and a != name)
    return {"name": name, "aliases": aliases, "qid": qid_match.group(1) if qid_match else "",
            "country": country, "office": office, "start": _value(record, "start")[:10],
            "end": _value(record, "end")[:10], "out_of_office": "", "basis": "wikidata",
            "uncertain": "0" if _value(record, "start") else "1"}, ""


def _guess_office(label: str) -> str:
    lowered = label.lower()
    return next((office for cue, office in OFFICE_GUESSES if cue in lowered), "")


# --- PETRARCH / Phoenix -----------------------------------------------------------------------------
@dataclass
class _Entry:
    name: str
    lines: list[int]
    synonyms: list[str] = field(default_factory=list)
    codes: list[tuple[int, str, str]] = field(default_factory=list)


def import_petrarch(dict_path: Path, out_csv: Path) -> ImportReport:
    """Convert a PETRARCH/Phoenix actor dictionary into an office-holder overlay CSV.

    Every line is either part of an imported entry or reported in ``skipped`` with its reason.
    """
    dict_path, out_csv = Path(dict_path), Path(out_csv)
    try:
        lines = dict_path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as error:
        raise ActorDataError(f"cannot read dictionary: {error}", source=str(dict_path)) from error
    entries, skipped = _parse_petrarch(lines)
    rows: list[dict[str, str]] = []
    for entry in entries:
        made, reason = _entry_rows(entry)
        if made:
            rows.extend(made)
        else:
            skipped.extend((line, reason) for line in entry.lines)
    return ImportReport(write_holders(rows, out_csv), tuple(sorted(skipped)))


def _parse_petrarch(lines: list[str]) -> tuple[list[_Entry], list[tuple[int, str]]]:
    entries: list[_Entry] = []
    skipped: list[tuple[int, str]] = []
    in_comment = False
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if in_comment or text.startswith("<!"):
            in_comment = "-->" not in text
            skipped.append((number, "comment block"))
            continue
        text = text.split("#", 1)[0].strip()
        if not text:
            skipped.append((number, "comment" if raw.strip() else "blank line"))
        elif text.startswith("+"):
            if entries:
                entries[-1].synonyms.append(_clean_name(text[1:]))
                entries[-1].lines.append(number)
            else:
                skipped.append((number, "synonym before any entry"))
        elif text.startswith("["):
            if entries:
                entries[-1].codes.extend((number, c, d) for c, d in CODE_RE.findall(text))
                entries[-1].lines.append(number)
            else:
                skipped.append((number, "code line before any entry"))
        else:
            head, _, rest = text.partition("[")
            entry = _Entry(_clean_name(head), [number])
            if rest:
                entry.codes.extend((number, c, d) for c, d in CODE_RE.findall("[" + rest))
            entries.append(entry)
    return entries, skipped


def _clean_name(text: str) -> str:
    words = re.sub(r"[_\s]+", " ", text.replace("{}", " ")).strip()
    return " ".join(w.capitalize() if w.isupper() or w.islower() else w for w in words.split())


def _entry_rows(entry: _Entry) -> tuple[list[dict[str, str]], str]:
    if not entry.name:
        return [], "entry without a name"
    if not entry.codes:
        return [], "entry without a code"
    parsed = []
    for line, code, window in entry.codes:
        code = code.upper()
        if code in DISCARD_CODES or "/" in code or not re.fullmatch(r"[A-Z0-9]{3,}", code):
            return [], f"unusable code {code!r} on line {line}"
        try:
            start, end = _window(window)
        except ValueError as error:
            return [], f"bad date window {window!r} on line {line}: {error}"
        parsed.append((code, start, end, bool(window.strip())))
    if all(len(code) == 3 for code, *_ in parsed):
        return [], f"bare country code {parsed[0][0]}: states are not imported (see states.csv)"
    return _rows_for(entry, parsed), ""


def _window(text: str) -> tuple[date | None, date | None]:
    text = text.replace(" ", "")
    if not text:
        return None, None
    if text.startswith(">"):
        return parse_compact_date(text[1:]), None
    if text.startswith("<"):
        return None, parse_compact_date(text[1:])
    first, sep, second = text.partition("-")
    if not sep:
        raise ValueError("expected >D, <D or D-D")
    return parse_compact_date(first), parse_compact_date(second)


def _rows_for(entry: _Entry, parsed: list[tuple[str, date | None, date | None, bool]]) -> list[dict[str, str]]:
    dated = [p for p in parsed if p[3]]
    default = next((code for code, _, _, has in parsed if not has), "")
    terms = dated or [p for p in parsed if not p[3]][:1]
    out_of_office = default if dated else ""
    aliases = "|".join(dict.fromkeys(s for s in entry.synonyms if s and s != entry.name))
    return [{"name": entry.name, "aliases": aliases, "qid": "", "country": code[:3],
             "office": "cameo_" + code[3:].lower(), "start": start.isoformat() if start else "",
             "end": end.isoformat() if end else "", "out_of_office": out_of_office,
             "basis": f"petrarch line {entry.lines[0]}", "uncertain": "0"}
            for code, start, end, _ in terms]
