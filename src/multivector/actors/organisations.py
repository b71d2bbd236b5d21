"""Organisations the KB does not list by name: parties, associations, media and sub-national governments.

Four general constructions, each coded only with the country the mention itself gives (a place inside the
name, "of [the] <state>" after it, or "<state>['s]" right before it) — never from the rest of the article:

* A named body: capitalised name words around a head noun of ``organisation_words.csv`` ("the ruling Justice
  and Development Party", "the National Union of Mineworkers", "Association of African Jurists", "the Umma
  (Nation) party"). The head gives the sector (Party -> PTY, Association -> NGO); topic words inside the name
  refine it (Mineworkers -> LAB, Liberation -> REB) and a cue before it decides a party's side ("ruling" ->
  GOV, "opposition" -> OPP). A bracketed gloss inside or after the name is part of the name. Names of many
  countries ("World", "African", "International") take no country; of states or governments they are IGO.
  Councils and committees with a public word ("Council of Ministers", "Security Council") are left alone.
* Media: a named newspaper ("the Washington Post" -> USAMED, "La Prensa" -> MED; ``media_words.csv``) and
  the nouns "the daily", "a newspaper", "a Pakistani weekly" -> MED / PAKMED.
* Sub-national governments: "the government of Sindh province", "the Punjab provincial government", "the
  Texas state government", "Chechnya's regional administration" -> the country's GOV. ``regions.csv`` maps
  well-known provinces and states to their country; a name two countries share (Punjab) is told apart by the
  unit the text names ("provincial" -> Pakistan, "state" -> India), else it is left alone.
The KB wins: a name it knows as a whole (an IGO, NGO, armed group, state or place) is left to it.
The word lists and the scanning state live in orgwords.py; media, sub-national governments and community leaders
in orgplaces.py; this module finds named bodies and runs all four constructions.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from .. import tokens
from ..model import ActorRef, Mention
from ..titlecase import title_cased
from .conventions import mention_of
from .orgplaces import _community, _listed_medium, _media_noun, _subnational
from .orgwords import (
    KB_NAMES,
    KB_WHOLE,
    MAX_CUES,
    MAX_NAME,
    MAX_PAPER,
    MEDIA,
    PLACE_ENTRIES,
    POSSESSIVE,
    PUBLIC_HEADS,
    OrganisationWords,
    OrgName,
    _name_word,
    _place_before,
    _Scan,
    load_organisation_words,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB
    from .matching import Atom

ARMED_SECTORS = frozenset({"UAF", "REB"})  # cue sectors that make any named body an armed group

__all__ = ["OrgName", "OrganisationWords", "load_organisation_words", "organisation_mentions",
           "organisation_names", "organisation_ref"]


# --- entry point --------------------------------------------------------------------------------------------
def organisation_mentions(doc: Doc, atoms: list[Atom], kb: ActorKB, taken: Iterable[int] = ()
                          ) -> tuple[list[Mention], list[Atom]]:
    """Mentions of the organisations, media and sub-national governments of a Doc (outside the ``taken``
    tokens) and the atoms outside them, for composing the rest."""
    found = organisation_names(doc, atoms, kb, frozenset(taken))
    if not found:
        return [], atoms
    mentions = [mention_of(doc, f.start, f.end, organisation_ref(kb, f), "sector") for f in found]
    covered = {k for f in found for k in range(f.start, f.end)}
    return mentions, [a for a in atoms if covered.isdisjoint(range(a.start, a.end))]


def organisation_ref(kb: ActorKB, found: OrgName) -> ActorRef:
    """``<country><sector>`` (a body of many states: ``IGO``; none: the bare sector)."""
    if not found.sector:  # a people the KB knows ("Kurdish leaders" -> KUR)
        return ActorRef(text="", id=None, name=found.name, code=kb.cameo_of(found.country or ""),
                        country=found.country, sector=None, role=None)
    if found.sector == "IGO" or not found.country:
        return ActorRef(text="", id=None, name=found.name, code=found.sector, country=None, sector=found.sector,
                        role=None)
    return ActorRef(text="", id=None, name=found.name, code=kb.cameo_of(found.country) + found.sector,
                    country=found.country, sector=found.sector, role=None)


def organisation_names(doc: Doc, atoms: list[Atom], kb: ActorKB, taken: frozenset[int] = frozenset(),
                       words: OrganisationWords | None = None) -> list[OrgName]:
    """The organisations of a Doc in text order, not overlapping each other or the ``taken`` tokens."""
    words = words or load_organisation_words()
    arrays = tokens.of(doc)
    if arrays.word_set.isdisjoint(words.spotted):
        return []  # most texts name no such body
    texts, lowers = arrays.texts, arrays.lowers
    triggers, members = words.triggers, words.members
    ks: set[int] = set()
    # one scan of the lower-case words finds every candidate: a trigger word (as written or in lower case), or
    # the word before a member word
    for k in tokens.positions(lowers, words.spotted):
        if texts[k] in triggers or lowers[k] in triggers:
            ks.add(k)
        if k > 0 and lowers[k] in members:
            ks.add(k - 1)
    if not ks:
        return []
    scan = _Scan(doc, atoms, kb, words)
    out: list[OrgName] = []
    for k in sorted(ks):
        if out and k < out[-1].end or k in taken:
            continue
        found = _found_at(scan, k)
        if found is None or not taken.isdisjoint(range(found.start, found.end)):
            continue
        while out and out[-1].end > found.start:  # a name that reaches back over an earlier, shorter find
            out.pop()
        out.append(found)
    return out


def _found_at(scan: _Scan, k: int) -> OrgName | None:
    """The first construction that finds a body at token ``k``; each is tried only when token ``k`` (or the
    next one) is a word it must start with."""
    words, text, low, lowers = scan.words, scan.texts[k], scan.lowers[k], scan.lowers
    if (text in words.regions_by_first or low in words.units or low in words.unit_adjectives or low in words.subgov
            or text in POSSESSIVE) and (found := _subnational(scan, k)) is not None:
        return found
    if text in words.media_nouns and (found := _media_noun(scan, k)) is not None:
        return found
    if text in words.media_by_first and (found := _listed_medium(scan, k)) is not None:
        return found
    if (text in words.heads or text in words.low_heads or text in words.media_heads) \
            and (found := _named(scan, k)) is not None:
        return found
    if k + 1 < scan.size and lowers[k + 1] in words.members:
        return _community(scan, k)
    return None


# --- named bodies -------------------------------------------------------------------------------------------
def _named(scan: _Scan, k: int) -> OrgName | None:
    """A named body whose head noun is token ``k`` ("... Party", "Association of ...", "Washington Post")."""
    span = _name_span(scan, k)
    if span is None:
        return None
    start, end, paper = span
    words, lowers = scan.words, scan.lowers
    sector = MEDIA if paper else _sector(scan, start, end, k)
    if sector is None or scan.texts[k] in PUBLIC_HEADS and any(lowers[i] in words.public for i in range(start, end)):
        return None
    cue_start, cue = _cue(scan, start)
    sector = cue if cue and sector in ("PTY", "") else sector  # "the ruling X Union": a party in power
    sector = _armed(scan, k, cue) or sector
    if not sector:
        return None
    places = {i for a in scan.atoms if a.start < end and a.end > start and a.first(*PLACE_ENTRIES)
              for i in range(a.start, a.end)}
    own = {lowers[i] for i in range(start, end) if i not in places}  # "Society of the United States" is no IGO
    name = scan.text_of(start, end)
    if own & words.intergovernmental:
        return OrgName(cue_start, end, name, None, "IGO")
    before = _place_before(scan, cue_start)
    if before is not None:
        return OrgName(before[1], end, name, before[0], sector)
    if own & words.international:
        return OrgName(cue_start, end, name, None, sector)
    own_end = end if end > k + 1 and lowers[k + 1] == "of" else k + 1  # "for|on <place>": a topic
    inside = {c for a in scan.atoms if start <= a.start and a.end <= own_end and (c := scan.state_of(a))}
    return OrgName(cue_start, end, name, inside.pop() if len(inside) == 1 else None, sector)


def _name_span(scan: _Scan, k: int) -> tuple[int, int, bool] | None:
    """Tokens ``[start, end)`` of the name around head ``k``, and whether it is a newspaper's; None when the
    head heads no name here (a head alone, a name the KB knows, a name before a title, a headline's verb)."""
    words, texts, text = scan.words, scan.texts, scan.texts[k]
    low = text.islower() and text in words.low_heads
    if not (low or (text in words.heads or text in words.media_heads) and _proper(scan, k)):
        return None
    if low and not (k > 0 and (texts[k - 1][:1].isupper() or texts[k - 1] == ")")):
        return None  # "the party": not a name
    paper = text in words.media_heads
    start = _paper_start(scan, k) if paper else _left_edge(scan, k, words.glue)
    end = k + 1 if low or paper and start < k else _right_edge(scan, k + 1, words.glue)
    first = scan.atom_at(start)
    if first is not None and first.start == start and first.end < k and texts[first.end] in POSSESSIVE:
        start = first.end + 1  # "Somalia's | Islamic Party": the place is the owner, not part of the name
    if start == k and end == k + 1:
        return None  # a head word alone ("the Party", "Post")
    end = _gloss_end(scan, end, words.glue) if not (low or paper) else end
    if _known(scan, start, end, k) or _followed_by_name(scan, end) or paper and _headline(scan.doc, k) \
            or any(tag.startswith("VB") for tag in scan.tags[start:end]):
        return None
    return start, end, paper


def _paper_start(scan: _Scan, k: int) -> int:
    """First word of a newspaper's name ending at ``k``: plain name words only ("Los Angeles | Times")."""
    start = k
    while start > 0 and k - start < MAX_PAPER and _name_word(scan, start - 1):
        start -= 1
    return start


def _headline(doc: Doc, k: int) -> bool:
    """Whether token ``k`` stands in a title-case headline ("Musharraf to Retain Army Post")."""
    start, end = tokens.sentence_range(doc, k)
    return title_cased(doc[start:end], share=0.8, min_words=4)


def _proper(scan: _Scan, k: int) -> bool:
    return scan.texts[k][:1].isupper() and not scan.tags[k].startswith("VB")


def _left_edge(scan: _Scan, k: int, glue: frozenset[str]) -> int:
    """First token of the name that ends in the head at ``k``: name words, glue between them, brackets."""
    texts, lowers = scan.texts, scan.lowers
    start = k
    while start > 0:
        prev = start - 1
        if _name_word(scan, prev) and not (scan.opens(prev) and scan.stops[prev]):
            start -= 1
        elif texts[prev] == ")" and (opening := _bracket_open(scan, prev, glue)) is not None and opening > 0 \
                and _name_word(scan, opening - 1):
            start = opening  # "Umma (Nation) party"
        elif (lowers[prev] in glue or texts[prev] in POSSESSIVE) and lowers[prev] != "the" and start - 2 >= 0 \
                and _name_word(scan, start - 2) and _name_word(scan, start):
            start -= 1
        else:
            break
        if k - start >= MAX_NAME:
            break
    while start < k and not _name_word(scan, start):
        start += 1
    return start


def _right_edge(scan: _Scan, end: int, glue: frozenset[str]) -> int:
    """End of "of|for [the] Name Words" after a head ("Association | of African Jurists")."""
    lowers, size = scan.lowers, scan.size
    if end >= size or lowers[end] not in ("of", "for", "against", "on"):
        return end
    k = end + 1 + int(end + 1 < size and lowers[end + 1] == "the")
    stop = k
    while stop < size and stop - k < MAX_NAME and (_name_word(scan, stop) or (
            lowers[stop] in glue and stop + 1 < size and _name_word(scan, stop + 1) and stop > k)):
        stop += 1
    while stop > k and not _name_word(scan, stop - 1):
        stop -= 1
    return stop if stop > k else end


def _bracket_open(scan: _Scan, close: int, glue: frozenset[str]) -> int | None:
    """The "(" of a short bracket of name words that closes at token ``close``."""
    texts, k = scan.texts, close - 1
    while k > 0 and close - k <= 4 and texts[k] != "(":
        if not (_name_word(scan, k) or scan.lowers[k] in glue):
            return None
        k -= 1
    return k if texts[k] == "(" and k < close - 1 else None


def _gloss_end(scan: _Scan, end: int, glue: frozenset[str]) -> int:
    """End of a bracketed gloss right after a name ("Homeland Union | (Conservatives)"), else ``end``."""
    texts, size = scan.texts, scan.size
    if end >= size or texts[end] != "(":
        return end
    k = end + 1
    while k < size and k - end <= 4 and (_name_word(scan, k) or scan.lowers[k] in glue):
        k += 1
    return k + 1 if k < size and texts[k] == ")" and k > end + 1 else end


def _known(scan: _Scan, start: int, end: int, head: int) -> bool:
    """A name the KB knows as a whole ("European Union", "Security Council") or whose head is a KB word."""
    for atom in scan.atoms:
        if atom.end <= start or atom.start >= end:
            continue
        if atom.start <= head < atom.end and atom.first(*KB_NAMES) or atom.first("title", "person") and \
                not atom.first(*PLACE_ENTRIES) or atom.end - atom.start >= 2 and atom.first(*KB_WHOLE):
            return True
    return False


def _followed_by_name(scan: _Scan, end: int) -> bool:
    """A title, person or capitalised word right after the name: the name only qualifies it ("Labour Party
    leader X", "Times Square")."""
    if end >= scan.size:
        return False
    atom = scan.atom_at(end)
    return atom is not None and atom.first("title", "person") is not None or _name_word(scan, end)


def _sector(scan: _Scan, start: int, end: int, head: int) -> str | None:
    """The sector of the name ``[start, end)`` with head ``head``: the head's, refined by topic words ('' when
    only a cue can decide it)."""
    words, head_word = scan.words, scan.texts[head]
    sector = words.low_heads[head_word] if head_word.islower() else words.heads[head_word]
    topics = [s for i in range(start, end) if (s := _topic(words, scan.lowers[i]))]
    special = next((t for t in topics if t != "PTY"), None)
    if special and (sector in ("", "NGO") or special == "REB"):
        return special
    if sector == "" and "PTY" in topics:
        return "PTY"
    return sector


def _armed(scan: _Scan, head: int, cue: str) -> str | None:
    """The armed sector of a name whose head follows an armed word ("Ulster Defence Association": UAF) or that
    an armed cue introduces ("the loyalist paramilitary X Association"); None for other names."""
    if cue in ARMED_SECTORS:
        return cue
    return scan.words.armed.get(scan.texts[head - 1]) if head > 0 else None


def _topic(words: OrganisationWords, word: str) -> str | None:
    if word in words.topics:
        return words.topics[word]
    return next((sector for end, sector in words.suffixes.items() if word.endswith(end)), None)


def _cue(scan: _Scan, start: int) -> tuple[int, str]:
    """A party cue among the few lowercase words before a name ("the ruling", "the main opposition"):
    the new start and the cue's sector ('' none)."""
    texts, lowers, tags, k, found = scan.texts, scan.lowers, scan.tags, start, ""
    while k > 0 and start - k < MAX_CUES and texts[k - 1].islower() and texts[k - 1].isalpha() \
            and lowers[k - 1] != "the" and tags[k - 1][:2] in ("JJ", "NN", "VB"):
        k -= 1
        found = found or scan.words.cues.get(lowers[k], "")
    return (k, found) if found else (start, "")
