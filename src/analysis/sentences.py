"""Sentences with character offsets, by the rule of spaCy's sentencizer.

No trained German model is available, so the pipeline is ``spacy.blank("de")`` (whose
tokenizer knows German abbreviations such as "z. B.", "Dr.", "Mrd." and ordinals such
as "20. Januar"), with the extra abbreviations of ``patterns.EXTRA_ABBREVIATIONS``, and
the ``sentencizer``'s rule. :func:`sentence_offsets` gives the pipeline's sentences while
tokenizing only the words that hold a sentence-final character and the word after each
(the tokenizer treats every run of non-space characters on its own), several times faster
than tokenizing every word. Sentences never cross a paragraph break: each paragraph of a
text is segmented on its own.
"""

from __future__ import annotations

import bisect
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
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


def _sentence_offsets(blocks: list[str]) -> list[tuple[tuple[int, int], ...]]:
    """``(start, end)`` of the non-empty sentences of each block, segmented once and kept."""
    found: dict[str, tuple[tuple[int, int], ...]] = {}
    for block in dict.fromkeys(blocks):
        kept = _segmented.get(block)
        if kept is not None:
            found[block] = kept
    missing = [block for block in dict.fromkeys(blocks) if block not in found]
    _tokenize_chunks(missing)
    for block in missing:
        found[block] = sentence_offsets(block)
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
def _final_re() -> re.Pattern:
    """Any of the sentencizer's sentence-final characters."""
    return re.compile("[" + "".join(re.escape(ch) for ch in Sentencizer.default_punct_chars) + "]")


@lru_cache(maxsize=1)
def _final_chars() -> frozenset[str]:
    return frozenset(Sentencizer.default_punct_chars)


#: Tokens of runs of characters, kept: ``(offset, length, final, word)`` per token.
_CHUNKS_KEEP = 300_000
_chunks: dict[str, tuple[tuple[int, int, bool, bool], ...]] = {}


#: A word ending in a lower-case letter and a sentence-final character, maybe a closing mark after
#: it ("Haus.", "gesagt!\""): the tokenizer splits it into the word, the character and the mark
#: unless it is a special case ("Mrd.", "z."). Checked on the 65,556 such runs of both corpora.
_SIMPLE_CHUNK_RE = re.compile(r"([^\W\d_]*[a-zäöüß])([.!?])([\")]?)")


@lru_cache(maxsize=1)
def _special_cases() -> frozenset[str]:
    return frozenset(nlp().tokenizer.rules)


def _simple_tokens(chunk: str) -> tuple[tuple[int, int, bool, bool], ...] | None:
    """The tokens of a plain word with its full stop, without calling the tokenizer (None if it is no such word)."""
    m = _SIMPLE_CHUNK_RE.fullmatch(chunk)
    if m is None or chunk in _special_cases() or m.group(1) + m.group(2) in _special_cases():
        return None
    n = len(m.group(1))
    return ((0, n, False, True), (n, 1, True, False)) + (((n + 1, 1, False, False),) if m.group(3) else ())


def _runs_wanted(block: str):
    """The runs of non-space characters of ``block`` that hold a sentence-final character, each
    with the run after it (those :func:`sentence_offsets` reads)."""
    pos, n = 0, len(block)
    for m in _final_re().finditer(block):
        if m.start() < pos:
            continue
        cs = m.start()
        while cs > 0 and not block[cs - 1].isspace():
            cs -= 1
        ce = m.end()
        while ce < n and not block[ce].isspace():
            ce += 1
        yield block[cs:ce]
        nxt = ce
        while nxt < n and block[nxt].isspace():
            nxt += 1
        after = nxt
        while after < n and not block[after].isspace():
            after += 1
        if after > nxt:
            yield block[nxt:after]
        pos = ce  # a final character in the run after is read with its own run


def _tokenize_chunks(blocks: list[str]) -> None:
    """Tokenize, in a few large batches, the runs of characters that :func:`sentence_offsets`
    will ask for in ``blocks`` (one tokenizer call per run costs far more than the run). The
    runs are joined by blank lines, which the tokenizer keeps as tokens of their own, so every
    run is tokenized as if alone."""
    if len(_chunks) > _CHUNKS_KEEP:
        _chunks.clear()
    wanted: dict[str, None] = {}
    for block in blocks:
        for chunk in _runs_wanted(block):
            if chunk not in _chunks:
                simple = _simple_tokens(chunk)
                if simple is not None:
                    _chunks[chunk] = simple
                else:
                    wanted[chunk] = None
    batch: list[str] = []
    size = 0
    for chunk in wanted:
        batch.append(chunk)
        size += len(chunk) + 2
        if size > 100_000:
            _tokenize_batch(batch)
            batch, size = [], 0
    if batch:
        _tokenize_batch(batch)


