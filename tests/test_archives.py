"""Archives as inputs: ``.gz`` and ``.zip`` members are articles or rejects with a reason,
never extracted to disk, refused when they are bombs or try to leave the archive."""

from __future__ import annotations

import gzip
import io
import json
import zipfile

import pandas as pd
import pytest
from hostile import GERMAN

from analysis import load_corpus
from analysis.build import build

PAGE = (
    "<!DOCTYPE html><html lang='de'><head><title>Nato erhöht das Ziel | Beispiel-Zeitung</title></head><body>"
    "<article><h1>Nato erhöht das Ziel</h1><p>{text}</p><p>{text}</p></article></body></html>"
)


def _zip(path, members: dict[str, bytes | str]) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)


def _zip_bytes(members: dict[str, bytes | str]) -> bytes:
    buffer = io.BytesIO()
    _zip(buffer, members)
    return buffer.getvalue()


def _record(i: int) -> str:
    return json.dumps({"title": f"Meldung {i}", "text": GERMAN + f" Nummer {i}.", "published": "2025-06-25"}, ensure_ascii=False)


def _check_counts(corpus) -> None:
    assert len(corpus.articles) + len(corpus.rejects) == corpus.n_inputs


def test_zip_members_are_inputs_named_inside_the_archive(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _zip(raw / "archiv.zip", {
        "ordner/seite.html": PAGE.format(text=GERMAN),
        "meldung.txt": "Rutte in Berlin\n\n" + GERMAN,
        "export.jsonl": "\n".join(_record(i) for i in range(3)) + "\n",
        "ordner/": b"",  # a folder entry is no input
    })
    corpus = load_corpus(raw)
    _check_counts(corpus)
    a = corpus.articles
    assert sorted(set(a["source_file"])) == ["archiv.zip/export.jsonl", "archiv.zip/meldung.txt", "archiv.zip/ordner/seite.html"]
    assert (a["source_file"] == "archiv.zip/export.jsonl").sum() == 3
    assert a.set_index("source_file").loc["archiv.zip/ordner/seite.html", "title"] == "Nato erhöht das Ziel"
    assert corpus.rejects.empty


def test_gz_holds_any_supported_type(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "export.jsonl.gz").write_bytes(gzip.compress(("\n".join(_record(i) for i in range(4)) + "\n{kaputt\n").encode()))
    (raw / "seite.html.gz").write_bytes(gzip.compress(PAGE.format(text=GERMAN).encode()))
    (raw / "tabelle.csv.gz").write_bytes(gzip.compress(f'title,text\n"Eins","{GERMAN}"\n'.encode()))
    corpus = load_corpus(raw)
    _check_counts(corpus)
    a = corpus.articles
    assert (a["source_file"] == "export.jsonl.gz").sum() == 4
    assert set(a["source_file"]) == {"export.jsonl.gz", "seite.html.gz", "tabelle.csv.gz"}
    bad = corpus.rejects.iloc[0]
    assert (bad["source_file"], bad["record"]) == ("export.jsonl.gz", 5) and bad["reason"].startswith("malformed JSON")


def test_streamed_jsonl_decodes_lines_that_are_not_utf8_with_one_note(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    lines = [_record(0).encode("utf-8"), _record(1).replace("Nummer", "Größe").encode("cp1252"), _record(2).encode("utf-8")]
    (raw / "export.jsonl.gz").write_bytes(gzip.compress(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n"))
    corpus = load_corpus(raw)
    assert len(corpus.articles) == 3 and corpus.rejects.empty
    assert "Größe 1." in corpus.articles["text"].iloc[1]
    notes = corpus.notes[corpus.notes["kind"] == "encoding"]["message"].tolist()
    assert notes == ["1 line decoded as cp1252"]


def test_nested_archives_one_level_deep(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    innermost = _zip_bytes({"tief.txt": "Zu tief\n\n" + GERMAN})
    inner = _zip_bytes({"innen.txt": "Innen\n\n" + GERMAN, "noch-eins.zip": innermost})
    _zip(raw / "aussen.zip", {"inner.zip": inner, "export.jsonl.gz": gzip.compress(_record(7).encode())})
    corpus = load_corpus(raw)
    _check_counts(corpus)
    assert set(corpus.articles["source_file"]) == {"aussen.zip/inner.zip/innen.txt", "aussen.zip/export.jsonl.gz"}
    r = corpus.rejects.set_index("source_file")["reason"]
    assert r["aussen.zip/inner.zip/noch-eins.zip"].startswith("refused: an archive nested more than 1 level deep")


def test_path_tricks_are_refused_and_nothing_is_extracted(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _zip(raw / "tricks.zip", {"../evil.txt": "Böse\n\n" + GERMAN, "/etc/abs.txt": "Absolut\n\n" + GERMAN,
                              "a/../../b.txt": GERMAN, "gut.txt": "Gut\n\n" + GERMAN})
    corpus = load_corpus(raw)
    _check_counts(corpus)
    assert corpus.articles["source_file"].tolist() == ["tricks.zip/gut.txt"]
    r = corpus.rejects.set_index("source_file")["reason"]
    for name in ("tricks.zip/../evil.txt", "tricks.zip//etc/abs.txt", "tricks.zip/a/../../b.txt"):
        assert r[name].startswith("refused: unsafe member name"), name
    assert not (tmp_path / "evil.txt").exists() and not (tmp_path / "b.txt").exists()
    assert sorted(p.name for p in raw.iterdir()) == ["tricks.zip"]


def test_zip_bomb_and_gz_bomb_are_refused_beside_good_members(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    zeros = b"\x00" * (40 * 2**20)
    _zip(raw / "bombe.zip", {"null.txt": zeros, "gut.txt": "Gut\n\n" + GERMAN})
    (raw / "bombe.jsonl.gz").write_bytes(gzip.compress(b" " * (40 * 2**20)))
    corpus = load_corpus(raw)
    _check_counts(corpus)
    assert corpus.articles["source_file"].tolist() == ["bombe.zip/gut.txt"]
    r = corpus.rejects.set_index("source_file")["reason"]
    assert "zip bomb" in r["bombe.zip/null.txt"] and r["bombe.zip/null.txt"].startswith("refused: member expands from")
    assert r["bombe.jsonl.gz"].startswith("refused: bombe.jsonl.gz expands to more than") and "zip bomb" in r["bombe.jsonl.gz"]


def _encrypt_flag(data: bytes) -> bytes:
    """The archive with every member marked as encrypted (local and central headers)."""
    out = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        i = out.find(signature)
        while i >= 0:
            out[i + offset] |= 0x01
            i = out.find(signature, i + 4)
    return bytes(out)


def test_broken_encrypted_and_empty_archives_are_rejects_with_a_reason(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    good = _zip_bytes({"a.txt": "Titel\n\n" + GERMAN})
    (raw / "abgeschnitten.zip").write_bytes(good[: len(good) // 2])
    (raw / "passwort.zip").write_bytes(_encrypt_flag(good))
    (raw / "leer.zip").write_bytes(_zip_bytes({}))
    (raw / "kaputt.txt.gz").write_bytes(gzip.compress(("Titel\n\n" + GERMAN).encode())[:-12])
    (raw / "falsch.gz").write_bytes(b"kein gzip")
    corpus = load_corpus(raw)
    _check_counts(corpus)
    assert corpus.articles.empty
    r = corpus.rejects.set_index("source_file")["reason"]
    assert r["abgeschnitten.zip"].startswith("not a readable zip archive")
    assert r["passwort.zip/a.txt"].startswith("refused: encrypted archive member")
    assert r["leer.zip"] == "empty archive: no files inside"
    assert r["kaputt.txt.gz"].startswith("corrupt archive: kaputt.txt.gz cannot be decompressed")
    assert r["falsch.gz"].startswith("unsupported file type '(none)'")


def test_metadata_and_hidden_members_are_skipped_with_a_note(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    _zip(raw / "mac.zip", {"seite.txt": "Titel\n\n" + GERMAN, "__MACOSX/._seite.txt": b"\x00\x05\x16\x07", ".DS_Store": b"Bud1"})
    corpus = load_corpus(raw)
    _check_counts(corpus)
    assert corpus.articles["source_file"].tolist() == ["mac.zip/seite.txt"] and corpus.rejects.empty
    skipped = corpus.notes[corpus.notes["kind"] == "skipped"].set_index("source_file")["message"]
    assert skipped["mac.zip/__MACOSX/._seite.txt"] == "not an input: operating-system metadata in the archive"
    assert skipped["mac.zip/.DS_Store"] == "not an input: a hidden file or folder"


def test_loader_cache_keeps_one_key_per_member(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    members = {f"seite-{i}.txt": f"Titel {i}\n\n{GERMAN} Nummer {i}." for i in range(4)}
    _zip(raw / "archiv.zip", members)
    first, _ = build(raw, out, progress=False)
    assert first.changes["files read"] == 4 and first.changes["files reused"] == 0
    members["seite-2.txt"] += " Ein neuer Satz über die Nato."
    _zip(raw / "archiv.zip", members)
    again, _ = build(raw, out, progress=False)
    assert again.changes["files read"] == 1 and again.changes["files reused"] == 3
    assert again.changes["changed"] == 1 and again.changes["unchanged"] == 3
    fresh, _ = build(raw, tmp_path / "fresh", progress=False, incremental=False)
    pd.testing.assert_frame_equal(again.articles.reset_index(drop=True), fresh.articles.reset_index(drop=True))


@pytest.mark.parametrize("suffix", [".zip", ".gz"])
def test_a_png_renamed_to_an_archive_is_a_reject(tmp_path, suffix):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / f"bild{suffix}").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    corpus = load_corpus(raw)
    _check_counts(corpus)
    assert len(corpus.rejects) == 1 and corpus.articles.empty
