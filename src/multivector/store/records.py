"""Conversion between records (Article, Event, errors) and Arrow tables shaped like the store's tables.

Building columns in Python and handing DuckDB one Arrow table per table and batch is what makes writes
fast (DESIGN §6); reading turns Arrow rows (``to_pylist`` dicts) back into frozen records, exactly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime
from operator import attrgetter
from types import SimpleNamespace
from typing import Any

import pyarrow as pa

from multivector.errors import MultivectorError
from multivector.model import ACTOR_FIELDS, ActorRef, Article, Event, Place, stable_hash

ACTOR_TYPE = pa.struct([(name, pa.string()) for name in ACTOR_FIELDS])
PLACE_TYPE = pa.struct([
    ("name", pa.string()), ("country", pa.string()), ("lat", pa.float64()), ("lon", pa.float64()),
    ("geonames_id", pa.int64()),
])

ARTICLE_SCHEMA = pa.schema([
    ("id", pa.string()), ("title", pa.string()), ("date", pa.date32()), ("source", pa.string()),
    ("url", pa.string()), ("origin", pa.string()), ("text", pa.string()), ("n_events", pa.int32()),
    ("coder_version", pa.string()),
])

EVENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("article_id", pa.string()), ("sentence_index", pa.int32()),
    ("span_start", pa.int32()), ("span_end", pa.int32()), ("text", pa.string()), ("trigger", pa.string()),
    ("event_type", pa.string()), ("mode", pa.string()), ("context", pa.list_(pa.string())),
    ("cameo", pa.string()), ("quad_class", pa.int32()), ("goldstein", pa.float64()),
    ("actors", pa.list_(ACTOR_TYPE)), ("recipients", pa.list_(ACTOR_TYPE)), ("status", pa.string()),
    ("speaker", ACTOR_TYPE), ("quote", pa.string()), ("date", pa.date32()), ("date_text", pa.string()),
    ("date_precision", pa.string()), ("date_source", pa.string()), ("location", PLACE_TYPE),
    ("confidence", pa.float64()), ("rule", pa.string()), ("coder_version", pa.string()),
])

EVENT_ACTOR_SCHEMA = pa.schema([
    ("event_id", pa.string()), ("article_id", pa.string()), ("side", pa.string()), ("position", pa.int32()),
    ("code", pa.string()), ("country", pa.string()), ("sector", pa.string()), ("event_key", pa.int64()),
    ("status", pa.string()), ("date", pa.date32()), ("quad_class", pa.int32()), ("goldstein", pa.float64()),
    ("no_recipients", pa.bool_()),
])
_EVENT_FACTS = ("status", "quad_class", "goldstein")  # copied from each event onto its event_actors rows

QUARANTINE_SCHEMA = pa.schema([
    ("id", pa.string()), ("input", pa.string()), ("line", pa.int32()), ("error_code", pa.string()),
    ("error", pa.string()), ("at", pa.timestamp("us")),
])

EVENT_COLUMNS: tuple[str, ...] = tuple(EVENT_SCHEMA.names)


def parse_event_date(text: str | None) -> tuple[date | None, str | None]:
    """The DATE to store for an event date string, and the raw text when the DATE cannot say it exactly.

    ``"2025-09-03"`` -> (2025-09-03, None); ``"2025-09"`` -> (2025-09-01, "2025-09");
    ``"2025"`` -> (2025-01-01, "2025"); anything unparseable -> (None, text).
    """
    if text is None:
        return None, None
    if len(text) == 10:  # fast path for the usual full ISO day
        try:
            parsed = date.fromisoformat(text)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.isoformat() == text:
            return parsed, None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            parsed = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        return parsed, (None if parsed.isoformat() == text else text)
    return None, text


def _columns(rows: Iterable[Mapping[str, Any]], schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pylist(list(rows), schema=schema)


def articles_table(articles: Sequence[Article], n_events: Mapping[str, int],
                   coder_versions: Mapping[str, str]) -> pa.Table:
    """Articles as an Arrow table; ``n_events``/``coder_versions`` per article id."""
    return _columns(({
        "id": a.id, "title": a.title, "date": a.date, "source": a.source, "url": a.url,
        "origin": a.origin, "text": a.text, "n_events": n_events.get(a.id, 0),
        "coder_version": coder_versions.get(a.id),
    } for a in articles), ARTICLE_SCHEMA)


def _transpose(items: Sequence[Any], names: Sequence[str]) -> list[list[Any]]:
    """The named attributes of each item as columns (None items give None in every column)."""
    if any(item is None for item in items):
        blank = SimpleNamespace(**dict.fromkeys(names))
        items = [blank if item is None else item for item in items]
    return [list(map(attrgetter(name), items)) for name in names]


def _struct(items: Sequence[Any], struct_type: pa.StructType) -> pa.StructArray:
    """A struct array built field by field from objects with those attributes; None items are null."""
    fields = list(struct_type)
    columns = _transpose(items, [f.name for f in fields])
    arrays = [pa.array(col, type=f.type) for col, f in zip(columns, fields)]
    mask = pa.array([item is None for item in items], type=pa.bool_())
    return pa.StructArray.from_arrays(arrays, fields=fields, mask=mask)


def _actor_lists(groups: Sequence[Sequence[ActorRef]]) -> pa.ListArray:
    """A list<actor struct> array from one tuple of ActorRefs per event (never null; maybe empty)."""
    offsets = [0]
    flat: list[ActorRef] = []
    for refs in groups:
        flat.extend(refs)
        offsets.append(len(flat))
    return pa.ListArray.from_arrays(pa.array(offsets, type=pa.int32()), _struct(flat, ACTOR_TYPE))


def events_table(events: Sequence[Event]) -> pa.Table:
    """Events as an Arrow table with the ``events`` columns (without event_date and cluster_id).

    Built column by column (no per-row dicts): this is the hot path of bulk writes.
    """
    dates = [parse_event_date(e.date) for e in events]
    special = {
        "span_start": pa.array([e.span[0] for e in events], type=pa.int32()),
        "span_end": pa.array([e.span[1] for e in events], type=pa.int32()),
        "context": pa.array([list(e.context) for e in events], type=pa.list_(pa.string())),
        "actors": _actor_lists([e.actors for e in events]),
        "recipients": _actor_lists([e.recipients for e in events]),
        "speaker": _struct([e.speaker for e in events], ACTOR_TYPE),
        "date": pa.array([d[0] for d in dates], type=pa.date32()),
        "date_text": pa.array([d[1] for d in dates], type=pa.string()),
        "location": _struct([e.location for e in events], PLACE_TYPE),
    }
    plain = [f for f in EVENT_SCHEMA if f.name not in special]
    special.update((f.name, pa.array(col, type=f.type))
                   for f, col in zip(plain, _transpose(events, [f.name for f in plain])))
    columns = [special[name] for name in EVENT_SCHEMA.names]
    return pa.Table.from_arrays(columns, schema=EVENT_SCHEMA)


def event_actors_table(events: Sequence[Event], *, first_key: int = 1) -> pa.Table:
    """One row per actor and recipient of each event: the ``event_actors`` child rows.

    Each row carries its event's facts (schema v2): ``event_key`` (``first_key`` + the event's index among
    ``events``), status, quad_class, goldstein, no_recipients and the event's own ``date`` (the store
    completes it with the article date into ``event_date``).
    """
    keys: list[tuple[str, str, str, int]] = []
    refs: list[ActorRef] = []
    owners: list[int] = []
    for index, event in enumerate(events):
        for side, group in (("actor", event.actors), ("recipient", event.recipients)):
            keys.extend((event.id, event.article_id, side, position) for position in range(len(group)))
            refs.extend(group)
        owners.extend([index] * (len(event.actors) + len(event.recipients)))
    columns = [pa.array([k[i] for k in keys], type=EVENT_ACTOR_SCHEMA.field(i).type) for i in range(4)]
    columns += [pa.array(col, type=pa.string()) for col in _transpose(refs, ("code", "country", "sector"))]
    owner_events = [events[i] for i in owners]
    own_dates = [parse_event_date(e.date)[0] for e in events]
    facts = dict(zip(_EVENT_FACTS, _transpose(owner_events, _EVENT_FACTS)))
    columns += [
        pa.array([first_key + i for i in owners], type=pa.int64()),
        pa.array(facts["status"], type=pa.string()),
        pa.array([own_dates[i] for i in owners], type=pa.date32()),
        pa.array(facts["quad_class"], type=pa.int32()),
        pa.array(facts["goldstein"], type=pa.float64()),
        pa.array([not e.recipients for e in owner_events], type=pa.bool_()),
    ]
    return pa.Table.from_arrays(columns, schema=EVENT_ACTOR_SCHEMA)


def failure_key(failure: BaseException) -> tuple[str | None, int | None, str]:
    """The quarantine de-duplication key of a failure: (input, line, error_code)."""
    source = getattr(failure, "source", None)
    line = getattr(failure, "line", None)
    code = getattr(failure, "code", None) or MultivectorError.code
    return (str(source) if source is not None else None, line, str(code))


def quarantine_table(failures: Sequence[BaseException], *, at: datetime) -> pa.Table:
    """Failures as quarantine rows, de-duplicated on (input, line, error_code); first one wins."""
    rows: dict[tuple[str | None, int | None, str], dict[str, Any]] = {}
    for failure in failures:
        key = failure_key(failure)
        if key in rows:
            continue
        message = getattr(failure, "message", None) or str(failure)
        rows[key] = {
            "id": "q-" + stable_hash(key[0] or "", str(key[1]), key[2]),
            "input": key[0], "line": key[1], "error_code": key[2], "error": message, "at": at,
        }
    return _columns(rows.values(), QUARANTINE_SCHEMA)


def _actor(data: Mapping[str, Any] | None) -> ActorRef | None:
    return ActorRef(**{name: data[name] for name in ACTOR_FIELDS}) if data is not None else None


def _place(data: Mapping[str, Any] | None) -> Place | None:
    return Place(**data) if data is not None else None


def _date_string(row: Mapping[str, Any]) -> str | None:
    if row["date_text"] is not None:
        return str(row["date_text"])
    stored = row["date"]
    return stored.isoformat() if stored is not None else None


def event_from_row(row: Mapping[str, Any]) -> Event:
    """Rebuild an Event from an ``events`` row (as produced by ``pyarrow.Table.to_pylist``)."""
    return Event(
        id=row["id"], article_id=row["article_id"], sentence_index=row["sentence_index"],
        span=(row["span_start"], row["span_end"]), text=row["text"], trigger=row["trigger"],
        event_type=row["event_type"], mode=row["mode"], context=tuple(row["context"] or ()),
        cameo=row["cameo"], quad_class=row["quad_class"], goldstein=row["goldstein"],
        actors=tuple(_actor(a) for a in row["actors"] or ()),  # type: ignore[misc]
        recipients=tuple(_actor(a) for a in row["recipients"] or ()),  # type: ignore[misc]
        status=row["status"], speaker=_actor(row["speaker"]), quote=row["quote"],
        date=_date_string(row), date_precision=row["date_precision"], date_source=row["date_source"],
        location=_place(row["location"]), confidence=row["confidence"], rule=row["rule"],
        coder_version=row["coder_version"],
    )


def article_from_row(row: Mapping[str, Any]) -> Article:
    """Rebuild an Article from an ``articles`` row."""
    return Article(id=row["id"], text=row["text"], title=row["title"], date=row["date"],
                   source=row["source"], url=row["url"], origin=row["origin"])
