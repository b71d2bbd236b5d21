"""Round 3 role fixes: headline 'gunned down' victims, owners of attacked facilities, attacks owned by an
'error', meeting topics, hosts of visits, and 'meet' + a complaint as a concession."""

from __future__ import annotations


def test_gunned_down_headline_victim_is_no_actor(code_text):
    assert code_text.summaries("Colombia militant gunned down.") == [("ASSAULT", "186", [], ["COLREB"])]
    assert ("ASSAULT", "186", ["UAF"], ["IRQCOP"]) in code_text.summaries(
        "Gunmen gunned down two Iraqi policemen in Baqubah on Monday.")


def test_facility_owner_is_target_not_its_city(code_text):
    [bomb] = code_text.of_type("A car bomb exploded outside the Indonesian embassy in Paris.", "ASSAULT")
    assert [r.code for r in bomb.recipients] == ["IDNGOV"]
    [blast] = code_text.of_type("A bomb exploded near the Australian embassy in Jakarta on Thursday.", "ASSAULT")
    assert [r.code for r in blast.recipients] == ["AUSGOV"]


def test_victims_killed_in_an_error_by_a_named_side(code_text):
    assert code_text.summaries("3 Egyptian soldiers killed in Israeli error.") == [
        ("ASSAULT", "1823", ["ISR"], ["EGYMIL"])]


def test_meeting_topic_is_no_recipient(code_text):
    [plan] = code_text("Britain will host a conference on Middle East peace next month.")
    assert [a.code for a in plan.actors] == ["GBR"] and plan.recipients == ()
    assert ("SANCTION", "163", ["IGOUNO"], ["IRN"]) in code_text.summaries("The UN imposed sanctions on Iran.")


def test_arrival_place_hosts_the_visit(code_text):
    [visit] = code_text.summaries("The German chancellor arrived in China on Monday.")
    assert (visit[0], visit[1], visit[3]) == ("CONSULT", "042", ["CHN"])
    assert code_text.summaries("Putin and Bush met in Slovakia on Thursday.")[0][3] == []


def test_meeting_complaints_is_a_concession(code_text):
    [event] = code_text("Tokyo is striving to meet U.S. complaints about its trade practices.")
    assert (event.event_type, event.cameo, [r.code for r in event.recipients]) == ("CONCEDE", "080", ["USA"])


def test_headline_meeting_topic_is_no_recipient(code_text):
    assert [e.recipients for e in code_text("UK to Host Mideast Conference: Report.")] in ([], [()])


def test_kin_of_a_leader_is_not_the_leader(code_text):
    assert code_text.summaries("PARIS - Nasser al-Kidwa, nephew of the deceased Palestinian leader Yasser Arafat, "
                               "arrived in Paris from Cairo on Sunday.") == []


def test_headline_organisation_summit_is_the_organisation(code_text):
    assert ("ACCUSE", "111", ["OPP"], ["IGOAPEC"]) in code_text.summaries("Protesters Denounce APEC Summit in Chile.")
