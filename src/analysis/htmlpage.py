"""Saved web pages (``.html``/``.htm``): main text, title, date and outlet via trafilatura.

trafilatura finds the article body and metadata (``<title>``/``og:title``,
``article:published_time`` and friends through htmldate, ``og:site_name``); nothing
is fetched from the network. htmldate reports midnight when a page gives a date
without a time, so a time of exactly 00:00:00 is read as day precision. Extraction
favours recall: trafilatura's default drops paragraphs marked as teasers, which on
German news sites hold the article's lead.
"""

from __future__ import annotations

import logging
import re

import lxml.html
import trafilatura

from . import patterns as P
from .dates import ParsedDate, parse_date
from .items import InputError, RawArticle
from .textnorm import clean_body, ends_sentence, normalize_inline

log = logging.getLogger(__name__)

_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_BLOCK_END_RE = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|section|article)\s*>|<br\s*/?>", re.IGNORECASE)


def html_date(value: str | None) -> ParsedDate | None:
    """Parse htmldate's output; a time of exactly midnight means the page gave a day only."""
    date = parse_date(value)
    if date is None:
        return None
    ts = date.timestamp
    if (ts.hour, ts.minute, ts.second) == (0, 0, 0):
        return ParsedDate(ts.normalize(), "day")
    return date


def drop_headline(lines: list[str], title: str | None, *, within: int = 3) -> list[str]:
    """Remove the headline that trafilatura repeats at the top of the body, together with
    the short kicker lines above it ("Noch vor dem Machtwechsel in den USA")."""
    if not title:
        return lines
    for i, line in enumerate(lines[:within]):
        if normalize_inline(line) == title:
            kickers = lines[:i]
            if all(len(k.split()) <= P.MAX_HEADING_WORDS and not ends_sentence(k.strip()) for k in kickers):
                return lines[i + 1 :]
            return lines[:i] + lines[i + 1 :]
    return lines


def parse_html_page(html: str, source_file: str) -> RawArticle:
    """Extract one article from a saved page, or raise :class:`InputError`."""
    doc = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,  # the default drops class="teaser" paragraphs: the lead of German news pages
        date_extraction_params=_DATE_PARAMS,
    )
    if doc is None or not (doc.text or "").strip():
        raise InputError("not an article: no main text in the page (trafilatura found none)")
    title = normalize_inline(doc.title) if doc.title else None
    lines = drop_headline(doc.text.split("\n"), title)
    date = html_date(doc.date)
    return RawArticle(
        source_file=source_file,
        record=None,
        title=title or None,
        text=clean_body("\n".join(lines)),
        date=date,
        date_source="html_meta" if date else "none",
        outlet=normalize_inline(doc.sitename or doc.hostname or "") or None,
        url=doc.url or None,
        language=doc.language or None,
    )


def looks_like_html(text: str) -> bool:
    """True when an export's text field holds HTML markup rather than plain text."""
    return bool(P.HTML_MARKUP_RE.search(text))


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment; block elements become paragraph breaks and
    entities are decoded."""
    marked = _BLOCK_END_RE.sub("\n\n", fragment)
    root = lxml.html.fragment_fromstring(marked, create_parent="div")
    return root.text_content()
