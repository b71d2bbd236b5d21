"""Actor codes, round 3: world regions and buildings are no actors, short back-references to an IGO, companies
named after a business cue, militias named like associations, and a person-id clash in the office tables."""

import csv
from collections import defaultdict
from datetime import date
from importlib import resources

ON = date(2004, 8, 20)


def test_world_region_holding_a_state_name_is_no_state(mentions_in) -> None:
    codes = mentions_in.codes("Ministers from Latin America and Chile met in Santiago.", ON)
    assert "USA" not in codes.values()
    assert codes["Chile"] == "CHL"
    assert "USA" not in mentions_in.codes("South American leaders criticised the plan.", ON).values()
    assert mentions_in.codes("America warned Iran on Friday.", ON)["America"] == "USA"


def test_building_named_by_a_sector_word_is_no_actor(mentions_in) -> None:
    codes = mentions_in.codes("Bombers hit an army barracks and a police station near Kirkuk.", ON)
    assert not {"COP", "IRQCOP", "MIL", "IRQMIL"} & set(codes.values())
    assert mentions_in.codes("Afghan police arrested two men.", ON)["Afghan police"] == "AFGCOP"


def test_capitalised_head_word_refers_back_to_the_igo_named_before(mentions_in) -> None:
    codes = mentions_in.codes("The World Bank lent Ghana $50 million. The Bank said Ghana must curb debt.", ON)
    assert codes["The Bank"] == "IGOWBK"
    codes = mentions_in.codes("The IMF praised Peru. The Fund will send a team in May.", ON)
    assert codes["The Fund"] == "IGOIMF"
    codes = mentions_in.codes("The IMF praised Peru. A pension fund and the Bank of Peru said nothing.", ON)
    assert list(codes.values()).count("IGOIMF") == 1


def test_capitalised_name_after_a_business_cue_is_a_company(mentions_in) -> None:
    codes = mentions_in.codes("The state will sell its stake in airline Sabena to investors.", ON)
    assert codes["airline Sabena"] == "BUS"
    codes = mentions_in.codes("Workers at engineering group Siemens walked out.", ON)
    assert codes["engineering group Siemens"] == "BUS"
    assert mentions_in.codes("The company said Monday it would hire staff.", ON) == {}
    assert "BUS" not in mentions_in.codes("The retailer Wal-Mart opened a store.", ON).values()


def test_defence_association_and_armed_cue_make_a_militia(mentions_in) -> None:
    codes = mentions_in.codes("The Orange Defence Association (ODA) threatened the talks.", ON)
    assert codes["Orange Defence Association (ODA)"] == "UAF"
    codes = mentions_in.codes("The paramilitary Shankill Brotherhood Association attacked a pub.", ON)
    assert list(codes.values()) == ["UAF"]
    codes = mentions_in.codes("The Association for the Defence of Civil Liberties criticised Tunisia.", ON)
    assert "UAF" not in codes.values()


def test_no_person_id_is_shared_by_two_people() -> None:
    names: dict[str, set[str]] = defaultdict(set)
    folder = resources.files("multivector.actors") / "data"
    for table in folder.iterdir():
        if table.name.startswith("office_holders") and table.name.endswith(".csv"):
            with table.open(encoding="utf-8") as handle:
                for row in csv.DictReader(handle):
                    if row["qid"]:
                        names[row["qid"]].add(row["name"])
    assert {qid: people for qid, people in names.items() if len(people) > 1} == {}


def test_modi_is_indian_at_any_date(mentions_in) -> None:
    assert mentions_in.codes("Modi met Bush in Washington.", ON)["Modi"].startswith("IND")
    assert mentions_in.codes("Milosevic met Bush.", date(1995, 3, 1))["Milosevic"] == "SRBGOV"


def test_supporters_of_a_leader_are_civilians_of_his_state_even_out_of_office(mentions_in) -> None:
    codes = mentions_in.codes("Thousands of Aristide supporters marched on Monday.", ON)
    assert codes == {"Aristide supporters": "HTICVL"}
    codes = mentions_in.codes("Chavez supporters celebrated the result.", ON)
    assert codes == {"Chavez supporters": "VENCVL"}
    assert mentions_in.codes("Supporters gathered outside the court.", ON) == {}
