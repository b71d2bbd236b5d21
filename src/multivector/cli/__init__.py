"""The ``multivector`` command line: thin wrappers over the library, and the only place that prints."""

from __future__ import annotations

from .common import app

# Each module registers its commands on ``app``; the import order is the order of ``--help``.
from . import core  # noqa: E402,F401  isort: skip
from . import actors  # noqa: E402,F401  isort: skip
from . import analysis  # noqa: E402,F401  isort: skip

__all__ = ["app"]
