"""Argument and trigger mechanisms of the coder on real parses: demands in reported speech, clause targets,
noun modifiers, background nouns, a state and its own organs, conditional threats, object priority."""

from __future__ import annotations


def _of_type(events, event_type: str) -> list:
    return [e for e in events if e.event_type == event_type]


def _countries(refs) -> set[str]:
    return {r.country for r in refs}


def test_reported_must_is_a_demand_on_the_clause_subject(code_text) -> None:
    events = code_text("Germany said on Monday that Iran must release the detained journalists.")
    demands = _of_type(events, "REQUEST")
    assert demands, [(e.event_type, e.rule) for e in events]
    assert _countries(demands[0].actors) == {"DEU"} and _countries(demands[0].recipients) == {"IRN"}
    assert demands[0].status == "asserted" and demands[0].cameo.startswith("10")


def test_reported_should_is_an_appeal(code_text) -> None:
    events = code_text("China said Japan should stop its military buildup.")
    appeals = _of_type(events, "REQUEST")
    assert appeals and appeals[0].cameo.startswith("02")
    assert _countries(appeals[0].actors) == {"CHN"} and _countries(appeals[0].recipients) == {"JPN"}


def test_own_obligation_is_no_demand(code_text) -> None:
    events = code_text("Iran said it must defend its borders.")
    assert not _of_type(events, "REQUEST")


def test_demand_that_clause_subject_is_the_target(code_text) -> None:
    events = code_text("Poland demanded that Hungary withdraw the new media law.")
    demands = _of_type(events, "REQUEST")
    assert demands and _countries(demands[0].recipients) == {"HUN"}


def test_noun_modifier_is_no_event(code_text) -> None:
    events = code_text("French and Indian warships began joint war games in the Arabian Sea.")
    assert not _of_type(events, "ASSAULT")


def test_background_noun_does_not_inherit_the_subject(code_text) -> None:
    events = code_text("Israel closed the crossing following the killing of two soldiers.")
    assert not any(e.event_type == "ASSAULT" and "ISR" in _countries(e.actors) for e in events)


def test_background_talks_with_keep_their_participant(code_text) -> None:
    events = code_text("Macron praised Italy after talks with Giorgia Meloni in Rome.")
    consult = _of_type(events, "CONSULT")
    assert consult and _countries(consult[0].actors) == {"FRA"}


def test_a_state_and_its_own_troops_are_one_side(code_text) -> None:
    events = code_text("Syria has offered its troops to Lebanon.")
    offers = _of_type(events, "AGREE")
    assert offers and _countries(offers[0].recipients) == {"LBN"}


def test_conditional_announced_sanction_is_a_threat(code_text) -> None:
    text = "Turkey announced that it will recall its ambassador from Sweden unless Stockholm bans the rallies."
    threats = _of_type(code_text(text), "THREATEN")
    assert threats and threats[0].status == "asserted"
    assert _countries(threats[0].actors) == {"TUR"} and "SWE" in _countries(threats[0].recipients)


def test_known_head_noun_beats_its_modifier(code_text) -> None:
    events = code_text("The United Nations withdrew its weapons inspectors from Iraq.")
    assert any(e.cameo == "1662" for e in events), [(e.event_type, e.cameo) for e in events]


def test_number_phrase_under_particle_is_the_object(code_text) -> None:
    events = code_text("Rebels kidnapped up to 20 Chinese engineers near the mine.")
    assaults = _of_type(events, "ASSAULT")
    assert assaults and "CHN" in _countries(assaults[0].recipients)


def test_countryless_group_takes_the_country_of_its_place(code_text) -> None:
    events = code_text("Demonstrators in Tbilisi blocked the main road on Sunday.")
    protests = _of_type(events, "PROTEST")
    assert protests and _countries(protests[0].actors) == {"GEO"}
    assert protests[0].actors[0].code.startswith("GEO")


def test_author_of_the_rejected_object_is_the_target(code_text) -> None:
    events = code_text("Armenia rejected a new proposal by Azerbaijan on the border.")
    rejections = _of_type(events, "REJECT")
    assert rejections and _countries(rejections[0].recipients) == {"AZE"}


def test_place_in_the_complement_is_a_last_resort_target(code_text) -> None:
    events = code_text("The militants threatened to resume their attacks in Pakistan.")
    threats = _of_type(events, "THREATEN")
    assert threats and _countries(threats[0].recipients) == {"PAK"}


def test_meeting_venue_is_no_recipient(code_text) -> None:
    events = code_text("Lavrov and Fidan held talks in Antalya on Friday.")
    assert not any("TUR" in _countries(e.recipients) for e in _of_type(events, "CONSULT"))


def test_stative_passive_subject_holds_the_stance(code_text) -> None:
    events = code_text("Georgia is committed to joining the European Union.")
    assert any("GEO" in _countries(e.actors) for e in events), [(e.event_type, e.actors) for e in events]
