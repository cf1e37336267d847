"""Figures in current (2024-26) coverage: context beyond the sentence, new vocabulary,
amounts written the way news writes them, subjects of aid and orders, new negatives."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.spending import figures_in_article, figures_in_text, find_candidates

BERLIN = "Europe/Berlin"
DAY = {"published": pd.Timestamp("2025-06-25", tz=BERLIN), "precision": "day"}


def defence(rows: list[dict]) -> list[dict]:
    return [r for r in rows if r["is_defence"]]


def only(rows: list[dict]) -> dict:
    assert len(rows) == 1, rows
    return rows[0]


# --- amounts written the way news writes them ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Der Wehretat steigt von zuvor 12 auf 20 Milliarden Euro.", [("12", 12e9, "eur"), ("20 Milliarden Euro", 20e9, "eur")]),
        ("Die Nato-Staaten sollen 3,5 und 1,5 Prozent des BIP für Verteidigung ausgeben.", [("3,5", 3.5, "pct_gdp"), ("1,5 Prozent", 1.5, "pct_gdp")]),
        ("Der Verteidigungshaushalt wächst von 800 Millionen auf 1,2 Milliarden Euro.", [("800 Millionen", 8e8, "eur"), ("1,2 Milliarden Euro", 1.2e9, "eur")]),
        ("Deutschland sagte der Ukraine Waffen im Umfang von einer halben Milliarde Euro zu.", [("halben Milliarde Euro", 5e8, "eur")]),
        ("Die Bundeswehr bestellt Munition für eine Milliarde Euro.", [("eine Milliarde Euro", 1e9, "eur")]),
        # currencies of states beyond Europe
        ("Marokkos Verteidigungsbudget liegt bei 73 Milliarden marokkanische Dirham.", [("73 Milliarden marokkanische Dirham", 73e9, "mad")]),
        ("Argentinien kauft 24 Kampfjets F-16 für 664 Millionen US$.", [("664 Millionen US$", 664e6, "usd")]),
        ("Brasiliens Militärbudget steigt auf 130 Milliarden brasilianische Real.", [("130 Milliarden brasilianische Real", 130e9, "brl")]),
    ],
)
def test_amounts(text, figures):
    rows = defence(figures_in_text(text, **DAY))
    assert [(r["quote"], r["value"], r["unit"]) for r in rows] == figures


@pytest.mark.parametrize(
    ("text", "quote", "low", "high", "unit"),
    [
        ("Die USA machen für die F-35-Kampfjets zusätzliche 650 Millionen bis 1,3 Milliarden Dollar geltend.",
         "650 Millionen bis 1,3 Milliarden Dollar", 6.5e8, 1.3e9, "usd"),
        ("Die Militärhilfe wird auf zwischen 1,7 Milliarden und 5,5 Milliarden US-Dollar geschätzt.",
         "1,7 Milliarden und 5,5 Milliarden US-Dollar", 1.7e9, 5.5e9, "usd"),
    ],
)
def test_a_range_whose_ends_have_their_own_scales_is_one_figure(text, quote, low, high, unit):
    row = only(defence(figures_in_text(text, **DAY)))
    assert (row["quote"], row["value"], row["value_max"], row["unit"]) == (quote, low, high, unit)


def test_a_level_of_costs_is_money_in_the_article_currency():
    text = ("Die Schweiz kauft 36 Kampfjets F-35 für 6 Milliarden Franken. Die USA verlangen 1,3 Milliarden Dollar mehr, "
            "Mehrkosten von bis zu 1,3 Milliarden Franken kommen auf die Schweiz zu.\n\n"
            "Einen Fixpreis gäbe es nicht, sagen die Amerikaner. Auch die Aufrüstung der Schweizer Militärflugplätze wird "
            "teurer als angenommen. Statt 120 Millionen betragen die Baukosten für neue Hangars neu 180 Millionen.")
    rows = defence(figures_in_article("F-35 wird teurer", text, **DAY))
    assert [(r["quote"], r["unit"]) for r in rows if r["unit"] == "chf"] == [("6 Milliarden Franken", "chf"), ("1,3 Milliarden Franken", "chf"), ("120 Millionen", "chf"), ("180 Millionen", "chf")]


def test_a_range_is_not_an_ellipsis():
    rows = figures_in_text("Die Nato-Staaten sollen zwischen zwei und drei Prozent des BIP für Verteidigung ausgeben.")
    assert [(r["value"], r["value_max"]) for r in rows] == [(2.0, 3.0)]


def test_a_year_is_not_an_elided_number():
    assert [c.value for c in find_candidates("Von 2024 auf 2025 stieg der Etat um 3 Milliarden Euro.")] == [3e9]


def test_the_currency_of_the_article_carries_to_bare_amounts():
    text = ("Großbritannien erhöht seine Verteidigungsausgaben auf 2,5 Prozent des BIP, das sind rund 13 Milliarden Pfund mehr.\n\n"
            "Rund vier Milliarden für neue Drohnen")
    rows = figures_in_article("Starmer stockt den Wehretat auf", text, **DAY)
    drones = [r for r in rows if r["quote"] == "vier Milliarden"]
    assert drones and drones[0]["unit"] == "gbp" and drones[0]["is_defence"]


def test_a_count_is_not_money_even_with_a_currency_in_the_article():
    rows = figures_in_text("Das Paket kostet 500 Millionen Euro. Vier Millionen Menschen sind geflohen.")
    assert [r["quote"] for r in rows] == ["500 Millionen Euro"]


def test_amounts_in_headlines():
    rows = figures_in_article("Bundeswehr bestellt Fregatten für 8 Milliarden Euro", "Der Haushaltsausschuss gab grünes Licht.", **DAY)
    row = only(defence(rows))
    assert (row["field"], row["value"], row["category"], row["subject"]) == ("title", 8e9, "procurement", "DE")


# --- context beyond the sentence --------------------------------------------------------------


FRIGATES = (
    "Die Marine bekommt vier neue Fregatten vom Typ F127. Der Haushaltsausschuss des Bundestages hat den Kauf gebilligt.\n\n"
    "Das Programm kostet rund 15 Milliarden Euro. Die erste Tranche ist 2,5 Milliarden Euro wert."
)


def test_a_programme_named_earlier_makes_its_amounts_defence():
    rows = figures_in_article("Fregatten für die Marine", FRIGATES, **DAY)
    got = [(r["quote"], r["is_defence"], r["category"], r["subject"]) for r in rows]
    assert got == [("15 Milliarden Euro", True, "procurement", "DE"), ("2,5 Milliarden Euro", True, "procurement", "DE")]


def test_the_same_sentence_in_an_article_about_something_else_is_not_defence():
    text = "Die Stadt plant ein neues Schwimmbad. Das Programm kostet rund 15 Millionen Euro."
    assert not defence(figures_in_article("Neues Bad für die Stadt", text, **DAY))


def test_pledges_named_in_the_paragraph_are_aid_by_the_donor():
    text = ("Bei der Ramstein-Konferenz sagten die Verbündeten der Ukraine weitere Militärhilfe zu. "
            "Deutschland stellt Luftverteidigungssysteme bereit.\n\n"
            "Die Zusagen belaufen sich auf 1,5 Milliarden Euro.")
    row = only(defence(figures_in_article("Neue Militärhilfe für Kiew", text, **DAY)))
    assert (row["value"], row["category"]) == (1.5e9, "aid")


def test_the_recipient_of_aid_is_not_the_spender():
    row = only(figures_in_text("Verteidigungsminister Pistorius hat der Ukraine ein Waffenpaket im Wert von 500 Millionen Euro zugesagt.", **DAY))
    assert (row["is_defence"], row["category"], row["subject"], row["kind"]) == (True, "aid", "DE", "target")


def test_a_capital_stands_for_its_state_but_not_as_a_place():
    row = only(figures_in_text("Washington will die Militärhilfe für Israel auf 3,8 Milliarden Dollar erhöhen.", **DAY))
    assert (row["subject"], row["category"]) == ("US", "aid")
    row = only(figures_in_text("Die Alliierten versprachen in Washington Militärhilfe von 40 Milliarden Euro pro Jahr.", **DAY))
    assert row["subject"] == "NATO"


def test_the_eu_as_spender():
    row = only(figures_in_text("Die EU will 150 Milliarden Euro an Krediten für Rüstungsprojekte bereitstellen.", **DAY))
    assert (row["is_defence"], row["subject"]) == (True, "EU")


def test_the_members_of_the_alliance_counted():
    text = "Auf dem Nato-Gipfel zogen die Alliierten Bilanz. In 23 Nationen werden mindestens zwei Prozent der Wirtschaftskraft für das Militär ausgegeben."
    row = only(figures_in_text(text, **DAY))
    assert (row["unit"], row["subject"]) == ("pct_gdp", "NATO")


def test_a_subject_carries_from_the_figure_before():
    text = "Die Bundesregierung hat der Nato für 2024 Verteidigungsausgaben von 90,6 Milliarden Euro gemeldet. Das entspricht etwa 2,1 Prozent des BIP."
    rows = figures_in_text(text, **DAY)
    assert [(r["value"], r["subject"]) for r in rows] == [(90.6e9, "DE"), (2.1, "DE")]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Die Verbündeten sollen 3,5 Prozent für Kernverteidigung ausgeben.", 3.5, "pct_gdp"),
        ("Hinzu kommen 1,5 Prozent für verteidigungsrelevante Infrastruktur, so die Nato.", 1.5, "pct_gdp"),
        ("Die Nato-Staaten einigten sich auf 3,5 plus 1,5 Prozent des BIP.", 5.0, "pct_gdp"),
        ("Der Wehretat im Einzelplan 14 steigt auf 62,4 Milliarden Euro.", 62.4e9, "eur"),
    ],
)
def test_the_vocabulary_of_the_five_percent_target(text, value, unit):
    row = only(figures_in_text(text, **DAY))
    assert (row["value"], row["unit"], row["is_defence"]) == (value, unit, True)


# --- what is never defence money --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Der Bundeshaushalt 2025 umfasst 481 Milliarden Euro, darunter auch Mittel für die Bundeswehr.",
        "Das Sondervermögen für Infrastruktur von 500 Milliarden Euro soll Straßen und Schulen sanieren, nicht die Bundeswehr.",
        "Die humanitäre Hilfe für die Ukraine beträgt 200 Millionen Euro, sagte die Verteidigungsministerin.",
        "Die ukrainischen Drohnen haben der Schwarzmeerflotte Schäden in Höhe von 500 Millionen Dollar zugefügt.",
        "Das US-Militär setzte eine Belohnung von zehn Millionen Dollar für Hinweise aus.",
        "Er soll Hilfsgüter der Armee im Wert von einer Million Euro zweckentfremdet haben.",
        "In dem Werk investiert der Rüstungskonzern 300 Millionen Euro in eine neue Munitionsfabrik.",
        "Für den Zivilschutz stellt der Bund in den kommenden Jahren zehn Milliarden Euro bereit.",
        "Die Rheinmetall-Aktie stieg um 9 Prozent auf 1.541,80 Euro, die Dividende soll auf 8,10 Euro steigen.",
        "Verteidigungsminister Pistorius erhält 16.815 Euro Gehalt pro Monat.",
    ],
)
def test_not_defence_money(text):
    assert not defence(figures_in_article("Bundeswehr und Nato", text, **DAY))


def test_live_blog_headlines_are_not_context():
    text = "Die Schweizer Regierung gibt für das Hilfswerk UNRWA zunächst zehn Millionen Franken frei. Das Budget lag bei 20 Millionen Franken."
    assert not defence(figures_in_article("Nahost-Liveblog: ++ Israelisches Militär zerstört Tunnel ++", text, **DAY))


def test_a_text_of_a_million_characters_with_tens_of_thousands_of_numbers():
    """No error, and every row points at its quote (the time is measured by bench_figures.py)."""
    pieces = ["Die Nato-Staaten geben {a} Prozent des BIP für Verteidigung aus.", "Die Aktie stieg um {a} Prozent auf {b} Euro.",
              "Der Wehretat wächst auf {b} Milliarden Euro.", "Deutschland kommt auf {a} Prozent.",
              "Die Ukraine erhält {b} Millionen Dollar Militärhilfe, sagte er.", "Umfrage: {b} Prozent der Deutschen sind dafür.",
              "Die BündnisChef-Runde tagt.", "Sie bestellt neue PanzerMerz reist von 12 auf 20 Milliarden Euro."]
    parts, size, k = [], 0, 0
    while size < 990_000:
        piece = pieces[k % len(pieces)].format(a=f"{k % 5 + 1},{k % 10}", b=k % 900 + 2) + ("\n\n" if k % 7 == 0 else " ")
        parts.append(piece)
        size += len(piece)
        k += 1
    text = "".join(parts)
    rows = figures_in_text(text)
    assert len(rows) > 20_000
    assert all(text[r["start"] : r["end"]] == r["quote"] and r["quote"] in r["sentence"] for r in rows)


# --- currencies, labels, list lines -------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "text", "unit"),
    [
        (None, "Das Verteidigungsbudget Norwegens steigt auf 100 Milliarden norwegischen Kronen.", "nok"),
        ("Schweden rüstet auf", "Stockholm erhöht den Verteidigungshaushalt um 2,5 Milliarden Kronen.", "sek"),
        ("Dänemark rüstet auf", "Kopenhagen erhöht den Verteidigungshaushalt um 2,5 Milliarden Kronen.", "dkk"),
    ],
)
def test_crowns_are_the_countrys(title, text, unit):
    assert only(defence(figures_in_article(title, text, **DAY)))["unit"] == unit


def test_compound_whose_head_is_the_currency():
    row = only(defence(figures_in_text("Das 100-Milliarden-Euro umfassende Sondervermögen der Bundeswehr ist verplant.", **DAY)))
    assert (row["quote"], row["value"], row["unit"]) == ("100-Milliarden-Euro", 1e11, "eur")


def test_percent_sign_compound_is_a_target():
    row = only(figures_in_text("Die 3,5%-Verpflichtung der Nato gilt ab 2035.", **DAY))
    assert (row["value"], row["unit"], row["is_defence"]) == (3.5, "pct_gdp", True)


def test_label_number_is_no_elided_amount():
    rows = figures_in_text("2026 soll der Einzelplan 14 auf 82,69 Milliarden Euro steigen.", **DAY)
    assert [r["quote"] for r in rows] == ["82,69 Milliarden Euro"]


def test_dotted_number_before_trillions_is_a_decimal():
    row = only(figures_in_text("Die weltweiten Militärausgaben beliefen sich 2023 auf 2.443 Billionen US-Dollar.", **DAY))
    assert row["value"] == pytest.approx(2.443e12)


def test_list_lines_continue_a_defence_list():
    text = ("Der Verteidigungshaushalt steigt 2025 auf 62,4 Milliarden Euro. Die weiteren Planungen: "
            "2026: 82,7 Milliarden Euro; 2027: 93,3 Milliarden Euro.\n\nDer Bundeshaushalt 2026: 520 Milliarden Euro.")
    rows = figures_in_text(text, **DAY)
    assert [(r["quote"], r["is_defence"]) for r in rows] == [
        ("62,4 Milliarden Euro", True), ("82,7 Milliarden Euro", True), ("93,3 Milliarden Euro", True),
        ("520 Milliarden Euro", False),
    ]


def test_monthly_aid_is_defence_but_soldiers_pay_is_not():
    assert defence(figures_in_text("Die Ukraine erhält monatlich eine Milliarde Euro Militärhilfe.", **DAY))
    assert not defence(figures_in_text("Rekruten im Wehrdienst erhalten künftig einen Wehrsold von 2000 Euro im Monat.", **DAY))


def test_amount_in_an_article_about_defence_money():
    text = ("Der Verteidigungshaushalt wächst kräftig. Pistorius bekommt deutlich mehr Geld für die Bundeswehr.\n\n"
            "Die Koalition hat sich geeinigt. Für 2026 sollen mehr als 108 Milliarden Euro bereitstehen.\n\n"
            "Gemessen am Bruttoinlandsprodukt (4,31 Billionen Euro) wäre das eine Quote von 2,5 Prozent.\n\n"
            "Der Bundeshaushalt umfasst insgesamt 520 Milliarden Euro.")
    rows = figures_in_article("Wie der Bund die Verteidigung bezahlt", text, **DAY)
    found = {r["quote"]: r["is_defence"] for r in rows}
    assert found["108 Milliarden Euro"] is True
    assert found["4,31 Billionen Euro"] is False  # the size of the economy
    assert found["520 Milliarden Euro"] is False  # the overall budget


def test_amount_in_another_article_needs_its_own_tie_to_defence():
    text = ("Die Koalition hat sich geeinigt. Für 2026 sollen mehr als 108 Milliarden Euro bereitstehen.\n\n"
            "Das Geld soll in Schulen und Straßen fließen.")
    assert not defence(figures_in_article("Haushalt 2026", text, **DAY))


@pytest.mark.parametrize("text", [
    "Der Wehretat steigt. " * 3 + "Das Budget des Heeres wächst, das Sondervermögen für die Bundeswehr auch.",
    "Nichts über Geld hier, nur Wetter und Fußball.",
    "Die Militärhilfe und Waffenlieferungen an die Ukraine, das SAFE-Programm der EU und ReArm Europe.",
    "İstanbul: Das Zwei-Prozent-Ziel und die Verteidigungsausgaben der Türkei.",  # lower-casing changes the length
])
def test_counting_near_literals_equals_counting_everywhere(text):
    from analysis import patterns as P
    from analysis.spending import count_near_literals

    everywhere = sum(1 for _ in P.DEFENCE_BUDGET_TERMS_RE.finditer(text))
    assert count_near_literals(P.DEFENCE_BUDGET_TERMS_RE, text, P.DEFENCE_BUDGET_LITERALS, 100) == everywhere
    assert count_near_literals(P.DEFENCE_BUDGET_TERMS_RE, text, P.DEFENCE_BUDGET_LITERALS, 1) == min(1, everywhere)


@pytest.mark.parametrize(
    ("title", "text", "subject"),
    [
        (None, "Das Bündnis habe sich in Den Haag darauf geeinigt, seine Verteidigungsausgaben bis 2035 auf fünf Prozent des BIP zu erhöhen.", "NATO"),
        ("Nato-Gipfel in Den Haag", "Die Nato rüstet auf.\n\nBisher lag das Ziel bei zwei Prozent des BIP für Verteidigung.", "NATO"),
        (None, "Die NATO-Quote von zwei Prozent der Wirtschaftsleistung für Verteidigung sei in Gefahr.", "NATO"),
        (None, "Damit erreicht Deutschland 2025 eine NATO-Quote von 2,4 Prozent des BIP für Verteidigung.", "DE"),
        ("Bundesheer bekommt mehr Geld", "Das Bundesheer wird modernisiert.\n\nFür heuer sind für die Verteidigung sechs Milliarden Euro im Budget fixiert.", "AT"),
    ],
)
def test_subjects_of_targets_and_of_unnamed_states(title, text, subject):
    rows = defence(figures_in_article(title, text, **DAY))
    assert rows and rows[0]["subject"] == subject, rows


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("Polen will, wie von der US-Regierung gefordert, seine Rüstungsausgaben auf rund fünf Prozent der Wirtschaftsleistung aufstocken.", "PL"),
        ("Dort verpflichtete sich Italien wie andere Bündnisstaaten, die Militärausgaben bis 2035 auf 5 % des BIP zu erhöhen.", "IT"),
        ("Italien hat sich zu dem Ziel bekannt. Derzeit gibt das Land jedoch nur 1,49 % des BIP für Verteidigung aus.", "IT"),
    ],
)
def test_subjects_asides_comparisons_and_references(text, subject):
    rows = defence(figures_in_text(text, **DAY))
    assert rows and rows[-1]["subject"] == subject, rows


def test_lowercase_abbreviations_do_not_end_a_sentence():
    row = only(defence(figures_in_text("Die neuen Fregatten F127 kosten rd. 26 Milliarden Euro. Der Bundestag stimmt zu.", **DAY)))
    assert row["sentence"].startswith("Die neuen Fregatten") and row["value"] == 26e9


def test_assured_aid_is_aid():
    text = ("Deutschland liefert weitere Luftverteidigungssysteme an die Ukraine.\n\n"
            "Berlin hat Kiew für das kommende Jahr weitere neun Milliarden Euro zugesichert.")
    row = only(defence(figures_in_article("Mehr Militärhilfe für Kiew", text, **DAY)))
    assert row["category"] == "aid" and row["subject"] == "DE"


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Spaniens Ministerpräsident Pedro Sánchez hatte das Fünf-Prozent-Ziel der Nato als kontraproduktiv bezeichnet.",
         "Fünf-Prozent-Ziel", "NATO"),
        ("Spanien will noch dieses Jahr das Aufrüstungsziel der NATO von zwei Prozent des BIP für Verteidigungsausgaben erreichen.",
         "zwei Prozent", "NATO"),
        ("Laut einem NATO-Bericht folgt Estland mit Verteidigungsausgaben von 3,43 Prozent des BIP, gefolgt von den USA (3,38 Prozent).",
         "3,38 Prozent", "US"),
        ("Deutschland nähert sich mit 98 Milliarden US-Dollar für Verteidigung dieser Schwelle, während das Vereinigte "
         "Königreich 82 Milliarden US-Dollar für Verteidigung ausgeben will.", "82 Milliarden US-Dollar", "GB"),
        ("Die Nato-Mitgliedsländer, darunter auch Deutschland, planen, monatlich eine Milliarde US-Dollar in amerikanische "
         "Waffen für die Ukraine zu investieren.", "eine Milliarde US-Dollar", "NATO"),
        ("Rheinmetall teilte mit, dass man von der Bundeswehr einen Rahmenvertrag für Artilleriemunition im Wert von "
         "8,5 Milliarden Euro erhalten habe.", "8,5 Milliarden Euro", "DE"),
        # the state supported "mit" money is the recipient; the agent of a passive gives
        ("Deutschland will die Ukraine bis Ende des Jahres mit weiteren 400 Mio. EUR militärisch unterstützen.", "400 Mio. EUR", "DE"),
        ("Sollte die Bundesregierung die Ukraine in diesem Jahr mit zusätzlichen 3,8 Milliarden Euro militärisch unterstützen, werde das "
         "Auswirkungen auf das 2-Prozent-Ziel haben.", "3,8 Milliarden Euro", "DE"),
        ("Die Ukraine wird von den USA mit 300 Millionen Dollar Militärhilfe unterstützt.", "300 Millionen Dollar", "US"),
        ("Die Bundesregierung will der Ukraine 3,8 Milliarden Euro für Waffen geben.", "3,8 Milliarden Euro", "DE"),
        ("Die 21 Mrd. Euro umfassen auch die Zusage Großbritanniens in Höhe von 4,5 Mrd. Pfund für Militärhilfe.", "4,5 Mrd. Pfund", "GB"),
        ("Dänemark und die Ukraine haben sich auf einen Kauf von Waffen für 4,2 Mrd. DKK (628 Mio. USD) aus der ukrainischen "
         "Verteidigungsindustrie geeinigt.", "4,2 Mrd. DKK", "DK"),
        ("Dänemark und die Ukraine haben sich auf einen Kauf von Waffen für 4,2 Mrd. DKK (628 Mio. USD) aus der ukrainischen "
         "Verteidigungsindustrie geeinigt.", "628 Mio. USD", "DK"),
        ("Die Bundesregierung will die tschechische \"Initiative\" zum Kauf von Artilleriemunition für das ukrainische Militär "
         "mit 576 Millionen Euro unterstützen.", "576 Millionen Euro", "DE"),
        ("Die USA haben seit Oktober Waffen im Wert von mehr als 6,5 Milliarden US-Dollar an Israel geschickt.", "6,5 Milliarden US-Dollar", "US"),
    ],
)
def test_subjects_of_current_coverage(text, quote, subject):
    rows = [r for r in defence(figures_in_text(text, **DAY)) if r["quote"] == quote]
    assert only(rows)["subject"] == subject


@pytest.mark.parametrize("joined", [False, True])
def test_items_of_a_list_under_an_intro_on_arms_money(joined):
    """A bullet list after a colon whose intro speaks of money for arms: each item is aid from the state it names
    (the loader may have joined the first item to the intro's line)."""
    intro = ("Im Jahr 2024 haben die Ukraine und Dänemark die Zusammenarbeit im Rahmen des dänischen Finanzierungsmodells "
             "für die ukrainische Verteidigungsindustrie umgesetzt. Zu den wichtigsten Finanzierungsquellen gehören:")
    items = ["- 125 Mio. EUR aus Dänemark über den nationalen Ukraine-Fonds", "- 20 Mio. EUR aus Schweden"]
    text = intro + (" " + items[0] + "\n\n" + items[1] if joined else "\n" + "\n".join(items))
    rows = defence(figures_in_article("Dänisches Modell", text, **DAY))
    assert [(r["quote"], r["category"], r["subject"]) for r in rows] == [("125 Mio. EUR", "aid", "DK"), ("20 Mio. EUR", "aid", "SE")]


def test_a_list_under_an_intro_on_something_else_is_not_defence():
    text = "Die Stadt investiert in Schulen. Die größten Posten sind:\n- 12 Mio. EUR für Sanierungen\n- 3 Mio. EUR für Turnhallen"
    assert defence(figures_in_article("Haushalt der Stadt", text, **DAY)) == []


def test_a_state_that_will_receive_an_amount_with_a_decimal_comma_is_no_spender():
    text = "Israel wird nicht sofort 3,5 Milliarden Dollar an Militärhilfe erhalten."
    assert only(defence(figures_in_text(text, **DAY)))["subject"] != "IL"


@pytest.mark.parametrize(
    "text",
    ["Die USA haben der Ukraine seit Kriegsbeginn knapp 63 Milliarden Euro an Sicherheitsunterstützung geleistet.",
     "Die Niederlande stellen 700 Millionen Euro für UAVs bereit."],
)
def test_words_of_military_aid_and_drones(text):
    assert len(defence(figures_in_text(text, **DAY))) == 1


@pytest.mark.parametrize(
    "text",
    ["Die Chefin des Beschaffungsamts der Bundeswehr will die Beteiligungsgrenze des Parlaments bei Beschaffungsprojekten "
     "von 25 Millionen Euro auf 200 Millionen Euro anheben.",
     "Im Haushalt steigen die Verteidigungsausgaben. Der größte Haushaltsposten ist mit 197,34 Milliarden Euro der des "
     "Bundesarbeitsministeriums.",
     "Trotz der Milliarden für die Bundeswehr warnt die Bertelsmann-Stiftung vor einem Investitionsstau in Höhe von 216 Milliarden Euro."],
)
def test_thresholds_civil_ministries_and_investment_backlogs_are_not_defence(text):
    assert defence(figures_in_article("Haushalt 2026", text, **DAY)) == []


def test_an_arms_makers_results_are_not_defence_money():
    text = ("Der Betriebsgewinn des Herstellers des Kampfjets Gripen stieg im dritten Quartal um 16 Prozent auf 1,37 Milliarden Kronen. "
            "Die Bundeswehr bestellt bei Saab Munition für 300 Millionen Euro.")
    assert [r["quote"] for r in defence(figures_in_article("Saab steigert Gewinn", text, **DAY))] == ["300 Millionen Euro"]


def test_a_group_of_donors_has_no_one_subject():
    text = ("Wie der britische Verteidigungsminister Healey mitteilte, erhöhten die in der sogenannten Ukraine-Kontaktgruppe "
            "organisierten Unterstützer des Landes ihre Zusagen an Militärhilfen für Kiew auf 35 Milliarden Euro.")
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == ""
    text = "Auf dem Treffen der Kontaktgruppe hat Deutschland der Ukraine Militärhilfe von 500 Millionen Euro zugesagt."
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == "DE"


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("Die Verteidigungsausgaben machen im kommenden Jahr 32,5 Prozent des russischen Bundeshaushalts aus.", "32,5 Prozent"),
        ("Der Haushalt sieht für die Landesverteidigung etwa 126 Milliarden Dollar vor – das entspricht fast einem Drittel "
         "(32,5 Prozent) der gesamten Staatsausgaben.", "32,5 Prozent"),
        ("Fünf Prozent des Bruttoinlandsprodukts würden für die Verteidigung um die 40 Prozent des gesamten Bundeshaushalts bedeuten.",
         "40 Prozent"),
    ],
)
def test_a_share_of_the_state_budget_is_pct_budget(text, quote):
    row = only([r for r in figures_in_text(text, **DAY) if r["quote"] == quote])
    assert (row["unit"], row["is_defence"]) == ("pct_budget", True)


