"""Benchmark: the whole build against the tokenizer floor, an incremental re-run, and
every notebook, on the same texts in one run.

Steps (each in its own process, so that each peak memory is its own):

(a) a bare ``spacy.blank("de")`` tokenizer pass over every title and text: the floor any
    spaCy pipeline pays;
(b) the full build from scratch (load, normalise, duplicates, figures, mentions, write
    Parquet) into an empty folder;
(c) an incremental build after adding 10 new articles (a new JSONL file in the raw folder,
    made from 10 corpus articles with new text, ids and dates);
(d) each notebook executed with papermill on the result;
(e) the full build of the corpus replicated to three times its size
    (``make_big_corpus.py``), for the peak memory at 1x and 3x (and, with ``--big N``, of
    a corpus of N articles, e.g. 100000; it takes minutes).

Prints seconds, words/s, articles/s, peak memory, and the ratios b/a and c/b. Run with
`make bench` or `.venv/bin/python benchmarks/bench_build.py [PATH] [--repeat N]` where PATH
is a raw folder or a JSONL file (default: the development corpus).
"""

from __future__ import annotations

import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import corpus_arguments

HERE = Path(__file__).resolve()


def _peak_mb() -> float:
    """Peak resident memory of this process and of its finished children (a notebook's kernel)."""
    return max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) / 1024


def step_build(raw: str, out: str) -> dict:
    from analysis.build import build

    start = time.perf_counter()
    corpus, _ = build(Path(raw), Path(out), progress=False)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "articles": len(corpus.articles), "words": int(corpus.articles["n_words"].sum()),
            "changes": corpus.changes, "peak_mb": _peak_mb()}


def step_tokenize(raw: str, out: str) -> dict:
    import pandas as pd
    import spacy

    articles = pd.read_parquet(Path(out) / "articles.parquet", columns=["title", "text", "n_words"])
    texts = [t for column in ("title", "text") for t in articles[column].dropna()]
    tokenizer = spacy.blank("de").tokenizer
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in tokenizer.pipe(texts, batch_size=256))
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "articles": len(articles), "words": int(articles["n_words"].sum()), "tokens": tokens, "peak_mb": _peak_mb()}


def step_notebook(notebook: str, out: str) -> dict:
    from analysis.report import execute_notebook

    figures = Path(out).parent / "figures"
    executed = Path(out).parent / "executed"
    executed.mkdir(exist_ok=True)
    start = time.perf_counter()
    execute_notebook(Path(notebook), executed, {"processed_dir": out, "figures_dir": str(figures)})
    return {"seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


STEPS = {"build": step_build, "tokenize": step_tokenize, "notebook": step_notebook}


def run_step(name: str, first: str, out: Path) -> dict:
    """Run one step in a fresh Python process and return what it measured."""
    done = subprocess.run([sys.executable, str(HERE), "--step", name, first, str(out)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"step {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def add_new_articles(source: Path, raw: Path, n: int = 10) -> Path:
    """A JSONL file of ``n`` new articles: corpus articles with a new paragraph, id and date."""
    rows = []
    with (source if source.is_file() else next(source.rglob("*.jsonl"))).open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                rows.append(json.loads(line))
            if len(rows) == n:
                break
    new = raw / "new-this-week.jsonl"
    with new.open("w", encoding="utf-8") as f:
        for i, row in enumerate(rows):
            row = {**row, "url": f"https://example.invalid/new/{i}", "published": f"2026-11-{10 + i:02d}T08:00:00+01:00",
                   "text": f"Neu in dieser Woche, Nummer {i}: Die Nato berät über ihre Ausgaben.\n\n{row['text']}"}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return new


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--step":
        name, first, out = sys.argv[2:5]
        print(json.dumps(STEPS[name](first, out)))
        return 0
    args = corpus_arguments(__doc__, extra=lambda p: p.add_argument("--big", type=int, default=0, metavar="N",
                                                                       help="also build a replicated corpus of N articles"))
    from analysis.report import report_notebooks

    work = Path(tempfile.mkdtemp(prefix="bench-build-"))
    try:
        raw = work / "raw"
        raw.mkdir()
        if args.source.is_file():
            (raw / args.source.name).symlink_to(args.source.resolve())
        else:
            for path in args.source.iterdir():
                (raw / path.name).symlink_to(path.resolve())
        full, incremental, floor = [], [], []
        for _ in range(args.repeat):
            shutil.rmtree(work / "processed", ignore_errors=True)
            (raw / "new-this-week.jsonl").unlink(missing_ok=True)
            full.append(run_step("build", str(raw), work / "processed"))
            floor.append(run_step("tokenize", str(raw), work / "processed"))
            add_new_articles(args.source, raw)
            incremental.append(run_step("build", str(raw), work / "processed"))
        notebooks = {nb.name: run_step("notebook", str(nb), work / "processed") for nb in report_notebooks()}
        scaled = {}
        for n in sorted({3 * full[0]["articles"], args.big} - {0}) if args.source.is_file() else []:  # a JSONL file to replicate
            shutil.rmtree(work / "processed", ignore_errors=True)
            big = work / f"big-{n}"
            subprocess.run([sys.executable, str(HERE.with_name("make_big_corpus.py")), str(big), str(args.source), "--articles", str(n)],
                           check=True, capture_output=True)
            scaled[n] = run_step("build", str(big), work / f"processed-{n}")
            shutil.rmtree(big, ignore_errors=True)
            shutil.rmtree(work / f"processed-{n}", ignore_errors=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def med(runs: list[dict]) -> float:
        return statistics.median(r["seconds"] for r in runs)

    a, b, c = med(floor), med(full), med(incremental)
    words, articles = full[0]["words"], full[0]["articles"]
    print(f"{articles:,} articles, {words:,} words ({args.source}); median of {args.repeat} runs; each step in its own process")
    print(f"  (a) spaCy tokenizer pass  {a:7.2f} s  {words / a:>10,.0f} words/s  {articles / a:>8,.0f} articles/s  peak {max(r['peak_mb'] for r in floor):,.0f} MB")
    print(f"  (b) full build            {b:7.2f} s  {words / b:>10,.0f} words/s  {articles / b:>8,.0f} articles/s  peak {max(r['peak_mb'] for r in full):,.0f} MB")
    print(f"  (c) incremental, +10      {c:7.2f} s  peak {max(r['peak_mb'] for r in incremental):,.0f} MB  ({incremental[0]['changes']})")
    print(f"  b/a = {b / a:.2f}  (targets: issue 11 <= 2, issue 15 <= 1.2)     c/b = {c / b:.1%}  (target <= 5 %)")
    for name, r in notebooks.items():
        print(f"  (d) {name:<34}{r['seconds']:6.2f} s  peak {r['peak_mb']:,.0f} MB  (target <= 20 s)")
    one = max(r["peak_mb"] for r in full)
    for n, r in scaled.items():
        print(f"  (e) full build, {n:,} articles  {r['seconds']:7.1f} s  peak {r['peak_mb']:,.0f} MB = {r['peak_mb'] / one:.2f} x the peak at "
              f"{articles:,}  (targets: <= 1.25 x at 3 x the corpus; 100,000 articles <= 1,200 MB and <= 12 min)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
