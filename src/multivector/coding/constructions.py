"""Constructions the plain slot matcher misses, tried when no pattern names one of the verb's direct objects.

A pattern's ``object`` slot normally names the head of a direct object. Two further constructions fill it:

- **Prepositional object**: for a prepositional verb listed in ``data/prepositional_verbs.csv`` ('oppose to',
  'warn of', 'call for', 'hold ... as'), the noun of that preposition fills the object slot of a pattern that
  names the same preposition ('Israel *is opposed to* French mediation' matches ``oppose,,mediation,to``; 'held
  civilians *as* human shields' matches ``hold,,shield,as``). Other verbs keep object and preposition apart
  ('set a date *for* talks' is no 'set ... talks').
- **To-infinitive complement**: the pseudo object word ``@inf`` stands for any 'to'-infinitive complement of the
  verb ('pressured the workers *to cancel* the strike' matches ``pressure,,@inf,,100``), also a 'for' clause
  ('pressed *for Iran to release* ...', which also fills the preposition slot ``for``). The complement is
  absorbed: it is the content of the demand, not an event of its own; its subject is whom the demand addresses
  (:func:`complement_subjects`).
- **Object classes**: the pseudo object word ``@none`` stands for a verb used without a direct object ('gunmen
  fired on the crowd', 'troops fired', not 'fired its ambassador'); ``@person`` for an object that is a person or
  group of people: a person or nationality name, or a noun of ``data/person_nouns.csv`` ('captured two soldiers',
  'captured Saddam Hussein', not 'captured the market'). Tried after the object words, so a pattern that names
  the object still wins ('fired rockets', 'captured the town').
- **Complement subject**: 'allowed UN inspectors to visit the site' (the parser often makes 'inspectors' the
  subject of 'visit'): the subject of a to-infinitive complement fills the object slot of a pattern naming it.

:func:`construction_pattern` is called by the coder's verb matcher (``Coder._match_verb``).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from .arguments import Arg
from .ontology import DATA_DIR, read_csv
from .parse import Parse, parse_of, to_infinitive_at
from .roles import is_person_at

INFINITIVE = "@inf"
NO_OBJECT = "@none"
PERSON = "@person"
PREPOSITIONAL_VERB_FILE = DATA_DIR / "prepositional_verbs.csv"
_CLASSES = frozenset({NO_OBJECT, PERSON})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_PREP_DEPS = frozenset({"prep", "agent"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl"})

LemmaAt = Callable[[int], str]  # a lemmatiser by token index


def construction_pattern(table: Any, p: Parse, v: int, lemma: str, lemma_at: LemmaAt, particles: set[str],
                         preps: set[str]) -> tuple[Any, list[int]]:
    """A pattern of verb ``v`` (lemma ``lemma``; ``lemma_at``: lemmas by token index, :func:`.parse.lemma_reader`)
    matched through a prepositional object or a to-infinitive complement, with the token indexes it absorbed;
    ``(None, [])`` when neither construction applies."""
    wanted = table.object_words(lemma)
    if not wanted:  # every construction fills an object slot: a verb without object patterns has none
        return None, []
    allowed = load_prepositional_verbs().get(lemma)
    for prep, words in (prepositional_objects_at(p, v, lemma_at) if allowed else ()):
        for word in (words if prep in allowed else ()):
            pattern = table.match_verb(lemma, particles=particles, objects={word}, preps={prep})
            if pattern is not None and pattern.prep == prep and word in pattern.objects:
                return pattern, []
    complement = infinitive_complement_at(p, v) if INFINITIVE in wanted else None
    if complement is not None:
        clause_preps = preps | {"for"} if _for_clause(p, complement) else preps
        pattern = table.match_verb(lemma, particles=particles, objects={INFINITIVE}, preps=clause_preps)
        if pattern is not None and INFINITIVE in pattern.objects:
            return pattern, [complement]
    return _class_pattern(table, p, v, lemma, lemma_at, particles, preps, wanted)


def _class_pattern(table: Any, p: Parse, v: int, lemma: str, lemma_at: LemmaAt, particles: set[str],
                   preps: set[str], wanted: frozenset[str]) -> tuple[Any, list[int]]:
    """A pattern naming the subject of a to-infinitive complement, or the class of the verb's objects."""
    for subject in _complement_subject_nouns(p, v):
        for word in [lemma_at(subject), *(lemma_at(c) for c in _compounds_before(p, subject))]:
            pattern = table.match_verb(lemma, particles=particles, objects={word}, preps=preps)
            if pattern is not None and word in pattern.objects:
                return pattern, [p.heads[subject]]  # the complement is what is allowed, no event of its own
    for word in (object_classes_at(p, v, lemma_at) if not wanted.isdisjoint(_CLASSES) else ()):
        pattern = table.match_verb(lemma, particles=particles, objects={word}, preps=preps)
        if pattern is not None and word in pattern.objects:
            return pattern, []
    return None, []


def _compounds_before(p: Parse, k: int) -> list[int]:
    """The compound modifiers left of token ``k`` (``[c for c in doc[k].lefts if c.dep_ == "compound"]``)."""
    deps = p.deps
    return [c for c in p.kids[k] if c < k and deps[c] == "compound"]


