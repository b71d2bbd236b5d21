"""The country a bare group noun takes from its text ("militants", "gunmen", "troops", "police", "civilians").

A group noun without an own country ("Kazakh police", "Russia's troops", "rebels in Mali" are settled when
composing) borrows one, by the first of these that gives an answer:

1. its own attachment: "insurgents loyal to al-Sadr", "militants from Pakistan" (words in ``allegiance.csv``);
2. an earlier mention of the same sector ("U.S. soldiers ... Four soldiers were charged");
3. the latest earlier actor of its own sentence that is on its side: never a co-argument of its own
   predicate ("U.S. forces battled insurgents", "Britons were shot by gunmen": the other side; but rebels
   fight their own government, so "the Sudanese government accused rebels" makes them Sudanese), never a
   victim or object, and a place only where the sector's policy allows ("In Baghdad, gunmen ..."); a person
   or title only when the sentence names no other country (conservative: "Mbeki calls for an arms embargo,
   rebels vow to fight on in Ivory Coast" names a mediator and the country: the rebels are not South African);
4. for residents (police, civilians) a place the sentence locates its event in, if there is one;
5. the state the earlier text names most often (strictly), named at least twice or as a place; victims and
   objects do not count.

A country inherited by another group noun is no evidence ("Rebels attacked and troops answered" does not make
the troops the rebels'). The sector policies are package data (``group_inheritance.csv``). Without a
dependency parse only steps 2, 5 and places apply.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import tokens
from ..model import Mention
from .agents import nominal_agent, nominal_patient
from .tables import read_rows

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from ..tokens import TokenArrays
    from .kb import ActorKB

COREF_WINDOW = 250
ROOTS_KEY = tokens.CACHE_PREFIX + "mention_roots"  # Doc.user_data: (start, end) -> the root token index of those tokens
LOCATIVES = frozenset({"in", "inside", "across", "throughout", "within"})
MAX_PLACE_MODIFIERS = 2  # "in neighbouring Iraq", "in the war-torn north-west of"
VICTIM_DEPS = frozenset({"dobj", "nsubjpass", "dative", "oprd"})
VICTIM_PREPS = frozenset({"against", "on", "upon", "at"})
PHRASE_LINKS = frozenset({"conj", "appos", "compound", "amod", "nmod", "poss"})
OWN_PATH_BREAKS = frozenset({"relcl", "conj", "ccomp", "advcl", "xcomp", "cc"})
OPPOSING_PREPS = frozenset({"between", "among", "versus", "vs.", "against"})
OWNER_KINDS = frozenset({"state", "metonym", "person", "title", "igo"})  # may send or withdraw their troops
OWN_KINDS = frozenset({"state", "metonym", "person", "title", "igo", "group", "sector"})
CORE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
INDIVIDUAL_KINDS = frozenset({"person", "title"})  # may be a foreign mediator, visitor or speaker
PARTICIPANT_PREPS = frozenset({"by", "with", "against", "on", "upon", "at", "to", "between", "among"})
LIGHT_VERB_PREPS = frozenset({"with", "against", "on", "upon", "at", "between", "among"})  # "fought a battle with"
FOREIGN_WORDS = frozenset({"foreign", "overseas", "outside"})


@dataclass(frozen=True)
class GroupPolicy:
    """Where a group sector may take its country from: a place before it in its sentence, a place anywhere in
    its sentence, a place attached to it ("police in Kenya")."""

    sector: str
    located_before: bool
    located_anywhere: bool  # "2" in the table: only as a participant of a verb ("fought rebels in X")
    attached_place: bool
    owned_object: bool = False  # as the object of a state's act, its own ("Poland withdrew troops")
    opposes_government: bool = False  # rebels fight their own government: "the Sudanese government and rebels"
    located_as_participant: bool = False  # not "talks with the rebels in Qatar's capital": hosted abroad


def read_policies(path: Path) -> dict[str, GroupPolicy]:
    """The group-sector policies of a ``group_inheritance.csv`` file, by sector."""
    out = {}
    for _, row in read_rows(path):
        if row.get("sector"):
            out[row["sector"].upper()] = GroupPolicy(row["sector"].upper(), row.get("located_before") == "1",
                                                     row.get("located_anywhere") in ("1", "2"),
                                                     row.get("attached_place") == "1",
                                                     row.get("owned_object") == "1",
                                                     row.get("opposes_government") == "1",
                                                     row.get("located_anywhere") == "2")
    return out


def read_allegiance(path: Path) -> frozenset[str]:
    """Words that make an actor named after a group noun its master ("loyal to", "led by", "from")."""
    return frozenset(row["word"].lower() for _, row in read_rows(path) if row.get("word"))


@dataclass(frozen=True)
class Group:
    """A group noun to settle: tokens ``[start, end)`` and its sector."""

    start: int
    end: int
    sector: str


def group_country(doc: Doc, kb: ActorKB, group: Group, evidence: Sequence[Mention]) -> str | None:
    """The country a group noun takes from ``evidence`` (mentions with their own country), or None."""
    policy = kb.tables.group_policies[group.sector]
    states = [m for m in evidence if m.actor.country in kb.states and m.kind != "pronoun"]
    arrays = tokens.of(doc)
    parsed = arrays.has_parse
    noun = group.end - 1
    sentence = tokens.sentence_range(doc, group.start)
    if parsed and (found := _possessor(arrays, noun, evidence, kb)):
        return found
    if parsed and (found := _own(doc, noun, states, kb.tables.allegiance)):
        return found
    if found := _antecedent(doc, group, states, parsed, policy):
        return found
    head = _phrase_head_at(arrays, noun) if parsed else noun
    # "the beheading of a Kenyan by militants" (only an object of a preposition is an agent: no Token otherwise)
    agent = parsed and arrays.deps[head] == "pobj" and nominal_agent(doc[head])
    foreign = parsed and _foreign(arrays, noun)  # "foreign militants": not of the place or actors of their sentence
    if parsed and not agent and not foreign and (found := _same_sentence(doc, group, sentence, states, policy)):
        return found
    if not foreign and _placed_by_event(doc, head, policy, parsed) \
            and (found := _sentence_place(doc, sentence, states)):
        return found
    return _dominant(doc, sentence[0], states, parsed)


def _possessor(arrays: TokenArrays, noun: int, evidence: Sequence[Mention], kb: ActorKB) -> str | None:
    """The country of the noun's possessor ("Colombia's right-wing paramilitaries", "its troops")."""
    deps = arrays.deps
    for child in arrays.kids[noun]:
        if deps[child] == "poss":
            found = next((m for m in evidence if m.start_token <= child < m.end_token), None)
            if found is not None and found.actor.country in kb.states:
                return found.actor.country
    return None


