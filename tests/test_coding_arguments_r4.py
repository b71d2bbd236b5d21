"""Round 4 role checks: passive participles own no agent, undergoing possessors, withdrawal patterns."""

from multivector.model import Event


def _of(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


def test_conjunct_of_misparsed_participle_gets_no_actor(code_text):
    # 'killed' hangs on 'brigades' as a participle: its conjunct must not make the Iraqi side the attacker
    result = code_text("Iranian forces smashed four Iraqi brigades, killed or wounded 1,500 Iraqi soldiers "
                       "and destroyed 45 enemy tanks.")
    for event in _of(result, "ASSAULT"):
        assert "IRQMIL" not in [a.code for a in event.actors]


def test_clean_coordinated_verbs_keep_their_subject(code_text):
    result = code_text("Iranian troops killed or wounded 1,500 Iraqi soldiers.")
    assert any([a.code for a in e.actors] == ["IRNMIL"] for e in _of(result, "ASSAULT"))


def test_possessor_of_trial_undergoes_it(code_text):
    trials = _of(code_text("Iraqi judges will open Saddam Hussein's trial next month."), "COERCE")
    assert trials and all("IRQELI" not in [a.code for a in e.actors] for e in trials)
    assert any("IRQELI" in [r.code for r in e.recipients] for e in trials)


def test_possessor_with_of_patient_acts(code_text):
    result = code_text("Israel's release of Palestinian prisoners angered Hamas.")
    assert any([a.code for a in e.actors] == ["ISR"] for e in _of(result, "RETREAT"))


def test_agent_noun_possessor_is_not_the_arrested(code_text):
    result = code_text("A Palestinian official says the Americans' killers cannot be arrested.")
    assert not any("USA" in [r.code for r in e.recipients] for e in _of(result, "COERCE"))


def test_agent_noun_modifier_still_names_its_side(code_text):
    result = code_text("Jordanian police arrested two Iraqi kidnappers.")
    assert any("IRQ" in [r.code[:3] for r in e.recipients] for e in _of(result, "COERCE"))


def test_pull_troops_without_particle(code_text):
    result = code_text("Spain pulled its troops after the election.")
    assert any([a.code for a in e.actors] == ["ESP"] for e in _of(result, "RETREAT"))


def test_pulled_peacekeepers_out_of_a_state(code_text):
    result = code_text("Syria pulled its peacekeepers out of Lebanon.")
    assert any([r.code for r in e.recipients] == ["LBN"] for e in _of(result, "RETREAT"))


def test_pulled_troops_out_of_a_territory(code_text):
    result = code_text("Israel pulled its troops out of the Gaza Strip.")
    assert any([r.code for r in e.recipients] == ["PSE"] for e in _of(result, "RETREAT"))


def test_leaving_a_government_is_no_military_retreat(code_text):
    assert "RETREAT" not in code_text.types("The former rebel group pulled out of the Congolese government.")


def test_playing_a_role_is_no_mediation(code_text):
    assert "CONSULT" not in code_text.types("Egypt plays a role in the talks.")


def test_pulling_a_trigger_is_no_withdrawal(code_text):
    assert "RETREAT" not in code_text.types("A Syrian gunman pulled the trigger.")
