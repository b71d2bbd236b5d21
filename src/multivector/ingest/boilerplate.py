"""Removal of publisher boilerplate (disclaimers, share prompts, copyright lines) from article bodies.

The rules are regexes in ``data/boilerplate.yaml``: ``lines`` rules drop a whole line, ``spans`` rules cut a
span out of a line. Interview turns ("Question: ...", "A: ...") are content and are kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from multivector.errors import ConfigError
from multivector.ingest.resources import load_yaml

_DATA_FILE = "boilerplate.yaml"
_LEFTOVER = re.compile(r"[\s\W_]*")  # only punctuation / space left after cutting spans
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class BoilerplateRules:
    """Compiled boilerplate rules."""

    lines: tuple[re.Pattern[str], ...]
    spans: tuple[re.Pattern[str], ...]


def _compile(section: str) -> tuple[re.Pattern[str], ...]:
    entries = load_yaml(_DATA_FILE).get(section) or []
    compiled = []
    for entry in entries:
        try:
            compiled.append(re.compile(entry["pattern"], re.IGNORECASE))
        except (KeyError, TypeError, re.error) as exc:
            raise ConfigError(f"bad {section} rule {entry!r}: {exc}", source=f"ingest/data/{_DATA_FILE}") from exc
    return tuple(compiled)


@lru_cache(maxsize=1)
def default_rules() -> BoilerplateRules:
    """The package's boilerplate rules, compiled once."""
    return BoilerplateRules(lines=_compile("lines"), spans=_compile("spans"))


def clean_line(line: str, rules: BoilerplateRules) -> str | None:
    """The line without boilerplate, or None when the whole line is boilerplate."""
    stripped = line.strip()
    if not stripped:
        return ""
    if any(p.fullmatch(stripped) for p in rules.lines):
        return None
    cut = stripped
    for pattern in rules.spans:
        cut = pattern.sub("", cut)
    if cut == stripped:
        return line.rstrip()
    if _LEFTOVER.fullmatch(cut):
        return None
    return cut.strip()


def remove_boilerplate(text: str, *, rules: BoilerplateRules | None = None) -> str:
    """``text`` with boilerplate lines and spans removed and runs of blank lines collapsed."""
    rules = rules or default_rules()
    kept = [c for c in (clean_line(line, rules) for line in text.splitlines()) if c is not None]
    return _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()


def is_boilerplate(line: str, *, rules: BoilerplateRules | None = None) -> bool:
    """Whether the whole line is boilerplate."""
    return clean_line(line, rules or default_rules()) is None
