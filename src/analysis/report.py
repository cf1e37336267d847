"""The report: build the tables, run every notebook, render it, list the figures.

Notebooks in ``notebooks/`` named ``NN-slug.ipynb`` run in order with papermill, with
the processed folder and the figures folder passed as parameters. Executed copies go to
``reports/notebooks/`` (the source notebooks stay clean) together with an HTML
rendering of each. The figures folder is emptied first, so it holds exactly the charts
of this run.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat
import papermill
from nbconvert import HTMLExporter
from papermill.exceptions import PapermillExecutionError

from . import paths
from .build import build
from .loading import Corpus

log = logging.getLogger(__name__)
logging.getLogger("traitlets").setLevel(logging.ERROR)  # nbconvert's "alternative text is missing" for every chart

NOTEBOOK_GLOB = "[0-9][0-9]-*.ipynb"


class NotebookFailed(RuntimeError):
    """A notebook raised an error; the message names the notebook and the cell."""


@dataclass
class Report:
    corpus: Corpus
    notebooks: list[Path]
    html: list[Path]
    figures: list[Path]


def report_notebooks(notebooks_dir: Path | None = None) -> list[Path]:
    """The notebooks of the report, in order."""
    return sorted(Path(notebooks_dir or paths.NOTEBOOKS_DIR).glob(NOTEBOOK_GLOB))


def first_line_of(source: str) -> str:
    """The first non-empty line of a cell, to name it in messages."""
    return next((line.strip() for line in source.splitlines() if line.strip()), "")


def execute_notebook(notebook: Path, out_dir: Path, parameters: dict) -> Path:
    """Run ``notebook`` into ``out_dir``; raise :class:`NotebookFailed` naming the cell."""
    out = out_dir / notebook.name
    try:
        papermill.execute_notebook(
            str(notebook), str(out), parameters=parameters, progress_bar=False, cwd=str(notebook.parent)
        )
    except PapermillExecutionError as exc:
        raise NotebookFailed(
            f"notebook {notebook.name} failed in cell {exc.cell_index} ({first_line_of(exc.source)!r}): "
            f"{exc.ename}: {exc.evalue}; the executed copy with the error is {out}"
        ) from exc
    return out


def render_html(executed: Path) -> Path:
    """Write an HTML rendering next to an executed notebook."""
    body, _ = HTMLExporter().from_notebook_node(nbformat.read(executed, as_version=4))
    html = executed.with_suffix(".html")
    html.write_text(body, encoding="utf-8")
    return html


def run_report(
    raw_dir: Path | None = None,
    processed_dir: Path | None = None,
    reports_dir: Path | None = None,
    notebooks_dir: Path | None = None,
) -> Report:
    """Build ``processed_dir`` from ``raw_dir``, then run and render every notebook."""
    processed_dir = Path(processed_dir or paths.PROCESSED_DIR).resolve()
    reports_dir = Path(reports_dir or paths.REPORTS_DIR).resolve()
    figures_dir = reports_dir / "figures"
    executed_dir = reports_dir / "notebooks"
    corpus, _ = build(raw_dir, processed_dir)
    shutil.rmtree(figures_dir, ignore_errors=True)
    figures_dir.mkdir(parents=True)
    executed_dir.mkdir(parents=True, exist_ok=True)
    parameters = {"processed_dir": str(processed_dir), "figures_dir": str(figures_dir)}
    executed, html = [], []
    for notebook in report_notebooks(notebooks_dir):
        log.info("running %s", notebook.name)
        executed.append(execute_notebook(notebook, executed_dir, parameters))
        html.append(render_html(executed[-1]))
    return Report(corpus, executed, html, sorted(figures_dir.iterdir()))


def format_report(report: Report) -> str:
    """What ``python -m analysis report`` prints: notebooks, then every figure file."""
    lines = [f"Ran {len(report.notebooks)} notebooks on {len(report.corpus.articles)} articles:"]
    lines += [f"  {html}" for html in report.html]
    stems = sorted({p.stem for p in report.figures})
    charts = [s for s in stems if any(p.stem == s and p.suffix == ".png" for p in report.figures)]
    tables = [s for s in stems if s not in charts]
    folder = report.figures[0].parent if report.figures else "-"
    lines.append(f"Wrote {len(charts)} charts (PNG, SVG, PDF and the plotted data as CSV) and {len(tables)} evidence tables (CSV) to {folder}:")
    lines += [f"  {stem}" for stem in charts]
    lines += [f"  {stem}.csv (evidence)" for stem in tables]
    return "\n".join(lines)
