"""Who says what: direct quotations and their speakers.

:func:`find_quotes` finds the text in quotation marks in titles and texts (the loader has
made every „…“, »…«, «…« a ``"``), pairs the marks paragraph by paragraph (a quotation over
several paragraphs opens each of them with a mark and closes only at its end), and reads
the attribution next to it:

- after the closing mark: ``"…", sagte der US-Beamte`` / ``"…", so Rutte`` / ``"…", fügte er hinzu``;
- before the opening mark: ``Rutte sagte: "…"``;
- inside a sentence whose person is named before it: ``Rutte macht sich laut eigener Aussage
  "überhaupt keine Sorgen"``;
- a quotation without any of these continues the speaker of the quotation just before it
  (same or previous paragraph: an interview answer, a second quote).

``speaker_text`` is the words naming the speaker as written ("der US-Beamte", "er");
``speaker`` is the dictionary actor they name (a pronoun: the person named last, in the same
or the previous paragraph), NA when the words name nobody in the dictionary, so a quotation
by someone outside it is never given to a dictionary actor. Short quotations (three words or
fewer) without an attribution are scare quotes or names ("Trump-Flüsterer") and left out.

Reported speech is found sentence by sentence (``kind="indirect"``, the span is the reported
content without the attribution words):

- a clause after a verb of saying and a comma: ``Erdogan kritisierte, der Westen stehe …`` /
  ``Die Polizei teilte mit, dass …``;
- a clause before its verb at the end of the sentence: ``…, sagte ein Polizeisprecher.`` /
  ``…, so Rutte.`` / ``…, hieß es.``;
- a sentence that names its source: ``laut X``, ``X zufolge``, ``nach Angaben von X``,
  ``wie X mitteilte, …``, ``demnach`` (the source of the statement before);
- a headline "Speaker: statement" without quotation marks (``Pistorius: Russlands …``);
- a sentence in the subjunctive with no attribution of its own that follows a quotation
  continues it: it joins a reported row whose attribution opens it ("Laut Hagari … . Dutzende
  seien …" is one row), and is a row of its own, with the same speaker, after a quotation
  whose attribution closes it.

A clause that is (nearly) all one quotation in marks stays a direct quotation; quoted words
inside a reported clause without an attribution of their own belong to the reported row
(nested), not to a row of their own.
"""

from __future__ import annotations

import bisect
import functools
import re

import numpy as np
import pandas as pd

from . import patterns as P
from . import schema
from .actors import find_mentions
from .lexicon import Lexicon
from .loading import field_text
from .sentences import index_at, paragraph_spans, segment_paragraphs

COLUMNS = list(schema.QUOTES)
_SPEAKER_TYPES = ("person", "organisation", "country")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the words inside each pair of quotation marks (``text[start:end]``).

    Examples
    --------
    >>> text = 'Er sagte: "Wir bleiben." Dann "ging" er.'
    >>> [text[s:e] for s, e in quote_spans(text)]
    ['Wir bleiben.', 'ging']
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    opened_at_paragraph_start = False
    previous_end = 0
    for ps, pe in paragraph_spans(text):
        marks, m = [], text.find('"', ps, pe)
        while m >= 0:
            marks.append(m)
            m = text.find('"', m + 1, pe)
        if open_at is not None:
            if marks and marks[0] == ps and opened_at_paragraph_start:
                marks = marks[1:]  # the mark that opens each paragraph of a long quotation
            else:
                spans.append((open_at, previous_end))  # never closed: it ends with its paragraph
                open_at = None
        for m in marks:
            if open_at is None:
                open_at, opened_at_paragraph_start = m + 1, m == ps
            elif _opens(text, m) and not _closes(text, m) and P.SENTENCE_END_RE.search(text, open_at, m):
                # the quotation before was never closed: it ends with its last sentence, and this mark opens a new one
                end = max(e.end() for e in P.SENTENCE_END_RE.finditer(text, open_at, m))
                spans.append((open_at, end))
                open_at, opened_at_paragraph_start = m + 1, m == ps
            else:
                spans.append((open_at, m))
                open_at = None
        if open_at is not None and not opened_at_paragraph_start:
            spans.append((open_at, pe))
            open_at = None
        previous_end = pe
    if open_at is not None:
        spans.append((open_at, previous_end))
    spans = [(s, e) for s, e in spans if text[s:e].strip()]
    return sorted(spans + _single_quote_spans(text, spans))


