"""The one query every measure builds on: clusters that link a country on one side to a country on the other.

Rules (docs/clusters.md, docs/tilt.md):
- the unit is the event cluster (``coalesce(cluster_id, id)``: an unclustered event is its own cluster);
- two participants of one event are linked when they are on opposite sides (actor -> recipient), or when the
  event is symmetric (no recipients: "A, B and C met"), so a multilateral event links every member pair;
- co-actors of a directed event ("A and B accused C") are not linked to each other;
- only events whose ``status`` is in ``statuses`` count (hypothetical, negated, question never by default).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

import duckdb
import pandas as pd

from multivector.errors import AnalysisError
from multivector.model import STATUSES

FREQS: dict[str, str] = {"day": "D", "week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}


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


# One filtered scan of event_actors per side. Its rows carry the event facts (store schema v2) and the table is
# stored sorted by country (schema v3, ``EventStore.optimize``), so the literal ``country IN (...)`` filter lets
# DuckDB's zonemaps skip every row group of other countries. Rows of one event are joined on the integer
# event_key; the facts are taken from the left row (all rows of an event carry the same facts), so no second
# scan. ``pairs`` is DISTINCT per (event, left label, right label): aggregates are over distinct events.
# ``mode(... ORDER BY ...)`` breaks ties to the smallest quad class.
_SQL = """
WITH la AS MATERIALIZED (
  SELECT ea.event_key, ea.side, l.label, ea.country, ea.no_recipients, coalesce(ea.cluster_id, ea.event_id) AS cid,
         ea.event_date, ea.quad_class, ea.goldstein, ea.article_id
  FROM event_actors ea JOIN (VALUES {left_values}) l(label, country) ON ea.country = l.country
  WHERE ea.country IN ({left_in}) AND {event_filter}
),
rb AS (
  SELECT ea.event_key, ea.side, r.label, ea.country
  FROM event_actors ea JOIN (VALUES {right_values}) r(label, country) ON ea.country = r.country
  WHERE ea.country IN ({right_in}) AND {event_filter}
),
pairs AS (
  SELECT DISTINCT a.event_key, a.label AS left_label, b.label AS right_label, a.cid, a.event_date, a.quad_class,
         a.goldstein, a.article_id
  FROM la a JOIN rb b ON a.event_key = b.event_key AND a.country <> b.country
  WHERE a.no_recipients OR {side_rule}
)
SELECT cid AS cluster_id, left_label, right_label, date_trunc('{freq}', min(event_date))::DATE AS period,
       min(event_date) AS date, mode(quad_class ORDER BY quad_class) AS quad_class, avg(goldstein) AS goldstein,
       min(article_id) AS article_id, count(*) AS n_mentions
FROM pairs GROUP BY cid, left_label, right_label
"""


def linked_clusters(store: StoreLike, query: LinkQuery) -> pd.DataFrame:
    """One row per (cluster, left label, right label) linked by the rules above.

    Columns: cluster_id, left_label, right_label, period, date, quad_class, goldstein, article_id, n_mentions.
    ``article_id`` is the cluster's first article (the resampling unit of the bootstrap).
    """
    check_freq(query.freq)
    statuses = check_statuses(query.statuses)
    event_filter, filter_params = _event_filter(statuses, query.since, query.until)
    sides = [_side_sql(query.left), _side_sql(query.right)]
    side_rule = "(a.side = 'actor' AND b.side = 'recipient')" if query.directed else "a.side <> b.side"
    sql = _SQL.format(left_values=sides[0][0], left_in=sides[0][1], right_values=sides[1][0],
                      right_in=sides[1][1], event_filter=event_filter, side_rule=side_rule, freq=query.freq)
    params = [*sides[0][2], *filter_params, *sides[1][2], *filter_params]
    try:
        frame = store.con.execute(sql, params).df()
    except duckdb.Error as exc:
        raise AnalysisError(f"link query failed: {exc}", source="events") from exc
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def _side_sql(labels: Mapping[str, frozenset[str]]) -> tuple[str, str, list[Any]]:
    """VALUES rows (label, country), the IN list of countries and their parameters for one side.

    A (NULL, NULL) row and a NULL in the IN list keep the SQL valid for an empty side (it matches nothing).
    """
    pairs = [(label, c) for label, cs in labels.items() for c in sorted(cs)]
    countries = sorted({c for _, c in pairs})
    values = ", ".join(["(?, ?)"] * len(pairs) + ["(NULL, NULL)"])
    in_list = ", ".join(["?"] * len(countries)) or "NULL"
    return values, in_list, [x for pair in pairs for x in pair] + countries


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
