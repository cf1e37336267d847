"""CSV files that are safe to open in a spreadsheet program.

Spreadsheets run a cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return as a formula, so a scraped title such as ``=HYPERLINK("http://evil", "Nato")``
would become a live link (CSV injection). Every CSV this project writes goes through
:func:`write_csv`, which puts an apostrophe in front of such text cells and column
names; spreadsheets show the text as typed and hide the apostrophe. Numbers are written
as numbers (``-0.5`` stays a number). :func:`read_csv` takes the apostrophe off again, so
a round trip returns the original text; a text that itself starts with apostrophes before
a trigger character gets one more, so nothing is lost.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import patterns as P


def _needs_guard(text: str) -> bool:
    return text.lstrip(P.CSV_FORMULA_GUARD)[:1] in P.CSV_FORMULA_TRIGGERS and text.lstrip(P.CSV_FORMULA_GUARD) != ""


def neutralise_cell(value):
    """``value`` with a guard in front when a spreadsheet would run it as a formula.

    Examples
    --------
    >>> neutralise_cell('=HYPERLINK("http://x")')
    '\\'=HYPERLINK("http://x")'
    >>> neutralise_cell("-3,5 Prozent"), neutralise_cell(-3.5), neutralise_cell("Nato")
    ("'-3,5 Prozent", -3.5, 'Nato')
    """
    if isinstance(value, str) and _needs_guard(value):
        return P.CSV_FORMULA_GUARD + value
    return value


def restore_cell(value):
    """Undo :func:`neutralise_cell`.

    >>> restore_cell(neutralise_cell("=1+1")), restore_cell(neutralise_cell("'=1+1"))
    ('=1+1', "'=1+1")
    """
    if isinstance(value, str) and value.startswith(P.CSV_FORMULA_GUARD) and _needs_guard(value[1:]):
        return value[1:]
    return value


def _text_columns(df: pd.DataFrame) -> list:
    return [c for c in df.columns if df[c].dtype == object or isinstance(df[c].dtype, pd.StringDtype) or isinstance(df[c].dtype, pd.CategoricalDtype)]


def neutralise_frame(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``df`` with every text cell and column name neutralised."""
    out = df.copy()
    for column in _text_columns(out):
        values = out[column].astype(object) if isinstance(out[column].dtype, pd.CategoricalDtype) else out[column]
        out[column] = values.map(neutralise_cell, na_action="ignore")
    out.columns = [neutralise_cell(c) if isinstance(c, str) else c for c in out.columns]
    return out


def write_csv(df: pd.DataFrame, path: Path, **kwargs) -> Path:
    """Write ``df`` as UTF-8 CSV without the index, formula-like text neutralised."""
    kwargs.setdefault("index", False)
    neutralise_frame(df).to_csv(path, **kwargs)
    return Path(path)


def read_csv(path: Path, **kwargs) -> pd.DataFrame:
    """Read a CSV written by :func:`write_csv`, guards taken off text cells and names."""
    df = pd.read_csv(path, **kwargs)
    for column in _text_columns(df):
        df[column] = df[column].map(restore_cell, na_action="ignore")
    df.columns = [restore_cell(c) for c in df.columns]
    return df
