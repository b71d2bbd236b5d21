"""Which earlier mentions a personal pronoun ("he", "she", "him") may refer to.

Only a person-like mention: a named person, an office holder (a title with a role), a person out of office
(coded by a sector such as ELI), or a singular sector noun right before a person's name ("British hostage
Kenneth Bigley tried to escape before he was beheaded": he is the hostage, not a cleric named earlier). A
state or body named again by a coreferring word ("the kingdom", "the country") is no antecedent of "he".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..model import Mention

NAME_TAGS = frozenset({"NNP"})


def person_like(mention: Mention) -> bool:
    """Is a person, title or pronoun mention resolved to someone rather than to a state or a body?"""
    actor = mention.actor
    return mention.kind == "person" or actor.role is not None or actor.sector is not None


def named_individual(doc: Doc, mention: Mention) -> bool:
    """Is a sector mention one named individual: a singular noun right before a two-word capitalised name
    that no other mention took ("the British hostage Kenneth Bigley")?"""
    end = mention.end_token
    if mention.kind != "sector" or end + 1 >= len(doc):
        return False
    tags, words = tokens.tags(doc), tokens.texts(doc)
    return tags[end - 1] == "NN" and all(tags[k] in NAME_TAGS and words[k].istitle() and words[k].isalpha()
                                         for k in (end, end + 1))
