"""The actor KB on archive news (1990s-2000s): historic office holders, states and armed groups, ethnic groups."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from multivector.actors.dates import parse_partial_date

DATA = Path(str(resources.files("multivector.actors") / "data"))


def _codes(mentions_in, text: str, on: date | None) -> list[tuple[str, str, str | None]]:
    return [(m.text, m.actor.code, m.actor.country) for m in mentions_in(text, on)]


@pytest.mark.parametrize(("text", "on", "code", "role"), [
    ("Yeltsin", date(1995, 3, 1), "RUSGOV", "head_of_state"),
    ("Primakov", date(1997, 5, 1), "RUSGOV", "foreign_minister"),
    ("Primakov", date(1999, 1, 15), "RUSGOV", "head_of_government"),
    ("Kozyrev", date(2020, 1, 1), "RUSELI", None),
    ("Mitterrand", date(1992, 6, 1), "FRAGOV", "head_of_state"),
    ("Qian Qichen", date(1994, 1, 1), "CHNGOV", "foreign_minister"),
    ("Khamenei", date(1995, 1, 1), "IRNGOV", "head_of_state"),
    ("Rafsanjani", date(1995, 1, 1), "IRNGOV", "head_of_government"),
    ("Arafat", date(1998, 1, 1), "PSEGOV", "head_of_state"),
    ("Bashar al-Assad", date(2010, 1, 1), "SYRGOV", "head_of_state"),
    ("Assad", date(1995, 1, 1), "SYRGOV", "head_of_state"),
    ("Milosevic", date(1999, 4, 1), "SRBGOV", "head_of_state"),
    ("Maskhadov", date(1998, 1, 1), "RUSREB", "cameo_reb"),
])
def test_archive_office_holders(kb, text: str, on: date, code: str, role: str | None) -> None:
    ref = kb.resolve(text, on=on)
    assert ref is not None and ref.code == code and ref.role == role


def test_same_surname_resolves_by_date(kb) -> None:
    assert kb.resolve("Kabila", on=date(1998, 1, 1)).name == "Laurent-Desire Kabila"
    assert kb.resolve("Kabila", on=date(2010, 1, 1)).name == "Joseph Kabila"
    assert kb.resolve("Assad", on=date(1990, 1, 1)).name == "Hafez al-Assad"


def test_common_word_surnames_need_the_full_name(kb) -> None:
    assert kb.resolve("John Major", on=date(1994, 1, 1)).code == "GBRGOV"
    found = kb.resolve("Major", on=date(1994, 1, 1))
    assert found is None or found.name != "John Major"


def test_historic_states(kb, mentions_in) -> None:
    soviet = _codes(mentions_in, "Soviet troops left Afghanistan.", date(1989, 2, 1))
    assert ("Soviet troops", "SUNMIL", "SUN") in soviet
    assert kb.resolve("Yugoslavia").country == "SRB"
    assert kb.resolve("the Yugoslav army").code == "SRBMIL"
    assert kb.resolve("Czechoslovakia").country == "CSK"
    assert kb.resolve("Zaire").country == "COD"
    assert not kb.states["SUN"].un_member


@pytest.mark.parametrize(("text", "on", "code"), [
    ("the PLO", date(1990, 1, 1), "PSEREB"),
    ("the PLO", date(2000, 1, 1), "PSEGOV"),
    ("the SPLA", date(2000, 1, 1), "SDNREB"),
    ("the SPLA", date(2015, 1, 1), "SSDGOV"),
    ("the Tamil Tigers", date(2000, 1, 1), "LKAREB"),
    ("UNITA", date(1995, 1, 1), "AGOREB"),
    ("UNITA", date(2010, 1, 1), "AGOOPP"),
    ("the Kosovo Liberation Army", date(1999, 1, 1), "SRBREB"),
])
def test_archive_armed_groups(kb, text: str, on: date, code: str) -> None:
    assert kb.resolve(text, on=on).code == code


def test_ethnic_group_is_coded_where_it_lives(mentions_in) -> None:
    found = _codes(mentions_in, "Ethnic Uzbeks in southern Kyrgyzstan fled their homes.", date(2010, 6, 12))
    assert ("Ethnic Uzbeks", "KGZCVL", "KGZ") in found
    alone = _codes(mentions_in, "Ethnic Russians held a rally.", date(2010, 6, 12))
    assert alone[0][1:] == ("RUSCVL", "RUS")
    several = _codes(mentions_in, "Ethnic Albanians fled from Serbia to Macedonia.", date(1999, 4, 1))
    assert several[0][1:] == ("ALBCVL", "ALB")


def test_body_officials_after_office(kb, mentions_in) -> None:
    assert kb.resolve("Kofi Annan", on=date(2000, 1, 1)).code == "IGOUNO"
    retired = kb.resolve("Kofi Annan", on=date(2015, 1, 1))
    assert (retired.code, retired.country) == ("GHAELI", "GHA")  # the country agrees with the code
    titled = _codes(mentions_in, "Arab League Secretary-General Chedli Klibi visited Syria.", date(2015, 1, 1))
    assert titled[0][2] == "ARL"  # the text names the body's office: the body


def test_archive_holder_rows_are_well_formed(kb) -> None:
    path = DATA / "office_holders_1990s.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 250
    known = set(kb.states) | set(kb.bodies)
    for row in rows:
        assert row["country"] in known, row
        assert row["basis"] and row["uncertain"] in ("0", "1"), row
        start, end = parse_partial_date(row["start"]), parse_partial_date(row["end"], end=True)
        assert start is not None and (end is None or start <= end), row
        assert kb.office_sector(row["office"]), row


def test_bare_congo_by_context(mentions_in) -> None:
    assert ("Congo", "COD", "COD") in _codes(mentions_in, "Troops were sent to Congo.", date(2005, 1, 1))
    assert ("Congo", "COG", "COG") in _codes(mentions_in, "Congo recalled its envoy from Brazzaville talks.", None)
