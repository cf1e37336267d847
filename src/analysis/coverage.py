"""Coverage over time: articles per day, week or month, by outlet or actor, and events.

Counts are of articles on the user's own corpus. Every period between the first and the
last dated article is present, with 0 where nothing was published. Dates are used at the
precision they have: an article dated only "November 2024" is counted in monthly bins,
never on a made-up day; asked for days or weeks, it is left out of the bins and reported.
Undated articles are never placed and always reported. Duplicates (``duplicate_of``) are
left out by default, so a story re-published twice counts once.

The numbers that are left out travel with the table in ``timeline.attrs["left_out"]`` and
are returned by :func:`left_out`.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from . import patterns as P
from .paths import PACKAGE_DATA_DIR

log = logging.getLogger(__name__)

FREQUENCIES = {"D": "D", "W": "W-SUN", "M": "M"}  # weeks run Monday to Sunday
#: The coarsest date precision each bin size can place.
PLACEABLE = {"D": ("minute", "day"), "W": ("minute", "day"), "M": ("minute", "day", "month")}
EVENTS_CSV = PACKAGE_DATA_DIR / "events.csv"


def _check_freq(freq: str) -> None:
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {tuple(FREQUENCIES)} (day, week, month), got {freq!r}")


def left_out(articles: pd.DataFrame, freq: str) -> dict[str, int]:
    """How many articles a timeline of this bin size cannot place: ``undated``, and
    ``too_coarse`` (month- or year-precision dates in finer bins)."""
    _check_freq(freq)
    dated = articles["published"].notna()
    placeable = articles["date_precision"].isin(PLACEABLE[freq])
    return {"undated": int((~dated).sum()), "too_coarse": int((dated & ~placeable).sum())}


def _periods(published: pd.Series, freq: str) -> pd.Series:
    local = published.dt.tz_localize(None)
    return local.dt.to_period(FREQUENCIES[freq]).dt.start_time


def _placed(articles: pd.DataFrame, freq: str, include_duplicates: bool) -> pd.DataFrame:
    a = articles if include_duplicates else articles[articles["duplicate_of"].isna()]
    a = a[a["published"].notna() & a["date_precision"].isin(PLACEABLE[freq])]
    return a.assign(period=_periods(a["published"], freq))


def _full_range(periods: pd.Series, freq: str) -> pd.DatetimeIndex:
    if periods.empty:
        return pd.DatetimeIndex([], name="period")
    span = pd.period_range(periods.min(), periods.max(), freq=FREQUENCIES[freq])
    return pd.DatetimeIndex(span.start_time, name="period")


def timeline(
    articles: pd.DataFrame,
    *,
    freq: str = "W",
    by: str | None = None,
    mentions: pd.DataFrame | None = None,
    normalize: bool = False,
    rolling: int | None = None,
    include_duplicates: bool = False,
) -> pd.DataFrame:
    """Articles per period, zero-filled, optionally per outlet or per actor.

    Parameters
    ----------
    articles : DataFrame
        The articles table.
    freq : {"D", "W", "M"}
        Day, week (Monday to Sunday) or calendar month.
    by : {None, "outlet", "actor"}
        Split by outlet, or by actor (an article counts for every actor it mentions;
        needs ``mentions``).
    mentions : DataFrame, optional
        The mentions table, for ``by="actor"``.
    normalize : bool
        Add ``share``: the group's articles over all articles of the same period (and, for
        outlets, that is the outlet's share; for actors, the share of all articles).
    rolling : int, optional
        Add ``rolling_mean`` of ``articles`` over this many periods (per group).
    include_duplicates : bool
        Count flagged duplicates too (default: no).

    Returns
    -------
    DataFrame
        ``period`` (start of the bin), ``group`` (when ``by``), ``articles`` and, on request,
        ``share`` and ``rolling_mean``; ``attrs["left_out"]`` says how many articles could
        not be placed (see :func:`left_out`).

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x", "y"], "published": pd.to_datetime(["2024-11-04", "2024-11-20"]).tz_localize("Europe/Berlin"),
    ...                   "date_precision": "day", "duplicate_of": None, "outlet": "zeit.de"})
    >>> timeline(a, freq="W")["articles"].tolist()
    [1, 0, 1]
    """
    _check_freq(freq)
    placed = _placed(articles, freq, include_duplicates)
    index = _full_range(placed["period"], freq)
    totals = placed.groupby("period").size().reindex(index, fill_value=0)
    if by is None:
        out = totals.rename("articles").reset_index()
        if normalize:
            out["share"] = (out["articles"] / out["articles"].where(out["articles"] > 0)).fillna(0.0)
    else:
        groups = _grouped(placed, by, mentions)
        names = sorted(groups["group"].dropna().unique())
        counts = groups.groupby(["period", "group"])["article_id"].nunique()
        full = pd.MultiIndex.from_product([index, names], names=["period", "group"])
        out = counts.reindex(full, fill_value=0).rename("articles").reset_index()
        if normalize:
            denominator = out["period"].map(totals)
            out["share"] = (out["articles"] / denominator.where(denominator > 0)).fillna(0.0)
    if rolling:
        keys = ["group"] if by else []
        grouped = out.groupby(keys)["articles"] if keys else out["articles"]
        out["rolling_mean"] = grouped.transform(lambda s: s.rolling(rolling, min_periods=1).mean()) if keys else grouped.rolling(rolling, min_periods=1).mean()
    out.attrs["left_out"] = left_out(articles if include_duplicates else articles[articles["duplicate_of"].isna()], freq)
    if any(out.attrs["left_out"].values()):
        log.info("timeline (%s) leaves out %s", freq, out.attrs["left_out"])
    return out


def _grouped(placed: pd.DataFrame, by: str, mentions: pd.DataFrame | None) -> pd.DataFrame:
    if by == "outlet":
        return placed.assign(group=placed["outlet"].astype("object").fillna("(unbekannt)"))[["period", "group", "article_id"]]
    if by == "actor":
        if mentions is None:
            raise ValueError("by='actor' needs the mentions table (mentions=...)")
        m = mentions[mentions["actor_id"].notna()][["article_id", "actor_id"]].drop_duplicates()
        joined = placed[["article_id", "period"]].merge(m, on="article_id")
        return joined.rename(columns={"actor_id": "group"})
    raise ValueError(f"by must be None, 'outlet' or 'actor', got {by!r}")


def topic_flags(articles: pd.DataFrame, figures: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Per article: ``nato`` (NATO is mentioned) and ``defence_spending`` (a defence
    figure, or a defence-spending word such as Verteidigungsausgaben or Zwei-Prozent-Ziel)."""
    nato_ids = set(mentions.loc[mentions["actor_id"] == "NATO", "article_id"])
    figure_ids = set(figures.loc[figures["is_defence"], "article_id"])
    text = articles["title"].fillna("").astype(str) + "\n" + articles["text"].astype(str)
    words = text.str.contains(P.DEFENCE_SPENDING_WORDS_RE)
    return pd.DataFrame({
        "article_id": articles["article_id"],
        "nato": articles["article_id"].isin(nato_ids).to_numpy(),
        "defence_spending": (articles["article_id"].isin(figure_ids) | words).to_numpy(),
    })