def _own(doc: Doc, noun: int, states: Sequence[Mention], allegiance: frozenset[str]) -> str | None:
    """An actor inside the noun's own phrase that it belongs to ("loyal to X", "from X"): the path from the
    actor's root up to the noun has an allegiance word (after the root) and no clause break."""
    arrays = tokens.of(doc)
    heads, deps, lowers = arrays.heads, arrays.deps, arrays.lowers
    for mention in states:
        if mention.kind not in OWN_KINDS or mention.end_token - 1 <= noun:
            continue  # its root, inside it, would not follow the noun: no parse walk needed
        root = _root_at(doc, mention)
        if root <= noun:
            continue
        path = [root]  # the root and its ancestors below the noun
        for tok in tokens.ancestors(heads, root):
            if tok == noun:
                break
            path.append(tok)
        else:
            continue  # the noun is no ancestor of the root
        if any(deps[t] in OWN_PATH_BREAKS for t in path):
            continue  # a clause lies between them
        if any(lowers[t] in allegiance for t in path[1:]):
            return mention.actor.country
    return None


def _antecedent(doc: Doc, group: Group, states: Sequence[Mention], parsed: bool, policy: GroupPolicy
                ) -> str | None:
    """The latest earlier mention of the same sector within the window, not the other side of its event."""
    for mention in reversed(states):
        if mention.start_token >= group.start:
            continue
        if group.start - mention.end_token > COREF_WINDOW:
            return None
        if mention.kind == "sector" and mention.actor.sector == group.sector:
            if parsed and _other_side(tokens.of(doc), group.end - 1, _root_at(doc, mention), mention.kind, policy):
                continue
            return mention.actor.country
    return None


