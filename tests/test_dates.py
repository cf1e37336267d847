"""Date parsing with explicit precision; never an invented date."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.dates import format_date, parse_date, reconcile

BERLIN = "Europe/Berlin"


@pytest.mark.parametrize(
    ("value", "expected", "precision"),
    [
        ("2020-04-24T20:17:56+02:00", "2020-04-24 20:17:56", "minute"),  # ISO with offset (ZEIT, Tagesspiegel)
        ("2020-05-05 18:53:06", "2020-05-05 18:53:06", "minute"),  # naive, Berlin local time (SZ)
        ("2024-11-23T10:26:00Z", "2024-11-23 11:26:00", "minute"),  # UTC converted to Berlin
        ("2024-11-23T11:26:00+0100", "2024-11-23 11:26:00", "minute"),  # offset without colon (htmldate)
        ("2021-03-4", "2021-03-04 00:00", "day"),  # unpadded day
        ("2025-12-23", "2025-12-23 00:00", "day"),
        ("2024-11", "2024-11-01 00:00", "month"),
        ("2024", "2024-01-01 00:00", "year"),
        ("23.11.2024 11:26", "2024-11-23 11:26", "minute"),
        ("23.11.2024, 11.26 Uhr", "2024-11-23 11:26", "minute"),
        ("23.06.2024", "2024-06-23 00:00", "day"),
        ("23. November 2024", "2024-11-23 00:00", "day"),
        ("März 2024", "2024-03-01 00:00", "month"),
        ("Nov. 2024", "2024-11-01 00:00", "month"),
    ],
)
def test_parse_date(value, expected, precision):
    parsed = parse_date(value)
    assert parsed.timestamp == pd.Timestamp(expected, tz=BERLIN)
    assert parsed.precision == precision
    assert str(parsed.timestamp.tz) == BERLIN


@pytest.mark.parametrize("value", ["", "unbekannt", "2024-13", "31.04.2024", "gestern", None, float("nan"), "99999"])
def test_not_a_date(value):
    assert parse_date(value) is None


def test_summer_and_winter_time():
    assert str(parse_date("2020-07-01 12:00").timestamp.utcoffset()) == "2:00:00"
    assert str(parse_date("2020-12-01 12:00").timestamp.utcoffset()) == "1:00:00"


def test_finer_date_wins_when_it_agrees():
    date, conflict = reconcile(parse_date("2024-11"), parse_date("23.11.2024 11:26"))
    assert format_date(date) == "2024-11-23 11:26" and conflict is None


def test_disagreement_is_reported():
    date, conflict = reconcile(parse_date("2024-10"), parse_date("23.11.2024 11:26"))
    assert format_date(date) == "2024-11-23 11:26"
    assert "2024-10" in conflict and "2024-11-23 11:26" in conflict


def test_month_precision_stays_month_precision():
    date, _ = reconcile(parse_date("2024-11"), None)
    assert date.precision == "month" and format_date(date) == "2024-11"
