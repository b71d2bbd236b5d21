"""Regional courtship: how much each outside pole engages a region's members, per period."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

import pandas as pd

from multivector.analysis.dyads import quad_table
from multivector.analysis.links import LinkQuery, StoreLike, linked_clusters
from multivector.analysis.members import Members, expand_all, identity_members
from multivector.analysis.tilt import DEFAULT_POLES
from multivector.errors import AnalysisError


def courtship(
    store: StoreLike,
    region_members: Iterable[str],
    poles: Sequence[str] = DEFAULT_POLES,
    freq: str = "quarter",
    *,
    statuses: Sequence[str] = ("asserted",),
    include_members: bool = True,
    members: Members = identity_members,
    since: date | None = None,
    until: date | None = None,
) -> pd.DataFrame:
    """Per period and pole: clusters linking the pole with any region member (each cluster once per pole).

    Columns: period, pole, cooperation (quad 1-2 count), conflict (quad 3-4 count), cooperation_goldstein,
    conflict_goldstein, net (cooperation - conflict), plus the per-quad n_q*/gs_q* columns.
    """
    region = frozenset(region_members)
    if not region:
        raise AnalysisError("empty region", source="courtship")
    query = LinkQuery(left=expand_all(poles, members, include_members=include_members),
                      right={"region": region}, freq=freq, statuses=tuple(statuses), since=since, until=until)
    links = linked_clusters(store, query).rename(columns={"left_label": "pole"})
    table = quad_table(links, freq=freq, by=("pole",), levels=(tuple(poles),))
    table["cooperation"] = table["n_q1"] + table["n_q2"]
    table["conflict"] = table["n_q3"] + table["n_q4"]
    table["cooperation_goldstein"] = table["gs_q1"] + table["gs_q2"]
    table["conflict_goldstein"] = table["gs_q3"] + table["gs_q4"]
    table["net"] = table["cooperation"] - table["conflict"]
    return table
