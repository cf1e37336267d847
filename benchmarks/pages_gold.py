"""The web-page reader against saved pages with expected title, date and body.

    .venv/bin/python benchmarks/pages_gold.py [FOLDER] [--show]

FOLDER (default: ``../shared/pages/fundus-at-ch``) holds saved pages and ``gold.json``. Printed
per page and overall: title exact, publication day right (Europe/Berlin), body word recall
and precision (bag of words with counts; the overall figures are means per page). ``--show``
also prints the read and the expected title and day of each page that misses one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import paths
from analysis.pagegold import score_folder, summarise

DEFAULT_FOLDER = paths.SHARED_DIR / "pages" / "fundus-at-ch"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_FOLDER)
    parser.add_argument("--show", action="store_true", help="print read and expected title/day where they differ")
    args = parser.parse_args()
    if not (args.folder / "gold.json").exists():
        sys.exit(f"error: {args.folder / 'gold.json'} not found (set DEFENCE_COVERAGE_SHARED or pass a folder)")
    scores = score_folder(args.folder)
    width = max(len(s.name) for s in scores)
    print(f"{'page':<{width}}  title  day  recall  precision")
    for s in scores:
        print(f"{s.name:<{width}}  {'yes' if s.title_right else 'no':<5}  {'yes' if s.day_right else 'no':<3}  {s.recall:6.3f}  {s.precision:9.3f}")
        if args.show and not s.title_right:
            print(f"    title read:     {s.title!r}\n    title expected: {s.gold_title!r}")
        if args.show and not s.day_right:
            print(f"    day read: {s.day}, expected: {s.gold_day}")
    total = summarise(scores)
    print(f"\n{total.pages} pages: titles {total.titles:.0%}, days {total.days:.0%}, "
          f"body recall {total.recall:.3f}, precision {total.precision:.3f} (means per page)")


if __name__ == "__main__":
    main()
