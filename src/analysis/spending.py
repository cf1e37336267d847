"""Defence-spending figures: typed records of the percentages and amounts in articles.

Each percentage or money amount in a title or body becomes a row with its value, unit,
and what the sentence says about it. The rules, in order:

1. **Find** numbers with a unit: "2,1 Prozent", "3,5 %", "zwischen zwei und drei Prozent",
   "3,5 plus 1,5 Prozent" (a sum: the value is 5.0), "0,2 Prozentpunkte" (unit
   ``pct_points``, never a share), "Zwei-Prozent-Ziel", "100 Milliarden Euro",
   "100-Milliarden-Sondervermögen". An amount with a scale but no currency ("100
   Milliarden") is money only when the sentence names a currency elsewhere or is about a
   budget, and never when a noun follows ("1,1 Millionen Menschen").
2. **Unit** of a percentage: ``pct_gdp`` when BIP/Bruttoinlandsprodukt/Wirtschaftsleistung
   follows (or shortly precedes) it, ``pct_budget`` for Haushalt/Etat/Budget, and
   ``pct_gdp`` for "X Prozent für (die) Verteidigung ausgeben" (NATO's convention) and for
   target compounds in a defence context. A bare percentage inherits ``pct_gdp`` from a
   defence share of GDP in the same sentence or the two sentences before it when it is
   itself a spending level ("Deutschland kommt auf 2,1 Prozent"). ``unit_from`` says which.
3. **Defence or not**: a defence word (Verteidigung, Militär, Rüstung, Bundeswehr, Nato,
   Waffen ...) in the sentence, and no closer word of another topic (Schulden, Wachstum,
   Inflation, Umfrage, Corona ...); growth rates ("um 3 Prozent"), poll shares ("80 Prozent
   der Deutschen") and percentage points are never defence figures.
4. **Kind**: ``target`` for a target compound or words such as Ziel, Vorgabe, verpflichtet,
   vereinbart; ``demand`` for fordern, verlangen, drängen, drohen, müssten;
   ``estimate`` for schätzungsweise, voraussichtlich, dürfte; ``actual`` for gibt aus,
   liegt bei, kommt auf, beträgt; else ``unknown``. Demands outrank targets, so
   "Trump fordert fünf Prozent" is a demand even when "Ziel" is near.
5. **Subject** (who spends): the country or the alliance named nearest before the figure
   in its sentence (else nearest after): "Deutschland", "Russland", "die deutschen
   Ausgaben", "Nato-Staaten", "Alliierten", "Verbündeten" (``NATO``).
6. **Speaker**: in a sentence with a verb of saying or demanding, the person named in it
   (the one nearest the verb); "er"/"sie" refers back to the last person named in the two
   sentences before. Reported speech without a verb ("Russland gebe ... aus") takes the
   person of the attribution ("sagte Rutte") in the next or previous sentences.
7. **Year**: the year written nearest the figure in its sentence, or "in diesem Jahr",
   "im kommenden Jahr", "im vergangenen Jahr" relative to the publication date.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from . import patterns as P
from . import schema
from .lexicon import Lexicon, Match, load_lexicon
from .loading import RowChunks, iter_article_fields
from .sentences import Sentence, paragraph_of, paragraph_spans, segment_paragraphs

log = logging.getLogger(__name__)

PERCENT_UNITS = ("pct_gdp", "pct_budget", "pct_other")
_CONTEXT_SENTENCES = 2
_LOCAL_CHARS = 70


@dataclass(frozen=True)
class Candidate:
    """A number with a unit, before its sentence is read."""

    start: int
    end: int
    value: float
    value_max: float
    unit: str  # "percent", "pct_points", "eur", "usd", "gbp", or "money?" (no currency yet)
    compound: bool = False
    head: str | None = None  # the noun of a compound: "Ziel", "Sondervermögen"


# --- numbers ---------------------------------------------------------------------------------


def parse_number(text: str) -> float:
    """Value of a German number: "1.000" and "1 000" -> 1000, "2,1" -> 2.1, "zwei" -> 2, "eins Komma fünf" -> 1.5.

    Examples
    --------
    >>> [parse_number(t) for t in ["1.000", "600 000", "2,1", "3.5", "Zwei", "dreieinhalb", "eins Komma fünf"]]
    [1000.0, 600000.0, 2.1, 3.5, 2.0, 3.5, 1.5]
    """
    t = text.strip()
    words = t.lower().split()
    if "komma" in words:
        whole, fraction = t.lower().split("komma")
        return float(f"{int(P.NUMBER_WORDS[whole.strip()])}.{int(P.NUMBER_WORDS[fraction.strip()])}")
    if t.lower() in P.NUMBER_WORDS:
        return float(P.NUMBER_WORDS[t.lower()])
    if re.fullmatch(r"\d{1,3}(?:[. ]\d{3})+(?:,\d+)?", t):
        t = t.replace(".", "").replace(" ", "")
    return float(t.replace(",", "."))


def _amount(m: re.Match) -> tuple[float, float]:
    """(value, value_max) of an AMOUNT match: a range gives both ends, a sum its total."""
    g = m.groupdict()
    if g.get("lo"):
        return parse_number(g["lo"]), parse_number(g["hi"])
    if g.get("a"):
        return parse_number(g["a"]), parse_number(g["b"])
    if g.get("s1"):
        return parse_number(g["s1"]) + parse_number(g["s2"]), np.nan
    return parse_number(g["n"]), np.nan


def _scale(m: re.Match) -> float:
    scale = m.groupdict().get("scale")
    return P.SCALES[scale.lower().rstrip(".")] if scale else 1.0


def _currency(m: re.Match) -> str | None:
    cur = m.groupdict().get("cur")
    return P.CURRENCIES[cur.lower()] if cur else None


def figure_windows(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` around unit words ("Prozent", "Euro", "Milliarden" ...), merged,
    starting and ending at a space so that no number is cut."""
    spans: list[tuple[int, int]] = []
    before, after = P.FIGURE_WINDOW
    for m in P.FIGURE_ANCHOR_RE.finditer(text):
        lo = text.rfind(" ", 0, max(0, m.start() - before)) + 1
        hi = text.find(" ", min(len(text), m.end() + after))
        hi = len(text) if hi == -1 else hi
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def find_candidates(text: str) -> list[Candidate]:
    """Every number with a percent or money unit in ``text``, overlaps resolved (a compound
    or an amount with its currency wins over a shorter reading of the same words)."""
    found: list[Candidate] = []
    for lo, hi in figure_windows(text):
        found += [replace(c, start=c.start + lo, end=c.end + lo) for c in _candidates_in(text[lo:hi])]
    return _resolve_overlaps(found)


