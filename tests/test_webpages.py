"""Saved web pages read like a reader: the headline the page shows, the body without
teasers, boxes and credits, the article's own publication time."""

from __future__ import annotations

import json

import lxml.html
import pandas as pd
import pytest
from conftest import FIXTURES

from analysis import load_corpus, paths
from analysis.htmlpage import class_words, drop_web_furniture, headline_text, is_furniture, page_headline, page_lead, publication_date, strip_site_name
from analysis.pagegold import score_folder, summarise, word_recall_precision

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


@pytest.mark.parametrize("name", sorted(n for n, e in EXPECTED.items() if "paragraphs" in e))
def test_german_pages_body_words_against_their_paragraphs(name):
    text = load_corpus(PAGES / name).articles.iloc[0]["text"]
    recall, precision = word_recall_precision(text, "\n\n".join(EXPECTED[name]["paragraphs"]))
    assert recall >= 0.97 and precision >= 0.96, (recall, precision, text)


def _page(head: str, body: str):
    return lxml.html.fromstring(f"<html><head>{head}</head><body>{body}</body></html>")


def test_the_publication_date_is_the_articles_own_never_a_modified_time():
    head = ("<meta property='article:modified_time' content='2025-06-26T08:10:00+02:00'>"
            "<script type='application/ld+json'>{\"@graph\": [{\"@type\": \"WebPage\", \"datePublished\": \"2025-06-01\"},"
            "{\"@type\": \"NewsArticle\", \"datePublished\": \"2025-06-25T23:30:00Z\"}]}</script>")
    date = publication_date(_page(head, "<p>x</p>"))
    assert (date.timestamp, date.precision) == (pd.Timestamp("2025-06-26 01:30", tz="Europe/Berlin"), "minute")
    assert publication_date(_page("<meta name='date' content='2024-12-17'>", "<p>x</p>")).precision == "day"
    assert publication_date(_page("<meta property='article:modified_time' content='2025-06-26T08:10:00+02:00'>", "<p>x</p>")) is None


def test_a_kicker_ends_at_a_hidden_separator_even_without_a_class():
    heading = lxml.html.fromstring("<h2><span>Europäische Kommission<span class='visually-hidden'>: </span></span>"
                                   "Verfahren: Brüssel prüft Tiktok</h2>")
    assert headline_text(heading) == "Verfahren: Brüssel prüft Tiktok"


def test_the_kicker_above_an_h1_joins_the_headline_when_the_metadata_say_so():
    head = "<meta property='og:title' content='Nach dem Rückzug: Bondi soll Justizministerin werden'>"
    body = "<main><div class='keyword'>Nach dem Rückzug</div><h1>Bondi soll Justizministerin werden</h1><p>Text.</p></main>"
    assert page_headline(_page(head, body), None, None, None)[0] == "Nach dem Rückzug: Bondi soll Justizministerin werden"
    body = "<main><div class='topline'>Nach dem Rückzug</div><h1>Bondi soll Justizministerin werden</h1><p>Text.</p></main>"
    head = "<meta property='og:title' content='Bondi soll Justizministerin werden'>"
    assert page_headline(_page(head, body), None, None, None)[0] == "Bondi soll Justizministerin werden"


def test_an_h1_outside_the_article_is_not_the_headline_when_the_metadata_agree():
    head = ("<title>Nahost: die Entwicklungen</title><meta property='og:title' content='Nahost: alle Entwicklungen'>"
            "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": \"Nahost: die Entwicklungen\"}</script>")
    body = "<div class='headline'><h1>Live: Neue Angriffe im Norden +++ Hafen geschlossen</h1></div><div><p>Text.</p></div>"
    assert page_headline(_page(head, body), None, None, None)[0] == "Nahost: die Entwicklungen"


def test_class_words_split_camel_case_but_not_generated_hashes():
    element = lxml.html.fromstring("<div class='Article_elementPoll__0I_DP sc-d721210-1 kGbdVO js-lead'></div>")
    assert class_words(element) == {"article", "element", "poll", "0i", "dp", "sc", "d721210", "1", "kgbdvo", "js", "lead"}
    assert is_furniture(element)  # a poll
    assert not is_furniture(lxml.html.fromstring("<div class='ArticleBody_text shareholder-news'></div>"))


