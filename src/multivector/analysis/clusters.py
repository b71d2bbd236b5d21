"""Event clusters: many reports of one real-world event become one cluster (docs/clusters.md).

``update_clusters`` is incremental: only events whose ``cluster_id`` is NULL are assigned, either to an
existing cluster (same type and status, dated within the window, shared participants, similar words) or to a
new cluster whose id derives from its founding event. Statistics of every touched cluster are recomputed in
SQL and persisted with ``store.write_clusters`` (or, until the store offers it, in one transaction here).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import duckdb
import pandas as pd

from multivector.analysis.links import StoreLike
from multivector.analysis.matching import ClusterRule, EventSketch, Profile, best_match, tokens
from multivector.errors import AnalysisError, StoreError
from multivector.model import stable_hash

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ClusterUpdate:
    """What one update did: events assigned, clusters created, events that joined existing clusters."""

    n_events: int
    n_new_clusters: int
    n_joined_existing: int
    cluster_ids: tuple[str, ...] = field(default=(), repr=False)


def cluster_id_for(event_id: str) -> str:
    """Deterministic id of the cluster an event founds."""
    return "cl-" + stable_hash("cluster", event_id)


_Key = tuple[str, str, date, str, str]


class _Index:
    """Profiles by (event_type, status, day, participant country, role) between ``lo`` and ``hi``.

    Roles: ``a`` (the country is among the cluster's actors), ``r`` (recipients), ``u`` (any participant of a
    cluster without recipients). ``near`` returns only clusters that can pass the participant and direction
    constraints of ``matching.score`` (a superset: entries are never removed, profiles only grow).
    """

    def __init__(self, rule: ClusterRule, lo: date = date.min, hi: date = date.max) -> None:
        self.rule, self.lo, self.hi = rule, lo, hi
        self.buckets: dict[_Key, dict[str, Profile]] = defaultdict(dict)

    def put(self, profile: Profile) -> None:
        day, last = max(profile.first, self.lo), min(profile.last, self.hi)
        roles = [("a", profile.actors), ("r", profile.recipients)]
        if not profile.recipients:
            roles.append(("u", profile.actors))
        head = (profile.event_type, profile.status)
        while day <= last:
            for role, countries in roles:
                for country in countries:
                    self.buckets[(*head, day, country, role)][profile.cluster_id] = profile
            day += timedelta(days=1)

    def _lookup(self, sketch: EventSketch, day: date, countries: frozenset[str], role: str) -> dict[str, Profile]:
        """Clusters of the sketch's type and status with one of ``countries`` in ``role`` within the window."""
        found: dict[str, Profile] = {}
        for k in range(-self.rule.window_days, self.rule.window_days + 1):
            near_day = day + timedelta(days=k)
            for country in countries:
                found.update(self.buckets.get((sketch.event_type, sketch.status, near_day, country, role), {}))
        return found

    def near(self, sketch: EventSketch) -> list[Profile]:
        day = sketch.day
        if day is None:
            return []
        parts = sketch.participants
        if not sketch.recipients:  # undirected mention: any cluster sharing a participant
            found = self._lookup(sketch, day, parts, "a")
            found.update(self._lookup(sketch, day, parts, "r"))
            return list(found.values())
        found = self._lookup(sketch, day, parts, "u")  # undirected clusters sharing a participant
        directions = [(sketch.actors, sketch.recipients)]
        if sketch.event_type in self.rule.symmetric_types:
            directions.append((sketch.recipients, sketch.actors))
        for acting, receiving in directions:
            by_actor = self._lookup(sketch, day, acting, "a")
            if by_actor:
                by_recipient = self._lookup(sketch, day, receiving, "r")
                found.update((cid, by_actor[cid]) for cid in by_actor.keys() & by_recipient.keys())
        return list(found.values())


def _sketch(row: Any, actors: dict[str, set[str]], recipients: dict[str, set[str]], text: str | None) -> EventSketch:
    day = row.event_date.date() if isinstance(row.event_date, pd.Timestamp) else row.event_date
    return EventSketch(event_type=row.event_type, status=row.status, day=None if pd.isna(day) else day,
                       actors=frozenset(actors.get(row.id, ())), recipients=frozenset(recipients.get(row.id, ())),
                       tokens=tokens(text))


