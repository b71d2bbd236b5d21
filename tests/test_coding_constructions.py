"""General constructions (coding/constructions.py and the session-3 pattern rows): prepositional objects
('is opposed to the plan'), to-infinitive complements ('pressured X to resign'), light-verb speech acts
('issued a reminder to'), expulsions ('forced the agency out'), evacuations of people, stone-throwing,
human shields, settlement formulas and permitted candidacies. All sentences are written for these tests."""

from __future__ import annotations

import pytest

from multivector.coding.constructions import (
    INFINITIVE,
    infinitive_complement_at,
    prepositional_objects_at,
)
from multivector.coding.lexicon import lemma
from multivector.coding.parse import lemma_reader, parse_of
from multivector.model import Event


def _typed(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.cameo) for e in events]


def _dyad(event: Event) -> tuple[list[str], list[str]]:
    return [a.country or a.code for a in event.actors], [r.country or r.code for r in event.recipients]


def test_prepositional_objects_reads_the_verb_and_its_object(nlp) -> None:
    doc = nlp("Rebels held hundreds of villagers as human shields.")
    verb = next(t for t in doc if t.lower_ == "held")
    p = parse_of(doc)
    found = prepositional_objects_at(p, verb.i, lemma_reader(p, lemma))
    assert any(prep == "as" and words[0] == "shield" for prep, words in found)
    assert all(prep != "as" or "villager" not in words for prep, words in found)


def test_infinitive_complement_needs_an_active_verb(nlp) -> None:
    active = nlp("Washington pressured Pakistan to release the journalists.")
    passive = nlp("The minister was pressured to resign.")
    pressured = next(t.i for t in active if t.lower_ == "pressured")
    assert active[infinitive_complement_at(parse_of(active), pressured)].lower_ == "release"
    assert infinitive_complement_at(parse_of(passive), next(t.i for t in passive if t.lower_ == "pressured")) is None
    assert INFINITIVE.startswith("@")  # a pseudo object word no real lemma can equal


@pytest.mark.parametrize(("text", "cameo"), [
    ("Turkey is opposed to the Swiss proposal for a ceasefire, a spokesman said.", "120"),
    ("Greece opposed the French plan for the island.", "127"),
    ("Japan is opposed to Chinese mediation in the dispute.", "126"),
])
def test_opposing_a_proposal_rejects_it(code_text, text: str, cameo: str) -> None:
    events = code_text(text)
    assert ("REJECT", cameo) in _typed(events)
    assert not any(e.event_type == "ACCUSE" for e in events)


def test_opposing_an_actor_is_no_rejection(code_text) -> None:
    assert "REJECT" not in code_text.types("Poland opposed Germany on the pipeline.")


def test_pressuring_someone_to_act_is_a_demand_on_them(code_text) -> None:
    events = code_text.of_type("Washington has pressured Pakistan to release the detained journalists.", "REQUEST")
    assert [e.cameo for e in events] == ["1053"]  # demand release (the content act's sub-code)
    assert _dyad(events[0]) == (["USA"], ["PAK"])


def test_pressure_without_a_complement_stays_coercion(code_text) -> None:
    types = code_text.types("Washington has been pressuring Pakistan for months.")
    assert "REQUEST" not in types


def test_a_reminder_to_a_state_is_a_demand(code_text) -> None:
    events = code_text.of_type("Egypt issued a sharp reminder to Israel that it must respect the border treaty.",
                               "REQUEST")
    assert events and _dyad(events[0]) == (["EGY"], ["ISR"])


@pytest.mark.parametrize(("text", "cameo", "recipient"), [
    ("Kenya forced the Somali aid agency out of the country last week.", "1663", "SOM"),
    ("Moscow forced the British ambassador out of the country.", "166", "GBR"),
])
def test_forcing_foreigners_out_is_an_expulsion(code_text, text: str, cameo: str, recipient: str) -> None:
    events = code_text.of_type(text, "SANCTION")
    assert [e.cameo for e in events] == [cameo]
    assert recipient in _dyad(events[0])[1]


def test_throwing_stones_is_violent_protest(code_text) -> None:
    events = code_text.of_type("Palestinian protesters threw stones at Israeli soldiers in Hebron.", "PROTEST")
    assert [e.cameo for e in events] == ["145"]
    assert _dyad(events[0]) == (["PSE"], ["ISR"])


