"""Precision checks: reject candidate events whose reading is not an actor-to-actor interaction.

Each check names a general linguistic reason (a trigger inside a name, a figurative sense, an economic flow
without a partner, a bare noun the clause only mentions); the table of words lives in data/plausibility.yaml.
:func:`other_sense` holds the word-sense checks: selectional restrictions on a trigger's theme ('released a
report'), disasters and accidents as causes, game results, 'engage' without an opponent, 'suggest' as 'imply',
topic mentions and dated biography clauses.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cached_property, lru_cache
from types import MappingProxyType

from spacy.tokens import Token

from ..errors import CodingError
from ..resources import load_package_yaml
from .background import background_at
from .doctree import children_of, subtree_indices
from .parse import Parse, lemma_reader, parse_of

_RESOURCE = "plausibility.yaml"
_SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")
_SCORE_LINKS = frozenset({"-", "\u2013", "to"})  # the middle word of a score ('3 - 1', '2 to 1')
_MODIFIER_DEPS = frozenset({"compound", "amod", "npadvmod", "nmod"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
_TABLES = frozenset({"theme_exclusions", "idiom_heads", "particle_senses", "modifier_required", "internal_themes"})
_ANY = "*"  # a theme list item meaning any noun in that place ('charge+into:ACCUSE')
_ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})  # the subjects of a cause ('Typhoon kills four')
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass"})  # the subjects of an indicator ('exports were limited')
_OWN_POSSESSIVES = frozenset({"its", "their", "our", "his", "her"})  # the actor's own quantity
_OF = frozenset({"of"})
_FOR = frozenset({"for"})
_FOR_TO = frozenset({"for", "to"})
_TARGET_PREPS = frozenset({"on", "against"})  # 'the attempt on his life'
_DURING = frozenset({"in", "during"})


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
    flow_nouns: frozenset[str] = frozenset()
    flow_people: frozenset[str] = frozenset()
    entity_nouns: frozenset[str] = frozenset()
    indicator_nouns: frozenset[str] = frozenset()
    destination_preps: frozenset[str] = frozenset()
    press_verbs: frozenset[str] = frozenset()
    silence_heads: frozenset[str] = frozenset()
    press_objects: frozenset[str] = frozenset()
    artefact_nouns: frozenset[str] = frozenset()
    theme_exclusions: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    theme_required: frozenset[str] = frozenset()
    combat_verbs: frozenset[str] = frozenset()
    combat_nouns: frozenset[str] = frozenset()
    disaster_nouns: frozenset[str] = frozenset()
    subject_only_disasters: frozenset[str] = frozenset()
    blast_nouns: frozenset[str] = frozenset()
    accident_words: frozenset[str] = frozenset()
    attack_words: frozenset[str] = frozenset()
    policy_things: frozenset[str] = frozenset()
    received_things: frozenset[str] = frozenset()
    restriction_verbs: frozenset[str] = frozenset()
    disaster_verbs: frozenset[str] = frozenset()
    sports_verbs: frozenset[str] = frozenset()
    sports_words: frozenset[str] = frozenset()
    implication_verbs: frozenset[str] = frozenset()
    evidence_nouns: frozenset[str] = frozenset()
    proposal_modals: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    impact_verbs: frozenset[str] = frozenset()
    violent_subjects: frozenset[str] = frozenset()
    struggle_verbs: frozenset[str] = frozenset()
    dispute_topics: frozenset[str] = frozenset()
    retort_verbs: frozenset[str] = frozenset()
    dismissed_people: frozenset[str] = frozenset()
    idiom_heads: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    animal_nouns: frozenset[str] = frozenset()
    harm_verbs: frozenset[str] = frozenset()
    instrument_subjects: frozenset[str] = frozenset()
    opinion_verbs: frozenset[str] = frozenset()
    opinion_quantities: frozenset[str] = frozenset()
    opinion_people: frozenset[str] = frozenset()
    outcome_nouns: frozenset[str] = frozenset()
    outcome_causes: frozenset[str] = frozenset()
    withdrawn_things: frozenset[str] = frozenset()
    internal_instruments: frozenset[str] = frozenset()
    own_people: frozenset[str] = frozenset()
    relation_verbs: frozenset[str] = frozenset()
    endorsed_things: frozenset[str] = frozenset()
    durative_adverbs: frozenset[str] = frozenset()
    durative_nouns: frozenset[str] = frozenset()
    elected_offices: frozenset[str] = frozenset()
    particle_senses: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    modifier_required: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))
    internal_themes: Mapping[str, frozenset[str]] = field(default_factory=lambda: MappingProxyType({}))

    @cached_property
    def disaster_causes(self) -> frozenset[str]:
        """Disaster and animal nouns: the causes that make a killing a disaster or an accident."""
        return self.disaster_nouns | self.animal_nouns

    @cached_property
    def fight_state_nouns(self) -> frozenset[str]:
        """State and fight nouns: the objects of a figurative fight ('waging a tariff fight')."""
        return self.state_nouns | self.fight_nouns

    @cached_property
    def themes_by_lemma(self) -> Mapping[str, tuple[tuple[str, str, frozenset[str]], ...]]:
        """``theme_exclusions`` grouped by trigger lemma, as (preposition, event type, words) in table order:
        a candidate reads only its own lemma's keys instead of parsing every key of the table."""
        grouped: dict[str, list[tuple[str, str, frozenset[str]]]] = {}
        for key, words in self.theme_exclusions.items():
            head, _, key_type = key.partition(":")
            name, _, prep = head.partition("+")
            grouped.setdefault(name, []).append((prep, key_type, words))
        return MappingProxyType({name: tuple(keys) for name, keys in grouped.items()})


