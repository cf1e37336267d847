"""Tables behind the who-says-what notebook: quotations per speaker, over time, about defence money.

Every function takes the quotations table (``quotes.parquet``, from :func:`analysis.quotes.find_quotes`)
and returns the exact data a chart plots or a reader searches; every row keeps its ``quote_id``
or counts rows that do, so a number traces back to its article and sentence.
"""

from __future__ import annotations

import pandas as pd

from . import patterns as P
from .coverage import _full_range, _placed
from .lexicon import Lexicon, load_lexicon

EVIDENCE_COLUMNS = ["quote_id", "published", "outlet", "title", "url", "speaker", "label", "speaker_text", "kind", "verb",
                    "quote", "sentence", "defence_figure", "defence_term"]


def _labels(ids, lexicon: Lexicon | None) -> dict:
    lexicon = lexicon or load_lexicon()
    known = set(lexicon.actors["actor_id"])
    return {a: lexicon.label(a) for a in ids if isinstance(a, str) and a in known}


def speaker_counts(quotes: pd.DataFrame, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Quotations per dictionary speaker: ``speaker``, ``label``, ``quotes``, ``direct``,
    ``indirect``, ``articles``; most quoted first (quotations without a dictionary speaker are left out)."""
    known = quotes[quotes["speaker"].notna()]
    if known.empty:
        return pd.DataFrame(columns=["speaker", "label", "quotes", "direct", "indirect", "articles"])
    out = known.groupby("speaker").agg(
        quotes=("quote_id", "size"),
        direct=("kind", lambda k: int((k == "direct").sum())),
        indirect=("kind", lambda k: int((k == "indirect").sum())),
        articles=("article_id", "nunique"),
    ).reset_index()
    out.insert(1, "label", out["speaker"].map(_labels(out["speaker"], lexicon)).fillna(out["speaker"]))
    return out.sort_values(["quotes", "speaker"], ascending=[False, True], ignore_index=True)


def quotes_over_time(quotes: pd.DataFrame, articles: pd.DataFrame, speakers: list[str], *, freq: str = "M",
                     lexicon: Lexicon | None = None) -> pd.DataFrame:
    """Quotations of each of ``speakers`` per period (``M`` month, ``W`` week): ``period``,
    ``speaker``, ``label``, ``quotes``, with every period from the first to the last dated
    article (zero where none); duplicates and articles without a usable date are left out."""
    placed = _placed(articles, freq, include_duplicates=False)[["article_id", "period"]]
    rows = quotes[quotes["speaker"].isin(speakers)].merge(placed, on="article_id")
    counts = rows.groupby(["period", "speaker"]).size()
    grid = pd.MultiIndex.from_product([_full_range(placed["period"], freq), list(speakers)], names=["period", "speaker"])
    out = counts.reindex(grid, fill_value=0).rename("quotes").reset_index()
    out.insert(2, "label", out["speaker"].map(_labels(speakers, lexicon)).fillna(out["speaker"]))
    return out


def defence_flags(quotes: pd.DataFrame, figures: pd.DataFrame) -> pd.DataFrame:
    """Per quotation: ``defence_figure`` (a defence figure of ``figures`` stands in it, by its
    ``quote_id``) and ``defence_term`` (its words name defence money: Verteidigungsausgaben,
    Zwei-Prozent-Ziel, Wehretat …)."""
    with_figure = set(figures.loc[figures["is_defence"] & figures["quote_id"].notna(), "quote_id"])
    return pd.DataFrame({
        "quote_id": quotes["quote_id"],
        "defence_figure": quotes["quote_id"].isin(with_figure).to_numpy(),
        "defence_term": quotes["quote"].astype(str).str.contains(P.DEFENCE_SPENDING_WORDS_RE).to_numpy(),
    })


def quote_evidence(quotes: pd.DataFrame, articles: pd.DataFrame, figures: pd.DataFrame | None = None,
                   lexicon: Lexicon | None = None) -> pd.DataFrame:
    """The quotations with their article's date, outlet, title and url and the speaker's name
    (``EVIDENCE_COLUMNS``), newest first: the table a reader searches and filters."""
    meta = articles[["article_id", "published", "outlet", "title", "url"]]
    out = quotes.merge(meta, on="article_id", how="left")
    out["label"] = out["speaker"].map(_labels(out["speaker"].dropna().unique(), lexicon)).astype("string")
    if figures is not None:
        out = out.merge(defence_flags(quotes, figures), on="quote_id", how="left")
    else:
        out["defence_figure"] = False
        out["defence_term"] = out["quote"].astype(str).str.contains(P.DEFENCE_SPENDING_WORDS_RE)
    return out[EVIDENCE_COLUMNS].sort_values(["published", "quote_id"], ascending=[False, True], na_position="last", ignore_index=True)


def about_defence(evidence: pd.DataFrame, speakers: list[str] | None = None) -> pd.DataFrame:
    """The rows of :func:`quote_evidence` that speak of defence money (a defence figure or term),
    of the chosen ``speakers`` when given."""
    keep = evidence["defence_figure"] | evidence["defence_term"]
    if speakers is not None:
        keep &= evidence["speaker"].isin(speakers)
    return evidence[keep].reset_index(drop=True)


def search(evidence: pd.DataFrame, term: str) -> pd.DataFrame:
    """The rows of :func:`quote_evidence` whose quotation, speaker or title holds ``term``
    (case-insensitive, plain text)."""
    if not term:
        return evidence
    hay = evidence["quote"].fillna("") + "\n" + evidence["speaker_text"].fillna("") + "\n" + evidence["label"].fillna("") + "\n" + evidence["title"].fillna("")
    return evidence[hay.str.contains(term, case=False, regex=False)].reset_index(drop=True)
