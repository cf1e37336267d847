"""One look for every chart, and one way to save it.

Every notebook calls :func:`new_figure` (or :func:`apply_style` before its own
``plt.subplots``) and ends each chart with :func:`save`, which adds the source line and
writes ``<slug>.png`` (300 dpi), ``.svg``, ``.pdf`` and ``<slug>.csv`` with exactly the
data plotted into ``reports/figures/``. Numbers use the German decimal comma and
thousands dot; dates read "Nov. 2024".

Saved files are reproducible: the same chart saved twice gives the same bytes (no
creation dates in PDF and SVG, a fixed SVG hash salt).
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import matplotlib
import matplotlib.dates as mdates
import numpy as np
import matplotlib.pyplot as plt
import pandas as pd
from matplotlib.ticker import FuncFormatter, MaxNLocator

from . import paths
from .safecsv import write_csv

#: German words for the co-occurrence windows and measures, for chart texts.
WINDOW_WORDS = {"sentence": "Satz", "paragraph": "Absatz", "article": "Artikel"}
MEASURE_WORDS = {"count": "Anzahl", "jaccard": "Jaccard", "npmi": "NPMI"}

#: Colours in a fixed order (colour-blind safe, after Okabe & Ito), first the accent.
PALETTE = ("#0b5cad", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#999999", "#000000")
ACCENT = PALETTE[0]
GREY = "#6b6b6b"

#: Size of a chart in a report, in inches (16 x 9 cm at 300 dpi = 1890 x 1063 px).
FIGSIZE = (6.3, 3.55)
DPI = 300

GERMAN_MONTHS_SHORT = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

STYLE = {
    "figure.figsize": FIGSIZE,
    "figure.dpi": 110,
    "savefig.dpi": DPI,
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9,
    "axes.labelcolor": GREY,
    "axes.edgecolor": GREY,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "axes.grid.axis": "y",
    "axes.axisbelow": True,
    "axes.prop_cycle": matplotlib.cycler(color=PALETTE),
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "xtick.color": GREY,
    "ytick.color": GREY,
    "xtick.labelsize": 8,
    "ytick.labelsize": 8,
    "legend.frameon": False,
    "legend.fontsize": 8,
    "svg.hashsalt": "defence-coverage",
    "svg.fonttype": "none",
    "pdf.fonttype": 42,
}


def apply_style() -> None:
    """Set the project's chart style for everything drawn afterwards."""
    plt.rcParams.update(STYLE)


def german_number(value: float, decimals: int = 0) -> str:
    """``1234.5`` -> ``"1.234,5"`` (decimal comma, thousands dot).

    Examples
    --------
    >>> german_number(1234.5, 1)
    '1.234,5'
    >>> german_number(0.35, 2)
    '0,35'
    """
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


def german_month(ts) -> str:
    """``2024-11-03`` -> ``"Nov. 2024"``."""
    ts = pd.Timestamp(ts)
    return f"{GERMAN_MONTHS_SHORT[ts.month - 1]} {ts.year}"


def german_date(ts) -> str:
    """``2024-11-03`` -> ``"3. Nov. 2024"``."""
    ts = pd.Timestamp(ts)
    return f"{ts.day}. {german_month(ts)}"


def format_numbers(ax, axis: str = "y", decimals: int = 0, suffix: str = "") -> None:
    """German number labels on an axis, with an optional unit suffix (" %"); with
    ``decimals=0`` ticks fall on whole numbers only (counts)."""
    target = ax.yaxis if axis == "y" else ax.xaxis
    if decimals == 0:
        target.set_major_locator(MaxNLocator(integer=True))
    target.set_major_formatter(FuncFormatter(lambda v, _pos: german_number(v, decimals) + suffix))


