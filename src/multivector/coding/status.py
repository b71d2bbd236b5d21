"""Event status (asserted, planned, hypothetical, negated, question) from cues that scope over a trigger.

The cue words live in ``data/status_cues.yaml``. :func:`detect_status` walks the head chain from the trigger
towards the clause root, collecting cues on each token it passes, and stops at clause boundaries that do not
scope over the trigger (relative clauses, parataxis, appositions).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from spacy.tokens import Span, Token

from .. import tokens
from ..resources import load_package_yaml
from .doctree import children_of

_ALLEGATION_PREPS = frozenset({"of", "with", "for"})  # 'accused of', 'charged with', 'arrested for'
PRIORITY: tuple[str, ...] = ("question", "hypothetical", "negated", "planned", "asserted")
_CLIMB_STOP = frozenset({"relcl", "parataxis", "appos", "npadvmod", "advcl", "ROOT"})
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
_INABILITY_MODALS = frozenset({"could", "can", "ca"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_NO_HOLDERS = frozenset({"nsubj", "nsubjpass", "advmod"})  # children a 'no' can negate the clause through
_CUE_HOLDERS = frozenset({"prep", "advmod", "advcl"})  # children that may carry an opinion, hedge or condition
_CLOSERS = frozenset({'"', "”", "'", "’", ")"})  # punctuation a question mark may precede at a sentence end

Lemmatizer = Callable[[Token], str]


def _words(data: Mapping[str, Any], *keys: str) -> frozenset[str]:
    node: Any = data
    for key in keys:
        node = node.get(key, {}) if isinstance(node, Mapping) else {}
    return frozenset(str(w).lower() for w in (node or ()))


@dataclass(frozen=True)
class StatusCues:
    """The cue lists of ``status_cues.yaml``, as frozen sets of lower-case words."""

    planned_aux: frozenset[str]
    planned_heads: frozenset[str]
    planned_nouns: frozenset[str]
    modals: frozenset[str]
    conditional_marks: frozenset[str]
    conditional_preps: frozenset[str]
    adverbs: frozenset[str]
    frame_verbs: frozenset[str]
    request_heads: frozenset[str]
    frame_adjectives: frozenset[str]
    ruled_out_frames: frozenset[str]
    negation_words: frozenset[str]
    negation_heads: frozenset[str]
    negation_particles: Mapping[str, str]
    denial_verbs: frozenset[str]
    commitment_heads: frozenset[str]
    report_future_heads: frozenset[str]
    future_is_content: frozenset[str]
    passive_heads: frozenset[str] = frozenset()
    opinion_nouns: frozenset[str] = frozenset()
    frame_nouns: frozenset[str] = frozenset()
    time_idiom_nouns: frozenset[str] = frozenset()
    report_nouns: frozenset[str] = frozenset()
    no_adverbs: frozenset[str] = frozenset()
    threat_frames: frozenset[str] = frozenset()
    request_nouns: frozenset[str] = frozenset()
    accusation_heads: frozenset[str] = frozenset()
    performative_heads: frozenset[str] = frozenset()
    performative_acts: frozenset[str] = frozenset()
    content_preps: Mapping[str, str] = field(default_factory=dict)
    done_participles: frozenset[str] = frozenset()
    pending_marks: frozenset[str] = frozenset()
    causative_heads: frozenset[str] = frozenset()
    obligation_heads: frozenset[str] = frozenset()
    goal_nouns: frozenset[str] = frozenset()
    agreement_nouns: frozenset[str] = frozenset()
    cause_preps: frozenset[str] = frozenset()
    failure_words: frozenset[str] = frozenset()
    attempt_heads: frozenset[str] = frozenset()
    attempt_nouns: frozenset[str] = frozenset()
    attempt_done_types: frozenset[str] = frozenset()
    purpose_nouns: frozenset[str] = frozenset()
    purpose_preps: Mapping[str, str] = field(default_factory=dict)
    deadline_heads: frozenset[str] = frozenset()
    deadline_nouns: frozenset[str] = frozenset()
    mandative_heads: frozenset[str] = frozenset()
    raw: Mapping[str, Any] = field(repr=False, default_factory=dict)

    @cached_property
    def conditional_words(self) -> frozenset[str]:
        """The conditional marks and prepositions: a Doc without any of them has no condition to find."""
        return self.conditional_marks | self.conditional_preps

    @classmethod
    def load(cls, data: Mapping[str, Any] | None = None) -> StatusCues:
        """Load the packaged cue file (or build from an already parsed mapping)."""
        data = data if data is not None else load_yaml("status_cues.yaml")
        return cls(
            planned_aux=_words(data, "planned", "aux"),
            planned_heads=_words(data, "planned", "heads"),
            planned_nouns=_words(data, "planned", "nouns"),
            modals=_words(data, "hypothetical", "modals"),
            conditional_marks=_words(data, "hypothetical", "conditional_marks"),
            conditional_preps=_words(data, "hypothetical", "conditional_preps"),
            adverbs=_words(data, "hypothetical", "adverbs"),
            frame_verbs=_words(data, "hypothetical", "frame_verbs"),
            request_heads=_words(data, "hypothetical", "heads"),
            frame_adjectives=_words(data, "hypothetical", "frame_adjectives"),
            ruled_out_frames=_words(data, "hypothetical", "ruled_out_frames"),
            negation_words=_words(data, "negated", "words"),
            negation_heads=_words(data, "negated", "heads"),
            negation_particles=dict((data.get("negated") or {}).get("heads_with_particle") or {}),
            denial_verbs=_words(data, "negated", "reporting"),
            commitment_heads=_words(data, "commitment_heads"),
            report_future_heads=_words(data, "report_future_heads"),
            future_is_content=frozenset(str(w) for w in data.get("future_is_content") or ()),
            passive_heads=_words(data, "planned", "passive_heads"),
            opinion_nouns=_words(data, "hypothetical", "opinion_nouns"),
            frame_nouns=_words(data, "hypothetical", "frame_nouns"),
            time_idiom_nouns=_words(data, "hypothetical", "time_idiom_nouns"),
            report_nouns=_words(data, "negated", "report_nouns"),
            no_adverbs=_words(data, "negated", "no_adverbs"),
            threat_frames=_words(data, "threat_frames"),
            request_nouns=_words(data, "hypothetical", "request_nouns"),
            accusation_heads=_words(data, "hypothetical", "accusation_heads"),
            performative_heads=_words(data, "performative", "heads"),
            performative_acts=_words(data, "performative", "acts"),
            content_preps={str(k).lower(): str(v).lower()
                           for k, v in ((data.get("hypothetical") or {}).get("content_preps") or {}).items()},
            done_participles=_words(data, "done_participles"),
            pending_marks=_words(data, "hypothetical", "pending_marks"),
            causative_heads=_words(data, "causative_heads"),
            goal_nouns=_words(data, "hypothetical", "goal_nouns"),
            agreement_nouns=_words(data, "planned", "agreement_nouns"),
            cause_preps=_words(data, "cause_preps"),
            failure_words=_words(data, "negated", "failure_words"),
            purpose_nouns=_words(data, "planned", "purpose_nouns"),
            attempt_heads=_words(data, "hypothetical", "attempt_heads"),
            attempt_nouns=_words(data, "hypothetical", "attempt_nouns"),
            attempt_done_types=frozenset(str(w).upper() for w in (data.get("hypothetical") or {}).get(
                "attempt_done_types") or ()),
            purpose_preps={str(k).lower(): str(v).lower()
                           for k, v in ((data.get("planned") or {}).get("purpose_preps") or {}).items()},
            deadline_heads=_words(data, "hypothetical", "deadline_heads"),
            deadline_nouns=_words(data, "hypothetical", "deadline_nouns"),
            mandative_heads=_words(data, "hypothetical", "mandative_heads"),
            obligation_heads=_words(data, "hypothetical", "obligation_heads"),
            raw=data,
        )


def load_yaml(name: str) -> dict[str, Any]:
    """Read a YAML file from ``multivector/coding/data``; a broken file raises ConfigError naming it."""
    return load_package_yaml("multivector.coding", name)


@dataclass(frozen=True)
class StatusResult:
    """The status of one trigger, the cues that decided it, and whether a commitment verb governs it."""

    status: str
    cues: tuple[str, ...]
    committed: bool = False


@dataclass
class _Walk:
    cues: StatusCues
    lemma: Lemmatizer
    found: dict[str, list[str]] = field(default_factory=dict)
    reported: bool = False
    committed: bool = False
    caused: bool = False
    sought: bool = True  # an attempt's goal is not done (False: an attempted attack is the attack itself)
    has_no: bool = True  # the Doc contains the word 'no' (else no 'no'-quantified subject or 'no longer' to find)
    conditional: bool = True  # the Doc contains a conditional mark or preposition word (else no condition to find)

    def add(self, status: str, why: str) -> None:
        self.found.setdefault(status, []).append(why)


def detect_status(trigger: Token, *, cues: StatusCues, lemma: Lemmatizer, event_type: str = "",
                  question_turn: bool = False, prediction: bool = False, sentence: Span | None = None) -> StatusResult:
    """Decide the status of the event whose trigger is ``trigger`` (see module doc).

    ``question_turn``: the sentence belongs to an interviewer's turn. ``prediction``: it belongs to the answer
    of a commentator (an expert, not a party to the events), whose future tense predicts rather than plans.
    ``sentence``: the trigger's sentence when the caller has it (``trigger.sent`` walks to its boundaries).
    """
    words = tokens.word_set(trigger.doc)
    walk = _Walk(cues, lemma, sought=event_type.upper() not in cues.attempt_done_types, has_no="no" in words,
                 conditional=not cues.conditional_words.isdisjoint(words))
    if question_turn:
        walk.add("question", "interview question turn")
    if _ends_with_question(trigger.sent if sentence is None else sentence):
        walk.add("question", "sentence ends with '?'")
    _inspect_start(trigger, walk)
    _climb(trigger, walk)
    if event_type in cues.future_is_content:
        _drop_content_cues(walk)
    if walk.committed:
        _drop_sought_cues(walk)
    if prediction and "planned" in walk.found:
        walk.add("hypothetical", "a commentator's prediction: " + "; ".join(walk.found.pop("planned")))
    for status in PRIORITY[:-1]:
        if status in walk.found:
            return StatusResult(status, tuple(walk.found[status]), walk.committed)
    return StatusResult("asserted", tuple(sum(walk.found.values(), [])), walk.committed)


def _drop_content_cues(walk: _Walk) -> None:
    """A threat is made now: its future tense and its condition are its content, not its status."""
    walk.found.pop("planned", None)
    kept = [r for r in walk.found.get("hypothetical", [])
            if not r.startswith("condition") and not r.startswith("modal 'would'")]
    if kept:
        walk.found["hypothetical"] = kept
    else:
        walk.found.pop("hypothetical", None)


def _drop_sought_cues(walk: _Walk) -> None:
    """'pledged to try to increase purchases': a promise to try commits to the act; the attempt does not hedge it."""
    kept = [r for r in walk.found.get("hypothetical", []) if not r.startswith("sought")]
    if kept:
        walk.found["hypothetical"] = kept
    else:
        walk.found.pop("hypothetical", None)


def _inspect_start(token: Token, walk: _Walk) -> None:
    """Cues on the trigger itself: 'a visit is planned', 'agreed to raise', 'decided to send'."""
    low = walk.lemma(token)
    if low in walk.cues.passive_heads and any(c.dep_ == "auxpass" for c in children_of(token)):
        walk.add("planned", f"planned passive '{token.text}'")
    elif low in walk.cues.commitment_heads and any(_is_infinitive(c) and not enacts(token, c, walk.cues, walk.lemma)
                                                   for c in children_of(token) if c.dep_ == "xcomp"):
        walk.committed = True
        walk.add("planned", f"commitment '{token.text} ... to' (its content is future)")


def _is_infinitive(token: Token, children: Sequence[Token] | None = None) -> bool:
    """A 'to' infinitive; ``children``: the token's children when the caller already read them."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in (children_of(token) if children is None else children))


