"""Sentences with character offsets, by the rule of spaCy's sentencizer.

No trained German model is available, so the pipeline is ``spacy.blank("de")`` (whose
tokenizer knows German abbreviations such as "z. B.", "Dr.", "Mrd." and ordinals such
as "20. Januar"), with the extra abbreviations of ``patterns.EXTRA_ABBREVIATIONS``, and
the ``sentencizer``'s rule applied to the token arrays (:func:`sentence_starts`, the same
sentences at a fraction of the cost). Sentences never cross a paragraph break: each
paragraph of a text is segmented on its own.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.pipeline import Sentencizer
from spacy.symbols import ORTH

from . import patterns as P


@dataclass(frozen=True)
class Sentence:
    """One sentence: its paragraph and position, and its span in the text."""

    paragraph: int
    index: int
    start: int
    end: int


@lru_cache(maxsize=1)
def nlp() -> spacy.language.Language:
    """The shared German pipeline: blank tokenizer plus sentencizer."""
    pipeline = spacy.blank("de")
    for abbreviation in P.EXTRA_ABBREVIATIONS:
        pipeline.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    pipeline.add_pipe("sentencizer")
    return pipeline


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph (paragraphs are separated by a blank line)."""
    spans, pos = [], 0
    for block in text.split("\n\n"):
        if block.strip():
            spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    return spans


#: Paragraphs whose sentence offsets are kept: figures and mentions segment many of the
#: same paragraphs, one after the other, in a build. A chunk of 5,000 articles of the
#: development corpus has about 40,000 paragraphs that need sentences; a smaller cache
#: forgets the figures' paragraphs before the mentions reach them (tens of MB at most).
_SEGMENTED_KEEP = 65_536
_segmented: OrderedDict[str, tuple[tuple[int, int], ...]] = OrderedDict()


def clear_segment_cache() -> None:
    """Forget the kept sentence offsets (benchmarks time cold runs with it)."""
    _segmented.clear()


def _sentence_offsets(blocks: list[str], batch_size: int) -> list[tuple[tuple[int, int], ...]]:
    """``(start, end)`` of the non-empty sentences of each block, segmented once and kept."""
    found: dict[str, tuple[tuple[int, int], ...]] = {}
    for block in dict.fromkeys(blocks):
        kept = _segmented.get(block)
        if kept is not None:
            found[block] = kept
    missing = [b for b in dict.fromkeys(blocks) if b not in found]
    for block, doc in zip(missing, nlp().tokenizer.pipe(missing, batch_size=batch_size)):
        found[block] = _offsets(doc)
    try:  # the shared cache is only a help: another thread may change it meanwhile
        _segmented.update(found)
        for block in found:
            _segmented.move_to_end(block)
        while len(_segmented) > _SEGMENTED_KEEP:
            _segmented.popitem(last=False)
    except (KeyError, RuntimeError):
        pass
    return [found[block] for block in blocks]


@lru_cache(maxsize=1)
def _sentence_end_ids() -> np.ndarray:
    """The string ids of the sentencizer's sentence-final characters ("." "!" "?" ...)."""
    strings = nlp().vocab.strings
    return np.array(sorted(strings.add(ch) for ch in Sentencizer.default_punct_chars), dtype=np.uint64)


def sentence_starts(orth: np.ndarray, is_punct: np.ndarray) -> np.ndarray:
    """Token indices where sentences start: spaCy's ``Sentencizer`` rule on token arrays. A
    token that is neither punctuation nor sentence-final starts a sentence when a
    sentence-final character ("." "!" "?" ...) stands between it and the word before it;
    the first token always starts one."""
    final = np.isin(orth, _sentence_end_ids())
    words = np.flatnonzero(~final & (is_punct == 0))
    finals_before = np.concatenate(([0], np.cumsum(final)))  # finals_before[i]: sentence-final tokens in [0, i)
    previous = np.concatenate(([-1], words[:-1]))
    starts = words[finals_before[words] - finals_before[previous + 1] > 0]
    return starts if len(starts) and starts[0] == 0 else np.concatenate(([0], starts)).astype(np.int64)


def _offsets(doc) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the non-empty sentences of a tokenized block (from the token
    arrays: the same sentences as spaCy's ``sentencizer`` and ``doc.sents``, without making
    a token object per token or a span per sentence)."""
    n = len(doc)
    if n == 0:
        return ()
    table = doc.to_array([ORTH, IS_PUNCT, IDX, LENGTH])
    starts = sentence_starts(table[:, 0], table[:, 1])
    ends = np.concatenate((starts[1:] - 1, [n - 1]))
    position, length = table[:, 2].astype(np.int64), table[:, 3].astype(np.int64)
    text = doc.text
    return tuple((s, e) for s, e in zip(position[starts].tolist(), (position[ends] + length[ends]).tolist()) if text[s:e].strip())


def segment_many(texts: Iterable[str], batch_size: int = 256) -> Iterator[list[Sentence]]:
    """The sentences of each text, in order; paragraphs are segmented in batches (and a
    paragraph segmented before is not segmented again)."""
    texts = list(texts)
    spans = [paragraph_spans(t) for t in texts]
    blocks = [t[s:e] for t, para in zip(texts, spans) for s, e in para]
    offsets = iter(_sentence_offsets(blocks, batch_size))
    for para_spans in spans:
        sentences: list[Sentence] = []
        for p, (offset, _end) in enumerate(para_spans):
            for start, end in next(offsets):
                sentences.append(Sentence(p, len(sentences), offset + start, offset + end))
        yield sentences


def segment_paragraphs(text: str, paragraphs: Iterable[int]) -> list[Sentence]:
    """The sentences of the chosen paragraphs of ``text`` (by number), in order, with
    offsets into ``text``; ``Sentence.index`` counts within each paragraph. Segmenting
    only the paragraphs that matter saves most of the tokenizer's time."""
    spans = paragraph_spans(text)
    wanted = sorted(set(paragraphs))
    out: list[Sentence] = []
    for p, found in zip(wanted, segment_many(text[spans[p][0] : spans[p][1]] for p in wanted)):
        offset = spans[p][0]
        out += [Sentence(p, k, offset + s.start, offset + s.end) for k, s in enumerate(found)]
    return out


def index_at(starts: list[int], position: int) -> int:
    """Number of the span, given the sorted start offsets of the spans (paragraphs,
    sentences), that holds ``position``; 0 before the first."""
    return max(bisect.bisect_right(starts, position) - 1, 0)


def paragraph_of(spans: list[tuple[int, int]], position: int) -> int:
    """Number of the paragraph (from :func:`paragraph_spans`) that holds ``position``
    (for many positions, keep the starts and call :func:`index_at`)."""
    return index_at([s for s, _ in spans], position)


def segment(text: str) -> list[Sentence]:
    """The sentences of one text.

    Examples
    --------
    >>> text = "Die Nato gibt z. B. 2,1 Mrd. Euro aus. Dr. Müller sagt das.\\n\\nNeuer Absatz."
    >>> [text[s.start:s.end] for s in segment(text)]
    ['Die Nato gibt z. B. 2,1 Mrd. Euro aus.', 'Dr. Müller sagt das.', 'Neuer Absatz.']
    >>> [s.paragraph for s in segment(text)]
    [0, 0, 1]
    """
    return next(segment_many([text]))
