"""The one query every measure builds on: clusters that link a country on one side to a country on the other.

Rules (docs/clusters.md, docs/tilt.md):
- the unit is the event cluster (``coalesce(cluster_id, id)``: an unclustered event is its own cluster);
- two participants of one event are linked when they are on opposite sides (actor -> recipient), or when the
  event is symmetric (no recipients: "A, B and C met"), so a multilateral event links every member pair;
- co-actors of a directed event ("A and B accused C") are not linked to each other;
- only events whose ``status`` is in ``statuses`` count (hypothetical, negated, question never by default).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import duckdb
import pandas as pd

from multivector.errors import AnalysisError
from multivector.model import STATUSES

FREQS: dict[str, str] = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}
_counter = itertools.count()


class StoreLike(Protocol):
    """Anything with a DuckDB connection holding the store schema (``EventStore`` in practice)."""

    con: duckdb.DuckDBPyConnection


@dataclass(frozen=True)
class LinkQuery:
    """Which clusters to fetch: labelled country sets on each side, and filters."""

    left: Mapping[str, frozenset[str]]
    right: Mapping[str, frozenset[str]]
    freq: str = "month"
    statuses: tuple[str, ...] = ("asserted",)
    directed: bool = False
    since: date | None = None
    until: date | None = None


def check_freq(freq: str) -> str:
    """Validate a period name; raises AnalysisError naming the allowed values."""
    if freq not in FREQS:
        raise AnalysisError(f"unknown freq {freq!r}; use one of {', '.join(FREQS)}", source="analysis")
    return freq


def check_statuses(statuses: Sequence[str]) -> tuple[str, ...]:
    """Validate event statuses against the model's list."""
    bad = [s for s in statuses if s not in STATUSES]
    if bad or not statuses:
        raise AnalysisError(f"invalid statuses {list(statuses)}; allowed {list(STATUSES)}", source="analysis")
    return tuple(statuses)


def label_frame(left: Mapping[str, frozenset[str]], right: Mapping[str, frozenset[str]]) -> pd.DataFrame:
    """Rows (key, label, country) for the two sides; 'L' and 'R' keys."""
    rows = [("L", label, c) for label, cs in left.items() for c in sorted(cs)]
    rows += [("R", label, c) for label, cs in right.items() for c in sorted(cs)]
    return pd.DataFrame(rows, columns=["key", "label", "country"])


# One filtered scan of event_actors per side: its rows carry the event facts (store schema v2), so no join to
# ``events`` on text ids; rows of one event are joined on the integer event_key. Both sides get the same
# event filters (all rows of an event share them). ``mode(... ORDER BY ...)`` breaks ties to the smallest.
_SQL = """
WITH la AS MATERIALIZED (
  SELECT ea.event_key, ea.side, l.label, ea.country, ea.no_recipients
  FROM event_actors ea JOIN (SELECT label, country FROM {lab} WHERE key = 'L') l ON ea.country = l.country
  WHERE {event_filter}
),
rb AS (
  SELECT ea.event_key, ea.side, r.label, ea.country
  FROM event_actors ea JOIN (SELECT label, country FROM {lab} WHERE key = 'R') r ON ea.country = r.country
  WHERE {event_filter}
),
pairs AS MATERIALIZED (
  SELECT DISTINCT a.event_key, a.label AS left_label, b.label AS right_label
  FROM la a JOIN rb b ON a.event_key = b.event_key AND a.country <> b.country
  WHERE a.no_recipients OR {side_rule}
),
facts AS (
  SELECT DISTINCT ea.event_key, coalesce(ea.cluster_id, ea.event_id) AS cid, ea.quad_class,
         ea.goldstein, ea.event_date, ea.article_id
  FROM event_actors ea SEMI JOIN pairs p ON p.event_key = ea.event_key
)
SELECT f.cid AS cluster_id, p.left_label, p.right_label, date_trunc('{freq}', min(f.event_date))::DATE AS period,
       min(f.event_date) AS date, mode(f.quad_class ORDER BY f.quad_class) AS quad_class,
       avg(f.goldstein) AS goldstein, min(f.article_id) AS article_id, count(DISTINCT f.event_key) AS n_mentions
FROM pairs p JOIN facts f ON f.event_key = p.event_key
GROUP BY f.cid, p.left_label, p.right_label
"""


def linked_clusters(store: StoreLike, query: LinkQuery) -> pd.DataFrame:
    """One row per (cluster, left label, right label) linked by the rules above.

    Columns: cluster_id, left_label, right_label, period, date, quad_class, goldstein, article_id, n_mentions.
    ``article_id`` is the cluster's first article (the resampling unit of the bootstrap).
    """
    check_freq(query.freq)
    statuses = check_statuses(query.statuses)
    name = f"_mv_labels_{next(_counter)}"
    event_filter, params = _event_filter(statuses, query.since, query.until)
    side_rule = "(a.side = 'actor' AND b.side = 'recipient')" if query.directed else "a.side <> b.side"
    sql = _SQL.format(lab=name, event_filter=event_filter, side_rule=side_rule, freq=query.freq)
    store.con.register(name, label_frame(query.left, query.right))
    try:
        frame = store.con.execute(sql, params + params).df()
    except duckdb.Error as exc:
        raise AnalysisError(f"link query failed: {exc}", source="events") from exc
    finally:
        store.con.unregister(name)
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def _event_filter(statuses: Sequence[str], since: date | None, until: date | None) -> tuple[str, list[Any]]:
    """The per-row event filter over ``event_actors ea`` (status, dated, date range) and its parameters."""
    sql = f"ea.status IN ({', '.join('?' * len(statuses))}) AND ea.event_date IS NOT NULL"
    params: list[Any] = list(statuses)
    for op, bound in ((">=", since), ("<=", until)):
        if bound is not None:
            sql += f" AND ea.event_date {op} ?"
            params.append(bound)
    return sql, params


def period_index(start: Any, end: Any, freq: str) -> pd.DatetimeIndex:
    """Every period start between two period starts (inclusive), so empty periods show as zeros."""
    if pd.isna(start) or pd.isna(end):
        return pd.DatetimeIndex([], name="period")
    return pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq=FREQS[check_freq(freq)], name="period")
