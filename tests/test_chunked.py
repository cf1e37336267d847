"""The build in chunks gives the tables of the in-memory load and extraction, whatever
the chunk size: ids, duplicates across chunks, sidecar rows, notes and rejects."""

from __future__ import annotations

import json

import pandas as pd
import pytest
from hostile import GERMAN

from analysis import load_corpus, store
from analysis.actors import find_mentions
from analysis.build import build
from analysis.quotes import find_quotes, quote_ids
from analysis.spending import extract_figures


def _in_memory(raw):
    corpus = load_corpus(raw)
    figures, mentions = extract_figures(corpus.articles), find_mentions(corpus.articles)
    quotes = find_quotes(corpus.articles, mentions=mentions)
    figures["quote_id"] = quote_ids(figures, quotes)
    return corpus, figures, mentions, quotes


def assert_build_equals_in_memory(raw, out, chunk_articles):
    corpus, figures, mentions, quotes = _in_memory(raw)
    built, _ = build(raw, out, progress=False, incremental=False, chunk_articles=chunk_articles)
    pd.testing.assert_frame_equal(store.read_articles(out), corpus.articles.reset_index(drop=True), obj="articles")
    pd.testing.assert_frame_equal(store.read_rejects(out), corpus.rejects, obj="rejects")
    pd.testing.assert_frame_equal(store.read_notes(out), corpus.notes, obj="notes")
    pd.testing.assert_frame_equal(store.read_figures(out), figures, obj="figures")
    pd.testing.assert_frame_equal(store.read_mentions(out), mentions, obj="mentions")
    pd.testing.assert_frame_equal(store.read_quotes(out), quotes, obj="quotes")
    assert built.n_inputs == corpus.n_inputs and len(built.articles) == len(corpus.articles)
    return built


@pytest.fixture
def raw(raw_copy):
    """Samples, an export with copies that land in different chunks, a sidecar, bad input."""
    records = [{"title": f"Meldung {i}", "text": GERMAN.replace("Mittwoch", f"Tag {i % 3}") + " Trump fordert zwei Prozent des BIP.",
                "published": f"2025-06-{20 - i:02d}"} for i in range(9)]
    (raw_copy / "a-export.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n{kaputt\n", encoding="utf-8")
    (raw_copy / "z-copy.txt").write_text(" date 2025-01-01 Kopie\n\n" + (raw_copy / "001_5428fa240fd08bd3.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (raw_copy / "metadata.csv").write_text("file,outlet,published\nz-copy.txt,Kopie-Zeitung,31.02.2025\nfehlt.txt,x,\n", encoding="utf-8")
    (raw_copy / "empty.txt").write_bytes(b"")
    return raw_copy


@pytest.mark.parametrize("chunk_articles", [1, 4, 5000])
def test_chunked_build_equals_in_memory(raw, tmp_path, chunk_articles):
    built = assert_build_equals_in_memory(raw, tmp_path / "out", chunk_articles)
    assert built.articles["duplicate_of"].notna().sum() >= 6  # copies of the three texts, across chunks


def test_chunked_build_equals_in_memory_on_real_articles(dev_corpus_path, raw_copy, tmp_path):
    lines = [line for line in dev_corpus_path.read_text(encoding="utf-8").split("\n") if line.strip()]
    (raw_copy / "dev.jsonl").write_text("\n".join(lines[:400]) + "\n", encoding="utf-8")
    assert_build_equals_in_memory(raw_copy, tmp_path / "out", 150)
