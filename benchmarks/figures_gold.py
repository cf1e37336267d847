"""The annotated figure sets: choose the articles to annotate, write reading packets, score.

    .venv/bin/python benchmarks/figures_gold.py select [--out DIR]   # list the chosen articles (and write packets)
    .venv/bin/python benchmarks/figures_gold.py score [--show]       # precision, recall, subject accuracy

The choice of articles is mechanical and independent of the extractor: every article of the
2024 corpus that is not a duplicate, names defence or NATO (``TERMS_RE`` below) and holds
at least one number with a percent or money unit (``NUMBER_RE``). Articles that name
defence at least twice, or in the title, are the group ``discusses``; those that name it
once are ``mentions`` (their figures test that a passing mention does not make an
article's amounts defence figures). ``tests/fixtures/figures_gold/README.md`` has the annotation rules.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from pathlib import Path

import pandas as pd

from analysis import evaluation, load_corpus, paths
from analysis.spending import extract_figures

DEFAULT_GOLD = paths.FIGURES_GOLD_DIR / "trends-2024.jsonl"


def article_list(gold_path: Path) -> Path:
    """``NAME-articles.txt`` beside ``NAME.jsonl``: every article the set covers."""
    return gold_path.with_name(gold_path.stem + "-articles.txt")

#: Words that show an article discusses defence or NATO (case-insensitive word starts).
TERMS_RE = re.compile(
    r"\b(?:nato|bundeswehr\w*|verteidigung\w*|rüstung\w*|militär\w*|waffen\w*|armee\w*|streitkräfte\w*|pistorius|"
    r"rheinmetall\w*|munition\w*|panzer\w*|kampfjet\w*|drohne\w*|sondervermögen\w*|soldat\w*|truppe\w*|luftabwehr\w*|"
    r"luftverteidigung\w*|kriegsschiff\w*|fregatte\w*|wehretat|wehrdienst\w*|pentagon)",
    re.I,
)
#: A rough number with a percent or money unit (only to choose articles, not to find figures).
NUMBER_RE = re.compile(
    r"(?:\d|\b(?:eine?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwölf|zwanzig|hundert)\b)[\d.,]*\s*(?:-\s*)?"
    r"(?:Prozent|%|Milliarde\w*|Million\w*|Mrd|Mio|Billion\w*|Euro|Dollar|US-Dollar|Pfund|Franken|Rubel|€|\$|£)",
    re.I,
)


def chosen_articles(source: Path = paths.CURRENT_CORPUS):
    """The articles of ``source`` that the selection rule picks, in corpus order."""
    articles = load_corpus(source, progress=False).articles
    articles = articles[articles["duplicate_of"].isna()]
    title = articles["title"].fillna("")
    full = title + "\n" + articles["text"]
    terms = full.map(lambda t: len(TERMS_RE.findall(t)))
    in_title = title.map(lambda t: bool(TERMS_RE.search(t)))
    numbers = full.map(lambda t: len(NUMBER_RE.findall(t)))
    core = (terms >= 2) | in_title
    keep = (terms >= 1) & (numbers >= 1)
    group = core.map({True: "discusses", False: "mentions"})
    return articles[keep].assign(terms=terms[keep], numbers=numbers[keep], group=group[keep]).reset_index(drop=True)


def write_packets(articles, out: Path, parts: int, first: int = 1) -> None:
    """Reading packets: ``part-K.jsonl`` (exact fields) and ``part-K.txt`` (for reading)."""
    out.mkdir(parents=True, exist_ok=True)
    order = articles.sort_values("numbers", ascending=False).reset_index(drop=True)
    for k in range(parts):
        part = order.iloc[k::parts]
        name = f"part-{first + k}"
        with open(out / f"{name}.jsonl", "w", encoding="utf-8") as jsonl, open(out / f"{name}.txt", "w", encoding="utf-8") as txt:
            for row in part.itertuples():
                record = {"url": row.url, "outlet": row.outlet, "published": str(row.published), "title": row.title, "text": row.text}
                jsonl.write(json.dumps(record, ensure_ascii=False) + "\n")
                txt.write(f"=== {row.url}\n{row.outlet} · {row.published}\nTITLE: {row.title}\n\n{row.text}\n\n")


def score_gold(gold_path: Path, texts: Path, show: bool) -> evaluation.Score:
    """Run the extractor on the gold articles and print the score (and the errors with ``show``)."""
    gold = evaluation.read_gold(gold_path)
    listed = article_list(gold_path)
    urls = evaluation.read_article_list(listed) if listed.exists() else None
    with tempfile.TemporaryDirectory() as tmp:
        articles = evaluation.gold_articles(gold, texts, Path(tmp), urls=urls)
    raw = {}
    with open(texts, encoding="utf-8") as f:
        for line in f:
            record = json.loads(line) if line.strip() else {}
            for field in ("title", "text"):
                raw.setdefault((record.get("url"), field), record.get(field) or "")
    located = evaluation.locate(gold, articles, raw=raw)
    result = evaluation.score(located, extract_figures(articles, progress=False), articles["article_id"])
    print(f"{gold_path.name}: {len(articles)} articles, {len(located)} annotated numbers")
    if dropped := int((located["start"] < 0).sum()):
        print(f"{dropped} annotated numbers stand in photo captions the loader drops: counted as missed when defence figures")
    print(result.summary())
    if show:
        pd.set_option("display.width", 250)
        pd.set_option("display.max_colwidth", 160)
        for title, frame, columns in (("MISSED", result.misses, ["quote", "value", "unit", "context", "reason"]),
                                      ("FALSE ALARMS", result.false_alarms, ["quote", "value", "unit", "sentence"])):
            print(f"\n{title} ({len(frame)})")
            for row in frame.itertuples():
                print("  - " + " | ".join(str(getattr(row, c)) for c in columns))
        wrong = result.pairs[result.pairs["gold_subject"].fillna("") != result.pairs["found_subject"].fillna("")] if len(result.pairs) else result.pairs
        print(f"\nWRONG SUBJECT ({len(wrong)})")
        for row in wrong.itertuples():
            print(f"  - {row.gold_quote} | gold {row.gold_subject} found {row.found_subject} | {row.found_sentence}")
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    select = sub.add_parser("select")
    select.add_argument("--out", type=Path, help="write reading packets into this folder")
    select.add_argument("--parts", type=int, default=3)
    select.add_argument("--group", choices=("discusses", "mentions"), help="only this group")
    select.add_argument("--first", type=int, default=1, help="number of the first packet")
    score = sub.add_parser("score")
    score.add_argument("gold", nargs="?", type=Path, default=DEFAULT_GOLD)
    score.add_argument("--texts", type=Path, default=paths.CURRENT_CORPUS, help="JSONL with the articles' texts")
    score.add_argument("--show", action="store_true", help="list misses, false alarms and wrong subjects")
    args = parser.parse_args()
    if not paths.CURRENT_CORPUS.exists():
        sys.exit(f"error: {paths.CURRENT_CORPUS} not found (set DEFENCE_COVERAGE_SHARED)")
    if args.command == "select":
        chosen = chosen_articles()
        if args.group:
            chosen = chosen[chosen["group"] == args.group]
        print(f"{len(chosen)} articles, {int(chosen['numbers'].sum())} rough numbers")
        for row in chosen.itertuples():
            print(f"  {row.numbers:>3}  {row.group:<9}  {row.url}")
        if args.out:
            write_packets(chosen, args.out, args.parts, args.first)
    if args.command == "score":
        score_gold(args.gold, args.texts, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
