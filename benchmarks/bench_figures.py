"""Benchmark: defence-spending figure extraction on the development corpus.

Prints articles/s and words/s of ``spending.extract_figures`` (loading is not timed) and
how many figures and defence figures it finds. Run with `make bench` or
`.venv/bin/python benchmarks/bench_figures.py [--repeat N] [PATH]`.
"""

from __future__ import annotations

import statistics
import sys
import time

from common import corpus_arguments, timing_line

from analysis import load_corpus
from analysis.spending import extract_figures


def main() -> int:
    args = corpus_arguments(__doc__)
    articles = load_corpus(args.source, progress=False).articles
    words = int(articles["n_words"].sum())
    seconds = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        figures = extract_figures(articles, progress=False)
        seconds.append(time.perf_counter() - start)
    median = statistics.median(seconds)
    defence = figures[figures["is_defence"]]
    print(f"extract_figures: {len(articles)} articles, {words:,} words")
    print(f"  time     {timing_line(seconds)}")
    print(f"  speed    {len(articles) / median:,.0f} articles/s, {words / median:,.0f} words/s")
    print(f"  found    {len(figures):,} numbers with a unit, {len(defence)} defence figures in {defence['article_id'].nunique()} articles")
    print("  defence  " + ", ".join(f"{unit} {n}" for unit, n in defence["unit"].value_counts().items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
