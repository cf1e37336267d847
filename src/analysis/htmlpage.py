"""Saved web pages (``.html``/``.htm``), read the way a reader reads them; nothing is
fetched from the network.

Title (:func:`page_headline`)
    The headline the page shows: a visible heading (its ``h1``, else the article's headline
    ``h2``) without its kicker, when the page's metadata confirm it (the JSON-LD
    ``headline`` of the article object, ``og:title``, ``<title>`` without the site name);
    else the metadata's "kicker: headline" when that kicker stands above the ``h1``; else
    the article's own ``h1``; else what most of the metadata agree on. A heading meant for
    search engines only, in navigation or in a teaser link is never the headline.
Body (:func:`article_part`, :func:`prune_furniture`)
    The part of the page holding the ``h1`` and the body's paragraphs, without teaser cards,
    link lists, figures and credits, newsletter and paywall boxes, share and comment bars,
    bylines, polls and ads (by element, class name and wording), read by trafilatura with
    recall favoured (its default drops paragraphs marked as teasers, which on German news
    sites hold the lead); furniture lines it keeps are dropped, and the lead the page marks
    is put first when trafilatura lost it.
Date (:func:`publication_date`)
    The article's own publication time from its structured data and publication meta tags,
    never a modified time; htmldate when the page has none. A time of exactly midnight
    means the page gave a day only.
"""

from __future__ import annotations

import email.utils
import json
import logging
from copy import deepcopy as copy_element
from urllib.parse import urlsplit

import lxml.etree
import lxml.html
import trafilatura
from trafilatura.metadata import extract_metadata

from . import patterns as P
from .dates import ParsedDate, parse_date
from .items import InputError, RawArticle
from .textnorm import clean_body, ends_sentence, normalize_inline

log = logging.getLogger(__name__)

