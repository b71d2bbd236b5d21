"""Run the per-article function (parse → resolve → code) over many articles, in one or more processes.

Workers each hold their own pipeline, knowledge base and coder and return events, never spaCy Docs
(DESIGN §6). Only the parent writes to the store, one transaction per batch.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Literal

from .errors import CodingError, InputError, MultivectorError
from .model import Article, Event

if TYPE_CHECKING:
    from spacy.language import Language

    from .actors import ActorKB
    from .coding import Coder
    from .store import EventStore

log = logging.getLogger(__name__)

OnError = Literal["raise", "quarantine"]


@dataclass(frozen=True)
class ArticleResult:
    """What the per-article function returns: the article, its events, or the error that stopped it."""

    article: Article
    events: tuple[Event, ...] = ()
    error: MultivectorError | None = None


@dataclass
class RunReport:
    """Counts of one run; ``errors`` holds input and coding errors in the order met."""

    articles: int = 0
    skipped: int = 0
    events: int = 0
    quarantined: int = 0
    seconds: float = 0.0
    errors: list[MultivectorError] = field(default_factory=list)


class ArticleCoder:
    """The per-article function: parse a batch with ``nlp.pipe`` and code each Doc."""

    def __init__(self, nlp: Language, kb: ActorKB, coder: Coder, *, batch_size: int = 64) -> None:
        self.nlp = nlp
        self.kb = kb
        self.coder = coder
        self.batch_size = batch_size

    def __call__(self, articles: Sequence[Article]) -> list[ArticleResult]:
        docs = self.nlp.pipe((a.text for a in articles), batch_size=self.batch_size)
        return [self._code_one(article, doc) for article, doc in zip(articles, docs)]

    def _code_one(self, article: Article, doc: Any) -> ArticleResult:
        try:
            events = self.coder.code(doc, article, self.kb)
        except MultivectorError as error:
            return ArticleResult(article, error=error)
        except Exception as error:  # a coder bug must not lose the rest of the batch
            log.exception("coding failed for %s", article.id)
            wrapped = CodingError(f"{type(error).__name__}: {error}", source=article.origin or article.id)
            wrapped.__cause__ = error
            return ArticleResult(article, error=wrapped)
        return ArticleResult(article, events=tuple(events))


_worker_coder: ArticleCoder | None = None
_worker_froze = False  # whether this worker process has frozen its loaded objects (see freeze_loaded)


def _init_worker(article_coder: ArticleCoder) -> None:
    global _worker_coder  # process-local: each worker process holds its own copy
    _worker_coder = article_coder


def _work(articles: list[Article]) -> list[ArticleResult]:
    global _worker_froze
    assert _worker_coder is not None, "worker not initialised"
    results = _worker_coder(articles)
    if not _worker_froze:  # the worker's first chunk has loaded every lazy table; the process ends with the pool
        _worker_froze = freeze_loaded()
    return results


def freeze_loaded() -> bool:
    """Move every object alive now out of the cyclic garbage collector's scans (``gc.freeze``); True if done.

    Called once the first chunk is coded, when the spaCy pipeline, the actor KB and the coder's tables (some
    loaded lazily by that chunk) are in memory: hundreds of thousands of container objects that live as long as
    the process. Unfrozen, every full collection rescans them all (about 0.2 s each, several per thousand
    articles). Frozen objects are still freed by reference counting; cyclic garbage alive at the freeze waits for
    the thaw (in-process runs) or the worker's exit, so no full collection is paid for it first. Nothing is done
    (False) when something is frozen already, so that a caller's own ``gc.freeze`` is left as it is."""
    if gc.get_freeze_count():
        return False
    gc.freeze()
    return True


