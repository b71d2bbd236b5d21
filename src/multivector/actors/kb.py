"""``ActorKB``: states, IGOs, groups, sectors, offices and office holders, resolved at a date."""

from __future__ import annotations

import functools
import hashlib
import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ActorDataError
from ..model import ActorRef, Mention
from . import tables as t
from .inherit import GroupPolicy, read_allegiance, read_policies
from .lexicon import (Entry, LexiconBuilder, MatchKey, add_bodies, add_person, add_states, add_words,
                      fold_accents)

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())

CAMEO_OFFICE = "cameo_"
HOLDERS_GLOB = "office_holders_*.csv"
PACKAGE_TABLES = ("states", "igos", "ngos", "groups", "sectors", "offices", "coref", "armed_groups")


@dataclass(frozen=True)
class Person:
    """An office holder: all rows of one person (keyed by QID, else by name)."""

    key: str
    name: str
    qid: str | None
    country: str
    terms: tuple[t.Term, ...]


@dataclass
class Tables:
    """The loaded tables, each keyed for overlay replacement."""

    states: dict[str, t.State] = field(default_factory=dict)
    bodies: dict[str, t.Body] = field(default_factory=dict)
    sectors: dict[str, t.SectorWord] = field(default_factory=dict)
    offices: dict[str, t.Office] = field(default_factory=dict)
    coref: dict[str, t.CorefWord] = field(default_factory=dict)
    modifiers: dict[str, str] = field(default_factory=dict)
    descriptive: dict[str, str] = field(default_factory=dict)
    common_surnames: frozenset[str] = frozenset()
    never_alone: dict[str, str] = field(default_factory=dict)
    ethnonyms: dict[str, bool] = field(default_factory=dict)
    armed: dict[tuple[str, date | None], t.ArmedGroup] = field(default_factory=dict)
    terms: dict[tuple[str, str, str, date | None], t.Term] = field(default_factory=dict)
    group_policies: dict[str, GroupPolicy] = field(default_factory=dict)
    allegiance: frozenset[str] = frozenset()

    def add_file(self, path: Path, kind: str | None = None) -> None:
        """Read one table file and let its rows replace rows with the same key."""
        kind = kind or t.table_kind(path)
        if kind == "states":
            self.states.update((s.iso3, s) for s in t.load_states(path))
        elif kind in ("igos", "ngos", "groups"):
            self.bodies.update((b.code, b) for b in t.load_bodies(path, kind))
        elif kind == "sectors":
            self.sectors.update((s.phrase.lower(), s) for s in t.load_sectors(path))
        elif kind == "offices":
            self.offices.update((o.office, o) for o in t.load_offices(path))
        elif kind == "coref":
            self.coref.update((c.phrase, c) for c in t.load_coref(path))
        elif kind == "armed_groups":
            self.armed.update(((g.name, g.start), g) for g in t.load_armed_groups(path))
        elif kind == "holders":
            for r in t.load_terms(path):
                self.terms[(r.qid or r.name, r.country, r.office, r.start)] = r
        else:
            raise ActorDataError(f"unsupported actor table kind {kind!r}", source=str(path))


def _package_dir() -> Path:
    return Path(str(resources.files("multivector.actors") / "data"))


def _read_modifiers(path: Path) -> dict[str, str]:
    return {r["word"].lower(): r["effect"] for _, r in t.read_rows(path)}


def _read_descriptive(path: Path) -> dict[str, str]:
    """Nouns after which a place name only describes (``place``: "Afghan soil", ``person``: "an American
    defector") and head nouns of organisation names ("Council of the United States": ``org``)."""
    return {r["word"].lower(): r["kind"] for _, r in t.read_rows(path) if r.get("word")}


def _read_ethnonyms(path: Path) -> dict[str, bool]:
    """Demonyms that also name an ethnic group (``serbs``), with whether the group commonly lives as a
    minority in another state (then "Serbs in Croatia" are coded by Croatia)."""
    return {r["word"].lower(): r.get("minority") == "1" for _, r in t.read_rows(path) if r.get("word")}


def _read_surnames(path: Path) -> frozenset[str]:
    return frozenset(r["surname"] for _, r in t.read_rows(path) if r.get("surname"))


def _read_never_alone(path: Path) -> dict[str, str]:
    """Words that never name a person on their own: given names, weekdays and months, common words."""
    return {fold_accents(r["word"]): r["kind"] for _, r in t.read_rows(path) if r.get("word")}


