"""Small DuckDB helpers shared by the store modules."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb


def scalar(con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] | None = None) -> int:
    """The first column of the first row as an int (0 when there is no row or it is NULL).

    Fetches the whole (one-row) result so the connection has no unfinished result afterwards.
    """
    rows = con.execute(sql, list(params) if params is not None else None).fetchall()
    return int(rows[0][0]) if rows and rows[0][0] is not None else 0
