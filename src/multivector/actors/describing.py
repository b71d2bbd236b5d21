"""Place names that only describe the noun after them: "the Iraq war allies", "Poland to decide on Iraq pullout",
"France criticizes Iraq hostage mediators", "Kabul hostages", "Iraq hostage Ken Bigley".

A state or city NAME (not a demonym: "Iraqi debt", "a German proposal" name an owner; not an abbreviation:
"US planes", "UK minister" are adjectives) used as a compound modifier of a lowercase common noun that is no
actor word names where or what the noun is about, not a participant: the place mention goes. Two word classes
in ``data/place_modified_nouns.csv`` refine this:

* ``party`` nouns keep the place: it is a party to them or their owner ("North Korea talks", "the Iran
  deal", "United States support", "Belgrade radio");
* ``outsider`` nouns (hostages, aid workers, journalists) are not coded by the place even as a sector noun:
  "Iraq hostage" is held in Iraq, it is no Iraqi civilian (``held_abroad``).

Misparses are left alone: a nominal read as the root of its sentence, or any noun of a sentence without a
verb, may be a headline verb ("Israel levels new accusations", "Pakistan tests missile"); a place right after
a verb may be its indirect object ("offer Moscow wheat"). Legislatures keep their mention ("a Senate panel").
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from .. import tokens
from .tables import words_by_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..model import Mention
    from .lexicon import Entry
    from .matching import Atom

NAME_KINDS = frozenset({"state", "metonym"})  # noun-form names; demonyms describe nationality
NOUN_TAGS = frozenset({"NN", "NNS"})
MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return words_by_kind(Path(str(resources.files("multivector.actors") / "data" / "place_modified_nouns.csv")))


def _abbreviation(text: str) -> bool:
    """'US', 'U.S.', 'UK': written as letters, used as adjectives."""
    return not any(ch.islower() for ch in text)


def held_abroad(doc: Doc, place_atom: Atom, place: Entry, sector_atom: Atom) -> bool:
    """Does a state's name right before an outsider noun only say where its people are ("Iraq hostage")?"""
    if place.kind != "state" or sector_atom.start != place_atom.end:
        return False
    phrase = " ".join(tokens.lowers(doc)[sector_atom.start:sector_atom.end])
    return phrase in _words().get("outsider", frozenset()) and \
        not _abbreviation("".join(tokens.texts(doc)[place_atom.start:place_atom.end]))


def describes(doc: Doc, mention: Mention, taken: set[int]) -> bool:
    """Is a place-name mention only a modifier of the common noun after it (see the module docstring)?
    ``taken`` holds the tokens of every mention and the starts of every lexicon word, so a following actor
    word keeps the place ("its Havana ambassador")."""
    arrays = tokens.of(doc)
    noun = mention.end_token
    if not _noun_after(arrays, mention) or _actor_word(arrays, noun, taken) or not arrays.has_parse:
        return False
    last, deps, tags, lowers = noun - 1, arrays.deps, arrays.tags, arrays.lowers
    if _abbreviation(arrays.texts[mention.start_token]) or deps[last] not in MODIFIER_DEPS:
        return False
    if mention.actor.sector == "LEG" or not _verb_before(doc, mention.start_token, noun):
        return False
    head = arrays.heads[last]
    if head <= last or tags[head] not in NOUN_TAGS or deps[head] == "ROOT" or _actor_word(arrays, head, taken):
        return False
    party = _words().get("party", frozenset())
    return lowers[noun] not in party and lowers[head] not in party


def _actor_word(arrays: tokens.TokenArrays, i: int, taken: set[int]) -> bool:
    """Is token ``i`` an actor word that keeps the place before it (not an outsider noun: "Kabul hostages")?"""
    return i in taken and arrays.lowers[i] not in _words().get("outsider", frozenset())


def _verb_before(doc: Doc, start: int, noun: int) -> bool:
    """Does the sentence of token ``noun`` have a verb, and none right before the place ("offer Moscow wheat")?"""
    tags = tokens.tags(doc)
    if start > 0 and tags[start - 1].startswith("VB"):
        return False
    first, end = tokens.sentence_range(doc, noun)  # ``Token.sent``: a parsed Doc has sentences
    sentence = tags[first:end]
    return "MD" in sentence or any(map(str.startswith, sentence, repeat("VB")))


def drop_describing(doc: Doc, mentions: list[Mention], words: set[int]) -> list[Mention]:
    """The mentions without the place names that only describe the noun after them; ``words`` are the start
    tokens of the lexicon's words (titles, sector nouns)."""
    arrays = tokens.of(doc)
    suspects = [m for m in mentions if m.kind in NAME_KINDS and _noun_after(arrays, m)]
    if not suspects:
        return list(mentions)  # no place name before a lowercase common noun: nothing to drop
    taken = words | {k for m in mentions for k in range(m.start_token, m.end_token)}
    dropped = {id(m) for m in suspects if describes(doc, m, taken)}
    return [m for m in mentions if id(m) not in dropped] if dropped else list(mentions)


def _noun_after(arrays: tokens.TokenArrays, mention: Mention) -> bool:
    """Is a name mention followed by a lowercase common noun (the cheap first test of :func:`describes`)?"""
    end = mention.end_token
    if mention.kind not in NAME_KINDS or end >= arrays.size or arrays.tags[end] not in NOUN_TAGS:
        return False
    text = arrays.texts[end]
    return text.isalpha() and text.islower()
