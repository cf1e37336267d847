"""NATO's official share-of-GDP table and the comparison with figures in articles."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths, schema
from analysis.reference import REFERENCE, REFERENCE_CSV, compare_with_reference, derive_reference_csv, nato_share_of_gdp
from analysis.spending import extract_figures

SHARED_TABLE = paths.SHARED_DIR / "reference" / "nato_defence_expenditure" / "nato_defence_expenditure_pct_gdp_2014_2024.csv"


def test_table_has_every_ally_and_year():
    ref = nato_share_of_gdp()
    schema.check_frame(ref, REFERENCE, "reference")
    assert len(ref) == 33 * 11
    assert set(ref["year"]) == set(range(2014, 2025))
    assert ref.groupby("iso2")["year"].nunique().eq(11).all()
    assert set(ref.loc[ref["estimate"], "year"]) == {2023, 2024}


@pytest.mark.parametrize(
    ("iso2", "year", "pct_gdp", "estimate"),
    [("DE", 2023, 1.64, True), ("DE", 2024, 2.119, True), ("PL", 2024, 4.12, True), ("US", 2024, 3.379, True), ("NATO", 2024, 2.713, True), ("TR", 2014, None, False)],
)
def test_spot_values_from_the_source_notes(iso2, year, pct_gdp, estimate):
    row = nato_share_of_gdp().query("iso2 == @iso2 and year == @year").iloc[0]
    if pct_gdp is not None:
        assert row["pct_gdp"] == pytest.approx(pct_gdp, abs=5e-4)
    assert bool(row["estimate"]) is estimate


def test_committed_csv_is_derived_from_the_shared_table(tmp_path):
    if not SHARED_TABLE.exists():
        pytest.skip(f"shared NATO table not found at {SHARED_TABLE}")
    derive_reference_csv(SHARED_TABLE, tmp_path / "derived.csv")
    assert (tmp_path / "derived.csv").read_bytes() == REFERENCE_CSV.read_bytes()


def test_claims_are_joined_to_the_official_value(sample_corpus):
    figures = extract_figures(sample_corpus.articles)
    compared = compare_with_reference(figures)
    assert len(compared) == 1  # 001: "Deutschland wird in diesem Jahr schätzungsweise auf ... 2,1 Prozent kommen"
    row = compared.iloc[0]
    assert (row["subject"], row["year"], row["value"]) == ("DE", 2024, 2.1)
    assert row["official_value"] == pytest.approx(2.119, abs=5e-4) and row["official_source"] == "NATO"
    assert row["difference"] == pytest.approx(-0.019, abs=5e-4)
    assert bool(row["official_estimate"]) and "240617-def-exp-2024-TABLES-en.xlsx" in row["official_release"]
    assert row["sipri_value"] == pytest.approx(1.89, abs=0.01)  # both sources side by side


def test_years_outside_the_table_keep_the_claim_without_a_value():
    figures = extract_figures(pd.DataFrame({
        "article_id": ["a"], "published": [pd.Timestamp("2026-01-10", tz="Europe/Berlin")], "date_precision": ["day"], "title": [None],
        "text": ["Deutschland gab 2025 nach Nato-Angaben 2,4 Prozent des BIP für Verteidigung aus."],
    }))
    compared = compare_with_reference(figures)
    assert compared["year"].tolist() == [2025]
    assert compared["official_value"].isna().all() and compared["difference"].isna().all()


def test_claims_about_states_outside_nato_and_budget_shares_use_sipri():
    figures = extract_figures(pd.DataFrame({
        "article_id": ["a", "b"], "published": [pd.Timestamp("2025-05-10", tz="Europe/Berlin")] * 2, "date_precision": ["day"] * 2,
        "title": [None, None],
        "text": ["Russland gab im vergangenen Jahr 2024 rund 7 Prozent seines BIP für Verteidigung aus, schätzen Experten.",
                 "Die Ukraine gab 2024 mehr als die Hälfte ihres Haushalts für das Militär aus: 54 Prozent des Staatshaushalts flossen in die Verteidigung."],
    }))
    compared = compare_with_reference(figures).set_index("subject")
    ru = compared.loc["RU"]
    assert (ru["official_source"], round(ru["official_value"], 1)) == ("SIPRI", 7.1)
    if "UA" in compared.index:  # the budget share, when the extractor reads it as a claim
        ua = compared.loc["UA"]
        assert ua["measure"] == "pct_gov_spending" and ua["official_source"] == "SIPRI"


def test_money_claims_are_compared_in_us_dollars_at_the_years_rate():
    figures = extract_figures(pd.DataFrame({
        "article_id": ["a"], "published": [pd.Timestamp("2025-02-10", tz="Europe/Berlin")], "date_precision": ["day"], "title": [None],
        "text": ["Deutschland gab im Jahr 2024 nach Angaben der Regierung rund 90 Milliarden Euro für Verteidigung aus."],
    }))
    compared = compare_with_reference(figures)
    assert len(compared) == 1, figures[["quote", "unit", "subject", "year", "kind", "is_defence"]]
    row = compared.iloc[0]
    assert (row["subject"], row["year"], row["unit"], row["measure"]) == ("DE", 2024, "eur", "usd_current")
    assert row["claimed_usd"] == pytest.approx(90e9 / 0.924462, rel=1e-4)  # SIPRI's implied rate for the euro in 2024
    assert row["official_source"] == "NATO" and row["official_value"] == pytest.approx(97.69e9, rel=1e-3)
    assert row["difference"] == pytest.approx(row["claimed_usd"] - row["official_value"])


def test_orders_and_military_aid_are_no_claims_about_a_countrys_spending():
    figures = extract_figures(pd.DataFrame({
        "article_id": ["a"], "published": [pd.Timestamp("2024-06-10", tz="Europe/Berlin")], "date_precision": ["day"], "title": [None],
        "text": ["Deutschland hat der Ukraine 2024 Militärhilfe im Wert von 500 Millionen Euro geliefert, darunter Munition und Luftverteidigung."],
    }))
    defence = figures[figures["is_defence"]]
    assert not defence.empty and set(defence["category"]) <= {"aid", "procurement"}
    assert compare_with_reference(figures).empty
