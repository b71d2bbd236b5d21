"""Analysis commands: dyads, tilt, courtship, network, clusters."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from ..errors import MultivectorError
from .common import (
    DbOption,
    app,
    console,
    fail,
    frame_table,
    load_kb,
    open_store,
    parse_date_option,
    settings_for,
)

FreqOption = Annotated[str, typer.Option("--freq", help="day | week | month | quarter | year")]
StatusOption = Annotated[str, typer.Option("--status", help="Comma-separated statuses counted (default asserted).")]
SinceOption = Annotated[Optional[str], typer.Option("--since", help="Earliest event date YYYY-MM-DD.")]
UntilOption = Annotated[Optional[str], typer.Option("--until", help="Latest event date YYYY-MM-DD.")]
PlotOption = Annotated[Optional[Path], typer.Option("--plot", help="Write a picture: .png, .svg or self-contained .html.")]


def _codes(value: str | None) -> tuple[str, ...] | None:
    return tuple(c.strip().upper() for c in value.split(",") if c.strip()) if value else None


def _statuses(value: str) -> tuple[str, ...]:
    return tuple(c.strip().lower() for c in value.split(",") if c.strip()) or ("asserted",)


def _period(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    return parse_date_option(since, option="--since"), parse_date_option(until, option="--until")


def _show_frame(db: Path | None, compute: Callable[[Any], Any], *, title: str, plot: Path | None,
                draw: Callable[[Any, Path], Path]) -> None:
    """Compute a frame from the store, print it, and draw it when ``plot`` is given."""
    try:
        with open_store(db) as store:
            frame = compute(store)
    except MultivectorError as error:
        fail(error)
    console.print(frame_table(frame, title=title))
    if plot is not None:
        console.print(f"plot → {draw(frame, plot)}")


def show_tilt(store: Any, focal: str, *, poles: Sequence[str] | None, freq: str, n_boot: int = 500,
              statuses: Sequence[str] = ("asserted",), since: date | None = None, until: date | None = None,
              plot: Path | None = None, title: str | None = None, evidence: bool = False) -> None:
    """Compute and print the tilt table of ``focal``; list its clusters with ``evidence``; draw it with ``plot``."""
    from ..analysis import DEFAULT_POLES, kb_members, tilt, tilt_table
    from ..analysis.plots import plot_tilt

    result = tilt(store, focal, poles=tuple(poles or DEFAULT_POLES), freq=freq, members=kb_members(load_kb()),
                  n_boot=n_boot, statuses=tuple(statuses), since=since, until=until)
    console.print(frame_table(_tilt_view(tilt_table(result)), title=title or f"{focal}: multi-vector tilt by {freq}"))
    if evidence:
        _show_evidence(store, result.evidence)
    if plot is not None:
        console.print(f"plot → {plot_tilt(result, plot, title=title)}")


def _show_evidence(store: Any, evidence: Any) -> None:
    """The clusters behind the tilt numbers, with a representative sentence each."""
    from ..analysis.clusters import describe_clusters

    described = describe_clusters(store, evidence["cluster_id"])
    view = evidence[["period", "pole", "quad_class", "cluster_id"]].merge(
        described[["cluster_id", "n_articles", "status", "text"]], on="cluster_id", how="left")
    console.print(frame_table(view, title="Evidence: event clusters behind the index "
                                          "(multivector events --cluster ID shows every report)"))


def _tilt_view(table: Any) -> Any:
    """Period, evidence, balance with its interval, and each pole's share (E counts stay in the Python API)."""
    view = table[["period", "n_clusters", "sparse"]].copy()
    view["balance [CI]"] = [
        "–" if b != b else f"{b + 0.0:.2f} [{lo + 0.0:.2f}, {hi + 0.0:.2f}]"  # + 0.0 turns -0.0 into 0.0
        for b, lo, hi in zip(table["balance"], table["balance_lo"], table["balance_hi"])
    ]
    for column in (c for c in table.columns if c.startswith("share_")):
        view[column.removeprefix("share_")] = table[column]
    return view


