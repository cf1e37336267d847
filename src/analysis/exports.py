"""Exports from news databases: ``.jsonl``, ``.json`` and ``.csv``, one article per record.

Field names are matched case-insensitively against ``patterns.FIELD_ALIASES``
(``title``/``headline``, ``text``/``body``/``article``, ``published``/``date``, ``url``,
``source``/``outlet``); a ``field_map`` such as ``{"text": "Inhalt"}`` names the field
to use for an article field when an export uses other names. A field may hold a list of
paragraphs, HTML markup, or (for the outlet) an object with a ``name``.

Record numbers: the line number in JSONL, the position (from 1) in a JSON list, and the
row number as a spreadsheet shows it in CSV (the header is row 1).
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import BinaryIO
from urllib.parse import urlsplit

from . import patterns as P
from .dates import parse_date
from .decoding import DecodeError, binary_kind, decode_bytes
from .htmlpage import html_fragment_to_text, looks_like_html
from .items import InputError, Note, RawArticle
from .language import normalize_language_code
from .textnorm import clean_body, normalize_inline

RECORD_SUFFIXES = (".jsonl", ".json", ".csv")

csv.field_size_limit(sys.maxsize)

Record = tuple[int | None, "dict | InputError"]


def read_records(text: str, suffix: str) -> Iterator[Record]:
    """Split an export into ``(record number, object)`` pairs; a record that cannot be
    parsed comes as ``(record number, InputError)``. Raises :class:`InputError` when the
    file as a whole cannot be read."""
    readers = {".jsonl": _jsonl_records, ".json": _json_records, ".csv": _csv_records}
    return readers[suffix](text)


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one by one, without building a list of them."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def _jsonl_records(text: str) -> Iterator[Record]:
    return _records_of_lines(_lines(text))


def _records_of_lines(lines: Iterable[str | InputError]) -> Iterator[Record]:
    for number, line in enumerate(lines, start=1):
        if isinstance(line, InputError):
            yield number, line
            continue
        if not line.strip():
            continue
        try:
            yield number, _as_object(_loads(line))
        except json.JSONDecodeError as exc:
            yield number, InputError(f"malformed JSON: {exc.msg} at column {exc.colno}")
        except InputError as exc:
            yield number, exc


def stream_jsonl_records(open_stream: Callable[[], BinaryIO], name: str, notes: list[Note]) -> Iterator[Record]:
    """The records of a JSONL export read line by line from a binary stream (a ``.gz``
    or a large file): memory holds one line at a time. A line longer than
    ``patterns.MAX_RECORD_BYTES`` is a reject of its own; lines that are not UTF-8 are
    decoded one by one (cp1252 ...), and one ``encoding`` note per export says how many."""
    with open_stream() as stream:
        head = stream.peek(_SNIFF)[:_SNIFF] if hasattr(stream, "peek") else b""
        if kind := binary_kind(head):
            raise InputError(f"binary file ({kind}), not text")
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            lines: Iterable[str | InputError] = _text_lines(io.TextIOWrapper(stream, encoding="utf-16"))
        else:
            lines = _decoded_lines(stream, name, notes)
        yield from _records_of_lines(lines)


_SNIFF = 8192


def _long_line(size: int) -> InputError:
    return InputError(f"record too large: more than {size / 2**20:,.0f} MB on one line")


def _bounded_lines(stream, limit: int, newline, error_size: int) -> Iterator:
    """The lines of a text or binary stream; a line longer than ``limit`` is skipped to its
    end without being held, and comes as an :class:`InputError`."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(newline):
            while (rest := stream.readline(limit)) and not rest.endswith(newline):
                pass
            yield _long_line(error_size)
            continue
        yield line


def _text_lines(stream: io.TextIOBase) -> Iterator[str | InputError]:
    return _bounded_lines(stream, P.MAX_RECORD_BYTES // 2, "\n", P.MAX_RECORD_BYTES)


def _decoded_lines(stream: BinaryIO, name: str, notes: list[Note]) -> Iterator[str | InputError]:
    repaired, encodings = 0, {}
    first = True
    for raw in _bounded_lines(stream, P.MAX_RECORD_BYTES, b"\n", P.MAX_RECORD_BYTES):
        if isinstance(raw, InputError):
            yield raw
            continue
        if first and raw.startswith(codecs.BOM_UTF8):
            raw = raw[len(codecs.BOM_UTF8):]
        first = False
        try:
            yield raw.decode("utf-8")
            continue
        except UnicodeDecodeError:
            pass
        try:
            decoded = decode_bytes(raw)
        except DecodeError as exc:
            yield InputError(str(exc))
            continue
        encodings[decoded.encoding] = encodings.get(decoded.encoding, 0) + 1
        repaired += bool(decoded.repairs)
        yield decoded.text
    for encoding, n in sorted(encodings.items()):
        notes.append(Note(name, None, "encoding", f"{n:,} line{'s' if n > 1 else ''} decoded as {encoding}" +
                          (f" ({repaired:,} with broken bytes removed)" if repaired and encoding == "utf-8" else "")))


_JSON_TYPE_NAMES = {"int": "number", "float": "number", "str": "string", "list": "list", "bool": "true/false value", "NoneType": "null"}


def json_type_name(value) -> str:
    """The JSON name of a parsed value's type: ``number``, ``string``, ``list`` ..."""
    return _JSON_TYPE_NAMES.get(type(value).__name__, type(value).__name__)


def _as_object(value) -> dict:
    if not isinstance(value, dict):
        raise InputError(f"record is not a JSON object but a {json_type_name(value)}")
    return value


def _loads(text: str):
    """``json.loads`` whose failures are :class:`InputError` (a too-deep nesting included)."""
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise InputError("malformed JSON: nested too deeply to be an article export") from exc


def _json_records(text: str) -> Iterator[Record]:
    try:
        document = _loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}") from exc
    if isinstance(document, dict):
        key = next((k for k in P.JSON_LIST_KEYS if isinstance(document.get(k), list)), None)
        document = document[key] if key else [document]
    if not isinstance(document, list):
        raise InputError(f"not an article export: the JSON holds a {json_type_name(document)}, not a list of objects")
    for number, item in enumerate(document, start=1):
        try:
            yield number, _as_object(item)
        except InputError as exc:
            yield number, exc


