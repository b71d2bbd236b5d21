"""The content of a demand or appeal gives it its CAMEO sub-code.

CAMEO codes appeals (02x) and demands (10x) by what is asked for, in the same order as the acts themselves:
'Russia said Ukraine must withdraw its troops' demands a de-escalation (1056), 'urged Turkey to release the
journalists' appeals for a release (0253), 'pressured Greece to allocate more money' demands aid (1031).
A generic demand or appeal (100, 020) whose content clause is a coded cooperative act takes the parallel code:
the table ``content_recode`` in status_cues.yaml maps the content act's CAMEO prefix to the demand code (the
longest prefix wins); the appeal code is the same with 02 for 10.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from .parse import Parse, parse_of

_DEMAND, _APPEAL = "10", "02"
_CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "advcl", "acl"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass"})


@dataclass(frozen=True)
class ContentRecode:
    """Generic demand/appeal codes and the content-act prefix -> demand code table."""

    generic: frozenset[str]
    by_prefix: Mapping[str, str]

    @classmethod
    def from_cues(cls, raw: Mapping[str, Any] | None) -> ContentRecode:
        """Build from the ``content_recode`` block of status_cues.yaml (absent block = no-op)."""
        raw = raw or {}
        return cls(generic=frozenset(str(c) for c in raw.get("generic") or ()),
                   by_prefix={str(k): str(v) for k, v in (raw.get("by_prefix") or {}).items()})

    def target(self, cameo: str, content: str | None) -> str | None:
        """The sub-code of generic demand/appeal ``cameo`` whose content act is coded ``content``, else None."""
        if cameo not in self.generic or content is None or not cameo.startswith((_DEMAND, _APPEAL)):
            return None
        prefixes = [p for p in self.by_prefix if content.startswith(p)]
        if not prefixes:
            return None
        demand = self.by_prefix[max(prefixes, key=len)]
        return demand if cameo.startswith(_DEMAND) else _APPEAL + demand[len(_DEMAND):]


def content_verb(trigger: Token) -> Token | None:
    """The verb of what a demand or appeal asks for: the clause a modal of obligation sits in ('Y must
    withdraw'), the trigger's complement clause ('urged Y to release', 'pressed for Y to release'), or a
    clause on its object noun ('issued a reminder that Y must cooperate')."""
    p, t = parse_of(trigger.doc), trigger.i
    found = _content_verb(p, t)
    return None if found is None else p.doc[found]


def _content_verb(p: Parse, t: int) -> int | None:
    deps, tags, kids = p.deps, p.tags, p.kids
    if tags[t] == "MD":
        return p.heads[t] if tags[p.heads[t]].startswith("VB") else None
    for child in kids[t]:
        if deps[child] in _CLAUSE_DEPS and tags[child].startswith("VB"):
            return child
    for obj in (c for c in kids[t] if deps[c] in _OBJECT_DEPS):
        for clause in kids[obj]:
            if deps[clause] in {"acl", "ccomp"} and tags[clause] == "VB":
                return clause
    return None


def content_code(verb: Token, patterns: Any, lemma: Callable[[Token], str]) -> str | None:
    """The CAMEO code of the content verb's pattern that names one of its object words (head, then compounds);
    None when no such pattern exists."""
    name = lemma(verb)
    if name not in patterns.verb_lemmas:
        return None
    p, v = parse_of(verb.doc), verb.i
    deps, lowers, kids, doc = p.deps, p.lowers, p.kids, p.doc
    particles = {lowers[c] for c in kids[v] if deps[c] == "prt"}
    preps = {lowers[c] for c in kids[v] if deps[c] == "prep"}
    for obj in (c for c in kids[v] if deps[c] in _OBJECT_DEPS):
        compounds = [c for c in kids[obj] if c < obj and deps[c] == "compound"]  # doc[obj].lefts' compounds
        for word in [lemma(doc[obj]), *(lemma(doc[c]) for c in compounds)]:
            found = patterns.match_verb(name, particles=particles, objects={word}, preps=preps)
            if found is not None and found.objects:
                return found.cameo
    return None  # a bare verb ('help', 'restore', 'return to') says too little about what is asked


@dataclass(frozen=True)
class SettlementRecode:
    """'agreed on a plan to end their border dispute': a generic agreement, rejection, demand or appeal whose
    object or complement settles a conflict is about settling it (037, 127, 107, 027)."""

    verbs: frozenset[str]
    nouns: frozenset[str]
    by_code: Mapping[str, str]

    @classmethod
    def from_cues(cls, raw: Mapping[str, Any] | None) -> SettlementRecode:
        """Build from the ``settlement_recode`` block of status_cues.yaml (absent block = no-op)."""
        raw = raw or {}
        return cls(verbs=frozenset(str(w) for w in raw.get("verbs") or ()),
                   nouns=frozenset(str(w) for w in raw.get("nouns") or ()),
                   by_code={str(k): str(v) for k, v in (raw.get("by_code") or {}).items()})

    def target(self, cameo: str, trigger: Token, lemma: Callable[[Token], str]) -> str | None:
        """The settlement code of ``cameo`` when the trigger governs 'end/settle/resolve' + a conflict noun."""
        new = self.by_code.get(cameo)
        return new if new is not None and settles_conflict(trigger, self.verbs, self.nouns, lemma) else None


_SETTLE_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "acl", "xcomp", "advcl", "pcomp", "nsubjpass"})


def settles_conflict(trigger: Token, verbs: frozenset[str], nouns: frozenset[str],
                     lemma: Callable[[Token], str], *, depth: int = 4) -> bool:
    """True when a verb of settling ('end', 'resolve') with a conflict noun as its object ('the dispute', 'the
    war') hangs from the trigger through objects, prepositions and complements (not through a reported or
    relative clause), at most ``depth`` steps down."""
    p = parse_of(trigger.doc)
    deps, tags, kids, doc = p.deps, p.tags, p.kids, p.doc
    frontier = [trigger.i]
    for _ in range(depth):
        frontier = [c for t in frontier for c in kids[t] if deps[c] in _SETTLE_PATH_DEPS]
        for k in frontier:
            if tags[k].startswith("VB") and lemma(doc[k]) in verbs and any(
                    deps[c] in {"dobj", "nsubjpass"} and lemma(doc[c]) in nouns for c in kids[k]):
                return True
    return False
