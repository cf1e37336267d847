"""The figure extractor against hand-annotated figures in current (2024) news.

The gold set and its annotation rules are in tests/fixtures/figures_gold/ (README.md). The
texts are read from ../shared; the test is skipped with a reason where it is absent. The
measured figures are printed in the test session's summary.
"""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import evaluation, paths
from analysis.spending import extract_figures

GOLD = paths.FIGURES_GOLD_DIR / "trends-2024.jsonl"
ARTICLES = paths.FIGURES_GOLD_DIR / "trends-2024-articles.txt"

#: Targets of issue 11: precision and recall of defence figures (value and unit must match)
#: and the share of matched figures with the right subject.
PRECISION, RECALL, SUBJECT = 0.95, 0.90, 0.90

#: Filled by the fixture below and printed by conftest.pytest_terminal_summary.
REPORT: dict[str, str] = {}


@pytest.fixture(scope="module")
def gold_score(tmp_path_factory):
    if not paths.CURRENT_CORPUS.exists():
        pytest.skip(f"2024 corpus not found at {paths.CURRENT_CORPUS} (set DEFENCE_COVERAGE_SHARED to the shared folder)")
    gold = evaluation.read_gold(GOLD)
    articles = evaluation.gold_articles(gold, paths.CURRENT_CORPUS, tmp_path_factory.mktemp("gold"), urls=evaluation.read_article_list(ARTICLES))
    located = evaluation.locate(gold, articles)
    result = evaluation.score(located, extract_figures(articles, progress=False), articles["article_id"])
    REPORT["trends-2024"] = f"{len(articles)} articles, {len(located)} annotated numbers\n{result.summary()}"
    return result


def test_the_gold_set_is_large_enough():
    gold = evaluation.read_gold(GOLD)
    urls = evaluation.read_article_list(ARTICLES)
    assert len(urls) >= 40 and len(gold) >= 250
    assert set(gold["url"]) <= set(urls)


def test_precision(gold_score):
    assert gold_score.precision >= PRECISION, gold_score.false_alarms[["quote", "sentence"]].to_string()


def test_recall(gold_score):
    assert gold_score.recall >= RECALL, gold_score.misses[["quote", "context"]].to_string()


def test_subject(gold_score):
    assert gold_score.share(gold_score.subject_right) >= SUBJECT, gold_score.pairs[["gold_quote", "gold_subject", "found_subject"]].to_string()


# --- the 2020-21 development corpus: a reading of what the extractor finds ---------------------

JUDGED = paths.FIGURES_GOLD_DIR / "fang-2020-judged.jsonl"
#: The 2020-21 reading keeps at least this precision (issue 11).
DEV_PRECISION = 0.94
#: Defence figures found that no judgement covers (new ones need reading), at most this share.
UNJUDGED_SHARE = 0.05


@pytest.fixture(scope="module")
def judged_score(dev_corpus_path, tmp_path_factory):
    judged = evaluation.read_gold(JUDGED)
    articles = evaluation.gold_articles(judged, dev_corpus_path, tmp_path_factory.mktemp("judged"))
    result = evaluation.score_judged(evaluation.locate(judged, articles), extract_figures(articles, progress=False))
    REPORT["fang-2020 (judged reading)"] = f"{articles['article_id'].nunique()} articles\n{result.summary()}"
    return result


def test_dev_corpus_precision(judged_score):
    assert judged_score.precision >= DEV_PRECISION, judged_score.wrong[["quote", "sentence"]].to_string()


def test_dev_corpus_defence_figures_are_judged(judged_score):
    found = len(judged_score.right) + len(judged_score.wrong) + len(judged_score.unjudged)
    assert len(judged_score.unjudged) <= UNJUDGED_SHARE * found, judged_score.unjudged[["quote", "sentence"]].to_string()


def test_a_gold_figure_in_a_photo_caption_the_loader_drops_is_located_as_a_miss():
    raw = "Der Bundestag stimmte zu.\nDie Ausgaben steigen um 2 Milliarden Euro. (Foto: Bundeswehr/Locherer)\nMehr folgt."
    articles = pd.DataFrame({"url": ["u"], "article_id": ["a"], "title": [""], "text": ["Der Bundestag stimmte zu.\n\nMehr folgt."]})
    gold = pd.DataFrame({"url": ["u"], "field": ["text"], "context": ["um 2 Milliarden Euro"], "quote": ["2 Milliarden Euro"],
                         "occurrence": [0], "line": [1]})
    located = evaluation.locate(gold, articles, raw={("u", "text"): raw})
    assert list(located["start"]) == [-1]
    with pytest.raises(evaluation.GoldError, match="not in the text"):
        evaluation.locate(gold, articles)
    assert not evaluation.dropped_by_loader("Die Ausgaben steigen um 2 Milliarden Euro.", "um 2 Milliarden Euro")


def test_a_gold_context_over_lines_is_found_where_the_loader_made_each_line_a_paragraph():
    articles = pd.DataFrame({"url": ["u"], "article_id": ["a"], "title": [""],
                             "text": ["Die Leistungen steigen auf 154,1 Milliarden Euro an.\n\n520,5\n\nDie Regierung plant."]})
    gold = pd.DataFrame({"url": ["u"], "field": ["text"], "context": ["Euro an.\n520,5\nDie Regierung"], "quote": ["520,5"],
                         "occurrence": [0], "line": [1]})
    located = evaluation.locate(gold, articles)
    assert articles.text[0][located.start[0] : located.end[0]] == "520,5"
