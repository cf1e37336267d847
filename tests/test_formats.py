"""Each input format, on small fixtures written for these tests."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import load_articles, load_corpus
from conftest import FIXTURES

BERLIN = "Europe/Berlin"


@pytest.fixture(scope="module")
def html_article():
    return load_articles(FIXTURES / "tagesschau-rutte-trump.html").iloc[0]


def test_html_metadata_through_trafilatura(html_article):
    assert html_article["title"] == "Rutte hat mit Trump gesprochen - Details unbekannt"
    assert html_article["published"] == pd.Timestamp("2024-11-23 11:26", tz=BERLIN)
    assert html_article["date_precision"] == "minute"
    assert html_article["date_source"] == "html_meta"
    assert html_article["outlet"] == "tagesschau.de"
    assert html_article["url"] == "https://www.tagesschau.de/ausland/amerika/rutte-trump-treffen-100.html"


def test_html_body_keeps_the_lead_and_drops_page_furniture(html_article):
    text = html_article["text"]
    assert text.startswith("Der NATO könnten mit dem Regierungswechsel")  # the teaser paragraph
    assert "2,1 Prozent kommen." in text  # &nbsp; decoded and normalised
    assert "Trump drohte den Verbündeten mehrfach" in text.split("\n\n")  # sub-heading kept
    for furniture in ("Startseite", "Impressum", "Datenschutz", "Mehr zum Thema", "Noch vor dem Machtwechsel"):
        assert furniture not in text
    assert html_article["title"] not in text  # the <h1> is not repeated in the body


def test_html_page_without_article_is_rejected():
    articles, rejects = load_articles(FIXTURES / "navigation-only.html", with_rejects=True)
    assert articles.empty
    assert rejects.iloc[0]["reason"].startswith("not an article")


def test_html_date_without_time_is_day_precision(tmp_path):
    page = (FIXTURES / "tagesschau-rutte-trump.html").read_text(encoding="utf-8")
    page = page.replace("2024-11-23T11:26:00+01:00", "2024-11-23")
    (tmp_path / "page.htm").write_text(page, encoding="utf-8")
    article = load_articles(tmp_path / "page.htm").iloc[0]
    assert article["published"] == pd.Timestamp("2024-11-23", tz=BERLIN)
    assert article["date_precision"] == "day"


@pytest.fixture(scope="module")
def jsonl():
    return load_corpus(FIXTURES / "export.jsonl")


def test_jsonl_good_records_load_beside_bad_ones(jsonl):
    assert jsonl.articles["title"].tolist() == ["Nato-Staaten erhöhen ihre Verteidigungsausgaben", "Mehr Geld für die Bundeswehr"]
    assert jsonl.n_inputs == 5  # the blank line is not an input


def test_jsonl_rejects_name_line_and_reason(jsonl):
    rejects = jsonl.rejects.set_index("record")["reason"].to_dict()
    assert rejects[2].startswith("malformed JSON: Unterminated string")
    assert rejects[5] == "record is not a JSON object but a list"
    assert rejects[6].startswith("no text column: none of text, body, article")
    assert set(jsonl.rejects["source_file"]) == {"export.jsonl"}


def test_jsonl_fields_dates_and_wrapped_lines(jsonl):
    a = jsonl.articles.set_index("outlet")
    zeit, sz = a.loc["zeit.de"], a.loc["sueddeutsche.de"]
    assert zeit["published"] == pd.Timestamp("2020-06-10 14:02", tz=BERLIN)
    assert sz["published"] == pd.Timestamp("2020-05-05 18:53:06", tz=BERLIN)  # no zone: Berlin time
    assert (zeit["date_source"], zeit["date_precision"]) == ("field", "minute")
    assert zeit["url"].startswith("https://www.zeit.de/")
    assert "erneut erhöht. Nach Schätzungen des Bündnisses kommen inzwischen neun Mitglieder auf zwei Prozent des Bruttoinlandsprodukts." in zeit["text"]
    assert "\n" not in zeit["text"].split("\n\n")[0]


def test_json_export_with_nested_fields_lists_and_html():
    a = load_articles(FIXTURES / "export.json").set_index("title")
    pistorius = a.loc["Pistorius will mehr Soldaten"]
    assert pistorius["outlet"] == "Tagesspiegel"  # {"name": ...} of a nested source
    assert pistorius["n_paragraphs"] == 2  # a list of paragraphs
    assert pistorius["url"] == "https://www.tagesspiegel.de/politik/pistorius-wehrdienst.html"
    assert (pistorius["date_precision"], pistorius["published"]) == ("day", pd.Timestamp("2024-06-12", tz=BERLIN))
    fund = a.loc["Sondervermögen fast verplant"]
    assert "<p>" not in fund["text"] and fund["n_paragraphs"] == 2  # HTML in a text field
    assert (fund["date_precision"], fund["published"]) == ("month", pd.Timestamp("2024-03-01", tz=BERLIN))
    assert pd.isna(fund["url"])


def test_csv_with_semicolons_german_headers_and_a_field_map():
    corpus = load_corpus(FIXTURES / "export-semicolon.csv", field_map={"url": "Adresse"})
    a = corpus.articles.set_index("title")
    baltic = a.loc["Baltische Staaten rüsten auf"]
    assert baltic["url"] == "https://example.org/baltikum"
    assert baltic["outlet"] == "LSM"
    assert (baltic["published"], baltic["date_precision"]) == (pd.Timestamp("2024-06-23", tz=BERLIN), "day")
    rejects = corpus.rejects.set_index("record")["reason"].to_dict()
    assert 3 not in rejects  # a short item is an article, with a note
    short = a.loc["Zu kurz"]
    assert short["text"] == "Nur ein Satz." and short["n_words"] == 3
    short_note = corpus.notes[corpus.notes["kind"] == "short_text"]
    assert short_note["record"].tolist() == [3] and short_note["article_id"].tolist() == [short["article_id"]]
    assert rejects[4] == "malformed row: 7 fields, the header has 5"
    polen = a.loc["Polen investiert in Panzer"]
    assert pd.isna(polen["published"]) and polen["date_precision"] == "unknown"
    note = corpus.notes[corpus.notes["kind"] == "date_unparsed"].iloc[0]
    assert (note["record"], note["article_id"]) == (5, polen["article_id"])
    assert "'unbekannt'" in note["message"]


def test_without_the_field_map_the_url_is_not_guessed():
    a = load_articles(FIXTURES / "export-semicolon.csv")
    assert a["url"].isna().all()


def test_outlet_from_url_when_the_export_has_none(tmp_path):
    text = "Die Bundesregierung will den Verteidigungsetat erhöhen. " * 6
    (tmp_path / "a.jsonl").write_text(f'{{"url": "https://www.faz.net/aktuell/x.html", "text": "{text}"}}\n', encoding="utf-8")
    assert load_articles(tmp_path / "a.jsonl").iloc[0]["outlet"] == "faz.net"


def test_a_folder_of_mixed_formats_loads_everything(tmp_path, samples_dir):
    for name in ("export.jsonl", "export.json", "tagesschau-rutte-trump.html"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    sub = tmp_path / "scrapes"
    sub.mkdir()
    (sub / "001.txt").write_bytes((samples_dir / "001_5428fa240fd08bd3.txt").read_bytes())
    corpus = load_corpus(tmp_path)
    assert len(corpus.articles) == 2 + 2 + 1 + 1
    assert "scrapes/001.txt" in set(corpus.articles["source_file"])
    assert len(corpus.articles) + len(corpus.rejects) == corpus.n_inputs


def test_txt_header_and_stand_line_that_disagree_are_reported(tmp_path, samples_dir):
    text = (samples_dir / "001_5428fa240fd08bd3.txt").read_text(encoding="utf-8").replace(" date 2024-11 ", " date 2024-10 ", 1)
    (tmp_path / "conflict.txt").write_text(text, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    article = corpus.articles.iloc[0]
    assert (article["published"], article["date_source"]) == (pd.Timestamp("2024-11-23 11:26", tz=BERLIN), "stand_line")
    note = corpus.notes.iloc[0]
    assert (note["kind"], note["article_id"]) == ("date_conflict", article["article_id"])
    assert note["message"] == "header date 2024-10 disagrees with in-text date 2024-11-23 11:26; using the in-text date"
