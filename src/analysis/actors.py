"""Actors in articles: mentions, unknown names, co-occurrence and its evidence.

Mentions come from the actor dictionary (``lexicon``; ``data/actors.yaml`` plus a
user's ``data/raw/actors.yaml``). Each mention records its article, field (``title`` or
``text``), paragraph, sentence (spaCy sentencizer), character offsets and how it was
found (``via``: ``name``, ``alias``, ``role``, ``compound``). A role in an undated article
("der NATO-Generalsekretär") becomes a row without ``actor_id`` whose ``note`` says why,
so nothing is resolved by guessing.

Co-occurrence counts *windows* (sentences, paragraphs or articles): an actor named twice
in a window counts once there, and an actor never pairs with itself. Measures, for actors
a and b over the N windows that mention at least one actor:

``count``
    windows naming both a and b;
``jaccard``
    count / (windows naming a or b);
``npmi``
    log(p(a,b) / (p(a) p(b))) / -log p(a,b), from -1 (never together) through 0
    (independent) to 1 (always together), with p = windows / N.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np
import pandas as pd

from . import schema
from .lexicon import Lexicon, load_lexicon
from .loading import TEXT_FIELDS as FIELDS
from .loading import RowChunks, iter_article_fields
from .sentences import index_at, paragraph_spans, segment_paragraphs

WINDOWS = ("sentence", "paragraph", "article")
MEASURES = ("count", "jaccard", "npmi")


def _field_mentions(text: str, published, precision, lexicon: Lexicon) -> list[dict]:
    """Mentions in one field, with paragraph and sentence numbers and sentence offsets."""
    found = lexicon.find(text, published, precision)
    if not found:
        return []
    paragraph_starts = [s for s, _ in paragraph_spans(text)]
    sentences = segment_paragraphs(text, (index_at(paragraph_starts, m.start) for m in found))
    starts = [s.start for s in sentences]
    rows = []
    for m in found:
        s = sentences[index_at(starts, m.start)]
        rows.append({
            "paragraph": s.paragraph, "sentence": s.index, "sentence_start": s.start, "sentence_end": s.end,
            "actor_id": m.actor_id or None, "start": m.start, "end": m.end, "quote": text[m.start : m.end],
            "via": m.via, "role": m.role, "note": m.note,
        })
    return rows


def find_mentions(articles: pd.DataFrame, *, lexicon: Lexicon | None = None, progress: bool | None = None) -> pd.DataFrame:
    """Every mention of a dictionary actor in the articles' titles and texts.

    Parameters
    ----------
    articles : DataFrame
        The articles table.
    lexicon : Lexicon, optional
        Actor dictionary; by default the package's (see ``lexicon.load_lexicon`` for
        adding a user's file).
    progress : bool, optional
        Show a progress bar; by default for 500 articles or more.

    Returns
    -------
    DataFrame
        Columns of ``analysis.schema.MENTIONS``; ``start``/``end`` are offsets into the
        field named in ``field``; ``sentence`` counts the sentences of its paragraph.

    Examples
    --------
    >>> from analysis import store, actors                  # doctest: +SKIP
    >>> mentions = actors.find_mentions(store.read_articles())  # doctest: +SKIP
    """
    lexicon = lexicon or load_lexicon()
    chunks = RowChunks([c for c in schema.MENTIONS if c not in ("label", "type")])
    for art, field, text, published in iter_article_fields(articles, desc="finding actors", progress=progress):
        for row in _field_mentions(text, published, art.date_precision, lexicon):
            chunks.append({"article_id": art.article_id, "field": field, **row})
    frame = chunks.frame()
    labels = lexicon.actors.set_index("actor_id")
    frame["label"] = frame["actor_id"].map(labels["label"])
    frame["type"] = frame["actor_id"].map(labels["type"])
    unresolved = frame["actor_id"].isna()
    frame.loc[unresolved, "type"] = "person"
    frame.loc[unresolved, "label"] = frame.loc[unresolved, "role"].map({r: role.label for r, role in lexicon.roles.items()})
    return schema.conform(frame, schema.MENTIONS)


# --- unknown names ---------------------------------------------------------------------------

#: Two or three capitalised words, the way people and places are named.
_NAME_RE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüßéèáíóúç]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)((?: (?:von der |van |de |von )?[A-ZÄÖÜ][a-zäöüßéèáíóúç]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2})(?![\w-])")
#: Words before a capitalised pair that make it a noun phrase, not a name ("der Weißen Haus").
_DETERMINERS = frozenset(
    "der die das den dem des ein eine einer einem einen eines im am vom zum zur beim ins ans aufs "
    "dieser diese dieses diesem diesen jeder jede jedes alle keine kein seine seiner seinem ihre ihrer ihrem "
    "unsere unser neue neuen".split()
)


def candidate_names(articles: pd.DataFrame, *, lexicon: Lexicon | None = None, min_count: int = 3, top: int = 50) -> pd.DataFrame:
    """Frequent capitalised word pairs and triples the dictionary does not know, such as
    "Farah Dakhlallah" or "Jens Spahn", to grow the dictionary: ``name``, ``count``,
    ``articles``, ``example`` (a sentence), ``article_id`` of the example.

    A pair counts when it does not start a sentence, is not preceded by an article
    ("der Deutschen Bank") and none of its words is a known actor form.
    """
    lexicon = lexicon or load_lexicon()
    counts: Counter = Counter()
    seen_in: dict[str, set] = {}
    example: dict[str, tuple[str, str]] = {}
    for art in articles.itertuples(index=False):
        for field in FIELDS:
            text = getattr(art, field)
            if text is None or pd.isna(text):
                continue
            for m in _NAME_RE.finditer(text):
                name = m.group(0)
                before = text[max(0, m.start() - 12) : m.start()]
                previous_word = before.split()[-1].lower() if before.split() else ""
                if not before.strip() or before.rstrip().endswith((".", "!", "?", ":", '"')) or previous_word in _DETERMINERS:
                    continue
                if lexicon.find(name):
                    continue
                counts[name] += 1
                seen_in.setdefault(name, set()).add(art.article_id)
                if name not in example:
                    start = max(text.rfind(". ", 0, m.start()) + 2, 0)
                    end = text.find(". ", m.end())
                    example[name] = (text[start : end + 1 if end != -1 else len(text)], art.article_id)
    rows = [
        {"name": n, "count": c, "articles": len(seen_in[n]), "example": example[n][0], "article_id": example[n][1]}
        for n, c in counts.most_common() if c >= min_count
    ][:top]
    return pd.DataFrame(rows, columns=["name", "count", "articles", "example", "article_id"])


# --- co-occurrence ---------------------------------------------------------------------------


def _window_keys(mentions: pd.DataFrame, window: str) -> pd.Series:
    if window not in WINDOWS:
        raise ValueError(f"window must be one of {WINDOWS}, got {window!r}")
    if window == "article":
        return mentions["article_id"].astype(str)
    key = mentions["article_id"].astype(str) + "|" + mentions["field"].astype(str) + "|" + mentions["paragraph"].astype(str)
    return key + "|" + mentions["sentence"].astype(str) if window == "sentence" else key


def _incidence(mentions: pd.DataFrame, window: str) -> tuple[pd.DataFrame, int]:
    """Window × actor 0/1 matrix (each actor once per window) and the number of windows."""
    m = mentions[mentions["actor_id"].notna()]
    keys = _window_keys(m, window)
    window_codes, windows = pd.factorize(keys.to_numpy())
    actor_codes, actor_ids = pd.factorize(m["actor_id"].astype(str).to_numpy(), sort=True)
    x = np.zeros((len(windows), len(actor_ids)), dtype=np.int64)
    x[window_codes, actor_codes] = 1  # a matrix, not a crosstab: ten times faster on a corpus
    return pd.DataFrame(x, index=pd.Index(windows, name="window"), columns=pd.Index(actor_ids, name="actor_id")), len(windows)


def cooccurrence(mentions: pd.DataFrame, *, window: str = "sentence", measure: str = "count", min_count: int = 1) -> pd.DataFrame:
    """Square, symmetric actor × actor table of co-occurrence.

    Parameters
    ----------
    mentions : DataFrame
        Output of :func:`find_mentions` (rows without ``actor_id`` are ignored).
    window : {"sentence", "paragraph", "article"}
    measure : {"count", "jaccard", "npmi"}
        See the module docstring.
    min_count : int
        Pairs seen together in fewer windows get 0 (count, jaccard) or NaN (npmi).

    Returns
    -------
    DataFrame
        Indexed and columned by ``actor_id`` (sorted); the diagonal (self-pairs) is 0 for
        count and jaccard and NaN for npmi.

    Examples
    --------
    >>> m = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "field": "text", "paragraph": 0,
    ...                   "sentence": [0, 0, 1, 0], "actor_id": ["trump", "rutte", "trump", "trump"]})
    >>> int(cooccurrence(m).loc["trump", "rutte"])
    1
    """
    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {MEASURES}, got {measure!r}")
    table, n = _incidence(mentions, window)
    x = table.to_numpy(dtype=np.int64)
    both = x.T @ x
    alone = np.diag(both).copy()
    np.fill_diagonal(both, 0)
    enough = both >= max(min_count, 1)
    if measure == "count":
        values = np.where(enough, both, 0)
    elif measure == "jaccard":
        union = alone[:, None] + alone[None, :] - both
        values = np.where(enough, both / np.where(union == 0, 1, union), 0.0)
        np.fill_diagonal(values, np.nan)
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            p_ab = both / n
            pmi = np.log(p_ab / ((alone[:, None] / n) * (alone[None, :] / n)))
            values = np.where(p_ab >= 1, 1.0, pmi / -np.log(p_ab))
        values = np.where(enough, values, np.nan)
        np.fill_diagonal(values, np.nan)
    return pd.DataFrame(values, index=table.columns.rename("actor_id"), columns=table.columns.rename("actor_id"))


def cooccurrence_edges(mentions: pd.DataFrame, *, window: str = "sentence", measure: str = "count", min_count: int = 1) -> pd.DataFrame:
    """The pairs of :func:`cooccurrence` as an edge list: ``a``, ``b`` (a < b),
    ``windows`` (windows naming both), and the measure; strongest first."""
    counts = cooccurrence(mentions, window=window, measure="count", min_count=min_count)
    values = counts if measure == "count" else cooccurrence(mentions, window=window, measure=measure, min_count=min_count)
    ids = list(counts.index)
    rows = [
        {"a": ids[i], "b": ids[j], "windows": int(counts.iat[i, j]), measure: values.iat[i, j]}
        for i in range(len(ids)) for j in range(i + 1, len(ids)) if counts.iat[i, j] > 0
    ]
    edges = pd.DataFrame(rows, columns=["a", "b", "windows", measure] if measure != "count" else ["a", "b", "windows", "count"])
    if measure == "count":
        edges["count"] = edges["windows"]
    return edges.sort_values([measure, "windows", "a", "b"], ascending=[False, False, True, True], ignore_index=True)


def evidence(mentions: pd.DataFrame, articles: pd.DataFrame, a: str, b: str, *, window: str = "sentence") -> pd.DataFrame:
    """Where ``a`` and ``b`` appear together: one row per shared window with the article,
    its date and title, the field and the text of the window (the sentence, the paragraph,
    or for article windows the sentences naming either actor)."""
    m = mentions[mentions["actor_id"].notna()].copy()
    m["window"] = _window_keys(m, window).to_numpy()
    shared = set(m.loc[m["actor_id"] == a, "window"]) & set(m.loc[m["actor_id"] == b, "window"])
    hits = m[m["window"].isin(shared) & m["actor_id"].isin([a, b])]
    unit = ["paragraph"] if window == "paragraph" else ["paragraph", "sentence"]
    keep = hits.drop_duplicates(["article_id", "field", *unit])
    meta = articles.set_index("article_id")
    rows = []
    for row in keep.itertuples(index=False):
        text = meta.at[row.article_id, row.field]
        if window == "paragraph":
            s, e = paragraph_spans(text)[row.paragraph]
        else:
            s, e = row.sentence_start, row.sentence_end
        rows.append({
            "article_id": row.article_id, "published": meta.at[row.article_id, "published"], "title": meta.at[row.article_id, "title"],
            "field": row.field, "paragraph": row.paragraph, "sentence": row.sentence, "text": text[s:e],
        })
    out = pd.DataFrame(rows, columns=["article_id", "published", "title", "field", "paragraph", "sentence", "text"])
    return out.sort_values(["published", "article_id", "field", "paragraph", "sentence"], na_position="last", ignore_index=True)


def mention_counts(mentions: pd.DataFrame) -> pd.DataFrame:
    """Mentions and articles per actor: ``actor_id``, ``label``, ``type``, ``mentions``, ``articles``."""
    m = mentions[mentions["actor_id"].notna()]
    table = m.groupby(["actor_id", "label", "type"], as_index=False).agg(mentions=("article_id", "size"), articles=("article_id", "nunique"))
    return table.sort_values(["mentions", "actor_id"], ascending=[False, True], ignore_index=True)


def cooccurrence_graph(edges: pd.DataFrame, counts: pd.DataFrame, *, measure: str = "count"):
    """A networkx graph: actors as nodes (``label``, ``type``, ``mentions``), pairs as edges
    (``weight`` = the measure, ``windows``)."""
    import networkx as nx

    graph = nx.Graph()
    info = counts.set_index("actor_id")
    for actor in sorted(set(edges["a"]) | set(edges["b"])):
        row = info.loc[actor] if actor in info.index else None
        graph.add_node(actor, label=str(row["label"]) if row is not None else actor,
                       type=str(row["type"]) if row is not None else "", mentions=int(row["mentions"]) if row is not None else 0)
    for e in edges.itertuples(index=False):
        graph.add_edge(e.a, e.b, weight=float(getattr(e, measure)), windows=int(e.windows))
    return graph
