"""`python -m analysis build`: files, summary, exit codes, atomic writes."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from analysis import schema, store
from analysis.build import build
from analysis.cli import main


def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=cwd)


def test_build_writes_tables_and_prints_a_summary(raw_copy, tmp_path):
    (raw_copy / "broken.jsonl").write_text('{"title": "x"\n', encoding="utf-8")
    out = tmp_path / "processed"
    result = run_cli("build", "--raw", str(raw_copy), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == ["articles.parquet", "figures.parquet", "mentions.parquet", "notes.csv", "official.parquet", "quotes.parquet", "rejects.csv"]
    lines = result.stdout.splitlines()
    assert "Read 6 inputs from" in lines[0]
    counts = {k.strip(): v for k, v in (line.rsplit(None, 1) for line in lines[1:9])}
    mentions = store.read_mentions(out)
    assert counts == {"articles": "5", "rejects": "1", "undated": "2", "duplicates": "0", "notes": "0", "figures": "8",
                      "defence figures": "8", "actor mentions": str(mentions["actor_id"].notna().sum())}
    assert mentions["actor_id"].notna().sum() > 100
    assert "  broken.jsonl:1: malformed JSON" in result.stdout


def test_tables_read_back_with_their_schema(raw_copy, tmp_path):
    out = tmp_path / "processed"
    build(raw_copy, out)
    articles, rejects, notes = store.read_articles(out), store.read_rejects(out), store.read_notes(out)
    schema.check_frame(store.read_figures(out), schema.FIGURES, "figures")
    schema.check_frame(store.read_mentions(out), schema.MENTIONS, "mentions")
    schema.check_frame(articles, schema.ARTICLES, "articles")
    schema.check_frame(rejects, schema.REJECTS, "rejects")
    schema.check_frame(notes, schema.NOTES, "notes")
    assert len(articles) == 5
    assert articles.set_index("source_file").loc["001_5428fa240fd08bd3.txt", "published"] == pd.Timestamp("2024-11-23 11:26", tz="Europe/Berlin")


def test_missing_raw_folder_exits_non_zero_with_a_message(tmp_path):
    result = run_cli("build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"error: raw folder does not exist: {tmp_path / 'nope'}" in result.stderr
    assert not (tmp_path / "out").exists()


def test_bad_field_option_is_a_clear_error(raw_copy, tmp_path, capsys):
    assert main(["build", "--raw", str(raw_copy), "--out", str(tmp_path), "--field", "text"]) == 2
    assert "--field expects NAME=FIELD" in capsys.readouterr().err


def test_field_option_reaches_the_loader(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    body = "Die Bundeswehr bekommt mehr Geld für neue Ausrüstung und Personal. " * 5
    pd.DataFrame({"Schlagzeile": ["Mehr Geld"], "Inhalt": [body], "Quelle_URL": ["https://example.org/a"]}).to_csv(raw / "e.csv", index=False)
    assert main(["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--field", "title=Schlagzeile", "--field", "url=Quelle_URL", "--no-progress"]) == 0
    row = store.read_articles(tmp_path / "out").iloc[0]
    assert (row["title"], row["url"]) == ("Mehr Geld", "https://example.org/a")


def test_a_failed_build_leaves_the_previous_files_intact(raw_copy, tmp_path, monkeypatch):
    out = tmp_path / "processed"
    build(raw_copy, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (raw_copy / "extra.txt").write_text("Die Nato beschließt neue Ziele für die Verteidigungsausgaben ihrer Mitglieder. " * 4, encoding="utf-8")

    import analysis.store as store_module

    real = store_module.write_frame

    def fail_on_rejects(df, path):
        if path.name == "rejects.csv":
            raise OSError("disk full")
        real(df, path)

    monkeypatch.setattr(store_module, "write_frame", fail_on_rejects)
    with pytest.raises(OSError, match="disk full"):
        build(raw_copy, out)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before  # articles.parquet was written to staging only; no staging folder left


def test_reading_before_building_says_what_to_do(tmp_path):
    with pytest.raises(FileNotFoundError, match="python -m analysis build"):
        store.read_articles(tmp_path)
