"""A transparent language guess from function words; no model, no network.

German news corpora occasionally hold English wire copy or Dutch and French quotes
pages; the rules of this package are German, so the loader marks each article's
language and the analyses can leave out what is not ``de``.
"""

from __future__ import annotations

from collections import Counter

from . import patterns as P

#: Characters read from the start of a text; enough for a stable guess.
_SAMPLE_CHARS = 3000

UNDETERMINED = "und"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language whose function words are most frequent in
    ``text``, or ``"und"`` when none reaches ``LANGUAGE_MIN_SHARE`` of the words.

    Examples
    --------
    >>> detect_language("Die Nato will mehr Geld für die Verteidigung und sie wird es bekommen.")
    'de'
    >>> detect_language("The alliance wants more money for defence and it will get it.")
    'en'
    """
    counts = Counter(w.lower() for w in P.WORD_RE.findall(text[:_SAMPLE_CHARS]))
    total = sum(counts.values())
    if not total:
        return UNDETERMINED
    scores = {lang: sum(counts[w] for w in stop) for lang, stop in P.STOPWORDS.items()}
    best = max(scores, key=scores.get)
    return best if scores[best] / total >= P.LANGUAGE_MIN_SHARE else UNDETERMINED


def normalize_language_code(value: str | None) -> str | None:
    """``"de-DE"``, ``"German"``, ``"DE"`` -> ``"de"``; ``None`` for empty values."""
    if not value or not str(value).strip():
        return None
    value = str(value).strip().lower()
    names = {"german": "de", "deutsch": "de", "english": "en", "englisch": "en", "french": "fr",
             "französisch": "fr", "dutch": "nl", "niederländisch": "nl"}
    return names.get(value, value.replace("_", "-").split("-")[0][:3])
