"""Ingest: every input format (plain text, HTML, JSONL, CSV/TSV; files, folders, globs, stdin) to Articles.

The only package that knows file formats. Bad input is yielded as coded InputErrors naming file and line.
"""

from __future__ import annotations

from multivector.ingest.boilerplate import remove_boilerplate
from multivector.ingest.dates import parse_date
from multivector.ingest.formats import FORMATS
from multivector.ingest.mapping import FieldMapping
from multivector.ingest.reader import iter_articles, read_text_article

__all__ = ["FORMATS", "FieldMapping", "iter_articles", "parse_date", "read_text_article", "remove_boilerplate"]
