"""Who says what: direct quotations with their speakers, on the samples and on text
written to test each rule."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.quotes import find_quotes


def _articles(*texts: str) -> pd.DataFrame:
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(texts))], "published": [pd.Timestamp("2025-06-25", tz="Europe/Berlin")] * len(texts),
                         "date_precision": ["day"] * len(texts), "title": [None] * len(texts), "text": list(texts)})


@pytest.fixture(scope="module")
def sample_quotes(sample_corpus):
    q = find_quotes(sample_corpus.articles)
    files = sample_corpus.articles.set_index("article_id")["source_file"].str[:3]
    return q.assign(file=files.loc[q["article_id"]].to_numpy())


def test_offsets_point_at_the_quotation(sample_corpus, sample_quotes):
    arts = sample_corpus.articles.set_index("article_id")
    for q in sample_quotes.itertuples(index=False):
        assert arts.loc[q.article_id, q.field][q.start : q.end] == q.quote
        assert q.sentence in arts.loc[q.article_id, q.field]


def test_the_samples_speakers_as_a_reader_sees_them(sample_quotes):
    q = sample_quotes
    sorgen = q[q["quote"] == "überhaupt keine Sorgen"].iloc[0]
    assert (sorgen["file"], sorgen["speaker"]) == ("004", "rutte")
    official = q[(q["file"] == "000") & q["speaker_text"].isin(["der US-Beamte", "der US-Vertreter", "der Beamte"])]
    assert len(official) == 5 and official["speaker"].isna().all()  # an unnamed official is no dictionary actor
    trump = q[(q["file"] == "000") & (q["speaker"] == "trump")]
    assert len(trump) == 4 and set(trump["speaker_text"]) == {"Trump", "er"}
    assert q[q["quote"].str.startswith("Durch die NATO haben die USA")]["speaker"].tolist() == ["rutte"]  # "sagte er" after "Rutte hatte sich ..."
    assert not q["quote"].isin(["Trump-Flüsterer", "Oreschnik"]).any()  # scare quotes and names are no quotations


def test_interrupted_multi_paragraph_and_pronoun_quotations():
    text = ('Donald Trump sprach in Den Haag. Der Analyst Hans Meier warnte vor den Kosten. "Das wird sehr teuer für alle", sagte er.\n\n'
            '"Wir zahlen", sagte Rutte. "Aber nicht für immer", fügte er hinzu.\n\n'
            '"Erster Teil der Rede geht weiter\n\n"und endet hier", sagte Trump.')
    q = find_quotes(_articles(text))
    assert q["quote"].tolist() == ["Das wird sehr teuer für alle", "Wir zahlen", "Aber nicht für immer", 'Erster Teil der Rede geht weiter\n\n"und endet hier']
    assert q["speaker"].tolist()[1:] == ["rutte", "rutte", "trump"]
    assert pd.isna(q["speaker"].iloc[0])  # "er" is the analyst the dictionary does not know, not Trump
    assert q["verb"].tolist() == ["sagte", "sagte", "fügte", "sagte"] and set(q["kind"]) == {"direct"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(['"', "„", "“", "»", "«", "Rutte", "sagte", "er", ",", ".", "\n\n", "Die Nato", " ", "zahlt", "'"]), max_size=60))
def test_unbalanced_and_nested_marks_never_raise(parts):
    from analysis.textnorm import clean_body

    text = clean_body("".join(parts)) or "x"
    q = find_quotes(_articles(text))
    for row in q.itertuples(index=False):
        assert text[row.start : row.end] == row.quote


def test_a_live_blog_of_100000_words():
    block = 'Rutte sprach in Brüssel. "Wir müssen mehr tun und schneller liefern", sagte er. Die Nato beriet. '
    text = block * (100_000 // len(block.split()) + 1)
    q = find_quotes(_articles(text))
    assert len(q) == text.count("sagte er") and set(q["speaker"]) == {"rutte"}


def test_reported_speech_after_a_verb_before_it_and_by_source():
    text = ("Pistorius sagte am Montag, die Bundeswehr brauche mehr Geld. Es gebe keine Alternative.\n\n"
            "Die Ukraine werde weiter unterstützt, teilte die Bundesregierung mit.\n\n"
            "Laut Rutte müssen die Verbündeten schneller liefern.\n\n"
            "Der Alte hat gestern gesagt, dass nichts geschehe.")
    q = find_quotes(_articles(text))
    rows = {r.quote: r for r in q.itertuples(index=False)}
    first = rows["die Bundeswehr brauche mehr Geld. Es gebe keine Alternative"]  # the subjunctive sentence continues it
    assert (first.kind, first.verb, first.speaker, first.speaker_text) == ("indirect", "sagte", "pistorius", "Pistorius")
    tail = rows["Die Ukraine werde weiter unterstützt"]
    assert (tail.verb, tail.speaker_text) == ("teilte mit", "die Bundesregierung")
    assert rows["Laut Rutte müssen die Verbündeten schneller liefern"].speaker == "rutte"
    assert "nichts geschehe" not in " ".join(rows)  # "hat gesagt" is no verb of the list: nothing invented


@pytest.mark.parametrize(
    ("text", "quote", "verb", "speaker_text"),
    [
        ("Nach Erkenntnissen des ukrainischen Geheimdienstes bereitet Russland eine neue Offensive im Osten vor.",
         "bereitet Russland eine neue Offensive im Osten vor", "nach Erkenntnissen", "des ukrainischen Geheimdienstes"),
        ("Wie aus den Angaben des Ministeriums hervorgeht, wurden 40 Drohnen abgeschossen.",
         "wurden 40 Drohnen abgeschossen", "hervorgeht", "den Angaben des Ministeriums"),
    ],
)
def test_sources_named_by_findings_and_by_what_documents_show(text, quote, verb, speaker_text):
    row = find_quotes(_articles(text)).iloc[0]
    assert (row["kind"], row["quote"], row["verb"], row["speaker_text"]) == ("indirect", quote, verb, speaker_text)


def test_a_source_named_at_the_end_of_its_sentence():
    text = "Die Armee hat die Stadt eingenommen, wie die Zeitung berichtete.\n\nDie Lage sei ernst, wie Selenskyj sagte."
    q = find_quotes(_articles(text))
    assert q[["kind", "quote", "verb", "speaker_text"]].values.tolist() == [
        ["indirect", "Die Armee hat die Stadt eingenommen", "berichtete", "die Zeitung"],
        ["indirect", "Die Lage sei ernst", "sagte", "Selenskyj"],
    ]
    assert q["speaker"].tolist()[1] == "selenskyj"


def test_a_statement_attributed_by_the_sentence_after_it():
    text = ("Russland hat in der Nacht 90 Drohnen auf die Ukraine abgefeuert. Das teilte die ukrainische Luftwaffe mit.\n\n"
            "Die Armee hat die Stadt eingenommen. Dies meldete Reuters unter Berufung auf Militärkreise.\n\n"
            "Rutte kam nach Berlin.\n\nDas sagte der Sprecher.")
    q = find_quotes(_articles(text))
    assert q[["kind", "quote", "verb", "speaker_text"]].values.tolist() == [
        ["indirect", "Russland hat in der Nacht 90 Drohnen auf die Ukraine abgefeuert", "teilte mit", "die ukrainische Luftwaffe"],
        ["indirect", "Die Armee hat die Stadt eingenommen", "meldete", "Reuters"],
    ]  # not across a paragraph break


def test_reported_speech_of_someone_outside_the_dictionary_is_nobodys():
    text = "Donald Trump traf Rutte. Der Analyst Hans Meier sagte, die Nato sei gespalten."
    q = find_quotes(_articles(text))
    row = q[q["kind"] == "indirect"].iloc[0]
    assert row["quote"] == "die Nato sei gespalten" and pd.isna(row["speaker"]) and row["speaker_text"] == "Der Analyst Hans Meier"


def test_quoted_words_inside_a_reported_clause_belong_to_it_but_an_aside_with_its_own_verb_does_not():
    text = ('Erdogan sagte, Israel begehe "Völkermord" in Gaza.\n\n'
            'Gaza sei dem Erdboden gleichgemacht worden – "unsere Freunde müssen das sehen", sagte Selenskyj.')
    q = find_quotes(_articles(text))
    assert q[["kind", "quote"]].values.tolist() == [
        ["indirect", 'Israel begehe "Völkermord" in Gaza'],
        ["indirect", "Gaza sei dem Erdboden gleichgemacht worden"],
        ["direct", "unsere Freunde müssen das sehen"],
    ]
    assert q["speaker"].iloc[2] == "selenskyj"


def test_a_quotation_left_open_ends_with_its_sentence():
    text = 'Sie sagte: "Gerade jetzt müssen wir zusammenstehen. Kiesewetter wurde verletzt. "An Gewalt dürfen wir uns nicht gewöhnen", unterstrich Steinmeier.'
    q = find_quotes(_articles(text))
    assert "An Gewalt dürfen wir uns nicht gewöhnen" in q["quote"].tolist()


def test_short_quotations_named_by_a_verb_of_judging_belong_to_the_verbs_subject():
    # nzz.ch, 2024 (TV duel Weidel - Wagenknecht), marks as the loader writes them
    text = ('Die Frontfrauen Alice Weidel und Sahra Wagenknecht trafen sich im Fernsehen.\n\n'
            'Wagenknecht warf der israelischen Regierung "barbarische Kriegsführung" im Gazastreifen vor, den sie als "Freiluftgefängnis" bezeichnete.\n\n'
            'Weidel nannte Merkel abfällig die "erste grüne Kanzlerin".')
    q = find_quotes(_articles(text))
    direct = q[q["kind"] == "direct"]
    assert {"barbarische Kriegsführung", "Freiluftgefängnis", "erste grüne Kanzlerin"} <= set(direct["quote"])
    assert direct["speaker"].isna().all()  # Weidel said it, not Merkel: Weidel is not in the dictionary


def test_a_pronoun_after_a_person_the_dictionary_does_not_know_is_nobodys():
    # tagesschau.de, 2024-10-18; zeit.de, 2024-09 (both shortened)
    steinmeier = ('Bundespräsident Frank-Walter Steinmeier hat US-Präsident Joe Biden die höchste Auszeichnung verliehen.\n\n'
                  'Steinmeier würdigte Biden in einer Rede: "Unter Ihrer Führung ist die Allianz stärker als je zuvor", sagte er an den Präsidenten gewandt.')
    guenther = ('Unterstützung erhielt Merz auch von Schleswig-Holsteins Ministerpräsident Daniel Günther (CDU). '
                '"Ich werde nach allen Kräften Friedrich Merz als Kanzlerkandidaten unterstützen", sagte er.')
    trump = ('Unterdessen sagte Trump, die USA würden in der NATO bleiben.\n\n'
             '"Ich habe gesagt, dass ich mich nicht beteiligen werde, wenn Sie Ihre Rechnungen nicht bezahlen", sagte er im Weißen Haus.')
    q = find_quotes(_articles(steinmeier, guenther, trump))
    by = {a: g for a, g in q.groupby("article_id")}
    assert by["a0"][["kind", "speaker_text"]].values.tolist() == [["direct", "er"]] and by["a0"]["speaker"].isna().all()
    assert by["a1"]["speaker"].isna().all()
    assert by["a2"]["speaker"].tolist()[-1] == "trump"  # "Ihre Rechnungen" is no person's name


def test_quotations_attributed_with_a_feeling_a_summary_or_wie_x_sagte():
    # 2024 sports and news pages (shortened), read by hand: each quotation is someone's words
    text = ('"Das ist ein kleiner Befreiungsschlag", freute sich der Matchwinner über den ersten Heimsieg.\n\n'
            '"Aller Anfang ist schwer", fasste Dietmar Blicker das Geschehen vor 300 Zuschauern zusammen.\n\n'
            'Damit war Kimmich automatisch "der Kandidat Nummer eins", wie Nagelsmann sagte.\n\n'
            'Die Fanhilfe berichtet von einem "überzogenen Einsatz der Polizei" und von Pfefferspray.\n\n'
            'Hagari gab deren Zahl mit "mehr als 300" an.')
    q = find_quotes(_articles(text))
    rows = dict(zip(q["quote"], q["verb"]))
    assert rows.get("Das ist ein kleiner Befreiungsschlag") == "freute"
    assert q.loc[q["quote"] == "Das ist ein kleiner Befreiungsschlag", "speaker_text"].iloc[0] == "der Matchwinner"
    assert rows.get("Aller Anfang ist schwer") == "fasste"
    assert rows.get("der Kandidat Nummer eins") == "sagte"
    assert "überzogenen Einsatz der Polizei" in rows
    assert "mehr als 300" not in rows  # a number given, no cue of saying before it
    assert q["speaker"].isna().all()  # nobody here is in the dictionary


def test_a_quoted_name_after_its_article_is_no_quotation_of_the_person_in_the_sentence():
    # tagesschau.de, 2024-10-18
    text = ('Bundespräsident Frank-Walter Steinmeier hat US-Präsident Joe Biden bei dessen Besuch in Berlin die '
            '"Sonderstufe des Großkreuzes des Verdienstordens der Bundesrepublik" verliehen - Deutschlands höchste Auszeichnung.')
    assert find_quotes(_articles(text)).empty


def test_speaker_and_verb_before_a_colon_attribute_the_konjunktiv_after_it():
    q = find_quotes(_articles("Die SPD will 95 Prozent der Steuerzahler entlasten, CDU-Chef Merz warnt: Die Rechnung gehe nicht auf. "
                              "Betroffen wären nicht die Besserverdienenden.",
                              "Die Lage ist ernst, die Opposition warnt: Die Regierung hat keinen Plan."))
    merz = q[q["article_id"] == "a0"]
    assert len(merz) == 1 and merz["speaker"].iat[0] == "merz" and merz["verb"].iat[0] == "warnt"
    assert merz["quote"].iat[0].startswith("Die Rechnung gehe nicht auf") and "Besserverdienenden" in merz["quote"].iat[0]
    assert q[q["article_id"] == "a1"]["speaker"].isna().all()  # indicative, and no person named: the writer's words


def test_a_party_leader_named_by_role_is_the_holder_on_the_date():
    text = "Merz äußerte sich am Abend. \"Mehr Staat, mehr Schulden, mehr Bürokratie\", so der CDU-Vorsitzende."
    q = find_quotes(_articles(text))
    assert q["speaker"].tolist() == ["merz"]
    old = _articles("Der Parteitag begann. \"Wir bleiben in der Mitte\", sagte die CDU-Vorsitzende.").assign(
        published=pd.Timestamp("2020-02-01", tz="Europe/Berlin"))
    assert find_quotes(old)["speaker"].tolist() == ["kramp_karrenbauer"]


def test_a_subheading_that_is_all_quotation_is_said_by_its_sections_speaker():
    text = ("Die Spielerinnen feierten bis in den Morgen im deutschen Haus in Paris.\n\n\"Unsere Augen haben gefunkelt\"\n\n"
            "Am Morgen danach war die Stimmung noch immer gut. \"Wir haben das noch gar nicht begriffen\", sagte Merz am Rande.")
    q = find_quotes(_articles(text))
    heading = q[q["quote"] == "Unsere Augen haben gefunkelt"]
    assert len(heading) == 1 and heading["speaker"].iat[0] == "merz"
    title = find_quotes(_articles("Die Mannschaft siegte.").assign(title="\"Spirit gezeigt\": Ukraine feiert 2:1 gegen Slowakei"))
    assert title[title["field"] == "title"]["quote"].tolist() == ["Spirit gezeigt"]


def test_a_quotation_held_against_someone_is_attributed():
    q = find_quotes(_articles("\"Die Rechnung geht doch nicht auf\", hielt Merz dem entgegen. Die SPD widersprach."))
    assert q["speaker"].tolist() == ["merz"] and q["verb"].tolist() == ["hielt"]


def test_a_woman_introduced_by_her_occupation_is_who_she_stands_for():
    text = ("Hintergrund ist, dass Trump 2016 Schweigegeld an die Pornodarstellerin Stephanie Clifford zahlen ließ. "
            "Sie hatte behauptet, Sex mit ihm gehabt zu haben.")
    q = find_quotes(_articles(text))
    assert len(q) == 1 and q["speaker"].isna().all()  # not Trump's


def test_a_heading_quotation_belongs_to_the_part_after_the_dash():
    q = find_quotes(_articles("Die Debatte geht weiter.").assign(
        title="Scholz kontert FDP-Rentenpläne – Grüne fordern: \"Es ist Zeit, dass SPD und FDP ihren Streit beilegen\""))
    title = q[q["field"] == "title"]
    assert len(title) == 1 and title["speaker"].isna().all()  # the Greens', not Scholz's


def test_a_bare_state_after_laut_is_the_source():
    q = find_quotes(_articles("Nach russischen Angriffen sind laut Ukraine Energieanlagen in mehreren Regionen beschädigt worden."))
    assert q["speaker"].tolist() == ["UA"] and q["verb"].tolist() == ["laut"]


def test_a_headline_ending_in_a_short_quotation_after_a_colon_is_its_persons():
    q = find_quotes(_articles("Der Kanzler sprach am Samstag.").assign(title="Scholz kontert FDP-Sparpläne für die Rente mit 63: \"Absurd\""))
    title = q[q["field"] == "title"]
    assert title[["quote", "speaker"]].values.tolist() == [["Absurd", "scholz"]]


def test_an_apposition_between_the_speaker_and_the_verb_keeps_the_attribution():
    text = "Pascal Kober, der rentenpolitische Sprecher der FDP, betonte: \"Wir müssen bei der Rente mit 63 die Realität zur Kenntnis nehmen\"."
    q = find_quotes(_articles(text))
    assert q[["verb", "speaker_text"]].values.tolist() == [["betonte", "Pascal Kober"]] and q["speaker"].isna().all()


def test_a_short_quotation_promised_by_a_person_is_theirs():
    q = find_quotes(_articles("Merz sicherte der Ukraine in seiner Rede \"volle Unterstützung\" zu."))
    assert q[["quote", "speaker"]].values.tolist() == [["volle Unterstützung", "merz"]]


def test_a_headline_label_before_news_about_a_person_is_no_speaker():
    q = find_quotes(_articles("Der Trainer starb am Sonntag.").assign(title="Weltmeister-Trainer: Argentinier César Luis Menotti gestorben"))
    assert q[q["field"] == "title"].empty
    said = find_quotes(_articles("Die Ärzte warnen.").assign(title="Marburger Bund: Stärken werden nicht transparent gemacht"))
    assert said[said["field"] == "title"]["quote"].tolist() == ["Stärken werden nicht transparent gemacht"]


def test_short_quotations_classed_or_talked_of_are_someones_words():
    text = ("Das IZH wird vom Hamburger Verfassungsschutz beobachtet. Dieser stuft es als \"Instrument der iranischen Staatsführung\" ein. "
            "Die Länder berieten am Abend. Von einem \"Systemwechsel\" war die Rede.")
    assert find_quotes(_articles(text))["quote"].tolist() == ["Instrument der iranischen Staatsführung", "Systemwechsel"]


def test_a_heading_line_ending_in_a_quotation_is_its_persons():
    text = ("Merz sprach am Abend.\n\nCDU-Chef Merz dankt Merkel für \"politisches Lebenswerk\"\n\n"
            "Merz würdigte in seiner Begrüßungsrede Merkels politisches Wirken.")
    assert find_quotes(_articles(text))[["quote", "speaker"]].values.tolist() == [["politisches Lebenswerk", "merz"]]


def test_words_in_single_marks_are_quotations_and_apostrophes_are_not():
    text = ("Merz kritisiert Koalition - Pistorius spricht von 'harter Niederlage'\n\n"
            "Trump's Team lobte das Ergebnis, und es geht's weiter. Rutte sagte: \"Wir nennen das 'Abschreckung'.\"")
    q = find_quotes(_articles(text))
    direct = q[q["kind"] == "direct"]
    assert direct["quote"].tolist() == ["harter Niederlage", "Wir nennen das 'Abschreckung'."]  # the nested marks belong to Rutte's words
    assert direct["speaker"].tolist() == ["pistorius", "rutte"]
    assert all(text[r.start : r.end] == r.quote for r in q.itertuples())


def test_a_quoted_fragment_after_a_verb_of_approving_or_judging_is_the_persons():
    text = ('Der Abgeordnete Friedrich Merz befürwortete das "gemeinsame Zeichen" der Fraktionen. '
            'Boris Pistorius problematisierte die "große Bandbreite" des Problems.')
    q = find_quotes(_articles(text))
    assert list(zip(q["quote"], q["speaker"])) == [("gemeinsame Zeichen", "merz"), ("große Bandbreite", "pistorius")]


def test_a_quoted_fragment_expressed_or_judged_is_the_persons_a_programme_named_after_sich_aeussern_is_not():
    text = ('Kanzler Olaf Scholz bekundete seine "große Anteilnahme". Friedrich Merz hält einen "Kraftakt" für notwendig. '
            'Boris Pistorius will auf das "Ausmaß der Krise" hinweisen. '
            'Annalena Baerbock äußerte sich in der ARD-Sendung "Bericht aus Berlin" zurückhaltend.')
    q = find_quotes(_articles(text))
    assert list(zip(q["quote"], q["speaker"])) == [("große Anteilnahme", "scholz"), ("Kraftakt", "merz"), ("Ausmaß der Krise", "pistorius")]


def test_a_person_named_inside_the_quoted_words_is_not_the_pronouns_speaker():
    text = ('Bundespräsident Alexander Van der Bellen zeigte sich tief betroffen von ihrem Tod. "Sie hat in vielen Funktionen der '
            'Republik treu gedient. Als Hüterin unserer Verfassung und auch als erste Bundeskanzlerin", betonte er: '
            '"Ich habe sie als mutige Frau kennengelernt."')  # the chancellor on that date (Merz) is named only inside the quotation
    q = find_quotes(_articles(text))
    assert len(q) == 2 and q["speaker"].isna().all()


def test_short_words_after_a_colon_are_a_quotation_unless_a_name_is_introduced():
    text = ('Ist ein Bild aus seiner Sicht vollendet, reicht ein Wort: "Fertig!" Calmund hat Respekt vor dem Gegner: '
            '"Bin kein Traumtänzer". Das Motto der Demonstration: "Mehr Lohn jetzt".')
    q = find_quotes(_articles(text))
    assert list(q["quote"]) == ["Fertig!", "Bin kein Traumtänzer"] and set(q["kind"]) == {"direct"}


def test_a_konjunktiv_frame_before_a_colon_is_reported_speech_a_frame_whose_konjunktiv_is_quoted_is_not():
    text = ('Die Eltern erzählen von ihrem Sohn. Schon morgens um sechs Uhr gehe es los: "Mama, malen, malen." '
            'Pörksen verweist auf einen Politiker, der 2016 gesagt hatte: "Ich könnte auf der Straße stehen und würde keine Wähler verlieren."')
    q = find_quotes(_articles(text))
    assert list(zip(q["kind"], q["quote"])) == [
        ("indirect", "Schon morgens um sechs Uhr gehe es los"), ("direct", "Mama, malen, malen."),
        ("direct", "Ich könnte auf der Straße stehen und würde keine Wähler verlieren.")]


def test_short_quoted_words_in_a_heading_line_after_its_subject_are_a_quotation_a_title_is_not():
    text = ('Die Wahl in Berlin\n\nGrüne enttäuscht über "bestürzenden" Stimmverlust\n\nDie Partei verlor deutlich an Stimmen. '
            'Die Landeschefin sprach von einem schweren Abend.\n\nZDF zeigt neue Folge von "Tatort"\n\nDer Krimi läuft am Sonntag.')
    q = find_quotes(_articles(text))
    assert list(q["quote"]) == ["bestürzenden"]


def test_a_fragment_before_bezeichnete_and_after_a_long_sprach_von_is_the_persons():
    text = ('Berlins CDU-Generalsekretärin Ottilie Klein äußerte sich am Abend. Als die "großen Verlierer dieser Wahl" '
            'bezeichnete sie die Ampelparteien. Kevin Kühnert sprach in einer ersten Reaktion auf die schwachen Zahlen für '
            'seine Partei von einem "bitteren" Ergebnis.')
    q = find_quotes(_articles(text))
    assert {"großen Verlierer dieser Wahl", "bitteren"} <= set(q["quote"])


def test_a_headline_and_the_paragraph_after_it_are_no_unknown_persons_name():
    text = ("Die Regierung prüft die Übernahme\n\nDie italienische Ministerpräsidentin Giorgia Meloni sagte, ihre Regierung "
            "halte sich aus der Angelegenheit heraus.")
    q = find_quotes(_articles(text))
    assert list(q["speaker"]) == ["meloni"]


def test_heads_of_government_are_named_by_their_role_on_the_day():
    text = "Israels Regierungschef sagte, die Armee werde weiter kämpfen."
    q = find_quotes(_articles(text))
    assert list(q["speaker"]) == ["netanjahu"]


def test_a_characterisation_is_reported_speech_of_who_makes_it():
    q = find_quotes(_articles("Zudem bezeichnete Merz die SPD-Pläne für Entlastungen als völlig unrealistisch.",
                              "Steinmeier bezeichnete die Tat als Terrorakt, der auf die Gesellschaft abgezielt habe. Lübcke sei "
                              "gehasst worden.",
                              "Die Stadt wird als Zentrum der Region bezeichnet."))
    rows = q[["article_id", "kind", "speaker", "quote"]].values.tolist()
    assert rows[0] == ["a0", "indirect", "merz", "die SPD-Pläne für Entlastungen als völlig unrealistisch"]
    assert [r[0] for r in rows] == ["a0", "a1"]  # the Konjunktiv sentence after it continues the row; a passive names no one
    assert q.iloc[1]["quote"].endswith("Lübcke sei gehasst worden")
