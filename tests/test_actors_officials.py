"""Officials, IGO posts, opposition figures, armed groups and context-bound sector nouns in the full KB."""

from __future__ import annotations

from datetime import date

import pytest

from multivector.actors import ActorKB


def _codes(mentions_in, text: str, on: date) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.text, m.actor.code) for m in mentions_in(text, on)]


@pytest.mark.parametrize(
    ("text", "on", "code"),
    [
        ("António Guterres", date(2025, 9, 23), "IGOUNO"),
        ("Antonio Guterres", date(2000, 1, 1), "PRTGOV"),
        ("Mark Rutte", date(2025, 6, 25), "IGONATO"),
        ("Mark Rutte", date(2023, 7, 7), "NLDGOV"),
        ("Jens Stoltenberg", date(2023, 7, 11), "IGONATO"),
        ("Jens Stoltenberg", date(2025, 3, 12), "NORGOV"),
        ("Dmitry Peskov", date(2025, 7, 7), "RUSGOV"),
        ("Maria Zakharova", date(2025, 2, 27), "RUSGOV"),
        ("Keir Starmer", date(2023, 10, 10), "GBROPP"),
        ("Keir Starmer", date(2025, 1, 10), "GBRGOV"),
        ("Friedrich Merz", date(2024, 1, 18), "DEUOPP"),
        ("Benjamin Netanyahu", date(2022, 3, 14), "ISROPP"),
        ("Benjamin Netanyahu", date(2015, 3, 14), "ISRGOV"),
        ("Gurbanguly Berdimuhamedov", date(2023, 6, 15), "TKMELI"),
        ("Serdar Berdimuhamedov", date(2022, 6, 1), "TKMGOV"),
        ("Hakan Fidan", date(2022, 6, 9), "TURSPY"),
        ("Marco Rubio", date(2023, 9, 12), "USALEG"),
        ("Marco Rubio", date(2025, 9, 12), "USAGOV"),
        ("Imran Khan", date(2024, 2, 10), "PAKOPP"),
    ],
)
def test_people_resolve_by_date(kb: ActorKB, text: str, on: date, code: str) -> None:
    ref = kb.resolve(text, on=on)
    assert ref is not None and ref.code == code, (text, on, ref)


def test_igo_post_holders_are_the_igo(kb: ActorKB) -> None:
    ref = kb.resolve("UN Secretary-General António Guterres", on=date(2025, 9, 23))
    assert ref is not None and (ref.code, ref.country, ref.sector, ref.role) == ("IGOUNO", "UNO", None,
                                                                                 "secretary_general")


@pytest.mark.parametrize(
    ("text", "on", "code", "name"),
    [
        ("Kremlin spokesman", date(2025, 7, 7), "RUSGOV", "Dmitry Peskov"),
        ("NATO Secretary General", date(2023, 7, 11), "IGONATO", "Jens Stoltenberg"),
        ("NATO Secretary General", date(2025, 7, 11), "IGONATO", "Mark Rutte"),
        ("the EU foreign policy chief", date(2025, 7, 11), "IGOEUR", "Kaja Kallas"),
        ("UN Secretary-General", date(2015, 7, 11), "IGOUNO", "Ban Ki-moon"),
    ],
)
def test_titles_of_igo_posts_and_spokespeople(kb: ActorKB, text: str, on: date, code: str, name: str) -> None:
    ref = kb.resolve(text, on=on)
    assert ref is not None and (ref.code, ref.name) == (code, name)


