"""Defence-spending figures: typed records of the percentages and amounts in articles.

Each percentage or money amount in a title or body becomes a row with its value, unit,
and what the text says about it. The rules, in order:

1. **Find** numbers with a unit: "2,1 Prozent", "3,5 %", "zwischen zwei und drei Prozent",
   "3,5 plus 1,5 Prozent" (a sum: the value is 5.0), "0,2 Prozentpunkte" (unit
   ``pct_points``, never a share), "Zwei-Prozent-Ziel", "100 Milliarden Euro", "eine
   halbe Milliarde Euro", "100-Milliarden-Sondervermögen", and numbers whose unit is
   written only once for two ("von zuvor 12 auf 20 Milliarden Euro", "3,5 und 1,5
   Prozent": two figures each). An amount with a scale but no currency ("vier
   Milliarden") is money when the sentence names a currency, is about a budget, or speaks
   of spending while the article names a currency (the nearest one before it is taken:
   "Rund vier Milliarden für neue Drohnen" in an article about pounds); never when a noun
   follows ("1,1 Millionen Menschen").
2. **Unit** of a percentage: ``pct_gdp`` when BIP/Bruttoinlandsprodukt/Wirtschaftsleistung
   follows (or shortly precedes) it, ``pct_budget`` for Haushalt/Etat/Budget, and
   ``pct_gdp`` for "X Prozent für (die) Verteidigung / Kernverteidigung /
   verteidigungsrelevante Infrastruktur" (NATO's convention) and for target compounds in
   a defence context. A bare percentage inherits ``pct_gdp`` from a defence share of GDP in
   the same sentence or the two before it ("Deutschland kommt auf 2,1 Prozent").
3. **Defence or not**, from the sentence, its paragraph, the headline and the article:
   a defence word in the sentence (Verteidigung, Militär, Rüstung, Bundeswehr, Nato,
   Waffen, Munition, Fregatte, Kampfjet ...), or a word of defence money (Auftrag,
   Bestellung, Programm, Projekt, Paket, Zusagen, Etat, Mittel ...) in a sentence whose
   paragraph, previous sentence or headline is about defence. Never when a word of another
   topic stands nearer the figure (Schulden, Wachstum, Umfrage, Schäden, humanitär,
   Zivilschutz, Infrastruktur-Sondervermögen, Dividende ...), for a company's own money
   (revenue, shares, its investments), for an overall budget that merely includes defence,
   for growth rates ("um 3 Prozent"), poll shares and percentage points.
4. **Kind**: ``target`` for a target compound or words such as Ziel, Vorgabe, verpflichtet,
   zugesagt; ``demand`` for fordern, verlangen, brauchen, müssten; ``estimate`` for
   schätzungsweise, voraussichtlich, dürfte; ``actual`` for gibt aus, liegt bei, kommt auf,
   beträgt, bestellt; else ``unknown``.
5. **Category** of a defence figure: ``share_of_gdp``, ``aid`` (military aid to another
   state), ``procurement`` (orders, programmes, weapons) or ``budget``.
6. **Subject** (who spends): the country, alliance or EU named nearest before the figure
   in its sentence (else nearest after); states named by their capital or government
   ("Washington", "die Bundesregierung"); the members of the alliance ("die Verbündeten",
   "alle Mitglieder", "23 Nationen" in an article about NATO) as ``NATO``. A country that
   receives aid ("der Ukraine zugesagt", "die Ukraine erhält") is not the spender; then the
   person who pledges stands for their state ("Pistorius" -> ``DE``). Without a spender in
   the sentence: the subject of the figure before it in the paragraph, else the spender of
   the sentence before, else ``NATO`` for a share-of-GDP target or demand.
7. **Speaker**: in a sentence with a verb of saying or demanding, the person named in it
   (the one nearest the verb); "er"/"sie" refers back to the last person named in the two
   sentences before. Reported speech without a verb ("Russland gebe ... aus") takes the
   person of the attribution ("sagte Rutte") in the next or previous sentences.
8. **Year**: the year written nearest the figure in its sentence, or "in diesem Jahr",
   "im kommenden Jahr", "im vergangenen Jahr" relative to the publication date.

Every step costs time linear in the text: sentences are found by bisection, earlier
figures are looked up by sentence.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

from . import patterns as P
from . import schema
from .lexicon import Lexicon, Match, load_lexicon
from .outlets import home_state
from .loading import RowChunks, field_text, iter_articles
from .sentences import Sentence, index_at, paragraph_spans, segment_paragraphs

log = logging.getLogger(__name__)

PERCENT_UNITS = ("pct_gdp", "pct_budget", "pct_other")
_CONTEXT_SENTENCES = 2
_LOCAL_CHARS = 100
#: An article naming defence this often is about defence (its amounts need less in their sentence).
_DEFENCE_ARTICLE_TERMS = 3
#: Mentions of defence money that make an article about it.
_DEFENCE_MONEY_TERMS = 2
#: Paragraphs from the start of a text that the lead's topic governs.
_OPENING_PARAGRAPHS = 3
_OPENING_CHARS = 2500


@dataclass(frozen=True)
class Candidate:
    """A number with a unit, before its sentence is read."""

    start: int
    end: int
    value: float
    value_max: float
    unit: str  # "percent", "pct_points", a currency ("eur", "usd" ...), or "money?" (no currency yet)
    compound: bool = False
    head: str | None = None  # the noun of a compound: "Ziel", "Sondervermögen"
    elided: bool = False  # a bare number whose unit is written after the next one ("von 12 auf 20 Milliarden")


# --- numbers ---------------------------------------------------------------------------------


def parse_number(text: str) -> float:
    """Value of a German number: "1.000", "1 000" and the Swiss "1'000" -> 1000, "2,1" -> 2.1, "zwei" -> 2, "eins Komma fünf" -> 1.5.

    Examples
    --------
    >>> [parse_number(t) for t in ["1.000", "600 000", "12'500", "2,1", "3.5", "Zwei", "dreieinhalb", "eins Komma fünf", "halben"]]
    [1000.0, 600000.0, 12500.0, 2.1, 3.5, 2.0, 3.5, 1.5, 0.5]
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
    elif re.fullmatch(r"\d{1,3}(?:['’]\d{3})+(?:\.\d+)?", t):
        return float(re.sub(r"['’]", "", t))  # the Swiss "12'500", "2'443'000'000'000"
    return float(t.replace(",", "."))


def _amount(m: re.Match) -> tuple[float, float]:
    """(value, value_max) of an AMOUNT match: a range gives both ends, a sum its total."""
    g = m.groupdict()
    if g.get("lo"):
        return parse_number(g["lo"]), parse_number(g["hi"])
    if _falling_pair(m):
        return parse_number(g["b"]), np.nan
    if g.get("a"):
        return parse_number(g["a"]), parse_number(g["b"])
    if g.get("s1"):
        return parse_number(g["s1"]) + parse_number(g["s2"]), np.nan
    return parse_number(g["n"]), np.nan


def _falling_pair(m: re.Match) -> bool:
    """"2026 – 108 Milliarden Euro", "2019 - 1,84 Prozent": a label (a year) and a dash before
    the amount, not a range (a range rises)."""
    g = m.groupdict()
    return bool(g.get("a")) and parse_number(g["a"]) > parse_number(g["b"])


def _amount_start(m: re.Match) -> int:
    """Where the amount of an AMOUNT match starts: after the label of a falling pair."""
    return m.start("b") if _falling_pair(m) else m.start()


def _scale_of(word: str | None) -> float:
    return P.SCALES[word.lower().rstrip(".")] if word else 1.0


def _scale(m: re.Match) -> float:
    return _scale_of(m.groupdict().get("scale"))


def _scaled(value: float, scale: float, number: str | None) -> float:
    """``value`` times ``scale``; a dotted number before "Billionen" is a decimal written the
    English way ("2.443 Billionen US-Dollar" is 2,443 trillion, not 2,443 quadrillion)."""
    if scale >= 1e12 and number and re.fullmatch(r"\d\.\d{3}", number):
        value = float(number)
    return value * scale


def currency_code(word: str) -> str:
    """The ISO code of a currency word: "Euro" -> eur, "schwedischen Kronen" -> sek; a bare
    "Kronen" is "kronen" until the article says whose (:meth:`ArticleContext.krone`)."""
    word = re.sub(r"ischen\s", "ische ", word.lower())
    return "kronen" if word == "kronen" else P.CURRENCIES[word]


def _currency(m: re.Match) -> str | None:
    cur = m.groupdict().get("cur")
    return currency_code(cur) if cur else None


def count_near_literals(rx, text: str, literals: tuple[str, ...], limit: int, margin: int = 80) -> int:
    """Matches of ``rx`` in ``text``, counted up to ``limit``, where every match holds one of
    ``literals`` (lower case): the pattern runs only in windows around them, which is much
    faster than running it over a long text."""
    lower = P.FoldedRegex.fold(text)
    if lower is None:  # lower-casing changes the length: no windows, the whole text
        return min(limit, sum(1 for _ in rx.finditer(text)))
    hits = sorted(i for literal in literals for i in _positions(lower, literal))
    if not hits:
        return 0
    windows: list[list[int]] = []
    for i in hits:
        lo = text.rfind(" ", 0, max(0, i - margin)) + 1
        hi = text.find(" ", min(len(text), i + margin))
        hi = len(text) if hi == -1 else hi
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    n = 0
    for lo, hi in windows:
        for _ in rx.finditer(text, lo, hi):
            n += 1
            if n >= limit:
                return n
    return n


def _positions(text: str, literal: str) -> Iterator[int]:
    i = text.find(literal)
    while i >= 0:
        yield i
        i = text.find(literal, i + 1)


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
    found = [c for c in found if not (c.start >= 5 and P.DATE_PART_BEFORE_RE.search(text, max(0, c.start - 8), c.start))]
    return _join_scaled_ranges(text, _resolve_overlaps(found))


def _join_scaled_ranges(text: str, found: list[Candidate]) -> list[Candidate]:
    """"650 Millionen bis 1,3 Milliarden Dollar", "zwischen 1,7 Milliarden und 5,5 Milliarden US-Dollar": one range
    whose ends have scales of their own, the currency written after the second; "zwischen 3,2% und 4,7%": one range of
    percentages (``found`` sorted by position)."""
    out: list[Candidate] = []
    i = 0
    while i < len(found):
        c = found[i]
        n = found[i + 1] if i + 1 < len(found) else None
        if n is not None and c.unit == "money?" and not c.compound and not n.compound and n.unit not in ("money?", "percent", "pct_points") \
                and np.isnan(c.value_max) and np.isnan(n.value_max) and c.value < n.value:
            between = text[c.end : n.start]
            if P.RANGE_BETWEEN_RE.fullmatch(between) and (not between.strip().startswith("und")
                                                          or P.RANGE_START_BEFORE_RE.search(text, max(0, c.start - 12), c.start)):
                out.append(Candidate(c.start, n.end, c.value, n.value, n.unit))
                i += 2
                continue
        if n is not None and c.unit == n.unit == "percent" and not c.compound and not n.compound and np.isnan(c.value_max) \
                and np.isnan(n.value_max) and c.value < n.value and P.RANGE_BETWEEN_RE.fullmatch(text, c.end, n.start) \
                and P.RANGE_START_BEFORE_RE.search(text, max(0, c.start - 12), c.start):
            out.append(Candidate(c.start, n.end, c.value, n.value, "percent"))  # "zwischen 3,2% und 4,7%": one range
            i += 2
            continue
        out.append(c)
        i += 1
    return out