class ActorKB:
    """The actor knowledge base. Build it with :meth:`load`; it is read-only afterwards."""

    def __init__(self, tables: Tables, *, version: str) -> None:
        self.tables = tables
        self.version = version
        self.states = tables.states
        self.bodies = tables.bodies
        self.persons = _group_persons(tables.terms.values())
        self.armed_groups = _group_armed(tables.armed.values())
        self.titles = {title.lower(): o.office for o in tables.offices.values() for title in o.titles}
        self.skeletons: dict[str, tuple[Entry, ...]] = {}
        self.lexicon: dict[MatchKey, tuple[Entry, ...]] = self._build_lexicon()
        self._holders = _index_holders(self.persons.values())
        self._matchers: dict[int, object] = {}
        self._tokenizer: object | None = None
        self._fuzzy: dict[str, tuple[Entry, ...]] = {}  # title-case word -> skeleton entries (matching.py)
        self._fuzzy_misses: set[str] = set()  # words seen that name no one by their skeleton (matching.py)
        self._refs: dict[tuple[object, ...], object] = {}  # refs (places too) and person picks by what determines
        # them (refs.py)
        self._first_names: dict[str, frozenset[str]] = {}  # person key -> first words of the names (names.py)

    @classmethod
    def load(cls, *, overlays: Sequence[Path] = (), holders_dir: Path | None = None) -> ActorKB:
        """Package data (office holders from ``holders_dir`` if given) plus user overlay CSV files.

        Overlays may be files of any table (told by their header) or folders of such files.
        """
        overlay_files = _expand(overlays)
        data = _package_dir()
        tables = Tables()
        files: list[Path] = [data / f"{name}.csv" for name in PACKAGE_TABLES]
        for path in files:
            tables.add_file(path, name_kind(path))
        tables.modifiers = _read_modifiers(data / "modifiers.csv")
        tables.descriptive = _read_descriptive(data / "descriptive.csv")
        tables.common_surnames = _read_surnames(data / "common_surnames.csv")
        tables.never_alone = _read_never_alone(data / "given_names.csv")
        tables.ethnonyms = _read_ethnonyms(data / "ethnonyms.csv")
        tables.group_policies = read_policies(data / "group_inheritance.csv")
        tables.allegiance = read_allegiance(data / "allegiance.csv")
        holder_files = sorted((holders_dir or data).glob(HOLDERS_GLOB))
        for path in holder_files:
            tables.add_file(path, "holders")
        for path in overlay_files:
            tables.add_file(path)
        package_files = sorted(data.glob("*.csv"))
        version = _data_version([*package_files, *holder_files, *overlay_files])
        log.debug("actor KB %s: %d states, %d bodies, %d terms", version, len(tables.states),
                  len(tables.bodies), len(tables.terms))
        return cls(tables, version=version)

    def _build_lexicon(self) -> dict[MatchKey, tuple[Entry, ...]]:
        builder = LexiconBuilder()
        add_bodies(builder, self.bodies.values())
        add_states(builder, self.states.values())
        add_words(builder, self.tables.sectors.values(), self.tables.offices.values(),
                  self.tables.coref.values(), self.tables.modifiers)
        for name, rows in self.armed_groups.items():
            builder.add({name, *(a for row in rows for a in row.aliases)}, Entry("armed", name))
        for person in self.persons.values():
            aliases = {a for term in person.terms for a in term.aliases}
            add_person(builder, person.key, person.name, sorted(aliases), skip=self.tables.common_surnames,
                       never_alone=self.tables.never_alone)
        self.skeletons = builder.skeletons()
        return builder.build()

    def __getstate__(self) -> dict[str, object]:
        """Pickle without the spaCy caches and the memos that grow with the texts read (rebuilt lazily in the
        receiving process)."""
        state = dict(self.__dict__)
        state["_matchers"], state["_tokenizer"] = {}, None
        state["_fuzzy"], state["_fuzzy_misses"], state["_refs"] = {}, set(), {}
        return state

    # --- public API -------------------------------------------------------------------------------
    def find_mentions(self, doc: Doc, *, on: date | None) -> list[Mention]:
        """Actor mentions of a Doc at a date: non-overlapping, sorted, longest match."""
        compose, atoms_of = _mention_steps()
        return compose(doc, atoms_of(self, doc), self, on or date.today())

    def resolve(self, text: str, *, on: date | None = None) -> ActorRef | None:
        """The actor a short text names at a date ("President Tokayev", "Kazakh police"), or None."""
        from .matching import tokenize

        doc = tokenize(self, text.strip())
        mentions = self.find_mentions(doc, on=on)
        if not mentions:
            return None
        best = max(mentions, key=lambda m: (m.end_token - m.start_token, -m.start_token))
        return best.actor.with_text(text.strip())

    def recode(self, ref: ActorRef, on: date) -> ActorRef:
        """The same actor coded at another date (an event's own date, not the article's): armed groups and
        named persons take the code valid then (Hayat Tahrir al-Sham: SYRREB until 2024-12-07, then SYRGOV);
        other actors are returned unchanged."""
        from .compose import armed_ref, person_ref

        if ref.name in self.armed_groups and any(g.qid == ref.id for g in self.armed_groups[ref.name]):
            return armed_ref(self, ref.name, on).with_text(ref.text)
        person = self.persons.get(ref.id or "") if ref.id else None
        if person is not None and ref.name == person.name:
            return person_ref(self, person, on).with_text(ref.text)
        return ref

    def members(self, code: str, *, on: date | None = None) -> frozenset[str]:
        """ISO3 members of an IGO or group at a date (nested bodies expanded); a state gives itself."""
        return frozenset(self._members(code.upper(), on, frozenset()))

    def country_name(self, iso3: str) -> str | None:
        """Short English name of a state, IGO or group code."""
        code = iso3.upper()
        if code in self.states:
            return self.states[code].name
        body = self.bodies.get(code)
        return body.name if body else None

    # --- helpers used by composition and the CLI functions ------------------------------------------
    def _members(self, code: str, on: date | None, seen: frozenset[str]) -> set[str]:
        if code in self.states:
            return {code}
        if code == t.ALL_UN:
            return {s.iso3 for s in self.states.values() if s.un_member}
        body = self.bodies.get(code)
        if body is None or code in seen:
            return set()
        out: set[str] = set()
        for member in body.members:
            if member.active(on):
                out |= self._members(member.code, on, seen | {code})
        return out

    def cameo_of(self, code: str) -> str:
        """The CAMEO prefix of a state or body code (``KAZ``, ``IGOUNO``, ``CAS``)."""
        if code in self.states:
            return self.states[code].cameo
        body = self.bodies.get(code)
        return body.cameo if body else code

    def office_rank(self, office: str) -> int:
        found = self.tables.offices.get(office)
        return found.rank if found else 50

    def office_sector(self, office: str) -> str:
        """CAMEO sector of an office's holders; ``cameo_<agent>`` offices (from PETRARCH) carry it."""
        found = self.tables.offices.get(office)
        if found:
            return found.sector
        return office[len(CAMEO_OFFICE):].upper() if office.startswith(CAMEO_OFFICE) else "GOV"

    def leader_office(self, code: str) -> str:
        state = self.states.get(code)
        return state.leader_office if state else "head_of_state"

    def armed_group(self, name: str, on: date) -> t.ArmedGroup:
        """The row of an armed group in force on a date (else the latest one begun before it, else the first)."""
        rows = self.armed_groups[name]
        active = [g for g in rows if g.active(on)]
        if active:
            return active[-1]
        begun = [g for g in rows if g.start is None or g.start <= on]
        return begun[-1] if begun else rows[0]

    def holder(self, country: str, office: str, on: date) -> Person | None:
        """Who held ``office`` of ``country`` on a date (the latest-starting active term), or None.

        Many-seat offices (``single_holder`` 0) have no one holder: None."""
        found = self.tables.offices.get(office)
        if found is not None and not found.single:
            return None
        active = [(term, person) for term, person in self._holders.get((country, office), ())
                  if term.active(on)]
        if not active:
            return None
        return max(active, key=lambda tp: tp[0].start or date.min)[1]


