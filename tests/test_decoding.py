"""The decoding chain: encodings detected, binary and empty input refused with a reason."""

from __future__ import annotations

import codecs

import pytest

from analysis.decoding import DecodeError, decode_bytes

TEXT = "Größere Verteidigungsausgaben: „Zwei-Prozent-Ziel“ – 2,1 % für 2024."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("cp1252"), "cp1252"),
        (TEXT.encode("utf-16"), "utf-16"),
        ((TEXT * 3 + "\x81").encode("latin-1", "replace"), "latin-1"),  # one byte cp1252 leaves undefined
    ],
)
def test_encodings(data, encoding):
    decoded = decode_bytes(data)
    assert decoded.encoding == encoding
    assert decoded.text.lstrip("\ufeff").startswith("Größe")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n\n\t ", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
        (b"\x81\x8d\x8f\x90\x9d" * 50, "undecodable"),  # only bytes no text encoding here uses
    ],
)
def test_refused(data, reason):
    with pytest.raises(DecodeError, match=reason):
        decode_bytes(data)
