"""Bad, odd and hostile inputs for the robustness suite, generated into a raw folder.

Each :class:`Case` writes its files and says what a user must see for it: the article
loaded (``loaded``), a reject with a reason (``rejected``), or the file left out as not
an input with a note saying so (``skipped``). ``tests/test_hostile_inputs.py`` loads all
cases in one folder next to the five samples and checks every expectation.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

#: A German paragraph long enough to be an article on its own (> 25 words).
GERMAN = (
    "Die Nato-Staaten haben sich beim Gipfel in Den Haag auf ein neues Ziel für ihre "
    "Verteidigungsausgaben geeinigt. Bis 2035 sollen fünf Prozent der Wirtschaftsleistung "
    "in Rüstung und Infrastruktur fließen, sagte Generalsekretär Mark Rutte am Mittwoch."
)
ENGLISH = (
    "The allies agreed on a new target for their defence spending at the summit in The Hague. "
    "By 2035 they want to spend five percent of their economic output on the military and on "
    "infrastructure, the secretary general said on Wednesday, and the president was pleased with it."
)


def article_txt(title: str, body: str = GERMAN, header: str = " date 2025-06-25") -> str:
    """A scraped text file in the samples' layout."""
    return f"{header} {title}\n\n{body}\n\n{body.replace('Mittwoch', 'Donnerstag')}\n"


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<w:document>" + GERMAN + "</w:document>")
    return buf.getvalue()


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00" + bytes(range(256)) * 8
_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length 300 /Filter /FlateDecode >>\nstream\n" + bytes(range(256)) + b"\nendstream\nendobj\n%%EOF\n"
_ENTITY_BOMB = (
    '<?xml version="1.0"?>\n<!DOCTYPE html [\n <!ENTITY lol "lol">\n'
    + "".join(f' <!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">\n' for i in range(1, 10))
    + "]>\n<html><head><title>Bombe</title></head><body><article><p>&lol9;</p><p>"
    + GERMAN
    + "</p></article></body></html>"
)
_SCRIPTS_ONLY = (
    "<!DOCTYPE html><html><head><title>Nur Skripte</title><script>var a = 1;</script></head>"
    "<body><script>document.write('Die Nato will mehr Geld. ' .repeat(50));</script>"
    "<noscript></noscript><script src='app.js'></script></body></html>"
)
_MALFORMED_HTML = (
    "<html><head><title>Rutte in Berlin</title><body><div class=article><h1>Rutte in Berlin"
    "<p>" + GERMAN + "<p>" + GERMAN.replace("Mittwoch", "Freitag") + "</div></span></b>"
    "<p>Ein dritter Absatz ohne Ende <i>kursiv <b>fett</i> und mehr Text über Verteidigung"
)
_HTML_PAGE = (
    "<!DOCTYPE html><html lang='de'><head><title>Als Text gespeichert</title></head><body><article>"
    f"<h1>Als Text gespeichert</h1><p>{GERMAN}</p><p>{GERMAN.replace('Mittwoch', 'Montag')}</p>"
    "</article></body></html>"
)


@dataclass
class Case:
    """One kind of input: the files it writes and what the user must see."""

    kind: str
    files: dict[str, bytes | str | Callable[[Path], None]]
    outcome: str  # "loaded", "rejected" or "skipped"
    reason: str = ""  # reject reason (prefix) or note message (substring)
    record: int | None = None  # the record a reject or article belongs to
    n_loaded: int = 0  # articles expected from this case's files
    note: str = ""  # a note message (substring) the case must produce
    check: Callable | None = field(default=None, repr=False)  # extra check on the loaded rows

    @property
    def names(self) -> list[str]:
        return list(self.files)

    def write(self, folder: Path) -> None:
        for name, content in self.files.items():
            path = folder / name
            path.parent.mkdir(parents=True, exist_ok=True)
            if callable(content):
                content(path)
            elif isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")


def _symlink_loop(path: Path) -> None:
    other = path.with_name("loop-b.txt")
    os.symlink(other.name, path)
    os.symlink(path.name, other)


