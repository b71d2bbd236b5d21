"""``iter_articles``: every input format to a stream of Articles, with InputErrors in place of bad input."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from multivector.errors import BinaryInputError, EmptyInputError, EncodingInputError, InputError
from multivector.ingest.article import Origin, RawArticle, build_article
from multivector.ingest.decode import check_bytes, decode_utf8
from multivector.ingest.formats import check_format, format_for_path, sniff_format
from multivector.ingest.html import parse_html
from multivector.ingest.mapping import FieldMapping
from multivector.ingest.records import (ReadOptions, Result, csv_articles, json_articles, jsonl_articles,
                                        numbered_byte_lines)
from multivector.ingest.sources import STDIN_LABEL, expand_inputs
from multivector.ingest.text import parse_plain
from multivector.model import Article


def iter_articles(inputs: Iterable[str | Path], *, mapping: FieldMapping = FieldMapping(),
                  default_date: date | None = None, stdin: TextIO | None = None,
                  fmt: str | None = None) -> Iterator[Article | InputError]:
    """Articles from files, folders, globs and ``-`` (stdin), with an InputError yielded for each bad input.

    ``fmt`` forces a format (text, html, jsonl, json, csv, tsv); otherwise the extension or the content decides.
    An unknown ``fmt`` raises UnsupportedFormatError at once."""
    options = ReadOptions(mapping=mapping, default_date=default_date)
    forced = check_format(fmt)
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return _iterate(inputs, options=options, stdin=stdin, fmt=forced)


def _iterate(inputs: Iterable[str | Path], *, options: ReadOptions, stdin: TextIO | None,
             fmt: str | None) -> Iterator[Result]:
    for source in expand_inputs(inputs):
        if isinstance(source, InputError):
            yield source
        elif source.path is None:
            yield from _read_stdin(stdin, options=options, fmt=fmt)
        else:
            yield from _read_file(source.path, label=source.label, options=options, fmt=fmt)


def _read_stdin(stdin: TextIO | None, *, options: ReadOptions, fmt: str | None) -> Iterator[Result]:
    try:
        text = (stdin if stdin is not None else sys.stdin).read().removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        yield EncodingInputError(f"invalid UTF-8 at byte {exc.start} ({exc.reason})", source=STDIN_LABEL)
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc}", source=STDIN_LABEL)
        return
    if "\x00" in text:
        yield BinaryInputError("binary content (NUL bytes), not text", source=STDIN_LABEL)
    elif not text.strip():
        yield EmptyInputError("the input is empty", source=STDIN_LABEL)
    else:
        yield from read_string(text, label=STDIN_LABEL, fmt=fmt or sniff_format(text), options=options)


def _read_file(path: Path, *, label: str, options: ReadOptions, fmt: str | None) -> Iterator[Result]:
    try:
        fmt = fmt or format_for_path(path)
        if fmt == "jsonl":
            yield from _read_jsonl_file(path, label=label, options=options)
            return
        data = path.read_bytes()
        check_bytes(data, source=label)
        text = decode_utf8(data, source=label)
    except InputError as err:
        yield err
        return
    except OSError as exc:
        yield InputError(f"cannot read: {exc.strerror or exc}", source=label)
        return
    loose = fmt is None and path.suffix == ""
    yield from read_string(text, label=label, fmt=fmt or sniff_format(text, loose_html=loose), options=options)


def _read_jsonl_file(path: Path, *, label: str, options: ReadOptions) -> Iterator[Result]:
    with path.open("rb") as handle:
        check_bytes(handle.read(8192), source=label)
        handle.seek(0)
        yield from jsonl_articles(numbered_byte_lines(handle, label=label), label=label, options=options)


def read_string(text: str, *, label: str, fmt: str, options: ReadOptions) -> Iterator[Result]:
    """Articles from decoded text in a known format."""
    if fmt == "jsonl":
        lines = enumerate(text.splitlines(), start=1)
        yield from jsonl_articles(lines, label=label, options=options)
    elif fmt == "json":
        yield from json_articles(text, label=label, options=options)
    elif fmt in ("csv", "tsv"):
        yield from csv_articles(text, label=label, fmt=fmt, options=options)
    else:
        try:
            raw = parse_html(text, where=label) if fmt == "html" else parse_plain(text)
            yield build_article(raw, origin=Origin(label), default_date=options.default_date)
        except InputError as err:
            yield err


def read_text_article(text: str, *, default_date: date | None = None, origin: str | None = None) -> Article:
    """One article from a string (plain text with optional header lines, or an HTML page).

    Raises EmptyInputError when no text is left after boilerplate removal."""
    label = origin or "<text>"
    fmt = "html" if sniff_format(text) == "html" else "text"
    raw: RawArticle = parse_html(text, where=label) if fmt == "html" else parse_plain(text)
    article = build_article(raw, origin=Origin(label), default_date=default_date)
    return dataclasses.replace(article, origin=origin)