def _candidates_in(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    percent = "rozent" in text or "%" in text
    money = bool(P.MONEY_ANCHOR_RE.search(text))
    if percent:
        found += _percent_candidates(text)
    if money:
        found += _money_candidates(text)
    if percent or money:
        found += _elided_candidates(text)
    return [c for c in found if not _none_of(c, text)]


def _none_of(c: Candidate, text: str) -> bool:
    """"keine Prozent", "keine Euro": "keine" is the number one only before a scale ("keine zusätzliche Milliarde Franken")."""
    return text.startswith(("keine", "Keine"), c.start) and not P.SINGULAR_SCALE_RE.search(text, c.start, c.end)


def _percent_candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in P.PERCENT_COMPOUND_RE.finditer(text):
        found.append(Candidate(m.start(), m.end(), parse_number(m["n"]), np.nan, "percent", True, m["head"]))
    for m in P.PERCENT_RE.finditer(text):
        value, vmax = _amount(m)
        unit = "pct_points" if m["unit"].startswith("Prozentpunkt") else "percent"
        found.append(Candidate(_amount_start(m), m.end(), value, vmax, unit))
    return found


def _money_candidates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in P.MONEY_COMPOUND_RE.finditer(text):
        head = m["head"]
        value, top = parse_number(m["n"]) * _scale(m), np.nan
        if m["lo"]:  # "Acht- bis Neun-Milliarden-Dollar-Auftrag": a range
            value, top = parse_number(m["lo"]) * _scale(m), value
        if head.lower() in P.CURRENCIES:  # "100-Milliarden-Euro umfassend": the head is the currency
            found.append(Candidate(m.start(), m.end(), value, top, currency_code(head)))
            continue
        found.append(Candidate(m.start(), m.end(), value, top, _currency(m) or "money?", True, head))
    for rx in (P.MONEY_RE, P.MONEY_SYMBOL_FIRST_RE):
        for m in rx.finditer(text):
            value, vmax = _amount(m) if rx is P.MONEY_RE else (parse_number(m["n"]), np.nan)
            scale = _scale(m)
            start = _amount_start(m) if rx is P.MONEY_RE else m.start()
            if value > vmax and value >= 1000:  # "zwischen 500'000 und einer Million Euro": the low end is written out
                found.append(Candidate(start, m.end(), value, vmax * scale, _currency(m)))
                continue
            found.append(Candidate(start, m.end(), _scaled(value, scale, m["n"]), vmax * scale, _currency(m)))
    for m in P.MONEY_SCALE_ONLY_RE.finditer(text):
        if _one_with_plural_scale(m):
            continue  # "soll einen Milliarden-Einkauf von Kampfdrohnen billigen": not an amount
        value, vmax = _amount(m)
        found.append(Candidate(_amount_start(m), m.end(), value * _scale(m), vmax * _scale(m), "money?"))
    return found


def _one_with_plural_scale(m: re.Match) -> bool:
    """"einen Milliarden-Einkauf": "ein" with a plural scale is an article, not the number one."""
    number, scale = m.groupdict().get("n"), m.groupdict().get("scale")
    return bool(number and scale) and number.lower() in ("ein", "eine", "einen", "einem", "einer") and scale.lower().endswith("en")


def _elided_candidates(text: str) -> list[Candidate]:
    """The first number of "von 12 auf 20 Milliarden Euro", "3,5 und 1,5 Prozent": it takes
    the unit (and the scale, unless it has its own) written after the second."""
    out = []
    for m in P.ELLIPSIS_RE.finditer(text):
        number = m["n"]
        if re.fullmatch(r"(?:19|20)\d\d", number) and not m["own"]:
            continue  # a year: "von 2024 auf 2025"
        if P.LABEL_BEFORE_RE.search(text, max(0, m.start("n") - 20), m.start("n")):
            continue  # a label's number: "der Einzelplan 14 auf 82,69 Milliarden Euro"
        value = parse_number(number)
        end = m.end("own") if m["own"] else m.end("n")
        if m["unit"]:
            if m["own"]:
                continue  # "0,79 Millionen und 4,0 Prozent": a count, then a share
            unit = "pct_points" if m["unit"].startswith("Prozentpunkt") else "percent"
            out.append(Candidate(m.start("n"), end, value, np.nan, unit, elided=True))
            continue
        scale = _scale_of(m["own"] or m["scale"] or m["bare_scale"])
        currency = currency_code(m["cur"]) if m["cur"] else "money?"
        out.append(Candidate(m.start("n"), end, value * scale, np.nan, currency, elided=True))
    for m in P.PERCENT_LIST_RE.finditer(text):  # "zwei, drei, vier oder fünf Prozent": "zwei" and "drei"
        for n in P.LIST_NUMBER_RE.finditer(text, m.start("list"), m.end("list")):
            out.append(Candidate(n.start("n"), n.end("n"), parse_number(n["n"]), np.nan, "percent", elided=True))
    return out


def _resolve_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the best reading where candidates overlap: compounds, then currency, then length.
    Candidates are sorted by position, so only neighbours are compared (linear time)."""
    rank = sorted(found, key=lambda c: (not c.compound, c.unit == "money?", -(c.end - c.start), c.start))
    taken: list[tuple[int, int]] = []  # kept spans, sorted by start
    kept: list[Candidate] = []
    for c in rank:
        i = bisect.bisect_left(taken, (c.start, c.start))
        if (i < len(taken) and taken[i][0] < c.end) or (i > 0 and taken[i - 1][1] > c.start):
            continue
        taken.insert(i, (c.start, c.end))
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


# --- the article around a figure ---------------------------------------------------------------


#: A text's lead paragraph is at least this long: shorter first paragraphs are headline lines and
#: kickers that scraped texts start with ("Einsparungen beim Heer", "Innenpolitik"), read on.
_LEAD_MIN_CHARS = 200
_LEAD_MAX_CHARS = 1500


def lead_paragraph(text: str) -> str:
    """The text's first paragraph, with the paragraphs after it while it is shorter than
    ``_LEAD_MIN_CHARS`` (headline lines in the text), at most ``_LEAD_MAX_CHARS`` long."""
    end = 0
    while end < len(text) and end < _LEAD_MIN_CHARS:
        brk = text.find("\n\n", end)
        end = len(text) if brk < 0 else brk + 2
    return text[:end][:_LEAD_MAX_CHARS]


class ArticleContext:
    """What the whole article says that a figure's own sentence may not: its headline, how
    much it is about defence, and the currencies it names. Each property is computed on
    first use (most figures need only a few)."""

    def __init__(self, title: str | None, text: str | None, home: str = ""):
        self.headline = title or ""
        self.text = text or ""
        self.home = home  # the outlet's state (:func:`analysis.outlets.home_state`)

    @classmethod
    def of(cls, title: str | None, text: str | None, home: str = "") -> ArticleContext:
        return cls(title, text, home)

    def currency_country(self, currency: str) -> str:
        """The state of a national currency, when the article names that state ("" otherwise)."""
        country = P.CURRENCY_COUNTRIES.get(currency, "")
        if not country:
            return ""
        if currency not in self._named_currency_states:
            self._named_currency_states[currency] = bool(P.CURRENCY_COUNTRY_NAME_RES[currency].search(self.headline + "\n" + self.text))
        return country if self._named_currency_states[currency] else ""

    @cached_property
    def _named_currency_states(self) -> dict[str, bool]:
        return {}

    @cached_property
    def live_blog(self) -> bool:
        """A live blog or ticker: its entries are about many things, it has no one state."""
        return bool(P.LIVE_BLOG_RE.search(self.headline))

    @cached_property
    def defence_terms(self) -> int:
        """Defence words in headline and text, counted up to the number that makes an
        article about defence."""
        folded = (self.headline + "\n" + self.text).lower()
        bound = sum(folded.count(stem) for stem in P.DEFENCE_TERM_STEMS)
        if bound < _DEFENCE_ARTICLE_TERMS:
            return bound  # every defence word holds one of the stems: fewer stems, fewer words
        n = 0
        for body in (self.headline, self.text):
            for _ in P.DEFENCE_TERMS_RE.finditer(body):
                n += 1
                if n >= _DEFENCE_ARTICLE_TERMS:
                    return n
        return n

    @cached_property
    def headline_defence(self) -> bool:
        """The headline is about defence (and is not a live blog's)."""
        return bool(P.DEFENCE_TERMS_RE.search(self.headline)) and not self.live_blog

    @cached_property
    def headline_aid(self) -> bool:
        return bool(P.MILITARY_AID_RE.search(self.headline)) and not self.live_blog

    @cached_property
    def about_exports(self) -> bool:
        """The headline or the lead is about arms exports and their approvals: the amounts of the states that buy
        are the exporter's sales ("Die USA erhielten in diesem Jahr bis Mitte Juni für 265,8 Millionen Euro")."""
        return bool(P.ARMS_EXPORT_RE.search(self.headline) or P.ARMS_EXPORT_RE.search(lead_paragraph(self.text)[:800]))

    @cached_property
    def industry(self) -> bool:
        """The article names the arms industry."""
        return bool(P.DEFENCE_INDUSTRY_RE.search(self.headline) or P.DEFENCE_INDUSTRY_RE.search(self.text))

    @cached_property
    def money_topic(self) -> bool:
        """The headline or the lead paragraph is about defence money or a purchase of weapons."""
        lead = self.headline + "\n" + lead_paragraph(self.text)
        return not self.live_blog and bool(P.DEFENCE_BUDGET_TERMS_RE.search(lead) or (
            P.DEFENCE_TERMS_RE.search(lead) and (P.PROCUREMENT_WORDS_RE.search(lead) or P.WEAPON_SYSTEMS_RE.search(lead))))

    @cached_property
    def defence_money_article(self) -> bool:
        """The article is about defence money: it names defence budgets, military aid or
        defence programmes at least twice (a live blog never is)."""
        if self.live_blog:
            return False
        n = 0
        for body in (self.headline, self.text):
            n += count_near_literals(P.DEFENCE_BUDGET_TERMS_RE, body, P.DEFENCE_BUDGET_LITERALS, _DEFENCE_MONEY_TERMS - n)
            if n >= _DEFENCE_MONEY_TERMS:
                return True
        return False

    @cached_property
    def national_institutions(self) -> dict[str, int]:
        """State -> how often the article names institutions of that state other than
        Germany's (Bundesheer, Ständerat, Kreml ...)."""
        counts: dict[str, int] = {}
        for body in (self.headline, self.text):
            for m in P.NATIONAL_INSTITUTION_RE.finditer(body):
                code = P.NATIONAL_INSTITUTIONS[m["name"]]
                counts[code] = counts.get(code, 0) + 1
        return counts

    @cached_property
    def german_institutions(self) -> int:
        """How often it names German defence institutions (Bundeswehr, Haushaltsausschuss ...)."""
        n = 0
        shared = P.HOME_METONYMS.get(self.home, ())
        for body in (self.headline, self.text[:20000]):
            for m in P.GERMAN_DEFENCE_CONTEXT_RE.finditer(body):
                if m.group() in shared:
                    continue  # "die Bundesregierung" of an Austrian site
                n += 1
                if n >= 3:
                    return n
        return n

    @cached_property
    def currencies(self) -> dict[str, list[tuple[int, str]]]:
        """Field -> [(position, currency)] of every currency named, in order."""
        return {name: [(m.start(), self.known_currency(currency_code(m["cur"]))) for m in P.CURRENCY_WORD_RE.finditer(body)]
                for name, body in (("title", self.headline), ("text", self.text))}

    @cached_property
    def krone(self) -> str:
        """The crowns a bare "Kronen" means: those of the country named most (Danish when none is)."""
        text = f"{self.headline}\n{self.text}"
        counts = {code: len(rx.findall(text)) for code, rx in P.KRONE_COUNTRY_RES.items()}
        best = max(counts, key=counts.get)
        return best if counts[best] else "dkk"

    def known_currency(self, code: str) -> str:
        if code == "usd":
            return self.dollar
        return self.krone if code == "kronen" else code

    @cached_property
    def dollar(self) -> str:
        """The dollars a bare "Dollar" means: Canadian or Australian ones in an article that names them
        and no US dollars ("eine halbe Billion kanadische Dollar ... 180 Milliarden Dollar"), else US."""
        text = f"{self.headline}\n{self.text}"
        if "US-Dollar" not in text:
            for code, rx in P.OTHER_DOLLARS.items():
                if rx.search(text):
                    return code
        return "usd"

    @cached_property
    def names_gdp_target(self) -> bool:
        """The article names a defence share of GDP or NATO's target ("Prozent des BIP", "Zwei-Prozent-Ziel")."""
        return bool(P.GDP_TARGET_NAMED_RE.search(self.headline) or P.GDP_TARGET_NAMED_RE.search(self.text))

    @property
    def about_defence(self) -> bool:
        return self.headline_defence or self.defence_terms >= _DEFENCE_ARTICLE_TERMS

    def last_currency(self, field: str, position: int) -> tuple[int, str] | None:
        """(position, currency) of the currency named last before ``position`` in the field."""
        here = self.currencies.get(field, [])
        i = bisect.bisect_left(here, (position, ""))
        return here[i - 1] if i > 0 else None

    def currency_before(self, field: str, position: int) -> str | None:
        """The currency named last before ``position`` in the field, else the first one in
        the article (the headline's, then the text's)."""
        if last := self.last_currency(field, position):
            return last[1]
        for name in ("title", "text"):
            if self.currencies.get(name):
                return self.currencies[name][0][1]
        return None


@dataclass
class _Context:
    """A sentence and its neighbours in the same paragraph, with the actors named in them."""

    text: str  # the whole field
    field: str
    sentence: Sentence
    after: list[Sentence]  # up to two next sentences, nearest first
    matches: _FieldSentences  # the field's sentences; ``matches.get(index, [])`` -> actors of a sentence
    paragraph: tuple[int, int]  # span of the sentence's paragraph
    article: ArticleContext
    seen: dict  # (paragraph start, pattern) -> found: each paragraph is searched once per pattern
    partners: dict = field(default_factory=dict)  # sentence index -> states named as partners
    carried: str | None = None  # currency of the money figure before this one in the paragraph (or the one before)

    @cached_property
    def before(self) -> list[Sentence]:
        """Up to two previous sentences, nearest last (the paragraph before is segmented
        only when a rule asks for them)."""
        return self.matches.before(self.sentence)

    def span(self, s: Sentence | None = None) -> str:
        s = s or self.sentence
        return self.text[s.start : s.end]

    def paragraph_text(self) -> str:
        return self.text[self.paragraph[0] : self.paragraph[1]]

    def next_paragraph(self, limit: int = 300) -> str:
        """The start of the paragraph after this one (a sub-heading's continuation)."""
        start = self.text.find("\n\n", self.paragraph[1])
        if start < 0:
            return ""
        start += 2
        end = self.text.find("\n\n", start)
        return self.text[start : min(start + limit, end if end >= 0 else len(self.text))]

    def defence_money_around(self) -> bool:
        """The sentence before, the paragraph or the headline speaks of defence money itself
        (Verteidigungsausgaben, Wehretat, Militärhilfe, Rüstungsprojekt ...), or the sentence
        before or the headline of a purchase of weapons ("Die Marine bekommt vier neue
        Fregatten" before "Das Programm kostet 15 Milliarden Euro")."""
        before = self.context_before()
        if self.in_paragraph(P.DEFENCE_BUDGET_TERMS_RE) or any(
                P.DEFENCE_BUDGET_TERMS_RE.search(self.span(s)) for s in before):
            return True
        headline = self.article.headline if self.article.headline_defence else ""
        for piece in (*(self.span(s) for s in before), headline):
            if P.DEFENCE_BUDGET_TERMS_RE.search(piece) or (
                P.DEFENCE_TERMS_RE.search(piece) and (P.PROCUREMENT_WORDS_RE.search(piece) or P.WEAPON_SYSTEMS_RE.search(piece))
            ):
                return True
        return False

    def in_paragraph(self, rx: re.Pattern) -> bool:
        """``rx`` occurs in the sentence's paragraph (searched once per paragraph)."""
        key = (self.paragraph[0], rx.pattern)
        if key not in self.seen:
            self.seen[key] = bool(rx.search(self.text, self.paragraph[0], self.paragraph[1]))
        return self.seen[key]

    def context_before(self) -> list[Sentence]:
        """The sentence before as context, unless this one adds a new item ("Darüber hinaus ...")
        or the one before is about something else (masks, a rescue package ...)."""
        if not self.before or P.NEW_ITEM_START_RE.match(self.span()):
            return []
        previous = self.before[-1]
        text = self.span(previous)
        other = P.NOT_DEFENCE_RE.search(text) or P.BUDGET_TOTAL_RE.search(text)
        return [] if other and not P.DEFENCE_TERMS_RE.search(text) else [previous]

    def opening(self) -> bool:
        """The figure is in the opening of the text, which the lead's topic governs."""
        return (self.sentence.paragraph <= _OPENING_PARAGRAPHS or self.sentence.start < _OPENING_CHARS) and self.article.about_defence

    def defence_around(self) -> bool:
        """The article is about defence and so is the paragraph, the sentence before or the headline."""
        if not self.article.about_defence:
            return False
        if any(P.NOT_DEFENCE_RE.search(self.span(s)) and not P.DEFENCE_TERMS_RE.search(self.span(s)) for s in self.before[-1:]):
            return False  # the sentence before is about something else: "Masken", "Rettungspaket"
        return bool(
            self.article.headline_defence
            or self.in_paragraph(P.DEFENCE_TERMS_RE)
            or any(P.DEFENCE_TERMS_RE.search(self.span(s)) for s in self.context_before())
            or (len(self.before) > 1 and not P.NEW_ITEM_START_RE.match(self.span()) and P.DEFENCE_TERMS_RE.search(self.span(self.before[-2])))
            or (self.article.money_topic and self.opening())
            or (self.opening() and self.next_paragraph_defence())
        )

    def next_paragraph_defence(self) -> bool:
        """The paragraph after the lead spells out what it is about: weapons, not another topic
        ("Schweden hat ein Hilfspaket für die Ukraine angekündigt" before "Das Paket umfasst
        Luftabwehrsysteme, Artillerie ...")."""
        following = self.next_paragraph()
        return bool(P.DEFENCE_TERMS_RE.search(following)) and not P.NOT_DEFENCE_RE.search(following)


def _qualifier(text: str, start: int) -> str | None:
    before = text[max(0, start - 25) : start]
    for rx, name in P.QUALIFIERS:
        if rx.search(before):
            return name
    return None


def _nearest_distance(rx: re.Pattern, text: str, lo: int, hi: int, start: int, end: int | None = None) -> int | None:
    """Characters between the figure ``[start, end)`` and the nearest match of ``rx`` in ``text[lo:hi]``."""
    end = start if end is None else end
    distances = []
    for m in rx.finditer(text, lo, hi):
        if rx is P.NOT_DEFENCE_RE and _qualified_by_defence(text, m, hi) and not P.PAY_RE.match(m.group()):
            continue
        distances.append(start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0)
    return min(distances) if distances else None


def _qualified_by_defence(text: str, m: re.Match, hi: int) -> bool:
    """A word of another topic that is about defence itself: "Kredite für Rüstungsprojekte"."""
    rest = P.QUALIFIED_BY_DEFENCE_RE.match(text, m.end(), hi)
    return bool(rest) and bool(P.DEFENCE_TERMS_RE.match(text, rest.end(), hi))


def _percent_unit(c: Candidate, ctx: _Context) -> tuple[str, str]:
    """Unit and unit_from of a percentage from the words around it."""
    text = ctx.text
    after = text[c.end : min(c.end + 80, ctx.sentence.end)]
    before = text[max(ctx.sentence.start, c.start - 60) : c.start]
    if c.elided:  # "3,5 und 1,5 Prozent für Verteidigung": the base is written after the second number
        after = re.sub(r"^\s*(?:auf|und|oder|bzw\.|beziehungsweise|statt|anstatt)\s+(?:\w+\s+){0,2}?\S+\s*(?:Prozent|%)", "", after)
    if c.compound:
        # "-Ziel" is NATO's idiom: the sentence or one before it about NATO or defence will do;
        # "-Marke", "-Grenze", "-Schwelle" are generic and need NATO or defence in their own sentence
        head = (c.head or "").lower()
        goal = head.startswith("ziel") or "ziel" in head or head.startswith("forderung")  # "-Ziel", "-BIP-Ausgabenziel", "Trumps Fünf-Prozent-Forderung"
        context = (ctx.sentence, *ctx.before) if goal else (ctx.sentence,)
        defence = any(P.NATO_OR_DEFENCE_RE.search(ctx.span(s)) for s in context)
        if goal and not defence:
            defence = ctx.in_paragraph(P.NATO_OR_DEFENCE_RE) or ctx.article.about_defence
        blocked = re.search(r"inflation|teuerung|ezb|zentralbank|notenbank|geldpolitik|klima|wahl|stimmen|emission|co2", ctx.span(), re.I)
        if (head.startswith(P.TARGET_HEADS) or goal) and defence and not blocked:
            return "pct_gdp", "compound"
        if (head.startswith(P.TARGET_HEADS) or goal) and c.value in P.NATO_TARGET_LEVELS and not blocked \
                and not P.OTHER_TARGET_CONTEXT_RE.search(ctx.text, *ctx.paragraph) \
                and (goal or any(P.NATO_OR_DEFENCE_RE.search(ctx.span(x)) for x in ctx.before[-1:]) or ctx.in_paragraph(P.NATO_OR_DEFENCE_RE)):
            return "pct_gdp", "compound"  # "Sánchez hatte das Fünf-Prozent-Ziel als unvernünftig bezeichnet": NATO's level
        return "pct_other", ""
    if P.NATO_TARGET_AFTER_RE.match(text, c.end):
        return "pct_gdp", "defence_convention"  # "mit dem 5 Prozent NATO-Ziel"
    if P.GDP_BASE_RE.match(after) or text.endswith("BIP-Prozent", c.start, c.end):
        return "pct_gdp", "stated"  # "im vergangenen Jahr 1,6 BIP-Prozent"
    if P.BUDGET_BASE_RE.match(after):
        return "pct_budget", "stated"  # before a GDP share earlier in the sentence: "Fünf Prozent des BIP würden 40 Prozent des Bundeshaushalts bedeuten"
    if P.GDP_BEFORE_RE.search(before):
        return "pct_gdp", "stated"
    if P.DEFENCE_SHARE_OF_BUDGET_RE.search(ctx.span()) and not P.SHARE_OF_AFTER_RE.match(after) and not P.GDP_SENTENCE_RE.search(ctx.span()):
        return "pct_budget", "stated"  # "Der Anteil der Verteidigungsausgaben am russischen Haushalt steigt auf 32,5 Prozent"
    if P.BUDGET_SHARES_SENTENCE_RE.search(ctx.span()) and not P.SHARE_OF_AFTER_RE.match(after):
        return "pct_budget", "stated"  # "Den größten Brocken des Budgets betrifft ... mit knapp 45 Prozent das Personal"
    if P.SHARE_OF_AFTER_RE.match(after) and not P.DEFENCE_SHARE_RE.match(after):
        return "pct_other", ""  # "60 Prozent der vorgesehenen Mittel": a share of something else
    if P.GDP_SENTENCE_RE.search(ctx.span()):
        return "pct_gdp", "stated"  # "Gemessen am Bruttoinlandsprodukt entspricht dies einer Quote von 2,5 Prozent"
    if P.DEFENCE_SHARE_RE.match(after) or P.DEFENCE_SPENDING_BEFORE_RE.search(before):
        infrastructure_only = re.match(r"^\s*(?:für|in)\s+(?:die\s+)?Infrastruktur", after)
        if not infrastructure_only or ctx.in_paragraph(P.NATO_OR_DEFENCE_RE):
            return "pct_gdp", "defence_convention"
    def defence_near() -> bool:
        return bool(P.DEFENCE_TERMS_RE.search(ctx.span()) or any(P.DEFENCE_TERMS_RE.search(ctx.span(s)) for s in ctx.before[-1:]))

    if P.RAISE_AFTER_RE.match(after) and P.DEFENCE_SPENDING_FAR_BEFORE_RE.search(text, max(ctx.sentence.start, c.start - 160), c.start):
        return "pct_gdp", "defence_convention"  # "die Verteidigungsausgaben im kommenden Parlament ... auf 3 % zu erhöhen"
    if P.TARGET_BEFORE_RE.search(before) and (defence_near() or ctx.in_paragraph(P.NATO_OR_DEFENCE_RE)):
        return "pct_gdp", "defence_convention"  # "das Nato-Ziel von zwei Prozent"
    if P.SPENDING_SHARE_AFTER_RE.match(after) and (defence_near() or ctx.defence_around()):
        return "pct_gdp", "defence_convention"  # "mehr als 3 Prozent auszugeben" about a defence budget
    if _nato_target_level(c, ctx, after):
        return "pct_gdp", "context"  # "Rutte hält zwei Prozent nicht länger für ausreichend"
    return "pct_other", ""


def _nato_target_level(c: Candidate, ctx: _Context, after: str) -> bool:
    """A bare percentage at one of NATO's target levels, with no base or change after it,
    in an article about defence whose sentence or the one before speaks of NATO, defence
    or defence money: the alliance's share-of-GDP target ("Die zwei Prozent sind das Ziel")."""
    if c.value not in P.NATO_TARGET_LEVELS or P.BASE_OR_CHANGE_AFTER_RE.match(after) or P.NOT_A_TARGET_LEVEL_RE.search(ctx.span()):
        return False  # "Die FDP würde dem Parlament mit drei Prozent nicht mehr angehören"
    if not ctx.article.about_defence:
        return False
    if any(P.NATO_OR_DEFENCE_RE.search(ctx.span(s)) or P.DEFENCE_BUDGET_TERMS_RE.search(ctx.span(s)) for s in (ctx.sentence, *ctx.before[-1:])):
        return True
    # further away: the paragraph or the two sentences before speak of NATO or defence, in an article that names
    # NATO's share-of-GDP target ("Die 5 Prozent ergeben sich so" after "Die Nato-Staaten einigten sich ...")
    near = ctx.in_paragraph(P.NATO_OR_DEFENCE_RE) or any(P.NATO_OR_DEFENCE_RE.search(ctx.span(s)) for s in ctx.before)
    return near and ctx.article.names_gdp_target and not P.OTHER_TARGET_CONTEXT_RE.search(ctx.span())


def _only_loans(text: str) -> bool:
    """Every word of another topic in ``text`` is a loan ("Das Kreditprogramm habe ein Volumen von 150 Milliarden Euro")."""
    return all(P.LOAN_RE.match(m.group()) for m in P.NOT_DEFENCE_RE.finditer(text))


def _bracket_end(text: str, lo: int, c: Candidate, hi: int) -> int:
    """``hi``, or the closing bracket of the brackets the figure stands in: the words after
    it belong to the next item ("Verteidigung (... auf 83 Milliarden Euro) und für Arbeit und Soziales")."""
    opening = text.rfind("(", lo, c.start)
    if opening < 0 or text.find(")", opening, c.start) >= 0:
        return hi
    closing = text.find(")", c.end, hi)
    return closing if closing >= 0 else hi


#: How far before a relative clause its antecedent is looked for.
_ANTECEDENT_CHARS = 50


def _not_defence_re(c: Candidate):
    """The words of other topics for this figure: for an amount in Franken a "Kredit" is a budget's appropriation."""
    return P.NOT_DEFENCE_SWISS_RE if c.unit == "chf" else P.NOT_DEFENCE_RE


def _is_off_topic(c: Candidate, ctx: _Context) -> bool:
    """True when the sentence is about trade or markets (exports, revenue, shares), or a
    word of another topic stands closer to the figure than any defence word."""
    s = ctx.sentence
    if P.NOT_SPENDING_RE.search(ctx.span()):
        return True
    clause_start, clause_end = _clause_span(c, ctx)
    lo = max(clause_start, c.start - _LOCAL_CHARS)
    hi = _bracket_end(ctx.text, lo, c, min(clause_end, c.end + _LOCAL_CHARS // 2))
    negative = _nearest_distance(_not_defence_re(c), ctx.text, lo, hi, c.start, c.end)
    if negative is None and P.RELATIVE_CLAUSE_RE.match(ctx.text, max(s.start, clause_start - 1)) \
            and (antecedent := P.NOT_DEFENCE_RE.search(ctx.text, max(s.start, clause_start - 1 - _ANTECEDENT_CHARS), clause_start)) \
            and not P.LOAN_RE.match(antecedent.group()) \
            and not P.DEFENCE_TERMS_RE.search(ctx.text, clause_start, clause_end):
        return True  # "... bei den Entwicklungsprogrammen, die von 0,5 % des BIP auf 0,3 % sinken": the antecedent's topic
    if negative is None:
        return False
    defence_money = ctx.in_paragraph(P.DEFENCE_BUDGET_TERMS_RE) or has_defence_term(ctx.span()) or (ctx.article.money_topic and ctx.opening())
    if defence_money and negative == _nearest_distance(P.LOAN_RE, ctx.text, lo, hi, c.start, c.end):
        return False  # "Kredite in Höhe von 127 Milliarden Euro" for arms projects (the EU's SAFE)
    part_start = _part_start(ctx.text, clause_start, c.start)  # "... der Bundeswehr und ein Sondervermögen für Infrastruktur"
    defence = _nearest_distance(P.DEFENCE_TERMS_RE, ctx.text, part_start, clause_end, c.start, c.end)  # the clause decides
    return defence is None or negative <= defence  # a tie is one word of both ("Munitionsräumung"): the other topic


def _part_start(text: str, clause_start: int, position: int) -> int:
    """Start of the part of a clause that holds ``position`` after a joining "und"/"sowie"
    that starts a new noun phrase ("... und ein 500-Milliarden-Euro schweres ...")."""
    best = clause_start
    for m in re.finditer(r"\s(?:und|sowie|oder)\s+(?:ein|eine|einen|einem|der|die|das|den|dem)\s", text[clause_start:position]):
        best = clause_start + m.start()
    return best


def _off_topic_in_sentence(c: Candidate, ctx: _Context) -> bool:
    """No defence word in the figure's clause, and a word of another topic in its sentence
    stands nearer than any defence word ("die Neuverschuldung ... 115,7 Milliarden Euro,
    2029 dann auf 126,1 Milliarden Euro", "... umfasst, sank im Quartal auf 2,64 Milliarden")."""
    clause_start, clause_end = _clause_span(c, ctx)
    if P.DEFENCE_TERMS_RE.search(ctx.text, clause_start, clause_end):
        return False
    s = ctx.sentence
    hi = _bracket_end(ctx.text, s.start, c, s.end)
    relative = P.RELATIVE_CLAUSE_RE.search(ctx.text, c.end, hi)  # "..., die durch neue Schulden ermöglicht werden": how the fund is paid
    hi = relative.start() if relative else hi
    negative = _nearest_distance(_not_defence_re(c), ctx.text, s.start, hi, c.start, c.end)
    if negative is None:
        return False
    if _only_loans(ctx.text[s.start : hi]) and (ctx.in_paragraph(P.DEFENCE_BUDGET_TERMS_RE) or ctx.in_paragraph(P.DEFENCE_TERMS_RE)):
        return False  # "Das Kreditprogramm habe ein Volumen von 150 Milliarden Euro" of loans for defence spending, "ein
        # Finanzierungsinstrument zur Stärkung der gemeinsamen Verteidigung: ... Darlehen in Höhe von bis zu 150 Milliarden Euro"
    defence = _nearest_distance(P.DEFENCE_TERMS_RE, ctx.text, s.start, s.end, c.start, c.end)
    return defence is None or negative < defence


def _is_not_state_money(c: Candidate, ctx: _Context) -> bool:
    """An overall budget that merely includes defence ("der Haushalt 2025 umfasst 481
    Milliarden Euro, darunter ... für die Bundeswehr"), or a company's own spending."""
    sentence = ctx.span()
    clause_start, clause_end = _clause_span(c, ctx)
    near = ctx.text[max(clause_start, c.start - _LOCAL_CHARS) : min(clause_end, c.end + _LOCAL_CHARS // 2)]
    bracket = P.BRACKET_AFTER_RE.match(ctx.text, c.end, ctx.sentence.end)  # "16,7 Milliarden australische Dollar (ca. 10 Mrd. EUR) für die Beschaffung"
    end = ctx.sentence.end if bracket else clause_end
    allocated = P.ALLOCATED_AFTER_RE.match(ctx.text, bracket.end() if bracket else c.end, end)
    allocated = bool(allocated and (P.DEFENCE_TERMS_RE.match(ctx.text, allocated.end(), end)
                                    or P.ALLOCATED_TO_PROCUREMENT_RE.match(ctx.text, allocated.end(), end)))
    addition = P.ADDITION_BEFORE_RE.search(ctx.text[max(clause_start, c.start - 30) : c.start])
    defence_budget = P.DEFENCE_BUDGET_TERMS_RE.search(ctx.text, clause_start, clause_end)
    total_words = P.BUDGET_TOTAL_RE.search(near)
    if total_words and not (allocated or addition or (defence_budget and "gesamt" not in total_words.group(0).lower())):
        total = _nearest_distance(P.BUDGET_TOTAL_RE, ctx.text, clause_start, clause_end, c.start, c.end)
        distances = [d for rx in (P.DEFENCE_TERMS_RE, P.DEFENCE_BUDGET_TERMS_RE)
                     if (d := _nearest_distance(rx, ctx.text, clause_start, clause_end, c.start, c.end)) is not None]
        defence = min(distances) if distances else None
        if defence is None or (total is not None and total < defence):
            return True  # also when the clause speaks of defence money further away: "..., der einen Rückgang der
            # Militärausgaben vorsieht: "..., dass die Haushaltsausgaben insgesamt von 41,4 auf 44,87 Billionen Rubel steigen"
    if P.COMPANY_VALUE_RE.search(sentence):
        return True
    if P.BANK_RE.search(sentence) and (P.LOAN_RE.search(sentence) or P.FINANCE_CONTEXT_RE.search(sentence)) \
            and not P.STATE_BUYER_RE.search(sentence):
        return True  # a bank's loan to an arms maker, an insurer's holdings: not a state's spending
    if P.DEFENCE_INDUSTRY_RE.search(sentence) and P.INVESTING_RE.search(sentence) and not P.STATE_BUYER_RE.search(sentence):
        return True  # "MBDA plant, 2,4 Milliarden Euro in den Ausbau der Raketenproduktion zu investieren"
    return bool(P.COMPANY_SPENDING_RE.search(sentence)) and not P.STATE_BUYER_RE.search(sentence)


def has_defence_term(text: str) -> bool:
    """A defence word in ``text`` that is not part of a word of another topic ("Munition" but
    not "Munitionsräumung")."""
    for m in P.DEFENCE_TERMS_RE.finditer(text):
        other = P.NOT_DEFENCE_RE.search(text, max(0, m.start() - 30), m.end() + 30)
        if not (other and other.start() <= m.start() < other.end() or other and m.start() <= other.start() < m.end()):
            return True
    return False


def _is_change_or_poll(c: Candidate, ctx: _Context) -> bool:
    before = ctx.text[max(ctx.sentence.start, c.start - 30) : c.start]
    after = ctx.text[c.end : ctx.sentence.end]
    if P.CHANGE_BEFORE_RE.search(before) and not re.match(r"\s*um\b", before[-4:]) and P.GDP_BASE_RE.match(after):
        return False  # "eine Steigerung von 4,7 % des BIP": the level it reaches
    change_after = P.CHANGE_AFTER_RE.match(after)
    if change_after and re.match(r"\s*(?:gegenüber|im Vergleich)", after) and re.search(r"\bauf\s+(?:\w+\s+)?$", before):
        change_after = None  # "steigt auf 32,5 Prozent gegenüber 28,3 Prozent in diesem Jahr": a level compared with another
    return bool(P.CHANGE_BEFORE_RE.search(before) or P.POLL_AFTER_RE.match(after) or change_after)


def _is_poll(c: Candidate, ctx: _Context) -> bool:
    return bool(P.POLL_AFTER_RE.match(ctx.text[c.end : ctx.sentence.end]))


def _has_defence_words(ctx: _Context, *, share_of_gdp: bool) -> bool:
    """A defence word in the sentence; for a share of GDP also in the sentence before, the
    paragraph or the headline, or the alliance's members as spenders ("die Verbündeten ...
    auf 5 Prozent des BIP")."""
    if P.DEFENCE_TERMS_RE.search(ctx.span()):
        return True
    if not share_of_gdp:
        return False
    if any(P.DEFENCE_TERMS_RE.search(ctx.span(s)) for s in ctx.before[-1:]) or ctx.defence_around():
        return True
    sentence = ctx.span()
    return bool(P.ALLIANCE_MEMBERS_RE.search(sentence)) and not P.NOT_DEFENCE_RE.search(sentence)


def _money_currency(c: Candidate, ctx: _Context) -> tuple[str | None, str]:
    """Currency of an amount written without one, or ``None`` when it is not money."""
    if c.unit != "money?":
        return ctx.article.known_currency(c.unit), "stated"
    after = ctx.text[c.end : c.end + 30]
    if re.match(r"[ \t]*[A-ZÄÖÜ][a-zäöüß]", after) and not c.compound:
        return None, ""  # "1,1 Millionen Menschen": a count of something (a noun on the same line: not the next line's "Im")
    sentence = ctx.span()
    if m := P.CURRENCY_WORD_RE.search(sentence):
        return ctx.article.known_currency(currency_code(m["cur"])), "context"
    spending = P.BUDGET_BEFORE_RE.search(ctx.text[max(ctx.sentence.start, c.start - 50) : c.start])
    if c.compound or spending or P.AID_NOUN_AFTER_RE.match(after):  # "eine Milliarde an zusätzlicher Militärhilfe"
        return ctx.article.currency_before(ctx.field, c.start) or "eur", "context"  # "Sondervermögen von 100 Milliarden"
    if ctx.carried:  # "2029 sollen sie gar auf 153 Milliarden anwachsen" after amounts in euros
        return ctx.carried, "context"
    if re.match(r"\s*für\s+(?:die\s+|den\s+|das\s+|neue\w*\s+|weitere\w*\s+)?[A-ZÄÖÜ]", after) or P.SPENDING_WORDS_RE.search(sentence):
        currency = ctx.article.currency_before(ctx.field, c.start)
        if currency:  # "Rund vier Milliarden für neue Drohnen" in an article about pounds
            return currency, "context"
        if re.match(r"\s*für\s+(?:die\s+|den\s+|das\s+)?(?:Verteidigung|Bundeswehr|Rüstung|Aufrüstung|Militär|Streitkräfte)", after):
            return "eur", "context"
    recent = _recent_currency(ctx, c.start)
    if recent and any(P.PROCUREMENT_WORDS_RE.search(x) or P.BUDGET_WORDS_RE.search(x) for x in (sentence, *(ctx.span(b) for b in ctx.before[-1:]))):
        return recent, "context"  # "Der Engpass ergibt sich aus grossen Beschaffungen ... Das sind kumuliert 11.4 Milliarden"
        # a few lines after "ein Liquiditätsproblem von 1.4 Milliarden Franken"
    return None, ""


#: How far back a currency named in the text carries to a bare amount in a sentence about budgets or purchases.
_CURRENCY_CARRY_CHARS = 1500


def _recent_currency(ctx: _Context, position: int) -> str | None:
    """The currency named last before ``position`` in the field, if it is at most ``_CURRENCY_CARRY_CHARS`` before it."""
    last = ctx.article.last_currency(ctx.field, position)
    return last[1] if last and position - last[0] <= _CURRENCY_CARRY_CHARS else None


def _clause_span(c: Candidate, ctx: _Context) -> tuple[int, int]:
    """Start and end of the part of the sentence around the figure between commas,
    colons, dashes or brackets."""
    s = ctx.sentence
    starts = [m.end() for m in _CLAUSE_START_RE.finditer(ctx.text, s.start, c.start)]
    end = _CLAUSE_END_RE.search(ctx.text, c.end, s.end)
    return (starts[-1] if starts else s.start), (end.start() if end else s.end)


#: Clause boundaries: commas (not the decimal comma of "6,1"), semicolons, colons, dashes, brackets.
_CLAUSE_START_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:–(]| - ")
_CLAUSE_END_RE = re.compile(r"(?<!\d),|,(?!\d)|[;:–)]| - ")


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
    if c.unit not in ("percent", "pct_points"):  # money: plans and pledges before what was spent
        order = ((P.DEMAND_WORDS_RE, "demand"), (P.ESTIMATE_WORDS_RE, "estimate"), (P.PLAN_WORDS_RE, "target"), (P.DONE_WORDS_RE, "actual"))
    for scope in (_clause(c, ctx), ctx.span()):
        for rx, kind in order:
            if rx.search(scope):
                return kind
        if re.search(r"\bwird\b.*\bkommen\b", scope):
            return "estimate"
    for rx, kind in ((P.PLAN_WORDS_RE, "target"), (P.DONE_WORDS_RE, "actual")):
        if rx.search(ctx.span()):
            return kind
    return "unknown"


def _giver_named(ctx: _Context, lexicon: Lexicon) -> str:
    """The state another receives from in the sentence ("erhält die Ukraine von den Niederlanden 700 Millionen Euro"), or ""."""
    s = ctx.sentence
    for m in ctx.matches.get(s.index, []):
        if m.actor_id and not m.role and lexicon.actor_type(m.actor_id) == "country" \
                and P.RECEIVES_FROM_BEFORE_RE.search(ctx.text, max(s.start, m.start - 90), m.start):
            return m.actor_id
    return ""


def _category(unit: str, ctx: _Context, giver: str = "") -> str:
    """share_of_gdp, aid, procurement or budget (for defence figures): the sentence's words,
    else those of the sentence before it (what "das Programm" refers to), else the paragraph's."""
    if unit == "pct_gdp":
        return "share_of_gdp"
    if giver:
        return "aid"  # one state receives it from another
    sentence = ctx.span()
    if P.MILITARY_AID_RE.search(sentence) or (_recipients(ctx) and P.AID_WORDS_RE.search(sentence)) or P.UKRAINE_AID_RE.search(sentence):
        return "aid"  # also a defence figure of "die Ukraine-Hilfen"
    if P.AID_WORDS_RE.search(sentence) and (ctx.in_paragraph(P.MILITARY_AID_RE) or ctx.article.headline_aid
                                            or any(P.MILITARY_AID_RE.search(ctx.span(x)) for x in ctx.before)):
        return "aid"  # "Die Zusagen belaufen sich auf 1,5 Milliarden Euro" after the pledges of military aid
    if P.PROCUREMENT_WORDS_RE.search(sentence) or P.WEAPON_SYSTEMS_RE.search(sentence):
        return "procurement"
    if P.DEFENCE_BUDGET_TERMS_RE.search(sentence) or P.BUDGET_BASE_RE.search(sentence):
        return "budget"
    heading = [ctx.next_paragraph()] if ctx.sentence.end - ctx.sentence.start < 60 and ctx.paragraph_text().strip() == sentence.strip() else []
    for text in (*(ctx.span(previous) for previous in ctx.context_before()), *heading):  # a kicker: what the next paragraph says
        if P.MILITARY_AID_RE.search(text):
            return "aid"
        if P.PROCUREMENT_WORDS_RE.search(text) or P.WEAPON_SYSTEMS_RE.search(text):
            return "procurement"
    if ctx.in_paragraph(P.MILITARY_AID_RE) or ctx.article.headline_aid:
        return "aid"
    return "budget"


#: Organisations that stand for the country that pays for them.
ORGANISATION_COUNTRY = {"bundeswehr": "DE", "pentagon": "US", "kreml": "RU"}
#: The subject of a figure that several states named together spend: left empty.
SEVERAL = "several"
#: Organisations that spend in their own name.
SPENDING_ORGANISATIONS = ("NATO", "EU")


def _recipients(ctx: _Context, sentence: Sentence | None = None) -> set[int]:
    """Start offsets of states in the sentence that receive ("für die Ukraine", "der Ukraine
    ... zugesagt", "die Ukraine erhält"), not spend."""
    out = set()
    text = ctx.text
    sentence = sentence or ctx.sentence
    for m in ctx.matches.get(sentence.index, []):
        before = text[max(sentence.start, m.start - 30) : m.start]
        after = text[m.start : min(sentence.end, m.end + 100)]
        if P.RECIPIENT_AFTER_RE.match(after) or P.RECIPIENT_BEFORE_RE.search(before):
            out.add(m.start)
        elif P.DATIVE_BEFORE_RE.search(before) and not P.NOUN_BEFORE_ARTICLE_RE.search(before):
            out.add(m.start)  # "hat der Ukraine ... zugesagt" (a genitive follows a noun: "die Armee der Ukraine")
        elif m.actor_id in P.AID_RECIPIENT_STATES and P.SUPPORT_FOR_BEFORE_RE.search(text, max(sentence.start, m.start - 70), m.start):
            out.add(m.start)  # "die Unterstützung der vom Krieg betroffenen Ukraine"
        elif (P.GIVER_VERB_BEFORE_RE.search(before) or (P.SUPPORTED_AFTER_RE.match(text, m.start, min(sentence.end, m.end + 160))
                                                         and not P.AGENT_BEFORE_RE.search(before))) \
                and (any(o.actor_id and o.actor_id != m.actor_id and o.end <= m.start for o in ctx.matches.get(sentence.index, []))
                     or P.SPENDER_METONYM_RE.search(text, sentence.start, m.start)):
            out.add(m.start)  # "Die USA haben Israel eine Tranche an Militärhilfe ... gewährt", "Deutschland will die Ukraine ... mit 400 Mio. EUR unterstützen"
    return out


def _not_a_spender(text: str, start: int, end: int, sentence_start: int, *, aid: bool = False, adjective: bool = False,
                   country: bool = True, genitive: bool | None = None) -> bool:
    """A state named as the owner of something that is not spending ("ein Kurswechsel der
    USA"), as a seller ("US-Rüstungsunternehmen", "amerikanische Rüstungsgüter", "mit
    Israel"), as the speaker ("teilte die Nato mit") or in a comparison ("unter den
    Nato-Mitgliedern")."""
    before = text[max(sentence_start, start - 40) : start]
    after = text[end : end + 45]
    owned = re.search(r"([A-ZÄÖÜ][\wäöüß-]*)\s+$", before)
    if country and not adjective and text[start:end].endswith("s") and owned and P.SPENDING_NOUN_RE.fullmatch(owned.group(1)):
        return False  # "die Verteidigungsausgaben Russlands im letzten Jahr": the owner of the spending named before it
    if after.startswith("$"):
        return True  # "45 Milliarden US-Dollar (US$)": a currency sign, not the state
    if P.ATTRIBUTION_BEFORE_RE.search(before) or P.ATTRIBUTION_AFTER_RE.match(after) or P.WAR_TARGET_BEFORE_RE.search(before):
        return True  # also the state a war is waged against: "nach dem russischen Überfall auf die Ukraine"
    if P.SELLER_AFTER_RE.match(after) or (not aid and P.PRODUCT_AFTER_RE.match(after)) or P.ATTACKER_AFTER_RE.match(after):
        return True
    if re.search(r"\bin\s+$", before) and P.MADE_IN_AFTER_RE.match(after):
        return True  # "der in Großbritannien montierten Kampfflugzeuge": where they are made
    if P.BENEFICIARY_OWNER_BEFORE_RE.search(before):
        return True  # "40 Millionen Euro für die Streitkräfte der Republik Moldau": the state the money is for
    if P.MEETING_PLACE_BEFORE_RE.search(before):
        return True  # "auf dem informellen Treffen der NATO-Außenminister in der Türkei": where they met
    if P.DEPLOYED_IN_BEFORE_RE.search(before):
        return True  # "für die Brigade in Litauen": where the forces are, not who pays
    if P.WAR_BY_BEFORE_RE.search(before) or (P.BORDER_AFTER_RE.match(after) and re.search(r"\ban\s+$|^\s*grenz", before + "|" + after[:12])):
        return True  # "nach dem Angriff Russlands", "angesichts der Bedrohung durch China", "der an Russland grenzende Ostseestaat"
    if not aid and P.SELLER_PLACE_BEFORE_RE.search(text, max(sentence_start, start - 90), start):
        return True  # "der Kauf von 36 F-35-Kampfjets in den USA"
    owner = P.GENITIVE_OWNER_BEFORE_RE.search(before)
    if not country:  # "das Beschaffungsamt der Bundeswehr": an organisation stands for its state wherever it is named
        if owner and P.PLACE_OWNER_NOUN_RE.fullmatch(owner["noun"]):
            return True  # "an der Ostflanke der Nato": a place
        return text[start:end] == "EU" and bool(owner) and not P.SPENDING_NOUN_RE.fullmatch(owner["noun"])  # "die viertgrößte Volkswirtschaft der EU"
    if owner and not P.SPENDING_NOUN_RE.fullmatch(owner["noun"]):
        return True
    quote = text[start:end]
    genitive = quote.endswith(("s", "'")) if genitive is None else genitive  # a capital may end in "s" itself: "Vilnius"
    if adjective or genitive:  # "russischen Handstreich", "Deutschlands nördlichstes Nachbarland"
        noun = P.NEXT_NOUN_RE.match(after)
        if noun and not P.SPENDING_NOUN_RE.fullmatch(noun["noun"]) and not (aid and P.PACKAGE_AFTER_RE.match(after)):
            return True
    return False


def _non_member_named(ctx: _Context, lexicon: Lexicon) -> bool:
    """A state outside NATO is named in the figure's sentence or the two before it (its target is its own)."""
    return any(m.actor_id and lexicon.actor_type(m.actor_id) == "country" and m.actor_id not in P.NATO_MEMBER_STATES
               and m.actor_id not in P.AID_RECIPIENT_STATES
               for s in (ctx.sentence, *ctx.before[-2:]) for m in ctx.matches.get(s.index, []))


def _owner_of_other_noun(text: str, start: int) -> bool:
    """The genitive at ``start`` ("des Bündnisses") owns a noun that is not spending ("Vergleichszahlen des ...")."""
    head = re.match(r"[Dd]es\s", text[start : start + 4])
    noun = re.search(r"\b([A-ZÄÖÜ][\wäöüß-]*)\s+$", text[max(0, start - 40) : start]) if head else None
    return bool(noun) and not P.SPENDING_NOUN_RE.fullmatch(noun.group(1))


def _spenders(s: Sentence, ctx: _Context, lexicon: Lexicon, *, exclude: set[int] = frozenset(), aid: bool = False) -> list[tuple[int, str, bool]]:
    """(position, code, named as the alliance's members) of every possible spender in ``s``;
    states named as partners ("mit Israel", "gegen Russland") only when no other is named."""
    text = ctx.span(s)
    spenders: list[tuple[int, str, bool]] = []
    partners: list[tuple[int, str, bool]] = []
    eu_only = False
    for m in ctx.matches.get(s.index, []):
        if not m.actor_id or m.start in exclude:
            continue
        kind = lexicon.actor_type(m.actor_id)
        if m.role and kind == "country":
            continue  # the US of "US-Präsident" is the speaker's country, not a spender
        code = ORGANISATION_COUNTRY.get(m.actor_id, m.actor_id)
        if code == "NATO" and P.IN_THE_ALLIANCE_BEFORE_RE.search(ctx.text, max(s.start, m.start - 12), m.start):
            continue  # "seine Militärausgaben – die niedrigsten in der NATO": a comparison, not the spender
        if kind != "country" and code not in (*SPENDING_ORGANISATIONS, *ORGANISATION_COUNTRY.values()):
            continue
        members = code == "NATO" and bool(P.NATO_MEMBERS_COMPOUND_RE.match(ctx.text, m.end))
        own_budget = bool(P.OWN_BUDGET_HEAD_RE.match(ctx.text, m.end))  # "US-Verteidigungsbudget", "Bundeswehr-Sondervermögen"
        if own_budget and code in P.AID_RECIPIENT_STATES and P.SPENDING_ON_HEAD_RE.match(ctx.text, m.end):
            continue  # "ohne Ukraine-Ausgaben": money spent on Ukraine, not Ukraine's
        if m.via == "compound" and not members and not own_budget and (ctx.text[m.end : m.end + 1] == "-" or ctx.text[m.start : m.end].endswith("-")):
            continue  # "Ukraine-Krieg", "Nato-Gipfel", "EU- und Nato-Land": not a spender
        if _not_a_spender(ctx.text, m.start, m.end, s.start, aid=aid, adjective=lexicon.is_adjective(ctx.text[m.start : m.end]),
                          country=kind == "country"):
            continue
        before_text = ctx.text[max(s.start, m.start - 25) : m.start]
        if P.PARTNER_BEFORE_RE.search(before_text) and not (aid and P.FROM_BEFORE_RE.search(before_text)):
            partners.append((m.start, code, members))
            continue
        eu_only = eu_only or code == "EU"
        spenders.append((m.start, code, members))
    home = ctx.article.home
    names = list(P.SPENDER_METONYM_RE.finditer(text))
    if home in P.HOME_METONYM_RES:
        names = [m for m in names if m["name"] not in P.HOME_METONYMS[home]] + list(P.HOME_METONYM_RES[home].finditer(text))
    for m in names:
        if P.PLACE_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]) \
                and not P.INSTITUTION_IN_BEFORE_RE.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "in Washington": a place (not "das Verteidigungsministerium in Vilnius": the state)
        begin = s.start + m.start()
        if begin not in exclude and not P.RECIPIENT_AFTER_RE.match(text[m.start() :]) \
                and not _not_a_spender(ctx.text, begin, s.start + m.end(), s.start, genitive=m.end() > m.start() + len(m["name"])):
            spenders.append((begin, home if m["name"] in P.HOME_METONYMS.get(home, ()) else P.SPENDER_METONYMS[m["name"]], False))
    eu_named = eu_only or bool(re.search(r"\bEU\b|EU-|Europäische\w* Union", text)) or ctx.in_paragraph(P.EU_RE)
    union = "EU" if eu_named and not P.NATO_NAME_RE.search(text) else "NATO"
    for m in P.ALLIANCE_MEMBERS_RE.finditer(text):
        if P.LIKE_OTHERS_BEFORE_RE.search(text[max(0, m.start() - 25) : m.start()]):
            continue  # "Italien verpflichtete sich wie andere Bündnisstaaten": a comparison
        eu = text[max(0, m.start() - 3) : m.start()] == "EU-"
        spenders.append((s.start + m.start(), "EU" if eu else union, True))
    if ctx.in_paragraph(P.NATO_NAME_RE) or ctx.article.about_defence:
        spenders += [(s.start + m.start(), "NATO", False) for m in P.ALLIANCE_NAME_RE.finditer(text)
                     if not _owner_of_other_noun(text, m.start())]  # not "in Vergleichszahlen des Verteidigungsbündnisses"
    if ctx.article.about_defence or ctx.in_paragraph(P.NATO_OR_DEFENCE_RE):
        spenders += [(s.start + m.start(), union, True) for m in P.MEMBER_COUNT_RE.finditer(text)]
    ctx.partners[s.index] = sorted(partners)  # a last resort for the subject ("der Deal mit Portugal")
    return sorted(spenders)


def _several(spenders: list[tuple[int, str, bool]], i: int, text: str) -> bool:
    """The spender at ``i`` is one of several joined by "und"/"sowie" ("Litauen und Estland")."""
    def joined(a, b) -> bool:
        return a[1] != b[1] and bool(re.fullmatch(r"\W*\w*\s*(?:,|und|sowie|oder)\s*\w*\s*", text[a[0] : b[0]][-40:] if b[0] - a[0] < 40 else "x"))
    return (i > 0 and joined(spenders[i - 1], spenders[i])) or (i + 1 < len(spenders) and joined(spenders[i], spenders[i + 1]))


def _subject_in_sentence(c: Candidate, ctx: _Context, lexicon: Lexicon, *, aid: bool, kind: str = "unknown") -> str:
    """The spender named in the figure's own sentence, or ``""``."""
    s = ctx.sentence
    if c.compound and re.match(r"\s*der\s+(?:Nato|NATO)\b", ctx.text[c.end : c.end + 12]):
        return "NATO"
    if c.unit == "percent" and P.OWN_ECONOMY_AFTER_RE.match(ctx.text, c.end):
        return _one_state_named(c, ctx, lexicon)  # "Es wendet weniger als zwei Prozent seiner Wirtschaftsleistung ... auf"
    if P.NATO_TARGET_BEFORE_RE.search(ctx.text[max(s.start, c.start - 40) : c.start]):
        return "NATO"  # "oberhalb des NATO-Ziels von zwei Prozent"
    if c.unit == "percent" and P.NATO_TARGET_AFTER_RE.match(ctx.text, c.end):
        return "NATO"  # "Die Niederlande bereiten sich mit dem 5 Prozent NATO-Ziel auf eine Ausweitung vor"
    if c.unit == "percent" and P.NATO_PLAN_BEFORE_RE.search(ctx.text, max(s.start, c.start - 100), c.start):
        return "NATO"  # "Spanien sperrt sich gegen die Nato-Pläne zur Erhöhung der Verteidigungsausgaben auf fünf Prozent"
    if c.unit == "percent" and P.NATO_DEMANDED_BEFORE_RE.search(ctx.text, max(s.start, c.start - 60), c.start):
        return "NATO"  # "Finnland gibt mehr als die von der NATO geforderten zwei Prozent des BIP aus"
    if c.unit == "percent" and P.ALLIANCE_AVERAGE_BEFORE_RE.search(ctx.text, max(s.start, c.start - 40), c.start):
        return "NATO"  # "knapp unter dem Bündnisdurchschnitt von 1,73 %"
    if c.unit == "percent" and c.value in P.NATO_TARGET_LEVELS and P.THE_TARGET_BEFORE_RE.search(ctx.text, max(s.start, c.start - 70), c.start) \
            and (ctx.in_paragraph(P.NATO_NAME_RE) or ctx.article.about_defence) and not _non_member_named(ctx, lexicon):
        return "NATO"  # "Kanada wird das Ziel von 2% des BIP bei den Militärausgaben erreichen": the alliance's target
    quota = c.value in P.NATO_TARGET_LEVELS and P.NATO_QUOTA_BEFORE_RE.search(ctx.text[max(s.start, c.start - 40) : c.start])
    owner = P.GENITIVE_OWNER_AFTER_RE.match(ctx.text, c.end)  # "die 3,5 % der USA"
    giving = aid or bool(P.AID_WORDS_RE.search(ctx.span()) or P.GIVING_RE.search(ctx.span()))
    supported = bool(P.SUPPORTED_WITH_RE.search(ctx.span()))  # "X will die Ukraine mit 400 Mio. EUR unterstützen": who receives
    spenders = _spenders(s, ctx, lexicon, exclude=_recipients(ctx) if giving or supported else set(), aid=giving)
    if aid or giving:  # "Berlin hat Kiew neun Milliarden Euro zugesichert", "Pistorius stellt Ukraine 1,9 Milliarden Euro in Aussicht"
        spenders = [x for x in spenders if x[1] not in P.AID_RECIPIENT_STATES]
    if owner:
        right_after = [x for x in spenders if c.end < x[0] <= c.end + 8]
        if right_after:
            return right_after[0][1]
    for m in ctx.matches.get(s.index, []):  # "gefolgt von den USA (3,38 Prozent)"
        if m.end <= c.start and m.actor_id and lexicon.actor_type(m.actor_id) == "country" and not m.role \
                and P.BRACKET_OWNER_RE.match(ctx.text[m.end : c.start]):
            return m.actor_id
    clause_start, _ = _clause_span(c, ctx)
    before = [x for x in spenders if x[0] < c.start]
    if giving and P.DONOR_GROUP_RE.search(ctx.text, ctx.sentence.start, c.start) \
            and not [x for x in before if x[1] not in ("NATO", "EU") and not x[2]]:
        return SEVERAL  # "die in der Ukraine-Kontaktgruppe organisierten Unterstützer erhöhten ihre Zusagen auf 35 Milliarden Euro"
    if not before and (P.OWN_STATE_REFERENCE_RE.search(ctx.text, clause_start, c.start)
                       or P.OWN_STATE_REFERENCE_RE.match(ctx.text, c.end + 1, min(s.end, c.end + 16))):
        if own := _own_state_of_speaker(c, ctx, lexicon):
            return own  # "Der spanische Ministerpräsident Sánchez erklärte, dass sein Land die fünf Prozent nicht erfüllen müsse"
    if not before and (P.STATE_REFERENCE_RE.search(ctx.text, clause_start, c.start)
                       or P.STATE_REFERENCE_RE.match(ctx.text, c.end, min(s.end, c.end + 40))
                       or P.STATE_REFERENCE_AFTER_RE.match(ctx.text, c.end, min(s.end, c.end + 60))):
        for m in ctx.matches.get(s.index, []):  # "Das Land werde 500 Millionen Euro zahlen, teilt das niederländische Verteidigungsministerium mit"
            if m.start > c.end and m.actor_id and lexicon.actor_type(m.actor_id) == "country" \
                    and lexicon.is_adjective(ctx.text[m.start : m.end]) and P.STATE_INSTITUTION_AFTER_RE.match(ctx.text, m.end):
                return m.actor_id
        for m in _people(ctx.matches.get(s.index, []), lexicon):  # "Das Land werde ... produzieren, kündigte Ministerpräsident Schoof an"
            if state := _person_state(m.actor_id, ctx, lexicon):
                if state not in ("NATO", "EU") and not (giving and state in P.AID_RECIPIENT_STATES):
                    return state
        for prev in reversed(ctx.before):  # "Derzeit gibt das Land nur 1,49 % aus": the state named before
            named = [x for x in _spenders(prev, ctx, lexicon) if x[1] not in ("NATO", "EU") and not x[2]
                     and not (giving and x[1] in P.AID_RECIPIENT_STATES)]
            if named:
                return named[-1][1]
        return ""  # "Die Regierung will drei Prozent ausgeben": the article's state, not one named later
    if quota and not [x for x in before if x[0] >= clause_start and x[1] != "NATO"]:
        return "NATO"  # "Die NATO-Quote von zwei Prozent sei in Gefahr"
    if c.compound and c.unit == "percent":
        in_clause = [x for x in before if x[0] >= clause_start and x[1] != "NATO"]
        own = P.OWN_TARGET_BEFORE_RE.search(ctx.text, max(s.start, c.start - 30), c.start)
        owner = [m.actor_id for m in ctx.matches.get(s.index, []) if own and m.actor_id and own.start() <= m.start < own.end()
                 and lexicon.actor_type(m.actor_id) == "country"]
        if owner:
            return owner[0]  # "Spaniens Zwei-Prozent-Ziel": the state's own target
        if c.value in P.NATO_TARGET_LEVELS and not (own and in_clause and in_clause[-1][0] >= c.start - 40):
            return "NATO"  # "Sánchez hatte das Fünf-Prozent-Ziel kritisiert": NATO's target
        if in_clause:
            return in_clause[-1][1]
        return ""  # "das 1-Prozent-Ziel" of the Swiss parliament is not NATO's
    if before and before[-1][1] == "US" and kind == "demand" and c.unit == "percent" and c.value in P.NATO_TARGET_LEVELS:
        return "NATO"  # "Die USA etwa haben fünf Prozent gefordert": a level asked of the allies
    if _group_spends(c, ctx, before):
        return SEVERAL  # "Acht europäische Länder haben kürzlich 500 Millionen Dollar zugesagt": no one spender
    if before:
        pos, code, members = before[-1]
        if members and P.MEMBER_GROUP_BEFORE_RE.search(ctx.text, max(s.start, pos - 40), pos) \
                and not (c.unit == "percent" and c.value in P.NATO_TARGET_LEVELS):
            return SEVERAL  # "Alles zusammen kommen auf Europas Nato-Staaten rund eine Billion Euro zu": a part of the members
            # (but "Die europäischen Alliierten haben sich auf 3,5 Prozent verständigt" is NATO's target)
        if members and code == "NATO" and P.AND_OTHER_MEMBERS_BEFORE_RE.search(ctx.text, max(s.start, pos - 25), pos):
            return "NATO"  # "Deutschland und andere NATO-Staaten sollen ... kaufen"
        if _several(spenders, spenders.index(before[-1]), ctx.text):
            return SEVERAL  # "Litauen und Estland erhöhten auf 5 %": several spenders
        if code == "NATO" and not members:
            same_clause = [x for x in before if x[1] != "NATO" and not re.search(r"[,;:]", ctx.text[x[0] : pos])]
            if same_clause:
                return same_clause[-1][1]
        return code
    if not before and P.WORLD_RE.search(ctx.text, clause_start, c.start):
        return SEVERAL  # "Die weltweiten Militärausgaben erreichten 2,38 Billionen Euro": no one state
    countries = {m.start for m in ctx.matches.get(s.index, []) if m.actor_id and lexicon.actor_type(m.actor_id) == "country"}
    after = [x for x in spenders if x[0] > c.end and not P.COMPARISON_BEFORE_RE.search(ctx.text[max(s.start, x[0] - 15) : x[0]])
             and not P.PLACE_ARTICLE_BEFORE_RE.search(ctx.text, max(s.start, x[0] - 12), x[0])
             and not (x[0] in countries and P.BENEFICIARY_BEFORE_RE.search(ctx.text, max(s.start, x[0] - 12), x[0]))
             and not (x[1] in P.AID_RECIPIENT_STATES and P.SUPPORTED_STATE_AFTER_RE.match(ctx.text, x[0]))]
    # ("für Munition für die ukrainische Armee": a state the money is for; "4 Milliarden Euro für das Bundesheer" is its own budget)
    if after and (minister := _minister_before(c, ctx, lexicon, after[0][0])):
        return minister  # "ein Prestigeprojekt von Verteidigungsminister Pistorius, wird über zehn Milliarden kosten - allerdings übernimmt davon Litauen einen Teil"
    if after:
        return SEVERAL if _several(spenders, spenders.index(after[0]), ctx.text) else after[0][1]
    if kind == "demand" and not (c.unit != "percent" and P.DEFENCE_MINISTER_RE.search(ctx.span())):
        return ""  # "Trump fordert fünf Prozent": the one who demands is not the one who pays (a defence minister asks for his own budget)
    speaker = _speaker(c, ctx, lexicon)  # "..., sagte Rutte": the speaker's side
    people = [speaker] if speaker else [m.actor_id for m in _people(ctx.matches.get(s.index, []), lexicon)]
    if not people and P.PRONOUN_SUBJECT_RE.search(ctx.span()):
        for prev in reversed(ctx.before):  # "Sein Plan sieht vor ...": the person named before
            earlier = _people(ctx.matches.get(prev.index, []), lexicon)
            if earlier:
                people = [earlier[-1].actor_id]
                break
    for person in people:  # "Biden hat ... freigegeben", "Pistorius sagte der Ukraine ... zu"
        if country := _person_state(person, ctx, lexicon):
            if country == "US" and c.unit == "percent" and c.value in P.NATO_TARGET_LEVELS:
                return "NATO"  # "Trump halte fünf Prozent für angemessen": a level for the allies
            return country
    return ""


def _group_spends(c: Candidate, ctx: _Context, before: list[tuple[int, str, bool]]) -> bool:
    """A group of states (not NATO, not the EU) or the world's states are named before the figure, after any one
    spender: "stellen europäische Länder rund 29 Milliarden Euro an Militärhilfe bereit", "Laut SIPRI investierten die
    Staaten mehr als 2,7 Billionen US-Dollar" (a level of NATO's targets stays the alliance's)."""
    if c.unit == "percent" and c.value in P.NATO_TARGET_LEVELS:
        return False
    s = ctx.sentence
    last = max((m.start() for m in P.STATE_GROUP_RE.finditer(ctx.text, s.start, c.start)), default=-1)
    if last < 0 and not before and P.WORLD_GROUP_RE.search(ctx.text, c.end, s.end):
        return True  # "Rund 2,38 Billionen Euro haben die Staaten der Erde im Jahr 2024 für ihr Militär ausgegeben"
    if last < 0 and P.WORLD_SOURCE_RE.search(ctx.span()):
        last = max((m.start() for m in P.WORLD_STATES_RE.finditer(ctx.text, s.start, c.end + 60 if c.end + 60 < s.end else s.end)), default=-1)
    return last >= 0 and not [x for x in before if x[0] > last]


def _own_state_of_speaker(c: Candidate, ctx: _Context, lexicon: Lexicon) -> str:
    """The state of "sein Land" / "ihres Landes": a state adjective of the sentence ("der niederländische
    Regierungschef"), else the state of the person named in it ("Meloni bekräftigte das Zwei-Prozent-Ziel ihres Landes")."""
    matches = ctx.matches.get(ctx.sentence.index, [])
    for m in matches:
        if m.actor_id and lexicon.actor_type(m.actor_id) == "country" and lexicon.is_adjective(ctx.text[m.start : m.end]):
            return m.actor_id
    for m in _people(matches, lexicon):
        if state := _person_state(m.actor_id, ctx, lexicon):
            return state
    return ""


def _person_state(person: str, ctx: _Context, lexicon: Lexicon) -> str:
    """The state a person acts for here: the state of the role that introduces them, else their country."""
    return _role_state(person, ctx, lexicon) or lexicon.country_of(person) or ""


def _minister_before(c: Candidate, ctx: _Context, lexicon: Lexicon, state_after: int) -> str:
    """The state of a defence minister named before the figure in its sentence, when the state named after
    the figure stands beyond a break of the clause (a dash, a comma, "allerdings"): the minister's budget."""
    if not P.CLAUSE_BREAK_RE.search(ctx.text, c.end, state_after):
        return ""
    for m in reversed(_people(ctx.matches.get(ctx.sentence.index, []), lexicon)):
        if m.end > c.start:
            continue
        named = ctx.text[max(ctx.sentence.start, m.start - 30) : m.end]
        if P.DEFENCE_MINISTER_RE.search(named) or P.DEFENCE_MINISTER_ROLE_RE.search(named):
            return _person_state(m.actor_id, ctx, lexicon)
    return ""


def _role_state(person: str, ctx: _Context, lexicon: Lexicon) -> str:
    """The state of the role that introduces the person in the sentence: "der niederländische Regierungschef Mark
    Rutte" acts for the Netherlands, whatever he does later."""
    matches = ctx.matches.get(ctx.sentence.index, [])
    for m in matches:
        if m.actor_id == person and not m.role:
            for r in matches:
                if r.role and r.end <= m.start and not ctx.text[r.end : m.start].strip() and lexicon.actor_type(r.actor_id) == "country":
                    return r.actor_id
    return ""


def _one_state_named(c: Candidate, ctx: _Context, lexicon: Lexicon) -> str:
    """The one state whose own share a figure is: the first state named before it in its sentence, else the last
    one of the sentences before; never the alliance or the EU ("" leaves it to the article's state)."""
    for s in (ctx.sentence, *reversed(ctx.before)):
        named = [x for x in _spenders(s, ctx, lexicon) if x[1] not in ("NATO", "EU") and not x[2] and (s is not ctx.sentence or x[0] < c.start)]
        if named:  # its own sentence's subject comes first ("Griechenland ist neben Polen und Litauen eines von ..."),
            return named[0][1] if s is ctx.sentence else named[-1][1]  # in a sentence before, the last state named
    return ""


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


# --- per field ---------------------------------------------------------------------------------


def _money_is_defence(c: Candidate, ctx: _Context) -> bool:
    """An amount of defence money: a defence word in its sentence, or a word of defence money
    in a sentence whose surroundings are about defence; never another topic's money."""
    sentence = ctx.span()
    if _is_off_topic(c, ctx) or _is_not_state_money(c, ctx) or _is_poll(c, ctx) or _off_topic_in_sentence(c, ctx):
        return False  # a change of a budget in money is an amount ("den Etat um 2 Milliarden aufstocken")
    if _other_einzelplan(c, ctx) or _infrastructure_fund(c, ctx):
        return False
    if P.GDP_SIZE_BEFORE_RE.search(ctx.text, max(ctx.sentence.start, c.start - 80), c.start):
        return False  # "die Wirtschaftsleistung Österreichs mit etwa 500 Milliarden Euro": the economy's size
    if c.value < P.INDIVIDUAL_PAY_LIMIT and P.INDIVIDUAL_PAY_RE.search(sentence):
        return False  # one person's pay, not the state's spending
    if P.FINANCE_MINISTER_RE.search(sentence) and not has_defence_term(sentence) and not P.WEAPON_SYSTEMS_RE.search(sentence):
        return False  # "In diesem Jahr will Klingbeil 503 Milliarden Euro ausgeben": the whole budget
    if P.BUDGET_HOLE_RE.search(sentence) and not has_defence_term(sentence):
        return False  # "Bis 2029 klafft ein Haushaltsloch von 172 Milliarden Euro"
    if P.MIXED_PURPOSE_RE.search(sentence) and not P.PART_BEFORE_RE.search(ctx.text, max(ctx.sentence.start, c.start - 60), c.start):
        return False  # "die gesamte militärische und zivile Unterstützung Schwedens ... auf mehr als 100 Mrd. SEK"
    clause_start, clause_end = _clause_span(c, ctx)
    own = ctx.text[clause_start:clause_end]
    if P.PART_FOLLOWS_RE.match(ctx.text, c.end) and not (P.DEFENCE_TERMS_RE.search(own) or P.WEAPON_SYSTEMS_RE.search(own)) and (
            P.DEFENCE_PART_RE.match(ctx.text, c.end, ctx.sentence.end) or not ctx.defence_money_around()):
        return False  # "Mehrausgaben von 500 Milliarden, davon 495 Milliarden für die Verteidigung": the total
    if _is_threshold(c, ctx) or P.CIVIL_PURPOSE_AFTER_RE.match(ctx.text, c.end):
        return False
    if ctx.article.about_exports and not P.DEFENCE_BUDGET_TERMS_RE.search(sentence) \
            and not (P.BUYER_BUYS_RE.search(sentence) and not P.APPROVAL_RE.search(sentence)):
        return False  # an article on arms exports: what other states buy is the exporter's sales (but "will die Türkei
        # 20 Typhoon-Kampfflugzeuge im Wert von neun Milliarden Euro kaufen" is the buyer's procurement)
    budget_just_before = any(P.DEFENCE_BUDGET_TERMS_RE.search(ctx.span(x)) for x in ctx.before[-1:])
    if ctx.in_paragraph(P.FINANCE_CONTEXT_RE) and not (P.STATE_BUYER_RE.search(sentence) or P.WEAPON_SYSTEMS_RE.search(sentence)
                                                       or P.DEFENCE_BUDGET_TERMS_RE.search(sentence)) \
            and (P.FINANCE_CONTEXT_RE.search(sentence) or not budget_just_before) and not _amount_explained_after(c, ctx):
        return False  # investors' money: a pension fund's holdings in arms makers, a company's results (not a sentence
        # of its own on a defence budget named just before: "die Mittel für 2027 von 901 auf 1,5 Billionen Dollar"; not an
        # amount the next sentence explains: "2'443'000'000'000 US-Dollar. So viel hat die Welt ... für Rüstung ausgegeben")
    if P.COMPANY_RESULT_RE.search(ctx.text, clause_start, clause_end) and not (
            P.STATE_BUYER_RE.search(own) or P.DEFENCE_BUDGET_TERMS_RE.search(own) or P.PROCUREMENT_WORDS_RE.search(own)):
        return False  # "Der Betriebsgewinn des Herstellers des Kampfjets Gripen stieg auf 1,37 Milliarden Kronen"
    if ctx.article.industry and P.COMPANY_PLANT_RE.search(own) and not (
            P.STATE_BUYER_RE.search(own) or P.DEFENCE_BUDGET_TERMS_RE.search(own) or P.PROCUREMENT_WORDS_RE.search(own)) \
            and not (ctx.in_paragraph(P.DEFENCE_MINISTER_RE) and not P.DEFENCE_INDUSTRY_RE.search(ctx.paragraph_text())):
        return False  # "Der Rüstungskonzern Rheinmetall hat eine etwa 200 Millionen Euro teure Fabrik ... fertig gebaut"
    if has_defence_term(sentence):
        return True
    if ctx.article.industry and P.COMPANY_MONEY_RE.search(sentence) and not (
            P.STATE_BUYER_RE.search(sentence) or P.DEFENCE_BUDGET_TERMS_RE.search(sentence) or P.PROCUREMENT_WORDS_RE.search(sentence)):
        return False  # "Investitionssumme: bis zu 300 Millionen Euro" for a new plant, "Größter Geldgeber der aktuellen Runde ist
        # die Europäische Investitionsbank EIB": an arms maker's own money
    if _ukraine_aid_in_budget(c, ctx):
        return True
    if _bundeswehr_fund(c, ctx):
        return True
    first_in_paragraph = not ctx.text[ctx.paragraph[0] : ctx.sentence.start].strip()  # no sentence before it to read
    total_here = P.BUDGET_TOTAL_RE.search(sentence) and not (
        (P.PROCUREMENT_WORDS_RE.search(own) or P.WEAPON_SYSTEMS_RE.search(own))
        and any(P.DEFENCE_BUDGET_TERMS_RE.search(ctx.span(x)) for x in ctx.before if x.paragraph == ctx.sentence.paragraph))
    if total_here or (not first_in_paragraph and any(
            P.BUDGET_TOTAL_RE.search(ctx.span(x)) and not P.DEFENCE_BUDGET_TERMS_RE.search(ctx.span(x))
            for x in ctx.before[-1:] if x.paragraph == ctx.sentence.paragraph)):
        # (but "Im jüngsten Haushaltsentwurf sieht die Regierung 16,7 Milliarden Dollar für die Beschaffung neuen Materials
        # vor" after a sentence on the defence budget is that budget's procurement money)
        return False  # "Für 2026 sind Ausgaben von 519,5 Milliarden Euro vorgesehen" after the federal budget's total
        # (not after a sentence on the budget's defence money: "Im Haushalt 2025 sind Steigerungen der Militärausgaben vorgesehen")
    if c.value >= _MINISTER_MONEY_MIN and P.DEFENCE_MINISTER_RE.search(sentence) and (c.compound or P.BUDGET_WORDS_RE.search(sentence) or P.MINISTER_MONEY_RE.search(sentence)) \
            and not P.NOT_DEFENCE_RE.search(sentence):
        return True  # "Pistorius will 35 Milliarden Euro in die Sicherheit im All investieren"
    back = P.REFERS_BACK_RE.search(sentence)  # "gaben 732 Milliarden Dollar dafür aus"; not "..., dafür sind 300 Millionen Euro vorgesehen"
    refers_back = bool(back and P.SPENT_RE.search(sentence) and not re.search(r"[,;:]", sentence[: back.start()]))
    if refers_back and any(P.DEFENCE_TERMS_RE.search(ctx.span(s)) for s in ctx.before[-1:]):
        return True
    if P.COST_OF_PREVIOUS_RE.match(sentence) and any(P.WEAPON_SYSTEMS_RE.search(ctx.span(s)) and (has_defence_term(ctx.span(s)) or ctx.defence_around())
                                                     for s in ctx.before[-1:]):
        return True  # "... alle 36 Kampfjets F-35 zu kaufen. Das hätte rund 1.5 Milliarden Franken mehr gekostet"
    clause = _clause(c, ctx)
    if P.NOT_DEFENCE_RE.search(clause) and not (_only_loans(clause) and ctx.in_paragraph(P.DEFENCE_BUDGET_TERMS_RE)):
        return False  # beyond its own sentence, only a clause about nothing else is read as defence (or loans for defence)
    if ctx.article.about_defence and P.SECURITY_PURPOSE_RE.search(own):
        return True  # "Dänemark will rund zwei Milliarden Franken für die Sicherheit in der Arktis ausgeben"
    if P.ANAPHOR_RE.search(sentence) and any(has_defence_term(ctx.span(x)) or P.DEFENCE_MINISTER_RE.search(ctx.span(x)) for x in ctx.before[-1:]):
        return True  # "Sein Ressort verfügt über mehr als 108 Milliarden Euro" after the defence minister's words
    if ctx.article.industry and P.PROCUREMENT_WORDS_RE.search(sentence) and P.STATE_BUYER_RE.search(sentence):
        return True  # "ein Auftragsvolumen von der Bundesregierung" in an article about an arms maker
    if (P.PROCUREMENT_WORDS_RE.search(sentence) or P.AID_WORDS_RE.search(sentence) or P.WEAPON_SYSTEMS_RE.search(sentence)) and ctx.defence_around():
        return True  # "die erste Tranche ist 880 Millionen Euro wert" after an ammunition order
    if ctx.article.headline_aid and P.GENERAL_AID_RE.search(sentence) and not P.NOT_DEFENCE_RE.search(sentence):
        return True  # "zusätzliche Hilfen in Höhe von drei Milliarden Euro" under "Milliardenpaket für Ukraine-Militärhilfe"
    if _in_defence_money_article(c, ctx):
        return True
    if _amount_explained_after(c, ctx):
        return True
    if _heading_of_defence_money(c, ctx):
        return True
    if not (P.BUDGET_WORDS_RE.search(sentence) or P.MONEY_LEVEL_SHAPE_RE.search(sentence)):
        # no word of spending: money all the same in a paragraph about defence money and a defence article ("Diese
        # hätten zusammen mehr als 138 Milliarden Euro erreicht" after "225 große Rüstungsprojekte angestoßen"),
        # but not the size of an economy or aid of all kinds
        return ctx.defence_money_around() and ctx.defence_around() and not (
            P.GDP_BEFORE_RE.search(ctx.text, max(ctx.sentence.start, c.start - 60), c.start) or P.GENERAL_AID_RE.search(sentence))
    if ctx.article.about_defence and c.value >= _MINISTER_MONEY_MIN and any(has_defence_term(ctx.span(x)) for x in ctx.context_before()) \
            and not (P.NOT_DEFENCE_RE.search(sentence) or P.BUDGET_TOTAL_RE.search(sentence)):
        return True  # a word of spending after a sentence on defence: "... Herausforderungen für die Sicherheit und die
        # Verteidigung gibt", erklärte Verteidigungsminister Poulsen. Deshalb sollten 14,6 Milliarden Kronen ... investiert werden"
    return ctx.defence_money_around() or (ctx.article.money_topic and (ctx.defence_around() or ctx.opening()))


#: Words (besides the figure) a heading of an amount holds at most: "Mehr als eine halbe Milliarde Euro".
_HEADING_WORDS = 4


def _bundeswehr_fund(c: Candidate, ctx: _Context) -> bool:
    """The 100-billion special fund of 2022 in an article that names defence: "Sichtbar in zunächst einem
    100-Milliarden-Sondervermögen" (not a fund named with infrastructure)."""
    if c.value != P.BUNDESWEHR_FUND_VALUE or c.unit not in ("eur", "money?") or not ctx.article.defence_terms:
        return False
    here = (c.head or "") if c.compound else ctx.text[c.end : min(ctx.sentence.end, c.end + 25)]
    return bool(P.FUND_WORDS_RE.match(here.strip())) and not P.INFRASTRUCTURE_RE.search(ctx.span())


def _ukraine_aid_in_budget(c: Candidate, ctx: _Context) -> bool:
    """A state's aid for Ukraine named as such, with a word of a budget, in an article about defence: "Die
    Bundesregierung will ihre Ukraine-Hilfen im kommenden Jahr um drei Milliarden Euro aufstocken" (military aid), not
    the sum of all aid, loans or aid of another kind; the article names defence at least once."""
    sentence = ctx.span()
    if not (ctx.article.defence_terms and P.UKRAINE_AID_RE.search(sentence)):
        return False
    if P.NOT_DEFENCE_RE.search(sentence) or P.NOT_MILITARY_UKRAINE_AID_RE.search(sentence) or P.EU_RE.search(sentence):
        return False
    return bool(P.BUDGET_WORDS_RE.search(sentence) or ctx.in_paragraph(P.DEFENCE_BUDGET_TERMS_RE))


def _other_einzelplan(c: Candidate, ctx: _Context) -> bool:
    """The amount of a budget chapter other than defence's: "EPl 32 für die Bundesschuld mit
    34,1 Milliarden Euro" in a list that also names Einzelplan 14."""
    chapters = list(P.EINZELPLAN_RE.finditer(ctx.text, ctx.sentence.start, c.start))
    return bool(chapters) and chapters[-1]["number"] != P.DEFENCE_EINZELPLAN


def _infrastructure_fund(c: Candidate, ctx: _Context) -> bool:
    """The 500-billion special fund for infrastructure of 2025, named by its compound, or 500 billion euros in a
    clause that names infrastructure ("ein Sondervermögen, aus dem bis zu 500 Milliarden Euro in die Infrastruktur
    fließen können", "Kreditermächtigungen in Höhe von 500 Milliarden Euro für Infrastruktur")."""
    if c.value != P.INFRASTRUCTURE_FUND_VALUE or P.FUND_FOR_DEFENCE_AFTER_RE.match(ctx.text[c.end : c.end + 40]):
        return False
    if c.compound:
        return (c.head or "").lower().startswith("sondervermögen")
    clause_start, clause_end = _clause_span(c, ctx)
    near = ctx.text[max(ctx.sentence.start, c.start - 60) : min(ctx.sentence.end, c.end + 60)]
    return c.unit == "eur" and bool(P.INFRASTRUCTURE_RE.search(near) or P.INFRASTRUCTURE_RE.search(ctx.text, clause_start, clause_end))


def _amount_explained_after(c: Candidate, ctx: _Context) -> bool:
    """The next sentence explains the amount as defence money: it takes up the money ("Der Bund investiert rund 1,35
    Milliarden Euro in die Häfen. Das Geld soll in militärisch nutzbare Infrastruktur fließen"), or the amount stands
    alone as a sentence ("Mehr als 180 Millionen Euro. Das investiert der Bund in ein neues Truppenlager der Bundeswehr")."""
    if not ctx.after:
        return False
    following = ctx.span(ctx.after[0])
    if P.NOT_DEFENCE_RE.search(following):
        return False
    if P.MONEY_TAKEN_UP_RE.match(following) and ctx.after[0].paragraph == ctx.sentence.paragraph and (
            has_defence_term(following) or (P.WEAPON_SYSTEMS_RE.search(following) and ctx.article.about_defence)):
        return True  # also "Mit dem Geld sollen neue Schiffe, Langstreckendrohnen und Satelliten finanziert werden"
    if not has_defence_term(following):
        return False
    s = ctx.sentence
    if len(P.LIST_WORD_RE.findall(ctx.text, s.start, c.start)) + len(P.LIST_WORD_RE.findall(ctx.text, c.end, s.end)) > _HEADING_WORDS:
        return False
    return bool(P.EXPLAINED_AFTER_RE.match(following))


def _heading_of_defence_money(c: Candidate, ctx: _Context) -> bool:
    """An amount standing alone as a paragraph (a kicker or sub-heading) whose next
    paragraph names defence and a purchase, an order or aid ("Mehr als eine halbe Milliarde
    Euro" above "Bundeswehr bestellt Kamikaze-Drohnen")."""
    lo, hi = ctx.paragraph
    if len(P.LIST_WORD_RE.findall(ctx.text, lo, c.start)) + len(P.LIST_WORD_RE.findall(ctx.text, c.end, hi)) > _HEADING_WORDS:
        return False
    following = ctx.next_paragraph()
    return bool(has_defence_term(following) and (P.PROCUREMENT_WORDS_RE.search(following) or P.AID_WORDS_RE.search(following)
                                                 or P.WEAPON_SYSTEMS_RE.search(following)) and not P.NOT_DEFENCE_RE.search(following))


#: The least amount a defence minister's money can be: below it, it is a salary or a price.
_MINISTER_MONEY_MIN = 1e6


def _in_defence_money_article(c: Candidate, ctx: _Context) -> bool:
    """In an article about defence money, an amount is defence money unless its paragraph or
    the sentence before is about something else (another topic, an overall budget, aid of all
    kinds) or it is the size of the economy."""
    if not ctx.article.defence_money_article:
        return False
    if P.GDP_BEFORE_RE.search(ctx.text, max(ctx.sentence.start, c.start - 60), c.start):
        return False  # "Gemessen am Bruttoinlandsprodukt (4,31 Billionen Euro)": the economy's size
    pieces = [ctx.paragraph_text(), *(ctx.span(s) for s in ctx.before[-1:])]
    return not any(P.NOT_DEFENCE_RE.search(p) or P.BUDGET_TOTAL_RE.search(p) or P.GENERAL_AID_RE.search(p) for p in pieces)


def _is_threshold(c: Candidate, ctx: _Context) -> bool:
    """A limit in a rule, not money spent: "25-Millionen-Euro-Vorlage", "ab 25 Millionen Euro
    muss der Bundestag zustimmen", the debt brake's "ein Prozent des BIP"."""
    if c.compound and re.match(r"(?:vorlage|grenze|schwelle|regel)", (c.head or "").lower()):
        return True
    if P.THRESHOLD_RE.search(_clause(c, ctx)):
        return True
    if c.unit not in ("percent", "pct_points"):
        return False
    before = ctx.text[max(ctx.sentence.start, c.start - 30) : c.start]
    after = ctx.text[c.end : ctx.sentence.end]
    near = P.THRESHOLD_NEAR_RE.search(ctx.span())
    if c.value == 1 and P.OVER_ONE_PERCENT_BEFORE_RE.search(before) and P.GDP_BASE_RE.match(after) \
            and not P.RAISE_TO_BEFORE_RE.search(before):
        return True  # "Alle Ausgaben für Verteidigung, die über ein Prozent des BIP liegen": the debt brake's line
    return bool(near and (P.THRESHOLD_BEFORE_RE.search(before) or P.THRESHOLD_AFTER_RE.match(after)))


def _classify(c: Candidate, ctx: _Context, lexicon: Lexicon, published, inherited: bool) -> dict | None:
    if c.unit in ("percent", "pct_points"):
        unit, unit_from = ("pct_points", "") if c.unit == "pct_points" else _percent_unit(c, ctx)
        excluded = (unit == "pct_points" or (not c.compound and _is_change_or_poll(c, ctx)) or _is_off_topic(c, ctx)
                    or _is_threshold(c, ctx))
        if unit == "pct_other" and inherited and not excluded:
            unit, unit_from = "pct_gdp", "context"
        if unit == "pct_gdp" and unit_from != "stated" and c.value > P.MAX_GDP_SHARE:
            unit, unit_from = "pct_other", ""
        if unit == "pct_other" or excluded:
            is_defence = False
        elif unit == "pct_gdp" and unit_from in ("compound", "defence_convention", "context"):
            is_defence = True
        else:
            is_defence = _has_defence_words(ctx, share_of_gdp=unit in ("pct_gdp", "pct_budget"))
    else:
        unit, unit_from = _money_currency(c, ctx)
        if unit is None or _in_exchange_rate(c, ctx.text) or _one_unit(c, ctx.text):
            return None
        unit_from = unit_from if not c.compound else "compound" if c.unit != "money?" else "context"
        is_defence = _money_is_defence(c, ctx)
    giver = _giver_named(ctx, lexicon) if is_defence and unit in schema.CURRENCY_UNITS else ""
    category = _category(unit, ctx, giver) if is_defence else None
    kind = _kind(c, ctx, level=unit_from == "context") if is_defence else "unknown"
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
        "category": category,
        "kind": kind,
        "subject": (giver or _subject_in_sentence(c, ctx, lexicon, aid=category == "aid", kind=kind)) if is_defence else "",
        "speaker": _speaker(c, ctx, lexicon) if is_defence else "",
        "year": _year(c, ctx, published),
        "compound": c.compound,
    }


def _one_unit(c: Candidate, text: str) -> bool:
    """"jeder für die Verteidigung ausgegebene Dollar vergrößert die Wirtschaft um mehr als einen Dollar", "ein
    zusätzlicher Euro": one unit of a currency is a way of speaking, not an amount."""
    return c.value == 1 and np.isnan(c.value_max) and not text[c.start].isdigit()


def _in_exchange_rate(c: Candidate, text: str) -> bool:
    """The amount is one side of an exchange rate: "($1 = 1,5574 Australische Dollar)"."""
    lo = max(0, c.start - 40)
    return any(m.start() + lo <= c.start and c.end <= m.end() + lo for m in P.EXCHANGE_RATE_RE.finditer(text[lo : c.end + 40]))


def _restate(row: dict, c: Candidate, ctx: _Context, rows: list[dict], index: int) -> None:
    """A figure that restates the defence figure just before it ("500 Millionen Euro (rund 578
    Millionen Dollar)", "Das entspricht rund 430 Millionen Euro", "Aktuell wären das 80
    Milliarden Euro") is a defence figure of the same kind, unless its clause is about
    something else."""
    if not rows or rows[-1]["paragraph"] != ctx.sentence.paragraph or not rows[-1]["is_defence"]:
        return
    last = rows[-1]
    same_sentence = last["_sentence"] == index
    bracket = same_sentence and "(" in ctx.text[last["end"] : c.start] and c.start - last["end"] < 25
    restated = not same_sentence and (P.RESTATEMENT_RE.search(ctx.span()) or P.ANAPHOR_RE.search(ctx.span())
                                      or P.PRONOUN_TAKES_UP_RE.match(ctx.span())) and index - last["_sentence"] <= 1
    restated = restated or (index - last["_sentence"] == 1 and bool(P.CONTINUED_SERIES_RE.match(ctx.span())
                                                                  or P.CONTINUED_BUDGET_RE.match(ctx.span())) and any(
        r["_sentence"] == index - 1 and r["unit"] == row["unit"] and r["is_defence"] for r in rows[-4:]))
    series = same_sentence and last["unit"] == row["unit"] and bool(P.SERIES_BETWEEN_RE.fullmatch(ctx.text, last["end"], c.start))
    compared = same_sentence and last["unit"].startswith("pct_") == row["unit"].startswith("pct_") and row["unit"] in (last["unit"], "pct_other") \
        and bool(P.COMPARED_WITH_BEFORE_RE.search(ctx.text, max(last["end"], c.start - 30), c.start))
    series = series or compared
    money = row["unit"] in schema.CURRENCY_UNITS  # a difference in money is an amount: "Das sind acht Milliarden Dollar mehr"
    if not (bracket or restated or series) or P.NOT_DEFENCE_RE.search(_clause(c, ctx)) or (_is_poll(c, ctx) if money else _is_change_or_poll(c, ctx)):
        return
    if compared:
        row["unit"] = last["unit"]  # "32,5 Prozent des russischen Bundeshaushalts, gegenüber 28,3 Prozent in diesem Jahr"
    row.update(is_defence=True, category=last["category"] if last["unit"] != "pct_gdp" or row["unit"] == "pct_gdp" else "budget",
               kind=last["kind"], speaker=last["speaker"] or "")


#: Words (besides figures) a list line holds at most.
_LIST_LINE_WORDS = 4


def _is_list_line(ctx: _Context, here: list[Candidate]) -> bool:
    """A sentence that is little more than figures and labels: "2026: 82,7 Milliarden Euro;
    2027: 93,3 Milliarden Euro", "• Deutschland – 500 Mio. USD"; bullet lines that the
    sentencizer joined count line by line."""
    text = ctx.text
    for lo, hi in _lines(text, ctx.sentence.start, ctx.sentence.end):
        at, words = lo, 0
        for c in sorted((c for c in here if lo <= c.start < hi), key=lambda c: c.start):
            words += len(P.LIST_WORD_RE.findall(text, at, max(at, c.start)))
            at = max(at, c.end)
        words += len(P.LIST_WORD_RE.findall(text, at, hi))
        if words > _LIST_LINE_WORDS:
            return False
    return True


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``(start, end)`` of the lines of ``text[start:end]``."""
    out, lo = [], start
    while (nl := text.find("\n", lo, end)) >= 0:
        out.append((lo, nl))
        lo = nl + 1
    out.append((lo, end))
    return out


def _continue_list(row: dict, ctx: _Context, here: list[Candidate], rows: list[dict], lexicon: Lexicon) -> None:
    """An amount in a list line after a defence amount (in its paragraph or the one before)
    continues that list: same category and kind, unless the line names another topic; the
    subject is the state named on its line ("• Niederlande – 500 Mio. USD"), else the last one's."""
    if not rows or not rows[-1]["is_defence"] or rows[-1]["unit"] not in schema.CURRENCY_UNITS:
        return
    if ctx.sentence.paragraph - rows[-1]["paragraph"] > 1 or not _is_list_line(ctx, here):
        return
    sentence = ctx.span()
    if P.NOT_DEFENCE_RE.search(sentence) or P.BUDGET_TOTAL_RE.search(sentence):
        return
    last = rows[-1]
    lo, hi = next((lo, hi) for lo, hi in _lines(ctx.text, ctx.sentence.start, ctx.sentence.end) if lo <= row["start"] <= hi)
    states = {m.actor_id for m in ctx.matches.get(ctx.sentence.index, []) if lo <= m.start < hi and m.actor_id
              and lexicon.actor_type(m.actor_id) == "country" and not m.role}
    subject = last["subject"] if not states else states.pop() if len(states) == 1 else SEVERAL
    row.update(is_defence=True, category=last["category"], kind=last["kind"], speaker=last["speaker"] or "", subject=subject)


#: Words (besides the figure) a bullet line under a colon may hold: "- 125 Mio. EUR aus Dänemark über den nationalen Ukraine-Fonds".
_BULLET_LINE_WORDS = 8
#: How far before a bullet line its list's intro (a line ending in a colon) may start.
_LIST_INTRO_REACH = 600


def _list_intro(text: str, position: int) -> str | None:
    """The intro of the bullet list whose item holds ``position``: the line ending in a colon before the items
    (the loader may have joined the first item to it: "... gehören: - 125 Mio. EUR aus Dänemark"), or ``None``."""
    line_start = text.rfind("\n", max(0, position - _LIST_INTRO_REACH), position) + 1
    if not P.BULLET_LINE_RE.match(text, line_start, position + 1):
        joined = P.INTRO_THEN_ITEM_RE.search(text, line_start, position)
        return text[max(line_start, joined.start() - 400) : joined.start() + 1] if joined else None
    at = line_start
    while at > 0 and line_start - at < _LIST_INTRO_REACH:  # back over the items (and blank lines) before this one
        previous = text.rfind("\n", max(0, at - 1 - _LIST_INTRO_REACH), at - 1) + 1
        line = text[previous : at - 1]
        if not line.strip() or P.BULLET_LINE_RE.match(line):
            at = previous
            continue
        if line.rstrip().endswith(":"):
            end = previous + len(line.rstrip())
        elif joined := P.INTRO_THEN_ITEM_RE.search(line):
            end = previous + joined.start() + 1
        else:
            return None
        return text[max(previous, end - 400) : end]
    return None


def _list_under_defence_intro(row: dict, ctx: _Context, lexicon: Lexicon) -> None:
    """An amount on a bullet line of a list introduced by a line ending in a colon, when the intro speaks of
    defence money: "Im Rahmen des dänischen Finanzierungsmodells für die ukrainische Verteidigungsindustrie ...
    Zu den wichtigsten Finanzierungsquellen gehören:" / "- 125 Mio. EUR aus Dänemark". The subject is the state
    named by name on its line, else none."""
    text = ctx.text
    intro = _list_intro(text, row["start"])
    if intro is None:
        return
    line_start = text.rfind("\n", max(0, row["start"] - _LIST_INTRO_REACH), row["start"]) + 1
    item_start = max(line_start, text.rfind(" - ", line_start, row["start"]) + 1)
    item_end = text.find("\n", row["start"])
    item = text[item_start : len(text) if item_end < 0 else item_end]
    words = len(P.LIST_WORD_RE.findall(item)) - len(P.LIST_WORD_RE.findall(row["quote"]))
    if words > _BULLET_LINE_WORDS or P.NOT_DEFENCE_RE.search(item) or not (
            has_defence_term(intro) or P.DEFENCE_BUDGET_TERMS_RE.search(intro)
            or (P.ARMS_MONEY_INTRO_RE.search(intro) and P.BUDGET_WORDS_RE.search(intro))):
        return
    aid = bool(P.AID_WORDS_RE.search(intro) or P.GIVING_RE.search(intro) or ctx.article.headline_aid or P.UKRAINE_RE.search(intro))
    states = {m.actor_id for m in lexicon.find(item) if m.actor_id and lexicon.actor_type(m.actor_id) == "country" and not m.role
              and m.via == "name"}
    row.update(is_defence=True, category="aid" if aid else "budget", subject=states.pop() if len(states) == 1 else "",
               kind="actual" if aid else row["kind"])


def _gdp_defence_share(row: dict) -> bool:
    """A defence share of GDP read from its own words (an inherited one passes nothing on)."""
    return row["unit"] == "pct_gdp" and row["is_defence"] and row["unit_from"] != "context"


def _level_statement(c: Candidate, ctx: _Context, subject: bool) -> bool:
    """A bare percentage stated as a spending level: "kommt auf", "liegt bei", a spender, a need."""
    sentence = ctx.span()
    return subject or bool(re.search(
        r"\b(?:kommt|kommen|kam|liegt|liegen|lag|erreicht\w*|gibt|geben|gab|ausgeben|Anteil|brauch\w*|benötig\w*|"
        r"müsse\w*|sollen|soll|steigen|steigt|anheben|erhöhen|Ziel\w*|mehr als|mindestens)\b", sentence))


class _FieldSentences:
    """The sentences of a field's paragraphs with figures (``Sentence.index`` is unique in
    the field), found by bisection; the sentences of a paragraph before them and the actors
    of any sentence are worked out on first use."""

    def __init__(self, text: str, spans: list[tuple[int, int]], paragraphs: Iterable[int], lexicon: Lexicon, published, precision):
        self.text, self.spans, self.lexicon, self.published, self.precision = text, spans, lexicon, published, precision
        segmented = segment_paragraphs(text, paragraphs)
        self.items = [replace(s, index=i) for i, s in enumerate(segmented)]
        self.local = {i: s.index for i, s in enumerate(segmented)}  # index -> number within its paragraph
        self.starts = [s.start for s in self.items]
        self._by_index = {s.index: s for s in self.items}
        self._paragraphs: dict[int, list[Sentence]] = {}
        for sentence in self.items:
            self._paragraphs.setdefault(sentence.paragraph, []).append(sentence)
        self._figure_paragraphs = set(self._paragraphs)
        self._actors: dict[int, list[Match]] = {}

    def containing(self, position: int) -> Sentence | None:
        i = bisect.bisect_right(self.starts, position) - 1
        if i >= 0 and self.items[i].start <= position < self.items[i].end:
            return self.items[i]
        return None

    def of_paragraph(self, p: int) -> list[Sentence]:
        """The sentences of paragraph ``p``, segmented now if it has no figure."""
        if p < 0:
            return []
        if p not in self._paragraphs:
            found = segment_paragraphs(self.text, [p])
            first = len(self._by_index) + 1_000_000  # indices apart from the figure sentences'
            self._paragraphs[p] = [replace(s, index=first + k) for k, s in enumerate(found)]
            self._by_index.update((s.index, s) for s in self._paragraphs[p])
        return self._paragraphs[p]

    def before(self, sentence: Sentence, *, known_only: bool = False) -> list[Sentence]:
        """Up to two sentences before ``sentence``: in its paragraph, then the paragraph before
        (``known_only``: only if that paragraph has figures, without segmenting it)."""
        own = [s for s in self._paragraphs[sentence.paragraph] if s.start < sentence.start][-_CONTEXT_SENTENCES:]
        missing = _CONTEXT_SENTENCES - len(own)
        p = sentence.paragraph - 1
        if missing <= 0 or p < 0 or (known_only and p not in self._figure_paragraphs):
            return own
        return self.of_paragraph(p)[-missing:] + own

    def get(self, index: int, default=None) -> list[Match]:
        """The actors of sentence ``index``, with offsets into the field."""
        if index not in self._actors:
            s = self._by_index.get(index)
            if s is None:
                return default
            self._actors[index] = [replace(m, start=m.start + s.start, end=m.end + s.start)
                                   for m in self.lexicon.find(self.text[s.start : s.end], self.published, self.precision)]
        return self._actors[index]


def _taken_up_later(rows: list[dict], candidates: list[Candidate], ctx_of: dict[int, _Context], lexicon: Lexicon) -> None:
    """An amount the text takes up later as a defence figure with a definite article ("Mittel in Höhe von 14 Milliarden
    dänischer Kronen (1,87 Milliarden Euro) für den Kapazitätsaufbau in der Arktis ... Die 14 Milliarden Kronen sollen
    unter anderem in drei neue Schiffe fließen") is that defence figure, and so is its conversion in brackets; not when
    its own sentence is about something else."""
    earlier: dict[tuple[str, float], list[int]] = {}  # (unit, value) -> rows of money not read as defence
    for i, row in enumerate(rows):
        if row["unit"] not in schema.CURRENCY_UNITS:
            continue
        key = (row["unit"], row["value"])
        if not row["is_defence"]:
            earlier.setdefault(key, []).append(i)
            continue
        ctx = ctx_of[row["_sentence"]]
        if key not in earlier or not P.DEFINITE_AMOUNT_BEFORE_RE.search(ctx.text, max(ctx.sentence.start, row["start"] - 30), row["start"]):
            continue
        for j in earlier.pop(key):
            for k in (j, j + 1):
                other = rows[k]
                if other["is_defence"] or other["unit"] not in schema.CURRENCY_UNITS or P.NOT_DEFENCE_RE.search(other["sentence"]):
                    continue
                if k != j and not (other["_sentence"] == rows[j]["_sentence"] and "(" in ctx.text[rows[j]["end"] : other["start"]]):
                    continue  # only the conversion in brackets right after it
                octx = ctx_of[other["_sentence"]]
                aid = row["category"] == "aid"
                other.update(is_defence=True, category=row["category"], kind=row["kind"],
                             subject=_subject_in_sentence(candidates[k], octx, lexicon, aid=aid, kind=row["kind"]),
                             speaker=_speaker(candidates[k], octx, lexicon))


def _converts(row: dict, last: dict | None, ctx: _Context) -> bool:
    """A defence figure that converts the one before it in its sentence: "1,4 Milliarden Kronen (203 Millionen US-Dollar)"."""
    return row["is_defence"] and last is not None and last["_sentence"] == row["_sentence"] \
        and bool(P.CONVERSION_BETWEEN_RE.match(ctx.text[last["end"] : row["start"]]))


def _currency_state_named(row: dict, ctx: _Context) -> str:
    """The state of a defence figure's national currency when its sentence names that state, else ``""``."""
    own = ctx.article.currency_country(row["unit"]) if row["is_defence"] else ""
    return own if own and P.CURRENCY_COUNTRY_NAME_RES[row["unit"]].search(row["sentence"]) else ""


def _fill_subjects(rows: list[dict], ctx_of: dict[int, _Context], lexicon: Lexicon) -> None:
    """Subjects not named in a figure's own sentence (and the state of a national currency
    instead of the alliance), in this order: the figure it converts
    ("500 Millionen Euro (578 Millionen Dollar)"); NATO for a share-of-GDP target or demand in
    a sentence about the alliance; the figure before it in the paragraph; the state of a
    national currency (Rubel, Franken, Yen ...); the spender of the sentence before."""
    previous: dict[int, dict] = {}  # paragraph -> the last defence figure with a subject
    for row in rows:
        paragraph = row["paragraph"]
        ctx = ctx_of[row["_sentence"]]
        last = previous.get(paragraph)
        row["_nato"] = False
        if row["subject"] == SEVERAL:
            if _converts(row, last, ctx):
                row["subject"] = last["subject"]  # "4,2 Mrd. DKK (628 Mio. USD)": the same money
                continue
            if own := _currency_state_named(row, ctx):
                row["subject"] = own  # "Dänemark und die Ukraine haben sich auf einen Kauf von 4,2 Mrd. DKK geeinigt": who pays in crowns
                previous[paragraph] = row
                continue
            row["subject"], row["_several"] = "", True
            continue
        if row["is_defence"] and row["subject"] in ("NATO", "EU") and (own := ctx.article.currency_country(row["unit"])):
            row["subject"] = own  # "1,4 Milliarden Kronen ... über die Initiative der Verbündeten": the alliance spends no Kronen
        elif row["is_defence"] and row["subject"] and (own := _currency_state_named(row, ctx)) and row["subject"] != own \
                and row["category"] == "budget":
            row["subject"] = own  # a budget: "Nach Angaben des südkoreanischen Verteidigungsministeriums ... 61.246,9 Milliarden Won"
            # (not an order: a purchase is often priced in the seller's currency, "acht Milliarden Pfund" for Turkey's Eurofighters)
        if row["is_defence"] and row["subject"] == "US" and row["unit"] in P.CURRENCY_COUNTRIES and (own := ctx.article.currency_country(row["unit"])):
            row["subject"] = own  # "die USA machen zusätzliche 650 Millionen bis 1,3 Milliarden Franken geltend": the US pays no Franken; the buyer does
        if _converts(row, last, ctx):
            row["subject"] = last["subject"]  # "1,4 Milliarden Kronen (203 Millionen US-Dollar)": the same money
        if row["is_defence"] and not row["subject"]:
            subject = ""
            if last is not None and last["_sentence"] == row["_sentence"] and "(" in ctx.text[last["end"] : row["start"]]:
                subject = last["subject"]
            nato_target = row["unit"] == "pct_gdp" and row["value"] in P.NATO_TARGET_LEVELS and (
                row["kind"] in ("target", "demand") or bool(P.NATO_TARGET_WORDS_RE.search(row["sentence"])))
            nato_named = bool(P.NATO_NAME_RE.search(P.NATO_REFERENCE_RE.sub(" ", row["sentence"])))  # not "wie von der NATO gefordert"
            if not subject and nato_target and (nato_named or (row["kind"] == "demand" and (
                    P.GENERIC_STATES_RE.search(row["sentence"]) or P.US_DEMANDER_RE.search(row["sentence"])))):
                subject = "NATO"  # also "US-Präsident Trump fordert fünf Prozent": a level asked of the allies
            if not subject and nato_target and row["kind"] in ("target", "unknown") and P.TARGET_NOUN_RE.search(row["sentence"]) \
                    and not P.OWN_TARGET_RE.search(row["sentence"]) and not P.NATO_REFERENCE_RE.search(row["sentence"]) and not any(
                        m.actor_id and lexicon.actor_type(m.actor_id) == "country" for m in ctx.matches.get(row["_sentence"], [])) and (
                    ctx.in_paragraph(P.NATO_NAME_RE) or any(P.NATO_NAME_RE.search(ctx.span(x)) for x in ctx.before[-1:])):
                subject = "NATO"  # "Dort soll über ein neues Ziel von mindestens 3,5 Prozent beraten werden": the alliance's target
                # (NATO's targets unless one state's own goal is meant, and no state is named in the sentence)
            # not the alliance of a share-of-GDP target before an amount of money: "Bei einer Anhebung auf 2,5 Prozent
            # fehlten 2028 rund 50 Milliarden Euro" is a state's gap (the alliance spends no such sums)
            alliance_share = last is not None and last["subject"] == "NATO" and last["unit"] == "pct_gdp" and not row["unit"].startswith("pct")
            # nor the alliance for a share that is no target of it: "2026 sollen die Ausgaben auf 2,2 Prozent des BIP steigen" after
            # "das 5 Prozent NATO-Ziel" is the state's level
            alliance_share = alliance_share or (last is not None and last["subject"] == "NATO" and row["unit"] == "pct_gdp"
                                                and row["value"] not in P.NATO_TARGET_LEVELS)
            subject = subject or (last["subject"] if last is not None and not alliance_share else "")
            subject = subject or ctx.article.currency_country(row["unit"])
            aid = row["category"] == "aid"
            if aid and subject in P.AID_RECIPIENT_STATES:
                subject = ""
            if not subject:
                for prev in ctx.context_before():
                    spenders = _spenders(prev, ctx, lexicon, exclude=_recipients(ctx, prev))
                    if aid:
                        spenders = [x for x in spenders if x[1] not in P.AID_RECIPIENT_STATES]
                    if spenders and not _several(spenders, len(spenders) - 1, ctx.text):
                        subject = spenders[-1][1]
            if not subject and P.EU_RE.search(row["sentence"]) and not P.NATO_NAME_RE.search(row["sentence"]) \
                    and not ctx.partners.get(row["_sentence"]):
                subject = "EU"  # "800 Milliarden Euro für Verteidigung, 150 Milliarden für EU-gestützte Rüstungskredite"
            row["_nato"] = not subject and nato_target and bool(
                re.search(r"\bZiel", row["sentence"]) or ctx.in_paragraph(P.NATO_OR_DEFENCE_RE)
                or any(P.NATO_OR_DEFENCE_RE.search(ctx.span(x)) for x in ctx.before[-1:]))
            row["subject"] = subject
            row["_partner"] = next((code for _, code, _ in ctx.partners.get(row["_sentence"], [])), "")
        if row["is_defence"] and row["subject"]:
            previous[paragraph] = row


def _lead_countries(title: str | None, text: str | None, lexicon: Lexicon) -> list[str]:
    """States named by name in the headline and the lead paragraph."""
    lead = (title or "") + "\n" + (text or "")[:1000]
    out = []
    for m in lexicon.find(lead):
        if m.actor_id and not m.role and m.via != "compound" and lexicon.actor_type(m.actor_id) == "country":
            out.append(m.actor_id)
    return out


#: How often an article names the EU's budgets, programmes or Commission to be about them.
_EU_ARTICLE_NAMES = 3


def _article_spender(rows: list[dict], article: ArticleContext, lead_countries: list[str] = (), exclude: tuple[str, ...] = (),
                     home: str = "") -> str:
    """The state an article's defence figures are about, when one clearly leads: the subjects
    found, German institutions named in the article (Bundeswehr, Haushaltsausschuss ...),
    and national currencies vote; states in ``exclude`` (the receivers, for aid) have no vote.
    With no vote at all, an article that names an institution without its state ("das
    Verteidigungsministerium") is about the outlet's ``home`` state."""
    votes: dict[str, int] = {}
    for r in rows:
        if r["is_defence"] and r["subject"] and r["subject"] not in ("NATO", "EU"):
            votes[r["subject"]] = votes.get(r["subject"], 0) + 2
    if article.german_institutions:
        votes["DE"] = votes.get("DE", 0) + 1 + min(article.german_institutions, 3)
    for code, n in article.national_institutions.items():  # "das Bundesheer", "der Ständerat", "der Kreml"
        votes[code] = votes.get(code, 0) + 1 + min(n, 3)
    for code in set(lead_countries):
        votes[code] = votes.get(code, 0) + min(lead_countries.count(code), 2)
    for currency in {r["unit"] for r in rows}:  # the national currencies the figures are in
        if country := article.currency_country(currency):
            votes[country] = votes.get(country, 0) + 2
    for code in exclude:
        votes.pop(code, None)
    if not votes and "EU" not in exclude and len(P.EU_BUDGET_RE.findall(article.headline + "\n" + article.text[:20000])) >= _EU_ARTICLE_NAMES:
        return "EU"  # an article on the EU's budget or programmes that names no state
    if not votes and home and home not in exclude and P.UNNAMED_INSTITUTION_RE.search(article.headline + "\n" + article.text[:20000]):
        return home  # "Das Verteidigungsministerium rechnet mit Mehrkosten von rund 640 Millionen Euro" on a German site, no state named
    if not votes:
        return ""
    top = max(votes, key=lambda k: (votes[k], k))
    return top if votes[top] >= 2 and votes[top] > sum(votes.values()) / 2 else ""


def figures_in_text(text: str, *, published=None, precision: str | None = None, lexicon: Lexicon | None = None,
                    field: str = "text", article: ArticleContext | None = None) -> list[dict]:
    """Figures in one title or body text (see the module docstring for the rules).

    ``article`` carries what the rest of the article says (its headline, how much it is
    about defence, its currencies); by default the text alone is the article.
    """
    rows = _figures_in_field(text, published=published, precision=precision, lexicon=lexicon, field=field, article=article)
    for row in rows:
        _last_resort_subject(row, "")
    return rows


def _last_resort_subject(row: dict, spender: str, aid_spender: str = "", home: str = "") -> None:
    """A subject still missing: the article's state (for aid: the article's state among
    those that give), NATO for its targets, a partner named, the outlet's state for an
    institution its sentence names without a state ("Die Neubestellung gab das
    Verteidigungsministerium bereits Anfang 2024 in Auftrag" on an Austrian site)."""
    partner, nato, several = row.pop("_partner", ""), row.pop("_nato", False), row.pop("_several", False)
    if row["is_defence"] and not row["subject"] and not several:
        if row["category"] == "aid":
            spender = aid_spender  # an article about Ukraine: its aid comes from others
        unnamed = home if row["category"] != "aid" and P.UNNAMED_DEFENCE_INSTITUTION_RE.search(row["sentence"]) else ""
        row["subject"] = spender or ("NATO" if nato else partner) or unnamed


def _figures_in_field(text: str, *, published, precision, lexicon: Lexicon | None, field: str, article: ArticleContext | None) -> list[dict]:
    """The rows of :func:`figures_in_text`, with the private ``_partner`` of each."""
    lexicon = lexicon or load_lexicon()
    candidates = find_candidates(text)
    if not candidates:
        return []
    if article is None:  # the text alone is the article
        article = ArticleContext.of(text, None) if field == "title" else ArticleContext.of(None, text)
    spans = paragraph_spans(text)
    paragraph_starts = [start for start, _ in spans]
    with_figures = {index_at(paragraph_starts, c.start) for c in candidates}
    lookup = _FieldSentences(text, spans, with_figures, lexicon, published, precision)
    sentences, local_index = lookup.items, lookup.local
    by_sentence: dict[int, list[Candidate]] = {}
    for c in candidates:
        sentence = lookup.containing(c.start)
        if sentence is not None:
            by_sentence.setdefault(sentence.index, []).append(c)
    rows: list[dict] = []
    row_candidates: list[Candidate] = []
    rows_by_sentence: dict[int, list[dict]] = {}
    ctx_of: dict[int, _Context] = {}
    seen: dict = {}
    for index in sorted(by_sentence):
        sentence = sentences[index]
        before = lookup.before(sentence, known_only=True)  # the sentences that can hold figures before this one
        after = [s for s in sentences[index + 1 : index + 1 + _CONTEXT_SENTENCES] if s.paragraph == sentence.paragraph]
        ctx = _Context(text, field, sentence, after, lookup, spans[sentence.paragraph], article, seen)
        ctx_of[index] = ctx
        here = by_sentence[index]
        target_compound_here = any(c2.compound and (c2.head or "").lower().startswith(P.TARGET_HEADS) for c2 in here) \
            and bool(P.NATO_OR_DEFENCE_RE.search(text, sentence.start, sentence.end))
        for c in here:
            earlier = [r for s in (*before, sentence) for r in rows_by_sentence.get(s.index, [])]
            money = [r for r in earlier if r["unit"] in schema.CURRENCY_UNITS]
            ctx.carried = money[-1]["unit"] if money else None
            has_share = any(_gdp_defence_share(r) for r in earlier) or (target_compound_here and not c.compound)
            after = text[c.end : sentence.end]
            inherited = has_share and not c.compound and not P.SHARE_OF_AFTER_RE.match(after) and not P.CHANGE_AFTER_RE.match(after)
            row = _classify(c, ctx, lexicon, published, inherited)
            if row is None:
                continue
            if not row["is_defence"] and (row["unit"] not in ("pct_points", "pct_other") or (
                    row["unit"] == "pct_other" and P.COMPARED_WITH_BEFORE_RE.search(text, max(sentence.start, c.start - 30), c.start))):
                _restate(row, c, ctx, rows, index)
            if not row["is_defence"] and row["unit"] in schema.CURRENCY_UNITS:
                _continue_list(row, ctx, here, rows, lexicon)
            if not row["is_defence"] and row["unit"] in schema.CURRENCY_UNITS:
                _list_under_defence_intro(row, ctx, lexicon)
            if row["is_defence"] and row["unit"] in schema.CURRENCY_UNITS and rows and rows[-1]["_sentence"] == index \
                    and not rows[-1]["is_defence"] and rows[-1]["unit"] in schema.CURRENCY_UNITS and rows[-1]["unit"] != row["unit"] \
                    and P.CONVERSION_BETWEEN_RE.match(text[rows[-1]["end"] : row["start"]]) \
                    and P.COMPANY_RESULT_RE.search(text, sentence.start, sentence.end):
                row.update(is_defence=False, category=None, kind="unknown", subject="", speaker="")  # "Der Betriebsgewinn stieg
                # auf 1,37 Milliarden Kronen (145,5 Millionen US-Dollar)": the conversion is what it converts
            row.update(_sentence=index, sentence=text[sentence.start : sentence.end], sentence_index=local_index[index], paragraph=sentence.paragraph)
            if row["is_defence"] and row["unit"] == "pct_gdp" and rows and rows[-1]["_sentence"] == index and not rows[-1]["is_defence"] \
                    and rows[-1]["unit"] in schema.CURRENCY_UNITS and "(" in text[rows[-1]["end"] : row["start"]] and row["start"] - rows[-1]["end"] < 25:
                rows[-1].update(is_defence=True, category="budget", kind=row["kind"])  # "2,13 Milliarden Euro (2,85 Prozent des BIP)"
            rows.append(row)
            row_candidates.append(c)
            rows_by_sentence.setdefault(index, []).append(row)
    _taken_up_later(rows, row_candidates, ctx_of, lexicon)
    _fill_subjects(rows, ctx_of, lexicon)
    for row in rows:
        del row["_sentence"]
    return rows


def figures_in_article(title: str | None, text: str | None, *, published=None, precision: str | None = None,
                       lexicon: Lexicon | None = None, home: str = "") -> list[dict]:
    """Figures in an article's title and text, each field read with the whole article as
    context (rows carry ``field``); ``home`` is the outlet's state (:func:`home_state`)."""
    lexicon = lexicon or load_lexicon()
    if not any(body and P.FIGURE_ANCHOR_RE.search(body) for body in (title, text)):
        return []  # no unit word, no figure: the article's context is not needed
    article = ArticleContext.of(title, text, home)
    rows = []
    for field, body in (("title", title), ("text", text)):
        if body:
            rows += [{"field": field, **r} for r in _figures_in_field(body, published=published, precision=precision,
                                                                        lexicon=lexicon, field=field, article=article)]
    needed = any(r["is_defence"] and not r["subject"] and not r.get("_several") for r in rows)
    spender = aid_spender = ""
    if needed and not article.live_blog:
        lead = _lead_countries(title, text, lexicon)
        spender = _article_spender(rows, article, lead, home=home)
        if any(r["category"] == "aid" for r in rows):
            aid_spender = _article_spender(rows, article, lead, exclude=P.AID_RECIPIENT_STATES, home=home)
    for row in rows:  # a defence figure with no spender of its own belongs to the article's state
        _last_resort_subject(row, spender, aid_spender, "" if article.live_blog else home)
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
    >>> figures[figures.is_defence][["value", "unit", "category", "subject", "sentence"]]  # doctest: +SKIP
    """
    lexicon = lexicon or load_lexicon()
    chunks = RowChunks(list(schema.FIGURES))
    for art in iter_articles(articles, desc="finding figures", progress=progress):
        published = None if pd.isna(art.published) else art.published
        home = home_state(getattr(art, "outlet", None), getattr(art, "url", None))
        for row in figures_in_article(field_text(art.title), field_text(art.text), published=published,
                                      precision=art.date_precision, lexicon=lexicon, home=home):
            chunks.append({"article_id": art.article_id, "published": art.published, **row})
    return schema.conform(chunks.frame(), schema.FIGURES)
