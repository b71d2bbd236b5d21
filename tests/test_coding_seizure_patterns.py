"""Pattern rows for taking hold of people: 'grab' with a person object is a seizure of people (roles.seizure_code)."""

from __future__ import annotations


def test_people_grabbed_by_gunmen_are_abducted(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text.of_type("Gunmen grabbed an Italian aid worker in Baghdad.", "ASSAULT")
    assert [e.cameo for e in events] == ["181"]


def test_people_grabbed_by_police_are_detained(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text.of_type("Police grabbed two suspects outside the embassy.", "COERCE")
    assert [(e.cameo, [a.sector for a in e.actors]) for e in events] == [("173", ["COP"])]


def test_grabbing_things_is_no_event(code_text) -> None:  # type: ignore[no-untyped-def]
    assert code_text("The rebels grabbed the headlines.") == []
    assert code_text("China grabbed a larger share of the market.") == []