@lru_cache(maxsize=1)
def read_table() -> Mapping[str, object]:
    """The parsed plausibility.yaml mapping (shared by these checks and coding/background.py)."""
    return MappingProxyType(load_package_yaml("multivector.coding", _RESOURCE, error=CodingError))


@lru_cache(maxsize=1)
def load_rules() -> PlausibilityRules:
    """The packaged precision word lists."""
    try:
        return parse_rules(read_table())
    except (TypeError, AttributeError) as error:
        raise CodingError(f"cannot read {_RESOURCE}: {error}", source=_RESOURCE) from error


def parse_rules(raw: Mapping[str, object]) -> PlausibilityRules:
    """Rules from the parsed YAML mapping; an '@name' item of a theme list stands for the list ``name``."""
    values: dict[str, object] = {}
    for spec in fields(PlausibilityRules):
        if spec.name in _TABLES:
            continue
        words = frozenset(str(w).lower() for w in raw.get(spec.name) or ())
        values[spec.name] = frozenset(w.upper() for w in words) if spec.name == "figurative_types" else words
    table = raw.get("theme_exclusions") or {}
    if not isinstance(table, Mapping):
        raise CodingError(f"{_RESOURCE}: theme_exclusions must map trigger keys to word lists", source=_RESOURCE)
    themes: dict[str, frozenset[str]] = {}
    for key, items in table.items():
        head, _, key_type = str(key).partition(":")
        themes[head.lower() + (f":{key_type.upper()}" if key_type else "")] = _expanded(items, values)
    internal = raw.get("internal_themes") or {}
    if not isinstance(internal, Mapping):
        raise CodingError(f"{_RESOURCE}: internal_themes must map event types to word lists", source=_RESOURCE)
    return PlausibilityRules(theme_exclusions=MappingProxyType(themes), idiom_heads=_lemma_table(raw, "idiom_heads"),
                             particle_senses=_lemma_table(raw, "particle_senses"),
                             modifier_required=_lemma_table(raw, "modifier_required"),
                             internal_themes=MappingProxyType({str(k).upper(): _expanded(v, values)
                                                               for k, v in internal.items()}),
                             **values)  # type: ignore[arg-type]


def _expanded(items: object, lists: Mapping[str, object]) -> frozenset[str]:
    """A theme word list with every '@name' item replaced by the word list ``name``."""
    out: set[str] = set()
    for item in items or ():  # type: ignore[attr-defined]
        name = str(item).lower()
        out |= set(lists.get(name[1:], ())) if name.startswith("@") else {name}  # type: ignore[call-overload]
    return frozenset(out)


def _lemma_table(raw: Mapping[str, object], name: str) -> Mapping[str, frozenset[str]]:
    """A YAML mapping of trigger lemmas to word lists ('idiom_heads', 'particle_senses')."""
    table = raw.get(name) or {}
    if not isinstance(table, Mapping):
        raise CodingError(f"{_RESOURCE}: {name} must map trigger lemmas to word lists", source=_RESOURCE)
    return MappingProxyType({str(k).lower(): frozenset(str(v).lower() for v in items or ())
                             for k, items in table.items()})


def implausible(trigger: Token, *, lemma: str, event_type: str, nominal: bool, has_prep: bool,
                inherited: bool, has_recipient: bool, inside_mention: bool,
                lemma_of: Callable[[Token], str] | None = None, rules: PlausibilityRules | None = None,
                published: date | None = None) -> str | None:
    """The reason a candidate is not an event, or None when it reads as one. ``published`` (the article date)
    tells past years from current ones in background mentions (coding/background.py)."""
    rules = rules or load_rules()
    lemma_of = lemma_of or (lambda tok: tok.lemma_.lower())
    if inside_mention and not has_recipient:  # 'African Union troops', 'the Alliance of Sahel States'
        return "trigger-inside-name"
    p, k = parse_of(trigger.doc), trigger.i  # the hot checks walk the Doc's arrays by token index
    lem = lemma_reader(p, lemma_of)
    deps, lowers, kids = p.deps, p.lowers, p.kids
    if _asks_for_comment(p, k, rules.press_routine, lem):
        return "press-routine"
    if _describes_holder(p, k):
        return "descriptive-relative-clause"
    if _describes_noun(p, k, rules, lem):
        return "descriptive-modifier"
    sense = _other_sense_at(p, k, lem, trigger, lemma=lemma, event_type=event_type, nominal=nominal, rules=rules,
                            lemma_of=lemma_of)
    if sense:
        return sense
    past = background_at(p, k, lem, nominal=nominal, published=published)
    if past:
        return past
    if not has_recipient and _internal_act(p, k, rules.internal_themes.get(event_type.upper()), nominal, lem):
        return "domestic-act"
    if not (has_recipient or nominal) and lemma in rules.restriction_verbs \
            and _limits_own(trigger, rules.indicator_nouns, lemma_of, anyone=True):
        return "economic-limitation"  # 'decided to limit recurrent expenditure': a budget, no one coerced
    if lemma in rules.silence_heads and _keeps_silent(trigger, rules, lemma_of):
        return "declined-to-comment"
    if lemma in rules.address_verbs and _addresses_audience(trigger, rules.audience_nouns, lemma_of):
        return "addressing-an-audience"
    if lemma in rules.naming_verbs and any(deps[c] == "oprd" for c in kids[k]):
        return "name-calling"
    if _polices_contraband(p, k, rules, lem):
        return "policing-contraband"
    if event_type in rules.figurative_types and _sports_score(p, k):
        return "sports-score"
    if lemma in rules.flow_lemmas and not has_recipient:
        return "economic-flow-without-partner"
    if event_type in rules.figurative_types \
            and _figurative(p, k, rules.figurative_words, rules.fight_state_nouns, lem):
        return "figurative"
    if nominal and lemma in rules.state_nouns and not _performed(p, k, rules.support_verbs, lem) \
            and not _owned(p, k):
        return "state-noun-background"
    if nominal and inherited and not (has_prep or has_recipient) \
            and not _performed(p, k, rules.support_verbs, lem):
        return "bare-noun-mentioned"
    if nominal and lemma in rules.entity_nouns \
            and not (deps[k] == "dobj" and _performed(p, k, rules.support_verbs, lem)) \
            and not any(deps[c] == "prep" and lowers[c] in rules.destination_preps for c in kids[k]):
        return "entity-noun"
    return None