def test_throwing_a_ball_is_no_event(code_text) -> None:
    assert code_text("Russian children threw snowballs in the park.") == []


def test_evacuating_the_wounded_is_aid_but_troops_leaving_a_town_retreat(code_text) -> None:
    aid = code_text("Jordanian helicopters evacuated wounded Syrian civilians from Deraa on Sunday.")
    retreat = code_text("Russian troops evacuated the Syrian town of Manbij.")
    assert "AID" in [e.event_type for e in aid] and "RETREAT" not in [e.event_type for e in aid]
    assert "AID" not in [e.event_type for e in retreat]


def test_human_shields(code_text) -> None:
    events = code_text("Rebels held hundreds of villagers as human shields near the front line, the Kenyan army said.")
    assert ("ASSAULT", "184") in _typed(events)


def test_holding_people_as_prisoners_is_no_human_shield(code_text) -> None:
    assert ("ASSAULT", "184") not in _typed(code_text("Rebels held hundreds of villagers as prisoners."))


def test_accepting_a_settlement_formula(code_text) -> None:
    events = code_text("Pakistan accepted a formula for settling its border dispute with India.")
    best = max(events, key=lambda e: e.confidence)
    assert (best.event_type, best.cameo) == ("AGREE", "037")


def test_allowing_a_candidate_to_contest_elections_concedes(code_text) -> None:
    events = code_text("The Egyptian court allowed opposition candidates to contest the elections.")
    assert any(e.cameo.startswith("0812") or e.cameo == "0351" for e in events)
    assert "CONCEDE" in [e.event_type for e in events]


def test_a_for_clause_names_whom_an_appeal_addresses(code_text) -> None:
    events = code_text.of_type("France is pressing for Iran to release the French hostages.", "REQUEST")
    assert [(_dyad(e), e.cameo) for e in events] == [((["FRA"], ["IRN"]), "0253")]
    assert "AGREE" not in code_text.types("France is pressing for Iran to release the French hostages.")


def test_pushing_to_reach_ones_own_aim_is_no_appeal(code_text) -> None:
    assert "REQUEST" not in code_text.types("Brazil is pushing to win a permanent seat on the Security Council.")


def test_only_prepositional_verbs_read_their_preposition_as_object(nlp) -> None:
    from multivector.coding.constructions import load_prepositional_verbs

    verbs = load_prepositional_verbs()
    assert "to" in verbs["oppose"] and "as" in verbs["hold"]
    assert "set" not in verbs  # 'set a date for talks' keeps the date as its object


def test_content_recode_maps_the_asked_act_to_the_parallel_code() -> None:
    from multivector.coding.obligations import ContentRecode

    table = ContentRecode.from_cues({"generic": ["100", "020"], "by_prefix": {"08": "105", "084": "1053"}})
    assert table.target("100", "0841") == "1053"
    assert table.target("020", "0841") == "0253"  # an appeal takes the same sub-code under 02
    assert table.target("020", "081") == "025"
    assert table.target("1053", "0841") is None  # only generic demands and appeals are refined
    assert table.target("100", "190") is None and table.target("100", None) is None


@pytest.mark.parametrize(("text", "cameo", "dyad"), [
    ("Russia said Ukraine must withdraw its troops from the border.", "1056", (["RUS"], ["UKR"])),
    ("The European Union said Turkey should release the detained journalists.", "0253", (["EUR"], ["TUR"])),
    ("Germany concluded that Greece must allocate more money to the refugee camps.", "1031", (["DEU"], ["GRC"])),
])
def test_reported_obligation_is_a_demand_with_the_content_sub_code(code_text, text: str, cameo: str,
                                                                  dyad: tuple[list[str], list[str]]) -> None:
    events = code_text.of_type(text, "REQUEST")
    assert [(e.cameo, e.status) for e in events] == [(cameo, "asserted")]
    assert _dyad(events[0]) == dyad


def test_a_bare_content_verb_leaves_the_appeal_generic(code_text) -> None:
    events = code_text.of_type("Japan urged China to help.", "REQUEST")
    assert [e.cameo for e in events] == ["020"]
