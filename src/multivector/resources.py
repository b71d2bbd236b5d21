"""Reading package data files (YAML mappings) with errors that name the file."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError, MultivectorError


def load_package_yaml(package: str, name: str, *,
                      error: type[MultivectorError] = ConfigError) -> dict[str, Any]:
    """Load ``<package>/data/<name>`` as a mapping; a broken file raises ``error`` naming it."""
    path = resources.files(package).joinpath("data", name)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as problem:
        raise error(f"cannot read package data {name}: {problem}", source=str(path)) from problem
    if not isinstance(data, dict):
        raise error(f"{name}: expected a mapping at the top level", source=str(path))
    return data


def package_data_digest(package: str, *, length: int = 8) -> str:
    """A short digest of every file under ``<package>/data``, so any data edit changes the version it feeds."""
    return data_digest(Path(str(resources.files(package).joinpath("data"))), length=length)


def data_digest(root: Path, *, length: int = 8) -> str:
    """A short digest of the relative names and bytes of every file under ``root`` (caches ignored)."""
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:length]
