"""The five sample articles: dates, titles, boilerplate, ids (expectations from issue 2)."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from analysis import load_articles
from conftest import SAMPLE_FILES

BERLIN = "Europe/Berlin"


@pytest.mark.parametrize(
    ("sample", "published", "precision", "source"),
    [
        ("001", "2024-11-23 11:26", "minute", "stand_line"),
        ("003", "2024-11-01 00:00", "month", "header"),
        ("004", "2025-12-23 09:18", "minute", "timestamp_line"),
    ],
)
def test_dated_samples(sample_articles, sample, published, precision, source):
    row = sample_articles.loc[sample]
    assert row["published"] == pd.Timestamp(published, tz=BERLIN)
    assert row["date_precision"] == precision
    assert row["date_source"] == source


@pytest.mark.parametrize("sample", ["000", "002"])
def test_undated_samples_get_no_invented_date(sample_articles, sample):
    row = sample_articles.loc[sample]
    assert pd.isna(row["published"])
    assert row["date_precision"] == "unknown"
    assert row["date_source"] == "none"


@pytest.mark.parametrize(
    ("sample", "title"),
    [
        ("002", "Historisches Treffen: Trump und NATO-Chef Rutte diskutieren Sicherheitsfragen"),
        ("001", "Noch vor dem Machtwechsel in den USA Rutte hat mit Trump gesprochen - Details unbekannt"),
        ("004", 'NATO-Chef Rutte: "Die USA fühlen sich uneingeschränkt verpflichtet"'),
    ],
)
def test_titles_are_headlines(sample_articles, sample, title):
    assert sample_articles.loc[sample, "title"] == title


@pytest.mark.parametrize("sample", ["000", "003"])
def test_lead_sentences_are_not_taken_as_titles(sample_articles, sample):
    """000 opens with a 22-word lead sentence, 003 with a two-sentence teaser: no headline."""
    row = sample_articles.loc[sample]
    assert pd.isna(row["title"])
    first_paragraph = row["text"].split("\n\n")[0]
    assert first_paragraph.endswith(".")  # the lead stays in the body, nothing is lost


def test_site_label_and_section_word_are_not_title_or_text(sample_articles):
    row = sample_articles.loc["004"]
    assert "Vorteilswelt" not in row["title"] and "Außenpolitik" not in row["title"]
    paragraphs = row["text"].split("\n\n")
    assert "Vorteilswelt" not in paragraphs and "Außenpolitik" not in paragraphs


def test_time_stamps_are_removed_from_title_and_text(sample_articles):
    assert "Stand:" not in sample_articles.loc["001", "title"]
    assert "Stand:" not in sample_articles.loc["001", "text"]
    assert "23.12.2025 09:18" not in sample_articles.loc["004", "text"]


@pytest.mark.parametrize(
    ("sample", "gone"),
    [
        ("004", "Kommentare"),
        ("004", "Folgen Sie uns auf"),
        ("004", "(Bild:"),
        ("004", "TOMASZ WASZCZUK"),
        ("002", "Themen:"),
        ("002", "#Wahlen"),
        ("000", "\u00a0"),
    ],
)
def test_boilerplate_is_removed(sample_articles, sample, gone):
    assert gone not in sample_articles.loc[sample, "text"]


def test_duplicated_caption_line_is_removed_but_the_sentence_in_the_text_is_kept(sample_articles):
    text = sample_articles.loc["004", "text"]
    caption = "NATO-Generalsekretär Mark Rutte ist von der Bündnistreue der USA überzeugt."
    assert caption not in text.split("\n\n")
    assert text.startswith("NATO-Generalsekretär Mark Rutte macht sich laut eigener Aussage")


def test_paragraphs_are_separated_by_one_blank_line(sample_articles):
    for text in sample_articles["text"]:
        assert "\n\n\n" not in text
        assert all(p == p.strip() and p for p in text.split("\n\n"))
    # 000 has one paragraph per line and a one-line heading, "Hauptthema NATO"
    assert "Hauptthema NATO" in sample_articles.loc["000", "text"].split("\n\n")


def test_typographic_quotes_are_normalised(sample_articles):
    text = sample_articles.loc["004", "text"]
    assert '"überhaupt keine Sorgen"' in text
    assert "\u201e" not in text and "\u201c" not in text


def test_space_before_punctuation_left_by_cut_links_is_removed(sample_articles):
    assert "an der Spitze der Nato." in sample_articles.loc["003", "text"]


def test_ids_are_stable_across_runs(samples_dir, sample_corpus):
    again = load_articles(samples_dir)
    assert again["article_id"].tolist() == sample_corpus.articles["article_id"].tolist()


def test_ids_do_not_depend_on_the_file_name(raw_copy, sample_articles):
    old = raw_copy / SAMPLE_FILES["002"]
    shutil.move(old, raw_copy / "renamed-article.txt")
    renamed = load_articles(raw_copy).set_index("source_file")
    assert renamed.loc["renamed-article.txt", "article_id"] == sample_articles.loc["002", "article_id"]


def test_ids_are_unique_hex(sample_corpus):
    ids = sample_corpus.articles["article_id"]
    assert ids.is_unique
    assert ids.str.fullmatch(r"[0-9a-f]{16}").all()


def test_samples_are_german_and_counted(sample_articles):
    assert (sample_articles["language"] == "de").all()
    assert (sample_articles["n_words"] > 250).all()
    assert sample_articles.loc["001", "n_paragraphs"] == 13


def test_data_raw_is_not_modified(samples_dir, tmp_path):
    before = {p.name: p.read_bytes() for p in samples_dir.iterdir() if p.is_file()}
    load_articles(samples_dir)
    after = {p.name: p.read_bytes() for p in samples_dir.iterdir() if p.is_file()}
    assert before == after
