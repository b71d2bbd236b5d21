"""Versions follow the data: any edit of a package data file changes the coder or KB version."""

from __future__ import annotations

from pathlib import Path

from multivector.resources import data_digest, package_data_digest


def test_digest_changes_when_any_data_file_changes(tmp_path: Path) -> None:
    (tmp_path / "patterns").mkdir()
    (tmp_path / "cues.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "patterns" / "p.csv").write_text("verb,meet\n", encoding="utf-8")
    before = data_digest(tmp_path)
    (tmp_path / "patterns" / "p.csv").write_text("verb,meet,with\n", encoding="utf-8")
    after_edit = data_digest(tmp_path)
    (tmp_path / "extra.csv").write_text("x\n", encoding="utf-8")
    assert len({before, after_edit, data_digest(tmp_path)}) == 3


def test_digest_ignores_caches(tmp_path: Path) -> None:
    (tmp_path / "t.csv").write_text("x\n", encoding="utf-8")
    before = data_digest(tmp_path)
    (tmp_path / "__pycache__").mkdir()
    (tmp_path / "__pycache__" / "junk.pyc").write_bytes(b"\x00")
    assert data_digest(tmp_path) == before


def test_coder_version_carries_the_coding_data_digest(coder) -> None:
    assert coder.version.endswith("+d" + package_data_digest("multivector.coding"))
