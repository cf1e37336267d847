"""Text normalisation: pure ``str -> str`` functions for article text.

The loader applies :func:`normalize_characters` to every decoded input, then builds the
body from lines with :func:`paragraphs_from_lines`, which re-joins lines that a site or
scraper broke in the middle of a sentence (ZEIT ONLINE's hard line breaks) while keeping
headings and real paragraph breaks.

Examples
--------
>>> normalize_characters("„Zwei\u00ad-Prozent“\u00a0Ziel")
'"Zwei-Prozent" Ziel'
>>> paragraphs_from_lines(["Er hat sich an die", "Bundeskanzlerin gewandt.", "", "Neu."])
['Er hat sich an die Bundeskanzlerin gewandt.', 'Neu.']
"""

from __future__ import annotations

import re
import unicodedata

from . import patterns as P

_REPLACEMENTS = tuple({**P.QUOTE_MAP, **P.HYPHEN_MAP, **{c: "" for c in P.INVISIBLE_CHARS}}.items())
_WORD_CHAR_RE = re.compile(r"\w")
_BOILERPLATE_RE = re.compile("|".join(f"(?:{rx.pattern})" for rx in P.BOILERPLATE_LINE_RES))

#: Closed-class words that do not end a heading; a line ending with one continues.
CONTINUATION_WORDS = frozenset(
    "der die das den dem des eine einer eines einem einen und oder aber sondern denn als wie "
    "wenn dass ob weil sowie in im von vom für unter gegen ohne seit zwischen neben zum zur "
    "am beim".split()
)

#: Words after which a line-final hyphen is a suspended compound ("Staats- und").
_SUSPENDED_HYPHEN_NEXT = frozenset({"und", "oder", "sowie", "bis", "noch"})


def normalize_characters(text: str) -> str:
    """Return ``text`` in NFC with invisible characters removed and quotes, hyphens,
    spaces and line breaks in one form; lines are stripped, runs of spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = P.LINE_BREAK_RE.sub("\n", text)
    for char, replacement in _REPLACEMENTS:  # str.replace per character beats str.translate
        if char in text:
            text = text.replace(char, replacement)
    text = P.SPACE_CHARS_RE.sub(" ", text)
    if "\x1b" in text:
        text = P.ANSI_ESCAPE_RE.sub("", text)
    text = P.CONTROL_CHARS_RE.sub("", text)
    text = P.MULTI_SPACE_RE.sub(" ", text)
    if " " in text:  # spaces before punctuation after a word: "Euro ." -> "Euro." (a look-behind in the pattern costs more)
        text = P.SPACE_BEFORE_PUNCT_RE.sub(lambda m: "" if m.start() and _WORD_CHAR_RE.match(text, m.start() - 1) else m.group(), text)
    return "\n".join(line.strip() for line in text.split("\n"))


def split_glued_words(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Repair words run together without a space ("neue PanzerMerz reist" -> "neue Panzer
    Merz reist"): a lower-case letter directly followed by a capitalised word, where both
    halves are words (``vocabulary``: German words and actor names). A lower-case left half
    that is a common word splits off whatever follows ("dieMehrheit"); two capitalised
    halves split when the right one names an actor, or when neither is a typical part of a
    product name (``patterns.NAME_PARTS``) and the pair does not recur in the text. Names
    such as "McDonald's", "iPhone", "BahnCard", "WhatsApp", "MagentaSport" and the Binnen-I
    ("KünstlerInnen") stay intact. Returns the text and the ``(old, new)`` pairs.

    Examples
    --------
    >>> split_glued_words("Die Bundeswehr bestellt neue PanzerMerz reist nach Paris")
    ('Die Bundeswehr bestellt neue Panzer Merz reist nach Paris', [('PanzerMerz', 'Panzer Merz')])
    >>> split_glued_words("Mit der BahnCard zu McDonald's, das iPhone in der Hand")[1]
    []
    """
    if not P.LOWER_UPPER_RE.search(text) or not P.GLUED_WORDS_RE.search(text):
        return text, []
    from .vocabulary import actor_names, frequency, is_word

    repairs: list[tuple[str, str]] = []

    def repair(m: re.Match) -> str:
        left, right, whole = m["left"], m["right"], m.group(0)
        if whole in P.CAMEL_CASE_NAMES or right in P.GLUED_RIGHT_NOT_WORDS or is_word(whole):
            return whole
        if left[0].islower():
            split = is_word(left) and (is_word(right) or frequency(left) >= P.COMMON_WORD_FREQUENCY)
        elif right.lower() in actor_names():  # "PanzerMerz reist", "NATO-ChefRutte"
            split = is_word(left)
        else:  # two capitalised words: not when a part is a typical name part, or the pair recurs (a name)
            split = (is_word(left) and is_word(right) and not {left.lower(), right.lower()} & P.NAME_PARTS
                     and text.count(whole) == 1)
        if not split:
            return whole
        repairs.append((whole, f"{left} {right}"))
        return f"{left} {right}"

    return P.GLUED_WORDS_RE.sub(repair, text), repairs