def _internal_act(p: Parse, k: int, words: frozenset[str] | None, nominal: bool, lem: Callable[[int], str]) -> bool:
    """'the Senate approved a bill', 'the governor signed a law', 'reversing a decision by House lawmakers', 'the
    air force saluted its pilots', 'vowed to veto the bill': with no recipient, a law, budget or decision acted on
    (or a state's own people honoured), also by a promised act, is a state's internal act, no interaction of two
    parties ('signed an agreement with X' has one)."""
    if not words:
        return False
    deps, lowers, kids = p.deps, p.lowers, p.kids
    found = _themes_at(p, k, nominal)
    found += [t for c in kids[k] if deps[c] == "xcomp" for t in _themes_at(p, c, False)]  # 'vowed to
    found += [c for t in found for c in kids[t] if deps[c] == "compound"]  # veto the bill', 'Tax Bill Delay'
    return any((lem(t) in words or lowers[t] in words) and not _names_other_party(p, t) for t in found)


def _names_other_party(p: Parse, noun: int) -> bool:
    """'its decision to expel Oxfam': the infinitive content of the noun acts on a named party."""
    if not p.lowers[noun].startswith("decision"):
        return False
    deps, lowers, tags, kids = p.deps, p.lowers, p.tags, p.kids
    return any(deps[c] == "acl" and any(deps[a] == "aux" and lowers[a] == "to" for a in kids[c])
               and any(tags[o].startswith("NNP") for o in _themes_at(p, c, False)) for c in kids[noun])


def _keeps_silent(trigger: Token, rules: PlausibilityRules, lemma_of: Callable[[Token], str]) -> bool:
    """'declined to comment', 'refused to respond to questions', 'declined to talk to reporters on the outcome'
    (not 'refused to respond to a demand')."""
    for comp in (c for c in children_of(trigger) if c.dep_ == "xcomp" and lemma_of(c) in rules.press_verbs):
        objects = [c for c in children_of(comp) if c.dep_ == "dobj"]
        objects += [g for c in children_of(comp) if c.dep_ == "prep" for g in children_of(c) if g.dep_ == "pobj"]
        if all(lemma_of(o) in rules.press_objects for o in objects) \
                or any(lemma_of(o) in rules.audience_nouns for o in objects):
            return True
    return False


def _describes_holder(p: Parse, k: int) -> bool:
    """'the SDF, which controls a third of Syria', 'a party that opposes the deal': a present-simple relative
    clause describes its noun (a standing state or habit), it reports no dated event."""
    deps = p.deps
    return deps[k] == "relcl" and p.tags[k] in {"VBZ", "VBP"} \
        and not any(deps[c] in {"aux", "auxpass", "neg"} for c in p.kids[k])


def _describes_noun(p: Parse, k: int, rules: PlausibilityRules, lem: Callable[[int], str]) -> bool:
    """A relative clause ('who', 'which', 'that', 'whose') that describes its noun: a lasting relation ('a
    contractor who worked with the US Army'; not with a document or proposal: 'a resolution that France backed' is
    an endorsement) or lasting activity ('the group, which has fought troops for years', 'rebels who have long
    opposed the deal'). 'a channel backed by X' (a participle) may be today's act and stays."""
    deps, tags, lowers, kids = p.deps, p.tags, p.lowers, p.kids
    if deps[k] != "relcl" or tags[k] not in {"VBD", "VBN", "VBZ", "VBP", "VBG"} \
            or not any(tags[t] in _RELATIVE_TAGS for c in kids[k] for t in (c, *kids[c])) \
            or any(deps[c] == "aux" and (lowers[c] == "to" or tags[c] == "MD") for c in kids[k]):
        return False
    holder = p.heads[k]
    if lem(k) in rules.relation_verbs and tags[k] != "VBG" \
            and not (lem(holder) in rules.endorsed_things or lowers[holder] in rules.endorsed_things):
        return True
    return _durative(p.doc[k], rules)


def _durative(verb: Token, rules: PlausibilityRules) -> bool:
    """A perfect or progressive-perfect verb with a lasting-time phrase ('has fought for years', 'has long
    opposed', 'have been attacking convoys')."""
    auxes = [c.lower_ for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]
    if not any(a in {"has", "have", "had"} for a in auxes):
        return False
    if "been" in auxes and verb.tag_ == "VBG":
        return True
    for child in children_of(verb):
        if child.dep_ == "advmod" and child.lower_ in rules.durative_adverbs:
            return True
        if child.dep_ in {"prep", "npadvmod"} and child.lower_ in {"for", "over", "throughout"} | rules.durative_nouns \
                and any(t.lower_ in rules.durative_nouns for t in child.subtree):
            return True
    return False


