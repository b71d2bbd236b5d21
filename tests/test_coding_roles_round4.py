"""Round 4 role fixes: the place of an arrest is the holder's jurisdiction, no target; a headline verb the parser
swallowed into a noun compound is read linearly ('Iran Rejects EU Proposal', "Taiwan's Leader Urges China to
Begin Talks"); a rejected request is no rejected extradition unless the request is one."""

from __future__ import annotations


def test_place_of_an_arrest_is_no_target(code_text):
    assert all("PRT" not in targets for *_, targets in code_text.summaries(
        "Three Basque separatists were detained in Portugal."))
    assert code_text.summaries("Two bankers remanded in Italy.") == []
    [arrest] = code_text.of_type("French police arrested two Corsican militants in Spain on Friday.", "COERCE")
    assert "ESP" not in [r.code for r in arrest.recipients]


def test_kidnapping_place_still_no_target_and_killing_place_kept(code_text):
    assert code_text.summaries("A car bomb killed 12 people in Baghdad.")[0][3] == ["IRQ"]


def test_headline_verb_swallowed_into_a_compound(code_text):
    assert ("REJECT", "121", ["IRN"], ["IGOEUR"]) in code_text.summaries("Iran Rejects EU Proposal")
    assert not [s for s in code_text.summaries("Iran Rejects EU Proposal") if s[0] == "REQUEST"]
    events = code_text.summaries("Japan's Premier Urges Russia to Return Islands")
    assert [(t, a, r) for t, _, a, r in events] == [("REQUEST", ["JPNGOV"], ["RUS"])]


def test_a_name_ending_in_s_is_no_swallowed_verb(code_text):
    assert code_text.summaries("United States Condemns Israel") == [("ACCUSE", "111", ["USA"], ["ISR"])]


def test_rejected_request_is_no_extradition(code_text):
    assert ("REJECT", "120", ["PHL"], ["USA"]) in code_text.summaries("Philippines Rejects U.S. Request")
    assert ("REJECT", "120", ["SYR"], ["USA"]) in code_text.summaries(
        "Syria refused a U.S. request to stop the fighting.")
    assert ("REJECT", "1213", ["SYR"], ["USA"]) in code_text.summaries("Syria rejected a U.S. extradition request.")