def topic_timeline(articles: pd.DataFrame, flags: pd.DataFrame, *, freq: str = "W", normalize: bool = False) -> pd.DataFrame:
    """Like :func:`timeline` with ``group`` = the topics of :func:`topic_flags` (an article
    can count for both), ``share`` relative to all articles of the period."""
    flagged = articles.merge(flags, on="article_id")
    parts = []
    for topic in ("nato", "defence_spending"):
        part = timeline(flagged[flagged[topic]], freq=freq)
        parts.append(part.assign(group=topic))
    out = pd.concat(parts, ignore_index=True)
    everything = timeline(articles, freq=freq)
    index = everything["period"]
    out = out.set_index(["period", "group"])["articles"].unstack("group").reindex(index, fill_value=0).fillna(0).astype(int)
    out = out.reindex(columns=["nato", "defence_spending"], fill_value=0).stack().rename("articles").reset_index()
    if normalize:
        totals = everything.set_index("period")["articles"]
        denominator = out["period"].map(totals)
        out["share"] = (out["articles"] / denominator.where(denominator > 0)).fillna(0.0)
    out.attrs["left_out"] = everything.attrs["left_out"]
    return out


# --- events ----------------------------------------------------------------------------------


class EventsError(ValueError):
    """A user's events file cannot be used; the message names the file and the rows."""


def _checked_events(path: Path) -> pd.DataFrame:
    try:
        user = pd.read_csv(path, dtype=str, keep_default_na=False)
    except (pd.errors.ParserError, UnicodeDecodeError, pd.errors.EmptyDataError) as exc:
        raise EventsError(f"{path}: not a readable CSV file ({exc})") from exc
    missing = {"date", "label"} - set(user.columns)
    if missing:
        raise EventsError(f"{path}: events need the columns date and label (missing {sorted(missing)})")
    problems = []
    for row, (date, label) in enumerate(zip(user["date"], user["label"]), start=2):
        if pd.isna(pd.to_datetime(date, format="%Y-%m-%d", errors="coerce")):
            problems.append(f"row {row}: date {date!r} is not a date in the form YYYY-MM-DD")
        if not str(label).strip():
            problems.append(f"row {row}: the label is empty")
    if problems:
        raise EventsError(f"{path}: " + "; ".join(problems))
    if "source" not in user.columns:
        user["source"] = "user"
    return user.assign(source=user["source"].replace("", "user"))


def load_events(extra: Path | None = None) -> pd.DataFrame:
    """Key dates (``date``, ``label``, ``source``): the package's ``events.csv`` plus a
    user's ``data/raw/events.csv`` with the same columns, sorted by date. Raises
    :class:`EventsError` naming the file and every bad row."""
    frames = [pd.read_csv(EVENTS_CSV, dtype=str)]
    if extra is not None and Path(extra).exists():
        frames.append(_checked_events(Path(extra)))
    events = pd.concat(frames, ignore_index=True)
    events["date"] = pd.to_datetime(events["date"], format="%Y-%m-%d", errors="raise")
    return events[["date", "label", "source"]].sort_values("date", ignore_index=True)


def _naive(when) -> pd.Timestamp:
    ts = pd.Timestamp(when)
    return ts.tz_localize(None) if ts.tzinfo else ts


def events_in_range(events: pd.DataFrame, start, end) -> pd.DataFrame:
    """Events between two dates (inclusive; zone-aware dates are taken as local), for
    marking a timeline."""
    return events[(events["date"] >= _naive(start)) & (events["date"] <= _naive(end))].reset_index(drop=True)
