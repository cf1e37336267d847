"""Quotations found by ``analysis.quotes.find_quotes`` against a hand-annotated set.

    .venv/bin/python benchmarks/quotes_gold.py [GOLD] [--texts JSONL] [--show]

GOLD (default ``tests/fixtures/quotes_gold/trends-2024.jsonl``) holds quotations by url, field,
first and last words (see its README); the articles come from ``--texts`` (default the 2024
corpus in ``../shared``). A found quotation matches a gold one in the same field when their spans
overlap by at least half of the shorter. Printed: recall of direct and of indirect quotations,
precision of the quotations found, and the share of matched quotations whose speaker is right (the
dictionary actor whose label is the gold speaker's name, or no actor where the gold speaker is not
in the dictionary or unknown).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import pandas as pd

from analysis import paths
from analysis.evaluation import gold_articles, gold_speaker_names, quote_gold_spans, score_quotes
from analysis.lexicon import load_lexicon
from analysis.quotes import find_quotes

DEFAULT_GOLD = paths.PROJECT_ROOT / "tests" / "fixtures" / "quotes_gold" / "trends-2024.jsonl"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--texts", type=Path, default=paths.CURRENT_CORPUS)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if not args.texts.exists():
        sys.exit(f"error: {args.texts} not found (set DEFENCE_COVERAGE_SHARED or pass --texts)")
    gold = pd.DataFrame([json.loads(line) for line in args.gold.read_text(encoding="utf-8").splitlines() if line.strip()])
    with tempfile.TemporaryDirectory() as tmp:
        articles = gold_articles(gold, args.texts, Path(tmp))
    spans = quote_gold_spans(gold, articles)
    found = find_quotes(articles)
    lexicon = load_lexicon()
    labels = {a: lexicon.label(a) for a in found["speaker"].dropna().unique()}
    result = score_quotes(spans, found, labels, gold_speaker_names(lexicon, spans["speaker_name"]))
    if args.show:
        print("\n".join(result.problems))
    print(f"{len(articles)} articles, {len(gold)} gold quotations ({len(spans)} located), {len(found)} found")
    for kind in ("direct", "indirect"):
        hits, total = result.recall[kind]
        print(f"  recall {kind:8} {hits}/{total} = {result.recall_of(kind):.3f}")
    print(f"  precision (found quotations matching a gold one) {result.matched}/{result.found} = {result.precision:.3f}")
    print(f"  speaker right {result.speaker_right}/{result.matched} = {result.speaker_accuracy:.3f} of the matched")

if __name__ == "__main__":
    main()
