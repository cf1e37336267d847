"""Robustness suite: every kind of bad, odd or hostile input in ``tests/hostile.py``, all
in one raw folder next to the five samples.

For each kind: no crash and no hang (a time limit on the module), every good article
loaded, every bad file or record in the rejects with its reason, every left-out name in
the notes, and ``inputs = articles + rejects``.
"""

from __future__ import annotations

import errno
import os
import pathlib
import shutil

import pandas as pd
import pytest
from hostile import GERMAN, cases, sidecar_case_files

from analysis import load_corpus, store
from analysis.build import build, format_summary

pytestmark = pytest.mark.timeout(300)

CASES = cases()
UNREADABLE = "unreadable.txt"


@pytest.fixture(scope="module")
def hostile_raw(tmp_path_factory, samples_dir):
    raw = tmp_path_factory.mktemp("hostile") / "raw"
    raw.mkdir()
    for path in samples_dir.glob("0*.txt"):
        shutil.copy(path, raw / path.name)
    for case in CASES:
        case.write(raw)
    yield raw
    (raw / UNREADABLE).chmod(0o644)  # so that pytest can clean up


@pytest.fixture(scope="module")
def permissions_enforced(hostile_raw):
    """Root reads files without read permission; then the kernel's answer is simulated."""
    with pytest.MonkeyPatch.context() as mp:
        if os.access(hostile_raw / UNREADABLE, os.R_OK):
            original = pathlib.Path.read_bytes

            def read_bytes(self):
                if self.stat().st_mode & 0o444 == 0:
                    raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
                return original(self)

            mp.setattr(pathlib.Path, "read_bytes", read_bytes)
        yield


@pytest.fixture(scope="module")
def hostile_corpus(hostile_raw, permissions_enforced):
    return load_corpus(hostile_raw, progress=False)


def _rows(frame: pd.DataFrame, case) -> pd.DataFrame:
    return frame[frame["source_file"].isin(case.names)]


def test_at_least_thirty_kinds_of_input():
    assert len(CASES) >= 30
    assert len({c.kind for c in CASES}) == len(CASES)


def test_inputs_are_articles_plus_rejects(hostile_corpus):
    c = hostile_corpus
    assert len(c.articles) + len(c.rejects) == c.n_inputs
    expected_articles = 5 + sum(case.n_loaded for case in CASES)
    assert len(c.articles) == expected_articles


def test_every_sample_loads_beside_the_bad_inputs(hostile_corpus):
    loaded = set(hostile_corpus.articles["source_file"])
    assert {p for p in loaded if p[:3].isdigit() and p.endswith(".txt")} >= {
        "000_0dcb94694053e48f.txt", "001_5428fa240fd08bd3.txt", "002_45ec07479e5a2d45.txt",
        "003_5e656a849e0bf089.txt", "004_75925f2242121178.txt",
    }


@pytest.mark.parametrize("case", CASES, ids=[c.kind for c in CASES])
def test_each_kind_of_input(hostile_corpus, case):
    articles = _rows(hostile_corpus.articles, case)
    rejects = _rows(hostile_corpus.rejects, case)
    notes = _rows(hostile_corpus.notes, case)
    assert len(articles) == case.n_loaded, f"{case.kind}: expected {case.n_loaded} articles, got {articles['source_file'].tolist()}"
    if case.outcome == "rejected":
        assert len(rejects) >= 1, f"{case.kind}: not rejected"
        assert all(r.startswith(case.reason) for r in rejects["reason"]), rejects["reason"].tolist()
        if case.record is not None:
            assert case.record in rejects["record"].tolist()
    else:
        assert rejects.empty, f"{case.kind}: unexpected rejects {rejects['reason'].tolist()}"
    if case.outcome == "skipped":
        assert len(notes) >= 1 and all(case.reason in m for m in notes["message"]), notes["message"].tolist()
        assert set(notes["kind"]) == {"skipped"}
    if case.note:
        assert notes["message"].str.contains(case.note, regex=False).any(), f"{case.kind}: no note {case.note!r} in {notes['message'].tolist()}"
    if case.check is not None:
        assert case.check(articles), f"{case.kind}: check failed on {articles.to_dict('records')}"


def test_every_hidden_or_backup_name_is_noted(hostile_corpus):
    (case,) = [c for c in CASES if c.kind == "hidden and editor backup files"]
    noted = set(hostile_corpus.notes.loc[hostile_corpus.notes["kind"] == "skipped", "source_file"])
    top_level = {name.split("/")[0] for name in case.names}
    assert top_level <= noted


def test_loaded_text_has_no_control_characters(hostile_corpus):
    for text in hostile_corpus.articles["text"]:
        assert not any(ord(ch) < 32 and ch != "\n" for ch in text)
        assert "\ufffd" not in text


def test_rejects_name_a_file_and_a_reason(hostile_corpus):
    r = hostile_corpus.rejects
    assert r["source_file"].str.len().gt(0).all()
    assert r["reason"].str.len().gt(10).all()


