"""Tables behind notebook 05 on the samples: speakers, time, defence quotations, search."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import quote_tables
from analysis.quotes import find_quotes, quote_ids
from analysis.spending import extract_figures


@pytest.fixture(scope="module")
def tables(sample_corpus):
    articles = sample_corpus.articles
    quotes = find_quotes(articles)
    figures = extract_figures(articles, progress=False)
    figures["quote_id"] = quote_ids(figures, quotes)
    return articles, quotes, figures


def test_speaker_counts_add_up_and_leave_out_unknown_speakers(tables):
    _, quotes, _ = tables
    counts = quote_tables.speaker_counts(quotes)
    assert counts["quotes"].sum() == quotes["speaker"].notna().sum()
    assert (counts["direct"] + counts["indirect"] == counts["quotes"]).all()
    assert counts.iloc[0]["speaker"] in ("rutte", "trump") and counts.iloc[0]["label"] in ("Mark Rutte", "Donald Trump")


def test_quotes_over_time_fill_every_period(tables):
    articles, quotes, _ = tables
    over = quote_tables.quotes_over_time(quotes, articles, ["rutte", "trump"])
    dated = articles[articles["published"].notna() & articles["date_precision"].isin(["day", "minute", "month"])]
    expected = quotes[quotes["article_id"].isin(dated["article_id"]) & quotes["speaker"].isin(["rutte", "trump"])]
    assert over["quotes"].sum() == len(expected)
    assert set(over.groupby("period").size()) == {2}


def test_defence_quotations_hold_a_figure_or_term_and_trace_to_their_sentence(tables):
    articles, quotes, figures = tables
    evidence = quote_tables.quote_evidence(quotes, articles, figures)
    assert len(evidence) == len(quotes)
    defence = quote_tables.about_defence(evidence)
    inside = figures[figures["is_defence"] & figures["quote_id"].notna()]
    assert set(inside["quote_id"]) <= set(defence["quote_id"]) and len(inside)
    for row in defence.itertuples():
        assert row.defence_figure or row.defence_term
        assert row.sentence[:15] in row.quote or row.quote[:15] in row.sentence  # the quotation starts in its sentence
    hegseth = defence[defence["speaker"] == "hegseth"]
    assert hegseth["quote"].str.contains("5 Prozent des BIP").all() and len(hegseth) == 1


def test_search_finds_words_of_quotation_and_speaker(tables):
    articles, quotes, figures = tables
    evidence = quote_tables.quote_evidence(quotes, articles, figures)
    assert quote_tables.search(evidence, "arktis")["label"].tolist() == ["Mark Rutte"]
    assert quote_tables.search(evidence, "") is evidence
    assert quote_tables.search(evidence, "kein solches wort").empty


def test_quote_ids_mark_figures_inside_quotations_only():
    quotes = pd.DataFrame({"quote_id": ["a:q0", "a:q1"], "article_id": ["a", "a"], "field": ["text", "text"], "start": [0, 100], "end": [50, 120]})
    figures = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "field": ["text", "text", "title", "text"], "start": [10, 60, 10, 10]})
    ids = quote_ids(figures, quotes)
    assert ids.iloc[0] == "a:q0" and ids.iloc[1:].isna().all()
