"""Expanding inputs: files, folders (recursive, sorted, hidden entries skipped), glob patterns and ``-``."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from multivector.errors import InputError

STDIN = "-"
STDIN_LABEL = "<stdin>"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Source:
    """One input to read: a file path, or standard input when ``path`` is None."""

    label: str
    path: Path | None = None


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def walk_folder(folder: Path) -> Iterator[Source | InputError]:
    """Files under ``folder`` in sorted order, recursively, skipping hidden files and folders."""
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as exc:
        yield InputError(f"cannot read folder: {exc.strerror or exc}", source=str(folder))
        return
    for entry in entries:
        if _is_hidden(entry.name):
            continue
        path = Path(entry.path)
        if entry.is_dir():
            yield from walk_folder(path)
        elif entry.is_file():
            yield Source(str(path), path)


def _expand_one(item: str | Path) -> Iterator[Source | InputError]:
    text = str(item)
    if text == STDIN:
        yield Source(STDIN_LABEL)
        return
    path = Path(item)
    if path.is_dir():
        yield from walk_folder(path)
    elif path.exists():
        yield Source(text, path)
    elif _GLOB_CHARS & set(text):
        matches = sorted(glob.glob(text, recursive=True))
        if not matches:
            yield InputError("no files match this pattern", source=text)
        for match in matches:
            yield from _expand_one(Path(match))
    else:
        yield InputError("no such file or folder", source=text)


def expand_inputs(inputs: Iterable[str | Path]) -> Iterator[Source | InputError]:
    """Every file named by ``inputs``, each once, with an InputError in place of each unusable input."""
    seen: set[str] = set()
    for item in inputs:
        for found in _expand_one(item):
            if isinstance(found, Source):
                key = str(found.path.resolve()) if found.path is not None else STDIN_LABEL
                if key in seen:
                    continue
                seen.add(key)
            yield found
