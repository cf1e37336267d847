"""What is in a corpus: counts behind the corpus-overview notebook.

Each function takes the articles (or rejects) table and returns a small table that a
chart plots as it is, so the saved CSV is exactly the plotted data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .dates import PRECISIONS

UNKNOWN_OUTLET = "(unbekannt)"


def articles_per_outlet(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per outlet, most first; articles without an outlet count as "(unbekannt)".

    Examples
    --------
    >>> articles_per_outlet(pd.DataFrame({"outlet": ["zeit.de", None, "zeit.de"]}))
            outlet  articles
    0      zeit.de         2
    1  (unbekannt)         1
    """
    outlets = articles["outlet"].astype("object").fillna(UNKNOWN_OUTLET)
    counts = outlets.value_counts().rename_axis("outlet").reset_index(name="articles")
    return counts.sort_values(["articles", "outlet"], ascending=[False, True], ignore_index=True)


def precision_counts(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles per date precision, in the order minute, day, month, year, unknown."""
    counts = articles["date_precision"].value_counts().reindex(list(PRECISIONS), fill_value=0)
    return counts.rename_axis("date_precision").reset_index(name="articles")


def articles_per_month(articles: pd.DataFrame) -> pd.DataFrame:
    """Dated articles per calendar month (``month_start``) and date precision (year-precision dates have no
    month and are left out; :func:`precision_counts` shows them). Months without
    articles between the first and the last are present with 0."""
    dated = articles[articles["published"].notna() & (articles["date_precision"] != "year")]
    columns = ["month_start", *[p for p in PRECISIONS if p not in ("year", "unknown")]]
    if dated.empty:
        return pd.DataFrame(columns=columns)
    month = dated["published"].dt.tz_localize(None).dt.to_period("M")
    table = pd.crosstab(month, dated["date_precision"])
    full = pd.period_range(month.min(), month.max(), freq="M")
    table = table.reindex(index=full, columns=columns[1:], fill_value=0)
    table.index = table.index.to_timestamp()
    return table.rename_axis("month_start").reset_index().rename_axis(None, axis=1)


def length_histogram(articles: pd.DataFrame, bins: int = 20) -> pd.DataFrame:
    """Article lengths in words as a histogram: ``bin_start``, ``bin_end``, ``articles``."""
    words = articles["n_words"].to_numpy()
    if len(words) == 0:
        return pd.DataFrame(columns=["bin_start", "bin_end", "articles"])
    upper = max(int(np.percentile(words, 99)), 1)
    edges = np.linspace(0, upper, bins + 1).round().astype(int)
    edges = np.unique(edges)
    counts, _ = np.histogram(np.clip(words, 0, upper), bins=edges)
    return pd.DataFrame({"bin_start": edges[:-1], "bin_end": edges[1:], "articles": counts})


def duplicate_pairs(articles: pd.DataFrame) -> pd.DataFrame:
    """Each flagged duplicate next to the article it copies."""
    dups = articles[articles["duplicate_of"].notna()]
    first = articles.set_index("article_id")
    return pd.DataFrame(
        {
            "article_id": dups["article_id"].to_numpy(),
            "source_file": dups["source_file"].to_numpy(),
            "title": dups["title"].to_numpy(),
            "duplicate_of": dups["duplicate_of"].to_numpy(),
            "original_file": first.loc[dups["duplicate_of"], "source_file"].to_numpy(),
            "original_title": first.loc[dups["duplicate_of"], "title"].to_numpy(),
        }
    )


def reject_reasons(rejects: pd.DataFrame) -> pd.DataFrame:
    """Rejects grouped by the kind of reason (the text before the first colon)."""
    kinds = rejects["reason"].astype("object").str.split(":").str[0]
    counts = kinds.value_counts().rename_axis("reason").reset_index(name="inputs")
    return counts.sort_values(["inputs", "reason"], ascending=[False, True], ignore_index=True)


def corpus_facts(articles: pd.DataFrame, rejects: pd.DataFrame) -> dict:
    """Headline numbers: articles, rejects, undated, duplicates, outlets, first and last date."""
    dated = articles["published"].dropna()
    return {
        "articles": len(articles),
        "rejects": len(rejects),
        "undated": int(articles["published"].isna().sum()),
        "duplicates": int(articles["duplicate_of"].notna().sum()),
        "outlets": int(articles["outlet"].nunique()),
        "first": dated.min() if len(dated) else pd.NaT,
        "last": dated.max() if len(dated) else pd.NaT,
        "words": int(articles["n_words"].sum()),
    }