def _same_sentence(doc: Doc, group: Group, sentence: tuple[int, int], states: Sequence[Mention],
                   policy: GroupPolicy) -> str | None:
    """The latest earlier actor of the noun's sentence on its side (see the module docstring)."""
    before = [m for m in states if sentence[0] <= m.start_token < group.start]
    places = [m for m in before if _located(doc, m)]
    if places and policy.located_before:  # where it happens beats who comments ("In Baghdad, ... said")
        return places[-1].actor.country
    named = _sentence_countries(group, sentence, states)
    arrays = tokens.of(doc)
    for mention in reversed(before):
        if mention in places or _victim(doc, (head := _root_at(doc, mention))):
            continue
        other_side = _other_side(arrays, group.end - 1, head, mention.kind, policy)
        if other_side and policy.opposes_government and mention.actor.sector == "GOV":
            return mention.actor.country  # "the Sudanese government accused rebels": their own government
        if other_side or (mention.kind in INDIVIDUAL_KINDS and len(named) > 1):
            continue  # "Mbeki calls for ..., rebels vow to fight on in Ivory Coast": a foreign mediator
        return mention.actor.country
    return None


def _sentence_countries(group: Group, sentence: tuple[int, int], states: Sequence[Mention]) -> set[str | None]:
    """The countries a sentence's other mentions name, before or after the group noun: with two or more, a
    person of the sentence may be a foreign mediator, visitor or speaker, and lends the noun no country."""
    start, end = sentence
    return {m.actor.country for m in states if start <= m.start_token < end
            and not group.start <= m.start_token < group.end}


def _sentence_place(doc: Doc, sentence: tuple[int, int], states: Sequence[Mention]) -> str | None:
    """The one state the sentence places its event in ("... in Kenya"), or None when none or several."""
    start, end = sentence
    places = {m.actor.country for m in states if start <= m.start_token < end
              and m.kind in ("state", "metonym") and _located(doc, m)}
    return places.pop() if len(places) == 1 else None


def _placed_by_event(doc: Doc, phrase: int, policy: GroupPolicy, parsed: bool) -> bool:
    """May the group noun (whose phrase head is token ``phrase``) take the place its sentence locates its
    event in (by its sector's policy)?"""
    if not policy.located_as_participant:
        return policy.located_anywhere
    return parsed and _participant_of(tokens.of(doc), phrase) is not None


def _foreign(arrays: TokenArrays, noun: int) -> bool:
    """Is a group noun marked as from abroad ("foreign militants"): the place of its event is not its own?"""
    deps, lowers = arrays.deps, arrays.lowers
    return any(lowers[child] in FOREIGN_WORDS for child in arrays.kids[noun] if deps[child] in ("amod", "compound"))


def _dominant(doc: Doc, before: int, states: Sequence[Mention], parsed: bool) -> str | None:
    """The state named most often (strictly) before token ``before``: at least twice, or once as a place."""
    counts: dict[str, int] = {}
    located: set[str] = set()
    for mention in states:
        if mention.start_token >= before or (parsed and _victim(doc, _root_at(doc, mention))):
            continue
        country = mention.actor.country or ""
        counts[country] = counts.get(country, 0) + 1
        if mention.kind == "state" and _located(doc, mention):
            located.add(country)
    if not counts:
        return None
    count = max(counts.values())
    leaders = [c for c, n in counts.items() if n == count]
    if len(leaders) > 1:
        return None  # a tie
    return leaders[0] if count >= 2 or leaders[0] in located else None


# --- the parse ----------------------------------------------------------------------------------------
def _root_at(doc: Doc, mention: Mention) -> int:
    """The syntactic root of a mention's tokens (``Span.root``; a one-word mention is its own root), found once
    per Doc and token range."""
    start, end = mention.start_token, mention.end_token
    if end - start == 1:
        return start
    size, roots = doc.user_data.get(ROOTS_KEY) or (-1, None)
    if roots is None or size != len(doc):  # a retokenized Doc has new tokens
        size, roots = doc.user_data[ROOTS_KEY] = (len(doc), {})
    found = roots.get((start, end))
    if found is None:
        found = roots[start, end] = doc[start:end].root.i
    return found


def _phrase_head_at(arrays: TokenArrays, k: int) -> int:
    """The head noun of the phrase token ``k`` belongs to (up through conjuncts, appositions and modifiers)."""
    deps, heads = arrays.deps, arrays.heads
    while deps[k] in PHRASE_LINKS and heads[k] != k:
        k = heads[k]
    return k


def _is_verb(arrays: TokenArrays, k: int) -> bool:
    tag = arrays.tags[k]
    return tag.startswith("VB") or tag == "MD"


