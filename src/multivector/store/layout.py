"""Physical layout of ``event_actors`` (schema v3): rows sorted by country so country filters skip row groups.

DuckDB keeps per-column min/max for every row group of ~122k rows (zonemaps). With the table sorted by
(country, event_date, event_key), a query for a few countries reads only their row groups plus the
unsorted tail of rows appended since the last sort. ``resort`` rewrites the table in that order; callers
decide when (``EventStore.optimize``: after an ingest, when the tail is a large share of the table).
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb

from multivector.store.sql import scalar

SORT_ORDER = "country NULLS LAST, event_date NULLS LAST, event_key, side, position"
SORTED_KEY = "event_actors_sorted_key"  # store_layout row: largest event_key present at the last sort


@dataclass(frozen=True)
class LayoutStatus:
    """How much of ``event_actors`` lies in the unsorted tail (rows with event_key above the sorted key)."""

    rows: int
    unsorted_rows: int

    @property
    def unsorted_fraction(self) -> float:
        return self.unsorted_rows / self.rows if self.rows else 0.0


def sorted_key(con: duckdb.DuckDBPyConnection) -> int:
    """The largest event_key that was in the table when it was last sorted (0 if never)."""
    return scalar(con, "SELECT max(value) FROM store_layout WHERE name = ?", [SORTED_KEY])


def layout_status(con: duckdb.DuckDBPyConnection) -> LayoutStatus:
    """Row count and unsorted-tail row count of ``event_actors``."""
    rows, tail = con.execute("SELECT count(*), count(*) FILTER (WHERE event_key > ?) FROM event_actors",
                             [sorted_key(con)]).fetchall()[0]
    return LayoutStatus(int(rows), int(tail))


def resort(con: duckdb.DuckDBPyConnection) -> None:
    """Rewrite ``event_actors`` in ``SORT_ORDER`` and record the sorted key; run inside a transaction."""
    con.execute(f"CREATE TABLE _mv_event_actors_sorted AS SELECT * FROM event_actors ORDER BY {SORT_ORDER}")
    con.execute("DROP TABLE event_actors")
    con.execute("ALTER TABLE _mv_event_actors_sorted RENAME TO event_actors")
    con.execute("INSERT OR REPLACE INTO store_layout SELECT ?, coalesce(max(event_key), 0) FROM event_actors",
                [SORTED_KEY])
