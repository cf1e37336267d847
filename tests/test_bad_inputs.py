"""Bad inputs get a clear reason; good files beside them are never lost."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import load_articles, load_corpus
from analysis.loading import CountMismatch

GOOD = "Die Nato-Staaten haben sich beim Gipfel in Den Haag auf ein neues Ziel geeinigt. " * 5


@pytest.fixture
def messy(raw_copy):
    """The five samples plus one of every kind of bad input."""
    (raw_copy / "empty.txt").write_bytes(b"")
    (raw_copy / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (raw_copy / "windows.txt").write_bytes(("Verteidigungsausgaben: Größere Budgets\n\n" + GOOD + "Das Ziel heißt fünf Prozent.").encode("cp1252"))
    (raw_copy / "short.txt").write_text("Nur eine Zeile.", encoding="utf-8")
    (raw_copy / "scan.pdf").write_bytes(b"%PDF-1.7\n")
    (raw_copy / "notes.odt").write_bytes(b"PK\x03\x04 an OpenDocument text")
    (raw_copy / "export.jsonl").write_text(
        f'{{"title": "Gut", "text": "{GOOD}"}}\n{{"title": "kaputt", "text": \n{{"title": "Auch gut", "text": "{GOOD} Zweiter Text."}}\n', encoding="utf-8"
    )
    (raw_copy / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return raw_copy


@pytest.fixture
def messy_corpus(messy):
    return load_corpus(messy)


def test_every_input_is_an_article_or_a_reject(messy_corpus):
    assert messy_corpus.n_inputs == 5 + 6 + 3  # samples, six bad or odd files, three JSONL lines
    assert len(messy_corpus.articles) + len(messy_corpus.rejects) == messy_corpus.n_inputs


def test_good_files_beside_bad_ones_all_load(messy_corpus):
    files = set(messy_corpus.articles["source_file"])
    assert {"000_0dcb94694053e48f.txt", "004_75925f2242121178.txt", "windows.txt", "export.jsonl", "short.txt"} <= files
    assert (messy_corpus.articles["source_file"] == "export.jsonl").sum() == 2


def test_a_short_item_is_an_article_with_a_note(messy_corpus):
    short = messy_corpus.articles.set_index("source_file").loc["short.txt"]
    assert short["text"] == "Nur eine Zeile." and short["n_words"] == 3
    notes = messy_corpus.notes[messy_corpus.notes["source_file"] == "short.txt"]
    assert notes["kind"].tolist() == ["short_text"]
    assert notes["message"].iloc[0] == "a short item: 3 words of text (fewer than 25); kept as an article"


@pytest.mark.parametrize(
    ("source_file", "record", "reason"),
    [
        ("empty.txt", None, "empty file"),
        ("photo.txt", None, "binary file (PNG image), not text"),
        ("scan.pdf", None, "not a readable PDF document"),
        ("notes.odt", None, "unsupported file type '.odt'"),
        ("export.jsonl", 2, "malformed JSON"),
    ],
)
def test_rejects_name_the_file_and_the_reason(messy_corpus, source_file, record, reason):
    r = messy_corpus.rejects
    row = r[(r["source_file"] == source_file)]
    assert len(row) == 1, f"expected one reject for {source_file}, got {row}"
    assert row.iloc[0]["reason"].startswith(reason)
    assert (pd.isna(row.iloc[0]["record"]) if record is None else row.iloc[0]["record"] == record)


def test_cp1252_file_is_decoded_and_noted(messy_corpus):
    a = messy_corpus.articles.set_index("source_file").loc["windows.txt"]
    assert a["title"] == "Verteidigungsausgaben: Größere Budgets"
    assert "Das Ziel heißt fünf Prozent." in a["text"]
    notes = messy_corpus.notes
    assert notes[(notes["source_file"] == "windows.txt")]["message"].tolist() == ["decoded as cp1252"]


def test_dotfiles_are_not_inputs(messy_corpus):
    assert ".DS_Store" not in set(messy_corpus.rejects["source_file"]) | set(messy_corpus.articles["source_file"])


def test_missing_source_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such folder or file"):
        load_articles(tmp_path / "nope")


def test_empty_folder_gives_empty_tables_with_the_schema(tmp_path):
    articles, rejects = load_articles(tmp_path, with_rejects=True)
    assert articles.empty and rejects.empty
    assert str(articles["published"].dtype) == "datetime64[ns, Europe/Berlin]"


def test_a_parser_crash_becomes_a_reject_not_a_lost_folder(raw_copy, monkeypatch):
    import analysis.loading as loading

    def crash(text, source_file):
        if source_file.startswith("002"):
            raise RuntimeError("parser bug")
        return original(text, source_file)

    original = loading.parse_plaintext
    monkeypatch.setattr(loading, "parse_plaintext", crash)
    corpus = load_corpus(raw_copy)
    assert len(corpus.articles) == 4
    assert corpus.rejects.iloc[0]["reason"] == "could not be read: RuntimeError: parser bug"


def test_count_check_catches_rows_lost_after_reading(raw_copy, monkeypatch):
    import analysis.loading as loading

    original = loading._articles_frame
    monkeypatch.setattr(loading, "_articles_frame", lambda raw, *rest: original(raw, *rest).iloc[1:])
    with pytest.raises(CountMismatch, match="5 inputs but 4 articles"):
        load_corpus(raw_copy)
