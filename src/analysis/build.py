"""Build ``data/processed/`` from ``data/raw/``: load, check, write, summarise."""

from __future__ import annotations

import json
import logging
from contextlib import contextmanager
from pathlib import Path

import pandas as pd

from . import paths, schema, store
from .actors import find_mentions
from .cache import (
    CACHE_DIR_NAME, FIGURES_MODULES, LIBRARIES, LOAD_MODULES, MENTIONS_MODULES, QUOTES_MODULES, ChunkedCache, PartedCache, article_keys,
    cached_extraction, code_fingerprint, digest,
)
from .chunked import CHUNK_ARTICLES, assign_ids, check_counts, chunk_articles, read_in_chunks
from .coverage import load_events
from .lexicon import Lexicon, load_lexicon
from .loading import Corpus, notes_frame, rejects_frame, signature_cache
from .memory import release_memory
from .parallel import LocalPool, machine_cores
from .quotes import find_quotes, quote_ids, with_quote_ids
from .reference import official_figures
from .spending import extract_figures

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
    workers: int | None = None,
    chunk_articles: int = CHUNK_ARTICLES,
) -> tuple[Corpus, list[Path]]:
    """Load every input under ``raw_dir`` and write the processed tables to ``out_dir``.

    With ``incremental`` (the default), what earlier builds computed is reused from
    ``out_dir/.cache/`` (see :mod:`analysis.cache`): unchanged input files are not read
    again and unchanged articles are not analysed again; the tables are the same as a
    build from scratch. ``corpus.changes`` says what changed since the last build.

    ``engine="dask"`` runs the per-article analysis on a Dask cluster (the scheduler at
    ``scheduler``, or a local cluster of ``workers`` processes); see
    :mod:`analysis.distributed`. The tables are the same as with the local engine.
    The local engine runs the analysis of large batches on ``workers`` processes (default:
    the machine's cores; see :mod:`analysis.parallel`); the tables are the same as with one.

    Returns the loaded corpus and the files written. Raises :class:`RawFolderMissing`
    when ``raw_dir`` does not exist, ``DictionaryError`` / ``EventsError`` / ``WorkbookError``
    when the control files ``actors.yaml`` / ``events.csv`` / ``reference/*.xlsx`` in it cannot
    be used; nothing is written then.
    """
    raw_dir = Path(raw_dir or paths.RAW_DIR)
    out_dir = Path(out_dir or paths.PROCESSED_DIR)
    if not raw_dir.is_dir():
        raise RawFolderMissing(f"raw folder does not exist: {raw_dir}")
    override = raw_dir / paths.ACTORS_OVERRIDE
    lexicon = load_lexicon(override if override.exists() else None)  # control files first: fail before the long part
    load_events(raw_dir / paths.EVENTS_OVERRIDE)
    official = official_figures(raw_dir)  # newer NATO/SIPRI workbooks in raw/reference/: a bad one stops the build here
    cache_dir = out_dir / CACHE_DIR_NAME if incremental else None
    previous = previous_articles(out_dir)
    staging = store.new_staging(out_dir)
    extra = override.read_text(encoding="utf-8") if override.exists() else None
    pool = LocalPool(workers or machine_cores() if engine == "local" else machine_cores(), extra, _local_functions(lexicon, progress))
    try:
        read = read_in_chunks(raw_dir, staging, loaded=loader_parts(cache_dir, field_map), signatures=signature_cache(cache_dir),
                              field_map=field_map, progress=progress, chunk_articles=chunk_articles,
                              signatures_of=pool.signatures, reader=pool.read_units)
        check_counts(read)
        release_memory()
        article_id, duplicate_of = assign_ids(read)
        release_memory()
        with _extractors(engine, pool, out_dir, scheduler, workers) as extractors:
            light, counts = _analyse_chunks(read, article_id, duplicate_of, staging, lexicon, cache_dir, extractors)
        index = light[["source_file", "record", "article_id", "title", "published", "date_precision"]]
        rejects, notes = rejects_frame(read.rejects), notes_frame(read.notes, index)
        schema.check_frame(rejects, schema.REJECTS, "rejects")
        schema.check_frame(notes, schema.NOTES, "notes")
        store.write_frame(rejects, staging / paths.REJECTS_FILE)
        store.write_frame(notes, staging / paths.NOTES_FILE)
        store.write_frame(official, staging / paths.OFFICIAL_FILE)
        written = store.commit(out_dir, staging, [paths.ARTICLES_FILE, paths.REJECTS_FILE, paths.NOTES_FILE, paths.FIGURES_FILE,
                                                  paths.MENTIONS_FILE, paths.QUOTES_FILE, paths.OFFICIAL_FILE])
    finally:
        pool.close()
        store.discard_staging(out_dir, staging)
    corpus = Corpus(light.drop(columns=["record"]), rejects, notes, read.n_inputs, n_files=read.n_files, reused_files=read.reused_files, index=index)
    _save_index(out_dir, corpus)
    corpus.extra_counts.update({name: counts[name] for name in ("figures", "defence figures", "actor mentions", "quotations")})
    corpus.changes = {**changes_since(previous, index), "files read": read.read_inputs,
                      "files reused": read.reused_files, "figures run": counts["figures run"], "mentions run": counts["mentions run"],
                      "quotes run": counts["quotes run"],
                      "analysis reused": len(light) - max(counts["figures run"], counts["mentions run"], counts["quotes run"])}
    return corpus, written


