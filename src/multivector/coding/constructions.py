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

INFINITIVE = "@inf"
PREPOSITIONAL_VERB_FILE = DATA_DIR / "prepositional_verbs.csv"
_PREP_DEPS = frozenset({"prep", "agent"})
_COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp", "advcl"})

Lemmatizer = Callable[[Token], str]


def construction_pattern(table: Any, verb: Token, lemma_of: Lemmatizer, particles: set[str],
                         preps: set[str]) -> tuple[Any, list[Token]]:
    """A pattern of ``verb`` matched through a prepositional object or a to-infinitive complement, with the
    tokens it absorbed; ``(None, [])`` when neither construction applies."""
    lemma = lemma_of(verb)
    if lemma not in table.verb_lemmas:
        return None, []
    allowed = load_prepositional_verbs().get(lemma, frozenset())
    for prep, words in prepositional_objects(verb, lemma_of):
        for word in (words if prep in allowed else ()):
            pattern = table.match_verb(lemma, particles=particles, objects={word}, preps={prep})
            if pattern is not None and pattern.prep == prep and word in pattern.objects:
                return pattern, []
    complement = infinitive_complement(verb)
    if complement is not None:
        clause_preps = preps | {"for"} if _for_clause(complement) else preps
        pattern = table.match_verb(lemma, particles=particles, objects={INFINITIVE}, preps=clause_preps)
        if pattern is not None and INFINITIVE in pattern.objects:
            return pattern, [complement]
    return None, []


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
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # 'held hundreds of villagers as shields'
    for prep in (c for h in holders for c in h.children if c.dep_ in _PREP_DEPS):
        for noun in (g for g in prep.children if g.dep_ == "pobj" and g.tag_.startswith("NN")):
            words = [lemma_of(noun)] + [lemma_of(c) for c in noun.lefts if c.dep_ == "compound"]
            out.append((prep.lower_, words))
    return out


def infinitive_complement(verb: Token) -> Token | None:
    """The verb's 'to'-infinitive complement when it asks someone else to act ('pressured X to cancel', 'pushed
    X to accept', 'pressed for X to release'), or None.

    A passive verb ('was pressured to resign') and a verb without an object ('pushed to win') keep the
    complement as the subject's own act."""
    if any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
        return None
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for comp in verb.children:
        if comp.dep_ not in _COMPLEMENT_DEPS or comp.tag_ != "VB":
            continue
        if _for_clause(comp):
            return comp  # a 'for' clause may lack its 'to' in translated news ('pushing for the U.S. back ...')
        if not has_object and (comp.dep_ == "advcl" or not any(c.dep_ == "nsubj" for c in comp.children)):
            continue  # nobody else is pressed: 'pushing to win passage of ...' is the subject's own aim
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in comp.children):
            return comp
    return None


def _for_clause(clause: Token) -> bool:
    """'pressed for Iran to release ...': a 'for' subject clause, whose subject is the one asked."""
    children = list(clause.children)
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in children) and any(c.dep_ == "nsubj" for c in children)


def complement_subjects(absorbed: tuple[Token, ...], index: Any) -> tuple[Arg, ...]:
    """Actors named as the subject of an absorbed complement clause ('pressed for Iran to release ...' -> Iran):
    whom a demand or appeal addresses when the verb names no one."""
    out: list[Arg] = []
    for clause in absorbed:
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            out.extend(Arg(m, f"-{clause.dep_}-> {clause.text} -nsubj-> {m.text}") for m in index.for_head(subject))
    return tuple(out)
