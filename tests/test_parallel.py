"""The local engine on several worker processes writes the same tables, byte for byte,
as on one (analysis.parallel)."""

from __future__ import annotations

import pytest

from analysis import parallel, paths
from analysis.build import build

pytestmark = pytest.mark.timeout(600)

TABLES = [paths.ARTICLES_FILE, paths.FIGURES_FILE, paths.MENTIONS_FILE, paths.QUOTES_FILE, paths.REJECTS_FILE, paths.NOTES_FILE]


def _one_and_two_workers(raw, tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    build(raw, one, progress=False, incremental=False, workers=1)
    corpus, _ = build(raw, two, progress=False, incremental=False, workers=2)
    return one, two, corpus


def assert_same_bytes(a, b) -> None:
    for name in TABLES:
        assert (a / name).read_bytes() == (b / name).read_bytes(), f"{name} differs between one and two workers"


def test_two_workers_write_the_bytes_of_one_on_real_articles(dev_corpus_path, raw_copy, tmp_path):
    lines = [line for line in dev_corpus_path.read_text(encoding="utf-8").split("\n") if line.strip()]
    (raw_copy / "dev.jsonl").write_text("\n".join(lines[:700]) + "\n", encoding="utf-8")
    one, two, corpus = _one_and_two_workers(raw_copy, tmp_path)
    assert len(corpus.articles) == 705
    assert corpus.extra_counts["quotations"] > 100 and corpus.extra_counts["defence figures"] > 10
    assert_same_bytes(one, two)


def test_samples_shared_out_one_article_per_batch(raw_copy, tmp_path, monkeypatch):
    monkeypatch.setattr(parallel, "MIN_BATCH", 1)  # the five samples go to the workers, in batches of one or two
    runs = []
    real_run = parallel.LocalPool._map

    def counting(self, todo, mentions=None):
        runs.append(len(todo))
        return real_run(self, todo, mentions)

    monkeypatch.setattr(parallel.LocalPool, "_map", counting)
    one, two, corpus = _one_and_two_workers(raw_copy, tmp_path)
    assert runs == [5]  # the second build shared the five out, in one pass of all three steps
    assert corpus.extra_counts["defence figures"] == 8
    assert_same_bytes(one, two)


def test_batches_cover_every_article_once_in_order():
    for n in (0, 1, 299, 300, 1000, 4706):
        ranges = parallel.batches(n, 2, 150)
        assert [i for start, stop in ranges for i in range(start, stop)] == list(range(n))
        assert all(stop - start >= 150 for start, stop in ranges[:-1])


def _killed(*args):
    import os

    os._exit(3)  # a worker that dies (as one killed for lack of memory would)


def test_a_dying_worker_leaves_the_build_to_this_process_with_the_same_tables(raw_copy, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(parallel, "MIN_BATCH", 1)
    monkeypatch.setattr(parallel, "_analyse_batch", _killed)
    one, two, corpus = _one_and_two_workers(raw_copy, tmp_path)
    assert "worker processes failed" in caplog.text
    assert corpus.extra_counts["defence figures"] == 8
    assert_same_bytes(one, two)
