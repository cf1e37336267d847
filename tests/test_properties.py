"""Property tests (hypothesis): text normalisation, decoding, figure extraction and actor
matching never raise on any text, and every offset points at the text it quotes.

The texts mix random Unicode with German fragments that the extractors react to
(numbers, "Prozent des BIP", "Milliarden Euro", compounds, actor names, quotes, line
breaks), so that the rules themselves run, not only their early exits. The run is
derandomised: the same examples every time, no example database in the working tree.
"""

from __future__ import annotations

import unicodedata

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.actors import _field_mentions
from analysis.decoding import DecodeError, decode_bytes
from analysis.lexicon import load_lexicon
from analysis.safecsv import neutralise_cell, restore_cell
from analysis.spending import figures_in_article, figures_in_text
from analysis.textnorm import clean_body, normalize_characters, normalize_inline, split_glued_words, split_paragraphs

settings.register_profile(
    "defence-coverage", database=None, deadline=None, derandomize=True, max_examples=150,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("defence-coverage")

FRAGMENTS = [
    "2 Prozent des BIP", "zwei Prozent", "3,5 Prozent", "3,5 plus 1,5 Prozent", "Zwei-Prozent-Ziel", "5-Prozent-Marke",
    "100 Milliarden Euro", "100-Milliarden-Sondervermögen", "1,917 Billionen US-Dollar", "knapp 2,1 %", "zweieinhalb Prozent",
    "der Wirtschaftsleistung", "für Verteidigung", "Verteidigungsausgaben", "Rüstung", "im Jahr 2024", "bis 2035", "Prozentpunkte",
    "Trump", "Trumps", "Rutte", "Nato", "NATO-Generalsekretär", "Kremlchef Wladimir Putin", "Deutschland", "deutschen", "Kanzler",
    "fordert", "sagte", "„", "“", "\"", "(", ")", ".", ",", ":", "-", "–", "%", "€", "$", " ", " ", "\n", "\n\n", "\r\n", "\t",
    "\u00ad", "\u200b", "\ufeff", "\x00", "\x1b[31m", "ß", "ẞ", "e\u0301",
    "Fregatten", "Militärhilfe", "Waffenpaket", "Rahmenvertrag", "von zuvor 12 auf 20 Milliarden Euro", "3,5 und 1,5 Prozent",
    "eine halbe Milliarde", "Pfund", "Rubel", "Hrywnja", "Kronen", "(rund 578 Millionen US-Dollar)", "davon", "Ukraine", "der Ukraine",
    "Schuldenbremse", "25-Millionen-Euro-Vorlage", "BahnCard", "iPhone", "McDonald's", "PanzerMerz", "BündnisChef", "KünstlerInnen",
]

SEPARATORS = [" ", " ", " ", "", ", ", ". ", "\n", "\n\n"]
german_like = st.lists(
    st.tuples(st.one_of(st.sampled_from(FRAGMENTS), st.sampled_from(FRAGMENTS), st.text(max_size=8)), st.sampled_from(SEPARATORS)), max_size=40
).map(lambda parts: "".join(word + sep for word, sep in parts))
any_text = st.one_of(st.text(max_size=300), german_like)
LEXICON = load_lexicon()
DATES = st.one_of(st.none(), st.sampled_from([pd.Timestamp("2019-06-01", tz="Europe/Berlin"), pd.Timestamp("2025-06-25", tz="Europe/Berlin")]))


@given(any_text)
def test_normalize_characters_is_clean_and_idempotent(text):
    out = normalize_characters(text)
    assert out == unicodedata.normalize("NFC", out)
    assert not any(ord(ch) < 32 and ch != "\n" for ch in out)
    assert "\u00ad" not in out and "\ufeff" not in out and "\r" not in out
    assert normalize_characters(out) == out


@given(any_text)
def test_normalize_inline_is_one_trimmed_line(text):
    out = normalize_inline(text)
    assert "\n" not in out and out == out.strip() and "  " not in out


@given(any_text)
def test_clean_body_never_raises_and_paragraphs_round_trip(text):
    body = clean_body(text)
    assert "\n\n\n" not in body and body == body.strip()
    assert "\n\n".join(split_paragraphs(body)) == body


@given(st.binary(max_size=600))
def test_decoding_either_decodes_or_says_why(data):
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        assert str(exc)
    else:
        assert isinstance(decoded.text, str) and decoded.encoding


@given(german_like, DATES)
def test_figure_offsets_point_at_the_quoted_text(text, published):
    text = clean_body(text)
    for row in figures_in_text(text, published=published, precision="day" if published is not None else None, lexicon=LEXICON):
        assert text[row["start"] : row["end"]] == row["quote"]
        assert row["quote"] in row["sentence"] and row["sentence"] in text
        assert row["value"] == row["value"]  # never NaN


#: Ticker text: fragments run together without spaces ("neue PanzerMerz reist nach Paris").
glued = st.lists(st.sampled_from(FRAGMENTS + ["bestellt neue Panzer", "Merz reist nach Paris", "Bündnis", "Chef", "dieMehrheit"]),
                 max_size=30).map("".join)


@given(st.one_of(glued, german_like))
def test_glued_text_is_repaired_without_losing_characters(text):
    text = normalize_characters(text)
    repaired, repairs = split_glued_words(text)
    assert repaired.replace(" ", "") == text.replace(" ", "")  # only spaces are added
    assert len(repaired) == len(text) + len(repairs)
    assert split_glued_words(repaired)[0] == repaired  # a repaired text needs no further repair


@given(st.one_of(glued, german_like), st.one_of(glued, german_like), DATES)
def test_figures_of_glued_articles_point_at_the_quoted_text(title, text, published):
    title, text = normalize_inline(split_glued_words(title)[0]), clean_body(split_glued_words(text)[0])
    fields = {"title": title, "text": text}
    for row in figures_in_article(title or None, text or None, published=published, precision="day" if published is not None else None, lexicon=LEXICON):
        assert fields[row["field"]][row["start"] : row["end"]] == row["quote"]
        assert row["quote"] in row["sentence"]


@given(german_like, DATES)
def test_mention_offsets_point_at_the_quoted_text(text, published):
    text = clean_body(text)
    for row in _field_mentions(text, published, "day" if published is not None else None, LEXICON):
        assert text[row["start"] : row["end"]] == row["quote"]
        assert row["sentence_start"] <= row["start"] < row["end"] <= row["sentence_end"]


@given(st.one_of(st.text(max_size=40), st.sampled_from(["=1+1", "'=1+1", "''-2", "@SUM(A1)", "\t=x", "+49 30", "'", "-"])))
def test_csv_guard_round_trips_and_never_leaves_a_formula(value):
    guarded = neutralise_cell(value)
    assert restore_cell(guarded) == value
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