def _new_events(con: duckdb.DuckDBPyConnection) -> tuple[pd.DataFrame, pd.DataFrame]:
    events = con.execute(
        "SELECT id, event_type, status, event_date, text FROM events WHERE cluster_id IS NULL "
        "ORDER BY event_date NULLS LAST, article_id, sentence_index, id").df()
    sides = con.execute(
        "SELECT event_id, side, country FROM event_actors "  # cluster_id: the store's copy of events.cluster_id
        "WHERE cluster_id IS NULL AND country IS NOT NULL").df()
    return events, sides


def _side_sets(sides: pd.DataFrame) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    out: tuple[dict[str, set[str]], dict[str, set[str]]] = (defaultdict(set), defaultdict(set))
    for event_id, side, country in sides.itertuples(index=False):
        out[0 if side == "actor" else 1][event_id].add(country)
    return out


def _window(events: pd.DataFrame, rule: ClusterRule) -> tuple[date, date]:
    """Days that matter for this batch: its event dates widened by the window (date.min.. when undated)."""
    dated = events["event_date"].dropna()
    if dated.empty:
        return date.min, date.min
    w = timedelta(days=rule.window_days)
    return pd.Timestamp(dated.min()).date() - w, pd.Timestamp(dated.max()).date() + w


def _existing(con: duckdb.DuckDBPyConnection, index: _Index) -> None:
    if index.lo == date.min:
        return
    lo, hi = index.lo, index.hi
    rows = con.execute(
        "SELECT c.id, c.event_type, c.status, c.first_date, c.last_date, c.actor_countries, "
        "c.recipient_countries, e.text FROM clusters c LEFT JOIN events e ON e.id = c.representative_event_id "
        "WHERE c.first_date IS NOT NULL AND c.last_date >= ? AND c.first_date <= ? ORDER BY c.id", [lo, hi]).fetchall()
    for cid, etype, status, first, last, acts, recs, text in rows:
        sketch = EventSketch(etype, status, first, frozenset(acts or ()), frozenset(recs or ()), tokens(text))
        index.put(Profile(cid, sketch, first=first, last=last))


def assign(events: pd.DataFrame, sides: pd.DataFrame, index: _Index) -> tuple[pd.DataFrame, set[str]]:
    """Assign each new event (in order) to the best existing or new cluster; returns (assignments, new ids)."""
    actors, recipients = _side_sets(sides)
    rows: list[tuple[str, str]] = []
    created: set[str] = set()
    for row in events.itertuples(index=False):
        sketch = _sketch(row, actors, recipients, row.text)
        match = best_match(sketch, index.near(sketch), index.rule)
        if match is None:
            match = Profile(cluster_id_for(row.id), sketch, first=sketch.day or date.min,
                            last=sketch.day or date.min)
            created.add(match.cluster_id)
            if sketch.day is not None:
                index.put(match)
        else:
            match.add(sketch, index.rule)
            index.put(match)
        rows.append((row.id, match.cluster_id))
    return pd.DataFrame(rows, columns=["event_id", "cluster_id"]), created


_STATS_SQL = """
WITH m AS (SELECT event_id, cluster_id FROM {assign}),
j AS (
  SELECT m.cluster_id, e.id, e.event_type, e.cameo, e.quad_class, e.goldstein, e.status, e.event_date,
         e.article_id, e.confidence, a.source, coalesce(CAST(a.date AS TIMESTAMP), a.ingested_at) AS seen
  FROM m JOIN events e ON e.id = m.event_id LEFT JOIN articles a ON a.id = e.article_id
),
c AS (
  SELECT m.cluster_id,
         list_sort(list_distinct(list(ea.country) FILTER (WHERE ea.side = 'actor'))) AS actor_countries,
         list_sort(list_distinct(list(ea.country) FILTER (WHERE ea.side = 'recipient'))) AS recipient_countries
  FROM m JOIN event_actors ea ON ea.event_id = m.event_id WHERE ea.country IS NOT NULL GROUP BY m.cluster_id
)
SELECT j.cluster_id AS id, mode(j.event_type) AS event_type, mode(left(j.cameo, 2)) AS cameo_root,
       mode(j.quad_class)::INTEGER AS quad_class, avg(j.goldstein) AS goldstein, mode(j.status) AS status,
       min(j.event_date) AS first_date, max(j.event_date) AS last_date,
       coalesce(any_value(c.actor_countries), []::VARCHAR[]) AS actor_countries,
       coalesce(any_value(c.recipient_countries), []::VARCHAR[]) AS recipient_countries,
       count(*)::INTEGER AS n_mentions, count(DISTINCT j.article_id)::INTEGER AS n_articles,
       count(DISTINCT j.source)::INTEGER AS n_sources, min(j.seen) AS first_seen, max(j.seen) AS last_seen,
       first(j.id ORDER BY j.confidence DESC NULLS LAST, j.id) AS representative_event_id
FROM j LEFT JOIN c ON c.cluster_id = j.cluster_id
GROUP BY j.cluster_id ORDER BY j.cluster_id
"""


