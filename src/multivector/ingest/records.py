"""Record formats: JSON Lines and CSV/TSV, read through a FieldMapping; one article per record."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from multivector.errors import EmptyInputError, InputError, RecordError
from multivector.ingest.article import Origin, RawArticle, build_article
from multivector.ingest.decode import decode_utf8
from multivector.ingest.mapping import FieldMapping, as_text, get_field
from multivector.ingest.resources import load_yaml
from multivector.model import Article

Result = Article | InputError


@dataclass(frozen=True)
class ReadOptions:
    """How records become articles."""

    mapping: FieldMapping = FieldMapping()
    default_date: date | None = None


def record_article(record: Mapping[str, Any] | Sequence[Any], *, origin: Origin,
                   options: ReadOptions) -> Article:
    """One record as an Article; RecordError when it has no text."""
    mapping = options.mapping
    text = as_text(get_field(record, mapping, "text"))
    if text is None:
        tried = "|".join(mapping.candidates("text"))
        raise RecordError(f"record has no text (field {tried})", source=origin.source, line=origin.line)
    raw = RawArticle(
        text=text,
        title=as_text(get_field(record, mapping, "title")),
        date=get_field(record, mapping, "date"),
        url=as_text(get_field(record, mapping, "url")),
        source=as_text(get_field(record, mapping, "source")),
    )
    return build_article(raw, origin=origin, default_date=options.default_date, empty_error=RecordError)


def _json_record(line: str, origin: Origin, positional: bool) -> Mapping[str, Any] | list[Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"malformed JSON ({exc.msg}, column {exc.colno})",
                          source=origin.source, line=origin.line) from exc
    if isinstance(value, dict) or (positional and isinstance(value, list)):
        return value
    raise RecordError(f"expected a JSON object, got {type(value).__name__}",
                      source=origin.source, line=origin.line)


def jsonl_articles(lines: Iterable[tuple[int, str | InputError]], *, label: str,
                   options: ReadOptions) -> Iterator[Result]:
    """Articles from numbered JSONL lines (already decoded, or a decoding error); blank lines are skipped."""
    seen = False
    for number, line in lines:
        if isinstance(line, InputError):
            seen = True
            yield line
            continue
        if not line.strip():
            continue
        seen = True
        origin = Origin(label, number)
        try:
            record = _json_record(line, origin, options.mapping.positional)
            yield record_article(record, origin=origin, options=options)
        except InputError as err:
            yield err
    if not seen:
        yield EmptyInputError("the input has no records", source=label)


def numbered_byte_lines(handle: Iterable[bytes], *, label: str) -> Iterator[tuple[int, str | InputError]]:
    """Lines of a binary file, decoded one by one so a bad line does not stop the file."""
    offset = 0
    for number, raw in enumerate(handle, start=1):
        try:
            yield number, decode_utf8(raw, source=label, first_line=number,
                                      base_offset=offset)
        except InputError as err:
            yield number, err
        offset += len(raw)


def _json_records(value: Any) -> list[Any]:
    """The records of a JSON document: a list, a list under a known key, or the object itself."""
    if isinstance(value, list):
        return value
    if isinstance(value, dict):
        for key in load_yaml("fields.yaml").get("json_record_keys", ()):
            if isinstance(value.get(key), list):
                return value[key]
        return [value]
    return [value]


def json_articles(text: str, *, label: str, options: ReadOptions) -> Iterator[Result]:
    """Articles from one JSON document; records are named ``file[i]`` (0-based) in origins and errors."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield RecordError(f"malformed JSON ({exc.msg}, column {exc.colno})", source=label, line=exc.lineno)
        return
    records = _json_records(value)
    if not records:
        yield EmptyInputError("the input has no records", source=label)
    for index, record in enumerate(records):
        origin = Origin(f"{label}[{index}]")
        try:
            if not isinstance(record, dict) and not (options.mapping.positional and isinstance(record, list)):
                raise RecordError(f"expected a JSON object, got {type(record).__name__}", source=origin.source)
            yield record_article(record, origin=origin, options=options)
        except InputError as err:
            yield err


def _delimiter(first_line: str, fmt: str) -> str:
    if fmt == "tsv":
        return "\t"
    if "," in first_line:
        return ","
    return max(";\t|", key=first_line.count) if any(c in first_line for c in ";\t|") else ","


def _header_problem(header: list[str], mapping: FieldMapping) -> str | None:
    names = {h.strip().lower() for h in header}
    if any(c.lower() in names or "." in c for c in mapping.candidates("text")):
        return None
    return (f"no text column in header {header!r}; name it (text field) or give a column number "
            "for a file without header")


def csv_articles(text: str, *, label: str, fmt: str, options: ReadOptions) -> Iterator[Result]:
    """Articles from CSV/TSV text: with a header row, or without one when the mapping uses column numbers."""
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0], fmt))
    header: list[str] | None = None
    if not options.mapping.positional:
        header = next(reader, [])
        problem = _header_problem(header, options.mapping)
        if problem:
            yield RecordError(problem, source=label, line=1)
            return
    yield from _csv_rows(reader, header, label=label, options=options)


def _csv_rows(reader: Any, header: list[str] | None, *, label: str, options: ReadOptions) -> Iterator[Result]:
    seen = False
    while True:
        origin = Origin(label, reader.line_num + 1)
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield RecordError(f"malformed CSV: {exc}", source=label, line=origin.line)
            continue
        if not any(cell.strip() for cell in row):
            continue
        seen = True
        record = dict(zip(header, row)) if header is not None else row
        try:
            yield record_article(record, origin=origin, options=options)
        except InputError as err:
            yield err
    if not seen:
        yield EmptyInputError("the input has no records", source=label)
