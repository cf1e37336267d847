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

#: The kinds of note the loader writes (``notes.csv``).
NOTE_KINDS = (
    "date_conflict", "date_unparsed", "date_implausible", "sidecar_override", "sidecar_unmatched",
    "sidecar_invalid", "encoding", "format", "language", "skipped", "text_repair", "short_text",
)

NOTES = {
    "source_file": Column("string", "input file the note is about", nullable=False),
    "record": Column("Int64", "record inside the file, NA for a whole file"),
    "article_id": Column("string", "article the note is about, NA when none was made"),
    "kind": Column("string", "what kind of note", NOTE_KINDS, nullable=False),
    "message": Column("string", "what was noticed or changed", nullable=False),
}


#: ISO codes of every currency the figure finder reads (``patterns.CURRENCIES``; a test keeps the two in step).
CURRENCY_UNITS = ("eur", "usd", "gbp", "chf", "rub", "jpy", "pln", "aud", "brl", "cad", "cny", "czk", "dkk", "huf", "ils", "inr",
                  "irr", "krw", "mad", "nok", "sar", "sek", "try", "twd", "uah")
FIGURE_UNITS = ("pct_gdp", "pct_budget", "pct_other", "pct_points", *CURRENCY_UNITS)
FIGURE_CATEGORIES = ("share_of_gdp", "budget", "procurement", "aid")
FIGURE_KINDS = ("target", "demand", "actual", "estimate", "unknown")

FIGURES = {
    "article_id": Column("string", "article the figure is in", nullable=False),
    "published": Column(f"datetime64[ns, {TZ}]", "the article's publication time (NaT when undated)"),
    "field": Column("string", "where the figure is: `title` or `text`", ("title", "text"), nullable=False),
    "paragraph": Column("int64", "paragraph of the field (from 0)", nullable=False),
    "sentence_index": Column("int64", "sentence within its paragraph, from 0", nullable=False),
    "sentence": Column("string", "the sentence, exactly as in the field", nullable=False),
    "start": Column("int64", "offset of the figure in the field", nullable=False),
    "end": Column("int64", "end offset of the figure in the field", nullable=False),
    "quote": Column("string", "the figure as written (`field[start:end]`)", nullable=False),
    "value": Column("float64", "the number: a percentage as 3.5, money in units (1.0e11 for 100 Milliarden Euro), a sum as its total", nullable=False),
    "value_max": Column("float64", "upper end of a range, else NaN"),
    "unit": Column("string", "pct_gdp, pct_budget, pct_other, pct_points (Prozentpunkte, not a share), or the ISO code of a currency: eur, usd, gbp, chf, sek, uah ...", FIGURE_UNITS, nullable=False),
    "unit_from": Column("string", "how the unit was read: stated, compound, defence_convention (X Prozent für Verteidigung), context (an earlier share of GDP, or the currency of the sentence), or empty"),
    "qualifier": Column("string", "at_least, more_than, about, almost, at_most, less_than, or NA"),
    "is_defence": Column("bool", "the figure is an amount, share or target of defence or military spending", nullable=False),
    "category": Column("string", "what the defence money is: share_of_gdp, budget (defence budgets, special funds, needs), procurement (orders, programmes, weapons), aid (military aid to another state); NA when not defence", FIGURE_CATEGORIES),
    "kind": Column("string", "target, demand, actual, estimate or unknown (always unknown when not defence)", FIGURE_KINDS, nullable=False),
    "subject": Column("string", "who spends: ISO 3166 alpha-2 code, NATO for the alliance or all members, NA when not said"),
    "speaker": Column("string", "actor_id of the person stating or demanding the figure, when the text says so"),
    "quote_id": Column("string", "the quotation (quotes.parquet) the figure stands in, else NA"),
    "year": Column("Int64", "year the figure refers to, when stated or implied (in diesem Jahr)"),
    "compound": Column("bool", "the number sits in a compound (Zwei-Prozent-Ziel, 100-Milliarden-Sondervermögen)", nullable=False),
}


MENTIONS = {
    "article_id": Column("string", "article the mention is in", nullable=False),
    "field": Column("string", "`title` or `text`", ("title", "text"), nullable=False),
    "paragraph": Column("int64", "paragraph of the field, from 0", nullable=False),
    "sentence": Column("int64", "sentence within its paragraph, from 0 (spaCy sentencizer)", nullable=False),
    "sentence_start": Column("int64", "offset of the sentence in the field", nullable=False),
    "sentence_end": Column("int64", "end offset of the sentence in the field", nullable=False),
    "actor_id": Column("string", "actor (see the actor dictionary); NA for a role that could not be resolved"),
    "label": Column("string", "the actor's name, or the role's for an unresolved role"),
    "type": Column("string", "person, organisation or country", ("person", "organisation", "country"), nullable=False),
    "start": Column("int64", "offset of the mention in the field", nullable=False),
    "end": Column("int64", "end offset of the mention in the field", nullable=False),
    "quote": Column("string", "the mention as written (`field[start:end]`)", nullable=False),
    "via": Column("string", "name, alias, role or compound", ("name", "alias", "role", "compound"), nullable=False),
    "role": Column("string", "role the mention came from (e.g. nato_secretary_general), else NA"),
    "note": Column("string", "why a role has no person: undated article, or no single holder on the date"),
}


QUOTES = {
    "quote_id": Column("string", "the quotation: `<article_id>:q<n>`, n counting the article's quotations from 0", nullable=False),
    "article_id": Column("string", "article the quotation is in", nullable=False),
    "field": Column("string", "`title` or `text`", ("title", "text"), nullable=False),
    "paragraph": Column("int64", "paragraph of the field where the quotation starts, from 0", nullable=False),
    "start": Column("int64", "offset of the quoted words in the field", nullable=False),
    "end": Column("int64", "end offset of the quoted words", nullable=False),
    "quote": Column("string", "the quoted words (`field[start:end]`)", nullable=False),
    "kind": Column("string", "`direct` (in quotation marks) or `indirect` (reported speech)", ("direct", "indirect"), nullable=False),
    "verb": Column("string", "the word of saying: sagte, fügte hinzu, laut, zufolge …; NA when none"),
    "speaker": Column("string", "actor_id of the speaker; NA when the speaker is not in the dictionary"),
    "speaker_text": Column("string", "the words naming the speaker as written; NA when none"),
    "sentence": Column("string", "the sentence the quotation starts in", nullable=False),
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
            values = out[name] if isinstance(out[name].dtype, pd.DatetimeTZDtype) else pd.to_datetime(out[name], utc=True)
            out[name] = values.dt.tz_convert(TZ)
        elif col.dtype == "string":
            out[name] = out[name].astype("string").replace("", pd.NA)
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

#: The official figures (``official.parquet``, ``analysis.reference.official_figures``).
OFFICIAL = {
    "source": Column("string", "NATO or SIPRI", ("NATO", "SIPRI"), nullable=False),
    "release": Column("string", "publication and file the figure comes from", nullable=False),
    "iso2": Column("string", "ISO 3166 alpha-2 code; NATO = all Allies, NATO_EU_CA = European Allies and Canada", nullable=False),
    "year": Column("int64", "calendar year", nullable=False),
    "measure": Column("string", "pct_gdp, pct_gov_spending, usd_current or usd_constant",
                             ("pct_gdp", "pct_gov_spending", "usd_current", "usd_constant"), nullable=False),
    "value": Column("float64", "percent (2.1) or US dollars", nullable=False),
    "estimate": Column("bool", "the publisher's estimate (NATO's 2024e); SIPRI's are not marked", nullable=False),
}