def name_kind(path: Path) -> str:
    return path.stem


def _expand(paths: Sequence[Path]) -> list[Path]:
    out: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            out.extend(sorted(path.glob("*.csv")))
        elif path.is_file():
            out.append(path)
        else:
            raise ActorDataError("actor overlay not found", source=str(path))
    return out


def _data_version(paths: Sequence[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return "actors-" + digest.hexdigest()[:10]


def _group_persons(terms: object) -> dict[str, Person]:
    rows_all = list(terms)  # type: ignore[call-overload]
    qid_of_name = {r.name: r.qid for r in rows_all if r.qid}
    grouped: dict[str, list[t.Term]] = defaultdict(list)
    for term in rows_all:
        grouped[term.qid or qid_of_name.get(term.name) or term.name].append(term)
    out = {}
    for key, rows in grouped.items():
        rows.sort(key=lambda r: r.start or date.min)
        qid = next((r.qid for r in rows if r.qid), None)
        out[key] = Person(key=key, name=rows[-1].name, qid=qid, country=rows[-1].country, terms=tuple(rows))
    return out


def _group_armed(rows: object) -> dict[str, list[t.ArmedGroup]]:
    grouped: dict[str, list[t.ArmedGroup]] = defaultdict(list)
    for row in rows:  # type: ignore[attr-defined]
        grouped[row.name].append(row)
    for group in grouped.values():
        group.sort(key=lambda g: g.start or date.min)
    return dict(grouped)


def _index_holders(persons: object) -> dict[tuple[str, str], list[tuple[t.Term, Person]]]:
    index: dict[tuple[str, str], list[tuple[t.Term, Person]]] = defaultdict(list)
    for person in persons:  # type: ignore[attr-defined]
        for term in person.terms:
            index[(term.country, term.office)].append((term, person))
    return index


@functools.cache
def _mention_steps() -> tuple[Any, Any]:
    """``compose`` and ``atoms_of``, imported on first use (they import spaCy, which loading the KB does not
    need) and then kept: an import statement in ``find_mentions`` would run for every document."""
    from .compose import compose
    from .matching import atoms_of

    return compose, atoms_of
