"""Exports of stored events: JSONL (DESIGN §3 records), flat CSV, and Parquet with nested structs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import duckdb

from multivector.errors import StoreError
from multivector.store import records
from multivector.store.queries import READ_COLUMNS, EventFilter, select_events
from multivector.store.sql import scalar

logger = logging.getLogger(__name__)

_BATCH_ROWS = 10_000
_DATE = "coalesce(e.date_text, CAST(e.date AS VARCHAR))"

# Parquet: the §3 record with nested structs, plus the store's event_date and cluster_id.
_PARQUET_COLUMNS = ", ".join((
    "e.id", "e.article_id", "e.sentence_index", "[e.span_start, e.span_end] AS span", "e.text",
    'e."trigger"', "e.event_type", 'e."mode"', "e.context", "e.cameo", "e.quad_class", "e.goldstein",
    "e.actors", "e.recipients", "e.status", "e.speaker", "e.quote", f"{_DATE} AS date", "e.date_precision",
    "e.date_source", "e.location", "e.confidence", "e.rule", "e.coder_version", "e.event_date",
    "e.cluster_id",
))

# CSV: flat columns; actor lists as ';'-joined codes, plus the full objects as JSON.
_CSV_COLUMNS = ", ".join((
    "e.id", "e.article_id", "e.sentence_index", "e.span_start", "e.span_end", "e.text", 'e."trigger"',
    "e.event_type", 'e."mode"', "array_to_string(e.context, ';') AS context", "e.cameo", "e.quad_class",
    "e.goldstein", "array_to_string(list_transform(e.actors, lambda a: a.code), ';') AS actor_codes",
    "array_to_string(list_transform(e.recipients, lambda a: a.code), ';') AS recipient_codes",
    "e.speaker.code AS speaker_code", "e.status", "e.quote", f"{_DATE} AS date", "e.date_precision",
    "e.date_source", "e.event_date", "e.location.name AS location_name",
    "e.location.country AS location_country", "e.location.lat AS lat", "e.location.lon AS lon",
    "e.confidence", "e.rule", "e.coder_version", "e.cluster_id",
    "CAST(to_json(e.actors) AS VARCHAR) AS actors_json",
    "CAST(to_json(e.recipients) AS VARCHAR) AS recipients_json",
    "CAST(to_json(e.speaker) AS VARCHAR) AS speaker_json",
    "CAST(to_json(e.location) AS VARCHAR) AS location_json",
))



def _write_jsonl(con: duckdb.DuckDBPyConnection, path: Path, flt: EventFilter) -> int:
    sql, params = select_events(READ_COLUMNS, flt)
    reader = con.sql(sql, params=params).to_arrow_reader(_BATCH_ROWS)
    rows = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        for batch in reader:
            for row in batch.to_pylist():
                out.write(records.event_from_row(row).to_json() + "\n")
                rows += 1
    return rows


def _copy_writer(columns: str, write: Callable[[duckdb.DuckDBPyRelation, str], None]) -> Callable[
        [duckdb.DuckDBPyConnection, Path, EventFilter], int]:
    def run(con: duckdb.DuckDBPyConnection, path: Path, flt: EventFilter) -> int:
        sql, params = select_events(columns, flt)
        write(con.sql(sql, params=params), str(path))
        return scalar(con, f"SELECT count(*) FROM ({sql})", params)
    return run


WRITERS: dict[str, Callable[[duckdb.DuckDBPyConnection, Path, EventFilter], int]] = {
    "jsonl": _write_jsonl,
    "csv": _copy_writer(_CSV_COLUMNS, lambda rel, p: rel.write_csv(p, header=True)),
    "parquet": _copy_writer(_PARQUET_COLUMNS, lambda rel, p: rel.write_parquet(p)),
}


def export_events(con: duckdb.DuckDBPyConnection, path: Path, *, fmt: str,
                  flt: EventFilter | None = None) -> int:
    """Write the filtered events to ``path`` in ``fmt`` (jsonl | csv | parquet); returns the row count."""
    writer = WRITERS.get(fmt.lower())
    if writer is None:
        raise StoreError(f"unknown export format {fmt!r}; expected one of {sorted(WRITERS)}", source=str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        rows = writer(con, path, flt or EventFilter())
    except duckdb.Error as exc:
        raise StoreError(f"export as {fmt} failed: {exc}", source=str(path)) from exc
    logger.info("%s: exported %d events as %s", path, rows, fmt)
    return rows
