"""The fast paths of the analytics give the same answers as straightforward reference computations:
the pruned candidate index of the cluster matcher, incremental cluster writes, and the link query."""

from __future__ import annotations

import random
from datetime import date, timedelta

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_analysis_support import article, event, open_store
from tests.test_store_migration import assert_consistent

from multivector.analysis import dyad_series, tilt, update_clusters
from multivector.analysis.clusters import _Index, assign
from multivector.analysis.links import LinkQuery, linked_clusters
from multivector.analysis.matching import ClusterRule, EventSketch, Profile, best_match, score
from multivector.store.layout import LayoutStatus, layout_status

COUNTRIES = ("KAZ", "RUS", "CHN", "USA", "TUR")
TYPES = ("CONSULT", "ACCUSE")
DAY0 = date(2025, 3, 1)

countries = st.frozensets(st.sampled_from(COUNTRIES), max_size=2)
sketches = st.builds(
    EventSketch, event_type=st.sampled_from(TYPES), status=st.just("asserted"),
    day=st.integers(0, 6).map(lambda k: DAY0 + timedelta(days=k)), actors=countries, recipients=countries,
    tokens=st.frozensets(st.sampled_from(("talks", "energy", "gas", "visit")), max_size=3),
)


class _BruteIndex(_Index):
    """Every profile is a candidate: the reference the pruned index must agree with."""

    def __init__(self, rule: ClusterRule) -> None:
        super().__init__(rule)
        self.all: dict[str, Profile] = {}

    def put(self, profile: Profile) -> None:
        self.all[profile.cluster_id] = profile

    def near(self, sketch: EventSketch) -> list[Profile]:
        return list(self.all.values())


@settings(max_examples=150, deadline=None)
@given(st.lists(sketches, min_size=1, max_size=12), sketches)
def test_index_returns_every_cluster_that_can_match(members, mention):
    rule = ClusterRule()
    index = _Index(rule)
    profiles = []
    for k, sketch in enumerate(members):
        profile = Profile(f"cl-{k}", sketch, first=sketch.day, last=sketch.day)
        for other in members[k + 1:k + 3]:  # some profiles absorb more mentions (they grow)
            profile.add(other, rule)
        index.put(profile)
        profiles.append(profile)
    near = {p.cluster_id for p in index.near(mention)}
    possible = {p.cluster_id for p in profiles if score(mention, p, rule) is not None}
    assert possible <= near
    assert best_match(mention, index.near(mention), rule) is best_match(mention, profiles, rule)


