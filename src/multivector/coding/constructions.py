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
from .doctree import children_of
from .ontology import DATA_DIR, read_csv
from .roles import is_person

INFINITIVE = "@inf"
NO_OBJECT = "@none"
PERSON = "@person"
PREPOSITIONAL_VERB_FILE = DATA_DIR / "prepositional_verbs.csv"
_CLASSES = frozenset({NO_OBJECT, PERSON})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})
_PREP_DEPS = frozenset({"prep", "agent"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl"})

Lemmatizer = Callable[[Token], str]


def construction_pattern(table: Any, verb: Token, lemma_of: Lemmatizer, particles: set[str],
                         preps: set[str]) -> tuple[Any, list[Token]]:
    """A pattern of ``verb`` matched through a prepositional object or a to-infinitive complement, with the
    tokens it absorbed; ``(None, [])`` when neither construction applies."""
    lemma = lemma_of(verb)
    wanted = table.object_words(lemma)
    if not wanted:  # every construction fills an object slot: a verb without object patterns has none
        return None, []
    allowed = load_prepositional_verbs().get(lemma, frozenset())
    for prep, words in (prepositional_objects(verb, lemma_of) if allowed else ()):
        for word in (words if prep in allowed else ()):
            pattern = table.match_verb(lemma, particles=particles, objects={word}, preps={prep})
            if pattern is not None and pattern.prep == prep and word in pattern.objects:
                return pattern, []
    complement = infinitive_complement(verb) if INFINITIVE in wanted else None
    if complement is not None:
        clause_preps = preps | {"for"} if _for_clause(complement) else preps
        pattern = table.match_verb(lemma, particles=particles, objects={INFINITIVE}, preps=clause_preps)
        if pattern is not None and INFINITIVE in pattern.objects:
            return pattern, [complement]
    return _class_pattern(table, verb, lemma, lemma_of, particles, preps, wanted)


def _class_pattern(table: Any, verb: Token, lemma: str, lemma_of: Lemmatizer, particles: set[str],
                   preps: set[str], wanted: frozenset[str]) -> tuple[Any, list[Token]]:
    """A pattern naming the subject of a to-infinitive complement, or the class of the verb's objects."""
    for subject in complement_subject_nouns(verb):
        for word in [lemma_of(subject), *(lemma_of(c) for c in subject.lefts if c.dep_ == "compound")]:
            pattern = table.match_verb(lemma, particles=particles, objects={word}, preps=preps)
            if pattern is not None and word in pattern.objects:
                return pattern, [subject.head]  # the complement is what is allowed, no event of its own
    for word in (object_classes(verb, lemma_of) if not wanted.isdisjoint(_CLASSES) else ()):
        pattern = table.match_verb(lemma, particles=particles, objects={word}, preps=preps)
        if pattern is not None and word in pattern.objects:
            return pattern, []
    return None, []


def object_classes(verb: Token, lemma_of: Lemmatizer) -> list[str]:
    """The pseudo object words that describe the verb's objects: ``@none`` without any, ``@person`` when one is
    a person or group of people ('two soldiers', 'dozens of rebels', 'Saddam Hussein')."""
    objects = [c for c in children_of(verb) if c.dep_ in _OBJECT_DEPS]
    if not objects:
        return [NO_OBJECT]
    nouns = [n for o in objects for n in (o, *_of_nouns(o), *(c for c in children_of(o) if c.dep_ == "conj"))]
    return [PERSON] if any(is_person(n, lemma_of) for n in nouns) else []


def _of_nouns(noun: Token) -> list[Token]:
    return [g for p in children_of(noun) if p.dep_ == "prep" and p.lower_ == "of" for g in children_of(p) if g.dep_ == "pobj"]


def complement_subject_nouns(verb: Token) -> list[Token]:
    """Noun subjects of the verb's to-infinitive complements ('allowed inspectors to visit' -> inspectors)."""
    return [s for comp in children_of(verb) if comp.dep_ in {"xcomp", "ccomp"} and comp.tag_ == "VB"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(comp))
            for s in children_of(comp) if s.dep_ == "nsubj" and s.tag_.startswith("NN")]


@functools.lru_cache(maxsize=2)
def load_prepositional_verbs(path: Path = PREPOSITIONAL_VERB_FILE) -> dict[str, frozenset[str]]:
    """Verb lemma -> the prepositions whose noun fills the verb's object slot ('opposed to', 'warned of')."""
    out: dict[str, set[str]] = {}
    for _, row in read_csv(path, ("lemma", "prep")):
        if row["lemma"] and row["prep"]:
            out.setdefault(row["lemma"].strip().lower(), set()).add(row["prep"].strip().lower())
    return {k: frozenset(v) for k, v in out.items()}


def prepositional_objects(verb: Token, lemma_of: Lemmatizer) -> list[tuple[str, list[str]]]:
    """(preposition, object words) for each prepositional phrase on the verb or on its direct object: the noun's
    lemma, then its compound modifiers ('as human shields' -> shield; 'to the peace plan' -> plan, peace)."""
    out: list[tuple[str, list[str]]] = []
    holders = [verb, *(c for c in children_of(verb) if c.dep_ == "dobj")]  # 'held hundreds of villagers as shields'
    for prep in (c for h in holders for c in children_of(h) if c.dep_ in _PREP_DEPS):
        for noun in (g for g in children_of(prep) if g.dep_ == "pobj" and g.tag_.startswith("NN")):
            words = [lemma_of(noun)] + [lemma_of(c) for c in noun.lefts if c.dep_ == "compound"]
            out.append((prep.lower_, words))
    return out


def infinitive_complement(verb: Token) -> Token | None:
    """The verb's 'to'-infinitive complement when it asks someone else to act ('pressured X to cancel', 'pushed
    X to accept', 'pressed for X to release'), or None.

    A passive verb ('was pressured to resign') and a verb without an object ('pushed to win') keep the
    complement as the subject's own act."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(verb)):
        return None
    has_object = any(c.dep_ == "dobj" for c in children_of(verb))
    for comp in children_of(verb):
        if comp.dep_ not in _COMPLEMENT_DEPS or comp.tag_ != "VB":
            continue
        if _for_clause(comp):
            return comp  # a 'for' clause may lack its 'to' in translated news ('pushing for the U.S. back ...')
        if not has_object and (comp.dep_ == "advcl" or not any(c.dep_ == "nsubj" for c in children_of(comp))):
            continue  # nobody else is pressed: 'pushing to win passage of ...' is the subject's own aim
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in children_of(comp)):
            return comp
    return None


def _for_clause(clause: Token) -> bool:
    """'pressed for Iran to release ...': a 'for' subject clause, whose subject is the one asked."""
    children = list(children_of(clause))
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(c.dep_ == "nsubj" for c in children)


def complement_subjects(absorbed: tuple[Token, ...], index: Any) -> tuple[Arg, ...]:
    """Actors named as the subject of an absorbed complement clause ('pressed for Iran to release ...' -> Iran):
    whom a demand or appeal addresses when the verb names no one."""
    out: list[Arg] = []
    for clause in absorbed:
        for subject in (c for c in children_of(clause) if c.dep_ == "nsubj"):
            out.extend(Arg(m, f"-{clause.dep_}-> {clause.text} -nsubj-> {m.text}") for m in index.for_head(subject))
    return tuple(out)
