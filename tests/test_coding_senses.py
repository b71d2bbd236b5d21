"""Word senses and argument shapes that decide whether a candidate is an event (round 6): verbal attacks,
speeches to an audience, name-calling, sports scores, borders, threats in an embedded clause, and the owner
of an intention noun ('the plans of X to ...')."""

from __future__ import annotations

import pytest

from multivector.coding.plausibility import load_rules


def test_new_word_lists_load() -> None:
    rules = load_rules()
    assert "attack" in rules.verbal_attack_verbs and "broadcaster" in rules.verbal_targets
    assert "call" in rules.naming_verbs and "border" in rules.boundary_nouns


@pytest.mark.parametrize("text", [
    "Erdogan attacked the German broadcaster for its coverage of the election.",
    "Venezuela slammed the decision of the European Union.",
])
def test_verbal_attack_is_criticism_not_violence(code_text, text: str) -> None:
    events = code_text.summaries(text)
    assert "ASSAULT" not in [t for t, *_ in events]
    assert any(cameo == "111" for _, cameo, *_ in events)


def test_physical_attack_on_positions_stays_an_assault(code_text) -> None:
    events = code_text.summaries("Russian aircraft attacked Ukrainian positions near Kharkiv on Monday.")
    assert [(t, r) for t, _, _, r in events] == [("ASSAULT", ["UKR"])]


@pytest.mark.parametrize("text", [
    "Addressing Turkish lawmakers on Tuesday, Tokayev said trade would grow.",
    "Speaking to Kazakh students in Astana, the Chinese envoy said ties were strong.",
])
def test_speech_to_an_audience_is_no_meeting(code_text, text: str) -> None:
    assert "CONSULT" not in code_text.types(text)


def test_conversation_with_a_peer_stays_a_meeting(code_text) -> None:
    assert "CONSULT" in code_text.types("Putin spoke with Tokayev by phone on Monday.")


def test_name_calling_is_no_request(code_text) -> None:
    assert code_text.types("Iran's foreign minister called Israel a terrorist state.") == []
    assert "REQUEST" in code_text.types("Iran called on Israel to halt the strikes.")


def test_sports_score_is_no_violence_but_casualty_ranges_are(code_text) -> None:
    assert "ASSAULT" not in code_text.types("Brazil routed Argentina 4-1 in Buenos Aires on Sunday.")
    assert "ASSAULT" in code_text.types("Russian forces killed 10-15 civilians in Kharkiv.")


def test_border_adjective_is_no_target_but_a_province_is(code_text) -> None:
    near = code_text.summaries("Pakistani troops attacked militant hideouts near the Afghan border.")
    inside = code_text.summaries("Pakistani troops attacked militant hideouts in the Afghan province of Khost.")
    assert all("AFG" not in r for *_, r in near)
    assert any("AFG" in r for *_, r in inside)


def test_threat_content_is_one_specific_threat(code_text) -> None:
    events = code_text.summaries("Iran warned that it would strike Israel if the attacks continued.")
    threats = [(cameo, r) for t, cameo, _, r in events if t == "THREATEN"]
    assert threats == [("1384", ["ISR"])]
    assert "ASSAULT" not in [t for t, *_ in events]


def test_infinitive_threat_recoded_without_generic_duplicate(code_text) -> None:
    text = "The militants threatened to execute the soldiers unless Nigeria freed their leader."
    cameos = [cameo for t, cameo, *_ in code_text.summaries(text) if t in {"THREATEN", "ASSAULT"}]
    assert cameos and all(c.startswith("138") for c in cameos)


def test_plan_belongs_to_its_owner_not_to_the_critic(code_text) -> None:
    text = "Beijing condemned the plans of Manila and Tokyo to expand military cooperation."
    events = code_text.summaries(text)
    planned = [actors for t, _, actors, _ in events if t == "AGREE"]
    assert planned and all("CHNGOV" not in a for a in planned)
    assert any(set(a) >= {"PHLGOV", "JPNGOV"} for a in planned)
