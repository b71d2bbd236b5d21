"""Round-2 argument attachment: participants named inside phrases the walker used to miss or misread.

Each construction has a positive sentence and a near miss that must not attach."""

from __future__ import annotations

from datetime import date


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


# --- abducted people: the place of seizure is not their side; a killing's place still is ---------------------

def test_kidnapped_worker_does_not_take_the_place_as_target(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Masked gunmen kidnapped an engineer in Baghdad on Sunday.")
    assert all("IRQ" not in recipients for _, recipients in _roles(events, "ASSAULT"))


def test_kidnapped_nationals_keep_their_nationality(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Masked gunmen kidnapped two Egyptian engineers in Baghdad on Sunday.")
    assert any(r[:3] == "EGY" for _, recipients in _roles(events, "ASSAULT") for r in recipients)


def test_killing_in_a_place_keeps_the_place_target(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Israeli troops killed two civilians in the Gaza Strip.")
    assert any(r.startswith("PSE") for _, recipients in _roles(events, "ASSAULT") for r in recipients)


# --- victims of a named attack: 'killed in an Israeli raid' is Israel's act; the raid hit the victims --------

def test_killed_in_a_named_raid_takes_the_raider_as_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Four Afghan policemen were killed in a Taliban ambush.", date(2005, 6, 1))
    assert _roles(events, "ASSAULT") == [(["AFGREB"], ["AFGCOP"])] * 2  # the killing and the ambush


def test_wounded_during_an_ambush_by_rebels(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Three Indian soldiers were wounded during an ambush by Maoist rebels.")
    assert all(actors for actors, _ in _roles(events, "ASSAULT"))
    assert all(recipients[:1] == ["INDMIL"] for _, recipients in _roles(events, "ASSAULT"))


def test_killed_in_a_capital_named_attack_has_no_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Two Polish soldiers were killed in a Baghdad rocket attack.")
    assert all("IRQGOV" not in actors for actors, _ in _roles(events, "ASSAULT"))


def test_killed_in_a_raid_in_a_place_has_no_actor(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Two Polish soldiers were killed in a raid in Kirkuk.")
    assert all(not actors for actors, _ in _roles(events, "ASSAULT"))


# --- 'held hostage' captions: the subject is the captive ----------------------------------------------------

def test_reporters_held_hostage_are_the_victims(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Two Italian aid workers held hostage in Iraq for three weeks were freed on Tuesday.")
    assert all("ITA" not in actors for actors, _ in _roles(events, "ASSAULT"))


def test_militants_holding_reporters_hostage_are_the_actors(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Iraqi militants took two Italian aid workers hostage.")
    assert any(r[:3] == "ITA" for _, recipients in _roles(events, "ASSAULT") for r in recipients)
    assert all("ITA" not in actors for actors, _ in _roles(events, "ASSAULT"))


# --- 'X's rejection of the Y plan': the proposer is the recipient ------------------------------------------

def test_rejection_of_a_named_plan_targets_its_proposer(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Iran's rejection of the American plan was expected.")
    assert (["IRN"], ["USA"]) in _roles(events, "REJECT")


def test_rejection_of_an_unnamed_plan_has_no_recipient(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Iran's rejection of the plan was expected.")
    assert all(recipients == [] for _, recipients in _roles(events, "REJECT"))


# --- 'opened fire and killed X': the idiom's object is no participant, the conjunct's object is -----------

def test_opened_fire_and_killed_shares_the_victims(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Pakistani troops opened fire and killed two Indian soldiers.")
    assert all(recipients == ["INDMIL"] for _, recipients in _roles(events, "ASSAULT"))


def test_conjunct_with_its_own_subject_shares_nothing(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Pakistani troops opened fire, and Indian troops killed two militants.")
    assert [recipients for actors, recipients in _roles(events, "ASSAULT") if actors == ["PAKMIL"]] == [[]]


# --- active participles: the people they modify act; an object's owner acts for a document -----------------

def test_militants_threatening_to_behead_are_the_threateners(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Militants threatening to behead two Bulgarian drivers released a video.")
    assert any(actors and recipients and recipients[0].startswith("BGR")
               for actors, recipients in _roles(events, "THREATEN"))


def test_resolution_demanding_keeps_its_owner(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The Security Council passed a resolution demanding an end to Israeli raids in Gaza.")
    roles = _roles(events, "REQUEST")
    assert roles and all("IGOUNO" in actors for actors, _ in roles)


# --- 'the meeting of A with B': the 'of' object takes part ---------------------------------------------------

def test_meeting_of_a_with_b(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The meeting of Putin with Schroeder focused on energy.", date(2004, 8, 20))
    assert (["RUSGOV"], ["DEUGOV"]) in _roles(events, "CONSULT")



# --- stances on something for someone: 'backed autonomy for X' targets X ------------------------------------

def test_backed_autonomy_for_a_region_targets_its_state(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The French minister backed wider autonomy for Indonesia's Aceh province.")
    assert any(recipients == ["IDN"] for _, recipients in _roles(events, "SUPPORT"))


def test_rejected_a_role_for_the_imf(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Argentina rejected any role for the IMF in its debt talks.")
    assert (["ARG"], ["IGOIMF"]) in _roles(events, "REJECT")



def test_stance_on_an_unnamed_beneficiary_has_no_target(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Britain backed a plan for peace talks.")
    assert [recipients for _, recipients in _roles(events, "SUPPORT")] == [[]]
