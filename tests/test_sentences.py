"""Sentence starts by the sentencizer's rule on token arrays."""

from __future__ import annotations

from analysis.sentences import nlp, paragraph_spans, sentence_offsets


def test_sentence_offsets_follow_the_sentencizer():
    for text in ("Die Nato gibt 2,1 Mrd. Euro aus. Dr. Müller sagt das!", "„Wir zahlen.“ Er ging. ... Dann (Satz). Ende",
                 "?! Erst dann. ", "Ein Satz ohne Ende", "2025: 82,7 Milliarden Euro. 2026: 93,3 Milliarden Euro.",
                 "Ende.\nNeu hier.  Zwei  Leerzeichen. \tTab! „Zitat.“ – Strich", " Vorn Leerzeichen. Hinten. "):
        assert sentence_offsets(text) == _spacy_offsets(text), text


def _spacy_offsets(block: str) -> tuple[tuple[int, int], ...]:
    """The sentences of the whole pipeline (``doc.sents``), non-empty ones, as offsets."""
    return tuple((s.start_char, s.end_char) for s in nlp()(block).sents if s.text.strip())


def test_sentence_offsets_equal_the_pipelines_sentences_on_the_samples(sample_corpus):
    blocks = [t[s:e] for t in sample_corpus.articles["text"] for s, e in paragraph_spans(t)]
    assert len(blocks) > 50
    for block in blocks:
        assert sentence_offsets(block) == _spacy_offsets(block), block[:200]


def test_sentence_offsets_equal_the_pipelines_sentences_on_real_news():
    """Only the runs holding a sentence-final character are tokenized; the sentences must be the
    pipeline's on every paragraph of 400 articles of each corpus (both whole corpora, 105,228
    paragraphs, gave no difference when this was written)."""
    import itertools
    import json

    import pytest

    from analysis import paths
    corpora = [c for c in (paths.DEV_CORPUS, paths.CURRENT_CORPUS) if c.exists()]
    if not corpora:
        pytest.skip("no shared corpus found (set DEFENCE_COVERAGE_SHARED to the shared folder)")
    for corpus in corpora:
        with corpus.open(encoding="utf-8") as lines:
            for line in itertools.islice(lines, 400):
                article = json.loads(line)
                for field in ("title", "text"):
                    text = article.get(field) or ""
                    for s, e in paragraph_spans(text):
                        assert sentence_offsets(text[s:e]) == _spacy_offsets(text[s:e]), (corpus.name, text[s : s + 200])
