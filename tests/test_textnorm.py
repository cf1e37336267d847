"""Character normalisation and paragraph re-joining, as input -> expected tables."""

from __future__ import annotations

import json

import pytest

from analysis import load_corpus
from analysis.textnorm import clean_body, count_words, normalize_characters, normalize_inline, paragraphs_from_lines, split_glued_words


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Verteidigungs\u00adausgaben", "Verteidigungsausgaben"),  # soft hyphen
        ("NATO\u200b-Gipfel", "NATO-Gipfel"),  # zero-width space
        ("\ufeffText", "Text"),  # stray BOM
        ("NATO\u2011Gipfel", "NATO-Gipfel"),  # non-breaking hyphen
        ("\u201eZwei-Prozent-Ziel\u201c", '"Zwei-Prozent-Ziel"'),  # German quotes
        ("\u00bbRutte\u00ab", '"Rutte"'),
        ("\u201aso\u2018", "'so'"),
        ("2,1\u00a0Prozent", "2,1 Prozent"),  # no-break space
        ("100\u202fMilliarden", "100 Milliarden"),  # narrow no-break space
        ("zwei  Prozent\t des BIP", "zwei Prozent des BIP"),
        ("Zeile\r\nneue Zeile\rdritte", "Zeile\nneue Zeile\ndritte"),
        ("  eingerückt  ", "eingerückt"),
        ("Harris , die Gefahr einer Nato .", "Harris, die Gefahr einer Nato."),
        ("Bu\u0308ndnis", "Bündnis"),  # decomposed umlaut -> NFC
        ("Steuer\x07zeichen", "Steuerzeichen"),
    ],
)
def test_normalize_characters(raw, expected):
    assert normalize_characters(raw) == expected


def test_normalize_inline_folds_lines():
    assert normalize_inline("\nHamstern für den Hund\n") == "Hamstern für den Hund"


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # ZEIT ONLINE's hard line breaks inside sentences are re-joined
        (
            ["Armin König hat sich in einem Hilferuf an die", "Bundeskanzlerin gewandt und Änderungen im Kampf gegen Corona", "gefordert. Was will er?"],
            ["Armin König hat sich in einem Hilferuf an die Bundeskanzlerin gewandt und Änderungen im Kampf gegen Corona gefordert. Was will er?"],
        ),
        # an interview speaker label on its own line joins its answer
        (["Er kommt an die", "Grenze.", "ZEIT ONLINE:", "Haben Sie das angeboten?"], ["Er kommt an die Grenze.", "ZEIT ONLINE: Haben Sie das angeboten?"]),
        # a short heading after a full sentence stays its own paragraph
        (["Trump wird das unterstreichen.", "Hauptthema NATO", "Rutte trifft Trump."], ["Trump wird das unterstreichen.", "Hauptthema NATO", "Rutte trifft Trump."]),
        # headings that end in an adverb or a particle are still headings
        (["Das war alles.", "Russland setzt neue Mittelstreckenraketen ein", "Sorgen bereiten Rutte die Angriffe."], ["Das war alles.", "Russland setzt neue Mittelstreckenraketen ein", "Sorgen bereiten Rutte die Angriffe."]),
        # a lower-case continuation always joins
        (["Der Etat steigt auf", "rund 52 Milliarden Euro."], ["Der Etat steigt auf rund 52 Milliarden Euro."]),
        # a line-final hyphen: dropped before lower case, kept before a capital or "und"
        (["Die Verteidigungs-", "ausgaben steigen."], ["Die Verteidigungsausgaben steigen."]),
        (["Der US-", "Präsident kommt."], ["Der US-Präsident kommt."]),
        (["Die Staats-", "und Regierungschefs tagen."], ["Die Staats- und Regierungschefs tagen."]),
        # blank lines always separate paragraphs
        (["NATO-Chef Rutte:", "", '"Die USA fühlen sich verpflichtet"'], ["NATO-Chef Rutte:", '"Die USA fühlen sich verpflichtet"']),
    ],
)
def test_paragraphs_from_lines(lines, expected):
    assert paragraphs_from_lines(lines) == expected


def test_clean_body_drops_boilerplate_and_caption_pairs():
    raw = "Rutte ist überzeugt.\nRutte ist überzeugt.(Bild: EPA/TOMASZ WASZCZUK)\n\nEr sagte etwas.\n\n0 Kommentare\n\n- Themen:\n- #Wahlen\nFolgen Sie uns auf"
    assert clean_body(raw) == "Er sagte etwas."


def test_caption_without_duplicate_line_keeps_the_line_before():
    raw = "Der Gipfel beginnt heute.\nSoldaten bei einer Übung (Foto: dpa)\nMehr folgt."
    assert clean_body(raw) == "Der Gipfel beginnt heute.\n\nMehr folgt."


@pytest.mark.parametrize(
    ("text", "words"),
    [("NATO-Generalsekretär Mark Rutte", 3), ("2,1 Prozent des BIP", 4), ("1.000 Soldaten, 3,5 %", 3), ("", 0)],
)
def test_count_words(text, words):
    assert count_words(text) == words


# --- words run together (ticker and teaser texts) ----------------------------------------------



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Bundeswehr bestellt neue PanzerMerz reist nach Paris", "Die Bundeswehr bestellt neue Panzer Merz reist nach Paris"),
        ("Der BündnisChef Rutte fordert mehr Geld", "Der Bündnis Chef Rutte fordert mehr Geld"),
        ("Beim Nato-GipfelTrump sagt", "Beim Nato-Gipfel Trump sagt"),
        ("Das habenSie gesagt, dieMehrheit ist dafür", "Das haben Sie gesagt, die Mehrheit ist dafür"),
        ("großeMenschenansammlungen meiden", "große Menschenansammlungen meiden"),
    ],
)
def test_glued_words_are_split(text, expected):
    assert split_glued_words(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Mit der BahnCard zu McDonald's, das iPhone in der Hand",
        "WhatsApp, YouTube, PayPal, LinkedIn, TikTok, eBay, GmbH, AfD, BaFin, BioNTech, ProSieben, PlayStation",
        "KünstlerInnen und BürgerInnen",  # the Binnen-I
        "MagentaSport, DeutschlandTrend, HafenCity, SonntagsZeitung, JavaScript, ThyssenKrupp, BlackRock",
        "GeoForschungsZentrum, RedaktionsNetzwerk, arXiv",
    ],
)
def test_names_written_in_camel_case_stay_intact(text):
    assert split_glued_words(text) == (text, [])


def test_the_loader_repairs_glued_text_and_notes_it(tmp_path):
    body = "Die Bundeswehr bestellt neue PanzerMerz reist nach Paris. " + "Der Haushaltsausschuss hat das Geld am Mittwoch freigegeben. " * 3
    (tmp_path / "ticker.jsonl").write_text(json.dumps({"title": "NATO-ChefRutte in Berlin", "text": body, "published": "2025-06-25"}) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path, progress=False)
    article = corpus.articles.iloc[0]
    assert article["title"] == "NATO-Chef Rutte in Berlin"
    assert "neue Panzer Merz reist" in article["text"]
    note = corpus.notes[corpus.notes["kind"] == "text_repair"].iloc[0]
    assert note["message"].startswith("2 run-together words split") and "'PanzerMerz' -> 'Panzer Merz'" in note["message"]