def test_reader_comments_longer_than_the_article_are_not_its_body(tmp_path):
    body = ("Die Bundeswehr bekommt neue Hubschrauber. Der Haushaltsausschuss hat am Mittwoch den Kauf von "
            "weiteren Maschinen gebilligt, die ab dem kommenden Jahr geliefert werden sollen. ")
    comment = ("Ich finde, das ist viel zu spät und viel zu teuer, und niemand in Berlin hat daraus gelernt, "
               "wie lange solche Beschaffungen in diesem Land dauern, seit Jahrzehnten schon, immer wieder. ")
    comments = "".join(f"<article class='comment'><p>{comment * 2}</p></article>" for _ in range(6))
    page = (f"<html lang='de'><head><meta property='og:title' content='Neue Hubschrauber für die Truppe'></head><body><main>"
            f"<article><h1>Neue Hubschrauber für die Truppe</h1><p>{body}</p><p>{body.replace('Mittwoch', 'Donnerstag')}</p></article>"
            f"<section class='comments'><h2>Kommentare (6)</h2>{comments}</section></main></body></html>")
    (tmp_path / "hubschrauber.html").write_text(page, encoding="utf-8")
    text = load_corpus(tmp_path).articles.iloc[0]["text"]
    assert text.startswith("Die Bundeswehr bekommt neue Hubschrauber.") and "viel zu teuer" not in text


def test_of_several_articles_in_the_structured_data_the_pages_own_gives_the_date():
    head = ("<link rel='canonical' href='https://www.example.de/politik/wehretat-100.html'>"
            "<script type='application/ld+json'>[{\"@type\": \"NewsArticle\", \"url\": \"https://www.example.de/andere-200.html\","
            " \"datePublished\": \"2025-01-02T10:00:00+01:00\"}, {\"@type\": \"NewsArticle\", "
            "\"mainEntityOfPage\": {\"@id\": \"https://example.de/politik/wehretat-100.html/\"}, \"datePublished\": \"2025-03-04T10:00:00+01:00\"}]</script>")
    assert publication_date(_page(head, "<p>x</p>")).timestamp == pd.Timestamp("2025-03-04 10:00", tz="Europe/Berlin")


def test_the_lead_is_the_paragraph_not_the_block_around_kicker_headline_and_lead():
    lead = "Der designierte Präsident hat nach dem Rückzug seines Kandidaten eine frühere Anwältin für das Amt nominiert."
    body = (f"<main><div class='story-lead'><div class='keyword'>Nach dem Rückzug</div><h1>Bondi soll Ministerin werden</h1>"
            f"<p class='story-lead-text'><strong>{lead}</strong></p><div class='story-meta'>22.11.2024 07.57</div></div>"
            "<div class='story-story'><p>Der Text.</p></div></main>")
    assert page_lead(_page("", body)) == lead


@pytest.mark.parametrize("line", [
    "Lesedauer: 4 Minuten", "Von Anna Beispiel, Berlin", "17.12.2024", "Stand: 25.06.2025 16:42 Uhr", "SDA/sep", "dpa/AFP/jm",
    "Mit Agenturmaterial.", "Aus dem Englischen von Jan Doolan", "Exklusiv für Abonnenten", "Jetzt 4 Wochen für 1 € testen",
    "Melden Sie sich hier für den Handelsblatt-Newsletter Industrie an.", "Fehler gefunden? Jetzt melden.",
    "Hinweis: Gastkommentare und Beiträge von externen Autorinnen und Autoren müssen nicht der Meinung der Redaktion entsprechen.",
])
def test_furniture_lines_of_web_pages_go(line):
    assert drop_web_furniture([line, "Der Wehretat steigt."]) == ["Der Wehretat steigt."]


@pytest.mark.parametrize("line", [
    "Die Armee will die neuen Drohnen jetzt testen.", "Von Berlin aus fliegt der Kanzler am Abend nach Kiew.",
    "Der Newsletter des Ministeriums, den alle Soldaten erhalten, erscheint nun täglich.", "Im ersten Monat stiegen die Ausgaben.",
    "Die Opposition verlangt, dass die Regierung ihre Meinung zur Wehrpflicht endlich offenlegt.",
])
def test_article_sentences_with_furniture_words_stay(line):
    assert drop_web_furniture([line]) == [line]


def test_an_opinion_piece_marked_comment_is_read_as_the_article(tmp_path):
    paragraphs = ["Die Nato braucht mehr als neue Zahlen. Sie braucht Staaten, die ihre Zusagen auch einhalten, wenn es teuer wird und die Wähler murren.",
                  "Deutschland hat lange gezögert. Jetzt muss die Regierung zeigen, dass sie es ernst meint, und die Mittel verlässlich im Haushalt sichern."]
    page = ("<html lang='de'><head><meta property='og:title' content='Ein Ziel allein reicht nicht'></head><body><main>"
            "<article class='article article--kommentar comment'><header class='comment-header'><span class='kicker'>Kommentar</span>"
            "<h1>Ein Ziel allein reicht nicht</h1></header>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article></main></body></html>")
    (tmp_path / "kommentar.html").write_text(page, encoding="utf-8")
    assert load_corpus(tmp_path).articles.iloc[0]["text"] == "\n\n".join(paragraphs)
