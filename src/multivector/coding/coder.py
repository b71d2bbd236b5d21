"""The event coder: triggers from pattern tables, arguments from the parse, status, speaker, date, place.

``Coder.code`` turns one parsed article into DESIGN §3 events. It iterates each sentence's tokens once,
looking lemmas up in the pattern table's sets, and does the heavier work (argument walks, dates, places)
only for tokens that match a pattern in a sentence that mentions an actor.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from .. import __version__
from ..errors import CodingError
from ..model import ActorRef, Article, Event
from .arguments import Arguments, MentionIndex, noun_arguments, verb_arguments
from .attribution import ANONYMOUS_LABELS, QUESTION_LABELS, Turn, find_report, find_turns, load_reporting_verbs, quote_around, turn_at
from .dates import event_date
from .explain import explain_lines
from .places import LazyGazetteer, find_place
from .status import StatusCues, StatusResult, detect_status

log = logging.getLogger(__name__)
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "dative"})


@dataclass(frozen=True)
class Candidate:
    """A matched trigger inside a sentence, before it becomes an event."""

    token: Token
    pattern: Any
    nominal: bool


@dataclass(frozen=True)
class Coded:
    """An event with the evidence the explanation needs."""

    event: Event
    candidate: Candidate
    args: Arguments
    status: StatusResult
    speaker_via: str | None


@dataclass
class _ArticleState:
    article: Article
    kb: Any
    index: MentionIndex
    turns: list[Turn]
    coder_version: str
    turn_speakers: dict[str, ActorRef | None]


class Coder:
    """Codes parsed articles into events; build with :meth:`load` (patterns, ontology and cue lists)."""

    def __init__(self, *, ontology: Any, patterns: Any, lemma: Callable[[Token], str],
                 cues: StatusCues | None = None, reporting: Mapping[str, str] | None = None,
                 gazetteer: LazyGazetteer | None = None) -> None:
        self.ontology = ontology
        self.patterns = patterns
        self.lemma = lemma
        self.cues = cues or StatusCues.load()
        self.reporting = dict(reporting) if reporting is not None else load_reporting_verbs()
        self.gazetteer = gazetteer or LazyGazetteer()
        recode = self.cues.raw.get("plan_recode") or {}
        self._recode_types = frozenset(recode.get("types") or ())
        self._recode_default = str(recode.get("default", "030"))
        self._recode_prefix = {str(k): str(v) for k, v in (recode.get("by_prefix") or {}).items()}
        self._need_recipient = frozenset(self.cues.raw.get("need_recipient") or ())
        self.version = f"{__version__}+p{str(patterns.version)[:8]}"

    @classmethod
    def load(cls, *, overlays: Sequence[Path] = ()) -> Coder:
        """The packaged coder, with optional pattern overlay files."""
        from .lexicon import lemma
        from .ontology import Ontology
        from .patterns import PatternTable

        return cls(ontology=Ontology.load(), patterns=PatternTable.load(overlays=overlays), lemma=lemma)

    def code(self, doc: Doc, article: Article, kb: Any) -> list[Event]:
        """All events of a parsed article (``doc`` must be the parse of ``article.text``)."""
        return [coded.event for coded in self._code(doc, article, kb)]

    def explain(self, doc: Doc, article: Article, kb: Any) -> list[tuple[Event, list[str]]]:
        """Each event with its parse path (trigger, path to each argument) and the status cues found."""
        return [(c.event, explain_lines(c)) for c in self._code(doc, article, kb)]

    def _code(self, doc: Doc, article: Article, kb: Any) -> list[Coded]:
        try:
            mentions = kb.find_mentions(doc, on=article.date)
            state = _ArticleState(article, kb, MentionIndex(mentions), find_turns(article.text, outlet=article.source),
                                  f"{self.version}+a{str(kb.version)[:8]}", {})
            out: list[Coded] = []
            for index, sent in enumerate(doc.sents):
                if any(state.index.at(tok) for tok in sent):
                    out.extend(self._code_sentence(index, sent, state))
            return out
        except (KeyError, ValueError, AttributeError, IndexError) as error:
            raise CodingError(f"coding failed: {error!r}", source=article.id) from error

    def _code_sentence(self, index: int, sent: Span, state: _ArticleState) -> list[Coded]:
        coded = [c for c in (self._event(index, sent, cand, state) for cand in self._triggers(sent)) if c]
        return _prune(coded)

    def _triggers(self, sent: Span) -> list[Candidate]:
        """Pattern matches in a sentence: verbs first; nouns that a matched verb already governs are skipped."""
        verbs, nouns, consumed = [], [], set()
        table, lemma = self.patterns, self.lemma
        for tok in sent:
            tag = tok.tag_
            if tag.startswith("VB") and lemma(tok) in table.verb_lemmas:
                pattern = self._match_verb(tok)
                if pattern is not None:
                    verbs.append(Candidate(tok, pattern, False))
                    consumed.update(c.i for c in tok.children if c.dep_ in _OBJECT_DEPS)
            elif tag.startswith("NN") and lemma(tok) in table.noun_lemmas:
                nouns.append(tok)
        for tok in nouns:
            if tok.i in consumed:
                continue
            preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
            pattern = table.match_noun(self.lemma(tok), preps=preps)
            if pattern is not None:
                verbs.append(Candidate(tok, pattern, True))
        return verbs

    def _match_verb(self, tok: Token) -> Any:
        particles = {c.lower_ for c in tok.children if c.dep_ == "prt"}
        objects = {self.lemma(c) for c in tok.children if c.dep_ in _OBJECT_DEPS}
        preps = {c.lower_ for c in tok.children if c.dep_ in {"prep", "agent"}}
        for child in tok.children:
            if child.dep_ in _OBJECT_DEPS:
                preps.update(g.lower_ for g in child.children if g.dep_ == "prep")
        return self.patterns.match_verb(self.lemma(tok), particles=particles, objects=objects, preps=preps)

    def _event(self, index: int, sent: Span, cand: Candidate, state: _ArticleState) -> Coded | None:
        mapping = self.ontology.plover_for(cand.pattern.cameo)
        if mapping is None:
            return None  # 01x statements are not events
        args = noun_arguments(cand.token, state.index) if cand.nominal else verb_arguments(cand.token, state.index)
        turn = turn_at(state.turns, sent.start_char)
        status = detect_status(cand.token, cues=self.cues, lemma=self.lemma, event_type=mapping.event_type,
                               question_turn=bool(turn and turn.is_question))
        cameo, event_type, mapping = self._recode(cand.pattern.cameo, mapping, status)
        speaker, via = self._speaker(cand.token, turn, state)
        actors, recipients = _participants(args, speaker)
        if not actors or (not recipients and event_type in self._need_recipient and len(actors) < 2):
            return None
        return Coded(self._make_event(index, sent, cand, state, cameo=cameo, event_type=event_type,
                                      mapping=mapping, actors=actors, recipients=recipients, status=status,
                                      speaker=speaker, args=args),
                     cand, args, status, via)

    def _recode(self, cameo: str, mapping: Any, status: StatusResult) -> tuple[str, str, Any]:
        """Plans and commitments to CONSULT/SUPPORT/COOPERATE/AID become AGREE (CAMEO 03x)."""
        intended = status.status == "planned" or status.committed
        if not intended or mapping.event_type not in self._recode_types:
            return cameo, mapping.event_type, mapping
        prefixes = [p for p in self._recode_prefix if cameo.startswith(p)]
        new = self._recode_prefix[max(prefixes, key=len)] if prefixes else self._recode_default
        new_mapping = self.ontology.plover_for(new)
        if new_mapping is None:
            return cameo, mapping.event_type, mapping
        return new, new_mapping.event_type, new_mapping

    def _speaker(self, trigger: Token, turn: Turn | None, state: _ArticleState) -> tuple[ActorRef | None, str | None]:
        report = find_report(trigger, self.reporting, self.lemma)
        if report is not None and report.speaker is not None:
            found = state.index.for_head(report.speaker)
            if found:
                return found[0].actor.with_text(found[0].text), f"{report.verb.text} -> {report.speaker.text}"
        if turn is not None and not turn.is_question:
            return self._turn_speaker(turn, state), f"interview turn '{turn.label}'"
        return None, None

    def _turn_speaker(self, turn: Turn, state: _ArticleState) -> ActorRef | None:
        label = turn.label
        if label not in state.turn_speakers:
            anonymous = label.lower() in ANONYMOUS_LABELS | QUESTION_LABELS
            state.turn_speakers[label] = None if anonymous else state.kb.resolve(label, on=state.article.date)
        return state.turn_speakers[label]

    def _make_event(self, index: int, sent: Span, cand: Candidate, state: _ArticleState, *, cameo: str,
                    event_type: str, mapping: Any, actors: tuple[ActorRef, ...],
                    recipients: tuple[ActorRef, ...], status: StatusResult, speaker: ActorRef | None,
                    args: Arguments) -> Event:
        article, pattern = state.article, cand.pattern
        offset = cand.token.idx - sent.start_char
        when = event_date(sent.text, article.date, future=status.status == "planned", anchor=offset)
        trigger = trigger_text(cand, self.lemma)
        rule = pattern.id if cameo == pattern.cameo else f"{pattern.id}>intent:{cameo}"
        return Event(
            id=Event.make_id(article.id, index, cameo, trigger, tuple(a.code for a in actors),
                             tuple(r.code for r in recipients)),
            article_id=article.id, sentence_index=index, span=(sent.start_char, sent.start_char + len(sent.text)),
            text=sent.text, trigger=trigger, event_type=event_type,
            mode=(pattern.mode if cameo == pattern.cameo else None) or mapping.mode,
            context=tuple((pattern.context if cameo == pattern.cameo else ()) or mapping.context),
            cameo=cameo, quad_class=self.ontology.quad_class(event_type),
            goldstein=float(self.ontology.goldstein(cameo)), actors=actors, recipients=recipients,
            status=status.status, speaker=speaker, quote=quote_around(sent.text, offset),
            date=when.date, date_precision=when.precision, date_source=when.source,
            location=find_place(cand.token, self.gazetteer),
            confidence=_confidence(cand, args, status, speaker), rule=rule, coder_version=state.coder_version)


def _participants(args: Arguments, speaker: ActorRef | None) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Actor refs from arguments: first-person/pronoun subjects fall back to the speaker; self-dyads dropped."""
    actors = tuple(a.mention.actor.with_text(a.mention.text) for a in args.actors)
    if not actors and args.pronoun_subject and speaker is not None:
        actors = (speaker,)
    recipients = tuple(r.mention.actor.with_text(r.mention.text) for r in args.recipients)
    if args.symmetric:
        return _unique(actors + recipients), ()
    kept = tuple(r for r in recipients if not any(_same_side(a, r) for a in actors))
    return _unique(actors), _unique(kept)


