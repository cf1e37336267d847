"""Who says what: direct quotations and their speakers.

:func:`find_quotes` finds the text in quotation marks in titles and texts (the loader has
made every „…“, »…«, «…« a ``"``), pairs the marks paragraph by paragraph (a quotation over
several paragraphs opens each of them with a mark and closes only at its end), and reads
the attribution next to it:

- after the closing mark: ``"…", sagte der US-Beamte`` / ``"…", so Rutte`` / ``"…", fügte er hinzu``;
- before the opening mark: ``Rutte sagte: "…"``;
- inside a sentence whose person is named before it: ``Rutte macht sich laut eigener Aussage
  "überhaupt keine Sorgen"``;
- a quotation without any of these continues the speaker of the quotation just before it
  (same or previous paragraph: an interview answer, a second quote).

``speaker_text`` is the words naming the speaker as written ("der US-Beamte", "er");
``speaker`` is the dictionary actor they name (a pronoun: the person named last, in the same
or the previous paragraph), NA when the words name nobody in the dictionary, so a quotation
by someone outside it is never given to a dictionary actor. Short quotations (three words or
fewer) without an attribution are scare quotes or names ("Trump-Flüsterer") and left out.

Reported speech (``kind="indirect"``: "X sagte, dass …", "laut X", "X zufolge") is not found
yet: every row is ``direct``.
"""

from __future__ import annotations

import bisect

import pandas as pd

from . import patterns as P
from .actors import find_mentions
from .lexicon import Lexicon
from .loading import field_text
from .sentences import index_at, paragraph_spans, segment_paragraphs