def full_assignments(store: StoreLike, new: pd.DataFrame) -> pd.DataFrame:
    """New assignments plus the events already in the clusters they touch (every member of each cluster)."""
    name = "_mv_new_assign"
    store.con.register(name, new)
    try:
        old = store.con.execute(
            f"SELECT id AS event_id, cluster_id FROM events WHERE cluster_id IN (SELECT cluster_id FROM {name}) "
            f"AND id NOT IN (SELECT event_id FROM {name})").df()
    finally:
        store.con.unregister(name)
    return pd.concat([old, new], ignore_index=True)


def cluster_stats(store: StoreLike, assignments: pd.DataFrame) -> pd.DataFrame:
    """Rows of the ``clusters`` table for the clusters in ``assignments`` (event_id, cluster_id), which must
    list every member event of those clusters."""
    name = "_mv_assign"
    store.con.register(name, assignments)
    try:
        return store.con.execute(_STATS_SQL.format(assign=name)).df()
    finally:
        store.con.unregister(name)


def update_clusters(store: StoreLike, *, rule: ClusterRule | None = None) -> ClusterUpdate:
    """Assign every unclustered event to a cluster and persist the touched clusters; see module doc."""
    rule = rule or ClusterRule()
    try:
        events, sides = _new_events(store.con)
        if events.empty:
            return ClusterUpdate(0, 0, 0, ())
        index = _Index(rule, *_window(events, rule))
        _existing(store.con, index)
        new, created = assign(events, sides, index)
        assignments = full_assignments(store, new)
        stats = cluster_stats(store, assignments)
    except duckdb.Error as exc:
        raise AnalysisError(f"cluster update failed: {exc}", source="events") from exc
    persist(store, stats, assignments)
    joined = int((~new["cluster_id"].isin(created)).sum())
    logger.info("clusters: %d events, %d new clusters, %d joined existing", len(events), len(created), joined)
    return ClusterUpdate(len(events), len(created), joined, tuple(stats["id"]))


def persist(store: StoreLike, clusters: pd.DataFrame, assignments: pd.DataFrame) -> None:
    """Write clusters and event assignments: ``store.write_clusters`` when present, else one transaction."""
    writer = getattr(store, "write_clusters", None)
    if callable(writer):
        writer(clusters, assignments)
        return
    con = store.con
    con.register("_mv_clusters", clusters)
    con.register("_mv_assign", assignments)
    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(f"INSERT OR REPLACE INTO clusters SELECT {_columns(con)} FROM _mv_clusters")
        con.execute("UPDATE events SET cluster_id = a.cluster_id FROM _mv_assign a WHERE events.id = a.event_id")
        con.execute("UPDATE event_actors SET cluster_id = a.cluster_id FROM _mv_assign a "
                    "WHERE event_actors.event_id = a.event_id")  # schema v2 copy of events.cluster_id
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"writing clusters failed: {exc}", source="clusters") from exc
    finally:
        con.unregister("_mv_clusters")
        con.unregister("_mv_assign")


def _columns(con: duckdb.DuckDBPyConnection) -> str:
    names: Iterable[str] = (r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = 'clusters' "
        "ORDER BY ordinal_position").fetchall())
    return ", ".join(f'"{n}"' for n in names)


_DESCRIBE_SQL = """
WITH wanted(cluster_id) AS (SELECT unnest(?::VARCHAR[]))
SELECT w.cluster_id, coalesce(c.n_mentions, 1) AS n_mentions, coalesce(c.n_articles, 1) AS n_articles,
       coalesce(c.n_sources, 1) AS n_sources, e.event_type, e.status, e.event_date, e.text
FROM wanted w
LEFT JOIN clusters c ON c.id = w.cluster_id
JOIN events e ON e.id = coalesce(c.representative_event_id, w.cluster_id)
ORDER BY e.event_date, w.cluster_id
"""


def describe_clusters(store: StoreLike, cluster_ids: Iterable[str]) -> pd.DataFrame:
    """Each cluster's size and its representative evidence sentence (an unclustered event is its own cluster).

    Columns: cluster_id, n_mentions, n_articles, n_sources, event_type, status, event_date, text.
    """
    ids = sorted(set(cluster_ids))
    return store.con.execute(_DESCRIBE_SQL, [ids]).df()
