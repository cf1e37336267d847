"""Documents and news-database exports: Nexis Uni DOCX (English and German interface),
plain DOCX, RTF and PDF. The fixtures are written here in the layout of
``../shared/formats/nexis-uni-sample.docx`` (see its SOURCE.md), with our own text."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pandas as pd
import pypdf
import pytest
from hostile import GERMAN

from analysis import load_corpus, paths
from analysis.documents import nexis_date

BERLIN = "Europe/Berlin"
NEXIS_SAMPLE = paths.SHARED_DIR / "formats" / "nexis-uni-sample.docx"

GERMAN_ARTICLES = [
    {"title": "Bundestag beschließt höheren Wehretat", "outlet": "Süddeutsche Zeitung", "date": "23. November 2024 Samstag",
     "labels": ["Rubrik:\xa0Politik; S. 5", "Länge:\xa0412 Wörter", "Autor:\xa0Anna Beispiel"],
     "body": ["Der Bundestag hat am Freitag den Haushalt für das kommende Jahr beschlossen. Der Wehretat steigt auf 53 Milliarden Euro.",
              "Verteidigungsminister Pistorius sprach von einem wichtigen Signal an die Verbündeten in der Nato."]},
    {"title": "Nato-Gipfel: Rutte fordert mehr Tempo", "outlet": "Frankfurter Allgemeine Zeitung", "date": "Dienstag 24. Juni 2025 10:15 MESZ",
     "labels": ["Ressort:\xa0Politik", "Länge:\xa0230 Wörter"],
     "body": ["Nato-Generalsekretär Rutte hat die Mitgliedstaaten zu schnelleren Investitionen aufgerufen.",
              "Bis 2035 sollen die Alliierten 3,5 Prozent des BIP für Kernverteidigung ausgeben."]},
]


def _nexis_docx(path: Path, articles: list[dict], *, end_lines: bool = True, english: bool = False) -> None:
    """A Nexis Uni export in the layout of the shared sample: cover page, then per article
    title, outlet, date line, Copyright, labels, Body, paragraphs, Load-Date, End of Document."""
    d = docx.Document()
    d.add_paragraph("Date and Time: Friday, 5. July 2019 09:31:00 CEST" if english else "Datum und Uhrzeit: Montag, 1. Dezember 2025 09:31:00 MEZ")
    d.add_paragraph("Job Number: 00000001" if english else "Auftragsnummer: 00000001")
    d.add_paragraph(f"Documents ({len(articles)})" if english else f"Dokumente ({len(articles)})")
    for i, a in enumerate(articles, start=1):
        d.add_paragraph(f"{i}. {a['title']}")
        d.add_paragraph("Client/Matter: -None-")
        d.add_paragraph("Search Terms: Nato")
        d.add_paragraph("")
    for _ in range(4):
        d.add_paragraph("")
    for a in articles:
        d.add_paragraph(a["title"])
        d.add_paragraph(a["outlet"])
        d.add_paragraph(a["date"])
        d.add_paragraph("")
        d.add_paragraph("\nCopyright 2024 Beispiel-Verlag GmbH Alle Rechte vorbehalten")
        d.add_paragraph("\n")
        for label in a["labels"]:
            d.add_paragraph(label)
        d.add_paragraph("Body")
        d.add_paragraph("")
        for paragraph in a["body"]:
            d.add_paragraph(paragraph)
            d.add_paragraph("")
        d.add_paragraph("Classification")
        d.add_paragraph("Language:\xa0GERMAN; DEUTSCH")
        d.add_paragraph("\nSubject:\xa0VERTEIDIGUNG (90%); NATO (88%)")
        d.add_paragraph("\nLoad-Date:\xa0November 24, 2024")
        if end_lines:
            d.add_paragraph("\nEnd of Document")
        for _ in range(4):
            d.add_paragraph("")
    d.save(path)


def _pdf(lines: list[str], *, pages: int = 1) -> bytes:
    """A small PDF with a text layer (Helvetica, WinAnsi): one line of text per line."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>"]
    kids = " ".join(f"{4 + 2 * i} 0 R" for i in range(pages))
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {pages} >>")
    objects.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    streams = []
    for page in range(pages):
        chunk = lines[page::pages] if pages > 1 else lines
        ops = ["BT", "/F1 11 Tf", "14 TL", "50 800 Td"]
        for line in chunk + [f"Seite {page + 1} von {pages}"]:
            escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            ops.append(f"({escaped}) Tj T*")
        ops.append("ET")
        streams.append("\n".join(ops).encode("cp1252"))
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {5 + 2 * page} 0 R >>")
        objects.append(None)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    stream_iter = iter(streams)
    for number, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        if obj is None:
            data = next(stream_iter)
            out.write(f"{number} 0 obj\n<< /Length {len(data)} >>\nstream\n".encode() + data + b"\nendstream\nendobj\n")
        else:
            out.write(f"{number} 0 obj\n{obj}\nendobj\n".encode())
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