def _same_side(a: ActorRef, b: ActorRef) -> bool:
    if a.code == b.code:
        return True
    return a.country is not None and a.country == b.country and a.sector == b.sector


def _unique(refs: tuple[ActorRef, ...]) -> tuple[ActorRef, ...]:
    seen, out = set(), []
    for ref in refs:
        key = (ref.code, ref.id, ref.name)
        if key not in seen:
            seen.add(key)
            out.append(ref)
    return tuple(out)


def trigger_text(cand: Candidate, lemma: Callable[[Token], str]) -> str:
    """The trigger word plus the particle, object and preposition its pattern used ('hold ... talks with')."""
    tok, pattern = cand.token, cand.pattern
    parts = [tok]
    for child in tok.children:
        if child.dep_ == "prt" and pattern.particle and child.lower_ == pattern.particle:
            parts.append(child)
        elif child.dep_ in _OBJECT_DEPS and pattern.objects and lemma(child) in pattern.objects:
            parts.append(child)
    for head in [tok] + [p for p in parts if p is not tok]:
        prep = next((c for c in head.children if c.dep_ == "prep" and pattern.prep and c.lower_ == pattern.prep), None)
        if prep is not None:
            parts.append(prep)
            break
    parts.sort(key=lambda t: t.i)
    text = parts[0].text
    for prev, cur in zip(parts, parts[1:]):
        text += (" " if cur.i == prev.i + 1 else " ... ") + cur.text
    return text


def _confidence(cand: Candidate, args: Arguments, status: StatusResult, speaker: ActorRef | None) -> float:
    score = 0.9
    score -= 0.1 if cand.nominal else 0.0
    score -= 0.1 if args.inherited else 0.0
    score -= 0.05 if not args.recipients and not args.symmetric else 0.0
    score -= 0.05 if status.status != "asserted" else 0.0
    score -= 0.05 if not (cand.pattern.objects or cand.pattern.prep or cand.pattern.particle) else 0.0
    score -= 0.05 if speaker is not None and not args.actors else 0.0
    return round(min(0.99, max(0.05, score)), 2)


def _prune(coded: list[Coded]) -> list[Coded]:
    """Drop duplicates, and a generic 'agreed' whose complement already carries the specific intent."""
    specific_heads = {c.candidate.token.head.i for c in coded
                      if c.candidate.token.dep_ == "xcomp" and c.event.event_type == "AGREE"}
    out, seen = [], set()
    for c in coded:
        ev = c.event
        if ev.event_type == "AGREE" and c.candidate.token.i in specific_heads:
            continue
        key = (ev.cameo, tuple(a.code for a in ev.actors), tuple(r.code for r in ev.recipients), ev.status)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out
