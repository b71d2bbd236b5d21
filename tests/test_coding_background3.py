"""Background round 3 (coding/background.py, status.py): the cause of a legal step, a chronology entry, a
'from ... to ...' span of history, an 'ago' the parser split from its time noun, and an obligation are not acts
reported as done. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

PUB = date(2004, 10, 15)
LEAD = "Talks on the crisis opened in Geneva on Monday. "  # the story's news: background follows it


@pytest.mark.parametrize("text", [
    "Police arrested three Kenyans over the bomb attack on the Israeli embassy in Nairobi.",
    "A court in Madrid jailed two Moroccans for the bombing of the French consulate.",
    "Two Syrians were charged with the attack on the Turkish consulate in Berlin.",
    "Police detained five men in connection with the raid on the Saudi embassy.",
])
def test_cause_of_a_legal_step_is_background(code_text, text):
    assert "ASSAULT" not in code_text.types(LEAD + text, PUB)


@pytest.mark.parametrize("text", [
    "Rebels launched an attack on the Israeli embassy in Nairobi.",
    "Police were deployed after the attack on the Israeli embassy in Nairobi.",
])
def test_an_attack_outside_a_legal_step_stays_news(code_text, text):
    assert "ASSAULT" in code_text.types(LEAD + text, PUB)


def test_chronology_entry_labelled_with_a_past_year_is_history(code_text):
    text = "A short history of the war. 1991: Iraq sends troops into Kuwait to seize its oil fields."
    assert "MOBILIZE" not in code_text.types(text, PUB)
    assert "MOBILIZE" in code_text.types("A short history of the war. Iraq sends troops into Kuwait.", PUB)


def test_from_to_span_of_history_is_background(code_text):
    text = LEAD + "Lebanon endured decades of ruin, from the Syrian occupation to the civil war."
    assert "COERCE" not in code_text.types(text, PUB)


def test_ago_split_from_its_time_noun_still_dates_the_act(code_text):
    text = LEAD + "Talks over Japanese citizens abducted by the North decades ago ended without progress."
    assert "ASSAULT" not in code_text.types(text, PUB)
    recent = LEAD + "Talks over Japanese citizens abducted by the North on Sunday ended without progress."
    assert "ASSAULT" in code_text.types(recent, PUB)


@pytest.mark.parametrize(("text", "status"), [
    ("The Italian cabinet will have to resign, an analyst said.", "hypothetical"),
    ("The Italian cabinet has to resign, an analyst said.", "hypothetical"),
    ("The Italian cabinet resigned, an analyst said.", "asserted"),
])
def test_obligation_is_not_done(code_text, text, status):
    events = code_text(LEAD + text, PUB)
    resign = [e for e in events if e.trigger.lower().startswith("resign")]
    assert resign and resign[0].status == status