def format_month_axis(ax, axis: str = "x", max_ticks: int = 8) -> None:
    """Date labels "Nov. 2024" on a date axis, at most ``max_ticks`` of them."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_locator(mdates.AutoDateLocator(minticks=2, maxticks=max_ticks))
    target.set_major_formatter(FuncFormatter(lambda v, _pos: german_month(mdates.num2date(v).replace(tzinfo=None))))


def pad_date_axis(ax, dates, months: int = 2) -> None:
    """Limit a date axis to the data plus ``months`` on each side (one month alone would
    otherwise get an axis of several years)."""
    dates = pd.to_datetime(pd.Series(dates)).dropna()
    if dates.empty:
        return
    lo, hi = dates.min(), dates.max()
    ax.set_xlim(lo - pd.DateOffset(months=months), hi + pd.DateOffset(months=months))


def new_figure(title: str, subtitle: str | None = None, *, nrows: int = 1, ncols: int = 1, figsize=None, **kwargs):
    """A styled figure with a left-aligned title (and subtitle); returns ``(fig, ax)``."""
    apply_style()
    fig, ax = plt.subplots(nrows, ncols, figsize=figsize or FIGSIZE, layout="constrained", **kwargs)
    fig.suptitle(title, x=0.01, ha="left", fontsize=11, fontweight="bold")
    if subtitle:
        first = ax.flat[0] if hasattr(ax, "flat") else ax
        first.set_title(subtitle, fontsize=8.5, fontweight="normal", color=GREY, loc="left")
    return fig, ax


def source_line(n_articles: int, first=None, last=None, extra: str | None = None) -> str:
    """The standard source text: corpus size and period, e.g.
    "Quelle: eigene Auswertung, 5 Artikel (Nov. 2024 - Dez. 2025)"."""
    text = f"Quelle: eigene Auswertung, {german_number(n_articles)} Artikel"
    if first is not None and last is not None and not pd.isna(first) and not pd.isna(last):
        text += f" ({german_month(first)} - {german_month(last)})"
    return f"{text}; {extra}" if extra else text


def _check_slug(slug: str) -> None:
    if not _SLUG_RE.match(slug):
        raise ValueError(f"chart slug {slug!r} must be lower-case words joined by hyphens, e.g. 'articles-per-outlet'")


def save_table(data: pd.DataFrame, slug: str, *, figures_dir: Path | None = None) -> Path:
    """Save a table that belongs to the charts (an evidence table) as ``<slug>.csv``."""
    _check_slug(slug)
    out = Path(figures_dir or paths.FIGURES_DIR)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{slug}.csv"
    write_csv(data, path)
    return path


def save(fig, slug: str, data: pd.DataFrame, *, source: str, figures_dir: Path | None = None) -> dict[str, Path]:
    """Add the source line to ``fig`` and save it with the data it plots.

    ``fig`` should come from :func:`new_figure` (or a helper built on it), whose
    constrained layout keeps room for the source line.

    Parameters
    ----------
    fig : matplotlib Figure
    slug : str
        File name stem, lower-case words joined by hyphens.
    data : DataFrame
        Exactly the data plotted; saved as ``<slug>.csv`` (UTF-8, comma-separated).
    source : str
        Source line printed at the bottom left, e.g. from :func:`source_line`.
    figures_dir : Path, optional
        Output folder, by default ``reports/figures/``.

    Returns
    -------
    dict
        Format -> path written (``png``, ``svg``, ``pdf``, ``csv``).
    """
    _check_slug(slug)
    if not isinstance(data, pd.DataFrame) or data.empty:
        raise ValueError(f"chart {slug!r}: pass the plotted data as a non-empty DataFrame")
    out = Path(figures_dir or paths.FIGURES_DIR)
    out.mkdir(parents=True, exist_ok=True)
    width_chars = int(fig.get_size_inches()[0] * 17)  # 7-point text: about 17 characters per inch
    fig.supxlabel(textwrap.fill(source, width_chars), x=0.01, ha="left", fontsize=7, color=GREY)  # the layout keeps room for it
    written = {}
    metadata = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}
    for fmt in ("png", "svg", "pdf"):
        path = out / f"{slug}.{fmt}"
        fig.savefig(path, dpi=DPI, metadata=metadata[fmt])
        written[fmt] = path
    written["csv"] = out / f"{slug}.csv"
    write_csv(data, written["csv"])
    return written


def hbar(data: pd.DataFrame, label: str, value: str, *, title: str, subtitle: str | None = None, xlabel: str | None = None, decimals: int = 0, color: str = ACCENT, max_bars: int = 25):
    """Horizontal bars of ``data[value]`` by ``data[label]``, largest on top, each bar
    labelled with its German-formatted value. Returns ``(fig, ax)``."""
    shown = data.head(max_bars).iloc[::-1]
    height = min(max(1.6, 0.28 * len(shown) + 1.2), 9)
    fig, ax = new_figure(title, subtitle, figsize=(FIGSIZE[0], height))
    bars = ax.barh(shown[label].astype(str), shown[value], color=color)
    ax.bar_label(bars, labels=[german_number(v, decimals) for v in shown[value]], padding=3, fontsize=7.5, color=GREY)
    ax.grid(axis="y", visible=False)
    ax.grid(axis="x", visible=True)
    format_numbers(ax, "x", decimals)
    ax.set_xlabel(xlabel or "")
    ax.margins(x=0.12)
    return fig, ax


def time_columns(data: pd.DataFrame, date: str, values: list[str], *, title: str, subtitle: str | None = None, ylabel: str | None = None, width_days: float = 25, labels: dict[str, str] | None = None, legend_columns: int = 4):
    """Stacked columns over time, one colour per column in ``values``. Returns ``(fig, ax)``."""
    fig, ax = new_figure(title, subtitle)
    bottom = None
    for i, column in enumerate(values):
        ax.bar(data[date], data[column], width=width_days, align="edge", bottom=bottom, color=PALETTE[i % len(PALETTE)], label=(labels or {}).get(column, column))
        bottom = data[column] if bottom is None else bottom + data[column]
    format_month_axis(ax)
    format_numbers(ax, "y")
    ax.set_ylabel(ylabel or "")
    if len(values) > 1:
        add_legend(fig, ncols=min(len(values), legend_columns))
    return fig, ax


def add_legend(fig, ncols: int = 4) -> None:
    """One legend for the figure, top right beside the title, where it never covers data."""
    fig.legend(loc="outside upper right", ncols=ncols)


def heatmap(matrix: pd.DataFrame, *, title: str, subtitle: str | None = None, labels: dict | None = None, decimals: int = 0):
    """A labelled square heatmap of an actor × actor table (darker = higher); cells show
    their value. Returns ``(fig, ax)``."""
    names = [str((labels or {}).get(i, i)) for i in matrix.index]
    fig, ax = new_figure(title, subtitle, figsize=(FIGSIZE[0], FIGSIZE[0] * 0.9))
    values = matrix.to_numpy(dtype=float)
    image = ax.imshow(values, cmap="Blues", vmin=0 if decimals == 0 else None)
    ax.set_xticks(range(len(names)), names, rotation=60, ha="right")
    ax.set_yticks(range(len(names)), names)
    ax.grid(False)
    for (i, j), v in np.ndenumerate(values):
        if not np.isnan(v) and v != 0:
            ax.text(j, i, german_number(v, decimals), ha="center", va="center", fontsize=6,
                    color="white" if v > np.nanmax(values) * 0.6 else "#333333")
    fig.colorbar(image, ax=ax, shrink=0.7, format=FuncFormatter(lambda v, _p: german_number(v, decimals)))
    return fig, ax


def draw_network(graph, *, title: str, subtitle: str | None = None, seed: int = 7, max_width: float = 6.0, highlight: str | None = None):
    """Draw an actor network: node size by mentions, edge width by ``weight``, labels
    readable on white; a fixed layout seed makes the picture reproducible. Returns ``(fig, ax)``."""
    import networkx as nx

    fig, ax = new_figure(title, subtitle, figsize=(FIGSIZE[0], FIGSIZE[0] * 0.8))
    if graph.number_of_nodes() == 0:
        ax.text(0.5, 0.5, "keine Paare", ha="center", va="center", transform=ax.transAxes)
        return fig, ax
    pos = nx.spring_layout(graph, seed=seed, weight=None, k=3.0 / max(graph.number_of_nodes(), 1) ** 0.5, iterations=200)
    weights = np.array([d["weight"] for _, _, d in graph.edges(data=True)], dtype=float)
    top = weights.max() if len(weights) and weights.max() > 0 else 1.0
    nx.draw_networkx_edges(graph, pos, ax=ax, width=[0.5 + max_width * w / top for w in weights], edge_color=GREY, alpha=0.55)
    mentions = np.array([d.get("mentions", 1) for _, d in graph.nodes(data=True)], dtype=float)
    sizes = 80 + 900 * mentions / max(mentions.max(), 1)
    colours = [PALETTE[1] if n == highlight else {"person": ACCENT, "country": PALETTE[2], "organisation": PALETTE[3]}.get(d.get("type"), GREY)
               for n, d in graph.nodes(data=True)]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color=colours, alpha=0.9)
    labels = {n: d.get("label", n) for n, d in graph.nodes(data=True)}
    nx.draw_networkx_labels(graph, pos, labels=labels, ax=ax, font_size=7,
                            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.75, "pad": 0.6})
    ax.set_axis_off()
    ax.margins(0.12)
    return fig, ax


def mark_events(ax, events: pd.DataFrame, *, max_events: int = 8) -> None:
    """Dashed vertical lines with short labels for events (``date``, ``label``) inside the
    visible date range; labels are numbered when there are many, the legend names them."""
    lo, hi = (mdates.num2date(x).replace(tzinfo=None) for x in ax.get_xlim())
    shown = events[(events["date"] >= lo) & (events["date"] <= hi)].head(max_events)
    top = ax.get_ylim()[1]
    for i, row in enumerate(shown.itertuples(index=False), start=1):
        ax.axvline(row.date, color=PALETTE[5], linewidth=0.8, linestyle="--", zorder=1)
        ax.text(row.date, top, f" {i}", color=PALETTE[5], fontsize=7, va="top", ha="left")
    if len(shown):
        note = "  ".join(f"{i} {german_date(r.date)}: {r.label}" for i, r in enumerate(shown.itertuples(index=False), start=1))
        ax.annotate(textwrap.fill(note, int(ax.figure.get_size_inches()[0] * 15)), xy=(0, -0.16), xycoords="axes fraction",
                    fontsize=6.5, color=PALETTE[5], va="top", ha="left")


def time_lines(data: pd.DataFrame, date: str, value: str, *, group: str | None = None, title: str, subtitle: str | None = None,
               labels: dict | None = None, decimals: int = 0, suffix: str = "", events: pd.DataFrame | None = None):
    """One line per group over time (German dates and numbers), events marked. Returns ``(fig, ax)``."""
    fig, ax = new_figure(title, subtitle)
    groups = [(None, data)] if group is None else list(data.groupby(group, sort=False))
    for i, (name, part) in enumerate(groups):
        ax.plot(part[date], part[value], color=PALETTE[i % len(PALETTE)], linewidth=1.6, marker="o" if len(part) < 30 else None,
                markersize=3, label=None if name is None else (labels or {}).get(name, name))
    pad_date_axis(ax, data[date], months=1)
    format_month_axis(ax)
    format_numbers(ax, "y", decimals, suffix)
    ax.set_ylim(bottom=0)
    if group is not None and len(groups) > 1:
        ax.legend(loc="best", ncols=min(len(groups), 3), frameon=True, facecolor="white", edgecolor="none", framealpha=0.85)
    if events is not None:
        mark_events(ax, events)
    return fig, ax


def small_multiples(data: pd.DataFrame, date: str, value: str, group: str, *, title: str, subtitle: str | None = None,
                    labels: dict | None = None, ncols: int = 3, decimals: int = 0, suffix: str = ""):
    """One small panel per group with a shared y axis, for comparing shapes over time.
    Returns ``(fig, axes)``."""
    names = list(dict.fromkeys(data[group]))
    nrows = max(1, -(-len(names) // ncols))
    heading = f"{title}: {subtitle}" if subtitle else title  # every panel's title is its group
    fig, axes = new_figure(heading, None, nrows=nrows, ncols=ncols, figsize=(FIGSIZE[0], 1.5 + 1.6 * nrows), sharex=True, sharey=True)
    flat = list(np.ravel(axes))
    for ax, name in zip(flat, names):
        part = data[data[group] == name]
        ax.fill_between(part[date], part[value], color=ACCENT, alpha=0.25, step="mid")
        ax.plot(part[date], part[value], color=ACCENT, linewidth=1.2, drawstyle="steps-mid")
        ax.set_title(str((labels or {}).get(name, name)), fontsize=8, loc="left", fontweight="bold")
        format_numbers(ax, "y", decimals, suffix)
    for ax in flat[len(names):]:
        ax.set_axis_off()
    if names:
        pad_date_axis(flat[0], data[date], months=1)
        format_month_axis(flat[0], max_ticks=4)
        for ax in flat[: len(names)]:
            ax.tick_params(axis="x", labelrotation=30, labelsize=6.5)
    return fig, axes
