"""Official figures: NATO's and SIPRI's defence expenditure, and claims compared with them.

:func:`official_figures` is one long table of every country, year and measure:

- NATO, "Defence Expenditure of NATO Countries (2014-2024)", 17 June 2024
  (``240617-def-exp-2024-TABLES-en.xlsx``): share of GDP (Table 3, 2015 prices) and
  million US$ at current prices (Table 2), 2014-2024; 2023-2024 are NATO's estimates.
  Attribution to NATO required.
- SIPRI Military Expenditure Database 1949-2024 (``SIPRI-Milex-data-1949-2024_2.xlsx``),
  © SIPRI: share of GDP, share of government spending, current and constant (2023) US$,
  every country, 2000-2024. Non-commercial use with SIPRI credited.

Both are derived by :func:`derive_official_csv` from the workbooks as published (read by
:mod:`analysis.workbooks`) and committed as ``data/official_figures.csv``. Newer workbooks
in ``data/raw/reference/`` are read by the build; the newest release wins.

The older NATO-only table below (``nato_share_of_gdp``):

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

from . import paths, schema
from . import patterns as P
from .paths import PACKAGE_DATA_DIR
from .safecsv import write_csv
from .workbooks import COLUMNS, WorkbookError, country_code, read_nato_workbook, read_sipri_exchange_rates, read_sipri_workbook, read_workbook

REFERENCE_CSV = PACKAGE_DATA_DIR / "nato_defence_expenditure_pct_gdp.csv"
SOURCE = (
    "NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024, Table 3, "
    "share of real GDP (2015 prices); 2023-2024 estimates"
)

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
    """ISO alpha-2 code of a country as NATO spells it (:func:`analysis.workbooks.country_code`)."""
    if (code := country_code(country)) is None:
        raise LookupError(f"no ISO code for {country!r}")
    return code


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


# --- NATO and SIPRI, every country and measure ---------------------------------------------

OFFICIAL_CSV = PACKAGE_DATA_DIR / "official_figures.csv"
#: Local currency units per US dollar, derived from SIPRI's workbook (see ``read_sipri_exchange_rates``).
EXCHANGE_RATES_CSV = PACKAGE_DATA_DIR / "exchange_rates.csv"
#: The first year of SIPRI's figures that the package ships.
SIPRI_FIRST_YEAR = 2000


def derive_official_csv(nato_workbook: Path, sipri_workbook: Path, out: Path = OFFICIAL_CSV,
                        rates_out: Path = EXCHANGE_RATES_CSV) -> pd.DataFrame:
    """Write the committed official table (and the exchange rates beside it) from NATO's and
    SIPRI's workbooks as published."""
    rates = read_sipri_exchange_rates(sipri_workbook, first_year=SIPRI_FIRST_YEAR)
    write_csv(rates, rates_out, lineterminator="\n", float_format="%.7g")
    nato = read_nato_workbook(nato_workbook)
    sipri = read_sipri_workbook(sipri_workbook)
    sipri = sipri[sipri["year"] >= SIPRI_FIRST_YEAR]
    table = pd.concat([nato, sipri], ignore_index=True)
    table["value"] = table["value"].round(6)
    table["release_date"] = table["release_date"].dt.strftime("%Y-%m-%d")
    write_csv(table, out, lineterminator="\n", float_format="%.7g")
    return table


def _shipped() -> pd.DataFrame:
    table = pd.read_csv(OFFICIAL_CSV, dtype={"source": "string", "release": "string", "iso2": "string", "measure": "string"},
                        keep_default_na=False, na_values={"release_date": [""]})
    table["release_date"] = pd.to_datetime(table["release_date"])
    table["estimate"] = table["estimate"].astype(str).str.lower().eq("true")
    return table


def user_workbooks(raw_dir: Path | None) -> list[Path]:
    """The workbooks in ``raw_dir/reference/`` (hidden and lock files left out)."""
    folder = Path(raw_dir or paths.RAW_DIR) / paths.REFERENCE_DIR
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith((".", "~$")))


