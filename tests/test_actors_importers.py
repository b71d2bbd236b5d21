"""Importers: PETRARCH/Phoenix actor dictionaries and Wikidata query results into office-holder overlays."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from multivector.actors import ActorKB, import_petrarch, import_wikidata
from multivector.errors import ActorDataError

PETRARCH_FILES = ("Phoenix.Countries.actors.txt", "PETR.Validate.actors.txt")


def _imported_lines(rows: list[dict[str, str]]) -> set[int]:
    return {int(r["basis"].rsplit(" ", 1)[1]) for r in rows}


@pytest.mark.parametrize("name", PETRARCH_FILES)
def test_petrarch_every_line_imported_or_skipped(shared_dir: Path, tmp_path: Path, name: str) -> None:
    source = shared_dir / "reference" / "petrarch" / name
    out = tmp_path / "petrarch.csv"
    report = import_petrarch(source, out)
    lines = source.read_text(encoding="utf-8", errors="replace").splitlines()
    with out.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert report.rows == len(rows) > 0
    skipped = {line for line, _ in report.skipped}
    assert len(skipped) == len(report.skipped)  # each line reported once
    assert all(reason for _, reason in report.skipped)
    # the first line of every imported entry is not reported skipped; comments and blanks always are
    assert _imported_lines(rows).isdisjoint(skipped)
    for number, text in enumerate(lines, start=1):
        stripped = text.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("<!"):
            assert number in skipped, (number, text)


def test_petrarch_date_windows_become_terms(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "phoenix.csv"
    import_petrarch(shared_dir / "reference" / "petrarch" / "Phoenix.Countries.actors.txt", out)
    kb = ActorKB.load(overlays=[out], holders_dir=tmp_path / "none")
    assert kb.resolve("Nursultan Nazarbayev", on=date(1995, 1, 1)).code == "KAZGOV"  # type: ignore[union-attr]
    minister = kb.resolve("Kasymzhomart Tokayev", on=date(2000, 6, 1))
    assert minister is not None and minister.code == "KAZGOV"
    assert kb.resolve("Kasymzhomart Tokayev", on=date(2010, 6, 1)).code == "KAZELI"  # type: ignore[union-attr]


def test_petrarch_synthetic_dictionary(tmp_path: Path) -> None:
    source = tmp_path / "mini.actors.txt"
    source.write_text(
        "<!-- a comment\nspanning lines -->\n"
        "JOHN_EXAMPLE_  # a person\n+J._EXAMPLE\n\t[ABCELI]\n\t[ABCGOV 990101-031231]\n\t[ABCMIL >040101]\n"
        "\nSOMELAND [ABC]\n+SOMELANDER\n"
        "+ORPHAN_SYNONYM_AFTER_STATE\n"
        "BROKEN_ENTRY [ABCGOV 9901]\n"
        "NULLED [---]\n", encoding="utf-8")
    out = tmp_path / "mini.csv"
    report = import_petrarch(source, out)
    reasons = dict(report.skipped)
    assert report.rows == 2
    assert reasons[1] == reasons[2] == "comment block"
    assert "bare country code" in reasons[9] and "bare country code" in reasons[11]
    assert "bad date window" in reasons[12] and "unusable code" in reasons[13]
    assert reasons[8] == "blank line"
    kb = ActorKB.load(overlays=[out], holders_dir=tmp_path)
    ref = kb.resolve("J. Example", on=date(2001, 5, 5))
    assert ref is not None and ref.code == "ABCGOV" and ref.name == "John Example"
    assert kb.resolve("John Example", on=date(2010, 1, 1)).code == "ABCMIL"  # type: ignore[union-attr]
    assert kb.resolve("John Example", on=date(1990, 1, 1)).code == "ABCELI"  # type: ignore[union-attr]


def test_wikidata_sparql_result(tmp_path: Path) -> None:
    def b(value: str) -> dict[str, str]:
        return {"type": "literal", "value": value}

    data = {"head": {"vars": []}, "results": {"bindings": [
        {"person": b("http://www.wikidata.org/entity/Q1234567"), "personLabel": b("Ana Example"),
         "aliases": b("A. Example|Example"), "positionLabel": b("President of Somewhere"),
         "country": b("kaz"), "start": b("2031-02-03T00:00:00Z")},
        {"person": b("http://www.wikidata.org/entity/Q7654321"), "personLabel": b("Bo Sample"),
         "office": b("foreign_minister"), "country": b("UZB"), "start": b("2030-01-01T00:00:00Z"),
         "end": b("2032-01-01T00:00:00Z")},
        {"person": b("http://www.wikidata.org/entity/Q1"), "personLabel": b("Q1"), "country": b("UZB")},
        {"person": b("http://www.wikidata.org/entity/Q2"), "personLabel": b("No Office"), "country": b("UZB"),
         "positionLabel": b("Mayor of Town")},
    ]}}
    source = tmp_path / "wd.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "wd.csv"
    report = import_wikidata(source, out)
    assert report.rows == 2 and [line for line, _ in report.skipped] == [3, 4]
    kb = ActorKB.load(overlays=[out], holders_dir=tmp_path / "none")
    ana = kb.resolve("Ana Example", on=date(2031, 6, 1))
    assert ana is not None and (ana.id, ana.code, ana.role) == ("Q1234567", "KAZGOV", "head_of_state")
    assert kb.resolve("Bo Sample", on=date(2033, 1, 1)).code == "UZBELI"  # type: ignore[union-attr]


def test_wikidata_bad_json_is_coded_error(tmp_path: Path) -> None:
    source = tmp_path / "broken.json"
    source.write_text("{not json", encoding="utf-8")
    with pytest.raises(ActorDataError, match="broken.json"):
        import_wikidata(source, tmp_path / "out.csv")
