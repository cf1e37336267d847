"""Build ``data/processed/`` from ``data/raw/``: load, check, write, summarise."""

from __future__ import annotations

import logging
from pathlib import Path

from . import paths
from .actors import find_mentions
from .coverage import load_events
from .lexicon import load_lexicon
from .loading import Corpus, load_corpus
from .spending import extract_figures
from .store import write_tables

log = logging.getLogger(__name__)


class RawFolderMissing(FileNotFoundError):
    """The raw folder given to the build does not exist."""


def build(raw_dir: Path | None = None, out_dir: Path | None = None, *, field_map=None, progress: bool | None = None) -> tuple[Corpus, list[Path]]:
    """Load every input under ``raw_dir`` and write the processed tables to ``out_dir``.

    Returns the loaded corpus and the files written. Raises :class:`RawFolderMissing`
    when ``raw_dir`` does not exist, ``DictionaryError`` / ``EventsError`` when the control
    files ``actors.yaml`` / ``events.csv`` in it cannot be used; nothing is written then.
    """
    raw_dir = Path(raw_dir or paths.RAW_DIR)
    out_dir = Path(out_dir or paths.PROCESSED_DIR)
    if not raw_dir.is_dir():
        raise RawFolderMissing(f"raw folder does not exist: {raw_dir}")
    override = raw_dir / paths.ACTORS_OVERRIDE
    lexicon = load_lexicon(override if override.exists() else None)  # control files first: fail before the long part
    load_events(raw_dir / paths.EVENTS_OVERRIDE)
    corpus = load_corpus(raw_dir, field_map=field_map, progress=progress)
    figures = extract_figures(corpus.articles, lexicon=lexicon, progress=progress)
    mentions = find_mentions(corpus.articles, lexicon=lexicon, progress=progress)
    written = write_tables(
        out_dir,
        {
            paths.ARTICLES_FILE: corpus.articles,
            paths.REJECTS_FILE: corpus.rejects,
            paths.NOTES_FILE: corpus.notes,
            paths.FIGURES_FILE: figures,
            paths.MENTIONS_FILE: mentions,
        },
    )
    corpus.extra_counts["figures"] = len(figures)
    corpus.extra_counts["defence figures"] = int(figures["is_defence"].sum())
    corpus.extra_counts["actor mentions"] = int(mentions["actor_id"].notna().sum())
    return corpus, written


def format_summary(corpus: Corpus, raw_dir: Path, written: list[Path], *, max_rejects: int = 10) -> str:
    """The text the build prints: counts, then the first rejects with their reasons."""
    counts = corpus.summary()
    lines = [f"Read {counts['inputs']} inputs from {raw_dir}"]
    names = ("articles", "rejects", "undated", "duplicates", "notes", *corpus.extra_counts)
    lines += [f"  {name:<16}{counts.get(name, corpus.extra_counts.get(name)):>7}" for name in names]
    if len(corpus.notes):
        kinds = corpus.notes["kind"].value_counts().sort_index()
        lines.append(f"Notes in {paths.NOTES_FILE}: " + ", ".join(f"{kind} {n}" for kind, n in kinds.items()))
        for row in corpus.notes[corpus.notes["kind"] == "sidecar_invalid"].head(max_rejects).itertuples():
            lines.append(f"  {row.source_file}: {row.message}")
    if len(corpus.rejects):
        lines.append("Rejected:")
        for row in corpus.rejects.head(max_rejects).itertuples():
            where = row.source_file if row.record is None or str(row.record) == "<NA>" else f"{row.source_file}:{row.record}"
            lines.append(f"  {where}: {row.reason}")
        if len(corpus.rejects) > max_rejects:
            lines.append(f"  ... and {len(corpus.rejects) - max_rejects} more in {paths.REJECTS_FILE}")
    lines.append("Wrote " + ", ".join(str(p) for p in written))
    return "\n".join(lines)
