"""Status cues on real parses: planned, hypothetical, negated, question, and their scope."""

from __future__ import annotations

import pytest

from multivector.coding.status import StatusCues, detect_status, sentence_status

from test_coding_fakes import parse_lemma

CUES = StatusCues.load()


def _status(nlp, text: str, trigger: str, event_type: str = "CONSULT") -> str:
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    return detect_status(token, cues=CUES, lemma=parse_lemma, event_type=event_type).status


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Putin met Xi in Beijing on Tuesday.", "met", "asserted"),
    ("Putin will meet Xi in Beijing next week.", "meet", "planned"),
    ("Tokayev is scheduled to visit Berlin in October.", "visit", "planned"),
    ("The two presidents are expected to sign the treaty in Astana.", "sign", "planned"),
    ("Putin could meet Xi in Beijing.", "meet", "hypothetical"),
    ("If Russia attacks Ukraine, NATO will respond.", "respond", "hypothetical"),
    ("If Russia attacks Ukraine, NATO will respond.", "attacks", "hypothetical"),
    ("Perhaps Putin will visit Ankara.", "visit", "hypothetical"),
    ("Experts believe that China will invest in the project.", "invest", "hypothetical"),
    ("Putin should have met Xi much earlier.", "met", "hypothetical"),
    ("Putin did not meet Xi.", "meet", "negated"),
    ("Putin has never visited Kyiv.", "visited", "negated"),
    ("Putin refused to meet Zelensky.", "meet", "negated"),
    ("Will Putin meet Xi next week?", "meet", "question"),
    ("Moscow denied that its troops attacked the village.", "attacked", "negated"),
    ("Kazakhstan decided to send humanitarian aid to Gaza.", "send", "planned"),
])
def test_status_cues(nlp, text: str, trigger: str, expected: str) -> None:
    assert _status(nlp, text, trigger) == expected


def test_cues_in_a_relative_clause_do_not_leak(nlp) -> None:
    text = "Russia, which will host the summit, attacked Ukraine on Monday."
    assert _status(nlp, text, "attacked", "ASSAULT") == "asserted"


def test_threat_content_is_not_a_plan(nlp) -> None:
    text = "Lavrov said that Moscow would retaliate if Washington deploys missiles."
    assert _status(nlp, text, "retaliate", "THREATEN") == "asserted"
    assert _status(nlp, text, "retaliate", "CONSULT") != "asserted"


def test_question_turn_and_sentence_status(nlp) -> None:
    doc = nlp("Experts believe that the economy will grow.")
    assert sentence_status(next(doc.sents), cues=CUES, lemma=parse_lemma).status == "hypothetical"
    token = nlp("Putin met Xi.")[1]
    result = detect_status(token, cues=CUES, lemma=parse_lemma, question_turn=True)
    assert result.status == "question" and result.cues
