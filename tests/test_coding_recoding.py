"""Recoding by status and frame (coding/recoding.py, Coder._recode, Coder._announced_by_own_side):
intents to yield are AGREE 035x, refusals are REJECT 12x, conditional and intended conflict acts are threats;
plus the precision checks that came with them (idle purposes, declined comments, descriptive relative clauses)."""

from __future__ import annotations

import pytest

from multivector.coding.recoding import PrefixRecode
from multivector.model import Event


def _codes(events: list[Event]) -> list[tuple[str, str, str]]:
    return [(e.event_type, e.cameo, e.status) for e in events]


def test_prefix_recode_takes_the_longest_prefix_and_its_types() -> None:
    table = PrefixRecode.from_cues({"types": ["CONCEDE"], "default": "120", "by_prefix": {"08": "124", "084": "1243"}},
                                   "000")
    assert table.target("0841", "CONCEDE") == "1243"
    assert table.target("081", "CONCEDE") == "124"
    assert table.target("190", "CONCEDE") == "120"
    assert table.target("081", "ASSAULT") is None
    assert PrefixRecode.from_cues(None, "030").target("040", "CONSULT") is None


@pytest.mark.parametrize(("text", "cameo"), [
    ("Syria says it is willing to withdraw its troops from Lebanon.", "0356"),
    ("Algerian President Abdelaziz Bouteflika said he is prepared to lift the ban on the opposition party.", "0351"),
    ("The rebels announced they will release the hostages next week.", "0353"),
])
def test_intent_to_yield_is_agree_035(code_text, text: str, cameo: str) -> None:
    assert ("AGREE", cameo, "planned") in _codes(code_text(text))


@pytest.mark.parametrize(("text", "cameo"), [
    ("The U.S. said it would not meet the hostage-takers' demands to release prisoners in Iraq.", "124"),
    ("Russia will not attend the peace talks with Ukraine, the Kremlin said.", "125"),
])
def test_future_negated_cooperation_is_an_asserted_refusal(code_text, text: str, cameo: str) -> None:
    codes = _codes(code_text(text))
    assert ("REJECT", cameo, "asserted") in codes
    assert not any(status == "negated" for _, _, status in codes)


def test_negated_past_act_stays_negated(code_text) -> None:
    codes = _codes(code_text("Russia did not attend the peace talks with Ukraine."))
    assert codes and all(status == "negated" for _, _, status in codes)
    assert not any(kind == "REJECT" for kind, _, _ in codes)


def test_conditional_halt_is_a_threat(code_text) -> None:
    text = "The European Union may halt its mediation in Serbia if the parties do not cooperate."
    assert ("THREATEN", "135", "asserted") in _codes(code_text(text))


def test_intended_sanctions_against_a_recipient_are_a_threat(code_text) -> None:
    codes = _codes(code_text("Washington plans to impose new sanctions on Iran."))
    assert any(kind == "THREATEN" and cameo.startswith("131") for kind, cameo, _ in codes)


def test_purpose_of_an_idle_act_is_no_event(code_text) -> None:
    text = "The analysts are preparing a policy brief for the Kenyan government to assist in the fight against malaria."
    assert not code_text(text)


def test_purpose_of_a_visit_stays_planned(code_text) -> None:
    codes = _codes(code_text("Afghan President Hamid Karzai is to visit Pakistan to discuss trade."))
    assert len([c for c in codes if c[2] == "planned"]) >= 2


@pytest.mark.parametrize("text", [
    "Iran's foreign ministry declined to comment on the report about Israel.",
    "Officials of Russia refused to respond to questions from Ukraine about the detainees.",
])
def test_declining_to_comment_is_no_rejection(code_text, text: str) -> None:
    assert "REJECT" not in [e.event_type for e in code_text(text)]


def test_refusing_to_release_is_a_rejection(code_text) -> None:
    assert ("REJECT", "1243", "asserted") in _codes(code_text("Iran refused to release the British sailors."))


def test_descriptive_relative_clause_is_no_event(code_text) -> None:
    text = "The Syrian Democratic Forces, which control a third of Syria's territory, met the envoy of France."
    assert "COERCE" not in [e.event_type for e in code_text(text)]


def test_conditional_offer_to_meet_is_a_hypothetical_intent(code_text) -> None:
    text = "Afghan rebel leaders said they would meet the U.N. mediator if he gave them a veto over any settlement."
    assert ("AGREE", "036", "hypothetical") in _codes(code_text(text))


def test_vow_to_fight_without_target_is_a_threat(code_text) -> None:
    text = "Ethnic Albanians in Macedonia have sworn to fight until they gain control of the villages."
    codes = _codes(code_text(text))
    assert any(kind == "THREATEN" and status == "asserted" for kind, _, status in codes)
    assert not any(kind == "AGREE" for kind, _, _ in codes)


def test_vow_to_fight_corruption_is_no_threat(code_text) -> None:
    text = "Kenyan President William Ruto vowed to fight corruption in Kenya."
    assert "THREATEN" not in [e.event_type for e in code_text(text)]