def read_user_workbooks(raw_dir: Path | None) -> list[pd.DataFrame]:
    """Every workbook in ``raw_dir/reference/``; raises :class:`WorkbookError` naming the first
    that cannot be read, so that a build stops before any work."""
    return [read_workbook(path) for path in user_workbooks(raw_dir)]


def official_figures(raw_dir: Path | None = None, *, extra: list[pd.DataFrame] | None = None) -> pd.DataFrame:
    """NATO's and SIPRI's figures, every country, year and measure, in one long table.

    The package's table (NATO 2014-2024, SIPRI 2000-2024) plus the workbooks in
    ``raw_dir/reference/`` (default: ``data/raw``) or ``extra`` tables; for the same
    source, country, year and measure the newest release wins (NATO's release date is the
    ``YYMMDD`` prefix of its file name).

    Returns
    -------
    DataFrame
        ``source``, ``release``, ``iso2``, ``year``, ``measure``, ``value``, ``estimate``.

    Examples
    --------
    >>> table = official_figures()
    >>> round(float(table.query("source == 'NATO' and iso2 == 'DE' and year == 2024 and measure == 'pct_gdp'")["value"].iloc[0]), 3)
    2.119
    """
    parts = [_shipped(), *(extra if extra is not None else read_user_workbooks(raw_dir))]
    table = pd.concat(parts, ignore_index=True)
    table = table.sort_values(["source", "iso2", "year", "measure", "release_date"], na_position="first", kind="stable")
    table = table.drop_duplicates(["source", "iso2", "year", "measure"], keep="last")
    table = table[list(schema.OFFICIAL)].reset_index(drop=True)
    return schema.conform(table, schema.OFFICIAL)


#: The measure of the official table a claim's unit is compared with (money: current US$).
CLAIM_MEASURES = {"pct_gdp": "pct_gdp", "pct_budget": "pct_gov_spending", **dict.fromkeys(P.CURRENCY_HOME_COUNTRY, "usd_current")}


def exchange_rates() -> pd.DataFrame:
    """Local currency units per US dollar by currency and year (``currency``, ``iso2`` of
    its home country, ``year``, ``per_usd``), implied by SIPRI's local-currency and
    current-US$ figures of the currency's home country (the euro: Germany)."""
    return pd.read_csv(EXCHANGE_RATES_CSV, dtype={"currency": "string", "iso2": "string"})


def in_us_dollars(values: pd.Series, units: pd.Series, years: pd.Series, rates: pd.DataFrame | None = None) -> pd.Series:
    """Amounts in US$: a US$ amount as it is, another currency at its rate of that year
    (NaN where the rate is not known)."""
    rates = exchange_rates() if rates is None else rates
    rate = pd.Series(rates["per_usd"].to_numpy(), index=pd.MultiIndex.from_arrays([rates["currency"], rates["year"]]))
    keys = pd.MultiIndex.from_arrays([units.astype(str), years.astype("int64")])
    per_usd = pd.Series(rate.reindex(keys).to_numpy(), index=values.index)
    per_usd = per_usd.where(units != "usd", 1.0)
    return values / per_usd


