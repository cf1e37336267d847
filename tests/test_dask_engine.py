"""The Dask engine gives the same tables as the local engine (a LocalCluster with two
worker processes, as a real cluster would run it)."""

from __future__ import annotations

import pytest
from test_incremental import assert_same_tables

from analysis import store
from analysis.build import build
from analysis.distributed import read_partitions, write_partitions

pytestmark = pytest.mark.timeout(600)


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as c:
        yield c


def _both_engines(raw, tmp_path, cluster):
    local, dask = tmp_path / "local", tmp_path / "dask"
    build(raw, local, progress=False, incremental=False)
    corpus, _ = build(raw, dask, progress=False, incremental=False, engine="dask", scheduler=cluster.scheduler_address)
    return local, dask, corpus


def test_dask_equals_local_on_the_samples_with_a_user_dictionary(raw_copy, tmp_path, cluster):
    (raw_copy / "actors.yaml").write_text("people:\n  - {id: gespraech, label: Gesprächspartner, names: [Gespräch, Gespräche]}\n", encoding="utf-8")
    local, dask, corpus = _both_engines(raw_copy, tmp_path, cluster)
    assert_same_tables(local, dask)
    assert (store.read_mentions(dask)["actor_id"] == "gespraech").any()  # the workers used the user's dictionary
    assert len(list((dask / ".dask" / "figures" / "result").glob("part-*.parquet"))) >= 1


def test_dask_equals_local_on_real_articles(dev_corpus_path, raw_copy, tmp_path, cluster):
    lines = [line for line in dev_corpus_path.read_text(encoding="utf-8").split("\n") if line.strip()]
    (raw_copy / "dev.jsonl").write_text("\n".join(lines[:600]) + "\n", encoding="utf-8")
    local, dask, corpus = _both_engines(raw_copy, tmp_path, cluster)
    assert len(corpus.articles) == 605
    assert len(list((dask / ".dask" / "mentions" / "articles").glob("part-*.parquet"))) == 3  # 605 articles, 250 per part
    assert_same_tables(local, dask)


def test_incremental_dask_build_analyses_only_new_articles(raw_copy, tmp_path, cluster):
    out = tmp_path / "out"
    build(raw_copy, out, progress=False, engine="dask", scheduler=cluster.scheduler_address)
    (raw_copy / "004_75925f2242121178.txt").rename(raw_copy / "renamed.txt")
    corpus, _ = build(raw_copy, out, progress=False, engine="dask", scheduler=cluster.scheduler_address)
    assert corpus.changes["files reused"] == 5 and corpus.changes["figures run"] == 0


def test_partitions_round_trip_in_order(tmp_path, sample_corpus):
    articles = sample_corpus.articles
    parts = write_partitions(articles, tmp_path / "p", rows_per_part=2)
    assert [p.name for p in parts] == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    assert read_partitions(tmp_path / "p")["article_id"].tolist() == articles["article_id"].tolist()
