"""A German word list, to tell whether a piece of text is a word (for text repairs).

The list is pyspellchecker's German word-frequency dictionary (about 340,000 lower-case
words with counts, from subtitles and news), read from the installed package as JSON the
first time it is needed, plus the single-word names of the package's actor dictionary
("Trump", "Rutte", "Pistorius"); no network, no pickle.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

from .lexicon import safe_yaml
from .paths import PACKAGE_DATA_DIR


@lru_cache(maxsize=1)
def german_words() -> dict[str, int]:
    """Lower-case German words and how often the source corpus has them."""
    path = resources.files("spellchecker") / "resources" / "de.json.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
        return json.load(text)


@lru_cache(maxsize=1)
def actor_names() -> frozenset[str]:
    """Lower-case single words of the names and aliases in the package's actor dictionary."""
    data = safe_yaml((PACKAGE_DATA_DIR / "actors.yaml").read_text(encoding="utf-8")) or {}
    words = set()
    for section in ("people", "organisations", "countries"):
        for entry in data.get(section) or []:
            for name in [*(entry.get("names") or []), *(entry.get("aliases") or [])]:
                words.update(w.lower() for w in str(name).split() if w.isalpha())
    return frozenset(words)


def is_word(word: str) -> bool:
    """True when ``word`` (any case) is in the German word list or names an actor."""
    lower = word.lower()
    return lower in german_words() or lower in actor_names()


def frequency(word: str) -> int:
    """How often the word list's corpus has ``word`` (0 when unknown)."""
    return german_words().get(word.lower(), 0)
