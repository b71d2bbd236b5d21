"""EventStore: schema and migrations, transactional idempotent writes, queries, exports, clusters."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from multivector.errors import RecordError, StoreError
from multivector.model import ActorRef, Article, Event, Place
from multivector.store import EventStore, WriteSummary
from multivector.store.schema import load_migrations

# -- factories ---------------------------------------------------------------------------------------


def make_actor(code: str, *, country: str | None = None, text: str | None = None) -> ActorRef:
    """An actor whose country defaults to the code's first three letters."""
    sector = code[3:] or None
    return ActorRef(text=text or code, id=None, name=text or code, code=code,
                    country=country or code[:3], sector=sector, role=None)


def make_article(n: int, *, day: date | None = date(2025, 3, 1), source: str = "wire") -> Article:
    return Article.create(f"Article number {n}. Officials met.", date=day, source=source, title=f"t{n}")


def make_event(article: Article, index: int = 0, *, actors: tuple[str, ...] = ("KAZGOV",),
               recipients: tuple[str, ...] = ("CHNGOV",), event_type: str = "CONSULT", cameo: str = "040",
               status: str = "asserted", day: str | None = "2025-03-02", speaker: str | None = None,
               coder_version: str = "0.1.0") -> Event:
    """A plausible event; its id follows Event.make_id so different codings get different ids."""
    text = f"Sentence {index} of {article.id}."
    return Event(
        id=Event.make_id(article.id, index, cameo, "met", actors, recipients),
        article_id=article.id, sentence_index=index, span=(index * 100, index * 100 + len(text)), text=text,
        trigger="met", event_type=event_type, mode=None, context=("diplomatic",), cameo=cameo, quad_class=1,
        goldstein=1.0, actors=tuple(make_actor(c) for c in actors),
        recipients=tuple(make_actor(c) for c in recipients), status=status,
        speaker=make_actor(speaker) if speaker else None, quote="we met" if speaker else None, date=day,
        date_precision="day" if day else None, date_source="text" if day else "unknown",
        location=Place("Astana", "KAZ", 51.17, 71.45, 1526273), confidence=0.75, rule="test.rule",
        coder_version=coder_version,
    )


@pytest.fixture()
def store(tmp_path: Path):
    with EventStore.open(tmp_path / "events.duckdb") as opened:
        yield opened


def snapshot(store: EventStore) -> tuple:
    """Everything stored (except ingest timestamps), for before/after comparisons."""
    tables = {name: store.con.execute(f"SELECT * EXCLUDE ({ts}) FROM {name} ORDER BY ALL").fetchall()
              for name, ts in (("articles", "ingested_at"), ("quarantine", '"at"'))}
    rest = {name: store.con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()
            for name in ("events", "event_actors", "clusters")}
    return tuple(sorted(tables.items())) + tuple(sorted(rest.items()))


# -- schema and opening ------------------------------------------------------------------------------


