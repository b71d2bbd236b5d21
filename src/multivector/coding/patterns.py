"""Event patterns as data: verb and noun realisations of CAMEO codes, indexed by lemma for fast matching.

Pattern files are CSVs with the header ``kind,lemma,particle,object,prep,cameo,mode,context,note``
(package data in ``coding/data/patterns/``, plus optional user overlays in the same format).

- ``verb`` rows: ``lemma`` is the verb lemma, ``particle`` an optional phrasal particle, ``object`` optional
  direct-object noun lemmas (``|``-separated), ``prep`` an optional preposition introducing the recipient.
- ``noun`` rows: ``lemma`` is the head noun of a nominal event, ``prep`` the preposition of its participants.
- ``mode``/``context`` override the ontology's PLOVER mapping of ``cameo`` when given.

An overlay row with the same key (kind, lemma, particle, objects, prep) replaces the package row; an overlay
row whose ``cameo`` is ``-`` removes it.
"""

from __future__ import annotations

import functools
import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from multivector.coding.ontology import DATA_DIR, Ontology, read_csv, split_multi
from multivector.errors import ConfigError

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

PATTERN_DIR = DATA_DIR / "patterns"
CONTAINER_FILE = DATA_DIR / "container_nouns.csv"
OWNER_NOUN_FILE = DATA_DIR / "owner_nouns.csv"
TRANSITIVE_VERB_FILE = DATA_DIR / "transitive_verbs.csv"
AGAIN_VERB_FILE = DATA_DIR / "again_verbs.csv"
RELOCATION_VERB_FILE = DATA_DIR / "relocation_verbs.csv"
THEME_OWNER_FILE = DATA_DIR / "theme_owner_nouns.csv"
THREAT_RECODE_FILE = DATA_DIR / "threat_recode.csv"
HEADER: tuple[str, ...] = ("kind", "lemma", "particle", "object", "prep", "cameo", "mode", "context", "note")
KINDS = frozenset({"verb", "noun"})
REMOVE = "-"


@dataclass(frozen=True)
class Pattern:
    """One event pattern. ``id`` is e.g. ``verb:hold+talk+with`` or ``verb:call_off+talk``."""

    id: str
    kind: str
    lemma: str
    particle: str | None
    objects: tuple[str, ...]
    prep: str | None
    cameo: str
    mode: str | None
    context: tuple[str, ...]
    note: str = ""
    source: str = ""

    @property
    def key(self) -> tuple[str, str, str | None, tuple[str, ...], str | None]:
        """Identity of the pattern's trigger, used for overriding and duplicate checks."""
        return (self.kind, self.lemma, self.particle, self.objects, self.prep)

    @property
    def specificity(self) -> tuple[int, int]:
        """(particle, rank): object+prep 3 > object 2 > prep 1 > bare lemma 0."""
        rank = 2 * bool(self.objects) + bool(self.prep)
        return (int(self.particle is not None), rank)

    @property
    def full_id(self) -> str:
        """The whole pattern with every object noun and its file position, for explanations."""
        head = f"{self.kind}:{self.lemma}" + (f"_{self.particle}" if self.particle else "")
        parts = [head] + (["|".join(self.objects)] if self.objects else []) + ([self.prep] if self.prep else [])
        return "+".join(parts) + (f" ({self.source})" if self.source else "")

    def matches(self, particles: Iterable[str], objects: Iterable[str], preps: Iterable[str]) -> bool:
        """True when every slot the pattern requires is present."""
        if self.particle is not None and self.particle not in particles:
            return False
        if self.objects and not any(o in objects for o in self.objects):
            return False
        return self.prep is None or self.prep in preps


