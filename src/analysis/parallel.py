"""The local engine on every core: reading and the per-article analysis in worker processes.

:class:`LocalPool` splits work into contiguous batches (the records of a large export, the
texts that need duplicate signatures, the articles that need figures, mentions and
quotations: all three in one pass per batch), runs them in worker processes and joins the
results in input order, so the tables are the same as with one process (each input and
article is handled on its own). Data travels between the processes as Parquet bytes (input
records as JSON), not as pickled objects. Workers build the actor dictionary from the
dictionary *text* once each (as the Dask workers do). Fewer than ``2 * MIN_BATCH`` items
stay in this process: starting workers costs more than a small incremental build saves.
"""

from __future__ import annotations

import io
import logging
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import numpy as np
import pandas as pd

from . import schema
from .distributed import _ARTICLE_COLUMNS
from .memory import release_memory

log = logging.getLogger(__name__)

#: Fewest articles a worker process is given; fewer new articles run in this process.
MIN_BATCH = 150
#: Fork where it is safe (Linux: no re-import of the calling script, which then needs no
#: ``if __name__ == "__main__"`` guard); spawn elsewhere (macOS, Windows), which does.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"


def machine_cores() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return max(1, os.cpu_count() or 1)


def to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()


def from_parquet_bytes(data: bytes) -> pd.DataFrame:
    return pd.read_parquet(io.BytesIO(data))


def _signatures_of(texts: bytes) -> bytes:
    """Duplicate signatures of a batch of texts, in a worker process."""
    from .duplicates import signatures

    return signatures(from_parquet_bytes(texts)["text"].tolist()).tobytes()


_ONE_FILE = "k"  # the cache key of a batch's units in the rows a reading worker hands back


def _read_batch(units: str, field_map: dict | None, min_words: int) -> bytes:
    """Articles, notes and rejects of a batch of input units (JSON), in a worker process, as
    the loader cache's rows."""
    from .loading import loaded_rows, read_units, units_from_json

    batch = units_from_json(units)
    got = read_units(batch, field_map, min_words)
    out = to_parquet_bytes(loaded_rows(got, {u.source_file: _ONE_FILE for u in batch}))
    del batch, got
    release_memory()
    return out


def _analyse_batch(extra_yaml: str | None, articles: bytes, mentions: bytes | None) -> tuple[bytes, bytes, bytes]:
    """Figures, mentions and quotations of one batch, in a worker process (one pass, so
    that the three steps share the worker's cache of sentence splits). With ``mentions``
    given, only the quotations are found, of those mentions."""
    from .actors import find_mentions
    from .distributed import _worker_lexicon
    from .quotes import find_quotes
    from .spending import extract_figures

    lexicon = _worker_lexicon(extra_yaml)
    todo = from_parquet_bytes(articles)
    if mentions is not None:
        return b"", b"", to_parquet_bytes(find_quotes(todo, lexicon, mentions=from_parquet_bytes(mentions)))
    figures = extract_figures(todo, lexicon=lexicon, progress=False)
    found = schema.conform(find_mentions(todo, lexicon=lexicon, progress=False), schema.MENTIONS)  # as the build gives them to quotes
    quotes = find_quotes(todo, lexicon, mentions=found)
    out = to_parquet_bytes(figures), to_parquet_bytes(found), to_parquet_bytes(quotes)
    del todo, figures, found, quotes
    release_memory()  # a worker's resident size stays that of one batch
    return out


