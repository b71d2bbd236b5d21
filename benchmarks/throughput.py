"""Throughput: bare spaCy parsing vs the full multivector pipeline, same texts, 1 and 2 processes.

Prints docs/s, tokens/s, the ratio pipeline ÷ bare parse (target ≥ 0.9) and peak RSS, and writes
benchmarks/results/throughput.json.  Usage: python benchmarks/throughput.py [--limit N] [--workers 1 2]
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


def measure(runner: ArticleCoder, articles: list[Article], workers: int) -> float:
    started = time.perf_counter()
    for _ in code_articles(articles, runner, workers=workers):
        pass
    return time.perf_counter() - started


def peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="AG News items to use (default all 1,900)")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    texts = agnews_texts(args.limit) + voa_texts()
    articles = [Article.create(t) for t in texts]
    nlp, kb, coder = build_nlp(), ActorKB.load(), Coder.load()
    tokens = sum(len(nlp.tokenizer(a.text)) for a in articles)
    bare, full = BareParser(nlp, kb, coder), ArticleCoder(nlp, kb, coder)
    measure(full, articles[:20], 1)  # warm up lazy tables
    rows = []
    for workers in args.workers:
        t_bare = measure(bare, articles, workers)
        t_full = measure(full, articles, workers)
        row = {"workers": workers, "docs": len(articles), "tokens": tokens,
               "bare_docs_per_s": len(articles) / t_bare, "bare_tokens_per_s": tokens / t_bare,
               "pipeline_docs_per_s": len(articles) / t_full, "pipeline_tokens_per_s": tokens / t_full,
               "ratio_pipeline_over_bare": t_bare / t_full}
        rows.append(row)
        print(f"workers={workers}: bare {row['bare_docs_per_s']:.1f} docs/s {row['bare_tokens_per_s']:.0f} tok/s | "
              f"pipeline {row['pipeline_docs_per_s']:.1f} docs/s {row['pipeline_tokens_per_s']:.0f} tok/s | "
              f"ratio {row['ratio_pipeline_over_bare']:.3f}")
    rss = peak_rss_mb()
    print(f"peak RSS {rss:.0f} MB")
    path = write_result("throughput", {"runs": rows, "peak_rss_mb": rss, "pipeline": nlp.pipe_names})
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