@pytest.mark.parametrize(
    ("text", "quote", "subject"),
    [
        ("Im Jahr 2024 betrug das Verteidigungsbudget Südafrikas 2,8 Milliarden Dollar.", "2,8 Milliarden Dollar", "ZA"),
        ("Algerien erhöhte sein Verteidigungsbudget um 12 % auf 21,8 Milliarden Dollar.", "21,8 Milliarden Dollar", "DZ"),
        ("Die Behörde gab bekannt, dass der Verteidigungshaushalt Saudi-Arabiens für 2025 voraussichtlich 78 Milliarden "
         "US-Dollar betragen wird.", "78 Milliarden US-Dollar", "SA"),
        ("Er behauptet, dass Aserbaidschan 17 % seines BIP für die Verteidigung ausgibt.", "17 %", "AZ"),
    ],
)
def test_states_outside_nato_are_spenders_too(text, quote, subject):
    """States beyond NATO and Europe are in the dictionary: their budgets are theirs, not those of the last
    state the dictionary knew."""
    rows = [r for r in defence(figures_in_text("Russland rüstet auf. " + text, **DAY)) if r["quote"] == quote]
    assert only(rows)["subject"] == subject


def test_the_attacker_is_not_the_spender():
    text = ("Die Bundeswehr bestellt Munition.\n\nDas von Russland angegriffene Land hatte bereits Munition bekommen. "
            "Die erste Tranche des Rahmenvertrags ist 880 Millionen Euro wert.")
    row = only(defence(figures_in_article("Rheinmetall erhält Munitionsauftrag", text, **DAY)))
    assert row["subject"] != "RU"


def test_a_bare_nato_level_in_a_defence_article_is_the_target():
    text = ("Die Nato-Staaten streiten über ihre Verteidigungsausgaben. Rutte hält zwei Prozent nicht länger für ausreichend.\n\n"
            "Die Inflation lag zuletzt bei zwei Prozent.")
    rows = figures_in_article("Nato-Gipfel", text, **DAY)
    assert [(r["quote"], r["is_defence"], r["unit"]) for r in rows] == [("zwei Prozent", True, "pct_gdp"), ("zwei Prozent", False, "pct_other")]


def test_bullet_lines_after_a_defence_amount_are_the_list_with_their_own_states():
    text = ("Bis heute wurden im Rahmen von PURL rund 1,5 Milliarden US-Dollar für US-Waffen für die Ukraine gesammelt. "
            "Zu den Hauptgebern gehören:\n\nNiederlande – 500 Mio. USD\n\nDänemark, Norwegen, Schweden (gemeinsam) – 500 Mio. USD\n\n"
            "Deutschland – 500 Mio. USD")
    rows = defence(figures_in_article("Militärhilfe: Waffen für die Ukraine", text, **DAY))
    assert [(r["quote"], r["subject"]) for r in rows] == [
        ("1,5 Milliarden US-Dollar", ""), ("500 Mio. USD", "NL"), ("500 Mio. USD", ""), ("500 Mio. USD", "DE")]


def test_pay_of_soldiers_is_not_defence_spending():
    rows = figures_in_article("Pistorius will 2.000 Euro netto für Wehrdienstleistende",
                              "Zurzeit liegt deren Anfangssold laut Bundeswehr bei rund 1700 Euro netto.", **DAY)
    assert [r["is_defence"] for r in rows] == [False, False]


def test_the_debt_brake_limit_is_not_a_spending_figure():
    text = ("Der Entwurf sieht vor, dass Ausgaben für Verteidigung nicht unter die Kreditobergrenze fallen, wenn sie "
            "ein Prozent des nominalen Bruttoinlandsprodukts des Vorjahres übersteigen.")
    assert [r["is_defence"] for r in figures_in_text(text, **DAY)] == [False]


