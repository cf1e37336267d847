"""Incremental builds: the tables equal a build from scratch, unchanged inputs and articles
are reused, and a change to the actor dictionary or to a step's code re-runs exactly the
steps that depend on it."""

from __future__ import annotations

import json
import logging

import pandas as pd
import pytest
from hostile import GERMAN

from analysis import store
from analysis.build import build
from analysis.cache import CACHE_DIR_NAME

READERS = {"articles": store.read_articles, "rejects": store.read_rejects, "notes": store.read_notes,
           "figures": store.read_figures, "mentions": store.read_mentions}


def _tables(out) -> dict[str, pd.DataFrame]:
    return {name: read(out) for name, read in READERS.items()}


def assert_same_tables(a, b) -> None:
    for name in READERS:
        pd.testing.assert_frame_equal(_tables(a)[name], _tables(b)[name], obj=name)


def _record(i: int, **extra) -> str:
    text = GERMAN.replace("Mittwoch", f"Tag {i}") + f" Präsident Trump forderte zwei Prozent des BIP, sagte Rutte im Gespräch Nummer {i}."
    return json.dumps({"title": f"Meldung {i}", "text": text, "published": f"2025-06-{10 + i:02d}", **extra}, ensure_ascii=False)


@pytest.fixture
def raw(raw_copy):
    (raw_copy / "export.jsonl").write_text("\n".join(_record(i) for i in range(6)) + "\n" + _record(0) + "\n{kaputt\n", encoding="utf-8")
    return raw_copy


def test_second_build_reuses_everything_and_changes_nothing(raw, tmp_path):
    out = tmp_path / "out"
    first, _ = build(raw, out, progress=False)
    assert first.changes["new"] == 12 and first.changes["files reused"] == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    again, _ = build(raw, out, progress=False)
    assert again.changes == {"new": 0, "changed": 0, "unchanged": 12, "removed": 0, "files read": 0, "files reused": 6,
                             "figures run": 0, "mentions run": 0, "quotes run": 0, "analysis reused": 12}
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before


def test_added_changed_and_removed_inputs_give_the_tables_of_a_fresh_build(raw, tmp_path):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(raw, out, progress=False)
    (raw / "week-2.jsonl").write_text("\n".join(_record(i) for i in range(20, 23)) + "\n", encoding="utf-8")  # 3 new
    (raw / "004_75925f2242121178.txt").unlink()  # 1 removed
    sample = raw / "002_45ec07479e5a2d45.txt"
    sample.write_text(sample.read_text(encoding="utf-8") + "\n\nEin neuer Absatz: Die Bundesregierung will 3,5 Prozent des BIP ausgeben.\n", encoding="utf-8")
    (raw / "metadata.csv").write_text("file,published\n003_5e656a849e0bf089.txt,2024-11-06\n", encoding="utf-8")  # a date changed
    corpus, _ = build(raw, out, progress=False)
    assert {k: corpus.changes[k] for k in ("new", "changed", "removed", "unchanged")} == {"new": 3, "changed": 2, "removed": 1, "unchanged": 9}
    assert corpus.changes["files read"] == 2 and corpus.changes["files reused"] == 4
    assert corpus.changes["figures run"] == corpus.changes["mentions run"] == corpus.changes["quotes run"] == 5  # 3 new, the edited text, the new date
    build(raw, fresh, progress=False, incremental=False)
    assert [p.name for p in (fresh / CACHE_DIR_NAME).iterdir()] == ["articles-index.parquet"]  # no caches, only who was built
    assert_same_tables(out, fresh)
    figures = store.read_figures(out)
    assert figures["sentence"].str.contains("Ein neuer Absatz: Die Bundesregierung will 3,5 Prozent").any()


def test_a_changed_actor_dictionary_reruns_figures_mentions_and_quotes_not_the_reading(raw, tmp_path):
    out = tmp_path / "out"
    build(raw, out, progress=False)
    (raw / "actors.yaml").write_text("people:\n  - {id: gespraech, label: Gesprächspartner, names: [Gespräch]}\n", encoding="utf-8")
    corpus, _ = build(raw, out, progress=False)
    assert corpus.changes["files reused"] == 6 and corpus.changes["files read"] == 0
    assert corpus.changes["figures run"] == corpus.changes["mentions run"] == corpus.changes["quotes run"] == 12
    mentions = store.read_mentions(out)
    assert (mentions["actor_id"] == "gespraech").sum() >= 7  # "im Gespräch Nummer i" in each record


def test_a_changed_step_reruns_only_that_step(raw, tmp_path, monkeypatch):
    import analysis.build

    out = tmp_path / "out"
    build(raw, out, progress=False)
    original = analysis.build.code_fingerprint
    monkeypatch.setattr(analysis.build, "code_fingerprint", lambda modules, libs=(): "edited" if "spending" in modules else original(modules, libs))
    corpus, _ = build(raw, out, progress=False)
    assert (corpus.changes["figures run"], corpus.changes["mentions run"], corpus.changes["quotes run"]) == (12, 0, 0)


def test_a_damaged_cache_is_rebuilt_not_trusted(raw, tmp_path, caplog):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(raw, out, progress=False)
    for cached in (out / CACHE_DIR_NAME).rglob("*.parquet"):
        cached.write_bytes(b"PAR1 not really")
    with caplog.at_level(logging.WARNING):
        corpus, _ = build(raw, out, progress=False)
    assert "unreadable" in caplog.text
    assert corpus.changes["figures run"] == 12 and corpus.changes["files read"] == 6
    build(raw, fresh, progress=False, incremental=False)
    assert_same_tables(out, fresh)


