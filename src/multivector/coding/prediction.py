"""Predictions: a future act of one party foretold by another is hypothetical, not planned.

DESIGN §3: a speaker announcing his own side's act ('Japan will send troops, a government spokesman said')
reports a plan. The same future tense in the mouth of a third party is a forecast: 'Nakasone will almost
certainly step down, political commentator Shiratori said', 'China will impose sanctions, analysts said',
'the U.S. will impose sanctions on Japan, a Japanese official said'. A speaker is a third party when

  - a commentator noun names him (``data/commentator_nouns.csv``: the speaker's head, its compound or its
    apposition: 'analysts', 'political commentator Shiratori', 'Gerald Curtis, a professor at Columbia'), or
  - his own phrase names a state ('a Japanese official', 'U.S. officials': a GPE or NORP word) and he resolves
    to an actor of a state none of the event's actors belongs to (the actors all have a state). A state the KB
    lent him from the sentence ('top government spokesman Hosoda', 'officials') does not count.

Only a status that rests on the future tense alone ('will', 'would' reported, 'going to', 'is expected to')
changes; an intention the sentence ascribes to the actor ('Iran plans to build ..., analysts said') stays
planned: the plan is reported, not predicted.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from pathlib import Path

from spacy.tokens import Token

from ..model import ActorRef
from .attribution import find_report
from .doctree import children_of
from .ontology import DATA_DIR
from .patterns import lemma_set
from .status import StatusResult

COMMENTATOR_FILE = DATA_DIR / "commentator_nouns.csv"
_FORETELLING_CUES = ("future auxiliary", "'going to'", "intention 'expect")  # status.py cue texts
_REPORT_KINDS = frozenset({"say", "claim", "warn"})
_NAMING_DEPS = frozenset({"compound", "appos"})
_STATE_ENTS = frozenset({"GPE", "NORP"})
PREDICTION_CUE = "a third party's prediction"  # the cue text; such events are dated as future acts


@functools.lru_cache(maxsize=2)
def load_commentator_nouns(path: Path = COMMENTATOR_FILE) -> frozenset[str]:
    """Nouns of speakers who are no party to the acts they comment on ('analyst', 'economist')."""
    return lemma_set(path)


def predicted(trigger: Token, status: StatusResult, speaker: ActorRef | None, actors: Sequence[ActorRef], *,
              reporting: Mapping[str, str], lemma: Callable[[Token], str]) -> StatusResult:
    """The status of an event whose future act a third party foretells: hypothetical; else ``status``."""
    if status.status != "planned" or not foretold(status.cues):
        return status
    report = find_report(trigger, reporting, lemma)
    if report is None or report.speaker is None or report.kind not in _REPORT_KINDS:
        return status
    if commentator(report.speaker, lemma) or (_names_state(report.speaker) and _other_state(speaker, actors)):
        return replace(status, status="hypothetical", cues=(*status.cues, f"{PREDICTION_CUE} ('{report.speaker.text}')"))
    return status


def foretold(cues: Sequence[str]) -> bool:
    """Whether every cue of a planned status is a future tense or an expectation (no intention of the actor)."""
    planned = [c for c in cues if not c.startswith(("sentence ends", "interview"))]
    return bool(planned) and all(c.startswith(_FORETELLING_CUES) for c in planned)


def commentator(speaker: Token, lemma: Callable[[Token], str]) -> bool:
    """The speaker, its compounds or its apposition is a commentator noun ('analysts', 'commentator
    Shiratori', 'Curtis, a professor'; 'political scientist Ito': the compound pair counts)."""
    nouns = load_commentator_nouns()
    names = [speaker, *(c for c in children_of(speaker) if c.dep_ in _NAMING_DEPS)]
    if speaker.dep_ == "appos":
        names.append(speaker.head)
    for noun in names:
        pair = " ".join(t.lower_ for t in noun.lefts if t.dep_ in {"amod", "compound"})
        if lemma(noun).lower() in nouns or f"{pair} {noun.lower_}".strip() in nouns:
            return True
    return False


def _names_state(speaker: Token) -> bool:
    """The speaker's own phrase up to its head names a state or nationality ('a Japanese official')."""
    return any(t.ent_type_ in _STATE_ENTS for t in speaker.doc[speaker.left_edge.i:speaker.i + 1])


def _other_state(speaker: ActorRef | None, actors: Sequence[ActorRef]) -> bool:
    """A resolved speaker of a state that none of the actors belongs to (every actor has a state)."""
    if speaker is None or speaker.country is None or not actors:
        return False
    return all(a.country is not None and a.country != speaker.country and a.code != speaker.code for a in actors)
