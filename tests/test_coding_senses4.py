"""Word senses and non-events, round 4 (found on free-range wire copy): animals and outbreaks are no actors,
policies and circumstances that 'hurt' or 'destroy' forecast an effect, public opinion is no act, a death is no
killing unless a cause is named, a suicide is no attack, business targets and reserves of oil are no military
words, a listed company ('<TICKER>') acting on no government is market business, and a noun a request verb
asks for is requested, not done. Sentences are written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.coding.economic import economic
from multivector.coding.lexicon import lemma
from multivector.model import ActorRef

PUB = date(2004, 9, 20)
WIRE = date(1987, 3, 9)


@pytest.mark.parametrize("text", [
    "A large crocodile attacked and killed a fisherman on the Zambezi river near Tete, officials said.",
    "The cholera outbreak forced the government of Haiti to close schools in the capital.",
    "Opposition leaders in Kenya said the new tariffs would destroy the country's textile industry.",
    "Economists warned that the delays could hurt Bulgaria's chances of joining the euro zone.",
    "A majority of Canadians oppose the war in Iraq, a new survey found.",
    "The Nigerian president said the death of the former ruler marked the end of an era.",
    "A gunman kills self after a standoff with police in a village near Kiev.",
    "The French retailer has targeted discount shoppers as a segment in which to grow.",
    "Greenfield Mining <GRFM> expands operations in Chile.",
    "Its board fought back a bid by a Dutch investor to acquire a controlling stake in the brewer.",
    "The company said it has no plans to restore output to the levels of 1985.",
    "A panel said Japan should increase its strategic petroleum reserve to 90 days of imports.",
    "The army released the names of the soldiers who died in the crash.",
])
def test_non_events_are_not_coded(code_text, text):
    assert code_text.summaries(text, PUB) == []


@pytest.mark.parametrize(("text", "event_type"), [
    ("Israeli troops killed two Palestinian gunmen in Gaza on Tuesday.", "ASSAULT"),
    ("Sudanese militias destroyed three villages in Darfur last week.", "ASSAULT"),
    ("Most lawmakers in Ukraine rejected the government's budget on Friday.", "REJECT"),
    ("Hamas vowed to avenge the death of its founder.", "THREATEN"),
])
def test_political_senses_stay(code_text, text, event_type):
    assert event_type in code_text.types(text, PUB)


def test_named_cause_keeps_a_death(code_text):
    """'caused the deaths of' names a killing; a bare 'the death of' does not."""
    events = code_text.of_type("The Iraqi army said insurgents caused the deaths of nine police recruits in Mosul.",
                               "ASSAULT", PUB)
    assert events and events[0].trigger.startswith("death")


def test_requested_withdrawal_is_not_asserted(code_text):
    """The act a demand asks for is its content: hypothetical; the demand itself stays asserted."""
    events = code_text("Turkey called for the withdrawal of Armenian forces from the disputed region.", PUB)
    statuses = {e.event_type: e.status for e in events}
    assert statuses.get("REQUEST") == "asserted"
    assert statuses.get("RETREAT") == "hypothetical"


def test_demanded_release_is_hypothetical(code_text):
    events = code_text.of_type("Rebels in Colombia demanded a pullout of government troops from the valley.",
                               "RETREAT", PUB)
    assert all(e.status != "asserted" for e in events)


@pytest.mark.parametrize(("recipients", "dropped"), [([], True), ([("BRAGOV", "BRA", "GOV")], False)])
def test_a_ticker_subject_is_market_business_unless_it_acts_on_officials(nlp, recipients, dropped):
    """Wire copy's '<TICKER>' after a name marks a listed company: market business, unless a recipient is an
    official body ('sued the Brazilian government' stays)."""
    doc = nlp("Harbor Freight Lines <HFL> sued the Brazilian government over the seizure of its ships.")
    trigger = next(t for t in doc if t.lower_ == "sued")
    refs = [ActorRef(code, None, code, code, country, sector, None) for code, country, sector in recipients]
    reason = economic(trigger, [], refs, event_type="ACCUSE", lemma_of=lemma)
    assert (reason is not None and "listed company" in reason) is dropped


@pytest.mark.parametrize("text", [
    "The Chilean president kicked off a four-day tour of Japan on Sunday.",
    "The finance minister raised taxes in an attempt to reduce the budget deficit.",
    "Growth slowed after Peru's trade surplus began to decline sharply.",
    "The Qatari finance minister failed to publish a budget due to uncertainty surrounding Qatar's gas revenues.",
    "A German air force plane flying from Berlin to Kabul landed safely in Baku.",
    "A Chilean rebel undertook a daring escape across the border.",
    "President Bush said he was withdrawing the nomination of his aide as CIA director.",
    "A new book argues that Mexican migrants pose a threat to American culture.",
])
def test_more_non_events_are_not_coded(code_text, text):
    assert code_text.summaries(text, PUB) == []


def test_a_state_since_a_past_year_is_background(code_text):
    """'a crossing closed since the 1982 coup' is a lasting state, not today's closure; the agreement stays."""
    types = code_text.types("Ghana and Togo agreed to reopen a border crossing closed since the 1982 coup.", PUB)
    assert "AGREE" in types and "COERCE" not in types and "SANCTION" not in types


