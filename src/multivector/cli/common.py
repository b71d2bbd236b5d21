"""What every command module shares: the typer app, consoles, option types and small helpers."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from ..config import Settings
from ..errors import MultivectorError
from ..model import Event

app = typer.Typer(help="multivector: political events from news, and measures of multi-vector diplomacy.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[Optional[Path], typer.Option("--db", help="DuckDB file (default ./multivector.duckdb).")]
DateOption = Annotated[Optional[str], typer.Option("--date", help="Publication date YYYY-MM-DD for inputs without one.")]
TextField = Annotated[Optional[str], typer.Option("--text-field", help="JSONL/CSV field (or 1-based column) with the text.")]
DateField = Annotated[Optional[str], typer.Option("--date-field", help="Field or column with the publication date.")]
TitleField = Annotated[Optional[str], typer.Option("--title-field", help="Field or column with the title.")]
UrlField = Annotated[Optional[str], typer.Option("--url-field", help="Field or column with the URL.")]
SourceField = Annotated[Optional[str], typer.Option("--source-field", help="Field or column with the outlet.")]
FormatOption = Annotated[Optional[str], typer.Option("--format", help="Force the input format: text|html|jsonl|json|csv|tsv.")]
WorkersOption = Annotated[int, typer.Option("--workers", min=1, help="Processes that parse and code in parallel.")]


def settings_for(db: Path | None = None) -> Settings:
    return Settings(db_path=db) if db is not None else Settings()


def parse_date_option(value: str | None, *, option: str = "--date") -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form", param_hint=option) from None


def fail(error: MultivectorError) -> None:
    err_console.print(f"[red]error[/red] {error}")
    raise typer.Exit(code=2)


def field_mapping(text_field: str | None, date_field: str | None, title_field: str | None,
             url_field: str | None, source_field: str | None) -> Any:
    from ..ingest import FieldMapping

    given = {"text": text_field, "date": date_field, "title": title_field, "url": url_field, "source": source_field}
    return FieldMapping(**{k: v for k, v in given.items() if v is not None})


def load_engine(settings: Settings) -> tuple[Any, Any, Any]:
    """Load the spaCy pipeline, actor KB and coder once."""
    from ..actors import ActorKB
    from ..coding import Coder
    from ..nlp import build_nlp

    with err_console.status("loading language model and knowledge base"):
        return (build_nlp(settings), ActorKB.load(overlays=settings.actor_overlays),
                Coder.load(overlays=settings.pattern_overlays))


def read_inputs(paths: Sequence[str], mapping: Any, default_date: date | None, fmt: str | None) -> Iterator[Any]:
    from ..ingest import iter_articles

    yield from iter_articles(paths, mapping=mapping, default_date=default_date, stdin=sys.stdin, fmt=fmt)


def report_errors(errors: Iterable[MultivectorError]) -> None:
    for error in errors:
        err_console.print(f"[yellow]quarantined[/yellow] {error}")


def events_table(events: Sequence[Event], *, title: str | None = None) -> Table:
    """A compact table of events for the terminal; ``--jsonl`` and ``--explain`` give the full record."""
    table = Table(title=title, expand=True)
    table.add_column("date", no_wrap=True)
    table.add_column("status", no_wrap=True)
    table.add_column("type", no_wrap=True)
    table.add_column("who → whom", ratio=2)
    table.add_column("speaker", no_wrap=True)
    table.add_column("evidence", ratio=3, overflow="ellipsis", no_wrap=True)
    for event in events:
        who = " ".join(a.code for a in event.actors)
        whom = " ".join(a.code for a in event.recipients)
        table.add_row(
            event.date or "", event.status, f"{event.event_type} {event.cameo}",
            f"{who} → {whom}" if whom else who, event.speaker.code if event.speaker else "", event.text,
        )
    return table


def frame_table(frame: Any, *, title: str | None = None) -> Table:
    table = Table(title=title)
    for column in frame.columns:
        table.add_column(str(column))
    for row in frame.itertuples(index=False):
        table.add_row(*(cell_text(v) for v in row))
    return table


def cell_text(value: Any) -> str:
    """A table cell: dates without midnight, floats to three figures, missing values as a dash."""
    if value is None or (isinstance(value, float) and value != value):
        return "–"
    if hasattr(value, "date") and hasattr(value, "hour"):
        return value.date().isoformat()
    if isinstance(value, float):
        return f"{value:.3g}"
    return str(value)


def load_kb(settings: Settings | None = None) -> Any:
    from ..actors import ActorKB

    settings = settings or settings_for()
    return ActorKB.load(overlays=settings.actor_overlays)


def open_store(db: Path | None, *, read_only: bool = True) -> Any:
    """Open the event store; a read-only open of a store from an older version migrates it first."""
    from ..errors import PendingMigrationError
    from ..store import EventStore

    path = settings_for(db).db_path
    try:
        return EventStore.open(path, read_only=read_only)
    except PendingMigrationError:
        err_console.print(f"upgrading {path} to the current schema")
        EventStore.open(path).close()
        return EventStore.open(path, read_only=read_only)
