"""Coder behaviour on hand-built parses (the parser is not the point here): types, arguments, status, speaker."""

from __future__ import annotations

import pytest

from multivector.coding import Coder, code_doc
from multivector.coding.ontology import Ontology
from multivector.coding.patterns import Pattern, PatternTable, make_id
from multivector.coding.places import Gazetteer, LazyGazetteer
from multivector.model import Event, Place

from test_coding_fakes import FakeKB, article_for, doc_lemma, hand_doc

ROWS = [  # kind, lemma, particle, objects, prep, cameo
    ("verb", "hold", None, ("talk",), "with", "043"),
    ("verb", "meet", None, (), None, "040"),
    ("verb", "sign", None, ("agreement",), None, "057"),
    ("verb", "attack", None, (), None, "190"),
    ("verb", "retaliate", None, (), None, "130"),
    ("verb", "accuse", None, (), None, "112"),
    ("verb", "urge", None, (), None, "020"),
    ("verb", "say", None, (), None, "010"),
    ("noun", "summit", None, (), "between", "043"),
]


def _table() -> PatternTable:
    pats = [Pattern(make_id(k, lem, part, objs, prep), k, lem, part, objs, prep, cameo, None, ())
            for k, lem, part, objs, prep, cameo in ROWS]
    return PatternTable(pats, "testpatterns")


def _fake_gazetteer() -> LazyGazetteer:
    beijing = Place("Beijing", "CHN", 39.9, 116.4, 1816670)
    return LazyGazetteer(lambda: Gazetteer({"beijing": beijing}, {}))


@pytest.fixture(scope="module")
def hand_coder() -> Coder:
    return Coder(ontology=Ontology.load(), patterns=_table(), lemma=doc_lemma, gazetteer=_fake_gazetteer())


def _code(coder: Coder, rows, ents=None) -> list[Event]:
    doc = hand_doc(rows, ents)
    return coder.code(doc, article_for(doc), FakeKB())


def test_planned_talks_become_agree_036_with_date_and_place(hand_coder: Coder) -> None:
    rows = [("Putin", "Putin", "NNP", "nsubj", 2), ("will", "will", "MD", "aux", 2),
            ("hold", "hold", "VB", "ROOT", 2), ("talks", "talk", "NNS", "dobj", 2),
            ("with", "with", "IN", "prep", 3), ("Xi", "Xi", "NNP", "pobj", 4), ("in", "in", "IN", "prep", 2),
            ("Beijing", "Beijing", "NNP", "pobj", 6), ("on", "on", "IN", "prep", 2),
            ("Tuesday", "Tuesday", "NNP", "pobj", 8), (".", ".", ".", "punct", 2)]
    [event] = _code(hand_coder, rows, {7: "GPE"})
    assert (event.event_type, event.cameo, event.status) == ("AGREE", "036", "planned")
    assert [a.code for a in event.actors] == ["RUSGOV"] and [r.code for r in event.recipients] == ["CHNGOV"]
    assert event.trigger == "hold talks with"
    assert event.date == "2025-09-02" and event.date_source == "text" and event.date_precision == "day"
    assert event.location is not None and event.location.country == "CHN"
    assert event.span[1] - event.span[0] == len(event.text)
    assert "+ptestpatt+d" in event.coder_version and event.coder_version.endswith("+afakekb-0")
    assert event.quad_class == 1 and event.goldstein == Ontology.load().goldstein("036")
    assert Event.from_json(event.to_json()) == event


def test_reciprocal_signing_puts_both_parties_in_actors(hand_coder: Coder) -> None:
    rows = [("Russia", "Russia", "NNP", "nsubj", 3), ("and", "and", "CC", "cc", 0),
            ("China", "China", "NNP", "conj", 0), ("signed", "sign", "VBD", "ROOT", 3),
            ("an", "an", "DT", "det", 5), ("agreement", "agreement", "NN", "dobj", 3), (".", ".", ".", "punct", 3)]
    [event] = _code(hand_coder, rows)
    assert event.cameo == "057" and event.event_type == "SUPPORT" and event.status == "asserted"
    assert [a.country for a in event.actors] == ["RUS", "CHN"] and event.recipients == ()


def test_passive_agent_is_the_actor(hand_coder: Coder) -> None:
    rows = [("Ukraine", "Ukraine", "NNP", "nsubjpass", 2), ("was", "be", "VBD", "auxpass", 2),
            ("attacked", "attack", "VBN", "ROOT", 2), ("by", "by", "IN", "agent", 2),
            ("Russia", "Russia", "NNP", "pobj", 3), (".", ".", ".", "punct", 2)]
    [event] = _code(hand_coder, rows)
    assert event.event_type == "ASSAULT"
    assert [a.code for a in event.actors] == ["RUS"] and [r.code for r in event.recipients] == ["UKR"]


