"""Ontology tables: CAMEO codes, Goldstein values, PLOVER types and the CAMEO→PLOVER map."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from multivector.coding.ontology import DATA_DIR, Ontology
from multivector.errors import ConfigError

QUADS = {1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"}, 2: {"COOPERATE", "AID", "RETREAT"},
         3: {"REQUEST", "ACCUSE", "REJECT", "THREATEN"},
         4: {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}}


@pytest.fixture(scope="module")
def ont() -> Ontology:
    return Ontology.load()


def test_load_is_cached(ont: Ontology) -> None:
    assert Ontology.load() is ont


def test_sixteen_types_with_design_quad_classes(ont: Ontology) -> None:
    assert len(ont.event_types) == 16
    for quad, types in QUADS.items():
        assert {t for t in ont.event_types if ont.quad_class(t) == quad} == types


def test_cameo_lookup(ont: Ontology) -> None:
    code = ont.cameo("190")
    assert code.root == "19" and code.goldstein == -10.0 and code.gdelt_quad == 4
    assert ont.goldstein("042") == pytest.approx(1.9)
    with pytest.raises(KeyError):
        ont.cameo("999")


def test_goldstein_matches_reference(ont: Ontology, shared_dir: Path) -> None:
    path = shared_dir / "reference" / "cameo" / "cameo_codes.csv"
    with path.open(encoding="utf-8") as fh:
        ref = {row["code"]: float(row["goldstein"]) for row in csv.DictReader(fh)}
    assert set(ref) == set(ont.cameo_codes)
    for code, value in ref.items():
        assert ont.goldstein(code) == pytest.approx(value), code


def test_statements_map_to_no_event(ont: Ontology) -> None:
    for code in ont.cameo_codes:
        if code.startswith("01"):
            assert ont.plover_for(code) is None
        else:
            assert ont.plover_for(code) is not None, code


def test_manual_wins_over_table(ont: Ontology) -> None:
    sanctions = ont.plover_for("163")
    assert sanctions is not None and sanctions.event_type == "SANCTION" and sanctions.mode == "discontinue"
    appeal = ont.plover_for("0233")
    assert appeal is not None and appeal.event_type == "REQUEST"
    meet = ont.plover_for("036")
    assert meet is not None and meet.event_type == "AGREE" and meet.context == ("diplomatic",)
    assert ont.plover_for("042").mode == "visit"  # type: ignore[union-attr]


def test_every_mapping_mode_and_context_is_valid(ont: Ontology) -> None:
    for code in ont.cameo_codes:
        mapping = ont.plover_for(code)
        if mapping is None:
            continue
        assert ont.is_valid_mode(mapping.event_type, mapping.mode), code
        assert set(mapping.context) <= ont.contexts, code


def _copy_data(tmp_path: Path) -> Path:
    for name in ("cameo.csv", "plover.csv", "plover_contexts.csv", "cameo_plover.csv"):
        shutil.copy(DATA_DIR / name, tmp_path / name)
    return tmp_path


def test_bad_mode_names_file_and_line(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "cameo_plover.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("042,"))
    lines[index] = "042,CONSULT,flying,,"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        Ontology.load(data)
    assert err.value.line == index + 1 and "cameo_plover.csv" in str(err.value)


def test_unmapped_code_is_an_error(tmp_path: Path) -> None:
    data = _copy_data(tmp_path)
    path = data / "cameo_plover.csv"
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("190,")]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="190"):
        Ontology.load(data)
