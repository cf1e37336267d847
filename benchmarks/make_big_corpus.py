"""Make a large test corpus by replicating the development corpus with varied ids and dates.

Every copy of an article gets a new URL, a date shifted by whole weeks, and a first
paragraph naming its copy number, so ids and duplicate detection see distinct articles
(the copies share most of their text, so near-duplicate detection has real work to do).
Writes one JSONL file per 10,000 articles.

    .venv/bin/python benchmarks/make_big_corpus.py OUT_DIR [--articles 100000] [SOURCE]
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

from analysis import paths

PER_FILE = 10_000


def shifted(published: str | None, weeks: int) -> str | None:
    """The date ``weeks`` weeks later, in the same ISO form."""
    if not published:
        return published
    try:
        when = datetime.fromisoformat(published)
    except ValueError:
        return published
    return (when + timedelta(weeks=weeks)).isoformat()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("source", nargs="?", type=Path, default=paths.DEV_CORPUS)
    parser.add_argument("--articles", type=int, default=100_000)
    args = parser.parse_args()
    rows = [json.loads(line) for line in args.source.read_text(encoding="utf-8").split("\n") if line.strip()]  # not splitlines: texts hold U+2028
    args.out.mkdir(parents=True, exist_ok=True)
    written, handle = 0, None
    while written < args.articles:
        copy, row = divmod(written, len(rows))
        if written % PER_FILE == 0:
            if handle:
                handle.close()
            handle = (args.out / f"big-{written // PER_FILE:03d}.jsonl").open("w", encoding="utf-8")
        original = rows[row]
        varied = {
            **original,
            "url": f"{original.get('url') or 'https://example.invalid/a'}?copy={copy}",
            "published": shifted(original.get("published"), copy),
            "text": f"Fassung {copy} dieses Artikels, Kennung {written}.\n\n{original['text']}",
        }
        handle.write(json.dumps(varied, ensure_ascii=False) + "\n")
        written += 1
    if handle:
        handle.close()
    print(f"wrote {written:,} articles into {args.out} ({-(-written // PER_FILE)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
