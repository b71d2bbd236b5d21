"""The event ontology: CAMEO codes with Goldstein values, the 16 PLOVER types, and the CAMEO→PLOVER map.

All tables are package data under ``coding/data/`` (``cameo.csv``, ``plover.csv``, ``plover_contexts.csv``,
``cameo_plover.csv``); this module only loads and checks them. Goldstein values are the ICEWS CAMEO table's.
Quad classes follow PLOVER (DESIGN §3), not GDELT; the GDELT quad class is kept on ``CameoCode`` for reference.
"""

from __future__ import annotations

import csv
import functools
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from multivector.errors import ConfigError

logger = logging.getLogger(__name__)
logger.addHandler(logging.NullHandler())

DATA_DIR = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO event code (2–4 digits) with its ICEWS Goldstein value and GDELT quad class."""

    code: str
    name: str
    goldstein: float
    root: str
    gdelt_quad: int


@dataclass(frozen=True)
class PloverType:
    """One of the 16 PLOVER event types with its quad class and allowed modes."""

    name: str
    quad_class: int
    modes: tuple[str, ...]
    description: str


@dataclass(frozen=True)
class PloverMapping:
    """What a CAMEO code means in PLOVER: event type, optional mode, contexts."""

    event_type: str
    mode: str | None
    context: tuple[str, ...]


def read_csv(path: Path, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` of a CSV file with a header, checking the required columns.

    Raises ConfigError naming the file (and line) when it is unreadable or a column is missing.
    """
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as e:
        raise ConfigError(f"cannot read data file: {e}", source=str(path)) from e
    with handle:
        reader = csv.DictReader(handle)
        missing = [c for c in required if c not in (reader.fieldnames or ())]
        if missing:
            raise ConfigError(f"missing column(s) {', '.join(missing)}", source=str(path), line=1)
        for row in reader:
            if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
                continue
            yield reader.line_num, {k: (v or "").strip() for k, v in row.items() if k is not None}


def split_multi(value: str) -> tuple[str, ...]:
    """Split a ``|``-separated cell into its non-empty parts."""
    return tuple(p.strip() for p in value.split("|") if p.strip())


class Ontology:
    """CAMEO and PLOVER tables with lookups; build with :meth:`load`."""

    def __init__(self, cameo: dict[str, CameoCode], plover: dict[str, PloverType],
                 contexts: frozenset[str], mapping: dict[str, PloverMapping | None]) -> None:
        self._cameo = cameo
        self._plover = plover
        self.contexts = contexts
        self._mapping = mapping

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Ontology:
        """Load (and cache) the ontology from package data, or from ``data_dir`` holding the same files."""
        return _load_cached(str(data_dir or DATA_DIR))

    @property
    def event_types(self) -> tuple[str, ...]:
        """The 16 PLOVER event types in quad-class order."""
        return tuple(self._plover)

    @property
    def cameo_codes(self) -> tuple[str, ...]:
        """All known CAMEO codes, in table order."""
        return tuple(self._cameo)

    def cameo(self, code: str) -> CameoCode:
        """The CAMEO code record; KeyError for an unknown code."""
        try:
            return self._cameo[code]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {code!r}") from None

    def has_cameo(self, code: str) -> bool:
        return code in self._cameo

    def goldstein(self, code: str) -> float:
        """The Goldstein value of a CAMEO code."""
        return self.cameo(code).goldstein

    def plover_for(self, cameo: str) -> PloverMapping | None:
        """The PLOVER type, mode and context of a CAMEO code; None for 01x statements (not events)."""
        try:
            return self._mapping[cameo]
        except KeyError:
            raise KeyError(f"unknown CAMEO code {cameo!r}") from None

    def plover_type(self, event_type: str) -> PloverType:
        try:
            return self._plover[event_type]
        except KeyError:
            raise KeyError(f"unknown PLOVER event type {event_type!r}") from None

    def quad_class(self, event_type: str) -> int:
        """PLOVER quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."""
        return self.plover_type(event_type).quad_class

    def is_valid_mode(self, event_type: str, mode: str | None) -> bool:
        """True when ``mode`` is empty or one of the type's allowed modes."""
        return not mode or mode in self.plover_type(event_type).modes


def _read_cameo(path: Path) -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    for line, row in read_csv(path, ("code", "name", "goldstein", "root", "gdelt_quad_class")):
        try:
            out[row["code"]] = CameoCode(row["code"], row["name"], float(row["goldstein"]), row["root"],
                                         int(row["gdelt_quad_class"]))
        except ValueError as e:
            raise ConfigError(f"bad number: {e}", source=str(path), line=line) from e
    return out


def _read_plover(path: Path) -> dict[str, PloverType]:
    out: dict[str, PloverType] = {}
    for line, row in read_csv(path, ("type", "quad_class", "modes", "description")):
        if row["quad_class"] not in {"1", "2", "3", "4"}:
            raise ConfigError(f"quad_class must be 1-4, not {row['quad_class']!r}", source=str(path), line=line)
        out[row["type"]] = PloverType(row["type"], int(row["quad_class"]), split_multi(row["modes"]),
                                      row["description"])
    return out


def _read_mapping(path: Path, cameo: dict[str, CameoCode], plover: dict[str, PloverType],
                  contexts: frozenset[str]) -> dict[str, PloverMapping | None]:
    out: dict[str, PloverMapping | None] = {}
    for line, row in read_csv(path, ("cameo", "event_type", "mode", "context")):
        code, etype, mode = row["cameo"], row["event_type"], row["mode"] or None
        if code not in cameo:
            raise ConfigError(f"unknown CAMEO code {code!r}", source=str(path), line=line)
        if not etype:
            out[code] = None
            continue
        ptype = plover.get(etype)
        if ptype is None:
            raise ConfigError(f"unknown PLOVER type {etype!r}", source=str(path), line=line)
        if mode and mode not in ptype.modes:
            raise ConfigError(f"mode {mode!r} not allowed for {etype}", source=str(path), line=line)
        ctx = split_multi(row["context"])
        bad = [c for c in ctx if c not in contexts]
        if bad:
            raise ConfigError(f"unknown context(s) {', '.join(bad)}", source=str(path), line=line)
        out[code] = PloverMapping(etype, mode, ctx)
    return out


@functools.lru_cache(maxsize=4)
def _load_cached(data_dir: str) -> Ontology:
    base = Path(data_dir)
    cameo = _read_cameo(base / "cameo.csv")
    plover = _read_plover(base / "plover.csv")
    contexts = frozenset(row["context"] for _, row in read_csv(base / "plover_contexts.csv", ("context",)))
    mapping = _read_mapping(base / "cameo_plover.csv", cameo, plover, contexts)
    unmapped = [c for c in cameo if c not in mapping]
    if unmapped:
        raise ConfigError(f"CAMEO codes without a PLOVER mapping: {', '.join(unmapped[:10])}",
                          source=str(base / "cameo_plover.csv"))
    logger.debug("ontology loaded: %d CAMEO codes, %d PLOVER types", len(cameo), len(plover))
    return Ontology(cameo, plover, contexts, mapping)