def test_the_next_item_after_a_bracket_is_not_the_figures_topic():
    text = ("Nennenswert wachsen die Einzelpläne für Verteidigung (allein nächstes Jahr um 20 Milliarden Euro auf fast "
            "83 Milliarden Euro) und für Arbeit und Soziales (um gut 7 Milliarden Euro auf 197 Milliarden Euro).")
    assert [r["is_defence"] for r in figures_in_text(text, **DAY)] == [True, True, False, False]


def test_money_a_defence_minister_invests_is_defence_money():
    row = only(figures_in_text("Pistorius will 35 Milliarden Euro in die Sicherheit im All investieren.", **DAY))
    assert row["is_defence"] and row["subject"] == "DE"


def test_trumps_demand_compound_is_natos_target():
    text = "Merz äußerte sich in Kloster Seeon zu Trumps Fünf-Prozent-Forderung, man müsse mehr tun."
    row = only(figures_in_article("Merz gibt sich bedeckt bei Militärausgaben", text, **DAY))
    assert row["is_defence"] and row["unit"] == "pct_gdp" and row["subject"] == "NATO"


def test_a_rate_of_unemployment_is_not_a_target_level():
    text = "Die Rüstungsindustrie wächst. Die Erwerbslosigkeit liegt mit zwei Prozent so niedrig wie noch nie."
    assert [r["is_defence"] for r in figures_in_article("Russlands Kriegswirtschaft und die Nato", text, **DAY)] == [False]


def test_an_amount_as_a_kicker_above_a_defence_order():
    text = "Mehr als eine halbe Milliarde Euro\n\nBundeswehr bestellt Kamikaze-Drohnen in Deutschland\n\nDie Firmen freuen sich."
    row = figures_in_article(None, text, **DAY)[0]
    assert row["is_defence"] and row["category"] == "procurement"


def test_a_relative_clause_about_the_funds_debts_is_not_the_figures_topic():
    text = ("Die Regierung hat neue Rekordausgaben für die Bundeswehr beschlossen.\n\nDer Kernhaushalt soll 83 Milliarden Euro "
            "umfassen. Weitere 25,5 Milliarden Euro stammen aus Sondervermögen, die durch neue Schulden ermöglicht werden.")
    rows = figures_in_article("Bundestag beschließt Verteidigungshaushalt von mehr als 108 Milliarden Euro", text, **DAY)
    assert [(r["quote"], r["is_defence"]) for r in rows if r["field"] == "text"] == [
        ("83 Milliarden Euro", True), ("25,5 Milliarden Euro", True)]


def test_share_of_gdp_written_bips():
    row = only(figures_in_text("Deutschland kam im vergangenen Jahr auf Verteidigungsausgaben von 1,6 Prozent des BIPs.", **DAY))
    assert row["unit"] == "pct_gdp" and row["is_defence"]


def test_a_national_currency_names_its_state_only_when_the_article_does():
    swiss = "Russland erhöht seine Militärausgaben.\n\nAuch 2026 sollen die Ausgaben für das Militär auf 121 Milliarden Franken sinken."
    rows = defence(figures_in_article("Kriegswirtschaft", swiss, **DAY))
    assert [r["subject"] for r in rows] != ["CH"]
    own = "Die Schweiz erhöht das Armeebudget.\n\nDas Parlament bewilligte für das Militär 4,1 Milliarden Franken."
    assert [r["subject"] for r in defence(figures_in_article("Armeebotschaft", own, **DAY))] == ["CH"]


def test_the_world_is_not_a_state():
    row = only(defence(figures_in_text("Die weltweiten Militärausgaben haben 2024 die Marke von 2,38 Billionen Euro erreicht.", **DAY)))
    assert row["subject"] == ""


def test_the_speakers_own_state():
    text = ("Sein Land werde in diesem Jahr eine Milliarde Euro zusätzlich für militärische Unterstützung bereitstellen, "
            "erklärte der niederländische Regierungschef Mark Rutte am Freitag.")
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == "NL"


def test_taiwan_dollars():
    row = only(figures_in_text("Taiwan plant ein Sonderbudget für Verteidigung von 1,25 Billionen Taiwan-Dollar.", **DAY))
    assert (row["unit"], row["value"], row["is_defence"], row["subject"]) == ("twd", 1.25e12, True, "TW")


def test_amounts_of_aid_without_a_currency_and_a_ministers_demand():
    row = only(figures_in_text("Niederlande sagen Ukraine eine Milliarde an zusätzlicher Militärhilfe zu", **DAY))
    assert (row["unit"], row["is_defence"], row["category"], row["subject"]) == ("eur", True, "aid", "NL")
    row = only(figures_in_text("Vor den langwierigen Verhandlungen hatte Pistorius 6,7 Milliarden Euro mehr gefordert.", **DAY))
    assert row["is_defence"] and row["subject"] == "DE"
    salary = only(figures_in_text("Wie alle Bundesminister erhält Pistorius 16.815 Euro pro Monat.", **DAY))
    assert not salary["is_defence"]


SAFE_TEXT = (
    "Die Europäische Kommission verzeichnet eine starke Nachfrage ihrer Mitgliedsstaaten nach günstigen Kredite für "
    "Verteidigungsausgaben. Wie EU-Kommissionspräsidentin Ursula von der Leyen sagte, haben 19 der 27 Mitgliedsstaaten Mittel "
    "aus dem neuen Beschaffungsinstrument SAFE (\"Security Action for Europe\") angefragt. Das Kreditprogramm habe ein Volumen "
    "von 150 Milliarden Euro, das damit voll ausgeschöpft werde.\n\nDas Programm ist Teil des europäischen "
    "Wiederbewaffnungsplans (\"Re-arm Europe\") der Brüsseler Kommission, der für Verteidigungsausgaben in Europa "
    "Finanzmittel von knapp 800 Milliarden mobilisieren soll."
)


def test_loans_for_defence_and_the_unions_plans():
    rows = figures_in_article("19 EU-Staaten zapfen Kreditprogramm für Rüstung an", SAFE_TEXT, **DAY)
    assert [(r["quote"], r["unit"], r["is_defence"], r["subject"]) for r in rows] == [
        ("150 Milliarden Euro", "eur", True, "EU"), ("800 Milliarden", "eur", True, "EU")]


def test_a_series_of_amounts_continues_the_budget_before_it():
    text = ("Laut Budgetplan standen im vergangenen Jahr 4,02 Milliarden Euro für das Bundesheer zur Verfügung. "
            "In diesem Jahr sollen sie auf 4,74 Milliarden Euro und 2026 auf 5,19 Milliarden steigen.")
    rows = figures_in_text(text, **DAY)
    assert [(r["quote"], r["is_defence"], r["subject"]) for r in rows] == [
        ("4,02 Milliarden Euro", True, "AT"), ("4,74 Milliarden Euro", True, "AT"), ("5,19 Milliarden", True, "AT")]


def test_money_for_what_the_sentence_before_names():
    text = ("Der Bundesrat hat die Armeebotschaft 2025 verabschiedet.\n\nDie Führungsfähigkeit in der Armee soll verbessert werden. "
            "Dafür werden 110 Millionen Franken in die Verbesserung der Informatik fliessen.")
    row = only(figures_in_article("Armeebotschaft 2025", text, **DAY))
    assert row["is_defence"] and row["unit"] == "chf"


def test_ukraine_after_a_word_of_support_receives_and_does_not_spend():
    text = ("Der Bundestag hat den Verteidigungshaushalt beschlossen. "
            "Die Mittel für die Unterstützung der vom Krieg betroffenen Ukraine wurden auf über 11,5 Milliarden Euro erhöht.")
    assert only(defence(figures_in_text(text, **DAY)))["subject"] != "UA"


def test_the_eastern_flank_of_nato_is_a_place_not_a_spender():
    text = ("Die Bundeswehr plant die Beschaffung von bis zu 12.000 Drohnen, die vor allem an der Ostflanke der NATO stationiert werden sollen. "
            "Demnach sollen an jedes der drei Unternehmen Aufträge von jeweils 300 Millionen Euro gehen.")
    rows = defence(figures_in_article("Bundeswehr bestellt Drohnen für 900 Millionen Euro", text, **DAY))
    assert [(r["quote"], r["subject"]) for r in rows] == [("900 Millionen Euro", "DE"), ("300 Millionen Euro", "DE")]


def test_an_amount_in_a_national_currency_is_that_states_not_the_alliances():
    text = ("Dänemark stockt seine Hilfe auf. Im Rahmen dieses Pakets werden 1,4 Milliarden Kronen für Artilleriemunition "
            "über die Initiative der Verbündeten bereitgestellt.")
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == "DK"


def test_a_parliament_names_the_state_whose_budget_it_passes():
    text = ("Die russische Duma hat den Staatshaushalt für das kommende Jahr mit breiter Mehrheit bestätigt. Insgesamt sind "
            "Ausgaben von 410 Milliarden Euro vorgesehen. Rund 135 Milliarden Euro sollen dabei in den Militärhaushalt fließen.")
    assert only(defence(figures_in_article(None, text, **DAY)))["subject"] == "RU"


def test_the_german_navy_makes_an_article_about_germanys_defence():
    text = ("Sie sollten das neue Prestigeobjekt der Deutschen Marine werden: die Fregatten der Niedersachsen-Klasse. "
            "Rund 9,8 Milliarden Euro waren für Entwicklung und Bau der sechs Fregatten veranschlagt.")
    assert only(defence(figures_in_article(None, text, **DAY)))["subject"] == "DE"


def test_a_conversion_in_brackets_has_the_subject_of_the_amount_it_converts():
    text = ("Dänemark stockt seine Hilfe auf. Im Rahmen dieses Pakets werden 1,4 Milliarden Kronen (203 Millionen US-Dollar) "
            "für Artilleriemunition über die Initiative der Verbündeten bereitgestellt.")
    rows = defence(figures_in_text(text, **DAY))
    assert [(r["quote"], r["subject"]) for r in rows] == [("1,4 Milliarden Kronen", "DK"), ("203 Millionen US-Dollar", "DK")]


def test_a_frigate_class_only_germany_builds_makes_an_article_about_germanys_defence():
    text = ("Während man eifrig die übernächste Fregattengeneration F-127 auf den Weg bringt, die satte 7,5 Mrd. Euro "
            "verschlingen soll, kommen die aktuellen F-126 nicht aus der Werft. Sechs Schiffe für rund 9 Mrd. Euro sind geplant.")
    rows = defence(figures_in_article(None, text, **DAY))
    assert [(r["quote"], r["subject"]) for r in rows] == [("7,5 Mrd. Euro", "DE"), ("9 Mrd. Euro", "DE")]


# Round 7 (2025-26 excerpts): rules written against its development half.

def test_the_bundestags_25_million_rule_is_a_threshold_not_money_spent():
    for text in ("Allen Bundeswehr-Beschaffungen, die teurer als 25 Millionen Euro sind, muss der Haushaltsausschuss des Bundestages zustimmen.",
                 "Im ersten Halbjahr habe das Verteidigungsministerium 42 Beschaffungsvorhaben mit einem Volumen von mindestens "
                 "25 Millionen Euro beim Haushaltsausschuss beantragt, sagte Pistorius."):
        assert defence(figures_in_text(text, **DAY)) == []


def test_a_share_in_a_clause_about_development_programmes_is_not_defence():
    text = ("Großbritannien erhöht die Verteidigungsausgaben. Die Erhöhung soll teilweise durch Kürzungen bei den internationalen "
            "Entwicklungsprogrammen finanziert werden, die in den kommenden Jahren von 0,5 % des britischen BIP auf 0,3 % sinken werden.")
    assert defence(figures_in_text(text, **DAY)) == []


def test_money_for_roads_and_schools_beside_defence_is_not_defence():
    text = "500 Milliarden Euro für Straßen und Schulen, keine Obergrenze für die Verteidigung: Das Paket ist beschlossen."
    assert defence(figures_in_text(text, **DAY)) == []


def test_a_dollar_sign_after_us_is_a_currency_not_the_spender():
    text = "Kanada erhöht seine Ausgaben. Dafür steigt das Verteidigungsbudget bis 2026 um rund 70 Prozent auf knapp 45 Milliarden US-Dollar (US$)."
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == "CA"


def test_defence_spending_raised_to_a_level_further_on_is_a_share_of_gdp():
    text = ("Starmer setzte sich zudem zum Ziel, die Verteidigungsausgaben im kommenden Parlament, das spätestens 2029 beginnen wird, "
            "auf 3 % zu erhöhen.")
    row = only(defence(figures_in_text(text, **DAY)))
    assert (row["unit"], row["value"], row["subject"]) == ("pct_gdp", 3.0, "GB")


def test_the_cost_of_jets_the_sentence_before_names_is_defence():
    text = ("Das räumte der Verteidigungsminister heute ein. Der Bundesrat hat sich von den Plänen verabschiedet, alle geplanten 36 "
            "Stück des Kampfjets F-35 zu kaufen.\n\nDas hätte rund 1.5 Milliarden Franken mehr gekostet.")
    row = only(defence(figures_in_text(text, **DAY)))
    assert (row["value"], row["unit"]) == (1.5e9, "chf")


def test_a_military_budget_in_a_market_report_is_defence():
    text = ("Anleger blieben vorsichtig, die Aktien von Rüstungskonzernen legten zu. Das Militärbudget für 2027 soll in den USA "
            "deutlich auf 1,5 Billionen US-Dollar steigen.")
    row = only(defence(figures_in_text(text, **DAY)))
    assert (row["value"], row["subject"]) == (1.5e12, "US")


def test_member_states_of_a_plan_by_the_commission_president_are_the_eus():
    text = ("Auf der Tagesordnung steht der Plan zur Wiederbewaffnung Europas, den Kommissionspräsidentin Ursula von der Leyen "
            "vorgestellt hatte. Er sieht eine 150 Milliarden Euro schwere Kreditlinie für Mitgliedsstaaten als Garantie vor, die die "
            "Summe auf insgesamt bis zu 800 Milliarden Euro hebeln soll.")
    rows = defence(figures_in_text(text, **DAY))
    assert [(r["value"], r["subject"]) for r in rows] == [(150e9, "EU"), (800e9, "EU")]


def test_a_total_followed_by_davon_is_not_the_defence_part():
    rows = figures_in_text("Der Bund plant Mehrausgaben von 500 Milliarden Euro, davon 495 Milliarden für die Verteidigung.", **DAY)
    assert [(r["quote"], r["is_defence"]) for r in rows] == [("500 Milliarden Euro", False), ("495 Milliarden", True)]


def test_aid_under_a_headline_of_military_aid_is_military_aid():
    text = ("Der Haushaltsausschuss des deutschen Bundestages bereitet sich darauf vor, über ein Milliardenpaket zur Unterstützung der "
            "Ukraine zu entscheiden. "
            "Grundlage ist ein Vorschlag des Bundesfinanzministeriums, der zusätzliche Hilfen in Höhe von drei Milliarden Euro vorsieht.")
    row = only(defence(figures_in_article("Milliardenpaket für Ukraine-Militärhilfe steht zur Abstimmung", text, **DAY)))
    assert (row["value"], row["category"], row["subject"]) == (3e9, "aid", "DE")


def test_short_headline_lines_at_the_start_of_a_text_do_not_hide_its_lead():
    text = ("Einsparungen beim Heer\n\nInnenpolitik\n\nVerteidigungsministerin Klaudia Tanner zeigt sich mit ihrem Budget trotz "
            "Einsparungen zufrieden. Sie will am Aufbauplan des Bundesheeres festhalten, die Eurofighter-Nachfolge ist offen.\n\n"
            "Die Flugabwehr soll kommen, sagt der Planungschef des Bundesheeres.\n\nZu den Zahlen: Das Budget 2025 beträgt am Papier "
            "4,741 Milliarden Euro.")
    row = only(defence(figures_in_text(text, **DAY)))
    assert (row["value"], row["subject"]) == (4.741e9, "AT")


