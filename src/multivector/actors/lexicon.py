"""The alias lexicon: every name, demonym, metonym, title and sector noun, keyed the way the matcher sees it.

A key is ``("O", text)`` for a one-word proper name or abbreviation, matched case-sensitively on ORTH
("US" must not match "us", "Trump" not "trump"), or ``("L", lowered text)`` for phrases and common nouns,
matched on LOWER.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .tables import Body, CorefWord, Office, SectorWord, State

MatchKey = tuple[str, str]
MIN_DERIVED_SURNAME = 4
GIVEN = "given"
MIN_SKELETON_WORD = 6
VOWELS = frozenset("aeiou")
FUZZY_KINDS = frozenset({"person", "state", "demonym", "metonym"})
SKELETON_RULES = (("dzh", "j"), ("dj", "j"), ("zh", "j"), ("kh", "h"), ("gh", "g"), ("ck", "k"), ("ph", "f"),
                  ("q", "k"), ("w", "v"), ("y", "i"), ("ou", "u"))


@dataclass(frozen=True)
class Entry:
    """What an alias may denote: ``kind`` (state, demonym, metonym, legislature, igo, group, armed, person,
    title, sector, coref, modifier) and ``key`` (ISO3, body code, person key, office, sector code, phrase)."""

    kind: str
    key: str
    derived: bool = False


def fold_accents(text: str) -> str:
    """``Élysée`` -> ``Elysee``; typographic apostrophes become ASCII."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def skeleton(word: str) -> str:
    """A transliteration-blind key of a one-word name: Tokayev, Tokaev, Toqaev -> ``tokaev``;
    Japarov, Djaparov, Zhaparov -> ``japarov``. Empty for words too short to be told apart safely."""
    if len(word) < MIN_SKELETON_WORD:
        return ""
    text = fold_accents(word).lower()
    for old, new in SKELETON_RULES:
        text = text.replace(old, new)
    if not text.isalpha():
        return ""
    out: list[str] = []
    for char in text:
        if not out or char != out[-1]:
            out.append(char)
    kept = [c for i, c in enumerate(out)
            if not (c == "i" and 0 < i < len(out) - 1 and out[i - 1] in VOWELS and out[i + 1] in VOWELS)]
    return "".join(kept)


def match_key(alias: str) -> MatchKey:
    """The matcher key of an alias: case-sensitive for one-word proper names, lower-cased otherwise."""
    if " " not in alias and alias != alias.lower():
        return ("O", alias)
    return ("L", alias.lower())


def variants(alias: str) -> set[str]:
    """The alias, its accent-folded form, and both without a leading 'the '."""
    out = {alias, fold_accents(alias)}
    for form in list(out):
        if form.lower().startswith("the ") and len(form) > 4:
            out.add(form[4:])
    return {v for v in out if v.strip()}


class LexiconBuilder:
    """Collects ``alias -> entries``; later entries for the same key are kept after earlier ones."""

    def __init__(self) -> None:
        self.entries: dict[MatchKey, list[Entry]] = defaultdict(list)

    def add(self, aliases: Iterable[str], entry: Entry, *, fold: bool = True) -> None:
        for alias in aliases:
            for form in (variants(alias) if fold else {alias}):
                bucket = self.entries[match_key(form)]
                if entry not in bucket:
                    bucket.append(entry)

    def has_named(self, key: MatchKey) -> bool:
        return any(e.kind != "person" for e in self.entries.get(key, ()))

    def skeletons(self) -> dict[str, tuple[Entry, ...]]:
        """Transliteration-blind keys of one-word person and state names, demonyms and capitals, for words
        the exact lexicon misses ("Afganistan", "Tokaev")."""
        out: dict[str, list[Entry]] = defaultdict(list)
        for (mode, text), entries in self.entries.items():
            key = skeleton(text) if mode == "O" else ""
            for entry in entries:
                if key and entry.kind in FUZZY_KINDS:
                    fuzzy = Entry(entry.kind, entry.key, derived=True)
                    if fuzzy not in out[key]:
                        out[key].append(fuzzy)
        return {k: tuple(v) for k, v in out.items()}

    def build(self) -> dict[MatchKey, tuple[Entry, ...]]:
        return {k: tuple(v) for k, v in self.entries.items()}


