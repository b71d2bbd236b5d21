"""The core commands: code, ingest, events, export, recode, demo."""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from .. import __version__
from ..config import Settings
from ..errors import MultivectorError
from ..model import Article
from .common import (
    DateField,
    DateOption,
    DbOption,
    FormatOption,
    SourceField,
    TextField,
    TitleField,
    UrlField,
    WorkersOption,
    app,
    console,
    err_console,
    events_table,
    fail,
    field_mapping,
    load_engine,
    load_kb,
    open_store,
    parse_date_option,
    read_inputs,
    report_errors,
    settings_for,
)


@app.command()
def version() -> None:
    """Print the multivector version."""
    console.print(__version__)


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for standard input.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="Print DESIGN §3 event records, one JSON per line.")] = False,
    explain: Annotated[bool, typer.Option("--explain", help="Show the parse path and status cues per event.")] = False,
    date_: DateOption = None,
    text_field: TextField = None, date_field: DateField = None, title_field: TitleField = None,
    url_field: UrlField = None, source_field: SourceField = None, fmt: FormatOption = None,
) -> None:
    """Code articles and print their events (no database)."""
    settings = settings_for()
    try:
        mapping = field_mapping(text_field, date_field, title_field, url_field, source_field)
        nlp, kb, coder = load_engine(settings)
        articles: list[Article] = []
        errors: list[MultivectorError] = []
        for item in read_inputs(paths, mapping, parse_date_option(date_), fmt):
            (errors if isinstance(item, MultivectorError) else articles).append(item)
        report_errors(errors)
        for article in articles:
            _print_article_events(article, nlp, kb, coder, jsonl=jsonl, explain=explain)
    except MultivectorError as error:
        fail(error)
    if errors and not articles:
        raise typer.Exit(code=2)


def _print_article_events(article: Article, nlp: Any, kb: Any, coder: Any, *, jsonl: bool, explain: bool) -> None:
    doc = nlp(article.text)
    if explain:
        for event, lines in coder.explain(doc, article, kb):
            console.print(events_table([event]))
            for line in lines:
                console.print(f"   {line}", highlight=False)
        return
    events = coder.code(doc, article, kb)
    if jsonl:
        for event in events:
            sys.stdout.write(event.to_json() + "\n")
        return
    label = f"{article.title or article.origin or article.id} ({article.date or 'date unknown'})"
    console.print(events_table(events, title=label))


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, or - for standard input.")],
    db: DbOption = None, workers: WorkersOption = 1, date_: DateOption = None,
    text_field: TextField = None, date_field: DateField = None, title_field: TitleField = None,
    url_field: UrlField = None, source_field: SourceField = None, fmt: FormatOption = None,
) -> None:
    """Read articles, code them and store articles, events and quarantined inputs in DuckDB."""
    settings = settings_for(db)
    try:
        mapping = field_mapping(text_field, date_field, title_field, url_field, source_field)
        report = _ingest(list(paths), settings, mapping=mapping, default_date=parse_date_option(date_),
                         fmt=fmt, workers=workers)
    except MultivectorError as error:
        fail(error)
    report_errors(report.errors)
    console.print(f"articles: {report.articles} new, {report.skipped} already stored · events: {report.events} · "
                  f"quarantined: {report.quarantined} · {report.seconds:.1f} s → {settings.db_path}")


def _ingest(paths: list[str], settings: Settings, *, mapping: Any, default_date: date | None, fmt: str | None,
            workers: int) -> Any:
    from ..pipeline import run
    from ..store import EventStore

    nlp, kb, coder = load_engine(settings)
    with EventStore.open(settings.db_path) as store, _progress() as progress:
        task = progress.add_task("coding", total=None)
        report = run(read_inputs(paths, mapping, default_date, fmt), nlp=nlp, kb=kb, coder=coder, store=store,
                     workers=workers, batch_size=settings.batch_size,
                     on_result=lambda _result: progress.advance(task))
        _update_clusters(store)
    return report


def _update_clusters(store: Any) -> None:
    """After new events: assign them to event clusters, then re-sort the actor rows if many are new."""
    from ..analysis import update_clusters

    update_clusters(store)
    store.optimize()


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=err_console, transient=True)


