"""Official figures: NATO's defence expenditure as a share of GDP, 2014-2024.

Source: NATO, "Defence Expenditure of NATO Countries (2014-2024)", press release of
17 June 2024, file ``240617-def-exp-2024-TABLES-en.xlsx``, sheet TABLE3 ("Defence
expenditure as a share of GDP and annual real change", block "Share of real GDP (%)",
based on 2015 prices). 2023 and 2024 are NATO's estimates. Attribution to NATO required.
The committed file ``data/nato_defence_expenditure_pct_gdp.csv`` is derived from the
table by :func:`derive_reference_csv`; it adds ISO 3166 alpha-2 codes (``NATO`` for
"NATO Total", ``NATO_EU_CA`` for "NATO Europe and Canada"). Iceland is not in the table.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pycountry

from . import schema
from .paths import PACKAGE_DATA_DIR
from .safecsv import write_csv

REFERENCE_CSV = PACKAGE_DATA_DIR / "nato_defence_expenditure_pct_gdp.csv"
SOURCE = (
    "NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024, Table 3, "
    "share of real GDP (2015 prices); 2023-2024 estimates"
)
_CODES = {"NATO Total": "NATO", "NATO Europe and Canada": "NATO_EU_CA", "Slovak Republic": "SK", "Türkiye": "TR"}

#: Kinds of figures that claim what a country spends (targets and demands do not).
CLAIM_KINDS = ("actual", "estimate")

REFERENCE = {
    "iso2": schema.Column("string", "ISO 3166 alpha-2 code; NATO = all Allies, NATO_EU_CA = European Allies and Canada", nullable=False),
    "country": schema.Column("string", "name as NATO writes it", nullable=False),
    "year": schema.Column("int64", "calendar year", nullable=False),
    "pct_gdp": schema.Column("float64", "defence expenditure as % of real GDP", nullable=False),
    "estimate": schema.Column("bool", "NATO's estimate (2023, 2024)", nullable=False),
    "source": schema.Column("string", "where the figure comes from", nullable=False),
}


def iso_code(country: str) -> str:
    """ISO alpha-2 code of a country as NATO spells it."""
    if country in _CODES:
        return _CODES[country]
    return pycountry.countries.lookup(country).alpha_2


def derive_reference_csv(source_csv: Path, out: Path = REFERENCE_CSV) -> pd.DataFrame:
    """Write the committed reference CSV from the shared NATO table (see module docstring)."""
    raw = pd.read_csv(source_csv)
    table = pd.DataFrame({
        "iso2": raw["country"].map(iso_code),
        "country": raw["country"],
        "year": raw["year"].astype(int),
        "pct_gdp": raw["pct_gdp"].round(4),
        "estimate": raw["estimate"].astype(str).str.lower().eq("true"),
        "source": SOURCE,
    }).sort_values(["iso2", "year"], ignore_index=True)
    write_csv(table, out, lineterminator="\n")
    return table


def nato_share_of_gdp() -> pd.DataFrame:
    """NATO's official defence expenditure as % of GDP per country and year, 2014-2024.

    Returns
    -------
    DataFrame
        ``iso2``, ``country``, ``year``, ``pct_gdp``, ``estimate``, ``source``.

    Examples
    --------
    >>> ref = nato_share_of_gdp()
    >>> float(ref.query("iso2 == 'DE' and year == 2024")["pct_gdp"].iloc[0])
    2.119
    """
    table = pd.read_csv(REFERENCE_CSV, dtype={"iso2": "string", "country": "string", "source": "string"}, keep_default_na=False)
    return schema.conform(table, REFERENCE)


def compare_with_reference(figures: pd.DataFrame, reference: pd.DataFrame | None = None, *, kinds=CLAIM_KINDS) -> pd.DataFrame:
    """Figures that claim a country's (or NATO's) share of GDP in a year, next to NATO's value.

    Parameters
    ----------
    figures : DataFrame
        Output of :func:`analysis.spending.extract_figures`.
    reference : DataFrame, optional
        Official table; by default :func:`nato_share_of_gdp`.
    kinds : tuple
        Kinds of figures that are claims about spending (default actual and estimate).

    Returns
    -------
    DataFrame
        The matching defence figures (``unit == "pct_gdp"``, a subject and a year) with
        ``official_pct_gdp``, ``official_estimate`` and ``difference`` (claimed minus
        official, percentage points); NaN where NATO's table has no value for the
        country-year (for example years after 2024).
    """
    reference = nato_share_of_gdp() if reference is None else reference
    claims = figures[
        figures["is_defence"] & (figures["unit"] == "pct_gdp") & figures["subject"].notna()
        & figures["year"].notna() & figures["kind"].isin(kinds)
    ].copy()
    claims["year"] = claims["year"].astype("int64")
    official = reference.rename(columns={"iso2": "subject", "pct_gdp": "official_pct_gdp", "estimate": "official_estimate"})
    out = claims.merge(official[["subject", "year", "official_pct_gdp", "official_estimate"]], on=["subject", "year"], how="left")
    out["difference"] = (out["value"] - out["official_pct_gdp"]).round(4)
    return out.reset_index(drop=True)
