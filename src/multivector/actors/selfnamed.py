"""Armed groups a text names by a naming construction, unlisted in the KB.

  "a group calling itself X", "the group, which calls itself X", "an organisation that identified itself as X",
  "a militant group known as X", "a previously unknown group, X, said", "X, a militant group, said"
X becomes the mention of an armed non-state group: sector REB, as "militants" are (docs/coding.md), with the
country of a state or demonym inside the group's own phrase ("an Iraqi militant group") and otherwise none --
never the victim's. The group's phrase must call it armed ("militant", "insurgent") or, for the "calling itself"
constructions, stand in a sentence about violence ("kidnapped", "beheaded"). Cue words: data/selfnamed.csv.
:func:`naming_sites` also gives the group noun each name belongs to, so the coder reads "the group" as X.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .. import tokens
from ..model import ActorRef, Mention
from .conventions import mention_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB
    from .matching import Atom

DATA_FILE = Path(__file__).parent / "data" / "selfnamed.csv"
SECTOR = "REB"
RELATIVES = frozenset({",", "which", "that", "who"})
CONNECTORS = frozenset({"of", "al", "the", "in", "for", "and", "-", "'s", "el", "ul", "wal", "al-"})
QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "''", "``"})
NP_DEPS = frozenset({"det", "amod", "advmod", "compound", "npadvmod", "nmod", "nummod"})
MAX_NAME = 12
SITES_KEY = tokens.CACHE_PREFIX + "naming_sites"  # Doc.user_data key of the Doc's naming sites


@dataclass(frozen=True)
class NamingWords:
    """Cue words of naming constructions (see module docstring)."""

    self_cues: tuple[tuple[str, ...], ...]  # "calls itself": may follow "which", "that" or a comma
    direct_cues: tuple[tuple[str, ...], ...]  # "known as", "called": right after the group noun
    nouns: frozenset[str]
    armed: frozenset[str]
    unknown: frozenset[str]
    violent: frozenset[str]
    gates: frozenset[str]  # one of them is in every construction: a cue's first word, an armed or unknown word


@dataclass(frozen=True)
class Site:
    """A name ``[start, end)`` given to the group noun at ``head``, whose phrase starts at ``np_start``."""

    head: int
    np_start: int
    start: int
    end: int


@lru_cache(maxsize=1)
def load_naming_words(path: Path = DATA_FILE) -> NamingWords:
    """The cue words of data/selfnamed.csv by role."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [(r["phrase"].strip().lower(), r["role"].strip()) for r in csv.DictReader(handle)]

    def words(role: str) -> frozenset[str]:
        return frozenset(p for p, r in rows if r == role)

    self_cues = tuple(tuple(p.split()) for p, r in rows if r == "self")
    direct_cues = tuple(tuple(p.split()) for p, r in rows if r == "direct")
    gates = frozenset(c[0] for c in (*self_cues, *direct_cues)) | words("armed") | words("unknown")
    return NamingWords(self_cues=self_cues, direct_cues=direct_cues, nouns=words("noun"), armed=words("armed"),
                       unknown=words("unknown"), violent=words("violent"), gates=gates)


def naming_sites(doc: Doc) -> list[Site]:
    """Every group noun of ``doc`` that the text names by a naming construction, with the name's tokens.

    Found once per Doc (composing mentions and the coder's mention index both ask), kept in ``doc.user_data``
    under a :data:`tokens.CACHE_PREFIX` key with the Doc's length (a retokenized Doc is searched again)."""
    found = doc.user_data.get(SITES_KEY)
    if found is None or found[0] != len(doc):
        found = doc.user_data[SITES_KEY] = (len(doc), tuple(_find_sites(doc)))
    return list(found[1])


def _find_sites(doc: Doc) -> list[Site]:
    words = load_naming_words()
    arrays = tokens.of(doc)
    present = arrays.word_set  # a set test against the Doc's distinct words, not a pass over its tokens
    if words.nouns.isdisjoint(present) or words.gates.isdisjoint(present):
        return []
    lowers = arrays.lowers  # cached per Doc: read only
    sites: list[Site] = []
    tags = arrays.tags
    for h in tokens.positions(lowers, words.nouns):
        if tags[h].startswith("NN"):
            site = _named_after(doc, lowers, h, words) or _named_before(doc, lowers, h, words)
            if site is not None:
                sites.append(site)
    return sites


def selfnamed_mentions(doc: Doc, atoms: list[Atom], kb: ActorKB, taken: Iterable[int] = ()
                       ) -> tuple[list[Mention], list[Atom]]:
    """Mentions of the self-named armed groups of ``doc`` (outside the ``taken`` tokens, and not names the
    lexicon already knows as a whole) and the atoms outside them."""
    sites = naming_sites(doc)
    if not sites:
        return [], atoms
    blocked = frozenset(taken)
    found: list[Mention] = []
    for site in sites:
        if blocked.intersection(range(site.start, site.end)) or _known(atoms, site):
            continue
        found.append(mention_of(doc, site.start, site.end, _group_ref(doc, atoms, kb, site), "group"))
    covered = {k for m in found for k in range(m.start_token, m.end_token)}
    return found, [a for a in atoms if covered.isdisjoint(range(a.start, a.end))] if found else atoms


def _group_ref(doc: Doc, atoms: list[Atom], kb: ActorKB, site: Site) -> ActorRef:
    country = next((e.key for a in atoms if site.np_start <= a.start and a.end <= site.head
                    for e in a.all("state", "demonym") if e.key in kb.states), None)
    name = _strip_quotes(doc, site.start, site.end)
    code = (kb.cameo_of(country) if country else "") + SECTOR
    return ActorRef(text="", id=None, name=name, code=code, country=country, sector=SECTOR, role=None)


