"""Typed rows of the actor tables (package data and user overlays) and their CSV readers.

Every table is a CSV file with a header; multi-valued cells are ``|``-separated. A file's kind is told by its
header, so a user overlay can be any of the tables; rows of an overlay replace package rows with the same key.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..errors import ActorDataError
from .dates import parse_partial_date

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

HOLDER_COLUMNS = ("name", "aliases", "qid", "country", "office", "start", "end", "out_of_office", "basis",
                  "uncertain")
STATE_COLUMNS = ("iso3", "cameo", "name", "official_name", "aliases", "demonyms", "capital", "metonyms",
                 "leader_office", "un_member", "qid")
IGO_COLUMNS = ("code", "cameo", "name", "aliases", "members", "metonyms", "qid")
GROUP_COLUMNS = ("code", "name", "aliases", "members", "kind", "qid")
SECTOR_COLUMNS = ("phrase", "sector", "standalone")
OFFICE_COLUMNS = ("office", "sector", "rank", "titles")
COREF_COLUMNS = ("phrase", "target", "role", "needs_the")
ARMED_COLUMNS = ("name", "aliases", "country", "sector", "start", "end")

ALL_UN = "*UN"
BODY_KINDS = {"igos": "igo", "ngos": "ngo"}


def split_multi(cell: str | None) -> tuple[str, ...]:
    """Split a ``|``-separated cell into its stripped, non-empty values."""
    return tuple(v.strip() for v in (cell or "").split("|") if v.strip())


@dataclass(frozen=True)
class State:
    """A state: ISO3 code, CAMEO code and every way the news names it."""

    iso3: str
    cameo: str
    name: str
    official_name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    metonyms: tuple[str, ...]
    leader_office: str
    un_member: bool
    qid: str | None
    legislatures: tuple[str, ...] = ()


@dataclass(frozen=True)
class Membership:
    """A member of a body, optionally only from ``start`` or until ``end``."""

    code: str
    start: date | None = None
    end: date | None = None

    def active(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True)
class Body:
    """An IGO (``kind='igo'``) or a group/region/format of states."""

    code: str
    cameo: str
    name: str
    aliases: tuple[str, ...]
    members: tuple[Membership, ...]
    metonyms: tuple[str, ...]
    qid: str | None
    kind: str


@dataclass(frozen=True)
class SectorWord:
    """A noun naming a sector ("police" -> COP); ``standalone`` ones are actors even without a country.

    ``inherits`` is false for nouns that never take a country from context ("a human rights group": NGO;
    "the hostages", who are often foreigners): the table marks those ``standalone`` 2 or ``inherits`` 0.
    They are coded with a country only when a place opens their phrase ("British hostages" -> GBRCVL)."""

    phrase: str
    sector: str
    standalone: bool
    inherits: bool = True


@dataclass(frozen=True)
class Office:
    """An office, the CAMEO sector of its holders, its precedence and the titles that name it.

    ``single`` offices have one holder per country at a time, so a bare title names that holder; many-seat
    offices (legislators, ministers) never name a person from the title alone."""

    office: str
    sector: str
    rank: int
    titles: tuple[str, ...]
    single: bool = True


@dataclass(frozen=True)
class CorefWord:
    """A word that refers back to an earlier mention: ``target`` kind and an optional role filter."""

    phrase: str
    target: str
    role: str
    needs_the: bool


@dataclass(frozen=True)
class ArmedGroup:
    """A non-state armed group (or one that became a government) coded ``country`` + ``sector`` in a period."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    start: date | None
    end: date | None
    qid: str | None

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Term:
    """One row of an office-holder table: a person holding an office for a period."""

    name: str
    aliases: tuple[str, ...]
    qid: str | None
    country: str
    office: str
    start: date | None
    end: date | None
    out_of_office: str | None
    uncertain: bool
    source: str

    def active(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_no, row)`` of a CSV file; unreadable files raise ``ActorDataError`` naming the file."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for row in reader:
                if None in row:
                    raise ActorDataError("row has more cells than the header", source=str(path),
                                         line=reader.line_num)
                yield reader.line_num, {k: (v or "").strip() for k, v in row.items()}
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ActorDataError(f"cannot read actor table: {error}", source=str(path)) from error


def words_by_kind(path: Path) -> dict[str, frozenset[str]]:
    """A word list with a ``kind`` column: each kind's lower-case words."""
    out: dict[str, set[str]] = {}
    for _, row in read_rows(path):
        out.setdefault(row["kind"], set()).add(row["word"].lower())
    return {kind: frozenset(words) for kind, words in out.items()}


def header_of(path: Path) -> tuple[str, ...]:
    """The column names of a CSV file."""
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return tuple(c.strip() for c in next(csv.reader(handle), []))
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise ActorDataError(f"cannot read actor table: {error}", source=str(path)) from error


