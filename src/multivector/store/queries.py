"""Event filters as one parameterised SQL WHERE clause over ``events e``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from multivector.errors import StoreError
from multivector.model import STATUSES
from multivector.store.records import EVENT_COLUMNS

ROLES: dict[str, str | None] = {"any": None, "actor": "actor", "recipient": "recipient"}
READ_COLUMNS = ", ".join(f'e."{name}"' for name in EVENT_COLUMNS)  # what event_from_row reads
ORDER_BY = "ORDER BY e.event_date NULLS LAST, e.article_id, e.sentence_index, e.id"


@dataclass(frozen=True)
class EventFilter:
    """The filters shared by ``query_events``, ``events_frame`` and exports.

    ``actor`` is a CAMEO code prefix (``KAZ`` matches ``KAZGOV``), a country code, or a sequence of such
    codes (e.g. a group's member states, expanded by the caller); ``role`` restricts where it appears.
    """

    actor: str | Sequence[str] | None = None
    role: str = "any"
    event_type: str | None = None
    status: str | None = None
    since: date | None = None
    until: date | None = None
    cluster: str | None = None
    limit: int | None = None

    def codes(self) -> list[str]:
        """The actor filter as a list of non-empty codes."""
        if self.actor is None:
            return []
        raw = [self.actor] if isinstance(self.actor, str) else list(self.actor)
        return [code.strip().upper() for code in raw if code and code.strip()]

    def validate(self) -> None:
        """Raise StoreError for an unknown role or status, a bad limit or an empty actor list."""
        if self.role not in ROLES:
            raise StoreError(f"unknown role {self.role!r}; expected one of {sorted(ROLES)}", source="query")
        if self.status is not None and self.status not in STATUSES:
            raise StoreError(f"unknown status {self.status!r}; expected one of {STATUSES}", source="query")
        if self.limit is not None and self.limit < 0:
            raise StoreError(f"limit must be >= 0, got {self.limit}", source="query")
        if self.actor is not None and not self.codes():
            raise StoreError("the actor filter is empty", source="query")


def _actor_clause(flt: EventFilter) -> tuple[str, list[Any]]:
    codes = flt.codes()
    side = ROLES[flt.role]
    matches = " OR ".join("starts_with(ea.code, ?) OR ea.country = ?" for _ in codes)
    params: list[Any] = [value for code in codes for value in (code, code)]
    side_sql = ""
    if side is not None:
        side_sql = " AND ea.side = ?"
        params.append(side)
    sql = f"e.id IN (SELECT ea.event_id FROM event_actors ea WHERE ({matches}){side_sql})"
    return sql, params


def where_clause(flt: EventFilter) -> tuple[str, list[Any]]:
    """SQL ``WHERE ...`` (or an empty string) plus its parameters for the given filters."""
    flt.validate()
    clauses: list[str] = []
    params: list[Any] = []
    if flt.actor is not None:
        sql, actor_params = _actor_clause(flt)
        clauses.append(sql)
        params.extend(actor_params)
    simple = (("e.event_type = ?", flt.event_type.upper() if flt.event_type else None),
              ("e.status = ?", flt.status), ("e.event_date >= ?", flt.since),
              ("e.event_date <= ?", flt.until), ("e.cluster_id = ?", flt.cluster))
    for sql, value in simple:
        if value is not None:
            clauses.append(sql)
            params.append(value)
    return ("WHERE " + " AND ".join(clauses)) if clauses else "", params


def select_events(columns: str, flt: EventFilter, *, with_article: bool = False) -> tuple[str, list[Any]]:
    """A complete ordered SELECT over the filtered events; ``with_article`` joins ``articles a``."""
    where, params = where_clause(flt)
    limit = f" LIMIT {int(flt.limit)}" if flt.limit is not None else ""
    join = " LEFT JOIN articles a ON a.id = e.article_id" if with_article else ""
    return f"SELECT {columns} FROM events e{join} {where} {ORDER_BY}{limit}", params