def make_id(kind: str, lemma: str, particle: str | None, objects: tuple[str, ...], prep: str | None) -> str:
    """Short readable pattern id: ``kind:lemma[_particle][+first object][+prep]``.

    Only the first object noun is named (``verb:sign+agreement+with``); the full row is in ``Pattern.source``
    and in the explanation.
    """
    head = f"{kind}:{lemma}" + (f"_{particle}" if particle else "")
    parts = [head] + ([objects[0]] if objects else []) + ([prep] if prep else [])
    return "+".join(parts)


def parse_row(row: dict[str, str], source: str, ont: Ontology) -> Pattern | tuple[str, tuple]:
    """Turn one CSV row into a Pattern (or a removal marker); raises ValueError on bad content."""
    kind, lemma = row["kind"].lower(), row["lemma"].lower()
    if kind not in KINDS:
        raise ValueError(f"kind must be verb or noun, not {row['kind']!r}")
    if not lemma or " " in lemma:
        raise ValueError(f"lemma must be one word, not {row['lemma']!r}")
    particle = row["particle"].lower() or None
    objects = tuple(o.lower() for o in split_multi(row["object"]))
    prep = row["prep"].lower() or None
    if kind == "noun" and (particle or objects):
        raise ValueError("noun patterns take no particle or object")
    key = (kind, lemma, particle, objects, prep)
    cameo = row["cameo"]
    if cameo == REMOVE:
        return ("remove", key)
    mode, context = _check_coding(cameo, row["mode"] or None, split_multi(row["context"]), ont)
    return Pattern(make_id(*key), kind, lemma, particle, objects, prep, cameo, mode, context,
                   row.get("note", ""), source)


def _check_coding(cameo: str, mode: str | None, context: tuple[str, ...],
                  ont: Ontology) -> tuple[str | None, tuple[str, ...]]:
    if not ont.has_cameo(cameo):
        raise ValueError(f"unknown CAMEO code {cameo!r}")
    mapping = ont.plover_for(cameo)
    if mapping is None:
        if mode or context:
            raise ValueError(f"CAMEO {cameo} is a statement (no PLOVER type); mode/context not allowed")
        return None, ()
    if mode and not ont.is_valid_mode(mapping.event_type, mode):
        raise ValueError(f"mode {mode!r} not allowed for {mapping.event_type}")
    unknown = [c for c in context if c not in ont.contexts]
    if unknown:
        raise ValueError(f"unknown context(s) {', '.join(unknown)}")
    return mode, context


def read_pattern_file(path: Path, ont: Ontology) -> list[Pattern | tuple[str, tuple]]:
    """Read one pattern CSV; raises ConfigError naming the file and line on any malformed row."""
    if tuple(_read_header(path)) != HEADER:
        raise ConfigError(f"header must be exactly {','.join(HEADER)}", source=str(path), line=1)
    out: list[Pattern | tuple[str, tuple]] = []
    for line, row in read_csv(path, HEADER):
        if row["kind"].startswith("#"):
            continue
        try:
            out.append(parse_row(row, f"{path.name}:{line}", ont))
        except (ValueError, TypeError, AttributeError) as e:
            raise ConfigError(str(e), source=str(path), line=line) from e
    return out


def _read_header(path: Path) -> list[str]:
    """The first row of a CSV file as stripped column names; ConfigError when unreadable."""
    try:
        first = path.read_text(encoding="utf-8").splitlines()[:1]
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read pattern file: {e}", source=str(path)) from e
    return [c.strip() for c in first[0].lstrip("\ufeff").split(",")] if first else []


