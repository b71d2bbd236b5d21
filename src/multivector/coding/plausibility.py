"""Precision checks: reject candidate events whose reading is not an actor-to-actor interaction.

Each check names a general linguistic reason (a trigger inside a name, a figurative sense, an economic flow
without a partner, a bare noun the clause only mentions); the table of words lives in data/plausibility.yaml.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
import re
import yaml
from spacy.tokens import Token

from ..errors import CodingError

_RESOURCE = "plausibility.yaml"
_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")
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
    address_verbs: frozenset[str] = frozenset()
    audience_nouns: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    verbal_attack_verbs: frozenset[str] = frozenset()
    verbal_targets: frozenset[str] = frozenset()
    boundary_nouns: frozenset[str] = frozenset()
    contraband_nouns: frozenset[str] = frozenset()
    press_verbs: frozenset[str] = frozenset()
    silence_heads: frozenset[str] = frozenset()
    press_objects: frozenset[str] = frozenset()


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
                         "fight_nouns", "address_verbs", "audience_nouns", "naming_verbs", "verbal_attack_verbs",
                         "verbal_targets", "boundary_nouns", "contraband_nouns", "press_verbs", "silence_heads",
                         "press_objects")}
    types = frozenset(str(t).upper() for t in raw.get("figurative_types") or ())
    return PlausibilityRules(flow_lemmas=words["flow_lemmas"], figurative_types=types,
                             figurative_words=words["figurative_words"], state_nouns=words["state_nouns"],
                             support_verbs=words["support_verbs"], press_routine=words["press_routine"],
                             fight_nouns=words["fight_nouns"], address_verbs=words["address_verbs"],
                             audience_nouns=words["audience_nouns"], naming_verbs=words["naming_verbs"],
                             verbal_attack_verbs=words["verbal_attack_verbs"],
                             verbal_targets=words["verbal_targets"], boundary_nouns=words["boundary_nouns"],
                             contraband_nouns=words["contraband_nouns"], press_verbs=words["press_verbs"],
                             silence_heads=words["silence_heads"], press_objects=words["press_objects"])


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
    if _describes_holder(trigger):
        return "descriptive-relative-clause"
    if lemma in rules.silence_heads and _keeps_silent(trigger, rules, lemma_of):
        return "declined-to-comment"
    if lemma in rules.address_verbs and _addresses_audience(trigger, rules.audience_nouns, lemma_of):
        return "addressing-an-audience"
    if lemma in rules.naming_verbs and any(c.dep_ == "oprd" for c in trigger.children):
        return "name-calling"
    if _polices_contraband(trigger, rules.contraband_nouns, lemma_of):
        return "policing-contraband"
    if event_type in rules.figurative_types and _sports_score(trigger):
        return "sports-score"
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


def _keeps_silent(trigger: Token, rules: PlausibilityRules, lemma_of: Callable[[Token], str]) -> bool:
    """'declined to comment', 'refused to respond to questions' (not 'refused to respond to a demand')."""
    for comp in (c for c in trigger.children if c.dep_ == "xcomp" and lemma_of(c) in rules.press_verbs):
        objects = [c for c in comp.children if c.dep_ == "dobj"]
        objects += [g for c in comp.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
        if all(lemma_of(o) in rules.press_objects for o in objects):
            return True
    return False


def _describes_holder(trigger: Token) -> bool:
    """'the SDF, which controls a third of Syria', 'a party that opposes the deal': a present-simple relative
    clause describes its noun (a standing state or habit), it reports no dated event."""
    return trigger.dep_ == "relcl" and trigger.tag_ in {"VBZ", "VBP"} \
        and not any(c.dep_ in {"aux", "auxpass", "neg"} for c in trigger.children)


def _figurative(trigger: Token, words: frozenset[str], fights: frozenset[str],
                lemma_of: Callable[[Token], str]) -> bool:
    """'trade war', 'tariff fight', 'hit them with a levy', 'tariffs targeting X', 'shoots his mouth off'."""
    near: list[Token] = [c for c in trigger.children if c.dep_ in _MODIFIER_DEPS]
    for child in trigger.children:
        if child.dep_ in {"dobj", "attr"} and lemma_of(child) in fights:  # 'waging a tariff fight'
            near.extend(c for c in child.children if c.dep_ in _MODIFIER_DEPS)
        elif child.dep_ == "dobj":  # 'shoots his mouth off', 'hit the tariffs'
            near.append(child)
        elif child.dep_ == "prep" and child.lower_ == "with":
            near.extend(c for c in child.children if c.dep_ == "pobj")
    if trigger.dep_ in {"acl", "relcl"}:
        near.append(trigger.head)
    if trigger.dep_ == "advcl" and trigger.tag_ == "VBG":  # 'imposed a package of sanctions, targeting banks'
        near.extend(_objects_and_of_nouns(trigger.head))
    return any(t.lower_ in words or t.lemma_.lower() in words for t in _with_compounds(near))


def _polices_contraband(trigger: Token, contraband: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'curb the flow of fentanyl', 'block drugs', 'targeting fentanyl': acting on illicit goods or migration
    flows is policing, not an act toward the state named as their origin or destination."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "oprd"}]
    objects += [g for o in objects for g in o.conjuncts]
    objects += [g for o in list(objects) for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return any(lemma_of(t) in contraband or t.lower_ in contraband for t in objects)


def _objects_and_of_nouns(verb: Token) -> list[Token]:
    """A verb's direct objects and the nouns of their 'of' phrases ('a package of sanctions')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    of_nouns = [g for o in objects for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                for g in p.children if g.dep_ == "pobj"]
    return objects + of_nouns


