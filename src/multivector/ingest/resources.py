"""Package data of the ingest package (YAML under ``data/``), loaded once and validated."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


from multivector.errors import ConfigError
from multivector.resources import load_package_yaml

_PACKAGE = "multivector.ingest"


@lru_cache(maxsize=None)
def load_yaml(name: str) -> dict[str, Any]:
    """Load ``data/<name>`` of the ingest package as a mapping (cached)."""
    return load_package_yaml(_PACKAGE, name)


def string_lists(name: str, key: str) -> dict[str, tuple[str, ...]]:
    """A ``{field: [names...]}`` section of a data file, as lower-cased tuples."""
    section = load_yaml(name).get(key)
    if not isinstance(section, dict):
        raise ConfigError(f"section {key!r} missing or not a mapping", source=f"ingest/data/{name}")
    return {str(k): tuple(str(v).lower() for v in values or ()) for k, values in section.items()}