def test_taking_part_in_a_loan_is_no_meeting(code_text):
    """(The loan itself is K's business-actor question: 'Taiwan banks' are read as Taiwan.)"""
    events = code_text("Three Taiwan banks will take part in a syndicated loan to Indonesia.", PUB)
    assert not [e for e in events if e.rule.startswith("verb:take")]


def test_calling_an_election_is_no_demand(code_text):
    """'call an election' schedules one; 'called for early elections' demands one."""
    assert "REQUEST" not in code_text.types("The Irish prime minister may call a general election in May.", PUB)
    assert "REQUEST" in code_text.types("The Kenyan opposition called for early elections.", PUB)


@pytest.mark.parametrize(("text", "event_type"), [
    ("Syrian gunmen survived an assassination attempt near Beirut.", "ASSAULT"),
    ("Rebels made an attempt on the life of the Chadian president.", "ASSAULT"),
    ("Police kicked a protester in central Cairo on Friday.", "ASSAULT"),
    ("The Kremlin said it was withdrawing its troops from Georgia.", "RETREAT"),
    ("The Ukrainian president flew to Warsaw on Monday.", "CONSULT"),
    ("Iran undertook to suspend uranium enrichment.", "AGREE"),
])
def test_violent_and_political_senses_stay(code_text, text, event_type):
    assert event_type in code_text.types(text, PUB)


def test_threatened_war_is_content(code_text):
    """'threatened X with war': the threat is asserted, the war it names is not."""
    events = code_text("North Korea threatened South Korea with war.", PUB)
    assert any(e.event_type == "THREATEN" and e.status == "asserted" for e in events)
    assert all(e.status != "asserted" for e in events if e.event_type == "ASSAULT")


def test_last_months_accord_is_background(code_text):
    """'last December's accord' is dated in the past like 'last year's'; the commitment made now stays."""
    events = code_text("The Kuwaiti oil minister reaffirmed his country's commitment to last November's OPEC accord.",
                       PUB)
    assert not [e for e in events if e.trigger == "accord"]
    assert [e for e in events if e.event_type == "AGREE"]


def test_a_plane_crash_toll_is_no_killing(code_text):
    assert "ASSAULT" not in code_text.types("A Nepalese passenger plane crashed in heavy fog, killing 18 people.", PUB)
    assert "ASSAULT" in code_text.types("Rebels crashed a truck into the gate of the Iraqi base, killing 20 soldiers.",
                                        PUB)


def test_calling_a_meeting_is_no_request(code_text):
    """'called an emergency meeting' convenes one; 'called for talks' asks for them."""
    assert "REQUEST" not in code_text.types("The Arab League called an emergency meeting in Cairo on Sunday.", PUB)
    assert "REQUEST" in code_text.types("The Kenyan opposition called for talks with the government.", PUB)
