"""Round 5 role checks: a place is a recipient only where it is the target; outlet credits and background
phrases give no participants."""

from multivector.model import Event


def _of(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


def _recipients(events: list[Event], event_type: str) -> list[list[str]]:
    return [[r.code for r in e.recipients] for e in _of(events, event_type)]


def test_place_of_person_patient_is_no_recipient(code_text):
    # the victims are the target; the town they were killed in is only where it happened
    result = code_text("Rebel gunmen killed four aid workers on Monday in Sudan.")
    assert _recipients(result, "ASSAULT") and all("SDN" not in r for r in _recipients(result, "ASSAULT"))


def test_place_of_objectless_attack_is_its_target(code_text):
    result = code_text("Rebels shelled villages near Kandahar on Monday.")
    assert ["AFG"] in _recipients(result, "ASSAULT")


def test_place_of_a_thing_target_is_no_recipient(code_text):
    # 'targets' belong to someone else: the country they stand in is not attacked
    for text in ("Insurgents kept striking against government targets in Angola on Friday.",
                 "Guerrillas launched attacks on army targets in Angola on Friday."):
        recipients = _recipients(code_text(text), "ASSAULT")
        assert recipients and all("AGO" not in r for r in recipients)


def test_attack_in_a_country_without_other_target_keeps_it(code_text):
    assert ["AGO"] in _recipients(code_text("Guerrillas launched attacks in Angola on Friday."), "ASSAULT")


def test_place_where_forced_object_acts_is_no_recipient(code_text):
    result = code_text("Turkish jets forced a cargo plane to land in Greece on Sunday.")
    assert all("GRC" not in r for r in _recipients(result, "COERCE"))


def test_place_of_objectless_threat_complement_stays(code_text):
    result = code_text("Hamas threatened to resume attacks in Israel.")
    assert any("ISR" in r for e in result for r in [[x.code for x in e.recipients]])


def test_trip_destination_is_not_who_is_met(code_text):
    result = code_text("The Chilean finance minister will meet commercial bankers during his trip to London next week.")
    assert all("GBR" not in r and "GBRGOV" not in r for r in _recipients(result, "CONSULT"))


def test_visit_partner_still_found(code_text):
    result = code_text("The Chilean finance minister will meet British officials in London.")
    assert any("GBRGOV" in [r.code for r in e.recipients] for e in result)


def test_concessive_objection_is_no_partner(code_text):
    result = code_text("Kenya signed a trade accord on Monday, despite objections to the deal from Uganda.")
    assert all("UGA" not in r for e in result for r in [[x.code for x in e.recipients]])


def test_outlet_credit_is_no_participant(code_text):
    result = code_text("Ottawa protests deportation of Canadian engineer by U.S. (Canadian Press)")
    assert all("CANMED" not in [r.code for r in e.recipients] + [a.code for a in e.actors] for e in result)


def test_named_outlet_inside_a_sentence_still_counts(code_text):
    # no brackets: the agency is a party ('police raided the offices of Reuters')
    result = code_text("Police in Zimbabwe expelled a correspondent of Reuters on Monday.")
    assert all(e.actors for e in result)


def test_place_name_misread_as_person_stays_the_target(code_text):
    # headline parses tag a city object as a person: it is still the place attacked, not a party
    result = code_text("US forces bomb Falluja")
    assert ["IRQ"] in _recipients(result, "ASSAULT")


def test_victims_of_unknown_side_keep_the_place(code_text):
    # nobody's side is named: the country where the children were killed stands for the victims
    result = code_text("Car bombs kill 20 children in Pakistan")
    assert ["PAK"] in _recipients(result, "ASSAULT")


def test_hostages_are_not_the_place_they_are_held(code_text):
    result = code_text("Gunmen killed two hostages in Yemen on Friday.")
    assert all("YEM" not in r for r in _recipients(result, "ASSAULT"))


def test_named_victims_of_an_actorless_killing(code_text):
    result = code_text("Police say they know who was behind the killing of four Canadians in Haiti last year.")
    assert ["CAN"] in _recipients(result, "ASSAULT")


def test_headline_speaker_after_colon_is_no_recipient(code_text):
    result = code_text("Russia will never negotiate with Chechen rebels: Putin")
    for event in result:
        assert "RUSGOV" not in [r.code for r in event.recipients]


def test_apposition_without_colon_still_coordinates(code_text):
    result = code_text("Israel will meet the Palestinian leader, Mahmoud Abbas, next week.")
    assert any(e.recipients and all(r.code == "PSEGOV" for r in e.recipients) for e in result)