def chunked(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    """Consecutive lists of at most ``size`` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def code_articles(
    articles: Iterable[Article], article_coder: ArticleCoder, *, workers: int = 1, chunk_size: int = 32
) -> Iterator[ArticleResult]:
    """Code articles in order, in this process (workers=1) or a fork pool of ``workers`` processes."""
    chunks = chunked(articles, chunk_size)
    if workers <= 1:
        froze = False
        try:
            for chunk in chunks:
                yield from article_coder(chunk)
                froze = froze or freeze_loaded()
        finally:  # in this process the freeze lasts for the run only
            if froze:
                gc.unfreeze()
        return
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_init_worker, initargs=(article_coder,)) as pool:
        for results in pool.imap(_work, chunks):
            yield from results


def _split_inputs(
    items: Iterable[Article | InputError], report: RunReport, failures: list[MultivectorError], on_error: OnError
) -> Iterator[Article]:
    seen: set[str] = set()
    for item in items:
        if isinstance(item, MultivectorError):
            _record_failure(item, report, failures, on_error)
            continue
        if item.id in seen:
            report.skipped += 1
            continue
        seen.add(item.id)
        yield item


def _record_failure(error: MultivectorError, report: RunReport, failures: list[MultivectorError],
                    on_error: OnError) -> None:
    if on_error == "raise":
        raise error
    report.errors.append(error)
    failures.append(error)
    report.quarantined += 1


def _skip_stored(articles: Iterable[Article], store: EventStore | None, report: RunReport,
                 chunk_size: int) -> Iterator[Article]:
    if store is None:
        yield from articles
        return
    for chunk in chunked(articles, chunk_size):
        known = store.known_article_ids(a.id for a in chunk)
        report.skipped += len(known)
        yield from (a for a in chunk if a.id not in known)


def run(
    items: Iterable[Article | InputError],
    *,
    nlp: Language,
    kb: ActorKB,
    coder: Coder,
    store: EventStore | None = None,
    workers: int = 1,
    on_error: OnError = "quarantine",
    batch_size: int = 64,
    write_every: int = 256,
    on_result: Callable[[ArticleResult], None] | None = None,
) -> RunReport:
    """Code every article; with a store, write each batch of results in one transaction.

    Articles already stored are skipped before parsing, so re-running an ingest adds and changes nothing.
    Input and coding errors are raised (``on_error="raise"``) or quarantined with their reason.
    """
    started = time.perf_counter()
    report = RunReport()
    failures: list[MultivectorError] = []
    articles = _skip_stored(_split_inputs(items, report, failures, on_error), store, report, write_every)
    article_coder = ArticleCoder(nlp, kb, coder, batch_size=batch_size)
    pending: list[ArticleResult] = []
    for result in code_articles(articles, article_coder, workers=workers):
        if result.error is not None:
            _record_failure(result.error, report, failures, on_error)
        else:
            report.articles += 1
            report.events += len(result.events)
            pending.append(result)
        if on_result is not None:
            on_result(result)
        if store is not None and len(pending) + len(failures) >= write_every:
            _flush(store, pending, failures)
    if store is not None:
        _flush(store, pending, failures)
    report.seconds = time.perf_counter() - started
    return report


def _flush(store: EventStore, pending: list[ArticleResult], failures: list[MultivectorError]) -> None:
    if not pending and not failures:
        return
    store.write_batch(
        [r.article for r in pending], [e for r in pending for e in r.events], failures
    )
    pending.clear()
    failures.clear()


def recode(
    store: EventStore, *, nlp: Language, kb: ActorKB, coder: Coder, workers: int = 1, batch_size: int = 64,
    on_batch: Callable[[int], None] | None = None,
) -> RunReport:
    """Re-run coding over every stored article, replacing each article's events in one transaction."""
    started = time.perf_counter()
    report = RunReport()
    article_coder = ArticleCoder(nlp, kb, coder, batch_size=batch_size)
    stored = (article for batch in store.iter_articles() for article in batch)
    for results in chunked(code_articles(stored, article_coder, workers=workers), 256):
        good = {r.article.id: list(r.events) for r in results if r.error is None}
        report.errors.extend(r.error for r in results if r.error is not None)
        store.replace_events(good, coder_version=coder.version)
        report.articles += len(good)
        report.events += sum(len(v) for v in good.values())
        if on_batch is not None:
            on_batch(len(results))
    report.seconds = time.perf_counter() - started
    return report