def _analyse_chunks(read, article_id, duplicate_of, staging: Path, lexicon: Lexicon, cache_dir: Path | None, extractors) -> tuple[pd.DataFrame, dict]:
    """Chunk by chunk: articles with ids appended to articles.parquet, their figures and
    mentions found (or taken from the cache) and appended to theirs. Returns the articles
    without their texts, and counts."""
    find_figures, find_actors, find_quotes_of = extractors
    figure_cache = ChunkedCache.open(cache_dir, "figures", digest(code_fingerprint(FIGURES_MODULES, LIBRARIES["figures"]), lexicon.fingerprint))
    mention_cache = ChunkedCache.open(cache_dir, "mentions", digest(code_fingerprint(MENTIONS_MODULES, LIBRARIES["mentions"]), lexicon.fingerprint))
    quote_cache = ChunkedCache.open(cache_dir, "quotes", digest(code_fingerprint(QUOTES_MODULES, LIBRARIES["quotes"]), lexicon.fingerprint))
    writers = {name: store.ChunkedParquet(staging / name, table) for name, table in
               ((paths.ARTICLES_FILE, schema.ARTICLES), (paths.FIGURES_FILE, schema.FIGURES), (paths.MENTIONS_FILE, schema.MENTIONS),
                (paths.QUOTES_FILE, schema.QUOTES))}
    counts = dict.fromkeys(("figures", "defence figures", "actor mentions", "quotations", "figures run", "mentions run", "quotes run"), 0)
    light = []
    for k in range(len(read.chunk_paths)):
        chunk = chunk_articles(read, k, article_id, duplicate_of)
        articles = schema.conform(chunk, schema.ARTICLES)
        schema.check_frame(articles, schema.ARTICLES, "articles")
        writers[paths.ARTICLES_FILE].append(articles)
        keys = article_keys(articles)
        figures, n = cached_extraction(articles, figure_cache, find_figures, ("article_id", "published"), keys)
        counts["figures run"] += n
        mentions, n = cached_extraction(articles, mention_cache, find_actors, ("article_id",), keys)
        mentions = schema.conform(mentions, schema.MENTIONS)
        writers[paths.MENTIONS_FILE].append(mentions)
        counts["mentions run"] += n
        counts["actor mentions"] += int(mentions["actor_id"].notna().sum())

        def quotes_of(todo: pd.DataFrame) -> pd.DataFrame:
            return find_quotes_of(todo, mentions[mentions["article_id"].isin(todo["article_id"])])

        quotes, n = cached_extraction(articles, quote_cache, quotes_of, ("article_id",), keys)
        quotes = with_quote_ids(schema.conform(quotes, schema.QUOTES))
        writers[paths.QUOTES_FILE].append(quotes)
        counts["quotes run"] += n
        counts["quotations"] += len(quotes)
        figures = schema.conform(figures, schema.FIGURES)
        figures["quote_id"] = quote_ids(figures, quotes)
        writers[paths.FIGURES_FILE].append(figures)
        counts["figures"] += len(figures)
        counts["defence figures"] += int(figures["is_defence"].sum())
        light.append(articles.drop(columns=["text"]).assign(record=chunk["record"].astype("Int64").to_numpy()))
        del chunk, articles, figures, mentions, quotes
        release_memory()  # the next chunk reuses the pages, the peak stays that of one chunk
    for writer in writers.values():
        writer.close()
    for cache in (figure_cache, mention_cache, quote_cache):
        cache.finish()
    columns = [c for c in schema.ARTICLES if c != "text"] + ["record"]
    return (pd.concat(light, ignore_index=True) if light else pd.DataFrame(columns=columns)), counts


def loader_parts(cache_dir: Path | None, field_map=None) -> PartedCache:
    """The cache of read input files (in parts: it holds texts)."""
    version = digest(code_fingerprint(LOAD_MODULES, LIBRARIES["loaded"]), json.dumps(dict(field_map or {}), sort_keys=True),
                     (paths.PACKAGE_DATA_DIR / "actors.yaml").read_bytes())  # its names are words for text repairs
    return PartedCache.open(cache_dir / "loaded" if cache_dir is not None else None, version)


ENGINES = ("local", "dask")


def _local_functions(lexicon: Lexicon, progress):
    """Figures, mentions and quotations of articles in this process."""
    return (lambda todo: extract_figures(todo, lexicon=lexicon, progress=progress),
            lambda todo: find_mentions(todo, lexicon=lexicon, progress=progress),
            lambda todo, mentions: find_quotes(todo, lexicon, mentions=mentions))


@contextmanager
def _extractors(engine: str, pool: LocalPool, out_dir: Path, scheduler: str | None, workers: int | None):
    """The three extraction functions (figures, mentions, quotations) of an engine."""
    if engine == "local":
        yield pool.figures, pool.mentions, pool.quotes
        return
    if engine != "dask":
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    from .distributed import DaskEngine, dask_client

    with dask_client(scheduler, workers or 2) as client:
        dask_engine = DaskEngine(client, Path(out_dir) / ".dask", pool.extra_yaml)
        yield dask_engine.figures, dask_engine.mentions, pool.quotes


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
                     f"articles analysed for figures {c['figures run']}, for actors {c['mentions run']}, for quotations {c['quotes run']}, "
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