def test_incremental_equals_fresh_on_real_articles(dev_corpus_path, raw_copy, tmp_path):
    """300 development-corpus articles, then 50 more and one removed file."""
    lines = [line for line in dev_corpus_path.read_text(encoding="utf-8").split("\n") if line.strip()]
    (raw_copy / "dev-a.jsonl").write_text("\n".join(lines[:300]) + "\n", encoding="utf-8")
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(raw_copy, out, progress=False)
    (raw_copy / "dev-b.jsonl").write_text("\n".join(lines[300:350]) + "\n", encoding="utf-8")
    (raw_copy / "000_0dcb94694053e48f.txt").unlink()
    corpus, _ = build(raw_copy, out, progress=False)
    assert (corpus.changes["new"], corpus.changes["removed"], corpus.changes["figures run"]) == (50, 1, 50)
    build(raw_copy, fresh, progress=False, incremental=False)
    assert_same_tables(out, fresh)


def test_row_chunks_keep_order_and_columns():
    from analysis.loading import RowChunks

    chunks = RowChunks(["a", "b"], size=2)
    for i in range(5):
        chunks.append({"a": i, "b": None if i % 2 else f"x{i}"})
    frame = chunks.frame()
    assert frame["a"].tolist() == [0, 1, 2, 3, 4] and list(frame.columns) == ["a", "b"]
    assert RowChunks(["a"]).frame().columns.tolist() == ["a"]


def test_a_large_export_is_read_and_cached_in_batches(raw, tmp_path, monkeypatch):
    from analysis import loading

    monkeypatch.setattr(loading, "BATCH_INPUTS", 3)  # the 8-line export: batches of 3, 3 and 2 records
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    first, _ = build(raw, out, progress=False)
    parts = sorted((out / CACHE_DIR_NAME / "loaded").glob("part-*.parquet"))
    assert len(parts) == 5 + 3  # one part per sample, three batches of the export
    again, _ = build(raw, out, progress=False)
    assert again.changes["files read"] == 0 and again.changes["files reused"] == 6
    build(raw, fresh, progress=False, incremental=False)
    assert_same_tables(out, fresh)
    # a build killed between two batches leaves an incomplete input: it is read again, whole
    newest = max(parts, key=lambda p: p.stat().st_mtime_ns)
    newest.unlink()
    third, _ = build(raw, out, progress=False)
    assert third.changes["files read"] == 1 and third.changes["files reused"] == 5
    assert_same_tables(out, fresh)


def _result_parts(out) -> dict:
    """The parts of the figure, mention and quotation caches, with their modification times."""
    return {p.relative_to(out): p.stat().st_mtime_ns for name in ("figures", "mentions", "quotes")
            for p in (out / CACHE_DIR_NAME / name).glob("part-*.parquet")}


def test_result_caches_are_kept_per_chunk_and_unchanged_chunks_are_not_rewritten(raw, tmp_path):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(raw, out, progress=False, chunk_articles=4)
    first = _result_parts(out)
    per_cache = {name: sum(p.parent.name == name for p in first) for name in ("figures", "mentions", "quotes")}
    assert per_cache == {"figures": 2, "mentions": 2, "quotes": 2}  # the samples, then the export: two chunks
    assert not (out / CACHE_DIR_NAME / "figures.parquet").exists()
    build(raw, out, progress=False, chunk_articles=4)
    assert _result_parts(out) == first  # nothing changed: no part written again
    (raw / "week-2.jsonl").write_text("\n".join(_record(i) for i in range(20, 23)) + "\n", encoding="utf-8")
    corpus, _ = build(raw, out, progress=False, chunk_articles=4)
    assert corpus.changes["figures run"] == 3
    after = _result_parts(out)
    assert all(after.get(p) == t for p, t in first.items())  # the old chunks' parts untouched
    assert len(after) == len(first) + 3  # one new part per cache, for the new chunk
    (raw / "004_75925f2242121178.txt").unlink()  # the second chunk changes: its part is replaced
    build(raw, out, progress=False, chunk_articles=4)
    assert len(_result_parts(out)) == 9 and len(set(_result_parts(out)) & set(first)) == 3  # the first chunk's parts stay
    build(raw, fresh, progress=False, incremental=False)
    assert_same_tables(out, fresh)


def test_articles_added_to_a_chunk_get_a_part_of_their_own_and_parts_are_merged_in_the_end(raw, tmp_path, monkeypatch):
    import pyarrow.parquet as pq

    from analysis import cache

    monkeypatch.setattr(cache, "MAX_PARTS_PER_CHUNK", 3)
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    build(raw, out, progress=False)  # one chunk
    first = _result_parts(out)
    assert len(first) == 3
    for week in range(4):  # each week three new articles in the same chunk
        (raw / f"week-{week}.jsonl").write_text("\n".join(_record(i) for i in range(20 + 3 * week, 23 + 3 * week)) + "\n", encoding="utf-8")
        corpus, _ = build(raw, out, progress=False)
        assert corpus.changes["figures run"] == 3
        after = _result_parts(out)
        if week < 2:
            assert all(after.get(p) == t for p, t in first.items())  # the first parts are not written again
            new = [p for p in after if p not in first and p.parent.name == "figures"]
            assert len(after) == 3 * (week + 2) and {len(set(pq.read_table(out / p)["cache_key"].to_pylist())) for p in new} == {3}
    assert len(_result_parts(out)) <= 3 * 3  # at the limit the chunk was written again as one part
    build(raw, fresh, progress=False, incremental=False)
    assert_same_tables(out, fresh)