def test_a_budget_gap_is_not_defence_money():
    text = ("Israels Regierung verabschiedet einen Haushaltsentwurf für das Jahr 2025 mit mehr Militärausgaben.\n"
            "Darin enthalten seien 161 Milliarden für den Schuldendienst. Das Militär soll für seinen Mehrfrontenkrieg 117 Milliarden "
            "Schekel erhalten.\nKrieg belastet Israels Wirtschaft enorm\nUnd zwar in Form einer Erhöhung der Mehrwertsteuer. "
            "So solle eine Haushaltslücke von etwa 40 Milliarden Schekel geschlossen werden, berichtete \"Calcalist\".")
    found = [r["quote"] for r in defence(figures_in_article("Israels Kriegsetat: Mehr Geld fürs Militär", text, **DAY))]
    assert "40 Milliarden Schekel" not in found and "117 Milliarden Schekel" in found


def test_bare_numbers_listed_before_a_percentage_share_its_unit():
    text = ("Verteidigungsminister Pistorius sprach über die Verteidigungsausgaben der Nato-Staaten. Am Ende können wir die "
            "Diskussion weiterführen über zwei, drei, vier oder fünf Prozent des BIP.")
    rows = figures_in_text(text, **DAY)
    assert [(r["quote"], r["value"], r["unit"]) for r in rows] == [
        ("zwei", 2.0, "pct_gdp"), ("drei", 3.0, "pct_gdp"), ("vier", 4.0, "pct_gdp"), ("fünf Prozent", 5.0, "pct_gdp")]
    assert all(text[r["start"] : r["end"]] == r["quote"] for r in rows)


def test_the_debt_brakes_one_percent_and_the_borrowing_it_frees_are_not_defence_figures():
    text = ("Der Bundestag hat die Verteidigungsausgaben von der Schuldenbremse befreit. Bei der Kreditaufnahme dürfen jene "
            "Verteidigungsausgaben herausgerechnet werden, die ein Prozent des nominalen Bruttoinlandsprodukts übersteigen. "
            "Abzüglich ein Prozent des BIP in Höhe von 43 Milliarden Euro ergibt sich eine nicht zu berücksichtigende "
            "Kreditaufnahme in Höhe von 52 Milliarden Euro. Der Staat darf also mehr Schulden machen, wenn die Ausgaben für "
            "Verteidigung über ein Prozent des BIP liegen.")
    assert defence(figures_in_article("Wehretat: Was die neue Schuldenregel bedeutet", text, **DAY)) == []


def test_in_a_list_of_budget_chapters_only_chapter_14_is_defence():
    text = ("Die größten Posten im Entwurf sind der Einzelplan (EPl) 11 für Arbeit mit 190 Milliarden Euro, EPl 14 des "
            "Verteidigungsministeriums mit 82 Milliarden Euro, EPl 32 für die Zinsen mit 34 Milliarden Euro und EPl 60 für die "
            "Finanzverwaltung mit 46 Milliarden Euro.")
    assert [r["value"] for r in defence(figures_in_text(text, **DAY))] == [82e9]


def test_the_500_billion_special_fund_is_infrastructure_money():
    text = "Die Wirtschaft könnte dank des geplanten 500-Milliarden-Sondervermögens und höherer Verteidigungsausgaben wachsen."
    assert defence(figures_in_text(text, **DAY)) == []


def test_a_sentence_taking_up_the_one_before_carries_its_defence_topic():
    minister = ("»Wir stärken die Truppe mit neuen Stellen in der Bundeswehr«, sagte Verteidigungsminister Boris Pistorius. "
                "Sein Ressort verfügt im kommenden Jahr über mehr als 108 Milliarden Euro und will damit neue Soldaten gewinnen.")
    assert [r["value"] for r in defence(figures_in_text(minister, **DAY))] == [108e9]
    order = ("Der Bundestag bewilligt 4,7 Milliarden Euro für vier weitere U-Boote der Marine, doch das Ministerium hat "
             "Änderungswünsche angekündigt. Diese Änderungswünsche könnten sich auf zusätzliche 2,4 Milliarden Euro summieren.")
    assert [r["value"] for r in defence(figures_in_article("Neue U-Boote für die Marine", order, **DAY))] == [4.7e9, 2.4e9]
    more = ("Das Gesetz sieht für das kommende Jahr ein US-Verteidigungsbudget von 900 Milliarden Dollar vor. "
            "Das sind acht Milliarden Dollar mehr, als die Regierung gefordert hatte.")
    rows = defence(figures_in_text(more, **DAY))
    assert [(r["value"], r["subject"]) for r in rows] == [(9e11, "US"), (8e9, "US")]


def test_the_state_a_war_is_waged_against_is_not_the_spender():
    text = ("Zusammen mit dem Bundeswehr-Sondervermögen, das nach dem russischen Überfall auf die Ukraine geschaffen wurde, "
            "ergeben sich Verteidigungsausgaben von 95 Milliarden Euro.")
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == "DE"


def test_a_year_and_month_before_an_amount_are_not_part_of_it():
    rows = figures_in_text("date 2025-03 800 Milliarden Euro für Verteidigung, dazu 600 000 Euro für Munition.", **DAY)
    assert [(r["quote"], r["value"]) for r in rows] == [("800 Milliarden Euro", 8e11), ("600 000 Euro", 6e5)]


def test_the_state_a_purchase_is_made_in_sells_and_francs_belong_to_the_swiss_state():
    text = ("Im Sommer war bekannt geworden, dass der Kauf von 36 F-35-Kampfjets in den USA mehr kosten wird als die an der "
            "Urne bewilligten rund 6 Milliarden Franken. Der Bundesrat will am Kauf festhalten.")
    assert [(r["value"], r["subject"]) for r in defence(figures_in_article("Kampfjets", text, **DAY))] == [(6e9, "CH")]


def test_a_state_right_after_the_giving_states_verb_receives():
    text = "Die USA haben Israel eine Tranche an Militärhilfe in Höhe von 8,7 Milliarden US-Dollar gewährt."
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == "US"


def test_levels_in_money_after_a_sentence_on_defence_money_are_defence_and_german_when_the_text_names_the_special_fund():
    text = ("Mittlerweile liegt der Entwurf für den Haushalt 2025 vor, in dem erhebliche Steigerungen der Militärausgaben "
            "vorgesehen sind. In diesem Jahr geht es von 51,95 Milliarden auf 62,43 Milliarden Euro (plus 24 Mrd. Euro aus dem "
            "Sondervermögen) nach oben. Die weiteren Planungen: 2026: 82,7 Milliarden Euro; 2027: 93,3 Milliarden Euro.")
    rows = defence(figures_in_article("", text, **DAY))
    assert [(r["value"], r["subject"]) for r in rows] == [(51.95e9, "DE"), (62.43e9, "DE"), (24e9, "DE"), (82.7e9, "DE"), (93.3e9, "DE")]
    civil = "Der Wehretat steigt auf 62 Milliarden Euro. Für Bildung sind 20 Milliarden Euro vorgesehen."
    assert [r["value"] for r in defence(figures_in_text(civil, **DAY))] == [62e9]


def test_a_gap_in_money_under_a_nato_share_is_the_states_and_the_debt_brake_line_is_no_figure():
    text = ("Deutschland müsste seine Verteidigungsausgaben stark erhöhen. Bei einer Anhebung auf 2,5 Prozent des BIP fehlten "
            "2028 rund 50 Milliarden Euro im Bundeshaushalt der Bundeswehr.")
    rows = defence(figures_in_text(text, **DAY))
    assert [(r["value"], r["subject"]) for r in rows][-1] == (50e9, "DE")
    brake = ("Alle Ausgaben für den Verteidigungshaushalt, die über ein Prozent des Bruttoinlandsprodukts (BIP) liegen, werden "
             "über ein Sondervermögen finanziert.")
    assert defence(figures_in_text(brake, **DAY)) == []


def test_a_range_written_as_two_compounds_is_one_figure():
    rows = figures_in_article("U-Boote für Indien", "In Indien sind die Verhandlungen für den Acht- bis Neun-Milliarden-Dollar-Auftrag "
                              "über sechs U-Boote der Marine abgeschlossen.", **DAY)
    assert [(r["quote"], r["value"], r["value_max"]) for r in rows] == [("Acht- bis Neun-Milliarden-Dollar-Auftrag", 8e9, 9e9)]


def test_shares_of_a_defence_budget_are_defence_shares_of_a_budget():
    text = ("Das Wehrbudget wird 2026 erstmals die Grenze von 5 Milliarden Euro überschreiten. Den größten Brocken des Budgets "
            "betrifft beim Militär mit knapp 45 Prozent das Personal, gefolgt von Investitionen (31,4 Prozent).")
    rows = [r for r in defence(figures_in_article("Bundesheer", text, **DAY)) if r["unit"] != "eur"]
    assert [(r["value"], r["unit"]) for r in rows] == [(45, "pct_budget"), (31.4, "pct_budget")]
    funds = ("Im Jahr 2026 wird Litauen 1,59 Mrd. Euro mehr für die Verteidigung ausgeben; etwa 60 % der vorgesehenen Mittel "
             "sollen in die Modernisierung der Streitkräfte fließen.")
    assert [(r["value"], r["unit"]) for r in defence(figures_in_text(funds, **DAY))][-1] == (60, "pct_budget")
    civil = "Die Stadt erhält 20 Millionen Euro für Schulen; etwa 60 % der vorgesehenen Mittel gehen in Neubauten."
    assert defence(figures_in_text(civil, **DAY)) == []


def test_an_eu_programme_for_arms_makers_is_defence_money():
    text = ("Die EU hat ein Programm zur Förderung der Rüstungsindustrie beschlossen. Mit zunächst 1,5 Milliarden Euro sollen "
            "Produktion und Lieferketten ausgebaut werden, wie der Rat der EU erklärte.")
    assert only(defence(figures_in_text(text, **DAY)))["subject"] == "EU"


def test_a_sentence_that_adds_contributions_to_the_one_before_with_dafuer_is_defence():
    text = ("Schweden trägt 275 Millionen Dollar zu der über die Nato koordinierten Initiative für Waffenlieferungen an die Ukraine bei. "
            "Aus Dänemark kommen 580 Millionen dänische Kronen (90 Mio. Dollar) dafür.")
    rows = defence(figures_in_article("Waffen für die Ukraine", text, **DAY))
    assert [(r["value"], r["unit"]) for r in rows] == [(275e6, "usd"), (580e6, "dkk"), (90e6, "usd")]


def test_an_arms_makers_own_plant_and_expected_orders_are_not_state_money():
    plant = "Seinen größten Standort in Unterlüß erweitert Rheinmetall für rund 300 Millionen Euro um eine neue Munitionsfabrik."
    boom = "Wegen der Aufrüstung rechnet Rheinmetall-Chef Papperger mit einem Auftragsboom, er geht von 300 bis 400 Milliarden Euro aus."
    assert defence(figures_in_article("Rüstung", plant + " " + boom, **DAY)) == []
    order = "Rheinmetall erhält einen Auftrag der Bundeswehr über 8,5 Milliarden Euro für Munition."
    assert [r["value"] for r in defence(figures_in_article("Rüstung", order, **DAY))] == [8.5e9]


def test_canadian_dollars_and_won_are_their_currencies():
    text = ("Die neue Verteidigungsstrategie Kanadas sieht über eine halbe Billion kanadische Dollar vor. 180 Milliarden Dollar "
            "würden in Beschaffungsmaßnahmen im Verteidigungsbereich fließen. Polen kaufte 2022 Panzer und Haubitzen im Wert "
            "von 30 Billionen Won.")
    rows = defence(figures_in_article("Kanada rüstet auf", text, **DAY))
    assert [(r["value"], r["unit"]) for r in rows] == [(5e11, "cad"), (1.8e11, "cad"), (3e13, "krw")]


def test_an_explicit_total_nearer_the_figure_than_the_defence_words_is_the_total():
    text = ("Die Welt berichtet über den russischen Haushaltsentwurf, der einen Rückgang der Militärausgaben vorsieht: Die "
            "Haushaltsausgaben insgesamt steigen von 41,4 auf 44,87 Billionen Rubel.")
    assert defence(figures_in_article("Russlands Haushalt", text, **DAY)) == []
    draft = "2025 soll der Wehretat laut Klingbeils Haushaltsentwurf ein Volumen von 62,4 Milliarden Euro erreichen."
    assert [r["value"] for r in defence(figures_in_text(draft, **DAY))] == [62.4e9]


def test_the_golden_dome_is_a_weapons_programme():
    text = "Die Republikaner haben ein Gesetzespaket vorgeschlagen, von dem 25 Milliarden Dollar für den Golden Dome vorgesehen sind."
    assert only(defence(figures_in_article("Trumps Raketenschild", text, **DAY)))["value"] == 25e9


def test_a_share_of_its_own_economy_is_the_states_not_the_alliances():
    text = "Spanien lehnt das neue Ziel der Nato ab. Es wendet weniger als zwei Prozent seiner Wirtschaftsleistung für Verteidigung auf."
    assert only(defence(figures_in_article("Nato-Gipfel", text, **DAY)))["subject"] == "ES"
    members = "Die Nato-Staaten sollen künftig fünf Prozent ihrer Wirtschaftsleistung für Verteidigung ausgeben."
    assert only(defence(figures_in_text(members, **DAY)))["subject"] == "NATO"


def test_who_the_money_is_for_named_after_it_does_not_spend_it_and_a_budget_in_won_is_koreas():
    text = "Laut Stanjura wird Prag mehr als 500 Millionen Kronen für Munition für die ukrainische Armee ausgeben."
    assert only(defence(figures_in_article("Munition für die Ukraine", text, **DAY)))["subject"] != "UA"
    won = ("Japan erhöht seine Ausgaben. Nach Angaben des südkoreanischen Verteidigungsministeriums beläuft sich der "
           "Verteidigungshaushalt des Landes in diesem Jahr auf 61.246,9 Milliarden Won.")
    assert only(defence(figures_in_article("Rüstung in Asien", won, **DAY)))["subject"] == "KR"
    several = ("Griechenland ist neben Polen, Estland und Litauen eines der Länder, die mehr als drei Prozent seines "
               "Bruttoinlandsprodukts für die Verteidigung ausgeben.")
    assert only(defence(figures_in_text(several, **DAY)))["subject"] == "GR"


def test_arms_sales_a_seller_approves_price_targets_tariffs_and_financial_aid_are_not_defence_money():
    texts = ["Die USA haben am Freitag Grünes Licht für den Verkauf von Waffen und Ausrüstung im Wert von mehr als drei "
             "Milliarden Dollar an Israel gegeben.",
             "Das Kursziel für den Panzergetriebehersteller Renk hob JP Morgan von 25 auf 35 Euro an.",
             "Trump verhängte Zölle in Höhe von 20 Prozent auf Importe aus Taiwan, wo die Armee aufrüstet.",
             "Das EU-Paket garantiert den Fluss finanzieller Hilfen für die Ukraine in Höhe von 144 Milliarden Euro."]
    for text in texts:
        assert defence(figures_in_article("Waffen und Rüstung", text, **DAY)) == [], text
    order = "Die Bundeswehr bestellt beim Hersteller Munition im Wert von 8,5 Milliarden Euro."
    assert [r["value"] for r in defence(figures_in_article("Waffen und Rüstung", order, **DAY))] == [8.5e9]


def test_hryvnias_and_shares_of_federal_spending_and_what_is_not_military():
    text = ("Im Haushaltsentwurf ist die Verteidigung mit 2,8 Billionen Hryvnias bedacht. Für Russland sind im Haushalt 2026 38 % "
            "aller Bundesausgaben auf Verteidigung und nationale Sicherheit vorgesehen. Nicht-militärische Ausgaben umfassen die "
            "Bedienung der Staatsschuld mit über 513 Milliarden Hryvnias.")
    rows = defence(figures_in_article("Kriegshaushalt", text, **DAY))
    assert [(r["value"], r["unit"]) for r in rows] == [(2.8e12, "uah"), (38, "pct_budget")]


