"""multivector: trustworthy political event data from news, and measures of multi-vector diplomacy."""

from __future__ import annotations

import logging
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("multivector")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["__version__"]
