"""Who said it: reported speech (reporting verbs, 'according to'), quotes, and interview turns."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Token

from .arguments import (
    Arg,
    Arguments,
    MentionIndex,
    participle_subject_at,
    verb_arguments,
)
from .doctree import children_of
from .parse import Parse, lemma_reader, parse_of
from .status import load_yaml

Lemmatizer = Callable[[Token], str]
_QUOTE_PAIRS = (('"', '"'), ("“", "”"), ("«", "»"), ("‘", "’"))
_TURN_RE = re.compile(r"^(?P<label>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|Q|A)\s?:\s+\S", re.MULTILINE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
QUESTION_LABELS = frozenset({"q", "question", "interviewer", "journalist", "reporter", "host"})
ANONYMOUS_LABELS = frozenset({"a", "answer", "expert", "analyst", "guest", "interviewee"})


def load_reporting_verbs() -> dict[str, str]:
    """lemma -> kind (say|claim|warn|deny|ask) from ``data/reporting_verbs.csv``, else the YAML fallback."""
    path = resources.files("multivector.coding") / "data" / "reporting_verbs.csv"
    if path.is_file():
        with path.open(encoding="utf-8") as handle:
            return {row["lemma"].strip().lower(): row["kind"].strip() for row in csv.DictReader(handle)
                    if row.get("lemma")}
    fallback = load_yaml("status_cues.yaml").get("reporting_fallback") or {}
    return {str(w).lower(): kind for kind, words in fallback.items() for w in words}


@dataclass(frozen=True)
class Report:
    """A reporting frame over a trigger: the reporting verb and the token naming the speaker."""

    verb: Token
    speaker: Token | None
    kind: str


def find_report(trigger: Token, reporting: Mapping[str, str], lemma: Lemmatizer) -> Report | None:
    """The reporting verb whose complement contains the trigger ('Lavrov said that ...', '..., he said').

    A warning is its own report: for 'Lavrov warned that Moscow would respond' the speaker is Lavrov.
    The climb follows head indices (:mod:`.parse`); Tokens are made for reporting verbs only.
    """
    p, k = parse_of(trigger.doc), trigger.i
    lemma_at = lemma_reader(p, lemma)
    if reporting.get(lemma_at(k)) == "warn" and content_clause(trigger) is not None:
        return Report(trigger, _subject(trigger), "warn")
    deps, heads = p.deps, p.heads
    for _ in range(40):
        found = _report_on(p, k, reporting, lemma_at)
        if found is not None:
            return found
        if heads[k] == k:  # the root
            return None
        came_from, k = deps[k], heads[k]
        if came_from in {"ccomp", "parataxis", "xcomp"}:
            word = lemma_at(k)
            if word in reporting:
                if came_from == "xcomp" and reporting[word] == "say":
                    continue  # 'said to be' is not a report of the trigger's content
                token = p.doc[k]
                return Report(token, _subject(token), reporting[word])
        if came_from in {"relcl", "appos"}:
            return None
    return None


def _subject(verb: Token) -> Token | None:
    p = parse_of(verb.doc)
    found = _subject_at(p, verb.i)
    return None if found is None else p.doc[found]


def _subject_at(p: Parse, v: int) -> int | None:
    deps = p.deps
    for child in p.kids[v]:
        dep = deps[child]
        if dep in {"nsubj", "nsubjpass", "csubj"}:  # 'The Red Cross operating/working in Iraq said'
            real = participle_subject_at(p, child)
            if dep != "csubj" or real != child:
                return real
        if dep == "agent":
            return next((g for g in p.kids[child] if deps[g] == "pobj"), None)
    return None


def _report_on(p: Parse, k: int, reporting: Mapping[str, str], lemma_at: Callable[[int], str]) -> Report | None:
    """A reporting frame attached to token ``k``: a parataxis reporting verb ('..., he said'), else
    'according to X'. One pass over the children (this runs for every ancestor of every trigger)."""
    according = None
    deps, lowers = p.deps, p.lowers
    for child in p.kids[k]:
        dep = deps[child]
        if dep == "parataxis":
            kind = reporting.get(lemma_at(child))
            if kind is not None:
                token = p.doc[child]
                return Report(token, _subject(token), kind)
        elif according is None and dep == "prep" and lowers[child] == "according":
            according = _according_to(p, child)
    return according


def _according_to(p: Parse, prep: int) -> Report | None:
    deps = p.deps
    for to in p.kids[prep]:
        obj = next((g for g in p.kids[to] if deps[g] == "pobj"), None)
        if obj is not None:
            return Report(p.doc[prep], p.doc[obj], "say")
    return None


def quote_around(sentence_text: str, offset: int) -> str | None:
    """The quoted words of the sentence that contain character ``offset`` (relative to the sentence)."""
    for opening, closing in _QUOTE_PAIRS:
        start = sentence_text.find(opening)
        while start != -1:
            end = sentence_text.find(closing, start + 1)
            if end == -1:
                break
            if start < offset < end:
                return sentence_text[start + 1:end].strip() or None
            start = sentence_text.find(opening, end + 1)
    return None


@dataclass(frozen=True)
class Turn:
    """One interview turn: character range in the article text, its label, and whether it asks."""

    start: int
    end: int
    label: str
    is_question: bool


def find_turns(text: str, *, outlet: str | None = None) -> list[Turn]:
    """Interview turns ('Q:', 'Name:', 'Expert:' at a line start); empty when the text is not a transcript."""
    if ":" not in text:  # every turn label ends in a colon: most news texts need no regex scan
        return []
    heads = [m for m in _TURN_RE.finditer(text)]
    named = [m for m in heads if m.group("label").lower() not in QUESTION_LABELS | ANONYMOUS_LABELS]
    if len(heads) < 2 or (len(named) == len(heads) and len(heads) < 3):
        # not a transcript: only explicit question labels ("Question: ...") still mark a turn
        heads = [m for m in heads if m.group("label").lower() in QUESTION_LABELS]
    turns = []
    for pos, match in enumerate(heads):
        end = heads[pos + 1].start() if pos + 1 < len(heads) else _transcript_end(text, heads)
        label = match.group("label").strip()
        body = text[match.end() - 1:end].strip()
        turns.append(Turn(match.start(), end, label, _asks(label, body, outlet)))
    return turns


def _transcript_end(text: str, heads: list[re.Match[str]]) -> int:
    """Where the last turn ends: at the next blank line when the turns are not themselves separated by
    blank lines (the narrative resumes there), else at the end of the text."""
    gaps = [text[a.start():b.start()] for a, b in zip(heads, heads[1:])]
    if any(_BLANK_LINE.search(gap) for gap in gaps):
        return len(text)
    blank = _BLANK_LINE.search(text, heads[-1].start())
    return blank.start() if blank else len(text)


def _asks(label: str, body: str, outlet: str | None) -> bool:
    low = label.lower()
    if low in QUESTION_LABELS or (outlet and low == outlet.strip().lower()):
        return True
    return body.endswith("?") and low not in ANONYMOUS_LABELS


def turn_at(turns: list[Turn], offset: int) -> Turn | None:
    """The turn containing a character offset, if any."""
    for turn in turns:
        if turn.start <= offset < turn.end:
            return turn
    return None


def content_clause(verb: Token) -> Token | None:
    """The clausal complement of a speech verb: 'take' in 'warned that Moscow would take measures'."""
    return next((c for c in children_of(verb) if c.dep_ == "ccomp" and c.tag_.startswith("VB")), None)


def _condition(clause: Token, marks: frozenset[str]) -> Token | None:
    """The conditional clause of a threat: 'agrees' in '... if Tokyo agrees to the deployment'."""
    for child in children_of(clause):
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks for m in children_of(child)):
            return child
    return None


def threat_arguments(trigger: Token, args: Arguments, index: MentionIndex, *, frames: frozenset[str],
                     marks: frozenset[str], lemma: Lemmatizer) -> Arguments:
    """Actors and targets of a threat voiced as 'A warned (B) that X would ... against C if D ...'.

    DESIGN §3: speakers announcing their own side's act make their side the actor, so the subject X of the
    content clause acts when it is on the warner's side (or the warner is unresolved); the target is the
    warned party B, else the content's target C, else the subject D of the condition. Without a content
    clause the arguments are returned unchanged.
    """
    content = content_clause(trigger) if lemma(trigger) in frames else None
    if content is None:
        return args
    inner = verb_arguments(content, index)
    own_side = [a for a in inner.actors if _on_side(a, args.actors)]
    actors = tuple(own_side) or args.actors or inner.actors
    others = [a for a in inner.actors if a not in own_side and args.actors]
    condition = _condition(content, marks)
    conditional = verb_arguments(condition, index).actors if condition is not None else ()
    for candidates in (args.recipients, tuple(others) + inner.recipients, conditional):
        kept = tuple(a for a in candidates if not _on_side(a, actors))
        if kept:
            return Arguments(actors, kept, False, args.inherited, args.pronoun_subject)
    return Arguments(actors, (), False, args.inherited, args.pronoun_subject)


def _on_side(arg: Arg, side: tuple[Arg, ...]) -> bool:
    """The argument's state is the state of someone in ``side`` (or ``side`` is empty)."""
    country = arg.mention.actor.country
    return not side or any(country is not None and country == s.mention.actor.country for s in side)
