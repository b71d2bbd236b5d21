"""Round-2 argument attachment: participants named inside phrases the walker used to miss or misread.

Each construction has a positive sentence and a near miss that must not attach."""

from __future__ import annotations


def _roles(events, event_type: str) -> list[tuple[list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [([a.code for a in e.actors], [r.code for r in e.recipients]) for e in events if e.event_type == event_type]


# --- 'the kidnappers of X': the 'of' object is the victim, not who the noun denotes -------------------------

def test_kidnappers_of_journalists_are_not_the_journalists(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The abductors of the Italian aid workers freed them on Tuesday.")
    assert all("ITA" not in codes for codes, _ in _roles(events, "RETREAT"))


def test_leaders_of_a_country_still_name_it(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The leaders of Egypt and Jordan condemned the bombing.")
    assert any({"EGYGOV", "JORGOV"} <= set(codes) for codes, _ in _roles(events, "ACCUSE"))


# --- gerunds under in/by/after: the governing verb's subject acts; 'joined Y in' adds Y ----------------------

def test_joined_in_condemning_makes_both_actors(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Spain and Italy joined Britain in condemning Syria.")
    assert (["ESP", "ITA", "GBR"], ["SYR"]) in _roles(events, "ACCUSE")


def test_responded_by_shelling_is_done_by_the_subject(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Pakistan responded by shelling Indian positions.")
    assert any(codes == ["PAK"] for codes, _ in _roles(events, "ASSAULT"))


def test_accused_of_by_refusing_is_not_the_accusers_act(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Japan accused China on Monday of bad faith by refusing to hold talks.")
    assert all("JPN" not in codes for codes, _ in _roles(events, "REJECT"))


def test_adjourned_without_passing_is_no_event(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The Turkish parliament adjourned without approving the reform package.")
    assert _roles(events, "SUPPORT") == [] and _roles(events, "CONCEDE") == []
