"""Input formats: from ``fmt``, the file extension, or the content."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from multivector.errors import UnsupportedFormatError
from multivector.ingest.resources import load_yaml, string_lists

FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "json", "csv", "tsv")
_STRONG_HTML = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.I | re.S)


def check_format(fmt: str | None) -> str | None:
    """``fmt`` lower-cased, or UnsupportedFormatError when it is not one of FORMATS."""
    if fmt is None:
        return None
    name = {"txt": "text", "plain": "text", "htm": "html", "ndjson": "jsonl"}.get(fmt.lower(), fmt.lower())
    if name not in FORMATS:
        raise UnsupportedFormatError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    return name


@lru_cache(maxsize=1)
def _by_extension() -> dict[str, str]:
    table = string_lists("fields.yaml", "extensions")
    return {ext: fmt for fmt, exts in table.items() for ext in exts}


def format_for_path(path: Path) -> str | None:
    """The format implied by the extension; None means sniff. Raises for documents we cannot read."""
    ext = path.suffix.lower().lstrip(".")
    if ext in {str(e).lower() for e in load_yaml("fields.yaml").get("unsupported", ())}:
        raise UnsupportedFormatError(f".{ext} files are not supported; convert to text, HTML, JSONL or CSV",
                                     source=str(path))
    return _by_extension().get(ext)


def _is_json(text: str) -> bool:
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def _is_json_object_line(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def sniff_format(text: str, *, loose_html: bool = True) -> str:
    """JSONL when the first line is a JSON object, JSON when the whole text is a JSON document, HTML when markup opens the text, else plain text.

    ``loose_html`` accepts any leading ``<`` (stdin, unknown extensions); otherwise an html/body tag is needed."""
    stripped = text.lstrip()
    first_line = stripped.split("\n", 1)[0].strip()
    if first_line.startswith("{") and _is_json_object_line(first_line):
        return "jsonl"
    if stripped[:1] in ("[", "{") and _is_json(stripped):
        return "json"
    if _STRONG_HTML.match(stripped) or (loose_html and stripped.startswith("<")):
        return "html"
    return "text"
