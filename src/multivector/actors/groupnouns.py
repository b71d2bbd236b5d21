"""A nationality before a collective noun: "an Iraqi group linked to al-Qaeda", "a Burundian faction".

The demonym of such a phrase names the country of a group, never its state. When the phrase or its clause
says the group is armed (an armed modifier: "a Pakistani terror cell"; an armed group or armed word inside the
phrase: "linked to al-Qaeda"; a violent act it does: "an Iraqi group killed a hostage", "threatened to behead")
the phrase is that country's armed opposition (REB); otherwise a group or organisation is a civil-society group
of that country (NGO, as "a Kenyan rights group": "Seven American activist groups asked the UN ..."), and the
demonym before a cell, network or movement is left alone (a phone cell, a TV network, a party are coded
elsewhere). A name right after the noun codes the phrase ("the French Group Alstom", "the Palestinian group
Hamas"), and "a group of" is a number of people, not an organisation. Word classes are in ``data/group_nouns.csv``.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .. import tokens
from ..model import ActorRef, Mention
from .conventions import mention_of
from .tables import words_by_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .kb import ActorKB

MAX_MODIFIERS = 2  # "an Iraqi Islamist militant group"
MODIFIER_TAGS = frozenset({"JJ", "NN", "NNP", "VBN", "HYPH"})
ARMED_SECTORS = frozenset({"REB", "UAF"})
CHAIN_DEPS = frozenset({"conj", "xcomp"})  # "killed X and threatened to behead Y"
GROUP_PRONOUNS = frozenset({"it", "they", "we"})


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset[str]]:
    return words_by_kind(Path(str(resources.files("multivector.actors") / "data" / "group_nouns.csv")))


@lru_cache(maxsize=1)
def _collectives() -> frozenset[str]:
    """The collective nouns a demonym may open: plain and armed ones ("group", "cell")."""
    return _words()["noun"] | _words()["armed_noun"]


@lru_cache(maxsize=1)
def _act_forms() -> frozenset[str]:
    """The inflected forms of the violent-act verbs ("kill": kills, killed, killing; "kidnap": kidnapped)."""
    out: set[str] = set()
    for base in _words()["act"]:
        stem = base[:-1] if base.endswith("e") else base
        out |= {base, base + "s", stem + "ed", stem + "ing", base + base[-1] + "ed", base + base[-1] + "ing"}
    return frozenset(out)


def demonym_groups(doc: Doc, kb: ActorKB, mentions: list[Mention]) -> list[Mention]:
    """The mentions with each demonym before a collective noun made a group of that country (see the module
    docstring)."""
    arrays = tokens.of(doc)
    if arrays.word_set.isdisjoint(_collectives()) or not any(m.kind == "demonym" for m in mentions) \
            or not arrays.has_parse:
        return mentions  # no collective noun, no demonym to open one, or no parse
    starts = {k for m in mentions for k in range(m.start_token, m.end_token)}
    out: list[Mention] = []
    for mention in mentions:
        noun = _collective(doc, mention, starts) if mention.kind == "demonym" else None
        if noun is None:
            out.append(mention)
        elif _armed(doc, noun, mentions):
            out.append(_group(doc, kb, mention, noun, "REB", "armed group"))
        elif noun.lower_ in _words()["armed_noun"]:
            out.append(mention)  # "a Chinese television network", "a Palestinian movement": not ours
        else:
            out.append(_group(doc, kb, mention, noun, "NGO", "group"))
    return out


def _collective(doc: Doc, mention: Mention, taken: set[int]) -> Token | None:
    """The collective noun a demonym opens ("Iraqi [militant] group"), or None."""
    k, arrays = mention.end_token, tokens.of(doc)
    for _ in range(MAX_MODIFIERS + 1):
        if k >= arrays.size or k in taken:
            return None
        tag = arrays.tags[k]
        if arrays.lowers[k] in _collectives() and tag in ("NN", "NNS", "NNP"):
            tok = doc[k]
            return tok if not _named(doc, tok, taken) and k in tokens.ancestors(arrays.heads, mention.end_token - 1) else None
        if tag not in MODIFIER_TAGS:
            return None
        k += 1
    return None


def _named(doc: Doc, noun: Token, taken: set[int]) -> bool:
    """Is the noun followed by a name or by "of" ("the group Hamas", "Group Alstom", "a group of")?"""
    k = noun.i + 1
    return k < len(doc) and (k in taken or doc[k].lower_ == "of" or (doc[k].tag_ == "NNP" and doc[k].is_title))


def _armed(doc: Doc, noun: Token, mentions: list[Mention]) -> bool:
    """Does the phrase or the group's clause say the group is armed?"""
    armed = _words()["armed"]
    phrase = range(noun.left_edge.i, noun.right_edge.i + 1)
    if any(doc[k].lower_ in armed for k in phrase):
        return True
    if any(m.start_token in phrase and m.actor.sector in ARMED_SECTORS for m in mentions):
        return True
    return noun.dep_ == "nsubj" and any(verb.lower_ in _act_forms() for verb in _chain(noun.head))


def _chain(verb: Token) -> list[Token]:
    """A verb and the verbs chained to it by conjunction or complement ("killed ... and threatened to kill"),
    or reported by it with a pronoun subject ("said it had beheaded")."""
    out, todo = [], [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo.extend(child for child in tok.children if child.tag_.startswith("VB") and (
            child.dep_ in CHAIN_DEPS or (child.dep_ == "ccomp" and _pronoun_subject(child))))
    return out


def _pronoun_subject(verb: Token) -> bool:
    return any(child.dep_ == "nsubj" and child.lower_ in GROUP_PRONOUNS for child in verb.children)


def _group(doc: Doc, kb: ActorKB, mention: Mention, noun: Token, sector: str, label: str) -> Mention:
    """The phrase from the demonym to the noun as a group of the demonym's country with ``sector``."""
    country = mention.actor.country or ""
    name = f"{kb.country_name(country) or country} {label}"
    ref = ActorRef(text="", id=None, name=name, code=kb.cameo_of(country) + sector, country=country,
                   sector=sector, role=None)
    return mention_of(doc, mention.start_token, noun.i + 1, ref, "sector")
