"""Load a folder (or one file) of articles into one normalised table.

Every input ends up either as a row of the articles table or as a row of the rejects
table with a human-readable reason; the count ``inputs = articles + rejects`` is checked
on every load. An input is a ``.txt`` or ``.html``/``.htm`` file, or one record of a
``.jsonl``/``.json``/``.csv`` export; any other file is rejected as unsupported. Files
and folders whose names start with a dot (``.gitkeep``, ``.DS_Store``) and the control
files in ``paths.CONTROL_FILES`` (the metadata sidecar) are not inputs.
"""

from __future__ import annotations

import errno
import hashlib
import io
import json
import logging
import os
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import patterns as P
from .progress import progress_bar
from . import schema
from .cache import Cache, PartedCache, digest
from .dates import ParsedDate, format_date, parse_date
from .decoding import DecodeError, decode_bytes
from .documents import DOCUMENT_SUFFIXES, document_units
from .duplicates import find_duplicates
from .exports import RECORD_SUFFIXES, field_value, read_records, record_to_article, stream_jsonl_records
from .htmlpage import parse_html_page
from .inputs import ARCHIVE_SUFFIXES, Entry, entries, skip_reason
from .items import InputError, Note, RawArticle, Reject
from .language import UNDETERMINED, detect_language
from .paths import CONTROL_FILES, METADATA_SIDECAR
from .plaintext import parse_plaintext
from .textnorm import count_words, normalize_inline, split_glued_words, split_paragraphs

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".html", ".htm", *RECORD_SUFFIXES, *DOCUMENT_SUFFIXES)
#: What a file in the raw folder may be: an input type, or an archive of inputs.
FILE_SUFFIXES = (*SUPPORTED_SUFFIXES, *ARCHIVE_SUFFIXES)

#: Show a progress bar from this many input files (or bytes of input) on.
PROGRESS_MIN_INPUTS = 500
PROGRESS_MIN_BYTES = 5 * 2**20


class CountMismatch(RuntimeError):
    """Inputs went missing between reading and the finished tables."""


@dataclass
class Corpus:
    """The result of a load: articles, rejects, notes, and how many inputs there were."""

    articles: pd.DataFrame
    rejects: pd.DataFrame
    notes: pd.DataFrame
    n_inputs: int
    extra_counts: dict[str, int] = field(default_factory=dict)  # counts of later build steps
    reused_files: int = 0  # input files whose reading came from the cache
    n_files: int = 0  # input files found
    changes: dict[str, int] = field(default_factory=dict)  # what changed since the last build (set by the build)
    index: pd.DataFrame | None = None  # source_file, record, article_id, title, published, date_precision

    def summary(self) -> dict[str, int]:
        """Headline counts of the load."""
        a = self.articles
        return {
            "inputs": self.n_inputs,
            "articles": len(a),
            "rejects": len(self.rejects),
            "undated": int(a["published"].isna().sum()),
            "duplicates": int(a["duplicate_of"].notna().sum()),
            "notes": len(self.notes),
        }


@dataclass
class _Unit:
    """One input waiting to be read: a whole file or one record of an export."""

    source_file: str
    record: int | None
    kind: str  # "txt", "html", "record" or "document"
    payload: object


@dataclass
class _Collected:
    articles: list[RawArticle] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    n_inputs: int = 0

    def take(self) -> _Collected:
        """What was collected so far, handed on; this starts empty again."""
        taken = _Collected(self.articles, self.rejects, self.notes, self.n_inputs)
        self.articles, self.rejects, self.notes, self.n_inputs = [], [], [], 0
        return taken

    def absorb(self, other: _Collected) -> None:
        """Add what ``other`` collected to this."""
        self.articles += other.articles
        self.rejects += other.rejects
        self.notes += other.notes
        self.n_inputs += other.n_inputs


@dataclass
class Scan:
    """What a folder holds: the input files, the paths that are broken links (rejects),
    and the names left out because they are not inputs (notes)."""

    root: Path
    files: list[Path] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    skipped: list[Note] = field(default_factory=list)


def _link_problem(path: Path) -> str | None:
    """The reason a symbolic link cannot be read: a loop or a missing target."""
    try:
        path.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the link points (in a circle) back to itself"
        if exc.errno == errno.ENOENT:
            return f"broken symbolic link: {os.readlink(path)} is missing"
        return f"unreadable link: {exc.strerror or exc}"
    return None


