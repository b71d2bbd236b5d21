"""The command line end to end: code, ingest (idempotent, quarantine), events, export, actors, analysis."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from multivector.cli import app
from multivector.cli.core import sample_paths
from multivector.model import ACTOR_FIELDS, EVENT_FIELDS

runner = CliRunner()
SUMMIT = sample_paths()[0]


def invoke(*args: str, input: str | None = None):
    result = runner.invoke(app, list(args), input=input, catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory, nlp, kb, coder) -> Path:
    path = tmp_path_factory.mktemp("cli") / "events.duckdb"
    result = invoke("ingest", *map(str, sample_paths()), "--db", str(path))
    assert result.exit_code == 0, result.output
    return path


def test_code_jsonl_is_the_design_record(nlp, kb, coder) -> None:
    result = invoke("code", str(SUMMIT), "--jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert records, "no events from the summit sample"
    for record in records:
        assert tuple(record) == EVENT_FIELDS
        assert all(tuple(a) == ACTOR_FIELDS for a in record["actors"] + record["recipients"])
        assert record["span"][1] - record["span"][0] == len(record["text"])
    summit = [r for r in records if r["cameo"].startswith("04") and len(r["recipients"]) == 5]
    assert summit and summit[0]["actors"][0]["country"] == "USA"


def test_code_reads_stdin_with_a_date(nlp, kb, coder) -> None:
    text = "Kazakh President Kassym-Jomart Tokayev will visit Beijing on November 12 for talks with Xi Jinping.\n"
    result = invoke("code", "-", "--jsonl", "--date", "2025-11-06", input=text)
    assert result.exit_code == 0
    events = [json.loads(line) for line in result.stdout.splitlines()]
    planned = [e for e in events if e["status"] == "planned"]
    assert planned and planned[0]["date"] == "2025-11-12"


def test_bad_date_option_is_a_usage_error() -> None:
    result = runner.invoke(app, ["code", "-", "--date", "12/11/2025"], input="x")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.output


def test_ingest_again_adds_nothing(db: Path) -> None:
    before = _counts(db)
    result = invoke("ingest", *map(str, sample_paths()), "--db", str(db))
    assert result.exit_code == 0
    assert "0 new" in result.stdout
    assert _counts(db) == before


def test_bad_inputs_are_quarantined_and_good_ones_stored(tmp_path: Path, nlp, kb, coder) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"text": "Russia and China signed an agreement in Moscow.", "date": "2025-05-08"}\n'
                    '{"text": broken\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    path = tmp_path / "q.duckdb"
    result = invoke("ingest", str(feed), str(tmp_path / "empty.txt"), "--db", str(path))
    assert result.exit_code == 0
    assert "feed.jsonl:2" in result.stderr and "E011" in result.stderr
    articles, _, quarantined = _counts(path)
    assert (articles, quarantined) == (1, 2)


def test_events_filters_and_export(db: Path, tmp_path: Path) -> None:
    result = invoke("events", "--db", str(db), "--actor", "CAS", "--jsonl")
    events = [json.loads(line) for line in result.stdout.splitlines()]
    central_asia = {"KAZ", "KGZ", "TJK", "TKM", "UZB"}
    assert events and all(
        central_asia & {a["country"] for a in e["actors"] + e["recipients"]} for e in events
    )
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        assert invoke("export", str(out), "--format", fmt, "--db", str(db)).exit_code == 0
        assert out.stat().st_size > 0
    rows = duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path / 'events.parquet'}')").fetchall()[0][0]
    assert rows == _counts(db)[1]


def test_analysis_commands_run_on_the_samples(db: Path, tmp_path: Path) -> None:
    plot = tmp_path / "tilt.png"
    result = invoke("tilt", "KAZ", "--db", str(db), "--freq", "year", "--n-boot", "20", "--plot", str(plot))
    assert result.exit_code == 0 and plot.read_bytes()[:4] == b"\x89PNG"
    traced = invoke("tilt", "KAZ", "--db", str(db), "--freq", "year", "--n-boot", "0", "--evidence")
    assert traced.exit_code == 0 and "Evidence" in traced.stdout and "cl-" in traced.stdout
    assert invoke("dyads", "USA", "CAS", "--db", str(db)).exit_code == 0
    assert invoke("courtship", "CAS", "--db", str(db), "--freq", "year").exit_code == 0
    graph = tmp_path / "net.graphml"
    assert invoke("network", "--db", str(db), "-o", str(graph)).exit_code == 0 and graph.exists()


def test_actors_lookup_resolves_at_a_date(kb) -> None:
    now = invoke("actors", "lookup", "Trump", "--date", "2025-11-06")
    before = invoke("actors", "lookup", "Trump", "--date", "2022-06-01")
    assert "USAGOV" in now.stdout and "USAGOV" not in before.stdout


def _counts(path: Path) -> tuple[int, int, int]:
    with duckdb.connect(str(path), read_only=True) as con:
        return tuple(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
                     for t in ("articles", "events", "quarantine"))


def test_read_commands_upgrade_an_older_store_first(tmp_path: Path) -> None:
    from test_store_migration import _v1_file

    path = tmp_path / "v1.duckdb"
    stored = _v1_file(path)
    result = invoke("events", "--db", str(path), "--jsonl")
    assert result.exit_code == 0
    assert "upgrading" in result.stderr
    assert len(result.stdout.splitlines()) == len(stored)
    with duckdb.connect(str(path), read_only=True) as con:
        assert max(v for (v,) in con.execute("SELECT version FROM schema_migrations").fetchall()) >= 2
