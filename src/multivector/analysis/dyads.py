"""Dyad time series: clusters between two actors per period and quad class."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from multivector.analysis.links import LinkQuery, StoreLike, linked_clusters, period_index
from multivector.analysis.members import Members, expand, identity_members

QUADS = (1, 2, 3, 4)
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}
COUNT_COLUMNS = tuple(f"n_q{q}" for q in QUADS)
GOLDSTEIN_COLUMNS = tuple(f"gs_q{q}" for q in QUADS)


def dyad_series(
    store: StoreLike,
    a: str,
    b: str,
    *,
    freq: str = "month",
    directed: bool = False,
    statuses: Sequence[str] = ("asserted",),
    members: Members = identity_members,
    since: date | None = None,
    until: date | None = None,
) -> pd.DataFrame:
    """Clusters between ``a`` and ``b`` per period: counts and Goldstein sums per quad class.

    Groups are expanded to their members (plus the group's own code). ``directed=True`` counts only
    ``a`` acting on ``b`` (symmetric events count both ways). Columns: period, n_q1..n_q4, gs_q1..gs_q4,
    n_total, gs_total; every period between the first and last cluster is present (zeros when empty).
    """
    query = LinkQuery(left={a: expand(a, members)}, right={b: expand(b, members)}, freq=freq,
                      statuses=tuple(statuses), directed=directed, since=since, until=until)
    links = linked_clusters(store, query)
    return quad_table(links, freq=freq, by=())


def quad_table(links: pd.DataFrame, *, freq: str, by: Sequence[str],
               levels: Sequence[Sequence[str]] | None = None) -> pd.DataFrame:
    """Pivot linked clusters into counts and Goldstein sums per (period, *by) and quad class.

    ``levels`` lists the values of each ``by`` column to show even when they have no clusters.
    """
    keys = ["period", *by]
    per = links.drop_duplicates(["cluster_id", *by]) if len(links) else links
    grouped = per.groupby([*keys, "quad_class"]).agg(n=("cluster_id", "size"), gs=("goldstein", "sum"))
    wide = grouped.unstack("quad_class", fill_value=0) if len(grouped) else None
    index = _full_index(per, freq=freq, by=by, levels=levels)
    out = pd.DataFrame(index=index)
    for q in QUADS:
        has = wide is not None and ("n", q) in wide.columns
        out[f"n_q{q}"] = wide[("n", q)].reindex(index, fill_value=0).astype("int64") if has else 0
        out[f"gs_q{q}"] = wide[("gs", q)].reindex(index, fill_value=0.0).astype(float) if has else 0.0
    out["n_total"] = out[list(COUNT_COLUMNS)].sum(axis=1).astype("int64")
    out["gs_total"] = out[list(GOLDSTEIN_COLUMNS)].sum(axis=1)
    return out.reset_index()


def _full_index(per: pd.DataFrame, *, freq: str, by: Sequence[str],
                levels: Sequence[Sequence[str]] | None) -> pd.Index:
    periods = period_index(per["period"].min(), per["period"].max(), freq) if len(per) else period_index(
        None, None, freq)
    if not by:
        return periods
    groups = [list(v) for v in levels] if levels else [sorted(per[col].dropna().unique()) for col in by]
    return pd.MultiIndex.from_product([periods, *groups], names=["period", *by])
