"""Headline telegraphese (coding/headline.py) and the withdrawal's place as its target (coding/arguments.py)."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.headline import headline_end, read_headline, verb_reading
from multivector.titlecase import title_cased

ON = date(2004, 9, 20)


def _reading(nlp, kb, coder, text: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    end = headline_end(doc)
    assert end
    at = {}
    for m in kb.find_mentions(doc, on=ON):
        at.update({i: m for i in range(m.start_token, m.end_token) if i < end})
    return read_headline(doc, end, at, coder.patterns.verb_lemmas)


def test_headline_end_is_the_title_line_not_running_prose(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Chechen rebels free Georgian pilot\nRebels in Chechnya released a Georgian pilot on Sunday.")
    assert doc[:headline_end(doc)].text == "Chechen rebels free Georgian pilot"
    prose = nlp("Rebels in Chechnya said on Sunday that they had released a Georgian pilot they captured in May.")
    assert headline_end(prose) == 0


def test_title_case_share() -> None:
    from spacy.lang.en import English

    blank = English()
    assert title_cased(blank("Rebels Free Georgian Pilot After Talks"))
    assert not title_cased(blank("rebels free a pilot after long talks"))


def test_verb_reading_of_headline_words() -> None:
    assert verb_reading("frees") == ("free", False)
    assert verb_reading("given") == ("give", True)
    assert verb_reading("abducted") == ("abduct", True)


def test_misparsed_headline_verb_gets_its_actor_and_object(code_text) -> None:  # type: ignore[no-untyped-def]
    text = "Chechen militants free Georgian pilot\nThe pilot was seen in Tbilisi on Sunday."
    released = [s for s in code_text.summaries(text, ON) if s[1].startswith("084")]
    assert released and released[0][2] == ["RUSREB"] and released[0][3] == ["GEO"]


def test_to_infinitive_headline_is_planned_and_speaker_prefix_speaks(nlp, kb, coder) -> None:  # type: ignore
    reading = _reading(nlp, kb, coder, "Sharon: Israel to free Palestinian prisoners\nThe cabinet met.")
    assert reading.planned and not reading.passive
    assert reading.speaker is not None and reading.speaker.text == "Sharon"
    assert [m.text for m in reading.actors] == ["Israel"] and reading.lemma == "free"


def test_headline_passive_makes_the_subject_the_patient(nlp, kb, coder) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp, kb, coder, "Syria handed UN ultimatum on Lebanon\nDiplomats met.")
    assert reading.passive and [m.text for m in reading.patients] == ["Syria"]
    assert [m.text for m in reading.agents] == ["UN"]  # the giver owns what was handed
    killed = _reading(nlp, kb, coder, "Afghan police killed by Taliban fighters\nSix died.")
    assert killed.passive and "Taliban" in [m.text for m in killed.agents]


def test_past_tense_with_an_object_is_no_headline_passive(nlp, kb, coder) -> None:  # type: ignore[no-untyped-def]
    reading = _reading(nlp, kb, coder, "Pakistan deployed troops near Afghan border\nOfficials said.")
    assert reading is not None and not reading.passive


def test_headline_passive_is_not_coded_with_its_subject_as_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Syria handed UN ultimatum on Lebanon\nDiplomats met in New York on Monday.", ON)
    assert not any("SYR" in [a.code for a in e.actors] for e in events)
    given = code_text("Iran given nuclear deadline\nDiplomats met in Vienna on Monday.", ON)
    assert not any(e.sentence_index == 0 and "IRN" in [a.code for a in e.actors] for e in given)


def test_a_noun_subject_before_the_real_verb_is_no_trigger(nlp, kb, coder) -> None:  # type: ignore[no-untyped-def]
    assert _reading(nlp, kb, coder, "UN force takes over in Haiti\nPeacekeepers arrived.") is None


def test_a_clean_parse_stands_and_a_repeated_reading_is_not_added(code_text) -> None:  # type: ignore[no-untyped-def]
    kills = code_text.of_type("Indian troops kill three militants in Kashmir\nThe army said.", "ASSAULT", ON)
    assert [(e.actors[0].code, [r.code for r in e.recipients]) for e in kills[:1]] == [("INDMIL", ["REB"])] \
        or kills and kills[0].actors[0].code == "INDMIL"
    text = "Chechen militants free Georgian pilot\nChechen militants freed a Georgian pilot on Sunday."
    released = [s for s in code_text.summaries(text, ON) if s[1].startswith("084")]
    assert len(released) == 1


@pytest.mark.parametrize("text, recipients", [
    ("Russia pulled its troops out of Georgia on Monday.", {"GEO"}),
    ("Hungary withdrew its soldiers from Iraq last week.", {"IRQ"}),
    ("Hungary withdrew from the coalition last week.", set()),
])
def test_a_withdrawal_targets_the_state_it_leaves(code_text, text, recipients) -> None:  # type: ignore[no-untyped-def]
    events = code_text.of_type(text, "RETREAT", ON)
    assert events or not recipients
    assert all({r.code for r in e.recipients} == recipients for e in events)


def test_object_control_verb_before_to_is_passive_but_refused_to_is_active(nlp, kb, coder) -> None:  # type: ignore
    urged = _reading(nlp, kb, coder, "Kofi Annan urged to send envoy to Sudan\nDiplomats met.")
    assert urged is not None and urged.passive and not urged.agents
    refused = _reading(nlp, kb, coder, "Hamas refused to meet Israeli envoy\nThe talks failed.")
    assert refused is not None and not refused.passive and [m.text for m in refused.agents] == ["Hamas"]


def test_a_past_intransitive_headline_verb_stays_active(nlp, kb, coder) -> None:  # type: ignore[no-untyped-def]
    met = _reading(nlp, kb, coder, "Chinese and Cuban leaders met in Havana\nThey signed deals.")
    assert met is None or not met.passive


def test_a_prose_sentence_with_many_names_is_no_headline(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Palestinian Prime Minister Ismail Haniyeh refused to answer a demand from the American envoy.")
    assert headline_end(doc) == 0


def test_a_reaction_headline_verb_does_not_make_its_subject_do_the_object(code_text) -> None:  # type: ignore
    text = "Egyptians Decry Israeli Killing of Palestinian Boy\nHundreds protested in Cairo on Friday."
    events = [e for e in code_text(text, ON) if e.sentence_index == 0]
    assert not any(e.event_type == "ASSAULT" and "EGY" in [a.code for a in e.actors] for e in events)
    accusations = [e for e in events if e.event_type == "ACCUSE"]
    assert accusations and accusations[0].actors[0].code == "EGY"
    assert [r.code for r in accusations[0].recipients] == ["ISR"]  # the owner of the killing, not its victim