def _tokenize_batch(batch: list[str]) -> None:
    finals = _final_chars()
    doc = nlp().tokenizer("\n\n".join(batch))
    tokens = iter(doc)
    at = 0
    for chunk in batch:
        end = at + len(chunk)
        found = []
        for t in tokens:
            if t.idx >= end:
                break  # the blank line between two runs
            found.append((t.idx - at, len(t.text), t.text in finals, t.text not in finals and not t.is_punct))
        _chunks[chunk] = tuple(found)
        at = end + 2


def _chunk_tokens(chunk: str) -> tuple[tuple[int, int, bool, bool], ...]:
    """``(offset, length, final, word)`` of the tokens of one run of non-space characters, as
    the tokenizer makes them (it splits text at whitespace first and treats each run alone)."""
    found = _chunks.get(chunk)
    if found is None:
        found = _simple_tokens(chunk)
        if found is None:
            _tokenize_batch([chunk])
            found = _chunks[chunk]
    return found


def _space_token_end(block: str, at: int) -> tuple[int, int]:
    """The whitespace run at ``at`` (between two runs of characters): ``(end of the run, start of
    its token or -1)``. The tokenizer gives a run a token of its own unless it is one plain space
    (which it attaches to the token before); a run starting with a space loses that space."""
    end = at
    while end < len(block) and block[end].isspace():
        end += 1
    if end - at == 1 and block[at] == " ":
        return end, -1
    return end, at + 1 if block[at] == " " else at


def sentence_offsets(block: str) -> tuple[tuple[int, int], ...]:
    """``(start, end)`` of the non-empty sentences of one paragraph: the same sentences as
    tokenizing the whole block and applying the ``sentencizer`` (``doc.sents``), but
    only the runs of characters that hold a sentence-final character, and the run after each,
    are tokenized: a sentence can only end at such a token and start at the first word after it."""
    if not block:
        return ()
    starts, ends = [0], []
    pending = False  # a sentence-final token was seen and no word token after it yet
    previous_end = 0  # end of the last token passed
    pos = 0  # everything before pos is read
    n = len(block)

    def read_chunk(cs: int, ce: int) -> None:
        nonlocal pending, previous_end
        for offset, length, final, word in _chunk_tokens(block[cs:ce]):
            if final:
                pending = True
            elif word and pending:
                ends.append(previous_end)
                starts.append(cs + offset)
                pending = False
            previous_end = cs + offset + length

    for m in _final_re().finditer(block):
        if m.start() < pos:
            continue
        cs = m.start()
        while cs > pos and not block[cs - 1].isspace():
            cs -= 1
        ce = m.end()
        while ce < n and not block[ce].isspace():
            ce += 1
        if cs > 0 and block[cs - 1].isspace():
            ws = cs - 1
            while ws > 0 and block[ws - 1].isspace():
                ws -= 1
            if ws == 0:
                previous_end = cs  # leading whitespace is a token of its own
            else:
                previous_end = cs if _space_token_end(block, ws)[1] >= 0 else ws
        read_chunk(cs, ce)
        pos = ce
        while pending and pos < n:
            run_end, token_at = _space_token_end(block, pos)
            if token_at >= 0:  # the whitespace token is a word token: it starts the sentence
                ends.append(previous_end)
                starts.append(token_at)
                pending = False
                previous_end = run_end
                break
            nxt = run_end
            while nxt < n and not block[nxt].isspace():
                nxt += 1
            if nxt == run_end:
                break
            read_chunk(run_end, nxt)
            pos = nxt
    # the end of the last token: the block's end, unless it ends in one plain space after a word
    last = n
    if block[-1].isspace():
        ws = n - 1
        while ws > 0 and block[ws - 1].isspace():
            ws -= 1
        if ws > 0 and _space_token_end(block, ws)[1] < 0:
            last = ws
    ends.append(last)
    return tuple((s, e) for s, e in zip(starts, ends) if block[s:e].strip())


def segment_many(texts: Iterable[str]) -> Iterator[list[Sentence]]:
    """The sentences of each text, in order; paragraphs are segmented in batches (and a
    paragraph segmented before is not segmented again)."""
    texts = list(texts)
    spans = [paragraph_spans(t) for t in texts]
    blocks = [t[s:e] for t, para in zip(texts, spans) for s, e in para]
    offsets = iter(_sentence_offsets(blocks))
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