def _strip_quotes(doc: Doc, start: int, end: int) -> str:
    texts = tokens.texts(doc)
    while start < end and texts[start] in QUOTES:
        start += 1
    while end > start and texts[end - 1] in QUOTES:
        end -= 1
    return tokens.span_text(doc, start, end)


def _known(atoms: list[Atom], site: Site) -> bool:
    """Whether one lexicon atom spans the whole name ("Hamas, a militant group"): the KB codes it."""
    return any(a.start <= site.start and site.end <= a.end and a.first("armed", "group", "igo", "state")
               for a in atoms)


# --- constructions ------------------------------------------------------------------------------------------
def _named_after(doc: Doc, lowers: list[str], h: int, words: NamingWords) -> Site | None:
    """ "a group (, which) calls itself X", "a group known as X", "a previously unknown group, X, said"."""
    k = h + 1
    # a direct cue, but not a past verb ("called for")
    cue = _cue_at(lowers, k, words.direct_cues) if k < len(lowers) and tokens.tags(doc)[k] != "VBD" else None
    while cue is None and k < len(doc) and lowers[k] in RELATIVES and k - h <= 2:
        k += 1
    cue = cue or _cue_at(lowers, k, words.self_cues)
    if cue is None and not (k < len(doc) and lowers[h + 1] == ","):
        return None  # neither a cue nor an apposition
    np_start = _np_start(doc, h)
    phrase = set(lowers[np_start:h + 1])
    if cue is not None:
        armed = not words.armed.isdisjoint(phrase) or not words.violent.isdisjoint(_sentence(doc, lowers, h))
        span = _name_forward(doc, lowers, k + len(cue))
    else:  # apposition: only a group the text calls unknown and armed
        violent = not words.violent.isdisjoint(_sentence(doc, lowers, h))
        armed = not words.unknown.isdisjoint(phrase) and (violent or not words.armed.isdisjoint(phrase))
        span = _name_forward(doc, lowers, h + 2) if k < len(doc) and lowers[h + 1] == "," else None
        if span is not None and (span[1] >= len(doc) or lowers[span[1]] not in (",", "--")):
            span = None
    return Site(h, np_start, *span) if armed and span is not None else None


def _named_before(doc: Doc, lowers: list[str], h: int, words: NamingWords) -> Site | None:
    """ "X, a militant group, said": an armed group's phrase set off after its name."""
    if words.armed.isdisjoint(lowers[max(0, h - 5):h]):
        return None  # the phrase starts at most five words before its noun (_np_start)
    np_start = _np_start(doc, h)
    if np_start < 2 or lowers[np_start] not in ("a", "an") or lowers[np_start - 1] != ",":
        return None
    if words.armed.isdisjoint(lowers[np_start:h]):
        return None
    span = _name_backward(doc, lowers, np_start - 1)
    return Site(h, np_start, *span) if span is not None else None


def _cue_at(lowers: list[str], k: int, cues: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    return next((c for c in cues if tuple(lowers[k:k + len(c)]) == c), None)


def _np_start(doc: Doc, h: int) -> int:
    arrays = tokens.of(doc)
    deps, heads, start = arrays.deps, arrays.heads, h
    while start > 0 and h - start < 5 and deps[start - 1] in NP_DEPS and start - 1 <= heads[start - 1] <= h:
        start -= 1
    return start


def _sentence(doc: Doc, lowers: list[str], h: int) -> set[str]:
    sent = doc[h].sent
    return set(lowers[sent.start:sent.end])


def _capitalised(doc: Doc, k: int) -> bool:
    arrays = tokens.of(doc)
    return arrays.texts[k][:1].isupper() and not arrays.tags[k].startswith("PRP")


def _name_forward(doc: Doc, lowers: list[str], k: int) -> tuple[int, int] | None:
    """The name starting at token ``k`` (after an optional "the"): a quoted phrase or a run of capitalised
    words joined by connectors ("Islamic Army in Iraq", "al-Tawhid wal-Jihad")."""
    texts = tokens.texts(doc)
    if k < len(texts) and lowers[k] == "the":
        k += 1
    if k < len(texts) and texts[k] in QUOTES:
        close = next((j for j in range(k + 1, min(len(texts), k + MAX_NAME)) if texts[j] in QUOTES), None)
        return (k, close + 1) if close is not None and close > k + 1 else None
    end = k
    while end < len(texts) and end - k < MAX_NAME and (_capitalised(doc, end) or lowers[end] in CONNECTORS
                                                        or texts[end].startswith("al-")):
        end += 1
    while end > k and not _capitalised(doc, end - 1):
        end -= 1
    return (k, end) if end > k and _capitalised(doc, k) else None


def _name_backward(doc: Doc, lowers: list[str], comma: int) -> tuple[int, int] | None:
    """The capitalised name ending right before ``comma`` ("Ansar al-Sunna, a militant group")."""
    first = doc[comma].sent.start
    end = start = comma
    while start > first and end - start < MAX_NAME \
            and (_capitalised(doc, start - 1) or lowers[start - 1] in CONNECTORS):
        start -= 1
    while start < end and not _capitalised(doc, start):
        start += 1
    if start == first and not doc[start].tag_.startswith("NNP"):
        start += 1  # a sentence's first word is capitalised whatever it is
    return (start, end) if start < end and _capitalised(doc, start) else None
