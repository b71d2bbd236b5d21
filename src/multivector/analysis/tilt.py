"""The multi-vector (tilt) index: how a focal state's cooperation spreads over several poles (docs/tilt.md)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

import numpy as np
import pandas as pd

from multivector.analysis import indices
from multivector.analysis.links import LinkQuery, StoreLike, linked_clusters, period_index
from multivector.analysis.members import Members, expand, expand_all, identity_members
from multivector.errors import AnalysisError

logger = logging.getLogger(__name__)

DEFAULT_POLES = ("USA", "RUS", "CHN", "EUR", "TUR")
COOPERATIVE = (1, 2)
CONFLICTUAL = (3, 4)


@dataclass(frozen=True)
class TiltOptions:
    """Parameters of one tilt computation (kept with the result for provenance)."""

    focal: str
    poles: tuple[str, ...]
    freq: str = "quarter"
    alpha: float = 1.0
    n_boot: int = 500
    ci: float = 0.95
    min_events: int = 5
    weight: str = "count"
    statuses: tuple[str, ...] = ("asserted",)
    include_members: bool = True
    seed: int = 0


@dataclass(frozen=True)
class TiltResult:
    """Tilt index tables.

    ``by_period``: period, n_clusters, n_articles, E_total, C_total, balance, balance_lo, balance_hi, sparse.
    ``by_pole``: period, pole, E, C, share, share_lo, share_hi, net, sparse.
    ``pairwise``: period, pole_a, pole_b, tilt, tilt_lo, tilt_hi, sparse (tilt > 0 leans to pole_a).
    """

    options: TiltOptions
    by_period: pd.DataFrame = field(repr=False)
    by_pole: pd.DataFrame = field(repr=False)
    pairwise: pd.DataFrame = field(repr=False)

    @property
    def poles(self) -> tuple[str, ...]:
        return self.options.poles


def tilt(
    store: StoreLike,
    focal: str,
    *,
    poles: Sequence[str] = DEFAULT_POLES,
    freq: str = "quarter",
    alpha: float = 1.0,
    n_boot: int = 500,
    ci: float = 0.95,
    min_events: int = 5,
    weight: str = "count",
    statuses: Sequence[str] = ("asserted",),
    include_members: bool = True,
    members: Members = identity_members,
    since: date | None = None,
    until: date | None = None,
    seed: int = 0,
) -> TiltResult:
    """Per period and pole: cooperative (E) and conflictual (C) cluster weight between ``focal`` and the pole,
    shares, balance (normalised entropy), pairwise log-ratio tilt and article-bootstrap intervals.

    ``include_members`` counts a group pole's member states with its institutions (EUR = EU + members).
    ``weight`` is ``count`` (each cluster 1) or ``goldstein`` (|Goldstein| of the cluster).
    """
    opts = TiltOptions(focal=focal, poles=tuple(poles), freq=freq, alpha=alpha, n_boot=n_boot, ci=ci,
                       min_events=min_events, weight=weight, statuses=tuple(statuses),
                       include_members=include_members, seed=seed)
    _validate(opts)
    query = LinkQuery(left={focal: expand(focal, members)},
                      right=expand_all(opts.poles, members, include_members=include_members),
                      freq=freq, statuses=opts.statuses, since=since, until=until)
    links = linked_clusters(store, query)
    return compute_tilt(links, opts)


def _validate(opts: TiltOptions) -> None:
    problems = []
    if not opts.poles:
        problems.append("no poles given")
    if opts.focal in opts.poles:
        problems.append(f"focal {opts.focal} is also a pole")
    if len(set(opts.poles)) != len(opts.poles):
        problems.append("poles repeat")
    if opts.alpha < 0 or opts.n_boot < 0 or opts.min_events < 0 or not 0 < opts.ci < 1:
        problems.append("alpha, n_boot and min_events must be >= 0 and 0 < ci < 1")
    if opts.weight not in ("count", "goldstein"):
        problems.append(f"weight {opts.weight!r} is not 'count' or 'goldstein'")
    if problems:
        raise AnalysisError("; ".join(problems), source=f"tilt {opts.focal}")


def compute_tilt(links: pd.DataFrame, opts: TiltOptions) -> TiltResult:
    """The index from linked clusters (output of ``linked_clusters`` with poles as right labels)."""
    rng = np.random.default_rng(opts.seed)
    frame = _weighted(links, opts)
    periods = period_index(frame["period"].min(), frame["period"].max(), opts.freq) if len(frame) else []
    groups = dict(tuple(frame.groupby("period"))) if len(frame) else {}
    empty = frame.iloc[0:0]
    parts = [_one_period(groups.get(p, empty), p, opts, rng) for p in periods]
    if not parts:
        logger.info("tilt %s: no clusters link the focal actor to any pole", opts.focal)
    return TiltResult(
        options=opts,
        by_period=_concat([p[0] for p in parts], _PERIOD_COLS),
        by_pole=_concat([p[1] for p in parts], _POLE_COLS),
        pairwise=_concat([p[2] for p in parts], _PAIR_COLS),
    )


_PERIOD_COLS = ["period", "n_clusters", "n_articles", "E_total", "C_total", "balance", "balance_lo",
                "balance_hi", "sparse"]
_POLE_COLS = ["period", "pole", "E", "C", "share", "share_lo", "share_hi", "net", "sparse"]
_PAIR_COLS = ["period", "pole_a", "pole_b", "tilt", "tilt_lo", "tilt_hi", "sparse"]


def _concat(frames: list[pd.DataFrame], columns: list[str]) -> pd.DataFrame:
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=columns)


def _weighted(links: pd.DataFrame, opts: TiltOptions) -> pd.DataFrame:
    frame = links.rename(columns={"right_label": "pole"})
    w = frame["goldstein"].abs() if opts.weight == "goldstein" else pd.Series(1.0, index=frame.index)
    frame = frame.assign(coop=np.where(frame["quad_class"].isin(COOPERATIVE), w, 0.0),
                         conf=np.where(frame["quad_class"].isin(CONFLICTUAL), w, 0.0))
    return frame


def _matrices(frame: pd.DataFrame, poles: tuple[str, ...]) -> tuple[np.ndarray, np.ndarray, int]:
    """(articles x poles) cooperative and conflictual weights, and the number of articles."""
    rows, articles = pd.factorize(frame["article_id"])
    cols = pd.Index(poles).get_indexer(frame["pole"])
    coop, conf = np.zeros((len(articles), len(poles))), np.zeros((len(articles), len(poles)))
    np.add.at(coop, (rows, cols), frame["coop"].to_numpy(float))
    np.add.at(conf, (rows, cols), frame["conf"].to_numpy(float))
    return coop, conf, len(articles)


def _one_period(frame: pd.DataFrame, period: pd.Timestamp, opts: TiltOptions,
                rng: np.random.Generator) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    poles = opts.poles
    a_e, a_c, n_articles = _matrices(frame, poles)
    e, c = a_e.sum(axis=0), a_c.sum(axis=0)
    draws = indices.article_bootstrap(rng, a_e, opts.n_boot)
    n_clusters = int(frame["cluster_id"].nunique())
    sparse = n_clusters < opts.min_events
    bal_lo, bal_hi = indices.interval(indices.balance(draws)[:, None], opts.ci)
    period_row = pd.DataFrame([{
        "period": period, "n_clusters": n_clusters, "n_articles": n_articles, "E_total": e.sum(),
        "C_total": c.sum(), "balance": float(indices.balance(e[None, :])[0]), "balance_lo": float(bal_lo[0]),
        "balance_hi": float(bal_hi[0]), "sparse": sparse}])
    share_lo, share_hi = indices.interval(indices.shares(draws), opts.ci)
    pole_rows = pd.DataFrame({
        "period": period, "pole": list(poles), "E": e, "C": c, "share": indices.shares(e[None, :])[0],
        "share_lo": share_lo, "share_hi": share_hi, "net": e - c, "sparse": sparse})
    return period_row, pole_rows, _pairs(e, draws, period, opts, sparse)


def _pairs(e: np.ndarray, draws: np.ndarray, period: pd.Timestamp, opts: TiltOptions,
           sparse: bool) -> pd.DataFrame:
    """Log-ratio tilt of every pole pair, with all pairs' bootstrap intervals in one vectorised pass."""
    pairs = list(combinations(range(len(opts.poles)), 2))
    if not pairs:
        return pd.DataFrame(columns=_PAIR_COLS)
    first, second = (np.array(side) for side in zip(*pairs))
    lo, hi = indices.interval(indices.log_ratio(draws, first, second, opts.alpha), opts.ci)
    return pd.DataFrame({
        "period": period, "pole_a": [opts.poles[i] for i in first], "pole_b": [opts.poles[j] for j in second],
        "tilt": indices.log_ratio(e, first, second, opts.alpha).astype(float), "tilt_lo": lo.astype(float),
        "tilt_hi": hi.astype(float), "sparse": sparse}, columns=_PAIR_COLS)


def tilt_table(result: TiltResult) -> pd.DataFrame:
    """One display row per period: clusters, sparse flag, balance with its interval, each pole's share and E."""
    table = result.by_period[["period", "n_clusters", "sparse", "balance", "balance_lo", "balance_hi"]].copy()
    if result.by_pole.empty:
        return table
    wide_share = result.by_pole.pivot(index="period", columns="pole", values="share")
    wide_e = result.by_pole.pivot(index="period", columns="pole", values="E")
    for pole in result.poles:
        table[f"share_{pole}"] = table["period"].map(wide_share[pole])
        table[f"E_{pole}"] = table["period"].map(wide_e[pole])
    return table
