"""The per-article analysis on a Dask cluster: ``python -m analysis build --engine dask``.

The build loads and normalises the inputs as always (one pass over the files, duplicates
need the whole corpus). For each chunk of the build, the articles that need analysing are
written as partitioned Parquet into ``<out>/.dask/<step>/articles/``; every worker reads its partitions, finds the
figures and the actor mentions with the same functions as the local engine, and writes
partitioned Parquet to ``<out>/.dask/figures/result/`` and ``<out>/.dask/mentions/result/``. The build
reads them back in partition order, so the tables are identical to the local engine's.

Workers build the actor dictionary themselves from the dictionary *text* (the package's
plus the user's ``actors.yaml``), so a remote cluster needs the package installed, not
access to the project folder; it does need the work folder ``<out>/.dask/`` on a shared
file system (or pass a shared ``work_dir``). Without ``--scheduler`` a local cluster of
worker processes is started for the run.

Dask moves data between its processes with its own serialisation (pickle for pandas
frames): run it only on a cluster you trust, as with any Dask workload.
"""

from __future__ import annotations

import logging
import shutil
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import pandas as pd

from . import schema

log = logging.getLogger(__name__)

#: Articles per partition: small enough to spread a few thousand articles over workers.
PARTITION_ARTICLES = 250
_ARTICLE_COLUMNS = ["article_id", "title", "text", "published", "date_precision", "outlet", "url"]


@lru_cache(maxsize=4)
def _worker_lexicon(extra_yaml: str | None):
    """The lexicon on a worker, built once per dictionary text."""
    from .lexicon import DEFAULT_DICTIONARY, _merge, build_lexicon, load_lexicon, read_dictionary, safe_yaml

    if extra_yaml is None:
        return load_lexicon()
    return build_lexicon(_merge(read_dictionary(DEFAULT_DICTIONARY), safe_yaml(extra_yaml) or {}))


def _figures_partition(part: pd.DataFrame, extra_yaml: str | None) -> pd.DataFrame:
    from .spending import extract_figures

    return extract_figures(part, lexicon=_worker_lexicon(extra_yaml), progress=False)


def _mentions_partition(part: pd.DataFrame, extra_yaml: str | None) -> pd.DataFrame:
    from .actors import find_mentions

    return find_mentions(part, lexicon=_worker_lexicon(extra_yaml), progress=False)


def write_partitions(frame: pd.DataFrame, folder: Path, rows_per_part: int = PARTITION_ARTICLES) -> list[Path]:
    """Write ``frame`` as ``part-00000.parquet`` ... of at most ``rows_per_part`` rows."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for n, start in enumerate(range(0, max(len(frame), 1), rows_per_part)):
        path = folder / f"part-{n:05d}.parquet"
        frame.iloc[start : start + rows_per_part].to_parquet(path, index=False)
        written.append(path)
    return written


def read_partitions(folder: Path) -> pd.DataFrame:
    """The parts of a partitioned table, concatenated in part order."""
    parts = sorted(folder.glob("*.parquet"))
    return pd.concat([pd.read_parquet(p) for p in parts], ignore_index=True) if parts else pd.DataFrame()


@contextmanager
def dask_client(scheduler: str | None = None, workers: int = 2):
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers``
    processes started (and stopped) for the run."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


class DaskEngine:
    """Runs figure and mention extraction of articles on a Dask cluster."""

    def __init__(self, client, work_dir: Path, extra_yaml: str | None = None):
        self.client, self.work_dir, self.extra_yaml = client, Path(work_dir), extra_yaml

    def _run(self, name: str, articles: pd.DataFrame, function, table_schema: dict) -> pd.DataFrame:
        import dask.dataframe as dd

        source, target = self.work_dir / name / "articles", self.work_dir / name / "result"
        for folder in (source, target):
            shutil.rmtree(folder, ignore_errors=True)
        meta = schema.conform(pd.DataFrame(columns=list(table_schema)), table_schema)
        if articles.empty:
            return meta
        write_partitions(articles[[c for c in _ARTICLE_COLUMNS if c in articles]].reset_index(drop=True), source)
        ddf = dd.read_parquet(str(source), split_row_groups=False)
        result = ddf.map_partitions(function, self.extra_yaml, meta=meta, align_dataframes=False)
        self.client.compute(result.to_parquet(str(target), write_index=False, compute=False, name_function=lambda i: f"part-{i:05d}.parquet")).result()
        return read_partitions(target)

    def figures(self, articles: pd.DataFrame) -> pd.DataFrame:
        return self._run("figures", articles, _figures_partition, schema.FIGURES)

    def mentions(self, articles: pd.DataFrame) -> pd.DataFrame:
        return self._run("mentions", articles, _mentions_partition, schema.MENTIONS)
