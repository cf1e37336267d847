"""Incremental builds: what was computed for an input or an article is kept and reused.

The caches live in ``data/processed/.cache/``; each file holds rows and, in its metadata,
the keys it covers (so that "no figures in this article" is remembered too):

- ``loaded/``: what reading one input file gave (articles, rejects, notes), keyed by the
  SHA-256 of the file's bytes, in parts (:class:`PartedCache`). Renaming a file reuses it;
  editing it reads it again.
- ``figures/``, ``mentions/`` and ``quotes/``: the rows found in one article, keyed by
  :func:`article_keys` (body text, title, date and precision: everything the extraction
  reads), without the ``article_id``, which is attached when the tables are assembled; one
  part per chunk of the build (:class:`ChunkedCache`), so that no build holds them all.
- ``signatures.parquet``: the MinHash signature of each body text for duplicate detection.

Each cache carries a version: a fingerprint of the source code of the modules its results
depend on and, for figures, mentions and quotations, of the actor dictionary. A different
version means the cache is ignored and rebuilt, so changing ``spending.py`` re-runs the
figures only, changing the actor dictionary re-runs figures, mentions and quotations (all name
actors), and changing a reader re-reads the inputs. ``patterns.py`` holds the rules of every
step, so changing it re-runs everything. Entries for inputs or articles that are gone are
dropped when the cache is written, so it never grows beyond the corpus.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import import_module
from importlib.metadata import version as package_version
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

log = logging.getLogger(__name__)

CACHE_DIR_NAME = ".cache"

#: Modules whose code decides what reading an input gives.
LOAD_MODULES = ("decoding", "textnorm", "vocabulary", "dates", "plaintext", "htmlpage", "exports", "inputs", "documents", "language", "items", "loading", "patterns")
#: Modules whose code decides the figures of an article (with the actor dictionary).
FIGURES_MODULES = ("spending", "sentences", "lexicon", "textnorm", "dates", "patterns", "outlets")
#: Modules whose code decides the mentions of an article (with the actor dictionary).
MENTIONS_MODULES = ("actors", "sentences", "lexicon", "patterns")
#: Modules whose code decides the quotations of an article (given its mentions).
QUOTES_MODULES = ("quotes", "actors", "sentences", "lexicon", "patterns", "schema")
#: Modules whose code decides duplicate signatures.
SIGNATURE_MODULES = ("duplicates",)
#: Libraries whose version is part of a fingerprint.
LIBRARIES = {"loaded": ("trafilatura", "lxml", "pyspellchecker", "python-docx", "striprtf", "pypdf"), "figures": ("spacy",), "mentions": ("spacy",), "quotes": ("spacy",), "signatures": ("numpy",)}


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


_META_KEY = b"defence_coverage_cache"


def _arrow(rows) -> pa.Table:
    return rows if isinstance(rows, pa.Table) else pa.Table.from_pandas(rows, preserve_index=False)


def _with_meta(table: pa.Table, version: str, keys: Iterable[str], **extra) -> pa.Table:
    meta = {**(table.schema.metadata or {}), _META_KEY: json.dumps({"version": version, "keys": sorted(set(keys)), **extra}).encode()}
    return table.replace_schema_metadata(meta)


def _meta(path: Path) -> dict:
    return json.loads((pq.read_schema(path).metadata or {})[_META_KEY])


@dataclass
class Cache:
    """One cache: rows with a ``cache_key`` column, and the keys and version it covers,
    in one Parquet file (the keys in its metadata), so that they are replaced together.
    The rows stay an Arrow table in memory; only the rows asked for become pandas."""

    folder: Path | None
    name: str
    version: str
    table: pa.Table | None = None
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
            cache.table, cache.keys = table, set(meta["keys"])
        except (OSError, ValueError, KeyError, pa.ArrowException) as exc:  # a damaged cache is rebuilt, never trusted
            log.warning("cache %s unreadable (%s); rebuilding it", name, exc)
            cache.table, cache.keys = None, set()
        return cache

    def hits(self, keys: Iterable[str]) -> set[str]:
        """The keys this cache holds results for."""
        return self.keys & set(keys)

    def arrow_rows_for(self, keys: set[str]) -> pa.Table | None:
        """The cached rows of ``keys`` as an Arrow table (in their cached order)."""
        if self.table is None or not keys:
            return None
        return self.table.filter(pc.is_in(self.table["cache_key"], value_set=pa.array(sorted(keys), type=self.table["cache_key"].type)))

    def rows_for(self, keys: set[str]) -> pd.DataFrame | None:
        """The cached rows of ``keys`` (in their cached order)."""
        rows = self.arrow_rows_for(keys)
        return None if rows is None else rows.to_pandas()

    def save(self, rows, keys: Iterable[str]) -> None:
        """Replace the cache by ``rows`` (a DataFrame, Arrow table or list of them, with a
        ``cache_key`` column) covering ``keys``."""
        keys = set(keys)
        parts = [_arrow(r) for r in (rows if isinstance(rows, list) else [rows]) if r is not None]
        table = pa.concat_tables(parts, promote_options="permissive") if parts else None
        if self.folder is not None and table is not None:
            Path(self.folder).mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_suffix(".tmp")
            pq.write_table(_with_meta(table, self.version, keys), tmp)
            tmp.replace(self.path)
        self.table, self.keys = table, keys


@dataclass
class PartedCache:
    """A cache in parts, for rows too large to hold at once (article texts): each build
    adds parts for what it read anew; parts no longer used are deleted. Only one part is
    held in memory at a time. The rows of one key may span several parts (a large export,
    written batch by batch): they count only when every batch up to the one marked last
    is there, so an interrupted build never leaves half an input in the cache."""

    folder: Path | None
    version: str
    part_of: dict[str, list[Path]] = field(default_factory=dict)  # key -> its parts, in batch order
    _loaded: tuple[Path, pa.Table] | None = None

    @classmethod
    def open(cls, folder: Path | None, version: str) -> PartedCache:
        cache = cls(folder, version)
        if folder is None or not Path(folder).is_dir():
            return cache
        batches: dict[str, dict[int, tuple[Path, bool]]] = {}
        for part in sorted(Path(folder).glob("part-*.parquet")):
            try:
                meta = _meta(part)
            except (OSError, ValueError, KeyError, pa.ArrowException) as exc:
                log.warning("cache part %s unreadable (%s); dropping it", part.name, exc)
                part.unlink(missing_ok=True)
                continue
            if meta.get("version") != version:
                part.unlink(missing_ok=True)
                continue
            for key in meta["keys"]:
                batches.setdefault(key, {})[int(meta.get("batch", 0))] = (part, bool(meta.get("last", True)))
        for key, parts in batches.items():
            n = len(parts)
            if sorted(parts) == list(range(n)) and parts[n - 1][1]:
                cache.part_of[key] = [parts[b][0] for b in range(n)]
        cache._drop_unlisted()
        return cache

    @property
    def keys(self) -> set[str]:
        return set(self.part_of)

    def _table(self, part: Path) -> pa.Table:
        if self._loaded is None or self._loaded[0] != part:
            try:
                self._loaded = (part, pq.read_table(part))
            except (OSError, pa.ArrowException) as exc:
                raise CacheDamaged(f"cache part {part} unreadable: {exc}") from exc
        return self._loaded[1]

    def row_batches(self, key: str) -> Iterator[pd.DataFrame]:
        """The rows of one key, part by part (the last part read is kept)."""
        for part in self.part_of[key]:
            table = self._table(part)
            yield table.filter(pc.equal(table["cache_key"], key)).to_pandas()

    def rows_for(self, key: str) -> pd.DataFrame:
        """All rows of one key."""
        return pd.concat(list(self.row_batches(key)), ignore_index=True)

    def add_part(self, rows: pd.DataFrame | None, keys: Iterable[str], *, batch: int = 0, last: bool = True) -> None:
        """Store the rows of ``keys`` as a new part: batch ``batch`` of them, the last one or not."""
        keys = set(keys)
        if self.folder is None or not keys or rows is None:
            return
        Path(self.folder).mkdir(parents=True, exist_ok=True)
        path = Path(self.folder) / f"part-{digest(*sorted(keys), str(batch))}.parquet"
        tmp = path.with_suffix(".tmp")
        pq.write_table(_with_meta(_arrow(rows), self.version, keys, batch=batch, last=last), tmp)
        tmp.replace(path)
        if last:
            for key in keys:
                self.part_of[key] = [Path(self.folder) / f"part-{digest(*sorted(keys), str(b))}.parquet" for b in range(batch + 1)]

    def keep_only(self, used: set[str]) -> None:
        """Delete the parts that hold none of ``used``."""
        self.part_of = {k: parts for k, parts in self.part_of.items() if k in used}
        self._drop_unlisted()
        self.part_of = {k: parts for k, parts in self.part_of.items() if all(p.exists() for p in parts)}

    def _drop_unlisted(self) -> None:
        if self.folder is None or not Path(self.folder).is_dir():
            return
        listed = {p for parts in self.part_of.values() for p in parts}
        for part in Path(self.folder).glob("part-*.parquet"):
            if part not in listed:
                part.unlink(missing_ok=True)


#: Parts one chunk may be spread over before it is written again as one (each added part
#: holds the articles one incremental build added to the chunk).
MAX_PARTS_PER_CHUNK = 8


@dataclass
class ChunkedCache:
    """The rows of one extraction step (figures, mentions, quotations) in parts, one per
    chunk of a build, so that a build holds one chunk's rows, never the whole corpus's.

    Each part is a Parquet file with a ``cache_key`` column and, in its metadata, the
    version and the keys it covers. A chunk whose keys all come from parts that hold
    nothing else is not written again; a chunk that adds new articles to such parts gets a
    part of the new articles only (up to ``MAX_PARTS_PER_CHUNK`` parts, then one part of it
    all); any other chunk is written as a new part. When
    the build ends, parts that hold no key of it are deleted (a part that still holds
    some is rewritten with the next build that reads it)."""

    folder: Path | None
    name: str
    version: str
    part_of: dict[str, Path] = field(default_factory=dict)  # key -> a part holding its rows
    part_keys: dict[Path, frozenset[str]] = field(default_factory=dict)
    used: dict[str, Path] = field(default_factory=dict)  # the keys of this build -> their part

    @property
    def directory(self) -> Path:
        return Path(self.folder or ".") / self.name

    @classmethod
    def open(cls, folder: Path | None, name: str, version: str) -> ChunkedCache:
        """The parts of ``name`` in ``folder`` that have this version (others are deleted).
        ``folder=None`` gives a cache that is never read or written."""
        cache = cls(folder, name, version)
        if folder is None:
            return cache
        (Path(folder) / f"{name}.parquet").unlink(missing_ok=True)  # the one-file form of earlier versions
        if not cache.directory.is_dir():
            return cache
        for part in sorted(cache.directory.glob("part-*.parquet")):
            try:
                meta = _meta(part)
            except (OSError, ValueError, KeyError, pa.ArrowException) as exc:  # a damaged part is dropped, never trusted
                log.warning("cache %s: part %s unreadable (%s); dropping it", name, part.name, exc)
                part.unlink(missing_ok=True)
                continue
            if meta.get("version") != version:
                part.unlink(missing_ok=True)
                continue
            cache.part_keys[part] = frozenset(meta["keys"])
            for key in meta["keys"]:
                cache.part_of.setdefault(key, part)
        return cache

    def hits(self, keys: Iterable[str]) -> set[str]:
        """The keys this cache holds results for."""
        return set(keys) & self.part_of.keys()

    def rows_for(self, keys: set[str]) -> pd.DataFrame | None:
        """The cached rows of ``keys``, read from the parts that hold them."""
        if not keys:
            return None
        by_part: dict[Path, list[str]] = {}
        for key in sorted(keys):
            by_part.setdefault(self.part_of[key], []).append(key)
        tables = []
        for part, wanted in by_part.items():
            try:
                table = pq.read_table(part)
            except (OSError, pa.ArrowException) as exc:
                raise CacheDamaged(f"cache part {part} unreadable: {exc}") from exc
            tables.append(table.filter(pc.is_in(table["cache_key"], value_set=pa.array(wanted, type=table["cache_key"].type))))
        return pa.concat_tables(tables, promote_options="permissive").to_pandas()

    def add_chunk(self, rows: pd.DataFrame, keys: set[str], hits: set[str]) -> None:
        """Record the rows of one chunk (``keys``, of which ``hits`` came from this cache):
        written as a new part unless they are exactly the contents of existing parts."""
        if self.folder is None or not keys:
            return
        sources = {self.part_of[k] for k in hits}
        whole = all(self.part_keys[p] <= keys for p in sources)
        if hits == keys and whole:
            self.used.update((k, self.part_of[k]) for k in keys)
            return
        if whole and hits and len(sources) < MAX_PARTS_PER_CHUNK:  # new articles beside unchanged ones: a part of the new only
            self.used.update((k, self.part_of[k]) for k in hits)
            keys = keys - hits
            rows = rows[rows["cache_key"].isin(keys)]
        self.directory.mkdir(parents=True, exist_ok=True)
        path = self.directory / f"part-{digest(self.version, *sorted(keys))}.parquet"
        tmp = path.with_suffix(".tmp")
        pq.write_table(_with_meta(_arrow(rows), self.version, keys), tmp)
        tmp.replace(path)
        self.part_keys[path] = frozenset(keys)
        for key in keys:
            self.part_of.setdefault(key, path)
            self.used[key] = path

    def finish(self) -> None:
        """Delete the parts that hold no key of this build."""
        if self.folder is None or not self.directory.is_dir():
            return
        kept = set(self.used.values())
        for part in self.directory.glob("part-*.parquet"):
            if part not in kept:
                part.unlink(missing_ok=True)


class CacheDamaged(RuntimeError):
    """A cache file disappeared or broke during a build."""


def article_keys(articles: pd.DataFrame) -> pd.Series:
    """The key of each article's extraction results: everything the extraction reads
    (the text's id without a copy suffix, the title, the date and its precision, the
    outlet's home state)."""
    from .outlets import home_state

    published = articles["published"].map(lambda ts: "" if pd.isna(ts) else ts.isoformat()) if len(articles) else articles["published"]
    none = [None] * len(articles)
    homes = [home_state(o, u) for o, u in zip(articles["outlet"] if "outlet" in articles else none,
                                              articles["url"] if "url" in articles else none)]
    return pd.Series(
        [digest(str(i).split("-")[0], "" if t is None or pd.isna(t) else str(t), p, pr, h)
         for i, t, p, pr, h in zip(articles["article_id"], articles["title"], published, articles["date_precision"], homes)],
        index=articles.index, dtype="string",
    )


def cached_extraction(
    articles: pd.DataFrame, cache: Cache | ChunkedCache, extract, article_columns: tuple[str, ...], keys: pd.Series | None = None
) -> tuple[pd.DataFrame, int]:
    """``extract(articles)`` only for articles whose key the cache lacks, cached rows for
    the others.

    Returns the rows in the order a full run gives them, and the number of articles
    extracted now. ``article_columns`` are the columns ``extract`` copies from the article
    (``article_id`` first); the cache does not store them, they are attached here.
    A :class:`ChunkedCache` (a build in chunks) keeps the rows as a part of its own; a
    :class:`Cache` is replaced by the rows of exactly these articles.
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
    if isinstance(cache, ChunkedCache):
        cache.add_chunk(rows, set(keys), hits)
    else:
        cache.save(rows, set(keys))
    order = pd.DataFrame({"cache_key": keys.to_numpy(), "_pos": range(len(keys)),
                          **{c: articles[c].reset_index(drop=True) for c in article_columns}})  # dtypes kept: no object dates
    out = order.merge(rows.assign(_n=range(len(rows))), on="cache_key", how="inner").sort_values(["_pos", "_n"], kind="stable")
    return out.drop(columns=["cache_key", "_pos", "_n"]).reset_index(drop=True), int(is_new.sum())