_DATE_PARAMS = {"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_PARSER = lxml.html.HTMLParser(no_network=True, remove_comments=True, encoding="utf-8")  # HTML has no entity declarations to resolve


def html_date(value: str | None) -> ParsedDate | None:
    """Parse a page's date (ISO 8601 as htmldate and structured data give it, or RFC 2822 as
    in some meta tags); a time of exactly midnight means the page gave a day only."""
    date = parse_date(value)
    if date is None and isinstance(value, str) and "," in value:
        try:
            date = parse_date(email.utils.parsedate_to_datetime(value.strip()))
        except (TypeError, ValueError, IndexError):
            return None
    if date is None:
        return None
    ts = date.timestamp
    if (ts.hour, ts.minute, ts.second) == (0, 0, 0):
        return ParsedDate(ts.normalize(), "day")
    return date


def drop_headline(lines: list[str], headlines, *, within: int = 3) -> list[str]:
    """Remove the headlines that trafilatura repeats at the top of the body (any of the
    page's headline variants: a page may show an SEO h1 and its own headline), together
    with the short kicker lines above them ("Noch vor dem Machtwechsel in den USA")."""
    headlines = {headlines} if isinstance(headlines, str) else set(headlines or ())
    if not headlines:
        return lines
    while True:
        i = next((i for i, line in enumerate(lines[:within]) if _is_headline(normalize_inline(line), headlines)), None)
        if i is None:
            return lines
        kickers = lines[:i]
        if all(len(k.split()) <= P.MAX_HEADING_WORDS and not ends_sentence(k.strip()) for k in kickers):
            lines = lines[i + 1 :]
        else:
            lines = lines[:i] + lines[i + 1 :]


def _is_headline(line: str, headlines: set[str]) -> bool:
    """The line is a headline, or a headline with its kicker run into it ("KickerHeadline")."""
    if line in headlines:
        return True
    return any(len(h) >= 20 and line.endswith(h) and len(line[: -len(h)].split()) <= P.MAX_HEADING_WORDS for h in headlines)


def drop_web_furniture(lines: list[str]) -> list[str]:
    """Remove the page furniture trafilatura may keep: teaser headings ("Mehr zum Thema")
    with the short link lines under them, newsletter and paywall boxes, sharing prompts,
    image credits, reading times, bylines, agency notes, disclaimers. Lines longer than
    ``patterns.MAX_FURNITURE_WORDS`` words (``MAX_DISCLAIMER_WORDS`` for a disclaimer)
    always stay."""
    kept, in_teasers = [], False
    for line in lines:
        stripped = line.strip()
        if not stripped:
            kept.append(line)
            continue
        n_words = len(stripped.split())
        if n_words <= P.MAX_FURNITURE_WORDS and P.TEASER_HEADING_RE.match(stripped):
            in_teasers = True
            continue
        if in_teasers and n_words <= 2 * P.MAX_HEADING_WORDS and not ends_sentence(stripped):
            continue  # a teaser link under the heading
        in_teasers = False
        if n_words <= P.MAX_FURNITURE_WORDS and P.WEB_FURNITURE_LINE_RE.match(stripped):
            continue
        if n_words <= P.MAX_FURNITURE_WORDS and any(rx.match(stripped) for rx in P.WEB_MORE_FURNITURE_LINE_RES):
            continue
        if n_words <= P.MAX_DISCLAIMER_WORDS and P.DISCLAIMER_LINE_RE.match(stripped):
            continue
        kept.append(line)
    return kept


# --- furniture taken out of the page before its text is read -----------------------------------


def class_words(element) -> set[str]:
    """Lower-case words of an element's class, id and component attributes:
    ``"Article_elementPoll__0I_DP js-poll"`` -> {article, element, poll, 0i, dp, js}."""
    words: set[str] = set()
    for attr in P.CLASS_ATTRIBUTES:
        for part in P.CLASS_PART_SPLIT_RE.split(element.get(attr) or ""):
            if P.CAMEL_CASE_CLASS_RE.match(part):
                words.update(w.lower() for w in P.CAMEL_CASE_PART_RE.findall(part))
            elif part:
                words.add(part.lower())
    return words


def is_furniture(element) -> bool:
    """True for page furniture by element (figure, aside, form ...) or by class name
    (teaser and related lists, newsletter and paywall boxes, share bars, credits, bylines,
    polls, ads), and for a small block with radio buttons (a poll)."""
    if element.tag in P.FURNITURE_TAGS or element.tag == "input":
        return True
    if element.tag in ("div", "section", "fieldset") and element.find(".//input[@type='radio']") is not None:
        return len(element.text_content().split()) <= P.MAX_BOX_WORDS
    value = " ".join(element.get(attr) or "" for attr in P.CLASS_ATTRIBUTES).lower()
    return bool(value) and (bool(class_words(element) & P.FURNITURE_CLASS_WORDS) or bool(P.FURNITURE_CLASS_RE.search(value)))


class TextSizes:
    """Characters of text and of link text below each element of a tree, counted once.
    (Elements are keyed by ``id``: the list keeps lxml's proxies, and so their ids, alive.)"""

    def __init__(self, root):
        self.chars: dict[int, int] = {}
        self.links: dict[int, int] = {}
        self._alive: list = []
        self._walk(root, False)

    def _walk(self, element, in_link: bool) -> tuple[int, int]:
        self._alive.append(element)
        in_link = in_link or element.tag == "a"
        own = len((element.text or "").strip())
        chars, links = own, (own if in_link else 0)
        for child in element:
            if isinstance(child.tag, str):
                c, li = self._walk(child, in_link)
                chars, links = chars + c, links + li
            tail = len((child.tail or "").strip())
            chars, links = chars + tail, links + (tail if in_link else 0)
        self.chars[id(element)], self.links[id(element)] = chars, links
        return chars, links

    def link_share(self, element) -> float:
        chars = self.chars.get(id(element), 0)
        return self.links.get(id(element), 0) / chars if chars else 0.0


def _is_comment_section(element) -> bool:
    return bool(class_words(element) & P.COMMENT_CLASS_WORDS) or element.tag in ("footer", "aside", "nav")


def main_text_block(root):
    """The element whose own paragraphs hold the most words: the article's body (never a
    link, reader comments, an aside or the footer)."""
    words: dict[int, int] = {}
    parents: dict[int, object] = {}
    outside: dict[int, bool] = {}
    alive = []  # held, so that the ids of the ancestors stay theirs
    for p in root.iter("p"):
        parent = p.getparent()
        if parent is None:
            continue
        ancestors = list(p.iterancestors())
        alive += ancestors
        if any(a.tag == "a" or outside.setdefault(id(a), _is_comment_section(a)) for a in ancestors):
            continue
        words[id(parent)] = words.get(id(parent), 0) + len(p.text_content().split())
        parents[id(parent)] = parent
    return parents[max(words, key=words.get)] if words else None


def _real_paragraphs(element, sizes: TextSizes) -> int:
    return sum(1 for p in element.iter("p") if len(p.text_content().split()) >= P.MIN_PARAGRAPH_WORDS and sizes.link_share(p) < 0.5)


def box_of(heading, keep: set[int], sizes: TextSizes):
    """The box a teaser or promotion heading opens: its largest ancestor of at most
    ``MAX_BOX_WORDS`` words with at most one real paragraph, holding nothing protected."""
    box = heading
    while True:
        parent = box.getparent()
        if parent is None or id(parent) in keep or parent.tag in ("body", "html", "article", "main"):
            return box
        if len(parent.text_content().split()) > P.MAX_BOX_WORDS or _real_paragraphs(parent, sizes) > 1:
            return box
        box = parent


def _drop(element) -> None:
    if element.getparent() is not None:
        element.drop_tree()  # keeps the text after it


def _drop_box(heading, keep: set[int], sizes: TextSizes) -> None:
    """Remove a teaser or promotion box; a heading that stands alone in the body goes with
    the lists and link blocks that follow it."""
    box = box_of(heading, keep, sizes)
    if box is heading:
        following = heading.getnext()
        while following is not None and (following.tag in ("ul", "ol") or sizes.link_share(following) >= P.TEASER_LINK_SHARE):
            after = following.getnext()
            _drop(following)
            following = after
    _drop(box)


def is_teaser_card(article, own_article, sizes: TextSizes) -> bool:
    """True for an ``article`` element that does not hold the body and is a teaser card:
    mostly link text, or a few lines. An entry of the same kind as the article that holds
    the body (same class: the entries of a live blog) is never one."""
    if own_article is not None and (article.get("class") or "") == (own_article.get("class") or "") and article.get("class"):
        return False
    return sizes.link_share(article) >= P.TEASER_CARD_LINK_SHARE or len(article.text_content().split()) < P.MIN_ENTRY_WORDS


def prune_furniture(root) -> None:
    """Take out of a page (in place) what a reader skips: furniture elements and classes,
    teaser cards (:func:`is_teaser_card`), link lists, boxes opened by a
    teaser or promotion heading ("Mehr zum Thema", "Newsletter", "Über die Autorin") and
    "Lesen Sie auch: <link>" paragraphs. The body and the elements around it stay."""
    body = next(root.iter("body"), None)
    block = main_text_block(body if body is not None else root)
    kept = [block, *block.iterancestors()] if block is not None else []  # held, so that their ids stay theirs
    keep = {id(element) for element in kept}
    sizes = TextSizes(root)
    own_article = next((a for a in kept if a.tag == "article"), None)
    for element in list(body.iter() if body is not None else ()):
        if not isinstance(element.tag, str) or element.getparent() is None or id(element) in keep or element is body:
            continue
        if is_furniture(element) or (element.tag == "article" and is_teaser_card(element, own_article, sizes)):
            _drop(element)
        elif element.tag in ("ul", "ol", "div", "section") and sizes.link_share(element) >= P.TEASER_LINK_SHARE and len(element.findall(".//a")) >= 2:
            _drop(element)
    for element in list(body.iter("h2", "h3", "h4", "h5", "h6", "p", "div", "strong", "span") if body is not None else ()):
        if element.getparent() is None or id(element) in keep:
            continue
        text = normalize_inline(element.text_content())
        if text and len(text.split()) <= P.MAX_FURNITURE_WORDS and P.BOX_HEADING_RE.match(text):
            _drop_box(element, keep, sizes)
        elif element.tag == "p" and P.TEASER_LEADIN_RE.match(text) and sizes.link_share(element) >= 0.4:
            _drop(element)


# --- the headline a reader sees -------------------------------------------------------------


def _ld_objects(root) -> list[dict]:
    """The JSON-LD objects of a page (lists and ``@graph`` unpacked); broken blocks are skipped."""
    found: list[dict] = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        raw = script.text or ""
        if len(raw) > 2_000_000:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack = [data]
        while stack and len(found) < 200:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(item[key] for key in P.LD_CONTAINER_KEYS if isinstance(item.get(key), (list, dict)))
    return found


def _ld_types(item: dict) -> set[str]:
    """The schema.org types of a JSON-LD object, without a vocabulary prefix ("schema:NewsArticle")."""
    types = item.get("@type")
    types = types if isinstance(types, list) else [types]
    return {str(t).rsplit("/", 1)[-1].rsplit(":", 1)[-1] for t in types if t}


def _address(value) -> str:
    """A URL compared without scheme, query, fragment and trailing slash."""
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    parts = urlsplit(value if isinstance(value, str) else "")
    return f"{parts.hostname or ''}{parts.path.rstrip('/')}".lower().removeprefix("www.")


def ld_article(root) -> dict | None:
    """The article's own object in the page's structured data (NewsArticle, Article, ...):
    of several, the one whose url is the page's own (canonical, og:url), else the first."""
    articles = [item for item in _ld_objects(root) if _ld_types(item) & P.ARTICLE_LD_TYPES]
    if len(articles) > 1:
        own = {_address(u) for u in [*root.xpath("//link[@rel='canonical']/@href"), *_meta(root, "og:url")]} - {""}
        return next((a for a in articles if own & {_address(a.get(k)) for k in ("url", "@id", "mainEntityOfPage")}), articles[0])
    return articles[0] if articles else None


def _first_text(value) -> str | None:
    """A JSON-LD value as text (the first of a list)."""
    if isinstance(value, list):
        value = value[0] if value else None
    return value.strip() if isinstance(value, str) and value.strip() else None


def _meta(root, key: str) -> list[str]:
    """Contents of the meta tags whose ``property``, ``name`` or ``itemprop`` is ``key`` (any case)."""
    found = []
    for tag in root.iter("meta"):
        name = tag.get("property") or tag.get("name") or tag.get("itemprop") or ""
        if name.strip().lower() == key and (tag.get("content") or "").strip():
            found.append(tag.get("content").strip())
    return found


def publication_date(root) -> ParsedDate | None:
    """The article's own publication time: ``datePublished`` of its structured data, then
    the publication meta tags (``article:published_time`` ...), then an element marked
    ``itemprop="datePublished"``. Modified times are never read."""
    article = ld_article(root)
    values = [_first_text(article.get(key)) for key in ("datePublished", "dateCreated")] if article else []
    values += [v for key in P.PUBLISHED_META_KEYS for v in _meta(root, key)]
    values += root.xpath("//time[@itemprop='datePublished']/@datetime | //*[@itemprop='datePublished']/@content | //time[@pubdate]/@datetime")
    for value in values:
        if value and (date := html_date(str(value))):
            return date
    return None


def _plain(text: str) -> str:
    """Text that may hold markup or entities, as plain text on one line."""
    if "<" in text or "&" in text:
        text = lxml.html.fromstring(f"<p>{text}</p>", parser=_PARSER).text_content()
    return normalize_inline(text)


def ld_headline(root) -> str | None:
    """The ``headline`` of the page's article in its structured data (schema.org JSON-LD;
    see :func:`ld_article`)."""
    headline = _first_text((ld_article(root) or {}).get("headline"))
    return (_plain(headline) or None) if headline else None


def _classes(element) -> str:
    return element.get("class") or ""


def _is_screen_reader_part(element) -> bool:
    """True for a part of a heading that the page does not show (screen-reader text, a
    separator with ``aria-hidden``)."""
    return element.get("aria-hidden") == "true" or bool(P.SCREEN_READER_CLASS_RE.search(_classes(element)))


def _heading_pieces(element, out: list[tuple[str, bool, bool]], hidden: bool = False, extra: bool = False, top: bool = True) -> None:
    """The texts of a heading with, for each, whether it is hidden and whether it is a kicker part."""
    if not top:
        hidden = hidden or _is_screen_reader_part(element)
        extra = extra or bool(P.HEADLINE_EXTRA_CLASS_RE.search(_classes(element)))
    if element.text:
        out.append((element.text, hidden, extra))
    for child in element:
        if isinstance(child.tag, str):
            _heading_pieces(child, out, hidden, extra, top=False)
        if child.tail:
            out.append((child.tail, hidden, extra))


def headline_text(h1) -> str:
    """The text of a heading without its kicker and screen-reader parts. A hidden separator
    (``<span class="visually-hidden">: </span>``) ends the kicker, marked by a class or not."""
    pieces: list[tuple[str, bool, bool]] = []
    _heading_pieces(h1, pieces)
    split = next((i for i, (text, hidden, _) in enumerate(pieces) if hidden and text.strip() in P.HEADING_SEPARATORS), None)
    if split is not None and normalize_inline("".join(t for t, hidden, _ in pieces[split + 1 :] if not hidden)):
        pieces = pieces[split + 1 :]
    return normalize_inline("".join(text for text, hidden, extra in pieces if not hidden and not extra))


def _is_seo_only(element) -> bool:
    """An element meant for search engines or screen readers only ("seotitle", "sr-only")."""
    return bool(P.HIDDEN_HEADLINE_CLASS_RE.search(_classes(element))) or element.get("aria-hidden") == "true"


def _is_in_article(element) -> bool:
    return bool(element.xpath("ancestor::article or ancestor::main or ancestor::*[@role='main']"))


def visible_h1(root) -> tuple[str | None, set[str]]:
    """The page's visible ``h1`` (the first one in ``article``/``main``, else the first
    one), and the texts of the ``h1`` elements meant for search engines only."""
    hidden: set[str] = set()
    visible: list[tuple[bool, str]] = []
    for h1 in _visible_headings(root, "h1", hidden):
        if headline := headline_text(h1):
            visible.append((not _is_in_article(h1), headline))
    best = min(visible, key=lambda v: v[0])[1] if visible else None
    return best, hidden


def _visible_headings(root, path: str, hidden: set[str] | None = None) -> list:
    """The headings at ``path`` a reader sees as a headline: not in navigation, a link
    (a teaser card), an aside or the footer, not meant for search engines only, not longer
    than a headline. The texts of the hidden ones go into ``hidden``."""
    found = []
    for heading in root.xpath(path):
        text = normalize_inline(heading.text_content())
        if not text or len(text.split()) > P.MAX_HEADLINE_WORDS:
            continue
        if _is_seo_only(heading) or any(_is_screen_reader_part(a) for a in heading.iterancestors()):
            if hidden is not None:
                hidden.add(text)
            continue
        if not heading.xpath("ancestor::nav or ancestor::a or ancestor::aside or ancestor::footer or ancestor::figure"):
            found.append(heading)
    return found


def kicker_above(heading) -> str:
    """The kicker a page shows as a line of its own just above a headline that holds none
    (``<div class="keyword">``, ``<span class="topline">``); empty when there is none."""
    if normalize_inline(heading.text_content()) != headline_text(heading):
        return ""  # the kicker is inside the heading
    node = heading
    for _ in range(3):
        before = node.getprevious()
        while before is not None and not (isinstance(before.tag, str) and before.text_content().strip()):
            before = before.getprevious()
        if before is not None:
            text = normalize_inline(before.text_content())
            return text if len(text.split()) <= P.MAX_HEADING_WORDS else ""
        node = node.getparent()
        if node is None:
            break
    return ""


def title_key(text: str) -> str:
    """A headline compared without case and spacing."""
    return " ".join(normalize_inline(text).casefold().split())


def agreed_headline(headlines: list[str]) -> str | None:
    """The headline most of the page's metadata give; the first one breaks a tie."""
    keys = [title_key(h) for h in headlines]
    if not keys:
        return None
    best = max(keys, key=lambda k: (keys.count(k), -keys.index(k)))
    return headlines[keys.index(best)]


def _lead_in_matches(headline: str, kicker: str, title: str) -> bool:
    """ "Nach Gaetz-Rückzug: Trump-Anwältin soll ..." is ``kicker`` + ": " + ``title``."""
    for separator in P.KICKER_SEPARATORS:
        head, found, rest = headline.partition(separator)
        if found and title_key(head) == title_key(kicker) and title_key(rest) == title_key(title):
            return True
    return False


def _key(text: str) -> str:
    return P.NON_NAME_CHARS_RE.sub("", text.lower())


def _site_keys(root, sitename: str | None, url: str | None) -> set[str]:
    """Lower-case forms of the site's name: og:site_name, the host name's main part."""
    keys = set()
    for name in [sitename, *root.xpath("//meta[@property='og:site_name']/@content"), *root.xpath("//meta[@name='application-name']/@content")]:
        if name:
            keys.add(_key(name))
    for address in [url, *root.xpath("//link[@rel='canonical']/@href"), *root.xpath("//meta[@property='og:url']/@content")]:
        host = urlsplit(address or "").hostname or ""
        parts = [p for p in host.split(".") if p not in ("www", "m", "amp")]
        if len(parts) >= 2:
            keys.add(_key(parts[-2]))
    return {k for k in keys if len(k) >= 2}


def _names_site(segment: str, site_keys: set[str]) -> bool:
    key = _key(segment)
    return bool(P.DOMAIN_SEGMENT_RE.match(segment)) or bool(key) and any(k in key or key in k for k in site_keys)


def strip_site_name(title: str | None, site_keys: set[str]) -> str | None:
    """A page title without the site's name and section after it ("Titel | tagesschau.de",
    "Titel - Panorama - derStandard.at › Panorama"); unchanged when no segment names the site.

    Examples
    --------
    >>> strip_site_name("Nennen wir ihn doch Golf von Nordamerika – DiePresse.com", {"diepresse"})
    'Nennen wir ihn doch Golf von Nordamerika'
    >>> strip_site_name("Rutte - ein Porträt", {"tagesschau"})
    'Rutte - ein Porträt'
    """
    if not title:
        return title
    separators = list(P.TITLE_SEPARATOR_RE.finditer(title))
    segments = P.TITLE_SEPARATOR_RE.split(title)
    site = next((i for i in range(1, len(segments)) if _names_site(segments[i], site_keys)
                 and all(len(seg.split()) <= P.MAX_SITE_SEGMENT_WORDS for seg in segments[i:])), None)
    if site is None:
        return title
    while site > 1 and segments[site - 1].strip().lower() in P.SECTION_WORDS:  # "Titel - Panorama - derStandard.at"
        site -= 1
    return title[: separators[site - 1].start()].strip() or title


def page_lead(root) -> str | None:
    """The lead paragraph under the headline, inside the article or main content: marked
    by its class ("lead", "intro" ...), else a paragraph before the body that repeats the
    page's description (``og:description``, ``description``, the JSON-LD ``description``)
    or is marked as teaser text without being a link; None when the page has none."""
    has_article = bool(root.xpath("//article | //main"))
    elements = root.xpath("//p | //div")
    order = {id(element): i for i, element in enumerate(elements)}
    block = main_text_block(root)
    first_p = next((c for c in block if c.tag == "p"), None) if block is not None else None
    body_start = order.get(id(first_p), len(elements))
    article = ld_article(root) or {}
    descriptions = [d for d in [_first_text(article.get("description")), *_meta(root, "og:description"), *_meta(root, "description")] if d]
    described = {title_key(_plain(d))[:60] for d in descriptions if len(d.split()) >= P.MIN_LEAD_WORDS}
    for strict in (True, False):
        for element in elements:
            if element.xpath("ancestor::nav or ancestor::aside or ancestor::footer or ancestor::a or ancestor::header[not(ancestor::article or ancestor::main)]"):
                continue
            if has_article and not element.xpath("ancestor::article or ancestor::main or ancestor::*[@role='main']"):
                continue
            if element.xpath(".//p | .//h1 | .//h2 | .//h3 | .//h4 | .//h5 | .//h6"):
                continue  # a block around the lead (kicker, headline, lead, date), not the lead
            text = normalize_inline(element.text_content())
            if len(text.split()) < P.MIN_LEAD_WORDS:
                continue
            if strict:
                if element.get("class") and P.LEAD_CLASS_RE.search(_classes(element)):
                    return text
            elif order[id(element)] <= body_start and element.find(".//a") is None and element.find(".//div") is None:
                if title_key(text)[:60] in described or class_words(element) & P.TEASER_TEXT_CLASS_WORDS:
                    return text
    return None


def with_lead(lines: list[str], lead: str | None) -> list[str]:
    """The body lines with the lead in front, unless the body already holds it."""
    if not lead:
        return lines
    body = normalize_inline(" ".join(lines))
    if normalize_inline(lead)[:120] in body:
        return lines
    return [lead, *lines]


def page_headline(root, sitename: str | None, url: str | None, fallback: str | None) -> tuple[str | None, set[str]]:
    """The headline a reader sees and every headline variant of the page.

    The metadata's headlines are the article's ``headline`` in its structured data,
    ``og:title`` (else ``twitter:title``) and ``<title>`` (site names cut off); trafilatura's
    title when the page has none of them. In this order:

    1. a visible heading (an ``h1``, else the headline heading of the article, an ``h2`` in
       many layouts) that one of them confirms: its text without kicker and screen-reader
       parts, or the text of one of its parts (a kicker inside the heading is never part
       of the headline, even where the metadata join them: "Bundeswehr: Neue Fregatten ...");
    2. the metadata's "kicker: headline" when the page shows that kicker as a line of its
       own above an ``h1`` that holds none (the outlet's full headline);
    3. the article's own ``h1`` (the visible headline, not an SEO variant in the metadata);
    4. the headline most of the metadata agree on (an ``h1`` outside the article is a
       teaser or a live ticker's latest entry, not the page's headline).

    A heading meant for search engines only ("seotitle", "sr-only") is never the headline.
    """
    keys = _site_keys(root, sitename, url)
    h1, hidden = visible_h1(root)
    titles = root.xpath("//head/title")
    social = _meta(root, "og:title") or _meta(root, "twitter:title")  # twitter:title mostly repeats og:title: one voice
    metadata = [ld_headline(root), strip_site_name(_plain(social[0]), keys) if social else None]
    metadata.append(strip_site_name(normalize_inline(titles[0].text_content()), keys) if titles else None)
    metadata = [m for m in metadata if m and m not in hidden] or [m for m in [strip_site_name(fallback, keys)] if m and m not in hidden]
    confirmed = {title_key(m) for m in metadata}
    h1s = _visible_headings(root, "//h1")
    others = [h for h in _visible_headings(root, "//h2 | //h3 | //*[@itemprop='headline'][not(self::h1)]") if _is_in_article(h)]
    variants = set(metadata) | hidden | {normalize_inline(h.text_content()) for h in h1s}
    variants |= {text for h in others if h.xpath("ancestor::header") for text in (headline_text(h), normalize_inline(h.text_content()))}
    for heading in h1s + others:
        parts = [headline_text(heading)]
        parts += [normalize_inline(c.text_content()) for c in heading if isinstance(c.tag, str) and not _is_screen_reader_part(c)]
        chosen = next((part for part in parts if part and title_key(part) in confirmed), None)
        if chosen:
            return chosen, variants | {chosen}
    main = next((h for h in h1s if _is_in_article(h) and headline_text(h)), None)
    if main is not None:
        title, kicker = headline_text(main), kicker_above(main)
        joined = next((m for m in metadata if kicker and _lead_in_matches(m, kicker, title)), None)
        if joined:
            return joined, variants | {joined, title}
        if len(title.split()) >= 2:
            return title, variants | {title}
    chosen = agreed_headline(metadata) or h1
    return chosen, variants | ({chosen} if chosen else set())


def _extract(page):
    return trafilatura.bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_recall=True,  # the default drops class="teaser" paragraphs: the lead of German news pages
        date_extraction_params=_DATE_PARAMS,
    )