@app.command()
def events(
    db: DbOption = None,
    actor: Annotated[Optional[str], typer.Option(help="Country, group or CAMEO code prefix (KAZ, CAS, RUSGOV).")] = None,
    role: Annotated[str, typer.Option(help="actor | recipient | any")] = "any",
    type_: Annotated[Optional[str], typer.Option("--type", help="PLOVER event type, e.g. CONSULT.")] = None,
    status: Annotated[Optional[str], typer.Option(help="asserted | planned | hypothetical | negated | question")] = None,
    since: Annotated[Optional[str], typer.Option(help="Earliest event date YYYY-MM-DD.")] = None,
    until: Annotated[Optional[str], typer.Option(help="Latest event date YYYY-MM-DD.")] = None,
    cluster: Annotated[Optional[str], typer.Option(help="Only the events of this cluster.")] = None,
    limit: Annotated[Optional[int], typer.Option(help="At most this many events.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help="DESIGN §3 records, one per line.")] = False,
    csv_: Annotated[bool, typer.Option("--csv", help="Flat CSV.")] = False,
) -> None:
    """Query stored events."""

    if role not in ("actor", "recipient", "any"):
        raise typer.BadParameter("must be actor, recipient or any", param_hint="--role")
    settings = settings_for(db)
    try:
        with open_store(settings.db_path) as store:
            filters = dict(actor=_expand_actor(actor), role=role, event_type=type_, status=status,
                           since=parse_date_option(since, option="--since"), until=parse_date_option(until, option="--until"),
                           cluster=cluster, limit=limit)
            if csv_:
                store.events_frame(**filters).to_csv(sys.stdout, index=False)
                return
            found = store.query_events(**filters)
    except MultivectorError as error:
        fail(error)
    if jsonl:
        for event in found:
            sys.stdout.write(event.to_json() + "\n")
    else:
        console.print(events_table(found, title=f"{len(found)} events"))


def _expand_actor(actor: str | None) -> str | list[str] | None:
    """A group or IGO code expands to its members plus itself; anything else is a code prefix."""
    if actor is None:
        return None
    members = load_kb().members(actor)
    if members and members != frozenset({actor}):
        return [actor, *sorted(members)]
    return actor


@app.command()
def export(
    output: Annotated[Path, typer.Argument(help="File to write.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl | csv | parquet")] = "jsonl",
    db: DbOption = None,
) -> None:
    """Export all stored events (DESIGN §3 records)."""

    settings = settings_for(db)
    try:
        with open_store(settings.db_path) as store:
            count = store.export(output, fmt=fmt)
    except MultivectorError as error:
        fail(error)
    console.print(f"{count} events → {output}")


@app.command()
def recode(db: DbOption = None, workers: WorkersOption = 1) -> None:
    """Re-run coding over the stored articles (after the coder or its data changed)."""
    from ..pipeline import recode as recode_store
    from ..store import EventStore

    settings = settings_for(db)
    try:
        nlp, kb, coder = load_engine(settings)
        with EventStore.open(settings.db_path) as store:
            report = recode_store(store, nlp=nlp, kb=kb, coder=coder, workers=workers)
            _update_clusters(store)
    except MultivectorError as error:
        fail(error)
    report_errors(report.errors)
    console.print(f"recoded {report.articles} articles → {report.events} events with coder {coder.version}")


def sample_paths() -> list[Path]:
    """The bundled illustrative sample articles."""
    folder = resources.files("multivector") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt"))


@app.command()
def demo() -> None:
    """Code the bundled samples into a temporary database and show what came out."""
    from ..ingest import FieldMapping

    with tempfile.TemporaryDirectory(prefix="multivector-demo-") as tmp:
        settings = Settings(db_path=Path(tmp) / "demo.duckdb")
        try:
            report = _ingest([str(p) for p in sample_paths()], settings, mapping=FieldMapping(),
                             default_date=None, fmt=None, workers=1)
            _show_demo(settings)
        except MultivectorError as error:
            fail(error)
    console.print(f"demo: {report.articles} articles, {report.events} events, {report.quarantined} quarantined")


def _show_demo(settings: Settings) -> None:
    with open_store(settings.db_path) as store:
        found = store.query_events()
        console.print(events_table(found, title="Events coded from the bundled samples"))
        _show_demo_tilt(store)


def _show_demo_tilt(store: Any) -> None:
    from .analysis import show_tilt

    show_tilt(store, "KAZ", poles=None, freq="year", n_boot=200, title="Kazakhstan: multi-vector tilt (samples only)")
