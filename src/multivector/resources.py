"""Reading package data files (YAML mappings) with errors that name the file."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from .errors import ConfigError


def load_package_yaml(package: str, name: str) -> dict[str, Any]:
    """Load ``<package>/data/<name>`` as a mapping; a broken file raises ConfigError naming it."""
    path = resources.files(package).joinpath("data", name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise ConfigError(f"cannot read package data: {error}", source=str(path)) from error
    if not isinstance(data, dict):
        raise ConfigError("expected a mapping at the top level", source=str(path))
    return data
