"""A build killed part-way (SIGKILL) leaves the previous tables intact and readable,
and the next build completes.

The build runs in a subprocess through a small driver that pauses it at one of three
points (while extracting, after writing the first new table, between moving two tables
into place) and says so through a flag file; the test then kills it with SIGKILL. No
timing guesses: the kill always lands at the named point.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from analysis import store
from analysis.build import build

pytestmark = [pytest.mark.timeout(300), pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")]

TABLES = ("articles.parquet", "rejects.csv", "notes.csv", "figures.parquet", "mentions.parquet", "quotes.parquet", "official.parquet")

DRIVER = r'''
import os, sys, time
from pathlib import Path
import analysis.build, analysis.store
point, flag = sys.argv[1], Path(sys.argv[2])
TABLES = ("articles.parquet", "rejects.csv", "notes.csv", "figures.parquet", "mentions.parquet", "quotes.parquet", "official.parquet")

def pause():
    flag.touch()
    time.sleep(120)

if point == "extracting":
    original = analysis.build.find_mentions
    def find_mentions(*args, **kwargs):
        pause()
    analysis.build.find_mentions = find_mentions
elif point == "writing":
    original = analysis.store.write_frame
    def write_frame(df, path):
        original(df, path)
        pause()
    analysis.store.write_frame = write_frame
elif point == "swapping":
    original = os.replace
    moved = []
    def replace(src, dst):
        original(src, dst)
        if Path(dst).name in TABLES and Path(dst).parent.name != ".cache":
            moved.append(dst)
            if len(moved) == 2:
                pause()
    analysis.store.os.replace = replace
from analysis.cli import main
sys.exit(main(["build", "--no-progress", *sys.argv[3:]]))
'''


@pytest.fixture
def previous_build(tmp_path, samples_dir):
    """A finished build of the samples, and the bytes of each table it wrote."""
    out = tmp_path / "processed"
    build(samples_dir, out, progress=False)
    return out, {name: (out / name).read_bytes() for name in TABLES}


@pytest.fixture
def bigger_raw(raw_copy):
    """The samples plus an export: the next build's tables differ from the previous."""
    record = {"title": "Rutte in Berlin", "published": "2025-06-25", "text": "Generalsekretär Mark Rutte fordert von Deutschland fünf Prozent des BIP für Verteidigung. " * 5}
    (raw_copy / "extra.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return raw_copy


def _kill_at(point: str, raw: Path, out: Path, tmp_path: Path) -> None:
    driver = tmp_path / "driver.py"
    driver.write_text(DRIVER, encoding="utf-8")
    flag = tmp_path / f"paused-{point}"
    proc = subprocess.Popen([sys.executable, str(driver), point, str(flag), "--raw", str(raw), "--out", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 240
    while not flag.exists():
        if proc.poll() is not None:
            pytest.fail(f"build ended before reaching {point!r}: {proc.stderr.read().decode()[-2000:]}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"build never reached {point!r}")
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stdout.close()
    proc.stderr.close()


def _read_all(out: Path) -> dict[str, pd.DataFrame]:
    return {
        "articles": store.read_articles(out), "rejects": store.read_rejects(out), "notes": store.read_notes(out),
        "figures": store.read_figures(out), "mentions": store.read_mentions(out),
    }


@pytest.mark.parametrize("point", ["extracting", "writing", "swapping"])
def test_killed_build_leaves_previous_tables_readable_and_next_build_completes(point, previous_build, bigger_raw, tmp_path):
    out, before = previous_build
    expected = _read_all(out)
    _kill_at(point, bigger_raw, out, tmp_path)

    after_kill = _read_all(out)  # readers see the previous set, whole
    for name, frame in expected.items():
        pd.testing.assert_frame_equal(after_kill[name], frame, obj=name)
    assert len(after_kill["articles"]) == 5
    if point != "swapping":  # files untouched byte for byte
        assert {name: (out / name).read_bytes() for name in TABLES} == before

    corpus, written = build(bigger_raw, out, progress=False)
    assert len(store.read_articles(out)) == 6 == len(corpus.articles)
    assert sorted(p.name for p in out.iterdir() if p.name != ".cache") == sorted(TABLES), "staging folders or journal left behind"


def test_interrupted_swap_is_rolled_back_by_the_next_write(previous_build, bigger_raw, tmp_path):
    out, before = previous_build
    _kill_at("swapping", bigger_raw, out, tmp_path)
    assert (out / ".swap-journal.json").exists()
    assert store.recover(out)
    assert {name: (out / name).read_bytes() for name in TABLES} == before
    assert not store.recover(out)


def test_a_failing_build_writes_nothing(previous_build, bigger_raw, monkeypatch):
    import analysis.build

    out, before = previous_build

    def broken(*args, **kwargs):
        raise RuntimeError("extraction bug")

    monkeypatch.setattr(analysis.build, "extract_figures", broken)
    with pytest.raises(RuntimeError, match="extraction bug"):
        build(bigger_raw, out, progress=False)
    assert {name: (out / name).read_bytes() for name in TABLES} == before
    shutil.rmtree(out)