def add_states(builder: LexiconBuilder, states: Iterable[State]) -> None:
    for s in states:
        builder.add((s.name, s.official_name, *s.aliases), Entry("state", s.iso3))
        builder.add(s.demonyms, Entry("demonym", s.iso3))
        builder.add((*s.capitals, *s.metonyms), Entry("metonym", s.iso3))
        builder.add(s.legislatures, Entry("legislature", s.iso3))


def add_bodies(builder: LexiconBuilder, bodies: Iterable[Body]) -> None:
    for b in bodies:
        kind = "igo" if b.kind in ("igo", "ngo") else "group"
        builder.add((b.name, *b.aliases), Entry(kind, b.code))
        builder.add(b.metonyms, Entry("metonym", b.code))


def add_words(builder: LexiconBuilder, sectors: Iterable[SectorWord], offices: Iterable[Office],
              coref: Iterable[CorefWord], modifiers: Iterable[str]) -> None:
    for s in sectors:
        builder.add((s.phrase,), Entry("sector", s.phrase.lower()), fold=False)
    for o in offices:
        builder.add(o.titles, Entry("title", o.office), fold=False)
        builder.add({plural(t) for t in o.titles if t.islower()}, Entry("titles", o.office), fold=False)
    for c in coref:
        builder.add((c.phrase,), Entry("coref", c.phrase), fold=False)
    for m in modifiers:
        builder.add((m,), Entry("modifier", m.lower()), fold=False)


def plural(title: str) -> str:
    """The plural of a lower-case title: "foreign minister" -> "foreign ministers", "head of state" ->
    "heads of state", "secretary of state" -> "secretaries of state"."""
    words = title.split()
    at = words.index("of") - 1 if "of" in words[1:] else len(words) - 1
    word = words[at]
    if word.endswith("y") and word[-2:-1] not in VOWELS:
        words[at] = word[:-1] + "ies"
    elif word.endswith(("s", "sh", "ch", "x")):
        words[at] = word + "es"
    elif word.endswith("man"):
        words[at] = word[:-3] + "men"
    else:
        words[at] = word + "s"
    return " ".join(words)


def add_person(builder: LexiconBuilder, key: str, name: str, aliases: Iterable[str], *,
               skip: frozenset[str] = frozenset(), never_alone: Mapping[str, str] | None = None) -> None:
    """A person's name and aliases; the surname of each multi-word name is added as a derived alias,
    unless it is a common surname in ``skip`` ("Khan", "Johnson": only explicit aliases name them) or a word
    in ``never_alone`` (given names, weekdays, months, common words: "Omar", "Friday"). An explicit one-word
    alias is kept unless it is a calendar or common word ("May")."""
    never_alone = never_alone or {}
    names = [n for n in (name, *aliases) if " " in n.strip() or never_alone.get(fold_accents(n)) in (None, GIVEN)]
    builder.add(names, Entry("person", key))
    for full in names:
        parts = full.split()
        surname = parts[-1] if len(parts) > 1 else ""
        if not _distinctive_surname(surname, skip, never_alone):
            continue
        for form in variants(surname):
            if not builder.has_named(match_key(form)):
                builder.add((form,), Entry("person", key, derived=True), fold=False)


def _distinctive_surname(word: str, skip: frozenset[str], never_alone: Mapping[str, str]) -> bool:
    """Long enough, capitalised, not a common surname and not a word that never names a person alone."""
    return (len(word) >= MIN_DERIVED_SURNAME and word[0].isupper() and word not in skip
            and fold_accents(word) not in never_alone)
