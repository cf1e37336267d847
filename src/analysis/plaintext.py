"""Scraped plain-text articles (``.txt``), as saved by the project's scraper.

Layout seen in the samples: an optional first-line header `` date 2024-11`` or
`` date 2025-12-23`` followed by the first text line; site labels ("Vorteilswelt") and
section words ("Außenpolitik") above or below the headline; time stamps as
"Stand: 23.11.2024 11:26 Uhr" or a line "23.12.2025 09:18"; page furniture such as
"0 Kommentare", "Folgen Sie uns auf", "- Themen:" with hashtag lines, and photo captions
"(Bild: ...)" that repeat the line above them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterns as P
from .dates import ParsedDate, date_from_match, parse_date, reconcile
from .items import InputError, Note, RawArticle
from .textnorm import drop_boilerplate, ends_sentence, join_paragraphs, normalize_characters, paragraphs_from_lines


@dataclass
class _Stamp:
    date: ParsedDate
    source: str  # "stand_line" or "timestamp_line"


def split_header(lines: list[str]) -> tuple[ParsedDate | None, str | None, list[str]]:
    """Take the `` date YYYY-MM[-DD]`` header off the first line.

    Returns the header date, the header text when it is not a valid date, and the lines
    with the header removed (the rest of the first line stays as the first line).
    """
    if not lines:
        return None, None, lines
    m = P.HEADER_DATE_RE.match(lines[0])
    if not m:
        return None, None, lines
    date = parse_date(m["date"])
    return date, None if date else m["date"], [m["rest"].strip(), *lines[1:]]


def _header_zone(lines: list[str]) -> range:
    """Indices of the first ``HEADER_ZONE_LINES`` non-empty lines (and the gaps between)."""
    seen = 0
    for i, line in enumerate(lines):
        if line.strip():
            seen += 1
            if seen > P.HEADER_ZONE_LINES:
                return range(i)
    return range(len(lines))


def take_stamps(lines: list[str]) -> tuple[list[_Stamp], list[str], list[str]]:
    """Find "Stand:" and time-stamp lines in the header zone and remove them.

    Returns the stamps, the lines without them, and the text of stamps that name an
    impossible date ("Stand: 31.02.2025"), which are removed too but give no date.
    """
    stamps: list[_Stamp] = []
    impossible: list[str] = []
    out = list(lines)
    for i in _header_zone(lines):
        line = out[i]
        if m := P.TIMESTAMP_LINE_RE.match(line):
            source, out[i] = "timestamp_line", ""
        elif m := P.STAND_RE.search(line):
            source, out[i] = "stand_line", (line[: m.start()] + line[m.end() :]).strip()
        else:
            continue
        try:
            stamps.append(_Stamp(date_from_match(m), source))
        except ValueError:
            impossible.append(m.group(0).strip())
    return stamps, out, impossible


def _is_label(line: str) -> bool:
    word = line.strip().rstrip(":").strip().lower()
    return word in P.SITE_LABELS or word in P.SECTION_WORDS


def drop_labels(lines: list[str]) -> list[str]:
    """Blank out site labels and section words standing alone in the header zone."""
    zone = _header_zone(lines)
    return ["" if i in zone and _is_label(line) else line for i, line in enumerate(lines)]


def is_headline(line: str) -> bool:
    """True for a headline: one statement of at most ``MAX_TITLE_WORDS`` words that does
    not end with a full stop or colon (lead sentences and teasers do)."""
    words = line.split()
    if not words or len(words) > P.MAX_TITLE_WORDS or line.endswith((".", ":")):
        return False
    return not re.search(r"[.!?]\s+[A-ZÄÖÜ\"]", line)


def take_title(lines: list[str]) -> tuple[str | None, list[str]]:
    """Take the headline off the top: the first line, joined with the next when it ends
    with a colon ("NATO-Chef Rutte:" + quote). Lines stay in the body when the first line
    is a lead sentence rather than a headline."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return None, lines
    first = lines[filled[0]].strip()
    used = [filled[0]]
    if first.endswith(":") and len(filled) > 1:
        candidate = f"{first} {lines[filled[1]].strip()}"
        if is_headline(candidate) and not ends_sentence(first[:-1]):
            first, used = candidate, filled[:2]
    if not is_headline(first):
        return None, lines
    return first, [line for i, line in enumerate(lines) if i not in used]


def choose_date(header: ParsedDate | None, stamps: list[_Stamp]) -> tuple[ParsedDate | None, str, list[str]]:
    """The article date, where it came from, and messages about conflicts."""
    messages = []
    stamp = stamps[0] if stamps else None
    for other in stamps[1:]:
        if other.date != stamp.date:
            messages.append(f"two in-text dates disagree: {other.source} is ignored")
    date, conflict = reconcile(header, stamp.date if stamp else None)
    if conflict:
        messages.append(conflict)
    if date is None:
        return None, "none", messages
    return date, stamp.source if stamp else "header", messages


def parse_plaintext(text: str, source_file: str) -> tuple[RawArticle, list[Note]]:
    """Read one scraped text file into a :class:`RawArticle` and notes about it."""
    lines = P.BULLET_RE.sub("\n", normalize_characters(text)).split("\n")
    header, bad_header, lines = split_header(lines)
    stamps, lines, impossible = take_stamps(lines)
    lines = drop_boilerplate(drop_labels(lines))
    title, lines = take_title(lines)
    date, date_source, messages = choose_date(header, stamps)
    notes = [Note(source_file, None, "date_conflict", m) for m in messages]
    if bad_header:
        notes.append(Note(source_file, None, "date_unparsed", f"header date {bad_header!r} is not a date"))
    notes.extend(Note(source_file, None, "date_unparsed", f"{stamp!r} is not a possible date") for stamp in impossible)
    body = join_paragraphs(paragraphs_from_lines(lines))
    if not body:
        raise InputError("not an article: no text after the header")
    article = RawArticle(source_file, None, title, body, date, date_source)
    return article, notes
