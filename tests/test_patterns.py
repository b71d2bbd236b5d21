"""Pattern tables: coverage, consistency with the ontology, specificity, overlays, errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from multivector.coding.ontology import Ontology
from multivector.coding.patterns import HEADER, PatternTable, package_files
from multivector.errors import ConfigError

HEAD = ",".join(HEADER) + "\n"


@pytest.fixture(scope="module")
def table() -> PatternTable:
    return PatternTable.load()


def write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEAD + "".join(r + "\n" for r in rows), encoding="utf-8")
    return path


def test_size_and_root_coverage(table: PatternTable) -> None:
    assert len(table) >= 1500
    roots = {p.cameo[:2] for p in table.patterns}
    assert roots == {f"{i:02d}" for i in range(1, 21)}


def test_every_pattern_is_codable(table: PatternTable) -> None:
    ont = Ontology.load()
    for pat in table.patterns:
        mapping = ont.plover_for(pat.cameo)  # raises KeyError for unknown codes
        if pat.cameo.startswith("01"):
            assert mapping is None
            continue
        assert mapping is not None, pat.id
        assert ont.is_valid_mode(mapping.event_type, pat.mode), pat.id


def test_package_files_have_exact_header() -> None:
    files = package_files()
    assert files
    for path in files:
        assert path.read_text(encoding="utf-8").splitlines()[0] == ",".join(HEADER)


def test_reporting_words_are_not_patterns(table: PatternTable) -> None:
    for word in ("say", "state", "tell", "announce"):
        assert table.match_verb(word) is None


@pytest.mark.parametrize(("lemma", "particles", "objects", "preps", "root"), [
    ("meet", set(), set(), {"with"}, "04"), ("visit", set(), set(), set(), "04"),
    ("hold", set(), {"talk"}, {"with"}, "04"), ("sign", set(), {"agreement"}, set(), "05"),
    ("impose", set(), {"sanction"}, {"on"}, "16"), ("accuse", set(), set(), set(), "11"),
    ("criticise", set(), set(), set(), "11"), ("criticize", set(), set(), set(), "11"),
    ("urge", set(), set(), set(), "02"), ("call", {"on"}, set(), set(), "02"),
    ("threaten", set(), set(), set(), "13"), ("reject", set(), set(), set(), "12"),
    ("provide", set(), {"aid"}, {"to"}, "07"), ("deploy", set(), {"troop"}, set(), "15"),
    ("arrest", set(), set(), set(), "17"), ("shell", set(), set(), set(), "19"),
    ("launch", set(), {"offensive"}, set(), "19"), ("demonstrate", set(), set(), set(), "14"),
    ("promise", set(), set(), set(), "03"), ("expel", set(), {"diplomat"}, set(), "16"),
    ("apologise", set(), set(), set(), "05"), ("apologize", set(), set(), set(), "05"),
    ("pay", set(), {"visit"}, {"to"}, "04"), ("mobilise", set(), set(), set(), "15"),
])
def test_common_realisations(table: PatternTable, lemma: str, particles: set[str], objects: set[str],
                             preps: set[str], root: str) -> None:
    pat = table.match_verb(lemma, particles=particles, objects=objects, preps=preps)
    assert pat is not None and pat.cameo[:2] == root, (lemma, pat)


def test_nouns(table: PatternTable) -> None:
    summit = table.match_noun("summit", preps={"between"})
    assert summit is not None and summit.cameo.startswith("04")
    sanction = table.match_noun("sanction", preps={"on"})
    assert sanction is not None and sanction.cameo == "163"
    assert table.match_noun("banana") is None
    assert {"talk", "visit", "attack", "agreement"} <= table.noun_lemmas


def test_specificity_order(tmp_path: Path) -> None:
    overlay = write(tmp_path / "o.csv", [
        "verb,zorb,,,,040,,,bare",
        "verb,zorb,,,with,041,,,prep only",
        "verb,zorb,,plan|idea,,042,,,object only",
        "verb,zorb,,plan,to,043,,,object and prep",
        "verb,zorb,,plan,to,044,,,same key later overrides",
        "verb,zorb,,idea,to,045,,,equal specificity later in file",
    ])
    table = PatternTable.load(overlays=[overlay])
    assert table.match_verb("zorb").cameo == "040"  # type: ignore[union-attr]
    assert table.match_verb("zorb", preps={"with"}).cameo == "041"  # type: ignore[union-attr]
    assert table.match_verb("zorb", objects={"idea"}, preps={"with"}).cameo == "042"  # type: ignore[union-attr]
    assert table.match_verb("zorb", objects={"plan"}, preps={"to"}).cameo == "044"  # type: ignore[union-attr]
    both = table.match_verb("zorb", objects={"plan", "idea"}, preps={"to"})
    assert both is not None and both.cameo == "044"
    assert table.match_verb("zorb", objects={"idea"}, preps={"to"}).id == "verb:zorb+idea+to"  # type: ignore[union-attr]


def test_particle_makes_a_different_verb(tmp_path: Path) -> None:
    overlay = write(tmp_path / "o.csv", ["verb,blip,,,,051,,,", "verb,blip,down,,,080,,,"])
    table = PatternTable.load(overlays=[overlay])
    assert table.match_verb("blip").cameo == "051"  # type: ignore[union-attr]
    assert table.match_verb("blip", particles={"down"}).cameo == "080"  # type: ignore[union-attr]
    assert table.match_verb("blip", particles={"up"}).cameo == "051"  # type: ignore[union-attr]


def test_overlay_overrides_removes_and_changes_version(table: PatternTable, tmp_path: Path) -> None:
    base = table.match_verb("accuse")
    assert base is not None
    overlay = write(tmp_path / "o.csv", ["verb,accuse,,,,1121,,,", "verb,visit,,,,-,,,removed"])
    changed = PatternTable.load(overlays=[overlay])
    assert changed.match_verb("accuse").cameo == "1121"  # type: ignore[union-attr]
    assert changed.match_verb("visit") is None
    assert changed.version != table.version and len(changed) == len(table) - 1
    assert PatternTable.load() is table  # package table stays cached and untouched


@pytest.mark.parametrize(("row", "message"), [
    ("verb,meet,,,,999,,,", "unknown CAMEO"),
    ("verb,meet,,,,040,flying,,", "mode"),
    ("verb,meet,,,,040,,nowhere,", "context"),
    ("adverb,meet,,,,040,,,", "kind"),
    ("noun,summit,up,,,040,,,", "noun"),
    ("verb,,,,,040,,,", "lemma"),
])
def test_malformed_row_names_file_and_line(tmp_path: Path, row: str, message: str) -> None:
    overlay = write(tmp_path / "bad.csv", ["verb,zorb,,,,040,,,", row])
    with pytest.raises(ConfigError, match=message) as err:
        PatternTable.load(overlays=[overlay])
    assert err.value.line == 3 and err.value.source == str(overlay)
    assert "bad.csv:3" in str(err.value)


def test_wrong_header_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("lemma,cameo\nmeet,040\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="header"):
        PatternTable.load(overlays=[path])


def test_missing_overlay(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        PatternTable.load(overlays=[tmp_path / "nope.csv"])
