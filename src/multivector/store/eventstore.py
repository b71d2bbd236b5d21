"""EventStore: one DuckDB file holding articles, events, their actor rows, quarantine and clusters.

Concurrency: DuckDB allows ONE writing process per file (it takes a file lock) and, inside that process,
one writer at a time. Open the store once in the process that writes (the pipeline's parent; workers
return events and never write) and share nothing across processes; readers in other processes need
``read_only=True`` and cannot open a file another process holds for writing. An EventStore object is not
thread-safe: use it from one thread (other threads may read through their own ``store.con.cursor()``).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from itertools import count
from pathlib import Path
from types import TracebackType
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from multivector.errors import MultivectorError, PendingMigrationError, StoreError
from multivector.model import Article, Event
from multivector.store import export as export_mod
from multivector.store import layout, records, schema
from multivector.store.sql import scalar
from multivector.store.queries import READ_COLUMNS, EventFilter, select_events

logger = logging.getLogger(__name__)

_EVENT_INSERT_COLUMNS = ", ".join(f'"{name}"' for name in records.EVENT_COLUMNS)
_EVENT_SELECT_COLUMNS = ", ".join(f't."{name}"' for name in records.EVENT_COLUMNS)
_CLUSTER_KEYS = ("event_id", "cluster_id")


@dataclass(frozen=True)
class WriteSummary:
    """What one ``write_batch`` call stored."""

    articles_added: int
    articles_skipped: int
    events_added: int
    quarantined: int


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _unique_by_id(items: Iterable[Any]) -> list[Any]:
    """Items with a duplicate ``id`` removed; the first occurrence wins."""
    seen: dict[str, Any] = {}
    for item in items:
        seen.setdefault(item.id, item)
    return list(seen.values())


def _coder_versions(events: Sequence[Event]) -> dict[str, str]:
    """The most common coder_version among each article's events."""
    by_article: dict[str, Counter[str]] = {}
    for event in events:
        by_article.setdefault(event.article_id, Counter())[event.coder_version] += 1
    return {aid: versions.most_common(1)[0][0] for aid, versions in by_article.items()}


