"""Progress where people look: widget bars in notebooks, a text bar in a terminal, a few
whole lines anywhere else."""

from __future__ import annotations

import io

from hostile import GERMAN

from analysis.build import build
from analysis.progress import LineProgress, progress_bar


def test_output_that_is_no_terminal_gets_a_few_whole_lines():
    out = io.StringIO()
    for _ in progress_bar(range(20_000), file=out, desc="figures", unit="article"):
        pass
    lines = out.getvalue().splitlines()
    assert "\r" not in out.getvalue()
    assert 2 <= len(lines) <= 12, lines
    assert lines[0].startswith("figures:   0%") and lines[-1].startswith("figures: 100%")


def test_a_growing_total_gets_a_first_and_a_last_line():
    out = io.StringIO()
    bar = progress_bar(total=0, file=out, desc="reading articles", unit="article")
    for _ in range(5_000):
        bar.total += 1
        bar.update()
    bar.close()
    lines = out.getvalue().splitlines()
    assert len(lines) == 2 and "\r" not in out.getvalue()
    assert "5000/5000" in lines[-1]


def test_a_terminal_gets_the_text_bar():
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    bar = progress_bar(range(3), file=Terminal())
    assert not isinstance(bar, LineProgress)
    list(bar)


def test_notebooks_get_widget_bars_without_a_warning():
    import tqdm.notebook

    assert tqdm.notebook.IProgress is not None, "ipywidgets is missing: notebooks would print 'IProgress not found'"


def test_a_build_logged_to_a_file_prints_lines_not_carriage_returns(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    for i in range(30):
        (raw / f"meldung-{i:02d}.txt").write_text(f"Meldung {i}\n\n{GERMAN} Nummer {i}.", encoding="utf-8")
    build(raw, tmp_path / "out", progress=True)
    err = capsys.readouterr().err
    assert "\r" not in err
    assert 1 <= len(err.splitlines()) <= 40, err
