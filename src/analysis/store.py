"""Reading and writing the processed tables in ``data/processed/``.

Writes are atomic as a set: every table is written into a staging folder next to the
targets and only then moved into place, so a failed or killed build leaves the previous
files as they were. Reads conform each table to its schema, so callers always get the
documented dtypes.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd

from . import paths, schema
from .safecsv import read_csv, write_csv

log = logging.getLogger(__name__)

_STAGING_PREFIX = ".staging-"


def _write_one(df: pd.DataFrame, path: Path) -> None:
    if path.suffix == ".parquet":
        df.to_parquet(path, index=False)
    elif path.suffix == ".csv":
        write_csv(df, path)
    else:
        raise ValueError(f"unsupported table format: {path.name}")


def write_tables(out_dir: Path, tables: Mapping[str, pd.DataFrame]) -> list[Path]:
    """Write ``{file name: table}`` into ``out_dir`` atomically; returns the paths written."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for stale in out_dir.glob(f"{_STAGING_PREFIX}*"):  # left by a killed build
        shutil.rmtree(stale, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=out_dir))
    try:
        for name, df in tables.items():
            _write_one(df, staging / name)
        written = []
        for name in tables:
            os.replace(staging / name, out_dir / name)
            written.append(out_dir / name)
        return written
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _read(name: str, table_schema: dict, processed_dir: Path | None) -> pd.DataFrame:
    path = Path(processed_dir or paths.PROCESSED_DIR) / name
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist: run `make data` or `python -m analysis build` first")
    df = pd.read_parquet(path) if path.suffix == ".parquet" else read_csv(path, dtype=str, keep_default_na=False, na_values=[""])
    return schema.conform(df, table_schema)


def read_articles(processed_dir: Path | None = None) -> pd.DataFrame:
    """The articles table (``articles.parquet``) with its documented dtypes."""
    return _read(paths.ARTICLES_FILE, schema.ARTICLES, processed_dir)


def read_rejects(processed_dir: Path | None = None) -> pd.DataFrame:
    """The rejects table (``rejects.csv``)."""
    return _read(paths.REJECTS_FILE, schema.REJECTS, processed_dir)


def read_figures(processed_dir: Path | None = None) -> pd.DataFrame:
    """The defence-spending figures (``figures.parquet``)."""
    return _read(paths.FIGURES_FILE, schema.FIGURES, processed_dir)


def read_mentions(processed_dir: Path | None = None) -> pd.DataFrame:
    """The actor mentions (``mentions.parquet``)."""
    return _read(paths.MENTIONS_FILE, schema.MENTIONS, processed_dir)


def read_notes(processed_dir: Path | None = None) -> pd.DataFrame:
    """The load notes (``notes.csv``): date conflicts, sidecar overrides, encodings."""
    return _read(paths.NOTES_FILE, schema.NOTES, processed_dir)
