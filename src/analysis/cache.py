"""Incremental builds: what was computed for an input or an article is kept and reused.

Four caches live in ``data/processed/.cache/``, each one Parquet file holding the rows and,
in its metadata, the keys it covers (so that "no figures in this article" is remembered too):

- ``loaded``: what reading one input file gave (articles, rejects, notes), keyed by the
  SHA-256 of the file's bytes. Renaming a file reuses it; editing it reads it again.
- ``figures`` and ``mentions``: the rows found in one article, keyed by
  :func:`article_key` (body text, title, date and precision: everything the extraction
  reads), without the ``article_id``, which is attached when the tables are assembled.
- ``signatures``: the MinHash signature of each body text for duplicate detection.

Each cache carries a version: a fingerprint of the source code of the modules its results
depend on and, for figures and mentions, of the actor dictionary. A different version
means the cache is ignored and rebuilt, so changing ``spending.py`` re-runs the figures
only, changing the actor dictionary re-runs figures and mentions (both name actors), and
changing a reader re-reads the inputs. ``patterns.py`` holds the rules of every step, so
changing it re-runs everything. Entries for inputs or articles that are gone are dropped
when the cache is written, so it never grows beyond the corpus.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import version as package_version
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

log = logging.getLogger(__name__)

CACHE_DIR_NAME = ".cache"

#: Modules whose code decides what reading an input gives.
LOAD_MODULES = ("decoding", "textnorm", "dates", "plaintext", "htmlpage", "exports", "language", "items", "loading", "patterns")
#: Modules whose code decides the figures of an article (with the actor dictionary).
FIGURES_MODULES = ("spending", "sentences", "lexicon", "textnorm", "dates", "patterns")
#: Modules whose code decides the mentions of an article (with the actor dictionary).
MENTIONS_MODULES = ("actors", "sentences", "lexicon", "patterns")
#: Modules whose code decides duplicate signatures.
SIGNATURE_MODULES = ("duplicates",)
#: Libraries whose version is part of a fingerprint.
LIBRARIES = {"loaded": ("trafilatura", "lxml"), "figures": ("spacy",), "mentions": ("spacy",), "signatures": ("numpy",)}


def digest(*parts: str | bytes) -> str:
    """16 hex digits of the SHA-256 of the parts (joined unambiguously)."""
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else str(part).encode("utf-8")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:16]


def code_fingerprint(modules: Iterable[str], libraries: Iterable[str] = ()) -> str:
    """A fingerprint of the source files of ``analysis.<module>`` and library versions."""
    parts: list[str | bytes] = []
    for name in modules:
        parts.append(name)
        parts.append(Path(import_module(f"analysis.{name}").__file__).read_bytes())
    parts += [f"{lib}=={package_version(lib)}" for lib in libraries]
    return digest(*parts)


def article_key(text_id: str, title, published, precision: str) -> str:
    """The key of an article's extraction results: everything the extraction reads."""
    when = "" if published is None or pd.isna(published) else pd.Timestamp(published).isoformat()
    return digest(text_id, "" if title is None or pd.isna(title) else str(title), when, precision)


_META_KEY = b"defence_coverage_cache"


