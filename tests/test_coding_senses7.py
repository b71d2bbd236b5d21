"""Word senses, session 5: elected offices, structures and market quantities held up, circumstances around someone."""

from __future__ import annotations


def test_recapturing_the_presidency_is_an_election(code_text) -> None:
    assert code_text.of_type("The opposition hopes to recapture the presidency in the vote.", "ASSAULT") == []
    assert code_text.of_type("Government troops recaptured the town of Goma from the rebels.", "ASSAULT")


def test_a_pylon_supporting_cables_supports_no_party(code_text) -> None:
    text = "A Greek freighter ran aground after striking a mast supporting power cables near the Egyptian port."
    assert code_text.of_type(text, "SUPPORT") == []


def test_controversy_surrounding_a_leader_is_no_siege(code_text) -> None:
    text = "Diplomats discussed the controversy surrounding Venezuelan President Nicolas Maduro."
    assert code_text.of_type(text, "COERCE") == []
    assert code_text.of_type("Syrian troops surrounded the rebel town of Homs.", "COERCE")