def batches(n: int, workers: int, min_batch: int) -> list[tuple[int, int]]:
    """Contiguous ``(start, stop)`` ranges over ``n`` articles: a few per worker (for an
    even load), none smaller than ``min_batch`` unless there is only one."""
    size = max(min_batch, -(-n // (workers * 3))) if n else 1
    return [(start, min(start + size, n)) for start in range(0, n, size)]


class LocalPool:
    """Reading, duplicate signatures, figures, mentions and quotations of articles on ``workers``
    processes; ``local_functions`` (figures, mentions, quotations) run batches too small
    to share out in this process."""

    def __init__(self, workers: int, extra_yaml: str | None, local_functions):
        self.workers, self.extra_yaml = workers, extra_yaml
        self.local_figures, self.local_mentions, self.local_quotes = local_functions
        self._executor = None
        self._ahead: tuple[tuple, list] | None = None  # (article ids, [figures, mentions, quotations]) of the last batch

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:  # started at the first large batch: small builds never pay for it
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(START_METHOD))
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None

    def _shares(self, n: int) -> bool:
        return self.workers >= 2 and n >= 2 * MIN_BATCH

    def _run(self, function, calls: list[tuple]) -> list | None:
        """``function(*args)`` for each of ``calls`` in the workers, results in call order; None
        when the workers cannot run (a worker killed, say for lack of memory, or no process
        could be started): the build then goes on in this process."""
        try:
            futures = [self._pool().submit(function, *args) for args in calls]
            return [f.result() for f in futures]
        except (BrokenProcessPool, OSError) as exc:
            log.warning("worker processes failed (%s: %s); the build goes on in this process", type(exc).__name__, exc)
            if self._executor is not None:
                self._executor.shutdown(wait=False, cancel_futures=True)
                self._executor = None
            self.workers = 1
            return None

    def _map(self, todo: pd.DataFrame, mentions: pd.DataFrame | None = None) -> list[pd.DataFrame] | None:
        """Figures, mentions and quotations of ``todo`` from the workers (only quotations,
        when ``mentions`` are given), each joined in input order; None when the workers failed."""
        todo = todo[[c for c in _ARTICLE_COLUMNS if c in todo]].reset_index(drop=True)
        calls = []
        for start, stop in batches(len(todo), self.workers, MIN_BATCH):
            part = todo.iloc[start:stop]
            part_mentions = None if mentions is None else to_parquet_bytes(mentions[mentions["article_id"].isin(part["article_id"])])
            calls.append((self.extra_yaml, to_parquet_bytes(part), part_mentions))
        results = self._run(_analyse_batch, calls)
        if results is None:
            return None
        return [pd.concat([from_parquet_bytes(r[i]) for r in results], ignore_index=True) if results[0][i] else None for i in range(3)]

    def signatures(self, texts: list[str]) -> np.ndarray:
        """:func:`analysis.duplicates.signatures` of ``texts``, in the workers when they are many."""
        from .duplicates import signatures

        if not self._shares(len(texts)):
            return signatures(texts)
        results = self._run(_signatures_of, [(to_parquet_bytes(pd.DataFrame({"text": texts[start:stop]})),)
                                             for start, stop in batches(len(texts), self.workers, MIN_BATCH)])
        if results is None:
            return signatures(texts)
        return np.concatenate([np.frombuffer(r, dtype=np.uint64) for r in results]).reshape(len(texts), -1)

    def read_units(self, units: list, field_map, min_words: int):
        """:func:`analysis.loading.read_units`, in the workers when the units are many and
        plain JSON data (records of an export), else in this process."""
        from .loading import read_units, restore_loaded, units_to_json

        if not self._shares(len(units)):
            return read_units(units, field_map, min_words)
        parts = [units_to_json(units[start:stop]) for start, stop in batches(len(units), self.workers, MIN_BATCH)]
        if any(p is None for p in parts):
            return read_units(units, field_map, min_words)
        field_map = dict(field_map) if field_map else None
        results = self._run(_read_batch, [(part, field_map, min_words) for part in parts])
        if results is None:
            return read_units(units, field_map, min_words)
        names = {u.source_file: _ONE_FILE for u in units}
        out = restore_loaded(from_parquet_bytes(results[0]), names)
        for result in results[1:]:
            out.absorb(restore_loaded(from_parquet_bytes(result), names))
        return out

    def _ready(self, i: int, todo: pd.DataFrame) -> pd.DataFrame | None:
        """Rows found ahead for exactly the articles of ``todo`` (step ``i``), else None."""
        if self._ahead is None or self._ahead[0] != tuple(todo["article_id"]):
            return None
        return self._ahead[1][i]

    def figures(self, todo: pd.DataFrame) -> pd.DataFrame:
        """Figures of ``todo``; shared out, the mentions and quotations of the same articles
        are found in the same pass, for :meth:`mentions` and :meth:`quotes` to hand on."""
        self._ahead = None
        if not self._shares(len(todo)):
            return self.local_figures(todo)
        found = self._map(todo)
        if found is None:
            return self.local_figures(todo)
        self._ahead = (tuple(todo["article_id"]), found)
        return found[0]

    def mentions(self, todo: pd.DataFrame) -> pd.DataFrame:
        ready = self._ready(1, todo)
        if ready is not None:
            return ready
        found = self._map(todo) if self._shares(len(todo)) else None
        return self.local_mentions(todo) if found is None else found[1]

    def quotes(self, todo: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
        ready = self._ready(2, todo)
        self._ahead = None
        if ready is not None:
            return ready
        found = self._map(todo, mentions) if self._shares(len(todo)) else None
        return self.local_quotes(todo, mentions) if found is None else found[2]