def _figurative(p: Parse, k: int, words: frozenset[str], fights: frozenset[str], lem: Callable[[int], str]) -> bool:
    """'trade war', 'tariff fight', 'hit them with a levy', 'tariffs targeting X', 'shoots his mouth off'."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    near = [c for c in kids[k] if deps[c] in _MODIFIER_DEPS]
    for child in kids[k]:
        dep = deps[child]
        if dep in {"dobj", "attr"} and lem(child) in fights:  # 'waging a tariff fight'
            near.extend(c for c in kids[child] if deps[c] in _MODIFIER_DEPS)
            # 'a campaign for democratic reforms' advocates, it fights no one
            near.extend(_prep_objects_at(p, child, _FOR))
        elif dep == "dobj":  # 'shoots his mouth off', 'hit the tariffs'
            near.append(child)
        elif dep == "prep" and lowers[child] == "with":
            near.extend(c for c in kids[child] if deps[c] == "pobj")
    if deps[k] in {"acl", "relcl"}:
        near.append(p.heads[k])
    if deps[k] == "advcl" and p.tags[k] == "VBG":  # 'imposed a package of sanctions, targeting banks'
        near.extend(_objects_and_of_nouns(p, p.heads[k]))
    doc = p.doc  # spaCy's own lemma (no array holds it): a Token only for a word whose text is no match
    return any(lowers[t] in words or doc[t].lemma_.lower() in words for t in _with_compounds(p, near))


def _polices_contraband(p: Parse, k: int, rules: PlausibilityRules, lem: Callable[[int], str]) -> bool:
    """'curb the flow of fentanyl', 'block drugs', 'targeting fentanyl': acting on illicit goods or migration
    flows is policing, not an act toward the state named as their origin or destination."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    objects = [c for c in kids[k] if deps[c] in {"dobj", "nsubjpass", "oprd"}]
    if not objects:  # no object: no conjunct, no flow and no 'of' noun either
        return False
    objects += [g for o in objects for g in _conjuncts(p, o)]
    flows = [g for o in objects if lem(o) in rules.flow_nouns for g in _prep_objects_at(p, o, _OF)]
    objects += [g for o in list(objects) for g in _prep_objects_at(p, o, _OF)]
    contraband, people = rules.contraband_nouns, rules.flow_people
    return any(lem(t) in contraband or lowers[t] in contraband for t in objects) \
        or any(lem(t) in people or lowers[t] in people for t in flows)


def _conjuncts(p: Parse, k: int) -> list[int]:
    """``doc[k].conjuncts`` as token indices: the coordination's first word and its 'conj' chain to the right."""
    deps, heads, kids = p.deps, p.heads, p.kids
    if deps[k] != "conj" and k not in p.coordinators:  # no conjunct above it, none below: coordinates nothing
        return []
    start = k
    while start != heads[start] and deps[start] == "conj":
        start = heads[start]
    found = [start]
    for word in found:  # grows while read: each conjunct's own right conjuncts follow
        found.extend(c for c in kids[word] if c > word and deps[c] == "conj")
    return [w for w in found if w != k]


def _objects_and_of_nouns(p: Parse, verb: int) -> list[int]:
    """A verb's direct objects and the nouns of their 'of' phrases ('a package of sanctions')."""
    deps = p.deps
    objects = [c for c in p.kids[verb] if deps[c] == "dobj"]
    return objects + [g for o in objects for g in _prep_objects_at(p, o, _OF)]


def verbal_attack(trigger: Token, *, lemma: str, lemma_of: Callable[[Token], str] | None = None,
                  rules: PlausibilityRules | None = None) -> bool:
    """'attacked the newspaper for refusing ...', 'slammed the policy': a verbal, not a physical, attack."""
    rules = rules or load_rules()
    lemma_of = lemma_of or (lambda tok: tok.lemma_.lower())
    if lemma not in rules.verbal_attack_verbs:
        return False
    if trigger.is_title and trigger.i > trigger.sent.start and trigger.dep_ in {"nmod", "compound"} \
            and lemma_of(trigger.head) in rules.verbal_targets:
        return True  # a headline verb parsed as a noun: 'Swedes Blast Gov't Response to Tsunami'
    for child in children_of(trigger):
        if child.dep_ == "prep" and child.lower_ == "for" \
                and any(g.dep_ == "pcomp" or g.tag_ in {"PRP$", "POS"} or g.dep_ == "poss"
                        for c in children_of(child) for g in (c, *children_of(c))):
            return True  # 'attacked X for refusing', 'slammed Y for his remarks'
        if child.dep_ in {"dobj", "nsubjpass"} and lemma_of(child) in rules.verbal_targets:
            return True  # 'attacked the newspaper', 'blasted the decision'
    return False


