"""Actor network: who interacts with whom, edges weighted by cooperative and conflictual clusters."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import networkx as nx
import pandas as pd

from multivector.analysis.links import StoreLike, check_statuses
from multivector.errors import AnalysisError

_LEVELS = {"country": "country", "code": "code"}
CENTRALITIES = ("degree", "strength", "eigenvector", "betweenness")

_SQL = """
WITH ev AS (
  SELECT id, coalesce(cluster_id, id) AS cid, quad_class, goldstein FROM events
  WHERE status IN ({statuses}) {date_filter}
),
rows AS (
  SELECT ea.event_id, ea.side, ea.{column} AS node FROM event_actors ea SEMI JOIN ev ON ea.event_id = ev.id
  WHERE ea.{column} IS NOT NULL
),
sym AS (SELECT event_id, bool_and(side = 'actor') AS symmetric FROM rows GROUP BY event_id),
pairs AS (
  SELECT ev.cid, a.node AS u, b.node AS v, mode(ev.quad_class) AS quad_class, avg(ev.goldstein) AS goldstein
  FROM rows a JOIN rows b ON a.event_id = b.event_id AND a.node < b.node
  JOIN sym s ON s.event_id = a.event_id JOIN ev ON ev.id = a.event_id
  WHERE s.symmetric OR a.side <> b.side
  GROUP BY ev.cid, a.node, b.node
)
SELECT u, v, count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
       count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict, sum(goldstein) AS goldstein
FROM pairs GROUP BY u, v ORDER BY u, v
"""


def edge_frame(store: StoreLike, *, since: date | None = None, until: date | None = None,
               statuses: Sequence[str] = ("asserted",), level: str = "country") -> pd.DataFrame:
    """Undirected edges (u < v) with cooperation and conflict cluster counts and the Goldstein sum."""
    if level not in _LEVELS:
        raise AnalysisError(f"unknown level {level!r}; use country or code", source="network")
    sts = check_statuses(statuses)
    params: list[Any] = list(sts)
    date_filter = ""
    for op, value in ((">=", since), ("<=", until)):
        if value is not None:
            date_filter += f" AND event_date {op} ?"
            params.append(value)
    sql = _SQL.format(statuses=", ".join("?" * len(sts)), date_filter=date_filter, column=_LEVELS[level])
    try:
        return store.con.execute(sql, params).df()
    except duckdb.Error as exc:
        raise AnalysisError(f"network query failed: {exc}", source="events") from exc


def actor_network(store: StoreLike, *, since: date | None = None, until: date | None = None,
                  statuses: Sequence[str] = ("asserted",), level: str = "country") -> nx.Graph:
    """Graph of actors (countries or CAMEO codes); edge attributes cooperation, conflict, goldstein, weight."""
    graph = nx.Graph(since=str(since or ""), until=str(until or ""), level=level)
    for row in edge_frame(store, since=since, until=until, statuses=statuses, level=level).itertuples():
        coop, conf = int(row.cooperation), int(row.conflict)
        graph.add_edge(row.u, row.v, cooperation=coop, conflict=conf, goldstein=float(row.goldstein or 0.0),
                       weight=coop + conf)
    return graph


def top_actors(graph: nx.Graph, *, n: int = 10, by: str = "strength") -> pd.DataFrame:
    """The ``n`` most central actors: columns actor, degree, strength, eigenvector, betweenness."""
    if by not in CENTRALITIES:
        raise AnalysisError(f"unknown centrality {by!r}; use one of {', '.join(CENTRALITIES)}", source="network")
    if graph.number_of_nodes() == 0:
        return pd.DataFrame(columns=["actor", *CENTRALITIES])
    frame = pd.DataFrame({
        "degree": dict(graph.degree()),
        "strength": dict(graph.degree(weight="weight")),
        "eigenvector": _eigenvector(graph),
        "betweenness": nx.betweenness_centrality(graph),
    })
    frame.index.name = "actor"
    return frame.sort_values([by, "degree"], ascending=False).head(n).reset_index()


def _eigenvector(graph: nx.Graph) -> dict[str, float]:
    try:
        return nx.eigenvector_centrality(graph, max_iter=500, weight="weight")
    except nx.NetworkXException:
        return dict.fromkeys(graph.nodes, float("nan"))


def export_graph(graph: nx.Graph, path: Path | str) -> Path:
    """Write GraphML (``.graphml``) or node-link JSON (``.json``); returns the path."""
    path = Path(path)
    if path.suffix == ".graphml":
        nx.write_graphml(graph, path)
    elif path.suffix == ".json":
        path.write_text(json.dumps(nx.node_link_data(graph, edges="edges"), indent=1), encoding="utf-8")
    else:
        raise AnalysisError(f"unknown graph format {path.suffix!r}; use .graphml or .json", source=str(path))
    return path
