"""The event coder: triggers from pattern tables, arguments from the parse, status, speaker, date, place.

``Coder.code`` turns one parsed article into DESIGN §3 events. It iterates each sentence's tokens once,
looking lemmas up in the pattern table's sets, and does the heavier work (argument walks, dates, places)
only for tokens that match a pattern in a sentence that mentions an actor.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from itertools import compress
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from .. import __version__, tokens
from ..actors.matching import span_text
from ..errors import CodingError
from ..model import ActorRef, Article, Event
from ..resources import package_data_digest
from .arguments import (TEMPORAL_ENTS, Arg, Arguments, MentionIndex, aimed_elsewhere_at, beneficiaries,
                        clause_subjects, is_background, locates_target_at, moves_people_at, noun_arguments,
                        place_targets, temporal_at, verb_arguments, visit_hosts, withdrawn_from)
from .attribution import (ANONYMOUS_LABELS, QUESTION_LABELS, Report, Turn, find_report, find_turns,
                          load_reporting_verbs, quote_around, turn_at)
from .attribution import threat_arguments
from .calibration import Calibration, load_calibration
from .constructions import complement_subjects, construction_pattern
from .dateline import dateline_spans, in_dateline
from .doctree import children_of
from .dates import event_date
from .economic import economic
from .explain import explain_lines
from .headline import (Reading, contradicts, headline_conventions, headline_end, read_headline, reacted_to,
                       reading_arguments, same_event)
from .parse import Parse, lemma_reader, parse_of, to_infinitive_at
from .patterns import load_again_verbs, load_container_nouns
from .plausibility import implausible, load_rules, verbal_attack
from .prediction import PREDICTION_CUE, predicted
from .recoding import (CRITICISM, GENERIC_THREAT, Recoder, armed_violence, conditional_future, infinitive_of,
                        is_to_infinitive, same_side, vowed_violence)
from .roles import abducted_people, party_objects_at, seizure_code
from .places import PLACE_LABELS, LazyGazetteer, _entity_text, find_place
from .status import StatusCues, StatusResult, detect_status
from .lexicon import lemma as _token_lemma, lemma_of

log = logging.getLogger(__name__)
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "dative"})
_SUBORDINATE_DEPS = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "pcomp", "csubj"})
_ACTORLESS_TYPES = frozenset({"ASSAULT", "COERCE"})  # 'three soldiers were killed': the victim is known
_PLACE_KINDS = frozenset({"state", "demonym", "metonym"})
_TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
_TOPIC_PREPS = frozenset({"on", "over", "about", "regarding", "concerning"})
_MEETING_INTENT = "036"  # an intent to meet (an invitation, 'agreed to host talks') plans a meeting
_VENUE_TYPES = frozenset({"CONSULT"})  # 'met in Paris': the place of a meeting is no participant
_STANCE_TYPES = frozenset({"SUPPORT", "REJECT"})  # 'backed autonomy for X', 'rejected a role for Y': X, Y targeted
_LOCATIVE_PREPS = frozenset({"in", "near", "at", "around", "outside", "on", "against", "to", "into"})
_DESTINATION_PREPS = frozenset({"to", "into"})
_ARRIVAL_PREPS = _DESTINATION_PREPS | {"in", "at"}
_ORIGIN_STEP = " -prep-> from -pobj-> "
# the dependents verb matching reads: particles, prepositions and agents, objects (Coder._object_heads,
# constructions._OBJECT_DEPS), open complements; a ccomp or advcl only as a 'to'-infinitive or a bare VB clause
_SLOT_DEPS = frozenset({"prt", "prep", "agent", "dobj", "nsubjpass", "attr", "dative", "xcomp"})
_CLAUSE_DEPS = frozenset({"ccomp", "advcl"})
_TRIGGER_TAGS = ("VB", "NN", "MD")  # the Penn tags a trigger can have (verbs, nouns, obligation modals)
_PENN_TRIGGER_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "NN", "NNS", "NNP", "NNPS", "MD"})
MAX_TRIGGER_WORDS = 200_000  # words the trigger-word memo keeps before it starts afresh


@dataclass(frozen=True, init=False)
class Candidate:
    """A matched trigger inside a sentence, before it becomes an event."""

    token: Token
    pattern: Any
    nominal: bool
    absorbed: tuple[Token, ...] = ()  # complement words the pattern used ('invited X to pay a visit')
    governed: bool = False  # another event trigger of the sentence governs this one ('talks on a pullback')
    ambiguous: bool = False  # a bare-lemma match of a lemma whose other patterns code other events
    report: Report | None = None  # a modal of obligation in reported speech ('X said Y must ...'): a demand
    preset: Arguments | None = None  # arguments read linearly from a misparsed headline (coding/headline.py)

    def __init__(self, token: Token, pattern: Any, nominal: bool, absorbed: tuple[Token, ...] = (),
                 governed: bool = False, ambiguous: bool = False, report: Report | None = None,
                 preset: Arguments | None = None) -> None:
        # the fields straight into the instance dict: a frozen dataclass's own __init__ calls object.__setattr__
        # per field, at three times the cost (~9,000 candidates per benchmark pass)
        fields = self.__dict__
        fields["token"], fields["pattern"], fields["nominal"], fields["absorbed"] = token, pattern, nominal, absorbed
        fields["governed"], fields["ambiguous"], fields["report"], fields["preset"] = governed, ambiguous, report, preset


@dataclass(frozen=True, init=False)
class Coded:
    """An event with the evidence the explanation needs."""

    event: Event
    candidate: Candidate
    args: Arguments
    status: StatusResult
    speaker_via: str | None

    def __init__(self, event: Event, candidate: Candidate, args: Arguments, status: StatusResult,
                 speaker_via: str | None) -> None:
        fields = self.__dict__  # as Candidate
        fields["event"], fields["candidate"], fields["args"] = event, candidate, args
        fields["status"], fields["speaker_via"] = status, speaker_via


@dataclass
class _ArticleState:
    article: Article
    kb: Any
    index: MentionIndex
    turns: list[Turn]
    coder_version: str
    turn_speakers: dict[str, ActorRef | None]
    trigger_words: list[int] | None = None  # Coder._trigger_positions, read when a sentence is first coded
    trigger_words_read: bool = False


class Coder:
    """Codes parsed articles into events; build with :meth:`load` (patterns, ontology and cue lists)."""

    def __init__(self, *, ontology: Any, patterns: Any, lemma: Callable[[Token], str],
                 cues: StatusCues | None = None, reporting: Mapping[str, str] | None = None,
                 gazetteer: LazyGazetteer | None = None, calibration: Calibration | None = None) -> None:
        self.ontology = ontology
        self.calibration = calibration  # None: confidence stays the rule-based score
        self.patterns = patterns
        self.lemma = lemma
        # the packaged lemmatiser reads only a token's text and tag: hot loops then need no Token object
        self._text_lemma: Callable[[str, str], str] | None = lemma_of if lemma is _token_lemma else None
        self.cues = cues or StatusCues.load()
        self.reporting = dict(reporting) if reporting is not None else load_reporting_verbs()
        self.gazetteer = gazetteer or LazyGazetteer()
        self.recoder = Recoder(ontology=ontology, patterns=patterns, lemma=lemma, cues=self.cues)
        self._again = load_again_verbs()
        self._need_recipient = frozenset(self.cues.raw.get("need_recipient") or ())
        self._addressless = frozenset(self.cues.raw.get("addressless_with_object") or ())
        self.containers = load_container_nouns()
        self._event_roots: dict[tuple[bool, str], int] = {}  # (nominal, lemma) -> event roots its patterns code
        self._trigger_words: dict[str, bool] = {}  # word -> whether some trigger tag makes it a pattern lemma
        self._slotless: dict[str, Any] = {}  # verb lemma -> its pattern when no dependent fills a slot (_fills_no_slot)
        self._penn_tags: set[str] = set()  # tags of Docs whose trigger-like tags were all Penn tags
        self.version = f"{__version__}+p{str(patterns.version)[:8]}+d{package_data_digest(__package__)}"

    @classmethod
    def load(cls, *, overlays: Sequence[Path] = ()) -> Coder:
        """The packaged coder, with optional pattern overlay files."""
        from .lexicon import lemma
        from .ontology import Ontology
        from .patterns import PatternTable

        return cls(ontology=Ontology.load(), patterns=PatternTable.load(overlays=overlays), lemma=lemma,
                   calibration=load_calibration())

    def code(self, doc: Doc, article: Article, kb: Any) -> list[Event]:
        """All events of a parsed article (``doc`` must be the parse of ``article.text``)."""
        return [coded.event for coded in self._code(doc, article, kb)]

    def explain(self, doc: Doc, article: Article, kb: Any) -> list[tuple[Event, list[str]]]:
        """Each event with its parse path (trigger, path to each argument) and the status cues found."""
        return [(c.event, explain_lines(c)) for c in self._code(doc, article, kb)]

    def _code(self, doc: Doc, article: Article, kb: Any) -> list[Coded]:
        try:
            datelines = dateline_spans(article.text)
            mentions = kb.find_mentions(doc, on=article.date)
            if datelines:  # most texts have none
                mentions = [m for m in mentions if not in_dateline(m.start_char, datelines)]
            state = _ArticleState(article, kb, MentionIndex(mentions), find_turns(article.text, outlet=article.source),
                                  f"{self.version}+a{str(kb.version)[:8]}", {})
            out: list[Coded] = []
            for index, sent in enumerate(doc.sents):
                if state.index.any_in(doc, sent.start, sent.end):
                    out.extend(self._code_sentence(index, sent, state))
            return self._headline_events(doc, state, out)
        except (KeyError, ValueError, AttributeError, IndexError) as error:
            raise CodingError(f"coding failed: {error!r}", source=article.id) from error
        finally:  # the per-Doc caches die with the call: they refer back to the Doc, and a Doc kept alive by
            tokens.release(doc)  # such a cycle waits for the garbage collector and slows every collection

    def _calibrate(self, score: float) -> float:
        """The calibrated probability of a rule score (an increasing map, so ranking by either is the same)."""
        return score if self.calibration is None else self.calibration.probability(score)

    def _code_sentence(self, index: int, sent: Span, state: _ArticleState) -> list[Coded]:
        if not state.trigger_words_read:
            state.trigger_words, state.trigger_words_read = self._trigger_positions(sent.doc), True
        cands = self._ranked(self._triggers(sent, state.trigger_words))
        coded = [c for c in (self._event(index, sent, cand, state) for cand in cands) if c]
        triggers = {cand.token.i for cand in cands}
        return _prune([c for c in coded if not _idle_purpose(c, triggers)])

    def _ranked(self, cands: list[Candidate]) -> list[Candidate]:
        """Mark triggers governed by another event trigger (incl. the act a reported obligation demands) and
        ambiguous bare-lemma matches (for confidence)."""
        if not cands:
            return cands
        a = tokens.of(cands[0].token.doc)
        deps, heads = a.deps, a.heads
        events = {c.token.i for c in cands if self.ontology.plover_for(c.pattern.cameo) is not None}
        demanded = {heads[c.token.i] for c in cands if c.report is not None and deps[c.token.i] == "aux"}  # 'must X'
        out = []
        for cand in cands:
            i = cand.token.i
            governed = (not events <= {i}  # without another event trigger none governs it
                        and not events.isdisjoint(tokens.ancestors(heads, i)) or i in demanded
                        or _is_topic(cand, a)
                        or cand.nominal and is_background(cand.token))
            ambiguous = self._is_ambiguous(cand)
            out.append(Candidate(cand.token, cand.pattern, cand.nominal, cand.absorbed, governed, ambiguous,
                                 cand.report, cand.preset)  # not dataclasses.replace: its generic path costs more
                       if governed or ambiguous else cand)
        return out

    def _is_ambiguous(self, cand: Candidate) -> bool:
        pattern = cand.pattern
        if pattern.objects or pattern.prep or pattern.particle:
            return False
        key = (cand.nominal, pattern.lemma)
        roots = self._event_roots.get(key)
        if roots is None:  # the pattern table is fixed: count each lemma's event roots once
            table = self.patterns.noun_patterns if cand.nominal else self.patterns.verb_patterns
            roots = self._event_roots[key] = len({p.cameo[:2] for p in table(pattern.lemma)})
        return roots > 1

    def _lemma_at(self, doc: Doc, a: tokens.TokenArrays, k: int) -> str:
        """The lemma of token ``k``: the packaged lemmatiser reads only text and tag, so no Token is made."""
        text_lemma = self._text_lemma
        return text_lemma(a.texts[k], a.tags[k]) if text_lemma is not None else self.lemma(doc[k])

    def _trigger_positions(self, doc: Doc) -> list[int] | None:
        """Indexes of the Doc's words that some trigger tag would make a pattern lemma: a superset of the tokens
        :meth:`_triggers` can match, found by a pass in C over the words with a per-word memo. None (test every
        token) with a lemmatiser other than the packaged one or a trigger-like tag outside the Penn set."""
        if self._text_lemma is None:
            return None
        a = tokens.of(doc)
        tags = set(a.tags)
        if not tags <= self._penn_tags:  # a tag set seen before needs no test
            if not _PENN_TRIGGER_TAGS.issuperset(t for t in tags if t.startswith(_TRIGGER_TAGS)):
                return None
            self._penn_tags |= tags
        memo, texts = self._trigger_words, a.texts
        try:  # most Docs have only words seen before: no set of the Doc's words to make
            return list(compress(range(len(texts)), map(memo.__getitem__, texts)))
        except KeyError:
            pass
        new = set(texts).difference(memo)
        if len(memo) > MAX_TRIGGER_WORDS:
            memo.clear()
            new = set(texts)
        memo.update((word, any(self._names_trigger(lemma_of(word, tag), tag) for tag in _PENN_TRIGGER_TAGS))
                    for word in new)
        return list(compress(range(len(texts)), map(memo.__getitem__, texts)))

    def _names_trigger(self, lemma: str, tag: str) -> bool:
        """Whether a lemma with this tag is one :meth:`_triggers` looks up further."""
        if tag.startswith("VB"):
            return lemma in self.patterns.verb_lemmas or lemma in self._again
        return lemma in (self.patterns.noun_lemmas if tag.startswith("NN") else self.patterns.verb_lemmas)

    def _triggers(self, sent: Span, words: list[int] | None = None) -> list[Candidate]:
        """Pattern matches in a sentence: verbs first; nouns that a matched verb already governs are skipped.

        Only the tokens of ``words`` (:meth:`_trigger_positions`; None: every token) are tested, on the Doc's
        token arrays; Token objects are made only for matched triggers."""
        verbs, nouns, consumed = [], [], set()
        table, lemma, text_lemma = self.patterns, self.lemma, self._text_lemma
        verb_lemmas, noun_lemmas, again = table.verb_lemmas, table.noun_lemmas, self._again
        doc = sent.doc
        a = tokens.of(doc)
        tags, texts, deps, kids = a.tags, a.texts, a.deps, a.kids
        start, end = sent.start, sent.end
        for i in range(start, end) if words is None else words[bisect_left(words, start):bisect_left(words, end)]:
            tag = tags[i]
            if not tag.startswith(_TRIGGER_TAGS):
                continue
            word = text_lemma(texts[i], tag) if text_lemma is not None else lemma(doc[i])
            if tag.startswith("VB"):
                if word in verb_lemmas or word in again:
                    pattern, complement, heads = self._match_verb(doc, a, i, word)
                    if pattern is not None:
                        absorbed = tuple(doc[k] for k in complement) if complement else ()
                        verbs.append(Candidate(doc[i], pattern, False, absorbed))
                        consumed.update(heads)
                        consumed.update(k for k in kids[i] if deps[k] == "nsubj")  # 'troops shelled ...'
                        consumed.update(complement)
            elif tag.startswith("NN"):
                if word in noun_lemmas and not self._is_modifier(doc, a, i) \
                        and a.ent_types[i] not in TEMPORAL_ENTS:  # 'March 2' is a date
                    nouns.append(i)
            elif word in verb_lemmas:  # tag MD
                verbs.extend(self._demand(doc[i]))
        verbs = [c for c in verbs if c.token.i not in consumed]
        for i in nouns:
            if i in consumed or self._is_container(doc, a, i):
                continue
            tok = doc[i]
            if self.recoder.ended(tok):  # 'to end the war'
                continue
            preps = {a.lowers[k] for k in kids[i] if deps[k] == "prep" and not temporal_at(a, k)}
            pattern = table.match_noun(self._compound_lemma(doc, a, i), preps=preps)
            if pattern is not None:
                verbs.append(Candidate(tok, pattern, True))
        return verbs

    def _compound_lemma(self, doc: Doc, a: tokens.TokenArrays, noun: int) -> str:
        """'air strike' is 'airstrike', 'war games' 'wargame': a compound written as one word when the table
        knows that word, else the noun's own lemma."""
        lemma = self._lemma_at(doc, a, noun)
        for mod in _lefts(a, noun, "compound"):
            joined = self._lemma_at(doc, a, mod) + lemma
            if joined in self.patterns.noun_lemmas:
                return joined
        return lemma

    def _is_modifier(self, doc: Doc, a: tokens.TokenArrays, noun: int) -> bool:
        """A noun modifying another noun ('war games', 'weapons inspectors') names no event of its own,
        unless that noun is a container ('a sanctions package')."""
        return a.deps[noun] == "compound" and self._lemma_at(doc, a, a.heads[noun]) not in self.containers

    def _demand(self, modal: Token) -> list[Candidate]:
        """'Russia said Sudan must return ...': an obligation modal in a reported clause whose subject is
        not the speaker is the speaker's demand on that subject (patterns of kind verb with a modal lemma)."""
        clause = modal.head
        if modal.dep_ != "aux" or clause.dep_ != "ccomp" or not any(c.dep_ == "nsubj" for c in children_of(clause)):
            return []
        report = find_report(clause, self.reporting, self.lemma)
        if report is None or report.kind != "say" or report.speaker is None or report.verb.i != clause.head.i:
            return []
        pattern = self.patterns.match_verb(self.lemma(modal))
        return [Candidate(modal, pattern, False, report=report)] if pattern is not None else []

    def _match_verb(self, doc: Doc, a: tokens.TokenArrays, verb: int, lemma: str) -> tuple[Any, list[int], list[int]]:
        """The pattern of verb ``verb`` (lemma ``lemma``), the complement tokens the pattern absorbed ('invited X
        to pay a visit') and the verb's object heads (:meth:`object_heads`), as token indexes.

        A 're-' verb ('reimposed blockades') that its own patterns miss is tried as its base verb, with a pattern
        that names its object only."""
        if _fills_no_slot(a, verb):  # 'has' in 'has said', 'said' in 'X said Y attacked': the lemma alone decides
            if lemma not in self._slotless:
                self._slotless[lemma] = self._match_slots(doc, a, verb, lemma)[0]
            return self._slotless[lemma], [], []
        return self._match_slots(doc, a, verb, lemma)

    def _match_slots(self, doc: Doc, a: tokens.TokenArrays, verb: int, lemma: str) -> tuple[Any, list[int], list[int]]:
        """:meth:`_match_verb` from the verb's dependents."""
        particles, preps = _particles_and_preps(a, verb)
        heads = self._object_heads(doc, a, verb)
        deps, lowers, parents, kids = a.deps, a.lowers, a.heads, a.kids
        for child in heads:
            preps.update(lowers[g] for g in kids[child] if deps[g] == "prep" and lowers[g] != "of")
            if parents[child] != verb:  # 'a package of sanctions against X': the container's preps count too
                holder = parents[parents[child]]
                preps.update(lowers[g] for g in kids[holder] if deps[g] == "prep" and lowers[g] != "of")
        pattern, absorbed = self._with_objects(doc, a, verb, lemma, heads, particles, preps)
        # 'is opposed to the plan', 'pressured X to resign' (coding/constructions.py); every construction fills an
        # object slot, so a verb without object patterns has none
        if pattern is None and self.patterns.object_words(lemma):
            p = parse_of(doc)
            pattern, absorbed = construction_pattern(self.patterns, p, verb, lemma, lemma_reader(p, self.lemma),
                                                     particles, preps)
        if pattern is None and lemma in self.patterns.verb_lemmas:
            pattern = self.patterns.match_verb(lemma, particles=particles, objects=frozenset(), preps=preps)
        if pattern is None and lemma in self._again:
            pattern, absorbed = self._with_objects(doc, a, verb, self._again[lemma], heads, particles, preps)
        return pattern, absorbed, heads

    def _with_objects(self, doc: Doc, a: tokens.TokenArrays, verb: int, lemma: str, heads: list[int],
                      particles: set[str], preps: set[str]) -> tuple[Any, list[int]]:
        """A pattern of ``lemma`` that names one of the verb's object or complement words."""
        wanted = self.patterns.object_words(lemma)  # a word no pattern of the lemma names matches no object
        if not wanted:
            return None, []
        for obj in self._object_lemmas(doc, a, heads):  # the most telling object word decides ('food products' = food)
            pattern = self.patterns.match_verb(lemma, particles=particles, objects={obj}, preps=preps) \
                if obj in wanted else None
            if pattern is not None and pattern.objects:
                return pattern, []
        for word, covered in self._complement_words(doc, a, verb):  # 'invited X to visit', 'invited X to pay a visit'
            pattern = self.patterns.match_verb(lemma, particles=particles, objects={word}, preps=preps) \
                if word in wanted else None
            if pattern is not None and pattern.objects:
                return pattern, covered
        return None, []

    def _complement_words(self, doc: Doc, a: tokens.TokenArrays, verb: int) -> list[tuple[str, list[int]]]:
        """An infinitival complement's verb and its objects as object words, with the tokens they cover.

        A pattern that lists the complement ('invite' + 'visit') absorbs it: the complement is no event
        of its own.
        """
        out: list[tuple[str, list[int]]] = []
        deps = a.deps
        if any(deps[c] == "nsubjpass" for c in a.kids[verb]):
            return out  # raising ('is scheduled to attend'): the complement keeps its own event and subject
        for comp in (c for c in a.kids[verb]  # 'allowed the opposition to hold rallies' is often parsed ccomp
                     if deps[c] == "xcomp" or deps[c] == "ccomp" and to_infinitive_at(a, c)):
            out.append((self._lemma_at(doc, a, comp), [comp]))
            out.extend((self._lemma_at(doc, a, obj), [comp, obj]) for obj in self._object_heads(doc, a, comp))
        return out

    def _object_lemmas(self, doc: Doc, a: tokens.TokenArrays, heads: list[int]) -> list[str]:
        """Object words in priority order: a compound written as one word ('war games' = wargame), the head
        when patterns know it and it is no generic container, else its compound modifiers first ('food
        products' = food, 'peacekeeping force' = peacekeeping), then conjuncts. A word may come again: it matches
        as it did the first time."""
        ordered: list[str] = []
        deps, kids, lemma_at = a.deps, a.kids, self._lemma_at
        for head in heads:
            for noun in [head, *(c for c in kids[head] if deps[c] == "conj")]:
                word = lemma_at(doc, a, noun)
                compounds = [lemma_at(doc, a, c) for c in kids[noun] if c < noun and deps[c] == "compound"]
                if not compounds:
                    ordered.append(word)
                    continue
                ordered.extend(c + word for c in compounds)  # 'war games' = wargame
                # 'weapons inspectors' = inspectors; 'peacekeeping force' = peacekeeping
                known = word in self.patterns.object_lemmas and word not in self.containers
                ordered.extend([word, *compounds] if known else [*compounds, word])
        return ordered

    def object_heads(self, verb: Token) -> list[Token]:
        """The verb's objects and their 'of' nouns ('sent 5,000 tonnes of aid'); a container object
        ('a package of sanctions') is replaced by its 'of' noun."""
        doc = verb.doc
        return [doc[k] for k in self._object_heads(doc, tokens.of(doc), verb.i)]

    def _object_heads(self, doc: Doc, a: tokens.TokenArrays, verb: int) -> list[int]:
        """:meth:`object_heads` as token indexes."""
        out: list[int] = []
        deps = a.deps
        for child in a.kids[verb]:
            if deps[child] in _OBJECT_DEPS:
                inner = _of_nouns(a, child)
                out.extend(inner if inner and self._lemma_at(doc, a, child) in self.containers else [child] + inner)
        return out

    def _is_container(self, doc: Doc, a: tokens.TokenArrays, noun: int) -> bool:
        """'a round of sanctions': the container is no trigger when its 'of' noun is one."""
        if self._lemma_at(doc, a, noun) not in self.containers:
            return False
        return any(self._lemma_at(doc, a, g) in self.patterns.noun_lemmas for g in _of_nouns(a, noun))

    def _event(self, index: int, sent: Span, cand: Candidate, state: _ArticleState) -> Coded | None:
        mapping = self.ontology.plover_for(cand.pattern.cameo)
        if mapping is None:
            return None  # 01x statements are not events
        args = self._arguments(cand, mapping.event_type, state.index, state.kb)
        if not (args.actors or args.pronoun_subject or args.symmetric or mapping.event_type in _ACTORLESS_TYPES):
            return None  # no actor can come later, and no recoding makes an ASSAULT or COERCE: skip the rest
        if self._nobody_involved(cand.token, mapping.event_type, args, state):
            return None
        turn = turn_at(state.turns, sent.start_char)
        status = detect_status(cand.report.verb if cand.report else cand.token, cues=self.cues, lemma=self.lemma, event_type=mapping.event_type,
                               question_turn=bool(turn and turn.is_question), sentence=sent,
                               prediction=bool(turn and not turn.is_question
                                               and _is_unknown(self._turn_speaker(turn, state))))
        cameo, event_type, mapping, status = self.recoder.recode(cand.pattern.cameo, mapping, status, cand.token)
        cameo, event_type, mapping, status = self.recoder.frame_recode(cand.token, cameo, event_type, mapping, status)
        cameo, event_type, mapping, args = self.recoder.reframe(cameo, event_type, mapping, cand.token, args, state.index)
        if event_type == "ASSAULT" and verbal_attack(cand.token, lemma=cand.pattern.lemma, lemma_of=self.lemma):
            cameo, event_type, mapping = self.recoder.recoded(CRITICISM, cameo, event_type, mapping)
        if cameo.startswith(_MEETING_INTENT) and status.status == "asserted":
            status = replace(status, status="planned", cues=(*status.cues, f"intent:{cameo}"))
        speaker, via = self._speaker(cand.token, turn, state)
        if event_type == "ASSAULT" and args.recipients:  # 'car bombs struck Baghdad': a capital under attack is a
            # place, not its government
            args = args.with_recipients(tuple(_as_place(a, state.kb) for a in args.recipients))
        actors, recipients = _participants(args, speaker)
        if cand.report is None:  # 'X will step down, analysts said': a third party's forecast (prediction.py)
            status = predicted(cand.token, status, speaker, actors, reporting=self.reporting, lemma=self.lemma)
        if not recipients and not args.symmetric and self.ontology.quad_class(event_type) == 4 \
                and not abducted_people(cand.token, cameo):  # 'kidnapped a worker in Iraq': Iraq is no target
            recipients = self._place_recipients(cand.token, state)
        if not actors and not (recipients and event_type in _ACTORLESS_TYPES):
            return None
        if cameo == GENERIC_THREAT and self.recoder.forecast(cand.token, actors, state.index):
            return None
        armed = armed_violence(cameo, actors, cand.token) \
            or seizure_code(cand.token, cameo, frozenset(a.sector for a in actors))  # people seized: 181/173
        if armed is not None:  # 'Taliban fighters attacked a police post': armed men do not riot
            cameo, event_type, mapping = self.recoder.recoded(armed, cameo, event_type, mapping)
        if (recipients or self.recoder.threat_framed(cand.token, status) or conditional_future(cand.token, status)) \
                and self.recoder.announced_by_own_side(cand.token, status, speaker, actors):
            cameo, event_type, mapping = self.recoder.threat_recode_of(cameo, event_type, mapping)
            if event_type == "THREATEN":  # the announcement is the threat, made now (status cues: future_is_content)
                status = replace(status, status="asserted", cues=(*status.cues, f"announced-threat:{cameo}"))
        if not recipients and event_type in self._need_recipient and len(actors) < 2 \
                and not (event_type in self._addressless and (cand.pattern.objects or vowed_violence(status))
                         and not cand.nominal
                         and cand.token.dep_ != "acl"):  # 'an email requesting details': the email asks
            return None
        sense = self.ontology.plover_for(cand.pattern.cameo).event_type  # the trigger's own sense, before recoding
        reason = implausible(cand.token, lemma=cand.pattern.lemma, event_type=sense, nominal=cand.nominal,
                             has_prep=bool(cand.pattern.prep), inherited=args.inherited,
                             has_recipient=bool(recipients), inside_mention=state.index.at(cand.token) is not None,
                             lemma_of=self.lemma, published=state.article.date)
        reason = reason or economic(cand.token, actors, recipients, event_type=event_type, lemma_of=self.lemma)
        if reason:
            log.debug("dropped %s at %r: %s", cand.pattern.id, cand.token.text, reason)
            return None
        return Coded(self._make_event(index, sent, cand, state, cameo=cameo, event_type=event_type,
                                      mapping=mapping, actors=actors, recipients=recipients, status=status,
                                      speaker=speaker, args=args),
                     cand, args, status, via)

    def _nobody_involved(self, trigger: Token, event_type: str, args: Arguments, state: _ArticleState) -> bool:
        """An actorless act (ASSAULT, COERCE) whose arguments name nobody and whose target slot holds no place:
        the 'no actors' test of :meth:`_event` would drop it, so it is dropped before status, recoding and
        speaker. Equivalent because with no actor, pronoun or symmetric subject no actor can come later, a
        purpose lends its recipient only to an act with actors, the rally recode needs an appeal (02x) and
        gives SUPPORT, which needs an actor, and the only other recipient source is :meth:`_place_recipients`."""
        return (event_type in _ACTORLESS_TYPES
                and not (args.actors or args.pronoun_subject or args.symmetric or args.recipients)
                and not self._place_recipients(trigger, state))

    def _arguments(self, cand: Candidate, event_type: str, index: MentionIndex, kb: Any) -> Arguments:
        """Actors and recipients of a candidate; a demand's recipient is the subject it lays the duty on."""
        if cand.preset is not None:  # a headline's linear reading (coding/headline.py)
            return cand.preset
        if cand.report is not None:
            actors = [Arg(m, f"{cand.report.verb.text} -nsubj-> {m.text}") for m in index.for_head(cand.report.speaker)]
            return Arguments(tuple(actors), tuple(clause_subjects(cand.report.verb, index)) if actors else (),
                             pronoun_subject=cand.report.speaker.tag_ in {"PRP", "WP"})
        # :meth:`_event` drops arguments without an actor unless the act is actorless; a threat's actor may still
        # come from its content clause
        need_actor = event_type not in _ACTORLESS_TYPES
        if cand.nominal:  # 'Syria's rejection of the US plan' rejects the proposer; 'the meeting of A with B'
            return noun_arguments(cand.token, index, pattern_prep=cand.pattern.prep,
                                  of_patient=self.ontology.quad_class(event_type) == 4 or event_type == "REJECT",
                                  of_agent=event_type == "CONSULT", need_actor=need_actor)
        need_actor = need_actor and event_type != "THREATEN"
        args = verb_arguments(cand.token, index, need_actor=need_actor)
        if need_actor and not (args.actors or args.pronoun_subject or args.symmetric):
            return args
        if event_type in _VENUE_TYPES:  # 'flew from Paris to Khartoum'
            args = _without_origin(args, cand.pattern.prep)
            args = args if args.recipients else args.with_recipients(  # 'arrived in China': the host of a visit
                visit_hosts(cand.token, cand.pattern.prep, cand.pattern.cameo, index))
        if event_type == "THREATEN":
            args = threat_arguments(cand.token, args, index, frames=self.cues.threat_frames,
                                    marks=self.cues.conditional_marks, lemma=self.lemma)
        if not (args.actors or args.pronoun_subject or args.symmetric or event_type in _ACTORLESS_TYPES):
            return args  # :meth:`_event` drops it: the steps below add recipients only, never an actor
        if event_type in {"REQUEST", "ACCUSE"} and not args.recipients:  # 'demanded that Mugabe abandon ...',
            # 'protested that Croatian authorities fail to uphold ...': the content clause's subject is addressed
            args = args.with_recipients(tuple(clause_subjects(cand.token, index)))
        if event_type == "RETREAT":  # 'pulled its forces out of Lebanon': Lebanon's state (own forces drop later)
            left = tuple(_as_place(a, kb) for a in withdrawn_from(cand.token, index)
                         if a.mention.start_token not in {r.mention.start_token for r in args.recipients})
            args = args.with_recipients(args.recipients + left) if left else args
        if not args.recipients and event_type in _STANCE_TYPES:  # 'backed autonomy for Darfur'
            args = args.with_recipients(beneficiaries(cand.token, index))
        if not args.recipients and any(t.dep_ == "ccomp" for t in cand.absorbed):  # 'allowed the opposition to
            args = args.with_recipients(tuple(clause_subjects(cand.token, index)))  # hold rallies'
        if not args.recipients and cand.absorbed:  # 'pressed for Iran to release ...' (constructions.py)
            args = args.with_recipients(complement_subjects(cand.absorbed, index))
        if not args.recipients and not args.symmetric and event_type not in _VENUE_TYPES \
                and not cand.pattern.cameo.startswith(_MEETING_INTENT) \
                and not abducted_people(cand.token, cand.pattern.cameo) \
                and not (self.ontology.quad_class(event_type) == 4 and _has_party_object(cand.token, index)):
            # a meeting's place is its venue; 'killed aid workers in X': the victims are the target; 'kidnapped
            # a worker in Iraq': hostages' side is not where they were seized (roles.py)
            targets = place_targets(cand.token, index)
            args = args.with_recipients(tuple(_as_place(a, kb) for a in targets)) if targets else args
        return args

    def _headline_events(self, doc: Doc, state: _ArticleState, coded: list[Coded]) -> list[Coded]:
        """A misparsed headline read linearly (coding/headline.py) when the parse coded no event in it, or in
        place of parsed events on its trigger whose roles the reading rules out; a reading that repeats an
        event of the story below it is not added again."""
        a, index = tokens.of(doc), state.index
        if not a.size or index.mention_at(a, 0) is None:
            return coded  # a reading starts with an actor mention on the first word (read_headline): none here
        end = headline_end(doc)
        at = {k: m for k in range(end) if (m := index.mention_at(a, k)) is not None}
        reading = read_headline(doc, end, at, self.patterns.verb_lemmas) if at else None
        if reading is None:
            return coded
        inside = [c for c in coded if c.candidate.token.i < end]
        clash = [c for c in inside if c.candidate.token.i == reading.trigger.i
                 and contradicts(reading, [a.mention for a in c.args.actors], [r.mention for r in c.args.recipients])
                 or reacted_to(reading, c.candidate.token, [a.mention for a in c.args.actors])]
        if inside and not clash:
            return coded  # a clean parse stands
        kept = [c for c in coded if c not in clash]  # a swapped event goes even when the reading codes none
        new = self._read_event(doc, reading, state)
        if new is None or any(same_event(new.event, c.event) for c in kept if c.candidate.token.i >= end):
            return kept
        return [new] + kept

    def _read_event(self, doc: Doc, reading: Reading, state: _ArticleState) -> Coded | None:
        """The event of a headline reading, coded like a parsed one but with the reading's arguments."""
        preps = {reading.prep} if reading.prep else set()
        pattern = self.patterns.match_verb(reading.lemma, particles=reading.particles, objects=reading.object_words,
                                           preps=preps)
        if pattern is None:
            return None
        index, sent = next((i, s) for i, s in enumerate(doc.sents) if s.start <= reading.trigger.i < s.end)
        coded = self._event(index, sent, Candidate(reading.trigger, pattern, False, preset=reading_arguments(
            reading, pattern.prep)), state)
        return replace(coded, event=headline_conventions(coded.event, reading)) if coded is not None else None

    def _place_recipients(self, trigger: Token, state: _ArticleState) -> tuple[ActorRef, ...]:
        """A town or country in the target slot ('shelled Sumy', 'shelled villages near Kandahar') as its state;
        none when people are the target ('the killing of three Americans in Gaza')."""
        p, t = parse_of(trigger.doc), trigger.i
        lemma_at = lemma_reader(p, self.lemma)
        parties = _party_objects(p, t, state.index)
        if any(self._place_of(p, o, lemma_at, state) is None for o in parties):  # 'bomb Falluja' misread as a name
            return ()
        preps = _LOCATIVE_PREPS - _DESTINATION_PREPS if moves_people_at(p, t) else _LOCATIVE_PREPS
        for k in _target_words(p, t, preps):  # 'deported to Honduras': a destination, not the target
            place = self._place_of(p, k, lemma_at, state)
            if place is not None:
                return (place,)
        return ()

    def _place_of(self, p: Parse, k: int, lemma_at: Callable[[int], str], state: _ArticleState) -> ActorRef | None:
        """The state place word ``k`` names: a state mention, else a gazetteer place; never a border."""
        if lemma_at(k) in load_rules().boundary_nouns:
            return None  # 'hideouts near the Afghan border': a border has two sides, its adjective no target
        found = [m for m in state.index.for_head_at(p, k) if m.kind in _PLACE_KINDS and m.actor.country]
        if found:
            return _state_ref(found[0].text, found[0].actor.country, state.kb)
        named = p.ent_types[k] in PLACE_LABELS or (p.tags[k] == "NNP" and _single_word_name(p.doc[k]))
        if not named or state.index.mention_at(p, k) is not None:
            return None
        text = _entity_text(p.doc[k])
        place = self.gazetteer.get().lookup(text)
        if place is None or not place.country:
            return None
        return _state_ref(text, place.country, state.kb)

    def _clause_depth(self, token: Token) -> int:
        """How many subordinate clauses embed the trigger; a reported clause ('X said that ...') is not one."""
        doc = token.doc
        a = tokens.of(doc)
        heads, deps = a.heads, a.deps
        depth, seen, k = 0, 0, token.i
        while heads[k] != k and seen < 40:
            dep, k, seen = deps[k], heads[k], seen + 1
            if dep in _SUBORDINATE_DEPS and not (dep == "ccomp" and self._lemma_at(doc, a, k) in self.reporting):
                depth += 1
        return depth

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
        """Who speaks in an interview turn: the KB actor the label names, else the label itself as an
        unknown speaker (an interviewed expert), never the interviewer."""
        label = turn.label
        if label not in state.turn_speakers:
            if label.lower() in QUESTION_LABELS:
                speaker = None
            elif label.lower() in ANONYMOUS_LABELS:
                speaker = _unknown_speaker(label)
            else:
                speaker = state.kb.resolve(label, on=state.article.date) or _unknown_speaker(label)
            state.turn_speakers[label] = speaker
        return state.turn_speakers[label]

    def _make_event(self, index: int, sent: Span, cand: Candidate, state: _ArticleState, *, cameo: str,
                    event_type: str, mapping: Any, actors: tuple[ActorRef, ...],
                    recipients: tuple[ActorRef, ...], status: StatusResult, speaker: ActorRef | None,
                    args: Arguments) -> Event:
        article, pattern = state.article, cand.pattern
        offset = cand.token.idx - sent.start_char
        sent_text = span_text(sent.doc, sent.start, sent.end)  # Span.text makes a Token per word
        future = status.status == "planned" or any(c.startswith(("announced-threat", PREDICTION_CUE)) for c in status.cues)
        when = event_date(sent_text, article.date, future=future, anchor=offset)
        actors, recipients = _at_event_date(state.kb, when.date, article.date, actors, recipients)
        trigger = trigger_text(cand, self.lemma)
        rule = pattern.id if cameo == pattern.cameo else f"{pattern.id}>intent:{cameo}"
        start, end = sentence_extent(sent, sent_text)
        return Event(
            id=Event.make_id(article.id, index, cameo, trigger, tuple(a.code for a in actors),
                             tuple(r.code for r in recipients)),
            article_id=article.id, sentence_index=index, span=(start, end),
            text=sent_text[start - sent.start_char:end - sent.start_char], trigger=trigger, event_type=event_type,
            mode=(pattern.mode if cameo == pattern.cameo else None) or mapping.mode,
            context=tuple((pattern.context if cameo == pattern.cameo else ()) or mapping.context),
            cameo=cameo, quad_class=self.ontology.quad_class(event_type),
            goldstein=float(self.ontology.goldstein(cameo)), actors=actors, recipients=recipients,
            status=status.status, speaker=speaker, quote=quote_around(sent_text, offset),
            date=when.date, date_precision=when.precision, date_source=when.source,
            location=find_place(cand.token, self.gazetteer),
            confidence=self._calibrate(_confidence(cand, args, status, speaker, depth=self._clause_depth(cand.token))), rule=rule, coder_version=state.coder_version)