def _addresses_audience(trigger: Token, audience: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'Speaking to lawmakers, X said', 'spoke at a conference', 'told reporters': a speech, not a meeting."""
    framing = trigger.tag_ == "VBG" and trigger.dep_ in {"advcl", "acl"} \
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "prep" and c.lower_ == "with" for c in children_of(trigger))
    if framing:  # 'Speaking with Xi by phone, Putin said' stays a conversation
        return True
    heard = [g for c in children_of(trigger) if c.dep_ == "prep" and c.lower_ in {"to", "at", "before"}
             for g in children_of(c) if g.dep_ == "pobj"]
    heard += [c for c in children_of(trigger) if c.dep_ in {"dobj", "dative"}]
    return any(lemma_of(t) in audience for t in heard)


def _sports_score(p: Parse, k: int) -> bool:
    """'routing Angola 89-53', 'beat Spain 3-1': a named side and a score, a game rather than violence."""
    deps, tags = p.deps, p.tags
    if not any(deps[c] == "dobj" and tags[c].startswith("NNP") for c in p.kids[k]):
        return False
    return _has_score(p, subtree_indices(p.kids, k))


def _asks_for_comment(p: Parse, k: int, routine: frozenset[str], lem: Callable[[int], str]) -> bool:
    """'requests for comment', 'did not respond to a request for comment', 'requesting an interview'."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    for child in kids[k]:  # one pass over the children: an object, or the noun of 'for'/'to'
        dep = deps[child]
        if dep == "dobj" or dep == "attr":
            if lem(child) in routine:
                return True
        elif dep == "prep" and lowers[child] in _FOR_TO \
                and any(deps[g] == "pobj" and lem(g) in routine for g in kids[child]):
            return True
    return False


def _owned(p: Parse, noun: int) -> bool:
    """'Russia's war', 'the war against Y', 'the conflict between X and Y': the noun names its parties."""
    deps, lowers = p.deps, p.lowers
    return any(deps[c] == "poss" or deps[c] == "prep" and lowers[c] in {"by", "against", "between"}
               for c in p.kids[noun])


def _with_compounds(p: Parse, words: list[int]) -> list[int]:
    deps, kids = p.deps, p.kids
    out = list(words)
    for k in words:
        out.extend(c for c in kids[k] if deps[c] in _MODIFIER_DEPS)
    return out


def _performed(p: Parse, noun: int, support: frozenset[str], lem: Callable[[int], str]) -> bool:
    """Whether the verb governing a bare noun performs it ('launched an attack') rather than mentions it."""
    deps, heads = p.deps, p.heads
    head = heads[noun]
    while deps[head] == "prep" and heads[head] != head:
        head = heads[head]
    if head == noun or not p.tags[head].startswith("VB"):
        return False
    return lem(head) in support


def other_sense(trigger: Token, *, lemma: str, event_type: str = "", nominal: bool = False,
                rules: PlausibilityRules | None = None, lemma_of: Callable[[Token], str] | None = None) -> str | None:
    """The reason the trigger word is used in a non-political sense or only as background here, or None.
    ``event_type`` is the PLOVER type of the trigger's own sense (theme keys may name one: 'exchange:RETREAT')."""
    rules = rules or load_rules()
    lemma_of = lemma_of or (lambda tok: tok.lemma_.lower() or tok.lower_)
    p = parse_of(trigger.doc)  # the hot checks walk the Doc's arrays by token index
    return _other_sense_at(p, trigger.i, lemma_reader(p, lemma_of), trigger, lemma=lemma, event_type=event_type,
                           nominal=nominal, rules=rules, lemma_of=lemma_of)


def _other_sense_at(p: Parse, k: int, lem: Callable[[int], str], trigger: Token, *, lemma: str, event_type: str,
                    nominal: bool, rules: PlausibilityRules, lemma_of: Callable[[Token], str]) -> str | None:
    """:func:`other_sense` of token ``k`` (``trigger``), with the caller's Parse and lemma reader."""
    causes = rules.disaster_causes
    subjects = [] if nominal else [_antecedent(p, s) for s in _subjects_at(p, k)]  # read once for the two checks
    if not nominal and (_caused_by(p, k, causes, rules.subject_only_disasters, lem, list(subjects))
                        or _toll_of(p, k, rules.disaster_verbs, lem)):
        return "disaster-or-accident"
    if _accidental_blast(p, k, nominal, rules, lem, subjects):
        return "accidental-explosion"
    if _excluded_theme_at(p, k, event_type.upper(), nominal, rules.themes_by_lemma.get(lemma, ()), lem):
        return "non-political-theme"
    if not nominal and lemma in rules.theme_required and not _themes_at(p, k, False):
        return "no-theme"
    if nominal and lemma in rules.modifier_required and _unmodified(p, k, rules.modifier_required[lemma], lem):
        return "no-violent-modifier"
    if not nominal and lemma in rules.combat_verbs and event_type.upper() in rules.figurative_types \
            and not _in_combat(trigger, rules.combat_nouns, lemma_of):
        return "non-combat-sense"
    if not nominal and lemma in rules.sports_verbs and _game(p, k, rules.sports_words, lem):
        return "sports-result"
    figurative = _figurative_sense(p, k, lem, trigger, lemma=lemma, event_type=event_type.upper(), nominal=nominal,
                                   rules=rules, lemma_of=lemma_of)
    if figurative:
        return figurative
    if not nominal and lemma in rules.implication_verbs and _implies(trigger, rules, lemma_of):
        return "implication"
    if nominal and _topic_of(p, k, rules.topic_nouns, lem):
        return "topic-mention"
    if _biography(p, k):
        return "biography-relative-clause"
    if not nominal and _indicator_subject(p, k, rules.indicator_nouns, lem):
        return "economic-indicator"
    if not nominal and lemma in rules.restriction_verbs and _limits_own(trigger, rules.indicator_nouns, lemma_of):
        return "self-limitation"
    if not nominal and lemma in rules.opinion_verbs and _public_opinion(trigger, rules, lemma_of):
        return "public-opinion"
    if nominal and lemma in rules.outcome_nouns and not _with_cause(trigger, rules.outcome_causes, lemma_of):
        return "outcome-without-cause"
    return None


def _unmodified(p: Parse, noun: int, required: frozenset[str], lem: Callable[[int], str]) -> bool:
    """'in an attempt to rein in the deficit': none of the required modifiers ('assassination attempt') and no
    'on'/'against' target ('the attempt on his life')."""
    if _prep_objects_at(p, noun, _TARGET_PREPS):
        return False
    lowers = p.lowers
    return not any(lem(t) in required or lowers[t] in required for t in _themes_at(p, noun, True))


def _limits_own(verb: Token, quantities: frozenset[str], lemma_of: Callable[[Token], str], *,
                anyone: bool = False) -> bool:
    """'agreed to limit its tin exports', 'cut their output': a quota on the actor's own economic quantity is
    market policy, no restriction imposed on anyone. ``anyone`` (the act has no recipient): any economic
    quantity counts ('decided to limit recurrent expenditure')."""
    return any(c.dep_ == "dobj" and lemma_of(c) in quantities
               and (anyone or any(p.dep_ == "poss" and p.lower_ in _OWN_POSSESSIVES for p in children_of(c)))
               for c in children_of(verb))


def _public_opinion(verb: Token, rules: PlausibilityRules, lemma_of: Callable[[Token], str]) -> bool:
    """'A majority of Australians oppose the war', '60 percent of voters back him': a share of a people or of the
    public holds a view; 'most senators rejected the bill' is a body acting (its 'of' noun is no people noun)."""
    for subject in (c for c in children_of(verb) if c.dep_ == "nsubj"):
        if lemma_of(subject) not in rules.opinion_quantities and subject.lower_ not in rules.opinion_quantities:
            continue
        if lemma_of(subject) in {"poll", "survey", "respondent", "public"}:
            return True
        people = _prep_objects(subject, frozenset({"of"}))
        if any(p.ent_type_ == "NORP" or lemma_of(p) in rules.opinion_people or p.lower_ in rules.opinion_people
               for p in people):
            return True
    return False


def _with_cause(noun: Token, causes: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'caused the death of', 'responsible for the deaths', 'blamed for the death': a word of causing governs the
    outcome noun (through objects, prepositions and conjuncts, at most four steps up)."""
    token = noun
    for _ in range(4):
        if token.dep_ not in {"dobj", "pobj", "prep", "conj", "nsubjpass", "appos", "compound"} or token.head is token:
            return False
        token = token.head
        lemma = lemma_of(token)  # a verb no word list knows may lose its final e ('caused' -> 'caus')
        if lemma in causes or f"{lemma}e" in causes or token.lower_ in causes:
            return True
    return False


def _indicator_subject(p: Parse, verb: int, indicators: frozenset[str], lem: Callable[[int], str]) -> bool:
    """'Taiwan's trade surplus hit 13.6 billion dlrs', 'export growth was limited', 'hit by a fall in oil
    prices': an economic quantity or movement as subject or agent performs or undergoes no political act."""
    subjects = _subjects_at(p, verb, _CLAUSE_SUBJECTS)
    deps, head = p.deps, p.heads[verb]
    if not subjects and deps[verb] == "xcomp" and head != verb:  # 'the surplus started to decline'
        subjects = [c for c in p.kids[head] if deps[c] in {"nsubj", "nsubjpass"}]
    return any(lem(s) in indicators for s in subjects)


def themes(trigger: Token, *, nominal: bool) -> list[Token]:
    """What the trigger acts on: a verb's object, passive subject or the noun its participle describes ('the
    report released by X'); a noun's modifiers ('stock exchange') and 'of' noun; with their conjuncts."""
    doc = trigger.doc
    return [doc[t] for t in _themes_at(parse_of(doc), trigger.i, nominal)]


def _themes_at(p: Parse, k: int, nominal: bool) -> list[int]:
    """:func:`themes` of token ``k``, as token indices."""
    deps, tags, kids = p.deps, p.tags, p.kids
    if nominal:
        found = [c for c in kids[k] if deps[c] in _MODIFIER_DEPS]
    else:
        found = [c for c in kids[k] if deps[c] in {"dobj", "nsubjpass"} and tags[c] not in _RELATIVE_TAGS]
        if deps[k] in {"acl", "relcl"}:
            found.append(p.heads[k])
    found += [g for t in list(found) if not nominal for g in _conjuncts(p, t)]
    holders = [k] if nominal else list(found)
    found += [g for h in holders for g in _prep_objects_at(p, h, _OF)]
    return found


def _prep_objects(token: Token, preps: frozenset[str] | set[str]) -> list[Token]:
    doc = token.doc
    return [doc[g] for g in _prep_objects_at(parse_of(doc), token.i, preps)]


def _prep_objects_at(p: Parse, k: int, preps: frozenset[str] | set[str]) -> list[int]:
    """The objects of token ``k``'s prepositions ``preps`` ('of', 'in'...)."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    return [g for c in kids[k] if deps[c] == "prep" and lowers[c] in preps for g in kids[c] if deps[g] == "pobj"]


def _excluded_theme_at(p: Parse, k: int, event_type: str, nominal: bool,
                       keys: Sequence[tuple[str, str, frozenset[str]]], lem: Callable[[int], str]) -> bool:
    """'released a report', 'Stock Exchange', 'acceded to independence', 'armed with knives'. ``keys``: the
    trigger lemma's theme_exclusions keys (:attr:`PlausibilityRules.themes_by_lemma`); a table key is 'lemma' or
    'lemma+prep' (the noun of that preposition), either with ':TYPE', which must then be ``event_type``."""
    for prep, key_type, words in keys:
        if key_type and key_type != event_type:
            continue
        found = _prep_objects_at(p, k, {prep}) if prep else _themes_at(p, k, nominal)
        if found and _ANY in words or any(lem(t) in words or p.lowers[t] in words for t in found):
            return True
    return False


def _caused_by(p: Parse, trigger: int, disasters: frozenset[str], subject_only: frozenset[str],
               lem: Callable[[int], str], subjects: list[int] | None = None) -> bool:
    """'Typhoon kills four', 'killed by a storm', 'were killed in an air crash', 'floods destroying crops'
    (``subjects``: the trigger's subjects through :func:`_antecedent`, when the caller has them; a new list)."""
    deps, heads, tags, lowers = p.deps, p.heads, p.tags, p.lowers
    causes = [_antecedent(p, c) for c in _subjects_at(p, trigger)] if subjects is None else subjects
    if deps[trigger] == "acl":
        causes.append(heads[trigger])
    elif not causes and deps[trigger] in {"advcl", "conj", "xcomp", "ccomp"} and heads[trigger] != trigger:
        causes = _subjects_at(p, heads[trigger])
    settings = _prep_objects_at(p, trigger, _DURING) if tags[trigger] == "VBN" else []
    named = [*causes, *settings]
    named += [c for t in list(named) if tags[t].startswith("NNP") for c in p.kids[t] if deps[c] == "compound"]
    return any((lem(t) in disasters or lowers[t] in disasters)
               and (t in causes or not (lem(t) in subject_only or lowers[t] in subject_only)) for t in named)


def _antecedent(p: Parse, subject: int) -> int:
    """The noun a relative pronoun stands for ('landslides and floods that killed 340': floods)."""
    verb = p.heads[subject]
    if p.tags[subject] in {"WDT", "WP"} and p.deps[verb] == "relcl":
        return p.heads[verb]
    return subject


def _accidental_blast(p: Parse, trigger: int, nominal: bool, rules: PlausibilityRules,
                      lem: Callable[[int], str], subjects: list[int] | None = None) -> bool:
    """'a mine blast killed 12 miners', 'a gas explosion at the plant': an explosion (the noun trigger or the
    verb's subject) with an industrial or accident word in its clause and no word of attack ('a bomb blast')."""
    deps, heads, lowers = p.deps, p.heads, p.lowers
    if nominal:
        blasts = [trigger]
    else:
        blasts = [_antecedent(p, s) for s in _subjects_at(p, trigger)] if subjects is None else subjects
    blasts = [b for b in blasts if lem(b) in rules.blast_nouns or lowers[b] in rules.blast_nouns]
    if not blasts:
        return False
    clause = trigger
    while deps[clause] not in {"ROOT", "ccomp", "advcl", "relcl"} and heads[clause] != clause:
        clause = heads[clause]
    words = {w for t in p.doc[clause].subtree for w in (lowers[t.i], lem(t.i))}
    return bool(words & rules.accident_words) and not words & rules.attack_words


def _toll_of(p: Parse, trigger: int, disasters: frozenset[str], lem: Callable[[int], str]) -> bool:
    """'Bangladesh was submerged, destroying crops and killing 700': the toll of an intransitive disaster verb."""
    deps, heads = p.deps, p.heads
    head = heads[trigger]
    while deps[trigger] == "conj" and deps[head] in {"advcl", "conj"} and heads[head] != head:
        trigger, head = head, heads[head]  # 'destroying crops and killing 700'
    return deps[trigger] in {"advcl", "conj"} and p.tags[trigger] == "VBG" and lem(head) in disasters \
        and not any(deps[c] == "dobj" for c in p.kids[head])


def _subjects_at(p: Parse, verb: int, labels: frozenset[str] = _ACTIVE_SUBJECTS) -> list[int]:
    """A verb's subject (a child labelled one of ``labels``) and its passive agent ('killed by a storm'), the
    subjects first, in one pass over the children."""
    deps, kids = p.deps, p.kids
    found: list[int] = []
    agents: list[int] = []
    for child in kids[verb]:
        dep = deps[child]
        if dep in labels:
            found.append(child)
        elif dep == "agent":
            agents += [g for g in kids[child] if deps[g] == "pobj"]
    return found + agents


def _in_combat(trigger: Token, combat: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'engaged the rebels', 'engaged in heavy fighting' (not 'engaged in a peace process', 'engaged to X')."""
    passive_by = any(c.dep_ == "agent" for c in children_of(trigger))  # 'is engaged to X' is a state
    if any(c.dep_ == "dobj" or c.dep_ == "nsubjpass" and passive_by for c in children_of(trigger)):
        return True
    return any(lemma_of(t) in combat or t.lower_ in combat for t in _prep_objects(trigger, {"in"}))


def _game(p: Parse, k: int, sports: frozenset[str], lem: Callable[[int], str]) -> bool:
    """'beat Brazil 2-1', 'defeated Spain in the World Cup final', 'beat China to win the gold medal'."""
    subtree = subtree_indices(p.kids, k)
    if _has_score(p, subtree):
        return True
    tags, lowers = p.tags, p.lowers
    return any(tags[t][:2] in {"NN", "JJ"} and (lowers[t] in sports or lem(t) in sports) for t in subtree)


def _has_score(p: Parse, words: list[int]) -> bool:
    """Tokens ``words`` (in order) hold a score: numbers around a dash or 'to' ('3 - 1'), or a word like '89-53'.
    A score needs a dash or 'to', or a score word: without one no Token is made (``like_num`` is a Token's)."""
    texts = p.texts
    if not any(texts[t] in _SCORE_LINKS or _SCORE.fullmatch(texts[t]) for t in words):
        return False
    tokens = [p.doc[t] for t in words]
    return any(a.like_num and b.text in _SCORE_LINKS and c.like_num
               for a, b, c in zip(tokens, tokens[1:], tokens[2:])) or any(_SCORE.fullmatch(t.text) for t in tokens)


def _implies(trigger: Token, rules: PlausibilityRules, lemma_of: Callable[[Token], str]) -> bool:
    """'the data suggest', 'suggested that Iran could be behind it': a view, not a proposal ('suggested talks',
    'suggested that talks be held', 'suggested that Kyiv should negotiate')."""
    subjects = [c for c in children_of(trigger) if c.dep_ == "nsubj"]
    if any(lemma_of(s) in rules.evidence_nouns for s in subjects):
        return True
    clauses = [c for c in children_of(trigger) if c.dep_ == "ccomp"]
    if not clauses or any(c.dep_ == "dobj" for c in children_of(trigger)):
        return False
    for clause in clauses:
        auxes = [c for c in children_of(clause) if c.dep_ in {"aux", "auxpass"}]
        modals = [a for a in auxes if a.tag_ == "MD"]
        if any(lemma_of(m) in rules.proposal_modals or m.lower_ in rules.proposal_modals for m in modals):
            return False
        if not modals and (clause.tag_ == "VB" or any(a.tag_ == "VB" for a in auxes)):
            return False  # subjunctive: 'that he resign', 'that talks be held'
    return True


def _topic_of(p: Parse, noun: int, topics: frozenset[str], lem: Callable[[int], str]) -> bool:
    """'Five facts about France's headscarf ban', 'what to know about the strike': a topic, not a report."""
    prep = p.heads[noun]
    if p.deps[prep] != "prep" or p.lowers[prep] not in {"about", "on", "of"} or p.heads[prep] == prep:
        return False
    holder = p.heads[prep]
    return lem(holder) in topics or p.lowers[holder] in topics


def _biography(p: Parse, k: int) -> bool:
    """'X, who resigned as leader in 2013, ...': a dated past relative clause is background on its noun."""
    if p.deps[k] != "relcl" or p.tags[k] not in {"VBD", "VBN"}:
        return False
    trigger, words = p.doc[k], p.texts  # the subtree lies between its edges: no digits there, no year (cheap test)
    if not any(map(str.isdigit, words[trigger.left_edge.i:trigger.right_edge.i + 1])):
        return False
    return any(t.like_num and t.text.isdigit() and 1900 <= int(t.text) <= 2099 for t in trigger.subtree)


def _figurative_sense(p: Parse, k: int, lem: Callable[[int], str], trigger: Token, *, lemma: str, event_type: str,
                      nominal: bool, rules: PlausibilityRules, lemma_of: Callable[[Token], str]) -> str | None:
    """Constructions that give a conflict word another sense: an impact verb without an agent or weapon
    ('the scandal hit the party'), a fight for a goal ('fight to keep their jobs'), a retort ('shot back:'), an
    idiom ('lead the charge'). Token ``k`` is ``trigger``; the rare word-gated tests read Tokens."""
    if nominal:
        idioms = rules.idiom_heads.get(lemma)
        if idioms and p.deps[k] in {"dobj", "nsubjpass"} and lem(p.heads[k]) in idioms:
            return "idiom"
        if lemma in rules.struggle_verbs and _disputes(trigger, rules.dispute_topics, lemma_of):
            return "political-dispute"  # a headline's 'EU chief battles France over budget' (tagged a noun)
        return None
    if event_type == "ASSAULT" and lemma in rules.impact_verbs and _non_agent_subject(trigger, rules, lemma_of):
        return "non-agent-impact"
    senses = rules.particle_senses.get(lemma)  # most verbs have no particle sense: no pass over the children
    if senses and any(p.deps[c] == "prt" and p.lowers[c] in senses for c in p.kids[k]):
        return "particle-sense"  # 'kicked off a visit', 'prices shot up'
    if lemma in rules.harm_verbs and _instrument_subject(trigger, rules.instrument_subjects, lemma_of):
        return "non-agent-impact"
    if lemma in rules.struggle_verbs and _struggles(trigger):
        return "struggle-for-goal"
    if lemma in rules.struggle_verbs and _disputes(trigger, rules.dispute_topics, lemma_of):
        return "political-dispute"
    if lemma in rules.retort_verbs and _retorts(trigger):
        return "retort"
    return None


def _non_agent_subject(verb: Token, rules: PlausibilityRules, lemma_of: Callable[[Token], str]) -> bool:
    """'Schooling mix-up hits Portugal', 'the race hit a new low': a common-noun subject naming no one who acts
    (no named modifier, no person, group or weapon word)."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"]
    if not subjects:
        return False
    for subject in subjects:
        words = list(subject.subtree)
        if subject.tag_ not in {"NN", "NNS"} or any(t.ent_type_ or t.tag_.startswith("NNP") for t in words):
            return False
        if lemma_of(subject) in rules.violent_subjects or subject.lower_ in rules.violent_subjects:
            return False
    return True


def _instrument_subject(verb: Token, instruments: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'U.N. sanctions would destroy society', 'delays could hurt Turkey', 'uncertainty surrounding oil
    revenues': a policy, instrument or circumstance is the subject, or the noun a participle describes (a named
    modifier owns it and does not act)."""
    subjects = [c for c in children_of(verb) if c.dep_ == "nsubj"] + ([verb.head] if verb.dep_ == "acl" else [])
    return any(lemma_of(s) in instruments or s.lower_ in instruments for s in subjects)


def _struggles(verb: Token) -> bool:
    """'fought to keep their freedoms', 'battles to quash terrorism': an infinitive goal and no opponent."""
    goal = any(c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in children_of(c))
               and c.i > verb.i for c in children_of(verb))
    opponent = any(c.dep_ in {"dobj", "nsubjpass"} or c.dep_ == "prep" and c.lower_ in {"against", "with"}
                   for c in children_of(verb))
    return goal and not opponent


def _disputes(word: Token, topics: frozenset[str], lemma_of: Callable[[Token], str]) -> bool:
    """'battles France over the budget', 'fought over the reform bill': a fight over a policy matter is a
    political dispute, and so is one over a question ('clashed over how to proceed'); 'fought over control of the
    town' is not one: 'control' is no policy topic."""
    return any(g.dep_ == "pcomp" or g.dep_ == "pobj" and lemma_of(g) in topics
               for c in children_of(word) if c.dep_ == "prep" and c.lower_ == "over" for g in children_of(c))


def _retorts(verb: Token) -> bool:
    """'shot back: "I wouldn't bet on it"', 'fired back that the claim was false'."""
    if not any(c.dep_ == "prt" and c.lower_ == "back" or c.dep_ == "advmod" and c.lower_ == "back"
               for c in children_of(verb)):
        return False
    if any(c.dep_ == "dobj" for c in children_of(verb)):
        return False
    after = verb.doc[verb.i + 1: verb.i + 4]
    return any(c.dep_ == "ccomp" for c in children_of(verb)) or any(t.text in {":", '"', "\u201c"} for t in after)
