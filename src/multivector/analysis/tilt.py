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
    ``evidence``: period, pole, cluster_id, quad_class, goldstein, article_id — the clusters behind every number.
    """

    options: TiltOptions
    by_period: pd.DataFrame = field(repr=False)
    by_pole: pd.DataFrame = field(repr=False)
    pairwise: pd.DataFrame = field(repr=False)
    evidence: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=_EVIDENCE_COLS), repr=False)

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
    if not len(periods):
        logger.info("tilt %s: no clusters link the focal actor to any pole", opts.focal)
        return TiltResult(options=opts, by_period=pd.DataFrame(columns=_PERIOD_COLS),
                          by_pole=pd.DataFrame(columns=_POLE_COLS), pairwise=pd.DataFrame(columns=_PAIR_COLS))
    stats = _statistics(_Articles.build(frame, periods, opts.poles), opts, rng)
    return TiltResult(options=opts, by_period=_period_table(periods, stats), by_pole=_pole_table(periods, stats, opts),
                      pairwise=_pair_table(periods, stats, opts),
                      evidence=frame[_EVIDENCE_COLS].sort_values(["period", "pole"]).reset_index(drop=True))


_PERIOD_COLS = ["period", "n_clusters", "n_articles", "E_total", "C_total", "balance", "balance_lo",
                "balance_hi", "sparse"]
_POLE_COLS = ["period", "pole", "E", "C", "share", "share_lo", "share_hi", "net", "sparse"]
_PAIR_COLS = ["period", "pole_a", "pole_b", "tilt", "tilt_lo", "tilt_hi", "sparse"]
_EVIDENCE_COLS = ["period", "pole", "cluster_id", "quad_class", "goldstein", "article_id"]


@dataclass(frozen=True)
class _Articles:
    """(articles x poles) cooperative and conflictual weights of all periods, articles grouped by period.

    Period ``i`` owns rows ``bounds[i]:bounds[i + 1]``, its articles in order of first appearance.
    """

    coop: np.ndarray
    conf: np.ndarray
    bounds: np.ndarray
    n_clusters: np.ndarray

    @classmethod
    def build(cls, frame: pd.DataFrame, periods: pd.DatetimeIndex, poles: tuple[str, ...]) -> _Articles:
        """One pass over the frame (rows outside ``periods`` are ignored)."""
        pcode = periods.get_indexer(pd.DatetimeIndex(frame["period"]))
        keep = np.flatnonzero(pcode >= 0)
        order = keep[np.argsort(pcode[keep], kind="stable")]
        pcode = pcode[order].astype(np.int64)
        article = pd.factorize(frame["article_id"].to_numpy()[order])[0].astype(np.int64)
        rows, _ = pd.factorize(pcode * (int(article.max(initial=-1)) + 1) + article)
        cols = pd.Index(poles).get_indexer(pd.Index(frame["pole"].to_numpy()[order]))
        n_rows = int(rows.max(initial=-1)) + 1
        coop, conf = np.zeros((n_rows, len(poles))), np.zeros((n_rows, len(poles)))
        np.add.at(coop, (rows, cols), frame["coop"].to_numpy(float)[order])
        np.add.at(conf, (rows, cols), frame["conf"].to_numpy(float)[order])
        row_period = np.zeros(n_rows, dtype=np.int64)
        row_period[rows] = pcode
        bounds = np.concatenate([[0], np.cumsum(np.bincount(row_period, minlength=len(periods)))])
        cluster = pd.factorize(frame["cluster_id"].to_numpy()[order])[0].astype(np.int64)
        distinct = np.unique(pcode * (int(cluster.max(initial=-1)) + 1) + cluster)
        n_clusters = np.bincount(distinct // (int(cluster.max(initial=-1)) + 1), minlength=len(periods))
        return cls(coop=coop, conf=conf, bounds=bounds, n_clusters=n_clusters)


@dataclass(frozen=True)
class _Stats:
    """Per-period numbers as arrays: (P,) per period, (P, K) per pole, (P, pairs) per pole pair."""

    n_clusters: np.ndarray
    n_articles: np.ndarray
    e: np.ndarray
    c: np.ndarray
    balance: tuple[np.ndarray, np.ndarray, np.ndarray]
    share: tuple[np.ndarray, np.ndarray, np.ndarray]
    tilt: tuple[np.ndarray, np.ndarray, np.ndarray]
    sparse: np.ndarray


def _statistics(art: _Articles, opts: TiltOptions, rng: np.random.Generator) -> _Stats:
    """Point values and bootstrap intervals of all periods; one draw set per period, in period order."""
    spans = list(zip(art.bounds[:-1], art.bounds[1:]))
    e = np.array([art.coop[a:b].sum(axis=0) for a, b in spans]).reshape(len(spans), -1)
    c = np.array([art.conf[a:b].sum(axis=0) for a, b in spans]).reshape(len(spans), -1)
    draws = np.stack([indices.article_bootstrap(rng, art.coop[a:b], opts.n_boot) for a, b in spans], axis=1)
    first, second = _pair_indices(len(opts.poles))
    tilt_lo, tilt_hi = indices.interval(indices.log_ratio(draws, first, second, opts.alpha), opts.ci)
    return _Stats(
        n_clusters=art.n_clusters, n_articles=np.diff(art.bounds), e=e, c=c,
        balance=(indices.balance(e), *indices.interval(indices.balance(draws), opts.ci)),
        share=(indices.shares(e), *indices.interval(indices.shares(draws), opts.ci)),
        tilt=(indices.log_ratio(e, first, second, opts.alpha).astype(float), tilt_lo.astype(float),
              tilt_hi.astype(float)),
        sparse=art.n_clusters < opts.min_events)


def _weighted(links: pd.DataFrame, opts: TiltOptions) -> pd.DataFrame:
    frame = links.rename(columns={"right_label": "pole"})
    w = frame["goldstein"].abs() if opts.weight == "goldstein" else pd.Series(1.0, index=frame.index)
    frame = frame.assign(coop=np.where(frame["quad_class"].isin(COOPERATIVE), w, 0.0),
                         conf=np.where(frame["quad_class"].isin(CONFLICTUAL), w, 0.0))
    return frame


def _pair_indices(k: int) -> tuple[np.ndarray, np.ndarray]:
    pairs = list(combinations(range(k), 2))
    return (np.array([p[0] for p in pairs], dtype=int), np.array([p[1] for p in pairs], dtype=int))


def _period_table(periods: pd.DatetimeIndex, stats: _Stats) -> pd.DataFrame:
    return pd.DataFrame({
        "period": np.asarray(periods), "n_clusters": stats.n_clusters, "n_articles": stats.n_articles,
        "E_total": stats.e.sum(axis=1), "C_total": stats.c.sum(axis=1), "balance": stats.balance[0],
        "balance_lo": stats.balance[1], "balance_hi": stats.balance[2], "sparse": stats.sparse},
        columns=_PERIOD_COLS)


def _pole_table(periods: pd.DatetimeIndex, stats: _Stats, opts: TiltOptions) -> pd.DataFrame:
    k = len(opts.poles)
    stack = {"E": stats.e, "C": stats.c, "share": stats.share[0], "share_lo": stats.share[1],
             "share_hi": stats.share[2], "net": stats.e - stats.c}
    return pd.DataFrame({"period": np.repeat(np.asarray(periods), k), "pole": list(opts.poles) * len(periods),
                         **{name: values.ravel() for name, values in stack.items()},
                         "sparse": np.repeat(stats.sparse, k)}, columns=_POLE_COLS)


def _pair_table(periods: pd.DatetimeIndex, stats: _Stats, opts: TiltOptions) -> pd.DataFrame:
    """Log-ratio tilt of every pole pair (tilt > 0 leans to pole_a) with its bootstrap interval."""
    first, second = _pair_indices(len(opts.poles))
    n = len(first)
    if not n:
        return pd.DataFrame(columns=_PAIR_COLS)
    return pd.DataFrame({
        "period": np.repeat(np.asarray(periods), n), "pole_a": [opts.poles[i] for i in first] * len(periods),
        "pole_b": [opts.poles[j] for j in second] * len(periods), "tilt": stats.tilt[0].ravel(),
        "tilt_lo": stats.tilt[1].ravel(), "tilt_hi": stats.tilt[2].ravel(),
        "sparse": np.repeat(stats.sparse, n)}, columns=_PAIR_COLS)


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
