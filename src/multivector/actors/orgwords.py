"""The word lists of the organisation constructions (``organisation_words.csv``, ``media_words.csv``,
``community_groups.csv``, ``regions.csv``), the state of one Doc being scanned, and the helpers every
construction reads it with (name words, a place right before a name)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .. import tokens
from ..errors import ActorDataError
from .tables import read_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB
    from .matching import Atom


KB_NAMES = ("igo", "ngo", "group", "armed", "legislature", "state", "metonym", "person", "title")
PLACE_ENTRIES = ("state", "demonym", "metonym")
KB_WHOLE = ("igo", "ngo", "armed", "legislature")  # bodies the KB names as a whole
WORD_KINDS = ("head", "lowhead", "topic", "suffix", "member", "glue", "international", "intergovernmental",
              "public", "cue", "unit", "subgov", "unitadj", "armed")  # the kind column of organisation_words.csv
MEDIA_KINDS = ("head", "name", "noun")
NAME_GLUE = frozenset({"of", "for", "and", "&", "the", "-"})  # with the foreign particles of the word list
POSSESSIVE = frozenset({"'s", "\u2019s"})
ARTICLES = frozenset({"the", "a", "an"})
PUBLIC_HEADS = frozenset({"Council", "Committee"})
MAX_NAME = 8
MAX_PAPER = 3
NAME_TAGS = ("NN", "JJ", "CD")  # capitalised stop words that may open a name ("Third World ...")
MAX_CUES = 2  # "the ruling | conservative | X Party"
MEDIA = "MED"
GOV = "GOV"


@dataclass(frozen=True)
class OrganisationWords:
    """The word lists of ``organisation_words.csv``, ``media_words.csv``, ``community_groups.csv`` and
    ``regions.csv``."""

    heads: dict[str, str]  # capitalised head noun -> sector ('' : needs a topic or cue)
    low_heads: dict[str, str]  # lowercase heads after a name ("the Umma party")
    topics: dict[str, str]  # lowercase word inside a name -> sector
    suffixes: dict[str, str]  # ending of such a word -> sector ("Dockworkers" -> LAB)
    members: dict[str, str]  # "leaders" -> CVL, "clerics" -> REL: the leading members of a community
    glue: frozenset[str]  # lowercase words inside names ("of", "cha")
    communities: dict[str, tuple[str, str]]  # "Yoruba" -> (NGA, ethnic), "Shiite" -> ('', religious)
    international: frozenset[str]
    intergovernmental: frozenset[str]
    public: frozenset[str]
    cues: dict[str, str]  # lowercase word before a party -> sector
    units: dict[str, str]  # "provincial" -> province
    subgov: frozenset[str]
    unit_adjectives: frozenset[str]
    media_heads: frozenset[str]
    media_names: dict[tuple[str, ...], str]  # name tokens -> ISO3 or ''
    media_nouns: frozenset[str]
    regions: dict[tuple[str, ...], dict[str, str]]  # region name tokens -> unit -> ISO3
    triggers: frozenset[str] = frozenset()  # every word (or lowercase word) one of the constructions starts at
    spotted: frozenset[str] = frozenset()  # the triggers, their lower-case forms and the member words: the
    # lower-case words a Doc must have for any construction to start in it
    media_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # media names by 1st word
    regions_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)  # regions by 1st word
    regions_last: frozenset[str] = frozenset()  # the last words of the region names
    armed: dict[str, str] = field(default_factory=dict)  # word right before a head -> armed sector ("Defence")


@dataclass(frozen=True)
class OrgName:
    """An organisation found in tokens ``[start, end)`` with its display name, country and sector."""

    start: int
    end: int
    name: str
    country: str | None
    sector: str


def _data_dir() -> Path:
    return Path(str(resources.files("multivector.actors") / "data"))


def _by_kind(path: Path, kinds: tuple[str, ...], value: str) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {kind: {} for kind in kinds}
    for line, row in read_rows(path):
        if row.get("kind") not in out or not row.get("word"):
            raise ActorDataError(f"row needs a word and a kind in {list(kinds)}", source=str(path), line=line)
        out[row["kind"]][row["word"]] = row.get(value, "")
    return out


def _communities(data: Path) -> dict[str, tuple[str, str]]:
    path = data / "community_groups.csv"
    out = {}
    for line, row in read_rows(path):
        if not row.get("word") or row.get("kind") not in ("ethnic", "religious", "tribal"):
            raise ActorDataError("community needs a word and a kind (ethnic, religious, tribal)", source=str(path),
                                 line=line)
        out[row["word"]] = (row.get("country", ""), row["kind"])
    return out


def _regions(path: Path) -> dict[tuple[str, ...], dict[str, str]]:
    out: dict[tuple[str, ...], dict[str, str]] = {}
    for line, row in read_rows(path):
        if not (row.get("name") and row.get("country") and row.get("unit")):
            raise ActorDataError("region needs a name, a country and a unit", source=str(path), line=line)
        out.setdefault(tuple(row["name"].split()), {})[row["unit"]] = row["country"]
    return out


@lru_cache(maxsize=1)
def load_organisation_words(data: Path | None = None) -> OrganisationWords:
    """The packaged organisation, media and region lists (or those of another folder)."""
    data = data or _data_dir()
    words = _by_kind(data / "organisation_words.csv", WORD_KINDS, "sector")
    media = _by_kind(data / "media_words.csv", MEDIA_KINDS, "country")
    found = OrganisationWords(
        heads=words["head"], low_heads=words["lowhead"], topics=words["topic"], suffixes=words["suffix"],
        members=words["member"], glue=NAME_GLUE | frozenset(words["glue"]), communities=_communities(data),
        international=frozenset(words["international"]), intergovernmental=frozenset(words["intergovernmental"]),
        public=frozenset(words["public"]), cues=words["cue"], armed=words["armed"], units=words["unit"],
        subgov=frozenset(words["subgov"]), unit_adjectives=frozenset(words["unitadj"]),
        media_heads=frozenset(media["head"]), media_names={tuple(k.split()): v for k, v in media["name"].items()},
        media_nouns=frozenset(media["noun"]), regions=_regions(data / "regions.csv"))
    triggers = _triggers(found)
    return replace(found, triggers=triggers, media_by_first=_by_first_word(found.media_names),
                   regions_by_first=_by_first_word(found.regions),
                   regions_last=frozenset(name[-1] for name in found.regions if name),
                   spotted=frozenset(triggers | {w.lower() for w in triggers} | found.members.keys()))


def _by_first_word(names: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Names grouped by their first word, in their given order (so a lookup tries only the names that can
    start at a token)."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {first: tuple(group) for first, group in out.items()}


def _triggers(words: OrganisationWords) -> frozenset[str]:
    """The words a construction may start at, or (lowercase ones) whose lowercase form it may start at."""
    firsts = {name[0] for name in (*words.regions, *words.media_names)}
    return frozenset(firsts | set(words.heads) | set(words.low_heads) | words.media_heads | words.media_nouns
                     | set(words.communities) | set(words.units) | words.unit_adjectives | words.subgov)


class _Scan:
    """One Doc being scanned, with its atoms, the KB, the word lists and the Doc's token arrays (the
    constructions read words by index: no Token objects)."""

    __slots__ = ("atoms", "doc", "flags", "kb", "lowers", "size", "stops", "tags", "texts", "words")

    def __init__(self, doc: Doc, atoms: list[Atom], kb: ActorKB, words: OrganisationWords) -> None:
        arrays = tokens.of(doc)
        self.doc, self.atoms, self.kb, self.words = doc, atoms, kb, words
        self.texts, self.lowers, self.tags, self.stops = arrays.texts, arrays.lowers, arrays.tags, arrays.stops
        self.flags, self.size = arrays.sent_flags, arrays.size

    def atom_at(self, k: int) -> Atom | None:
        return next((a for a in self.atoms if a.start <= k < a.end), None)

    def state_of(self, atom: Atom | None) -> str | None:
        """The state a place atom names (not an ethnic minority's kin state), or None."""
        if atom is None or atom.first("person", "title") and not atom.first(*PLACE_ENTRIES):
            return None
        entry = atom.first(*PLACE_ENTRIES)
        if entry is None or entry.key not in self.kb.states:
            return None
        return None if self.kb.tables.ethnonyms.get(self.lowers[atom.end - 1]) is True else entry.key

    def opens(self, k: int) -> bool:
        """``doc[k].is_sent_start`` is True."""
        return self.flags[k] == 1

    def text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        return tokens.span_text(self.doc, start, end)


def _name_word(scan: _Scan, k: int) -> bool:
    """A capitalised word of a name ("Justice", "People", "Al-Ahram"), not a capitalised function word (nor
    punctuation: a word that starts with an upper-case letter is never ``Token.is_punct``)."""
    text, tag = scan.texts[k], scan.tags[k]
    return text[:1].isupper() and not (scan.stops[k] and text.istitle() and tag[:2] not in NAME_TAGS) \
        and not tag.startswith("VB")


def _place_before(scan: _Scan, start: int) -> tuple[str, int] | None:
    """A state right before a name or its cue ("Turkey's | ruling ...", "Zimbabwean | opposition ...")."""
    k = start - int(start > 0 and scan.texts[start - 1] in POSSESSIVE)
    atom = next((a for a in scan.atoms if a.end == k), None)
    country = scan.state_of(atom)
    return (country, atom.start) if country and atom is not None else None