def object_classes_at(p: Parse, v: int, lemma_at: LemmaAt) -> list[str]:
    """The pseudo object words that describe verb ``v``'s objects: ``@none`` without any, ``@person`` when one is
    a person or group of people ('two soldiers', 'dozens of rebels', 'Saddam Hussein')."""
    deps, kids = p.deps, p.kids
    objects = [c for c in kids[v] if deps[c] in _OBJECT_DEPS]
    if not objects:
        return [NO_OBJECT]
    nouns = [n for o in objects for n in (o, *_of_nouns(p, o), *(c for c in kids[o] if deps[c] == "conj"))]
    return [PERSON] if any(is_person_at(p, n, lemma_at) for n in nouns) else []


def _of_nouns(p: Parse, k: int) -> list[int]:
    deps, lowers, kids = p.deps, p.lowers, p.kids
    return [g for c in kids[k] if deps[c] == "prep" and lowers[c] == "of" for g in kids[c] if deps[g] == "pobj"]


def _complement_subject_nouns(p: Parse, v: int) -> list[int]:
    """Noun subjects of the verb's to-infinitive complements ('allowed inspectors to visit' -> inspectors)."""
    deps, tags, kids = p.deps, p.tags, p.kids
    return [s for comp in kids[v] if deps[comp] in {"xcomp", "ccomp"} and tags[comp] == "VB" and to_infinitive_at(p, comp)
            for s in kids[comp] if deps[s] == "nsubj" and tags[s].startswith("NN")]


@functools.lru_cache(maxsize=2)
def load_prepositional_verbs(path: Path = PREPOSITIONAL_VERB_FILE) -> dict[str, frozenset[str]]:
    """Verb lemma -> the prepositions whose noun fills the verb's object slot ('opposed to', 'warned of')."""
    out: dict[str, set[str]] = {}
    for _, row in read_csv(path, ("lemma", "prep")):
        if row["lemma"] and row["prep"]:
            out.setdefault(row["lemma"].strip().lower(), set()).add(row["prep"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def prepositional_objects_at(p: Parse, v: int, lemma_at: LemmaAt) -> list[tuple[str, list[str]]]:
    """(preposition, object words) for each prepositional phrase on verb ``v`` or on its direct object: the noun's
    lemma, then its compound modifiers ('as human shields' -> shield; 'to the peace plan' -> plan, peace)."""
    deps, tags, kids = p.deps, p.tags, p.kids
    out: list[tuple[str, list[str]]] = []
    holders = [v, *(c for c in kids[v] if deps[c] == "dobj")]  # 'held hundreds of villagers as shields'
    for prep in (c for h in holders for c in kids[h] if deps[c] in _PREP_DEPS):
        for noun in (g for g in kids[prep] if deps[g] == "pobj" and tags[g].startswith("NN")):
            words = [lemma_at(noun)] + [lemma_at(c) for c in _compounds_before(p, noun)]
            out.append((p.lowers[prep], words))
    return out


def infinitive_complement_at(p: Parse, v: int) -> int | None:
    """Verb ``v``'s 'to'-infinitive complement when it asks someone else to act ('pressured X to cancel', 'pushed
    X to accept', 'pressed for X to release'), or None.

    A passive verb ('was pressured to resign') and a verb without an object ('pushed to win') keep the
    complement as the subject's own act."""
    deps, tags, kids = p.deps, p.tags, p.kids
    if any(deps[c] in {"nsubjpass", "auxpass"} for c in kids[v]):
        return None
    has_object = any(deps[c] == "dobj" for c in kids[v])
    for comp in kids[v]:
        if deps[comp] not in _COMPLEMENT_DEPS or tags[comp] != "VB":
            continue
        if _for_clause(p, comp):
            return comp  # a 'for' clause may lack its 'to' in translated news ('pushing for the U.S. back ...')
        if not has_object and (deps[comp] == "advcl" or not any(deps[c] == "nsubj" for c in kids[comp])):
            continue  # nobody else is pressed: 'pushing to win passage of ...' is the subject's own aim
        if to_infinitive_at(p, comp):
            return comp
    return None


def _for_clause(p: Parse, clause: int) -> bool:
    """'pressed for Iran to release ...': a 'for' subject clause, whose subject is the one asked."""
    deps, lowers, children = p.deps, p.lowers, p.kids[clause]
    return any(deps[c] == "mark" and lowers[c] == "for" for c in children) and any(deps[c] == "nsubj" for c in children)


def complement_subjects(absorbed: tuple[Token, ...], index: Any) -> tuple[Arg, ...]:
    """Actors named as the subject of an absorbed complement clause ('pressed for Iran to release ...' -> Iran):
    whom a demand or appeal addresses when the verb names no one."""
    out: list[Arg] = []
    for clause in absorbed:
        p, k = parse_of(clause.doc), clause.i
        head = f"-{p.deps[k]}-> {p.texts[k]} -nsubj-> "
        for subject in (c for c in p.kids[k] if p.deps[c] == "nsubj"):
            out.extend(Arg(m, head + m.text) for m in index.for_head_at(p, subject))
    return tuple(out)