class EventStore:
    """Transactional, idempotent storage of articles and events in one DuckDB file (a context manager)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, *, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only
        self._names = count()

    # -- opening and closing -------------------------------------------------------------------------
    @classmethod
    def open(cls, path: Path | str | None = None, *, read_only: bool = False) -> EventStore:
        """Open (creating and migrating as needed) the store; default path ``Settings().db_path``."""
        if path is None:
            from multivector.config import Settings

            path = Settings().db_path
        path = Path(path)
        source = str(path)
        if read_only and not path.exists():
            raise StoreError("no event store at this path", source=source)
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        try:
            con = duckdb.connect(source, read_only=read_only)
        except duckdb.Error as exc:
            raise StoreError(f"cannot open as a DuckDB database: {exc}", source=source) from exc
        try:
            con.execute("SET enable_progress_bar = false")  # the library never prints
            cls._prepare_schema(con, source=source, read_only=read_only)
        except BaseException:
            con.close()
            raise
        return cls(con, path, read_only=read_only)

    @staticmethod
    def _prepare_schema(con: duckdb.DuckDBPyConnection, *, source: str, read_only: bool) -> None:
        if not read_only:
            schema.migrate(con, source=source)
            return
        todo = schema.pending(con, source=source)
        if todo:
            raise PendingMigrationError(
                f"schema needs migrations {[m.version for m in todo]}; open it once for writing", source=source
            )

    def close(self) -> None:
        """Close the connection (idempotent)."""
        self.con.close()

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"EventStore({str(self.path)!r}, read_only={self.read_only})"

    # -- plumbing ------------------------------------------------------------------------------------
    @property
    def _source(self) -> str:
        return str(self.path)

    @contextmanager
    def _transaction(self, what: str) -> Iterator[None]:
        """BEGIN ... COMMIT; ROLLBACK and raise StoreError (naming the file) on any error."""
        if self.read_only:
            raise StoreError(f"{what}: the store is open read-only", source=self._source)
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield
            self.con.execute("COMMIT")
        except BaseException as exc:
            self._rollback()
            if isinstance(exc, MultivectorError) or not isinstance(exc, Exception):
                raise
            raise StoreError(f"{what} failed and was rolled back: {exc}", source=self._source) from exc

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:  # COMMIT failed: DuckDB already rolled back
            logger.debug("%s: nothing to roll back", self._source)

    @contextmanager
    def _registered(self, data: pa.Table | pd.DataFrame) -> Iterator[str]:
        """Register an Arrow table / DataFrame under a fresh name for ``INSERT ... SELECT``."""
        name = f"_mv_tmp_{next(self._names)}"
        self.con.register(name, data)
        try:
            yield name
        finally:
            self.con.unregister(name)

    def _ids_present(self, table: str, ids: Iterable[str]) -> set[str]:
        keys = pa.table({"id": pa.array(list(ids), type=pa.string())})
        if keys.num_rows == 0:
            return set()
        with self._registered(keys) as tmp:
            rows = self.con.execute(f"SELECT id FROM {table} WHERE id IN (SELECT id FROM {tmp})").fetchall()
        return {row[0] for row in rows}

    # -- writing -------------------------------------------------------------------------------------
    def known_article_ids(self, ids: Iterable[str]) -> set[str]:
        """The given article ids that are already stored."""
        return self._ids_present("articles", ids)

    def write_batch(self, articles: Sequence[Article], events: Sequence[Event],
                    failures: Sequence[MultivectorError] = ()) -> WriteSummary:
        """Store new articles with their events and quarantine failures, in ONE transaction.

        Events of already stored articles are skipped (whether or not the article is in this batch), so
        re-writing adds and changes nothing; duplicate event ids are stored once; failures are
        de-duplicated on (input, line, error_code). Events whose article is neither given nor stored are
        stored with a logged warning.
        """
        unique_articles = _unique_by_id(articles)
        with self._transaction("write_batch"):
            known = self.known_article_ids({a.id for a in unique_articles} | {e.article_id for e in events})
            new_articles = [a for a in unique_articles if a.id not in known]
            candidates = _unique_by_id(e for e in events if e.article_id not in known)
            existing = self._ids_present("events", (e.id for e in candidates))
            new_events = [e for e in candidates if e.id not in existing]
            self._warn_orphans(new_articles, new_events)
            self._insert_articles(new_articles, new_events)
            events_added = self._insert_events(new_events)
            self._insert_event_actors(new_events)
            quarantined = self._insert_quarantine(failures)
        summary = WriteSummary(len(new_articles), len(unique_articles) - len(new_articles),
                               events_added, quarantined)
        logger.debug("%s: %s", self._source, summary)
        return summary

    def _warn_orphans(self, articles: Sequence[Article], events: Sequence[Event]) -> None:
        ids = {a.id for a in articles}
        orphans = sorted({e.article_id for e in events} - ids)
        if orphans:
            logger.warning("%s: storing events of %d articles that are not stored (e.g. %s)",
                           self._source, len(orphans), orphans[0])

    def _insert_articles(self, articles: Sequence[Article], events: Sequence[Event]) -> int:
        if not articles:
            return 0
        n_events = Counter(e.article_id for e in events)
        table = records.articles_table(articles, n_events, _coder_versions(events))
        with self._registered(table) as tmp:
            self.con.execute(
                f"INSERT INTO articles BY NAME SELECT t.*, ? AS ingested_at FROM {tmp} t", [_utcnow()]
            )
        return table.num_rows

    def _insert_events(self, events: Sequence[Event]) -> int:
        if not events:
            return 0
        with self._registered(records.events_table(events)) as tmp:
            return scalar(
                self.con,
                f"INSERT INTO events ({_EVENT_INSERT_COLUMNS}, event_date, cluster_id) "
                f"SELECT {_EVENT_SELECT_COLUMNS}, coalesce(t.date, a.date), NULL "
                f"FROM {tmp} t LEFT JOIN articles a ON a.id = t.article_id",
            )

    def _insert_event_actors(self, events: Sequence[Event]) -> int:
        """Insert the events' child rows with their event facts (new event keys; no cluster yet)."""
        first_key = 1 + max(scalar(self.con, "SELECT max(event_key) FROM event_actors"),
                            layout.sorted_key(self.con))  # new keys always land in the unsorted tail
        table = records.event_actors_table(events, first_key=first_key)
        if table.num_rows == 0:
            return 0
        with self._registered(table) as tmp:
            self.con.execute(
                f"INSERT INTO event_actors BY NAME SELECT t.* EXCLUDE (date), "
                f"coalesce(t.date, a.date) AS event_date, NULL AS cluster_id "
                f"FROM {tmp} t LEFT JOIN articles a ON a.id = t.article_id"
            )
        return table.num_rows

    def _insert_quarantine(self, failures: Sequence[BaseException]) -> int:
        if not failures:
            return 0
        table = records.quarantine_table(failures, at=_utcnow())
        with self._registered(table) as tmp:
            return scalar(
                self.con,
                f"INSERT INTO quarantine BY NAME SELECT t.* FROM {tmp} t WHERE NOT EXISTS ("
                "SELECT 1 FROM quarantine q WHERE q.input IS NOT DISTINCT FROM t.input "
                "AND q.line IS NOT DISTINCT FROM t.line AND q.error_code = t.error_code)",
            )

    def replace_events(self, events_by_article: Mapping[str, Sequence[Event]], *, coder_version: str) -> int:
        """Re-code: replace each given article's events (and actor rows) in one transaction.

        Updates ``articles.n_events``/``coder_version``; replaced events lose their cluster. Returns the
        number of events inserted.
        """
        for article_id, events in events_by_article.items():
            stray = [e.id for e in events if e.article_id != article_id]
            if stray:
                raise StoreError(f"events {stray[:3]} do not belong to article {article_id}", source=self._source)
        new_events = _unique_by_id(e for events in events_by_article.values() for e in events)
        counts = Counter(e.article_id for e in new_events)
        article_rows = pa.table({
            "id": pa.array(list(events_by_article), type=pa.string()),
            "n_events": pa.array([counts.get(a, 0) for a in events_by_article], type=pa.int32()),
        })
        with self._transaction("replace_events"), self._registered(article_rows) as tmp:
            unknown = set(events_by_article) - self.known_article_ids(events_by_article)
            if unknown:
                raise StoreError(f"cannot re-code {len(unknown)} articles that are not stored, e.g. "
                                 f"{sorted(unknown)[0]}", source=self._source)
            self.con.execute(f"DELETE FROM event_actors WHERE article_id IN (SELECT id FROM {tmp})")
            self.con.execute(f"DELETE FROM events WHERE article_id IN (SELECT id FROM {tmp})")
            added = self._insert_events(new_events)
            self._insert_event_actors(new_events)
            self.con.execute(
                f"UPDATE articles SET n_events = t.n_events, coder_version = ? FROM {tmp} t "
                "WHERE articles.id = t.id", [coder_version],
            )
        return added

    def write_clusters(self, clusters: pd.DataFrame, assignments: pd.DataFrame) -> None:
        """Replace the given clusters (by id) and set ``events.cluster_id`` from assignments, in one transaction.

        Events that pointed at a replaced cluster and are not in ``assignments`` lose their cluster. Only rows
        whose cluster really changes are updated (an incremental update rewrites just the new events).
        """
        self._check_frames(clusters, assignments)
        with self._transaction("write_clusters"), self._registered(clusters) as ctmp, \
                self._registered(assignments[list(_CLUSTER_KEYS)]) as atmp:
            self.con.execute(f"DELETE FROM clusters WHERE id IN (SELECT id FROM {ctmp})")
            if len(clusters):
                self.con.execute(f"INSERT INTO clusters BY NAME SELECT * FROM {ctmp}")
            self._assign_clusters(ctmp, atmp if len(assignments) else None)

    def _assign_clusters(self, clusters: str, assignments: str | None) -> None:
        """Set ``cluster_id`` on events and their actor rows where it changes: assigned events whose cluster
        differs, and events of replaced clusters that are not assigned (set to NULL)."""
        given = (f"SELECT DISTINCT CAST(event_id AS VARCHAR) AS event_id, CAST(cluster_id AS VARCHAR) AS cluster_id "
                 f"FROM {assignments}" if assignments is not None
                 else "SELECT NULL::VARCHAR AS event_id, NULL::VARCHAR AS cluster_id WHERE false")
        self.con.execute(
            f"CREATE OR REPLACE TEMP TABLE _mv_cluster_changes AS WITH a AS ({given}) "
            "SELECT e.id AS event_id, a.cluster_id FROM events e JOIN a ON e.id = a.event_id "
            "WHERE e.cluster_id IS DISTINCT FROM a.cluster_id "
            "UNION ALL SELECT e.id, NULL FROM events e "
            f"WHERE e.cluster_id IN (SELECT id FROM {clusters}) AND e.id NOT IN (SELECT event_id FROM a)"
        )
        for table, key in (("events", "id"), ("event_actors", "event_id")):
            self.con.execute(f"UPDATE {table} SET cluster_id = c.cluster_id FROM _mv_cluster_changes c "
                             f"WHERE {table}.{key} = c.event_id")
        self.con.execute("DROP TABLE _mv_cluster_changes")  # created in this transaction: a rollback drops it

    def _check_frames(self, clusters: pd.DataFrame, assignments: pd.DataFrame) -> None:
        allowed = {row[0] for row in self.con.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = 'clusters'").fetchall()}
        unknown = sorted(set(map(str, clusters.columns)) - allowed)
        if "id" not in clusters.columns or unknown:
            raise StoreError(f"clusters frame needs an 'id' column and only clusters columns; unknown: {unknown}",
                             source=self._source)
        missing = [key for key in _CLUSTER_KEYS if key not in assignments.columns]
        if missing:
            raise StoreError(f"assignments frame lacks columns {missing}", source=self._source)

    def optimize(self, *, min_unsorted_fraction: float = 0.05) -> bool:
        """Re-sort ``event_actors`` by country (docs/tilt.md, Performance) when the rows appended since the
        last sort are at least ``min_unsorted_fraction`` of the table (0 forces it); returns whether it did.

        Run it after an ingest; it rewrites the whole table (about a minute per 10M events on 2 cores).
        """
        status = layout.layout_status(self.con)
        if status.unsorted_rows == 0 or status.unsorted_fraction < min_unsorted_fraction:
            return False
        with self._transaction("optimize"):
            layout.resort(self.con)
        self.con.execute("CHECKPOINT")
        logger.info("%s: re-sorted event_actors (%d rows, %d unsorted)", self._source, status.rows,
                    status.unsorted_rows)
        return True

    # -- reading -------------------------------------------------------------------------------------
    def iter_articles(self, *, batch_size: int = 500) -> Iterator[list[Article]]:
        """Stored articles in id order, ``batch_size`` at a time (safe to write between batches)."""
        if batch_size < 1:
            raise StoreError(f"batch_size must be >= 1, got {batch_size}", source=self._source)
        last = ""
        while True:
            table = self.con.sql(
                "SELECT id, text, title, date, source, url, origin FROM articles WHERE id > ? "
                f"ORDER BY id LIMIT {int(batch_size)}", params=[last],
            ).to_arrow_table()
            if table.num_rows == 0:
                return
            batch = [records.article_from_row(row) for row in table.to_pylist()]
            last = batch[-1].id
            yield batch

    def query_events(self, *, actor: str | Sequence[str] | None = None, role: str = "any",
                     event_type: str | None = None, status: str | None = None, since: date | None = None,
                     until: date | None = None, cluster: str | None = None,
                     limit: int | None = None) -> list[Event]:
        """Events matching the filters, ordered by event_date, article, sentence.

        ``actor`` is a CAMEO code prefix (``KAZ`` matches ``KAZGOV``), a country code, or a sequence of
        them (a group's members, expanded by the caller); ``role`` is actor|recipient|any; ``since`` and
        ``until`` bound ``event_date`` inclusively.
        """
        flt = EventFilter(actor=actor, role=role, event_type=event_type, status=status, since=since,
                          until=until, cluster=cluster, limit=limit)
        sql, params = select_events(READ_COLUMNS, flt)
        table = self.con.sql(sql, params=params).to_arrow_table()
        return [records.event_from_row(row) for row in table.to_pylist()]

    def events_frame(self, **filters: Any) -> pd.DataFrame:
        """The ``events`` rows matching ``query_events``' filters as a DataFrame, in the same order.

        All ``events`` columns plus the article's outlet and publication date (``article_source``,
        ``article_date``) for analysis.
        """
        columns = "e.*, a.source AS article_source, a.date AS article_date"
        sql, params = select_events(columns, self._filter(filters), with_article=True)
        return self.con.sql(sql, params=params).to_df()

    def _filter(self, filters: Mapping[str, Any]) -> EventFilter:
        try:
            return EventFilter(**filters)
        except TypeError as exc:
            raise StoreError(f"unknown event filter: {exc}", source=self._source) from exc

    def export(self, path: Path | str, *, fmt: str, **filters: Any) -> int:
        """Write the (filtered) events to ``path`` as jsonl, csv or parquet; returns the row count."""
        return export_mod.export_events(self.con, Path(path), fmt=fmt, flt=self._filter(filters))

    def counts(self) -> dict[str, int]:
        """Row counts: articles, events, quarantine, clusters."""
        tables = ("articles", "events", "quarantine", "clusters")
        sql = " UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in tables)
        return {name: int(n) for name, n in self.con.execute(sql).fetchall()}
