"""Schema v2: event facts on event_actors rows — in-place upgrade of v1 files and consistency on every write."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from multivector.analysis import dyad_series
from multivector.store import EventStore
from multivector.store.schema import _apply, current_version, load_migrations
from tests.test_store import make_article, make_event

# every denormalised column and the events expression it must equal
FACTS = {"status": "e.status", "event_date": "e.event_date", "quad_class": "e.quad_class",
         "goldstein": "e.goldstein", "cluster_id": "e.cluster_id", "no_recipients": "len(e.recipients) = 0"}


def inconsistencies(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Per fact column, how many event_actors rows disagree with their event (plus orphan/key problems)."""
    out = {col: con.execute(f"SELECT count(*) FROM event_actors ea LEFT JOIN events e ON e.id = ea.event_id "
                            f"WHERE e.id IS NULL OR ea.{col} IS DISTINCT FROM {expr}").fetchall()[0][0]
           for col, expr in FACTS.items()}
    out["keys"] = con.execute(
        "SELECT count(*) FROM (SELECT event_id FROM event_actors GROUP BY event_id "
        "HAVING count(DISTINCT event_key) <> 1 OR bool_or(event_key IS NULL)) UNION ALL "
        "SELECT count(*) FROM (SELECT event_key FROM event_actors GROUP BY event_key "
        "HAVING count(DISTINCT event_id) <> 1)").fetchall()
    out["keys"] = sum(n for (n,) in out["keys"])
    return out


def assert_consistent(store: EventStore) -> None:
    assert inconsistencies(store.con) == dict.fromkeys([*FACTS, "keys"], 0)


def _v1_file(path: Path) -> list:
    """A v1 database written by the v1 schema and v1-shaped child rows; returns the events stored."""
    con = duckdb.connect(str(path))
    _apply(con, load_migrations()[0], source=str(path))
    arts = [make_article(n, day=None if n == 2 else make_article(n).date) for n in range(3)]
    events = [make_event(arts[0], 0, actors=("KAZGOV",), recipients=("RUSGOV",)),
              make_event(arts[0], 1, actors=("RUSGOV", "KAZGOV", "CHNGOV"), recipients=(), event_type="AGREE",
                         cameo="030"),
              make_event(arts[1], 0, actors=("RUSMIL",), recipients=("KAZGOV",), day=None, status="hypothetical"),
              make_event(arts[2], 0, actors=("KAZGOV",), recipients=("USAGOV",), day="2025-02")]
    for a in arts:
        con.execute("INSERT INTO articles (id, date, source) VALUES (?, ?, ?)", [a.id, a.date, a.source])
    for e in events:
        con.execute("INSERT INTO events (id, article_id, status, quad_class, goldstein, event_type, recipients, "
                    "event_date, cluster_id) SELECT ?, ?, ?, ?, ?, ?, "
                    "[{'code': c} for c in ?::VARCHAR[]], coalesce(?::DATE, a.date), ? FROM articles a "
                    "WHERE a.id = ?", [e.id, e.article_id, e.status, e.quad_class, e.goldstein, e.event_type,
                                       [r.code for r in e.recipients], e.date if e.date and len(e.date) == 10
                                       else None, "k1" if e.sentence_index == 1 else None, e.article_id])
        rows = [(e.id, e.article_id, side, i, r.code, r.country, r.sector)
                for side, group in (("actor", e.actors), ("recipient", e.recipients)) for i, r in enumerate(group)]
        con.executemany("INSERT INTO event_actors VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.close()
    return events


def test_v1_file_upgrades_in_place_with_backfilled_facts(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    events = _v1_file(path)
    with EventStore.open(path) as store:
        assert current_version(store.con) == max(m.version for m in load_migrations()) >= 2
        versions = [v for (v,) in store.con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
        assert versions[:2] == [1, 2]
        assert store.con.execute("SELECT count(*) FROM event_actors").fetchall()[0][0] == 9
        assert_consistent(store)
        sym = dict(store.con.execute("SELECT event_id, bool_and(no_recipients) FROM event_actors GROUP BY 1"
                                     ).fetchall())
        assert sym[events[1].id] is True and sym[events[0].id] is False
        # the symmetric meeting links RUS and KAZ; the directed one too; the hypothetical and undated do not
        series = dyad_series(store, "RUS", "KAZ")
        assert int(series["n_total"].sum()) == 2
        # writing after the upgrade continues the event keys and stays consistent
        article = make_article(9)
        store.write_batch([article], [make_event(article, 0, actors=("RUSGOV",), recipients=("KAZGOV",))])
        assert_consistent(store)
        assert int(dyad_series(store, "RUS", "KAZ")["n_total"].sum()) == 3


def test_migration_failure_keeps_v1(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "v1.duckdb"
    _v1_file(path)
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE event_actors_v2 (x INTEGER)")  # makes migration 2 fail half-way
    con.close()
    try:
        EventStore.open(path).close()
    except Exception as exc:  # noqa: BLE001 - StoreError naming the migration
        assert "migration 2" in str(exc)
    con = duckdb.connect(str(path))
    assert current_version(con) == 1
    assert "event_key" not in {r[0] for r in con.execute("DESCRIBE event_actors").fetchall()}
    con.close()


def test_facts_stay_consistent_through_writes_recodes_and_clusters(tmp_path: Path) -> None:
    with EventStore.open(tmp_path / "s.duckdb") as store:
        a1, a2, a3 = make_article(1), make_article(2, day=None), make_article(3)
        e1 = [make_event(a1, 0), make_event(a1, 1, recipients=(), actors=("KAZGOV", "RUSGOV"))]
        e2 = [make_event(a2, 0, day=None), make_event(a2, 1, day="2025-04")]
        store.write_batch([a1, a2], [*e1, *e2])
        assert_consistent(store)
        store.write_clusters(pd.DataFrame({"id": ["c1", "c2"]}),
                             pd.DataFrame({"event_id": [e1[0].id, e2[1].id, e1[1].id],
                                           "cluster_id": ["c1", "c1", "c2"]}))
        assert_consistent(store)
        assert store.con.execute("SELECT count(*) FROM event_actors WHERE cluster_id = 'c1'").fetchall()[0][0] == 4
        store.replace_events({a1.id: [make_event(a1, 0, status="negated", cameo="036", event_type="AGREE",
                                                 recipients=("USAGOV", "CHNGOV"))]}, coder_version="0.2")
        assert_consistent(store)
        store.write_clusters(pd.DataFrame({"id": ["c1"]}), pd.DataFrame({"event_id": [], "cluster_id": []}))
        assert_consistent(store)
        assert store.con.execute("SELECT count(*) FROM event_actors WHERE cluster_id IS NOT NULL"
                                 ).fetchall()[0][0] == 0
        store.write_batch([a3], [make_event(a3, 0)])
        assert_consistent(store)
        keys = store.con.execute("SELECT count(DISTINCT event_key), count(DISTINCT event_id) FROM event_actors"
                                 ).fetchall()[0]
        assert keys[0] == keys[1] == 4
