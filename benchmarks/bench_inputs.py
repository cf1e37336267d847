"""Benchmark: inputs as users have them. Prints time and peak memory for

1. a ``.zip`` of 1,000 saved web pages (built from articles of the development corpus),
   read by ``load_corpus``;
2. a large ``.jsonl.gz`` export (default 200 MB compressed: copies of the development
   corpus, each text changed), read by the build's chunked reader in a fresh process, so
   that its peak memory is its own. The export is streamed line by line, and the build
   keeps only one chunk of articles in memory: memory must stay below 1 GB.

Run with `make bench` or `.venv/bin/python benchmarks/bench_inputs.py [--gz-mb N] [--pages N] [PATH]`.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from analysis import load_corpus, paths

_PAGE = ("<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'><title>{title} | Beispiel</title>"
         "<meta property='article:published_time' content='2021-03-04T10:00:00+01:00'></head><body>"
         "<nav><a href='/'>Startseite</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
         "<footer>Impressum</footer></body></html>")

_CHILD = """
import resource, sys, time
from pathlib import Path
from analysis.build import loader_parts
from analysis.chunked import read_in_chunks
from analysis.loading import signature_cache
start = time.perf_counter()
read = read_in_chunks(Path(sys.argv[1]), Path(sys.argv[2]), loaded=loader_parts(None), signatures=signature_cache(None), progress=False)
seconds = time.perf_counter() - start
print(len(read.index), len(read.rejects), f"{seconds:.1f}", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _records(source: Path):
    with source.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)


def bench_zip(source: Path, folder: Path, n_pages: int) -> None:
    raw = folder / "zip"
    raw.mkdir()
    with zipfile.ZipFile(raw / "seiten.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for i, record in zip(range(n_pages), _records(source)):
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in record["text"].split("\n") if p.strip())
            z.writestr(f"seiten/{i:04d}.html", _PAGE.format(title=html.escape(record["title"] or f"Artikel {i}"), paragraphs=paragraphs))
    size = (raw / "seiten.zip").stat().st_size / 1e6
    start = time.perf_counter()
    corpus = load_corpus(raw, progress=False)
    seconds = time.perf_counter() - start
    print(f"zip of {n_pages:,} pages ({size:.1f} MB): {len(corpus.articles):,} articles, {len(corpus.rejects):,} rejects "
          f"in {seconds:.1f} s ({n_pages / seconds:,.0f} pages/s)")


def bench_gz(source: Path, folder: Path, target_mb: float) -> None:
    raw = folder / "gz"
    raw.mkdir()
    path = raw / "export.jsonl.gz"
    copies = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=6) as out:
        while path.stat().st_size < target_mb * 1e6:
            copies += 1
            for record in _records(source):
                record["text"] = f"Kopie {copies}: {record['text']}"
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
    size = path.stat().st_size / 1e6
    with gzip.open(path, "rb") as f:
        raw_mb = sum(len(block) for block in iter(lambda: f.read(2**24), b"")) / 1e6
    result = subprocess.run([sys.executable, "-c", _CHILD, str(raw), str(folder / "staging")], capture_output=True, text=True, check=True)
    n, rejects, seconds, peak = result.stdout.split()
    print(f"jsonl.gz of {size:,.0f} MB ({raw_mb:,.0f} MB uncompressed, {copies} copies of {source.name}): "
          f"{int(n):,} articles, {rejects} rejects read in {seconds} s; peak memory {int(peak):,} MB (limit 1,024 MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("source", nargs="?", type=Path, default=paths.DEV_CORPUS)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--gz-mb", type=float, default=200.0)
    args = parser.parse_args()
    if not args.source.exists():
        sys.exit(f"error: {args.source} not found (set DEFENCE_COVERAGE_SHARED or pass a path)")
    with tempfile.TemporaryDirectory() as tmp:
        bench_zip(args.source, Path(tmp), args.pages)
        bench_gz(args.source, Path(tmp), args.gz_mb)
    print(f"  (this process: peak {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024:,} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