def scan_inputs(source: Path) -> Scan:
    """The input files under ``source`` (a folder, read recursively, or one file).

    Folders reached through links are read once: a link back to a folder already being
    read is skipped with a note. Names starting with a dot, editor backups, lock files,
    operating-system files and the control files (``paths.CONTROL_FILES``) at the top are
    not inputs; every such name except the control files is recorded as a note.
    """
    source = Path(source)
    if not source.is_dir():
        return Scan(source.parent, [source])
    scan = Scan(source)
    seen: set[str] = set()

    def walk(folder: Path) -> None:
        real = os.path.realpath(folder)
        if real in seen:
            scan.skipped.append(Note(folder.relative_to(source).as_posix(), None, "skipped", "not an input: folder link loops back to a folder already read"))
            return
        seen.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            scan.rejects.append(Reject(folder.relative_to(source).as_posix() or ".", None, f"unreadable folder: {exc.strerror or exc}"))
            return
        for entry in entries:
            path = Path(entry.path)
            rel = path.relative_to(source).as_posix()
            if folder == source and entry.name in CONTROL_FILES:
                continue
            if reason := skip_reason(entry.name):
                scan.skipped.append(Note(rel, None, "skipped", f"not an input: {reason}"))
                continue
            if entry.is_symlink() and (problem := _link_problem(path)):
                scan.rejects.append(Reject(rel, None, problem))
            elif entry.is_dir():
                walk(path)
            elif entry.is_file():
                scan.files.append(path)
            else:
                scan.rejects.append(Reject(rel, None, "not a regular file (device, socket or pipe)"))

    walk(source)
    scan.files.sort(key=lambda p: p.relative_to(source).as_posix())  # the order of the articles table
    return scan


def _units_of_entry(entry: Entry, out: _Collected, data: bytes | None = None) -> Iterator[_Unit]:
    """Decode one input and yield its units one by one (an export's records are parsed as
    they are read, so a large export is never held as a list); whole-input problems become
    rejects, counted in ``out.n_inputs``."""
    name = entry.name
    try:
        units = _split_entry(entry, out, data)
        del data
        n = 0
        for unit in units:
            n += 1
            yield unit
        if n == 0:
            raise InputError("no records: the export holds no articles")
        return
    except InputError as exc:
        out.rejects.append(Reject(name, None, str(exc)))
    except OSError as exc:
        out.rejects.append(Reject(name, None, f"unreadable: {exc.strerror or exc}"))
    except Exception as exc:  # a reader failure must not lose the files beside it
        log.warning("could not read %s", name, exc_info=True)
        out.rejects.append(Reject(name, None, f"could not be read: {type(exc).__name__}: {exc}"))
    out.n_inputs += 1


def _too_large(size: float) -> InputError:
    return InputError(
        f"too large for one article: {size / 2**20:.1f} MB (limit {P.MAX_ARTICLE_FILE_BYTES / 2**20:.0f} MB); "
        "save one article per file, or many as a .jsonl export"
    )


def read_limit(suffix: str) -> int:
    """The most bytes an input of this type is read into memory with."""
    if suffix in DOCUMENT_SUFFIXES:
        return P.MAX_DOCUMENT_BYTES
    return P.MAX_MEMBER_BYTES if suffix in RECORD_SUFFIXES else P.MAX_ARTICLE_FILE_BYTES


def streams_records(entry: Entry) -> bool:
    """True for a JSONL export read line by line: compressed, or larger than ``STREAM_JSONL_BYTES``."""
    return entry.suffix == ".jsonl" and (entry.streamed or (entry.size or 0) > P.STREAM_JSONL_BYTES)


def _split_entry(entry: Entry, out: _Collected, data: bytes | None) -> Iterator[_Unit] | list[_Unit]:
    suffix, name = entry.suffix, entry.name
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(f"unsupported file type {suffix or '(none)'!r}; supported: {', '.join(FILE_SUFFIXES)}")
    article_file = suffix not in RECORD_SUFFIXES and suffix not in DOCUMENT_SUFFIXES
    if article_file and entry.size is not None and entry.size > P.MAX_ARTICLE_FILE_BYTES:
        raise _too_large(entry.size)
    if streams_records(entry):
        return (_Unit(name, number, "record", obj) for number, obj in stream_jsonl_records(entry.open, name, out.notes))
    if data is None:
        data = entry.read(read_limit(suffix))
        if data is None:
            if article_file:
                raise _too_large(P.MAX_ARTICLE_FILE_BYTES + 1)
            raise InputError(f"too large to read whole: more than {read_limit(suffix) / 2**20:,.0f} MB uncompressed")
    if suffix in DOCUMENT_SUFFIXES:
        return [_Unit(name, number, "document" if kind == "record" else kind, payload) for kind, number, payload in document_units(data, suffix)]
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise InputError(str(exc)) from exc
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        out.notes.append(Note(name, None, "encoding", f"decoded as {decoded.encoding}"))
    out.notes.extend(Note(name, None, "encoding", repair) for repair in decoded.repairs)
    if suffix in (".html", ".htm") or (suffix == ".txt" and P.HTML_DOCUMENT_START_RE.match(decoded.text)):
        if P.ENTITY_DECLARATION_RE.search(data[:65536]):
            raise InputError("refused: the page declares XML entities in its DOCTYPE (a possible entity-expansion attack)")
        if suffix == ".txt":
            out.notes.append(Note(name, None, "format", "read as HTML: the .txt file is a saved web page"))
        return [_Unit(name, None, "html", decoded.text)]
    if suffix == ".txt":
        return [_Unit(name, None, "txt", decoded.text)]
    records = read_records(decoded.text, suffix)
    del decoded
    return (_Unit(name, number, "record", obj) for number, obj in records)


