"""Tables behind notebook 02: the kinds of defence money are counted apart from shares of GDP."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import schema, spending_tables
from analysis.spending import extract_figures

ARTICLES = [
    ("Nato-Gipfel: fünf Prozent", "Die Nato-Staaten sollen bis 2035 fünf Prozent des BIP für Verteidigung ausgeben. Deutschland kommt auf 2,1 Prozent.", "2025-06-25"),
    ("Bundeswehr bestellt Fregatten", "Die Marine bekommt neue Fregatten. Das Programm kostet rund 15 Milliarden Euro.", "2025-07-02"),
    ("Neue Militärhilfe für die Ukraine", "Deutschland sagte der Ukraine Militärhilfe im Wert von 1,9 Milliarden Euro zu.", "2025-07-10"),
    ("Wehretat steigt", "Der Wehretat steigt 2026 auf 82,7 Milliarden Euro. Die Inflation lag bei 2 Prozent.", "2025-08-01"),
]


@pytest.fixture(scope="module")
def articles():
    frame = pd.DataFrame([{"article_id": f"a{i}", "source_file": f"a{i}.txt", "title": t, "text": x, "published": d,
                           "date_precision": "day", "date_source": "field", "outlet": "test", "url": None, "language": "de",
                           "n_words": len(x.split()), "n_paragraphs": 1, "duplicate_of": None} for i, (t, x, d) in enumerate(ARTICLES)])
    frame["published"] = pd.to_datetime(frame["published"]).dt.tz_localize("Europe/Berlin")
    return schema.conform(frame, schema.ARTICLES)


@pytest.fixture(scope="module")
def figures(articles):
    return extract_figures(articles)


def test_figures_by_category(figures):
    table = spending_tables.figures_by_category(figures).set_index("category")
    assert list(table.index) == ["share_of_gdp", "budget", "procurement", "aid"]
    # the headline's bare "fünf Prozent" at the NATO summit is the target, as is the body's 5 %; Germany's 2,1 %
    assert table.loc["share_of_gdp", "figures"] == 3 and table.loc["share_of_gdp", "money"] == 0
    assert (table.loc["procurement", "figures"], table.loc["aid", "figures"], table.loc["budget", "figures"]) == (1, 1, 1)
    assert table["figures"].sum() == int(figures["is_defence"].sum())  # the inflation rate is not counted


def test_categories_by_month(figures):
    table = spending_tables.categories_by_month(figures)
    assert list(table.columns) == ["month_start", "share_of_gdp", "budget", "procurement", "aid"]
    assert table[["share_of_gdp", "budget", "procurement", "aid"]].to_numpy().sum() == int(figures["is_defence"].sum())
    july = table[table["month_start"] == pd.Timestamp("2025-07-01")].iloc[0]
    assert (july["procurement"], july["aid"]) == (1, 1)


def test_largest_amounts_keep_their_sentence(figures, articles):
    table = spending_tables.largest_amounts(figures, articles)
    assert list(table["category"]) == ["budget", "procurement", "aid"]
    assert table.iloc[0]["value"] == pytest.approx(82.7e9) and "Wehretat" in table.iloc[0]["sentence"]
