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


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Kyrgyzstan and Uzbekistan are to sign an agreement on water.", "sign", "planned"),
    ("A visit of the Kazakh president to Brussels is planned for May.", "visit", "planned"),
    ("Ankara and Tashkent agreed to raise the trade turnover.", "agreed", "planned"),
    ("In my opinion, Moscow will try to keep Astana in its orbit.", "keep", "hypothetical"),
    ("There is a possibility that Beijing will increase its aid to Kabul.", "increase", "hypothetical"),
    ("Bishkek denied reports that Kyrgyz troops were moved to the border.", "moved", "negated"),
    ("Turkmenistan no longer exchanges intelligence with Russia.", "exchanges", "negated"),
    ("No Russian troops were sent to the base.", "sent", "negated"),
    ("According to UN estimates, Afghans will need more aid.", "need", "hypothetical"),
    ("It is a matter of time before Baku and Ashgabat start joint drilling.", "start", "hypothetical"),
    ("Russia sent troops to the border on Monday.", "sent", "asserted"),
    ("Lavrov said that Russia is not the only power in the region.", "is", "negated"),
])
def test_general_status_mechanisms(nlp, text: str, trigger: str, expected: str) -> None:
    assert _status(nlp, text, trigger) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Lavrov said that Moscow is ready to hold consultations with Washington.", "planned"),
    ("Turkmenistan is due to send a convoy to Afghanistan next week.", "planned"),
    ("Turkey is likely to become a main supplier of arms to Uzbekistan.", "hypothetical"),
    ("Pashinyan to meet Aliyev in Abu Dhabi next month", "planned"),
    ("In my view, the multi-vector policy remains the only reasonable choice.", "hypothetical"),
    ("No shooting was recorded on the border, the ministry said.", "negated"),
])
def test_sentence_status_reaches_the_content(nlp, text: str, expected: str) -> None:
    sent = next(nlp(text).sents)
    assert sentence_status(sent, cues=CUES, lemma=parse_lemma).status == expected


def test_a_commentators_future_is_a_prediction(nlp) -> None:
    token = next(t for t in nlp("Tashkent and Astana will coordinate their positions.") if t.text == "coordinate")
    assert detect_status(token, cues=CUES, lemma=parse_lemma).status == "planned"
    result = detect_status(token, cues=CUES, lemma=parse_lemma, prediction=True)
    assert result.status == "hypothetical" and "prediction" in result.cues[0]


def test_noun_named_done_by_its_participle_is_not_planned(code_text):
    """'under an agreement signed on Friday': the clause's future ('will receive') does not reach the noun."""
    events = code_text("Nepal will receive 20 mln dlrs from Japan under an agreement signed in Tokyo on Friday.")
    statuses = [e.status for e in events if e.trigger == "agreement"]
    assert statuses == ["asserted"]


def test_gated_child_checks_still_fire(nlp) -> None:
    """The Doc-word and dependency gates (a conditional preposition word, an 'aux' or 'attr' child, the word
    'no') only skip checks that cannot match: each cue still fires where its words are present."""
    doc = nlp("NATO would respond in case of a Russian attack on Estonia.")
    respond = next(t for t in doc if t.text == "respond")
    assert "condition on 'respond'" in detect_status(respond, cues=CUES, lemma=parse_lemma).cues
    doc = nlp("NATO would respond in view of a Russian attack on Estonia.")  # no 'case' in the Doc
    respond = next(t for t in doc if t.text == "respond")
    assert not any(c.startswith("condition") for c in detect_status(respond, cues=CUES, lemma=parse_lemma).cues)
    assert _status(nlp, "It is only a matter of time before Russia attacks Moldova.", "attacks") == "hypothetical"
    assert _status(nlp, "Armenia to sign pact with Iran", "sign") == "planned"
    assert _status(nlp, "Japan no longer buys oil from Iran.", "buys") == "negated"
