"""Ingest: bad input is yielded (never raised) as coded InputErrors naming the file and line."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from multivector.errors import (BinaryInputError, EmptyInputError, EncodingInputError, InputError,
                                RecordError, UnsupportedFormatError)
from multivector.ingest import FieldMapping, iter_articles, read_text_article
from multivector.model import Article


def run(*inputs, **kwargs) -> tuple[list[Article], list[InputError]]:
    results = list(iter_articles(list(inputs), **kwargs))
    return ([r for r in results if isinstance(r, Article)], [r for r in results if isinstance(r, InputError)])


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    arts, [err] = run(path)
    assert not arts
    assert isinstance(err, EmptyInputError) and err.code == "E011"
    assert err.source == str(path) and str(path) in str(err)


def test_binary_file(tmp_path: Path) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"GIF89a\x00\x01\x02\x03" * 50)
    _, [err] = run(path)
    assert isinstance(err, BinaryInputError) and err.code == "E012" and err.source == str(path)


def test_invalid_utf8_reports_byte_and_line(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    data = "Title\n\nFirst line.\nSao Paulo hosts ".encode() + b"S\xe3o Paulo\n"
    path.write_bytes(data)
    _, [err] = run(path)
    assert isinstance(err, EncodingInputError) and err.code == "E013"
    assert err.source == str(path) and err.line == 4
    offset = data.index(0xE3)
    assert f"byte {offset}" in err.message


def test_malformed_jsonl_line_in_the_middle(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"text": "Good one."}) + "\n"
                    + '{"text": "broken\n'
                    + "\n"
                    + json.dumps({"text": "Good two."}) + "\n", encoding="utf-8")
    arts, [err] = run(path)
    assert [a.text for a in arts] == ["Good one.", "Good two."]
    assert [a.origin for a in arts] == [f"{path}:1", f"{path}:4"]
    assert isinstance(err, RecordError) and err.code == "E014"
    assert (err.source, err.line) == (str(path), 2)
    assert f"{path}:2" in str(err)


def test_invalid_utf8_in_one_jsonl_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    data = b'{"text": "A."}\n{"text": "\xff"}\n{"text": "C."}\n'
    path.write_bytes(data)
    arts, [err] = run(path)
    assert [a.text for a in arts] == ["A.", "C."]
    assert isinstance(err, EncodingInputError) and err.line == 2
    assert f"byte {data.index(0xFF)}" in err.message


@pytest.mark.parametrize("line", ['{"title": "no text here"}', '{"text": "   "}', "[1, 2]", '"just a string"'])
def test_record_without_text_or_not_an_object(tmp_path: Path, line: str) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Fine."}\n' + line + "\n", encoding="utf-8")
    arts, [err] = run(path)
    assert len(arts) == 1
    assert isinstance(err, RecordError) and (err.source, err.line) == (str(path), 2)


def test_record_with_only_boilerplate(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text('{"text": "Share this article"}\n', encoding="utf-8")
    _, [err] = run(path)
    assert isinstance(err, RecordError) and "boilerplate" in err.message and err.line == 1


def test_csv_row_without_text(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("title,text\nA,Body A.\nB,\nC,Body C.\n", encoding="utf-8")
    arts, [err] = run(path)
    assert [a.title for a in arts] == ["A", "C"]
    assert isinstance(err, RecordError) and err.line == 3


def test_csv_without_text_column(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text("a,b\n1,2\n", encoding="utf-8")
    _, [err] = run(path)
    assert isinstance(err, RecordError) and err.line == 1 and "column number" in err.message


def test_headerless_csv_short_row(tmp_path: Path) -> None:
    path = tmp_path / "r.csv"
    path.write_text('"x","T","Body."\n"y"\n', encoding="utf-8")
    arts, [err] = run(path, mapping=FieldMapping(text="3", title="2"))
    assert len(arts) == 1 and isinstance(err, RecordError) and err.line == 2


def test_missing_path_and_empty_glob_do_not_stop_iteration(tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text("T\n\nBody.", encoding="utf-8")
    missing = tmp_path / "nope.txt"
    arts, errors = run(missing, str(tmp_path / "*.xml"), good)
    assert [a.text for a in arts] == ["Body."]
    assert [type(e) for e in errors] == [InputError, InputError]
    assert errors[0].code == "E010" and errors[0].source == str(missing)


def test_unsupported_document(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n...")
    _, [err] = run(path)
    assert isinstance(err, UnsupportedFormatError) and err.code == "E015" and err.source == str(path)


def test_unreadable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "secret.txt").write_text("T\n\nNever read.", encoding="utf-8")
    (tmp_path / "z.txt").write_text("T\n\nStill read.", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path):  # root ignores chmod, so simulate the permission error
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    arts, [err] = run(tmp_path)
    assert [a.text for a in arts] == ["Still read."]
    assert err.code == "E010" and err.source == str(locked) and "Permission denied" in err.message


def test_stdin_errors() -> None:
    _, [empty] = run("-", stdin=io.StringIO("   \n"))
    _, [binary] = run("-", stdin=io.StringIO("abc\x00def"))
    assert isinstance(empty, EmptyInputError) and empty.source == "<stdin>"
    assert isinstance(binary, BinaryInputError)


def test_read_text_article_raises_on_empty() -> None:
    with pytest.raises(EmptyInputError):
        read_text_article("Copyright 2024 Example News\n\n")