def _single_quote_spans(text: str, double: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words in single marks outside any double-quoted span (headlines: "SPD spricht von
    'harter Niederlage'"); a mark inside a word is an apostrophe ("Trump's", "geht's"), and
    nested marks belong to the quotation around them."""
    out: list[tuple[int, int]] = []
    starts = [s for s, _ in double]
    for ps, pe in paragraph_spans(text):
        open_at = None
        m = text.find("'", ps, pe)
        while m >= 0:
            k = bisect.bisect_right(starts, m) - 1
            inside = k >= 0 and double[k][0] - 1 <= m <= double[k][1]
            if inside:
                open_at = None
            elif open_at is None:
                if (m == ps or text[m - 1] in P.SINGLE_QUOTE_OPEN_AFTER) and m + 1 < pe and text[m + 1].isalpha():
                    open_at = m + 1
            elif not text[m - 1].isspace() and (m + 1 >= pe or not text[m + 1].isalnum()):
                if len(text[open_at:m].split()) <= P.MAX_SINGLE_QUOTE_WORDS and '"' not in text[open_at:m]:
                    out.append((open_at, m))
                open_at = None
            m = text.find("'", m + 1, pe)
    return out


def _opens(text: str, m: int) -> bool:
    """The mark at ``m`` stands where an opening mark does: after a space or a line start, before a word."""
    return (m == 0 or text[m - 1].isspace()) and m + 1 < len(text) and not text[m + 1].isspace()


def _closes(text: str, m: int) -> bool:
    """The mark at ``m`` stands where a closing mark does: right after a word or punctuation."""
    return m > 0 and not text[m - 1].isspace()


def _trim_speaker(who: str) -> str:
    """The noun phrase naming the speaker: "NATO-Sprecherin Farah Dakhlallah der Nachrichtenagentur dpa"
    -> "NATO-Sprecherin Farah Dakhlallah"."""
    words = who.split()
    for i, word in enumerate(words[1:], start=1):
        if word in P.SPEAKER_END_WORDS and any(w[:1].isupper() for w in words[:i]):
            return " ".join(words[:i])
    return " ".join(words)


def _subject_words(before_verb: str, mid: str, particles: tuple[str, ...]) -> tuple[str, bool]:
    """The words naming who speaks in "<before_verb> sagte <mid>, …", and whether they stand
    before the verb: the words before it ("Pistorius", "Der SPD-Politiker", "er" in "Mehrfach
    hatte er … betont"), or after it when those are an adverbial ("Am Montag sagte Pistorius")."""
    before = before_verb.split(":")[-1].split()
    for i, word in enumerate(before):
        if word in P.SPEAKER_PRONOUNS and i > 0:
            return word, True
        if word in P.AUXILIARY_VERBS and i > 0:
            before = before[:i]
            break
    inverted = not before or before[0] in P.NON_SPEAKER_OPENERS or (len(before) == 1 and before[0].endswith(("dessen", "dem", "her", "mals")))
    if not inverted:
        return _trim_speaker(" ".join(before)), True
    rest = [w for w in mid.split() if w not in particles and w != "sich"]
    return _trim_speaker(" ".join(rest)), False


def attribution(text: str, start: int, end: int, ps: int, pe: int) -> tuple[str, str, int] | None:
    """``(verb, speaker words, offset of the speaker words)`` next to a quotation, or None;
    ``ps`` is the start of the paragraph the quotation opens in, ``pe`` the end of the one it closes in."""
    after_at = min(end + 1, pe)
    if m := P.QUOTE_ATTRIBUTION_AFTER_RE.match(text[after_at : min(pe, after_at + 160)]):
        who = m["who"].strip()
        if who.startswith("sich "):  # ""…", freute sich der Matchwinner"
            who = who[5:]
        who = _trim_speaker(who)
        return m["verb"], who, text.find(who, after_at + m.start("who")) if who else after_at + m.start("who")
    if m := P.QUOTE_ATTRIBUTION_WIE_RE.match(text[after_at : min(pe, after_at + 160)]):
        return m["verb"], m["who"].strip(), after_at + m.start("who")
    before_from = max(ps, start - 1 - 160)
    if m := P.QUOTE_ATTRIBUTION_BEFORE_RE.search(text[before_from : max(before_from, start - 1)]):
        return m["verb"], m["who"].strip(), before_from + m.start("who")
    return None


def _overlapping(rx: re.Pattern, text: str):
    """Matches of a two-word pattern, the next one searched from the last word of the one before."""
    pos = 0
    while m := rx.search(text, pos):
        yield m
        pos = m.start() + m.group().rfind(" ") + 1 if " " in m.group().strip() else m.end()


class _Speakers:
    """The dictionary mentions of one field, to name speakers."""

    def __init__(self, mentions: tuple[list[int], list[int], list[str], list[str]], text: str, quoted: list[tuple[int, int]] = ()):
        self.text = text
        self.starts, self.ends, self.ids, self.types = mentions  # sorted by start
        self.quoted = list(quoted)  # the spans inside quotation marks, sorted

    def in_quotation(self, k: int) -> bool:
        """True when mention ``k`` stands inside quotation marks (a person the quoted words name)."""
        i = bisect.bisect_right(self.quoted, (self.starts[k], float("inf"))) - 1
        return i >= 0 and self.quoted[i][0] <= self.starts[k] < self.quoted[i][1]

    @functools.cached_property
    def _unknown(self) -> tuple[list[int], list[int]]:
        """Starts of the names of people the dictionary does not know ("Frank-Walter Steinmeier",
        and later in the text his surname alone: "Steinmeier würdigte Biden"), and of those
        introduced with a role or a party ("Ministerpräsident Daniel Günther (CDU)")."""
        text = self.text
        unknown, surnames, introduced = set(), set(), []
        for m in _overlapping(P.PERSON_NAME_RE, text):  # "Frontfrauen Alice Weidel": "Alice Weidel" too
            if self.named_in(m.start(), m.end()) is None:
                unknown.add(m.start())
                surnames.add(m.group().split()[-1])
                if P.PERSON_INTRODUCED_BEFORE_RE.search(text, max(m.start() - 40, 0), m.start()) or P.PERSON_INTRODUCED_AFTER_RE.match(text, m.end()):
                    introduced.append(m.start())
        for surname in surnames:  # each place the surname stands alone, as a whole word
            at = text.find(surname)
            while at >= 0:
                end = at + len(surname)
                if not (at and text[at - 1].isalnum()) and not (end < len(text) and text[end].isalnum()) and self.named_in(at, end) is None:
                    unknown.add(at)
                at = text.find(surname, end)
        return sorted(unknown), introduced

    def named_in(self, lo: int, hi: int) -> int | None:
        """The mention (its number) of the actor named between ``lo`` and ``hi``, a person before an organisation."""
        first = None
        for k in range(bisect.bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[k] >= hi:
                break
            if self.types[k] == "person":
                return k
            if first is None:
                first = k
        return first

    def person_in(self, lo: int, hi: int, outside_quotations: bool = False) -> int | None:
        """The first person (mention number) named between ``lo`` and ``hi`` (with
        ``outside_quotations``, not inside quotation marks)."""
        for k in range(bisect.bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[k] >= hi:
                return None
            if self.types[k] == "person" and not (outside_quotations and self.in_quotation(k)):
                return k
        return None

    def last_person_in(self, lo: int, hi: int) -> int | None:
        """The last person (mention number) named between ``lo`` and ``hi`` outside quotation
        marks, unless a person the dictionary does not know is named after it ("Borrell sprach von … . UN-Generalsekretär
        António Guterres forderte "…"")."""
        last = None
        for k in range(bisect.bisect_left(self.starts, lo), len(self.starts)):
            if self.starts[k] >= hi:
                break
            if self.types[k] == "person" and not self.in_quotation(k):  # not one the quoted words name
                last = k
        if last is not None and self.unknown_person_in(self.ends[last], hi):
            return None
        return last

    def unknown_person_in(self, lo: int, hi: int) -> bool:
        """True when a person's name that is no dictionary mention starts between ``lo`` and ``hi``
        (a first and last name, or the last name alone of a person named so before)."""
        starts = self._unknown[0]
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    def introduced_person_in(self, lo: int, hi: int) -> bool:
        """True when a person the dictionary does not know is introduced between ``lo`` and ``hi``
        with a role or a party ("Ministerpräsident Daniel Günther", "Daniel Günther (CDU)")."""
        starts = self._unknown[1]
        i = bisect.bisect_left(starts, lo)
        return i < len(starts) and starts[i] < hi

    def named_as(self, lo: int, hi: int, words: str) -> int | None:
        """The actor the speaker words name: a person in them, or an organisation or state
        that is all of them ("die Bundesregierung", "der Kreml"); a role of another actor
        ("der US-Beamte", "NATO-Sprecherin Farah Dakhlallah") names nobody in the dictionary."""
        if (k := self.person_in(lo, hi)) is not None:
            return k
        k = self.named_in(lo, hi)
        if k is not None and len(words.split()) <= 2 and self.ends[k] - self.starts[k] >= len(words.split()[-1]) - 1:
            named = self.text[self.starts[k] : self.ends[k]]
            if self.types[k] == "country" and named.endswith(P.DEMONYM_ENDINGS):
                return None  # "der Niederländer" is a person from the country, not the state
            return k
        return None


def _source_words(who: str, backwards: bool = False) -> str:
    """The noun phrase that names a source, from the words after "laut"/"nach Angaben" (or,
    ``backwards``, before "zufolge"): it ends at the first lower-case word after a noun that
    is no article or genitive link ("des israelischen Militärs feuerte" -> "des israelischen
    Militärs"; "hat Berichten" -> "Berichten")."""
    words = who.split()
    if backwards:
        words = words[::-1]
    kept: list[str] = []
    seen_noun = False
    for word in words:
        bare = word.strip(",.;:!?()")
        if not bare:
            break
        if bare[:1].isupper() or bare[:1].isdigit():
            seen_noun = True
        elif seen_noun and bare not in (P.SOURCE_LINK_WORDS | P.SPEAKER_ARTICLES if backwards else P.SOURCE_LINK_WORDS):
            break
        elif not seen_noun and backwards:
            break
        kept.append(word)
    if backwards:
        kept = kept[::-1]
    while kept and kept[-1] in P.SOURCE_LINK_WORDS | P.SPEAKER_ARTICLES:  # "der Polizei der" -> "der Polizei"
        kept.pop()
    return " ".join(kept)


def _headline_speaker(text: str, lo: int, hi: int, speakers: _Speakers) -> tuple[str, str, int] | None:
    """``("", speaker words, offset)`` when the words between ``lo`` and ``hi`` are "Speaker:"
    in a headline ("Politikexperte: "…"", "St.-Pauli-Coach Hürzeler: "…"", "Pistorius: …")."""
    head = text[lo:hi].rstrip()
    if not head.endswith(":"):
        return None
    who = head[:-1].split(":")[-1].strip()
    at = lo + head[:-1].rfind(who)
    if not who or len(who.split()) > 4:
        return None
    if speakers.person_in(at, at + len(who)) is not None or P.HEADLINE_SPEAKER_RE.match(who) or P.PERSON_NAME_RE.search(who):
        return "", who, at
    if re.fullmatch(r"[A-ZÄÖÜ][\w-]+", who) and (lo == 0 or text[lo - 2 : lo] == "\n\n") and len(text[lo:hi].split()) <= 2:
        return "", who, at  # a subheading "Steinmeier: "…""
    return None


def _names_a_person(text: str, lo: int, hi: int, speakers: _Speakers) -> bool:
    """True when a person is named between ``lo`` and ``hi``: after a headline's colon, the news
    is about that person ("Spanien: Sánchez schließt Neuwahlen aus"), not what the label says."""
    return speakers.person_in(lo, hi) is not None or bool(P.PERSON_NAME_RE.search(text, lo, hi))


def _in_heading_line(text: str, position: int) -> bool:
    """True when the line holding ``position`` is a heading ("Kreml: "Kein Durchbruch" bei
    Verhandlungen"): its speaker does not carry to the text below it."""
    lo = text.rfind("\n", 0, position) + 1
    hi = text.find("\n", position)
    return _is_heading(text[lo : hi if hi >= 0 else len(text)])


def _is_heading(paragraph: str) -> bool:
    return len(paragraph.split()) <= P.MAX_HEADING_WORDS and not paragraph.rstrip().endswith((".", "!", "?", '"', ":"))


def _field_quotes(text: str, mentions: tuple[list[int], list[int], list[str], list[str]]) -> list[dict]:
    spans = quote_spans(text)
    paragraphs = paragraph_spans(text)
    paragraph_starts = [ps for ps, _ in paragraphs]
    speakers = _Speakers(mentions, text, spans)
    wanted = {index_at(paragraph_starts, s) for s, _ in spans}
    wanted |= {max(p - 1, 0) for p in wanted}
    cues = [m.start() for m in P.REPORTED_ANY_CUE_RE.finditer(text)]  # where reported speech may be
    konjunktiv = [m.start() for m in P.KONJUNKTIV_RE.finditer(text)]
    wanted |= {index_at(paragraph_starts, c) for c in cues} | {index_at(paragraph_starts, c) for c in konjunktiv}
    if not wanted:
        return []
    sentences = segment_paragraphs(text, wanted)
    sentence_starts = [s.start for s in sentences]
    headings = [_is_heading(text[ps:pe]) for ps, pe in paragraphs]
    body_index, n_body = [], 0  # paragraph -> how many paragraphs before it are not headings
    for heading in headings:
        body_index.append(n_body)
        n_body += not heading
    rows: list[dict] = []
    for start, end in spans:
        p = index_at(paragraph_starts, start)
        s_at = index_at(sentence_starts, start)
        sentence = sentences[s_at]
        found = attribution(text, start, end, paragraphs[p][0], paragraphs[index_at(paragraph_starts, end)][1])
        verb, speaker_text, k = "", "", None
        if found:
            verb, speaker_text, at = found
            if speaker_text in P.SPEAKER_PRONOUNS:
                k = _pronoun_person(speakers, sentences, s_at, start, paragraphs[max(p - 1, 0)][0])
            else:
                k = speakers.named_as(at, at + len(speaker_text), speaker_text)
        if not found:  # "Politikexperte: "…"" / "St.-Pauli-Coach Hürzeler: "…""
            found = _headline_speaker(text, max(paragraphs[p][0], start - 1 - 80), start - 1, speakers)
            if found:
                verb, speaker_text, at = found
                k = speakers.named_as(at, at + len(speaker_text), speaker_text)
        cued = False
        if not found and sentence.start < start - 1:  # inside a sentence: its person named before the quotation
            short = len(text[start:end].split()) <= P.MAX_UNATTRIBUTED_QUOTE_WORDS
            # in a heading, the part after its last dash: "Scholz kontert FDP – Grüne fordern: "…"" is not Scholz's
            headline = headings[p] or (len(text[paragraphs[p][0] : paragraphs[p][1]].split()) <= P.MAX_HEADLINE_QUOTE_LINE_WORDS
                                       and sentence.start == paragraphs[p][0])  # a headline line ending in its quotation
            lo = max([sentence.start, *(at + len(sep) for sep in (" – ", " - ", "; ") if (at := text.rfind(sep, sentence.start, start - 1)) >= 0)]) \
                if headline else sentence.start
            if not text[lo : start - 1].strip(" :"):
                lo = sentence.start  # "Merz rügt Steuerpläne der SPD – "Das ist …"": nothing after the dash, the line's person says it
            cue = P.SHORT_QUOTE_CUE_RE.search(text, lo, start - 1)
            # a heading naming its person before the words: "Netanjahu über Gazas Zukunft: Kein "…""
            # or a headline line ending in its quotation after a colon: "Scholz kontert FDP-Sparpläne: "Absurd""
            colon_headline = headline and text[lo : start - 1].rstrip().endswith(":") and text[end + 1 : paragraphs[p][1]].strip() == ""
            # or a heading line that ends in its quotation: "CDU-Chef Merz dankt Merkel für "politisches Lebenswerk""
            line = text[paragraphs[p][0] : paragraphs[p][1]].rstrip()
            quote_heading = line.endswith(('"', "'")) and _is_heading(line[:-1]) and text[end + 1 : paragraphs[p][1]].strip() == ""
            in_heading = speakers.person_in(lo, start - 1) if headings[p] or colon_headline or quote_heading else None
            after_colon = bool(P.COLON_BEFORE_QUOTE_RE.search(text, max(lo, start - 4), start - 1)) and not P.NAMING_BEFORE_COLON_RE.search(
                text, max(lo, start - 60), start - 1)
            # a heading line whose subject is named before the words: "Grüne enttäuscht über "bestürzenden" Stimmverlust",
            # "Kühnert kündigt "Fehlersuche" an" (not a title: "ZDF zeigt "Tatort"", see NAMING_BEFORE_QUOTE_RE)
            heading_words = (headings[p] or quote_heading) and short \
                and bool(P.HEADING_SUBJECT_BEFORE_RE.fullmatch(text, paragraphs[p][0], start - 1)) \
                and not P.NAMING_BEFORE_QUOTE_RE.search(text, max(paragraphs[p][0], start - 40), start - 1) \
                and not P.NAME_BEFORE_QUOTE_RE.search(text, max(paragraphs[p][0], start - 12), start)  # "Der "Trump-Flüsterer" am Werk"
            cued = bool(cue or in_heading is not None or after_colon or heading_words
                        or (len(text[start:end].split()) <= P.MAX_UNATTRIBUTED_FRAGMENT_WORDS and P.SHORT_QUOTE_AFTER_CUE_RE.match(text, end + 1)))
            if not short or cued:
                pronoun = P.SENTENCE_PRONOUN_RE.match(text, sentence.start, start - 1)
                if pronoun and cued:
                    k = _pronoun_person(speakers, sentences, s_at, sentence.start, paragraphs[max(p - 1, 0)][0])
                    speaker_text = pronoun[1]
                else:
                    # the person before the cue's verb says it ("Weidel nannte Merkel die "…""), else the last one before the words
                    k = in_heading if in_heading is not None else speakers.last_person_in(lo, cue.start()) if cue else None
                    if k is None and not (cue and speakers.unknown_person_in(lo, cue.start())):
                        k = speakers.last_person_in(lo, start - 1)
                    if k is not None:
                        speaker_text = text[speakers.starts[k] : speakers.ends[k]]
        if (not found and not cued and k is not None and P.NAME_BEFORE_QUOTE_RE.search(text, max(sentence.start, start - 12), start)
                and len(text[start:end].split()) <= P.MAX_UNATTRIBUTED_FRAGMENT_WORDS and not text[start:end].rstrip().endswith((".", "!", "?", "…"))):
            continue  # a name after its article in a sentence about a person: "hat Biden die "Sonderstufe des Großkreuzes …" verliehen"
        speaker = speakers.ids[k] if k is not None else None
        # a heading that is all quotation ("Unsere Augen haben gefunkelt" over a section), or a
        # headline that opens with one before a colon ("Spirit gezeigt": Ukraine feiert …)
        quote_words = text[start:end].split()
        heading_quote = not found and (
            (text[paragraphs[p][0] : paragraphs[p][1]].strip() == f'"{text[start:end]}"' and len(quote_words) <= P.MAX_HEADING_WORDS
             and not text[start:end].rstrip().endswith((".", "!", "?")))
            or (headings[p] and start - 1 == paragraphs[p][0] and text[end + 1 : end + 2] == ":"))
        if not found and speaker is None and not cued and not heading_quote:
            words = text[start:end].split()
            if len(words) <= P.MAX_UNATTRIBUTED_QUOTE_WORDS:
                continue  # a scare quote or a name
            if len(words) <= P.MAX_UNATTRIBUTED_FRAGMENT_WORDS and not text[start:end].rstrip().endswith((".", "!", "?", "…")):
                continue  # a motto, a title or a slogan: "Mehr Lohn, mehr Freizeit, mehr Sicherheit"
            if rows and body_index[p] - body_index[rows[-1]["paragraph"]] <= P.SPEAKER_CARRY_PARAGRAPHS and not _in_heading_line(text, rows[-1]["start"]):
                speaker, speaker_text, verb = rows[-1]["speaker"], rows[-1]["speaker_text"], ""
        rows.append({"paragraph": p, "start": start, "end": end, "quote": text[start:end], "kind": "direct", "verb": verb,
                     "speaker": speaker, "speaker_text": speaker_text, "sentence": text[sentence.start : sentence.end],
                     "attributed": bool(found), "heading_quote": heading_quote and speaker is None})
    _section_speakers(rows, headings)
    rows = _with_reported(text, rows, sentences, speakers, paragraphs, headings, cues, konjunktiv)
    for row in rows:
        row.pop("attributed", None), row.pop("heading_quote", None)
    return rows


def _section_speakers(rows: list[dict], headings: list[bool]) -> None:
    """A quotation that is a whole subheading is said by the speaker of the next quotation in
    its section (before the next heading), when that one has a known speaker."""
    for i, row in enumerate(rows):
        if not row["heading_quote"]:
            continue
        for later in rows[i + 1 :]:
            if later["paragraph"] == row["paragraph"] or any(headings[row["paragraph"] + 1 : later["paragraph"] + 1]):
                break
            if later["speaker"] is not None:
                row["speaker"], row["speaker_text"] = later["speaker"], later["speaker_text"]
                break


def _near(quoted: list[tuple[int, int]], start: int, end: int) -> range:
    """Numbers of the (sorted, disjoint) ``quoted`` spans that may overlap ``start``-``end``."""
    return range(max(bisect.bisect_left(quoted, (start,)) - 1, 0), bisect.bisect_left(quoted, (end,)))


def _outside_words(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> int:
    """Number of words between ``start`` and ``end`` that stand outside the ``quoted`` spans."""
    pieces, at = [], start
    for i in _near(quoted, start, end):
        qs, qe = quoted[i]
        if qe <= start or qs >= end:
            continue
        pieces.append(text[at : max(at, qs - 1)])
        at = max(at, qe + 1)
    pieces.append(text[at:end])
    return sum(len(piece.split()) for piece in pieces)


def _content_end(text: str, start: int, end: int) -> int:
    """``end`` without the sentence's closing punctuation and spaces."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ".!?;:"):
        end -= 1
    return end


def _starts_in(quoted: list[tuple[int, int]], lo: int, hi: int) -> bool:
    """True when one of the (sorted) ``quoted`` spans starts between ``lo`` and ``hi``."""
    i = bisect.bisect_left(quoted, (lo,))
    return i < len(quoted) and quoted[i][0] < hi


def _reported_end(text: str, quoted: list[tuple[int, int]], lo: int, hi: int) -> int | None:
    """Where the reported words of the sentence ``lo``-``hi`` end: at its end when no quotation
    starts in it; before the colon when one follows a colon ("Schon morgens gehe es los: "Mama,
    malen""), the frame being reported speech of its own when its own words are in the Konjunktiv;
    else None."""
    i = bisect.bisect_left(quoted, (lo,))
    if not (i < len(quoted) and quoted[i][0] < hi):
        return _content_end(text, lo, hi)
    colon = text.rfind(":", lo, quoted[i][0])
    if colon < 0 or text[colon + 1 : quoted[i][0] - 1].strip() or len(text[lo:colon].split()) < P.MIN_FRAME_WORDS:
        return None
    if not P.KONJUNKTIV_RE.search(text, lo, colon):
        return None  # the Konjunktiv is the quotation's ("…, der gesagt hatte: "Ich könnte …"")
    return _content_end(text, lo, colon)


def _in_quote(quoted: list[tuple[int, int]], position: int) -> bool:
    """True when ``position`` lies inside one of the (sorted) ``quoted`` spans."""
    i = bisect.bisect_right(quoted, (position, float("inf"))) - 1
    return i >= 0 and quoted[i][0] <= position < quoted[i][1]


def _colon_quote_before(text: str, quoted: list[tuple[int, int]], lo: int, position: int) -> bool:
    """True when a quotation introduced by a colon ends right before ``position`` ("Steinmeier
    würdigte Biden: "…", sagte er"): the attribution is the quotation's, not a reported clause's."""
    head = text[lo:position].rstrip()
    if not head.endswith('"'):
        return False
    i = bisect.bisect_right(quoted, (lo + len(head) - 1, float("inf"))) - 1
    return i >= 0 and quoted[i][0] > lo and text[lo : quoted[i][0] - 1].rstrip().endswith(":")


def _reported_in(text: str, sentence, speakers: _Speakers, headline: bool, quoted: list[tuple[int, int]]) -> dict | None:
    """The reported speech of one sentence: ``start``/``end`` of the content, ``verb``,
    ``speaker_text`` with its offset (``at``), ``opens`` (the attribution stands at or inside
    the content's start, so subjunctive sentences after it continue the row)."""
    s0, s1 = sentence.start, _content_end(text, sentence.start, sentence.end)
    if s1 - s0 < 8:
        return None
    if (m := P.REPORTED_TAIL_RE.search(text, s0, sentence.end)) and not _in_quote(quoted, m.start("verb")) and not _colon_quote_before(text, quoted, s0, m.start()):
        verb = m["verb"]
        who_words = m["who"].split()
        particles = P.REPORTING_VERBS.get(verb, ())
        if particles and who_words and who_words[-1] in particles:
            verb, who_words = f"{verb} {who_words[-1]}", who_words[:-1]
        elif particles:
            who_words = []  # "…, gab er an" needs its particle; without it this is no attribution
        if verb in ("hieß", "heißt"):
            verb, who_words = f"{verb} es", who_words[1:] if who_words[:1] == ["es"] else []
        if (who_words or verb.startswith(("hieß", "heißt"))) and (
            verb != "so" or who_words[0][:1].isupper() or who_words[0] in P.SPEAKER_ARTICLES
        ):
            who = _trim_speaker(" ".join(who_words))
            end = _content_end(text, s0, m.start())
            if end - s0 >= 8:
                return {"start": s0, "end": end, "verb": verb, "speaker_text": who,
                        "at": text.find(who, m.start("who")) if who else m.start("who"), "opens": False, "clause": True}
    m = P.REPORTED_CLAUSE_RE.search(text, s0, s1)
    while m and (_in_quote(quoted, m.start("verb")) or text[s0 : m.start("verb")].rstrip().endswith(('",', '"'))):
        m = P.REPORTED_CLAUSE_RE.search(text, m.end("verb"), s1)  # a verb in a quotation, or one that attributes it
    if m:
        verb, mid = m["verb"], m["mid"].split()
        particles = P.REPORTING_VERBS[verb]
        demand = verb.startswith(P.DEMAND_VERB_STEMS)
        if (not particles or any(w in particles for w in mid)) and m.end() < s1 and (
            not demand or m.group(0).rstrip().endswith(("dass", "wonach")) or P.CLAUSE_MARK_RE.search(text, m.end(), s1)
            or P.KONJUNKTIV_RE.search(text, m.end(), s1)
        ):
            who, before = _subject_words(text[s0 : m.start("verb")], m["mid"], particles)
            at = (text.rfind(who, s0, m.start("verb")) if before else text.find(who, m.start("mid"), m.end("mid"))) if who else -1
            at = at if at >= 0 else m.start("mid")
            full_verb = verb + ("".join(f" {w}" for w in mid if w in particles) if particles else "")
            return {"start": m.end(), "end": s1, "verb": full_verb, "speaker_text": who, "at": max(at, s0), "opens": True, "clause": True}
    if (found := _characterisation(text, s0, s1, speakers, quoted)) is not None:
        return found
    m = P.REPORTED_SOURCE_RE.search(text, s0, s1)
    while m and _in_quote(quoted, m.start()):
        m = P.REPORTED_SOURCE_RE.search(text, m.end(), s1)
    if m:
        start, end = s0, s1
        if m["verb7"]:  # "Die Armee hat die Stadt eingenommen, wie die Zeitung berichtete.": the content is before it
            verb, who, at, end = m["verb7"], m["who7"], m.start("who7"), m.start()
        elif m["verb"]:
            verb, who, at = m["verb"], _source_words(m["who"]), m.start("who")
        elif m["verb2"]:
            verb, who = m["verb2"], _source_words(m["who2"], backwards=True)
            at = m.end("who2") - len(who)
        elif m["verb3"]:
            verb, who = f"nach {m['verb3']}", _source_words(m["who3"])
            at = m.start("who3") + (len(m["who3"]) - len(m["who3"].lstrip()))
            if m.start() == s0 and who:
                start = at + len(who)  # "Nach Angaben des Militärs feuerte …": the content follows the source
            elif m.start() == s0:
                start = m.end("verb3")
        elif m["verb4"]:
            verb, who, at, start = m["verb4"], m["who4"], m.start("who4"), m.end()
        elif m["verb5"]:
            verb, who, at = m["verb5"], "", m.start("verb5")
        else:
            verb, who = f"{m['verb6']} es", _source_words(m["who6"])
            at = m.start("who6") + (len(m["who6"]) - len(m["who6"].lstrip()))
        while start < s1 and text[start] in " ,":
            start += 1
        if end - start >= 8:
            return {"start": start, "end": end, "verb": verb, "speaker_text": who, "at": at, "opens": end == s1,
                    "clause": bool(P.KONJUNKTIV_RE.search(text, start, end)), "own": who.startswith(("eigene", "eigener"))}
    if (found := _colon_attribution(text, s0, s1, speakers, quoted)) is not None:
        return found
    if headline and ":" in text[s0:s1]:
        colon = text.rindex(":", s0, s1)
        if (found := _headline_speaker(text, s0, colon + 1, speakers)) and colon + 2 < s1 \
                and not _names_a_person(text, colon + 1, min(s1, colon + 1 + P.HEADLINE_TOPIC_PERSON_CHARS), speakers):
            return {"start": colon + 2, "end": s1, "verb": "", "speaker_text": found[1], "at": found[2], "opens": True, "clause": True}
    return None


def _characterisation(text: str, s0: int, s1: int, speakers: _Speakers, quoted: list[tuple[int, int]]) -> dict | None:
    """Reported speech that calls something something ("Weidel bezeichnete jede Aufweichung der Schuldenbremse als
    verfassungswidrig"): the content is the object and what it is called. The speaker stands before the verb, or right
    after it as a dictionary person or a pronoun ("Zudem bezeichnete Weidel die Nato-Osterweiterung als Ursache ...")."""
    m = P.CHARACTERISATION_RE.search(text, s0, s1)
    if not m or _in_quote(quoted, m.start("verb")) or m.end() < s1 - 1:
        return None
    who, before = _subject_words(text[s0 : m.start("verb")], "", ())
    start = m.start("rest")
    if not before:  # inverted: the speaker is the first words after the verb
        k = speakers.person_in(m.start("rest"), m.end("rest"))
        head = text[m.start("rest") : m.end("rest")].lstrip()
        lead = m.end("rest") - len(text[m.start("rest") : m.end("rest")].lstrip())
        if k is not None and speakers.starts[k] == lead:
            who, start = text[speakers.starts[k] : speakers.ends[k]], speakers.ends[k]
        elif head.split()[:1] and head.split()[0] in P.SPEAKER_PRONOUNS:
            who, start = head.split()[0], lead + len(head.split()[0])
        else:
            return None
    if not who:
        return None
    while start < s1 and text[start] == " ":
        start += 1
    end = _content_end(text, start, m.end())
    if end - start < 8:
        return None
    at = text.rfind(who, s0, m.start("verb")) if before else text.find(who, m.start("verb"))
    return {"start": start, "end": end, "verb": m["verb"], "speaker_text": who, "at": max(at, s0), "opens": True, "clause": True}


def _colon_attribution(text: str, s0: int, s1: int, speakers: _Speakers, quoted: list[tuple[int, int]]) -> dict | None:
    """Reported speech after "Speaker verb:" in a sentence of the body ("CDU-Chef Merz warnt:
    Die Rechnung gehe nicht auf."): the clause before the colon ends in a verb of saying
    that needs no particle, its other words (at most five) name a person, and the words
    after the colon are in the Konjunktiv of reported speech."""
    colon = text.find(":", s0, s1)
    if colon < 0 or _in_quote(quoted, colon) or text[colon + 1 : colon + 3].lstrip()[:1] in "\"»«„“":
        return None  # no colon, or one that opens a quotation (that is a direct quote's attribution)
    clause = re.split(r"[,;–]|\s-\s", text[s0:colon])[-1]
    words = clause.split()
    if len(words) < 2 or len(words) > 6 or words[-1] not in P.REPORTING_VERBS or P.REPORTING_VERBS[words[-1]]:
        return None
    start = colon + 1
    while start < s1 and text[start] == " ":
        start += 1
    if s1 - start < 8 or not P.KONJUNKTIV_RE.search(text, start, s1):
        return None
    who = " ".join(words[:-1])
    at = text.rfind(who, s0, colon)
    if at < 0 or speakers.person_in(at, at + len(who)) is None and not P.PERSON_NAME_RE.search(who):
        return None
    return {"start": start, "end": s1, "verb": words[-1], "speaker_text": who, "at": at, "opens": True, "clause": True}


def _speaker_of(speakers: _Speakers, sentences, s_at: int, found: dict, floor: int) -> int | None:
    """The dictionary mention a reported row's speaker words name (a pronoun: the person named last)."""
    who = found["speaker_text"]
    if not who:
        return None
    if who in P.SPEAKER_PRONOUNS:
        return _pronoun_person(speakers, sentences, s_at, found["at"], floor)
    k = speakers.person_in(found["at"], found["at"] + len(who))
    if speakers.unknown_person_in(found["at"], found["at"] + len(who) if k is None else speakers.starts[k]):
        return None  # "betonte Steinmeier – allerdings ohne Trumps Namen": the first person named is not in the dictionary
    k = speakers.named_as(found["at"], found["at"] + len(who), who)
    if k is None and found["verb"].lower() == "laut" and who[:1].isupper():
        first = who.split()[0]  # "laut Ukraine Energieanlagen …": a bare name after "laut" is the source, the noun after it is not
        n = speakers.named_in(found["at"], found["at"] + len(first))
        if n is not None and speakers.starts[n] == found["at"] and speakers.ends[n] - speakers.starts[n] == len(first):
            k = n
    return k


def _follows(previous, sentence) -> bool:
    """True when ``sentence`` comes right after ``previous`` (same paragraph, or the next one)."""
    if previous is None:
        return False
    if sentence.paragraph == previous.paragraph:
        return sentence.index == previous.index + 1
    return sentence.paragraph == previous.paragraph + 1 and sentence.index == 0


def _any_in(starts: list[int], lo: int, hi: int) -> bool:
    """True when one of the sorted ``starts`` lies between ``lo`` and ``hi``."""
    i = bisect.bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


def _with_reported(text: str, direct: list[dict], sentences, speakers: _Speakers, paragraphs, headings: list[bool],
                   cues: list[int], konjunktiv: list[int]) -> list[dict]:
    """The direct rows with the reported speech of the field added (and the direct rows that
    are nested in a reported clause left out), in text order. ``cues`` and ``konjunktiv`` are
    the offsets of the words that may make a sentence reported speech (a sentence without any
    is not read further)."""
    quoted = [(r["start"], r["end"]) for r in direct]
    direct_at: dict[int, list[dict]] = {}
    sentence_starts = [s.start for s in sentences]
    for row in direct:
        direct_at.setdefault(index_at(sentence_starts, row["end"]), []).append(row)
    reported: list[dict] = []
    nested: set[int] = set()
    last, last_sentence, last_opens = None, None, False  # the latest row, the sentence it ends in, whether it continues
    for s_at, sentence in enumerate(sentences):
        p = sentence.paragraph
        subjunctive = _any_in(konjunktiv, sentence.start, sentence.end)
        if not subjunctive and not _any_in(cues, sentence.start, sentence.end):
            if s_at in direct_at:
                last, last_sentence, last_opens = direct_at[s_at][-1], sentence, False
            continue
        found = _reported_in(text, sentence, speakers, headings[p], quoted)
        if found and _outside_words(text, found["start"], found["end"], quoted) < P.MIN_REPORTED_WORDS:
            found = None  # a quotation in marks with its attribution: a direct row
        if not found and (back := _attributed_back(text, sentences, s_at, speakers, headings, quoted, last_sentence)) is not None:
            reported.append(back)  # "Russland feuerte 90 Drohnen ab. Das teilte die ukrainische Luftwaffe mit."
            last, last_sentence, last_opens = back, sentence, False
            continue
        row = None
        if found:
            inside = [r for r in (direct[i] for i in _near(quoted, found["start"], found["end"]))
                      if found["start"] <= r["start"] - 1 and r["end"] + 1 <= found["end"]]
            apart = [r for r in inside if P.QUOTE_APART_RE.search(text, found["start"], r["start"])]
            if apart:  # "Gaza sei … – „unsere deutschen Freunde …“, sagte er": the reported part ends before it
                found["end"] = _content_end(text, found["start"], max(found["start"], apart[0]["start"] - 1))
                while found["end"] > found["start"] and text[found["end"] - 1] in " –-,":
                    found["end"] -= 1
            if found["clause"]:  # quoted words inside a reported clause belong to it
                nested |= {id(r) for r in inside if r["end"] <= found["end"]}
            if text.count('"', found["start"], found["end"]) % 2 and text[found["end"] - 1] == '"':
                found["end"] = _content_end(text, found["start"], found["end"] - 1)
            floor = paragraphs[max(p - 1, 0)][0]
            if found["verb"] in ("demnach", "wonach") and last is not None:
                k, speaker_text, speaker = None, last["speaker_text"], last["speaker"]
            else:
                k = speakers.named_in(sentence.start, found["at"]) if found.get("own") else _speaker_of(speakers, sentences, s_at, found, floor)
                speaker_text = found["speaker_text"]
                speaker = speakers.ids[k] if k is not None else None
            if found["end"] - found["start"] >= 8:
                row = {"paragraph": p, "start": found["start"], "end": found["end"], "kind": "indirect", "verb": found["verb"],
                       "speaker": speaker, "speaker_text": speaker_text, "sentence": text[sentence.start : sentence.end],
                       "attributed": True}
                reported.append(row)
                last, last_sentence, last_opens = row, sentence, found["opens"]
        elif (
            subjunctive and last is not None and _follows(last_sentence, sentence) and not _in_heading_line(text, last["start"])
            and P.KONJUNKTIV_RE.search(text, sentence.start, sentence.end)
            and _outside_words(text, sentence.start, sentence.end, quoted) >= P.MIN_REPORTED_WORDS
            and (end := _reported_end(text, quoted, sentence.start, sentence.end)) is not None
        ):
            if last["kind"] == "indirect" and last_opens:
                last["end"] = end  # the reported speech goes on
            else:
                row = {"paragraph": p, "start": sentence.start, "end": end, "kind": "indirect", "verb": "",
                       "speaker": last["speaker"], "speaker_text": last["speaker_text"],
                       "sentence": text[sentence.start : sentence.end], "attributed": False}
                reported.append(row)
                last, last_opens = row, True
            last_sentence = sentence
        elif (
            subjunctive and P.KONJUNKTIV_I_RE.search(text, sentence.start, sentence.end)
            and _outside_words(text, sentence.start, sentence.end, quoted) >= P.MIN_REPORTED_WORDS
            and (end := _reported_end(text, quoted, sentence.start, sentence.end)) is not None
            and not headings[p]
        ):  # reported speech without an attribution: the speaker is the person of the sentence before
            k = _pronoun_person(speakers, sentences, s_at, sentence.start, paragraphs[p][0])
            row = {"paragraph": p, "start": sentence.start, "end": end, "kind": "indirect",
                   "verb": "", "speaker": speakers.ids[k] if k is not None else None,
                   "speaker_text": text[speakers.starts[k] : speakers.ends[k]] if k is not None else "",
                   "sentence": text[sentence.start : sentence.end], "attributed": False}
            reported.append(row)
            last, last_sentence, last_opens = row, sentence, True
        if row is None and s_at in direct_at:
            last, last_sentence, last_opens = direct_at[s_at][-1], sentence, False
    rows = [r for r in direct if id(r) not in nested] + reported
    for r in reported:
        r["quote"] = text[r["start"] : r["end"]]
    return sorted(rows, key=lambda r: r["start"])


def _attributed_back(text: str, sentences, s_at: int, speakers: _Speakers, headings: list[bool], quoted: list[tuple[int, int]],
                     last_sentence) -> dict | None:
    """An indicative statement attributed by the sentence after it ("Das teilte die Polizei mit", "Das berichtete die
    ukrainische Luftwaffe am Morgen", "Dies meldete Reuters"): the statement is reported speech of that source, when it
    is in the same paragraph, no heading, holds no quotation and is no reported row already."""
    sentence = sentences[s_at]
    back = P.BACK_ATTRIBUTION_RE.match(text, sentence.start, sentence.end)
    if back is None or s_at == 0:
        return None
    previous = sentences[s_at - 1]
    if previous.paragraph != sentence.paragraph or headings[previous.paragraph] or previous is last_sentence \
            or _starts_in(quoted, previous.start, previous.end) or _in_quote(quoted, previous.start) \
            or _outside_words(text, previous.start, previous.end, quoted) < P.MIN_REPORTED_WORDS:
        return None
    who = _source_words(back["who"])
    if not who:
        return None
    at = back.start("who")
    k = speakers.named_as(at, at + len(who), who)
    end = _content_end(text, previous.start, previous.end)
    verb = back["verb"] + (" mit" if back["mit"] else "")
    return {"paragraph": previous.paragraph, "start": previous.start, "end": end, "kind": "indirect", "verb": verb,
            "speaker": speakers.ids[k] if k is not None else None, "speaker_text": who,
            "sentence": text[previous.start : previous.end], "attributed": True}


def _pronoun_person(speakers: _Speakers, sentences, s_at: int, start: int, floor: int) -> int | None:
    """The person a pronoun stands for: named in the quotation's sentence before it, else the
    first person named in the nearest sentence before (its subject, as a reader takes it),
    not before ``floor`` (the start of the previous paragraph). A person named inside quoted
    words is not the one who says them ("„… als erste Bundeskanzlerin“, betonte er")."""
    if (k := speakers.person_in(sentences[s_at].start, start, outside_quotations=True)) is not None:
        return None if speakers.unknown_person_in(sentences[s_at].start, speakers.starts[k]) else k
    for i in range(s_at - 1, -1, -1):
        sentence = sentences[i]
        if sentence.end <= floor:
            return None
        if (k := speakers.person_in(sentence.start, sentence.end, outside_quotations=True)) is not None:
            # a person the dictionary does not know before it, or introduced after it, may be the one meant
            ambiguous = speakers.unknown_person_in(sentence.start, speakers.starts[k]) or speakers.introduced_person_in(speakers.ends[k], sentence.end)
            return None if ambiguous else k
        if speakers.unknown_person_in(sentence.start, sentence.end):
            return None  # the pronoun stands for someone the dictionary does not know
    return None


def find_quotes(articles: pd.DataFrame, lexicon: Lexicon | None = None, *, mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per quotation, direct or reported, in the titles and texts of ``articles``.

    Returns
    -------
    DataFrame
        The columns of ``analysis.schema.QUOTES``: ``quote_id``, ``article_id``, ``field``,
        ``paragraph``, ``start``, ``end`` (``field[start:end] == quote``), ``quote``, ``kind``
        (``direct``/``indirect``), ``verb``, ``speaker`` (actor id, NA when not in the
        dictionary), ``speaker_text``, ``sentence``.
    """
    mentions = find_mentions(articles, lexicon=lexicon, progress=False) if mentions is None else mentions
    by_field = _speaker_mentions(mentions)
    empty = ([], [], [], [])
    rows = []
    for art in articles.itertuples(index=False):
        for field in ("title", "text"):
            text = field_text(getattr(art, field))
            if text:
                for row in _field_quotes(text, by_field.get((art.article_id, field), empty)):
                    rows.append({"article_id": art.article_id, "field": field, **row})
    return with_quote_ids(schema.conform(pd.DataFrame(rows, columns=COLUMNS), schema.QUOTES))


def _speaker_mentions(mentions: pd.DataFrame) -> dict[tuple[str, str], tuple[list[int], list[int], list[str], list[str]]]:
    """(article, field) -> starts, ends, actor ids and types of the mentions that can name a
    speaker (dictionary actors: people, organisations, states), sorted by start."""
    known = mentions[mentions["actor_id"].notna() & mentions["type"].isin(_SPEAKER_TYPES)]
    known = known.sort_values(["article_id", "field", "start"], kind="stable")
    columns = [known[c].tolist() for c in ("article_id", "field", "start", "end", "actor_id", "type")]
    out: dict[tuple[str, str], tuple[list[int], list[int], list[str], list[str]]] = {}
    for article_id, field, start, end, actor_id, kind in zip(*columns):
        lists = out.setdefault((article_id, field), ([], [], [], []))
        lists[0].append(int(start))
        lists[1].append(int(end))
        lists[2].append(actor_id)
        lists[3].append(kind)
    return out


def with_quote_ids(quotes: pd.DataFrame) -> pd.DataFrame:
    """``quotes`` with ``quote_id`` set from the article each row belongs to: ``<article_id>:q<n>``,
    n counting the article's quotations in order (a cached row may have been found under
    another copy of the same text)."""
    n = quotes.groupby("article_id", sort=False).cumcount().astype(str)
    return quotes.assign(quote_id=(quotes["article_id"] + ":q" + n).astype("string"))


def quote_ids(figures: pd.DataFrame, quotes: pd.DataFrame) -> pd.Series:
    """For each row of ``figures`` (or any table with ``article_id``, ``field``, ``start``), the
    ``quote_id`` of the quotation it stands in, NA when none.

    Examples
    --------
    >>> quotes = pd.DataFrame({"quote_id": ["a:q0"], "article_id": ["a"], "field": ["text"], "start": [10], "end": [40]})
    >>> figures = pd.DataFrame({"article_id": ["a", "a"], "field": ["text", "text"], "start": [12, 50]})
    >>> quote_ids(figures, quotes).tolist()
    ['a:q0', <NA>]
    """
    if figures.empty or quotes.empty:
        return pd.Series(pd.NA, index=figures.index, dtype="string")
    keys = ["article_id", "field"]
    left = pd.DataFrame({"article_id": figures["article_id"].astype(str).to_numpy(), "field": figures["field"].astype(str).to_numpy(),
                         "start": figures["start"].astype("int64").to_numpy(), "_row": np.arange(len(figures))})
    right = pd.DataFrame({"article_id": quotes["article_id"].astype(str).to_numpy(), "field": quotes["field"].astype(str).to_numpy(),
                          "start": quotes["start"].astype("int64").to_numpy(), "_end": quotes["end"].astype("int64").to_numpy(),
                          "_id": quotes["quote_id"].astype(object).to_numpy()})
    # the last quotation of the same article and field that starts at or before the figure
    joined = pd.merge_asof(left.sort_values("start", kind="stable"), right.sort_values("start", kind="stable"),
                           on="start", by=keys, direction="backward").sort_values("_row")
    inside = joined["_end"].notna().to_numpy() & (joined["start"].to_numpy() < joined["_end"].fillna(-1).to_numpy())
    out = np.where(inside, joined["_id"].to_numpy(), None)
    return pd.Series(out, index=figures.index, dtype="string")