def table_kind(path: Path) -> str:
    """Which table a CSV holds, told by its header: holders, states, igos, groups, sectors, offices, coref."""
    header = set(header_of(path))
    kinds = {"holders": HOLDER_COLUMNS, "states": STATE_COLUMNS, "igos": IGO_COLUMNS,
             "groups": GROUP_COLUMNS, "sectors": SECTOR_COLUMNS, "offices": OFFICE_COLUMNS,
             "coref": COREF_COLUMNS, "armed_groups": ARMED_COLUMNS}
    for kind, columns in kinds.items():
        if set(columns) <= header:
            return kind
    raise ActorDataError(f"unknown actor table; header {sorted(header)} matches no table", source=str(path))


def _date(cell: str, *, path: Path, line: int, end: bool) -> date | None:
    try:
        return parse_partial_date(cell, end=end)
    except ValueError as error:
        raise ActorDataError(f"bad date {cell!r}: {error}", source=str(path), line=line) from error


def parse_members(cells: Iterable[str], *, path: Path, line: int) -> tuple[Membership, ...]:
    """Members as ``KAZ``, ``FIN>2023-04-04`` (joined), ``GBR<2020-01-31`` (left) or ``*UN``."""
    out = []
    for cell in cells:
        code, start, end = cell, None, None
        if "<" in code:
            code, _, until = code.partition("<")
            end = _date(until, path=path, line=line, end=False)
        if ">" in code:
            code, _, since = code.partition(">")
            start = _date(since, path=path, line=line, end=False)
        out.append(Membership(code.strip().upper(), start, end))
    return tuple(out)


def load_states(path: Path) -> list[State]:
    return [State(iso3=r["iso3"].upper(), cameo=(r["cameo"] or r["iso3"]).upper(), name=r["name"],
                  official_name=r["official_name"], aliases=split_multi(r["aliases"]),
                  demonyms=split_multi(r["demonyms"]), capitals=split_multi(r["capital"]),
                  metonyms=split_multi(r["metonyms"]), leader_office=r["leader_office"] or "head_of_state",
                  un_member=r["un_member"] == "1", qid=r["qid"] or None,
                  legislatures=split_multi(r.get("legislature")))
            for _, r in read_rows(path) if _required(r, ("iso3", "name"), path)]


def load_bodies(path: Path, kind: str) -> list[Body]:
    return [Body(code=r["code"].upper(), cameo=(r.get("cameo") or r["code"]).upper(), name=r["name"],
                 aliases=split_multi(r["aliases"]),
                 members=parse_members(split_multi(r["members"]), path=path, line=line),
                 metonyms=split_multi(r.get("metonyms")), qid=r.get("qid") or None,
                 kind=BODY_KINDS.get(kind) or r.get("kind") or "group")
            for line, r in read_rows(path) if _required(r, ("code", "name"), path, line)]


def load_sectors(path: Path) -> list[SectorWord]:
    return [SectorWord(r["phrase"], r["sector"].upper(), r["standalone"] in ("1", "2"),
                       r["standalone"] != "2" and r.get("inherits") != "0")
            for line, r in read_rows(path) if _required(r, ("phrase", "sector"), path, line)]


def load_offices(path: Path) -> list[Office]:
    out = []
    for line, r in read_rows(path):
        _required(r, ("office", "sector"), path, line)
        try:
            rank = int(r["rank"] or 99)
        except ValueError as error:
            raise ActorDataError(f"rank {r['rank']!r} is not a number", source=str(path), line=line) from error
        out.append(Office(r["office"], r["sector"].upper(), rank, split_multi(r["titles"]),
                          single=r.get("single_holder", "1") != "0"))
    return out


def load_coref(path: Path) -> list[CorefWord]:
    return [CorefWord(r["phrase"].lower(), r["target"], r["role"], r["needs_the"] == "1")
            for line, r in read_rows(path) if _required(r, ("phrase", "target"), path, line)]


def load_armed_groups(path: Path) -> list[ArmedGroup]:
    """Armed-group rows; one row per name and period (the Taliban are AFGREB, then AFGGOV)."""
    return [ArmedGroup(name=r["name"], aliases=split_multi(r["aliases"]), country=r["country"].upper(),
                       sector=r["sector"].upper(), start=_date(r["start"], path=path, line=line, end=False),
                       end=_date(r["end"], path=path, line=line, end=True), qid=r.get("qid") or None)
            for line, r in read_rows(path) if _required(r, ("name", "country", "sector"), path, line)]


def load_terms(path: Path) -> list[Term]:
    """Office-holder rows; a row without name, country or office raises ``ActorDataError``."""
    out = []
    for line, r in read_rows(path):
        _required(r, ("name", "country", "office"), path, line)
        out.append(Term(name=r["name"], aliases=split_multi(r["aliases"]), qid=r["qid"] or None,
                        country=r["country"].upper(), office=r["office"],
                        start=_date(r["start"], path=path, line=line, end=False),
                        end=_date(r["end"], path=path, line=line, end=True),
                        out_of_office=r["out_of_office"].upper() or None,
                        uncertain=r["uncertain"] == "1", source=f"{path.name}:{line}"))
    return out


def _required(row: dict[str, str], columns: tuple[str, ...], path: Path, line: int | None = None) -> bool:
    missing = [c for c in columns if not row.get(c)]
    if missing:
        raise ActorDataError(f"empty required column(s) {', '.join(missing)}", source=str(path), line=line)
    return True
