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

    from ..tokens import TokenArrays
    from .kb import ActorKB

HYPHENS = frozenset({"-", "\u2013"})
PLACE_NAME_KINDS = frozenset({"state", "demonym", "metonym"})  # tested against ``Atom.kinds``
NAME_HEAD_KINDS = frozenset({"metonym", "legislature"})


def drop_name_parts(doc: Doc, atoms: list[Atom], kb: ActorKB) -> list[Atom]:
    """The atoms without those that are only a piece of a longer name (see the module docstring)."""
    arrays = tokens.of(doc)  # the tests read words from the arrays: no Token objects
    present = arrays.word_set
    # per-Doc gates: a test whose cue word the Doc lacks cannot drop any atom; per atom, each test needs a kind
    hyphens = not HYPHENS.isdisjoint(present)
    regions = not _region_words().isdisjoint(present)
    buildings = not _place_phrases()[1].isdisjoint(present)
    heads = "of" in present
    texts, kept = arrays.texts, []
    for atom in atoms:
        kinds = atom.kinds
        place = not kinds.isdisjoint(PLACE_NAME_KINDS)
        if atom.end - atom.start == 1 and (hyphens and _glued_caps(arrays, atom, atoms)
                                          or place and atom.start > 0 and texts[atom.start - 1].istitle()
                                          and _surname_place(arrays, atom, kb, atoms)) \
                or heads and not kinds.isdisjoint(NAME_HEAD_KINDS) and _opens_org_name(arrays, atom, atoms) \
                or place and regions and _in_region(arrays, atom) \
                or buildings and "sector" in kinds and _names_building(arrays.lowers, atom):
            continue
        kept.append(atom)
    return kept


def _covered(atoms: list[Atom], k: int) -> bool:
    return any(a.start <= k < a.end for a in atoms)


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


def _in_region(arrays: TokenArrays, atom: Atom) -> bool:
    """A place atom inside a listed world-region name ("Latin America", "South American")."""
    lowers, region_words = arrays.lowers, _region_words()
    if not (atom.start > 0 and lowers[atom.start - 1] in region_words
            or atom.end < arrays.size and lowers[atom.end] in region_words):
        return False  # a quick test: most places have no region word next to them
    for words in _place_phrases()[0]:
        for start in range(max(0, atom.end - len(words)), atom.start + 1):
            end = start + len(words)
            if end >= atom.end and end <= arrays.size and tuple(lowers[start:end]) == words:
                return True
    return False


def _names_building(lowers: list[str], atom: Atom) -> bool:
    """A sector word right before a listed building noun ("a police station", "army barracks")."""
    return atom.end < len(lowers) and lowers[atom.end] in _place_phrases()[1] \
        and PLACE_NAME_KINDS.isdisjoint(atom.kinds)


def _glued_caps(arrays: TokenArrays, atom: Atom, atoms: list[Atom]) -> bool:
    """A one-token all-caps atom joined by a hyphen (no spaces) to an all-caps word no atom covers
    (``str.isupper``/``isalpha`` are spaCy's IS_UPPER/IS_ALPHA tests)."""
    texts, spaces = arrays.texts, arrays.spaces
    if not texts[atom.start].isupper():
        return False
    for gap, word in ((atom.start - 1, atom.start - 2), (atom.end, atom.end + 1)):
        if word < 0 or word >= len(texts) or texts[gap] not in HYPHENS or _covered(atoms, word):
            continue
        first = min(word, atom.start)  # the three tokens first..first+2 must touch
        glued = not spaces[first] and not spaces[first + 1]
        if glued and texts[word].isupper() and texts[word].isalpha():
            return True
    return False


def _surname_place(arrays: TokenArrays, atom: Atom, kb: ActorKB, atoms: list[Atom]) -> bool:
    """A one-word place atom (no person) right after a capitalised word (the caller's test) that names a
    state after a given name ("Matthew England", "Michael Chad") or after a capitalised name and a middle
    initial ("Lynndie R. England")."""
    texts, k = arrays.texts, atom.start - 1
    if "person" in atom.kinds or not arrays.spaces[k] or _covered(atoms, k):
        return False
    if _initial(texts[k]):
        return k >= 1 and texts[k - 1].istitle() and len(texts[k - 1]) > 2 and not _covered(atoms, k - 1)
    return kb.tables.never_alone.get(fold_accents(texts[k])) == GIVEN


def _initial(text: str) -> bool:
    """A middle initial: one capital letter and a full stop ("R.")."""
    return len(text) == 2 and text[0].isupper() and text[1] == "."


def _opens_org_name(arrays: TokenArrays, atom: Atom, atoms: list[Atom]) -> bool:
    """A capitalised metonym (or legislature) before "of [the]" and a capitalised run that is not just one
    state's name ("Congress of South African Trade Unions", "Congress of Racial Equality"); "Congress of the
    Philippines" keeps its metonym."""
    texts, lowers, size = arrays.texts, arrays.lowers, arrays.size
    if atom.end + 1 >= size or lowers[atom.end] != "of" or not texts[atom.start].istitle():
        return False
    by_start = {a.start: a for a in atoms}
    k = atom.end + 1
    k += int(lowers[k] == "the" and k not in by_start)
    end, parts = k, []
    while end < size and (end in by_start or texts[end].istitle()):
        found = by_start.get(end)
        parts.append(found)
        end = found.end if found is not None else end + 1
    if not parts:
        return False
    return not (len(parts) == 1 and parts[0] is not None and parts[0].first("state"))
