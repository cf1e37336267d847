"""The chart module: German formats, the source line, four files per chart."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import charts


@pytest.mark.parametrize(
    ("value", "decimals", "text"),
    [(1234.5, 1, "1.234,5"), (2.1, 1, "2,1"), (1000000, 0, "1.000.000"), (-3.5, 1, "-3,5"), (0.12345, 2, "0,12")],
)
def test_german_number(value, decimals, text):
    assert charts.german_number(value, decimals) == text


@pytest.mark.parametrize(
    ("date", "text"),
    [("2024-11-23", "Nov. 2024"), ("2025-03-01", "März 2025"), ("2025-06-24", "Juni 2025"), ("2025-09-30", "Sept. 2025")],
)
def test_german_month(date, text):
    assert charts.german_month(date) == text


def test_source_line():
    line = charts.source_line(1234, pd.Timestamp("2024-11-05"), pd.Timestamp("2025-06-25"))
    assert line == "Quelle: eigene Auswertung, 1.234 Artikel (Nov. 2024 - Juni 2025)"


@pytest.fixture
def bar_chart():
    data = pd.DataFrame({"outlet": ["zeit.de", "sueddeutsche.de"], "articles": [1840, 1002]})
    fig, _ = charts.hbar(data, "outlet", "articles", title="Artikel je Medium")
    return fig, data


def test_save_writes_four_files_and_the_plotted_data(bar_chart, tmp_path):
    fig, data = bar_chart
    written = charts.save(fig, "articles-per-outlet", data, source="Quelle: Test", figures_dir=tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"articles-per-outlet.{ext}" for ext in ("csv", "pdf", "png", "svg")]
    assert set(written) == {"png", "svg", "pdf", "csv"}
    pd.testing.assert_frame_equal(pd.read_csv(written["csv"]), data)
    assert written["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert written["pdf"].read_bytes()[:5] == b"%PDF-"
    svg = written["svg"].read_text(encoding="utf-8")
    assert "Quelle: Test" in svg and "1.840" in svg  # source line and German value labels


def test_png_is_300_dpi_at_report_size(bar_chart, tmp_path):
    from PIL import Image

    fig, data = bar_chart
    png = charts.save(fig, "size-check", data, source="Quelle: Test", figures_dir=tmp_path)["png"]
    with Image.open(png) as img:
        assert round(img.info["dpi"][0]) == 300
        assert img.width == round(charts.FIGSIZE[0] * 300)


def test_saving_twice_gives_identical_files(tmp_path):
    data = pd.DataFrame({"outlet": ["a", "b"], "articles": [3, 1]})
    outputs = []
    for run in ("one", "two"):
        fig, _ = charts.hbar(data, "outlet", "articles", title="Test")
        written = charts.save(fig, "same", data, source="Quelle: Test", figures_dir=tmp_path / run)
        outputs.append({fmt: p.read_bytes() for fmt, p in written.items()})
    assert outputs[0] == outputs[1]


@pytest.mark.parametrize("slug", ["Artikel je Medium", "articles_per_outlet", "", "-x"])
def test_bad_slugs_are_refused(bar_chart, tmp_path, slug):
    fig, data = bar_chart
    with pytest.raises(ValueError, match="slug"):
        charts.save(fig, slug, data, source="Quelle: Test", figures_dir=tmp_path)


def test_chart_without_data_is_refused(bar_chart, tmp_path):
    fig, _ = bar_chart
    with pytest.raises(ValueError, match="plotted data"):
        charts.save(fig, "empty", pd.DataFrame(), source="Quelle: Test", figures_dir=tmp_path)
