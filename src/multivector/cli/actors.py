"""``multivector actors``: look up, list and import actors of the knowledge base."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from ..errors import MultivectorError
from .common import (
    app,
    console,
    err_console,
    fail,
    frame_table,
    load_kb,
    parse_date_option,
)

actors_app = typer.Typer(help="Look up, list and import actors of the knowledge base.", no_args_is_help=True)
app.add_typer(actors_app, name="actors")


@actors_app.command("lookup")
def actors_lookup(
    name: Annotated[str, typer.Argument(help="A name, title or place as written in news.")],
    date_: Annotated[Optional[str], typer.Option("--date", help="Resolve at this date (default today).")] = None,
) -> None:
    """Show every actor a name may denote at a date, best reading first."""
    from ..actors import lookup

    try:
        refs = lookup(load_kb(), name, parse_date_option(date_))
    except MultivectorError as error:
        fail(error)
    if not refs:
        err_console.print(f"no actor known as {name!r}")
        raise typer.Exit(code=1)
    table = Table(title=f"{name} ({date_ or 'today'})")
    for column in ("code", "name", "country", "sector", "role", "id"):
        table.add_column(column)
    for ref in refs:
        table.add_row(ref.code, ref.name, ref.country or "", ref.sector or "", ref.role or "", ref.id or "")
    console.print(table)


@actors_app.command("list")
def actors_list(country: Annotated[str, typer.Option("--country", help="ISO3 or IGO code, e.g. KAZ.")]) -> None:
    """List the office holders of a country, newest first."""
    import pandas as pd

    from ..actors import list_actors

    rows = list_actors(load_kb(), country)
    if not rows:
        err_console.print(f"no office holders recorded for {country!r}")
        raise typer.Exit(code=1)
    console.print(frame_table(pd.DataFrame(rows), title=f"Office holders: {country.upper()}"))


@actors_app.command("stats")
def actors_stats() -> None:
    """Sizes of the knowledge base."""
    from ..actors import stats

    for key, value in stats(load_kb()).items():
        console.print(f"{key}: {value}", highlight=False)


@actors_app.command("import-wikidata")
def actors_import_wikidata(
    source: Annotated[Path, typer.Argument(help="JSON result of the documented SPARQL query.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Overlay CSV to write.")] = Path("wikidata_holders.csv"),
) -> None:
    """Turn a Wikidata SPARQL result into an office-holder overlay."""
    from ..actors import import_wikidata

    _show_import(lambda: import_wikidata(source, output), output)


@actors_app.command("import-petrarch")
def actors_import_petrarch(
    source: Annotated[Path, typer.Argument(help="A PETRARCH/Phoenix actor dictionary.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Overlay CSV to write.")] = Path("petrarch_actors.csv"),
) -> None:
    """Turn a PETRARCH/Phoenix actor dictionary into an overlay; every skipped line is reported."""
    from ..actors import import_petrarch

    _show_import(lambda: import_petrarch(source, output), output)


def _show_import(run_import: Any, output: Path) -> None:
    try:
        report = run_import()
    except MultivectorError as error:
        fail(error)
    for line, reason in report.skipped:
        err_console.print(f"skipped line {line}: {reason}", highlight=False)
    console.print(f"{report.rows} rows → {output} ({len(report.skipped)} lines skipped); use it with "
                  f"MULTIVECTOR_ACTOR_OVERLAYS='[\"{output}\"]'")
