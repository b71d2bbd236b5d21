"""KB precision in real news: words that describe are not actors, names inside names, dated codes."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.actors import ActorKB

ON = date(2024, 1, 10)


@pytest.mark.parametrize("text, gone, kept", [
    ("The Chinese-American scientist was arrested in Beijing.", ["Chinese", "American"], "Beijing"),
    ("An American-French scientist was detained in Iran.", ["American", "French"], "Iran"),
    ("The last American defector died in North Korea.", ["American"], "North Korea"),
])
def test_nationalities_that_only_describe_are_not_actors(mentions_in, text: str, gone: list[str],
                                                         kept: str) -> None:
    got = mentions_in.codes(text, ON)
    assert kept in got
    for word in gone:
        assert not any(word in mention for mention in got), got


@pytest.mark.parametrize("text, place, code", [
    ("Militants crossed the Afghan border and attacked Pakistani troops.", "Afghan border", "AFG"),
    ("Pakistan said attacks were launched from Afghan soil.", "Afghan soil", "AFG"),
    ("Drones entered Polish airspace, Russia denied it.", "Polish airspace", "POL"),
])
def test_a_place_before_a_place_noun_is_a_location(mentions_in, text: str, place: str, code: str) -> None:
    mentions = mentions_in(text, ON)
    [loc] = [m for m in mentions if m.text == place]
    assert (loc.actor.code, loc.kind) == (code, "state")
    assert not any(m.end_token == loc.start_token - 1 for m in mentions if m.kind == "state")


def test_hyphenated_states_still_name_both_actors(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Russia-China talks resumed in Geneva.", ON)
    assert "RUS" in got.values() and "CHN" in got.values()


def test_western_sanctions_leave_the_trigger_noun_free(mentions_in) -> None:  # type: ignore[no-untyped-def]
    mentions = mentions_in("Western sanctions have hurt Russia's economy.", ON)
    assert all("sanctions" not in m.text for m in mentions)
    assert mentions_in.codes("Western powers condemned the vote.", ON)["Western powers"] == "WST"


def test_names_inside_other_names(mentions_in) -> None:  # type: ignore[no-untyped-def]
    text = "Kazakhstan held talks. Its minister spoke on Meet the Press on Sunday."
    assert not any("Press" in m for m in mentions_in.codes(text, ON))
    assert "the press" in mentions_in.codes("Kazakhstan held talks. The minister told the press it went well.", ON)
    org = mentions_in.codes("The Distilled Spirits Council of the United States criticised the tariffs.", ON)
    assert "USA" not in org.values()
    state = mentions_in.codes("The President of the United States met the Council.", ON)
    assert any(code.startswith("USA") for code in state.values())


def test_a_states_post_at_an_igo_is_the_state(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Iran's U.N. ambassador rejected the claims.", ON)
    assert got == {"Iran's U.N. ambassador": "IRNGOV"}
    assert mentions_in.codes("The U.N. ambassador spoke.", ON).get("U.N. ambassador", "IGOUNO").startswith("IGOUNO")


def test_a_place_does_not_merge_with_another_countrys_person(mentions_in) -> None:  # type: ignore[no-untyped-def]
    on = date(2025, 3, 1)
    got = mentions_in.codes("U.S. Sheinbaum talks stalled.", on)
    assert got.get("Sheinbaum") == "MEXGOV" and got.get("U.S.") == "USA"
    assert mentions_in.codes("Mexico's Sheinbaum spoke.", on) == {"Mexico's Sheinbaum": "MEXGOV"}


def test_dated_group_codes_follow_the_date(mentions_in, kb: ActorKB) -> None:  # type: ignore[no-untyped-def]
    text = "Hayat Tahrir al-Sham seized Aleppo."
    assert mentions_in.codes(text, date(2024, 12, 1))["Hayat Tahrir al-Sham"] == "SYRREB"
    assert mentions_in.codes(text, date(2024, 12, 7))["Hayat Tahrir al-Sham"] == "SYRREB"
    late = mentions_in(text, date(2025, 6, 1))[0].actor
    assert late.code == "SYRGOV"
    then = kb.recode(late, date(2024, 12, 1))
    assert (then.code, then.text) == ("SYRREB", late.text)
    assert kb.recode(then, date(2025, 1, 1)).code == "SYRGOV"


def test_recode_people_and_leave_others(mentions_in, kb: ActorKB) -> None:  # type: ignore[no-untyped-def]
    [biden] = mentions_in("Joe Biden spoke.", date(2022, 1, 1))
    assert biden.actor.code == "USAGOV"
    assert kb.recode(biden.actor, date(2026, 1, 1)).code != "USAGOV"
    [state] = mentions_in("Ukraine spoke.", ON)
    assert kb.recode(state.actor, date(1999, 1, 1)) == state.actor
    assert mentions_in.codes("Russia threatened the Ukraine.", ON)["the Ukraine"] == "UKR"


@pytest.mark.parametrize("text, expected", [
    ("The U.S. said it was concerned. Insurgents attacked a convoy near Gao.", "REB"),
    ("Fighting in Syria went on. Insurgents attacked a convoy.", "SYRREB"),
    ("Mali said the army held. Mali asked for help. Insurgents attacked a convoy.", "MLIREB"),
    ("The U.S. said it was concerned as Malian insurgents attacked a convoy.", "MLIREB"),
    ("France and Mali met. Insurgents attacked a convoy.", "REB"),
    ("Mali and the U.S. said insurgents attacked a convoy.", "USAREB"),
])
def test_group_nouns_inherit_only_a_well_attested_country(mentions_in, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes(text, ON)
    assert expected in got.values(), got
