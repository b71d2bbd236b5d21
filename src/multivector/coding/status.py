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

from ..resources import load_package_yaml
from .doctree import subtree_indices
from .parse import Parse, lemma_reader, parse_of, to_infinitive_at

_ALLEGATION_PREPS = frozenset({"of", "with", "for"})  # 'accused of', 'charged with', 'arrested for'
PRIORITY: tuple[str, ...] = ("question", "hypothetical", "negated", "planned", "asserted")
_MARKED = PRIORITY[:-1]  # the statuses a cue gives, strongest first
_CLIMB_STOP = frozenset({"relcl", "parataxis", "appos", "npadvmod", "advcl", "ROOT"})
_FUTURE_MODALS = frozenset({"will", "shall", "'ll", "wo"})
_INABILITY_MODALS = frozenset({"could", "can", "ca"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_NO_HOLDERS = frozenset({"nsubj", "nsubjpass", "advmod"})  # children a 'no' can negate the clause through
_CUE_HOLDERS = frozenset({"prep", "advmod", "advcl"})  # children that may carry an opinion, hedge or condition
_OPINION_PREPS = frozenset({"according", "in", "to"})  # the prepositions of an opinion phrase (:func:`_is_opinion`)
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


_ASSERTED = StatusResult("asserted", ())  # a trigger without any cue (the result is frozen: one serves all)


class _Walk:
    """One trigger's walk: the cues found so far, read from the Doc's :class:`~.parse.Parse` by token index.

    ``sought``: an attempt's goal is not done (False: an attempted attack is the attack itself); ``has_no``: the
    Doc contains the word 'no' (else no 'no'-quantified subject or 'no longer' to find); ``conditional``: the Doc
    contains a conditional mark or preposition word (else no condition to find); ``lem``: the lemma of token k.
    A slotted class: one is made per candidate event, and a dataclass ``__init__`` costs several times more."""

    __slots__ = ("caused", "committed", "conditional", "cues", "found", "has_no", "lem", "p", "reported", "sought")

    def __init__(self, cues: StatusCues, lemma: Lemmatizer, p: Parse, *, sought: bool = True, has_no: bool = True,
                 conditional: bool = True) -> None:
        self.cues, self.p, self.lem = cues, p, lemma_reader(p, lemma)
        self.found: dict[str, list[str]] = {}
        self.reported = self.committed = self.caused = False
        self.sought, self.has_no, self.conditional = sought, has_no, conditional

    def add(self, status: str, why: str) -> None:
        self.found.setdefault(status, []).append(why)


def detect_status(trigger: Token, *, cues: StatusCues, lemma: Lemmatizer, event_type: str = "",
                  question_turn: bool = False, prediction: bool = False, sentence: Span | None = None) -> StatusResult:
    """Decide the status of the event whose trigger is ``trigger`` (see module doc).

    ``question_turn``: the sentence belongs to an interviewer's turn. ``prediction``: it belongs to the answer
    of a commentator (an expert, not a party to the events), whose future tense predicts rather than plans.
    ``sentence``: the trigger's sentence when the caller has it (``trigger.sent`` walks to its boundaries).
    """
    p = parse_of(trigger.doc)
    words = p.word_set
    walk = _Walk(cues, lemma, p, sought=event_type.upper() not in cues.attempt_done_types, has_no="no" in words,
                 conditional=not cues.conditional_words.isdisjoint(words))
    if question_turn:
        walk.add("question", "interview question turn")
    if _ends_with_question(p.texts, trigger.sent if sentence is None else sentence):
        walk.add("question", "sentence ends with '?'")
    _inspect_start(trigger.i, walk)
    _climb(trigger.i, walk)
    if event_type in cues.future_is_content:
        _drop_content_cues(walk)
    if walk.committed:
        _drop_sought_cues(walk)
    if prediction and "planned" in walk.found:
        walk.add("hypothetical", "a commentator's prediction: " + "; ".join(walk.found.pop("planned")))
    found = walk.found
    if not found and not walk.committed:
        return _ASSERTED  # no cue at all (most triggers): the one shared result
    for status in _MARKED:
        if status in found:
            return StatusResult(status, tuple(found[status]), walk.committed)
    return StatusResult("asserted", tuple(sum(found.values(), [])), walk.committed)


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


def _has_child(p: Parse, k: int, dep: str) -> bool:
    """Token ``k`` has a child labelled ``dep``."""
    deps = p.deps
    return any(deps[c] == dep for c in p.kids[k])


def _inspect_start(k: int, walk: _Walk) -> None:
    """Cues on the trigger itself: 'a visit is planned', 'agreed to raise', 'decided to send'."""
    p, cues = walk.p, walk.cues
    low = walk.lem(k)
    if low in cues.passive_heads and _has_child(p, k, "auxpass"):
        walk.add("planned", f"planned passive '{p.texts[k]}'")
    elif low in cues.commitment_heads and any(p.deps[c] == "xcomp" and to_infinitive_at(p, c)
                                              and not _enacts(walk, k, c) for c in p.kids[k]):
        walk.committed = True
        walk.add("planned", f"commitment '{p.texts[k]} ... to' (its content is future)")


def _ends_with_question(words: Sequence[str], sent: Span) -> bool:
    """The sentence's last token before closing quotes, brackets and whitespace is '?' (read from the Doc's texts
    ``words``: ``is_space`` is ``str.isspace`` and every closer is punctuation)."""
    for k in range(sent.end - 1, sent.start - 1, -1):
        if not (words[k].isspace() or words[k] in _CLOSERS):
            return words[k] == "?"
    return False


def _climb(trigger: int, walk: _Walk) -> None:
    if _names_done_act(trigger, walk):
        return
    p = walk.p
    deps, heads, tags = p.deps, p.heads, p.tags
    token, came_from, via = trigger, None, ""
    for _ in range(40):  # parse trees are shallow; the bound guards against malformed heads
        _inspect(token, came_from, walk, via)
        dep, head = deps[token], heads[token]
        if dep == "advcl":
            _inspect_mark(token, walk)
            _inspect_pending(token, walk)
            _inspect_time_idiom(head, walk)
            if to_infinitive_at(p, token):
                _inspect_purpose(token, walk)
        if dep in _CLIMB_STOP or head == token or walk.reported \
                or dep in {"prep", "pcomp"} and _is_cause(p, token, walk.cues) \
                or dep == "ccomp" and _reduced_relative(p, token):
            return
        if dep in {"acl", "ccomp", "relcl"} and tags[head].startswith("NN"):
            _inspect_noun_frame(head, walk)
        if dep == "acl" and not to_infinitive_at(p, token):
            return
        came_from, token, via = token, head, dep


def _inspect_pending(clause: int, walk: _Walk) -> None:
    """'(will blockade the offices) until Kuchma meets those demands': a present-tense clause of 'until' names an
    act still awaited, not one reported ('fought until the army withdrew' is past and stays asserted)."""
    p = walk.p
    deps, lowers = p.deps, p.lowers
    if p.tags[clause] in {"VBZ", "VBP"} and any(deps[c] == "mark" and lowers[c] in walk.cues.pending_marks
                                                for c in p.kids[clause]):
        walk.add("hypothetical", f"awaited: 'until ... {p.texts[clause]}'")


def _is_cause(p: Parse, k: int, cues: StatusCues) -> bool:
    """'could not fix the rate due to U.S. pressure', 'because of the attack': a cause is taken as given, the
    negation or modal of the clause it explains does not reach it."""
    lowers = p.lowers
    return p.deps[k] in {"prep", "pcomp"} and (lowers[k] in cues.cause_preps or lowers[p.heads[k]] in cues.cause_preps)


def _reduced_relative(p: Parse, k: int) -> bool:
    """'believes three workers abducted weeks ago are still being held': a participle without object the parser
    made a clause whose conjunct carries the auxiliary is a reduced relative on its subject, outside the frame."""
    deps, kids = p.deps, p.kids
    return p.tags[k] in {"VBN", "VBD"} and deps[k] == "ccomp" \
        and not any(deps[c] in {"aux", "auxpass", "dobj"} for c in kids[k]) \
        and any(deps[c] == "conj" and any(deps[a] in {"aux", "auxpass"} for a in kids[c]) for c in kids[k])


def _names_done_act(noun: int, walk: _Walk) -> bool:
    """'(will receive aid under) an agreement signed on Saturday': a noun trigger whose own participle says it was
    done is not governed by the future or the modal of the clause around it."""
    p = walk.p
    deps, tags = p.deps, p.tags
    return tags[noun].startswith("NN") and any(deps[c] == "acl" and tags[c] == "VBN"
                                               and walk.lem(c) in walk.cues.done_participles for c in p.kids[noun])


def _inspect_purpose(verb: int, walk: _Walk) -> None:
    """A 'to'-infinitive adjunct: the purpose of its head's act ('sent troops to restore order', planned), or,
    when the head's object is a request ('turned down a plea for troops to protect the staff'), the requested
    act, which nobody asserts (the parser attaches the request's clause to the verb)."""
    p, cues, lem = walk.p, walk.cues, walk.lem
    texts, head = p.texts, p.heads[verb]
    request = next((c for c in p.kids[head] if p.deps[c] == "dobj" and lem(c) in cues.request_nouns), None)
    if request is not None:
        walk.add("hypothetical", f"requested: '{texts[request]} ... to {texts[verb]}'")
    elif lem(head) in cues.deadline_heads and any(lem(c) in cues.deadline_nouns for c in p.kids[head]):
        walk.add("hypothetical", f"deadline: '{texts[head]} ... to {texts[verb]}'")  # 'gave Spain 72 hours to'
    else:
        walk.add("planned", f"purpose 'to {texts[verb]}' (intended, not reported as done)")


def _inspect(token: int, came_from: int | None, walk: _Walk, via: str) -> None:
    """The cues on ``token``, reached from its child ``came_from`` by the dependency ``via`` ('' at the trigger)."""
    if came_from is not None and _inspect_governor(token, came_from, walk, via):
        return
    p = walk.p
    children = p.kids[token]
    deps = p.deps
    labels = [deps[c] for c in children]  # read once for the tests of both calls
    _inspect_children(token, walk, children, labels)
    if walk.conditional:
        _inspect_mark(token, walk, children, labels)


def _inspect_governor(token: int, came_from: int, walk: _Walk, via: str) -> bool:
    """The cues of a word governing the trigger's clause, reached from its child ``came_from`` by ``via``; True
    when it is a reporting or other frame clause, whose own children are not read (see :func:`_inspect_frame`)."""
    p, cues = walk.p, walk.cues
    texts, lowers = p.texts, p.lowers
    low = walk.lem(token)
    if via == "ccomp" and low in cues.causative_heads:
        walk.caused = True  # 'get Iran to honor': the caused act is another party's
    elif via in {"ccomp", "parataxis"}:
        if via == "ccomp" and _demanded(p, low, came_from, cues):
            walk.add("hypothetical", f"demanded: '{texts[token]} that ... {texts[came_from]}'")
        _inspect_frame(token, low, walk)
        return True
    if via == "prep" and lowers[came_from] in _ALLEGATION_PREPS and low in cues.accusation_heads:
        walk.add("hypothetical", f"alleged: '{texts[token]} {texts[came_from]} ...'")  # 'charged with plotting to kill'
    elif via == "prep" and cues.purpose_preps.get(low) == lowers[came_from]:
        walk.add("planned", f"purpose '{texts[token]} {texts[came_from]}' (intended, not reported as done)")
    elif _asks_for(p, token, low, came_from, cues):
        walk.add("hypothetical", f"requested: '{texts[token]} {texts[came_from]}'")  # 'called for the withdrawal'
    elif via == "xcomp" and _enacts(walk, token, came_from):
        pass  # 'the court decided to allow ...': the decision is the act, asserted
    elif via == "acl" and to_infinitive_at(p, came_from) and _inspect_goal(token, low, walk):
        pass
    elif via in {"xcomp", "acl", "pcomp"} or (via == "prep" and p.tags[token].startswith("NN")):
        _inspect_head(token, low, walk)
    elif via in {"nsubj", "nsubjpass"}:
        _inspect_event_subject(token, low, walk)
    return False


def _demanded(p: Parse, low: str, clause: int, cues: StatusCues) -> bool:
    """The clause is what a request or mandative verb asks for: 'demanded that France repeal its ban', 'insisted
    that Spain withdraw' (a clause the parser merely hung on 'asked', without 'that', is not)."""
    deps, lowers = p.deps, p.lowers
    if low in cues.request_heads and any(deps[c] == "mark" and lowers[c] == "that" for c in p.kids[clause]):
        return True
    return (low in cues.request_heads or low in cues.mandative_heads) and _mandative(p, clause)


def _mandative(p: Parse, verb: int) -> bool:
    """A bare-infinitive clause with its own subject and no auxiliary ('insisted that Italy withdraw its troops',
    'proposed that the council adopt'): a subjunctive, what someone wants done, not a reported fact."""
    deps, tags, children = p.deps, p.tags, p.kids[verb]
    subjects = [c for c in children if deps[c] == "nsubj"]
    if not subjects or any(deps[c] in {"aux", "auxpass"} for c in children):
        return False  # 'insisted that Spain withdraw' is often tagged VBP: a singular noun subject shows the mood
    return tags[verb] == "VB" or tags[verb] == "VBP" and tags[subjects[0]] in {"NN", "NNP"}


def _inspect_goal(noun: int, low: str, walk: _Walk) -> bool:
    """The 'to'-infinitive of an effort: a failed one's goal is not done ('a failed bid to kill X', negated), nor is
    another party's act it seeks to cause ('efforts to get Iran to honor', hypothetical; 'stepped up efforts to
    build ties' reports the actor's own ongoing act). Of an agreement: its agreed content ('an accord reached last
    year to let Italy attend', planned). The goal of a bid or attempt, or of an effort named as an 'in' adjunct ('in
    an effort to win support'), is sought, not done (planned)."""
    p, cues = walk.p, walk.cues
    if not p.tags[noun].startswith("NN"):
        return False
    text, lowers = p.texts[noun], p.lowers
    if low in cues.goal_nouns and any(lowers[c] in cues.failure_words for c in p.kids[noun]):
        walk.add("negated", f"failed: '{text} to'")  # 'a failed bid to kill the president'
    elif low in cues.goal_nouns and walk.caused:
        walk.add("hypothetical", f"goal of '{text} to'")
    elif low in cues.agreement_nouns:
        walk.add("planned", f"agreed: '{text} to'")
    elif low in cues.purpose_nouns and _in_adjunct(p, noun):
        walk.add("planned", f"purpose 'in {text} to' (intended, not reported as done)")
    elif (low in cues.attempt_nouns or low in cues.goal_nouns and _in_adjunct(p, noun)) and walk.sought:
        walk.add("hypothetical", f"sought: '{text} to' (its success is not reported)")
    else:
        return False
    return True


def _in_adjunct(p: Parse, noun: int) -> bool:
    """'(visited Washington) in a bid to ...', 'in an effort to ...': the noun is the object of an 'in' adjunct."""
    return p.deps[noun] == "pobj" and p.lowers[p.heads[noun]] == "in"


def _asks_for(p: Parse, verb: int, low: str, came_from: int, cues: StatusCues) -> bool:
    """A noun trigger is what a verb asks for, threatens or warns of: the object of a request verb ('demanded the
    release of', 'urged an end to the siege') or the noun of the verb's content preposition ('called for the
    withdrawal', 'threatened Taiwan with war', 'warned of reprisals'). A verb with a content preposition needs
    it: 'called the attack a crime', 'called a strike' name or organise the act."""
    if not p.tags[verb].startswith("VB"):
        return False
    dep = p.deps[came_from]
    if dep == "prep":
        return cues.content_preps.get(low) == p.lowers[came_from]
    return dep == "dobj" and low in cues.request_heads and low not in cues.content_preps


def _enacts(walk: _Walk, decision: int, act: int) -> bool:
    """A performative decision (tokens ``decision`` and ``act`` of the walk's Doc): 'parliament voted to approve
    ...', 'the court decided to ban ...' enacts the act it decides (unlike 'decided to visit'), so the act is
    asserted and no intent."""
    cues, p = walk.cues, walk.p
    return walk.lem(decision) in cues.performative_heads and walk.lem(act) in cues.performative_acts \
        and p.deps[act] == "xcomp" and p.heads[act] == decision


def _inspect_frame(token: int, low: str, walk: _Walk) -> None:
    """A clause embedding the trigger: a reporting, denial, speculation or request verb ends the walk (the content
    of a demand or appeal, 'demanded that X do Y', is not done)."""
    p, cues = walk.p, walk.cues
    deps, lowers, children, text = p.deps, p.lowers, p.kids[token], p.texts[token]
    negated = any(deps[c] == "neg" for c in children)
    if low in cues.ruled_out_frames and negated:
        walk.add("hypothetical", f"'not {text} out' frame")
    elif low in cues.denial_verbs:
        walk.add("negated", f"denial '{text}'")
    elif low in cues.frame_verbs or any(deps[c] == "acomp" and lowers[c] in cues.frame_adjectives for c in children):
        walk.add("hypothetical", f"speculative frame '{text}'")
    elif lowers[token] in cues.frame_adjectives:
        walk.add("hypothetical", f"speculative frame '{text}'")
    walk.reported = low in cues.report_future_heads or walk.reported
    if walk.reported:
        _retag_reported_would(walk)
    walk.reported = True


def _inspect_noun_frame(noun: int, walk: _Walk) -> None:
    """A clause attached to a noun: 'the possibility that ...' (hypothetical), 'denied reports that ...' (negated)."""
    p, cues = walk.p, walk.cues
    low = walk.lem(noun)
    if low in cues.frame_nouns:
        walk.add("hypothetical", f"possibility frame '{p.texts[noun]}'")
    elif low in cues.report_nouns and walk.lem(p.heads[noun]) in cues.denial_verbs:
        walk.add("negated", f"denial '{p.texts[p.heads[noun]]} {p.texts[noun]}'")


def _inspect_time_idiom(token: int, walk: _Walk) -> None:
    """'It is (only) a question/matter of time before ...': a prediction."""
    p = walk.p
    deps, lowers, kids = p.deps, p.lowers, p.kids
    for attr in (c for c in kids[token] if deps[c] == "attr" and walk.lem(c) in walk.cues.time_idiom_nouns):
        if any(lowers[q] == "of" and any(lowers[o] == "time" for o in kids[q]) for q in kids[attr]):
            walk.add("hypothetical", f"'{p.texts[attr]} of time'")


def _retag_reported_would(walk: _Walk) -> None:
    """After 'said', 'would' is a future in the past: a plan, not a hypothesis."""
    reasons = walk.found.get("hypothetical", [])
    moved = [r for r in reasons if r.startswith("modal 'would'")]
    if moved:
        walk.found["hypothetical"] = [r for r in reasons if r not in moved]
        if not walk.found["hypothetical"]:
            walk.found.pop("hypothetical")
        walk.found.setdefault("planned", []).extend(f"{r} (reported)" for r in moved)


def _inspect_head(token: int, low: str, walk: _Walk) -> None:
    """A governing verb or noun reached through xcomp/acl: 'plans to', 'refused to', 'agreed to'."""
    p, cues = walk.p, walk.cues
    word, tag, dep, text = p.lowers[token], p.tags[token], p.deps[token], p.texts[token]
    if low in cues.planned_heads or word in cues.planned_heads or low in cues.planned_nouns:
        walk.add("planned", f"intention '{text}'")
    elif low in cues.attempt_heads and walk.sought and not (dep == "advcl" and to_infinitive_at(p, token)):
        # 'will convene a meeting to try to facilitate a deal': a purpose; its own cue says it is not done
        walk.add("hypothetical", f"sought: '{text} to' (its success is not reported)")
    elif word == "going" and tag == "VBG":
        walk.add("planned", "'going to'")
    elif low in cues.negation_heads or _particle_negation(p, token, low, cues):
        walk.add("negated", f"negating head '{text}'")
    elif low in cues.commitment_heads:
        walk.committed = True
        walk.add("planned", f"commitment '{text}'")
    elif word in cues.frame_adjectives or low in cues.request_heads:
        walk.add("hypothetical", f"'{text} ... to'")
    elif low in cues.obligation_heads and tag not in {"VBD", "VBN"} and dep != "aux":
        walk.add("hypothetical", f"obligation: '{text} to'")  # 'will have to resign'; 'had to flee' is done
    elif low in cues.deadline_heads and any(walk.lem(c) in cues.deadline_nouns for c in p.kids[token]):
        walk.add("hypothetical", f"deadline: '{text} ... to'")  # 'gave Italy 48 hours to withdraw its troops'


def _inspect_event_subject(token: int, low: str, walk: _Walk) -> None:
    """The trigger is the subject: 'the visit is planned for May', 'talks are due next week'."""
    p, cues = walk.p, walk.cues
    if low in cues.passive_heads and _has_child(p, token, "auxpass"):
        walk.add("planned", f"planned passive '{p.texts[token]}'")
    elif any(p.deps[c] == "acomp" and walk.lem(c) in cues.passive_heads for c in p.kids[token]):
        walk.add("planned", f"'{p.texts[token]} due'")


def _particle_negation(p: Parse, token: int, low: str, cues: StatusCues) -> bool:
    particle = cues.negation_particles.get(low)
    deps, lowers = p.deps, p.lowers
    return bool(particle) and any(deps[c] == "prt" and lowers[c] == particle for c in p.kids[token])


def _inspect_children(token: int, walk: _Walk, children: Sequence[int], deps: Sequence[str]) -> None:
    """Cues among the token's children (``deps``: their labels): a modal or future auxiliary, a negation, a hedge,
    an opinion phrase or a condition. The label set skips the tests whose label no child has."""
    p, cues = walk.p, walk.cues
    lowers, texts = p.lowers, p.texts
    labels = set(deps)
    modals = [c for c, dep in zip(children, deps) if dep in _AUX_DEPS and p.tags[c] == "MD"] \
        if not labels.isdisjoint(_AUX_DEPS) else []
    negated = "neg" in labels or "det" in labels and any(dep == "det" and lowers[c] == "no"
                                                         for c, dep in zip(children, deps))
    negated = negated or walk.has_no and not labels.isdisjoint(_NO_HOLDERS) and any(
        _negative_subject(p, c) or _no_adverb(p, c, cues) for c, dep in zip(children, deps) if dep in _NO_HOLDERS)
    has_have = bool(modals) and any(dep == "aux" and lowers[c] in {"have", "'ve"} for c, dep in zip(children, deps))
    for modal in modals:
        word = lowers[modal]
        if word in _FUTURE_MODALS or word in cues.planned_aux:
            walk.add("planned", f"future auxiliary '{texts[modal]}'")
        elif has_have and word in cues.modals:
            walk.add("hypothetical", f"counterfactual '{texts[modal]} have'")
        elif negated and word in _INABILITY_MODALS:
            continue
        elif word in cues.modals:
            walk.add("hypothetical", f"modal '{word}'")
    if negated:
        walk.add("negated", f"negation on '{texts[token]}'")
    if "aux" in labels and _is_headline_infinitive(p, token):  # no 'to' infinitive without an 'aux' child
        walk.add("planned", f"headline infinitive 'to {texts[token]}'")
    if "attr" in labels:  # the idiom's noun is an 'attr' child
        _inspect_time_idiom(token, walk)
    if labels.isdisjoint(_CUE_HOLDERS):
        return
    for child, dep in zip(children, deps):
        if dep == "prep" and lowers[child] in _OPINION_PREPS and _is_opinion(child, walk):
            words = " ".join([texts[t] for t in subtree_indices(p.kids, child)])[len(texts[child]) + 1:]
            walk.add("hypothetical", f"opinion '{texts[child]} {words}'")
        elif dep == "advmod" and lowers[child] in cues.adverbs:
            walk.add("hypothetical", f"hedge '{texts[child]}'")
        elif dep == "advmod" and lowers[child] in cues.negation_words:
            walk.add("negated", f"negation '{texts[child]}'")
        elif dep == "advcl" and walk.conditional and _has_condition(p, child, cues):
            walk.add("hypothetical", f"condition: clause '{texts[child]}'")


def _negative_subject(p: Parse, child: int) -> bool:
    """'No troops were sent', 'No shooting was recorded': a subject quantified by 'no'."""
    deps, lowers = p.deps, p.lowers
    return deps[child] in {"nsubj", "nsubjpass"} and any(deps[g] == "det" and lowers[g] == "no" for g in p.kids[child])


def _no_adverb(p: Parse, child: int, cues: StatusCues) -> bool:
    """'no longer', 'no more'."""
    lowers = p.lowers
    return p.deps[child] == "advmod" and lowers[child] in cues.no_adverbs and any(
        lowers[g] == "no" for g in p.kids[child])


def _is_headline_infinitive(p: Parse, k: int) -> bool:
    """'Pashinyan to meet Aliyev': a root infinitive, or one attached to a root noun (a headline)."""
    deps, head = p.deps, p.heads[k]
    return (deps[k] == "ROOT" or (deps[k] in {"relcl", "acl"} and deps[head] == "ROOT"
                                  and p.tags[head] in {"NNP", "NNPS"})) and to_infinitive_at(p, k)


def _is_opinion(prep: int, walk: _Walk) -> bool:
    """'in my opinion', 'in the view of experts', 'to my mind', 'according to UN estimates'."""
    p, nouns = walk.p, walk.cues.opinion_nouns
    deps, lowers, kids = p.deps, p.lowers, p.kids
    word = lowers[prep]
    if word == "according":
        objects = [o for to in kids[prep] for o in kids[to] if deps[o] == "pobj"]
        return any(walk.lem(o) in nouns for o in objects)
    if word not in {"in", "to"}:
        return False
    for obj in (g for g in kids[prep] if deps[g] == "pobj"):
        if walk.lem(obj) in nouns:
            return any(deps[g] == "poss" or (deps[g] == "prep" and lowers[g] == "of") for g in kids[obj])
    return False


def _inspect_mark(token: int, walk: _Walk, children: Sequence[int] | None = None,
                  deps: Sequence[str] | None = None) -> None:
    if walk.conditional and _has_condition(walk.p, token, walk.cues, children, deps):
        walk.add("hypothetical", f"condition on '{walk.p.texts[token]}'")


def _has_condition(p: Parse, token: int, cues: StatusCues, children: Sequence[int] | None = None,
                   deps: Sequence[str] | None = None) -> bool:
    """A conditional mark ('if', 'unless') or preposition on the token (``children``: its children and ``deps``
    their labels, when the caller read them)."""
    if children is None:
        children = p.kids[token]
    if deps is None:
        labels = p.deps
        deps = [labels[c] for c in children]
    elif "mark" not in deps and "prep" not in deps:
        return False
    lowers = p.lowers
    preps = None  # whether a conditional preposition word occurs in the Doc at all, read at the first 'prep'
    for child, dep in zip(children, deps):
        if dep == "mark" and lowers[child] in cues.conditional_marks:
            return True
        if dep == "prep":
            if preps is None:
                preps = not cues.conditional_preps.isdisjoint(p.word_set)
            if preps and any(lowers[g] in cues.conditional_preps for g in p.kids[child]):
                return True
    return False


def sentence_status(sent: Any, *, cues: StatusCues, lemma: Lemmatizer, question_turn: bool = False) -> StatusResult:
    """Status of a sentence's main content: the root, or the innermost clause under a reporting or frame verb;
    an attempt ('said the US was trying to push Moscow out') is itself the content, not its sought goal."""
    walk = _Walk(cues, lemma, parse_of(sent.doc))
    p, token = walk.p, sent.root.i
    for _ in range(10):
        inner = next((c for c in p.kids[token] if p.deps[c] in {"ccomp", "xcomp"}), None)
        if inner is None:
            inner = _predicate_clause(p, token)
        if inner is None or p.deps[inner] == "xcomp" and walk.lem(token) in cues.attempt_heads:
            break
        token = inner
    return detect_status(p.doc[token], cues=cues, lemma=lemma, question_turn=question_turn)


def _predicate_clause(p: Parse, token: int) -> int | None:
    """The clause under a predicate adjective or noun ('is ready to hold', 'is a possibility that'), or a
    headline infinitive under a root name ('Pashinyan to meet Aliyev')."""
    deps, kids = p.deps, p.kids
    for child in kids[token]:
        if deps[child] in {"acomp", "attr"}:
            inner = next((g for g in kids[child] if deps[g] in {"xcomp", "ccomp", "acl"}), None)
            if inner is not None:
                return inner
        if _is_headline_infinitive(p, child):
            return child
    return None
