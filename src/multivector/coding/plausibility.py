"""Precision checks: reject candidate events whose reading is not an actor-to-actor interaction.

Each check names a general linguistic reason (a trigger inside a name, a figurative sense, an economic flow
without a partner, a bare noun the clause only mentions); the table of words lives in data/plausibility.yaml.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
import yaml
from spacy.tokens import Token

from ..errors import CodingError

_RESOURCE = "plausibility.yaml"
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod"})


@dataclass(frozen=True)
class PlausibilityRules:
    """Word lists of the precision checks."""

    flow_lemmas: frozenset[str]
    figurative_types: frozenset[str]
    figurative_words: frozenset[str]
    state_nouns: frozenset[str]
    support_verbs: frozenset[str]
    press_routine: frozenset[str] = frozenset()
    fight_nouns: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def load_rules() -> PlausibilityRules:
    """The packaged precision word lists."""
    path = resources.files("multivector.coding").joinpath("data", _RESOURCE)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        raise CodingError(f"cannot read {_RESOURCE}: {error}", source=str(path)) from error
    words = {key: frozenset(str(w).lower() for w in raw.get(key) or ())
             for key in ("flow_lemmas", "figurative_words", "state_nouns", "support_verbs", "press_routine",
                                 "fight_nouns")}
    types = frozenset(str(t).upper() for t in raw.get("figurative_types") or ())
    return PlausibilityRules(flow_lemmas=words["flow_lemmas"], figurative_types=types,
                             figurative_words=words["figurative_words"], state_nouns=words["state_nouns"],
                             support_verbs=words["support_verbs"], press_routine=words["press_routine"],
                             fight_nouns=words["fight_nouns"])


def implausible(trigger: Token, *, lemma: str, event_type: str, nominal: bool, has_prep: bool,
                inherited: bool, has_recipient: bool, inside_mention: bool,
                lemma_of: Callable[[Token], str] | None = None, rules: PlausibilityRules | None = None) -> str | None:
    """The reason a candidate is not an event, or None when it reads as one."""
    rules = rules or load_rules()
    lemma_of = lemma_of or (lambda tok: tok.lemma_.lower())
    if inside_mention and not has_recipient:  # 'African Union troops', 'the Alliance of Sahel States'
        return "trigger-inside-name"
    if _asks_for_comment(trigger, rules.press_routine, lemma_of):
        return "press-routine"
    if lemma in rules.flow_lemmas and not has_recipient:
        return "economic-flow-without-partner"
    if event_type in rules.figurative_types \
            and _figurative(trigger, rules.figurative_words, rules.state_nouns | rules.fight_nouns, lemma_of):
        return "figurative"
    if nominal and lemma in rules.state_nouns and not _performed(trigger, rules.support_verbs, lemma_of) \
            and not _owned(trigger):
        return "state-noun-background"
    if nominal and inherited and not (has_prep or has_recipient) \
            and not _performed(trigger, rules.support_verbs, lemma_of):
        return "bare-noun-mentioned"
    return None


def _figurative(trigger: Token, words: frozenset[str], fights: frozenset[str],
                lemma_of: Callable[[Token], str]) -> bool:
    """'trade war', 'tariff fight', 'hit them with a levy', 'tariffs targeting X', 'shoots his mouth off'."""
    near: list[Token] = [c for c in trigger.children if c.dep_ in _MODIFIER_DEPS]
    for child in trigger.children:
        if child.dep_ in {"dobj", "attr"} and lemma_of(child) in fights:  # 'waging a tariff fight'
            near.extend(c for c in child.children if c.dep_ in _MODIFIER_DEPS)
        elif child.dep_ == "prep" and child.lower_ == "with":
            near.extend(c for c in child.children if c.dep_ == "pobj")
    if trigger.dep_ in {"acl", "relcl"}:
        near.append(trigger.head)
    return any(t.lower_ in words or t.lemma_.lower() in words for t in _with_compounds(near))


def _asks_for_comment(trigger: Token, routine: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'requests for comment', 'did not respond to a request for comment', 'requesting an interview'."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "attr"}]
    objects += [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"for", "to"}
                for g in c.children if g.dep_ == "pobj"]
    return any(lemma_of(o) in routine for o in objects)


def _owned(noun: Token) -> bool:
    """'Russia's war', 'the war against Y', 'the conflict between X and Y': the noun names its parties."""
    return any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {"by", "against", "between"}
               for c in noun.children)


def _with_compounds(tokens: list[Token]) -> list[Token]:
    out = list(tokens)
    for tok in tokens:
        out.extend(c for c in tok.children if c.dep_ in _MODIFIER_DEPS)
    return out


def _performed(noun: Token, support: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """Whether the verb governing a bare noun performs it ('launched an attack') rather than mentions it."""
    head = noun.head
    while head.dep_ == "prep" and head.head != head:
        head = head.head
    if head == noun or not head.tag_.startswith("VB"):
        return False
    return lemma_of(head) in support

