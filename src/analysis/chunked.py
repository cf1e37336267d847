"""The build in chunks: memory bounded by the chunk size, not by the corpus.

1. **Read.** Input files are read one at a time (or taken from the loader cache); every
   ``CHUNK_ARTICLES`` articles, the chunk is finished (sidecar applied, impossible dates
   dropped) and written with its texts as Parquet into the staging folder. Only a light
   index stays in memory: file, record, title, date, text id and duplicate signature.
2. **Ids and duplicates** are assigned on the index, for the whole corpus at once; the few
   texts that candidate pairs need are read back from their chunks.
3. **Analyse and write.** Chunk by chunk, the articles get their ids and are appended to
   ``articles.parquet``; their figures and mentions are found (or taken from the cache)
   and appended to ``figures.parquet`` and ``mentions.parquet``. The staged tables are
   then moved into place as a set (:func:`analysis.store.commit`).

The tables are the same as :func:`analysis.loading.load_corpus` followed by
:func:`analysis.spending.extract_figures` and :func:`analysis.actors.find_mentions` on the
whole corpus (``tests/test_incremental.py`` and ``tests/test_chunked.py`` check it).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from . import patterns as P
from .progress import progress_bar
from .cache import Cache, PartedCache
from .duplicates import find_duplicates
from .duplicates import signatures as duplicate_signatures
from .items import Note, RawArticle, Reject
from .memory import release_memory
from .loading import (
    CountMismatch,
    _show_progress,
    _sidecar_rows,
    apply_sidecar,
    content_id,
    drop_implausible_dates,
    raw_articles_frame,
    read_file,
    read_units,
    scan_inputs,
)

log = logging.getLogger(__name__)

#: Articles per chunk: the texts of one chunk (and the figures and mentions found in it)
#: are what the build holds in memory at a time.
CHUNK_ARTICLES = 5_000
#: Shingle sets kept while checking duplicate candidates.
_SHINGLE_CACHE = 20_000

_INDEX_COLUMNS = ["source_file", "record", "title", "published", "date_precision", "base_id", "chunk", "row", "n_words"]


@dataclass
class ChunkedRead:
    """What reading in chunks gives: the light index, the chunk files, and the rest."""

    index: pd.DataFrame
    chunk_paths: list[Path]
    rejects: list[Reject] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    n_inputs: int = 0
    n_files: int = 0
    reused_files: int = 0  # inputs (files, archive members) restored from the loader cache
    read_inputs: int = 0  # inputs read afresh
    signatures: dict[str, bytes] = field(default_factory=dict)  # text id -> duplicate signature
    last_chunk: pd.DataFrame | None = None  # the last chunk, kept in memory instead of a file

    def chunk_frame(self, k: int, columns: list[str] | None = None) -> pd.DataFrame:
        """The articles of chunk ``k`` as read (no ids)."""
        if k == len(self.chunk_paths) - 1 and self.last_chunk is not None:
            return self.last_chunk if columns is None else self.last_chunk[columns]
        return pd.read_parquet(self.chunk_paths[k], columns=columns)


def read_in_chunks(
    source: Path,
    staging: Path,
    *,
    loaded: PartedCache,
    signatures: Cache,
    field_map=None,
    min_words: int = P.MIN_ARTICLE_WORDS,
    progress: bool | None = None,
    chunk_articles: int = CHUNK_ARTICLES,
    signatures_of=duplicate_signatures,
    reader=read_units,
) -> ChunkedRead:
    """Read every input under ``source``; write each chunk of articles to ``staging``.
    ``signatures_of(texts)`` gives the duplicate signatures of texts (see
    :func:`analysis.duplicates.signatures`), ``reader`` reads a batch of inputs (see
    :func:`analysis.loading.read_file`); the build passes versions that use every core."""
    scan = scan_inputs(source)
    out = ChunkedRead(pd.DataFrame(columns=_INDEX_COLUMNS), [], list(scan.rejects), list(scan.skipped), len(scan.rejects), len(scan.files))
    sidecar_rows, sidecar_notes = _sidecar_rows(source / "metadata.csv" if source.is_dir() else None)
    out.notes += sidecar_notes
    matched: set[int] = set()
    pending: list[RawArticle] = []
    index_parts: list[pd.DataFrame] = []
    signature_of: dict[str, bytes] = {}
    known = signatures.rows_for(signatures.keys)
    if known is not None:
        signature_of.update(zip(known["cache_key"], known["signature"]))
    used_keys: set[str] = set()
    chunk_dir = staging / "chunks"
    chunk_dir.mkdir(parents=True, exist_ok=True)

    def flush(last: bool = False) -> None:
        if not pending:
            return
        out.notes.extend(apply_sidecar(pending, sidecar_rows, matched=matched))
        out.notes.extend(drop_implausible_dates(pending))
        frame = raw_articles_frame(pending).drop(columns=["article_id", "duplicate_of"])
        frame["base_id"] = frame["text"].map(content_id)
        missing = [i for i, b in enumerate(frame["base_id"]) if b not in signature_of]
        for i, sig in zip(missing, signatures_of(frame["text"].iloc[missing].tolist()) if missing else []):
            signature_of[frame["base_id"].iat[i]] = sig.tobytes()
        k = len(out.chunk_paths)
        path = chunk_dir / f"chunk-{k:05d}.parquet"
        if last:  # the last chunk stays in memory: it is the next one analysed (and a small corpus is one chunk)
            out.last_chunk = frame
        else:
            frame.to_parquet(path, index=False)
        out.chunk_paths.append(path)
        index_parts.append(frame.assign(chunk=k, row=range(len(frame)))[_INDEX_COLUMNS])
        pending.clear()
        if not last:
            del frame
            release_memory()

    bar = progress_bar(total=0, desc="reading articles", unit="article", disable=not _show_progress(progress, scan.files))
    for path in scan.files:
        for got, how in read_file(path, path.relative_to(scan.root).as_posix(), field_map, min_words, loaded, used_keys, reader):
            out.reused_files += how == "reused"
            out.read_inputs += how == "read"
            bar.total += got.n_inputs
            bar.update(got.n_inputs)
            out.n_inputs += got.n_inputs
            out.rejects += got.rejects
            out.notes += got.notes
            pending.extend(got.articles)
            if len(pending) >= chunk_articles:
                flush()
    flush(last=True)
    bar.close()
    out.notes.extend(Note(r["sidecar"], r["row"], "sidecar_unmatched", f"no input file named {r['file']!r}") for i, r in enumerate(sidecar_rows) if i not in matched)
    loaded.keep_only(used_keys)
    out.index = pd.concat(index_parts, ignore_index=True) if index_parts else out.index
    bases = sorted(set(out.index["base_id"]))
    signatures.save(pd.DataFrame({"cache_key": pd.Series(bases, dtype="string"), "signature": [signature_of[b] for b in bases]}), bases)
    out.signatures = signature_of
    return out


class ChunkTexts(Sequence):
    """The texts of the articles in ``order`` (positions into the index), read from
    their chunk files only when asked for; a few chunks are kept."""

    def __init__(self, read: ChunkedRead, order: np.ndarray, keep: int = 2):
        self.chunk = read.index["chunk"].to_numpy()[order]
        self.row = read.index["row"].to_numpy()[order]
        self.read, self.keep = read, keep
        self._texts: OrderedDict[int, list[str]] = OrderedDict()

    def __len__(self) -> int:
        return len(self.chunk)

    def __getitem__(self, i):
        k = int(self.chunk[i])
        if k not in self._texts:
            self._texts[k] = self.read.chunk_frame(k, ["text"])["text"].tolist()
            if len(self._texts) > self.keep:
                self._texts.popitem(last=False)
        self._texts.move_to_end(k)
        return self._texts[k][int(self.row[i])]


def assign_ids(read: ChunkedRead) -> tuple[pd.Series, pd.Series]:
    """``article_id`` and ``duplicate_of`` for every index row, as the in-memory load
    assigns them: the first copy (earliest date, then file and record) is the original."""
    index = read.index
    order = index.sort_values(["published", "source_file", "record"], na_position="last", kind="stable").index.to_numpy()
    base = index["base_id"].to_numpy()[order]
    base_s = pd.Series(base)
    copy_number = base_s.groupby(base_s).cumcount() + 1
    ids_sorted = base_s.where(copy_number == 1, base_s + "-" + copy_number.astype(str))
    sigs = np.stack([np.frombuffer(read.signatures[b], dtype=np.uint64) for b in base]) if len(base) else np.zeros((0, 0), dtype=np.uint64)
    texts = ChunkTexts(read, order)
    first = find_duplicates(texts, signatures_of=sigs, max_cached=_SHINGLE_CACHE, groups=texts.chunk)
    dup_sorted = [ids_sorted.iat[i] if i is not None else None for i in first]
    article_id = pd.Series(index=index.index, dtype="string")
    duplicate_of = pd.Series(index=index.index, dtype="string")
    article_id.iloc[order] = ids_sorted.to_numpy()
    duplicate_of.iloc[order] = pd.array(dup_sorted, dtype="string")
    return article_id, duplicate_of


def chunk_articles(read: ChunkedRead, k: int, article_id: pd.Series, duplicate_of: pd.Series) -> pd.DataFrame:
    """The articles of chunk ``k`` with ids, in the schema of ``articles.parquet`` (plus ``record``)."""
    frame = read.chunk_frame(k).copy()
    rows = read.index.index[read.index["chunk"] == k]
    frame["article_id"] = article_id.loc[rows].to_numpy()
    frame["duplicate_of"] = duplicate_of.loc[rows].to_numpy()
    return frame


def check_counts(read: ChunkedRead) -> None:
    """Inputs = articles + rejects, or :class:`CountMismatch`."""
    if len(read.index) + len(read.rejects) != read.n_inputs:
        raise CountMismatch(f"{read.n_inputs} inputs but {len(read.index)} articles + {len(read.rejects)} rejects")

