"""Sentence starts by the sentencizer's rule on token arrays."""

from __future__ import annotations

from spacy.attrs import IS_PUNCT, ORTH

from analysis.sentences import nlp, sentence_starts


def test_sentence_starts_follow_the_sentencizers_rule():
    for text in ("Die Nato gibt 2,1 Mrd. Euro aus. Dr. Müller sagt das!", "„Wir zahlen.“ Er ging. ... Dann (Satz). Ende",
                 "?! Erst dann. ", "Ein Satz ohne Ende", "2025: 82,7 Milliarden Euro. 2026: 93,3 Milliarden Euro."):
        doc = nlp()(text)
        expected = [s.start for s in doc.sents]
        table = doc.to_array([ORTH, IS_PUNCT])
        assert sentence_starts(table[:, 0], table[:, 1]).tolist() == expected, text