def test_defence_ministers_and_institutions_name_the_state_of_an_article():
    text = ("Generell kündigte Francken eine massive Erhöhung der Verteidigungsausgaben an. Allein für Munition sollen "
            "11 Milliarden Euro ausgegeben werden.")
    assert only(defence(figures_in_article("Mehr Geld für die Armee", text, **DAY)))["subject"] == "BE"
    house = "Der Haushaltsausschuss des Repräsentantenhauses billigte einen Verteidigungsausgabenplan von 831,5 Milliarden Dollar."
    assert only(defence(figures_in_article("Militärbudget", house, **DAY)))["subject"] == "US"
    vilnius = ("Wie das Verteidigungsministerium in Vilnius und der Rüstungskonzern KNDS mitteilten, hat der Vertrag über "
               "Haubitzen ein Auftragsvolumen von rund 210 Millionen Euro.")
    assert only(defence(figures_in_article("Haubitzen", vilnius, **DAY)))["subject"] == "LT"


def test_a_states_plan_that_matches_what_nato_asks_is_the_states():
    text = ("Belgien will seine Armee stärken. Laut Koalitionsvertrag sollen bis 2029, wie von der NATO gefordert, 2 Prozent "
            "des Bruttoinlandsprodukts (BIP) für die Verteidigung bereitgestellt werden.")
    assert [r["subject"] for r in defence(figures_in_article("Belgiens Verteidigung", text, **DAY))] == ["BE"]
    target = "Die Nato verlangt von ihren Mitgliedern, 2 Prozent des Bruttoinlandsprodukts für Verteidigung auszugeben."
    assert only(defence(figures_in_text(target, **DAY)))["subject"] == "NATO"


def test_in_an_article_on_arms_exports_what_other_states_buy_is_the_exporters_sales():
    text = ("Die deutsche Bundesregierung hat in diesem Jahr bisher Rüstungsexporte im Wert von mindestens 4,62 Milliarden Euro "
            "genehmigt.\n\nDie USA erhielten in diesem Jahr Waffen für 265,8 Millionen Euro, das Vereinigte Königreich für "
            "227 Millionen Euro. Südkorea hat von der Bundesregierung Waffenlieferungen im Wert von 201,7 Millionen Euro "
            "genehmigt bekommen. Die Öffentliche Entwicklungsarbeit kostet 0,43 Prozent des BIP.")
    assert defence(figures_in_article("", text, **DAY)) == []


def test_money_for_security_is_defence_in_an_article_about_defence_only():
    text = ("Dänemark will umgerechnet knapp zwei Milliarden Franken investieren, um die Sicherheit in der Arktis zu erhöhen. "
            "Verteidigungsminister Poulsen betonte die Bedeutung dieser Region für die Verteidigung.\n\n"
            "«In der Arktis gibt es ernsthafte Herausforderungen für die Sicherheit und die Verteidigung», erklärte "
            "Verteidigungsminister Troels Lund Poulsen. Deshalb sollten 14,6 Milliarden Kronen in die Sicherheit der Region "
            "investiert werden.")
    rows = defence(figures_in_article("Dänemark will zwei Milliarden Franken für die Sicherheit in der Arktis ausgeben", text, **DAY))
    assert [(r["value"], r["unit"], r["subject"]) for r in rows if r["field"] == "text"][-1:] == [(14.6e9, "dkk", "DK")]
    assert any(r["field"] == "title" for r in rows)
    plain = "Die Stadt will 20 Millionen Euro in die Sicherheit der Bahnhöfe investieren."
    assert defence(figures_in_article("Neue Kameras", plain, **DAY)) == []


def test_an_amount_taken_up_later_as_defence_money_is_defence_money_with_its_conversion():
    text = ("Die dänische Regierung gibt Mittel in Höhe von 14 Milliarden dänischer Kronen (1,87 Milliarden Euro) für den "
            "Kapazitätsaufbau in der Arktis frei.\n\nDie 14 Milliarden Kronen sollen unter anderem in drei neue Fregatten "
            "für die Marine fließen.")
    rows = defence(figures_in_article("Dänemark schnürt Paket", text, **DAY))
    assert [(r["value"], r["unit"]) for r in rows] == [(14e9, "dkk"), (1.87e9, "eur"), (14e9, "dkk")]
    other = ("Die Stadt gibt 14 Milliarden Kronen für Schulen aus.\n\nAuch die Marine bekommt 14 Milliarden Kronen für neue Fregatten.")
    assert [r["sentence"][:9] for r in defence(figures_in_article("", other, **DAY))] == ["Auch die "]


def test_an_exchange_rate_is_not_an_amount():
    text = ("Militärbasen im Norden werden mit bis zu 18 Milliarden AUD für die Verteidigung aufgerüstet.\n\n"
            "($1 = 1,5574 Australische Dollar)")
    assert [r["quote"] for r in figures_in_article("Aufrüstung", text, **DAY)] == ["18 Milliarden AUD"]


def test_every_currency_the_finder_reads_is_a_unit_of_the_figures_table():
    from analysis import patterns, schema
    assert set(patterns.CURRENCIES.values()) - {"kronen"} <= set(schema.CURRENCY_UNITS)


def test_military_construction_is_defence_money():
    text = ("Die Ausgaben für Baumaßnahmen bei der Bundeswehr in Hessen sind deutlich gestiegen.\n\n"
            "2024 investierte der Bund hier rund 43 Millionen Euro - nach etwa 24 Millionen Euro im Vorjahr, wie das "
            "Finanzministerium mitteilte.")
    assert [r["value"] for r in defence(figures_in_article("", text, **DAY))] == [43e6, 24e6]
    austria = ("Das österreichische Bundesheer nimmt heuer rund 473 Millionen Euro für die Modernisierung der militärischen "
               "Infrastruktur in die Hand. Die Steiermark erhält knapp 77,9 Mio. Euro, davon 13,6 Millionen Euro für einen Hangar "
               "für Hubschrauber am Fliegerhorst. Der Rest verteilt sich auf die anderen Bundesländer Tirol (39,2 Mio.) und "
               "Vorarlberg (4,8 Mio.).")
    assert [r["value"] for r in defence(figures_in_article("", austria, **DAY))] == [473e6, 77.9e6, 13.6e6, 39.2e6, 4.8e6]


def test_a_total_whose_part_is_for_defence_is_not_defence_money():
    text = "Geplant sind Mehrausgaben von 500 Milliarden Euro, davon 495 Milliarden Euro für die Verteidigung."
    assert [r["value"] for r in defence(figures_in_article("Haushalt", text, **DAY))] == [495e9]


def test_cuts_of_foreign_aid_to_pay_for_the_army_are_not_defence_money():
    text = ("Der Ständerat will das Armeebudget erhöhen. Kompensiert werden soll die Armee-Nachrüstung mit einer "
            "250-Millionen-Franken-Kürzung bei der Auslandshilfe. Die Kürzung von 30 Millionen Franken bei der Auslandshilfe ist "
            "Teil eines Pakets von 346 Millionen Franken.")
    assert defence(figures_in_article("Mehr Geld für die Armee", text, **DAY)) == []


def test_an_arms_makers_plant_is_its_own_money_but_a_state_paid_one_is_defence():
    text = ("Der Rüstungskonzern Rheinmetall hat eine etwa 200 Millionen Euro teure Fabrik für Rumpfteile des Kampfjets F-35 "
            "fertig gebaut.")
    assert defence(figures_in_article("Rheinmetall eröffnet Werk", text, **DAY)) == []
    state = "Die Bundeswehr investiert 300 Millionen Euro in eine neue Munitionsfabrik am Standort Unterlüß von Rheinmetall."
    assert [r["value"] for r in defence(figures_in_article("Rheinmetall", state, **DAY))] == [300e6]


def test_money_needed_for_what_the_sentence_before_names():
    text = ("Die Sicherheit und Verteidigung der Schweiz sollen gestärkt werden. Dafür braucht es rund 31 Milliarden Franken. "
            "Die Armee ist nicht ausreichend ausgerüstet.")
    assert [r["value"] for r in defence(figures_in_article("Geld für die Armee", text, **DAY))] == [31e9]


def test_a_raise_to_more_than_one_percent_is_a_level_not_the_debt_brakes_line():
    text = "Die Arbeitsgruppe stellt das Konzept eines Ausbaus des Armeebudgets auf mehr als 1 Prozent des BIP bis 2035 infrage."
    assert [(r["value"], r["unit"]) for r in defence(figures_in_article("Armee", text, **DAY))] == [(1.0, "pct_gdp")]
    brake = "Verteidigungsausgaben über 1 Prozent des BIP sollen von der Schuldenbremse ausgenommen werden."
    assert defence(figures_in_article("Schuldenbremse", brake, **DAY)) == []


def test_an_amount_explained_by_the_next_sentence_and_a_restated_expectation():
    text = ("Mehr als 180 Millionen Euro. Das investiert der Bund in ein neues Truppenlager der Bundeswehr in Grafenwöhr.")
    assert [r["value"] for r in defence(figures_in_article("Spatenstich", text, **DAY))] == [180e6]
    swiss = ("Für die F-35 hat die Schweiz bis im Sommer Anzahlungen von 870 Millionen Franken überwiesen. Bis Ende Jahr dürfte "
             "es eine Milliarde sein.")
    assert [r["value"] for r in defence(figures_in_article("Kampfjets", swiss, **DAY))] == [870e6, 1e9]
    thuringia = ("Die Bundeswehr plant Investitionen in ihre Standorte. Insgesamt seien 45 Baumaßnahmen in den Kasernen geplant, "
                 "sagte ein Sprecher. Die Gesamtkosten der geplanten Investitionen beliefen sich auf etwa 130 Millionen Euro.")
    assert [r["value"] for r in defence(figures_in_article("", thuringia, **DAY))] == [130e6]


def test_natos_target_named_as_such_is_the_alliances_unless_a_state_owns_it():
    text = ("Rutte äußerte sich wenige Tage vor dem NATO-Gipfeltreffen im niederländischen Den Haag. Dort soll über ein neues "
            "Ziel von mindestens 3,5 Prozent beraten werden. Hinzu kommen könnten noch einmal 1,5 Prozent für verteidigungsrelevante "
            "Ausgaben.")
    assert [r["subject"] for r in defence(figures_in_article("Nato-Gipfel", text, **DAY))] == ["NATO", "NATO"]
    own = ("Die Nato verlangt mehr. Spaniens Ziel war es bislang, die zwei Prozent im Jahr 2029 zu erreichen.")
    assert [r["subject"] for r in defence(figures_in_article("Nato-Gipfel", own, **DAY))] != ["NATO"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("Der Auftrag der Bundeswehr soll 900 Mill. Euro wert sein.", 900e6, "eur"),
    ("Die Armee erhält 2,1 Mia. Franken mehr für die Luftverteidigung.", 2.1e9, "chf"),
])
def test_abbreviated_scales(text, value, unit):
    assert [(r["value"], r["unit"]) for r in defence(figures_in_text(text, **DAY))] == [(value, unit)]


def test_the_conversion_of_a_companys_result_is_no_defence_money():
    text = ("Der Betriebsgewinn des Herstellers des Kampfjets Gripen stieg um 16 Prozent auf 1,37 Milliarden Kronen "
            "(145,5 Millionen US-Dollar).")
    assert defence(figures_in_article("Saab", text, **DAY)) == []
    budget = "Schweden erhöht den Verteidigungshaushalt um 26,6 Milliarden Kronen (2,4 Milliarden Euro)."
    assert [r["value"] for r in defence(figures_in_article("Schweden rüstet auf", budget, **DAY))] == [26.6e9, 2.4e9]


def test_a_state_receiving_from_another_gets_aid_from_the_giver():
    text = ("Außerdem erhält die Ukraine von den Niederlanden 700 Millionen Euro für UAVs, darunter 400 Millionen für Produkte "
            "aus ukrainischer Herstellung.")
    rows = defence(figures_in_text(text, **DAY))
    assert [(r["value"], r["category"], r["subject"]) for r in rows] == [(700e6, "aid", "NL"), (400e6, "aid", "NL")]


@pytest.mark.parametrize(("text", "quote", "value", "unit"), [
    ("Verteidigungshaushalt 2026 – 108 Milliarden Euro, 12.000 neue Planstellen", "108 Milliarden Euro", 108e9, "eur"),
    ("Rumäniens Militärausgaben: 2018 waren es 1,79 Prozent des BIP, 2019 - 1,84 Prozent.", "1,84 Prozent", 1.84, "pct_gdp"),
])
def test_a_year_and_a_dash_before_an_amount_is_a_label_not_a_range(text, quote, value, unit):
    rows = [r for r in defence(figures_in_text(text, **DAY)) if r["value"] == value]
    assert [(r["quote"], r["unit"], r["value_max"] != r["value_max"]) for r in rows] == [(quote, unit, True)]
    # a rising pair stays a range
    assert [(r["value"], r["value_max"]) for r in figures_in_text("Der Wehretat soll 80 - 90 Milliarden Euro betragen.", **DAY)] \
        == [(80e9, 90e9)]


@pytest.mark.parametrize("text", [
    "Jeder für die Verteidigung ausgegebene Dollar vergrößert die Wirtschaft um mehr als einen Dollar.",
    "Sie schätzen, dass ein zusätzlicher Euro für die Rüstungsindustrie höchstens 50 Cent an Produktion schaffe.",
    "Mindestens 2.600 Euro brutto soll es für Wehrdienstleistende geben, für Soldaten auf Zeit sogar 2.700 Euro.",
    "Fast 900 Euro mehr Brutto: So viel sollen Wehrdienstleistende der Bundeswehr künftig verdienen",
    "Die Papiere des Rüstungskonzerns kletterten erstmals über 1.900 Euro und wurden zu 1.936 Euro gehandelt.",
    "Die Drohnen des mit einer Bewertung von zwölf Milliarden Euro wertvollsten Rüstungs-Start-ups fliegen in der Ukraine.",
    "Der Drohnenhersteller hat sich in einer Finanzierungsrunde weitere 150 Millionen Euro gesichert.",
    "Venture-Capital-Geber investierten fast eine Milliarde US-Dollar in Verteidigungstechnologien.",
])
def test_pay_shares_funding_rounds_and_one_unit_are_no_defence_money(text):
    assert defence(figures_in_article("Rüstung", text, **DAY)) == []


def test_the_soldiers_pay_of_the_whole_force_stays_a_budget():
    text = "Für den Wehrsold der Soldaten sind im Verteidigungshaushalt 2026 rund 1,2 Milliarden Euro vorgesehen."
    assert [r["value"] for r in defence(figures_in_text(text, **DAY))] == [1.2e9]


def test_a_percentage_above_half_the_economy_is_no_inherited_gdp_share():
    text = ("Nato-Generalsekretär Mark Rutte hatte gesagt, dass er beim Gipfel mit einer Einigung auf fünf Prozent des BIP rechnet.\n\n"
            "Auch die Rüstungswerte Renk und Hensoldt erreichten Rekorde. Das Jahresplus von Renk beträgt 325 Prozent, das von "
            "Hensoldt liegt bei 166 Prozent.")
    assert [r["value"] for r in defence(figures_in_article("Rüstung", text, **DAY))] == [5.0]


def test_a_defence_ministers_project_is_his_states_and_forces_abroad_are_not_their_hosts():
    text = ("Die Litauen-Brigade, ein Prestigeprojekt von Verteidigungsminister Boris Pistorius (SPD), wird über zehn Milliarden "
            "kosten - allerdings übernimmt davon Litauen einen Teil. So werden die Kosten für die 105 neuen Kampfpanzer, von denen "
            "35 Fahrzeuge für die Brigade in Litauen vorgesehen sind, insgesamt knapp drei Milliarden Euro betragen.")
    rows = defence(figures_in_article("Bundeswehr", text, **DAY))
    assert [(r["value"], r["subject"]) for r in rows] == [(10e9, "DE"), (3e9, "DE")]


