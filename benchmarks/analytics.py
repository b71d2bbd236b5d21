"""Analytics benchmark: dyad series, tilt index and an incremental cluster update over synthetic events.

Generates N events (default 10M) entirely in DuckDB SQL (no Python loops): ~60 countries with a skewed
distribution, 80% directed dyads and 20% three-party symmetric meetings, 3 events per article, dates over
ten years. All but the newest ``--new`` events are pre-assigned to clusters (two mentions each); the cluster
update then assigns the newest ones. After the build, ``EventStore.optimize`` sorts event_actors by country
(timed separately as ``optimize_s``), as an ingest would. Prints timings and writes benchmarks/results/analytics.json.

    python benchmarks/analytics.py [--events 10000000] [--new 20000] [--db /tmp/mv-bench.duckdb]
"""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
import time
from pathlib import Path

from multivector.analysis import dyad_series, tilt, update_clusters
from multivector.store import EventStore

RESULTS = Path(__file__).resolve().parent / "results" / "analytics.json"
COUNTRIES = ("USA RUS CHN EUR TUR KAZ UZB KGZ TJK TKM DEU FRA GBR JPN IND IRN PAK AFG UKR BLR AZE ARM GEO MNG "
             "KOR PRK ISR SAU ARE QAT EGY SYR IRQ POL ITA ESP CAN BRA MEX ZAF NGA ETH KEN IDN VNM THA MYS PHL "
             "AUS NZL NOR SWE FIN HUN SRB ROU BGR GRC").split()
TYPES = ("CONSULT", "AGREE", "COOPERATE", "AID", "ACCUSE", "REJECT", "THREATEN", "SANCTION")

_DATE = "DATE '2015-01-01' + (((i // 2) * 7919) % 3650)::INTEGER"
_STATUS = "CASE WHEN i % 10 = 0 THEN 'hypothetical' ELSE 'asserted' END"
_CLUSTER = "CASE WHEN i < $cut THEN 'cl-' || (i // 2) ELSE NULL END"

_EVENTS_SQL = f"""
INSERT INTO events (id, article_id, sentence_index, text, trigger, event_type, cameo, quad_class, goldstein,
                    recipients, status, date, date_source, event_date, confidence, rule, coder_version, cluster_id)
SELECT 'ev-' || i, 'a-' || (i // 3), (i % 3)::INTEGER, 'synthetic event ' || (i % 997), 't', t.etype, t.cameo,
       t.quad, t.gs, CASE WHEN i % 5 = 0 THEN [] ELSE NULL END, {_STATUS}, {_DATE}, 'text', {_DATE},
       0.8, 'bench', 'bench', {_CLUSTER}
FROM range($n) r(i) JOIN types t ON t.k = (i * 31) % 8
"""

# country index skewed towards the first entries (poles and Central Asia): floor(60 * u^2). The child rows
# carry their event's facts (store schema v2) exactly as EventStore.write_batch stores them.
_ACTORS_SQL = f"""
INSERT INTO event_actors BY NAME
SELECT 'ev-' || i AS event_id, 'a-' || (i // 3) AS article_id, side, pos AS position, c.code || 'GOV' AS code,
       c.code AS country, 'GOV' AS sector, i + 1 AS event_key, {_STATUS} AS status, {_DATE} AS event_date,
       t.quad AS quad_class, t.gs AS goldstein, i % 5 = 0 AS no_recipients, {_CLUSTER} AS cluster_id
FROM (
  SELECT i, 'actor' AS side, 0 AS pos, floor($k * pow(((hash(i) % 100000) / 100000.0), 2))::INTEGER AS k
  FROM range($n) r(i)
  UNION ALL
  SELECT i, CASE WHEN i % 5 = 0 THEN 'actor' ELSE 'recipient' END, 1,
         floor($k * pow(((hash(i + 17) % 100000) / 100000.0), 2))::INTEGER FROM range($n) r(i)
  UNION ALL
  SELECT i, 'actor', 2, floor($k * pow(((hash(i + 31) % 100000) / 100000.0), 2))::INTEGER
  FROM range($n) r(i) WHERE i % 5 = 0
) x JOIN countries c ON c.k = x.k JOIN types t ON t.k = (i * 31) % 8
"""


