"""Place names that only describe the noun after them are no actors (actors/describing.py)."""

from __future__ import annotations

from datetime import date

ON = date(2004, 10, 1)


def test_place_name_modifying_a_common_noun_is_no_actor(mentions_in) -> None:
    assert "Iraq" not in mentions_in.codes("Poland will decide on the Iraq pullout next month.", ON)
    assert "Iraq" not in mentions_in.codes("Spain and other Iraq war allies criticised the report.", ON)
    assert "Kabul" not in mentions_in.codes("The grateful Kabul hostages want to return to work.", ON)


def test_outsider_noun_after_a_state_name_takes_no_country(mentions_in) -> None:
    codes = mentions_in.codes("Efforts to free Iraq hostage Ken Bigley were stepped up on Friday.", ON)
    assert not any(code.startswith("IRQ") for code in codes.values())


def test_nationalities_and_parties_stay(mentions_in) -> None:
    assert mentions_in.codes("A US hostage was killed by his captors.", ON).get("US hostage") == "USACVL"
    assert mentions_in.codes("Australia cancelled most of the Iraqi debt.", ON).get("Iraqi") == "IRQ"
    assert mentions_in.codes("Japan will attend the North Korea talks in Beijing.", ON).get("North Korea") == "PRK"
    assert mentions_in.codes("A Senate panel approved the nomination.", ON).get("Senate") == "USALEG"


def test_misparses_keep_the_place(mentions_in) -> None:
    assert mentions_in.codes("Pakistan tests nuclear missile.", ON).get("Pakistan") == "PAK"
    assert "Moscow" in mentions_in.codes("Washington may offer Moscow wheat under the programme.", ON)


def test_describing_place_is_no_participant(code_text) -> None:
    events = code_text("France criticized the Iraq hostage mediators on Saturday.")
    assert all(r.country != "IRQ" for e in events for r in e.recipients)


def test_the_agent_of_an_act_noun_takes_no_country_from_its_victim(mentions_in) -> None:
    codes = mentions_in.codes("Kenya condemned the beheading of a Kenyan driver by militants.", ON)
    assert codes.get("militants") == "REB"  # no Kenyan rebels (actors/agents.py)
    codes = mentions_in.codes("Kenya condemned the killing of two Kenyan drivers by militants in Iraq.", ON)
    assert codes.get("militants") == "IRQREB"
    assert mentions_in.codes("The Sudanese government accused rebels of attacking a convoy.", ON)["rebels"] == "SDNREB"
