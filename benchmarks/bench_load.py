"""Benchmark: load the development corpus, print time, throughput and peak memory.

Run with `make bench` or `.venv/bin/python benchmarks/bench_load.py [--repeat N] [PATH]`.
"""

from __future__ import annotations

import resource
import statistics
import sys
import time

from common import corpus_arguments, timing_line

from analysis import load_corpus


def main() -> int:
    args = corpus_arguments(__doc__)
    size_mb = sum(p.stat().st_size for p in ([args.source] if args.source.is_file() else args.source.rglob("*"))) / 1e6
    seconds = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        corpus = load_corpus(args.source, progress=False)
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    n, words = len(corpus.articles), int(corpus.articles["n_words"].sum())
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"load_corpus({args.source.name}): {n} articles, {len(corpus.rejects)} rejects, {words:,} words, {size_mb:.1f} MB")
    print(f"  time     {timing_line(seconds)}")
    print(f"  speed    {n / median:,.0f} articles/s, {words / median:,.0f} words/s, {size_mb / median:.1f} MB/s")
    print(f"  memory   peak resident {peak_mb:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