def _ends_with_question(sent: Span) -> bool:
    """The sentence's last token before closing quotes, brackets and whitespace is '?' (read from the Doc's texts:
    ``is_space`` is ``str.isspace`` and every closer is punctuation)."""
    words = tokens.texts(sent.doc)
    for k in range(sent.end - 1, sent.start - 1, -1):
        if not (words[k].isspace() or words[k] in _CLOSERS):
            return words[k] == "?"
    return False


def _climb(trigger: Token, walk: _Walk) -> None:
    if _names_done_act(trigger, walk):
        return
    token, came_from, via = trigger, None, ""
    for _ in range(40):  # parse trees are shallow; the bound guards against malformed heads
        _inspect(token, came_from, walk, via)
        dep, head = token.dep_, token.head
        if dep == "advcl":
            _inspect_mark(token, walk)
            _inspect_pending(token, walk)
            _inspect_time_idiom(head, walk)
            if _is_infinitive(token):
                _inspect_purpose(token, walk)
        if dep in _CLIMB_STOP or head.i == token.i or walk.reported \
                or dep in {"prep", "pcomp"} and _is_cause(token, walk.cues) \
                or dep == "ccomp" and _reduced_relative(token):
            return
        if dep in {"acl", "ccomp", "relcl"} and head.tag_.startswith("NN"):
            _inspect_noun_frame(head, walk)
        if dep == "acl" and not _is_infinitive(token):
            return
        came_from, token, via = token, head, dep


