"""What the readers hand to the loader: an article, a reject, or a note.

Readers never build data frames; they yield these small records, and the loader turns
them into the articles, rejects and notes tables.
"""

from __future__ import annotations

from dataclasses import dataclass

from .dates import ParsedDate


@dataclass
class RawArticle:
    """One article as read from its input, before ids and duplicates are assigned."""

    source_file: str
    record: int | None
    title: str | None
    text: str
    date: ParsedDate | None
    date_source: str
    outlet: str | None = None
    url: str | None = None
    language: str | None = None
    n_words: int = 0


@dataclass(frozen=True)
class Reject:
    """An input file or record that did not become an article, and why."""

    source_file: str
    record: int | None
    reason: str


@dataclass(frozen=True)
class Note:
    """Something the loader noticed or changed that a user should be able to see.

    ``kind`` is one of ``schema.NOTE_KINDS``.
    """

    source_file: str
    record: int | None
    kind: str
    message: str


class InputError(ValueError):
    """A whole input (file or record) cannot be used; the message is the reject reason."""
