"""The development corpus (../shared/corpora/fang-covid-real) loads completely.

Facts checked here come from the corpus's SOURCE.md, not from this package's output.
Skipped with a reason where ../shared is absent.
"""

from __future__ import annotations

import json
import re

import pytest

from analysis import schema


@pytest.fixture(scope="module")
def raw_rows(dev_corpus_path):
    # split on "\n" only: str.splitlines() would also split at U+2028 inside JSON strings
    return [json.loads(line) for line in dev_corpus_path.read_text(encoding="utf-8").split("\n") if line.strip()]


def test_every_row_loads_with_no_rejects(dev_corpus, raw_rows):
    assert len(raw_rows) == 4706
    assert len(dev_corpus.articles) == 4706
    assert dev_corpus.rejects.empty, dev_corpus.rejects["reason"].value_counts().to_dict()
    schema.check_frame(dev_corpus.articles, schema.ARTICLES, "articles")


def test_both_date_formats_are_read_in_berlin_time(dev_corpus, raw_rows):
    a = dev_corpus.articles.set_index("url")
    assert a["published"].notna().all()
    assert set(a["date_precision"]) == {"minute"} and set(a["date_source"]) == {"field"}
    by_format = {"offset": None, "naive": None}
    for row in raw_rows:
        kind = "offset" if re.search(r"[+-]\d\d:\d\d$", row["published"]) else "naive"
        by_format[kind] = by_format[kind] or row
    offset, naive = by_format["offset"], by_format["naive"]
    assert a.loc[offset["url"], "published"].isoformat() == offset["published"]  # 2020-04-24T20:17:56+02:00
    assert a.loc[naive["url"], "published"].strftime("%Y-%m-%d %H:%M:%S") == naive["published"]
    months = a["published"].dt.strftime("%Y-%m").value_counts()
    assert months["2020-04"] == 532 and months["2021-03"] == 75  # SOURCE.md's counts per month


def test_outlets_match_the_source_counts(dev_corpus):
    assert dev_corpus.articles["outlet"].value_counts().to_dict() == {"tagesspiegel.de": 1864, "zeit.de": 1840, "sueddeutsche.de": 1002}


def test_zeit_line_breaks_are_rejoined_into_sentences(dev_corpus, raw_rows):
    broken = [r for r in raw_rows if r["source"] == "zeit.de" and re.search(r"\b(?:die|der|das|und|an|von)\n[A-ZÄÖÜa-zäöü]", r["text"])]
    assert len(broken) > 100  # SOURCE.md: 511 zeit.de rows break lines inside sentences
    texts = dev_corpus.articles.set_index("url")["text"]
    for row in broken:
        for paragraph in texts[row["url"]].split("\n\n"):
            assert not re.search(r"\b(?:die|der|das|und|von)$", paragraph), (row["url"], paragraph[-80:])
    first = broken[0]
    phrase = re.search(r"(\w+ (?:die|der|das|und|an|von))\n(\w+)", first["text"])
    assert f"{phrase[1]} {phrase[2]}" in texts[first["url"]]


def test_titles_are_trimmed_and_invisible_characters_removed(dev_corpus, raw_rows):
    assert sum(r["title"] != r["title"].strip() for r in raw_rows) == 100  # SOURCE.md
    a = dev_corpus.articles
    assert not a["title"].str.contains(r"^\s|\s$|\n").any()
    assert not a["text"].str.contains("[\u00ad\u200b\u200c\u200d\u2060]").any()
    assert not a["text"].str.contains("  ").any()


def test_the_known_identical_pair_is_flagged_and_recurring_titles_are_not(dev_corpus, raw_rows):
    urls = {r["orig_id"]: r["url"] for r in raw_rows}
    a = dev_corpus.articles.set_index("url")
    first, second = a.loc[urls["articles/22429.json"]], a.loc[urls["articles/19596.json"]]
    assert first["text"] == second["text"]
    assert first["duplicate_of"] == second["article_id"] or second["duplicate_of"] == first["article_id"]
    # 149 rows repeat another row's title (daily formats): a shared title is not a duplicate
    recurring = dev_corpus.articles[dev_corpus.articles["title"] == "Nachrichten am Morgen - die Übersicht für Eilige"]
    assert len(recurring) > 50 and recurring["duplicate_of"].isna().mean() > 0.9


def test_languages(dev_corpus):
    counts = dev_corpus.articles["language"].value_counts()
    assert counts["de"] > 4690
    english = dev_corpus.articles[dev_corpus.articles["language"] == "en"]
    assert english["text"].str.contains(r"\bthe\b").all()
