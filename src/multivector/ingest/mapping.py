"""Which record field holds the text, title, date, url and source (JSONL objects, CSV rows)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from multivector.errors import ConfigError
from multivector.ingest.resources import string_lists

FIELD_NAMES: tuple[str, ...] = ("text", "title", "date", "url", "source")
_DEFAULT_TEXT = "text"


@dataclass(frozen=True)
class FieldMapping:
    """Record field names (``--text-field`` ...). Left at the default, common names are tried
    (text|body|content|description, title|headline, ...). For CSV without a header, give 1-based column
    numbers as digit strings (``text="3"``); then every given field must be a column number.
    Dotted names (``meta.date``) reach into nested JSON objects."""

    text: str = _DEFAULT_TEXT
    date: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None

    def __post_init__(self) -> None:
        given = [v for v in (getattr(self, f.name) for f in fields(self)) if v is not None]
        if not self.text or any(not str(v).strip() for v in given):
            raise ConfigError("field names must not be empty", source="FieldMapping")
        numeric = [v.isdigit() for v in given]
        if any(numeric) and not all(numeric):
            raise ConfigError("use column numbers for every field or for none (headerless CSV)",
                              source="FieldMapping")
        if any(v.isdigit() and int(v) < 1 for v in given):
            raise ConfigError("column numbers are 1-based", source="FieldMapping")

    @property
    def positional(self) -> bool:
        """True when fields are column numbers (headerless CSV, JSON arrays)."""
        return self.text.isdigit()

    def candidates(self, name: str) -> tuple[str, ...]:
        """The keys tried for field ``name``: the one given, or the common names when left at default."""
        value = getattr(self, name)
        if value is None or (name == "text" and value == _DEFAULT_TEXT):
            return _aliases()[name]
        return (value,)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, tuple[str, ...]]:
    aliases = string_lists("fields.yaml", "record_fields")
    missing = [f for f in FIELD_NAMES if f not in aliases]
    if missing:
        raise ConfigError(f"record_fields lacks {missing}", source="ingest/data/fields.yaml")
    return aliases


def _lookup(record: Mapping[str, Any], key: str) -> Any:
    if key in record:
        return record[key]
    lowered = {str(k).lower(): v for k, v in record.items()}
    if key.lower() in lowered:
        return lowered[key.lower()]
    head, dot, rest = key.partition(".")
    if dot and isinstance(record.get(head), Mapping):
        return _lookup(record[head], rest)
    return None


def _present(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


def get_field(record: Mapping[str, Any] | Sequence[Any], mapping: FieldMapping, name: str) -> Any:
    """The value of field ``name`` in ``record`` (a mapping, or a row when the mapping is positional)."""
    for key in mapping.candidates(name):
        if isinstance(record, Mapping):
            value = _lookup(record, key)
        elif key.isdigit() and int(key) <= len(record):
            value = record[int(key) - 1]
        else:
            value = None
        if _present(value):
            return value
    return None


def as_text(value: Any) -> str | None:
    """A field value as text: strings stripped, lists of strings joined by lines, scalars stringified."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)):
        parts = [as_text(v) for v in value]
        joined = "\n".join(p for p in parts if p)
        return joined or None
    if isinstance(value, Mapping):
        return None
    text = str(value).strip()
    return text or None
