"""Figures for tilt, dyad and courtship results: PNG, SVG or self-contained HTML (inline SVG, no CDN).

Uses ``matplotlib.figure.Figure`` directly (no pyplot, no global backend state). Sparse periods are never
drawn as facts: their points are left out of lines and bands and marked as hollow grey markers.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from multivector.analysis.dyads import QUAD_NAMES
from multivector.analysis.tilt import TiltResult
from multivector.errors import AnalysisError

_FORMATS = (".png", ".svg", ".html")
QUAD_COLOURS = {1: "#7fb3d5", 2: "#1f618d", 3: "#f5b041", 4: "#b03a2e"}


def save_figure(fig: Figure, path: Path | str, *, title: str = "") -> Path:
    """Write ``fig`` as PNG/SVG, or as an HTML page with the SVG inline; returns the path."""
    path = Path(path)
    if path.suffix not in _FORMATS:
        raise AnalysisError(f"unknown figure format {path.suffix!r}; use {', '.join(_FORMATS)}", source=str(path))
    if path.suffix == ".html":
        path.write_text(html_page(title, [(title, _svg(fig))]), encoding="utf-8")
    else:
        fig.savefig(path, format=path.suffix[1:], bbox_inches="tight", dpi=120)
    return path


def _svg(fig: Figure) -> str:
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = buf.getvalue()
    return text[text.index("<svg"):]


def html_page(title: str, sections: Sequence[tuple[str, str]]) -> str:
    """A self-contained HTML page; each section is (heading, inline SVG or <img> markup)."""
    body = "\n".join(f"<section><h2>{html.escape(h)}</h2>\n{markup}</section>" for h, markup in sections)
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{html.escape(title)}"
            "</title><style>body{font-family:sans-serif;margin:2em}svg,img{max-width:100%;height:auto}</style>"
            f"</head><body><h1>{html.escape(title)}</h1>\n{body}\n</body></html>\n")


def html_report(path: Path | str, images: Sequence[Path | str], *, title: str = "multivector report") -> Path:
    """Bundle PNG/SVG files into one self-contained HTML page (PNG as base64, SVG inline)."""
    sections = []
    for image in map(Path, images):
        if image.suffix == ".svg":
            text = image.read_text(encoding="utf-8")
            markup = text[text.index("<svg"):]
        else:
            data = base64.b64encode(image.read_bytes()).decode("ascii")
            markup = f'<img alt="{html.escape(image.stem)}" src="data:image/png;base64,{data}">'
        sections.append((image.stem, markup))
    path = Path(path)
    path.write_text(html_page(title, sections), encoding="utf-8")
    return path


def plot_tilt(result: TiltResult, path: Path | str, *, title: str | None = None) -> Path:
    """Pole shares with bootstrap bands (top) and balance with its band (bottom)."""
    if result.by_period.empty:
        raise AnalysisError("nothing to plot: no clusters link the focal actor to any pole",
                            source=f"tilt {result.options.focal}")
    fig = Figure(figsize=(9, 6.5))
    top, bottom = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [2, 1]})
    for pole, frame in result.by_pole.groupby("pole", sort=False):
        _line_with_band(top, frame, "share", label=str(pole))
    top.set_ylabel("share of cooperation")
    top.set_ylim(0, 1)
    top.legend(loc="upper left", ncols=min(len(result.poles), 5), fontsize="small")
    _line_with_band(bottom, result.by_period, "balance", label="balance", colour="black")
    bottom.set_ylabel("balance (1 = even)")
    bottom.set_ylim(0, 1.05)
    name = title or f"{result.options.focal}: multi-vector balance ({result.options.freq})"
    top.set_title(name)
    fig.text(0.01, 0.005, "hollow grey markers: sparse periods (too few events; not estimates)", fontsize=7)
    return save_figure(fig, path, title=name)


def _line_with_band(ax, frame: pd.DataFrame, column: str, *, label: str, colour: str | None = None) -> None:  # noqa: ANN001
    x = pd.to_datetime(frame["period"]).to_numpy()
    sparse = frame["sparse"].to_numpy(bool)
    y = np.where(sparse, np.nan, frame[column].to_numpy(float))
    lo = np.where(sparse, np.nan, frame[f"{column}_lo"].to_numpy(float))
    hi = np.where(sparse, np.nan, frame[f"{column}_hi"].to_numpy(float))
    (line,) = ax.plot(x, y, marker="o", label=label, color=colour)
    ax.fill_between(x, lo, hi, alpha=0.2, color=line.get_color())
    ax.scatter(x[sparse], frame[column].to_numpy(float)[sparse], facecolors="none", edgecolors="grey")


def plot_dyad(frame: pd.DataFrame, path: Path | str, *, title: str = "dyad") -> Path:
    """Stacked bars of clusters per quad class (conflict below zero) and the Goldstein sum as a line."""
    fig = Figure(figsize=(9, 4.5))
    ax = fig.subplots()
    x = pd.to_datetime(frame["period"]).to_numpy()
    width = _bar_width(x)
    pos, neg = np.zeros(len(frame)), np.zeros(len(frame))
    for q, name in QUAD_NAMES.items():
        values = frame[f"n_q{q}"].to_numpy(float)
        base = pos if q <= 2 else neg
        sign = 1 if q <= 2 else -1
        ax.bar(x, sign * values, width=width, bottom=base, color=QUAD_COLOURS[q], label=name)
        base += sign * values
    ax.axhline(0, color="black", linewidth=0.5)
    ax.set_ylabel("clusters (conflict below 0)")
    twin = ax.twinx()
    twin.plot(x, frame["gs_total"].to_numpy(float), color="black", marker=".", label="Goldstein sum")
    twin.set_ylabel("Goldstein sum")
    ax.legend(loc="upper left", fontsize="small")
    ax.set_title(title)
    return save_figure(fig, path, title=title)


def plot_courtship(frame: pd.DataFrame, path: Path | str, *, title: str = "regional courtship") -> Path:
    """Per period, cooperation clusters stacked by pole above zero and conflict below."""
    fig = Figure(figsize=(9, 4.5))
    ax = fig.subplots()
    periods = pd.to_datetime(frame["period"].drop_duplicates().sort_values()).to_numpy()
    width = _bar_width(periods)
    up, down = np.zeros(len(periods)), np.zeros(len(periods))
    for pole, rows in frame.groupby("pole", sort=False):
        rows = rows.set_index("period").reindex(periods, fill_value=0)
        coop, conf = rows["cooperation"].to_numpy(float), rows["conflict"].to_numpy(float)
        bars = ax.bar(periods, coop, width=width, bottom=up, label=str(pole))
        ax.bar(periods, -conf, width=width, bottom=down, color=bars.patches[0].get_facecolor() if len(bars) else None,
               hatch="//", alpha=0.7)
        up += coop
        down -= conf
    ax.axhline(0, color="black", linewidth=0.5)
    ax.set_ylabel("clusters (conflict hatched, below 0)")
    ax.legend(loc="upper left", fontsize="small")
    ax.set_title(title)
    return save_figure(fig, path, title=title)


def _bar_width(x: np.ndarray) -> float:
    if len(x) < 2:
        return 20.0
    step = np.diff(np.sort(x)).min() / np.timedelta64(1, "D")
    return max(0.8 * float(step), 0.5)
