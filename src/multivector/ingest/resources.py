"""Package data of the ingest package (YAML under ``data/``), loaded once and validated."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from multivector.errors import ConfigError

_PACKAGE = "multivector.ingest"


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict[str, Any]:
    """Load ``data/<name>`` as a mapping; a malformed file raises ConfigError naming it."""
    path = resources.files(_PACKAGE).joinpath("data", name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot load package data: {exc}", source=str(path)) from exc
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping at the top level", source=str(path))
    return data


def string_lists(name: str, key: str) -> dict[str, tuple[str, ...]]:
    """A ``{field: [names...]}`` section of a data file, as lower-cased tuples."""
    section = load_yaml(name).get(key)
    if not isinstance(section, dict):
        raise ConfigError(f"section {key!r} missing or not a mapping", source=f"ingest/data/{name}")
    return {str(k): tuple(str(v).lower() for v in values or ()) for k, values in section.items()}
