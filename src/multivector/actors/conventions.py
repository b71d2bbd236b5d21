"""CAMEO actor-coding conventions applied to composed mentions.

- An ethnic group is coded by the state where it lives, not by its kin state:
  "Bosnian Serbs", "Kosovo Albanians", "Iraq's Kurds", "Croatian Serb refugees" -> the first state;
  "ethnic Albanians in south Serbia", "the Albanians of southern Serbia" -> the state they are located in.
  A people named by its state, qualified by an ethnic adjective, is that state's ("Turkish Cypriots" -> CYP).
- An apposition gives a person the office it names ("Kofi Annan, UN secretary-general" -> the UN).
- A place that only qualifies something else is no actor ("a Saudi-owned weekly", "anti-Syria", "pro-Iranian").
- An acronym in brackets after an organisation's name is that organisation, not a person who shares it
  (used by ``compose``, like ``described_only``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import ActorRef, Mention
from .. import tokens
from ..tokens import span_parts

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .kb import ActorKB

POSSESSIVE = frozenset({"'s", "\u2019s", "'", "\u2019"})
HYPHENS = frozenset({"-", "\u2013"})
ETHNIC_CUES = frozenset({"ethnic"})
LOCATING = frozenset({"in", "of"})
APPOSITION_END = frozenset({",", ")", ".", ";", ":", "--", "\u2014"})
AFFIXES = frozenset({"affix", "attribute", "located"})  # "Saudi-owned", "Russian-language", "London-based"
APPOSED = frozenset({"person", "title"})
_NEW = object.__new__  # an instance without running its __init__ (see mention_of)
COMPOUND_OPENERS = frozenset({"state", "demonym"})  # the left mention of a compound
COMPOUND_KINDS = frozenset({"demonym", "group", "sector", "title", "person"})
ETHNIC_KINDS = frozenset({"demonym", "group"})  # the mentions _ethnic may recode


def mention_of(doc: Doc, start: int, end: int, ref: ActorRef, kind: str) -> Mention:
    """A mention of tokens ``[start, end)`` resolved to ``ref`` (``Mention(..., actor=ref.with_text(text))``).

    The frozen Mention is filled through its ``__dict__`` (as ``ActorRef.with_text`` fills the actor): its
    ``__init__`` sets each field with an ``object.__setattr__`` call, and composing builds about five mentions per
    Doc, most of them one word."""
    if end - start == 1:  # most mentions are one word: its text and offsets straight from the arrays
        arrays = tokens.of(doc)
        text = arrays.texts[start]
        start_char = arrays.starts[start]
        end_char = start_char + len(text)
    else:
        start_char, end_char, text = span_parts(doc, start, end)  # no Span, no Token objects
    mention = _NEW(Mention)
    vars(mention).update(start_char=start_char, end_char=end_char, start_token=start, end_token=end, text=text,
                         actor=ref.with_text(text), kind=kind)
    return mention


def described_only(doc: Doc, start: int, end: int, words: dict[str, str]) -> str | None:
    """How a place only qualifies the next word: ``affix`` ("Saudi-owned", "Bosnia-style"), ``prefix``
    ("pro-Kremlin"), ``against`` ("anti-Syria") or ``located`` ("London-based"); None when it does not."""
    arrays = tokens.of(doc)
    texts, gaps = arrays.texts, arrays.spaces
    if start >= 2 and texts[start - 1] in HYPHENS and not gaps[start - 2] and not gaps[start - 1] \
            and words.get(texts[start - 2].lower()) in ("prefix", "against"):
        return words[texts[start - 2].lower()]
    if end + 1 < len(texts) and texts[end] in HYPHENS and not gaps[end - 1] and not gaps[end] \
            and (kind := words.get(texts[end + 1].lower())) in AFFIXES:
        return "located" if kind == "located" else "affix"
    return None


def apply_conventions(doc: Doc, kb: ActorKB, mentions: Sequence[Mention]) -> list[Mention]:
    """Mentions with the conventions of this module applied, in text order."""
    kinds = {m.kind for m in mentions}  # each convention needs mentions of its kinds (merging only drops kinds)
    merged = _compounds(doc, kb, list(mentions)) if not kinds.isdisjoint(COMPOUND_OPENERS) else list(mentions)
    if not kinds.isdisjoint(ETHNIC_KINDS):
        merged = [_ethnic(doc, kb, merged, m) if m.kind in ETHNIC_KINDS else m for m in merged]
    return _appositions(doc, kb, merged) if APPOSED <= kinds else merged


# --- ethnic groups ----------------------------------------------------------------------------------------
def _compounds(doc: Doc, kb: ActorKB, mentions: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    n = 0
    while n < len(mentions):
        left = mentions[n]  # most mentions open no compound: their kind says so before any call
        joined = _compound(doc, kb, left, mentions[n + 1]) \
            if left.kind in COMPOUND_OPENERS and n + 1 < len(mentions) else None
        out.append(joined or mentions[n])
        n += 2 if joined is not None else 1
    return out


def _compound(doc: Doc, kb: ActorKB, left: Mention, right: Mention) -> Mention | None:
    """ "Bosnian Serbs" (state + ethnic group: the state's) or "Turkish Cypriots" (ethnic adjective + people
    of a state: that state's) as one mention; None when the two are not such a compound."""
    if left.kind not in COMPOUND_OPENERS or right.kind not in COMPOUND_KINDS or left.actor.sector \
            or right.start_token - left.end_token > 1 or left.actor.country not in kb.states:
        return None
    arrays = tokens.of(doc)
    gap = arrays.texts[left.end_token:right.start_token]
    possessive = gap and len(gap) == 1 and gap[0] in POSSESSIVE and left.kind == "state"
    if gap and not possessive:
        return None
    first = right.start_token
    word = arrays.lowers[first]
    minority = kb.tables.ethnonyms.get(word)
    plural = arrays.tags[first] in ("NNS", "NNPS") or word.endswith("s")
    if minority is not None and (plural or (minority and right.kind != "demonym")) \
            or _ethnic_body(kb, right):
        ref = right.actor if _known_person(kb, right) else _rehome(kb, right.actor, left.actor.country or "",
                                                                     tokens.span_text(doc, left.start_token,
                                                                                      right.end_token))
        return mention_of(doc, left.start_token, right.end_token, ref, right.kind)
    if not possessive and left.kind == "demonym" and right.kind == "demonym" and plural \
            and right.end_token - right.start_token == 1:  # not "Russian Chinese officials": two sides
        return mention_of(doc, left.start_token, right.end_token, right.actor, right.kind)
    return None


def _ethnic(doc: Doc, kb: ActorKB, mentions: list[Mention], mention: Mention) -> Mention:
    """ "ethnic Uzbeks" and located minorities ("Albanians of southern Serbia") coded by where they live."""
    if mention.kind not in ("demonym", "group"):
        return mention
    lowers = tokens.lowers(doc)
    k = mention.start_token - 1
    cued = mention.kind == "demonym" and k >= 0 and lowers[k] in ETHNIC_CUES
    word = lowers[mention.end_token - 1]
    minority = mention.kind in ("demonym", "group") and kb.tables.ethnonyms.get(word) is True
    if not (cued or minority or _ethnic_body(kb, mention)):
        return mention
    home = _located_state(doc, kb, mentions, mention.end_token)
    if home is None and cued:
        home = _most_named(doc, kb, mentions, mention)
    if home is None or (home == mention.actor.country and not cued):  # "the Uzbeks of Uzbekistan"
        return mention
    name = f"{'ethnic ' if cued else ''}{mention.text} in {kb.country_name(home) or home}"
    ref = ActorRef(text="", id=None, name=name, code=kb.cameo_of(home) + "CVL", country=home, sector="CVL",
                   role=None)
    return mention_of(doc, k if cued else mention.start_token, mention.end_token, ref, "sector")


def _located_state(doc: Doc, kb: ActorKB, mentions: list[Mention], end: int) -> str | None:
    """The state named by "in|of [the] [southern] <state>" right after token ``end``, or None."""
    lowers = tokens.lowers(doc)
    if end >= len(lowers) or lowers[end] not in LOCATING:
        return None
    pos = end + 1
    words = kb.tables.descriptive
    while pos < len(lowers) and (lowers[pos] == "the" or words.get(lowers[pos]) == "direction"):
        pos += 1
    found = next((m for m in mentions if m.start_token == pos), None)
    if found is None or found.kind != "state" or found.actor.country not in kb.states:
        return None
    return found.actor.country


def _most_named(doc: Doc, kb: ActorKB, mentions: list[Mention], mention: Mention) -> str | None:
    """The state other than the kin state that the sentence names most often (strictly), or None."""
    kin = mention.actor.country
    start, end = tokens.sentence_range(doc, mention.start_token)
    counts = Counter(m.actor.country for m in mentions
                     if start <= m.start_token < end and m.actor.country != kin
                     and m.actor.country in kb.states)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return kin
    return ranked[0][0]


def _ethnic_body(kb: ActorKB, mention: Mention) -> bool:
    body = kb.bodies.get(mention.actor.country or "")
    return mention.kind == "group" and body is not None and body.kind == "ethnic"


def _rehome(kb: ActorKB, ref: ActorRef, country: str, name: str) -> ActorRef:
    return ActorRef(text="", id=None, name=name, code=kb.cameo_of(country) + (ref.sector or ""),
                    country=country, sector=ref.sector, role=None)


def _known_person(kb: ActorKB, mention: Mention) -> bool:
    return mention.kind == "person" and _person_countries(kb, mention.actor) != set()


def _person_countries(kb: ActorKB, ref: ActorRef) -> set[str]:
    person = kb.persons.get(ref.id or "") or kb.persons.get(ref.name)
    return {term.country for term in person.terms} if person is not None else set()


# --- appositions and acronyms -----------------------------------------------------------------------------
def _appositions(doc: Doc, kb: ActorKB, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for n in range(len(out) - 1):
        left = out[n]
        if left.kind not in APPOSED:  # most mentions are neither a person nor a title
            continue
        right = out[n + 1]
        if right.start_token - left.end_token != 1 or {left.kind, right.kind} != APPOSED \
                or tokens.texts(doc)[left.end_token] != ",":
            continue
        if left.kind == "person" and right.kind == "title" and _closes(doc, right.end_token):
            out[n] = _with_office(kb, left, right)
        elif left.kind == "title" and right.kind == "person" and _closes(doc, right.end_token):
            out[n + 1] = _with_office(kb, right, left)
    return out


def _closes(doc: Doc, end: int) -> bool:
    """An apposition ends at punctuation or the sentence's end (not "X, the president and Y")."""
    arrays = tokens.of(doc)
    return end >= arrays.size or arrays.texts[end] in APPOSITION_END or arrays.sent_flags[end] == 1  # is_sent_start


def _with_office(kb: ActorKB, person: Mention, title: Mention) -> Mention:
    """The person holding the office an apposition names, if that office's country is one the person served."""
    office = title.actor
    if office.country is None or office.code == person.actor.code or \
            office.country not in _person_countries(kb, person.actor):
        return person
    ref = replace(office, id=person.actor.id, name=person.actor.name)
    return replace(person, actor=ref.with_text(person.text))


def bracketed_acronym(doc: Doc, start: int, end: int, covered: Container[int]) -> bool:
    """ "Montenegro Municipality Association (AKK)": one upper-case word in brackets right after a capitalised
    word that is no actor (``covered`` holds the actor tokens) names that organisation, not a person."""
    texts = tokens.texts(doc)
    if end - start != 1 or not texts[start].isupper():
        return False
    if start < 2 or end >= len(texts) or texts[start - 1] != "(" or texts[end] != ")":
        return False
    name = start - 2  # capitalised, not opening its sentence (``is_sent_start``), no actor
    return texts[name].istitle() and tokens.of(doc).sent_flags[name] != 1 and name not in covered
