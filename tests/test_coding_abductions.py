"""Who seized whom (coding/roles.py seizure_code, abducted_people): people seized by irregular or unnamed men
are abducted (181, ASSAULT), by a state's forces detained (173, COERCE), and a place is never their side."""

from __future__ import annotations


def _seizures(events) -> list[tuple[str, list[str], list[str]]]:  # type: ignore[no-untyped-def]
    return [(e.cameo, [a.code for a in e.actors], [r.code for r in e.recipients]) for e in events
            if e.cameo.startswith(("17", "18", "19"))]


def test_described_kidnappers_abduct_even_unnamed(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("Kidnappers seized two Italian engineers outside their hotel in Basra on Tuesday."))
    assert found and all(cameo == "181" for cameo, _, _ in found)
    assert all("IRQ" not in recipients for _, _, recipients in found)  # Basra is where, not whom


def test_police_seizing_suspects_is_an_arrest(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("Police seized two suspects in Lahore on Monday."))
    assert [cameo for cameo, _, _ in found] == ["173"]


def test_troops_seizing_people_stay_a_detention(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("Troops seized three Iraqis in Ramadi."))
    assert found and all(cameo == "173" for cameo, _, _ in found)


def test_headline_seizure_of_people_is_no_territorial_force(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("Gunmen Seize Four Canadians in Mosul."))
    assert found and all(cameo == "181" for cameo, _, _ in found)


def test_seizure_by_pronoun_object_is_an_abduction_not_property(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("Masked gunmen seized him as he left the mosque."))
    assert found and all(cameo == "181" for cameo, _, _ in found)


def test_hostages_seized_somewhere_do_not_target_the_place(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("A television channel aired footage of six new hostages seized in Syria by rebels."))
    assert found and all(cameo == "181" and "SYR" not in recipients for cameo, _, recipients in found)


def test_unknown_seizers_of_foreign_workers_abduct(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("3 Turkish workers seized in Kirkuk."))
    assert found and all(cameo == "181" for cameo, _, _ in found)


def test_abduction_without_named_victim_has_no_place_target(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The two nurses, freed on Sunday a week after being abducted in Yemen, thanked the tribes.")
    assert not any("YEM" in [r.code for r in e.recipients] for e in events if e.cameo.startswith("181"))


def test_beheading_in_a_place_does_not_target_it(code_text) -> None:  # type: ignore[no-untyped-def]
    assert not any("IRQ" in [r.code for r in e.recipients] for e in code_text("Video Shows Three Beheadings in Iraq."))


def test_seizure_of_buildings_stays_a_seizure_of_property(code_text) -> None:  # type: ignore[no-untyped-def]
    found = _seizures(code_text("Mutinous soldiers seized government buildings in the capital of Guinea-Bissau."))
    assert found and all(cameo == "171" for cameo, _, _ in found)


# --- victims and bystanders are no actors or targets -----------------------------------------------------------

def test_family_of_a_hostage_is_not_the_hostage(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("The family of a Japanese hostage held in Iraq issued an appeal for his release.")
    assert not any(a.code.startswith("JPN") for e in events for a in e.actors)


def test_possessed_relative_is_not_the_possessor(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Vladimir Putin's daughter appealed to the kidnappers to free the reporters.")
    assert not any(a.code.startswith("RUS") for e in events for a in e.actors)


def test_condemned_beheading_does_not_target_the_victim(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("France condemned the beheading of a Kenyan truck driver.")
    assert not any(r.code.startswith("KEN") for e in events for r in e.recipients)


def test_condemned_killing_by_its_owner_targets_the_owner(code_text) -> None:  # type: ignore[no-untyped-def]
    found = code_text.summaries("Egypt condemned Israel's killing of two Palestinian children.")
    assert ("ACCUSE", "111", ["EGY"], ["ISR"]) in found


def test_headline_condemning_a_beheading_does_not_target_the_victim(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Blair Condemns Beheading of Nepali Cook.")
    assert not any(r.code.startswith("NPL") for e in events for r in e.recipients)


def test_participle_clause_after_a_comma_adds_no_patient(code_text) -> None:  # type: ignore[no-untyped-def]
    events = code_text("Rebels said they had killed a Filipino hostage, increasing pressure on President Arroyo.")
    kills = [e for e in events if e.cameo.startswith("18")]
    assert kills and all(r.code != "PHLGOV" for e in kills for r in e.recipients)