def build(store: EventStore, n: int, new: int) -> float:
    """Fill the store with ``n`` synthetic events; returns seconds taken."""
    con = store.con
    start = time.perf_counter()
    con.execute("CREATE TEMP TABLE countries AS SELECT * FROM (SELECT unnest(range(?)) AS k, unnest(?) AS code)",
                [len(COUNTRIES), COUNTRIES])
    quads = {"CONSULT": (1, "040", 1.0), "AGREE": (1, "030", 4.0), "COOPERATE": (2, "061", 6.4),
             "AID": (2, "070", 7.0), "ACCUSE": (3, "112", -2.0), "REJECT": (3, "120", -4.0),
             "THREATEN": (3, "130", -4.4), "SANCTION": (4, "163", -8.0)}
    con.execute("CREATE TEMP TABLE types (k INTEGER, etype VARCHAR, quad INTEGER, cameo VARCHAR, gs DOUBLE)")
    con.executemany("INSERT INTO types VALUES (?, ?, ?, ?, ?)",
                    [(k, t, *quads[t]) for k, t in enumerate(TYPES)])
    con.execute("INSERT INTO articles (id, date, source, ingested_at) SELECT 'a-' || i, "
                "DATE '2015-01-01' + ((i * 3 * 7919) % 3650)::INTEGER, 'src' || (i % 40), now() "
                "FROM range(?) r(i)", [n // 3 + 1])
    con.execute(_EVENTS_SQL.replace("$cut", str(n - new)).replace("$n", str(n)))
    con.execute(_ACTORS_SQL.replace("$cut", str(n - new)).replace("$n", str(n)).replace("$k", str(len(COUNTRIES))))
    for table, key in (("events", "id"), ("event_actors", "event_id")):
        con.execute(f"UPDATE {table} SET event_date = DATE '2024-12-01' + (hash({key}) % 30)::INTEGER "
                    "WHERE cluster_id IS NULL")
    con.execute("""INSERT INTO clusters (id, event_type, quad_class, goldstein, status, first_date, last_date,
                   actor_countries, recipient_countries, n_mentions, n_articles, n_sources, representative_event_id)
                   SELECT cluster_id, any_value(event_type), any_value(quad_class), avg(goldstein), any_value(status),
                   min(event_date), max(event_date), [], [], count(*), count(DISTINCT article_id), 1, min(id)
                   FROM events WHERE cluster_id IS NOT NULL GROUP BY cluster_id""")
    con.execute("""UPDATE clusters SET actor_countries = s.a, recipient_countries = s.r FROM (
                   SELECT e.cluster_id, list_distinct(list(ea.country) FILTER (WHERE ea.side = 'actor')) AS a,
                   coalesce(list_distinct(list(ea.country) FILTER (WHERE ea.side = 'recipient')), []) AS r
                   FROM events e JOIN event_actors ea ON ea.event_id = e.id
                   WHERE e.event_date >= DATE '2024-10-01' AND e.cluster_id IS NOT NULL GROUP BY e.cluster_id) s
                   WHERE clusters.id = s.cluster_id""")
    con.execute("CHECKPOINT")
    return time.perf_counter() - start


def timed(fn, repeat: int = 3) -> float:  # noqa: ANN001
    """Best wall time of ``repeat`` runs (first run warms caches)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument("--new", type=int, default=20_000)
    parser.add_argument("--db", type=Path, default=None)
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="mv-bench-")) / "bench.duckdb"
    if args.db is not None and args.db.exists():
        raise SystemExit(f"{args.db} exists; the benchmark builds a fresh database")
    with EventStore.open(db) as store:
        store.con.execute("SET memory_limit = '6GB'")
        store.con.execute("SET threads = 2")
        results = {"events": args.events, "new_events": args.new, "build_s": round(build(store, args.events,
                                                                                             args.new), 2)}
        start = time.perf_counter()
        store.optimize()  # the ingest step: sort event_actors by country (docs/tilt.md, Performance)
        results["optimize_s"] = round(time.perf_counter() - start, 2)
        results["event_actor_rows"] = store.con.execute("SELECT count(*) FROM event_actors").fetchall()[0][0]
        results["dyad_series_s"] = round(timed(lambda: dyad_series(store, "RUS", "KAZ", freq="month")), 3)
        results["dyad_series_group_s"] = round(timed(
            lambda: dyad_series(store, "EUR", "KAZ", members=lambda c: frozenset({"DEU", "FRA", "ITA", "POL"})
                                if c == "EUR" else frozenset({c}))), 3)
        results["tilt_s"] = round(timed(lambda: tilt(store, "KAZ", freq="quarter", n_boot=500)), 3)
        start = time.perf_counter()
        update = update_clusters(store)
        results["cluster_update_s"] = round(time.perf_counter() - start, 2)
        results["cluster_update"] = {"events": update.n_events, "new_clusters": update.n_new_clusters,
                                     "joined_existing": update.n_joined_existing}
    results["db_mb"] = round(db.stat().st_size / 2**20)
    results["machine"] = f"{platform.machine()} {platform.python_version()}, 2 threads"
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    if args.db is None:
        db.unlink()
        db.parent.rmdir()


if __name__ == "__main__":
    main()