def compare_with_reference(figures: pd.DataFrame, official: pd.DataFrame | None = None, *, kinds=CLAIM_KINDS) -> pd.DataFrame:
    """Claims about what a country (or NATO) spends in a year, next to the official figure.

    A claim is a defence figure of an ``actual`` or ``estimate`` kind with a subject and a
    year: a share of GDP is compared with NATO's and SIPRI's share of GDP, a share of the
    budget (``pct_budget``) with SIPRI's share of government spending, an amount of the
    ``budget`` category (a defence budget or spending level, not an order or military aid)
    with current US$, another currency converted at the year's rate implied by SIPRI's
    figures for the currency's home country (:func:`exchange_rates`; no network). NATO's
    value is the first choice for NATO members and the alliance, SIPRI's otherwise.

    Parameters
    ----------
    figures : DataFrame
        Output of :func:`analysis.spending.extract_figures`.
    official : DataFrame, optional
        :func:`official_figures` (by default the package's table).
    kinds : tuple
        Kinds of figures that are claims about spending (default actual and estimate).

    Returns
    -------
    DataFrame
        The claims with ``official_source``, ``official_value``, ``official_release``,
        ``official_estimate``, ``nato_value`` and ``sipri_value`` (both sources side by side),
        ``claimed_usd`` (a money claim in US$) and ``difference`` (claimed minus official:
        percentage points, or US$); NaN where the record has no value (a later year, a
        currency without a rate).
    """
    official = official_figures(extra=[]) if official is None else official
    claims = figures[
        figures["is_defence"] & figures["unit"].isin(list(CLAIM_MEASURES)) & figures["subject"].notna()
        & figures["year"].notna() & figures["kind"].isin(kinds)
    ].copy()
    # an amount is a claim about the country's spending only as a budget or spending level (not an order or aid)
    claims = claims[~claims["unit"].isin(list(P.CURRENCY_HOME_COUNTRY)) | (claims["category"] == "budget")]
    claims["year"] = claims["year"].astype("int64")
    claims["measure"] = claims["unit"].map(CLAIM_MEASURES)
    money = claims["measure"] == "usd_current"
    claims["claimed_usd"] = in_us_dollars(claims["value"], claims["unit"], claims["year"]).where(money)
    keys = ["subject", "year", "measure"]
    by_source = {}
    for source in ("NATO", "SIPRI"):
        part = official[official["source"] == source].rename(columns={"iso2": "subject"})
        by_source[source] = part[[*keys, "value", "release", "estimate"]].rename(
            columns={"value": f"{source.lower()}_value", "release": f"{source.lower()}_release", "estimate": f"{source.lower()}_estimate"})
    out = claims.merge(by_source["NATO"], on=keys, how="left").merge(by_source["SIPRI"], on=keys, how="left")
    nato_members = set(official.loc[official["source"] == "NATO", "iso2"])
    use_nato = out["subject"].isin(nato_members) & out["nato_value"].notna()
    out["official_source"] = pd.Series(pd.NA, index=out.index, dtype="string")
    out.loc[use_nato, "official_source"] = "NATO"
    out.loc[~use_nato & out["sipri_value"].notna(), "official_source"] = "SIPRI"
    out["official_value"] = out["nato_value"].where(use_nato, out["sipri_value"])
    out["official_release"] = out["nato_release"].where(use_nato, out["sipri_release"]).astype("string")
    estimate = out["nato_estimate"].where(use_nato, out["sipri_estimate"])
    out["official_estimate"] = estimate.eq(True).astype(bool)  # NaN where the record has no value: not an estimate
    claimed = out["claimed_usd"].where(out["measure"] == "usd_current", out["value"])
    out["difference"] = (claimed - out["official_value"]).round(4)
    return out.drop(columns=["nato_release", "sipri_release", "nato_estimate", "sipri_estimate"]).reset_index(drop=True)


def largest_differences(claims: pd.DataFrame, n: int = 10) -> pd.DataFrame:
    """The ``n`` claims (shares, in percentage points) furthest from the official record, with their sentences."""
    shares = claims[claims["measure"].isin(["pct_gdp", "pct_gov_spending"]) & claims["difference"].notna()]
    order = shares["difference"].abs().sort_values(ascending=False, kind="stable").index
    columns = ["subject", "year", "measure", "value", "official_source", "official_value", "difference", "article_id", "sentence"]
    return shares.loc[order[:n], columns].reset_index(drop=True)


__all__ = ["COLUMNS", "WorkbookError", "compare_with_reference", "derive_official_csv", "nato_share_of_gdp", "official_figures"]
