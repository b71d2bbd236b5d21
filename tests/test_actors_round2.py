"""Actor codes, round 2: names that contain a place, affiliations, unrecognised phrases, business groups named
with a state adjective and foreign mediators' countries."""

from datetime import date

ON = date(2004, 8, 20)


def test_acronym_inside_all_caps_hyphenated_place_is_no_igo(mentions_in) -> None:
    codes = mentions_in.codes("PORT-AU-PRINCE, Haiti (Reuters) - Haitian police arrested three men.", ON)
    assert "IGOAFU" not in codes.values()
    assert codes["Haitian police"] == "HTICOP"


def test_hyphen_qualified_acronyms_are_kept(mentions_in) -> None:
    codes = mentions_in.codes("NATO-led troops attacked the town, and the AU-backed envoy left.", ON)
    assert "IGONATO" in codes.values()


def test_state_name_after_a_given_name_is_a_surname(mentions_in) -> None:
    codes = mentions_in.codes("Defender Matthew England criticised the Thai government.", ON)
    assert "GBR" not in codes.values()
    assert codes["Thai government"] == "THAGOV"


def test_congress_opening_an_organisation_name_is_no_us_congress(mentions_in) -> None:
    codes = mentions_in.codes("The Congress of South African Trade Unions called a strike.", ON)
    assert "USALEG" not in codes.values()
    assert "ZAFLAB" in codes.values()
    assert "USALEG" not in mentions_in.codes("The Congress of Racial Equality criticised Bush.", ON).values()
    assert mentions_in.codes("Congress approved the bill on Tuesday.", ON) == {"Congress": "USALEG"}


def test_foreign_mediator_lends_rebels_no_country(mentions_in) -> None:
    codes = mentions_in.codes("Mbeki calls for an arms embargo, rebels vow to fight on in Ivory Coast.", ON)
    assert codes["rebels"] == "CIVREB"  # the place they fight in, never the mediator's country
    codes = mentions_in.codes("South African President Thabo Mbeki met Gbagbo, and rebels said they would "
                              "not disarm.", ON)
    assert codes["rebels"] == "REB"


def test_own_government_and_lone_country_still_lend_theirs(mentions_in) -> None:
    assert mentions_in.codes("The Sudanese government accused rebels of attacking villages.", ON)["rebels"] \
        == "SDNREB"
    assert mentions_in.codes("Nepal's prime minister said rebels attacked a police post.", ON)["rebels"] \
        == "NPLREB"


def test_contra_rebels_are_nicaraguan_and_iran_contra_is_no_group(mentions_in) -> None:
    codes = mentions_in.codes("Profits from the Iran arms sales were diverted to contra rebels fighting the "
                              "Nicaraguan government.", ON)
    assert codes["contra rebels"] == "NICREB"
    assert "NICREB" not in mentions_in.codes("The Iran-contra affair hurt Reagan.", ON).values()


def test_maoist_rebels_take_the_named_country_only(mentions_in) -> None:
    assert mentions_in.codes("Maoist rebels attacked a police station in Nepal.", ON)["rebels"] == "NPLREB"
    assert mentions_in.codes("Maoist rebels blew up a rail line in India's Jharkhand state.", ON)["rebels"] \
        == "INDREB"
    assert mentions_in.codes("Maoist rebels attacked a police station.", ON)["rebels"] == "REB"


def test_business_groups_named_with_a_state_adjective_are_its_businesses(mentions_in) -> None:
    assert "ITABUS" in mentions_in.codes("The Italian clothing group Benetton signed a deal with Russia.", ON).values()
    assert mentions_in.codes("Japanese steelmakers agreed to cut exports.", ON)["Japanese steelmakers"] == "JPNBUS"
    assert mentions_in.codes("Four Taiwan banks joined the loan.", ON)["Taiwan banks"] == "TWNBUS"


def test_group_noun_is_business_only_after_an_industry(mentions_in) -> None:
    codes = mentions_in.codes("A Palestinian militant group claimed the attack.", ON)
    assert "PSEBUS" not in codes.values()
    assert "FRABUS" not in mentions_in.codes("The French rights group criticised the law.", ON).values()


def test_headline_abbreviated_korea(mentions_in) -> None:
    assert "KORBUS" in mentions_in.codes("SKorea's Hyundai Motor to join strike against labor bill", ON).values()


def test_companies_protest_is_an_event(code_text) -> None:
    events = code_text.of_type("Korean shipbuilders staged a protest in Seoul against Japanese tariffs.",
                               "PROTEST", date(1987, 3, 12))
    assert [a.code for e in events for a in e.actors] == ["KORBUS"]


def test_unrecognised_phrases_become_actors(mentions_in) -> None:
    assert mentions_in.codes("A CNN journalist was wounded in Baghdad.", ON)["CNN"] == "USAMED"
    assert mentions_in.codes("A militant group kidnapped two aid workers.", ON)["militant group"] == "REB"
    codes = mentions_in.codes("Gunmen kidnapped a Lebanese-American contractor in Baghdad.", ON)
    assert codes["American contractor"] == "USABUS"
    assert "LBN" not in codes.values()
    assert mentions_in.codes("EC farm ministers rejected the proposal.", ON) == {"EC": "IGOEUR"}


def test_hyphenated_nationality_alone_stays_a_description(mentions_in) -> None:
    assert mentions_in.codes("A Chinese-American scientist was arrested by U.S. police.", ON) == \
        {"U.S. police": "USACOP"}


def test_double_nationality_before_a_sector_noun_codes_it_by_the_last(mentions_in) -> None:
    codes = mentions_in.codes("An American-French journalist was detained in Iran.", ON)
    assert codes["French journalist"] == "FRAMED"
    assert "USA" not in codes.values()


def test_opposition_title_codes_a_person_without_office_as_opposition(mentions_in) -> None:
    codes = mentions_in.codes("Opposition leader Viktor Yushchenko pressed for the prime minister's removal.", ON)
    assert codes["Opposition leader Viktor Yushchenko"] == "UKROPP"


def test_protesters_do_not_take_a_foreign_visitors_country(mentions_in) -> None:
    codes = mentions_in.codes("French Foreign Minister Michel Barnier visited Abidjan as protesters marched in "
                              "Ivory Coast.", ON)
    assert codes.get("protesters") != "FRAOPP"


def test_apposed_opposition_title_codes_the_person(mentions_in) -> None:
    codes = mentions_in.codes("Anwar Ibrahim, the opposition leader, accused the Malaysian government.", ON)
    assert codes["Anwar Ibrahim"] == "MYSOPP"