def normalize_inline(text: str) -> str:
    """Return ``text`` normalised and folded onto one line (for titles, outlets, urls)."""
    return " ".join(normalize_characters(text).split())


def count_words(text: str) -> int:
    """Number of words in ``text`` (see ``patterns.WORD_RE``)."""
    return len(P.WORD_RE.findall(text))


def ends_sentence(line: str) -> bool:
    """True when ``line`` ends with sentence or quotation punctuation."""
    return bool(line) and line[-1] in P.SENTENCE_END_CHARS


def _last_word(line: str) -> str:
    words = line.split()
    return words[-1] if words else ""


def _ends_with_continuation_word(line: str) -> bool:
    return _last_word(line) in CONTINUATION_WORDS


def is_hard_wrapped(lines: list[str]) -> bool:
    """True when lines were broken inside sentences: a line followed by more text ends
    on a word such as "die", "und" or "von" that never ends a heading or a clause."""
    return any(line and nxt and _ends_with_continuation_word(line) for line, nxt in zip(lines, lines[1:]))


def line_continues(prev: str, nxt: str, *, hard_wrapped: bool) -> bool:
    """True when ``nxt`` continues the sentence that ``prev`` leaves open."""
    if ends_sentence(prev):
        return False
    if nxt[:1].islower() or prev.endswith((",", "-", ":")) or _ends_with_continuation_word(prev):
        return True
    if P.SPEAKER_LABEL_RE.match(nxt) and len(prev.split()) >= 3:
        return False
    return hard_wrapped


def join_wrapped(prev: str, nxt: str) -> str:
    """Join two parts of one sentence; a line-final hyphen is kept before a capital
    ("US-" + "Präsident") and dropped before a lower-case word ("Verteidigungs-" + "ausgaben")."""
    if prev.endswith("-") and not prev.endswith(" -"):
        first = nxt.split(maxsplit=1)[0] if nxt else ""
        if first in _SUSPENDED_HYPHEN_NEXT:
            return f"{prev} {nxt}"
        return prev + nxt if nxt[:1].isupper() else prev[:-1] + nxt
    return f"{prev} {nxt}"


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Group lines into paragraphs: an empty line always ends a paragraph, a line break
    ends one unless the next line continues the sentence (see :func:`line_continues`)."""
    hard_wrapped = is_hard_wrapped(lines)
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        line = line.strip()
        if not line:
            if current:
                paragraphs.append(current)
            current = ""
        elif not current:
            current = line
        elif line_continues(current, line, hard_wrapped=hard_wrapped):
            current = join_wrapped(current, line)
        else:
            paragraphs.append(current)
            current = line
    if current:
        paragraphs.append(current)
    return paragraphs


def is_boilerplate(line: str) -> bool:
    """True for page furniture such as "0 Kommentare", "Folgen Sie uns auf", "- Themen:"."""
    return bool(_BOILERPLATE_RE.match(line))


def drop_boilerplate(lines: list[str]) -> list[str]:
    """Remove boilerplate lines and photo captions; a caption with a credit such as
    "(Bild: EPA)" also removes the line just before it when that line repeats it."""
    kept: list[str] = []
    for line in lines:
        stripped = line.strip()
        if is_boilerplate(stripped):
            continue
        caption = P.CAPTION_RE.match(stripped) if stripped.endswith(")") else None  # a credit closes the line
        if caption:
            previous = next((i for i in range(len(kept) - 1, -1, -1) if kept[i].strip()), None)
            if previous is not None and kept[previous].strip() == caption["caption"].strip():
                del kept[previous]
            continue
        kept.append(line)
    return kept


def clean_body(text: str) -> str:
    """Normalised body text from raw text: boilerplate dropped, wrapped lines re-joined,
    paragraphs separated by a blank line."""
    text = normalize_characters(text)
    if any(bullet in text for bullet in P.BULLETS):  # most texts have none: skip the scan
        text = P.BULLET_RE.sub("\n", text)
    lines = text.split("\n")
    return join_paragraphs(paragraphs_from_lines(drop_boilerplate(lines)))


def join_paragraphs(paragraphs: list[str]) -> str:
    """The body text: paragraphs separated by one blank line."""
    return "\n\n".join(p for p in paragraphs if p)


def split_paragraphs(text: str) -> list[str]:
    """Inverse of :func:`join_paragraphs`."""
    return [p for p in text.split("\n\n") if p.strip()]
