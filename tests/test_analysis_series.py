"""Dyad series, regional courtship, the actor network and plots on constructed stores."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pytest
from test_analysis_support import article, engage, event, open_store

from multivector.analysis import courtship, dyad_series, tilt
from multivector.analysis.network import actor_network, export_graph, top_actors
from multivector.analysis.plots import html_report, plot_courtship, plot_dyad, plot_tilt
from multivector.errors import AnalysisError

C5 = ("KAZ", "UZB", "KGZ", "TJK", "TKM")


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "events.duckdb", [], []) as s:
        yield s


def _one(store, acts, recs, *, quad=1, day="2025-01-15", status="asserted"):
    art = article(day)
    store.write_batch([art], [event(art, acts, recs, quad=quad, status=status)])


def test_dyad_series_counts_quads_and_fills_empty_months(store):
    _one(store, ["RUS"], ["KAZ"], quad=1, day="2025-01-10")
    _one(store, ["KAZ"], ["RUS"], quad=2, day="2025-01-20")
    _one(store, ["RUS"], ["KAZ"], quad=4, day="2025-03-05")
    _one(store, ["RUS"], ["KAZ"], quad=4, day="2025-03-06", status="hypothetical")
    _one(store, ["RUS"], ["UZB"], quad=4, day="2025-02-05")
    frame = dyad_series(store, "RUS", "KAZ", freq="month")
    assert frame["period"].tolist() == list(pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01"]))
    assert frame["n_q1"].tolist() == [1, 0, 0] and frame["n_q2"].tolist() == [1, 0, 0]
    assert frame["n_q4"].tolist() == [0, 0, 1] and frame["n_total"].sum() == 3
    assert frame.loc[2, "gs_q4"] == pytest.approx(-8.0)
    directed = dyad_series(store, "RUS", "KAZ", freq="quarter", directed=True)
    assert directed["n_total"].tolist() == [2]


def test_dyad_series_expands_groups(store):
    _one(store, ["KAZ"], ["FRA"])
    _one(store, ["EUR"], ["KAZ"])
    members = {"EUR": frozenset({"FRA", "DEU"})}.get
    frame = dyad_series(store, "EUR", "KAZ", members=lambda c: members(c, frozenset({c})))
    assert frame["n_total"].tolist() == [2]
    assert dyad_series(store, "EUR", "KAZ")["n_total"].tolist() == [1]


def test_courtship_counts_each_cluster_once_per_pole(store):
    _one(store, ["USA", *C5], [])                     # C5+1 summit: one cluster for USA
    _one(store, ["CHN"], ["UZB"], quad=2)
    _one(store, ["RUS"], ["KGZ"], quad=3)
    frame = courtship(store, C5, ("USA", "RUS", "CHN", "TUR"), "quarter").set_index("pole")
    assert frame.loc["USA", "cooperation"] == 1 and frame.loc["CHN", "cooperation"] == 1
    assert frame.loc["RUS", "conflict"] == 1 and frame.loc["RUS", "net"] == -1
    assert frame.loc["TUR", "cooperation"] == 0
    with pytest.raises(AnalysisError):
        courtship(store, (), ("USA",), "quarter")


def test_actor_network_edges_centrality_and_export(store, tmp_path):
    _one(store, ["KAZ", "RUS", "CHN"], [])            # symmetric: three edges
    _one(store, ["RUS"], ["KAZ"], quad=4)
    _one(store, ["USA"], ["RUS"], quad=3, day="2026-01-01")
    graph = actor_network(store, until=pd.Timestamp("2025-12-31").date())
    assert {frozenset(e) for e in graph.edges} == {frozenset(p) for p in [("CHN", "KAZ"), ("CHN", "RUS"), ("KAZ", "RUS")]}
    assert graph["KAZ"]["RUS"]["cooperation"] == 1 and graph["KAZ"]["RUS"]["conflict"] == 1
    top = top_actors(graph, n=2)
    assert set(top["actor"]) == {"KAZ", "RUS"}
    back = nx.read_graphml(export_graph(graph, tmp_path / "g.graphml"))
    assert back.number_of_edges() == 3
    data = json.loads(export_graph(graph, tmp_path / "g.json").read_text())
    assert len(data["edges"]) == 3
    with pytest.raises(AnalysisError):
        export_graph(graph, tmp_path / "g.txt")


def test_plots_write_png_and_self_contained_html(store, tmp_path):
    engage(store, "KAZ", {"USA": 3, "RUS": 5, "CHN": 2}, day="2025-01-15")
    engage(store, "KAZ", {"USA": 1}, day="2025-04-15")
    engage(store, "KAZ", {"USA": 2, "RUS": 2, "CHN": 6}, day="2025-07-15")
    result = tilt(store, "KAZ", poles=("USA", "RUS", "CHN"), n_boot=50)
    png = plot_tilt(result, tmp_path / "tilt.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    page = plot_tilt(result, tmp_path / "tilt.html").read_text()
    assert "<svg" in page and "<script" not in page and 'src="http' not in page and 'href="http' not in page
    dyad = plot_dyad(dyad_series(store, "KAZ", "RUS"), tmp_path / "dyad.png")
    court = plot_courtship(courtship(store, ["KAZ"], ("USA", "RUS", "CHN"), "quarter"), tmp_path / "c.svg")
    report = html_report(tmp_path / "report.html", [png, dyad, court]).read_text()
    assert report.count("data:image/png;base64,") == 2 and report.count("<svg") == 1
    with pytest.raises(AnalysisError):
        plot_tilt(result, tmp_path / "tilt.gif")
