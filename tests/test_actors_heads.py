"""Actor codes of noun phrases that a place opens: compound modifiers, stacked sector nouns, plural titles,
equipment and people nouns, and the base of a "<place>-based" company."""

from __future__ import annotations

from datetime import date

import pytest

ON = date(2004, 9, 15)


@pytest.mark.parametrize("text, mention, code", [
    ("Somali election officials postponed the count in Baidoa.", "Somali election officials", "SOMGOV"),
    ("Nigerian Islamist rebels ambushed a convoy near Maiduguri.", "Nigerian Islamist rebels", "NGAREB"),
    ("Chadian government forces shelled the rebel camp.", "Chadian government forces", "TCDMIL"),
    ("Peruvian army officials denied the claims.", "Peruvian army officials", "PERMIL"),
    ("Ukrainian opposition lawmakers blocked the podium.", "Ukrainian opposition lawmakers", "UKROPP"),
    ("Bolivian government officials met the miners.", "Bolivian government officials", "BOLGOV"),
    ("Danish cabinet ministers met in Aarhus.", "Danish cabinet ministers", "DNKGOV"),
])
def test_the_sector_noun_heading_the_phrase_gives_the_sector(mentions_in, text: str, mention: str,
                                                            code: str) -> None:
    assert mentions_in.codes(text, ON).get(mention) == code


@pytest.mark.parametrize("text, mention, code", [
    ("A Turkish tank fired across the border.", "Turkish tank", "TURMIL"),
    ("Ethiopian jets bombed the bridge at dawn.", "Ethiopian jets", "ETHMIL"),
    ("Pakistani airstrikes destroyed two compounds.", "Pakistani airstrikes", "PAKMIL"),
    ("Syrian brigades moved toward the city.", "Syrian brigades", "SYRMIL"),
    ("Gunmen shot dead a Colombian policeman in Cali.", "Colombian policeman", "COLCOP"),
    ("Kidnappers released two Korean hostages on Monday.", "Korean hostages", "KORCVL"),
    ("Three Filipino nationals were abducted in Lagos.", "Filipino nationals", "PHLCVL"),
    ("Nepali captors freed the men.", "Nepali captors", "NPLUAF"),
])
def test_equipment_and_people_nouns_after_a_demonym(mentions_in, text: str, mention: str, code: str) -> None:
    assert mentions_in.codes(text, ON).get(mention) == code


@pytest.mark.parametrize("text, absent", [
    ("Rebels freed the hostages near Kandahar.", "the hostages"),  # victims take no country from context
    ("Police arrested the kidnappers of two Chinese engineers.", "the kidnappers of two Chinese"),
])
def test_victim_nouns_take_no_country_from_context(mentions_in, text: str, absent: str) -> None:
    got = mentions_in.codes(text, ON)
    assert absent not in got and "hostages" not in got, got