class PatternTable:
    """All patterns, indexed by (kind, lemma) and ordered most specific first."""

    def __init__(self, patterns: Sequence[Pattern], version: str) -> None:
        self.patterns: tuple[Pattern, ...] = tuple(patterns)
        self.version = version
        self._verbs: dict[str, tuple[Pattern, ...]] = _index(p for p in self.patterns if p.kind == "verb")
        self._nouns: dict[str, tuple[Pattern, ...]] = _index(p for p in self.patterns if p.kind == "noun")
        self._particles: dict[str, frozenset[str]] = {
            lemma: frozenset(p.particle for p in pats if p.particle) for lemma, pats in self._verbs.items()}
        self.verb_lemmas: frozenset[str] = frozenset(self._verbs)
        self.noun_lemmas: frozenset[str] = frozenset(self._nouns)
        self.object_lemmas: frozenset[str] = frozenset(o for p in self.patterns for o in p.objects)
        self._verb_slots = {lemma: _slots(pats) for lemma, pats in self._verbs.items()}

    @classmethod
    def load(cls, *, overlays: Sequence[Path] = ()) -> PatternTable:
        """Package patterns plus user overlays (appended; same key overrides; cameo ``-`` removes)."""
        return _load_cached(tuple(str(Path(p)) for p in overlays))

    def __len__(self) -> int:
        return len(self.patterns)

    def match_verb(self, lemma: str, *, particles: set[str] | frozenset[str] = frozenset(),
                   objects: set[str] | frozenset[str] = frozenset(),
                   preps: set[str] | frozenset[str] = frozenset()) -> Pattern | None:
        """The most specific verb pattern whose slots are all present, or None.

        A particle that this verb has phrasal patterns for makes it a different verb ("call off"), so
        then only those phrasal patterns are tried.
        """
        slots = self._verb_slots.get(lemma)
        if slots is None:
            return None
        phrasal = bool(particles) and not self._particles[lemma].isdisjoint(particles)
        # object patterns cannot match when no given object is one of this lemma's objects: skip them
        for pat, particle, wanted, prep in (slots.all if objects and not slots.objects.isdisjoint(objects)
                                             else slots.objectless):
            if phrasal and particle is None:
                return None
            if (particle is None or particle in particles) and (not wanted or not wanted.isdisjoint(objects)) \
                    and (prep is None or prep in preps):
                return pat
        return None

    def object_words(self, lemma: str) -> frozenset[str]:
        """Every object word (incl. pseudo objects such as ``@inf``) of the lemma's verb patterns."""
        slots = self._verb_slots.get(lemma)
        return slots.objects if slots is not None else frozenset()

    def match_noun(self, lemma: str, *, preps: set[str] | frozenset[str] = frozenset()) -> Pattern | None:
        """The most specific noun pattern for ``lemma`` given the prepositions attached to it, or None."""
        for pat in self._nouns.get(lemma, ()):
            if pat.prep is None or pat.prep in preps:
                return pat
        return None

    def verb_patterns(self, lemma: str) -> tuple[Pattern, ...]:
        """All verb patterns of a lemma, most specific first."""
        return self._verbs.get(lemma, ())

    def noun_patterns(self, lemma: str) -> tuple[Pattern, ...]:
        """All noun patterns of a lemma, most specific first."""
        return self._nouns.get(lemma, ())


Slot = tuple[Pattern, str | None, frozenset[str], str | None]


@dataclass(frozen=True)
class _VerbSlots:
    """One lemma's verb patterns as (pattern, particle, object set, prep) rows for :meth:`PatternTable.match_verb`:
    all of them, those without objects, and every object word (same order as the patterns)."""

    all: tuple[Slot, ...]
    objectless: tuple[Slot, ...]
    objects: frozenset[str]


def _slots(patterns: tuple[Pattern, ...]) -> _VerbSlots:
    rows = tuple((p, p.particle, frozenset(p.objects), p.prep) for p in patterns)
    return _VerbSlots(rows, tuple(r for r in rows if not r[2]), frozenset(o for p in patterns for o in p.objects))


def _index(patterns: Iterable[Pattern]) -> dict[str, tuple[Pattern, ...]]:
    groups: dict[str, list[Pattern]] = {}
    for pat in patterns:
        groups.setdefault(pat.lemma, []).append(pat)
    # sorted() is stable, so file order breaks ties within equal specificity
    return {k: tuple(sorted(v, key=lambda p: p.specificity, reverse=True)) for k, v in groups.items()}


