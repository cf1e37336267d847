"""Defence-spending figures: the samples exactly, German forms, negatives, real sentences."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pandas as pd
import pytest

from analysis import load_articles, schema
from analysis.spending import extract_figures, figures_in_text, find_candidates, parse_number

BERLIN = "Europe/Berlin"


@pytest.fixture(scope="module")
def sample_figures(sample_corpus):
    figures = extract_figures(sample_corpus.articles)
    files = dict(zip(sample_corpus.articles["article_id"], sample_corpus.articles["source_file"].str[:3]))
    return figures.assign(file=figures["article_id"].map(files))


def test_samples_give_exactly_the_expected_defence_figures(sample_figures):
    defence = sample_figures[sample_figures["is_defence"]]
    got = Counter(zip(defence["file"], defence["value"], defence["unit"]))
    assert got == Counter({
        ("000", 2.0, "pct_gdp"): 2, ("000", 5.0, "pct_gdp"): 2,
        ("001", 3.0, "pct_gdp"): 1, ("001", 2.1, "pct_gdp"): 1,
        ("003", 2.0, "pct_gdp"): 1,
        ("004", 40.0, "pct_budget"): 1,
    })


@pytest.mark.parametrize(
    ("file", "quote", "expected"),
    [
        ("000", "2 Prozent", {"speaker": "trump", "kind": "demand", "qualifier": "at_least"}),  # Trump's threshold
        ("000", "5 Prozent", {"speaker": "hegseth", "kind": "demand", "subject": "NATO"}),
        ("001", "drei Prozent", {"speaker": "trump", "kind": "demand", "subject": "NATO"}),
        ("001", "2,1 Prozent", {"subject": "DE", "year": 2024, "kind": "estimate", "unit_from": "context"}),
        ("003", "Zwei-Prozent-Ziel", {"kind": "target", "compound": True}),
        ("004", "40 Prozent", {"subject": "RU", "qualifier": "more_than", "speaker": "rutte"}),
    ],
)
def test_sample_figure_details(sample_figures, file, quote, expected):
    rows = sample_figures[(sample_figures["file"] == file) & (sample_figures["quote"] == quote)]
    row = rows.iloc[0]
    for column, value in expected.items():
        assert row[column] == value, (column, row[column])


def test_both_five_percent_figures_of_000(sample_figures):
    five = sample_figures[(sample_figures["file"] == "000") & (sample_figures["value"] == 5.0)]
    assert sorted(five["speaker"]) == ["hegseth", "rutte"]
    assert set(five["unit_from"]) == {"stated", "defence_convention"}  # "des BIP" / "für die Verteidigung"


def test_casualty_count_is_not_a_figure(sample_figures):
    assert not sample_figures["quote"].str.contains("1,1 Millionen").any()
    assert (sample_figures["file"] == "004").sum() == 1


def test_offsets_point_into_the_field(sample_corpus, sample_figures):
    texts = sample_corpus.articles.set_index("article_id")
    for row in sample_figures.itertuples():
        field = texts.at[row.article_id, row.field]
        assert field[row.start : row.end] == row.quote
        assert row.sentence in field and row.quote in row.sentence


def test_schema(sample_figures):
    schema.check_frame(sample_figures.drop(columns="file"), schema.FIGURES, "figures")


def test_headlines_count(tmp_path):
    body = "Die Bundesregierung hat ihre Pläne am Dienstag in Berlin vorgestellt. " * 4
    (tmp_path / "a.jsonl").write_text(json.dumps({"title": "Nato-Gipfel: Alle Verbündeten sollen fünf Prozent des BIP für Verteidigung ausgeben", "text": body, "published": "2025-06-25"}) + "\n", encoding="utf-8")
    articles = load_articles(tmp_path)
    figures = extract_figures(articles)
    row = figures.iloc[0]
    assert (row["field"], row["value"], row["unit"], row["is_defence"], row["subject"]) == ("title", 5.0, "pct_gdp", True, "NATO")
    assert articles.iloc[0]["title"][row["start"] : row["end"]] == "fünf Prozent"


# --- German forms ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.000", 1000.0), ("600 000", 600000.0), ("2,1", 2.1), ("3.5", 3.5), ("zwei", 2.0), ("Fünf", 5.0), ("zehn", 10.0),
     ("zweieinhalb", 2.5), ("dreieinhalb", 3.5), ("anderthalb", 1.5), ("eins Komma fünf", 1.5), ("zwei Komma eins", 2.1)],
)
def test_parse_number(text, value):
    assert parse_number(text) == value


def one(sentence: str, **context) -> dict:
    rows = figures_in_text(sentence, **context)
    assert len(rows) == 1, rows
    return rows[0]


@pytest.mark.parametrize(
    ("sentence", "value", "value_max", "unit", "qualifier"),
    [
        ("Deutschland gibt 2,1 Prozent des BIP für Verteidigung aus.", 2.1, None, "pct_gdp", None),
        ("Polen investiert 3,5 % seines Bruttoinlandsprodukts in die Armee.", 3.5, None, "pct_gdp", None),
        ("Die Nato-Staaten wollen zweieinhalb Prozent ihrer Wirtschaftsleistung für Verteidigung aufwenden.", 2.5, None, "pct_gdp", None),
        ("Die Bundeswehr soll dreieinhalb Prozent des BIP bekommen.", 3.5, None, "pct_gdp", None),
        ("Die Verbündeten sollen anderthalb Prozent des BIP zusätzlich für Infrastruktur ausgeben, sagte der Nato-Chef.", 1.5, None, "pct_gdp", None),
        ("Estland gibt eins Komma fünf Prozent seines BIP für die Verteidigung aus.", 1.5, None, "pct_gdp", None),
        ("Die Nato-Staaten sollen zwischen zwei und drei Prozent des BIP für Verteidigung ausgeben.", 2.0, 3.0, "pct_gdp", None),
        ("Die Nato verlangt 3,5 plus 1,5 Prozent des BIP für Verteidigung.", 5.0, None, "pct_gdp", None),
        ("Die Alliierten sollen mindestens 2 Prozent des BIP für Verteidigung ausgeben.", 2.0, None, "pct_gdp", "at_least"),
        ("Spanien gibt knapp 1,3 Prozent des BIP für Verteidigung aus.", 1.3, None, "pct_gdp", "almost"),
        ("Frankreich kommt auf rund 2 Prozent des BIP für Verteidigung.", 2.0, None, "pct_gdp", "about"),
        ("Russland gibt mehr als 40 Prozent des Staatshaushalts für Rüstung aus.", 40.0, None, "pct_budget", "more_than"),
        ("Der Bundestag bewilligte 100 Milliarden Euro für die Bundeswehr.", 1e11, None, "eur", None),
        ("Das Pentagon erhält 850 Milliarden US-Dollar für die Streitkräfte.", 8.5e11, None, "usd", None),
        ("Großbritannien stockt den Verteidigungsetat um 2,2 Mrd. Pfund auf.", 2.2e9, None, "gbp", None),
        ("Die Ukraine erhält Militärhilfe im Wert von 500 Millionen Dollar.", 5e8, None, "usd", None),
        ("Die Bundeswehr bestellt Munition für 1.000 Euro pro Schuss.", 1000.0, None, "eur", None),
        ("Die Nato gibt zusammen über 1,3 Billionen Dollar für Verteidigung aus.", 1.3e12, None, "usd", "more_than"),
        ("Das Sondervermögen für die Bundeswehr von 100 Milliarden ist fast verplant.", 1e11, None, "eur", None),
    ],
)
def test_german_forms(sentence, value, value_max, unit, qualifier):
    row = one(sentence)
    assert row["is_defence"], row
    assert row["value"] == pytest.approx(value)
    assert (np.isnan(row["value_max"]) if value_max is None else row["value_max"] == value_max)
    assert (row["unit"], row["qualifier"]) == (unit, qualifier)


@pytest.mark.parametrize(
    ("sentence", "quote", "value", "head"),
    [
        ("Das Zwei-Prozent-Ziel der Nato gilt seit 2014.", "Zwei-Prozent-Ziel", 2.0, "Ziel"),
        ("Die Nato einigte sich auf ein 3,5-Prozent-Ziel für Verteidigung.", "3,5-Prozent-Ziel", 3.5, "Ziel"),
        ("Trump will die Fünf-Prozent-Marke für die Nato-Staaten.", "Fünf-Prozent-Marke", 5.0, "Marke"),
    ],
)
def test_percent_compounds_are_targets(sentence, quote, value, head):
    row = one(sentence)
    assert (row["quote"], row["value"], row["compound"], row["unit"], row["kind"], row["is_defence"]) == (quote, value, True, "pct_gdp", "target", True)


def test_money_compound():
    row = one("Das 100-Milliarden-Sondervermögen der Bundeswehr ist fast verplant.")
    assert (row["quote"], row["value"], row["unit"], row["compound"], row["is_defence"], row["subject"]) == ("100-Milliarden-Sondervermögen", 1e11, "eur", True, True, "DE")


def test_percentage_points_are_kept_apart():
    row = one("Der Anteil der Verteidigungsausgaben stieg um 0,3 Prozentpunkte.")
    assert (row["unit"], row["is_defence"]) == ("pct_points", False)


def test_share_of_gdp_implied_by_an_earlier_sentence():
    text = ("Trump forderte, dass alle Alliierten drei Prozent ihres BIP für Verteidigung ausgeben. "
            "Diese Marke erreichen nur wenige. Deutschland kommt auf 2,1 Prozent.")
    rows = figures_in_text(text, published=pd.Timestamp("2024-11-23", tz=BERLIN), precision="day")
    de = rows[1]
    assert (de["value"], de["unit"], de["unit_from"], de["subject"], de["is_defence"]) == (2.1, "pct_gdp", "context", "DE", True)


@pytest.mark.parametrize(
    ("sentence", "published", "year"),
    [
        ("Deutschland wird in diesem Jahr 2,1 Prozent des BIP für Verteidigung ausgeben.", "2024-11-23", 2024),
        ("Deutschland will im kommenden Jahr 2,5 Prozent des BIP für Verteidigung ausgeben.", "2024-11-23", 2025),
        ("Im vergangenen Jahr gab Deutschland 1,6 Prozent des BIP für Verteidigung aus.", "2024-11-23", 2023),
        ("Bis 2035 sollen die Nato-Staaten fünf Prozent des BIP für Verteidigung ausgeben.", "2025-06-25", 2035),
        ("Deutschland wird in diesem Jahr 2,1 Prozent des BIP für Verteidigung ausgeben.", None, None),
    ],
)
def test_year(sentence, published, year):
    row = one(sentence, published=pd.Timestamp(published, tz=BERLIN) if published else None, precision="day")
    assert (pd.isna(row["year"]) if year is None else row["year"] == year)


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Trump fordert von den Verbündeten fünf Prozent des BIP für Verteidigung.", "demand"),
        ("Die Nato-Staaten haben sich verpflichtet, zwei Prozent des BIP für Verteidigung auszugeben.", "target"),
        ("Deutschland gab 2023 nach Nato-Angaben 1,6 Prozent des BIP für Verteidigung aus.", "actual"),
        ("Deutschland dürfte 2024 schätzungsweise 2,1 Prozent des BIP für Verteidigung ausgeben.", "estimate"),
    ],
)
def test_kind(sentence, kind):
    assert one(sentence)["kind"] == kind


# --- what must never be a defence figure ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Das BIP wächst nach der Prognose der Nato-Staaten um 0,5 Prozent.",  # growth
        "80 Prozent der Deutschen sind für eine stärkere Bundeswehr.",  # poll
        "Die Bundesbank hält einen Zins von 4 Prozent für die Verteidigung der Preisstabilität für nötig.",  # interest rate
        "Die Staatsverschuldung steigt auf 60 Prozent des BIP, trotz höherer Ausgaben für die Bundeswehr.",  # debt
        "Die Verteidigungsausgaben stiegen um 8,5 Prozent.",  # a change, not a level
        "Der Anteil der Verteidigungsausgaben stieg um 0,3 Prozentpunkte.",
        "Die AfD scheiterte an der Fünf-Prozent-Hürde, trotz ihrer Kampagne für die Bundeswehr.",
        "Die EZB verfehlt ihr Zwei-Prozent-Ziel für die Inflation, heißt es bei der Nato.",
        "Rheinmetall steigerte seinen Umsatz mit Munition auf 3,9 Milliarden Euro.",
        "Deutschland genehmigte Rüstungsexporte für 6,2 Milliarden Euro.",
        "Die Aktien des Rüstungskonzerns schlossen bei elf Euro.",
        "Gegen die Strafe von 17 500 Euro hat die Verteidigung Berufung eingelegt.",
        "Der Skipass kostet 570 Euro, das Ausleihen der Ausrüstung etwa 160 Euro.",
    ],
)
def test_not_defence(sentence):
    assert not any(row["is_defence"] for row in figures_in_text(sentence))


def test_a_role_country_is_not_the_spender():
    row = one("US-Präsident Trump verlangt von den Europäern mehr Geld: fünf Prozent des BIP für Verteidigung.")
    assert row["subject"] != "US"


def test_casualties_are_no_money():
    assert figures_in_text("Putin sei bereit, 1,1 Millionen Menschen für den Krieg zu opfern.") == []


def test_candidates_cover_currency_symbols_and_ranges():
    quotes = [c for c in find_candidates("Es kostet 2,5 Mrd. € oder $ 800 Milliarden, 2-3 Prozent oder 50 bis 60 Milliarden Dollar.")]
    assert [round(c.value) for c in quotes] == [2_500_000_000, 800_000_000_000, 2, 50_000_000_000]
    assert quotes[3].value_max == 60e9 and quotes[2].value_max == 3


# --- real sentences from the development corpus -----------------------------------------------

#: (article in the corpus, figure as written, expected) - read and checked by hand.
DEV_CASES = [
    ("articles/7817.json", "vier Prozent", {"is_defence": True, "unit": "pct_gdp", "kind": "actual"}),  # Aserbaidschan
    ("articles/8184.json", "53,03 Milliarden Euro", {"is_defence": True, "unit": "eur", "subject": "DE"}),  # "Deutschland hat der Nato ... gemeldet"
    ("articles/8184.json", "1,57 Prozent", {"is_defence": True, "unit": "pct_gdp", "subject": "DE", "year": 2020, "kind": "actual"}),
    ("articles/8468.json", "Zwei-Prozent-Ziel", {"is_defence": True, "kind": "target", "subject": "NATO", "field": "title"}),
    ("articles/9877.json", "3,25 Prozent", {"is_defence": True, "unit": "pct_gdp", "subject": "BG", "kind": "actual"}),  # country list
    ("articles/15635.json", "sechs Milliarden Euro", {"is_defence": True, "unit": "eur"}),  # warships
    ("articles/19065.json", "250 Millionen Euro", {"is_defence": True, "subject": "DE"}),  # assault rifles order
    ("articles/23994.json", "732 Milliarden Dollar", {"is_defence": True, "unit": "usd", "subject": "US", "year": 2019}),
    ("articles/26353.json", "216 Milliarden US-Dollar", {"is_defence": True, "subject": "CN", "year": 2019}),
    ("articles/13944.json", "1,917 Billionen Dollar", {"is_defence": True, "kind": "estimate"}),  # SIPRI world total
    ("articles/11771.json", "18,5 Milliarden Euro", {"is_defence": True}),  # "Kriegsflugzeuge ... in Corona-Zeiten"
    ("articles/13944.json", "3,6 Prozent", {"is_defence": False}),  # "3,6 Prozent mehr als im Vorjahr"
    ("articles/12200.json", "361 Milliarden US-Dollar", {"is_defence": False}),  # arms companies' revenue
    ("articles/14886.json", "103 Prozent", {"is_defence": False, "unit": "pct_gdp"}),  # EU debt
    ("articles/18245.json", "6,6 Prozent", {"is_defence": False}),  # GDP fell
    ("articles/8429.json", "Fünfprozenthürde", {"is_defence": False}),  # electoral threshold
    ("articles/11404.json", "Fünfprozentmarke", {"is_defence": False}),  # a pension fund's limit on arms revenue
    ("articles/30732.json", "Zwei-Prozent-Ziels", {"is_defence": False}),  # climate, in a sentence on coal plants
    ("articles/6713.json", "zwei Prozent", {"is_defence": False}),  # inflation target
    ("articles/7090.json", "36 Prozent", {"is_defence": False}),  # election count
    ("articles/9807.json", "250 Millionen Euro", {"is_defence": False}),  # aid pledges for Beirut
    ("articles/21539.json", "17 500 Euro", {"is_defence": False}),
]


@pytest.fixture(scope="module")
def dev_case_figures(dev_corpus_path, tmp_path_factory):
    wanted = {orig for orig, _, _ in DEV_CASES}
    lines = [line for line in dev_corpus_path.read_text(encoding="utf-8").split("\n") if line.strip() and json.loads(line)["orig_id"] in wanted]
    folder = tmp_path_factory.mktemp("dev-cases")
    (folder / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    articles = load_articles(folder)
    ids = {json.loads(line)["url"]: json.loads(line)["orig_id"] for line in lines}
    figures = extract_figures(articles)
    return figures.assign(orig_id=figures["article_id"].map(dict(zip(articles["article_id"], articles["url"].map(ids)))))


@pytest.mark.parametrize(("orig_id", "quote", "expected"), DEV_CASES, ids=[f"{o.split('/')[-1]}:{q}" for o, q, _ in DEV_CASES])
def test_dev_corpus_sentences(dev_case_figures, orig_id, quote, expected):
    rows = dev_case_figures[(dev_case_figures["orig_id"] == orig_id) & (dev_case_figures["quote"] == quote)]
    assert len(rows) >= 1, f"{quote!r} not found in {orig_id}"
    row = rows[rows["is_defence"] == expected["is_defence"]].iloc[0] if (rows["is_defence"] == expected["is_defence"]).any() else rows.iloc[0]
    for column, value in expected.items():
        assert row[column] == value, (column, row[column], row["sentence"])