def common_ancestor(a, b):
    """The lowest element that holds both ``a`` and ``b``."""
    above_a = [a, *a.iterancestors()]
    return next((element for element in [b, *b.iterancestors()] if any(element is x for x in above_a)), None)


def article_part(root):
    """The part of a page that is the article: the lowest element holding both the page's
    ``h1`` and the paragraphs of its body (without an ``h1``, the article element around
    the body); None when that is the whole page."""
    block = main_text_block(root)
    if block is None:
        return None
    h1s = _visible_headings(root, "//h1")
    h1 = next((h for h in h1s if _is_in_article(h)), h1s[0] if h1s else None)
    if h1 is not None:
        part = common_ancestor(block, h1)
    else:
        part = next((a for a in [block, *block.iterancestors()] if a.tag in ("article", "main") or a.get("itemprop") == "articleBody"), None)
    return None if part is None or part.tag in ("html", "body") else part


def _as_page(root, part):
    """A page of the head of ``root`` and a copy of ``part`` as its one ``article``
    (trafilatura reads an ``article`` element as the main content)."""
    page = lxml.html.Element("html")
    head = root.find("head")
    if head is not None:
        page.append(copy_element(head))
    body = lxml.etree.SubElement(page, "body")
    (body if part.tag == "article" else lxml.etree.SubElement(body, "article")).append(copy_element(part))
    return page


