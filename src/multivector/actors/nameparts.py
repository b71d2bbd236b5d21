"""Atoms that are only part of another name, dropped before composing: an acronym inside an all-caps hyphenated
place ("PORT-AU-PRINCE" is not the African Union), a state name used as a surname after a given name or a
middle initial ("Matthew England", "Lynndie R. England"), and a legislature's metonym opening an organisation's
name ("Congress of South African Trade Unions" is no US Congress: the sector phrase after "of" is the actor).
``place_phrases.csv`` lists two more: a world region whose name holds a state's name ("Latin America" is no
USA), and a building or site named after a sector word ("a police station" is no police)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .. import tokens
from .lexicon import GIVEN, fold_accents
from .matching import Atom
from .tables import read_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB

HYPHENS = frozenset({"-", "\u2013"})
PLACE_NAME_KINDS = frozenset({"state", "demonym", "metonym"})  # tested against ``Atom.kinds``
NAME_HEAD_KINDS = frozenset({"metonym", "legislature"})


def drop_name_parts(doc: Doc, atoms: list[Atom], kb: ActorKB) -> list[Atom]:
    """The atoms without those that are only a piece of a longer name (see the module docstring)."""
    arrays = tokens.of(doc)
    texts, present = arrays.texts, arrays.word_set  # the tests read words from the arrays: no Token objects
    covered = {k for a in atoms for k in range(a.start, a.end)}
    # per-Doc gates: a test whose cue word the Doc lacks cannot drop any atom
    hyphens = not HYPHENS.isdisjoint(present)
    regions = not _region_words().isdisjoint(present)
    buildings = not _place_phrases()[1].isdisjoint(present)
    heads = "of" in present
    return [a for a in atoms if not (
        a.end - a.start == 1 and (hyphens and _glued_caps(doc, texts, a, covered)
                                  or _surname_place(doc, texts, a, kb, covered))
        or heads and _opens_org_name(doc, texts, a, atoms) or regions and _in_region(doc, texts, a)
        or buildings and _names_building(texts, a))]


@lru_cache(maxsize=1)
def _place_phrases() -> tuple[frozenset[tuple[str, ...]], frozenset[str]]:
    """World-region names (lower-case word tuples) and building nouns of ``place_phrases.csv``."""
    path = Path(str(resources.files("multivector.actors") / "data" / "place_phrases.csv"))
    regions, buildings = set(), set()
    for _, row in read_rows(path):
        words = tuple(row["phrase"].lower().split())
        (regions.add(words) if row["kind"] == "region" else buildings.add(" ".join(words)))
    return frozenset(regions), frozenset(buildings)


@lru_cache(maxsize=1)
def _region_words() -> frozenset[str]:
    return frozenset(w for words in _place_phrases()[0] for w in words)


def _in_region(doc: Doc, texts: list[str], atom: Atom) -> bool:
    """A place atom inside a listed world-region name ("Latin America", "South American")."""
    if PLACE_NAME_KINDS.isdisjoint(atom.kinds) or not _region_words() & {
            texts[k].lower() for k in (atom.start - 1, atom.end) if 0 <= k < len(texts)}:
        return False  # a quick test: most places have no region word next to them
    for words in _place_phrases()[0]:
        for start in range(max(0, atom.end - len(words)), atom.start + 1):
            end = start + len(words)
            if end >= atom.end and end <= len(doc) and tuple(t.lower_ for t in doc[start:end]) == words:
                return True
    return False


def _names_building(texts: list[str], atom: Atom) -> bool:
    """A sector word right before a listed building noun ("a police station", "army barracks")."""
    return ("sector" in atom.kinds and atom.end < len(texts)
            and texts[atom.end].lower() in _place_phrases()[1] and PLACE_NAME_KINDS.isdisjoint(atom.kinds))


def _glued_caps(doc: Doc, texts: list[str], atom: Atom, covered: set[int]) -> bool:
    """A one-token all-caps atom joined by a hyphen (no spaces) to an all-caps word no atom covers
    (``str.isupper``/``isalpha`` are spaCy's IS_UPPER/IS_ALPHA tests)."""
    if atom.end - atom.start != 1 or not texts[atom.start].isupper():
        return False
    for gap, word in ((atom.start - 1, atom.start - 2), (atom.end, atom.end + 1)):
        if word < 0 or word >= len(texts) or texts[gap] not in HYPHENS or word in covered:
            continue
        first = min(word, atom.start)  # the three tokens first..first+2 must touch
        glued = not doc[first].whitespace_ and not doc[first + 1].whitespace_
        if glued and texts[word].isupper() and texts[word].isalpha():
            return True
    return False


def _surname_place(doc: Doc, texts: list[str], atom: Atom, kb: ActorKB, covered: set[int]) -> bool:
    """A one-word state name right after a capitalised given name ("Matthew England", "Michael Chad") or after
    a capitalised name and a middle initial ("Lynndie R. England")."""
    if atom.end - atom.start != 1 or PLACE_NAME_KINDS.isdisjoint(atom.kinds) or "person" in atom.kinds:
        return False
    k = atom.start - 1
    if k < 0 or k in covered or not texts[k].istitle() or not doc[k].whitespace_:
        return False
    if _initial(texts[k]):
        return k >= 1 and k - 1 not in covered and texts[k - 1].istitle() and len(texts[k - 1]) > 2
    return kb.tables.never_alone.get(fold_accents(texts[k])) == GIVEN


def _initial(text: str) -> bool:
    """A middle initial: one capital letter and a full stop ("R.")."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _opens_org_name(doc: Doc, texts: list[str], atom: Atom, atoms: list[Atom]) -> bool:
    """A capitalised metonym before "of [the]" and a capitalised run that is not just one state's name
    ("Congress of South African Trade Unions", "Congress of Racial Equality"); "Congress of the Philippines"
    keeps its metonym."""
    if NAME_HEAD_KINDS.isdisjoint(atom.kinds) or atom.end + 1 >= len(texts) or texts[atom.end].lower() != "of":
        return False
    if not texts[atom.start].istitle():
        return False
    by_start = {a.start: a for a in atoms}
    k = atom.end + 1
    k += int(doc[k].lower_ == "the" and k not in by_start)
    end, parts = k, []
    while end < len(doc) and (end in by_start or doc[end].is_title):
        found = by_start.get(end)
        parts.append(found)
        end = found.end if found is not None else end + 1
    if not parts:
        return False
    return not (len(parts) == 1 and parts[0] is not None and parts[0].first("state"))
