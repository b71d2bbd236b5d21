"""Pure numeric pieces of the multi-vector index, vectorised over rows (periods or bootstrap draws)."""

from __future__ import annotations

import warnings

import numpy as np


def shares(weights: np.ndarray) -> np.ndarray:
    """Row-wise shares w / sum(w); NaN rows where the sum is 0."""
    w = np.asarray(weights, dtype=float)
    total = w.sum(axis=-1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, w / np.where(total > 0, total, 1.0), np.nan)


def balance(weights: np.ndarray) -> np.ndarray:
    """Normalised Shannon entropy of the shares: 1 = even across all K poles, 0 = one pole only.

    NaN when the row has no weight or fewer than two poles.
    """
    s = shares(weights)
    k = s.shape[-1]
    if k < 2:
        return np.full(s.shape[:-1], np.nan)
    with np.errstate(invalid="ignore", divide="ignore"):
        terms = np.where(s > 0, s * np.log(np.where(s > 0, s, 1.0)), 0.0)
    ent = -terms.sum(axis=-1) / np.log(k)
    ent = np.where(np.isnan(s).any(axis=-1), np.nan, ent)
    return np.clip(ent, 0.0, 1.0)


def log_ratio(weights: np.ndarray, i: int | np.ndarray, j: int | np.ndarray, alpha: float) -> np.ndarray:
    """Tilt of pole i over pole j: log((w_i + alpha) / (w_j + alpha)); > 0 leans to i (arrays: pairwise)."""
    w = np.asarray(weights, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.log((w[..., i] + alpha) / (w[..., j] + alpha))


def article_bootstrap(rng: np.random.Generator, weights: np.ndarray, n_boot: int) -> np.ndarray:
    """(n_boot, K) column sums of ``weights`` (articles x K) over articles resampled with replacement.

    Articles with identical rows are exchangeable, so the draw is a multinomial over distinct rows with
    probabilities proportional to their frequency: exact, and cheap even for many articles.
    """
    w = np.asarray(weights, dtype=float)
    if w.shape[0] == 0 or n_boot == 0:
        return np.zeros((n_boot, w.shape[1]))
    rows, counts = unique_rows(w)
    draws = rng.multinomial(w.shape[0], counts / counts.sum(), size=n_boot)
    return draws.astype(float) @ rows


def unique_rows(w: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Distinct rows in lexicographic order and their counts: ``np.unique(w, axis=0, return_counts=True)``,
    via one lexsort (several times faster); non-finite input goes to ``np.unique`` itself."""
    if w.ndim != 2 or not len(w) or not np.isfinite(w).all():
        return np.unique(w, axis=0, return_counts=True)
    ordered = w[np.lexsort(w.T[::-1])]
    starts = np.flatnonzero(np.concatenate([[True], (ordered[1:] != ordered[:-1]).any(axis=1)]))
    return ordered[starts], np.diff(np.append(starts, len(ordered)))


def interval(draws: np.ndarray, ci: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval over axis 0, ignoring NaN draws (NaN where no finite draw).

    Columns whose draws are all finite take one vectorised ``np.quantile``; only the others go through the
    (per-column, slow) ``np.nanquantile``. Both give the same linear-interpolated percentiles.
    """
    if draws.shape[0] == 0:
        nan = np.full(draws.shape[1:], np.nan)
        return nan, nan
    qs = [(1 - ci) / 2, 1 - (1 - ci) / 2]
    clean = np.where(np.isfinite(draws), draws, np.nan)
    finite = ~np.isnan(clean).any(axis=0)
    out = np.empty((2, *draws.shape[1:]))
    out[:, finite] = np.quantile(clean[:, finite], qs, axis=0)
    if not finite.all():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            out[:, ~finite] = np.nanquantile(clean[:, ~finite], qs, axis=0)
    return out[0], out[1]
