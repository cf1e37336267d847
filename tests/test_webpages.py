"""Saved web pages read like a reader: the headline the page shows, the body without
teasers, boxes and credits, the article's own publication time."""

from __future__ import annotations

import json

import lxml.html
import pandas as pd
import pytest
from conftest import FIXTURES

from analysis import load_corpus, paths
from analysis.htmlpage import drop_web_furniture, page_headline, strip_site_name
from analysis.pagegold import score_folder, summarise

PAGES = FIXTURES / "pages"
EXPECTED = json.loads((PAGES / "expected.json").read_text(encoding="utf-8"))
FUNDUS = paths.SHARED_DIR / "pages" / "fundus-at-ch"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_german_pages_title_date_and_body(name):
    expected = EXPECTED[name]
    corpus = load_corpus(PAGES / name)
    assert corpus.rejects.empty
    a = corpus.articles.iloc[0]
    assert a["title"] == expected["title"]
    assert (a["published"], a["date_precision"]) == (pd.Timestamp(expected["published"]).tz_convert("Europe/Berlin"), expected["precision"])
    for text in expected["contains"]:
        assert text in a["text"], text
    for text in expected["absent"]:
        assert text not in a["text"], text
    assert not a["text"].startswith(a["title"])  # the headline is not repeated as the first paragraph


def test_fundus_pages_reach_the_targets():
    if not (FUNDUS / "gold.json").exists():
        pytest.skip(f"saved pages with expected values not found at {FUNDUS} (../shared is absent)")
    total = summarise(score_folder(FUNDUS))
    print(f"\nfundus-at-ch: {total.pages} pages, titles {total.titles:.0%}, days {total.days:.0%}, "
          f"recall {total.recall:.3f}, precision {total.precision:.3f}")
    assert total.titles >= 0.90 and total.days >= 0.95
    assert total.recall >= 0.97 and total.precision >= 0.96


@pytest.mark.parametrize(("title", "keys", "expected"), [
    ("Rutte hat mit Trump gesprochen - Details unbekannt | tagesschau.de", {"tagesschau"}, "Rutte hat mit Trump gesprochen - Details unbekannt"),
    ("Nach Kalifat-Rufen: Sind wir zu sanft? - Panorama - derStandard.at › Panorama", {"derstandard"}, "Nach Kalifat-Rufen: Sind wir zu sanft?"),
    ("Iranischer Angriff: «Zurückhaltung» - News - SRF", {"srf"}, "Iranischer Angriff: «Zurückhaltung»"),
    ("Wehretat steigt – Süddeutsche Zeitung", set(), "Wehretat steigt – Süddeutsche Zeitung"),  # no known site: left alone
    ("Merz - Kanzler in der Krise", {"zeit"}, "Merz - Kanzler in der Krise"),
])
def test_site_names_are_stripped_only_when_they_name_the_site(title, keys, expected):
    assert strip_site_name(title, keys) == expected


def test_an_seo_h1_is_not_the_headline_and_kickers_are_not_part_of_it():
    seo = lxml.html.fromstring(
        "<html><head><meta property='og:title' content='Sichtbare Schlagzeile | Beispiel'>"
        "<link rel='canonical' href='https://www.beispiel.de/a.html'></head><body>"
        "<h1 class='Breadcrumbs_seotitle'>Suchmaschinen-Titel mit vielen Stichwörtern</h1></body></html>")
    assert page_headline(seo, None, None, None)[0] == "Sichtbare Schlagzeile"
    kicker = lxml.html.fromstring("<html><body><article><h1><span class='article-title__overline'>Nahost</span>"
                                  "<span class='h-offscreen'> - </span><span class='article-title__text'>Die Schlagzeile</span></h1></article></body></html>")
    assert page_headline(kicker, None, None, None)[0] == "Die Schlagzeile"


def test_furniture_lines_go_and_article_sentences_stay():
    lines = ["Mehr zum Thema", "Nato-Gipfel in Den Haag", "Was das Ziel bedeutet",
             "Die Regierung will den Newsletter des Ministeriums künftig jede Woche an alle Soldatinnen und Soldaten verschicken.",
             "Foto: Kay Nietfeld / dpa", "Jetzt weiterlesen mit Z+", "Artikel teilen", "Bild der Woche", "Der Wehretat steigt."]
    assert drop_web_furniture(lines) == [lines[3], "Bild der Woche", "Der Wehretat steigt."]


def test_a_page_with_only_navigation_is_not_an_article(tmp_path):
    page = ("<html><head><title>Startseite | Beispiel</title></head><body><nav><a href='/'>Start</a></nav>"
            "<main><p>Willkommen auf unserer Seite. Hier finden Sie Nachrichten.</p></main></body></html>")
    (tmp_path / "start.html").write_text(page, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles.empty
    assert corpus.rejects.iloc[0]["reason"].startswith("not an article")