def _inspect_pending(clause: Token, walk: _Walk) -> None:
    """'(will blockade the offices) until Kuchma meets those demands': a present-tense clause of 'until' names an
    act still awaited, not one reported ('fought until the army withdrew' is past and stays asserted)."""
    if clause.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "mark" and c.lower_ in walk.cues.pending_marks
                                             for c in children_of(clause)):
        walk.add("hypothetical", f"awaited: 'until ... {clause.text}'")


def _is_cause(token: Token, cues: StatusCues) -> bool:
    """'could not fix the rate due to U.S. pressure', 'because of the attack': a cause is taken as given, the
    negation or modal of the clause it explains does not reach it."""
    return token.dep_ in {"prep", "pcomp"} and (token.lower_ in cues.cause_preps or token.head.lower_ in cues.cause_preps)


def _reduced_relative(token: Token) -> bool:
    """'believes three workers abducted weeks ago are still being held': a participle without object the parser
    made a clause whose conjunct carries the auxiliary is a reduced relative on its subject, outside the frame."""
    return token.tag_ in {"VBN", "VBD"} and token.dep_ == "ccomp" \
        and not any(c.dep_ in {"aux", "auxpass", "dobj"} for c in children_of(token)) \
        and any(c.dep_ == "conj" and any(a.dep_ in {"aux", "auxpass"} for a in children_of(c)) for c in children_of(token))


