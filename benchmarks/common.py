"""Shared command line of the benchmark scripts."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import paths


def corpus_arguments(description: str, extra=None) -> argparse.Namespace:
    """``source`` (default: the development corpus) and ``--repeat`` (and what ``extra(parser)``
    adds); exits with a message when the source does not exist."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("source", nargs="?", type=Path, default=paths.DEV_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    if extra is not None:
        extra(parser)
    args = parser.parse_args()
    if not args.source.exists():
        sys.exit(f"error: {args.source} not found (set DEFENCE_COVERAGE_SHARED or pass a path)")
    return args


def timing_line(seconds: list[float]) -> str:
    """ "median 1.23 s over 3 runs (min ..., max ...)" """
    import statistics

    return f"median {statistics.median(seconds):.2f} s over {len(seconds)} runs (min {min(seconds):.2f} s, max {max(seconds):.2f} s)"