def _read_unit(unit: _Unit, field_map: Mapping[str, str] | None) -> tuple[RawArticle, list[Note]]:
    if isinstance(unit.payload, InputError):
        raise unit.payload
    if unit.kind == "txt":
        return parse_plaintext(unit.payload, unit.source_file)
    if unit.kind == "html":
        return parse_html_page(unit.payload, unit.source_file), []
    if unit.kind == "document":  # an article of a document or news-database export: its own field names
        return record_to_article(unit.payload, unit.source_file, unit.record)
    return record_to_article(unit.payload, unit.source_file, unit.record, field_map)


def _collect(scan: Scan, field_map, min_words: int, progress: bool | None) -> _Collected:
    out = _Collected(rejects=list(scan.rejects), notes=list(scan.skipped), n_inputs=len(scan.rejects))
    bar = progress_bar(total=0, desc="reading articles", unit="article", disable=not _show_progress(progress, scan.files))
    for path in scan.files:  # one file at a time: its raw records are freed before the next is read
        for got, _how in read_file(path, path.relative_to(scan.root).as_posix(), field_map, min_words):
            out.absorb(got)
            bar.total += got.n_inputs
            bar.update(got.n_inputs)
    bar.close()
    return out


#: A large input (an export) is handed on, and cached, in batches of this many records,
#: so that its articles never sit in memory all at once.
BATCH_INPUTS = 2_000


def read_units(units: list[_Unit], field_map, min_words: int) -> _Collected:
    """The articles (with their notes) and rejects of ``units``, in order."""
    out = _Collected()
    for unit in units:
        _read_one(unit, field_map, min_words, out)
    return out


def units_to_json(units: list[_Unit]) -> str | None:
    """``units`` as JSON (to hand them to another process), None when a payload is not
    plain JSON data (a spreadsheet's dates, an error found while splitting the file)."""
    try:
        return json.dumps([[u.source_file, u.record, u.kind, u.payload] for u in units], ensure_ascii=False, allow_nan=True)
    except (TypeError, ValueError):
        return None


def units_from_json(text: str) -> list[_Unit]:
    return [_Unit(*row) for row in json.loads(text)]


def read_file(path: Path, name: str, field_map, min_words: int, loaded: PartedCache | None = None,
              used_keys: set[str] | None = None, reader=read_units) -> Iterator[tuple[_Collected, str]]:
    """What one file on disk gives, input by input (the file itself, the content of a
    ``.gz``, each member of a ``.zip``) and, for a large export, in batches of
    ``BATCH_INPUTS`` records: ``(collected, how)``, where ``how`` is ``"reused"`` or
    ``"read"`` for the first batch of an input and ``""`` for the batches after it. With
    the loader cache ``loaded``, an input read before is restored from it and a new one
    is added to it; ``used_keys`` collects the cache keys of every input seen.
    ``reader(units, field_map, min_words)`` reads a batch of units (:func:`read_units`;
    the build passes one that uses every core)."""
    cached = loaded is not None and loaded.folder is not None
    try:
        for entry in entries(path, name):
            if isinstance(entry, Reject):
                yield _Collected(rejects=[entry], n_inputs=1), "read"
                continue
            if isinstance(entry, Note):
                yield _Collected(notes=[entry]), ""
                continue
            key, data = _entry_key(entry) if cached else (None, None)
            if key is not None and used_keys is not None:
                used_keys.add(key)
            if key is not None and key in loaded.part_of:
                for i, rows in enumerate(loaded.row_batches(key)):
                    yield restore_loaded(rows, {entry.name: key}), "" if i else "reused"
                continue
            yield from _read_entry(entry, data, key, field_map, min_words, loaded, reader)
    except OSError as exc:
        yield _Collected(rejects=[Reject(name, None, f"unreadable: {exc.strerror or exc}")], n_inputs=1), "read"


