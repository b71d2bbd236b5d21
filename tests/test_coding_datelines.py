"""Datelines are no participants (coding/dateline.py); reduced passives make their subject the victim
(coding/arguments.py, data/transitive_verbs.csv)."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.dateline import dateline_spans, in_dateline

PUB = date(2025, 1, 1)


@pytest.mark.parametrize(("text", "dateline"), [
    ("NAJAF, Iraq - Explosions rattled the city.", "NAJAF, Iraq - "),
    (" BEIJING (Reuters) - Beijing on Monday accused Taiwan.", " BEIJING (Reuters) - "),
    ("Title here. MOSCOW, Aug. 18 (Xinhuanet) -- Putin said.", "MOSCOW, Aug. 18 (Xinhuanet) -- "),
    ("GAZA CITY, Gaza Strip – Israeli helicopters fired.", "GAZA CITY, Gaza Strip – "),
])
def test_datelines_are_found(text: str, dateline: str) -> None:
    spans = dateline_spans(text)
    assert [text[a:b] for a, b in spans] == [dateline]
    assert in_dateline(text.index(dateline.strip()[:3]), spans)


@pytest.mark.parametrize("text", ["U.S. President Trump - a man of deals.", "The EU, Russia - and China - met.",
                                  "Iran, Russia - and China."])
def test_ordinary_sentences_have_no_dateline(text: str) -> None:
    assert dateline_spans(text) == []


def test_dateline_country_is_no_actor(code_text) -> None:
    events = code_text("KHARTOUM, Sudan -- Eritrean deportees hijacked a plane bound for Libya.", PUB)
    assert all(a.country != "SDN" for e in events for a in e.actors + e.recipients)


def test_same_name_after_the_dateline_still_counts(code_text) -> None:
    events = code_text("BEIJING (Reuters) - Beijing on Monday accused Taiwan of spying.", PUB)
    assert any(a.country == "CHN" for e in events for a in e.actors)


@pytest.mark.parametrize(("text", "victim"), [
    ("Two Britons shot dead in southern Thailand.", "GBR"),
    ("Mexican columnist murdered.", "MEX"),
])
def test_reduced_passive_subject_is_the_victim(code_text, text: str, victim: str) -> None:
    events = [e for e in code_text(text, PUB) if e.event_type == "ASSAULT"]
    assert events and all(a.country != victim for e in events for a in e.actors)
    assert any(r.country == victim for e in events for r in e.recipients)


def test_active_violence_keeps_its_subject(code_text) -> None:
    events = code_text("Israeli troops killed a Palestinian gunman in Gaza.", PUB)
    assert any(a.country == "ISR" for e in events for a in e.actors)


@pytest.mark.parametrize(("text", "recipient"), [
    ("King Mohammed of Morocco said he would host talks between Israel and the Palestinians.", "ISR"),
    ("The United States speeded up the withdrawal of its forces from Panama on Wednesday.", "PAN"),
])
def test_recipients_inside_the_object_phrase(code_text, text: str, recipient: str) -> None:
    assert any(r.country == recipient for e in code_text(text, PUB) for r in e.recipients)


def test_capital_in_a_locative_phrase_is_the_state(code_text) -> None:
    events = code_text("A suicide bomber killed ten people in Moscow on Tuesday.", PUB)
    recipients = [r for e in events for r in e.recipients]
    assert recipients and all(r.code == "RUS" for r in recipients)


@pytest.mark.parametrize("text", [
    "One of the Islamic State group's most senior leaders is dead, killed in a joint operation.",
    "Five Iraqi policemen were arrested and jailed by U.S. troops.",
])
def test_participle_subject_undergoes_the_act(code_text, text: str) -> None:
    events = code_text(text, PUB)
    assert events and all(a.country not in {"IRQ"} and a.code != "IMGREB" for e in events for a in e.actors)
    assert all(e.recipients for e in events)


def test_by_phrase_of_an_active_verb_is_no_agent(code_text) -> None:
    text = "Sudanese President Omar al-Bashir on Thursday shortened by one hour the nightly curfew in Khartoum."
    events = code_text(text, PUB)
    assert any(a.country == "SDN" for e in events for a in e.actors)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Panama recalled its ambassador after Cuba threatened to cut ties with Panama.", "PAN"),
    ("A Hamas leader survived an Israeli attack in Gaza but five other Palestinians were killed in the blast.", "PSE"),
])
def test_finite_and_passive_clauses_borrow_no_actor(code_text, text: str, wrong: str) -> None:
    events = [e for e in code_text(text, PUB) if e.event_type in {"THREATEN", "ASSAULT"}
              and e.trigger.startswith(("threatened", "killed"))]
    assert all(a.country != wrong for e in events for a in e.actors)


def test_deportation_destination_is_no_target(code_text) -> None:
    events = code_text("Last month, U.S. immigration police deported 177 detainees to Honduras.", PUB)
    assert events and all(r.country != "HND" for e in events for r in e.recipients)


def test_capital_compounded_on_an_event_noun_is_no_actor(code_text) -> None:
    events = code_text("The Madrid train bombings shocked Europe.", PUB)
    assert all(a.code != "ESPGOV" for e in events for a in e.actors)
    possessive = code_text("Moscow's offensive in Chechnya continued.", PUB)
    assert any(a.code == "RUSGOV" for e in possessive for a in e.actors)
