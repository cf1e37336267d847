"""Build ``data/processed/`` from ``data/raw/``: load, check, write, summarise."""

from __future__ import annotations

import logging
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from . import paths, schema
from .actors import find_mentions
from .cache import CACHE_DIR_NAME, FIGURES_MODULES, LIBRARIES, MENTIONS_MODULES, Cache, article_keys, cached_extraction, code_fingerprint, digest
from .coverage import load_events
from .lexicon import Lexicon, load_lexicon
from .loading import Corpus, load_corpus, loader_cache, signature_cache
from .spending import extract_figures
from .store import write_tables

log = logging.getLogger(__name__)


class RawFolderMissing(FileNotFoundError):
    """The raw folder given to the build does not exist."""


def build(
    raw_dir: Path | None = None,
    out_dir: Path | None = None,
    *,
    field_map=None,
    progress: bool | None = None,
    incremental: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
) -> tuple[Corpus, list[Path]]:
    """Load every input under ``raw_dir`` and write the processed tables to ``out_dir``.

    With ``incremental`` (the default), what earlier builds computed is reused from
    ``out_dir/.cache/`` (see :mod:`analysis.cache`): unchanged input files are not read
    again and unchanged articles are not analysed again; the tables are the same as a
    build from scratch. ``corpus.changes`` says what changed since the last build.

    ``engine="dask"`` runs the per-article analysis on a Dask cluster (the scheduler at
    ``scheduler``, or a local cluster of ``workers`` processes); see
    :mod:`analysis.distributed`. The tables are the same as with the local engine.

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
    cache_dir = out_dir / CACHE_DIR_NAME if incremental else None
    previous = previous_articles(out_dir)
    corpus = load_corpus(raw_dir, field_map=field_map, progress=progress, cache=loader_cache(cache_dir, field_map), signatures=signature_cache(cache_dir))
    keys = article_keys(corpus.articles)
    with _extractors(engine, lexicon, override, out_dir, scheduler, workers, progress) as (find_figures, find_actors):
        figures, n_figures_run = extract_figures_cached(corpus.articles, lexicon, cache_dir, progress, keys, find_figures)
        mentions, n_mentions_run = find_mentions_cached(corpus.articles, lexicon, cache_dir, progress, keys, find_actors)
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
    _save_index(out_dir, corpus)
    corpus.extra_counts["figures"] = len(figures)
    corpus.extra_counts["defence figures"] = int(figures["is_defence"].sum())
    corpus.extra_counts["actor mentions"] = int(mentions["actor_id"].notna().sum())
    corpus.changes = {**changes_since(previous, corpus.index), "files read": corpus.n_files - corpus.reused_files,
                      "files reused": corpus.reused_files, "figures run": n_figures_run, "mentions run": n_mentions_run,
                      "analysis reused": len(corpus.articles) - max(n_figures_run, n_mentions_run)}
    return corpus, written


ENGINES = ("local", "dask")


@contextmanager
def _extractors(engine: str, lexicon: Lexicon, override: Path, out_dir: Path, scheduler: str | None, workers: int, progress):
    """The two extraction functions (figures, mentions) of an engine."""
    if engine == "local":
        yield (lambda todo: extract_figures(todo, lexicon=lexicon, progress=progress),
               lambda todo: find_mentions(todo, lexicon=lexicon, progress=progress))
        return
    if engine != "dask":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    from .distributed import DaskEngine, dask_client

    extra = override.read_text(encoding="utf-8") if override.exists() else None
    with dask_client(scheduler, workers) as client:
        dask_engine = DaskEngine(client, Path(out_dir) / ".dask", extra)
        yield dask_engine.figures, dask_engine.mentions


def extract_figures_cached(articles: pd.DataFrame, lexicon: Lexicon, cache_dir: Path | None, progress=None, keys=None, extract=None) -> tuple[pd.DataFrame, int]:
    """:func:`spending.extract_figures` (or ``extract``) with per-article results cached in ``cache_dir``."""
    version = digest(code_fingerprint(FIGURES_MODULES, LIBRARIES["figures"]), lexicon.fingerprint)
    extract = extract or (lambda todo: extract_figures(todo, lexicon=lexicon, progress=progress))
    rows, n = cached_extraction(articles, Cache.open(cache_dir, "figures", version), extract, ("article_id", "published"), keys)
    return schema.conform(rows[list(schema.FIGURES)], schema.FIGURES), n


def find_mentions_cached(articles: pd.DataFrame, lexicon: Lexicon, cache_dir: Path | None, progress=None, keys=None, extract=None) -> tuple[pd.DataFrame, int]:
    """:func:`actors.find_mentions` (or ``extract``) with per-article results cached in ``cache_dir``."""
    version = digest(code_fingerprint(MENTIONS_MODULES, LIBRARIES["mentions"]), lexicon.fingerprint)
    extract = extract or (lambda todo: find_mentions(todo, lexicon=lexicon, progress=progress))
    rows, n = cached_extraction(articles, Cache.open(cache_dir, "mentions", version), extract, ("article_id",), keys)
    return schema.conform(rows[list(schema.MENTIONS)], schema.MENTIONS), n


_IDENTITY = ["source_file", "record"]
_CONTENT = ["article_id", "title", "published", "date_precision"]


_INDEX_FILE = "articles-index.parquet"


def previous_articles(out_dir: Path) -> pd.DataFrame | None:
    """Who the last build's articles were (file, record, id, title, date), if there was one."""
    path = Path(out_dir) / CACHE_DIR_NAME / _INDEX_FILE
    if not path.exists():
        return None
    try:
        return pd.read_parquet(path, columns=_IDENTITY + _CONTENT)
    except Exception:  # an unreadable index only means: no comparison
        log.warning("could not read %s; the change report starts afresh", path)
        return None


