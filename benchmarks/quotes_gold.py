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
from analysis.evaluation import _find, _loader_form, gold_articles
from analysis.lexicon import load_lexicon
from analysis.quotes import find_quotes

DEFAULT_GOLD = paths.PROJECT_ROOT / "tests" / "fixtures" / "quotes_gold" / "trends-2024.jsonl"


def gold_spans(gold: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The gold quotations with ``article_id``, ``start`` and ``end`` in the loader's text."""
    by_url = articles.set_index("url")
    rows = []
    for g in gold.itertuples(index=False):
        if g.url not in by_url.index:
            continue
        art = by_url.loc[g.url]
        art = art.iloc[0] if isinstance(art, pd.DataFrame) else art
        text = art[g.field] or ""
        start = _find(text, _loader_form(g.quote_head), int(g.occurrence))
        if start < 0:
            continue
        tail = _loader_form(g.quote_tail)
        end = text.find(tail, start)
        if end < 0:
            continue
        rows.append({**g._asdict(), "article_id": art["article_id"], "start": start, "end": end + len(tail)})
    return pd.DataFrame(rows)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


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
    spans = gold_spans(gold, articles)
    found = find_quotes(articles)
    lexicon = load_lexicon()
    labels = {a: lexicon.label(a) for a in found["speaker"].dropna().unique()}
    known = set(lexicon.actors["label"])
    matched_gold, speaker_right, matched_found = set(), 0, set()
    for i, g in spans.iterrows():
        candidates = found[(found["article_id"] == g["article_id"]) & (found["field"] == g["field"])]
        hit = next((j for j, f in candidates.iterrows() if j not in matched_found and _overlap((f["start"], f["end"]), (g["start"], g["end"]))), None)
        if hit is None:
            if args.show:
                print(f"MISSED {g['kind']:8} {g['speaker_name']!r}: {g['quote_head']} ... {g['quote_tail']}")
            continue
        matched_gold.add(i)
        matched_found.add(hit)
        ours = found.loc[hit, "speaker"]
        ours_label = labels.get(ours) if isinstance(ours, str) else None
        expected = g["speaker_name"] if g["speaker_name"] in known else None
        right = ours_label == expected
        speaker_right += right
        if args.show and not right:
            print(f"SPEAKER {ours_label!r} for {g['speaker_name']!r}: {g['quote_head']} ...")
    if args.show:
        for j, f in found.iterrows():
            if j not in matched_found:
                print(f"EXTRA   {f['kind']:8} {f['speaker_text']!r}: {f['quote'][:90]!r}")
    print(f"{len(articles)} articles, {len(gold)} gold quotations ({len(spans)} located), {len(found)} found")
    for kind in ("direct", "indirect"):
        of_kind = spans[spans["kind"] == kind]
        hits = sum(1 for i in of_kind.index if i in matched_gold)
        print(f"  recall {kind:8} {hits}/{len(of_kind)} = {hits / max(len(of_kind), 1):.3f}")
    print(f"  precision (found quotations matching a gold one) {len(matched_found)}/{len(found)} = {len(matched_found) / max(len(found), 1):.3f}")
    print(f"  speaker right {speaker_right}/{len(matched_gold)} = {speaker_right / max(len(matched_gold), 1):.3f} of the matched")


if __name__ == "__main__":
    main()