def _read_entry(entry: Entry, data: bytes | None, key: str | None, field_map, min_words: int,
                loaded: PartedCache | None, reader=read_units) -> Iterator[tuple[_Collected, str]]:
    """Read one input afresh, in batches; each batch goes to the cache as it is handed on."""
    sink = _Collected()  # whole-input rejects and notes land here too, also after the last unit
    batch, how = 0, "read"
    units: list[_Unit] = []
    for unit in _units_of_entry(entry, sink, data):
        sink.n_inputs += 1
        units.append(unit)
        if sink.n_inputs >= BATCH_INPUTS:
            _add_read(sink, reader(units, field_map, min_words))
            units.clear()
            got = sink.take()
            if key is not None:
                loaded.add_part(loaded_rows(got, {entry.name: key}), [key], batch=batch, last=False)
            batch += 1
            yield got, how
            how = ""
    _add_read(sink, reader(units, field_map, min_words))
    got = sink.take()
    if key is not None:
        loaded.add_part(loaded_rows(got, {entry.name: key}), [key], batch=batch, last=True)
    yield got, how


def _add_read(sink: _Collected, got: _Collected) -> None:
    """What reading units gave, into ``sink`` (which has counted the units already)."""
    sink.articles += got.articles
    sink.rejects += got.rejects
    sink.notes += got.notes


def _show_progress(progress: bool | None, files: list[Path]) -> bool:
    """An explicit choice, else a bar for many files or much data."""
    if progress is not None:
        return progress
    if len(files) >= PROGRESS_MIN_INPUTS:
        return True
    return sum(p.stat().st_size for p in files if p.exists()) >= PROGRESS_MIN_BYTES


def _read_one(unit: _Unit, field_map, min_words: int, out: _Collected) -> None:
    """Read one unit into an article (with its notes) or a reject."""
    try:
        article, notes = _read_unit(unit, field_map)
        notes.extend(repair_glued_words(article, unit.source_file, unit.record))
        notes.extend(check_size(article, min_words, web_page=unit.kind == "html"))
    except InputError as exc:
        out.rejects.append(Reject(unit.source_file, unit.record, str(exc)))
        return
    except Exception as exc:  # a parser failure must not lose the files beside it
        log.warning("could not read %s record %s", unit.source_file, unit.record, exc_info=True)
        out.rejects.append(Reject(unit.source_file, unit.record, f"could not be read: {type(exc).__name__}: {exc}"))
        return
    article.language = article.language or detect_language(article.text)
    if article.language != "de":
        notes.append(Note(unit.source_file, unit.record, "language", _language_message(article.language)))
    out.articles.append(article)
    out.notes.extend(notes)


def _entry_key(entry: Entry) -> tuple[str | None, bytes | None]:
    """The cache key and bytes of an input that can be cached, else ``(None, None)``; a
    streamed input is hashed block by block and not kept (``(key, None)``)."""
    suffix = entry.suffix
    try:
        if suffix not in SUPPORTED_SUFFIXES or (entry.size or 0) > read_limit(suffix):
            return None, None
        if entry.streamed or streams_records(entry):
            return entry.digest(), None
        data = entry.read(read_limit(suffix))
    except (OSError, InputError):
        return None, None
    return (digest(data), data) if data is not None else (None, None)


# --- the loader cache: what each input file gave ------------------------------------------


_LOADED_COLUMNS = ("cache_key", "item", "record", "title", "text", "published", "precision", "date_source", "outlet", "url",
                   "language", "n_words", "kind", "message")


def loaded_rows(got: _Collected, digests: dict[str, str]) -> pd.DataFrame:
    """Cache rows for the articles, rejects and notes of the files in ``digests``."""
    rows = []
    for a in got.articles:
        if a.source_file in digests:
            rows.append({"cache_key": digests[a.source_file], "item": "article", "record": a.record, "title": a.title, "text": a.text,
                         "published": a.date.timestamp if a.date else pd.NaT, "precision": a.date.precision if a.date else None,
                         "date_source": a.date_source, "outlet": a.outlet, "url": a.url, "language": a.language, "n_words": a.n_words})
    for r in got.rejects:
        if r.source_file in digests:
            rows.append({"cache_key": digests[r.source_file], "item": "reject", "record": r.record, "message": r.reason})
    for n in got.notes:
        if n.source_file in digests:
            rows.append({"cache_key": digests[n.source_file], "item": "note", "record": n.record, "kind": n.kind, "message": n.message})
    frame = pd.DataFrame(rows, columns=list(_LOADED_COLUMNS))
    frame["record"] = frame["record"].astype("Int64")
    frame["n_words"] = frame["n_words"].astype("Int64")
    frame["published"] = pd.to_datetime(frame["published"], utc=True)
    for column in ("cache_key", "item", "title", "text", "precision", "date_source", "outlet", "url", "language", "kind", "message"):
        frame[column] = frame[column].astype("string")
    return frame


