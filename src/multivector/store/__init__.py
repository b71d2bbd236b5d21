"""The DuckDB event store: schema and migrations, transactional idempotent writes, queries, exports.

Only this package writes the database. One writer at a time (see ``eventstore``).
"""

from __future__ import annotations

from multivector.store.eventstore import EventStore, WriteSummary
from multivector.store.queries import EventFilter

__all__ = ["EventFilter", "EventStore", "WriteSummary"]