def test_build_on_the_hostile_folder_writes_every_table(hostile_raw, permissions_enforced, tmp_path):
    corpus, written = build(hostile_raw, tmp_path, progress=False)
    assert {p.name for p in written} == {"articles.parquet", "rejects.csv", "notes.csv", "figures.parquet", "mentions.parquet", "quotes.parquet", "official.parquet"}
    assert len(store.read_rejects(tmp_path)) == len(corpus.rejects)
    mentions = store.read_mentions(tmp_path)
    one_line = corpus.articles.loc[corpus.articles["source_file"] == "one-line.txt", "article_id"].iloc[0]
    assert (mentions["article_id"] == one_line).sum() >= 3000  # Rutte in every copy of the paragraph


# --- the metadata sidecar -------------------------------------------------------------------


def test_sidecar_naming_missing_files_and_bad_dates(raw_copy):
    sidecar_case_files(raw_copy)
    corpus = load_corpus(raw_copy)
    notes = corpus.notes
    assert len(corpus.articles) == 5
    assert "no input file named 'gibt-es-nicht.txt'" in notes.loc[notes["kind"] == "sidecar_unmatched", "message"].tolist()
    invalid = notes.loc[notes["kind"] == "sidecar_invalid", "message"].tolist()
    assert any("'31.02.2025' is not a date" in m for m in invalid)
    sample = corpus.articles.set_index("source_file").loc["000_0dcb94694053e48f.txt"]
    assert sample["outlet"] == "tagesschau.de" and sample["date_source"] != "sidecar"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"titel;datum\nx;2025-01-01\n", "needs a column 'file'"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (PNG image)"),
        (b"file,published\n\"000_0dcb94694053e48f.txt,2025\n", "sidecar ignored"),
    ],
    ids=["no file column", "binary", "unclosed quote"],
)
def test_a_broken_sidecar_is_a_note_and_the_articles_still_load(raw_copy, content, message):
    (raw_copy / "metadata.csv").write_bytes(content)
    corpus = load_corpus(raw_copy)
    assert len(corpus.articles) == 5
    invalid = corpus.notes[corpus.notes["kind"] == "sidecar_invalid"]
    assert len(invalid) == 1 and message in invalid.iloc[0]["message"]
    assert invalid.iloc[0]["source_file"] == "metadata.csv"
    summary = format_summary(corpus, raw_copy, [])
    assert "sidecar_invalid 1" in summary and f"  metadata.csv: {invalid.iloc[0]['message']}" in summary


def test_future_dates_are_judged_against_the_day_of_the_build():
    from analysis.dates import parse_date
    from analysis.loading import plausible_date_problem

    now = pd.Timestamp("2025-06-25 12:00", tz="Europe/Berlin")
    assert plausible_date_problem(parse_date("2025-06-26"), now) is None  # a day ahead: time zones
    assert plausible_date_problem(parse_date("2025-07-01"), now) == "2025-07-01, in the future"
    assert plausible_date_problem(parse_date("1899-12-31"), now) == "in 1899, before 1900"
    assert plausible_date_problem(parse_date("1900-01-02"), now) is None


def test_german_paragraph_is_long_enough_to_be_an_article():
    # the cases rely on it: one paragraph alone is an article
    from analysis.textnorm import count_words

    assert count_words(GERMAN) >= 25


# --- broken control files: a clear error before any work, nothing written -------------------


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("actors.yaml", "people:\n  - {id: x, label: [\n", "actors.yaml: not valid YAML (line 3, column 1)"),
        ("actors.yaml", "people:\n  - id: x\n    names: 5\n", "actors.yaml: an entry does not have the expected form"),
        ("actors.yaml", "people:\n  - !!python/object/apply:os.system ['echo pwned']\n", "actors.yaml: not valid YAML"),
        ("actors.yaml", "people:\n  - names: [Jemand]\n", "actors.yaml: entry 1 of people has no id"),
        ("events.csv", "date,label\n2025-13-45,Gipfel\n2025-01-01,\n",
         "events.csv: row 2: date '2025-13-45' is not a date in the form YYYY-MM-DD; row 3: the label is empty"),
        ("events.csv", "datum,titel\n2025-01-01,Gipfel\n", "events.csv: events need the columns date and label"),
    ],
    ids=["yaml syntax", "yaml shape", "yaml python tag", "yaml no id", "event rows", "event columns"],
)
def test_a_broken_control_file_stops_the_build_with_its_name(raw_copy, tmp_path, capsys, name, content, message):
    from analysis.cli import main

    (raw_copy / name).write_text(content, encoding="utf-8")
    out = tmp_path / "processed"
    assert main(["build", "--raw", str(raw_copy), "--out", str(out), "--no-progress"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ") and message in err
    assert not out.exists() or not any(out.iterdir())