def restore_loaded(rows: pd.DataFrame | None, names: dict[str, str]) -> _Collected:
    """The articles, rejects and notes of cached files, under their current names."""
    out = _Collected()
    if rows is None or rows.empty:
        return out
    by_key: dict[str, list[str]] = {}
    for name, key in names.items():
        by_key.setdefault(key, []).append(name)

    def value(v):
        return None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v

    for row in rows.itertuples(index=False):
        record = None if pd.isna(row.record) else int(row.record)
        for name in by_key.get(row.cache_key, ()):
            if row.item == "article":
                date = None if pd.isna(row.published) else ParsedDate(row.published.tz_convert("Europe/Berlin"), row.precision)
                out.articles.append(RawArticle(name, record, value(row.title), row.text, date, row.date_source, value(row.outlet),
                                               value(row.url), value(row.language), int(row.n_words)))
                out.n_inputs += 1
            elif row.item == "reject":
                out.rejects.append(Reject(name, record, row.message))
                out.n_inputs += 1
            else:
                out.notes.append(Note(name, record, row.kind, row.message))
    return out


#: How many repairs a ``text_repair`` note lists by name.
_REPAIRS_SHOWN = 5


def repair_glued_words(article: RawArticle, source_file: str, record: int | None) -> list[Note]:
    """Split words run together in the title and text (``textnorm.split_glued_words``);
    one ``text_repair`` note says how many and which."""
    repairs = []
    if article.title:
        article.title, found = split_glued_words(article.title)
        repairs += found
    article.text, found = split_glued_words(article.text)
    repairs += found
    if not repairs:
        return []
    shown = ", ".join(f"{old!r} -> {new!r}" for old, new in repairs[:_REPAIRS_SHOWN])
    more = f" and {len(repairs) - _REPAIRS_SHOWN} more" if len(repairs) > _REPAIRS_SHOWN else ""
    words = "word" if len(repairs) == 1 else "words"
    return [Note(source_file, record, "text_repair", f"{len(repairs)} run-together {words} split: {shown}{more}")]


def check_size(article: RawArticle, min_words: int, *, web_page: bool = False) -> list[Note]:
    """Count the words of an article and check its length; raise :class:`InputError` for
    a text that is too long or holds no words. A text shorter than ``min_words`` is a
    news brief, ticker item or teaser: kept, with a ``short_text`` note. Only a web page
    whose main text is that short is no article (the extractor found navigation or a teaser)."""
    if len(article.text) > P.MAX_ARTICLE_CHARS:
        raise InputError(f"too long for one article: {len(article.text):,} characters (limit {P.MAX_ARTICLE_CHARS:,}); is it several articles in one?")
    article.n_words = count_words(article.text)
    if article.n_words == 0:
        raise InputError("no text: the body holds no words")
    if article.n_words >= min_words:
        return []
    if web_page:
        raise InputError(f"not an article: only navigation or a teaser, {article.n_words} words of main text (fewer than {min_words})")
    words = "word" if article.n_words == 1 else "words"
    return [Note(article.source_file, article.record, "short_text", f"a short item: {article.n_words} {words} of text (fewer than {min_words}); kept as an article")]


def _language_message(language: str) -> str:
    if language == UNDETERMINED:
        return "language could not be determined; the German rules may find little in it"
    return f"language is {language!r}, not German; the German rules will find few figures or actors in it"


def plausible_date_problem(date, now: pd.Timestamp | None = None) -> str | None:
    """Why a publication date cannot be right (before 1900, or in the future), or None."""
    earliest, latest = _plausible_range(now)
    ts = date.timestamp
    if ts < earliest:
        return f"in {ts.year}, before {P.EARLIEST_PLAUSIBLE_DATE[:4]}"  # old dates print in local mean time
    if ts > latest:
        return f"{format_date(date)}, in the future"
    return None


def _plausible_range(now: pd.Timestamp | None = None) -> tuple[pd.Timestamp, pd.Timestamp]:
    now = now or pd.Timestamp.now(tz="Europe/Berlin")
    return pd.Timestamp(P.EARLIEST_PLAUSIBLE_DATE, tz="Europe/Berlin"), now + pd.Timedelta(days=P.FUTURE_DATE_TOLERANCE_DAYS)


