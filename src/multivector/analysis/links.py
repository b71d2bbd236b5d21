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


_SQL = """
WITH la AS MATERIALIZED (
  SELECT ea.event_id, ea.side, l.label, ea.country
  FROM event_actors ea JOIN (SELECT * FROM {lab} WHERE key = 'L') l ON ea.country = l.country
),
ev AS MATERIALIZED (
  SELECT e.id, coalesce(e.cluster_id, e.id) AS cid, e.quad_class, e.goldstein, e.event_date, e.article_id,
         len(e.recipients) = 0 AS symmetric
  FROM events e SEMI JOIN la ON e.id = la.event_id
  WHERE e.status IN ({statuses}) AND e.event_date IS NOT NULL {date_filter}
),
rb AS (
  SELECT ea.event_id, ea.side, r.label, ea.country
  FROM event_actors ea JOIN (SELECT * FROM {lab} WHERE key = 'R') r ON ea.country = r.country
  SEMI JOIN ev ON ea.event_id = ev.id
),
pairs AS (
  SELECT DISTINCT a.event_id, a.label AS left_label, b.label AS right_label
  FROM la a JOIN rb b ON a.event_id = b.event_id AND a.country <> b.country
  JOIN ev ON ev.id = a.event_id
  WHERE ev.symmetric OR {side_rule}
)
SELECT ev.cid AS cluster_id, p.left_label, p.right_label,
       date_trunc('{freq}', min(ev.event_date))::DATE AS period, min(ev.event_date) AS date,
       mode(ev.quad_class) AS quad_class, avg(ev.goldstein) AS goldstein,
       min(ev.article_id) AS article_id, count(DISTINCT ev.id) AS n_mentions
FROM pairs p JOIN ev ON ev.id = p.event_id
GROUP BY ev.cid, p.left_label, p.right_label
"""


def linked_clusters(store: StoreLike, query: LinkQuery) -> pd.DataFrame:
    """One row per (cluster, left label, right label) linked by the rules above.

    Columns: cluster_id, left_label, right_label, period, date, quad_class, goldstein, article_id, n_mentions.
    ``article_id`` is the cluster's first article (the resampling unit of the bootstrap).
    """
    check_freq(query.freq)
    statuses = check_statuses(query.statuses)
    name = f"_mv_labels_{next(_counter)}"
    params: list[Any] = list(statuses)
    date_filter = ""
    if query.since is not None:
        date_filter += " AND e.event_date >= ?"
        params.append(query.since)
    if query.until is not None:
        date_filter += " AND e.event_date <= ?"
        params.append(query.until)
    side_rule = "(a.side = 'actor' AND b.side = 'recipient')" if query.directed else "a.side <> b.side"
    sql = _SQL.format(lab=name, statuses=", ".join("?" * len(statuses)), date_filter=date_filter,
                      side_rule=side_rule, freq=query.freq)
    store.con.register(name, label_frame(query.left, query.right))
    try:
        frame = store.con.execute(sql, params).df()
    except duckdb.Error as exc:
        raise AnalysisError(f"link query failed: {exc}", source="events") from exc
    finally:
        store.con.unregister(name)
    frame["period"] = pd.to_datetime(frame["period"])
    return frame


def period_index(start: Any, end: Any, freq: str) -> pd.DatetimeIndex:
    """Every period start between two period starts (inclusive), so empty periods show as zeros."""
    if pd.isna(start) or pd.isna(end):
        return pd.DatetimeIndex([], name="period")
    return pd.date_range(pd.Timestamp(start), pd.Timestamp(end), freq=FREQS[check_freq(freq)], name="period")
