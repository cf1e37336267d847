"""Official figures from NATO's and SIPRI's workbooks as published: every country and
measure, newer releases from the user, clear errors for workbooks that cannot be read."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from analysis import paths
from analysis.reference import EXCHANGE_RATES_CSV, OFFICIAL_CSV, derive_official_csv, exchange_rates, official_figures
from analysis.workbooks import WorkbookError, read_nato_workbook, read_sipri_workbook, read_workbook

SHARED = paths.SHARED_DIR / "reference" / "nato_defence_expenditure"
NATO_XLSX = SHARED / "240617-def-exp-2024-TABLES-en.xlsx"
SIPRI_XLSX = SHARED / "SIPRI-Milex-data-1949-2024_2.xlsx"


def _value(table, source, iso2, year, measure):
    rows = table.query("source == @source and iso2 == @iso2 and year == @year and measure == @measure")
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.fixture(scope="module")
def official():
    return official_figures(extra=[])


def test_spot_values_of_the_shipped_table(official):
    de = _value(official, "NATO", "DE", 2024, "pct_gdp")
    assert round(de["value"], 3) == 2.119 and de["estimate"] and "240617-def-exp-2024-TABLES-en.xlsx" in de["release"]
    assert round(_value(official, "SIPRI", "RU", 2024, "pct_gdp")["value"], 1) == 7.1
    assert round(_value(official, "SIPRI", "RU", 2024, "pct_gov_spending")["value"], 1) == 18.9
    assert round(_value(official, "SIPRI", "UA", 2024, "pct_gdp")["value"], 1) == 34.5
    assert round(_value(official, "NATO", "US", 2024, "usd_current")["value"] / 1e9) == 968  # 967,707 million US$
    assert official.query("source == 'SIPRI'")["iso2"].nunique() >= 150
    assert set(official["measure"]) == {"pct_gdp", "pct_gov_spending", "usd_current", "usd_constant"}


def _need_shared():
    if not (NATO_XLSX.exists() and SIPRI_XLSX.exists()):
        pytest.skip(f"NATO's and SIPRI's workbooks not found in {SHARED} (../shared is absent)")


def test_the_shipped_table_is_derived_from_the_workbooks(tmp_path):
    _need_shared()
    derive_official_csv(NATO_XLSX, SIPRI_XLSX, tmp_path / "official.csv", tmp_path / "rates.csv")
    assert (tmp_path / "official.csv").read_bytes() == OFFICIAL_CSV.read_bytes()
    assert (tmp_path / "rates.csv").read_bytes() == EXCHANGE_RATES_CSV.read_bytes()


def test_a_newer_nato_release_with_an_extra_year_wins(tmp_path, official):
    _need_shared()
    raw = tmp_path / "raw"
    (raw / "reference").mkdir(parents=True)
    newer = raw / "reference" / "250828-def-exp-2025-TABLES-en.xlsx"
    workbook = openpyxl.load_workbook(NATO_XLSX)
    sheet = workbook["TABLE3"]
    sheet["P8"] = "2025e"  # an extra year column right of 2024e
    for row in range(11, 44):
        if sheet.cell(row, 3).value == "Germany":
            sheet.cell(row, 14).value = 2.12345  # 2024 revised
            sheet.cell(row, 16).value = 2.4  # 2025e
    sheet["B6"] = "Based on 2021 prices"
    workbook.save(newer)
    table = official_figures(raw)
    de_2024 = _value(table, "NATO", "DE", 2024, "pct_gdp")
    assert de_2024["value"] == 2.12345 and "250828-def-exp-2025-TABLES-en.xlsx, 2021 prices" in de_2024["release"]
    de_2025 = _value(table, "NATO", "DE", 2025, "pct_gdp")
    assert de_2025["value"] == 2.4 and de_2025["estimate"]
    # countries and measures the newer file does not hold keep the older release
    assert _value(table, "SIPRI", "RU", 2024, "pct_gdp")["value"] == _value(official, "SIPRI", "RU", 2024, "pct_gdp")["value"]


def test_a_renamed_nato_sheet_is_still_found_by_its_text(tmp_path):
    _need_shared()
    workbook = openpyxl.load_workbook(NATO_XLSX)
    workbook["TABLE3"].title = "Share GDP"
    workbook.save(tmp_path / "240617-def-exp-2024-TABLES-en.xlsx")
    table = read_nato_workbook(tmp_path / "240617-def-exp-2024-TABLES-en.xlsx")
    assert round(_value(table, "NATO", "DE", 2024, "pct_gdp")["value"], 3) == 2.119


def test_bad_workbooks_give_an_error_naming_the_file_and_the_reason(tmp_path):
    _need_shared()
    truncated = tmp_path / "240617-def-exp-2024-TABLES-en.xlsx"
    truncated.write_bytes(NATO_XLSX.read_bytes()[:50_000])
    with pytest.raises(WorkbookError, match=r"^240617-def-exp-2024-TABLES-en.xlsx: not a readable .xlsx workbook"):
        read_workbook(truncated)
    csv = tmp_path / "SIPRI-export.xlsx"
    csv.write_text("Country,2024\nGermany,0.019\n", encoding="utf-8")
    with pytest.raises(WorkbookError, match=r"^SIPRI-export.xlsx: not a readable .xlsx workbook"):
        read_workbook(csv)
    renamed = tmp_path / "SIPRI-Milex-renamed.xlsx"
    workbook = openpyxl.load_workbook(SIPRI_XLSX)
    workbook["Share of GDP"].title = "GDP share"
    workbook.save(renamed)
    with pytest.raises(WorkbookError, match=r"^SIPRI-Milex-renamed.xlsx: no sheet 'Share of GDP'"):
        read_sipri_workbook(renamed)
    text = tmp_path / "240618-def-exp-2024-TABLES-en.xlsx"
    workbook = openpyxl.load_workbook(NATO_XLSX)
    workbook["TABLE3"]["E21"] = "zwei Prozent"
    workbook.save(text)
    with pytest.raises(WorkbookError, match=r"sheet 'TABLE3', row 21, column 2015: expected a number, found 'zwei Prozent'"):
        read_nato_workbook(text)
    empty = tmp_path / "leer.xlsx"
    openpyxl.Workbook().save(empty)
    with pytest.raises(WorkbookError, match=r"^leer.xlsx: no share-of-GDP table found"):
        read_workbook(empty)


def test_the_build_writes_the_official_table_it_used(raw_copy, tmp_path):
    from analysis import store
    from analysis.build import build

    out = tmp_path / "out"
    build(raw_copy, out, progress=False)
    table = store.read_official(out)
    assert round(_value(table, "NATO", "DE", 2024, "pct_gdp")["value"], 3) == 2.119
    assert len(table) == len(official_figures(extra=[]))


def test_a_broken_workbook_stops_the_build_before_any_work(raw_copy, tmp_path, capsys):
    from analysis.cli import main

    (raw_copy / "reference").mkdir()
    (raw_copy / "reference" / "250828-def-exp-2025-TABLES-en.xlsx").write_text("country,2025\nGermany,2.4\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--raw", str(raw_copy), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: 250828-def-exp-2025-TABLES-en.xlsx: not a readable .xlsx workbook")
    assert not out.exists() or not any(out.glob("*.parquet"))


def test_exchange_rates_implied_by_sipri():
    rates = exchange_rates().set_index(["currency", "year"])["per_usd"]
    assert rates["eur", 2024] == pytest.approx(0.9245, abs=1e-3)
    assert rates["gbp", 2024] == pytest.approx(0.7826, abs=1e-3)
    assert rates["usd", 2024] == 1.0