def drop_implausible_dates(articles: list[RawArticle]) -> list[Note]:
    """Leave articles with an impossible publication date undated; one note each."""
    notes = []
    earliest, latest = _plausible_range()
    for article in articles:
        if article.date is None or earliest <= article.date.timestamp <= latest:
            continue
        problem = plausible_date_problem(article.date)
        notes.append(Note(article.source_file, article.record, "date_implausible", f"published {problem} ({article.date_source}); left undated"))
        article.date, article.date_source = None, "none"
    return notes


# --- metadata sidecar ------------------------------------------------------------------------

SIDECAR_FIELDS = ("title", "published", "outlet", "url")
_SIDECAR_FILE_COLUMNS = ("file", "filename", "source_file", "datei")


def read_sidecar(metadata) -> tuple[list[dict], list[Note]]:
    """Rows of a metadata sidecar (path or DataFrame) as dicts with ``file`` and the fields
    it sets; rows without a file name become notes."""
    if isinstance(metadata, pd.DataFrame):
        frame, name = metadata.astype(str), "metadata"
    else:
        path = Path(metadata)
        name = path.name
        text = decode_bytes(path.read_bytes()).text
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, sep=None, engine="python")
    lower = {c.strip().lower(): c for c in frame.columns}
    file_col = next((lower[c] for c in _SIDECAR_FILE_COLUMNS if c in lower), None)
    if file_col is None:
        raise InputError(f"{name}: the metadata sidecar needs a column 'file' with the input file names")
    rows, notes = [], []
    for number, record in enumerate(frame.to_dict("records"), start=2):
        file_name = str(record[file_col]).strip()
        if not file_name or file_name == "nan":
            notes.append(Note(name, number, "sidecar_invalid", "row has no file name"))
            continue
        values = {f: v for f in SIDECAR_FIELDS if (v := field_value(record, f)) and v != "nan"}
        rows.append({"file": file_name, "row": number, "sidecar": name, **values})
    return rows, notes


def _sidecar_rows(sidecar) -> tuple[list[dict], list[Note]]:
    """The rows of a sidecar (path or DataFrame; a missing path gives none); a sidecar
    that cannot be read is one note, never a failed load."""
    if sidecar is None or (not isinstance(sidecar, pd.DataFrame) and not Path(sidecar).exists()):
        return [], []
    try:
        return read_sidecar(sidecar)
    except (InputError, OSError, DecodeError, ValueError, pd.errors.ParserError) as exc:
        name = "metadata" if isinstance(sidecar, pd.DataFrame) else Path(sidecar).name
        log.warning("metadata sidecar %s ignored: %s", name, exc)
        return [], [Note(name, None, "sidecar_invalid", f"sidecar ignored: {exc}")]


def _describe(value) -> str:
    if value is None:
        return "(empty)"
    return format_date(value) if hasattr(value, "precision") else repr(value)


def apply_sidecar(articles: list[RawArticle], rows: list[dict], *, matched: set[int] | None = None) -> list[Note]:
    """Fill or override article fields from sidecar rows; every change becomes a note.

    Rows that match no article give a ``sidecar_unmatched`` note, unless ``matched`` is
    given (a build in chunks): then the numbers of the rows that matched are added to it
    and the caller notes the unmatched ones at the end."""
    notes = []
    for i, row in enumerate(rows):
        targets = [a for a in articles if row["file"] in (a.source_file, Path(a.source_file).name)]
        if not targets:
            if matched is None:
                notes.append(Note(row["sidecar"], row["row"], "sidecar_unmatched", f"no input file named {row['file']!r}"))
            continue
        if matched is not None:
            matched.add(i)
        for article in targets:
            for name in SIDECAR_FIELDS:
                if name not in row:
                    continue
                notes.extend(_override(article, name, row))
    return notes


def _override(article: RawArticle, name: str, row: dict) -> list[Note]:
    where = (article.source_file, article.record)
    if name == "published":
        new = parse_date(row[name])
        if new is None:
            return [Note(*where, "sidecar_invalid", f"{row['sidecar']} row {row['row']}: published {row[name]!r} is not a date")]
        old, old_source = article.date, article.date_source
        article.date, article.date_source = new, "sidecar"
        change = f"published: {_describe(old)} ({old_source}) -> {_describe(new)} (sidecar row {row['row']})"
        return [Note(*where, "sidecar_override", change)]
    new = normalize_inline(row[name])
    old = getattr(article, name)
    setattr(article, name, new)
    return [Note(*where, "sidecar_override", f"{name}: {_describe(old)} -> {new!r} (sidecar row {row['row']})")]


# --- the articles table ----------------------------------------------------------------------