def _csv_records(text: str) -> Iterator[Record]:
    sample = text[:65536]
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    # Only the delimiter is sniffed (from the header); quoting is the spreadsheet standard,
    # so doubled quotes and line breaks inside quoted fields are read as such.
    reader = csv.reader(io.StringIO(text, newline=""), csv.excel, delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error) as exc:
        raise InputError(f"malformed CSV: no header row ({exc})") from exc
    if not any(h.strip() for h in header):
        raise InputError("malformed CSV: the header row is empty")
    row_number = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield reader.line_num, InputError(f"malformed CSV from line {reader.line_num} on: {exc}")
            return
        row_number += 1
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield row_number, InputError(f"malformed row: {len(row)} fields, the header has {len(header)}")
            continue
        yield row_number, dict(zip(header, row))


def _field_names(canonical: str, field_map: Mapping[str, str] | None) -> tuple[str, ...]:
    if field_map and canonical in field_map:
        return (field_map[canonical],)
    return P.FIELD_ALIASES[canonical]


def _as_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("title") or value.get("id")
        return _as_text(value)
    if isinstance(value, list):
        parts = [_as_text(v) for v in value]
        return "\n\n".join(p for p in parts if p) or None
    text = str(value)
    return text if text.strip() else None


def field_value(record: Mapping, canonical: str, field_map: Mapping[str, str] | None = None) -> str | None:
    """The first non-empty value among the names for ``canonical`` (case-insensitive).

    Examples
    --------
    >>> field_value({"Headline": "Rutte trifft Trump"}, "title")
    'Rutte trifft Trump'
    >>> field_value({"Inhalt": "Text"}, "text", {"text": "inhalt"})
    'Text'
    """
    keys = {str(k).strip().lower(): k for k in record}
    for name in _field_names(canonical, field_map):
        key = keys.get(name.lower())
        if key is not None and (value := _as_text(record[key])) is not None:
            return value
    return None


def outlet_from_url(url: str | None) -> str | None:
    """The site's host name without ``www.``: ``https://www.zeit.de/x`` -> ``zeit.de``."""
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def record_to_article(
    record: Mapping, source_file: str, number: int | None, field_map: Mapping[str, str] | None = None
) -> tuple[RawArticle, list[Note]]:
    """Turn one export record into a :class:`RawArticle`, or raise :class:`InputError`."""
    raw_text = field_value(record, "text", field_map)
    if raw_text is None:
        names = ", ".join(_field_names("text", field_map))
        present = {str(k).strip().lower() for k in record}
        if not present & {n.lower() for n in _field_names("text", field_map)}:
            columns = ", ".join(map(str, record)) or "none"
            raise InputError(f"no text column: none of {names} is in the record (it has: {columns}); name the field with --field text=NAME")
        raise InputError(f"no text: none of the fields {names} has a value")
    if looks_like_html(raw_text):
        raw_text = html_fragment_to_text(raw_text)
    notes = []
    raw_date = field_value(record, "published", field_map)
    date = parse_date(raw_date)
    if raw_date is not None and date is None:
        notes.append(Note(source_file, number, "date_unparsed", f"published value {raw_date!r} is not a date"))
    title = field_value(record, "title", field_map)
    url = field_value(record, "url", field_map)
    outlet = field_value(record, "outlet", field_map)
    article = RawArticle(
        source_file=source_file,
        record=number,
        title=normalize_inline(title) or None if title else None,
        text=clean_body(raw_text),
        date=date,
        date_source="field" if date else "none",
        outlet=normalize_inline(outlet) if outlet else outlet_from_url(url),
        url=url.strip() if url else None,
        language=normalize_language_code(field_value(record, "language", field_map)),
    )
    return article, notes