def _random_batch(seed: int, n: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    rng = random.Random(seed)
    events, sides = [], []
    for k in range(n):
        event_id = f"ev-{k:04d}"
        day = DAY0 + timedelta(days=rng.randrange(8))
        events.append((event_id, rng.choice(TYPES), "asserted", day, rng.choice(("talks on gas", "energy talks"))))
        for side, count in (("actor", rng.randint(1, 2)), ("recipient", rng.randint(0, 1))):
            sides += [(event_id, side, c) for c in rng.sample(COUNTRIES, count)]
    return (pd.DataFrame(events, columns=["id", "event_type", "status", "event_date", "text"]),
            pd.DataFrame(sides, columns=["event_id", "side", "country"]))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_assign_with_pruned_index_equals_brute_force(seed):
    events, sides = _random_batch(seed, 300)
    rule = ClusterRule()
    fast, fast_new = assign(events, sides, _Index(rule, DAY0 - timedelta(days=2), DAY0 + timedelta(days=10)))
    slow, slow_new = assign(events, sides, _BruteIndex(rule))
    pd.testing.assert_frame_equal(fast, slow)
    assert fast_new == slow_new
    assert len(fast_new) < len(events)  # some mentions really merged


@pytest.fixture()
def store(tmp_path):
    """A small store: random directed and multilateral events over a few months, some duplicated reports."""
    rng = random.Random(7)
    arts, evs = [], []
    for k in range(160):
        art = article((DAY0 + timedelta(days=rng.randrange(120))).isoformat(), source=rng.choice("abc"))
        arts.append(art)
        parties = rng.sample(COUNTRIES + ("DEU", "FRA"), 3)
        recipients = [] if k % 4 == 0 else parties[2:]
        quad = rng.choice((1, 2, 3, 4))
        status = "hypothetical" if k % 9 == 0 else "asserted"
        text = f"{' '.join(parties)} talks on topic {k % 5}"
        evs.append(event(art, parties[:2], recipients, quad=quad, status=status, text=text))
        if k % 3 == 0:  # a second outlet's report of the same event
            copy = article(art.date.isoformat(), source="d")
            arts.append(copy)
            evs.append(event(copy, parties[:2], recipients, quad=quad, status=status, text=text))
    with open_store(tmp_path / "events.duckdb", arts, evs) as s:
        update_clusters(s)
        yield s


_REFERENCE = """
WITH ev AS (SELECT id, coalesce(cluster_id, id) AS cid, status, event_date, quad_class, goldstein, article_id,
                   len(recipients) = 0 AS symmetric FROM events),
pairs AS (
  SELECT DISTINCT e.id, l.label AS left_label, r.label AS right_label
  FROM ev e JOIN event_actors a ON a.event_id = e.id JOIN event_actors b ON b.event_id = e.id
  JOIN labels l ON l.key = 'L' AND l.country = a.country JOIN labels r ON r.key = 'R' AND r.country = b.country
  WHERE a.country <> b.country AND e.status = 'asserted' AND e.event_date >= $since
    AND (e.symmetric OR (a.side = 'actor' AND b.side = 'recipient') OR (NOT $directed AND a.side <> b.side))
)
SELECT e.cid AS cluster_id, p.left_label, p.right_label, min(e.event_date) AS date,
       mode(e.quad_class ORDER BY e.quad_class) AS quad_class, avg(e.goldstein) AS goldstein,
       min(e.article_id) AS article_id, count(*) AS n_mentions
FROM pairs p JOIN ev e ON e.id = p.id GROUP BY ALL ORDER BY ALL
"""


@pytest.mark.parametrize(("directed", "optimized", "since"), [
    (False, False, None), (True, False, None), (False, True, None), (True, True, DAY0 + timedelta(days=30))])
def test_linked_clusters_equal_reference_sql(store, directed, optimized, since):
    if optimized:  # country-sorted layout; the event written afterwards sits in the unsorted tail
        assert store.optimize(min_unsorted_fraction=0)
        art = article((DAY0 + timedelta(days=40)).isoformat())
        store.write_batch([art], [event(art, ["KAZ"], ["DEU", "RUS"], quad=2)])
    left = {"KAZ": frozenset({"KAZ"})}
    right = {"RUS": frozenset({"RUS"}), "EUR": frozenset({"DEU", "FRA"}), "CHN": frozenset({"CHN"}),
             "EURUS": frozenset({"DEU", "RUS"})}  # a country may belong to several labels
    query = LinkQuery(left=left, right=right, freq="month", directed=directed, since=since)
    got = linked_clusters(store, query).drop(columns="period")
    rows = [("L", k, c) for k, cs in left.items() for c in cs] + [("R", k, c) for k, cs in right.items() for c in cs]
    store.con.register("labels", pd.DataFrame(rows, columns=["key", "label", "country"]))
    want = store.con.execute(_REFERENCE.replace("$directed", str(directed).upper())
                             .replace("$since", f"DATE '{since or date.min}'")).df()
    store.con.unregister("labels")
    got = got.sort_values(list(want.columns[:3])).reset_index(drop=True)[list(want.columns)]
    assert len(want) > 20
    pd.testing.assert_frame_equal(got, want, check_dtype=False)


def test_dyad_series_counts_reference_clusters(store):
    series = dyad_series(store, "KAZ", "RUS", freq="quarter")
    want = store.con.execute(
        "SELECT count(DISTINCT coalesce(e.cluster_id, e.id)) FROM events e WHERE e.status = 'asserted' AND "
        "EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.country = 'KAZ') AND "
        "EXISTS (SELECT 1 FROM event_actors b WHERE b.event_id = e.id AND b.country = 'RUS')").fetchall()[0][0]
    linked_both_ways = series["n_total"].sum()
    assert 0 < linked_both_ways <= want  # co-actors of a directed event are not linked, so <=


def test_tilt_pairwise_intervals_match_per_pair_quantiles(store):
    result = tilt(store, "KAZ", poles=("RUS", "CHN", "USA"), freq="year", n_boot=200, seed=3)
    pairs = result.pairwise
    assert len(pairs) == 3 * len(result.by_period)
    assert np.all(pairs["tilt_lo"] <= pairs["tilt"] + 1e-9) or pairs["sparse"].any()
    again = tilt(store, "KAZ", poles=("RUS", "CHN", "USA"), freq="year", n_boot=200, seed=3)
    pd.testing.assert_frame_equal(pairs, again.pairwise)


def test_write_clusters_updates_only_changed_rows_and_keeps_copies_equal(store):
    before = store.con.execute("SELECT id, cluster_id FROM events ORDER BY id").df()
    target = before.dropna().iloc[0]["cluster_id"]
    members = before[before["cluster_id"] == target]
    moved = before[before["cluster_id"] != target].dropna().iloc[:2]
    clusters = pd.DataFrame({"id": [target]})
    assignments = pd.DataFrame({"event_id": list(moved["id"]) + list(members["id"][1:]),
                                "cluster_id": target})
    store.write_clusters(clusters, assignments)
    after = store.con.execute("SELECT id, cluster_id FROM events ORDER BY id").df().set_index("id")
    assert pd.isna(after.loc[members["id"].iloc[0], "cluster_id"])  # replaced cluster, not re-assigned
    assert set(after.loc[list(moved["id"]), "cluster_id"]) == {target}
    untouched = before.set_index("id").drop(index=list(moved["id"]) + list(members["id"]))
    pd.testing.assert_frame_equal(after.loc[untouched.index], untouched)
    mismatched = store.con.execute(
        "SELECT count(*) FROM event_actors a JOIN events e ON e.id = a.event_id "
        "WHERE a.cluster_id IS DISTINCT FROM e.cluster_id").fetchall()[0][0]
    assert mismatched == 0


def _layout(store) -> list:
    return [c for (c,) in store.con.execute("SELECT country FROM event_actors ORDER BY rowid").fetchall()]


def test_optimize_sorts_by_country_only_when_the_tail_is_large(store):
    query = LinkQuery(left={"KAZ": frozenset({"KAZ"})}, right={"RUS": frozenset({"RUS"}),
                      "EUR": frozenset({"DEU", "FRA"})}, freq="quarter")
    before = linked_clusters(store, query).sort_values(["cluster_id", "right_label"], ignore_index=True)
    rows = len(_layout(store))
    assert layout_status(store.con) == LayoutStatus(rows, rows)  # written after migration 3: all tail
    assert _layout(store) != sorted(_layout(store))
    assert store.optimize() is True
    assert _layout(store) == sorted(_layout(store)) and layout_status(store.con).unsorted_rows == 0
    assert store.optimize() is False
    after = linked_clusters(store, query).sort_values(["cluster_id", "right_label"], ignore_index=True)
    pd.testing.assert_frame_equal(before, after)
    art = article(DAY0.isoformat())
    store.write_batch([art], [event(art, ["RUS"], ["KAZ"])])
    assert layout_status(store.con) == LayoutStatus(rows + 2, 2)
    assert store.optimize() is False  # 2 rows are below 5% of the table
    assert int(dyad_series(store, "RUS", "KAZ", freq="year")["n_total"].sum()) == int(
        dyad_series(store, "KAZ", "RUS", freq="year")["n_total"].sum()) > 0
    assert store.optimize(min_unsorted_fraction=0) is True
    assert_consistent(store)


def test_empty_side_links_nothing(store):
    query = LinkQuery(left={"KAZ": frozenset({"KAZ"})}, right={"NOBODY": frozenset()})
    assert linked_clusters(store, query).empty


def test_tilt_counts_equal_linked_clusters_per_period_and_pole(store):
    poles = ("RUS", "CHN", "EUR")
    members = {"EUR": frozenset({"DEU", "FRA"})}
    result = tilt(store, "KAZ", poles=poles, freq="quarter", n_boot=50, members=lambda c: members.get(c, frozenset()))
    links = linked_clusters(store, LinkQuery(left={"KAZ": frozenset({"KAZ"})}, right={
        "RUS": frozenset({"RUS"}), "CHN": frozenset({"CHN"}), "EUR": frozenset({"EUR", "DEU", "FRA"})},
        freq="quarter"))
    coop = links[links["quad_class"] <= 2].groupby(["period", "right_label"]).size()
    got = result.by_pole.set_index(["period", "pole"])["E"]
    want = coop.reindex(got.index, fill_value=0).astype(float)
    pd.testing.assert_series_equal(got, want, check_names=False)
    assert len(result.by_period) == result.by_pole["period"].nunique() and result.by_pole["E"].sum() > 0
    assert list(result.by_pole["pole"][:3]) == list(poles)
    assert result.by_pole.dtypes["sparse"] == bool and result.by_period.dtypes["n_clusters"] == "int64"
