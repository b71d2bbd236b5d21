"""The pipeline: batching, worker processes, error routing and skipping stored articles (fakes, no model)."""

from __future__ import annotations

import dataclasses

import spacy
import pytest

from multivector.errors import CodingError, RecordError
from multivector.model import ActorRef, Article, Event
from multivector.pipeline import ArticleCoder, RunReport, code_articles, run

KAZ = ActorRef(text="Kazakhstan", id=None, name="Kazakhstan", code="KAZ", country="KAZ", sector=None, role=None)


class OneEventPerArticle:
    """A stand-in coder: one event per article; articles containing 'boom' make it crash."""

    version = "test"

    def code(self, doc, article, kb):
        if "boom" in doc.text:
            raise RuntimeError("coder bug")
        return [Event(id=f"ev-{article.id}", article_id=article.id, sentence_index=0, span=(0, len(doc.text)),
                      text=doc.text, trigger="met", event_type="CONSULT", mode=None, context=(), cameo="040",
                      quad_class=1, goldstein=1.0, actors=(KAZ,), recipients=(), status="asserted", speaker=None,
                      quote=None, date=None, date_precision=None, date_source="unknown", location=None,
                      confidence=0.5, rule="test", coder_version="test")]


class MemoryStore:
    """Records write_batch calls; knows the article ids it holds."""

    def __init__(self, known=()):
        self.known = set(known)
        self.batches = []

    def known_article_ids(self, ids):
        return {i for i in ids if i in self.known}

    def write_batch(self, articles, events, failures=()):
        self.batches.append((list(articles), list(events), list(failures)))
        self.known.update(a.id for a in articles)


@pytest.fixture()
def blank_nlp():
    return spacy.blank("en")


def articles(n: int) -> list[Article]:
    return [Article.create(f"Story number {i}.") for i in range(n)]


@pytest.mark.parametrize("workers", [1, 2])
def test_workers_give_the_same_results_in_order(blank_nlp, workers: int) -> None:
    runner = ArticleCoder(blank_nlp, None, OneEventPerArticle())
    results = list(code_articles(articles(50), runner, workers=workers, chunk_size=7))
    assert [r.article.text for r in results] == [f"Story number {i}." for i in range(50)]
    assert all(len(r.events) == 1 and r.error is None for r in results)


def test_input_and_coding_errors_are_quarantined_and_the_rest_stored(blank_nlp) -> None:
    bad_input = RecordError("malformed JSON", source="feed.jsonl", line=3)
    items = [*articles(3), bad_input, Article.create("This one goes boom.")]
    store = MemoryStore()
    report = run(items, nlp=blank_nlp, kb=None, coder=OneEventPerArticle(), store=store)
    assert (report.articles, report.events, report.quarantined) == (3, 3, 2)
    stored_articles = [a for batch in store.batches for a in batch[0]]
    failures = [f for batch in store.batches for f in batch[2]]
    assert len(stored_articles) == 3
    assert failures[0] is bad_input and isinstance(failures[1], CodingError)
    assert "RuntimeError" in str(failures[1])


def test_on_error_raise_stops_at_the_first_error(blank_nlp) -> None:
    with pytest.raises(RecordError):
        run([RecordError("bad", source="x.jsonl", line=1)], nlp=blank_nlp, kb=None,
            coder=OneEventPerArticle(), on_error="raise")


def test_stored_and_repeated_articles_are_skipped_before_parsing(blank_nlp) -> None:
    batch = articles(4)
    store = MemoryStore(known={batch[0].id})
    report = run([*batch, batch[1]], nlp=blank_nlp, kb=None, coder=OneEventPerArticle(), store=store)
    assert isinstance(report, RunReport)
    assert (report.articles, report.skipped) == (3, 2)
    again = run(batch, nlp=blank_nlp, kb=None, coder=OneEventPerArticle(), store=store)
    assert (again.articles, again.events, again.skipped) == (0, 0, 4)


class VersionedCoder(OneEventPerArticle):
    """Like OneEventPerArticle, but stamps its version on every event and can emit two events per article."""

    def __init__(self, version: str, per_article: int = 1) -> None:
        self.version = version
        self.per_article = per_article

    def code(self, doc, article, kb):
        base = super().code(doc, article, kb)[0]
        return [dataclasses.replace(base, id=f"{base.id}-{self.version}-{i}", coder_version=self.version)
                for i in range(self.per_article)]


def test_recode_replaces_each_articles_events_in_the_real_store(blank_nlp, tmp_path) -> None:
    from multivector.pipeline import recode
    from multivector.store import EventStore

    with EventStore.open(tmp_path / "r.duckdb") as store:
        run(articles(5), nlp=blank_nlp, kb=None, coder=VersionedCoder("v1"), store=store)
        report = recode(store, nlp=blank_nlp, kb=None, coder=VersionedCoder("v2", per_article=2), workers=2)
        assert (report.articles, report.events) == (5, 10)
        versions = store.con.execute("SELECT DISTINCT coder_version FROM events").fetchall()
        assert versions == [("v2",)]
        assert store.counts()["events"] == 10
        assert store.counts()["articles"] == 5


def test_loaded_objects_are_frozen_during_a_run_and_thawed_after(blank_nlp) -> None:
    import gc

    runner = ArticleCoder(blank_nlp, None, OneEventPerArticle())
    counts = [gc.get_freeze_count() for _ in code_articles(articles(20), runner, workers=1, chunk_size=5)]
    assert counts[0] == 0 and counts[-1] > 0  # frozen once the first chunk has loaded what it needs
    assert gc.get_freeze_count() == 0  # and thawed when the run ends


def test_a_callers_own_freeze_is_left_alone(blank_nlp) -> None:
    import gc

    runner = ArticleCoder(blank_nlp, None, OneEventPerArticle())
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert len(list(code_articles(articles(12), runner, workers=1, chunk_size=5))) == 12
        assert gc.get_freeze_count() >= frozen  # not thawed by the run
    finally:
        gc.unfreeze()
