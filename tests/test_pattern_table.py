"""Quality of the package pattern table: one CAMEO code per trigger, and common realisations covered."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import pytest

from multivector.coding.ontology import Ontology
from multivector.coding.patterns import Pattern, PatternTable, package_files, parse_row, read_pattern_file

WordKey = tuple[str, str, str | None, str, str | None]


def word_keys(pattern: Pattern) -> list[WordKey]:
    """One key per object word: (kind, lemma, particle, object word or '', prep)."""
    return [(pattern.kind, pattern.lemma, pattern.particle, word, pattern.prep) for word in pattern.objects or ("",)]


def conflicts(patterns: Iterable[Pattern]) -> dict[WordKey, list[str]]:
    """Trigger keys that more than one row codes differently, with each row's code and source."""
    seen: dict[WordKey, dict[str, str]] = defaultdict(dict)
    for pattern in patterns:
        for key in word_keys(pattern):
            seen[key].setdefault(pattern.cameo, pattern.source)
    return {key: [f"{code} ({src})" for code, src in codes.items()] for key, codes in seen.items() if len(codes) > 1}


@pytest.fixture(scope="module")
def rows() -> list[Pattern]:
    ont = Ontology.load()
    return [p for path in package_files() for p in read_pattern_file(path, ont) if isinstance(p, Pattern)]


@pytest.fixture(scope="module")
def table() -> PatternTable:
    return PatternTable.load()


def _row(lemma: str, objects: str, prep: str, cameo: str, line: int) -> Pattern:
    fields = {"kind": "verb", "lemma": lemma, "particle": "", "object": objects, "prep": prep, "cameo": cameo,
              "mode": "", "context": "", "note": ""}
    result = parse_row(fields, f"x.csv:{line}", Ontology.load())
    assert isinstance(result, Pattern)
    return result


def test_conflict_finder_sees_a_shared_object_word() -> None:
    found = conflicts([_row("declare", "ceasefire|truce", "", "0871", 2),
                       _row("declare", "truce|withdrawal", "", "0356", 3),
                       _row("declare", "truce", "with", "0356", 4)])
    assert list(found) == [("verb", "declare", None, "truce", None)]
    assert found[("verb", "declare", None, "truce", None)] == ["0871 (x.csv:2)", "0356 (x.csv:3)"]


def test_no_trigger_has_two_cameo_codes(rows: list[Pattern]) -> None:
    found = conflicts(rows)
    shown = [f"{'/'.join(str(k or '') for k in key)}: {', '.join(v)}" for key, v in list(found.items())[:20]]
    assert not found, f"{len(found)} conflicting pattern keys, e.g.\n" + "\n".join(shown)


def test_demand_verbs_code_demands(rows: list[Pattern]) -> None:
    """'demand'/'insist' rows are DEMAND (10x) whatever their object; appeals are 02x."""
    wrong = [p.source for p in rows if p.kind == "verb" and p.lemma in {"demand", "insist"} and p.cameo[:2] != "10"]
    assert not wrong


@pytest.mark.parametrize(("lemma", "particle", "obj", "prep", "cameo"), [
    ("declare", None, "ceasefire", None, "0871"),
    ("announce", None, "truce", "with", "0871"),
    ("urge", None, "restraint", None, "0256"),
    ("accept", None, "inspector", None, "0862"),
    ("allow", None, "access", "to", "0863"),
    ("withhold", None, "aid", None, "162"),
    ("withhold", None, "weapon", "to", "1622"),
    ("threaten", None, "blockade", None, "1381"),
    ("violate", None, "ceasefire", None, "196"),
    ("issue", None, "ultimatum", "to", "139"),
    ("reject", None, "talk", None, "125"),
    ("demand", None, "release", None, "1053"),
    ("go", None, "strike", "on", "143"),
    # common realisations added for coverage
    ("call", "off", "protest", None, "082"),
    ("suspend", None, "demonstration", None, "082"),
    ("grant", None, "amnesty", "to", "0841"),
    ("welcome", None, "delegation", None, "043"),
    ("undertake", None, "mediation", "between", "045"),
    ("share", None, "expertise", "with", "064"),
    ("dispatch", None, "investigator", "to", "090"),
    ("prevent", None, "rally", None, "1721"),
    ("set", None, "fire", "to", "1712"),
])
def test_resolved_codes(table: PatternTable, lemma: str, particle: str | None, obj: str, prep: str | None,
                        cameo: str) -> None:
    pattern = table.match_verb(lemma, particles={particle} if particle else set(), objects={obj},
                               preps={prep} if prep else set())
    assert pattern is not None and pattern.cameo == cameo, pattern


def test_cyber_attacks_are_coerce_cyber(table: PatternTable) -> None:
    pattern = table.match_verb("hack", objects={"website"})
    assert pattern is not None and pattern.cameo == "170" and pattern.mode == "cyber"
    into = table.match_verb("hack", preps={"into"})
    assert into is not None and into.mode == "cyber"
    assert table.match_verb("hack") is None  # 'hack' alone (a hack writer, hacked off) is no event


def test_inquire_needs_into(table: PatternTable) -> None:
    assert table.match_verb("inquire", preps={"into"}).cameo == "090"
    assert table.match_verb("inquire", preps={"about"}) is None
