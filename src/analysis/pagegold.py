"""Scoring the web-page reader against pages with expected values (a "page gold" set).

A gold set is a folder of saved pages and a ``gold.json`` that maps each file name to the
expected ``title``, ``date`` (ISO with offset) and ``paras`` (the body's paragraphs). Both
sides are compared after the loader's own character normalisation
(:func:`textnorm.normalize_characters`: typographic quotes become straight ones, soft
hyphens go), so a quote style is never counted as an error.

Per page: the title is exactly right or not; the publication day is right when the read date
and the gold date fall on the same day in Europe/Berlin; body recall and precision are
bag-of-words scores (words with their counts, ``patterns.WORD_RE``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import patterns as P
from .dates import TZ
from .decoding import decode_bytes
from .htmlpage import parse_html_page
from .items import InputError
from .textnorm import normalize_characters, normalize_inline


@dataclass(frozen=True)
class PageScore:
    """How one page was read compared with its expected values."""

    name: str
    title_right: bool
    day_right: bool
    recall: float
    precision: float
    title: str | None
    gold_title: str
    day: str | None
    gold_day: str


def bag_of_words(text: str) -> Counter:
    """The words of ``text`` with their counts, after the loader's normalisation."""
    return Counter(P.WORD_RE.findall(normalize_characters(text)))


def word_recall_precision(found: str, expected: str) -> tuple[float, float]:
    """Bag-of-words recall and precision of ``found`` against ``expected``."""
    got, want = bag_of_words(found), bag_of_words(expected)
    common = sum((got & want).values())
    recall = common / sum(want.values()) if want else 1.0
    precision = common / sum(got.values()) if got else (1.0 if not want else 0.0)
    return recall, precision


def berlin_day(value: pd.Timestamp | str | None) -> str | None:
    """The calendar day of a timestamp in Europe/Berlin ("2024-05-03"); naive times are Berlin time."""
    if value is None:
        return None
    ts = pd.Timestamp(value)
    ts = ts.tz_localize(TZ) if ts.tzinfo is None else ts.tz_convert(TZ)
    return ts.strftime("%Y-%m-%d")


def score_page(html: str, name: str, gold: dict) -> PageScore:
    """Read one saved page and compare it with its gold entry."""
    try:
        article = parse_html_page(html, name)
        title, text = article.title, article.text
        day = berlin_day(article.date.timestamp) if article.date else None
    except InputError:
        title, text, day = None, "", None
    gold_title = normalize_inline(gold["title"])
    gold_day = berlin_day(gold["date"])
    recall, precision = word_recall_precision(text, "\n\n".join(gold["paras"]))
    return PageScore(name, title == gold_title, day == gold_day, recall, precision, title, gold_title, day, gold_day)


def score_folder(folder: Path) -> list[PageScore]:
    """Score every page that ``folder/gold.json`` lists, in file-name order (decoded as the loader does)."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return [score_page(decode_bytes((folder / name).read_bytes()).text, name, gold[name]) for name in sorted(gold)]


@dataclass(frozen=True)
class Summary:
    """The shares and means over a gold set."""

    pages: int
    titles: float
    days: float
    recall: float
    precision: float


def summarise(scores: list[PageScore]) -> Summary:
    """Share of right titles and days, mean recall and precision per page."""
    n = len(scores)
    return Summary(
        n,
        sum(s.title_right for s in scores) / n,
        sum(s.day_right for s in scores) / n,
        sum(s.recall for s in scores) / n,
        sum(s.precision for s in scores) / n,
    )
