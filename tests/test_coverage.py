"""Coverage over time: zero-filled bins, date precision respected, nothing dropped silently."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import coverage

BERLIN = "Europe/Berlin"


@pytest.fixture
def articles():
    """Six articles: three dated to the minute/day across three weeks, one month-only,
    one undated, one duplicate of the first."""
    published = pd.to_datetime(["2024-11-04 10:00", "2024-11-06", "2024-11-20 23:30", "2024-12-01", None, "2024-11-05"], format="mixed").tz_localize(BERLIN)
    return pd.DataFrame({
        "article_id": list("abcdef"),
        "published": published,
        "date_precision": ["minute", "day", "minute", "month", "unknown", "day"],
        "duplicate_of": [None, None, None, None, None, "a"],
        "outlet": ["zeit.de", "sueddeutsche.de", "zeit.de", "zeit.de", "zeit.de", "tagesspiegel.de"],
        "title": ["Nato-Gipfel", None, None, None, None, None],
        "text": ["Die Verteidigungsausgaben steigen.", "Corona.", "Wetter.", "Sport.", "Kultur.", "Die Verteidigungsausgaben steigen."],
    })


def test_weekly_bins_are_zero_filled_and_start_on_monday(articles):
    weekly = coverage.timeline(articles, freq="W")
    assert weekly["period"].dt.dayofweek.eq(0).all()
    assert weekly["period"].tolist() == list(pd.to_datetime(["2024-11-04", "2024-11-11", "2024-11-18"]))
    assert weekly["articles"].tolist() == [2, 0, 1]  # the 20 Nov article at 23:30 Berlin time stays in its week


def test_month_precision_is_only_counted_in_months_and_undated_is_reported(articles):
    weekly, monthly = coverage.timeline(articles, freq="W"), coverage.timeline(articles, freq="M")
    assert weekly.attrs["left_out"] == {"undated": 1, "too_coarse": 1}
    assert monthly.attrs["left_out"] == {"undated": 1, "too_coarse": 0}
    assert monthly.set_index("period")["articles"].to_dict() == {pd.Timestamp("2024-11-01"): 3, pd.Timestamp("2024-12-01"): 1}
    kept = articles[articles["duplicate_of"].isna()]
    assert weekly["articles"].sum() + sum(weekly.attrs["left_out"].values()) == len(kept)


def test_daily_bins_cover_every_day(articles):
    daily = coverage.timeline(articles, freq="D")
    assert len(daily) == 17 and daily["articles"].sum() == 3


def test_duplicates_count_once_unless_asked(articles):
    assert coverage.timeline(articles, freq="M")["articles"].sum() == 4
    assert coverage.timeline(articles, freq="M", include_duplicates=True)["articles"].sum() == 5


def test_by_outlet_with_shares(articles):
    by = coverage.timeline(articles, freq="M", by="outlet", normalize=True).set_index(["period", "group"])
    november = pd.Timestamp("2024-11-01")
    assert by.loc[(november, "zeit.de"), "articles"] == 2
    assert by.loc[(november, "zeit.de"), "share"] == pytest.approx(2 / 3)
    assert by.loc[(pd.Timestamp("2024-12-01"), "sueddeutsche.de"), "articles"] == 0  # zero-filled
    assert by.groupby("period")["share"].sum().tolist() == pytest.approx([1.0, 1.0])


def test_by_actor_needs_mentions_and_counts_articles_once(articles):
    mentions = pd.DataFrame({"article_id": ["a", "a", "b", "c"], "actor_id": ["trump", "trump", "trump", "rutte"]})
    by = coverage.timeline(articles, freq="M", by="actor", mentions=mentions, normalize=True).set_index(["period", "group"])
    assert by.loc[(pd.Timestamp("2024-11-01"), "trump"), "articles"] == 2
    assert by.loc[(pd.Timestamp("2024-11-01"), "trump"), "share"] == pytest.approx(2 / 3)
    with pytest.raises(ValueError, match="needs the mentions"):
        coverage.timeline(articles, by="actor")


def test_rolling_mean(articles):
    weekly = coverage.timeline(articles, freq="W", rolling=2)
    assert weekly["rolling_mean"].tolist() == [2.0, 1.0, 0.5]


def test_bad_frequency(articles):
    with pytest.raises(ValueError, match="freq"):
        coverage.timeline(articles, freq="Q")


def test_topic_flags(articles):
    figures = pd.DataFrame({"article_id": ["b"], "is_defence": [True]})
    mentions = pd.DataFrame({"article_id": ["a"], "actor_id": ["NATO"]})
    flags = coverage.topic_flags(articles, figures, mentions).set_index("article_id")
    assert flags["nato"].tolist() == [True, False, False, False, False, False]
    assert flags["defence_spending"].tolist() == [True, True, False, False, False, True]  # word, figure, -, -, -, word


def test_events_include_the_key_dates_and_user_events(tmp_path):
    events = coverage.load_events()
    dates = dict(zip(events["label"], events["date"].dt.strftime("%Y-%m-%d")))
    assert dates["US-Präsidentschaftswahl 2024"] == "2024-11-05"
    assert dates["Amtseinführung Trump"] == "2025-01-20"
    assert dates["Rutte wird NATO-Generalsekretär"] == "2024-10-01"
    assert dates["NATO-Gipfel Den Haag (24./25.6.): 5-Prozent-Ziel"] == "2025-06-24"
    assert events["source"].notna().all()
    (tmp_path / "events.csv").write_text("date,label\n2025-02-14,Münchner Sicherheitskonferenz\n", encoding="utf-8")
    merged = coverage.load_events(tmp_path / "events.csv")
    assert len(merged) == len(events) + 1 and "Münchner Sicherheitskonferenz" in set(merged["label"])
    (tmp_path / "bad.csv").write_text("when,what\n2025-02-14,x\n", encoding="utf-8")
    with pytest.raises(ValueError, match="date and label"):
        coverage.load_events(tmp_path / "bad.csv")