def test_spending_on_ukraine_and_the_alliances_comparison_figures_do_not_make_a_subject():
    text = ("Für die Verteidigungsausgaben sind in diesem Jahr – ohne Sondervermögen und ohne Ukraine-Ausgaben – 62 Milliarden "
            "Euro vorgesehen, teilte die Bundesregierung mit.")
    assert [r["subject"] for r in defence(figures_in_article("Bundeswehr", text, **DAY))] == ["DE"]
    nato = ("Die Bundesregierung übermittelte der Nato für das laufende Jahr einen Betrag, der in Vergleichszahlen des "
            "Verteidigungsbündnisses einer Summe von 73,41 Milliarden Dollar für Verteidigung entspricht.")
    assert [r["subject"] for r in defence(figures_in_article("Bundeswehr", nato, **DAY))] == ["DE"]


@pytest.mark.parametrize("text", [
    "Mit dem neuen Nato-Ziel, 3,5 Prozent des Bruttoinlandsprodukts für Verteidigung auszugeben, wird Deutschland tiefer in die Tasche greifen.",
    "Mithilfe des Sondervermögens schafft die Bundesregierung die NATO-Zielvorgabe, jährlich mindestens zwei Prozent des BIP für Verteidigung auszugeben.",
])
def test_natos_target_named_before_a_comma_is_the_alliances(text):
    assert [r["subject"] for r in defence(figures_in_article("Bundeswehr", text, **DAY))] == ["NATO"]


def test_the_target_reached_by_a_member_is_natos_and_a_non_members_is_its_own():
    text = ("Kanada wird in diesem Jahr das Ziel von 2% des BIP bei den Militärausgaben erreichen, kündigte Mark Carney an. "
            "Damit liegt Rumänien knapp unter dem Bündnisdurchschnitt von 1,73 % für Verteidigung.")
    assert [r["subject"] for r in defence(figures_in_article("Nato", text, **DAY))] == ["NATO", "NATO"]
    japan = ("Japan erhöht seinen Verteidigungshaushalt. Die Regierung will das Ziel von 2 Prozent des BIP bis März erreichen.")
    assert [r["subject"] for r in defence(figures_in_article("Japan rüstet auf", japan, **DAY))] == ["JP"]


def test_inflation_adjusted_world_spending_is_defence_money():
    text = ("Das SIPRI hat berichtet, dass die weltweiten Militärausgaben 2024 ein Rekordniveau erreicht haben. Laut dem Bericht "
            "stiegen die inflationsbereinigten Ausgaben um 9,4 % und erreichten 2,72 Billionen Dollar.")
    assert [r["value"] for r in defence(figures_in_article("Militärausgaben", text, **DAY))] == [2.72e12]


@pytest.mark.parametrize("text", [
    "Die Vereinigten Staaten haben 11,1 Milliarden US-Dollar genehmigt Waffenverkäufe nach Taiwan.",
    "Die Vereinigten Staaten haben den möglichen Verkauf von 20 F-16-Kampfflugzeugen an die Philippinen für mehr als 5 Milliarden Dollar genehmigt.",
    "Die Regierung strebt die Genehmigung des Kongresses für ein Militärverkaufsprogramm im Wert von etwa 6 Milliarden Dollar an Israel an.",
])
def test_a_sellers_approval_of_arms_sales_is_an_export(text):
    assert defence(figures_in_article("Waffen", text, **DAY)) == []


def test_a_headline_on_arms_sales_makes_its_amounts_exports():
    text = "Die USA wollen Taiwan Waffen im Rekordwert von 11,1 Milliarden Dollar (9,47 Mrd. Euro) liefern."
    assert defence(figures_in_article("Größter Waffenverkauf der Geschichte für Taiwan", text, **DAY)) == []


@pytest.mark.parametrize(("text", "subject"), [
    ("Der US-Senat hat heute einen Rekordverteidigungshaushalt in Höhe von 901 Milliarden Dollar verabschiedet.", "US"),
    ("Parallel dazu hat das US-Repräsentantenhaus ein 60-Milliarden-Dollar-Militärhilfepaket für die Ukraine verabschiedet.", "US"),
    ("Peking hat die Genehmigung von US-Militärhilfen in Höhe von 571,3 Millionen Dollar für Taiwan scharf kritisiert.", "US"),
    ("Das Sondervermögen, das sind jene 100 Milliarden Euro, die die Regierung nach dem Angriff Russlands auf die Ukraine für "
     "die deutsche Armee zur Verfügung stellte.", "DE"),
    ("Der an Russland und Belarus grenzende Ostseestaat Lettland wird im kommenden Jahr 1,56 Milliarden Euro für die Verteidigung ausgeben.", "LV"),
])
def test_subjects_of_legislatures_donors_attackers_and_neighbours(text, subject):
    assert [r["subject"] for r in defence(figures_in_article("Verteidigung", text, **DAY))][:1] == [subject]


def test_a_threat_by_a_state_is_not_its_spending():
    text = ("Taiwan hat angesichts der Bedrohung durch China eine massive Erhöhung der Verteidigungsausgaben auf 40 Milliarden "
            "US-Dollar angekündigt.")
    assert [r["subject"] for r in defence(figures_in_article("Taiwan", text, **DAY))] == ["TW"]


def test_a_package_with_a_military_part_is_mixed_and_the_part_is_aid():
    text = ("Deshalb kündigen wir ein neues Hilfspaket in Höhe von 500 Millionen Euro an, von denen 350 Millionen für militärische "
            "Unterstützung bereitgestellt werden, sagte der norwegische Premierminister.")
    assert [r["value"] for r in defence(figures_in_article("Ukraine", text, **DAY))] == [350e6]


def test_a_sentence_that_continues_a_series_and_allocations_after_a_conversion():
    text = ("Australien erhöht seine Verteidigungsausgaben massiv. Bis 2027–2028 sollen die Verteidigungsausgaben auf 67,4 Milliarden "
            "australische Dollar steigen. Bis 2033–2034 sogar auf 100 Milliarden australische Dollar (ca. 61 Mrd. EUR). Im jüngsten "
            "Haushaltsentwurf sieht die Regierung 16,7 Milliarden australische Dollar (ca. 10 Mrd. EUR) für die Beschaffung von "
            "Ausrüstung für die Streitkräfte vor.")
    rows = defence(figures_in_article("Australien erhöht Verteidigungsausgaben massiv", text, **DAY))
    assert [r["value"] for r in rows] == pytest.approx([67.4e9, 100e9, 61e9, 16.7e9, 10e9])


def test_a_paragraph_naming_dividends_does_not_hide_a_defence_budget_named_just_before():
    text = ("US-Präsident Donald Trump plant eine massive Steigerung des Verteidigungshaushalts. Er kündigte an, die Mittel für das "
            "Jahr 2027 von aktuell 901 Milliarden auf 1,5 Billionen Dollar zu erhöhen. Die Einnahmen reichten auch für "
            "Dividendenzahlungen an Bürger.")
    assert [r["value"] for r in defence(figures_in_article("Trump", text, **DAY))] == [901e9, 1.5e12]


def test_polands_east_shield_and_the_debt_brake_line_and_natos_floor():
    shield = "Polen kündigte Investitionen im Umfang von zehn Milliarden Zloty in den Schutzschild Ost an."
    assert [r["value"] for r in defence(figures_in_article("Polen", shield, **DAY))] == [10e9]
    line = ("Die Ausnahme soll nicht mehr nur für Verteidigungsausgaben ab einer Höhe entsprechend einem Prozent des "
            "Bruttoinlandsprodukts gelten.")
    assert defence(figures_in_article("Schuldenbremse", line, **DAY)) == []
    floor = ("Die von der Allianz bislang geforderte Untergrenze von zwei Prozent des Bruttoinlandsprodukts wird von Deutschland "
             "nur durch das Sondervermögen erreicht.")
    assert [r["subject"] for r in defence(figures_in_article("Bundeswehr", floor, **DAY))] == ["NATO"]


def test_the_verb_betrug_is_no_fraud_and_our_contribution_refers_back():
    text = ("Der dänische Verteidigungsminister erklärte, dass Dänemark im kommenden Jahr 9,4 Milliarden Kronen Militärhilfe "
            "für die Ukraine bereitstellen werde. „Im vergangenen Jahr betrug unser Beitrag 16,5 Milliarden Kronen“, sagte er.")
    assert [r["value"] for r in defence(figures_in_article("Dänemark", text, **DAY))] == [9.4e9, 16.5e9]
    plural = "Die Verteidigungsausgaben Polens betrugen im vergangenen Jahr 4,1 Prozent des BIP."
    assert [r["value"] for r in defence(figures_in_text(plural, **DAY))] == [4.1]


def test_an_unnamed_ministry_on_a_sites_home_domain_is_that_states():
    from analysis.spending import extract_figures

    text = "Das Verteidigungsministerium rechnet für die neuen Kasernen mit Mehrkosten von rund 640 Millionen Euro."
    articles = pd.DataFrame({"article_id": ["a", "b", "c"], "title": ["Kasernen"] * 3, "text": [text] * 3,
                             "published": [pd.Timestamp("2025-06-25", tz=BERLIN)] * 3, "date_precision": ["day"] * 3,
                             "outlet": ["zeit.de", "Der Standard", "Reuters"],
                             "url": ["https://www.zeit.de/x", "https://www.derstandard.at/story/1", "https://www.reuters.com/y"]})
    rows = extract_figures(articles, progress=False)
    assert list(rows[rows["is_defence"]].sort_values("article_id")["subject"].fillna("")) == ["DE", "AT", ""]
    named = articles.assign(text="Das Verteidigungsministerium in Kopenhagen rechnet mit Mehrkosten von rund 640 Millionen Euro "
                                 "für Dänemarks neue Kasernen.")
    assert set(extract_figures(named, progress=False)["subject"]) == {"DK"}


def test_the_figure_cache_key_carries_the_home_state():
    from analysis.cache import article_keys

    articles = pd.DataFrame({"article_id": ["a", "a"], "title": ["T", "T"], "published": [pd.NaT, pd.NaT],
                             "date_precision": ["none", "none"], "outlet": ["zeit.de", "derstandard.at"], "url": [None, None]})
    keys = article_keys(articles)
    assert keys.iloc[0] != keys.iloc[1]


@pytest.mark.parametrize(("text", "subject"), [
    ("Der spanische Ministerpräsident Pedro Sánchez erklärte, dass sein Land die fünf Prozent für Verteidigung nicht erfüllen müsse.", "ES"),
    ("Meloni bekräftigte während des Nato-Treffens das Zwei-Prozent-Ziel ihres Landes.", "IT"),
])
def test_his_or_her_country_is_the_speakers_state(text, subject):
    assert [r["subject"] for r in defence(figures_in_article("Nato-Gipfel", text, **DAY))] == [subject]


def test_a_state_described_as_a_nato_member_does_not_make_the_alliance_the_spender():
    text = ("Lettland wird seine Verteidigungsausgaben weiter erhöhen. Das baltische EU- und Nato-Land will im kommenden Jahr "
            "vier Prozent und in den darauffolgenden Jahren fünf Prozent seines Bruttoinlandsproduktes für Verteidigung ausgeben.")
    assert [r["subject"] for r in defence(figures_in_article("Lettland rüstet auf", text, **DAY))] == ["LV", "LV"]


@pytest.mark.parametrize(("title", "text", "subjects"), [
    ("Schweiz", "Denn die USA machen zusätzliche 650 Millionen bis 1,3 Milliarden Franken für die F-35-Kampfjets geltend, während "
     "die Schweiz von einem Festpreis ausgeht.", ["CH"]),
    ("EU", "Die EU stellt in den nächsten 36 Monaten 40 Millionen Euro für die Streitkräfte der Republik Moldau bereit.", ["EU"]),
    ("Schweden", "Seit 2022 - als Russland in der Ukraine einfiel - sei der schwedische Verteidigungshaushalt um 100 Milliarden "
     "Kronen erhöht worden.", ["SE"]),
    ("Belgien", "Belgien erhöht sein Militärbudget. Mit den vier Milliarden Euro will Verteidigungsminister Francken vor allem neue "
     "Munition kaufen und weiter die Ukraine unterstützen.", ["BE"]),
    ("Niederlande", "Die Ukraine braucht Drohnen. Das Land werde 500 Millionen Euro für ein Militärhilfepaket zahlen, teilt das "
     "niederländische Verteidigungsministerium mit.", ["NL"]),
])
def test_buyers_currency_beneficiaries_invaders_supported_states_and_the_land_of_a_ministry(title, text, subjects):
    assert [r["subject"] for r in defence(figures_in_article(title, text, **DAY))] == subjects


def test_bip_prozent_is_a_share_of_gdp():
    text = "Rumäniens Verteidigungsausgaben lagen im vergangenen Jahr bei 1,6 BIP-Prozent."
    assert [(r["quote"], r["unit"]) for r in defence(figures_in_text(text, **DAY))] == [("1,6 BIP-Prozent", "pct_gdp")]


def test_the_buyer_in_an_article_on_exports_and_where_equipment_is_made():
    text = ("Großbritannien hat eine Exportgenehmigung für Eurofighter an die Türkei erteilt. Demnach will die Türkei 20 der in "
            "Großbritannien montierten Typhoon-Kampfflugzeuge im Wert von umgerechnet mehr als neun Milliarden Euro kaufen.")
    rows = defence(figures_in_article("Rüstungsexport: Türkei will 20 Eurofighter kaufen", text, **DAY))
    assert [(r["value"], r["category"], r["subject"]) for r in rows] == [(9e9, "procurement", "TR")]
    approval = ("Großbritannien hat eine Exportgenehmigung für Eurofighter an die Türkei erteilt. Die Regierung genehmigte den "
                "Verkauf der Kampfjets, die die Türkei für neun Milliarden Euro kaufen will.")
    assert defence(figures_in_article("Rüstungsexport: Türkei will 20 Eurofighter kaufen", approval, **DAY)) == []


def test_an_amount_at_the_end_of_a_line_is_not_a_count_of_the_next_lines_first_word():
    text = ("Der US-Kongress prüft 800 Millionen US-Dollar an militärischer Hilfe für die Ukraine. Bei einem Verteidigungsetat "
            "von 900 Mrd.\nIm nächsten Jahr werden die Vereinigten Staaten 400 Millionen US-Dollar bereitstellen.")
    assert 900e9 in [r["value"] for r in defence(figures_in_article("NDAA", text, **DAY))]
    assert [r["quote"] for r in figures_in_text("Das betrifft 1,1 Millionen Menschen in der Region.", **DAY)] == []


@pytest.mark.parametrize("text", [
    "Dazu soll ein Sondervermögen kommen, aus dem bis zu 500 Milliarden Euro in die Infrastruktur fließen können.",
    "Es geht um ein Aufrüstungspaket und Kreditermächtigungen in Höhe von 500 Milliarden Euro für Infrastruktur.",
])
def test_the_infrastructure_fund_named_by_its_purpose_is_no_defence_money(text):
    assert defence(figures_in_article("Bundeswehr und Schuldenbremse", text, **DAY)) == []


def test_a_range_of_percentages_each_with_its_sign():
    text = "Die baltischen Staaten und Polen werden zwischen 3,2% und 4,7% für Verteidigung ausgeben."
    assert [(r["value"], r["value_max"]) for r in defence(figures_in_text(text, **DAY))] == [(3.2, 4.7)]


def test_military_and_civil_money_together_is_no_defence_money_but_its_military_part_is():
    text = ("Schweden kündigte ein neues Militärhilfepaket an. Die gesamte militärische und zivile Unterstützung Schwedens für "
            "die Ukraine wird sich auf mehr als 100 Mrd. SEK belaufen.")
    assert defence(figures_in_article("Schweden", text, **DAY)) == []
    part = "Die militärische und zivile Hilfe beträgt 30 Milliarden Euro, davon 20 Milliarden Euro für die Streitkräfte."
    assert [r["value"] for r in defence(figures_in_article("Ukraine", part, **DAY))] == [20e9]


@pytest.mark.parametrize("text", [
    "Finnland gibt aktuell bereits mehr als die von der NATO geforderten zwei Prozent des BIP für Verteidigung aus.",
    "Deutschland erreichte das Zwei-Prozent-Ziel der Nato erstmals im vergangenen Jahr.",
    "Tschechien hat erstmals wieder das Nato-Ziel erreicht, mindestens zwei Prozent der Wirtschaftsleistung in die Verteidigung zu investieren.",
    "Trotzdem verfügt Kanada noch immer nicht über einen Zeitplan für die Erreichung des NATO-Ausgabenziels von 2 %.",
    "Zu den 3,5 Prozent des BIP für Aufrüstung soll jedes Land der Nato zudem 1,5 Prozent für Infrastruktur ausgeben.",
])
def test_natos_target_reached_or_demanded_is_the_alliances(text):
    assert {r["subject"] for r in defence(figures_in_article("Nato", text, **DAY))} == {"NATO"}