@pytest.fixture
def raw(tmp_path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    return folder


def test_nexis_docx_in_the_german_interface(raw):
    _nexis_docx(raw / "nexis-de.docx", GERMAN_ARTICLES)
    corpus = load_corpus(raw)
    a = corpus.articles
    assert corpus.rejects.empty and len(a) == 2
    first, second = a.iloc[0], a.iloc[1]
    assert first["title"] == "Bundestag beschließt höheren Wehretat"
    assert first["outlet"] == "Süddeutsche Zeitung"
    assert (first["published"], first["date_precision"]) == (pd.Timestamp("2024-11-23", tz=BERLIN), "day")
    assert first["text"] == "\n\n".join(GERMAN_ARTICLES[0]["body"])
    assert (second["published"], second["date_precision"]) == (pd.Timestamp("2025-06-24 10:15", tz=BERLIN), "minute")
    for furniture in ("Copyright", "Länge", "Rubrik", "Body", "Load-Date", "End of Document", "Classification", "Subject", "Dokumente"):
        assert not a["text"].str.contains(furniture).any(), furniture
    assert set(a["date_source"]) == {"field"}


def test_nexis_docx_without_end_of_document_lines(raw):
    _nexis_docx(raw / "ohne-ende.docx", GERMAN_ARTICLES, end_lines=False)
    a = load_corpus(raw).articles
    assert a["title"].tolist() == [x["title"] for x in GERMAN_ARTICLES]
    assert a["text"].tolist() == ["\n\n".join(x["body"]) for x in GERMAN_ARTICLES]


def test_nexis_shared_sample_gives_ten_articles_with_their_fields():
    if not NEXIS_SAMPLE.exists():
        pytest.skip(f"the Nexis layout sample is not at {NEXIS_SAMPLE} (../shared is absent)")
    corpus = load_corpus(NEXIS_SAMPLE)
    a = corpus.articles
    assert len(a) == 10 and corpus.rejects.empty
    assert a["outlet"].eq("The Guardian(London)").all()
    assert a.iloc[0]["title"] == "Lorem ipsum dolor sit amet"
    assert a.iloc[0]["published"] == pd.Timestamp("2019-07-01 09:20", tz="UTC").tz_convert(BERLIN)
    assert a.iloc[8]["title"] == "R (programming language) on Wikipedia"
    assert a.iloc[8]["text"].startswith("R is a programming language") and a.iloc[8]["n_paragraphs"] == 7
    for furniture in ("Copyright", "Length:", "Byline", "Load-Date", "End of Document", "Classification", "Journal Code"):
        assert not a["text"].str.contains(furniture).any(), furniture


@pytest.mark.parametrize(("line", "expected"), [
    ("July 1, 2019 Monday 9:20 AM GMT", "2019-07-01T09:20:00+00:00"),
    ("July 3, 2019 Wednesday 12:02 AM GMT", "2019-07-03T00:02:00+00:00"),
    ("23. November 2024 Samstag", "2024-11-23"),
    ("Samstag 23. November 2024 18:30 MEZ", "2024-11-23T18:30:00+01:00"),
    ("3. März 2025", "2025-03-03"),
    ("The Guardian(London)", None),
    ("31. Februar 2025", None),
])
def test_nexis_date_lines(line, expected):
    assert nexis_date(line) == expected


def test_plain_docx_first_paragraph_is_the_title(raw):
    d = docx.Document()
    d.add_paragraph("Pistorius will mehr Soldaten")
    d.add_paragraph("")
    d.add_paragraph(GERMAN)
    d.add_paragraph("Ein zweiter Absatz über die Bundeswehr und ihre Ausrüstung.")
    d.save(raw / "artikel.docx")
    a = load_corpus(raw).articles.iloc[0]
    assert a["title"] == "Pistorius will mehr Soldaten"
    assert a["n_paragraphs"] == 2 and a["text"].startswith(GERMAN[:30])


def test_rtf_is_one_article(raw):
    body = GERMAN.replace("ä", "\\'e4").replace("ö", "\\'f6").replace("ü", "\\'fc").replace("ß", "\\'df")
    (raw / "artikel.rtf").write_bytes(("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24 "
                                      "Nato-Staaten r\\'fcsten auf\\par\\par " + body + "\\par}").encode("ascii"))
    a = load_corpus(raw).articles.iloc[0]
    assert a["title"] == "Nato-Staaten rüsten auf"
    assert a["text"] == GERMAN


def test_pdf_with_a_text_layer_is_one_article(raw):
    lines = ["Wehretat steigt deutlich", "Die Nato-Staaten haben sich beim Gipfel in Den Haag auf ein",
             "neues Ziel für ihre Verteidi-", "gungsausgaben geeinigt. Bis 2035 sollen fünf Prozent der",
             "Wirtschaftsleistung in Rüstung und Infrastruktur fließen, sagte", "Generalsekretär Mark Rutte am Mittwoch."]
    (raw / "artikel.pdf").write_bytes(_pdf(lines))
    corpus = load_corpus(raw)
    assert corpus.rejects.empty, corpus.rejects
    a = corpus.articles.iloc[0]
    assert a["title"] == "Wehretat steigt deutlich"
    assert a["text"] == GERMAN  # lines re-joined, the broken word joined, the page number dropped


def test_bad_documents_are_rejects_with_a_reason_beside_a_good_one(raw):
    (raw / "bild.docx").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (raw / "leer.pdf").write_bytes(_pdf([]).replace(b"(Seite 1 von 1) Tj T*", b""))
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pdf(["Geheim", GERMAN])))
    writer.encrypt(user_password="geheim", owner_password="geheim", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    (raw / "passwort.pdf").write_bytes(buffer.getvalue())
    (raw / "kaputt.pdf").write_bytes(b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog")
    (raw / "text.rtf").write_text("Kein RTF, nur Text.", encoding="utf-8")
    with zipfile.ZipFile(raw / "ohne-dokument.docx", "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
    _nexis_docx(raw / "gut.docx", GERMAN_ARTICLES[:1])
    corpus = load_corpus(raw)
    assert len(corpus.articles) + len(corpus.rejects) == corpus.n_inputs
    assert corpus.articles["source_file"].tolist() == ["gut.docx"]
    r = corpus.rejects.set_index("source_file")["reason"]
    assert r["bild.docx"] == "not a DOCX document: the file is a PNG image"
    assert r["leer.pdf"].startswith("no text layer: the PDF's 1 page(s) hold no text")
    assert r["passwort.pdf"].startswith("refused: an encrypted PDF")
    assert r["kaputt.pdf"].startswith("not a readable PDF document") or r["kaputt.pdf"].startswith("no text layer")
    assert r["text.rtf"].startswith("not a RTF document")
    assert r["ohne-dokument.docx"].startswith("not a readable DOCX document")


def test_a_docx_zip_bomb_is_refused(raw):
    with zipfile.ZipFile(raw / "bombe.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", b" " * (30 * 2**20))
    r = load_corpus(raw).rejects.iloc[0]["reason"]
    assert r.startswith("refused: member expands from") and "(in the DOCX)" in r


def _rtf(lines: list[str]) -> bytes:
    escaped = [line.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}") for line in lines]
    body = "\\par\n".join("".join(ch if ord(ch) < 128 else f"\\'{ord(ch):02x}" for ch in line) for line in escaped)
    return ("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Arial;}}\\f0\\fs24\n" + body + "\\par}").encode("ascii")


def _nexis_lines(articles: list[dict]) -> list[str]:
    lines = ["Dokumente (2)", ""]
    for a in articles:
        lines += [a["title"], a["outlet"], a["date"], "", "Copyright 2025 Beispiel-Verlag", *a["labels"], "Body", "", *a["body"],
                  "", "Load-Date: 25. Juni 2025", "", "End of Document", "", ""]
    return lines


def test_nexis_layout_in_rtf_and_pdf_exports(raw):
    (raw / "nexis.rtf").write_bytes(_rtf(_nexis_lines(GERMAN_ARTICLES)))
    (raw / "nexis.pdf").write_bytes(_pdf([line.replace("\xa0", " ") for line in _nexis_lines(GERMAN_ARTICLES)]))
    corpus = load_corpus(raw)
    assert corpus.rejects.empty, corpus.rejects
    for name in ("nexis.rtf", "nexis.pdf"):
        a = corpus.articles[corpus.articles["source_file"] == name]
        assert a["title"].tolist() == [x["title"] for x in GERMAN_ARTICLES], name
        assert a["outlet"].tolist() == [x["outlet"] for x in GERMAN_ARTICLES], name
        assert a["published"].iloc[0] == pd.Timestamp("2024-11-23", tz=BERLIN)
        assert a["text"].str.contains("Wehretat steigt auf 53 Milliarden Euro").iloc[0]
        assert not a["text"].str.contains("Load-Date|End of Document|Copyright|Länge").any(), name
