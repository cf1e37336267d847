"""Every path the project uses, derived from the package's own location.

Nothing here depends on the working directory, so notebooks, tests and the
command line see the same folders. Two environment variables move folders for
users who keep their data elsewhere:

``DEFENCE_COVERAGE_DATA``
    the data folder holding ``raw/`` and ``processed/`` (default ``<project>/data``)
``DEFENCE_COVERAGE_SHARED``
    the shared folder with the development corpus (default ``<project>/../shared``)
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parents[1]
PACKAGE_DATA_DIR = PACKAGE_DIR / "data"

DATA_DIR = Path(os.environ.get("DEFENCE_COVERAGE_DATA", PROJECT_ROOT / "data"))
RAW_DIR = DATA_DIR / "raw"
PROCESSED_DIR = DATA_DIR / "processed"

REPORTS_DIR = PROJECT_ROOT / "reports"
FIGURES_DIR = REPORTS_DIR / "figures"
REPORT_NOTEBOOKS_DIR = REPORTS_DIR / "notebooks"
NOTEBOOKS_DIR = PROJECT_ROOT / "notebooks"

SHARED_DIR = Path(os.environ.get("DEFENCE_COVERAGE_SHARED", PROJECT_ROOT.parent / "shared"))
DEV_CORPUS = SHARED_DIR / "corpora" / "fang-covid-real" / "articles.jsonl"
#: Current-era text (April - December 2024, about 450 outlets): the annotated figures are measured on it.
CURRENT_CORPUS = SHARED_DIR / "corpora" / "trends-de-2024" / "articles.jsonl"
#: Hand-annotated figures (tests/fixtures/figures_gold/README.md says how they were made).
FIGURES_GOLD_DIR = PROJECT_ROOT / "tests" / "fixtures" / "figures_gold"

# Control files a user may put into the raw folder; they are read, never loaded as articles.
METADATA_SIDECAR = "metadata.csv"
ACTORS_OVERRIDE = "actors.yaml"
EVENTS_OVERRIDE = "events.csv"
#: Folder of newer official workbooks (NATO, SIPRI) inside the raw folder.
REFERENCE_DIR = "reference"
CONTROL_FILES = frozenset({METADATA_SIDECAR, ACTORS_OVERRIDE, EVENTS_OVERRIDE, REFERENCE_DIR})

# Files the build writes into the processed folder.
ARTICLES_FILE = "articles.parquet"
REJECTS_FILE = "rejects.csv"
NOTES_FILE = "notes.csv"
FIGURES_FILE = "figures.parquet"
MENTIONS_FILE = "mentions.parquet"
QUOTES_FILE = "quotes.parquet"
OFFICIAL_FILE = "official.parquet"
