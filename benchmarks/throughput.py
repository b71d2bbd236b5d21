"""Throughput: bare spaCy parsing vs the full multivector pipeline, same texts, 1 and 2 processes.

Prints docs/s, tokens/s, the ratio pipeline ÷ bare parse (target ≥ 0.9; wall time, and CPU time which other
load on the machine disturbs less) and peak RSS, and writes benchmarks/results/throughput.json.
Usage: python benchmarks/throughput.py [--limit N] [--workers 1 2] [--repeat 2]
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _corpus import agnews_texts, voa_texts, write_result  # noqa: E402

from multivector.actors import ActorKB  # noqa: E402
from multivector.coding import Coder  # noqa: E402
from multivector.model import Article  # noqa: E402
from multivector.nlp import build_nlp  # noqa: E402
from multivector.pipeline import ArticleCoder, ArticleResult, code_articles  # noqa: E402


class BareParser(ArticleCoder):
    """The same batching and process pool as the pipeline, but only ``nlp.pipe``: no actors, no coding."""

    def __call__(self, articles: Sequence[Article]) -> list[ArticleResult]:
        for _doc in self.nlp.pipe((a.text for a in articles), batch_size=self.batch_size):
            pass
        return [ArticleResult(a) for a in articles]


def cpu_seconds() -> float:
    """CPU time of this process and of its reaped children (the pool workers)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def measure(runner: ArticleCoder, articles: list[Article], workers: int) -> tuple[float, float]:
    """Wall and CPU seconds of one pass over the articles."""
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
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2, help="alternating bare/pipeline passes; the best counts")
    args = parser.parse_args()
    texts = agnews_texts(args.limit) + voa_texts()
    articles = [Article.create(t) for t in texts]
    nlp, kb, coder = build_nlp(), ActorKB.load(), Coder.load()
    tokens = sum(len(nlp.tokenizer(a.text)) for a in articles)
    bare, full = BareParser(nlp, kb, coder), ArticleCoder(nlp, kb, coder)
    measure(full, articles[:20], 1)  # warm up lazy tables
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
    rss = peak_rss_mb()
    print(f"peak RSS: parent {rss['parent']:.0f} MB, largest worker {rss['largest_worker']:.0f} MB")
    path = write_result("throughput", {"runs": rows, "peak_rss_mb": max(rss.values()), "peak_rss_mb_by_process": rss,
                                       "pipeline": nlp.pipe_names})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
