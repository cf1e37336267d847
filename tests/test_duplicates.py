"""Exact and near duplicates are flagged with the first copy, never dropped."""

from __future__ import annotations

import pytest

from analysis import load_corpus
from analysis.duplicates import find_duplicates, jaccard, overlap, shingles

STORY = (
    "Die Nato-Staaten haben sich beim Gipfel in Den Haag auf ein neues Ausgabenziel geeinigt. "
    "Bis 2035 sollen die Mitglieder fünf Prozent ihrer Wirtschaftsleistung für Verteidigung ausgeben, "
    "davon 3,5 Prozent für klassische Militärausgaben und 1,5 Prozent für Infrastruktur. "
    "Spanien hatte eine Ausnahme verlangt und sie nach langen Verhandlungen auch bekommen. "
    "US-Präsident Donald Trump lobte die Einigung als großen Sieg für die Vereinigten Staaten. "
    "Generalsekretär Mark Rutte sprach von einem historischen Tag für das Bündnis. "
    "Kritiker bezweifeln jedoch, dass die Staaten das Geld tatsächlich aufbringen können. "
    "In Deutschland will die Bundesregierung die Ausgaben schon bis 2029 deutlich erhöhen."
)
EDITED = STORY.replace("großen Sieg", "riesigen Erfolg").replace("Kritiker bezweifeln jedoch", "Fachleute bezweifeln allerdings")
OTHER = (
    "Die Corona-Zahlen in Berlin steigen wieder. Der Senat berät über neue Maßnahmen für Schulen und Kitas. "
    "Gesundheitssenatorin Dilek Kalayci warnte vor einer Überlastung der Krankenhäuser in der Stadt. "
    "Die Opposition forderte mehr Tests und eine bessere Ausstattung der Gesundheitsämter in den Bezirken."
)


SHORTENED = STORY.rsplit(". ", 3)[0] + "."


def test_similarity_of_edited_shortened_and_unrelated_texts():
    assert jaccard(shingles(STORY), shingles(STORY)) == overlap(shingles(STORY), shingles(STORY)) == 1.0
    # two small edits in a short story: Jaccard falls below 0.8, the overlap stays above it
    assert jaccard(shingles(STORY), shingles(EDITED)) < 0.8 <= overlap(shingles(STORY), shingles(EDITED)) < 1.0
    assert overlap(shingles(STORY), shingles(SHORTENED)) == 1.0
    assert overlap(shingles(STORY), shingles(OTHER)) < 0.05


def test_find_duplicates_points_to_the_first_copy():
    assert find_duplicates([OTHER, STORY, EDITED, STORY, SHORTENED]) == [None, None, 1, 1, 1]


def test_a_story_sharing_only_one_paragraph_is_not_a_duplicate():
    half = STORY.split(". ")[:3]
    mixed = ". ".join(half) + ". " + OTHER
    assert find_duplicates([STORY, mixed]) == [None, None]


@pytest.fixture
def copies(raw_copy):
    source = (raw_copy / "001_5428fa240fd08bd3.txt").read_text(encoding="utf-8")
    (raw_copy / "zz-exact-copy.txt").write_text(source, encoding="utf-8")
    edited = source.replace("Zu Details machte sie keine Angaben.", "Details nannte sie nicht.").replace("Stand: 23.11.2024 11:26 Uhr", "Stand: 24.11.2024 08:00 Uhr")
    (raw_copy / "aa-edited-later.txt").write_text(edited, encoding="utf-8")
    return load_corpus(raw_copy).articles.set_index("source_file")


def test_copies_are_flagged_not_dropped(copies):
    original = copies.loc["001_5428fa240fd08bd3.txt"]
    assert len(copies) == 7
    assert copies.loc["zz-exact-copy.txt", "duplicate_of"] == original["article_id"]
    assert copies.loc["aa-edited-later.txt", "duplicate_of"] == original["article_id"]  # later date, so not the original
    assert copies["duplicate_of"].isna().sum() == 5


def test_exact_copy_gets_its_own_id(copies):
    original = copies.loc["001_5428fa240fd08bd3.txt", "article_id"]
    assert copies.loc["zz-exact-copy.txt", "article_id"] == f"{original}-2"
    assert copies["article_id"].is_unique


def test_candidate_pairs_are_exactly_the_pairs_that_share_a_band():
    import numpy as np

    from analysis.duplicates import _BANDS, _PERMUTATIONS, _ROWS, candidate_pairs

    rng = np.random.default_rng(3)
    sigs = rng.integers(0, 3, size=(60, _PERMUTATIONS), dtype=np.uint64)  # few values: many shared bands
    sigs[40] = sigs[7]
    expected = {(i, j) for i in range(60) for j in range(i + 1, 60)
                if any((sigs[i, b * _ROWS : (b + 1) * _ROWS] == sigs[j, b * _ROWS : (b + 1) * _ROWS]).all() for b in range(_BANDS))}
    assert (7, 40) in expected and candidate_pairs(sigs) == expected
    assert candidate_pairs(sigs[:1]) == set()
