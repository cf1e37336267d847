"""Benchmark: defence-spending figure extraction, before and after, and one very long article.

Prints articles/s and words/s of ``spending.extract_figures`` on the development corpus
(loading is not timed) and how many figures and defence figures it finds; the same for the
extractor of an earlier revision (``--before REV``, default: the last revision before the
2024-26 rules, run from a temporary git worktree in its own process); and the time for one
article of 0.95 MB holding about 20,000 figures (its cost must grow linearly with its
figures). Run with `make bench` or
`.venv/bin/python benchmarks/bench_figures.py [--repeat N] [--before REV|none] [PATH]`.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
#: The extractor before the 2024-26 rules (issue 11): the comparison of `make bench`.
BEFORE_REVISION = "828cf75"
LONG_ARTICLE_CHARS = 950_000


def measure(source: Path, repeat: int) -> dict:
    """Time extract_figures on the articles of ``source`` (run inside the revision measured)."""
    from analysis import load_corpus
    from analysis.spending import extract_figures

    articles = load_corpus(source, progress=False).articles
    words = int(articles["n_words"].sum())
    seconds = []
    from analysis import sentences

    clear = getattr(sentences, "clear_segment_cache", lambda: None)  # older revisions keep nothing
    for _ in range(repeat):
        clear()  # every run segments its sentences itself, as the first run of a build does
        start = time.perf_counter()
        figures = extract_figures(articles, progress=False)
        seconds.append(time.perf_counter() - start)
    defence = figures[figures["is_defence"]]
    return {"articles": len(articles), "words": words, "seconds": seconds, "figures": len(figures),
            "defence": len(defence), "defence_articles": int(defence["article_id"].nunique()),
            "units": {str(k): int(v) for k, v in defence["unit"].value_counts().items()}}


def long_article(chars: int = LONG_ARTICLE_CHARS) -> str:
    """A ticker-like text of ``chars`` characters, a figure every 45 characters (fixed seed)."""
    rng = random.Random(1)
    parts = ["Die Nato-Staaten geben {a} Prozent des BIP für Verteidigung aus.", "Die Aktie stieg um {a} Prozent auf {b} Euro.",
             "Der Wehretat wächst auf {b} Milliarden Euro.", "Deutschland kommt auf {a} Prozent.",
             "Die Ukraine erhält {b} Millionen Dollar Militärhilfe, sagte er.", "Umfrage: {b} Prozent der Deutschen sind dafür."]
    out, size = [], 0
    while size < chars:
        piece = rng.choice(parts).format(a=f"{rng.randint(1, 5)},{rng.randint(0, 9)}", b=rng.randint(2, 900))
        piece += "\n\n" if rng.random() < 0.2 else " "
        out.append(piece)
        size += len(piece)
    return "".join(out)[:chars]


def measure_long() -> dict:
    from analysis.spending import figures_in_text

    text = long_article()
    start = time.perf_counter()
    rows = figures_in_text(text)
    return {"chars": len(text), "figures": len(rows), "seconds": time.perf_counter() - start}


def run_revision(revision: str, source: Path, repeat: int) -> dict | None:
    """The same measurement with the package of ``revision`` (a git worktree, own process)."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        added = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), revision],
                               capture_output=True, text=True, check=False)
        if added.returncode != 0:
            print(f"  (revision {revision} not available: {added.stderr.strip().splitlines()[-1] if added.stderr.strip() else 'git failed'})")
            return None
        try:
            env = {**os.environ, "PYTHONPATH": str(tree / "src")}
            done = subprocess.run([sys.executable, str(HERE), "--measure", str(source), "--repeat", str(repeat)],
                                  capture_output=True, text=True, env=env, check=False)
            if done.returncode != 0:
                print(f"  (revision {revision} failed: {done.stderr.strip().splitlines()[-1] if done.stderr.strip() else done.returncode})")
                return None
            return json.loads(done.stdout.strip().splitlines()[-1])
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True, check=False)


def report(name: str, m: dict) -> None:
    median = statistics.median(m["seconds"])
    print(f"{name}: {m['articles']} articles, {m['words']:,} words")
    print(f"  time     median {median:.2f} s over {len(m['seconds'])} runs (min {min(m['seconds']):.2f} s, max {max(m['seconds']):.2f} s)")
    print(f"  speed    {m['articles'] / median:,.0f} articles/s, {m['words'] / median:,.0f} words/s")
    print(f"  found    {m['figures']:,} numbers with a unit, {m['defence']} defence figures in {m['defence_articles']} articles")
    print("  defence  " + ", ".join(f"{unit} {n}" for unit, n in m["units"].items()))


def main() -> int:
    from analysis import paths

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", type=Path, default=paths.DEV_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--before", default=BEFORE_REVISION, help="git revision to compare with, or 'none'")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:  # inside a revision's process: print the measurement as JSON
        print(json.dumps(measure(args.source, args.repeat)))
        return 0
    if not args.source.exists():
        sys.exit(f"error: {args.source} not found (set DEFENCE_COVERAGE_SHARED or pass a path)")
    after = measure(args.source, args.repeat)
    report("extract_figures (this revision)", after)
    if args.before != "none":
        before = run_revision(args.before, args.source, args.repeat)
        if before:
            report(f"extract_figures (before, revision {args.before})", before)
            speed_after = after["words"] / statistics.median(after["seconds"])
            speed_before = before["words"] / statistics.median(before["seconds"])
            print(f"  words/s this revision / before: {speed_after / speed_before:.2f}")
    long = measure_long()
    print(f"one long article: {long['chars']:,} characters, {long['figures']:,} figures in {long['seconds']:.1f} s "
          f"({long['figures'] / long['seconds']:,.0f} figures/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
