"""Keyword in context on the samples: strings, regular expressions and actors."""

from __future__ import annotations

import pytest

from analysis.actors import find_mentions
from analysis.kwic import kwic


def _points_at_its_match(hits, articles):
    texts = articles.set_index("article_id")
    for hit in hits.itertuples(index=False):
        field = texts.loc[hit.article_id, hit.field]
        assert field[hit.start : hit.end] == hit.match
        assert hit.match in hit.sentence and hit.sentence in field


def test_a_term_in_every_article_with_its_context(sample_corpus):
    articles = sample_corpus.articles
    hits = kwic(articles, "prozent", window=4)
    assert len(hits) >= 8 and set(hits["match"].str.lower()) == {"prozent"}
    _points_at_its_match(hits, articles)
    assert (hits["left"].str.split().str.len() <= 4).all() and (hits["right"].str.split().str.len() <= 4).all()
    assert list(hits.columns[:4]) == ["article_id", "published", "outlet", "title"]
    meta = articles.set_index("article_id")
    assert hits["published"].astype(str).tolist() == meta.loc[hits["article_id"], "published"].astype(str).tolist()
    assert hits["title"].fillna("").tolist() == meta.loc[hits["article_id"], "title"].fillna("").tolist()


def test_a_regular_expression(sample_corpus):
    articles = sample_corpus.articles
    hits = kwic(articles, r"\b(?:zwei|drei|fünf|[0-9,]+)\s+Prozent\b", regex=True, window=3)
    assert not hits.empty and hits["match"].str.endswith("Prozent").all()
    _points_at_its_match(hits, articles)
    with pytest.raises(ValueError, match="not a regular expression"):
        kwic(articles, "(", regex=True)
    assert len(kwic(articles, "(")) == 0  # a plain string is no pattern


def test_an_actor_is_found_in_all_its_forms(sample_corpus):
    articles = sample_corpus.articles
    mentions = find_mentions(articles, progress=False)
    hits = kwic(articles, actor="rutte", mentions=mentions, window=5)
    expected = mentions[mentions["actor_id"] == "rutte"]
    assert len(hits) == len(expected) > 0
    assert set(hits["match"]) == set(expected["quote"])
    _points_at_its_match(hits, articles)
    assert len(kwic(articles, actor="rutte")) == len(hits)  # mentions found anew give the same


def test_no_term_and_a_bad_window_are_errors(sample_corpus):
    with pytest.raises(ValueError, match="non-empty search term"):
        kwic(sample_corpus.articles, "")
    with pytest.raises(ValueError, match="window"):
        kwic(sample_corpus.articles, "Nato", window=-1)
    assert kwic(sample_corpus.articles, "Nato", window=0)["left"].eq("").all()