def test_open_creates_schema_and_records_migrations(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "x.duckdb"
    with EventStore.open(path) as store:
        rows = store.con.execute("SELECT version, description, applied_at FROM schema_migrations").fetchall()
        tables = {r[0] for r in store.con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert [r[0] for r in rows] == [m.version for m in load_migrations()]
    assert rows[0][1] and rows[0][2] is not None
    assert {"articles", "events", "event_actors", "quarantine", "clusters", "schema_migrations"} <= tables
    with EventStore.open(path) as again:  # re-opening applies nothing twice
        assert again.con.execute("SELECT count(*) FROM schema_migrations").fetchall()[0][0] == len(rows)


def test_pending_migrations_are_applied_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from multivector.store import schema

    path = tmp_path / "x.duckdb"
    EventStore.open(path).close()
    shipped = schema.load_migrations()
    extra = schema.Migration(version=shipped[-1].version + 1, description="add tone",
                             statements=("ALTER TABLE events ADD COLUMN tone DOUBLE",))
    monkeypatch.setattr(schema, "load_migrations", lambda: (*shipped, extra))
    with EventStore.open(path) as store:
        versions = [r[0] for r in store.con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()]
        assert versions[-1] == extra.version
        article = make_article(1)  # writes still work with the added column
        assert store.write_batch([article], [make_event(article)]).events_added == 1
    broken = schema.Migration(version=extra.version + 1, description="broken",
                              statements=("ALTER TABLE events ADD COLUMN x INTEGER", "SELECT * FROM nowhere"))
    monkeypatch.setattr(schema, "load_migrations", lambda: (*shipped, extra, broken))
    with pytest.raises(StoreError, match="broken"):
        EventStore.open(path)
    monkeypatch.setattr(schema, "load_migrations", lambda: (*shipped, extra))
    with EventStore.open(path) as store:  # the failed step left nothing behind
        columns = {r[0] for r in store.con.execute("DESCRIBE events").fetchall()}
        assert "tone" in columns and "x" not in columns


def test_newer_schema_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    with EventStore.open(path) as store:
        store.con.execute("INSERT INTO schema_migrations VALUES (999, 'from the future', now())")
    with pytest.raises(StoreError, match="newer") as info:
        EventStore.open(path)
    assert str(path) in str(info.value)


def test_non_duckdb_file_is_refused_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "notes.duckdb"
    path.write_text("this is not a database\n" * 100)
    with pytest.raises(StoreError) as info:
        EventStore.open(path)
    assert str(path) in str(info.value) and info.value.code == "E050"


def test_read_only_store_reads_but_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "x.duckdb"
    article = make_article(1)
    with EventStore.open(path) as store:
        store.write_batch([article], [make_event(article)])
    with EventStore.open(path, read_only=True) as ro:
        assert ro.counts()["events"] == 1
        with pytest.raises(StoreError, match="read-only"):
            ro.write_batch([make_article(2)], [])
    with pytest.raises(StoreError):
        EventStore.open(tmp_path / "missing.duckdb", read_only=True)


def test_default_path_comes_from_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MULTIVECTOR_DB_PATH", str(tmp_path / "from_env.duckdb"))
    with EventStore.open() as store:
        assert store.path == tmp_path / "from_env.duckdb"
    assert (tmp_path / "from_env.duckdb").exists()


# -- writing -----------------------------------------------------------------------------------------


def test_write_batch_stores_articles_events_and_actor_rows(store: EventStore) -> None:
    a1, a2 = make_article(1), make_article(2)
    events = [make_event(a1, 0), make_event(a1, 1, actors=("RUSMIL", "KAZGOV"), recipients=()),
              make_event(a2, 0)]
    summary = store.write_batch([a1, a2], events)
    assert summary == WriteSummary(articles_added=2, articles_skipped=0, events_added=3, quarantined=0)
    assert store.counts() == {"articles": 2, "events": 3, "quarantine": 0, "clusters": 0}
    n_events = dict(store.con.execute("SELECT id, n_events FROM articles").fetchall())
    assert n_events == {a1.id: 2, a2.id: 1}
    rows = store.con.execute(
        "SELECT side, position, code, country, sector FROM event_actors WHERE event_id = ? ORDER BY side, position",
        [events[1].id]).fetchall()
    assert rows == [("actor", 0, "RUSMIL", "RUS", "MIL"), ("actor", 1, "KAZGOV", "KAZ", "GOV")]


def test_event_date_falls_back_to_article_date(store: EventStore) -> None:
    dated, undated = make_article(1, day=date(2024, 5, 6)), make_article(2, day=None)
    events = [make_event(dated, 0, day="2025-01-02"), make_event(dated, 1, day=None),
              make_event(dated, 2, day="2023-07"), make_event(undated, 0, day=None)]
    store.write_batch([dated, undated], events)
    got = dict(store.con.execute("SELECT id, event_date FROM events").fetchall())
    assert got == {events[0].id: date(2025, 1, 2), events[1].id: date(2024, 5, 6),
                   events[2].id: date(2023, 7, 1), events[3].id: None}
    assert {e.id: e.date for e in store.query_events()} == {e.id: e.date for e in events}


def test_rewriting_the_same_batch_changes_nothing(store: EventStore) -> None:
    articles = [make_article(n) for n in range(3)]
    events = [make_event(a, i) for a in articles for i in range(2)]
    failures = [RecordError("bad json", source="in.jsonl", line=7)]
    store.write_batch(articles, events, failures)
    before = snapshot(store)
    again = store.write_batch(articles, events, failures)
    assert again == WriteSummary(articles_added=0, articles_skipped=3, events_added=0, quarantined=0)
    assert snapshot(store) == before


def test_events_of_a_stored_article_are_skipped_even_if_new(store: EventStore) -> None:
    article = make_article(1)
    store.write_batch([article], [make_event(article, 0)])
    summary = store.write_batch([article], [make_event(article, 5, cameo="057")])
    assert summary.events_added == 0 and store.counts()["events"] == 1
    assert store.write_batch([], [make_event(article, 6)]).events_added == 0  # article not in the batch


def test_events_without_a_stored_article_are_kept_with_a_warning(
        store: EventStore, caplog: pytest.LogCaptureFixture) -> None:
    orphan = make_event(make_article(99))
    with caplog.at_level("WARNING", logger="multivector.store"):
        assert store.write_batch([], [orphan]).events_added == 1
    assert "not stored" in caplog.text
    assert store.query_events() == [orphan]


def test_duplicate_ids_inside_a_batch_are_stored_once(store: EventStore) -> None:
    article = make_article(1)
    event = make_event(article)
    summary = store.write_batch([article, article], [event, event, event])
    assert (summary.articles_added, summary.events_added) == (1, 1)
    assert store.con.execute("SELECT count(*) FROM event_actors").fetchall()[0][0] == 2


def test_failure_mid_batch_rolls_back_everything(store: EventStore, monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_article(1)
    store.write_batch([first], [make_event(first)])
    before = snapshot(store)

    def broken(self: EventStore, events: object) -> int:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(EventStore, "_insert_event_actors", broken)
    second = make_article(2)
    with pytest.raises(StoreError, match="rolled back") as info:
        store.write_batch([second], [make_event(second)], [RecordError("x", source="f", line=1)])
    assert str(store.path) in str(info.value)
    assert snapshot(store) == before
    monkeypatch.undo()
    assert store.write_batch([second], [make_event(second)]).events_added == 1  # store still usable


def test_quarantine_is_deduplicated(store: EventStore) -> None:
    bad = RecordError("no text field", source="feed.jsonl", line=3)
    other_line = RecordError("no text field", source="feed.jsonl", line=4)
    no_line = RecordError("not UTF-8", source="blob.bin")
    assert store.write_batch([], [], [bad, bad, other_line, no_line]).quarantined == 3
    assert store.write_batch([], [], [bad, no_line]).quarantined == 0
    rows = store.con.execute("SELECT input, line, error_code, error FROM quarantine ORDER BY ALL").fetchall()
    assert rows == [("blob.bin", None, "E014", "not UTF-8"), ("feed.jsonl", 3, "E014", "no text field"),
                    ("feed.jsonl", 4, "E014", "no text field")]


# -- round trip (hypothesis) ---------------------------------------------------------------------------

_text = st.text(max_size=12)
_opt_text = st.none() | _text
_codes = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=9)
_actors = st.builds(ActorRef, text=_text, id=_opt_text, name=_text, code=_codes, country=_opt_text,
                    sector=_opt_text, role=_opt_text)
_floats = st.floats(allow_nan=False, allow_infinity=False)
_places = st.builds(Place, name=_text, country=_opt_text, lat=st.none() | _floats, lon=st.none() | _floats,
                    geonames_id=st.none() | st.integers(-(2**63), 2**63 - 1))
_int32 = st.integers(0, 2**31 - 1)
_dates = st.none() | st.dates().map(date.isoformat) | st.sampled_from(["2025-09", "2024", "soon"])


@st.composite
def _events(draw: st.DrawFn, article_id: str) -> Event:
    return Event(
        id="ev-" + draw(st.text(min_size=1, max_size=10)), article_id=article_id,
        sentence_index=draw(_int32), span=(draw(_int32), draw(_int32)), text=draw(_text), trigger=draw(_text),
        event_type=draw(_text), mode=draw(_opt_text), context=tuple(draw(st.lists(_text, max_size=3))),
        cameo=draw(_text), quad_class=draw(st.integers(1, 4)), goldstein=draw(_floats),
        actors=tuple(draw(st.lists(_actors, max_size=3))), recipients=tuple(draw(st.lists(_actors, max_size=3))),
        status=draw(st.sampled_from(["asserted", "planned", "hypothetical", "negated", "question"])),
        speaker=draw(st.none() | _actors), quote=draw(_opt_text), date=draw(_dates),
        date_precision=draw(st.none() | st.sampled_from(["day", "month", "year"])),
        date_source=draw(st.sampled_from(["text", "publication", "unknown"])), location=draw(st.none() | _places),
        confidence=draw(st.floats(0, 1)), rule=draw(_text), coder_version=draw(_text),
    )


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_written_events_read_back_equal(data: st.DataObject) -> None:
    article = make_article(data.draw(st.integers(0, 10**6)))
    events = data.draw(st.lists(_events(article.id), max_size=5, unique_by=lambda e: e.id))
    with EventStore.open(":memory:") as store:
        store.write_batch([article], events)
        got = store.query_events()
        assert sorted(got, key=lambda e: e.id) == sorted(events, key=lambda e: e.id)
        assert [Event.from_json(e.to_json()) for e in got] == got


# -- recoding --------------------------------------------------------------------------------------------


def test_replace_events_recodes_one_article(store: EventStore) -> None:
    a1, a2 = make_article(1), make_article(2)
    old = [make_event(a1, 0), make_event(a1, 1)]
    keep = make_event(a2, 0)
    store.write_batch([a1, a2], [*old, keep])
    store.write_clusters(pd.DataFrame({"id": ["c1"]}),
                         pd.DataFrame({"event_id": [old[0].id, keep.id], "cluster_id": ["c1", "c1"]}))
    new = [make_event(a1, 0, event_type="AGREE", cameo="036", actors=("USAGOV",), coder_version="0.2.0")]
    assert store.replace_events({a1.id: new}, coder_version="0.2.0") == 1
    assert store.query_events(actor="KAZ", role="actor") == [keep]
    assert store.query_events(actor="USA") == new
    codes = store.con.execute("SELECT code FROM event_actors WHERE article_id = ? ORDER BY code",
                              [a1.id]).fetchall()
    assert codes == [("CHNGOV",), ("USAGOV",)]
    row = store.con.execute("SELECT n_events, coder_version FROM articles WHERE id = ?", [a1.id]).fetchall()
    assert row == [(1, "0.2.0")]
    clusters = dict(store.con.execute("SELECT id, cluster_id FROM events").fetchall())
    assert clusters == {new[0].id: None, keep.id: "c1"}


def test_replace_events_rejects_events_of_another_article(store: EventStore) -> None:
    a1, a2 = make_article(1), make_article(2)
    store.write_batch([a1, a2], [])
    with pytest.raises(StoreError, match="do not belong"):
        store.replace_events({a1.id: [make_event(a2)]}, coder_version="x")
    with pytest.raises(StoreError, match="not stored"):
        store.replace_events({make_article(3).id: []}, coder_version="x")


def test_iter_articles_yields_all_in_batches(store: EventStore) -> None:
    articles = [make_article(n) for n in range(7)]
    store.write_batch(articles, [])
    batches = list(store.iter_articles(batch_size=3))
    assert [len(b) for b in batches] == [3, 3, 1]
    assert sorted((a for b in batches for a in b), key=lambda a: a.id) == sorted(articles, key=lambda a: a.id)


def test_recoding_while_iterating_articles(store: EventStore) -> None:
    articles = [make_article(n) for n in range(5)]
    store.write_batch(articles, [make_event(a) for a in articles])
    seen = 0
    for batch in store.iter_articles(batch_size=2):
        recoded = {a.id: [make_event(a, 0, event_type="AGREE", cameo="036", coder_version="v2")] for a in batch}
        store.replace_events(recoded, coder_version="v2")
        seen += len(batch)
    assert seen == 5
    assert {e.event_type for e in store.query_events()} == {"AGREE"} and store.counts()["events"] == 5


# -- queries -------------------------------------------------------------------------------------------


@pytest.fixture()
def filled(store: EventStore) -> tuple[EventStore, dict[str, Event]]:
    a1, a2 = make_article(1, day=date(2025, 1, 1)), make_article(2, day=date(2025, 2, 1))
    events = {
        "kaz_chn": make_event(a1, 0, day="2025-01-05"),
        "rus_kaz": make_event(a1, 1, actors=("RUSMIL",), recipients=("KAZGOV",), event_type="THREATEN",
                              cameo="138", day="2025-01-03"),
        "usa_kaz_planned": make_event(a2, 0, actors=("USAGOV",), recipients=("KAZ",), event_type="AGREE",
                                      cameo="036", status="planned", day=None),
        "fra_deu": make_event(a2, 1, actors=("FRAGOV", "DEUGOV"), recipients=(), day="2025-03-01"),
    }
    store.write_batch([a1, a2], list(events.values()))
    return store, events


def _names(found: list[Event], events: dict[str, Event]) -> list[str]:
    by_id = {e.id: name for name, e in events.items()}
    return [by_id[e.id] for e in found]


def test_query_orders_by_event_date_then_article_then_sentence(filled) -> None:
    store, events = filled
    assert _names(store.query_events(), events) == ["rus_kaz", "kaz_chn", "usa_kaz_planned", "fra_deu"]


@pytest.mark.parametrize(("filters", "expected"), [
    ({"actor": "KAZ"}, {"kaz_chn", "rus_kaz", "usa_kaz_planned"}),
    ({"actor": "KAZGOV", "role": "actor"}, {"kaz_chn"}),
    ({"actor": "kaz", "role": "recipient"}, {"rus_kaz", "usa_kaz_planned"}),
    ({"actor": "RUSM"}, {"rus_kaz"}),
    ({"actor": ["FRA", "DEU", "ITA"]}, {"fra_deu"}),
    ({"actor": ("CHN", "USA"), "role": "actor"}, {"usa_kaz_planned"}),
    ({"event_type": "threaten"}, {"rus_kaz"}),
    ({"status": "planned"}, {"usa_kaz_planned"}),
    ({"since": date(2025, 1, 4)}, {"kaz_chn", "usa_kaz_planned", "fra_deu"}),
    ({"until": date(2025, 1, 5)}, {"kaz_chn", "rus_kaz"}),
    ({"since": date(2025, 1, 4), "until": date(2025, 2, 1), "status": "asserted"}, {"kaz_chn"}),
])
def test_each_filter(filled, filters: dict, expected: set[str]) -> None:
    store, events = filled
    assert set(_names(store.query_events(**filters), events)) == expected
    frame = store.events_frame(**filters)
    assert list(frame["id"]) == [e.id for e in store.query_events(**filters)]
    assert set(frame["id"]) == {events[name].id for name in expected}
    assert set(frame["article_source"]) <= {"wire"} and "cluster_id" in frame.columns


def test_cluster_and_limit_filters(filled) -> None:
    store, events = filled
    store.write_clusters(pd.DataFrame({"id": ["k"]}),
                         pd.DataFrame({"event_id": [events["fra_deu"].id], "cluster_id": ["k"]}))
    assert _names(store.query_events(cluster="k"), events) == ["fra_deu"]
    assert _names(store.query_events(limit=2), events) == ["rus_kaz", "kaz_chn"]


@pytest.mark.parametrize("filters", [{"role": "speaker"}, {"status": "maybe"}, {"actor": []}, {"limit": -1}])
def test_invalid_filters_raise(filled, filters: dict) -> None:
    store, _ = filled
    with pytest.raises(StoreError):
        store.query_events(**filters)


# -- exports -------------------------------------------------------------------------------------------


def test_export_jsonl_is_design_records(filled, tmp_path: Path) -> None:
    store, events = filled
    path = tmp_path / "out" / "events.jsonl"
    assert store.export(path, fmt="jsonl") == 4
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [Event.from_json(line) for line in lines] == store.query_events()
    assert list(json.loads(lines[0])) == list(events["kaz_chn"].to_dict())


def test_export_csv_is_flat(filled, tmp_path: Path) -> None:
    store, events = filled
    path = tmp_path / "events.csv"
    assert store.export(path, fmt="csv") == 4
    with path.open(newline="", encoding="utf-8") as handle:
        rows = {row["id"]: row for row in csv.DictReader(handle)}
    fra = rows[events["fra_deu"].id]
    assert fra["actor_codes"] == "FRAGOV;DEUGOV" and fra["recipient_codes"] == ""
    assert [ActorRef.from_dict(a) for a in json.loads(fra["actors_json"])] == list(events["fra_deu"].actors)
    assert rows[events["usa_kaz_planned"].id]["event_date"] == "2025-02-01"


def test_export_parquet_keeps_nested_structs(filled, tmp_path: Path) -> None:
    store, _ = filled
    path = tmp_path / "events.parquet"
    assert store.export(path, fmt="parquet", status="asserted") == 3
    rows = pq.read_table(path).to_pylist()
    assert [Event.from_dict(row) for row in rows] == store.query_events(status="asserted")
    assert duckdb.sql(f"SELECT count(*) FROM '{path}' WHERE len(actors) = 2").fetchall() == [(1,)]


def test_export_unknown_format(filled, tmp_path: Path) -> None:
    store, _ = filled
    with pytest.raises(StoreError, match="unknown export format"):
        store.export(tmp_path / "x.xml", fmt="xml")
    assert not (tmp_path / "x.xml").exists()


# -- clusters ------------------------------------------------------------------------------------------


def test_write_clusters_replaces_rows_and_assignments(filled) -> None:
    store, events = filled
    first = pd.DataFrame({"id": ["c1", "c2"], "event_type": ["CONSULT", "THREATEN"], "n_mentions": [2, 1],
                          "actor_countries": [["KAZ", "RUS"], ["RUS"]], "first_date": [date(2025, 1, 3)] * 2})
    store.write_clusters(first, pd.DataFrame({"event_id": [events["kaz_chn"].id, events["rus_kaz"].id],
                                              "cluster_id": ["c1", "c1"]}))
    assert store.counts()["clusters"] == 2
    second = pd.DataFrame({"id": ["c1"], "event_type": ["AGREE"], "n_mentions": [1]})
    store.write_clusters(second, pd.DataFrame({"event_id": [events["rus_kaz"].id], "cluster_id": ["c1"]}))
    assert store.con.execute("SELECT id, event_type, n_mentions, actor_countries FROM clusters ORDER BY id"
                             ).fetchall() == [("c1", "AGREE", 1, None), ("c2", "THREATEN", 1, ["RUS"])]
    assert _names(store.query_events(cluster="c1"), events) == ["rus_kaz"]
    store.write_clusters(pd.DataFrame({"id": ["c2"]}), pd.DataFrame({"event_id": [], "cluster_id": []}))
    assert store.query_events(cluster="c2") == [] and store.counts()["clusters"] == 2


def test_write_clusters_validates_frames(filled) -> None:
    store, _ = filled
    with pytest.raises(StoreError, match="unknown"):
        store.write_clusters(pd.DataFrame({"id": ["c"], "colour": ["red"]}),
                             pd.DataFrame({"event_id": [], "cluster_id": []}))
    with pytest.raises(StoreError, match="lacks"):
        store.write_clusters(pd.DataFrame({"id": ["c"]}), pd.DataFrame({"event": ["e"]}))



# -- bulk ----------------------------------------------------------------------------------------------


def test_bulk_write_100k_events(tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Benchmark-style: 100k events in 5 batches; records the rate, asserts only correctness."""
    import time

    articles = [make_article(n, day=date(2024, 1, 1) if n % 2 else None) for n in range(25_000)]
    events = [make_event(a, i, actors=("KAZGOV", "RUSMIL")[: 1 + i % 2], day=None if i % 2 else "2025-06-01")
              for a in articles for i in range(4)]
    with EventStore.open(tmp_path / "bulk.duckdb") as store:
        start = time.perf_counter()
        added = sum(store.write_batch(articles[k:k + 5_000], events[k * 4:(k + 5_000) * 4]).events_added
                    for k in range(0, len(articles), 5_000))
        request.node.user_properties.append(("events_per_second", added / (time.perf_counter() - start)))
        assert added == len(events) == 100_000
        assert store.counts() == {"articles": 25_000, "events": 100_000, "quarantine": 0, "clusters": 0}
        stats = store.con.execute(
            "SELECT (SELECT count(*) FROM event_actors), (SELECT sum(n_events) FROM articles), "
            "(SELECT count(*) FROM events WHERE event_date IS NULL)").fetchall()[0]
        # actors: 1 or 2 alternating + 1 recipient; undated events of undated articles have no event_date
        assert stats == (150_000 + 100_000, 100_000, 25_000)
        # RUSMIL events are undated (odd sentences): they sort by their article's date, undated articles last
        dated = {a.id for a in articles if a.date is not None}
        expected = sorted((e for e in events if len(e.actors) == 2 and e.article_id in dated),
                          key=lambda e: (e.article_id, e.sentence_index))
        assert store.query_events(actor="RUSMIL", limit=3) == expected[:3]
        assert len(store.query_events(actor="RUS", since=date(2024, 1, 1), until=date(2024, 1, 1))) == len(expected)
        assert store.write_batch(articles, events).events_added == 0
