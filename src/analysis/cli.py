"""Command line: ``python -m analysis build`` and ``python -m analysis report``."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from . import paths
from .build import ENGINES, RawFolderMissing, build, format_summary
from .coverage import EventsError
from .lexicon import DictionaryError
from .workbooks import WorkbookError


def _field_map(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, field = pair.partition("=")
        if not sep or not name or not field:
            raise argparse.ArgumentTypeError(f"--field expects NAME=FIELD, got {pair!r}")
        out[name.strip()] = field.strip()
    return out


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m analysis", description="defence-coverage: build tables and reports from German news articles.")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build data/processed/ from data/raw/")
    b.add_argument("--raw", type=Path, default=paths.RAW_DIR, help=f"folder of input articles (default {paths.RAW_DIR})")
    b.add_argument("--out", type=Path, default=paths.PROCESSED_DIR, help=f"folder for the tables (default {paths.PROCESSED_DIR})")
    b.add_argument("--field", action="append", default=[], metavar="NAME=FIELD", help="export field for an article field, e.g. text=Inhalt (repeatable)")
    b.add_argument("--no-progress", action="store_true", help="never show a progress bar")
    b.add_argument("--engine", choices=ENGINES, default="local", help="where the per-article analysis runs: this process (local) or a Dask cluster (dask)")
    b.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: start a local cluster)")
    b.add_argument("--workers", type=int, default=None, help="worker processes: of the local engine (default: the machine's cores; 1 = this process only) or of the local Dask cluster (default 2)")
    b.add_argument("--full", action="store_true", help="ignore the cache of earlier builds and analyse everything again")
    r = sub.add_parser("report", help="build data/processed/, run every notebook into reports/, list the figures")
    r.add_argument("--raw", type=Path, default=paths.RAW_DIR, help=f"folder of input articles (default {paths.RAW_DIR})")
    r.add_argument("--out", type=Path, default=paths.PROCESSED_DIR, help=f"folder for the tables (default {paths.PROCESSED_DIR})")
    r.add_argument("--reports", type=Path, default=paths.REPORTS_DIR, help=f"folder for notebooks and figures (default {paths.REPORTS_DIR})")
    return p


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = parser().parse_args(argv)
    if args.command == "build":
        try:
            field_map = _field_map(args.field)
            corpus, written = build(args.raw, args.out, field_map=field_map, progress=False if args.no_progress else None,
                                    incremental=not args.full, engine=args.engine, scheduler=args.scheduler, workers=args.workers)
        except (RawFolderMissing, argparse.ArgumentTypeError, DictionaryError, EventsError, WorkbookError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(format_summary(corpus, args.raw, written))
    elif args.command == "report":
        from .report import NotebookFailed, format_report, run_report

        try:
            result = run_report(args.raw, args.out, args.reports)
        except (RawFolderMissing, NotebookFailed, DictionaryError, EventsError, WorkbookError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1 if isinstance(exc, NotebookFailed) else 2
        print(format_summary(result.corpus, args.raw, [args.out]))
        print(format_report(result))
    return 0
