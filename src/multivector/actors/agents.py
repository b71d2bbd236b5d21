"""The agent and the patient of an act named by a noun: "the beheading of a Kenyan driver by militants".

Inheritance (``inherit.py``) must never lend the victim's country to the attacker, nor the country of whoever
speaks about the act ("Kenya condemned the beheading of a Kenyan driver by militants": the militants are no
Kenyans). So the "of" phrase of a noun that has a "by" agent is its patient (a victim), and a group noun that
is such a "by" agent takes no country from the other actors of its sentence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

NOUN_TAGS = frozenset({"NN", "NNS"})


def _has_agent(noun: Token) -> bool:
    return noun.tag_ in NOUN_TAGS and any(child.dep_ == "prep" and child.lower_ == "by" for child in noun.children)


def nominal_patient(phrase: Token) -> bool:
    """Is a phrase the "of" object of a noun that also has a "by" agent ("the killing of X by Y")?"""
    if phrase.dep_ != "pobj":
        return False
    prep = phrase.head
    return prep.lower_ == "of" and _has_agent(prep.head)


def nominal_agent(phrase: Token) -> bool:
    """Is a phrase the "by" agent of a noun ("the beheading of a driver by militants")?"""
    if phrase.dep_ != "pobj":
        return False
    prep = phrase.head
    return prep.lower_ == "by" and prep.head.tag_ in NOUN_TAGS