COLUMNS = ["article_id", "field", "paragraph", "start", "end", "quote", "kind", "verb", "speaker", "speaker_text", "sentence"]
_SPEAKER_TYPES = ("person", "organisation", "country")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the words inside each pair of quotation marks (``text[start:end]``).

    Examples
    --------
    >>> text = 'Er sagte: "Wir bleiben." Dann "ging" er.'
    >>> [text[s:e] for s, e in quote_spans(text)]
    ['Wir bleiben.', 'ging']
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    opened_at_paragraph_start = False
    previous_end = 0
    for ps, pe in paragraph_spans(text):
        marks = [ps + i for i, ch in enumerate(text[ps:pe]) if ch == '"']
        if open_at is not None:
            if marks and marks[0] == ps and opened_at_paragraph_start:
                marks = marks[1:]  # the mark that opens each paragraph of a long quotation
            else:
                spans.append((open_at, previous_end))  # never closed: it ends with its paragraph
                open_at = None
        for m in marks:
            if open_at is None:
                open_at, opened_at_paragraph_start = m + 1, m == ps
            else:
                spans.append((open_at, m))
                open_at = None
        if open_at is not None and not opened_at_paragraph_start:
            spans.append((open_at, pe))
            open_at = None
        previous_end = pe
    if open_at is not None:
        spans.append((open_at, previous_end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _trim_speaker(who: str) -> str:
    """The noun phrase naming the speaker: "NATO-Sprecherin Farah Dakhlallah der Nachrichtenagentur dpa"
    -> "NATO-Sprecherin Farah Dakhlallah"."""
    words = who.split()
    for i, word in enumerate(words[1:], start=1):
        if word in ("der", "dem", "den", "des", "einer", "einem") and any(w[:1].isupper() for w in words[:i]):
            return " ".join(words[:i])
    return " ".join(words)


def attribution(text: str, start: int, end: int, ps: int, pe: int) -> tuple[str, str, int] | None:
    """``(verb, speaker words, offset of the speaker words)`` next to a quotation, or None;
    ``ps`` is the start of the paragraph the quotation opens in, ``pe`` the end of the one it closes in."""
    after_at = min(end + 1, pe)
    if m := P.QUOTE_ATTRIBUTION_AFTER_RE.match(text[after_at : min(pe, after_at + 160)]):
        who = _trim_speaker(m["who"].strip())
        return m["verb"], who, after_at + m.start("who")
    before_from = max(ps, start - 1 - 160)
    if m := P.QUOTE_ATTRIBUTION_BEFORE_RE.search(text[before_from : max(before_from, start - 1)]):
        return m["verb"], m["who"].strip(), before_from + m.start("who")
    return None


class _Speakers:
    """The dictionary mentions of one field, to name speakers."""

    def __init__(self, mentions: pd.DataFrame, text: str):
        self.text = text
        known = mentions[mentions["actor_id"].notna() & mentions["type"].isin(_SPEAKER_TYPES)].sort_values("start")
        self.starts = known["start"].astype(int).tolist()
        self.ends = known["end"].astype(int).tolist()
        self.ids = known["actor_id"].tolist()
        self.types = known["type"].tolist()

    def named_in(self, lo: int, hi: int) -> int | None:
        """The mention (its number) of the actor named between ``lo`` and ``hi``, a person before an organisation."""
        inside = [k for k in range(bisect.bisect_left(self.starts, lo), len(self.starts)) if self.starts[k] < hi]
        people = [k for k in inside if self.types[k] == "person"]
        chosen = people or inside
        return chosen[0] if chosen else None

    def person_in(self, lo: int, hi: int) -> int | None:
        """The first person (mention number) named between ``lo`` and ``hi``."""
        for k in range(bisect.bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[k] >= hi:
                return None
            if self.types[k] == "person":
                return k
        return None

    def unknown_person_in(self, lo: int, hi: int) -> bool:
        """True when a person's name that is no dictionary mention stands between ``lo`` and ``hi``."""
        for m in P.PERSON_NAME_RE.finditer(self.text, lo, hi):
            if self.named_in(m.start(), m.end()) is None:
                return True
        return False

    def named_as(self, lo: int, hi: int, words: str) -> int | None:
        """The actor the speaker words name: a person in them, or an organisation or state
        that is all of them ("die Bundesregierung", "der Kreml"); a role of another actor
        ("der US-Beamte", "NATO-Sprecherin Farah Dakhlallah") names nobody in the dictionary."""
        if (k := self.person_in(lo, hi)) is not None:
            return k
        k = self.named_in(lo, hi)
        if k is not None and len(words.split()) <= 2 and self.ends[k] - self.starts[k] >= len(words.split()[-1]) - 1:
            return k
        return None


def _is_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= P.MAX_HEADING_WORDS and not paragraph.rstrip().endswith((".", "!", "?", '"', ":"))


def _field_quotes(text: str, mentions: pd.DataFrame) -> list[dict]:
    spans = quote_spans(text)
    if not spans:
        return []
    paragraphs = paragraph_spans(text)
    paragraph_starts = [ps for ps, _ in paragraphs]
    speakers = _Speakers(mentions, text)
    wanted = {index_at(paragraph_starts, s) for s, _ in spans}
    sentences = segment_paragraphs(text, wanted | {max(p - 1, 0) for p in wanted})
    sentence_starts = [s.start for s in sentences]
    body_index, n_body = [], 0  # paragraph -> how many paragraphs before it are not headings
    for ps, pe in paragraphs:
        body_index.append(n_body)
        n_body += not _is_heading(text[ps:pe])
    rows: list[dict] = []
    for start, end in spans:
        p = index_at(paragraph_starts, start)
        s_at = index_at(sentence_starts, start)
        sentence = sentences[s_at]
        found = attribution(text, start, end, paragraphs[p][0], paragraphs[index_at(paragraph_starts, end)][1])
        verb, speaker_text, k = "", "", None
        if found:
            verb, speaker_text, at = found
            if speaker_text in P.SPEAKER_PRONOUNS:
                k = _pronoun_person(speakers, sentences, s_at, start, paragraphs[max(p - 1, 0)][0])
            else:
                k = speakers.named_as(at, at + len(speaker_text), speaker_text)
        elif sentence.start < start - 1:  # inside a sentence: its person named before the quotation
            short = len(text[start:end].split()) <= P.MAX_UNATTRIBUTED_QUOTE_WORDS
            if not short or P.QUOTE_CUE_RE.search(text[sentence.start : sentence.end]):
                k = speakers.person_in(sentence.start, start - 1)
                if k is not None:
                    speaker_text = text[speakers.starts[k] : speakers.ends[k]]
        speaker = speakers.ids[k] if k is not None else None
        if not found and speaker is None:
            if len(text[start:end].split()) <= P.MAX_UNATTRIBUTED_QUOTE_WORDS:
                continue  # a scare quote or a name
            if rows and body_index[p] - body_index[rows[-1]["paragraph"]] <= P.SPEAKER_CARRY_PARAGRAPHS:
                speaker, speaker_text, verb = rows[-1]["speaker"], rows[-1]["speaker_text"], ""
        rows.append({"paragraph": p, "start": start, "end": end, "quote": text[start:end], "kind": "direct", "verb": verb,
                     "speaker": speaker, "speaker_text": speaker_text, "sentence": text[sentence.start : sentence.end]})
    return rows


def _pronoun_person(speakers: _Speakers, sentences, s_at: int, start: int, floor: int) -> int | None:
    """The person a pronoun stands for: named in the quotation's sentence before it, else the
    first person named in the nearest sentence before (its subject, as a reader takes it),
    not before ``floor`` (the start of the previous paragraph)."""
    if (k := speakers.person_in(sentences[s_at].start, start)) is not None:
        return k
    for i in range(s_at - 1, -1, -1):
        sentence = sentences[i]
        if sentence.end <= floor:
            return None
        if (k := speakers.person_in(sentence.start, sentence.end)) is not None:
            return k
        if speakers.unknown_person_in(sentence.start, sentence.end):
            return None  # the pronoun stands for someone the dictionary does not know
    return None


def find_quotes(articles: pd.DataFrame, lexicon: Lexicon | None = None, *, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per direct quotation in the titles and texts of ``articles``.

    Returns
    -------
    DataFrame
        ``article_id``, ``field``, ``paragraph``, ``start``, ``end`` (``field[start:end] ==
        quote``), ``quote``, ``kind``, ``verb``, ``speaker`` (actor id, NA when not in the
        dictionary), ``speaker_text``, ``sentence``.
    """
    mentions = find_mentions(articles, lexicon=lexicon, progress=False) if mentions is None else mentions
    by_field = {key: group for key, group in mentions.groupby(["article_id", "field"], sort=False)}
    empty = mentions.iloc[0:0]
    rows = []
    for art in articles.itertuples(index=False):
        for field in ("title", "text"):
            text = field_text(getattr(art, field))
            if text and '"' in text:
                for row in _field_quotes(text, by_field.get((art.article_id, field), empty)):
                    rows.append({"article_id": art.article_id, "field": field, **row})
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for column in ("article_id", "field", "quote", "kind", "verb", "speaker", "speaker_text", "sentence"):
        frame[column] = frame[column].astype("string")
    for column in ("paragraph", "start", "end"):
        frame[column] = frame[column].astype("int64")
    return frame
