"""Publication dates with an explicit precision, never invented.

A date is stored as a timezone-aware timestamp in Europe/Berlin plus a precision
(``minute``, ``day``, ``month``, ``year``). A month-precision date is stored as the first
day of the month at 00:00 and must be read together with its precision. Times without a
zone are taken as Berlin local time (the German outlets' own clock).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from zoneinfo import ZoneInfo

import pandas as pd

from . import patterns as P

TZ = "Europe/Berlin"
_BERLIN = ZoneInfo(TZ)

#: Precisions from finest to coarsest; ``unknown`` means no date.
PRECISIONS = ("minute", "day", "month", "year", "unknown")


@dataclass(frozen=True)
class ParsedDate:
    """A point in time and how much of it is known."""

    timestamp: pd.Timestamp
    precision: str

    def covers(self, other: ParsedDate) -> bool:
        """True when ``other`` lies inside the period this (coarser) date stands for."""
        fields = {"year": 1, "month": 2, "day": 3, "minute": 5}[self.precision]
        mine = _fields(self.timestamp)[:fields]
        theirs = _fields(other.timestamp)[:fields]
        return mine == theirs


def _fields(ts: pd.Timestamp) -> tuple[int, ...]:
    return (ts.year, ts.month, ts.day, ts.hour, ts.minute)


def make_date(year, month=None, day=None, hour=None, minute=None, *, tz=None) -> ParsedDate:
    """Build a :class:`ParsedDate` from parts; the finest part given sets the precision.

    ``tz`` is a ``datetime.tzinfo`` for times with an offset; without it the time is
    Berlin local time. Raises ``ValueError`` for impossible dates (month 13, 31 April).
    """
    year = int(year)
    if not 1678 <= year <= 2261:  # what a nanosecond timestamp can hold; plausibility is the loader's
        raise ValueError(f"year {year} out of range")
    if minute is not None and hour is not None:
        precision = "minute"
    elif day is not None:
        precision = "day"
    elif month is not None:
        precision = "month"
    else:
        precision = "year"
    when = dt.datetime(
        year, int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), tzinfo=tz or _BERLIN
    )
    return ParsedDate(pd.Timestamp(when).tz_convert(TZ), precision)


def _offset(tz: str | None) -> dt.tzinfo | None:
    if not tz:
        return None
    if tz == "Z":
        return dt.UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return dt.timezone(sign * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def date_from_match(match: re.Match) -> ParsedDate:
    """A :class:`ParsedDate` from a match with named groups year/month/day/hour/minute."""
    groups = match.groupdict()
    return make_date(
        groups["year"], groups.get("month"), groups.get("day"), groups.get("hour"), groups.get("minute")
    )


def parse_date(value) -> ParsedDate | None:
    """Parse a date as found in exports and sidecars; ``None`` when it is not a date.

    Understands ISO 8601 (``2020-04-24T20:17:56+02:00``, ``2020-05-05 18:53:06``,
    ``2021-03-4``, ``2024-11``, ``2024``), German numeric dates (``23.11.2024 11:26``)
    and written dates (``23. November 2024``, ``Nov. 2024``). Seconds are kept, but the
    precision is ``minute``: there is no finer precision.

    Examples
    --------
    >>> parse_date("2024-11").precision
    'month'
    >>> str(parse_date("2020-05-05 18:53:06").timestamp)
    '2020-05-05 18:53:06+02:00'
    """
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        ts = pd.Timestamp(value)
        ts = ts.tz_localize(TZ) if ts.tzinfo is None else ts.tz_convert(TZ)
        return ParsedDate(ts, "minute")
    text = " ".join(str(value).split())
    if not text:
        return None
    try:
        if m := P.ISO_DATETIME_RE.match(text):
            return _from_iso(m)
        if m := P.GERMAN_DATE_RE.match(text):
            return date_from_match(m)
        if m := P.GERMAN_WRITTEN_DATE_RE.match(text):
            month = P.GERMAN_MONTHS.get(m["monthname"].lower())
            if month is None:
                return None
            return make_date(m["year"], month, m["day"])
        if m := P.YEAR_ONLY_RE.match(text):
            return make_date(m["year"])
    except ValueError:
        return None
    return None


def _from_iso(m: re.Match) -> ParsedDate:
    parsed = make_date(m["year"], m["month"], m["day"], m["hour"], m["minute"], tz=_offset(m["tz"]))
    if m["second"]:
        return ParsedDate(parsed.timestamp + pd.Timedelta(seconds=int(m["second"])), parsed.precision)
    return parsed


def reconcile(coarse: ParsedDate | None, fine: ParsedDate | None) -> tuple[ParsedDate | None, str | None]:
    """Choose between a coarse date (the file header) and a finer one (a "Stand:" line).

    Returns the date to use and, when the two disagree, a message describing the
    conflict. The finer date wins when it lies inside the coarse one's period; when they
    disagree the finer one (the article's own statement) is used and the conflict reported.
    """
    if coarse is None or fine is None:
        return fine or coarse, None
    if coarse.covers(fine):
        return fine, None
    return fine, (
        f"header date {format_date(coarse)} disagrees with in-text date {format_date(fine)}; "
        "using the in-text date"
    )


def format_date(date: ParsedDate) -> str:
    """ISO text of a date at its own precision: ``2024-11``, ``2024-11-23``, ``2024-11-23 11:26``."""
    fmt = {"minute": "%Y-%m-%d %H:%M", "day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}
    return date.timestamp.strftime(fmt[date.precision])
