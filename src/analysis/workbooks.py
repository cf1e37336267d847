"""Official defence-expenditure workbooks as their publishers release them.

A release is dated by NATO's ``YYMMDD`` file-name prefix, else by the workbook's own date
(last saved); the newest release of a source wins in :func:`analysis.reference.official_figures`.

- **NATO**, "Defence Expenditure of NATO Countries" (``*def-exp-*TABLES*.xlsx``): the sheets
  are found by their text, not by their names or positions. The year header is the row of
  year cells (``2014`` ... ``2023e``, ``2024e``: an ``e`` marks NATO's estimate; extra year
  columns are read too); a block starts with its label ("Share of real GDP (%)", "Current
  prices and exchange rates") and holds one row per country. Read: the share of GDP
  (``pct_gdp``) and, where the workbook has it, defence expenditure in million US dollars at
  current prices (``usd_current``, stored in US$). The price base of the share ("Based on
  2015 prices", later editions 2021) is kept in the release.
- **SIPRI** Military Expenditure Database (``SIPRI-Milex-data-*.xlsx``): sheets "Share of GDP"
  and "Share of Govt. spending" (fractions, stored as percentages), "Current US$" and
  "Constant (2023) US$" (US$ m., stored in US$). "..." and "xxx" mean no data.

Country names become ISO 3166 alpha-2 codes (pycountry, plus ``patterns.OFFICIAL_COUNTRY_CODES``
for the publishers' own spellings); regional rows and countries that no longer exist are left
out. Anything else that is not a number where a number belongs is a :class:`WorkbookError`
naming the file, the sheet, the cell and what was expected.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pycountry

from . import patterns as P

MEASURES = ("pct_gdp", "pct_gov_spending", "usd_current", "usd_constant")
COLUMNS = ["source", "release", "release_date", "iso2", "year", "measure", "value", "estimate"]


class WorkbookError(ValueError):
    """An official workbook cannot be read; the message names the file and the reason."""


@dataclass(frozen=True)
class _Sheet:
    name: str
    rows: list[tuple]


def _open(path: Path) -> list[_Sheet]:
    return _open_dated(path)[0]


def _open_dated(path: Path) -> tuple[list[_Sheet], dt.date | None]:
    """The sheets of a workbook and its own date (last saved, else created)."""
    import openpyxl  # loaded only when a workbook is read

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise WorkbookError(f"{path.name}: not a readable .xlsx workbook ({type(exc).__name__}: {exc})") from exc
    try:
        stamp = workbook.properties.modified or workbook.properties.created
        date = stamp.date() if isinstance(stamp, dt.datetime) else None
        return [_Sheet(ws.title, list(ws.iter_rows(values_only=True))) for ws in workbook.worksheets], date
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise WorkbookError(f"{path.name}: a sheet cannot be read ({type(exc).__name__}: {exc})") from exc
    finally:
        workbook.close()


def _year(cell) -> tuple[int, bool] | None:
    """``(year, estimate)`` of a year header cell: 2014, "2019", "2024e"."""
    if isinstance(cell, (int, float)) and float(cell).is_integer() and 1940 <= cell <= 2100:
        return int(cell), False
    if isinstance(cell, str) and (m := P.YEAR_HEADER_RE.match(cell.strip())):
        return int(m["year"]), bool(m["estimate"])
    return None


def _number(cell, where: str) -> float | None:
    """A number cell; ``None`` for no data ("...", "xxx", empty); else :class:`WorkbookError`."""
    if cell is None:
        return None
    if isinstance(cell, bool):
        raise WorkbookError(f"{where}: expected a number, found {cell!r}")
    if isinstance(cell, (int, float)):
        return float(cell)
    text = str(cell).strip()
    if not text or text in P.OFFICIAL_NO_DATA:
        return None
    try:
        return float(text.replace(",", ""))
    except ValueError:
        raise WorkbookError(f"{where}: expected a number, found {text[:40]!r}") from None


def country_code(name: str) -> str | None:
    """ISO alpha-2 code of a country as NATO or SIPRI spell it; ``NATO`` for "NATO Total";
    None for regions and countries that no longer exist.

    Examples
    --------
    >>> country_code("Slovak Republic"), country_code("Korea, South"), country_code("NATO Total")
    ('SK', 'KR', 'NATO')
    """
    name = re.sub(r"[*†‡§¶‖]+\d*$", "", str(name)).strip()
    if name in P.OFFICIAL_COUNTRY_CODES:
        return P.OFFICIAL_COUNTRY_CODES[name]
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


# --- NATO ----------------------------------------------------------------------------------


def nato_release_date(path: Path) -> dt.date | None:
    """The release date in NATO's file name ("240617-def-exp-2024-TABLES-en.xlsx" -> 2024-06-17)."""
    m = re.match(r"(\d{2})(\d{2})(\d{2})-", path.name)
    if not m:
        return None
    try:
        return dt.date(2000 + int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _year_header(rows: list[tuple]) -> tuple[int, dict[int, tuple[int, bool]]] | None:
    for i, row in enumerate(rows):
        years = {j: y for j, cell in enumerate(row) if (y := _year(cell))}
        if len(years) >= 3:
            return i, years
    return None


def _nato_blocks(sheet: _Sheet, file_name: str):
    """``(block label, country, {column: value})`` for each country row under a year header."""
    header = _year_header(sheet.rows)
    if header is None:
        return
    start, years = header
    first_year_col = min(years)
    label = ""
    for i, row in enumerate(sheet.rows[start + 1 :], start=start + 2):
        texts = [str(c).strip() for c in row[:first_year_col] if isinstance(c, str) and c.strip()]
        cells = {j: row[j] if j < len(row) else None for j in years}
        if not texts:
            continue
        if all(v is None for v in cells.values()):
            label = texts[-1]
            continue
        where = f"{file_name}: sheet {sheet.name!r}, row {i}"
        yield label, texts[-1], {years[j]: _number(v, f"{where}, column {years[j][0]}{'e' if years[j][1] else ''}") for j, v in cells.items()}


def _sheet_text(sheet: _Sheet, n: int = 8) -> str:
    return " ".join(str(c) for row in sheet.rows[:n] for c in row if isinstance(c, str))


def read_nato_workbook(path: Path) -> pd.DataFrame:
    """The share-of-GDP and current-US$ rows of a NATO defence-expenditure workbook."""
    path = Path(path)
    sheets, saved = _open_dated(path)
    date = nato_release_date(path) or saved  # the file name's YYMMDD prefix, else the workbook's own date
    rows = []
    price_base = None
    for sheet in sheets:
        head = _sheet_text(sheet)
        for label, country, values in _nato_blocks(sheet, path.name):
            if P.NATO_SHARE_BLOCK_RE.search(label):
                measure, scale = "pct_gdp", 1.0
                price_base = price_base or (m[1] if (m := P.PRICE_BASE_RE.search(head)) else None)
            elif P.NATO_CURRENT_USD_BLOCK_RE.search(label) and P.MILLION_USD_RE.search(head):
                measure, scale = "usd_current", 1e6
            else:
                continue
            code = country_code(country)
            if code is None:
                continue
            rows += [(code, year, measure, value * scale, estimate) for (year, estimate), value in values.items() if value is not None]
    if not any(r[2] == "pct_gdp" for r in rows):
        raise WorkbookError(f"{path.name}: no share-of-GDP table found (a block 'Share of real GDP (%)' under a row of years); is it NATO's TABLES workbook?")
    base = f", {price_base} prices" if price_base else ""
    release = f"NATO {date.isoformat() if date else 'undated'} ({path.name}{base})"
    return _frame("NATO", release, date, rows)


# --- SIPRI ---------------------------------------------------------------------------------


def _sipri_sheet(sheets: list[_Sheet], pattern: re.Pattern) -> _Sheet | None:
    return next((s for s in sheets if pattern.search(s.name)), None)


def read_sipri_workbook(path: Path, *, first_year: int = 1949) -> pd.DataFrame:
    """Every country's share of GDP, share of government spending, current and constant
    US$ from SIPRI's Military Expenditure Database workbook (from ``first_year`` on)."""
    path = Path(path)
    sheets, saved = _open_dated(path)
    rows = []
    for measure, pattern, scale in P.SIPRI_SHEETS:
        sheet = _sipri_sheet(sheets, pattern)
        if sheet is None:
            continue
        header_at = next((i for i, r in enumerate(sheet.rows) if r and isinstance(r[0], str) and r[0].strip() == "Country"), None)
        if header_at is None:
            raise WorkbookError(f"{path.name}: sheet {sheet.name!r} has no header row starting with 'Country'")
        years = {j: y for j, c in enumerate(sheet.rows[header_at]) if (y := _year(c)) and y[0] >= first_year}
        for i, row in enumerate(sheet.rows[header_at + 1 :], start=header_at + 2):
            if not row or not isinstance(row[0], str) or not row[0].strip():
                continue
            values = {years[j][0]: row[j] if j < len(row) else None for j in years}
            if all(v is None for v in values.values()):
                continue  # a region heading
            code = country_code(row[0])
            if code is None:
                continue
            for year, cell in values.items():
                value = _number(cell, f"{path.name}: sheet {sheet.name!r}, row {i}, column {year}")
                if value is not None:
                    rows.append((code, year, measure, value * scale, False))
    if _sipri_sheet(sheets, P.SIPRI_SHEETS[0][1]) is None:
        raise WorkbookError(f"{path.name}: no sheet 'Share of GDP' (SIPRI's workbook has 'Share of GDP', 'Share of Govt. spending', "
                            f"'Current US$', 'Constant (...) US$'; found: {', '.join(s.name for s in sheets)})")
    last = max((r[1] for r in rows), default=None)
    release = f"SIPRI {first_year}-{last} ({path.name})"
    # the workbook's own date orders SIPRI's releases; without one, the April after its last year (when SIPRI publishes)
    return _frame("SIPRI", release, saved or (dt.date(last + 1, 4, 1) if last else None), rows)


def read_sipri_exchange_rates(path: Path, *, first_year: int = 2000) -> pd.DataFrame:
    """Exchange rates implied by SIPRI's workbook: for the home country of each currency
    (``patterns.CURRENCY_HOME_COUNTRY``), its military expenditure in local currency
    ("Local currency calendar years") divided by the same in current US$: local currency
    units per US dollar, per year."""
    path = Path(path)
    sheets = {s.name: s for s in _open(path)}
    local, usd = sheets.get("Local currency calendar years"), sheets.get("Current US$")
    if local is None or usd is None:
        raise WorkbookError(f"{path.name}: SIPRI's sheets 'Local currency calendar years' and 'Current US$' are needed for exchange rates")
    homes = {iso2: currency for currency, iso2 in P.CURRENCY_HOME_COUNTRY.items()}

    def by_country(sheet: _Sheet) -> dict[tuple[str, int], float]:
        header_at = next(i for i, r in enumerate(sheet.rows) if r and r[0] == "Country")
        years = {j: y[0] for j, c in enumerate(sheet.rows[header_at]) if (y := _year(c)) and y[0] >= first_year}
        values = {}
        for i, row in enumerate(sheet.rows[header_at + 1 :], start=header_at + 2):
            code = country_code(row[0]) if row and isinstance(row[0], str) else None
            if code not in homes:
                continue
            for j, year in years.items():
                value = _number(row[j] if j < len(row) else None, f"{path.name}: sheet {sheet.name!r}, row {i}, column {year}")
                if value:
                    values[code, year] = value
        return values

    in_local, in_usd = by_country(local), by_country(usd)
    rows = [(homes[code], code, year, in_local[code, year] / (in_usd[code, year] * 1e6))
            for (code, year) in sorted(in_local) if (code, year) in in_usd]
    return pd.DataFrame(rows, columns=["currency", "iso2", "year", "per_usd"])


def _frame(source: str, release: str, date: dt.date | None, rows: list[tuple]) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=["iso2", "year", "measure", "value", "estimate"])
    frame.insert(0, "release_date", pd.Timestamp(date) if date else pd.NaT)
    frame.insert(0, "release", release)
    frame.insert(0, "source", source)
    frame = frame.drop_duplicates(["iso2", "year", "measure"], keep="first")
    return frame[COLUMNS].sort_values(["iso2", "measure", "year"], ignore_index=True)


def read_workbook(path: Path) -> pd.DataFrame:
    """A NATO or SIPRI workbook, told apart by its file name and then by its sheets."""
    path = Path(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        raise WorkbookError(f"{path.name}: not an .xlsx workbook")
    if "sipri" in path.name.lower():
        return read_sipri_workbook(path)
    return read_nato_workbook(path)
