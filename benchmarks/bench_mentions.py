"""Benchmark: actor mention finding vs a bare spaCy tokenizer pass, same texts, same run.

Prints words/s of ``actors.find_mentions`` (dictionary matching, sentence segmentation of
the paragraphs that name an actor, table building) and of ``spacy.blank("de")``'s
tokenizer alone over all titles and texts, and their ratio. Run with `make bench` or
`.venv/bin/python benchmarks/bench_mentions.py [--repeat N] [PATH]`.
"""

from __future__ import annotations

import sys
import time

import spacy
from common import corpus_arguments, timing_line

from analysis import load_corpus
from analysis.actors import find_mentions


def main() -> int:
    args = corpus_arguments(__doc__)
    articles = load_corpus(args.source, progress=False).articles
    texts = [t for field in ("title", "text") for t in articles[field].dropna()]
    words = int(articles["n_words"].sum())
    tokenizer = spacy.blank("de").tokenizer
    mention_seconds, token_seconds = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        mentions = find_mentions(articles, progress=False)
        mention_seconds.append(time.perf_counter() - start)
        start = time.perf_counter()
        tokens = sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=256))
        token_seconds.append(time.perf_counter() - start)
    m, t = min(mention_seconds), min(token_seconds)
    print(f"{len(articles)} articles, {words:,} words, {tokens:,} spaCy tokens")
    print(f"  find_mentions   {timing_line(mention_seconds)}  ->  {words / m:,.0f} words/s (best run)")
    print(f"  spaCy tokenizer {timing_line(token_seconds)}  ->  {words / t:,.0f} words/s (best run)")
    print(f"  ratio           find_mentions takes {m / t:.2f}x the time of a bare tokenizer pass")
    print(f"  found           {int(mentions['actor_id'].notna().sum()):,} mentions of {mentions['actor_id'].nunique()} actors; "
          f"{int(mentions['actor_id'].isna().sum())} role mentions left unresolved")
    return 0


if __name__ == "__main__":
    sys.exit(main())
