"""Decode the bytes of an input file: detect the encoding, refuse binary data.

The chain is: byte-order mark (UTF-8, UTF-16) -> known binary signatures (PNG, ZIP,
PDF ... refused) -> UTF-16 without a byte-order mark -> strict UTF-8 -> UTF-8 with a few
broken bytes dropped -> strict cp1252 -> latin-1. A few stray NUL bytes are removed.
Every repair is reported, so the loader can record it as a note.
German news text saved by Windows tools is cp1252; latin-1 only catches the few bytes
cp1252 leaves undefined. Binary files (NUL bytes, many control bytes) and text that
decodes only into control characters are refused with a reason, never guessed at.
"""

from __future__ import annotations

import codecs
import logging
from dataclasses import dataclass

from . import patterns as P

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
#: Share of NUL bytes among every other byte above which text is read as UTF-16
#: without a byte-order mark.
_UTF16_NUL_SHARE = 0.9
#: Share of C1 control characters (U+0080-U+009F) above which latin-1 output is rejected.
_MAX_C1_SHARE = 0.01


class DecodeError(ValueError):
    """The bytes are not text in a supported encoding; the message says why."""


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the encoding that produced it, and the repairs that were needed."""

    text: str
    encoding: str
    repairs: tuple[str, ...] = ()


def _control_share(data: bytes) -> float:
    sample = data[:_SNIFF_BYTES]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 11, 12, 13, 27))
    return controls / max(len(sample), 1)


def binary_kind(data: bytes) -> str | None:
    """The binary format ``data`` starts with ("PNG image", "ZIP archive" ...), if known."""
    return next((kind for magic, kind in P.BINARY_SIGNATURES if data.startswith(magic)), None)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when every other byte of the sample is NUL (ASCII-range text)."""
    sample = data[: _SNIFF_BYTES - _SNIFF_BYTES % 2]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    share = _UTF16_NUL_SHARE * len(even)
    if odd.count(0) >= share and even.count(0) == 0:
        return "utf-16-le"
    if even.count(0) >= share and odd.count(0) == 0:
        return "utf-16-be"
    return None


def _utf8_with_repairs(data: bytes) -> Decoded | None:
    """Mostly valid UTF-8 with a few broken bytes: decode with U+FFFD for those bytes.

    Text in a single-byte encoding (cp1252) almost never holds a valid multi-byte UTF-8
    sequence, so the file must hold more valid non-ASCII characters than broken bytes.
    """
    kept = data.decode("utf-8", errors="ignore")
    broken = data.decode("utf-8", errors="replace").count("\ufffd") - kept.count("\ufffd")
    valid_non_ascii = sum(1 for ch in kept if ord(ch) > 127)
    if broken and valid_non_ascii > broken:
        return Decoded(kept, "utf-8", (f"{broken} invalid UTF-8 byte{'s' if broken > 1 else ''} removed",))
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text, or raise :class:`DecodeError` naming the reason.

    Examples
    --------
    >>> decode_bytes("Größe".encode("cp1252")).encoding
    'cp1252'
    >>> decode_bytes(b"%PDF-1.7 ...")
    Traceback (most recent call last):
    analysis.decoding.DecodeError: binary file (PDF document), not text
    """
    if not data:
        raise DecodeError("empty file: 0 bytes")
    if not data.strip():
        raise DecodeError("empty file: only whitespace")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"undecodable: starts with a {encoding} byte-order mark but is not {encoding} ({exc.reason})") from exc
    if kind := binary_kind(data):
        raise DecodeError(f"binary file ({kind}), not text")
    if encoding := _utf16_without_bom(data):
        try:
            return Decoded(data.decode(encoding), encoding)
        except UnicodeDecodeError as exc:
            raise DecodeError(f"undecodable: looks like {encoding} without a byte-order mark but is not ({exc.reason})") from exc
    repairs: tuple[str, ...] = ()
    if nuls := data.count(b"\x00"):
        if nuls / len(data) > _MAX_CONTROL_SHARE:
            raise DecodeError("binary file, not text")
        data = data.replace(b"\x00", b"")
        repairs = (f"removed {nuls} NUL byte{'s' if nuls > 1 else ''}",)
    if _control_share(data) > _MAX_CONTROL_SHARE:
        raise DecodeError("binary file, not text")
    try:
        return Decoded(data.decode("utf-8"), "utf-8", repairs)
    except UnicodeDecodeError:
        pass
    if repaired := _utf8_with_repairs(data):
        return Decoded(repaired.text, "utf-8", repairs + repaired.repairs)
    try:
        return Decoded(data.decode("cp1252"), "cp1252", repairs)
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")
    c1 = sum(1 for ch in text if "\x80" <= ch <= "\x9f")
    if c1 / max(len(text), 1) > _MAX_C1_SHARE:
        raise DecodeError("undecodable: not UTF-8, cp1252 or latin-1 text")
    return Decoded(text, "latin-1", repairs)
