"""Tables behind the defence-spending notebook: target levels, who demands what, evidence.

Every function takes the figures table (``spending.extract_figures``) and returns the
exact data a chart plots, so charts can be saved with their data and traced back to
articles and sentences through :func:`evidence`.
"""

from __future__ import annotations

import pandas as pd

from .charts import german_number
from .lexicon import Lexicon, load_lexicon

#: Kinds of figure that name a spending level to reach.
TARGET_KINDS = ("target", "demand")

#: German names of the categories of defence figures, in the order charts show them.
CATEGORY_LABELS = {
    "share_of_gdp": "Anteil am BIP",
    "budget": "Haushalt und Ausgaben",
    "procurement": "Beschaffung und Programme",
    "aid": "Militärhilfe",
}
#: Short names for legends.
CATEGORY_SHORT = {"share_of_gdp": "BIP-Anteil", "budget": "Haushalt", "procurement": "Beschaffung", "aid": "Militärhilfe"}


def level_label(value: float) -> str:
    """ "2 %", "3,5 %" """
    return german_number(value, 0 if float(value).is_integer() else 1) + " %"


def target_mentions(figures: pd.DataFrame) -> pd.DataFrame:
    """Defence targets and demands stated as a share of GDP: one row per mention."""
    keep = figures["is_defence"] & (figures["unit"] == "pct_gdp") & figures["kind"].isin(TARGET_KINDS)
    out = figures[keep].copy()
    out["level"] = out["value"].map(level_label)
    return out.reset_index(drop=True)


def target_levels(figures: pd.DataFrame) -> pd.DataFrame:
    """How often each target level is named: ``value``, ``level``, ``mentions``, ``articles``."""
    mentions = target_mentions(figures)
    table = mentions.groupby(["value", "level"], as_index=False).agg(mentions=("article_id", "size"), articles=("article_id", "nunique"))
    return table.sort_values("value", ignore_index=True)


def targets_by_month(figures: pd.DataFrame) -> pd.DataFrame:
    """Target mentions per calendar month of publication and level (dated articles only;
    :func:`undated_target_mentions` counts the rest)."""
    mentions = target_mentions(figures)
    dated = mentions[mentions["published"].notna()]
    month = dated["published"].dt.tz_localize(None).dt.to_period("M").dt.to_timestamp()
    table = dated.assign(month_start=month).groupby(["month_start", "value", "level"], as_index=False).agg(mentions=("article_id", "size"))
    return table.sort_values(["month_start", "value"], ignore_index=True)


def undated_target_mentions(figures: pd.DataFrame) -> int:
    """Target mentions in undated articles, which no timeline can place."""
    return int(target_mentions(figures)["published"].isna().sum())


def speaker_targets(figures: pd.DataFrame, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Who demands or sets which level: ``speaker``, ``label``, ``value``, ``level``, ``mentions``."""
    lexicon = lexicon or load_lexicon()
    mentions = target_mentions(figures)
    mentions = mentions[mentions["speaker"].notna()]
    labels = dict(zip(lexicon.actors["actor_id"], lexicon.actors["label"]))
    table = mentions.groupby(["speaker", "value", "level"], as_index=False).agg(mentions=("article_id", "size"))
    table.insert(1, "label", table["speaker"].map(labels).fillna(table["speaker"]))
    return table.sort_values(["mentions", "label", "value"], ascending=[False, True, True], ignore_index=True)


def figures_by_category(figures: pd.DataFrame) -> pd.DataFrame:
    """Defence figures per category (shares of GDP, budgets, procurement, military aid):
    ``category``, ``label``, ``figures``, ``articles``, ``money`` (how many are amounts)."""
    defence = figures[figures["is_defence"]]
    money = ~defence["unit"].str.startswith("pct_")
    table = pd.DataFrame({
        "category": list(CATEGORY_LABELS),
        "label": list(CATEGORY_LABELS.values()),
        "figures": [int((defence["category"] == c).sum()) for c in CATEGORY_LABELS],
        "articles": [int(defence.loc[defence["category"] == c, "article_id"].nunique()) for c in CATEGORY_LABELS],
        "money": [int((money & (defence["category"] == c)).sum()) for c in CATEGORY_LABELS],
    })
    return table


def categories_by_month(figures: pd.DataFrame) -> pd.DataFrame:
    """Defence figures per calendar month and category, one column per category (dated
    articles only), months without figures left out."""
    defence = figures[figures["is_defence"] & figures["published"].notna()]
    month = defence["published"].dt.tz_localize(None).dt.to_period("M").dt.to_timestamp()
    table = pd.crosstab(month.rename("month_start"), defence["category"]).reindex(columns=list(CATEGORY_LABELS), fill_value=0)
    return table.reset_index().rename_axis(columns=None)


def largest_amounts(figures: pd.DataFrame, articles: pd.DataFrame, *, per_category: int = 5) -> pd.DataFrame:
    """The largest money amounts of each category of defence figure, in their own currency
    (amounts are not converted), with article and sentence."""
    money = figures[figures["is_defence"] & ~figures["unit"].str.startswith("pct_")]
    rows = money.sort_values("value", ascending=False).groupby(["category", "unit"], sort=False).head(per_category)
    table = evidence(rows, articles)
    table.insert(0, "order", table["category"].map({c: i for i, c in enumerate(CATEGORY_LABELS)}))
    return table.sort_values(["order", "unit", "value"], ascending=[True, True, False], ignore_index=True).drop(columns="order")


def evidence(figures: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """The article, date and sentence behind each figure, for tables under the charts."""
    meta = articles[["article_id", "source_file", "title", "outlet", "date_precision"]]
    columns = ["article_id", "source_file", "title", "outlet", "published", "date_precision", "field", "sentence_index", "quote",
               "value", "unit", "category", "kind", "subject", "speaker", "year", "sentence"]
    return figures.merge(meta, on="article_id", how="left")[columns].reset_index(drop=True)