def _candidates_in(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in P.PERCENT_COMPOUND_RE.finditer(text):
        found.append(Candidate(m.start(), m.end(), parse_number(m["n"]), np.nan, "percent", True, m["head"]))
    for m in P.PERCENT_RE.finditer(text):
        value, vmax = _amount(m)
        unit = "pct_points" if m["unit"].startswith("Prozentpunkt") else "percent"
        found.append(Candidate(m.start(), m.end(), value, vmax, unit))
    for m in P.MONEY_COMPOUND_RE.finditer(text):
        found.append(Candidate(m.start(), m.end(), parse_number(m["n"]) * _scale(m), np.nan, _currency(m) or "money?", True, m["head"]))
    for rx in (P.MONEY_RE, P.MONEY_SYMBOL_FIRST_RE):
        for m in rx.finditer(text):
            value, vmax = _amount(m) if rx is P.MONEY_RE else (parse_number(m["n"]), np.nan)
            scale = _scale(m)
            found.append(Candidate(m.start(), m.end(), value * scale, vmax * scale, _currency(m)))
    for m in P.MONEY_SCALE_ONLY_RE.finditer(text):
        value, vmax = _amount(m)
        found.append(Candidate(m.start(), m.end(), value * _scale(m), vmax * _scale(m), "money?"))
    return found


def _resolve_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the best reading where candidates overlap: compounds, then currency, then length."""
    rank = sorted(found, key=lambda c: (not c.compound, c.unit == "money?", -(c.end - c.start), c.start))
    kept: list[Candidate] = []
    for c in rank:
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


# --- reading the sentence ----------------------------------------------------------------------


@dataclass
class _Context:
    """A sentence and its neighbours in the same paragraph, with the actors named in them."""

    text: str  # the whole field
    sentence: Sentence
    before: list[Sentence]  # up to two previous sentences, nearest last
    after: list[Sentence]  # up to two next sentences, nearest first
    matches: dict[int, list[Match]]  # sentence index -> actors

    def span(self, s: Sentence | None = None) -> str:
        s = s or self.sentence
        return self.text[s.start : s.end]


def _qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 25) : start]
    for rx, name in P.QUALIFIERS:
        if rx.search(before):
            return name
    return None


def _nearest_distance(rx: re.Pattern, text: str, lo: int, hi: int, pos: int) -> int | None:
    distances = [min(abs(m.start() + lo - pos), abs(m.end() + lo - pos)) for m in rx.finditer(text[lo:hi])]
    return min(distances) if distances else None


def _percent_unit(c: Candidate, ctx: _Context) -> tuple[str, str]:
    """Unit and unit_from of a percentage from the words around it."""
    text = ctx.text
    after = text[c.end : min(c.end + 80, ctx.sentence.end)]
    before = text[max(ctx.sentence.start, c.start - 60) : c.start]
    if c.compound:
        # "-Ziel" is NATO's idiom: the sentence or one before it about NATO or defence will do;
        # "-Marke", "-Grenze", "-Schwelle" are generic and need NATO or defence in their own sentence
        context = (ctx.sentence, *ctx.before) if (c.head or "").lower().startswith("ziel") else (ctx.sentence,)
        defence = any(P.NATO_OR_DEFENCE_RE.search(ctx.span(s)) for s in context)
        blocked = re.search(r"inflation|teuerung|ezb|zentralbank|notenbank|geldpolitik|klima|wahl|stimmen", ctx.span(), re.I)
        if (c.head or "").lower().startswith(P.TARGET_HEADS) and defence and not blocked:
            return "pct_gdp", "compound"
        return "pct_other", ""
    if P.GDP_BASE_RE.match(after) or P.GDP_BEFORE_RE.search(before):
        return "pct_gdp", "stated"
    if P.BUDGET_BASE_RE.match(after):
        return "pct_budget", "stated"
    if P.DEFENCE_SHARE_RE.match(after) or P.DEFENCE_SPENDING_BEFORE_RE.search(before):
        return "pct_gdp", "defence_convention"
    return "pct_other", ""


def _is_off_topic(c: Candidate, ctx: _Context) -> bool:
    """True when the sentence is about trade or markets (exports, revenue, shares), or a
    word of another topic stands closer to the figure than any defence word."""
    s = ctx.sentence
    if P.NOT_SPENDING_RE.search(ctx.span()):
        return True
    clause_start, clause_end = _clause_span(c, ctx)
    lo = max(clause_start, c.start - _LOCAL_CHARS)
    hi = min(clause_end, c.end + _LOCAL_CHARS // 2)
    negative = _nearest_distance(P.NOT_DEFENCE_RE, ctx.text, lo, hi, c.start)
    if negative is None:
        return False
    defence = _nearest_distance(P.DEFENCE_TERMS_RE, ctx.text, s.start, s.end, c.start)
    return defence is None or negative < defence


def _is_change_or_poll(c: Candidate, ctx: _Context) -> bool:
    before = ctx.text[max(ctx.sentence.start, c.start - 30) : c.start]
    after = ctx.text[c.end : ctx.sentence.end]
    return bool(P.CHANGE_BEFORE_RE.search(before) or P.POLL_AFTER_RE.match(after))


def _has_defence_words(ctx: _Context, *, share_of_gdp: bool) -> bool:
    """A defence word in the sentence; for a share of GDP also in the sentence before, or
    the alliance's members as spenders ("die Verbündeten ... auf 5 Prozent des BIP")."""
    sentences = [ctx.sentence, *(ctx.before[-1:] if share_of_gdp else [])]
    if any(P.DEFENCE_TERMS_RE.search(ctx.span(s)) for s in sentences):
        return True
    sentence = ctx.span()
    return share_of_gdp and bool(P.ALLIANCE_MEMBERS_RE.search(sentence)) and not P.NOT_DEFENCE_RE.search(sentence)


def _money_currency(c: Candidate, ctx: _Context) -> tuple[str | None, str]:
    """Currency of an amount written without one, or ``None`` when it is not money."""
    if c.unit != "money?":
        return c.unit, "stated"
    after = ctx.text[c.end : c.end + 30]
    if re.match(r"\s*[A-ZÄÖÜ][a-zäöüß]", after) and not c.compound:
        return None, ""  # "1,1 Millionen Menschen": a count of something
    sentence = ctx.span()
    if m := re.search(r"\b(US-Dollar|Dollar|Euro|Pfund)\b|[€$£]", sentence):
        return P.CURRENCIES[m.group(0).lower()], "context"
    if c.compound or P.BUDGET_BEFORE_RE.search(ctx.text[max(ctx.sentence.start, c.start - 50) : c.start]):
        return "eur", "context"  # "Sondervermögen von 100 Milliarden", "100-Milliarden-Sondervermögen"
    return None, ""


def _clause_span(c: Candidate, ctx: _Context) -> tuple[int, int]:
    """Start and end of the part of the sentence around the figure between commas,
    colons, dashes or brackets."""
    s = ctx.sentence
    text = ctx.text
    lo = max((text.rfind(d, s.start, c.start) for d in (",", ";", ":", "–", "(", " - ")), default=-1)
    ends = [i for i in (text.find(d, c.end, s.end) for d in (",", ";", ":", "–", ")", " - ")) if i != -1]
    return max(lo + 1, s.start), min(ends) if ends else s.end


def _clause(c: Candidate, ctx: _Context) -> str:
    lo, hi = _clause_span(c, ctx)
    return ctx.text[lo:hi]


def _kind(c: Candidate, ctx: _Context, *, level: bool) -> str:
    """target, demand, estimate, actual or unknown: the figure's clause first, then its
    sentence; a country's level inherited from an earlier share looks for actual words first."""
    if c.compound and (c.head or "").lower().startswith(P.TARGET_HEADS):
        return "target"
    order = (
        (P.ESTIMATE_WORDS_RE, "estimate"), (P.ACTUAL_WORDS_RE, "actual"), (P.DEMAND_WORDS_RE, "demand"), (P.TARGET_WORDS_RE, "target")
    ) if level else (
        (P.DEMAND_WORDS_RE, "demand"), (P.TARGET_WORDS_RE, "target"), (P.ESTIMATE_WORDS_RE, "estimate"), (P.ACTUAL_WORDS_RE, "actual")
    )
    for scope in (_clause(c, ctx), ctx.span()):
        for rx, kind in order:
            if rx.search(scope):
                return kind
        if re.search(r"\bwird\b.*\bkommen\b", scope):
            return "estimate"
    return "unknown"


#: Organisations that stand for the country that pays for them.
ORGANISATION_COUNTRY = {"bundeswehr": "DE", "pentagon": "US", "kreml": "RU"}


def _subject(c: Candidate, ctx: _Context, lexicon: Lexicon) -> str:
    """ISO code of the spending country, ``NATO`` for the alliance, or ``""``.

    The spender named nearest before the figure in its sentence, else nearest after; a
    country earlier in the same clause beats the alliance named in between ("Deutschland
    hat der Nato 53 Milliarden gemeldet"); a target compound belongs to NATO unless a
    country is named in its clause."""
    s = ctx.sentence
    if c.compound and re.match(r"\s*der\s+(?:Nato|NATO)\b", ctx.text[c.end : c.end + 12]):
        return "NATO"
    spenders: list[tuple[int, str, bool]] = []  # position, code, named as the alliance's members
    for m in ctx.matches.get(s.index, []):
        if not m.actor_id or (m.role and lexicon.actor_type(m.actor_id) == "country"):
            continue  # the US of "US-Präsident" is the speaker's country, not a spender
        code = ORGANISATION_COUNTRY.get(m.actor_id, m.actor_id)
        if lexicon.actor_type(m.actor_id) == "country" or code in ("NATO", *ORGANISATION_COUNTRY.values()):
            members = code == "NATO" and bool(P.NATO_MEMBERS_COMPOUND_RE.match(ctx.text, m.end))
            spenders.append((m.start, code, members))
    spenders += [(s.start + m.start(), "NATO", True) for m in P.ALLIANCE_MEMBERS_RE.finditer(ctx.span())]
    clause_start, _ = _clause_span(c, ctx)
    before = sorted(x for x in spenders if x[0] < c.start)
    if c.compound and c.unit == "percent":
        in_clause = [x for x in before if x[0] >= clause_start and x[1] != "NATO"]
        return in_clause[-1][1] if in_clause else "NATO"
    if before:
        pos, code, members = before[-1]
        if code == "NATO" and not members:
            same_clause = [x for x in before if x[1] != "NATO" and not re.search(r"[,;:]", ctx.text[x[0] : pos])]
            if same_clause:
                return same_clause[-1][1]
        return code
    after = sorted(x for x in spenders if x[0] > c.end)
    return after[0][1] if after else ""


def _people(matches: list[Match], lexicon: Lexicon) -> list[Match]:
    return [m for m in matches if m.actor_id and lexicon.actor_type(m.actor_id) == "person"]


def _speaker(c: Candidate, ctx: _Context, lexicon: Lexicon) -> str:
    """Actor id of the person who states or demands the figure, or ``""``."""
    sentence = ctx.span()
    verbs = [ctx.sentence.start + m.start() for m in P.SPEECH_WORDS_RE.finditer(sentence)]
    if verbs:
        people = _people(ctx.matches.get(ctx.sentence.index, []), lexicon)
        if people:
            return min(people, key=lambda p: min(abs(p.start - v) for v in verbs)).actor_id
        if P.PRONOUN_SUBJECT_RE.search(sentence):
            for prev in reversed(ctx.before):
                earlier = _people(ctx.matches.get(prev.index, []), lexicon)
                if earlier:
                    return earlier[-1].actor_id
        return ""
    if P.REPORTED_SPEECH_RE.search(sentence):
        for other in [*ctx.after, *reversed(ctx.before)]:
            if P.SPEECH_WORDS_RE.search(ctx.span(other)):
                people = _people(ctx.matches.get(other.index, []), lexicon)
                if people:
                    return people[0].actor_id
    return ""


def _year(c: Candidate, ctx: _Context, published) -> float:
    sentence = ctx.span()
    offset = ctx.sentence.start
    years = [(abs(offset + m.start() - c.start), int(m.group(0))) for m in P.YEAR_RE.finditer(sentence)
             if not (offset + m.start() >= c.start and offset + m.end() <= c.end)]
    if years:
        return float(min(years)[1])
    if published is not None and not pd.isna(published):
        for rx, delta in P.RELATIVE_YEARS:
            if rx.search(sentence):
                return float(pd.Timestamp(published).year + delta)
    return np.nan


# --- per article -----------------------------------------------------------------------------


def _classify(c: Candidate, ctx: _Context, lexicon: Lexicon, published, inherited: bool) -> dict | None:
    if c.unit in ("percent", "pct_points"):
        unit, unit_from = ("pct_points", "") if c.unit == "pct_points" else _percent_unit(c, ctx)
        excluded = unit == "pct_points" or _is_change_or_poll(c, ctx) or _is_off_topic(c, ctx)
        if unit == "pct_other" and inherited and not excluded:
            unit, unit_from = "pct_gdp", "context"
        if unit == "pct_other" or excluded:
            is_defence = False
        elif unit == "pct_gdp" and unit_from in ("compound", "defence_convention", "context"):
            is_defence = True
        else:
            is_defence = _has_defence_words(ctx, share_of_gdp=unit == "pct_gdp")
    else:
        unit, unit_from = _money_currency(c, ctx)
        if unit is None:
            return None
        unit_from = unit_from if not c.compound else "compound" if c.unit != "money?" else "context"
        sentence = ctx.span()
        refers_back = bool(P.REFERS_BACK_RE.search(sentence) and P.SPENT_RE.search(sentence))  # "gaben 732 Milliarden Dollar dafür aus"
        defence_words = _has_defence_words(ctx, share_of_gdp=False) or (refers_back and _has_defence_words(ctx, share_of_gdp=True))
        # a change of a budget is an amount ("den Etat um 2 Milliarden aufstocken"), other changes are not
        change = _is_change_or_poll(c, ctx) and not P.BUDGET_CHANGE_RE.search(sentence)
        is_defence = defence_words and not _is_off_topic(c, ctx) and not change
    return {
        "start": c.start,
        "end": c.end,
        "quote": ctx.text[c.start : c.end],
        "value": c.value,
        "value_max": c.value_max,
        "unit": unit,
        "unit_from": unit_from,
        "qualifier": _qualifier(ctx.text, c.start),
        "is_defence": bool(is_defence),
        "kind": _kind(c, ctx, level=unit_from == "context") if is_defence else "unknown",
        "subject": _subject(c, ctx, lexicon),
        "speaker": _speaker(c, ctx, lexicon) if is_defence else "",
        "year": _year(c, ctx, published),
        "compound": c.compound,
    }


def _gdp_defence_share(row: dict) -> bool:
    return row["unit"] == "pct_gdp" and row["is_defence"]


def _level_statement(c: Candidate, ctx: _Context, subject: bool) -> bool:
    """A bare percentage stated as a country's spending level: "kommt auf", "liegt bei", a spender."""
    sentence = ctx.span()
    return subject or bool(re.search(r"\b(?:kommt|kommen|kam|liegt|liegen|lag|erreicht\w*|gibt|geben|gab|ausgeben|Anteil)\b", sentence))


def figures_in_text(text: str, *, published=None, precision: str | None = None, lexicon: Lexicon | None = None) -> list[dict]:
    """Figures in one title or body text (see the module docstring for the rules)."""
    lexicon = lexicon or load_lexicon()
    candidates = find_candidates(text)
    if not candidates:
        return []
    spans = paragraph_spans(text)
    with_figures = {paragraph_of(spans, c.start) for c in candidates}
    segmented = segment_paragraphs(text, with_figures | {i - 1 for i in with_figures if i > 0})  # the paragraph before is context
    # below, Sentence.index is the position in this list; local_index keeps the number within the paragraph
    sentences = [replace(s, index=i) for i, s in enumerate(segmented)]
    local_index = {i: s.index for i, s in enumerate(segmented)}
    matches = {s.index: [replace(m, start=m.start + s.start, end=m.end + s.start) for m in lexicon.find(text[s.start : s.end], published, precision)] for s in sentences}
    rows: list[dict] = []
    for c in candidates:
        sentence = next((s for s in sentences if s.start <= c.start < s.end), None)
        if sentence is None:
            continue
        pos = sentence.index  # sentences before it may be in the previous paragraph, those after only in its own
        before = [s for s in sentences[max(0, pos - _CONTEXT_SENTENCES) : pos] if s.paragraph >= sentence.paragraph - 1]
        after = [s for s in sentences[pos + 1 : pos + 1 + _CONTEXT_SENTENCES] if s.paragraph == sentence.paragraph]
        ctx = _Context(text, sentence, before, after, matches)
        earlier = [r for r in rows if r["_sentence"] in {s.index for s in ctx.before} | {sentence.index}]
        later_same = [c2 for c2 in candidates if c2 is not c and sentence.start <= c2.start < sentence.end and c2.compound]
        has_share = any(_gdp_defence_share(r) for r in earlier) or any(
            (c2.head or "").lower().startswith(P.TARGET_HEADS) for c2 in later_same
        )
        subject_named = bool(_subject(c, ctx, lexicon))
        inherited = has_share and not c.compound and _level_statement(c, ctx, subject_named)
        row = _classify(c, ctx, lexicon, published, inherited)
        if row is None:
            continue
        row.update(_sentence=sentence.index, sentence=text[sentence.start : sentence.end], sentence_index=local_index[sentence.index], paragraph=sentence.paragraph)
        rows.append(row)
    for row in rows:
        del row["_sentence"]
    return rows


def extract_figures(articles: pd.DataFrame, *, lexicon: Lexicon | None = None, progress: bool | None = None) -> pd.DataFrame:
    """One row per percentage or money amount in the articles' titles and texts.

    Parameters
    ----------
    articles : DataFrame
        The articles table (``load_articles`` / ``store.read_articles``).
    lexicon : Lexicon, optional
        Actor dictionary for subjects and speakers; by default the package's.
    progress : bool, optional
        Show a progress bar; by default for 500 articles or more.

    Returns
    -------
    DataFrame
        Columns of ``analysis.schema.FIGURES``; ``start``/``end`` are offsets into the
        field (``title`` or ``text``) named in ``field``.

    Examples
    --------
    >>> from analysis import store, spending                       # doctest: +SKIP
    >>> figures = spending.extract_figures(store.read_articles())  # doctest: +SKIP
    >>> figures[figures.is_defence][["value", "unit", "subject", "sentence"]]  # doctest: +SKIP
    """
    lexicon = lexicon or load_lexicon()
    chunks = RowChunks(list(schema.FIGURES))
    for art, field, text, published in iter_article_fields(articles, desc="finding figures", progress=progress):
        for row in figures_in_text(text, published=published, precision=art.date_precision, lexicon=lexicon):
            chunks.append({"article_id": art.article_id, "published": art.published, "field": field, **row})
    return schema.conform(chunks.frame(), schema.FIGURES)