def _htmldate(root) -> str | None:
    """htmldate's date of the whole page (through trafilatura), when it has no structured one."""
    return extract_metadata(copy_element(root), date_config=dict(_DATE_PARAMS)).date


def _words(doc) -> int:
    return len((doc.text or "").split()) if doc is not None else 0


def parse_html_page(html: str, source_file: str) -> RawArticle:
    """Extract one article from a saved page, or raise :class:`InputError`: the article
    part of the page (:func:`article_part`) without its furniture (:func:`prune_furniture`)
    is read by trafilatura; when that leaves too little text, the whole page without its
    furniture, then the page as it is."""
    root = _parse_tree(html)
    doc = None
    if root is not None:
        pruned = copy_element(root)
        prune_furniture(pruned)
        part = article_part(pruned)
        doc = _extract(_as_page(pruned, part)) if part is not None else None
        if _words(doc) < P.MIN_ARTICLE_WORDS:
            doc = _extract(pruned)
    if _words(doc) < P.MIN_ARTICLE_WORDS:
        doc = _extract(html) or doc
    if doc is None or not (doc.text or "").strip():
        raise InputError("not an article: no main text in the page (trafilatura found none)")
    fallback = normalize_inline(doc.title) if doc.title else None
    if root is not None:
        title, variants = page_headline(root, doc.sitename, doc.url, fallback)
    else:
        title, variants = fallback, {fallback} if fallback else set()
    lines = drop_web_furniture(drop_headline(doc.text.split("\n"), variants))
    if root is not None:
        lines = with_lead(lines, page_lead(root))
    date = (publication_date(root) if root is not None else None) or html_date(_htmldate(root) if root is not None else doc.date)
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


def _parse_tree(html: str):
    """The page as an lxml tree (entities are not resolved), or None when it cannot be parsed."""
    try:
        return lxml.html.fromstring(html.encode("utf-8"), parser=_PARSER)
    except (ValueError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return None


def looks_like_html(text: str) -> bool:
    """True when an export's text field holds HTML markup rather than plain text."""
    return bool(P.HTML_MARKUP_RE.search(text))


def html_fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment; block elements become paragraph breaks and
    entities are decoded."""
    marked = P.HTML_BLOCK_END_RE.sub("\n\n", fragment)
    root = lxml.html.fragment_fromstring(marked, create_parent="div")
    return root.text_content()