@pytest.mark.parametrize("text", [
    "Spanien lehnt das ab. US-Präsident Trump fordert fünf Prozent für Verteidigung.",
    "Spanien lehnt das ab. Die USA etwa haben fünf Prozent für Verteidigung gefordert.",
])
def test_a_us_demand_at_natos_level_is_asked_of_the_alliance(text):
    assert [r["subject"] for r in defence(figures_in_article("Nato-Gipfel: Spanien", text, **DAY))] == ["NATO"]


def test_a_states_own_genitive_target_stays_its_own():
    text = "Spaniens Zwei-Prozent-Ziel für Verteidigung soll 2029 erreicht werden."
    assert [r["subject"] for r in defence(figures_in_article("Spanien", text, **DAY))] == ["ES"]


def test_shares_of_a_budget_for_defence_and_the_level_compared_with():
    text = "Der Anteil der Verteidigungsausgaben am russischen Haushalt steigt auf 32,5 Prozent gegenüber 28,3 Prozent in diesem Jahr."
    assert [(r["value"], r["unit"]) for r in defence(figures_in_article("Russland", text, **DAY))] == [(32.5, "pct_budget"), (28.3, "pct_budget")]
    compared = "Die Verteidigung wird im nächsten Jahr 32,5 Prozent des russischen Bundeshaushalts ausmachen, gegenüber 28,3 Prozent in diesem Jahr."
    assert [r["value"] for r in defence(figures_in_article("Russland", compared, **DAY))] == [32.5, 28.3]


@pytest.mark.parametrize(("text", "subject"), [
    ("Die Deutschen rechnen mit monatlichen Kosten von mehr als 30 Millionen Euro für die Brigade in Litauen.", "DE"),
    ("Wie von Rutte gefordert, sieht das neue Ziel der Niederländer eine Anhebung der Verteidigungsausgaben auf fünf Prozent vor.", "NL"),
])
def test_a_nation_named_by_its_people_is_the_spender(text, subject):
    assert [r["subject"] for r in defence(figures_in_article("Verteidigung", text, **DAY))] == [subject]


def test_no_alliance_subject_for_a_share_at_no_target_level_or_the_alliance_as_a_comparison():
    text = ("Die Niederlande bereiten sich mit dem 5 Prozent NATO-Ziel auf eine massive Ausweitung ihrer Verteidigungsausgaben vor. "
            "2026 sollen die Ausgaben auf 2,2 Prozent des BIP steigen.")
    rows = defence(figures_in_article("Niederlande beschließen NATO-Ausgaben", text, **DAY))
    assert [(r["value"], r["subject"]) for r in rows][1:] == [(2.2, "NL")]
    spain = ("Spanien hat sich geweigert, seine Militärausgaben – die niedrigsten in der NATO – zu erhöhen und hält an einem "
             "Verteidigungsbudget von nur 1,32 % des BIP fest.")
    assert [r["subject"] for r in defence(figures_in_article("Spanien", spain, **DAY))] == ["ES"]


def test_military_sites_money_taken_up_next_and_a_ministers_works():
    site = "Die größte Summe entfällt auf den Marinestandort Wilhelmshaven, wo mehr als 1,6 Milliarden Euro investiert werden."
    assert [r["value"] for r in defence(figures_in_article("Investitionen in Niedersachsen", site, **DAY))] == [1.6e9]
    port = ("Der Bund investiert rund 1,35 Milliarden Euro in die Häfen in Bremerhaven. Das Geld soll in militärisch nutzbare "
            "Infrastruktur fließen, kündigte die Senatskanzlei an.")
    assert [r["value"] for r in defence(figures_in_article("Rekordsumme für die Häfen", port, **DAY))] == [1.35e9]
    works = ("Verteidigungsminister Boris Pistorius hat Investitionen für Standorte im Saarland angekündigt. Für die Erweiterung "
             "des Munitionsdepots in Perl stünden 230 Millionen Euro bereit sowie 375 Millionen Euro zum Umbau des HIL-Werks.")
    assert [r["value"] for r in defence(figures_in_article("Pistorius kündigt Investitionen an", works, **DAY))] == [230e6, 375e6]


def test_a_plan_in_line_with_natos_target_is_the_states_and_new_people_name_their_state():
    text = ("Tschechien senkt seine Ausgaben. Die Vorgängerregierung von Petr Fiala war bereit, die Ausgaben für Verteidigung im "
            "Einklang mit dem auf dem NATO-Gipfel vereinbarten Ziel bis 2035 auf fünf Prozent des Bruttoinlandsprodukts anzuheben.")
    assert [r["subject"] for r in defence(figures_in_article("Tschechien", text, **DAY))] == ["CZ"]
    tajani = "Antonio Tajani will die Verteidigungsausgaben Italiens auf 2,5 Prozent des BIP anheben, sagte Tajani."
    assert [r["subject"] for r in defence(figures_in_article("Rom", tajani, **DAY))] == ["IT"]
    base = "Die Steiermark erhält 13,6 Millionen Euro für Hubschrauber am Fliegerhorst Fiala Fernbrugg des Bundesheeres."
    assert [r["subject"] for r in defence(figures_in_article("Bundesheer", base, **DAY))] != ["CZ"]


def test_a_swiss_credit_is_an_appropriation_and_inflation_driven_costs_no_inflation_topic():
    text = "Der Bundesrat beantragt für die F-35-Kampfjets einen Verpflichtungskredit von 394 Millionen Franken."
    assert [r["value"] for r in defence(figures_in_article("Armee", text, **DAY))] == [394e6]
    costs = "Die Bundeswehr braucht 2 Milliarden Euro, um teuerungsbedingte Mehrkosten der Fregatten abdecken zu können."
    assert [r["value"] for r in defence(figures_in_article("Marine", costs, **DAY))] == [2e9]
    loan = "Die Bank gewährt der Firma einen Kredit von 394 Millionen Euro für ihre Panzerfabrik."
    assert defence(figures_in_article("Rüstung", loan, **DAY)) == []


def test_missiles_named_in_compounds_and_the_singular_are_weapons():
    text = ("Die USA setzen auf Tomahawk-Marschflugkörper. US-Flotten verfügen zudem über SM-3-Abfangraketen, deren Preis bis zu "
            "30 Millionen Dollar beträgt.")
    assert [r["value"] for r in defence(figures_in_article("Iran-Krieg", text, **DAY))] == [30e6]


@pytest.mark.parametrize(("text", "quote"), [
    ("Die Nato fordert die Finanzierung des 2 Prozent-Ziels durch Deutschland.", "2 Prozent-Ziels"),
    ("Die Nato-Staaten verfehlen das Zwei-Prozent Ziel.", "Zwei-Prozent Ziel"),
    ("Die Regierung fühlt sich dem Nato-Ziel über das Zwei-Prozent-Niveau hinaus verpflichtet.", "Zwei-Prozent-Niveau"),
])
def test_target_compounds_written_with_a_space(text, quote):
    assert [(r["quote"], r["unit"]) for r in defence(figures_in_article("Nato", text, **DAY))] == [(quote, "pct_gdp")]


def test_a_budget_hole_is_the_budgets_unless_it_is_the_armys():
    hole = "Die Koalition streitet über die Aufrüstung. Bis 2029 klafft ein Haushaltsloch von 172 Milliarden Euro."
    assert defence(figures_in_article("Bundeswehr und Haushalt", hole, **DAY)) == []
    army = "Der Bundeswehr droht nach Auslaufen des Sondervermögens im Jahr 2028 ein Haushaltsloch von 56 Milliarden Euro."
    assert [r["value"] for r in defence(figures_in_article("Bundeswehr", army, **DAY))] == [56e9]


def test_the_source_of_an_estimate_is_not_the_spender_and_the_owner_after_the_spending_is():
    text = ("Russland hat seine Produktion auf Kriegswirtschaft umgestellt. 40 Prozent des Bundeshaushalts hat das Land im Jahr "
            "2024 ins Militär investiert, vermutet die Europäische Kommission. Die Nato beziffert die Verteidigungsausgaben "
            "Russlands im letzten Jahr auf 462 Milliarden Dollar.")
    assert [r["subject"] for r in defence(figures_in_article("Russland", text, **DAY))] == ["RU", "RU"]


def test_the_german_government_by_its_coalition_and_ministries():
    text = ("Nach dem Angriff auf die Ukraine: Die Ampel-Regierung stockte den Verteidigungshaushalt 2022 mit einem "
            "Sondervermögen von 100 Milliarden Euro auf.")
    assert [r["subject"] for r in defence(figures_in_article("Ukraine", text, **DAY))] == ["DE"]


def test_helping_is_giving_and_the_land_of_a_person_named_in_the_sentence():
    norway = ("Norwegen wird der Ukraine mit einem neuen Finanzierungspaket in Höhe von 500 Millionen Euro helfen, wovon 350 "
              "Millionen für die Bedürfnisse der Streitkräfte vorgesehen sind.")
    assert [(r["value"], r["subject"]) for r in defence(figures_in_article("Ukraine", norway, **DAY))] == [(350e6, "NO")]
    schoof = ("Die Ukraine braucht Drohnen. Das Land werde zudem gemeinsam mit der Ukraine Drohnen im Wert von 500 Millionen "
              "Euro produzieren, kündigte der amtierende Ministerpräsident Dick Schoof in Den Haag an.")
    assert [r["subject"] for r in defence(figures_in_article("Ukraine", schoof, **DAY))] == ["NL"]


def test_a_date_marker_is_no_amount_and_gross_earnings_are_pay():
    assert [c.value for c in find_candidates(" date 2025-12-08 Milliarden-Aufträge für die Werft. Die Marine zahlt 10-20 Milliarden Euro.")] \
        == [10e9]
    text = "So soll es für den sechsmonatigen Wehrdienst einen Bruttoverdienst von 2.600 Euro geben."
    assert defence(figures_in_article("Wehrdienst", text, **DAY)) == []


def test_the_budget_continued_next_sentence_and_eu_bonds_for_arms_loans():
    text = ("Für die Verteidigung sind Ausgaben von 200 Milliarden Złoty eingeplant. Im laufenden Jahr belaufen sich die Mittel "
            "auf 186,6 Milliarden Złoty. Domański erklärte, Sicherheit habe Vorrang.")
    assert [r["value"] for r in defence(figures_in_article("Polens Haushalt", text, **DAY))] == [200e9, 186.6e9]
    safe = ("Die EU will Staaten über ein neues Programm mit dem Namen Safe (Security Action for Europe) Geld geben. Das Programm "
            "sieht vor, dass die Kommission abgesicherte EU-Anleihen vergibt und dann bis zu 150 Milliarden Euro als Darlehen "
            "an die Staaten weitergibt.")
    assert [(r["value"], r["subject"]) for r in defence(figures_in_article("EU", safe, **DAY))] == [(150e9, "EU")]


def test_swiss_thousands_and_a_low_end_written_out():
    assert [(c.value, c.unit) for c in find_candidates("Die Firma kaufte sie für 12'500 Euro, also 500 Euro pro Stück.")] \
        == [(12500.0, "eur"), (500.0, "eur")]
    assert [(c.value, c.value_max) for c in find_candidates("Nun ist er zwischen 500’000 und einer Million Euro wert.")] \
        == [(500000.0, 1e6)]
    text = ("1'234'000'000'000 US-Dollar – das sind fast 1.1 Billionen Franken. So viel hat die Welt im vergangenen Jahr für "
            "Rüstung ausgegeben. Und wenn der Bedarf steigt, dann steigen auch die Umsätze der Rüstungskonzerne und ihre Aktien.")
    assert [r["value"] for r in defence(figures_in_article("Aufrüstung", text, **DAY))] == [1.234e12, 1.1e12]


def test_a_price_plus_inflation_is_the_price_and_proposals_about_projects_are_no_threshold():
    jets = ("Der Bundesrat will nicht alle 36 Kampfjets F-35 kaufen. Das hätte rund 1.2 Milliarden Franken mehr gekostet, weil die "
            "Stimmbevölkerung maximal sechs Milliarden Franken plus Teuerung für neue Kampfjets bewilligt hatte.")
    assert [r["value"] for r in defence(figures_in_article("Kampfjets", jets, **DAY))] == [1.2e9, 6e9]
    committee = ("Die Beschaffung neuer Waffensysteme für die Bundeswehr nimmt Fahrt auf. Der Haushaltsausschuss werde am Mittwoch "
                 "Vorlagen über Rüstungsprojekte im Wert von 40 Milliarden Euro auf dem Tisch haben, sagte Pistorius.")
    assert [r["value"] for r in defence(figures_in_article("Bundeswehr", committee, **DAY))] == [40e9]
    rule = "Vorlagen über 25 Millionen Euro muss der Haushaltsausschuss billigen, sagte der Verteidigungsminister."
    assert defence(figures_in_article("Bundeswehr", rule, **DAY)) == []


def test_an_amount_without_a_spending_word_in_a_paragraph_on_defence_projects():
    text = ("Die Beschaffung neuer Waffensysteme für die Bundeswehr nimmt Fahrt auf, sagte Pistorius.\n\n"
            "\"Das sind Beträge in der Beschaffung, die zeigen, dass es an der Planung nicht liegt\", so der Minister. In den "
            "vergangenen drei Jahren seien 200 große Rüstungsprojekte angestoßen worden. Diese hätten zusammen mehr als 120 Milliarden "
            "Euro erreicht. Viele dieser Waffensysteme kämen nun in der Truppe an.")
    assert [r["value"] for r in defence(figures_in_article("Bundeswehr", text, **DAY))] == [120e9]
    economy = ("Die Verteidigungsausgaben Belgiens sollen steigen, die Armee bekommt neue Panzer.\n\nBelgien wird ein "
               "Bruttoinlandsprodukt von etwas mehr als 600 Milliarden Euro haben. Die Verteidigungsausgaben steigen.")
    assert 600e9 not in [r["value"] for r in defence(figures_in_article("Belgien", economy, **DAY))]


def test_the_bundesregierung_of_an_austrian_site_and_the_bundesrat_of_a_swiss_site():
    text = "225 Radpanzer will die Bundesregierung um insgesamt 1,8 Milliarden Euro für das Heer ankaufen."
    assert [r["subject"] for r in defence(figures_in_article("Panzer", text, home="AT", **DAY))] == ["AT"]
    assert [r["subject"] for r in defence(figures_in_article("Panzer", text, home="DE", **DAY))] == ["DE"]
    swiss = "Der Bundesrat will für die Armee ab 2028 zusätzlich 31 Milliarden Franken für Rüstungsbeschaffungen ausgeben."
    assert [r["subject"] for r in defence(figures_in_article("Armee", swiss, home="CH", **DAY))] == ["CH"]


def test_a_part_of_the_members_is_no_one_spender_but_one_and_the_others_are_all():
    group = "Am Donnerstag hatten die nordischen und baltischen Nato-Länder ein Paket für Waffen von 500 Millionen Dollar zugesagt."
    assert [r["subject"] for r in defence(figures_in_article("Ukraine", group, **DAY))] == [""]
    europe = "Bis 2035 kommen auf Europas Nato-Staaten rund eine Billion Euro an Ausgaben für Verteidigung zu."
    assert [r["subject"] for r in defence(figures_in_article("Nato", europe, **DAY))] == [""]
    target = "Die europäischen Alliierten haben sich darauf verständigt, mindestens 3,5 Prozent des BIP für Verteidigung aufzuwenden."
    assert [r["subject"] for r in defence(figures_in_article("Nato", target, **DAY))] == ["NATO"]
    others = ("Deutschland und andere Nato-Staaten sollen für mindestens eine Milliarde Dollar pro Monat amerikanische Waffen "
              "für die Ukraine kaufen.")
    assert [r["subject"] for r in defence(figures_in_article("Ukraine", others, **DAY))] == ["NATO"]
    plans = "Madrid - Spanien sperrt sich gegen die Nato-Pläne zur Erhöhung der Verteidigungsausgaben auf fünf Prozent des BIP."
    assert [r["subject"] for r in defence(figures_in_article("Spanien", plans, **DAY))] == ["NATO"]


