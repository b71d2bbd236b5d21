"""Participants in passives, coordination and reactions: who acts and who undergoes, on real parses.

Sentences are written for these tests (not taken from the benchmark corpora)."""

from __future__ import annotations


def _of_type(events, event_type: str) -> list:
    return [e for e in events if e.event_type == event_type]


def _countries(refs) -> set[str]:
    return {r.country for r in refs}


def _single(events, event_type: str):
    found = _of_type(events, event_type)
    assert found, [(e.event_type, e.rule) for e in events]
    return found[0]


def test_participle_with_agent_makes_its_noun_the_victim(code_text) -> None:
    event = _single(code_text("Canadian engineer abducted by Somali pirates"), "ASSAULT")
    assert _countries(event.recipients) == {"CAN"}
    assert "CAN" not in _countries(event.actors)


def test_raised_passive_participle_subject_is_the_victim(code_text) -> None:
    event = _single(code_text("Four Turkish soldiers were reported wounded in an ambush on Tuesday."), "ASSAULT")
    assert "TUR" in _countries(event.recipients)
    assert not event.actors


def test_relative_pronoun_passive_subject_is_its_antecedent(code_text) -> None:
    events = code_text("A Dutch journalist who was kidnapped near a Lebanese checkpoint has been freed.")
    kidnap = [e for e in _of_type(events, "ASSAULT") if e.trigger.startswith("kidnap")]
    assert kidnap and _countries(kidnap[0].recipients) == {"NLD"}, [(e.trigger, e.recipients) for e in events]


def test_noun_under_a_reduced_passive_does_not_take_the_victim_as_actor(code_text) -> None:
    events = code_text("Seven Kenyans killed in a grenade attack in Mombasa.")
    attacks = [e for e in _of_type(events, "ASSAULT") if e.trigger.startswith("attack")]
    assert attacks and all("KEN" not in _countries(e.actors) for e in attacks)


def test_survivor_is_not_the_bomber(code_text) -> None:
    events = code_text("The Pakistani interior minister survived a suicide bombing in Karachi on Friday.")
    assert all("PAK" not in _countries(e.actors) for e in _of_type(events, "ASSAULT")), \
        [(e.trigger, e.actors) for e in events]


def test_of_object_of_a_violent_noun_is_the_target(code_text) -> None:
    events = code_text("Gunmen claimed the murder of two Norwegian tourists in Kabul.")
    murder = [e for e in _of_type(events, "ASSAULT") if e.trigger.startswith("murder")]
    assert murder and _countries(murder[0].recipients) == {"NOR"}


def test_of_object_of_a_withdrawal_still_names_the_actor(code_text) -> None:
    events = code_text("The withdrawal of Ethiopian troops from Somalia began on Monday.")
    retreat = _single(events, "RETREAT")
    assert _countries(retreat.actors) == {"ETH"} and _countries(retreat.recipients) == {"SOM"}


def test_passive_talks_between_two_states_are_symmetric(code_text) -> None:
    event = _single(code_text("Fresh talks were held between Armenia and Azerbaijan on Thursday."), "CONSULT")
    assert _countries(event.actors) == {"ARM", "AZE"} and not event.recipients


def test_coordinated_verbs_share_their_object(code_text) -> None:
    events = code_text("Ugandan soldiers attacked and killed five rebels near the Sudanese border.")
    attack = [e for e in _of_type(events, "ASSAULT") if e.trigger.startswith("attack")]
    assert attack and "UGA" in _countries(attack[0].actors)
    assert attack[0].recipients, "the first verb shares the second verb's object"


def test_coordinated_verb_with_its_own_subject_shares_nothing(nlp) -> None:
    from multivector.coding.arguments import _shared_object
    from multivector.coding.parse import parse_of

    doc = nlp("Troops attacked and rebels killed five villagers.")
    attacked = next(t for t in doc if t.lower_ == "attacked")
    assert _shared_object(parse_of(doc), attacked.i) == []


def test_reaction_verb_list_is_package_data() -> None:
    from multivector.coding.arguments import load_reaction_verbs

    verbs = load_reaction_verbs()
    assert {"survive", "condemn", "escape"} <= verbs
    assert "launch" not in verbs and "carry" not in verbs


def test_origin_of_a_trip_is_no_participant(code_text) -> None:
    event = _single(code_text("The Kenyan foreign minister flew from Rome to Addis Ababa on Monday."), "CONSULT")
    assert _countries(event.recipients) == {"ETH"}


def test_capital_under_attack_is_its_state_not_its_government(code_text) -> None:
    event = _single(code_text("Rebel rockets hit Kabul on Sunday."), "ASSAULT")
    assert [r.code for r in event.recipients] == ["AFG"]


def test_capital_as_addressee_stays_a_government(code_text) -> None:
    event = _single(code_text("The Dutch government urged Tehran to release the detained sailors."), "REQUEST")
    assert event.recipients and event.recipients[0].code.startswith("IRN") and event.recipients[0].code != "IRN"


def test_title_case_dated_dateline_is_no_participant(code_text) -> None:
    events = code_text("Africa News: Nairobi, Mar 3 : Somali and Ethiopian officials signed a border accord.")
    accord = _single(events, "SUPPORT")
    assert _countries(accord.actors) == {"SOM", "ETH"} and not accord.recipients


def test_dated_title_case_datelines_are_found() -> None:
    from multivector.coding.dateline import dateline_spans

    text = "Asia News: Colombo, Jan 12 : Troops clashed with rebels."
    assert [text[a:b].strip() for a, b in dateline_spans(text)] == ["Colombo, Jan 12 :"]
    assert dateline_spans("He said: Colombo is calm, but Kandy is not.") == []
    bare = "ADDIS ABABA - Ethiopian troops crossed the border."
    assert [bare[a:b] for a, b in dateline_spans(bare)] == ["ADDIS ABABA - "]
    assert dateline_spans("NATO: allies met. US - Iran talks resumed.") == []


def test_stranded_preposition_headline_is_passive(code_text) -> None:
    event = _single(code_text("Red Cross convoy shot at near Sudanese border"), "ASSAULT")
    assert not event.actors


def test_shooting_at_a_named_target_keeps_the_shooter(code_text) -> None:
    event = _single(code_text("Kenyan police shot at protesters in Nairobi."), "ASSAULT")
    assert "KEN" in _countries(event.actors)


def test_reciprocal_object_makes_the_arguments_symmetric(nlp, kb) -> None:  # type: ignore[no-untyped-def]
    from multivector.coding.arguments import MentionIndex, verb_arguments

    for text, symmetric in [("Russia and Ukraine accused each other of violating the truce.", True),
                            ("Russia and Ukraine did not accuse one another.", True),
                            ("Russia accused Ukraine of not honouring the other deal.", False)]:
        doc = nlp(text)
        args = verb_arguments(next(t for t in doc if t.lower_ == "accused" or t.lower_ == "accuse"),
                              MentionIndex(kb.find_mentions(doc, on=None)))
        assert args.symmetric is symmetric, text
