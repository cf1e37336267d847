"""Documents and news-database exports: DOCX, RTF and PDF files.

- A **Nexis Uni (LexisNexis) export** holds many articles in one file: a cover page
  ("Documents (10)", the list of titles, the search), then per article its title, the
  outlet, a date line ("July 1, 2019 Monday 9:20 AM GMT", "23. November 2024 Samstag"),
  "Copyright ...", labels such as "Section:"/"Rubrik:", "Length:"/"Länge:",
  "Byline:"/"Autor:", then "Body", the paragraphs, "Load-Date: ..." and "End of Document".
  Each article becomes one record (numbered from 1) with title, outlet and date from the
  export's own fields and none of its furniture in the text. The layout is recognised in
  DOCX, RTF and PDF files alike; the English and the German interface are read.
- Any other **DOCX** is one article: its first paragraph is the title.
- Any other **RTF** or **PDF** (with a text layer) is one article, read like a text file
  (:func:`analysis.plaintext.parse_plaintext`): the first line is the headline. PDF page
  numbers are dropped and words broken at a line end are joined.

A DOCX is a zip archive: it is checked against the archive limits (size, compression
ratio) before it is opened, and python-docx parses it without resolving XML entities.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import zipfile
from collections.abc import Iterator

from . import patterns as P
from .decoding import binary_kind
from .inputs import check_zip_container
from .items import InputError

log = logging.getLogger(__name__)

DOCUMENT_SUFFIXES = (".docx", ".rtf", ".pdf")

#: What a document gives: ``("record", number, dict)`` for an export article or a DOCX,
#: ``("txt", None, text)`` for a document read like a text file.
Unit = tuple[str, int | None, object]


def document_units(data: bytes, suffix: str) -> list[Unit]:
    """The articles of a document file, or raise :class:`InputError` with the reason."""
    if suffix == ".docx":
        lines = docx_paragraphs(data)
    elif suffix == ".rtf":
        lines = rtf_text(data).split("\n")
    else:
        lines = pdf_text(data).split("\n")
    lines = [" ".join(line.split()) for line in lines]
    if is_nexis_export(lines):
        records = nexis_records(lines)
        if not records:
            raise InputError("no records: a Nexis export layout, but no article with a body in it")
        return [("record", number, record) for number, record in enumerate(records, start=1)]
    if not any(lines):
        raise InputError(f"no text: the {suffix[1:].upper()} document holds no words")
    if suffix == ".docx":
        return [("record", None, docx_article(lines))]
    return [("txt", None, "\n".join(lines))]


# --- reading the formats ---------------------------------------------------------------------


def _not_a(kind: str, data: bytes) -> InputError:
    found = binary_kind(data)
    return InputError(f"not a {kind} document: the file is {'a ' + found if found else 'something else'}")


def docx_paragraphs(data: bytes) -> list[str]:
    """The paragraphs of a DOCX body in order (tables left out); a line break inside a
    paragraph becomes a space."""
    import docx  # python-docx, loaded only when a DOCX is read

    if not data.startswith(b"PK"):
        raise _not_a("DOCX", data)
    check_zip_container(data, "the DOCX")
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"not a readable DOCX document: {exc}") from exc
    except Exception as exc:  # python-docx raises its own errors for a package without a document part
        raise InputError(f"not a readable DOCX document: {type(exc).__name__}: {exc}") from exc
    return [p.text.replace("\n", " ") for p in document.paragraphs]


def rtf_text(data: bytes) -> str:
    """The plain text of an RTF document."""
    from striprtf.striprtf import rtf_to_text

    if not data.lstrip().startswith(b"{\\rtf"):
        raise _not_a("RTF", data)
    text = data.decode("cp1252", errors="replace")
    try:
        return rtf_to_text(text, errors="replace")
    except (ValueError, LookupError, IndexError) as exc:
        raise InputError(f"not a readable RTF document: {exc}") from exc


def pdf_text(data: bytes) -> str:
    """The text layer of a PDF, page by page; page-number lines dropped, words broken
    at a line end joined. Raises :class:`InputError` for an encrypted PDF and for one
    without a text layer (a scan)."""
    import pypdf
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about odd objects are not the user's business
    if not data.lstrip()[:1024].startswith(b"%PDF-"):
        raise _not_a("PDF", data)
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError("refused: an encrypted PDF (needs a password); save it without the password")
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, RecursionError, OSError) as exc:
        if "crypt" in str(exc).lower() or "password" in str(exc).lower():
            raise InputError(f"refused: an encrypted PDF that cannot be opened ({exc})") from exc
        raise InputError(f"not a readable PDF document: {type(exc).__name__}: {exc}") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise InputError(f"no text layer: the PDF's {len(pages)} page(s) hold no text (a scan?); run OCR on it first")
    lines = [line for line in text.replace("\r", "\n").split("\n") if not P.PDF_PAGE_LINE_RE.match(line)]
    return P.PDF_HYPHEN_BREAK_RE.sub("", "\n".join(lines))


def docx_article(lines: list[str]) -> dict:
    """One article of a plain DOCX: the first paragraph is the title, the rest the body."""
    filled = [line for line in lines if line]
    return {"title": filled[0] if len(filled) > 1 else None, "text": filled[1:] if len(filled) > 1 else filled}


# --- the Nexis Uni layout --------------------------------------------------------------------


def is_nexis_export(lines: list[str]) -> bool:
    """True when the lines follow the Nexis Uni export layout."""
    has_end = any(line in P.NEXIS_END_LINES for line in lines)
    has_body = any(line in P.NEXIS_BODY_LABELS for line in lines)
    has_labels = sum(1 for line in lines if P.NEXIS_LABEL_RE.match(line)) >= 1
    return has_body and (has_end or has_labels)


def nexis_date(line: str) -> str | None:
    """An ISO 8601 string for a Nexis date line, or None when the line is not one.

    Examples
    --------
    >>> nexis_date("July 1, 2019 Monday 9:20 AM GMT")
    '2019-07-01T09:20:00+00:00'
    >>> nexis_date("23. November 2024 Samstag")
    '2024-11-23'
    """
    m = P.NEXIS_DATE_LINE_RE.match(line)
    if not m:
        return None
    if m["en_month"]:
        month, day, year = P.ENGLISH_MONTHS.get(m["en_month"].lower()), m["en_day"], m["en_year"]
    else:
        month, day, year = P.GERMAN_MONTHS.get(m["de_month"].lower()), m["de_day"], m["de_year"]
    if month is None:
        return None
    try:
        date = dt.date(int(year), month, int(day))
    except ValueError:
        return None
    if m["hour"] is None:
        return date.isoformat()
    hour, minute = int(m["hour"]), int(m["minute"])
    if m["ampm"]:
        hour = hour % 12 + (12 if m["ampm"].lower() == "pm" else 0)
    if hour > 23 or minute > 59:
        return date.isoformat()
    stamp = f"{date.isoformat()}T{hour:02d}:{minute:02d}:00"
    offset = P.NEXIS_ZONE_OFFSETS.get(m["zone"] or "")
    return stamp if offset is None else f"{stamp}{offset:+03d}:00"


def _header(lines: list[str], body: int, floor: int) -> tuple[int, dict]:
    """Read the header of the article whose "Body" label is at ``body``, scanning back
    no further than ``floor``: returns where the header starts and its fields."""
    fields: dict = {}
    i = body - 1
    while i >= floor and (not lines[i] or P.NEXIS_LABEL_RE.match(lines[i]) or P.NEXIS_COPYRIGHT_RE.match(lines[i])):
        if m := P.NEXIS_LABEL_RE.match(lines[i]):
            fields.setdefault(m["label"].lower(), m["value"].strip())
        i -= 1
    order = []  # the header's plain lines, from the bottom up: date line, outlet, title
    while i >= floor and len(order) < 3:
        if lines[i]:
            if P.NEXIS_COVER_RE.match(lines[i]):
                break
            order.append(i)
        elif order and len(order) >= 2:
            break  # a blank line above the outlet ends the title
        i -= 1
    date_at = next((k for k in order if nexis_date(lines[k])), None)
    if date_at is not None:
        fields["published"] = nexis_date(lines[date_at])
        above = [k for k in order if k < date_at]
    else:
        above = order[:2]  # no date line: the two lines above the labels are outlet and title
    if above:
        fields["outlet"] = lines[above[0]]
    if len(above) > 1:
        fields["title"] = lines[above[1]]
    start = min([*above, date_at] if date_at is not None else above, default=body)
    return start, fields


def nexis_records(lines: list[str]) -> list[dict]:
    """The articles of a Nexis export as records (``title``, ``text`` as a list of
    paragraphs, ``published``, ``outlet``, ``byline``, ``section``); works with or
    without the "End of Document" lines."""
    bodies = [i for i, line in enumerate(lines) if line in P.NEXIS_BODY_LABELS]
    headers = []
    floor = 0
    for b in bodies:
        start, fields = _header(lines, b, floor)
        headers.append((start, fields))
        floor = b + 1
    records = []
    for k, (b, (_, fields)) in enumerate(zip(bodies, headers)):
        end = headers[k + 1][0] if k + 1 < len(bodies) else len(lines)
        paragraphs = list(_body_paragraphs(lines[b + 1 : end]))
        if not paragraphs:
            continue
        record = {"text": paragraphs, **{key: fields[key] for key in ("title", "published", "outlet") if key in fields}}
        for label, key in (("byline", "byline"), ("autor", "byline"), ("section", "section"), ("rubrik", "section")):
            if label in fields:
                record.setdefault(key, fields[label])
        records.append(record)
    return records


def _body_paragraphs(lines: list[str]) -> Iterator[str]:
    """The body's paragraphs without the trailer: walking back from the end, blank
    lines, "End of Document" and the trailer's labelled lines (Load-Date, Classification,
    Subject: ...) are furniture; the body ends at the last line that is none of these."""
    end = len(lines)
    while end > 0 and (not lines[end - 1] or lines[end - 1] in P.NEXIS_END_LINES or P.NEXIS_TRAILER_RE.match(lines[end - 1])):
        end -= 1
    for line in lines[:end]:
        if line and line not in P.NEXIS_END_LINES:
            yield line
