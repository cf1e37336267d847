"""Reading and writing the processed tables in ``data/processed/``.

Writes are atomic as a set: every table is written into a staging folder next to the
targets and only then moved into place under a journal, so a failed or killed build
leaves the previous tables readable (see :func:`write_tables`). Reads conform each table to its schema, so callers always get the
documented dtypes.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import paths, schema
from .safecsv import read_csv, write_csv

log = logging.getLogger(__name__)

_STAGING_PREFIX = ".staging-"
#: Written just before the new tables are moved into place and removed right after; while
#: it exists, the previous tables are in ``<staging>/previous/`` (hard links).
_JOURNAL = ".swap-journal.json"


def write_frame(df: pd.DataFrame, path: Path) -> None:
    """Write one table as Parquet or (formula-safe) CSV, by the file name's suffix."""
    if path.suffix == ".parquet":
        df.to_parquet(path, index=False)
    elif path.suffix == ".csv":
        write_csv(df, path)
    else:
        raise ValueError(f"unsupported table format: {path.name}")


def _keep_previous(current: Path, backup: Path) -> None:
    try:
        os.link(current, backup)
    except OSError:  # file systems without hard links
        shutil.copy2(current, backup)


def _journal(out_dir: Path) -> dict | None:
    path = out_dir / _JOURNAL
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def recover(out_dir: Path) -> bool:
    """Undo a swap that a killed build left half done: the previous tables are put back.

    Returns True when there was something to undo. :func:`write_tables` calls it first.
    """
    out_dir = Path(out_dir)
    journal = _journal(out_dir)
    if journal is None:
        return False
    previous = out_dir / journal["staging"] / "previous"
    for name in journal["files"]:
        if (previous / name).exists():
            os.replace(previous / name, out_dir / name)
        else:  # the table did not exist before that build
            (out_dir / name).unlink(missing_ok=True)
    (out_dir / _JOURNAL).unlink()
    log.warning("%s: an interrupted build was rolled back to the tables before it", out_dir)
    return True


def write_tables(out_dir: Path, tables: Mapping[str, pd.DataFrame]) -> list[Path]:
    """Write ``{file name: table}`` into ``out_dir`` atomically as a set; returns the paths.

    The tables are written into a staging folder first, then moved in by :func:`commit`.
    """
    staging = new_staging(out_dir)
    try:
        for name, df in tables.items():
            write_frame(df, staging / name)
        return commit(out_dir, staging, list(tables))
    finally:
        discard_staging(out_dir, staging)


def new_staging(out_dir: Path) -> Path:
    """A fresh staging folder in ``out_dir`` (after undoing a killed build's swap and
    removing staging folders that killed builds left)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    recover(out_dir)
    for stale in out_dir.glob(f"{_STAGING_PREFIX}*"):
        shutil.rmtree(stale, ignore_errors=True)
    return Path(tempfile.mkdtemp(prefix=_STAGING_PREFIX, dir=out_dir))


def discard_staging(out_dir: Path, staging: Path) -> None:
    """Remove a staging folder unless a journal still needs its previous tables."""
    if not (Path(out_dir) / _JOURNAL).exists():
        shutil.rmtree(staging, ignore_errors=True)


def commit(out_dir: Path, staging: Path, names: list[str]) -> list[Path]:
    """Move the tables ``names`` from ``staging`` into ``out_dir`` as a set.

    The current tables are hard-linked into ``<staging>/previous/``, a journal naming
    them is written, the new tables are moved in one by one (each move is atomic), and
    the journal is removed. A build killed at any point leaves either the previous set,
    or a journal from which readers take the previous set and the next build restores it.
    """
    out_dir = Path(out_dir)
    previous = staging / "previous"
    previous.mkdir()
    for name in names:
        if (out_dir / name).exists():
            _keep_previous(out_dir / name, previous / name)
    journal = staging / _JOURNAL
    journal.write_text(json.dumps({"staging": staging.name, "files": list(names)}), encoding="utf-8")
    os.replace(journal, out_dir / _JOURNAL)
    for name in names:
        os.replace(staging / name, out_dir / name)
    (out_dir / _JOURNAL).unlink()
    return [out_dir / name for name in names]


class ChunkedParquet:
    """A Parquet file written chunk by chunk (one row group per chunk), every chunk
    conformed to ``table_schema`` so that all chunks have the same column types."""

    def __init__(self, path: Path, table_schema: dict):
        self.path, self.table_schema = Path(path), table_schema
        self._writer: pq.ParquetWriter | None = None

    def append(self, df: pd.DataFrame) -> None:
        table = pa.Table.from_pandas(schema.conform(df, self.table_schema), preserve_index=False)
        if self._writer is None:
            self._writer = pq.ParquetWriter(self.path, table.schema)
        self._writer.write_table(table.cast(self._writer.schema))

    def close(self) -> Path:
        if self._writer is None:  # no chunk: an empty table with the schema
            self.append(pd.DataFrame(columns=list(self.table_schema)))
        self._writer.close()
        return self.path


def table_path(name: str, processed_dir: Path | None = None) -> Path:
    """Where to read table ``name``: in ``processed_dir``, or, while a killed build's
    journal is there, the previous table it kept."""
    out_dir = Path(processed_dir or paths.PROCESSED_DIR)
    journal = _journal(out_dir)
    if journal and name in journal["files"]:
        return out_dir / journal["staging"] / "previous" / name
    return out_dir / name


def _read(name: str, table_schema: dict, processed_dir: Path | None) -> pd.DataFrame:
    path = table_path(name, processed_dir)
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


def read_quotes(processed_dir: Path | None = None) -> pd.DataFrame:
    """The quotations with their speakers (``quotes.parquet``)."""
    return _read(paths.QUOTES_FILE, schema.QUOTES, processed_dir)


def read_official(processed_dir: Path | None = None) -> pd.DataFrame:
    """The official NATO and SIPRI figures the build used (``official.parquet``)."""
    return _read(paths.OFFICIAL_FILE, schema.OFFICIAL, processed_dir)


def read_notes(processed_dir: Path | None = None) -> pd.DataFrame:
    """The load notes (``notes.csv``): date conflicts, sidecar overrides, encodings."""
    return _read(paths.NOTES_FILE, schema.NOTES, processed_dir)
