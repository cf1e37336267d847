"""The local engine on every core: the per-article analysis in worker processes.

:class:`LocalPool` splits the articles a chunk needs analysed into contiguous batches,
runs figures, mentions and quotations of each batch in a worker process, and joins the
results in input order, so the tables are the same as with one process (each article is
analysed on its own). Articles and results travel between the processes as Parquet bytes,
not as pickled objects. Workers build the actor dictionary from the dictionary *text*
once each (as the Dask workers do). Below :data:`MIN_BATCH` articles per worker the work
stays in this process: starting workers costs more than a small incremental build saves.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

#: Fewest articles a worker process is given; fewer new articles run in this process.
MIN_BATCH = 150
#: Fork where it is safe (Linux: no re-import of the calling script, which then needs no
#: ``if __name__ == "__main__"`` guard); spawn elsewhere (macOS, Windows), which does.
START_METHOD = "fork" if sys.platform.startswith("linux") else "spawn"
_ARTICLE_COLUMNS = ["article_id", "title", "text", "published", "date_precision"]


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


def _run_step(step: str, extra_yaml: str | None, articles: bytes, mentions: bytes | None) -> bytes:
    """One step on one batch, in a worker process."""
    from .distributed import _worker_lexicon

    lexicon = _worker_lexicon(extra_yaml)
    todo = from_parquet_bytes(articles)
    if step == "figures":
        from .spending import extract_figures

        result = extract_figures(todo, lexicon=lexicon, progress=False)
    elif step == "mentions":
        from .actors import find_mentions

        result = find_mentions(todo, lexicon=lexicon, progress=False)
    else:
        from .quotes import find_quotes

        result = find_quotes(todo, lexicon, mentions=from_parquet_bytes(mentions))
    return to_parquet_bytes(result)


def batches(n: int, workers: int, min_batch: int) -> list[tuple[int, int]]:
    """Contiguous ``(start, stop)`` ranges over ``n`` articles: a few per worker (for an
    even load), none smaller than ``min_batch`` unless there is only one."""
    size = max(min_batch, -(-n // (workers * 3))) if n else 1
    return [(start, min(start + size, n)) for start in range(0, n, size)]


class LocalPool:
    """Figures, mentions and quotations of articles on ``workers`` processes."""

    def __init__(self, workers: int, extra_yaml: str | None, local_functions):
        self.workers, self.extra_yaml = workers, extra_yaml
        self.local_figures, self.local_mentions, self.local_quotes = local_functions
        self._executor = None

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:  # started at the first large batch: small builds never pay for it
            self._executor = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context(START_METHOD))
        return self._executor

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown()
            self._executor = None

    def _map(self, step: str, todo: pd.DataFrame, mentions: pd.DataFrame | None = None) -> pd.DataFrame | None:
        """The step's rows of ``todo`` from the workers, in input order; None when ``todo``
        is too small to share out."""
        if self.workers < 2 or len(todo) < 2 * MIN_BATCH:
            return None
        todo = todo[_ARTICLE_COLUMNS].reset_index(drop=True)
        futures = []
        for start, stop in batches(len(todo), self.workers, MIN_BATCH):
            part = todo.iloc[start:stop]
            part_mentions = None if mentions is None else to_parquet_bytes(mentions[mentions["article_id"].isin(part["article_id"])])
            futures.append(self._pool().submit(_run_step, step, self.extra_yaml, to_parquet_bytes(part), part_mentions))
        results = [from_parquet_bytes(f.result()) for f in futures]
        return pd.concat(results, ignore_index=True)

    def figures(self, todo: pd.DataFrame) -> pd.DataFrame:
        result = self._map("figures", todo)
        return self.local_figures(todo) if result is None else result

    def mentions(self, todo: pd.DataFrame) -> pd.DataFrame:
        result = self._map("mentions", todo)
        return self.local_mentions(todo) if result is None else result

    def quotes(self, todo: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
        result = self._map("quotes", todo, mentions)
        return self.local_quotes(todo, mentions) if result is None else result