def _names_done_act(noun: Token, walk: _Walk) -> bool:
    """'(will receive aid under) an agreement signed on Saturday': a noun trigger whose own participle says it was
    done is not governed by the future or the modal of the clause around it."""
    return noun.tag_.startswith("NN") and any(c.dep_ == "acl" and c.tag_ == "VBN"
                                              and walk.lemma(c) in walk.cues.done_participles for c in children_of(noun))


def _inspect_purpose(verb: Token, walk: _Walk) -> None:
    """A 'to'-infinitive adjunct: the purpose of its head's act ('sent troops to restore order', planned), or,
    when the head's object is a request ('turned down a plea for troops to protect the staff'), the requested
    act, which nobody asserts (the parser attaches the request's clause to the verb)."""
    request = next((c for c in children_of(verb.head) if c.dep_ == "dobj" and walk.lemma(c) in walk.cues.request_nouns),
                   None)
    if request is not None:
        walk.add("hypothetical", f"requested: '{request.text} ... to {verb.text}'")
    elif walk.lemma(verb.head) in walk.cues.deadline_heads \
            and any(walk.lemma(c) in walk.cues.deadline_nouns for c in children_of(verb.head)):
        walk.add("hypothetical", f"deadline: '{verb.head.text} ... to {verb.text}'")  # 'gave Spain 72 hours to'
    else:
        walk.add("planned", f"purpose 'to {verb.text}' (intended, not reported as done)")


