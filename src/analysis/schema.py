"""Columns, dtypes and allowed values of every table the package writes.

Each schema maps a column to its pandas dtype and a one-line meaning; the README's data
dictionary is written from the same text, and :func:`check_frame` is what the build and
the tests use to hold the tables to it.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .dates import PRECISIONS, TZ


@dataclass(frozen=True)
class Column:
    dtype: str
    meaning: str
    allowed: tuple[str, ...] | None = None
    nullable: bool = True


DATE_SOURCES = ("header", "stand_line", "timestamp_line", "html_meta", "field", "sidecar", "none")

ARTICLES = {
    "article_id": Column("string", "16 hex digits of the SHA-256 of the normalised body text; a copy with the very same text gets a suffix -2, -3 ...", nullable=False),
    "source_file": Column("string", "input file, relative to the raw folder", nullable=False),
    "title": Column("string", "headline; NA when the input has none (a lead sentence is not taken as a headline)"),
    "text": Column("string", "normalised body text, paragraphs separated by one blank line", nullable=False),
    "published": Column(f"datetime64[ns, {TZ}]", "publication time in Europe/Berlin; the start of the period for day/month/year precision; NaT when unknown"),
    "date_precision": Column("string", "how much of `published` is known", PRECISIONS, nullable=False),
    "date_source": Column("string", "where the date came from", DATE_SOURCES, nullable=False),
    "outlet": Column("string", "publishing site (export field, page metadata, url host or sidecar)"),
    "url": Column("string", "address of the article when known"),
    "language": Column("string", "ISO 639-1 code: the export's field, else a guess from function words; `und` when undetermined", nullable=False),
    "n_words": Column("int64", "words in `text`", nullable=False),
    "n_paragraphs": Column("int64", "paragraphs in `text`", nullable=False),
    "duplicate_of": Column("string", "`article_id` of the first copy when this article is an exact or near duplicate (Jaccard of word 5-grams >= 0.8), else NA"),
}

REJECTS = {
    "source_file": Column("string", "input file, relative to the raw folder", nullable=False),
    "record": Column("Int64", "line (JSONL), position (JSON) or spreadsheet row (CSV) inside the file; NA for a whole file"),
    "reason": Column("string", "why the file or record is not an article", nullable=False),
}

NOTES = {
    "source_file": Column("string", "input file the note is about", nullable=False),
    "record": Column("Int64", "record inside the file, NA for a whole file"),
    "article_id": Column("string", "article the note is about, NA when none was made"),
    "kind": Column("string", "date_conflict, date_unparsed, sidecar_override, sidecar_unmatched, sidecar_invalid or encoding", nullable=False),
    "message": Column("string", "what was noticed or changed", nullable=False),
}


class SchemaError(ValueError):
    """A table does not match its schema; the message lists every problem."""


def empty_frame(schema: dict[str, Column]) -> pd.DataFrame:
    """An empty table with the schema's columns and dtypes."""
    return conform(pd.DataFrame({name: [] for name in schema}), schema)


def conform(df: pd.DataFrame, schema: dict[str, Column]) -> pd.DataFrame:
    """``df`` with exactly the schema's columns, in order, cast to the schema's dtypes."""
    out = df.reindex(columns=list(schema))
    for name, col in schema.items():
        if col.dtype.startswith("datetime64"):
            out[name] = pd.to_datetime(out[name], utc=True).dt.tz_convert(TZ)
        else:
            out[name] = out[name].astype(col.dtype)
    return out.reset_index(drop=True)


def check_frame(df: pd.DataFrame, schema: dict[str, Column], name: str = "table") -> None:
    """Raise :class:`SchemaError` unless ``df`` has exactly the schema's columns, dtypes,
    allowed values and no missing values where none are allowed."""
    problems = []
    if list(df.columns) != list(schema):
        problems.append(f"columns are {list(df.columns)}, expected {list(schema)}")
    for column, spec in schema.items():
        if column not in df:
            continue
        if str(df[column].dtype) != spec.dtype:
            problems.append(f"{column}: dtype {df[column].dtype}, expected {spec.dtype}")
        if not spec.nullable and df[column].isna().any():
            problems.append(f"{column}: {int(df[column].isna().sum())} missing values")
        if spec.allowed is not None:
            bad = sorted(set(df[column].dropna()) - set(spec.allowed))
            if bad:
                problems.append(f"{column}: values {bad} not in {list(spec.allowed)}")
    if problems:
        raise SchemaError(f"{name} does not match its schema: " + "; ".join(problems))