def verbal_attack(trigger: Token, *, lemma: str, lemma_of: Callable[[Token], str] | None = None,
                  rules: PlausibilityRules | None = None) -> bool:
    """'attacked the newspaper for refusing ...', 'slammed the policy': a verbal, not a physical, attack."""
    rules = rules or load_rules()
    lemma_of = lemma_of or (lambda tok: tok.lemma_.lower())
    if lemma not in rules.verbal_attack_verbs:
        return False
    for child in trigger.children:
        if child.dep_ == "prep" and child.lower_ == "for" \
                and any(g.dep_ == "pcomp" or g.tag_ in {"PRP$", "POS"} or g.dep_ == "poss"
                        for c in child.children for g in (c, *c.children)):
            return True  # 'attacked X for refusing', 'slammed Y for his remarks'
        if child.dep_ in {"dobj", "nsubjpass"} and lemma_of(child) in rules.verbal_targets:
            return True  # 'attacked the newspaper', 'blasted the decision'
    return False


def _addresses_audience(trigger: Token, audience: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'Speaking to lawmakers, X said', 'spoke at a conference', 'told reporters': a speech, not a meeting."""
    framing = trigger.tag_ == "VBG" and trigger.dep_ in {"advcl", "acl"} \
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)
    if framing:  # 'Speaking with Xi by phone, Putin said' stays a conversation
        return True
    heard = [g for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"to", "at", "before"}
             for g in c.children if g.dep_ == "pobj"]
    heard += [c for c in trigger.children if c.dep_ in {"dobj", "dative"}]
    return any(lemma_of(t) in audience for t in heard)


def _sports_score(trigger: Token) -> bool:
    """'routing Angola 89-53', 'beat Spain 3-1': a named side and a score, a game rather than violence."""
    named = any(c.dep_ == "dobj" and c.tag_.startswith("NNP") for c in trigger.children)
    if not named:
        return False
    tokens = list(trigger.subtree)
    return any(a.like_num and b.text in {"-", "–", "to"} and c.like_num
               for a, b, c in zip(tokens, tokens[1:], tokens[2:])) \
        or any(_SCORE.fullmatch(t.text) for t in tokens)


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