def test_a_noun_after_a_victim_noun_is_the_head(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("France criticised Iraq hostage mediators on Sunday.", ON)
    assert "Iraq" not in got and not any("hostage" in m for m in got), got  # only describes (describing.py)


def test_a_noun_after_the_phrase_blocks_a_compound(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Afghan election officials office was closed.", ON)
    assert "Afghan election officials" not in got and got.get("Afghan") == "AFG", got


def test_a_date_word_ends_the_phrase(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Afghan election officials yesterday delayed the vote.", ON)
    assert got.get("Afghan election officials") == "AFGGOV", got


def test_an_igo_takes_no_compound_sector(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Three UN election workers were freed in Kabul.", ON)
    assert got.get("UN") == "IGOUNO", got


@pytest.mark.parametrize("text, mention, code", [
    ("U.S.-based Newmont Mining denied polluting the bay in Indonesia.", "U.S.-based Newmont Mining", "USABUS"),
    ("Swiss-based Nestle SA opened a plant in Brazil.", "Swiss-based Nestle SA", "CHEBUS"),
])
def test_a_company_is_coded_by_its_base(mentions_in, text: str, mention: str, code: str) -> None:
    assert mentions_in.codes(text, ON).get(mention) == code


@pytest.mark.parametrize("text, group, noun, code", [
    ("Hamas militants fired mortars at a settlement.", "Hamas", "militants", "PSEREB"),
    ("Troops clashed with Hezbollah fighters near Tyre.", "Hezbollah", "fighters", "LBNREB"),
])
def test_an_armed_groups_fighters_are_coded_as_the_group(mentions_in, text: str, group: str, noun: str,
                                                         code: str) -> None:
    got = mentions_in.codes(text, ON)
    assert got.get(group) == code and got.get(noun) == code, got


@pytest.mark.parametrize("text, mention, code", [
    ("Darfur rebels ambushed a supply convoy.", "Darfur rebels", "SDNREB"),
    ("Rebels in Aceh burned two schools.", "Rebels in Aceh", "IDNREB"),
])
def test_a_region_codes_its_group_nouns_by_its_state(mentions_in, text: str, mention: str, code: str) -> None:
    assert mentions_in.codes(text, ON).get(mention) == code


def test_a_region_of_two_states_gives_no_country(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Punjab police detained four men.", ON)
    assert got.get("police") == "COP", got


@pytest.mark.parametrize("text, mention, code", [
    ("The FDIC took over the failed lender.", "FDIC", "USAGOV"),
    ("The Federal Deposit Insurance Corp arranged the merger.", "Federal Deposit Insurance Corp", "USAGOV"),
    ("The Justice Department opened an inquiry.", "Justice Department", "USAGOV"),
    ("The Philippine Justice Department charged the mayor.", "Philippine Justice Department", "PHLGOV"),
])
def test_state_agencies_are_their_government(mentions_in, text: str, mention: str, code: str) -> None:
    assert mentions_in.codes(text, ON).get(mention) == code


@pytest.mark.parametrize("text, mention, code", [
    ("In Ghana, the central bank raised its policy rate.", "the central bank", "GHAGOV"),
    ("Chile said the central bank would intervene.", "the central bank", "CHLGOV"),
])
def test_a_bare_central_bank_is_that_of_the_one_state_named_before_it(mentions_in, text: str, mention: str,
                                                                      code: str) -> None:
    [found] = [m for m in mentions_in(text, ON) if m.text == mention]
    assert (found.actor.code, found.actor.role) == (code, "central_bank")


@pytest.mark.parametrize("text", [
    "The central bank raised its policy rate.",  # no state named
    "Peru and Chile said the central bank would intervene.",  # two states named
    "The central bank's governor met Korean officials.",  # a state named after it is a counterpart
])
def test_a_bare_central_bank_without_one_state_before_it_is_no_mention(mentions_in, text: str) -> None:
    assert not any("central bank" in m.text for m in mentions_in(text, ON))


@pytest.mark.parametrize("text, mention, code", [
    ("Israeli troops shot a Palestinian gunman near Jenin.", "Palestinian gunman", "PSEUAF"),
    ("An Iraqi militant group claimed the kidnapping.", "Iraqi militant group", "IRQREB"),
    ("A car bomb hit a Russian convoy near Grozny.", "Russian convoy", "RUSMIL"),
    ("Ankara protested, the Greek daily Kathimerini reported.", "Greek daily Kathimerini", "GRCMED"),
])
def test_singular_group_nouns_and_named_dailies(mentions_in, text: str, mention: str, code: str) -> None:
    assert mentions_in.codes(text, ON).get(mention) == code


def test_a_singular_group_noun_alone_is_no_actor(mentions_in) -> None:  # type: ignore[no-untyped-def]
    got = mentions_in.codes("Troops stormed the rebel stronghold after the convoy arrived.", ON)
    assert not any("rebel" in m or "convoy" in m for m in got), got


def test_iraqi_kurdish_parties_are_iraqs_and_an_ambiguous_kurdish_name_stays_bare(mentions_in) -> None:  # type: ignore[no-untyped-def]
    assert mentions_in.codes("The Kurdistan Democratic Party and the PUK agreed.", ON) == {
        "Kurdistan Democratic Party": "IRQPTY", "PUK": "IRQPTY"}
    assert mentions_in.codes("The Kurdish Democratic Party rejected the plan.", ON) == {
        "Kurdish Democratic Party": "PTY"}
