"""Schema migrations: an ordered list of SQL steps, each recorded in ``schema_migrations``.

Migrations are package data files ``data/migrations/NNN_description.sql``; ``NNN`` is the version.
Each migration runs in its own transaction together with its ``schema_migrations`` row, so a failed
migration leaves the database at the previous version.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib.resources import files

import duckdb

from multivector.errors import StoreError
from multivector.store.sql import scalar

logger = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")
_BOOTSTRAP = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    "version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP)"
)


@dataclass(frozen=True)
class Migration:
    """One schema step: its version, a description and its SQL statements."""

    version: int
    description: str
    statements: tuple[str, ...]


def split_statements(sql: str) -> tuple[str, ...]:
    """Split a migration script into statements (no ``;`` inside statements; ``--`` comments dropped)."""
    lines = [line.split("--", 1)[0] for line in sql.splitlines()]
    parts = (part.strip() for part in "\n".join(lines).split(";"))
    return tuple(part for part in parts if part)


def load_migrations() -> tuple[Migration, ...]:
    """All migrations shipped with the package, ordered by version."""
    folder = files("multivector.store") / "data" / "migrations"
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match is None:
            continue
        found.append(Migration(
            version=int(match.group(1)),
            description=match.group(2).replace("_", " "),
            statements=split_statements(entry.read_text(encoding="utf-8")),
        ))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise StoreError(f"duplicate migration versions {versions}", source=str(folder))
    return tuple(found)


def current_version(con: duckdb.DuckDBPyConnection) -> int:
    """The highest applied schema version, 0 for an empty database."""
    exists = scalar(con, "SELECT count(*) FROM information_schema.tables "
                         "WHERE table_name = 'schema_migrations' AND table_schema = current_schema()")
    return scalar(con, "SELECT max(version) FROM schema_migrations") if exists else 0


def pending(con: duckdb.DuckDBPyConnection, *, source: str) -> tuple[Migration, ...]:
    """Migrations not yet applied; raises StoreError when the file's schema is newer than this code."""
    migrations = load_migrations()
    have = current_version(con)
    latest = migrations[-1].version if migrations else 0
    if have > latest:
        raise StoreError(
            f"schema version {have} is newer than this multivector supports ({latest}); upgrade multivector",
            source=source,
        )
    return tuple(m for m in migrations if m.version > have)


def migrate(con: duckdb.DuckDBPyConnection, *, source: str) -> list[int]:
    """Apply pending migrations, each in one transaction; returns the versions applied."""
    todo = pending(con, source=source)
    applied: list[int] = []
    for migration in todo:
        _apply(con, migration, source=source)
        applied.append(migration.version)
        logger.info("%s: applied schema migration %d (%s)", source, migration.version, migration.description)
    return applied


def _apply(con: duckdb.DuckDBPyConnection, migration: Migration, *, source: str) -> None:
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute(_BOOTSTRAP)
        for statement in migration.statements:
            con.execute(statement)
        con.execute(
            "INSERT INTO schema_migrations VALUES (?, ?, ?)",
            [migration.version, migration.description, datetime.now(timezone.utc).replace(tzinfo=None)],
        )
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(
            f"schema migration {migration.version} ({migration.description}) failed: {exc}", source=source
        ) from exc
