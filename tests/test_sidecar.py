"""The metadata sidecar fills or overrides fields, and every change is recorded."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import load_articles, load_corpus
from analysis.items import InputError
from analysis.loading import read_sidecar

BERLIN = "Europe/Berlin"


@pytest.fixture
def with_sidecar(raw_copy):
    (raw_copy / "metadata.csv").write_text(
        "file,title,published,outlet,url\n"
        "000_0dcb94694053e48f.txt,Rutte reist zu Trump,2025-03-13,Euronews,https://de.euronews.com/rutte-trump\n"
        "003_5e656a849e0bf089.txt,,2024-11-05 21:45,ZDF,\n"
        "004_75925f2242121178.txt,,kein Datum,,\n"
        "999_missing.txt,Gibt es nicht,,,\n",
        encoding="utf-8",
    )
    return raw_copy


@pytest.fixture
def corpus(with_sidecar):
    return load_corpus(with_sidecar)


def test_sidecar_fills_missing_fields(corpus):
    a = corpus.articles.set_index("source_file").loc["000_0dcb94694053e48f.txt"]
    assert a["title"] == "Rutte reist zu Trump"
    assert (a["published"], a["date_precision"], a["date_source"]) == (pd.Timestamp("2025-03-13", tz=BERLIN), "day", "sidecar")
    assert (a["outlet"], a["url"]) == ("Euronews", "https://de.euronews.com/rutte-trump")


def test_sidecar_overrides_a_header_date_and_records_the_old_value(corpus):
    a = corpus.articles.set_index("source_file").loc["003_5e656a849e0bf089.txt"]
    assert (a["published"], a["date_precision"], a["date_source"]) == (pd.Timestamp("2024-11-05 21:45", tz=BERLIN), "minute", "sidecar")
    notes = corpus.notes[corpus.notes["article_id"] == a["article_id"]]
    assert "published: 2024-11 (header) -> 2024-11-05 21:45 (sidecar row 3)" in notes["message"].tolist()
    assert pd.isna(a["title"])  # empty cells leave fields alone


def test_invalid_sidecar_date_is_noted_and_not_applied(corpus):
    a = corpus.articles.set_index("source_file").loc["004_75925f2242121178.txt"]
    assert a["date_source"] == "timestamp_line"
    kinds = corpus.notes.set_index("source_file")["kind"]
    assert kinds.loc["004_75925f2242121178.txt"] == "sidecar_invalid"


def test_sidecar_row_without_a_file_is_noted(corpus):
    unmatched = corpus.notes[corpus.notes["kind"] == "sidecar_unmatched"]
    assert unmatched["message"].tolist() == ["no input file named '999_missing.txt'"]
    assert unmatched["record"].tolist() == [5]


def test_sidecar_is_a_control_file_not_an_input(corpus):
    assert corpus.n_inputs == 5
    assert "metadata.csv" not in set(corpus.rejects["source_file"])


def test_sidecar_from_a_dataframe(raw_copy):
    meta = pd.DataFrame({"file": ["002_45ec07479e5a2d45.txt"], "outlet": ["Beispiel-Zeitung"]})
    a = load_articles(raw_copy, metadata=meta).set_index("source_file")
    assert a.loc["002_45ec07479e5a2d45.txt", "outlet"] == "Beispiel-Zeitung"


def test_reading_a_sidecar_without_file_column_is_a_clear_error(raw_copy):
    (raw_copy / "metadata.csv").write_text("name,title\nx,y\n", encoding="utf-8")
    with pytest.raises(InputError, match="needs a column 'file'"):
        read_sidecar(raw_copy / "metadata.csv")
    # while loading, the same error is a note and the articles load (test_hostile_inputs)
