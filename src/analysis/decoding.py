"""Decode the bytes of an input file: detect the encoding, refuse binary data.

The chain is: byte-order mark (UTF-8, UTF-16) -> strict UTF-8 -> strict cp1252 -> latin-1.
German news text saved by Windows tools is cp1252; latin-1 only catches the few bytes
cp1252 leaves undefined. Binary files (NUL bytes, many control bytes) and text that
decodes only into control characters are refused with a reason, never guessed at.
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Bytes inspected for binary content.
_SNIFF_BYTES = 8192
#: Share of control bytes (other than tab, newline, carriage return, form feed) above
#: which a file counts as binary.
_MAX_CONTROL_SHARE = 0.01
#: Share of C1 control characters (U+0080-U+009F) above which latin-1 output is rejected.
_MAX_C1_SHARE = 0.01


class DecodeError(ValueError):
    """The bytes are not text in a supported encoding; the message says why."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text and the encoding that produced it."""

    text: str
    encoding: str


def _control_share(data: bytes) -> float:
    sample = data[:_SNIFF_BYTES]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(sample), 1)


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text, or raise :class:`DecodeError` naming the reason.

    Examples
    --------
    >>> decode_bytes("Größe".encode("cp1252")).encoding
    'cp1252'
    """
    if not data.strip():
        raise DecodeError("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable: starts with a {encoding} byte-order mark but is not {encoding} ({exc.reason})") from exc
    if b"\x00" in data[:_SNIFF_BYTES] or _control_share(data) > _MAX_CONTROL_SHARE:
        raise DecodeError("binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    if c1 / max(len(text), 1) > _MAX_C1_SHARE:
        raise DecodeError("undecodable: not UTF-8, cp1252 or latin-1 text")
    return Decoded(text, "latin-1")