def content_id(text: str) -> str:
    """16 hex digits of the SHA-256 of a normalised body text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def signature_cache(folder: Path | None) -> Cache:
    """The cache of duplicate-detection signatures in ``folder``."""
    from .cache import LIBRARIES, SIGNATURE_MODULES, code_fingerprint

    return Cache.open(folder, "signatures", code_fingerprint(SIGNATURE_MODULES, LIBRARIES["signatures"]))


def raw_articles_frame(raw: list[RawArticle]) -> pd.DataFrame:
    """The articles table's fields of each article, typed, plus ``record``; the ids
    (``article_id``, ``duplicate_of``) are still empty."""
    rows = [
        {
            "source_file": a.source_file,
            "record": a.record,
            "title": a.title,
            "text": a.text,
            "published": a.date.timestamp if a.date else pd.NaT,
            "date_precision": a.date.precision if a.date else "unknown",
            "date_source": a.date_source if a.date else "none",
            "outlet": a.outlet,
            "url": a.url,
            "language": a.language,
            "n_words": a.n_words,
            "n_paragraphs": len(split_paragraphs(a.text)),
        }
        for a in raw
    ]
    df = pd.DataFrame(rows, columns=[*schema.ARTICLES, "record"])
    df["record"] = df["record"].astype("Int64")
    df["published"] = pd.to_datetime(df["published"], utc=True).dt.tz_convert("Europe/Berlin")
    for column in ("title", "outlet", "url", "language"):
        df[column] = df[column].astype("string")
    return df


def _articles_frame(raw: list[RawArticle]) -> pd.DataFrame:
    df = raw_articles_frame(raw)
    # First copy = earliest date, then file and record: that order decides ids and duplicates.
    df = df.sort_values(["published", "source_file", "record"], na_position="last", kind="stable")
    base = df["text"].map(content_id)
    copy_number = base.groupby(base).cumcount() + 1
    df["article_id"] = base.where(copy_number == 1, base + "-" + copy_number.astype(str))
    first = find_duplicates(df["text"].tolist())
    ids = df["article_id"].tolist()
    df["duplicate_of"] = [ids[i] if i is not None else None for i in first]
    return df.sort_values(["source_file", "record"], na_position="first", kind="stable")


def notes_frame(notes: list[Note], articles: pd.DataFrame) -> pd.DataFrame:
    """The notes table; ``articles`` (with ``source_file``, ``record``, ``article_id``)
    gives each note its article."""
    key = {(f, None if pd.isna(r) else int(r)): i for f, r, i in zip(articles["source_file"], articles["record"], articles["article_id"])}
    rows = [
        {"source_file": n.source_file, "record": n.record, "article_id": key.get((n.source_file, n.record)), "kind": n.kind, "message": n.message}
        for n in notes
    ]
    frame = pd.DataFrame(rows, columns=list(schema.NOTES))
    frame = frame.sort_values(["source_file", "record", "kind", "message"], na_position="first", kind="stable", ignore_index=True)
    return schema.conform(frame, schema.NOTES)


def rejects_frame(rejects: list[Reject]) -> pd.DataFrame:
    """The rejects table, sorted by file and record."""
    frame = pd.DataFrame([vars(r) for r in rejects], columns=list(schema.REJECTS))
    frame = frame.sort_values(["source_file", "record", "reason"], na_position="first", kind="stable", ignore_index=True)
    return schema.conform(frame, schema.REJECTS)


class RowChunks:
    """Rows (dicts) collected into data frames every ``size`` rows, so that a million
    rows never sit in memory as a million dicts."""

    def __init__(self, columns: list[str], size: int = 50_000):
        self.columns, self.size = columns, size
        self._rows: list[dict] = []
        self._frames: list[pd.DataFrame] = []

    def append(self, row: dict) -> None:
        self._rows.append(row)
        if len(self._rows) >= self.size:
            self._flush()

    def _flush(self) -> None:
        if self._rows:
            self._frames.append(pd.DataFrame(self._rows, columns=self.columns))
            self._rows = []

    def frame(self) -> pd.DataFrame:
        """All rows as one frame with ``columns``."""
        self._flush()
        if not self._frames:
            return pd.DataFrame(columns=self.columns)
        return self._frames[0] if len(self._frames) == 1 else pd.concat(self._frames, ignore_index=True)


TEXT_FIELDS = ("title", "text")


def iter_articles(articles: pd.DataFrame, *, desc: str, progress: bool | None = None):
    """The articles as named tuples, with a progress bar from ``PROGRESS_MIN_INPUTS`` articles on."""
    show = progress if progress is not None else len(articles) >= PROGRESS_MIN_INPUTS
    yield from progress_bar(articles.itertuples(index=False), total=len(articles), desc=desc, unit="article", disable=not show)


def field_text(value) -> str | None:
    """A title or text cell as a string, ``None`` when missing or empty."""
    return None if value is None or pd.isna(value) or not value else value


def iter_article_fields(articles: pd.DataFrame, *, desc: str, progress: bool | None = None):
    """``(article, field, text, published)`` for every non-empty title and text, with a
    progress bar from ``PROGRESS_MIN_INPUTS`` articles on; ``published`` is ``None`` when
    the article is undated."""
    for art in iter_articles(articles, desc=desc, progress=progress):
        published = None if pd.isna(art.published) else art.published
        for name in TEXT_FIELDS:
            text = getattr(art, name)
            if text is not None and not pd.isna(text) and text:
                yield art, name, text, published


def load_corpus(
    source,
    *,
    metadata=None,
    field_map: Mapping[str, str] | None = None,
    min_words: int = P.MIN_ARTICLE_WORDS,
    progress: bool | None = None,
) -> Corpus:
    """Load articles, rejects and notes from a folder or a single file.

    Parameters
    ----------
    source : str or Path
        A folder (read recursively) or one file.
    metadata : str, Path, DataFrame or None
        Metadata sidecar; by default ``metadata.csv`` inside ``source`` when it exists.
    field_map : mapping, optional
        Article field -> field name in exports, e.g. ``{"text": "Inhalt"}``.
    min_words : int
        Texts with fewer words are kept with a ``short_text`` note; a web page with
        fewer words of main text is rejected as "not an article".
    progress : bool, optional
        Show a progress bar; by default for 500 inputs or more.
    Returns
    -------
    Corpus
        ``articles``, ``rejects`` and ``notes`` tables and the number of inputs.
    """
    source = Path(source)
    if not source.exists():
        raise FileNotFoundError(f"no such folder or file: {source}")
    scan = scan_inputs(source)
    got = _collect(scan, field_map, min_words, progress)
    sidecar = metadata if metadata is not None else (source / METADATA_SIDECAR if source.is_dir() else None)
    rows, sidecar_notes = _sidecar_rows(sidecar)
    got.notes.extend(sidecar_notes)
    got.notes.extend(apply_sidecar(got.articles, rows))
    got.notes.extend(drop_implausible_dates(got.articles))
    frame = _articles_frame(got.articles)
    notes = notes_frame(got.notes, frame)
    articles = schema.conform(frame, schema.ARTICLES)
    rejects = rejects_frame(got.rejects)
    if len(articles) + len(rejects) != got.n_inputs:
        raise CountMismatch(f"{got.n_inputs} inputs but {len(articles)} articles + {len(rejects)} rejects")
    schema.check_frame(articles, schema.ARTICLES, "articles")
    schema.check_frame(rejects, schema.REJECTS, "rejects")
    schema.check_frame(notes, schema.NOTES, "notes")
    corpus = Corpus(articles, rejects, notes, got.n_inputs)
    corpus.n_files = len(scan.files)
    corpus.index = frame[["source_file", "record", "article_id", "title", "published", "date_precision"]].reset_index(drop=True)
    return corpus


def load_articles(source, *, metadata=None, with_rejects: bool = False, field_map=None, min_words: int = P.MIN_ARTICLE_WORDS):
    """Load articles from a folder or a single file into one table.

    Parameters
    ----------
    source : str or Path
        A folder (read recursively) or one file: ``.txt``, ``.html``/``.htm``,
        ``.jsonl``, ``.json`` or ``.csv``.
    metadata : str, Path, DataFrame or None
        Metadata sidecar (file name -> title, published, outlet, url) that fills or
        overrides fields; by default ``metadata.csv`` inside ``source`` when present.
    with_rejects : bool
        Also return the rejects table (``source_file``, ``record``, ``reason``).
    field_map : mapping, optional
        Article field -> field name for exports with other names, e.g. ``{"text": "Inhalt"}``.
    min_words : int
        Texts with fewer words are kept with a ``short_text`` note; a web page with
        fewer words of main text is rejected as "not an article".

    Returns
    -------
    DataFrame, or (DataFrame, DataFrame) with ``with_rejects=True``
        One row per article with the columns of ``analysis.schema.ARTICLES``.

    Examples
    --------
    >>> from analysis import load_articles, paths
    >>> articles = load_articles(paths.RAW_DIR)            # doctest: +SKIP
    >>> articles, rejects = load_articles("exports/", with_rejects=True)  # doctest: +SKIP
    """
    corpus = load_corpus(source, metadata=metadata, field_map=field_map, min_words=min_words)
    return (corpus.articles, corpus.rejects) if with_rejects else corpus.articles
