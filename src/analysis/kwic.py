"""Keyword in context: every place a term or an actor appears, with its words around it.

:func:`kwic` searches titles and texts for a string (case-insensitive), a regular
expression, or the mentions of a dictionary actor (``actor="rutte"``: every form the actor
dictionary knows, "Rutte", "Nato-Generalsekretär" on the right dates ...). Each hit is one
row with the article's metadata, ``left`` and ``right`` context of ``window`` words, the
``match`` as written, the sentence it stands in, and ``field``/``start``/``end`` so that
``article[field][start:end] == match``.
"""

from __future__ import annotations

import re

import pandas as pd

from .loading import field_text
from .sentences import index_at, paragraph_spans, segment_paragraphs

COLUMNS = ["article_id", "published", "outlet", "title", "field", "start", "end", "left", "match", "right", "sentence"]
_WORD_RE = re.compile(r"\S+")


def _context(text: str, start: int, end: int, window: int) -> tuple[str, str]:
    """The ``window`` words before ``start`` and after ``end`` (within the field)."""
    left = _WORD_RE.findall(text[max(0, start - 40 * window) : start])[-window:] if window else []
    right = _WORD_RE.findall(text[end : end + 40 * window])[:window] if window else []
    return " ".join(left), " ".join(right)


def _sentences_of(text: str, positions: list[int]) -> list[str]:
    """The sentence holding each position (segmenting only the paragraphs that hold one)."""
    paragraph_starts = [s for s, _ in paragraph_spans(text)]
    if not paragraph_starts:
        return [text.strip() for _ in positions]
    sentences = segment_paragraphs(text, {index_at(paragraph_starts, p) for p in positions})
    starts = [s.start for s in sentences]
    return [text[sentences[index_at(starts, p)].start : sentences[index_at(starts, p)].end] for p in positions]


def _pattern(pattern: str, regex: bool) -> re.Pattern:
    if not pattern:
        raise ValueError("kwic needs a non-empty search term (or actor=...)")
    try:
        return re.compile(pattern if regex else re.escape(pattern), re.IGNORECASE)
    except re.error as exc:
        raise ValueError(f"not a regular expression: {pattern!r} ({exc})") from exc


def _hits_by_pattern(articles: pd.DataFrame, compiled: re.Pattern):
    for art in articles.itertuples(index=False):
        for field in ("title", "text"):
            text = field_text(getattr(art, field))
            if text:
                found = [(m.start(), m.end()) for m in compiled.finditer(text) if m.end() > m.start()]
                if found:
                    yield art, field, text, found


def _hits_by_actor(articles: pd.DataFrame, actor: str, mentions: pd.DataFrame | None):
    if mentions is None:
        from .actors import find_mentions

        mentions = find_mentions(articles, progress=False)
    hits = mentions[mentions["actor_id"] == actor]
    by_article = {key: group for key, group in hits.groupby(["article_id", "field"], sort=False)}
    for art in articles.itertuples(index=False):
        for field in ("title", "text"):
            group = by_article.get((art.article_id, field))
            text = field_text(getattr(art, field))
            if group is not None and text:
                yield art, field, text, sorted(zip(group["start"].astype(int), group["end"].astype(int)))


def kwic(articles: pd.DataFrame, pattern: str | None = None, *, window: int = 8, regex: bool = False,
         actor: str | None = None, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every occurrence of ``pattern`` (or of the actor ``actor``) with its context.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``article_id``, ``published``, ``outlet``, ``title``, ``text``).
    pattern : str, optional
        The search term, matched case-insensitively; a regular expression with ``regex=True``.
    window : int
        Words of context on each side.
    actor : str, optional
        An actor id of the dictionary (``"rutte"``, ``"NATO"``, ``"DE"``): its mentions are
        searched instead of a string.
    mentions : DataFrame, optional
        The mentions table (``mentions.parquet``); found anew when not given.

    Returns
    -------
    DataFrame
        ``article_id``, ``published``, ``outlet``, ``title``, ``field``, ``start``, ``end``,
        ``left``, ``match``, ``right``, ``sentence``, in article and text order.

    Examples
    --------
    >>> arts = pd.DataFrame({"article_id": ["a"], "published": [pd.NaT], "outlet": ["x"], "title": ["Nato"],
    ...                      "text": ["Rutte fordert mehr Geld. Die Nato will fünf Prozent."]})
    >>> kwic(arts, "fünf Prozent", window=2)[["left", "match", "right"]].values.tolist()
    [['Nato will', 'fünf Prozent', '.']]
    """
    if window < 0:
        raise ValueError("window must be 0 or more words")
    hits = _hits_by_actor(articles, actor, mentions) if actor is not None else _hits_by_pattern(articles, _pattern(pattern, regex))
    rows = []
    for art, field, text, spans in hits:
        sentences = _sentences_of(text, [s for s, _ in spans])
        for (start, end), sentence in zip(spans, sentences):
            left, right = _context(text, start, end, window)
            rows.append({"article_id": art.article_id, "published": art.published, "outlet": getattr(art, "outlet", None),
                         "title": art.title, "field": field, "start": start, "end": end, "left": left,
                         "match": text[start:end], "right": right, "sentence": sentence})
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("article_id", "outlet", "title", "field", "left", "match", "right", "sentence"):
        frame[column] = frame[column].astype("string")
    frame["published"] = pd.to_datetime(frame["published"], utc=True).dt.tz_convert("Europe/Berlin") if len(frame) else frame["published"]
    frame[["start", "end"]] = frame[["start", "end"]].astype("int64")
    return frame