def test_reported_threat_keeps_the_speaker_and_stays_asserted(hand_coder: Coder) -> None:
    rows = [("Lavrov", "Lavrov", "NNP", "nsubj", 1), ("said", "say", "VBD", "ROOT", 1),
            ("that", "that", "IN", "mark", 5), ("Moscow", "Moscow", "NNP", "nsubj", 5),
            ("would", "would", "MD", "aux", 5), ("retaliate", "retaliate", "VB", "ccomp", 1),
            ("against", "against", "IN", "prep", 5), ("Washington", "Washington", "NNP", "pobj", 6),
            (".", ".", ".", "punct", 1)]
    [event] = _code(hand_coder, rows)  # 'said' itself is a 01x statement: not an event
    assert event.event_type == "THREATEN" and event.status == "asserted"
    assert event.speaker is not None and event.speaker.text == "Lavrov"
    assert [a.text for a in event.actors] == ["Moscow"] and [r.country for r in event.recipients] == ["USA"]


def test_coordinated_recipients_and_self_dyads(hand_coder: Coder) -> None:
    rows = [("Trump", "Trump", "NNP", "nsubj", 1), ("accused", "accuse", "VBD", "ROOT", 1),
            ("Russia", "Russia", "NNP", "dobj", 1), (",", ",", ",", "punct", 2), ("China", "China", "NNP", "conj", 2),
            ("and", "and", "CC", "cc", 4), ("Iran", "Iran", "NNP", "conj", 4), (".", ".", ".", "punct", 1)]
    [event] = _code(hand_coder, rows)
    assert [r.country for r in event.recipients] == ["RUS", "CHN", "IRN"]
    self_dyad = [("Moscow", "Moscow", "NNP", "nsubj", 1), ("accused", "accuse", "VBD", "ROOT", 1),
                 ("Putin", "Putin", "NNP", "dobj", 1), (".", ".", ".", "punct", 1)]
    assert _code(hand_coder, self_dyad) == []
    other_sector = [("Russia", "Russia", "NNP", "nsubj", 1), ("accused", "accuse", "VBD", "ROOT", 1),
                    ("Smirnov", "Smirnov", "NNP", "dobj", 1), (".", ".", ".", "punct", 1)]
    assert [r.sector for r in _code(hand_coder, other_sector)[0].recipients] == ["EDU"]


def test_request_needs_a_recipient_and_controls_the_embedded_subject(hand_coder: Coder) -> None:
    rows = [("Xi", "Xi", "NNP", "nsubj", 1), ("urged", "urge", "VBD", "ROOT", 1),
            ("Putin", "Putin", "NNP", "dobj", 1), ("to", "to", "TO", "aux", 4), ("meet", "meet", "VB", "xcomp", 1),
            ("Trump", "Trump", "NNP", "dobj", 4), (".", ".", ".", "punct", 1)]
    events = {e.event_type: e for e in _code(hand_coder, rows)}
    assert [r.code for r in events["REQUEST"].recipients] == ["RUSGOV"]
    assert [a.code for a in events["CONSULT"].actors] == ["RUSGOV"]
    assert events["CONSULT"].status == "hypothetical"  # urged, not done
    alone = [("Xi", "Xi", "NNP", "nsubj", 1), ("urged", "urge", "VBD", "ROOT", 1), ("restraint", "restraint", "NN", "dobj", 1)]
    assert _code(hand_coder, alone) == []


def test_nominal_summit_between_two_leaders_is_symmetric(hand_coder: Coder) -> None:
    rows = [("The", "the", "DT", "det", 1), ("summit", "summit", "NN", "nsubj", 6),
            ("between", "between", "IN", "prep", 1), ("Putin", "Putin", "NNP", "pobj", 2),
            ("and", "and", "CC", "cc", 3), ("Erdogan", "Erdogan", "NNP", "conj", 3),
            ("ended", "end", "VBD", "ROOT", 6), (".", ".", ".", "punct", 6)]
    [event] = _code(hand_coder, rows)
    assert event.event_type == "CONSULT" and {a.country for a in event.actors} == {"RUS", "TUR"}
    assert event.recipients == () and event.rule.startswith("noun:summit")


def test_no_actor_no_event_and_explain_shows_paths(hand_coder: Coder) -> None:
    rows = [("They", "they", "PRP", "nsubj", 1), ("met", "meet", "VBD", "ROOT", 1), ("Xi", "Xi", "NNP", "dobj", 1)]
    assert _code(hand_coder, rows) == []
    rows[0] = ("Putin", "Putin", "NNP", "nsubj", 1)
    doc = hand_doc(rows)
    [(event, lines)] = hand_coder.explain(doc, article_for(doc), FakeKB())
    assert any("met -nsubj-> Putin" in line for line in lines)
    assert any(line.startswith("status asserted") for line in lines)
    assert code_doc(doc, article_for(doc), FakeKB(), coder=hand_coder) == [event]


def test_event_ids_are_stable(hand_coder: Coder) -> None:
    rows = [("Putin", "Putin", "NNP", "nsubj", 1), ("met", "meet", "VBD", "ROOT", 1), ("Xi", "Xi", "NNP", "dobj", 1)]
    first, second = _code(hand_coder, rows), _code(hand_coder, rows)
    assert first[0].id == second[0].id and first[0].id.startswith("ev-")
    assert first[0].date == "2025-08-28" and first[0].date_source == "publication"