def test_two_titled_leaders_are_two_mentions(mentions_in) -> None:  # type: ignore[no-untyped-def]
    text = "Kazakhstan's President Kassym-Jomart Tokayev and Turkish President Recep Tayyip Erdoğan met."
    found = _codes(mentions_in, text, date(2025, 5, 1))
    assert found == [("Kazakhstan's President Kassym-Jomart Tokayev", "KAZGOV"),
                     ("Turkish President Recep Tayyip Erdoğan", "TURGOV")]
    one = _codes(mentions_in, "UN Secretary-General António Guterres spoke.", date(2025, 5, 1))
    assert one == [("UN Secretary-General António Guterres", "IGOUNO")]


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("Hamas and Hezbollah fired rockets.", date(2024, 1, 1), [("Hamas", "PSEREB"), ("Hezbollah", "LBNREB")]),
        ("The Houthis and al-Shabaab threatened ships.", date(2024, 1, 1),
         [("Houthis", "YEMREB"), ("al-Shabaab", "SOMREB")]),
        ("Lebanon's Hezbollah denied it.", date(2024, 1, 1), [("Lebanon's Hezbollah", "LBNREB")]),
        ("The Taliban took Kandahar.", date(2021, 8, 1), [("Taliban", "AFGREB")]),
        ("The Taliban took Kandahar.", date(2023, 8, 1), [("Taliban", "AFGGOV")]),
        ("Islamic State and the PKK were blamed.", date(2024, 1, 1), [("Islamic State", "IMGREB"), ("PKK", "TURREB")]),
        ("The Rapid Support Forces attacked.", date(2024, 1, 1), [("Rapid Support Forces", "SDNREB")]),
        ("The Rapid Support Forces attacked.", date(2020, 1, 1), [("Rapid Support Forces", "SDNMIL")]),
    ],
)
def test_armed_groups(mentions_in, text: str, on: date, expected: list[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _codes(mentions_in, text, on) == expected


def test_sector_nouns_take_the_country_in_context(mentions_in) -> None:  # type: ignore[no-untyped-def]
    on = date(2024, 1, 1)
    alone = mentions_in("Rebels attacked a checkpoint and police detained protesters.", on)
    assert [(m.actor.code, m.actor.country) for m in alone] == [("REB", None), ("COP", None), ("OPP", None)]
    found = _codes(mentions_in, "Fighting in Syria went on. Rebels attacked and troops answered.", on)
    assert found == [("Syria", "SYR"), ("Rebels", "SYRREB"), ("troops", "SYRMIL")]


def test_cities_that_are_not_capitals_are_not_actors(mentions_in) -> None:  # type: ignore[no-untyped-def]
    text = "Shelling hit Kharkiv and Sumy; Gaza, Aleppo and Kandahar were quiet."
    assert _codes(mentions_in, text, date(2025, 1, 1)) == []


def test_shared_metonym_follows_the_state_named_in_the_text(mentions_in) -> None:  # type: ignore[no-untyped-def]
    on = date(2025, 2, 26)
    eu = _codes(mentions_in, "Brussels adopted new sanctions against Moscow.", on)
    assert eu[0] == ("Brussels", "IGOEUR")
    belgium = _codes(mentions_in, "Brussels recalled its ambassador after an attack on the Belgian embassy.", on)
    assert belgium[0] == ("Brussels", "BELGOV")


def test_given_name_picks_among_people_sharing_a_surname(kb: ActorKB) -> None:
    on = date(2023, 6, 15)
    father = kb.resolve("Gurbanguly Berdymukhamedov", on=on)
    son = kb.resolve("Berdymukhamedov", on=on)
    assert father is not None and father.name.startswith("Gurbanguly") and father.code == "TKMELI"
    assert son is not None and son.name.startswith("Serdar") and son.code == "TKMGOV"


def test_common_surnames_are_not_derived_aliases(mentions_in) -> None:  # type: ignore[no-untyped-def]
    found = _codes(mentions_in, "Imran Khan's party marched in Khan Younis.", date(2025, 1, 1))
    assert found == [("Imran Khan", "PAKOPP")]


def test_many_seat_offices_name_no_holder(kb: ActorKB) -> None:
    ref = kb.resolve("US senator", on=date(2020, 1, 1))
    assert ref is not None and ref.code == "USALEG" and ref.id is None and ref.name != "Marco Rubio"
