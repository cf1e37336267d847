"""Actors: the dictionary, mentions in the samples, roles by date, co-occurrence measures."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import load_articles, schema
from analysis.actors import candidate_names, cooccurrence, cooccurrence_edges, evidence, find_mentions, mention_counts
from analysis.lexicon import DictionaryError, build_lexicon, load_lexicon, read_dictionary
from analysis.sentences import segment

BERLIN = "Europe/Berlin"


@pytest.fixture(scope="module")
def sample_mentions(sample_corpus):
    mentions = find_mentions(sample_corpus.articles)
    files = dict(zip(sample_corpus.articles["article_id"], sample_corpus.articles["source_file"].str[:3]))
    return mentions.assign(file=mentions["article_id"].map(files))


def actors_in(mentions, file):
    return set(mentions.loc[mentions["file"] == file, "actor_id"].dropna())


@pytest.mark.parametrize("file", ["000", "001", "002", "003"])
def test_trump_and_rutte_cooccur_at_article_level(sample_mentions, file):
    assert {"trump", "rutte"} <= actors_in(sample_mentions, file)
    matrix = cooccurrence(sample_mentions[sample_mentions["file"] == file], window="article")
    assert matrix.loc["trump", "rutte"] == 1


def test_004_does_not_mention_trump(sample_mentions):
    assert "trump" not in actors_in(sample_mentions, "004")
    assert cooccurrence(sample_mentions, window="article").loc["trump", "rutte"] == 4


@pytest.mark.parametrize(
    ("file", "quote", "actor"),
    [
        ("004", "Wladimir Putin", "putin"),  # "Kremlchef Wladimir Putin"
        ("001", "Wladimir Putin", "putin"),  # "Kreml-Chef Wladimir Putin"
        ("000", "Pete Hegseth", "hegseth"),  # "US-Außenminister Pete Hegseth"
        ("000", "niederländische Ministerpräsident", "NL"),  # "Der ehemalige niederländische Ministerpräsident": the state, no person
        ("000", "Spanien", "ES"), ("000", "Belgien", "BE"), ("000", "Italien", "IT"), ("000", "Luxemburg", "LU"),
        ("002", "Trumps", "trump"),  # genitive
        ("003", "Nato", "NATO"),  # "Nato-Partner": case variant inside a compound
        ("004", "Niederländer", "NL"),  # demonym
    ],
)
def test_sample_mentions(sample_mentions, file, quote, actor):
    rows = sample_mentions[(sample_mentions["file"] == file) & (sample_mentions["quote"] == quote)]
    assert actor in set(rows["actor_id"]), rows[["quote", "actor_id", "via"]]


def test_a_former_holder_of_a_role_is_not_the_holder_of_the_day(sample_mentions):
    rows = sample_mentions[(sample_mentions["file"] == "000") & (sample_mentions["quote"] == "niederländische Ministerpräsident")]
    assert set(rows["actor_id"]) == {"NL"}


def test_kremlin_chief_role_next_to_the_name_is_one_person(sample_mentions):
    rows = sample_mentions[(sample_mentions["file"] == "004") & sample_mentions["quote"].isin(["Kremlchef", "Wladimir Putin"])]
    assert list(rows["actor_id"]) == ["RU", "putin"]


def test_role_next_to_a_name_does_not_add_the_office_holder(sample_mentions):
    """000 is undated; "US-Außenminister Pete Hegseth" gives Hegseth and the US, never Rubio."""
    rows = sample_mentions[(sample_mentions["file"] == "000") & (sample_mentions["role"] == "us_secretary_of_state")]
    assert list(rows["actor_id"]) == ["US"] and list(rows["via"]) == ["compound"]
    assert "rubio" not in actors_in(sample_mentions, "000")


def test_undated_roles_are_reported_not_resolved(sample_mentions):
    unresolved = sample_mentions[sample_mentions["actor_id"].isna()]
    assert set(unresolved["file"]) <= {"000", "002"}  # the undated samples
    assert set(unresolved["note"]) == {"undated article: role not resolved"}
    assert set(unresolved["label"]) <= {"NATO-Generalsekretär", "US-Präsident"}


def test_offsets_and_schema(sample_corpus, sample_mentions):
    schema.check_frame(sample_mentions.drop(columns="file"), schema.MENTIONS, "mentions")
    texts = sample_corpus.articles.set_index("article_id")
    for row in sample_mentions.itertuples():
        field = texts.at[row.article_id, row.field]
        assert field[row.start : row.end] == row.quote
        assert row.sentence_start <= row.start < row.end <= row.sentence_end


def test_title_mentions_have_field_title(sample_mentions):
    titles = sample_mentions[sample_mentions["field"] == "title"]
    assert {"trump", "rutte", "NATO"} <= set(titles["actor_id"])


# --- the matcher, sentence by sentence ---------------------------------------------------------


def found(text, date=None, precision="day"):
    lexicon = load_lexicon()
    published = pd.Timestamp(date, tz=BERLIN) if date else None
    return [(m.actor_id or None, text[m.start : m.end], m.via) for m in lexicon.find(text, published, precision)]


@pytest.mark.parametrize(
    ("date", "person"),
    [("2023-05-01", "stoltenberg"), ("2025-03-01", "rutte"), (None, None)],
)
def test_role_resolution_by_date(date, person):
    hits = found("Der NATO-Generalsekretär warnte vor Russland.", date)
    ids = {a for a, _, _ in hits}
    assert {"NATO", "RU"} <= ids
    people = ids - {"NATO", "RU"}
    assert people == ({person} if person else {None})


@pytest.mark.parametrize(
    ("text", "date", "person"),
    [
        ("Der US-Präsident sprach lange.", "2024-06-01", "biden"),
        ("Der US-Präsident sprach lange.", "2025-03-01", "trump"),
        ("Der Kanzler sprach lange.", "2024-06-01", "scholz"),
        ("Der Kanzler sprach lange.", "2025-06-01", "merz"),
        ("Die Kanzlerin sprach lange.", "2020-06-01", "merkel"),
        ("Der designierte US-Präsident sprach lange.", "2024-11-23", "trump"),  # president-elect
    ],
)
def test_roles_change_holder(text, date, person):
    assert person in {a for a, _, _ in found(text, date)}


@pytest.mark.parametrize("text", ["Der ehemalige Kanzler sprach lange.", "Der vorherige Kanzler sprach lange.", "Ex-Kanzler sprach lange."])
def test_former_office_holders_are_not_resolved(text):
    hits = found(text, "2025-06-01")
    assert {a for a, _, _ in hits} == {"DE"}


def test_a_month_spanning_a_change_of_holder_is_not_resolved():
    """January 2025 had two US presidents; a month-precision date cannot say which."""
    hits = found("Der US-Präsident sprach.", "2025-01-01", precision="month")
    assert {a for a, _, _ in hits} == {None, "US"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die NATO und die Nato-Staaten", [("NATO", "NATO", "name"), ("NATO", "Nato", "compound")]),
        ("Trumps Zölle und Putins Krieg", [("trump", "Trumps", "name"), ("putin", "Putins", "name")]),
        ("Merz' Regierung", [("merz", "Merz'", "name")]),
        ("beim NATO-Gipfel", [("NATO", "NATO", "compound")]),
        ("die Anti-Trump-Proteste", [("trump", "Trump", "compound")]),
        ("die Bundesrepublik Deutschland", [("DE", "Bundesrepublik Deutschland", "name")]),
        ("der Senator, der Koordinator, Georginio Rutter, der Trumpf", []),
        ("westdeutsche Städte", []),
        ("russischen Truppen und die Russen", [("RU", "russischen", "alias"), ("RU", "Russen", "alias")]),
        ("die US-amerikanischen Soldaten", [("US", "US-amerikanischen", "alias")]),
        # a capitalised adjective inside a proper name, or a language, is not the country
        ("das erfuhr die Deutsche Presse-Agentur am Donnerstag", []),
        ("ins Deutsche übersetzt", []),
        ("Viele Deutsche reisen gern. Deutsche Soldaten sind dort.", [("DE", "Deutsche", "alias"), ("DE", "Deutsche", "alias")]),
        ("gegen den Franzosen Adrian Mannarino", [("FR", "Franzosen", "alias")]),
        # states beyond NATO: name, genitive, adjective, demonym
        ("Südafrikas Armee, saudische Käufe und die Brasilianer", [("ZA", "Südafrikas", "name"), ("SA", "saudische", "alias"), ("BR", "Brasilianer", "alias")]),
        ("die algerischen Streitkräfte in Weißrussland", [("DZ", "algerischen", "alias"), ("BY", "Weißrussland", "alias")]),
    ],
)
def test_matching_rules(text, expected):
    assert found(text, "2025-06-01") == expected


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Die Nato gibt z. B. 2,1 Mrd. Euro aus. Dr. Müller sagt das.", ["Die Nato gibt z. B. 2,1 Mrd. Euro aus.", "Dr. Müller sagt das."]),
        ("Trump, der am 20. Januar sein Amt antritt, sprach. Rutte schwieg.", ["Trump, der am 20. Januar sein Amt antritt, sprach.", "Rutte schwieg."]),
        ("Ca. 100 Mio. Euro fehlen. Das sagt Prof. Dr. Weber.", ["Ca. 100 Mio. Euro fehlen.", "Das sagt Prof. Dr. Weber."]),
    ],
)
def test_sentences_with_german_abbreviations(text, sentences):
    assert [text[s.start : s.end] for s in segment(text)] == sentences


# --- co-occurrence measures on a hand-computed example ----------------------------------------


@pytest.fixture
def toy():
    """Four sentence windows: {A, B} (A named twice), {A}, {A, B, C}, {C}."""
    rows = [("w1", "A"), ("w1", "A"), ("w1", "B"), ("w2", "A"), ("w3", "A"), ("w3", "B"), ("w3", "C"), ("w4", "C")]
    return pd.DataFrame({
        "article_id": [w for w, _ in rows], "field": "text", "paragraph": 0, "sentence": 0,
        "actor_id": [a for _, a in rows], "sentence_start": 0, "sentence_end": 1,
    })


def test_count(toy):
    m = cooccurrence(toy, measure="count")
    assert (m.loc["A", "B"], m.loc["A", "C"], m.loc["B", "C"]) == (2, 1, 1)
    assert m.loc["A", "A"] == 0 and (m.to_numpy() == m.to_numpy().T).all()


def test_jaccard(toy):
    m = cooccurrence(toy, measure="jaccard")
    assert m.loc["A", "B"] == pytest.approx(2 / 3)  # 2 shared of 3 windows with A or B
    assert m.loc["A", "C"] == pytest.approx(1 / 4)
    assert m.loc["B", "C"] == pytest.approx(1 / 3)
    assert math.isnan(m.loc["B", "B"])


def test_npmi(toy):
    m = cooccurrence(toy, measure="npmi")
    assert m.loc["A", "B"] == pytest.approx(math.log(0.5 / (0.75 * 0.5)) / -math.log(0.5))
    assert m.loc["A", "C"] == pytest.approx(math.log(0.25 / (0.75 * 0.5)) / -math.log(0.25))
    assert m.loc["B", "C"] == pytest.approx(0.0)


def test_min_count_and_edges(toy):
    assert cooccurrence(toy, measure="count", min_count=2).loc["A", "C"] == 0
    assert math.isnan(cooccurrence(toy, measure="npmi", min_count=2).loc["A", "C"])
    edges = cooccurrence_edges(toy, measure="jaccard")
    assert list(edges[["a", "b"]].itertuples(index=False, name=None)) == [("A", "B"), ("B", "C"), ("A", "C")]
    assert list(edges["windows"]) == [2, 1, 1]


def test_unknown_window_or_measure(toy):
    with pytest.raises(ValueError, match="window"):
        cooccurrence(toy, window="chapter")
    with pytest.raises(ValueError, match="measure"):
        cooccurrence(toy, measure="lift")


def test_window_sizes_on_the_samples(sample_corpus, sample_mentions):
    paragraph = cooccurrence(sample_mentions, window="paragraph").loc["trump", "rutte"]
    article = cooccurrence(sample_mentions, window="article").loc["trump", "rutte"]
    in_sentences = evidence(sample_mentions, sample_corpus.articles, "trump", "rutte", window="sentence")
    paragraphs_with_sentences = in_sentences[["article_id", "field", "paragraph"]].drop_duplicates()
    assert len(paragraphs_with_sentences) <= paragraph  # a sentence naming both lies in a paragraph naming both
    assert article == 4 <= paragraph


def test_evidence_sentences_name_both(sample_corpus, sample_mentions):
    rows = evidence(sample_mentions, sample_corpus.articles, "trump", "rutte")
    assert len(rows) == cooccurrence(sample_mentions).loc["trump", "rutte"]
    assert rows["text"].str.contains("Trump").all() and rows["text"].str.contains(r"Rutte|NATO-Generalsekretär|NATO-Chef").all()


def test_mention_counts(sample_mentions):
    counts = mention_counts(sample_mentions).set_index("actor_id")
    assert counts.loc["rutte", "articles"] == 5 and counts.loc["trump", "articles"] == 4


# --- unknown names and the user's dictionary ---------------------------------------------------


def test_candidate_names_finds_names_the_dictionary_lacks(sample_corpus):
    names = candidate_names(sample_corpus.articles, min_count=2).set_index("name")
    assert "Farah Dakhlallah" in names.index  # the NATO spokeswoman in 001 and 002
    assert names.loc["Farah Dakhlallah", "articles"] == 2
    assert "Dakhlallah" in names.loc["Farah Dakhlallah", "example"]
    assert not any(known in names.index for known in ("Mark Rutte", "Donald Trump", "Wladimir Putin"))


def test_user_dictionary_adds_and_overrides(tmp_path, raw_copy):
    (raw_copy / "actors.yaml").write_text(
        "people:\n"
        "  - {id: dakhlallah, label: Farah Dakhlallah, names: [Farah Dakhlallah, Dakhlallah]}\n"
        "  - {id: rutte, label: Mark Rutte (NATO), names: [Mark Rutte, Rutte]}\n",
        encoding="utf-8",
    )
    lexicon = load_lexicon(raw_copy / "actors.yaml")
    mentions = find_mentions(load_articles(raw_copy), lexicon=lexicon)
    assert (mentions["actor_id"] == "dakhlallah").sum() == 2
    assert set(mentions.loc[mentions["actor_id"] == "rutte", "label"]) == {"Mark Rutte (NATO)"}


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("countries:\n  - {id: NO, adjective: norwegisch}\n", 'put the id in quotes'),
        ("people:\n  - {label: Ohne Id}\n", "has no id"),
        ("people:\n  - {id: stoere, country: NO, names: [Støre]}\n", "put the country in quotes"),
        ("roles:\n  - {id: x, names: [X-Chef], implies: [NO], holders: [{actor: trump, from: 2020-01-01}]}\n", "put the country in quotes"),
        ("people:\n  - {id: x, country: XX, names: [Herr X]}\n", "unknown countries"),
        ("roles:\n  - {id: x, names: [X-Chef], holders: [{actor: nobody, from: 2020-01-01}]}\n", "unknown actors"),
        ("roles:\n  - {id: x, names: [X-Chef], holders: [{actor: trump}]}\n", "no 'from' date"),
    ],
)
def test_dictionary_errors_name_the_entry(tmp_path, yaml_text, message):
    path = tmp_path / "actors.yaml"
    path.write_text(yaml_text, encoding="utf-8")
    with pytest.raises(DictionaryError, match=message):
        load_lexicon(path)


def test_dictionary_covers_the_required_actors():
    lexicon = build_lexicon(read_dictionary(load_lexicon.__globals__["DEFAULT_DICTIONARY"]))
    ids = set(lexicon.actors["actor_id"])
    people = {"trump", "rutte", "putin", "selenskyj", "merz", "scholz", "pistorius", "hegseth", "stoltenberg", "macron", "starmer",
              "biden", "von_der_leyen", "wadephul", "vance", "rubio", "witkoff", "lawrow", "kallas", "tusk", "peskow"}
    organisations = {"NATO", "EU", "UN", "bundeswehr", "kreml", "pentagon"}
    nato_members = set("AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US".split())
    assert people | organisations | nato_members | {"RU", "UA", "CN", "IR", "IL"} <= ids
    assert len(nato_members) == 32
    assert lexicon.label("DE") == "Deutschland"  # German names come from pycountry


def test_forms_are_found_at_word_starts_only_with_genitives_and_longest_first():
    from analysis.lexicon import load_lexicon
    lexicon = load_lexicon()
    text = "Frankreichs Präsident und Westdeutsche Kreise; die Vereinigten Staaten, Natos Ziel und Bundeswehrsoldaten. Frankreichs Ziel."
    found = [(m.actor_id, text[m.start : m.end]) for m in lexicon.find(text) if m.actor_id]
    assert ("FR", "Frankreichs Präsident") in found  # the longest form at its word start: the role, with the state it implies
    assert not any(w.startswith("deutsch") for _, w in found)  # "Westdeutsche" is not Germany
    assert ("US", "Vereinigten Staaten") in found
    assert ("NATO", "Natos") in found
    assert ("bundeswehr", "Bundeswehr") in found
    assert ("FR", "Frankreichs") in found  # a genitive of a name that also starts a longer form


@pytest.mark.parametrize(("text", "holder"), [
    ("Bundeskanzler Karl Nehammer (ÖVP) würdigte die Verstorbene.", None),  # Austria's chancellor, not Scholz
    ("Kanzler Nehammer sprach von einem Verlust.", None),  # a name that is no German word
    ("US-Präsident Barack Obama hatte das Abkommen unterzeichnet.", None),  # a former holder by name
    ("Das sagte der Kanzler Journalisten in Berlin.", "scholz"),  # a noun, not a name
    ("Das kündigte der Kanzler Ende Mai an.", "scholz"),
    ("Bundeskanzler Olaf Scholz reist nach Kiew.", "scholz"),  # the holder by name: one mention
])
def test_a_role_before_a_name_the_dictionary_does_not_know_is_not_the_holder(text, holder):
    lexicon = load_lexicon()
    found = [m.actor_id for m in lexicon.find(text, pd.Timestamp("2024-06-03", tz="Europe/Berlin"), "day")]
    people = [a for a in found if a in {"scholz", "biden", "trump", "merkel", "merz"}]
    assert people == ([holder] if holder else [])
