"""Tilt index: analytic cases on constructed stores, and property tests of the numeric core."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_analysis_support import article, engage, event, open_store

from multivector.analysis import indices
from multivector.analysis.clusters import update_clusters
from multivector.analysis.tilt import tilt, tilt_table
from multivector.errors import AnalysisError

POLES = ("USA", "RUS", "CHN")


@pytest.fixture()
def store(tmp_path):
    with open_store(tmp_path / "events.duckdb", [], []) as s:
        yield s


def _period(result):
    assert len(result.by_period) == 1
    return result.by_period.iloc[0]


def test_equal_engagement_gives_balance_one(store):
    engage(store, "KAZ", {p: 4 for p in POLES})
    result = tilt(store, "KAZ", poles=POLES, n_boot=50)
    row = _period(result)
    assert row["balance"] == pytest.approx(1.0)
    assert result.by_pole["share"].tolist() == pytest.approx([1 / 3] * 3)
    assert result.pairwise["tilt"].tolist() == pytest.approx([0.0, 0.0, 0.0])


def test_one_pole_only_gives_balance_zero_and_positive_tilt(store):
    engage(store, "KAZ", {"RUS": 6})
    result = tilt(store, "KAZ", poles=POLES, n_boot=50, alpha=1.0)
    assert _period(result)["balance"] == pytest.approx(0.0)
    rus_usa = result.pairwise.query("pole_a == 'USA' and pole_b == 'RUS'")["tilt"].iloc[0]
    assert rus_usa == pytest.approx(math.log(1 / 7))


def test_duplicate_report_does_not_change_index(store):
    first = article("2025-02-03", source="wire")
    second = article("2025-02-03", source="paper")
    text = "Kazakhstan and China signed a cooperation agreement on railway transit in Astana."
    store.write_batch([first, second], [event(a, ["KAZ"], ["CHN"], quad=2, text=text) for a in (first, second)])
    engage(store, "KAZ", {"USA": 1}, day="2025-02-10")
    before = tilt(store, "KAZ", poles=POLES, n_boot=0)
    update_clusters(store)
    after = tilt(store, "KAZ", poles=POLES, n_boot=0)
    assert before.by_pole.set_index("pole").loc["CHN", "E"] == 2
    assert after.by_pole.set_index("pole").loc["CHN", "E"] == 1
    assert _period(after)["balance"] == pytest.approx(math.log(2) / math.log(3))


def test_hypothetical_and_negated_events_do_not_count(store):
    engage(store, "KAZ", {"USA": 3})
    engage(store, "KAZ", {"CHN": 5}, status="hypothetical")
    engage(store, "KAZ", {"RUS": 5}, status="negated")
    result = tilt(store, "KAZ", poles=POLES, n_boot=0)
    assert result.by_pole.set_index("pole")["E"].to_dict() == {"USA": 3, "RUS": 0, "CHN": 0}
    planned = tilt(store, "KAZ", poles=POLES, n_boot=0, statuses=("asserted", "hypothetical"))
    assert planned.by_pole.set_index("pole").loc["CHN", "E"] == 5


def test_conflict_counts_in_c_not_e_and_net_alignment(store):
    engage(store, "KAZ", {"USA": 2})
    engage(store, "KAZ", {"USA": 3}, quad=4)
    row = tilt(store, "KAZ", poles=POLES, n_boot=0).by_pole.set_index("pole").loc["USA"]
    assert (row["E"], row["C"], row["net"]) == (2, 3, -1)


def test_sparse_periods_are_flagged_and_gaps_filled(store):
    engage(store, "KAZ", {"USA": 1, "RUS": 1}, day="2025-01-10")
    engage(store, "KAZ", {"USA": 3, "RUS": 3, "CHN": 3}, day="2025-10-10")
    result = tilt(store, "KAZ", poles=POLES, n_boot=20, min_events=5)
    assert result.by_period["sparse"].tolist() == [True, True, True, False]
    assert result.by_period["n_clusters"].tolist() == [2, 0, 0, 9]
    assert len(tilt_table(result)) == 4


def test_group_pole_counts_members_only_when_asked(store):
    engage(store, "KAZ", {"DEU": 2, "EUR": 1, "USA": 3})
    eu = {"EUR": frozenset({"DEU", "FRA"})}

    def members(code):
        return eu.get(code, frozenset({code}))

    with_members = tilt(store, "KAZ", poles=("USA", "EUR"), members=members, n_boot=0)
    without = tilt(store, "KAZ", poles=("USA", "EUR"), members=members, include_members=False, n_boot=0)
    assert with_members.by_pole.set_index("pole").loc["EUR", "E"] == 3
    assert without.by_pole.set_index("pole").loc["EUR", "E"] == 1
    assert _period(with_members)["balance"] == pytest.approx(1.0)


def test_multilateral_symmetric_event_counts_for_each_pole_once(store):
    art = article("2025-03-01")
    store.write_batch([art], [event(art, ["KAZ", "USA", "RUS", "UZB"], [], quad=1)])
    result = tilt(store, "KAZ", poles=POLES, n_boot=0)
    assert result.by_pole.set_index("pole")["E"].to_dict() == {"USA": 1, "RUS": 1, "CHN": 0}


def test_co_actors_of_directed_event_are_not_linked(store):
    art = article("2025-03-01")
    store.write_batch([art], [event(art, ["KAZ", "RUS"], ["USA"], quad=3)])
    result = tilt(store, "KAZ", poles=POLES, n_boot=0).by_pole.set_index("pole")
    assert (result.loc["RUS", "C"], result.loc["USA", "C"]) == (0, 1)


def test_bootstrap_is_seeded_and_intervals_bracket_shares(store):
    engage(store, "KAZ", {"USA": 5, "RUS": 2, "CHN": 1})
    a = tilt(store, "KAZ", poles=POLES, n_boot=200, seed=3)
    b = tilt(store, "KAZ", poles=POLES, n_boot=200, seed=3)
    assert a.by_pole.equals(b.by_pole)
    pole = a.by_pole
    assert (pole["share_lo"] <= pole["share"] + 1e-9).all() and (pole["share"] <= pole["share_hi"] + 1e-9).all()


def test_invalid_requests_raise_analysis_error(store):
    with pytest.raises(AnalysisError, match="E060"):
        tilt(store, "KAZ", poles=("KAZ", "RUS"))
    with pytest.raises(AnalysisError):
        tilt(store, "KAZ", poles=POLES, freq="fortnight")
    with pytest.raises(AnalysisError):
        tilt(store, "KAZ", poles=POLES, statuses=("maybe",))


def test_empty_store_gives_empty_tables(store):
    result = tilt(store, "KAZ", poles=POLES, n_boot=10)
    assert result.by_period.empty and tilt_table(result).empty


weights = st.lists(st.floats(min_value=0, max_value=1e6, allow_nan=False), min_size=2, max_size=8)


@settings(max_examples=200, deadline=None)
@given(weights)
def test_balance_bounds_and_shares_sum_to_one(w):
    arr = np.array([w])
    bal = indices.balance(arr)[0]
    if sum(w) == 0:
        assert math.isnan(bal)
    else:
        assert 0.0 <= bal <= 1.0
        assert indices.shares(arr)[0].sum() == pytest.approx(1.0)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=1, max_value=50), st.integers(min_value=2, max_value=6))
def test_balance_extremes(n, k):
    even = np.full((1, k), float(n))
    one = np.zeros((1, k))
    one[0, 0] = n
    assert indices.balance(even)[0] == pytest.approx(1.0)
    assert indices.balance(one)[0] == pytest.approx(0.0)


@settings(max_examples=100, deadline=None)
@given(weights, st.floats(min_value=0.1, max_value=5))
def test_log_ratio_is_antisymmetric(w, alpha):
    arr = np.array(w)
    assert indices.log_ratio(arr, 0, 1, alpha) == pytest.approx(-indices.log_ratio(arr, 1, 0, alpha))


def test_goldstein_weight_weighs_material_cooperation_more(store):
    engage(store, "KAZ", {"USA": 2}, quad=1)          # CONSULT, Goldstein 1.0 each
    engage(store, "KAZ", {"CHN": 1}, quad=2)          # COOPERATE, Goldstein 6.4
    counted = tilt(store, "KAZ", poles=POLES, n_boot=0).by_pole.set_index("pole")["E"]
    weighted = tilt(store, "KAZ", poles=POLES, n_boot=0, weight="goldstein").by_pole.set_index("pole")["E"]
    assert (counted["USA"], counted["CHN"]) == (2, 1)
    assert (weighted["USA"], weighted["CHN"]) == pytest.approx((2.0, 6.4))


def test_kb_members_adapter_passes_the_date():
    from datetime import date

    from multivector.analysis import kb_members

    class FakeKB:
        def members(self, code, *, on=None):
            return frozenset({"GBR"}) if on and on.year < 2020 else frozenset({"DEU"})

    assert kb_members(FakeKB(), on=date(2015, 1, 1))("EUR") == {"GBR"}
    assert kb_members(FakeKB())("EUR") == {"DEU"}


def test_every_number_traces_to_its_clusters_and_evidence(store):
    from multivector.analysis.clusters import describe_clusters

    engage(store, "KAZ", {"USA": 2, "RUS": 3})  # not clustered yet: each event is its own cluster
    result = tilt(store, "KAZ", poles=POLES, n_boot=0)
    evidence = result.evidence
    assert evidence["cluster_id"].nunique() == _period(result)["n_clusters"]
    per_pole = evidence.groupby("pole")["cluster_id"].nunique()
    assert per_pole.to_dict() == {"RUS": 3, "USA": 2}
    described = describe_clusters(store, evidence["cluster_id"])
    assert set(described["cluster_id"]) == set(evidence["cluster_id"])
    assert described["text"].str.len().gt(0).all()
    update_clusters(store)  # the identical reports merge, and the evidence follows
    merged = tilt(store, "KAZ", poles=POLES, n_boot=0).evidence
    assert merged.groupby("pole")["cluster_id"].nunique().to_dict() == {"RUS": 1, "USA": 1}
    assert set(describe_clusters(store, merged["cluster_id"])["n_mentions"]) == {2, 3}