def test_prepared_attack_is_a_show_of_force(code_text) -> None:
    text = "The Macedonian army prepared to resume shelling Albanian rebel-held territory."
    assert ("MOBILIZE", "150", "asserted") in _codes(code_text(text))


def test_refusing_to_answer_a_political_demand_is_a_rejection(code_text) -> None:
    text = "Palestinian Prime Minister Ismail Haniyeh refused to respond to a demand from the US President."
    assert "REJECT" in [e.event_type for e in code_text(text)]


@pytest.mark.parametrize("text", [
    "Three men were charged with plotting to kill the U.S. ambassador to Kenya.",
    "The Russian army was accused of torturing Georgian prisoners.",
])
def test_alleged_acts_are_hypothetical(code_text, text: str) -> None:
    violent = [e for e in code_text(text) if e.event_type == "ASSAULT"]
    assert violent and all(e.status == "hypothetical" for e in violent)


def test_the_accusation_itself_is_asserted(code_text) -> None:
    assert ("ACCUSE", "112", "asserted") in _codes(code_text("Iran accused Israel of attacking its nuclear sites."))


@pytest.mark.parametrize("text", ["Japan has seldom criticized China over Taiwan.",
                                  "India is reluctant to join an alliance with the United States."])
def test_rarity_adverbs_and_reluctance_negate(code_text, text: str) -> None:
    events = code_text(text)
    assert events and all(e.status == "negated" for e in events)


def test_forecast_warning_is_no_threat(code_text) -> None:
    text = "The U.N. warned that fighting in Sudan could spill into Chad."
    assert "THREATEN" not in [e.event_type for e in code_text(text)]


@pytest.mark.parametrize("text", ["The United States warned Iran that it would face serious consequences.",
                                  "Russia warned that it would retaliate against any NATO deployment in Finland."])
def test_addressed_or_own_side_warning_is_a_threat(code_text, text: str) -> None:
    assert "THREATEN" in [e.event_type for e in code_text(text)]


def test_inclination_is_hypothetical(code_text) -> None:
    events = code_text("U.S. President Donald Trump said he was inclined to support the deal with Mauritius.")
    assert events and all(e.status == "hypothetical" for e in events)


def test_no_recoding_creates_an_actorless_type(coder) -> None:
    """Coder._event skips candidates without actors early; that is only safe while no recoding turns a type
    into one that may lack an actor (ASSAULT, COERCE)."""
    targets = coder.recoder.targets()
    kinds = {coder.ontology.plover_for(code).event_type for code in targets}
    assert kinds and not kinds & {"ASSAULT", "COERCE"}


def test_permission_with_its_own_clause_names_the_permitted(code_text) -> None:
    codes = [(e.event_type, [r.code for r in e.recipients])
             for e in code_text("The government of Kenya allowed the opposition to hold rallies in Nairobi.")]
    assert ("CONCEDE", ["KENOPP"]) in codes
    assert not any(kind == "PROTEST" for kind, _ in codes)


def test_rounding_up_migrants_is_coercion_but_curbing_their_flow_is_not(code_text) -> None:
    assert "COERCE" in [e.event_type for e in code_text("Russian police rounded up dozens of Tajik migrants.")]
    text = "Mexico agreed to curb the flow of migrants into the United States."
    assert "COERCE" not in [e.event_type for e in code_text(text)]


def test_reminder_that_x_must_is_a_demand(code_text) -> None:
    text = "German Chancellor Friedrich Merz reminded Turkey that Ankara must respect the rights of journalists."
    assert "REQUEST" in [e.event_type for e in code_text(text)]


def test_again_verbs_match_their_base_with_an_object(code_text) -> None:
    codes = _codes(code_text("Israel reimposed blockades in the West Bank on Friday."))
    assert ("COERCE", "191", "asserted") in codes


def test_a_campaign_for_reforms_is_no_offensive(code_text) -> None:
    text = "Malaysian opposition leader Anwar Ibrahim vowed to restart a campaign for democratic reforms."
    assert not any(kind in {"THREATEN", "ASSAULT"} for kind, _, _ in _codes(code_text(text)))


@pytest.mark.parametrize(("text", "kind"), [
    ("U.S. troops in Iraq came under fire on Monday.", "MOBILIZE"),
    ("Four Cuban exiles were living in Panama.", "COERCE"),
])
def test_entity_nouns_alone_are_no_events(code_text, text: str, kind: str) -> None:
    assert kind not in [e.event_type for e in code_text(text)]


def test_entity_nouns_moving_to_a_destination_are_events(code_text) -> None:
    assert "MOBILIZE" in [e.event_type for e in code_text("The United States sent troops to Afghanistan.")]


def test_armed_men_attacking_a_building_is_an_assault_not_a_riot(code_text) -> None:
    codes = _codes(code_text("Taliban fighters attacked a police post in Kandahar."))
    assert any(kind == "ASSAULT" for kind, _, _ in codes) and not any(kind == "PROTEST" for kind, _, _ in codes)


def test_protesters_attacking_an_embassy_riot(code_text) -> None:
    codes = _codes(code_text("Angry Serbian protesters attacked the US embassy in Belgrade."))
    assert ("PROTEST", "145", "asserted") in codes