def _inspect(token: Token, came_from: Token | None, walk: _Walk, via: str) -> None:
    """The cues on ``token``, reached from its child ``came_from`` by the dependency ``via`` ('' at the trigger)."""
    low = walk.lemma(token)
    if via == "ccomp" and low in walk.cues.causative_heads:
        walk.caused = True  # 'get Iran to honor': the caused act is another party's
    elif via in {"ccomp", "parataxis"}:
        if via == "ccomp" and _demanded(low, came_from, walk.cues):
            walk.add("hypothetical", f"demanded: '{token.text} that ... {came_from.text}'")
        _inspect_frame(token, low, walk)
        return
    if via == "prep" and came_from.lower_ in _ALLEGATION_PREPS and low in walk.cues.accusation_heads:
        walk.add("hypothetical", f"alleged: '{token.text} {came_from.text} ...'")  # 'charged with plotting to kill'
    elif via == "prep" and walk.cues.purpose_preps.get(low) == came_from.lower_:
        walk.add("planned", f"purpose '{token.text} {came_from.text}' (intended, not reported as done)")
    elif came_from is not None and _asks_for(token, low, came_from, walk):
        walk.add("hypothetical", f"requested: '{token.text} {came_from.text}'")  # 'called for the withdrawal'
    elif via == "xcomp" and enacts(token, came_from, walk.cues, walk.lemma):
        pass  # 'the court decided to allow ...': the decision is the act, asserted
    elif via == "acl" and came_from is not None and _is_infinitive(came_from) and _inspect_goal(token, low, walk):
        pass
    elif via in {"xcomp", "acl", "pcomp"} or (via == "prep" and token.tag_.startswith("NN")):
        _inspect_head(token, low, walk)
    elif via in {"nsubj", "nsubjpass"}:
        _inspect_event_subject(token, low, walk)
    children = children_of(token)
    deps = [c.dep_ for c in children]  # read once for the tests of both calls
    _inspect_children(token, walk, children, deps)
    _inspect_mark(token, walk, children, deps)


def _demanded(low: str, clause: Token, cues: StatusCues) -> bool:
    """The clause is what a request or mandative verb asks for: 'demanded that France repeal its ban', 'insisted
    that Spain withdraw' (a clause the parser merely hung on 'asked', without 'that', is not)."""
    if low in cues.request_heads and any(c.dep_ == "mark" and c.lower_ == "that" for c in children_of(clause)):
        return True
    return (low in cues.request_heads or low in cues.mandative_heads) and _mandative(clause)


def _mandative(verb: Token) -> bool:
    """A bare-infinitive clause with its own subject and no auxiliary ('insisted that Italy withdraw its troops',
    'proposed that the council adopt'): a subjunctive, what someone wants done, not a reported fact."""
    children = list(children_of(verb))
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects or any(c.dep_ in {"aux", "auxpass"} for c in children):
        return False  # 'insisted that Spain withdraw' is often tagged VBP: a singular noun subject shows the mood
    return verb.tag_ == "VB" or verb.tag_ == "VBP" and subjects[0].tag_ in {"NN", "NNP"}


def _inspect_goal(noun: Token, low: str, walk: _Walk) -> bool:
    """The 'to'-infinitive of an effort: a failed one's goal is not done ('a failed bid to kill X', negated), nor is
    another party's act it seeks to cause ('efforts to get Iran to honor', hypothetical; 'stepped up efforts to
    build ties' reports the actor's own ongoing act). Of an agreement: its agreed content ('an accord reached last
    year to let Italy attend', planned). The goal of a bid or attempt, or of an effort named as an 'in' adjunct ('in
    an effort to win support'), is sought, not done (planned)."""
    if not noun.tag_.startswith("NN"):
        return False
    if low in walk.cues.goal_nouns and any(c.lower_ in walk.cues.failure_words for c in children_of(noun)):
        walk.add("negated", f"failed: '{noun.text} to'")  # 'a failed bid to kill the president'
    elif low in walk.cues.goal_nouns and walk.caused:
        walk.add("hypothetical", f"goal of '{noun.text} to'")
    elif low in walk.cues.agreement_nouns:
        walk.add("planned", f"agreed: '{noun.text} to'")
    elif low in walk.cues.purpose_nouns and _in_adjunct(noun):
        walk.add("planned", f"purpose 'in {noun.text} to' (intended, not reported as done)")
    elif (low in walk.cues.attempt_nouns or low in walk.cues.goal_nouns and _in_adjunct(noun)) and walk.sought:
        walk.add("hypothetical", f"sought: '{noun.text} to' (its success is not reported)")
    else:
        return False
    return True