def test_spending_after_a_sentence_on_defence_and_money_taken_up_by_a_pronoun():
    arctic = ("Dänemark rüstet in der Arktis auf. \"Wir müssen uns der Tatsache stellen, dass es in der Arktis ernsthafte "
              "Herausforderungen für die Verteidigung gibt\", erklärte Verteidigungsminister Poulsen. Deshalb sollten 12,5 "
              "Milliarden Kronen in die Sicherheit der Region investiert werden.")
    assert [r["value"] for r in defence(figures_in_article("Dänemark stärkt die Verteidigung der Arktis", arctic, **DAY))] == [12.5e9]
    aid = ("Der Verteidigungsminister ist in Kiew und sagt weitere Militärhilfe zu. \"Wir sind in dieses Jahr mit einer "
           "Unterstützung für die Ukraine in der Größenordnung von drei Milliarden Euro gegangen\", sagte Pistorius. Diese sei "
           "\"auf sechs Milliarden Euro aufgestockt\" worden.")
    assert [r["value"] for r in defence(figures_in_article("Pistorius in Kiew", aid, **DAY))] == [3e9, 6e9]
    ships = ("Dänemark will seine Präsenz in der Arktis mit Initiativen von umgerechnet 1,5 Milliarden Euro verstärken. Mit dem "
             "Geld sollen neue Schiffe, Langstreckendrohnen und Satelliten finanziert werden. Die Marine und die Streitkräfte "
             "bekommen mehr Soldaten.")
    assert [r["value"] for r in defence(figures_in_article("Arktis: Dänemark rüstet militärisch auf", ships, **DAY))] == [1.5e9]


def test_the_size_of_an_economy_an_article_before_a_plural_scale_and_company_order_books():
    austria = ("Die Nato-Staaten sollen mehr für die Verteidigung ausgeben. Die Summe ist größer als die gesamte "
               "Wirtschaftsleistung Österreichs mit etwa 500 Milliarden Euro.")
    assert defence(figures_in_article("Nato", austria, **DAY)) == []
    assert find_candidates("Der Haushaltsausschuss soll einen Milliarden-Einkauf von Kampfdrohnen billigen.") == []
    books = ("Rheinmetall profitiert von den Rüstungsausgaben. In den Orderbüchern summierten sich Aufträge auf einen "
             "Rekordstand von 63 Milliarden Euro.")
    assert defence(figures_in_article("Rheinmetall", books, **DAY)) == []


def test_a_joint_venture_a_dax_company_as_source_and_loans_for_common_defence():
    trucks = ("Knapp 1000 Lkw kauft das österreichische Bundesheer um eine Milliarde Euro bei RMMV – einem Joint Venture des "
              "Rüstungskonzerns Rheinmetall und MAN.")
    assert [r["value"] for r in defence(figures_in_article("Bundesheer", trucks, **DAY))] == [1e9]
    order = ("Das Beschaffungsamt hat 610 Fahrzeuge für die Bundeswehr bestellt. Insgesamt umfasse das Auftragsvolumen bis zu "
             "3,5 Milliarden Euro, hieß es vom Dax-Konzern am Montag.")
    assert [r["value"] for r in defence(figures_in_article("Bundeswehr", order, **DAY))] == [3.5e9]
    safe = ("Die EU-Staaten haben sich auf ein neues Finanzierungsinstrument zur Stärkung der gemeinsamen Verteidigung geeinigt: "
            "Über das Programm Safe sollen abgesicherte Darlehen in Höhe von bis zu 150 Milliarden Euro bereitgestellt werden.")
    assert [r["value"] for r in defence(figures_in_article("EU", safe, **DAY))] == [150e9]


def test_a_promise_in_prospect_is_giving_and_the_receiver_is_not_the_spender():
    text = "Verteidigungsminister in Kiew: Pistorius stellt Ukraine 1,9 Milliarden Euro in Aussicht"
    assert [r["subject"] for r in defence(figures_in_article(None, text, **DAY))] == ["DE"]


def test_totals_for_army_and_reconstruction_or_defence_and_infrastructure_and_the_finance_ministers_budget():
    fund = ("Der Ständerat sagt Nein zu einem 15 Milliarden Franken schweren Spezialfonds für die Armee und den Wiederaufbau "
            "der Ukraine.")
    assert defence(figures_in_article("Armee", fund, **DAY)) == []
    plans = "Rund eine Billion Euro an zusätzlichen Ausgaben umfassen die Pläne der neuen Regierung für Verteidigung und Infrastruktur."
    assert defence(figures_in_article("Verteidigung", plans, **DAY)) == []
    budget = ("Der Wehretat steigt kräftig. In diesem Jahr will Klingbeil 503 Milliarden Euro ausgeben, etwa sechs Prozent mehr "
              "als im vergangenen Jahr.")
    assert defence(figures_in_article("Haushalt", budget, **DAY)) == []
    asked = "Das Verteidigungsministerium hat beim Finanzministerium einen Bedarf von rund 90 Milliarden Euro angemeldet."
    assert [r["value"] for r in defence(figures_in_article("Haushalt", asked, **DAY))] == [90e9]


def test_groups_of_states_and_the_worlds_states_are_no_one_spender():
    eight = ("Die Bundeswehr gibt Patriot-Systeme ab. Acht europäische Länder haben kürzlich 500 Millionen Dollar für militärische "
             "Ausrüstung und Munition zugesagt.")
    assert [r["subject"] for r in defence(figures_in_article("Deutschland hilft der Ukraine", eight, **DAY))] == [""]
    world = "Die Bundeswehr wächst. Rund 2,38 Billionen Euro haben die Staaten der Erde im Jahr 2024 für ihr Militär ausgegeben."
    assert [r["subject"] for r in defence(figures_in_article("Militärausgaben", world, home="DE", **DAY))] == [""]
    sipri = ("Die Bundeswehr wächst. Laut dem Friedensforschungsinstitut SIPRI investierten die Staaten mehr als 2,7 Billionen "
             "US-Dollar in ihre Armeen.")
    assert [r["subject"] for r in defence(figures_in_article("Militärausgaben", sipri, home="DE", **DAY))] == [""]
    usa = ("China steht weltweit an zweiter Stelle bei den Verteidigungsausgaben, weit hinter den Vereinigten Staaten, die 2024 "
           "voraussichtlich 968 Milliarden Dollar ausgeben.")
    assert [r["subject"] for r in defence(figures_in_article("Militärausgaben", usa, **DAY))] == ["US"]


def test_a_nato_level_goal_compound_and_a_bare_level_far_from_the_word_nato():
    sanchez = ("Spaniens Ministerpräsident Pedro Sánchez hatte das Fünf-Prozent-Ziel im Juni als unvernünftig bezeichnet. "
               "Derart hohe Ausgaben seien mit dem Sozialstaat unvereinbar.")
    assert [(r["value"], r["unit"]) for r in defence(figures_in_article(None, sanchez, **DAY))] == [(5.0, "pct_gdp")]
    deficit = "Italien hatte das Drei-Prozent-Ziel beim Defizit verfehlt. Die Neuverschuldung stieg."
    assert defence(figures_in_article(None, deficit, **DAY)) == []
    summit = ("Die Nato-Staaten haben sich in Den Haag auf neue Ziele für die Verteidigung geeinigt: fünf Prozent des BIP.\n\n"
              "Der Nato-Gipfel dauerte nur einen Tag. Die Regierungschefs reisten danach ab. Die 5 Prozent ergeben sich so: erst der "
              "Kern, dann der Rest.")
    assert [r["value"] for r in defence(figures_in_article("Nato-Gipfel", summit, **DAY))].count(5.0) == 2


def test_a_states_ukraine_aid_in_its_budget_is_military_aid_but_not_all_aid_together():
    text = ("Bundesregierung plant Erhöhung der Ukraine-Hilfen\n\nDie Bundesregierung will ihre Ukraine-Hilfen im kommenden Jahr "
            "um zwei Milliarden Euro aufstocken. Minister Klingbeil werde in Abstimmung mit Verteidigungsminister Pistorius die "
            "Vorlage einbringen.")
    assert [(r["value"], r["category"]) for r in defence(figures_in_article(None, text, **DAY))] == [(2e9, "aid")]
    meloni = ("Der Verteidigungsminister war da. \"Wir haben eine Einigung über zusätzliche finanzielle Unterstützung für die Ukraine "
              "erzielt, die sich auf etwa 40 Milliarden Dollar belaufen wird\", sagte Meloni.")
    assert defence(figures_in_article(None, meloni, **DAY)) == []
    total = ("Verteidigungsminister Pistorius war in Kiew. Die Summe der Hilfen für die Ukraine insgesamt ist auf 70 Milliarden "
             "Euro angewachsen.")
    assert defence(figures_in_article(None, total, **DAY)) == []


def test_a_denied_or_ample_billion_is_an_amount_but_no_percent_is_none():
    assert [(c.value, c.unit) for c in find_candidates("Die Armee erhält keine zusätzliche Milliarde Franken für Munition.")] \
        == [(1e9, "chf")]
    assert [c.value for c in find_candidates("Die Kommission legte gleich nochmals eine satte Milliarde Euro obendrauf.")] == [1e9]
    assert find_candidates("Dafür gibt es keine Euro und keine Prozent mehr.") == []


def test_a_gap_in_the_army_budget_is_defence_money():
    text = ("Die Armee sagt Flugshows ab. Das Verteidigungsdepartement VBS spart beim Armeebudget.\n\nWie SRF gestützt auf ein "
            "Dokument des Armeestabs berichtete, hat sich die Armee verschätzt. 2024 und 2025 würden je eine halbe Milliarde "
            "Franken fehlen, macht zusammen eine Milliarde Franken.")
    assert [r["value"] for r in defence(figures_in_article("Armee", text, home="CH", **DAY))] == [5e8, 1e9]


def test_a_bare_amount_takes_the_currency_named_a_few_lines_before_in_a_sentence_on_purchases():
    text = ("Die Armee hat ein Liquiditätsproblem von 1.4 Milliarden Franken. Wie ist das zu erklären?\n\n"
            "Der Engpass ergibt sich aus grossen Beschaffungen: neue Kampfflugzeuge und die Luftverteidigung. Das sind kumuliert "
            "11.4 Milliarden. Wir haben etwa 800 Millionen verschoben.")
    rows = figures_in_article("Armee", text, home="CH", **DAY)
    assert [(r["value"], r["unit"]) for r in rows if r["value"] == 11.4e9] == [(11.4e9, "chf")]
    people = ("Die Armee hat Probleme mit 1.4 Milliarden Franken.\n\nDas ist viel.\n\nAuch anderswo.\n\n"
              "Die Bevölkerung wuchs auf 9 Millionen.")
    assert [r["unit"] for r in figures_in_article("Armee", people, **DAY)] == ["chf"]


def test_masks_and_a_news_digest_are_not_defence():
    masks = ("Eine stillgelegte Panzerfabrik sah vielversprechend aus, war aber ungeeignet. Sie gab Großbestellungen auf: "
             "Handschuhe und Masken im Wert von 214.000 Euro für das Personal.")
    assert defence(figures_in_article("Impfzentrum", masks, **DAY)) == []
    digest = ("Die Bundeswehr bekommt neue Panzer für 2 Milliarden Euro.\n\nKoalition einigt sich auf Pauschale. Sie soll "
              "demnach fünf Euro pro Tag und höchstens 600 Euro pro Jahr betragen.")
    assert [r["value"] for r in defence(figures_in_article("Nachrichten am Morgen - die Übersicht für Eilige", digest, **DAY))] == [2e9]


def test_procurement_money_in_a_draft_budget_after_the_defence_budget():
    text = ("Australien erhöht seine Verteidigung massiv. Bis 2034 sollen die Militärausgaben auf 100 Milliarden australische Dollar "
            "steigen. Im jüngsten Haushaltsentwurf sieht die Regierung außerdem weitere 17,2 Milliarden australische Dollar für "
            "die Beschaffung neuen Materials vor.")
    assert [r["value"] for r in defence(figures_in_article("Australien", text, **DAY))] == [100e9, 17.2e9]
    total = ("Die Verteidigungsausgaben steigen. Im jüngsten Haushaltsentwurf sieht die Regierung insgesamt 500 Milliarden "
             "Euro vor.")
    assert [r["value"] for r in defence(figures_in_article("Haushalt", total, **DAY))] == []


def test_the_bundeswehr_fund_by_its_size_also_written_with_spaces():
    spaced = "Die Patriot-Raketen werden aus dem 100 Milliarden Euro-Sondervermögen für die Bundeswehr bezahlt."
    assert [(r["quote"], r["value"]) for r in defence(figures_in_article("Bundeswehr", spaced, **DAY))] \
        == [("100 Milliarden Euro-Sondervermögen", 100e9)]
    named = ("Der Minister wollte die Bundeswehr kriegstüchtig machen. Sichtbar in zunächst einem 100-Milliarden-Sondervermögen, "
             "unlängst ergänzt durch ein weiteres Finanzpaket.")
    assert [r["value"] for r in defence(figures_in_article("Kriegstüchtig", named, **DAY))] == [100e9]


def test_an_article_on_the_eu_budget_has_the_eu_as_spender_when_no_state_is_named():
    text = ("Die Kommission legt ihren Vorschlag für den nächsten Finanzrahmen vor. Im aktuellen Finanzrahmen ist der Sektor "
            "Verteidigung überschaubar: 12 Milliarden Euro standen für sieben Jahre zur Verfügung. Die Kommission will mehr.")
    assert [r["subject"] for r in defence(figures_in_article("EU-Haushalt", text, **DAY))] == ["EU"]


def test_an_arms_makers_own_plant_funding_and_value_are_not_defence():
    plant = ("Rheinmetall baut ein neues Werk für Munition in Litauen.\n\nDie Produktion soll 2026 starten. Investitionssumme: "
             "bis zu 300 Millionen Euro.")
    assert defence(figures_in_article("Rheinmetall", plant, **DAY)) == []
    funding = ("Der Drohnenhersteller Quantum Systems sammelt Geld ein.\n\nGrößter Geldgeber der aktuellen Runde ist die "
               "Europäische Investitionsbank EIB, die allein 70 Millionen Euro bereitstellt.")
    assert defence(figures_in_article("Quantum Systems", funding, **DAY)) == []
    value = "Europas größter Rüstungskonzern BAE Systems aus Großbritannien wuchs zuletzt auf umgerechnet knapp 92 Milliarden Euro."
    assert defence(figures_in_article("Rüstungskonzerne", value, **DAY)) == []


def test_a_defence_ministry_without_a_state_in_the_figures_sentence_is_the_outlets_states():
    text = ("Das Bundesheer und die Bundeswehr kaufen Radpanzer. Die Neubestellung im Wert von 1,8 Milliarden Euro gab das "
            "Verteidigungsministerium bereits Anfang 2024 in Auftrag.")
    assert [r["subject"] for r in defence(figures_in_article("Panzer", text, home="AT", **DAY))] == ["AT"]
    assert [r["subject"] for r in defence(figures_in_article("Panzer", text, **DAY))] == [""]


def test_the_place_of_a_meeting_is_not_a_spender():
    text = ("Tajani erklärte auf dem Treffen der Außenminister in der Türkei, Italien werde seine Verteidigungsausgaben auf "
            "zwei Milliarden Euro mehr erhöhen.")
    assert [r["subject"] for r in defence(figures_in_article("Nato", text, **DAY))] == ["IT"]


def test_natos_target_named_right_after_the_percentage():
    text = "Die Niederlande bereiten sich mit dem 5 Prozent NATO-Ziel auf eine massive Ausweitung ihrer Verteidigungsausgaben vor."
    assert [r["subject"] for r in defence(figures_in_article("Niederlande", text, **DAY))] == ["NATO"]