def lemma_set(path: Path) -> frozenset[str]:
    """The lower-cased ``lemma`` column of a word-list CSV (other columns are notes): the shared word-list loader."""
    return frozenset(row["lemma"].lower() for _, row in read_csv(path, ("lemma",)) if row["lemma"])


@functools.lru_cache(maxsize=2)
def load_container_nouns(path: Path = CONTAINER_FILE) -> frozenset[str]:
    """Quantity/container nouns ('a package of', 'a round of') that pass their role to the 'of' noun."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_owner_nouns(path: Path = OWNER_NOUN_FILE) -> frozenset[str]:
    """Nouns of intention ('the plans of X to ...', 'the bid of X') whose 'of' object is their owner."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_relocation_verbs(path: Path = RELOCATION_VERB_FILE) -> frozenset[str]:
    """Verbs that move people, whose to/from/into phrase names a place rather than the target."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_again_verbs(path: Path = AGAIN_VERB_FILE) -> dict[str, str]:
    """'re-' verbs that repeat their base act, mapped to the base lemma ('reimpose' -> 'impose')."""
    return {row["lemma"].lower(): row["base"].lower() for _, row in read_csv(path, ("lemma", "base"))
            if row["lemma"] and row["base"]}


@functools.lru_cache(maxsize=2)
def load_transitive_verbs(path: Path = TRANSITIVE_VERB_FILE) -> frozenset[str]:
    """Violent and coercive verbs that need an object; without one their subject is the victim."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_theme_owner_nouns(path: Path = THEME_OWNER_FILE) -> frozenset[str]:
    """Nouns of moving or placing assets ('the deployment of American missiles') whose 'of' object's owner acts."""
    return lemma_set(path)


@functools.lru_cache(maxsize=2)
def load_threat_recode(path: Path = THREAT_RECODE_FILE) -> dict[str, str]:
    """CAMEO prefix of an announced conflict act -> the THREATEN code (13x) it becomes; checked codes."""
    ont = Ontology.load()
    out: dict[str, str] = {}
    for line, row in read_csv(path, ("prefix", "cameo")):
        prefix, cameo = row["prefix"].strip(), row["cameo"].strip()
        mapping = ont.plover_for(cameo) if ont.has_cameo(cameo) else None
        if not prefix or mapping is None or mapping.event_type != "THREATEN":
            raise ConfigError(f"threat recode needs a prefix and a THREATEN code, not {cameo!r}",
                              source=str(path), line=line)
        out[prefix] = cameo
    return out


def package_files() -> list[Path]:
    """The package pattern files, in name order."""
    return sorted(PATTERN_DIR.glob("*.csv"))


def _merge(base: dict[tuple, Pattern], entries: list[Pattern | tuple[str, tuple]], *, path: Path,
           overlay: bool) -> None:
    for entry in entries:
        if isinstance(entry, tuple):
            base.pop(entry[1], None)
            continue
        if not overlay and entry.key in base:
            raise ConfigError(f"duplicate pattern {entry.id} (first at {base[entry.key].source})",
                              source=str(path), line=int(entry.source.rsplit(":", 1)[1]))
        base[entry.key] = entry


@functools.lru_cache(maxsize=8)
def _load_cached(overlays: tuple[str, ...]) -> PatternTable:
    ont = Ontology.load()
    merged: dict[tuple, Pattern] = {}
    digest = hashlib.sha256()
    files = [(p, False) for p in package_files()] + [(Path(p), True) for p in overlays]
    for path, is_overlay in files:
        if not path.is_file():
            raise ConfigError("pattern file not found", source=str(path))
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
        _merge(merged, read_pattern_file(path, ont), path=path, overlay=is_overlay)
    logger.debug("loaded %d patterns from %d files", len(merged), len(files))
    return PatternTable(list(merged.values()), digest.hexdigest()[:12])
