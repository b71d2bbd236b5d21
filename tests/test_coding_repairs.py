"""Parse repairs (stranded prepositions, participle subjects, 'resorted to + gerund', headline passives) and
performative decisions. Every sentence here is written for the test; each checks a parse the small model gets
wrong and the argument or status the coder recovers from it."""

from __future__ import annotations

from multivector.coding.arguments import participle_subject, stranded_object_at
from multivector.coding.parse import parse_of


def _token(doc, word: str):  # type: ignore[no-untyped-def]
    return next(t for t in doc if t.text == word)


def stranded_object(prep):  # type: ignore[no-untyped-def]
    """:func:`stranded_object_at` asked of a Token: the object Token or None."""
    found = stranded_object_at(parse_of(prep.doc), prep.i)
    return None if found is None else prep.doc[found]


# --- 1. stranded preposition -------------------------------------------------------------------------------

def test_stranded_object_is_found_when_the_noun_heads_the_next_clause(nlp) -> None:
    doc = nlp("Mexico has offered asylum to four Cuban dissidents hiding in its embassy since the crackdown, "
              "the Mexican foreign ministry said.")
    to = _token(doc, "to")
    assert not [c for c in to.children if c.dep_ == "pobj"]  # the misparse the repair is for
    assert stranded_object(to).text == "dissidents"


def test_a_preposition_with_its_object_is_not_repaired(nlp) -> None:
    doc = nlp("Germany sent aid to refugees in Libya.")
    assert stranded_object(_token(doc, "to")) is None


def test_absolute_with_clause_is_no_stranded_object(nlp) -> None:
    doc = nlp("The talks collapsed on Friday, with Russian diplomats walking out of the room.")
    with_ = _token(doc, "with")
    assert not [c for c in with_.children if c.dep_ == "pobj"]  # same shape as the misparse ...
    assert stranded_object(with_) is None  # ... but 'with X doing' is an absolute clause: X is its subject


def test_stranded_recipient_reaches_the_event(code_text) -> None:
    aid = code_text.of_type("Mexico has offered asylum to four Cuban dissidents hiding in its embassy since the "
                            "crackdown, the Mexican foreign ministry said.", "AID")
    assert aid, "the asylum event needs its recipient"
    assert [a.code for a in aid[0].actors] == ["MEX"]
    assert any(r.code.startswith("CUB") for r in aid[0].recipients)


# --- 2. speaker through a participle -----------------------------------------------------------------------

def test_participle_subject_looks_through_the_participle(nlp) -> None:
    doc = nlp("The Red Cross operating in Lebanon said Israeli jets bombed a bridge.")
    operating = _token(doc, "operating")
    assert operating.dep_ == "nsubj"  # the misparse
    assert participle_subject(operating).text == "Cross"
    assert participle_subject(_token(doc, "jets")).text == "jets"  # a plain noun subject is itself


def test_speaker_of_a_report_whose_subject_is_a_participle(code_text) -> None:
    for text in ("The Red Cross operating in Lebanon said Israeli jets bombed a bridge.",
                 "The Red Cross working in Somalia said Ethiopian troops killed civilians."):
        events = code_text.of_type(text, "ASSAULT")
        assert events and events[0].speaker is not None, text
        assert events[0].speaker.code.startswith("NGO"), text


def test_subject_through_a_participle_for_an_event_verb(code_text) -> None:
    events = code_text.of_type("The Red Cross operating in Iraq condemned Turkey.", "ACCUSE")
    assert events and [a.code for a in events[0].actors] == ["NGOHLHIRC"]


# --- 3. resorted / turned / took to + gerund ---------------------------------------------------------------

def test_gerund_after_turned_to_takes_the_main_subject(code_text) -> None:
    summaries = code_text.summaries("Somali pirates turned to hijacking Indian ships.")
    assert ("ASSAULT", "181", ["SOM"], ["IND"]) in summaries


def test_gerund_after_took_to_takes_the_main_subject(code_text) -> None:
    assault = code_text.of_type("Iraqi insurgents took to attacking US convoys.", "ASSAULT")
    assert assault and [a.code for a in assault[0].actors] == ["IRQREB"]


def test_gerund_after_a_participle_resorted_takes_the_noun(code_text) -> None:
    # the parser makes 'resorted' a participle on 'youths'
    events = code_text("Palestinian youths resorted to throwing stones at Israeli soldiers.")
    assert events and all([a.code for a in e.actors] == ["PSE"] for e in events)


def test_other_prepositional_gerunds_do_not_borrow_the_subject(code_text) -> None:
    # 'accused X of bombing': X bombs, not the accuser
    for event in code_text("Human Rights Watch accused Saudi Arabia of bombing a market."):
        if event.event_type == "ASSAULT":
            assert "NGOHRI" not in [a.code for a in event.actors]


# --- 4. performative decisions -----------------------------------------------------------------------------

def test_decision_that_enacts_its_act_is_asserted(code_text) -> None:
    for text in ("The Thai cabinet decided to lift the ban on Cambodian imports.",
                 "The Kenyan parliament voted to approve the deployment of troops to Somalia.",
                 "The Ivorian constitutional council decided to allow the opposition leader to run in the election."):
        events = code_text(text)
        assert events, text
        assert all(e.status == "asserted" and not e.cameo.startswith("03") for e in events), text


def test_decision_to_act_later_stays_planned(code_text) -> None:
    for text in ("The Polish government decided to withdraw its troops from Iraq.",
                 "The Indian government decided to send troops to Sri Lanka."):
        events = code_text(text)
        assert events and all(e.status == "planned" for e in events), text


def test_future_decision_is_not_enacted(code_text) -> None:
    events = code_text("The Thai cabinet will decide to lift the ban on Cambodian imports next month.")
    assert all(e.status != "asserted" for e in events)


# --- 5. headline passives of release verbs -----------------------------------------------------------------

def test_headline_release_makes_the_released_no_actor(code_text) -> None:
    for text in ("Australian reporter freed in Iraq.", "Two Japanese hostages released in Iraq."):
        for event in code_text(text):
            assert not any(a.country in {"AUS", "JPN"} for a in event.actors), text


def test_active_release_keeps_its_actor(code_text) -> None:
    assert ("RETREAT", "0841", ["IRQ"], ["AUSMED"]) in code_text.summaries("Iraq frees Australian reporter.")