def _at_event_date(kb: Any, when: str | None, published: date | None, actors: tuple[ActorRef, ...],
                   recipients: tuple[ActorRef, ...]) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Participants as coded on the event's own date when the text dates it away from publication
    ('in 2019 President X visited ...': X's office in 2019), else unchanged."""
    if when is None or published is None or when == published.isoformat():
        return actors, recipients
    on = date.fromisoformat(when)
    return tuple(kb.recode(a, on) for a in actors), tuple(kb.recode(r, on) for r in recipients)


def _is_topic(cand: Candidate, a: tokens.TokenArrays) -> bool:
    """A noun trigger introduced by a topic preposition ('talks on a troop pullback', 'a row over sanctions')."""
    i = cand.token.i
    return cand.nominal and a.deps[i] == "pobj" and a.lowers[a.heads[i]] in _TOPIC_PREPS


def _idle_purpose(coded: Coded, triggers: set[int]) -> bool:
    """A planned event known only as the purpose of an act that is no event ('is preparing a brief to assist
    in ...', 'how far it will go to silence its critics'); the purpose of an event ('visits Pakistan to discuss
    trade', 'convened a meeting to facilitate a deal') stays."""
    status = coded.status
    if status.status != "planned" or status.committed or not status.cues \
            or not all(cue.startswith("purpose") for cue in status.cues):
        return False
    token = coded.candidate.token
    for _ in range(12):
        if token.dep_ == "advcl" and is_to_infinitive(token):
            return token.head.i not in triggers
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _has_party_object(trigger: Token, index: MentionIndex) -> bool:
    """Whether an object of the trigger names a party with a side of its own."""
    return bool(_party_objects(parse_of(trigger.doc), trigger.i, index))


def _party_objects(p: Parse, t: int, index: MentionIndex) -> list[int]:
    """``roles.party_objects_at`` of trigger ``t``, with the mentions of the index as the named parties."""
    return party_objects_at(p, t, lambda k: bool(index.for_head_at(p, k)))


def _target_words(p: Parse, t: int, preps: frozenset[str] = _LOCATIVE_PREPS) -> list[int]:
    """Object slots of trigger ``t``, then places in locative phrases on the trigger or on its objects."""
    deps, lowers, kids = p.deps, p.lowers, p.kids
    objects = [c for c in kids[t] if deps[c] in _TARGET_DEPS]
    holders = [(h, preps if h == t or locates_target_at(p, h) else preps - _DESTINATION_PREPS)
               for h in [t, *objects] if not aimed_elsewhere_at(p, h)]  # not 'attacks on army posts in X'
    # 'killed shoppers at a market in X', 'shelled villages near X'; not 'forced a flight to Tel Aviv to land'
    located = [g for h, on in holders for c in kids[h] if deps[c] == "prep" and lowers[c] in on
               for g in kids[c] if deps[g] == "pobj"]
    located += [g for h in located if locates_target_at(p, h) for c in kids[h]
                if deps[c] == "prep" and lowers[c] in _LOCATIVE_PREPS for g in kids[c] if deps[g] == "pobj"]
    # 'rioted at a jail in Israel', 'killed in bombings in Baghdad'; not 'exploded near a US convoy in Baghdad'
    out = objects + located
    inner = [g for w in out for c in kids[w] if deps[c] == "prep" and lowers[c] == "of"
             for g in kids[c] if deps[g] == "pobj"]  # 'the province of Paktika'
    return out + [c for w in out for c in kids[w] if deps[c] == "compound"] + inner


def _without_origin(args: Arguments, pattern_prep: str | None) -> Arguments:
    """'flew from Paris to Khartoum', 'arrived in Cairo from Paris': when a visit's pattern names a destination,
    the verb's 'from' phrase is where the trip began, no participant."""
    if pattern_prep not in _ARRIVAL_PREPS:
        return args
    kept = tuple(a for a in args.recipients if _ORIGIN_STEP not in a.path.lower())
    return args.with_recipients(kept) if len(kept) < len(args.recipients) else args


def _fills_no_slot(a: tokens.TokenArrays, verb: int) -> bool:
    """Whether no dependent of the verb is one that verb matching reads (a particle, preposition, object, open
    complement, or a clause that may be a 'to'-infinitive or 'for' clause): then its match depends on its lemma
    alone, as for a verb without dependents."""
    deps, tags = a.deps, a.tags
    for c in a.kids[verb]:
        dep = deps[c]
        if dep in _SLOT_DEPS or dep in _CLAUSE_DEPS and (tags[c] == "VB" or to_infinitive_at(a, c)):
            return False
    return True


def _particles_and_preps(a: tokens.TokenArrays, verb: int) -> tuple[set[str], set[str]]:
    """A verb's particles ('back down') and non-temporal prepositions or passive agents, in one pass over its
    children."""
    particles: set[str] = set()
    preps: set[str] = set()
    deps, lowers = a.deps, a.lowers
    for child in a.kids[verb]:
        dep = deps[child]
        if dep == "prt":
            particles.add(lowers[child])
        elif (dep == "prep" or dep == "agent") and not temporal_at(a, child):
            preps.add(lowers[child])
    return particles, preps


def _lefts(a: tokens.TokenArrays, k: int, dep: str) -> list[int]:
    """The children of token ``k`` before it (``Token.lefts``) with dependency ``dep``."""
    deps = a.deps
    return [c for c in a.kids[k] if c < k and deps[c] == dep]


def _of_nouns(a: tokens.TokenArrays, noun: int) -> list[int]:
    """The nouns of an 'of' phrase on a noun ('tonnes of aid' -> aid), as token indexes."""
    deps, lowers, tags, kids = a.deps, a.lowers, a.tags, a.kids
    return [g for p in kids[noun] if deps[p] == "prep" and lowers[p] == "of"
            for g in kids[p] if deps[g] == "pobj" and tags[g].startswith("NN")]


def _as_place(arg: Arg, kb: Any) -> Arg:
    """'killed ten people in Moscow': a capital in a locative phrase is a place, its state the target (not the
    government the capital stands for as a subject: 'Moscow said')."""
    mention = arg.mention
    if mention.kind != "metonym" or not mention.actor.country:
        return arg
    state = _state_ref(mention.text, mention.actor.country, kb)
    return replace(arg, mention=replace(mention, actor=state, kind="state"), path=f"{arg.path} (a place)")


def _state_ref(text: str, iso3: str, kb: Any) -> ActorRef:
    """A state as a target: code and country are its ISO3 code."""
    return ActorRef(text, None, kb.country_name(iso3) or iso3, iso3, iso3, None, None)


def _single_word_name(tok: Token) -> bool:
    """An untyped or one-word proper name (the small model tags some towns as persons: 'shelled Sumy')."""
    if not tok.ent_type_:
        return True
    return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and not (tok.i + 1 < len(tok.doc)
                                                                    and tok.doc[tok.i + 1].ent_iob_ == "I")


def sentence_extent(sent: Span, text: str | None = None) -> tuple[int, int]:
    """Character offsets of the sentence without leading or trailing whitespace tokens."""
    text, base = sent.text if text is None else text, sent.start_char  # not Doc.text: rebuilt on each access
    stripped = text.lstrip()
    if not stripped:
        return base, base
    start = base + len(text) - len(stripped)
    return start, start + len(stripped.rstrip())


def _participants(args: Arguments, speaker: ActorRef | None) -> tuple[tuple[ActorRef, ...], tuple[ActorRef, ...]]:
    """Actor refs from arguments: first-person/pronoun subjects fall back to the speaker; self-dyads dropped."""
    actors = tuple(a.mention.actor.with_text(a.mention.text) for a in args.actors)
    if not actors and args.pronoun_subject and not _is_unknown(speaker):
        actors = (speaker,)  # an unknown speaker (an expert) is attributed, never an actor
    countries = {a.country for a in actors}
    recipients = tuple(r.mention.actor.with_text(r.mention.text) for r in args.recipients
                       if not (r.mention.kind == "pronoun" and r.mention.actor.country in countries))  # 'its troops'
    if args.symmetric:
        return _unique(actors + recipients), ()
    kept = tuple(r for r in recipients if not any(same_side(a, r) for a in actors))
    return _unique(actors), _unique(kept)


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
    doc = tok.doc
    a = tokens.of(doc)
    deps, lowers, kids, texts = a.deps, a.lowers, a.kids, a.texts
    lemma_at = lemma_reader(parse_of(doc), lemma)
    i = tok.i
    parts = [i]
    for child in kids[i]:
        dep = deps[child]
        if dep == "prt" and pattern.particle and lowers[child] == pattern.particle:
            parts.append(child)
        elif dep in _OBJECT_DEPS and pattern.objects:
            inner = [g for p in kids[child] if deps[p] == "prep" and lowers[p] == "of"
                     for g in kids[p] if deps[g] == "pobj"]
            parts.extend(o for o in [child] + inner if lemma_at(o) in pattern.objects)
    parts.extend(t.i for t in cand.absorbed if lemma(t) in pattern.objects)
    for head in [i] + [p for p in parts if p != i]:
        prep = next((c for c in kids[head] if deps[c] == "prep" and pattern.prep and lowers[c] == pattern.prep), None)
        if prep is not None:
            parts.append(prep)
            break
    parts.sort()
    text = texts[parts[0]]
    for prev, cur in zip(parts, parts[1:]):
        text += (" " if cur == prev + 1 else " ... ") + texts[cur]
    return text


def _confidence(cand: Candidate, args: Arguments, status: StatusResult, speaker: ActorRef | None, *,
                depth: int = 0) -> float:
    """How sure the coder is of type, actors and status; it also ranks a sentence's events (max = primary).

    Start at 0.9 and subtract: 0.05 per embedding clause (max 3); 0.1 for a noun trigger; 0.1 for an
    inherited subject or a noun's owner taken from its verb; 0.05 without a recipient (unless symmetric);
    0.05 when not asserted; 0.05 for a bare-lemma pattern (no object, preposition or particle), 0.05 more
    when that lemma's other patterns code other event roots; 0.1 when another event trigger governs this
    one (the event is a topic or complement of that one); 0.05 when only the speaker stands for the
    actor; 0.15 with no actor at all. Clipped to [0.05, 0.99].
    """
    score = 0.9 - 0.05 * min(depth, 3)
    score -= 0.05 if cand.ambiguous else 0.0
    score -= 0.1 if cand.governed else 0.0
    score -= 0.1 if cand.nominal else 0.0
    score -= 0.1 if args.inherited else 0.0
    score -= 0.05 if not args.recipients and not args.symmetric else 0.0
    score -= 0.05 if status.status != "asserted" else 0.0
    score -= 0.05 if not (cand.pattern.objects or cand.pattern.prep or cand.pattern.particle) else 0.0
    score -= 0.05 if speaker is not None and not args.actors else 0.0
    score -= 0.15 if not args.actors and speaker is None else 0.0
    return round(min(0.99, max(0.05, score)), 2)


def _prune(coded: list[Coded]) -> list[Coded]:
    """Drop duplicates, and a generic 'agreed'/'vowed' whose complement carries the specific intent or threat."""
    specific_heads = {c.candidate.token.head.i for c in coded
                      if c.candidate.token.dep_ == "xcomp" and c.event.event_type == "AGREE"
                      or infinitive_of(c.candidate.token) and c.event.event_type == "THREATEN"}
    threat_heads = {c.candidate.token.head.i for c in coded if c.event.event_type == "THREATEN"
                    and c.candidate.token.dep_ in {"xcomp", "ccomp", "advcl"} and c.event.cameo != GENERIC_THREAT}
    out, seen = [], set()
    for c in coded:
        ev = c.event
        if ev.event_type == "AGREE" and c.candidate.token.i in specific_heads:
            continue
        if ev.cameo == GENERIC_THREAT and c.candidate.token.i in threat_heads:
            continue  # 'threatened to execute ...' is the specific threat (138x), not also a generic one
        key = (ev.cameo, tuple(a.code for a in ev.actors), tuple(r.code for r in ev.recipients), ev.status)
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


UNKNOWN_SPEAKER_CODE = "UNK"


def _unknown_speaker(label: str) -> ActorRef:
    """A named speaker the KB does not know (an interviewed expert): attributed, but no actor code."""
    return ActorRef(text=label, id=None, name=label, code=UNKNOWN_SPEAKER_CODE, country=None, sector=None, role=None)


def _is_unknown(speaker: ActorRef | None) -> bool:
    return speaker is None or speaker.code == UNKNOWN_SPEAKER_CODE
