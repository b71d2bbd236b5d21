"""Throughput: bare spaCy parsing vs the full multivector pipeline, same texts, 1 and 2 processes.

Prints docs/s, tokens/s, the ratio pipeline ÷ bare parse (target ≥ 0.9; wall time, and CPU time which other
load on the machine disturbs less) and peak RSS, and writes benchmarks/results/throughput.json.
Usage: python benchmarks/throughput.py [--limit N] [--workers 1 2] [--repeat 2]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import SHARED, agnews_texts, voa_texts, write_result  # noqa: E402

from multivector.actors import ActorKB  # noqa: E402
from multivector.coding import Coder, dates  # noqa: E402
from multivector.model import Article  # noqa: E402
from multivector.nlp import build_nlp  # noqa: E402
from multivector.pipeline import ArticleCoder, ArticleResult, code_articles  # noqa: E402


def voa_articles() -> list[Article]:
    """VOA stories with their publication dates, as ingest gives them (AG News items have no date)."""
    with (SHARED / "corpus" / "voa_dev.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [Article.create(r["text"], date=date.fromisoformat(r["published"][:10]) if r.get("published") else None)
            for r in rows]


class BareParser(ArticleCoder):
    """The same batching and process pool as the pipeline, but only ``nlp.pipe``: no actors, no coding."""

    def __call__(self, articles: Sequence[Article]) -> list[ArticleResult]:
        for _doc in self.nlp.pipe((a.text for a in articles), batch_size=self.batch_size):
            pass
        return [ArticleResult(a) for a in articles]


class TimedCoder(ArticleCoder):
    """The pipeline, timing parse and coding apart inside one pass: they alternate every chunk, so load from
    other processes on the machine hits both alike (the bare-vs-pipeline ratio compares separate passes)."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.parse_s = self.code_s = 0.0

    def __call__(self, articles: Sequence[Article]) -> list[ArticleResult]:
        docs = iter(self.nlp.pipe((a.text for a in articles), batch_size=self.batch_size))
        out = []
        for article in articles:
            started = time.perf_counter()
            doc = next(docs)
            parsed = time.perf_counter()
            out.append(self._code_one(article, doc))
            self.parse_s += parsed - started
            self.code_s += time.perf_counter() - parsed
        return out


def cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (the pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(runner: ArticleCoder, articles: list[Article], workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of one pass over the articles, with the per-sentence date cache emptied first: real
    news is new text, and a warm cache from an earlier pass would hide the cost of the date search."""
    dates.clear_cache()
    wall, cpu = time.perf_counter(), cpu_seconds()
    for _ in code_articles(articles, runner, workers=workers):
        pass
    return time.perf_counter() - wall, cpu_seconds() - cpu


def best_of(bare: ArticleCoder, full: ArticleCoder, articles: list[Article], workers: int,
            repeat: int) -> tuple[tuple[float, float], tuple[float, float]]:
    """Alternate bare and full passes ``repeat`` times and keep the fastest of each, so that load from
    other processes on the machine hits both sides alike."""
    bare_runs, full_runs = [], []
    for _ in range(repeat):
        bare_runs.append(measure(bare, articles, workers))
        full_runs.append(measure(full, articles, workers))
    return min(bare_runs), min(full_runs)


def peak_rss_mb() -> dict[str, float]:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {"parent": own / 1024, "largest_worker": children / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="AG News items to use (default all 1,900)")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="none: only the interleaved split")
    parser.add_argument("--undated", action="store_true",
                        help="drop the VOA publication dates (relative dates then go to the slow dateparser fallback)")
    parser.add_argument("--repeat", type=int, default=2, help="alternating bare/pipeline passes; the best counts")
    args = parser.parse_args()
    voa = [Article.create(t) for t in voa_texts()] if args.undated else voa_articles()
    articles = [Article.create(t) for t in agnews_texts(args.limit)] + voa
    nlp, kb, coder = build_nlp(), ActorKB.load(), Coder.load()
    tokens = sum(len(nlp.tokenizer(a.text)) for a in articles)
    bare, full = BareParser(nlp, kb, coder), ArticleCoder(nlp, kb, coder)
    measure(full, articles[:20], 1)  # warm up lazy tables
    dates.preload()  # a one-time import (≈0.3 s) that would otherwise land in whichever pass first needs it
    rows = []
    for workers in args.workers:
        (t_bare, cpu_bare), (t_full, cpu_full) = best_of(bare, full, articles, workers, args.repeat)
        row = {"workers": workers, "docs": len(articles), "tokens": tokens, "repeat": args.repeat,
               "bare_docs_per_s": len(articles) / t_bare, "bare_tokens_per_s": tokens / t_bare,
               "pipeline_docs_per_s": len(articles) / t_full, "pipeline_tokens_per_s": tokens / t_full,
               "ratio_pipeline_over_bare": t_bare / t_full,
               "bare_cpu_s": cpu_bare, "pipeline_cpu_s": cpu_full, "cpu_ratio_pipeline_over_bare": cpu_bare / cpu_full}
        rows.append(row)
        print(f"workers={workers}: bare {row['bare_docs_per_s']:.1f} docs/s {row['bare_tokens_per_s']:.0f} tok/s | "
              f"pipeline {row['pipeline_docs_per_s']:.1f} docs/s {row['pipeline_tokens_per_s']:.0f} tok/s | "
              f"ratio {row['ratio_pipeline_over_bare']:.3f} (CPU time ratio {row['cpu_ratio_pipeline_over_bare']:.3f})")
    timed = TimedCoder(nlp, kb, coder)
    measure(timed, articles, 1)
    split = {"parse_s": timed.parse_s, "code_s": timed.code_s, "coding_over_parse": timed.code_s / timed.parse_s,
             "ratio_parse_over_parse_plus_code": timed.parse_s / (timed.parse_s + timed.code_s)}
    print(f"one interleaved pass: parse {timed.parse_s:.2f}s, coding {timed.code_s:.2f}s "
          f"(+{100 * split['coding_over_parse']:.1f}% of parse; ratio {split['ratio_parse_over_parse_plus_code']:.3f})")
    rss = peak_rss_mb()
    print(f"peak RSS: parent {rss['parent']:.0f} MB, largest worker {rss['largest_worker']:.0f} MB")
    path = write_result("throughput", {"runs": rows, "voa_dated": not args.undated, "peak_rss_mb": max(rss.values()),
                                       "peak_rss_mb_by_process": rss,
                                       "interleaved_split": split,
                                       "pipeline": nlp.pipe_names})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