def _broken_link(path: Path) -> None:
    os.symlink("does-not-exist.txt", path)


def _unreadable(path: Path) -> None:
    path.write_text(article_txt("Gesperrt"), encoding="utf-8")
    path.chmod(0)


def _folder_loop(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    os.symlink("..", path)  # linked/up -> the folder above it


def _huge(path: Path) -> None:
    line = (GERMAN + "\n").encode("utf-8")
    with path.open("wb") as f:
        f.write(b" date 2025-06-25 Riesige Datei\n\n")
        for _ in range(50 * 2**20 // len(line) + 1):
            f.write(line)


def _text_of(rows):
    return rows.iloc[0]["text"]


def cases() -> list[Case]:
    """Every kind of bad or odd input the suite tries (at least 30)."""
    jsonl_twice = json.dumps({"title": "Zweimal", "text": GERMAN.replace("Mittwoch", "Dienstag"), "published": "2025-06-24"}, ensure_ascii=False)
    jsonl_good = json.dumps({"title": "Gut", "text": GERMAN, "published": "2025-06-25"}, ensure_ascii=False)
    return [
        Case("empty file", {"empty.txt": b""}, "rejected", "empty file: 0 bytes"),
        Case("whitespace only", {"whitespace.txt": b"  \n\t\r\n   \n"}, "rejected", "empty file: only whitespace"),
        Case("PNG image with a .txt extension", {"png-image.txt": _PNG}, "rejected", "binary file (PNG image), not text"),
        Case("ZIP archive with a .txt extension", {"zip-archive.txt": _zip_bytes()}, "rejected", "binary file (ZIP archive), not text"),
        Case("PDF with a .txt extension", {"pdf-document.txt": _PDF}, "rejected", "binary file (PDF document), not text"),
        Case("UTF-16 with BOM", {"utf16-bom.txt": article_txt("Größere Budgets").encode("utf-16")}, "loaded", n_loaded=1,
             note="decoded as utf-16", check=lambda r: r.iloc[0]["title"] == "Größere Budgets"),
        Case("UTF-16 without BOM", {"utf16-le.txt": article_txt("Größere Budgets").encode("utf-16-le")}, "loaded", n_loaded=1,
             note="decoded as utf-16-le", check=lambda r: r.iloc[0]["title"] == "Größere Budgets"),
        Case("UTF-8 with BOM", {"utf8-bom.txt": article_txt("Übung der Bündnispartner").encode("utf-8-sig")}, "loaded", n_loaded=1,
             check=lambda r: r.iloc[0]["title"] == "Übung der Bündnispartner"),
        Case("cp1252", {"windows-1252.txt": article_txt("Größere Budgets für die Rüstung").encode("cp1252")}, "loaded", n_loaded=1,
             note="decoded as cp1252", check=lambda r: r.iloc[0]["title"] == "Größere Budgets für die Rüstung"),
        Case("broken UTF-8 in the middle", {"broken-utf8.txt": article_txt("Größere Budgets").encode("utf-8").replace(b"Den Haag", b"Den \xff\xfeHaag", 1)},
             "loaded", n_loaded=1, note="2 invalid UTF-8 bytes removed",
             check=lambda r: r.iloc[0]["title"] == "Größere Budgets" and "fließen" in _text_of(r)),
        Case("mixed line endings", {"line-endings.txt": (" date 2025-06-25 Zeilenenden\r\n\r\n" + GERMAN + "\r\r" + GERMAN + "\n\n" + GERMAN + "\r\n").encode()},
             "loaded", n_loaded=1, check=lambda r: "\r" not in _text_of(r) and r.iloc[0]["n_paragraphs"] == 3),
        Case("50 MB text file", {"huge.txt": _huge}, "rejected", "too large for one article: 50.0 MB"),
        Case("very long single line", {"one-line.txt": " ".join([GERMAN] * 3000)}, "loaded", n_loaded=1,
             check=lambda r: r.iloc[0]["n_words"] > 100_000),
        Case("NUL bytes in text", {"nul-bytes.txt": article_txt("Mit Nullbytes").encode().replace(b"Gipfel", b"Gip\x00fel", 1).replace(b"Ziel", b"Ziel\x00\x00", 1)},
             "loaded", n_loaded=1, note="removed 3 NUL bytes", check=lambda r: "Gipfel" in _text_of(r) and "\x00" not in _text_of(r)),
        Case("text with no German in it", {"english.txt": article_txt("Allies agree on spending", ENGLISH)}, "loaded", n_loaded=1,
             note="language is 'en', not German", check=lambda r: r.iloc[0]["language"] == "en"),
        Case("HTML with scripts only", {"scripts-only.html": _SCRIPTS_ONLY}, "rejected", "not an article: no main text in the page"),
        Case("HTML with an XML entity-expansion bomb", {"entity-bomb.html": _ENTITY_BOMB}, "rejected", "refused: the page declares XML entities"),
        Case("malformed HTML", {"malformed.html": _MALFORMED_HTML}, "loaded", n_loaded=1,
             check=lambda r: "fünf Prozent" in _text_of(r)),
        Case("HTML saved with a .txt extension", {"saved-page.txt": _HTML_PAGE}, "loaded", n_loaded=1, note="read as HTML",
             check=lambda r: "<p>" not in _text_of(r) and r.iloc[0]["title"] == "Als Text gespeichert"),
        Case("truncated JSONL line between good lines", {"truncated.jsonl": f'{jsonl_good}\n{{"title": "kaputt", "text": "Die Na\n{jsonl_good.replace("Gut", "Auch gut")}\n'},
             "rejected", "malformed JSON", record=2, n_loaded=2),
        Case("JSON list items that are not objects", {"not-objects.json": json.dumps([1, "zwei", {"title": "Drei", "text": GERMAN}, None], ensure_ascii=False)},
             "rejected", "record is not a JSON object but a", record=1, n_loaded=1,
             check=lambda r: r.iloc[0]["title"] == "Drei"),
        Case("JSON document that is not an object", {"just-a-string.json": '"Die Nato will mehr Geld"'}, "rejected", "not an article export: the JSON holds a string"),
        Case("JSON nested 100,000 levels deep", {"deep.json": "[" * 100_000 + "]" * 100_000}, "rejected", "malformed JSON: nested too deeply"),
        Case("export without records", {"header-only.csv": "title,text,published\n", "empty-list.json": "[]"}, "rejected", "no records: the export holds no articles"),
        Case("CSV with a missing column", {"no-text-column.csv": 'title,published\n"Rutte in Berlin",2025-06-25\n'}, "rejected",
             "no text column: none of text, body", record=2),
        Case("CSV row with a field missing", {"short-row.csv": f'title,text,published\n"Rutte in Berlin","{GERMAN}",2025-06-25\n"Zu kurz","{GERMAN}"\n'},
             "rejected", "malformed row: 2 fields, the header has 3", record=3, n_loaded=1),
        Case("CSV with embedded newlines and quotes", {"embedded.csv": 'title,text\n"Rutte: ""Wir zahlen""","' + GERMAN + '\n\nEr sagte: ""Fünf Prozent, das ist machbar."" ' + GERMAN + '"\n'},
             "loaded", n_loaded=1, check=lambda r: r.iloc[0]["title"] == 'Rutte: "Wir zahlen"' and '"Fünf Prozent, das ist machbar."' in _text_of(r) and r.iloc[0]["n_paragraphs"] == 2),
        Case("duplicate records", {"duplicates.jsonl": f"{jsonl_twice}\n{jsonl_twice}\n"}, "loaded", n_loaded=2,
             check=lambda r: pd.isna(r["duplicate_of"].iloc[0]) and r["duplicate_of"].iloc[1] == r["article_id"].iloc[0]),
        Case("impossible date 31.02.2025", {"impossible-date.txt": "Stand: 31.02.2025 10:00 Uhr\nUnmögliches Datum\n\n" + GERMAN + "\n\n" + GERMAN + "\n"},
             "loaded", n_loaded=1, note="31.02.2025", check=lambda r: r["published"].isna().all()),
        Case("far-future date", {"future.jsonl": json.dumps({"title": "Zukunft", "text": GERMAN, "published": "2099-01-01"})}, "loaded", n_loaded=1,
             note="published 2099-01-01, in the future", check=lambda r: r["published"].isna().all()),
        Case("far-past date", {"past.jsonl": json.dumps({"title": "Vergangenheit", "text": GERMAN, "published": "1712-05-01"})}, "loaded", n_loaded=1,
             note="published in 1712, before 1900", check=lambda r: r["published"].isna().all()),
        Case("date header without a body", {"header-only.txt": " date 2025-06-25\n\nStand: 25.06.2025 10:00 Uhr\n"}, "rejected", "not an article: no text after the header"),
        Case("unreadable file permissions", {"unreadable.txt": _unreadable}, "rejected", "unreadable: Permission denied"),
        Case("symlink loop", {"loop-a.txt": _symlink_loop}, "rejected", "symbolic link loop"),
        Case("broken symlink", {"dangling.txt": _broken_link}, "rejected", "broken symbolic link: does-not-exist.txt is missing"),
        Case("folder link back to its parent", {"linked/up": _folder_loop}, "skipped", "folder link loops back"),
        Case("file name with spaces and umlauts", {"Nato Gipfel – Größe & Über.txt": article_txt("Umlaute im Namen")}, "loaded", n_loaded=1),
        Case("nested folder", {"2025/06/nested.txt": article_txt("Tief verschachtelt")}, "loaded", n_loaded=1,
             check=lambda r: r.iloc[0]["source_file"] == "2025/06/nested.txt"),
        Case("hidden and editor backup files",
             {".DS_Store": b"\x00\x00\x00\x01Bud1", "~$bericht.docx": b"\x00lock", ".ipynb_checkpoints/x-checkpoint.txt": article_txt("Checkpoint"),
              "entwurf.txt~": article_txt("Backup"), "#entwurf.txt#": article_txt("Emacs"), ".entwurf.txt.swp": b"b0VIM 8.2", "Thumbs.db": b"\xd0\xcf\x11\xe0"},
             "skipped", "not an input"),
        Case("unsupported file type", {"bericht.odt": _zip_bytes()}, "rejected", "unsupported file type '.odt'"),
        Case("zip archive named .docx", {"bericht.docx": _zip_bytes()}, "rejected", "not a readable DOCX document"),
        Case("PNG image named .docx", {"bild.docx": b"\x89PNG\r\n\x1a\n" + bytes(range(256))}, "rejected", "not a DOCX document: the file is a PNG image"),
        Case("PDF with nothing but a header", {"scan.pdf": b"%PDF-1.7\n"}, "rejected", "not a readable PDF document"),
        Case("text too long for one article in an export", {"long-record.jsonl": json.dumps({"title": "Lang", "text": GERMAN * 6000}, ensure_ascii=False)},
             "rejected", "too long for one article", record=1),
        Case("control characters and escape sequences", {"controls.txt": article_txt("Steuer\x1b[31mzeichen\x1b[0m").replace("geeinigt. ", "geeinigt.\x0b").replace("Den Haag", "Den Haag\x7f\x07")},
             "loaded", n_loaded=1, check=lambda r: r.iloc[0]["title"] == "Steuerzeichen" and "Den Haag" in _text_of(r)),
        Case("formula-like title and file name", {"=HYPERLINK(x).jsonl": json.dumps({"title": "=HYPERLINK(\"http://x\")", "text": GERMAN})},
             "loaded", n_loaded=1, check=lambda r: r.iloc[0]["title"].startswith("=HYPERLINK")),
    ]


def sidecar_case_files(folder: Path) -> None:
    """A metadata sidecar naming a missing file and a bad date, for the samples."""
    (folder / "metadata.csv").write_text(
        "file,published,outlet\n"
        "000_0dcb94694053e48f.txt,31.02.2025,tagesschau.de\n"
        "gibt-es-nicht.txt,2025-01-01,zdf.de\n",
        encoding="utf-8",
    )