def _located(doc: Doc, mention: Mention) -> bool:
    """Is a mention a place the text locates something in ("in Baghdad", "in neighbouring Iraq")?"""
    arrays = tokens.of(doc)
    lowers = arrays.lowers
    if arrays.has_parse:
        phrase = _phrase_head_at(arrays, _root_at(doc, mention))
        if arrays.deps[phrase] == "pobj" and lowers[arrays.heads[phrase]] in LOCATIVES:
            return True
    texts, stops = arrays.texts, arrays.stops
    k = mention.start_token - 1
    if k >= 0 and lowers[k] == "the":
        k -= 1
    for _ in range(MAX_PLACE_MODIFIERS):
        if k < 0 or lowers[k] in LOCATIVES or not texts[k].islower() or stops[k]:
            break
        k -= 1
    return k >= 0 and lowers[k] in LOCATIVES


def is_victim(doc: Doc, mention: Mention) -> bool:
    """Is a mention an object or patient of its sentence? False without a dependency parse."""
    return tokens.has_parse(doc) and _victim(doc, _root_at(doc, mention))


def _victim(doc: Doc, head: int) -> bool:
    """Is the phrase of token ``head`` an object or a patient ("killed two Britons", "Britons were shot",
    "attacks on Iraqis")?"""
    arrays = tokens.of(doc)
    phrase = _phrase_head_at(arrays, head)
    dep = arrays.deps[phrase]
    if dep in VICTIM_DEPS:
        return True
    # only an object of a preposition is a patient: no Token otherwise
    return dep == "pobj" and (arrays.lowers[arrays.heads[phrase]] in VICTIM_PREPS or nominal_patient(doc[phrase]))


def _other_side(arrays: TokenArrays, noun: int, head: int, kind: str, policy: GroupPolicy) -> bool:
    """Are the phrases of tokens ``noun`` and ``head`` participants of one predicate (subject and object, or
    two sides "between" them)? Conjuncts of one phrase are one side ("Israeli troops and police") unless
    opposed ("between X and Y"); a state's or leader's troops as the object of its own act are its own
    ("Poland will reduce the number of its troops", "The Soviet Union sends troops")."""
    deps, heads = arrays.deps, arrays.heads
    mine, theirs = _phrase_head_at(arrays, noun), _phrase_head_at(arrays, head)
    if mine == theirs:
        return deps[theirs] == "pobj" and arrays.lowers[heads[theirs]] in OPPOSING_PREPS
    verb, other = _participant_of(arrays, mine), _participant_of(arrays, theirs)
    if verb is None or other is None or verb != other:
        return False
    owned = policy.owned_object and kind in OWNER_KINDS and deps[theirs] == "nsubj" and _owned_forces(arrays, noun)
    return not owned


def _participant_of(arrays: TokenArrays, phrase: int) -> int | None:
    """The verb a phrase (its head token) is a core participant of (subject, object, agent, or the object of a
    preposition of interaction on the verb or on its object: "clashed with", "fired on", "fought a gunbattle
    with"), else None ("chief of the army" is no participant)."""
    deps, heads, lowers = arrays.deps, arrays.heads, arrays.lowers
    dep, prep = deps[phrase], heads[phrase]
    if dep in CORE_DEPS:
        return prep if _is_verb(arrays, prep) else None
    if dep == "pobj" and lowers[prep] in PARTICIPANT_PREPS and _is_verb(arrays, heads[prep]):
        return heads[prep]
    act = heads[prep]  # the object of a light verb: "fought a gunbattle with", "launched an attack on"
    if dep == "pobj" and lowers[prep] in LIGHT_VERB_PREPS and deps[act] == "dobj" and _is_verb(arrays, heads[act]):
        return heads[act]
    return None


def _owned_forces(arrays: TokenArrays, noun: int) -> bool:
    """Is a forces noun the object of its clause ("sends troops", "the number of its troops")?"""
    deps, heads = arrays.deps, arrays.heads
    phrase = _phrase_head_at(arrays, noun)
    while deps[phrase] == "pobj" and arrays.lowers[heads[phrase]] == "of" \
            and arrays.tags[heads[heads[phrase]]].startswith("NN"):
        phrase = _phrase_head_at(arrays, heads[heads[phrase]])
    return deps[phrase] == "dobj"