def _save_index(out_dir: Path, corpus: Corpus) -> None:
    folder = Path(out_dir) / CACHE_DIR_NAME
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (_INDEX_FILE + ".tmp")
    corpus.index.to_parquet(tmp, index=False)
    tmp.replace(folder / _INDEX_FILE)


def changes_since(previous: pd.DataFrame | None, current: pd.DataFrame) -> dict[str, int]:
    """Articles new, changed (text, title or date), unchanged and removed since ``previous``."""
    if previous is None:
        return {"new": len(current), "changed": 0, "unchanged": 0, "removed": 0}

    def joined(df: pd.DataFrame, columns: list[str]) -> pd.Series:
        out = df[columns[0]].astype("string").fillna("")
        for column in columns[1:]:
            out = out + "|" + df[column].astype("string").fillna("")
        return out

    before = pd.Series(joined(previous, _CONTENT).to_numpy(), index=joined(previous, _IDENTITY).to_numpy())
    now = pd.Series(joined(current, _CONTENT).to_numpy(), index=joined(current, _IDENTITY).to_numpy())
    both = now.index.intersection(before.index)
    changed = int((now[both].to_numpy() != before[both].to_numpy()).sum())
    return {"new": int((~now.index.isin(before.index)).sum()), "changed": changed, "unchanged": len(both) - changed,
            "removed": int((~before.index.isin(now.index)).sum())}


def format_summary(corpus: Corpus, raw_dir: Path, written: list[Path], *, max_rejects: int = 10) -> str:
    """The text the build prints: counts, then the first rejects with their reasons."""
    counts = corpus.summary()
    lines = [f"Read {counts['inputs']} inputs from {raw_dir}"]
    names = ("articles", "rejects", "undated", "duplicates", "notes", *corpus.extra_counts)
    lines += [f"  {name:<16}{counts.get(name, corpus.extra_counts.get(name)):>7}" for name in names]
    if corpus.changes:
        c = corpus.changes
        lines.append(f"Since the last build: {c['new']} new, {c['changed']} changed, {c['unchanged']} unchanged, {c['removed']} removed articles")
        lines.append(f"  input files read {c['files read']}, reused from the cache {c['files reused']}; "
                     f"articles analysed for figures {c['figures run']}, for actors {c['mentions run']}, "
                     f"taken from the cache {c['analysis reused']}")
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