def _in_adjunct(noun: Token) -> bool:
    """'(visited Washington) in a bid to ...', 'in an effort to ...': the noun is the object of an 'in' adjunct."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "in"


def _asks_for(verb: Token, low: str, came_from: Token, walk: _Walk) -> bool:
    """A noun trigger is what a verb asks for, threatens or warns of: the object of a request verb ('demanded the
    release of', 'urged an end to the siege') or the noun of the verb's content preposition ('called for the
    withdrawal', 'threatened Taiwan with war', 'warned of reprisals'). A verb with a content preposition needs
    it: 'called the attack a crime', 'called a strike' name or organise the act."""
    if not verb.tag_.startswith("VB"):
        return False
    if came_from.dep_ == "prep":
        return walk.cues.content_preps.get(low) == came_from.lower_
    return came_from.dep_ == "dobj" and low in walk.cues.request_heads and low not in walk.cues.content_preps


def enacts(decision: Token, act: Token, cues: StatusCues, lemma: Lemmatizer) -> bool:
    """A performative decision: 'parliament voted to approve ...', 'the court decided to ban ...' enacts the act
    it decides (unlike 'decided to visit'), so the act is asserted and no intent."""
    return lemma(decision) in cues.performative_heads and lemma(act) in cues.performative_acts \
        and act.dep_ == "xcomp" and act.head.i == decision.i


def _inspect_frame(token: Token, low: str, walk: _Walk) -> None:
    """A clause embedding the trigger: a reporting, denial, speculation or request verb ends the walk (the content
    of a demand or appeal, 'demanded that X do Y', is not done)."""
    cues = walk.cues
    negated = any(c.dep_ == "neg" for c in children_of(token))
    if low in cues.ruled_out_frames and negated:
        walk.add("hypothetical", f"'not {token.text} out' frame")
    elif low in cues.denial_verbs:
        walk.add("negated", f"denial '{token.text}'")
    elif low in cues.frame_verbs or any(c.dep_ == "acomp" and c.lower_ in cues.frame_adjectives
                                         for c in children_of(token)):
        walk.add("hypothetical", f"speculative frame '{token.text}'")
    elif token.lower_ in cues.frame_adjectives:
        walk.add("hypothetical", f"speculative frame '{token.text}'")
    walk.reported = low in cues.report_future_heads or walk.reported
    if walk.reported:
        _retag_reported_would(walk)
    walk.reported = True


def _inspect_noun_frame(noun: Token, walk: _Walk) -> None:
    """A clause attached to a noun: 'the possibility that ...' (hypothetical), 'denied reports that ...' (negated)."""
    low = walk.lemma(noun)
    if low in walk.cues.frame_nouns:
        walk.add("hypothetical", f"possibility frame '{noun.text}'")
    elif low in walk.cues.report_nouns and walk.lemma(noun.head) in walk.cues.denial_verbs:
        walk.add("negated", f"denial '{noun.head.text} {noun.text}'")


def _inspect_time_idiom(token: Token, walk: _Walk, children: Sequence[Token] | None = None) -> None:
    """'It is (only) a question/matter of time before ...': a prediction (``children`` as in
    :func:`_is_infinitive`)."""
    children = children_of(token) if children is None else children
    for attr in (c for c in children if c.dep_ == "attr" and walk.lemma(c) in walk.cues.time_idiom_nouns):
        if any(p.lower_ == "of" and any(o.lower_ == "time" for o in children_of(p)) for p in children_of(attr)):
            walk.add("hypothetical", f"'{attr.text} of time'")


def _retag_reported_would(walk: _Walk) -> None:
    """After 'said', 'would' is a future in the past: a plan, not a hypothesis."""
    reasons = walk.found.get("hypothetical", [])
    moved = [r for r in reasons if r.startswith("modal 'would'")]
    if moved:
        walk.found["hypothetical"] = [r for r in reasons if r not in moved]
        if not walk.found["hypothetical"]:
            walk.found.pop("hypothetical")
        walk.found.setdefault("planned", []).extend(f"{r} (reported)" for r in moved)


def _inspect_head(token: Token, low: str, walk: _Walk) -> None:
    """A governing verb or noun reached through xcomp/acl: 'plans to', 'refused to', 'agreed to'."""
    cues = walk.cues
    if low in cues.planned_heads or token.lower_ in cues.planned_heads or low in cues.planned_nouns:
        walk.add("planned", f"intention '{token.text}'")
    elif low in cues.attempt_heads and walk.sought and not (token.dep_ == "advcl" and _is_infinitive(token)):
        # 'will convene a meeting to try to facilitate a deal': a purpose; its own cue says it is not done
        walk.add("hypothetical", f"sought: '{token.text} to' (its success is not reported)")
    elif token.lower_ == "going" and token.tag_ == "VBG":
        walk.add("planned", "'going to'")
    elif low in cues.negation_heads or _particle_negation(token, low, walk):
        walk.add("negated", f"negating head '{token.text}'")
    elif low in cues.commitment_heads:
        walk.committed = True
        walk.add("planned", f"commitment '{token.text}'")
    elif token.lower_ in cues.frame_adjectives or low in cues.request_heads:
        walk.add("hypothetical", f"'{token.text} ... to'")
    elif low in cues.obligation_heads and token.tag_ not in {"VBD", "VBN"} and token.dep_ != "aux":
        walk.add("hypothetical", f"obligation: '{token.text} to'")  # 'will have to resign'; 'had to flee' is done
    elif low in cues.deadline_heads and any(walk.lemma(c) in cues.deadline_nouns for c in children_of(token)):
        walk.add("hypothetical", f"deadline: '{token.text} ... to'")  # 'gave Italy 48 hours to withdraw its troops'


def _inspect_event_subject(token: Token, low: str, walk: _Walk) -> None:
    """The trigger is the subject: 'the visit is planned for May', 'talks are due next week'."""
    cues = walk.cues
    if low in cues.passive_heads and any(c.dep_ == "auxpass" for c in children_of(token)):
        walk.add("planned", f"planned passive '{token.text}'")
    elif any(c.dep_ == "acomp" and walk.lemma(c) in cues.passive_heads for c in children_of(token)):
        walk.add("planned", f"'{token.text} due'")


def _particle_negation(token: Token, low: str, walk: _Walk) -> bool:
    particle = walk.cues.negation_particles.get(low)
    return bool(particle) and any(c.dep_ == "prt" and c.lower_ == particle for c in children_of(token))


def _inspect_children(token: Token, walk: _Walk, children: Sequence[Token], deps: Sequence[str]) -> None:
    """Cues among the token's children (``deps``: their labels): a modal or future auxiliary, a negation, a hedge,
    an opinion phrase or a condition. The label set skips the tests whose label no child has."""
    cues = walk.cues
    labels = set(deps)
    modals = [c for c, dep in zip(children, deps) if dep in _AUX_DEPS and c.tag_ == "MD"] \
        if not labels.isdisjoint(_AUX_DEPS) else []
    negated = "neg" in labels or "det" in labels and any(dep == "det" and c.lower_ == "no" for c, dep in zip(children, deps))
    negated = negated or walk.has_no and not labels.isdisjoint(_NO_HOLDERS) and any(
        _negative_subject(c) or _no_adverb(c, cues) for c, dep in zip(children, deps) if dep in _NO_HOLDERS)
    has_have = bool(modals) and any(dep == "aux" and c.lower_ in {"have", "'ve"} for c, dep in zip(children, deps))
    for modal in modals:
        word = modal.lower_
        if word in _FUTURE_MODALS or word in cues.planned_aux:
            walk.add("planned", f"future auxiliary '{modal.text}'")
        elif has_have and word in cues.modals:
            walk.add("hypothetical", f"counterfactual '{modal.text} have'")
        elif negated and word in _INABILITY_MODALS:
            continue
        elif word in cues.modals:
            walk.add("hypothetical", f"modal '{word}'")
    if negated:
        walk.add("negated", f"negation on '{token.text}'")
    if "aux" in labels and _is_headline_infinitive(token, children):  # no 'to' infinitive without an 'aux' child
        walk.add("planned", f"headline infinitive 'to {token.text}'")
    if "attr" in labels:  # the idiom's noun is an 'attr' child
        _inspect_time_idiom(token, walk, children)
    if labels.isdisjoint(_CUE_HOLDERS):
        return
    for child, dep in zip(children, deps):
        if dep == "prep" and _is_opinion(child, walk):
            walk.add("hypothetical", f"opinion '{child.text} {' '.join(t.text for t in child.subtree)[len(child.text) + 1:]}'")
        elif dep == "advmod" and child.lower_ in cues.adverbs:
            walk.add("hypothetical", f"hedge '{child.text}'")
        elif dep == "advmod" and child.lower_ in cues.negation_words:
            walk.add("negated", f"negation '{child.text}'")
        elif dep == "advcl" and walk.conditional and _has_condition(child, cues):
            walk.add("hypothetical", f"condition: clause '{child.text}'")


def _negative_subject(child: Token) -> bool:
    """'No troops were sent', 'No shooting was recorded': a subject quantified by 'no'."""
    return child.dep_ in {"nsubj", "nsubjpass"} and any(
        g.dep_ == "det" and g.lower_ == "no" for g in children_of(child))


def _no_adverb(child: Token, cues: StatusCues) -> bool:
    """'no longer', 'no more'."""
    return child.dep_ == "advmod" and child.lower_ in cues.no_adverbs and any(
        g.lower_ == "no" for g in children_of(child))


def _is_headline_infinitive(token: Token, children: Sequence[Token] | None = None) -> bool:
    """'Pashinyan to meet Aliyev': a root infinitive, or one attached to a root noun (a headline); ``children`` as
    in :func:`_is_infinitive`."""
    if not _is_infinitive(token, children):
        return False
    return token.dep_ == "ROOT" or (token.dep_ in {"relcl", "acl"} and token.head.dep_ == "ROOT"
                                    and token.head.tag_ in {"NNP", "NNPS"})


def _is_opinion(prep: Token, walk: _Walk) -> bool:
    """'in my opinion', 'in the view of experts', 'to my mind', 'according to UN estimates'."""
    word = prep.lower_
    if word == "according":
        objects = [o for to in children_of(prep) for o in children_of(to) if o.dep_ == "pobj"]
        return any(walk.lemma(o) in walk.cues.opinion_nouns for o in objects)
    if word not in {"in", "to"}:
        return False
    for obj in (g for g in children_of(prep) if g.dep_ == "pobj"):
        if walk.lemma(obj) in walk.cues.opinion_nouns:
            return any(g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ == "of") for g in children_of(obj))
    return False


def _inspect_mark(token: Token, walk: _Walk, children: Sequence[Token] | None = None,
                  deps: Sequence[str] | None = None) -> None:
    if walk.conditional and _has_condition(token, walk.cues, children, deps):
        walk.add("hypothetical", f"condition on '{token.text}'")


def _has_condition(token: Token, cues: StatusCues, children: Sequence[Token] | None = None,
                   deps: Sequence[str] | None = None) -> bool:
    """A conditional mark ('if', 'unless') or preposition on the token (``children`` as in :func:`_is_infinitive`;
    ``deps``: their labels, when the caller read them)."""
    if children is None:
        children = children_of(token)
    if deps is None:
        deps = [c.dep_ for c in children]
    elif "mark" not in deps and "prep" not in deps:
        return False
    preps = None  # whether a conditional preposition word occurs in the Doc at all, read at the first 'prep'
    for child, dep in zip(children, deps):
        if dep == "mark" and child.lower_ in cues.conditional_marks:
            return True
        if dep == "prep":
            if preps is None:
                preps = not cues.conditional_preps.isdisjoint(tokens.word_set(token.doc))
            if preps and any(g.lower_ in cues.conditional_preps for g in children_of(child)):
                return True
    return False


def sentence_status(sent: Any, *, cues: StatusCues, lemma: Lemmatizer, question_turn: bool = False) -> StatusResult:
    """Status of a sentence's main content: the root, or the innermost clause under a reporting or frame verb;
    an attempt ('said the US was trying to push Moscow out') is itself the content, not its sought goal."""
    token = sent.root
    for _ in range(10):
        inner = next((c for c in children_of(token) if c.dep_ in {"ccomp", "xcomp"}), None) or _predicate_clause(token)
        if inner is None or inner.dep_ == "xcomp" and lemma(token) in cues.attempt_heads:
            break
        token = inner
    return detect_status(token, cues=cues, lemma=lemma, question_turn=question_turn)


def _predicate_clause(token: Token) -> Token | None:
    """The clause under a predicate adjective or noun ('is ready to hold', 'is a possibility that'), or a
    headline infinitive under a root name ('Pashinyan to meet Aliyev')."""
    for child in children_of(token):
        if child.dep_ in {"acomp", "attr"}:
            inner = next((g for g in children_of(child) if g.dep_ in {"xcomp", "ccomp", "acl"}), None)
            if inner is not None:
                return inner
        if _is_headline_infinitive(child):
            return child
    return None