@dataclass
class Cache:
    """One cache: rows with a ``cache_key`` column, and the keys and version it covers,
    in one Parquet file (the keys in its metadata), so that they are replaced together."""

    folder: Path | None
    name: str
    version: str
    rows: pd.DataFrame | None = None
    keys: set[str] = field(default_factory=set)

    @property
    def path(self) -> Path:
        return Path(self.folder or ".") / f"{self.name}.parquet"

    @classmethod
    def open(cls, folder: Path | None, name: str, version: str) -> Cache:
        """The cache ``name`` in ``folder`` when it exists with this version, else empty.
        ``folder=None`` gives a cache that is never read or written."""
        cache = cls(folder, name, version)
        if folder is None or not cache.path.exists():
            return cache
        try:
            table = pq.read_table(cache.path)
            meta = json.loads((table.schema.metadata or {})[_META_KEY])
            if meta.get("version") != version:
                log.info("cache %s: version changed, rebuilding", name)
                return cache
            cache.rows, cache.keys = table.to_pandas(), set(meta["keys"])
        except (OSError, ValueError, KeyError, pa.ArrowException) as exc:  # a damaged cache is rebuilt, never trusted
            log.warning("cache %s unreadable (%s); rebuilding it", name, exc)
            cache.rows, cache.keys = None, set()
        return cache

    def hits(self, keys: Iterable[str]) -> set[str]:
        """The keys this cache holds results for."""
        return self.keys & set(keys)

    def rows_for(self, keys: set[str]) -> pd.DataFrame | None:
        """The cached rows of ``keys`` (in their cached order)."""
        if self.rows is None or not keys:
            return None
        return self.rows[self.rows["cache_key"].isin(keys)]

    def save(self, rows: pd.DataFrame, keys: Iterable[str]) -> None:
        """Replace the cache by ``rows`` (with a ``cache_key`` column) covering ``keys``."""
        keys = set(keys)
        if self.folder is not None:
            Path(self.folder).mkdir(parents=True, exist_ok=True)
            table = pa.Table.from_pandas(rows, preserve_index=False)
            meta = {**(table.schema.metadata or {}), _META_KEY: json.dumps({"version": self.version, "keys": sorted(keys)}).encode()}
            tmp = self.path.with_suffix(".tmp")
            pq.write_table(table.replace_schema_metadata(meta), tmp)
            tmp.replace(self.path)
        self.rows, self.keys = rows, keys


def article_keys(articles: pd.DataFrame) -> pd.Series:
    """:func:`article_key` of every row of an articles table."""
    published = articles["published"].map(lambda ts: "" if pd.isna(ts) else ts.isoformat()) if len(articles) else articles["published"]
    return pd.Series(
        [digest(str(i).split("-")[0], "" if t is None or pd.isna(t) else str(t), p, pr)
         for i, t, p, pr in zip(articles["article_id"], articles["title"], published, articles["date_precision"])],
        index=articles.index, dtype="string",
    )


def cached_extraction(articles: pd.DataFrame, cache: Cache, extract, article_columns: tuple[str, ...], keys: pd.Series | None = None) -> tuple[pd.DataFrame, int]:
    """``extract(articles)`` only for articles whose key the cache lacks, cached rows for
    the others; the cache is updated to hold exactly the current articles.

    Returns the rows in the order a full run gives them, and the number of articles
    extracted now. ``article_columns`` are the columns ``extract`` copies from the article
    (``article_id`` first); the cache does not store them, they are attached here.
    """
    keys = article_keys(articles) if keys is None else keys
    hits = cache.hits(keys)
    is_new = ~keys.isin(hits)
    todo = articles[is_new & ~keys.duplicated(keep="first")]  # each new key once: the same key gives the same rows
    fresh = extract(todo)
    key_of = dict(zip(todo["article_id"], keys[todo.index]))
    fresh = fresh.assign(cache_key=fresh["article_id"].map(key_of).astype("string")).drop(columns=list(article_columns))
    cached = cache.rows_for(hits)
    rows = fresh if cached is None else pd.concat([cached, fresh], ignore_index=True) if len(fresh) else cached.reset_index(drop=True)
    cache.save(rows, set(keys))
    order = pd.DataFrame({"cache_key": keys.to_numpy(), "_pos": range(len(keys)), **{c: articles[c].to_numpy() for c in article_columns}})
    out = order.merge(rows.assign(_n=range(len(rows))), on="cache_key", how="inner").sort_values(["_pos", "_n"], kind="stable")
    return out.drop(columns=["cache_key", "_pos", "_n"]).reset_index(drop=True), int(is_new.sum())