@app.command()
def tilt(
    focal: Annotated[str, typer.Argument(help="Focal country, e.g. KAZ.")],
    poles: Annotated[Optional[str], typer.Option(help="Comma-separated poles (default USA,RUS,CHN,EUR,TUR).")] = None,
    freq: FreqOption = "quarter", status: StatusOption = "asserted", since: SinceOption = None,
    until: UntilOption = None, plot: PlotOption = None, db: DbOption = None,
    n_boot: Annotated[int, typer.Option("--n-boot", min=0, help="Bootstrap resamples for the intervals.")] = 500,
    evidence: Annotated[bool, typer.Option("--evidence", help="List the event clusters behind the numbers.")] = False,
) -> None:
    """The multi-vector (tilt) index of a country between poles, with bootstrap intervals."""
    start, end = _period(since, until)
    try:
        with open_store(db) as store:
            show_tilt(store, focal.upper(), poles=_codes(poles), freq=freq, n_boot=n_boot,
                      statuses=_statuses(status), since=start, until=end, plot=plot,
                      evidence=evidence)
    except MultivectorError as error:
        fail(error)


@app.command()
def dyads(
    a: Annotated[str, typer.Argument(help="Actor set A: country, CAMEO code or group (e.g. RUS, CAS).")],
    b: Annotated[str, typer.Argument(help="Actor set B.")],
    freq: FreqOption = "month", status: StatusOption = "asserted", since: SinceOption = None,
    until: UntilOption = None, plot: PlotOption = None, db: DbOption = None,
    directed: Annotated[bool, typer.Option("--directed", help="Only A acting on B.")] = False,
) -> None:
    """Event-cluster counts and Goldstein sums per quad class between two actor sets."""
    from ..analysis import dyad_series, kb_members
    from ..analysis.plots import plot_dyad

    start, end = _period(since, until)
    members = kb_members(load_kb())
    _show_frame(
        db, lambda store: dyad_series(store, a.upper(), b.upper(), freq=freq, directed=directed,
                                      statuses=_statuses(status), members=members, since=start, until=end),
        title=f"{a.upper()} {'→' if directed else '↔'} {b.upper()} by {freq}",
        plot=plot, draw=lambda frame, path: plot_dyad(frame, path, title=f"{a.upper()} and {b.upper()}"),
    )


@app.command()
def courtship(
    region: Annotated[str, typer.Argument(help="A group code (CAS for Central Asia) or comma-separated countries.")],
    poles: Annotated[Optional[str], typer.Option(help="Comma-separated poles (default USA,RUS,CHN,EUR,TUR).")] = None,
    freq: FreqOption = "quarter", status: StatusOption = "asserted", since: SinceOption = None,
    until: UntilOption = None, plot: PlotOption = None, db: DbOption = None,
) -> None:
    """How much each pole engages a region's members per period, cooperatively and conflictually."""
    from ..analysis import DEFAULT_POLES, kb_members
    from ..analysis import courtship as courtship_frame
    from ..analysis.plots import plot_courtship

    kb = load_kb()
    codes = _codes(region) or ()
    members = sorted(kb.members(codes[0])) if len(codes) == 1 else list(codes)
    start, end = _period(since, until)
    _show_frame(
        db, lambda store: courtship_frame(store, members, tuple(_codes(poles) or DEFAULT_POLES), freq,
                                          statuses=_statuses(status), members=kb_members(kb), since=start, until=end),
        title=f"Courtship of {region.upper()} by {freq}",
        plot=plot, draw=lambda frame, path: plot_courtship(frame, path, title=f"Courtship of {region.upper()}"),
    )


@app.command()
def network(
    since: SinceOption = None, until: UntilOption = None, db: DbOption = None,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write .graphml or .json.")] = None,
    top: Annotated[int, typer.Option(help="How many top actors to list.")] = 10,
) -> None:
    """The actor network of a period: top actors by centrality; export to GraphML or JSON."""
    from ..analysis.network import actor_network, export_graph, top_actors

    start, end = _period(since, until)
    try:
        with open_store(db) as store:
            graph = actor_network(store, since=start, until=end)
    except MultivectorError as error:
        fail(error)
    console.print(frame_table(top_actors(graph, n=top), title=f"Top actors ({graph.number_of_nodes()} nodes, "
                                                              f"{graph.number_of_edges()} edges)"))
    if output is not None:
        console.print(f"network → {export_graph(graph, output)}")


@app.command()
def clusters(db: DbOption = None) -> None:
    """Assign new events to event clusters (ingest and recode do this automatically)."""
    from ..analysis import update_clusters
    from ..store import EventStore

    try:
        with EventStore.open(settings_for(db).db_path) as store:
            update = update_clusters(store)
            counts = store.counts()
    except MultivectorError as error:
        fail(error)
    console.print(f"{update.n_events} events assigned: {update.n_new_clusters} new clusters, "
                  f"{update.n_joined_existing} joined existing; {counts['clusters']} clusters in all")
