"""Regular expressions and word lists, compiled once, in one place.

Modules import the constants they need from here; nothing else in the package
defines a pattern or a word list. Sections follow the pipeline: characters,
scraped-text layout, dates, record fields, words and languages.
"""

from __future__ import annotations

import re
import sys


class FoldedRegex:
    """A case-insensitive pattern that runs on lower-cased text: Python's ``re.IGNORECASE``
    makes long word lists several times slower. Offsets are those of the original text (a
    text whose lower-cased form has another length falls back to ``re.IGNORECASE``). Long
    texts (a whole field, searched again and again between two offsets) are kept
    lower-cased; short ones (a sentence) are folded on each call, which costs little.
    The pattern must be written in lower case."""

    _LONG = 2000
    _KEEP = 4
    _folded_texts: list = []  # shared by every pattern: [(text, lower-cased text or None)], newest last

    def __init__(self, pattern: str):
        if re.search(r"[A-ZÄÖÜ]", re.sub(r"\\.", "", pattern)):
            raise ValueError(f"FoldedRegex needs a lower-case pattern: {pattern[:60]}")
        self.pattern = pattern
        self._folded = re.compile(pattern)
        self._ignorecase = re.compile(pattern, re.IGNORECASE)

    @classmethod
    def fold(cls, text: str) -> str | None:
        """``text`` lower-cased, or ``None`` when that changes its length."""
        if len(text) >= cls._LONG:
            for kept, lower in reversed(cls._folded_texts):
                if kept is text:
                    return lower
        lower = text.lower()
        lower = lower if len(lower) == len(text) else None
        if len(text) >= cls._LONG:
            cls._folded_texts.append((text, lower))
            del cls._folded_texts[: -cls._KEEP]
        return lower

    def _prepare(self, text: str) -> tuple[re.Pattern, str]:
        lower = self.fold(text)
        return (self._folded, lower) if lower is not None else (self._ignorecase, text)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, target = self._prepare(text)
        return rx.search(target, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, target = self._prepare(text)
        return rx.match(target, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, target = self._prepare(text)
        return rx.finditer(target, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        rx, target = self._prepare(text)
        return rx.findall(target, pos, endpos)

# --- characters ----------------------------------------------------------------------------

#: Characters deleted outright: soft hyphen, zero-width space/joiners, word joiner, BOM,
#: left-to-right and right-to-left marks.
INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"

#: Typographic quotes mapped to straight ones, so that patterns need one form only.
QUOTE_MAP = {
    "\u201e": '"',  # „ German opening
    "\u201c": '"',  # “ German closing / English opening
    "\u201d": '"',  # ”
    "\u201f": '"',  # ‟
    "\u00ab": '"',  # «
    "\u00bb": '"',  # »
    "\u2033": '"',  # ″
    "\u201a": "'",  # ‚ German single opening
    "\u2018": "'",  # ‘
    "\u2019": "'",  # ’ (also the typographic apostrophe)
    "\u201b": "'",  # ‛
    "\u2039": "'",  # ‹
    "\u203a": "'",  # ›
    "\u2032": "'",  # ′
}

#: Hyphen look-alikes that break compound matching ("NATO‑Gipfel" with U+2011).
HYPHEN_MAP = {"\u2010": "-", "\u2011": "-"}

#: Horizontal space characters replaced by a plain space (no-break, thin, figure, tab ...).
SPACE_CHARS_RE = re.compile(r"[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")

#: Line separators other than "\n".
LINE_BREAK_RE = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")

#: Terminal colour and cursor codes ("\x1b[31m") pasted from a console: removed whole.
ANSI_ESCAPE_RE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")

#: Control characters that are never text (everything below U+0020 except "\n").
CONTROL_CHARS_RE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")

MULTI_SPACE_RE = re.compile(r" {2,}")

#: A space left before punctuation where a link was cut out: "der Nato ." -> "der Nato.".
SPACE_BEFORE_PUNCT_RE = re.compile(r" +(?=[.,;:!?](?:\s|$))")  # removed only after a word character (textnorm)

# --- run-together words (ticker and teaser texts) ------------------------------------------

#: Two words run together: a lower-case letter directly followed by a capitalised word
#: ("neue PanzerMerz reist", "BündnisChef", "habenSie"). Only tokens of exactly two such
#: parts are candidates: "GeoForschungsZentrum" or "iPhone" are not.
GLUED_WORDS_RE = re.compile(r"(?<![\w'’])(?P<left>[A-ZÄÖÜ]?[a-zäöüß]{2,})(?P<right>[A-ZÄÖÜ][a-zäöüß]{2,})(?![\w'’])")

#: A lower-case letter directly followed by an upper-case one: the quick test before the above.
LOWER_UPPER_RE = re.compile(r"[a-zäöüß][A-ZÄÖÜ]")

#: Camel-case names that look like two German words but are one name; never split.
CAMEL_CASE_NAMES = frozenset(
    """BahnCard DeutschlandTrend DeutschlandTicket MagentaSport MagentaTV HafenCity SonntagsZeitung
    WirtschaftsWoche MediaMarkt DeichStube RheinEnergie RheinEnergieStadion SchücoArena VeltinsArena
    SpardaBank PostFinance StadtRad HanseMerkur MercedesBenz LandesBank SparkassenVersicherung
    PlayStation TeamViewer NordWestBahn WestfalenBahn KunstRasen WanderWut MillernTon
    GamesWirtschaft TechStage GameStar ProSieben ProSiebenSat SatEins WerteUnion DigitalPakt DasDing
    MeinMagenta LigaInsider HeimatSpur arXiv medRxiv bioRxiv""".split()
)

#: Parts that make product, media and company names ("MagentaSport", "DisneyPlus",
#: "NurPhoto", "KulturRadio"): a capitalised pair with one of them is a name, not two words.
NAME_PARTS = frozenset(
    """plus media medien sport sports photo foto radio city bild welt world talk live max mode link port basics
    union tv online net web tech point card pay shop store markt bank group energy energie arena park stadion
    zeitung woche trend ticket cloud soft star box book time play game zone club team news mail post pro
    super mega hyper smart easy power green blue red black home auto car cars bus bahn air jet line lab labs
    data info service tour travel finance fin bot chat app apps phone music musik film kino fm magazin""".split()
)

#: Right-hand parts that are word endings, not words: the Binnen-I ("KünstlerInnen").
GLUED_RIGHT_NOT_WORDS = frozenset({"In", "Innen"})

#: A lower-case word this frequent in the word list is a function word or a common word:
#: "dieMehrheit", "habenSie", "großeMenschenansammlungen" are split even when the
#: capitalised part is a compound the list does not know.
COMMON_WORD_FREQUENCY = 10_000

# --- scraped text layout (.txt files) --------------------------------------------------------

#: The scraper's header on the first line: " date 2024-11" or " date 2025-12-23", then text.
HEADER_DATE_RE = re.compile(r"^\s*date\s+(?P<date>\d{4}-\d{1,2}(?:-\d{1,2})?)(?=\s|$)\s*(?P<rest>.*)$")

#: tagesschau-style "Stand: 23.11.2024 11:26 Uhr" (time optional).
STAND_RE = re.compile(
    r"\s*\bStand:\s*(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*Uhr)?)?"
)

#: A line that is only a time stamp: "23.12.2025 09:18", "23.12.2025, 09:18 Uhr".
TIMESTAMP_LINE_RE = re.compile(
    r"^(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4}),?\s+"
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:\s*Uhr)?$"
)

#: How many non-empty lines at the top of a scraped file count as its header zone,
#: where site labels, section words and time stamps are looked for.
HEADER_ZONE_LINES = 10

#: Site labels and navigation words that scrapers keep above the headline.
SITE_LABELS = frozenset(
    {
        "vorteilswelt", "startseite", "home", "menü", "menu", "navigation", "suche",
        "anzeige", "werbung", "newsletter", "login", "anmelden", "abo", "plus",
        "zur startseite", "mehr zum thema", "artikel teilen", "teilen", "drucken", "merken",
    }
)

#: Section (Ressort) words that stand alone on a line above or below the headline.
SECTION_WORDS = frozenset(
    {
        "politik", "außenpolitik", "innenpolitik", "ausland", "inland", "international",
        "wirtschaft", "finanzen", "welt", "deutschland", "europa", "meinung", "kommentar",
        "analyse", "hintergrund", "panorama", "kultur", "sport", "wissen", "gesellschaft",
        "nachrichten", "news", "regional", "liveblog", "eilmeldung",
    }
)

#: Whole lines that are page furniture, not article text.
BOILERPLATE_LINE_RES = (
    re.compile(r"^\d+\s+Kommentare?$"),  # "0 Kommentare"
    re.compile(r"^Kommentare\s*\(\d+\)$"),  # "Kommentare (3)"
    re.compile(r"^Folgen Sie uns auf\b.*$"),  # "Folgen Sie uns auf ..."
    re.compile(r"^-?\s*Themen:?$"),  # "- Themen:"
    re.compile(r"^(?:-\s*)?#[\wÄÖÜäöüß-]+(?:[\s,]+#[\wÄÖÜäöüß-]+)*$"),  # "- #Wahlen", "#NATO #Trump"
    re.compile(r"^(?:Zur Startseite|Artikel teilen|Mehr zum Thema:?)$"),
)

#: A photo caption with its credit: "Rutte ist überzeugt.(Bild: EPA/TOMASZ WASZCZUK)".
CAPTION_RE = re.compile(
    r"^(?P<caption>.*?)\s*\((?:Bild|Bilder|Foto|Fotos|Grafik|Video|Quelle)\s*:\s*[^()]*\)$"
)

#: A bullet joining list items on one line (" • "): each item becomes its own line.
BULLETS = "•▪●"
BULLET_RE = re.compile(rf"\s+[{BULLETS}]\s+")

#: A headline has at most this many words; longer first lines are lead paragraphs.
MAX_TITLE_WORDS = 20

#: Characters that end a sentence or a paragraph at the end of a line.
SENTENCE_END_CHARS = ".!?…\"')]"

#: A line that is a short heading: few words, no sentence punctuation.
MAX_HEADING_WORDS = 10

#: "ZEIT ONLINE: Herr" - an interview speaker label at the start of a line.
SPEAKER_LABEL_RE = re.compile(r"^[A-ZÄÖÜ][\w.\-]*(?: [A-ZÄÖÜ][\w.\-]*){0,2}:(?:\s|$)")

# --- dates -----------------------------------------------------------------------------------

#: ISO 8601 date with optional time and offset; unpadded months and days are accepted
#: ("2021-03-4"), seconds and fractions optional, "T" or a space between date and time.
ISO_DATETIME_RE = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{1,2})(?:-(?P<day>\d{1,2})"
    r"(?:[T ](?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?)?$"
)

#: German numeric date "23.11.2024" with optional time "11:26" / "11.26 Uhr".
GERMAN_DATE_RE = re.compile(
    r"^(?P<day>\d{1,2})\.\s?(?P<month>\d{1,2})\.\s?(?P<year>\d{4})"
    r"(?:,?\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::\d{2})?(?:\s*Uhr)?)?$"
)

#: German written date "23. November 2024" or "November 2024".
GERMAN_MONTHS = {
    "januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "mär": 3, "april": 4,
    "apr": 4, "mai": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11,
    "dezember": 12, "dez": 12,
}
#: Days of the week, as written in German texts.
GERMAN_WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag")
GERMAN_WRITTEN_DATE_RE = re.compile(
    r"^(?:(?P<day>\d{1,2})\.\s*)?(?P<monthname>[A-Za-zäÄ]+)\.?\s+(?P<year>\d{4})$"
)

YEAR_ONLY_RE = re.compile(r"^(?P<year>\d{4})$")

# --- record fields (.jsonl, .json, .csv) -----------------------------------------------------

#: Field names tried, in order, for each article field (compared case-insensitively).
FIELD_ALIASES = {
    "title": ("title", "headline", "header", "titel", "überschrift", "ueberschrift"),
    "text": ("text", "body", "article", "content", "fulltext", "full_text", "article_text",
             "maintext", "inhalt"),
    "published": ("published", "date", "published_at", "publication_date", "pubdate",
                  "datetime", "datum", "veröffentlicht"),
    "url": ("url", "link", "href", "permalink"),
    "outlet": ("outlet", "source", "publisher", "site", "sitename", "medium", "source_name",
               "quelle"),
    "language": ("language", "lang", "sprache"),
}

#: Keys under which a JSON document may hold its list of articles.
JSON_LIST_KEYS = ("articles", "items", "data", "results", "records", "documents")

#: Text fields that hold HTML rather than plain text.
HTML_MARKUP_RE = re.compile(r"<(?:p|br|div|span|a|em|strong|h[1-6])\b[^>]*>", re.IGNORECASE)

# --- words and languages ---------------------------------------------------------------------

#: A word: letters or digits, with inner hyphens, apostrophes, or number punctuation
#: ("NATO-Generalsekretär", "2,1", "1.000").
WORD_RE = re.compile(r"\w+(?:[-.,'’]\w+)*")

#: Fewer words than this in the body, and a file or record is "not an article".
MIN_ARTICLE_WORDS = 25

#: Function words per language for a transparent language guess (no model needed).
STOPWORDS = {
    "de": frozenset("der die das und ist nicht ein eine einen dem den des zu von mit sich auf "
                    "für im auch es als werden wird nach bei dass oder wie aus sind hat noch".split()),
    "en": frozenset("the and of to in is that for it with as was on are be by this have from "
                    "which were has not an at or but they their".split()),
    "fr": frozenset("le la les et des est une que pour dans pas du qui sur au ce il elle sont "
                    "avec plus par ont été".split()),
    "nl": frozenset("het een en van is dat niet op te zijn voor met ook maar bij naar om deze "
                    "wordt werd heeft".split()),
    "es": frozenset("el los las y que en es por con para una del se no al lo como más pero sus "
                    "fue ha".split()),
    "it": frozenset("il che di e è per una non sono con del della gli le si alla nel come più "
                    "anche ha".split()),
}

#: Share of words that must be function words of the winning language.
LANGUAGE_MIN_SHARE = 0.08

# --- sentences -------------------------------------------------------------------------------

#: Abbreviations spaCy's German tokenizer does not know, mostly capitalised at the start
#: of a sentence; each stays one token so the sentencizer does not split after it.
EXTRA_ABBREVIATIONS = (
    "Ca.", "Rd.", "Bzw.", "Vgl.", "Ggf.", "Evtl.", "Inkl.", "Zzgl.", "Mio.", "Mrd.", "Bio.", "Tsd.",
    "Nr.", "Abs.", "Art.", "Kap.", "Jh.", "Jhd.", "Gen.", "Adm.", "Oberstlt.", "Brig.", "Min.",
    "rd.", "insg.", "Insg.", "mio.", "mrd.", "tsd.", "Ggü.", "Mind.", "Lt.", "Mill.", "Mia.",
)

# --- defence-spending figures ----------------------------------------------------------------

#: Number words and their values; "einhalb" forms and "anderthalb" included.
NUMBER_WORDS = {
    "null": 0, "ein": 1, "eins": 1, "eine": 1, "einem": 1, "einen": 1, "einer": 1, "keine": 1, "zwei": 2,
    "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10,
    "elf": 11, "zwölf": 12, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100, "einhundert": 100,
    "zweihundert": 200, "dreihundert": 300, "fünfhundert": 500, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5,
    "dreieinhalb": 3.5, "viereinhalb": 4.5, "fünfeinhalb": 5.5, "halbe": 0.5, "halben": 0.5,
}
_WORDNUM = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
#: A number: "1.000", "600 000", the Swiss "12'500", "2,1", "3.5", "zwei", "dreieinhalb", "eins Komma fünf" (digits grouped by spaces
#: start with 1-9 and not after "2025-": "date 2025-03 800 Milliarden" is a month, then 800 billion).
NUMBER = (
    rf"(?:\d{{1,3}}(?:\.\d{{3}})+(?:,\d+)?|\d{{1,3}}(?:['’]\d{{3}})+(?:\.\d+)?(?![\d'’])|(?<!\d-)[1-9]\d{{0,2}}(?: \d{{3}})+(?![\d,.])|\d+(?:,\d+|\.\d{{1,2}}(?!\d))?"
    rf"|(?i:(?:{_WORDNUM})\s+Komma\s+(?:{_WORDNUM}))|(?i:{_WORDNUM}))"
)
_N = rf"(?<![\w.,]){NUMBER}(?![\w])"
#: The text before a number that makes it part of a date ("date 2025-12-08 Milliarden-Aufträge"): no amount.
DATE_PART_BEFORE_RE = re.compile(r"\d{4}-(?:\d\d-)?$")

#: Amounts before a unit: a range, a sum, or one number.
AMOUNT = (
    rf"(?:zwischen\s+(?P<lo>{_N})\s+und\s+(?P<hi>{_N})"
    rf"|(?P<a>{_N})\s*(?:bis|–|-)\s*(?P<b>{_N})"
    rf"|(?P<s1>{_N})\s+plus\s+(?P<s2>{_N})"
    rf"|(?P<n>{_N}))"
)

SCALES = {"tausend": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6, "milliarde": 1e9,
          "milliarden": 1e9, "mrd": 1e9, "billion": 1e12, "billionen": 1e12, "bio": 1e12,
          "mill": 1e6, "mia": 1e9}  # "900 Mill. Euro", the Swiss "2,1 Mia. Franken"
_SCALE_WORDS = r"(?:Tausend|Millionen|Million|Mio\.?|Mill\.|Milliarden|Milliarde|Mrd\.?|Mia\.|Billionen|Billion|Bio\.?)"
_SCALE = rf"(?P<scale>{_SCALE_WORDS})"
CURRENCIES = {"euro": "eur", "€": "eur", "eur": "eur", "dollar": "usd", "us-dollar": "usd", "$": "usd",
              "usd": "usd", "pfund": "gbp", "£": "gbp", "gbp": "gbp", "franken": "chf", "chf": "chf",
              "rubel": "rub", "rub": "rub", "yen": "jpy", "jpy": "jpy", "zloty": "pln", "złoty": "pln", "pln": "pln",
              "yuan": "cny", "renminbi": "cny", "cny": "cny", "hrywnja": "uah", "hrywnia": "uah", "griwna": "uah", "hrywna": "uah",
              "hryvnia": "uah", "hryvnias": "uah", "hrywnias": "uah", "hrywnjas": "uah", "hryvnja": "uah", "griwen": "uah",
              "uah": "uah", "dänische kronen": "dkk", "dkk": "dkk", "schwedische kronen": "sek", "sek": "sek",
              "norwegische kronen": "nok", "nok": "nok", "tschechische kronen": "czk", "czk": "czk", "kronen": "dkk",
              "forint": "huf", "huf": "huf", "lira": "try", "türkische lira": "try", "schekel": "ils", "rupien": "inr", "won": "krw",
              "taiwan-dollar": "twd", "neue taiwan-dollar": "twd", "twd": "twd", "kanadische dollar": "cad", "cad": "cad",
              "australische dollar": "aud", "aud": "aud", "us$": "usd", "dirham": "mad", "marokkanische dirham": "mad",
              "marokkanischen dirham": "mad", "mad": "mad", "r$": "brl", "reais": "brl", "brasilianische real": "brl",
              "brl": "brl", "riyal": "sar", "saudi-riyal": "sar", "sar": "sar", "rial": "irr", "irr": "irr"}
#: Dollars that are not US dollars: a bare "Dollar" in an article that names one of these means it.
OTHER_DOLLARS = {"cad": re.compile(r"\b[Kk]anadische[n]? Dollar\b"), "aud": re.compile(r"\b[Aa]ustralische[n]? Dollar\b")}
#: Which crowns a bare "Kronen" means: the country the article names most.
KRONE_COUNTRIES = {"dkk": r"Dänemark|dänisch|Kopenhagen", "sek": r"Schweden|schwedisch|Stockholm", "nok": r"Norweg|Oslo",
                   "czk": r"Tschech|\bPrag\b"}
KRONE_COUNTRY_RES = {code: re.compile(rx) for code, rx in KRONE_COUNTRIES.items()}
#: The state of a national currency: an amount in it is that state's when nothing else says.
CURRENCY_COUNTRIES = {"chf": "CH", "rub": "RU", "jpy": "JP", "pln": "PL", "cny": "CN", "uah": "UA", "dkk": "DK",
                      "sek": "SE", "nok": "NO", "czk": "CZ", "huf": "HU", "try": "TR", "ils": "IL", "inr": "IN", "krw": "KR",
                      "gbp": "GB", "twd": "TW", "cad": "CA", "aud": "AU", "mad": "MA", "brl": "BR", "sar": "SA", "irr": "IR"}
#: How an article names the state of a currency: an amount in Franken is Switzerland's only
#: when the article names Switzerland (Swiss outlets give Russia's budget in Franken).
CURRENCY_COUNTRY_NAMES = {
    "chf": r"Schweiz|schweizer|Eidgen|\bBern\b|Bundesrat|Nationalrat|Ständerat|\bVBS\b|Armasuisse|Armeebotschaft|an der Urne|Stimmbevölkerung", "rub": r"Russ|Moskau|Kreml",
    "jpy": r"Japan|Tokio", "pln": r"\bPolen|polnisch|Warschau", "cny": r"China|chinesisch|Peking", "uah": r"Ukrain|Kiew|Kyjiw",
    "dkk": r"Dänemark|dänisch|Kopenhagen", "sek": r"Schwed|Stockholm", "nok": r"Norweg|Oslo", "czk": r"Tschech|Prag",
    "huf": r"Ungarn|ungarisch|Budapest", "try": r"Türk|Ankara", "ils": r"Israel|Jerusalem", "inr": r"Indien|indisch|Neu-Delhi",
    "krw": r"Südkorea|südkoreanisch|Seoul", "gbp": r"Großbritannien|Britannien|britisch|London|Königreich|\bUK\b|England|Starmer",
    "twd": r"Taiwan|Taipeh", "cad": r"Kanada|kanadisch|Ottawa|Carney|Trudeau", "aud": r"Australi|Canberra",
    "mad": r"Marokk|Rabat", "brl": r"Brasil|Brasília", "sar": r"Saudi|Riad", "irr": r"\bIran|iranisch|Teheran",
}
CURRENCY_COUNTRY_NAME_RES = {code: re.compile(rx, re.I) for code, rx in CURRENCY_COUNTRY_NAMES.items()}
_CURRENCY = (r"(?P<cur>US-Dollar|(?:Neue[nr]? )?Taiwan-Dollar|TWD|(?:[Kk]anadische[n]?|[Aa]ustralische[n]?) Dollar|CAD|AUD|Dollar|Euro|EUR|USD|GBP|Pfund|Franken|CHF|Rubel|RUB|Yen|JPY|Zloty|Złoty|PLN|Yuan|Renminbi|CNY|"
             r"Hrywnjas|Hrywnias|Hryvnias|Hryvnia|Hryvnja|Griwen|Hrywnja|Hrywnia|Hrywna|Griwna|UAH|(?:[Dd]änischen? |[Ss]chwedischen? |[Nn]orwegischen? |[Tt]schechischen? )?Kronen|DKK|SEK|NOK|CZK|"
             r"Forint|HUF|(?:[Tt]ürkische )?Lira|Schekel|Rupien|Won|(?:[Mm]arokkanische[n]? )?Dirham|MAD|R\$|Reais|[Bb]rasilianische[n]? Real|BRL|"
             r"Saudi-Riyal|Riyal|SAR|Rial|IRR|US\$|€|\$|£)(?![\w-])")
#: A currency named anywhere (for the currency an article is written in).
CURRENCY_WORD_RE = re.compile(rf"(?<![\w-]){_CURRENCY}")

#: "2,1 Prozent", "3,5 %", "zwischen zwei und drei Prozent", "3,5 plus 1,5 Prozent", "0,2 Prozentpunkte".
PERCENT_RE = re.compile(rf"{AMOUNT}\s*(?P<unit>Prozentpunkten?|(?:BIP-)?Prozent(?![\w-])|%)")  # also "1,6 BIP-Prozent"

#: "Zwei-Prozent-Ziel", "3,5-Prozent-Marke", "Zweiprozentziel", "Fünf-Prozent-Hürde".
PERCENT_COMPOUND_RE = re.compile(
    rf"(?<![\w.,])(?P<n>{NUMBER})(?:-Prozent-|prozent|\s?%-|\s+Prozent-|-Prozent\s+(?=(?:Ziel|Marke|Vorgabe|Grenze|Schwelle|Niveau|Quote)\w*\b))"
    rf"(?P<head>[A-ZÄÖÜa-zäöü]\w*(?:-\w+)*)", re.UNICODE  # also "des 2 Prozent-Ziels", "das Zwei-Prozent Ziel"
)
#: Heads of percent compounds that name a spending target ("-Ziel", "-Marke", "-Vorgabe").
TARGET_HEADS = ("ziel", "marke", "vorgabe", "schwelle", "grenze", "quote", "verpflichtung", "zusage", "forderung", "niveau", "idee", "plan")

#: A bare number whose unit is written only after the next one: "von 12 auf 20 Milliarden
#: Euro", "3,5 und 1,5 Prozent", "von zuvor 1,5 auf 2 Prozent" ("zwischen 2 und 3" is a range).
ELLIPSIS_RE = re.compile(
    rf"(?<!zwischen )(?P<n>{_N})(?:\s*(?P<own>{_SCALE_WORDS}))?\s+(?:auf|und|oder|bzw\.|beziehungsweise|statt|anstatt|anstelle von)\s+"
    rf"(?:(?:zuletzt|nun|jetzt|künftig|dann|inzwischen|mittlerweile|zunächst|rund|etwa|knapp|gut|über|mehr als|mindestens|bis zu)\s+){{0,2}}"
    rf"(?P<m>{_N})\s*(?:(?P<unit>Prozentpunkten?|Prozent(?![\w-])|%)|(?:{_SCALE}\s*)?{_CURRENCY}|(?P<bare_scale>{_SCALE_WORDS})(?![\w]))"
)

#: A list of bare numbers whose unit comes only after its last one: "über zwei, drei, vier oder fünf Prozent"
#: (the last two are ELLIPSIS_RE's; this gives the ones before them).
PERCENT_LIST_RE = re.compile(rf"(?P<list>(?:{_N},\s+)+){_N}\s+(?:oder|und|bis)\s+{_N}\s*(?:Prozent(?![\w-])|%)")
LIST_NUMBER_RE = re.compile(rf"(?P<n>{_N}),")

#: A noun whose number is a label, not an amount: "Einzelplan 14", "Artikel 5", "Typ 212".
LABEL_BEFORE_RE = re.compile(r"\b(?:Einzelplan|Kapitel|Artikel|Art\.|Paragraf|Paragraph|Absatz|Nummer|Nr\.|Typ|Modell|Klasse|Stufe|Phase|Los|Titel)\s+$")
#: "100 Milliarden Euro", "2,5 Mrd. €", "zwischen 50 und 60 Milliarden Dollar".
_EXTRA = r"(?:\s+(?:weitere|zusätzliche|satte|gute|knappe|ganze)[nr]?)?"  # also "eine satte Milliarde"
#: A scale in the singular: "keine zusätzliche Milliarde Franken" (the number one, denied).
SINGULAR_SCALE_RE = re.compile(r"\b(?:Milliarde|Million|Billion)\b")
MONEY_RE = re.compile(rf"{AMOUNT}{_EXTRA}\s*{_SCALE}?\s*{_CURRENCY}")
#: "100 Milliarden" with no currency after it; money only where the context says so.
MONEY_SCALE_ONLY_RE = re.compile(rf"{AMOUNT}{_EXTRA}\s*{_SCALE}(?![\w])")
#: "$ 800 Milliarden", "€100 Mio."
MONEY_SYMBOL_FIRST_RE = re.compile(rf"(?P<cur>€|\$|£)\s?(?P<n>{_N})\s*{_SCALE}?")
#: "100-Milliarden-Sondervermögen", "100-Milliarden-Euro-Paket", "Acht- bis Neun-Milliarden-Dollar-Auftrag" (a range).
MONEY_COMPOUND_RE = re.compile(
    rf"(?<![\w.,])(?:(?P<lo>{NUMBER})-\s+(?:bis|oder)\s+)?(?P<n>{NUMBER})(?:-|\s+(?=(?:Millionen|Milliarden|Billionen)\s+(?:Euro|Dollar)-))"
    rf"(?P<scale>Millionen|Milliarden|Billionen)(?:-|\s+(?=(?:Euro|Dollar)-))(?:(?P<cur>Euro|Dollar)-)?(?P<head>\w+)"
)  # also written with spaces: "aus dem 100 Milliarden Euro-Sondervermögen"

#: Words that every figure contains; the figure patterns run only in windows around them.
#: Literal alternatives only: a character class at the start ("[Pp]rozent") makes Python try
#: every alternative at every position of the text, ten times slower.
FIGURE_ANCHOR_RE = re.compile(r"Prozent|prozent|%|Euro|EUR|€|Dollar|USD|\$|Pfund|GBP|£|Franken|CHF|Rubel|Yen|Zloty|Yuan|Hrywn|Griwna|Kronen|Forint|Lira|Schekel|Rupien|Mrd|Mio|Mill\.|Mia\.|Milliarde|Million|Billion|Tausend")
#: The anchors of money amounts (a window without one holds no amount).
MONEY_ANCHOR_RE = re.compile(r"Euro|EUR|€|Dollar|USD|\$|Pfund|GBP|£|Franken|CHF|Rubel|Yen|Zloty|Yuan|Hrywn|Griwna|Kronen|Forint|Lira|Schekel|Rupien|Mrd|Mio|Mill\.|Mia\.|Milliarde|Million|Billion|Tausend")
#: Characters before and after an anchor that a figure can span.
FIGURE_WINDOW = (90, 60)

#: Qualifiers in the words before a number, and what they mean.
QUALIFIERS = (
    (re.compile(r"(?:mindestens|wenigstens|zumindest)\s*$", re.I), "at_least"),
    (re.compile(r"(?:mehr als|über|weit über|deutlich über|gut)\s*$", re.I), "more_than"),
    (re.compile(r"(?:rund|etwa|ungefähr|ca\.|circa|zirka|annähernd|gegen)\s*$", re.I), "about"),
    (re.compile(r"(?:knapp|fast|beinahe|nahezu|knapp unter)\s*$", re.I), "almost"),
    (re.compile(r"(?:bis zu|höchstens|maximal)\s*$", re.I), "at_most"),
    (re.compile(r"(?:weniger als|unter|unterhalb von)\s*$", re.I), "less_than"),
)

#: The base of a percentage, in the words right after "Prozent".
GDP_BASE_RE = re.compile(
    r"^[\s\"'(„“”»«]*(?:des|der|ihres|ihrer|seines|seiner|unseres|eines|vom|am|gemessen am|im Verhältnis zum|ihrer jeweiligen|ihres jeweiligen)?"
    r"\s*(?:[\wäöüß]+\s+){0,4}?"  # adjectives and phrases: "jeweiligen", "für dieses Jahr erwarteten"
    r"(?:BIPs?|Bruttoinlands?produkt\w*|Wirtschaftsleistung|Wirtschaftskraft|Bruttosozialprodukt\w*|BNE)\b"
)
BUDGET_BASE_RE = re.compile(
    r"^[\s\"'()„“”»«]*(?:des|der|ihres|ihrer|seines|seiner|vom|am|aller)?\s*(?:gesamten\s+|jeweiligen\s+|nationalen\s+|öffentlichen\s+|staatlichen\s+|föderalen\s+)?"
    r"(?:[a-zäöü][\w-]*(?:en|er)\s+)?"  # "des russischen Bundeshaushalts", "der gesamten staatlichen Ausgaben"
    r"(?:Staatshaushalt\w*|Bundeshaushalt\w*|Föderationshaushalt\w*|Haushalt(?!e\b)\w*|Staatsbudget\w*|Budget\w*|Etat\w*|Staatsausgaben|Gesamtausgaben|"
    r"Regierungsausgaben|Bundesausgaben|Föderationsausgaben|Ausgaben)\b"
    # the money of a defence budget or fund: "etwa 60 % der vorgesehenen Mittel", "95 Prozent der Mittel aus dem Sondervermögen"
    r"|^\s*(?:der|des|ihrer|seiner)\s+(?:(?:vorgesehenen|verfügbaren|zusätzlichen|bereitgestellten|bewilligten|geplanten|eingeplanten)\s+)?"
    r"(?:Mittel|Gelder|Sondervermögens|Wehretats?|Verteidigungs(?:haushalts?|budgets?|etats?|ausgaben)|Militär(?:haushalts?|budgets?|etats?|ausgaben))\b"
)
#: A sentence that splits a budget into shares: "Den größten Brocken des Budgets betrifft beim Militär mit knapp 45
#: Prozent das Personal, gefolgt von Investitionen (31,4 Prozent)".
BUDGET_SHARES_SENTENCE_RE = re.compile(
    r"\b(?:Brocken|Anteil|Anteile|Löwenanteil|Posten)\s+(?:des|der|am|an|im)\s+(?:\w+\s+)?(?:Budget|Haushalt|Etat|Mittel|Ausgaben|Wehretat|"
    r"Verteidigungs(?:haushalt|budget|etat)|Militär(?:haushalt|budget|etat))\w*"
)
#: A GDP word shortly before the figure: "ein BIP-Anteil von 2 Prozent", "Anteil am BIP von 1,5 Prozent".
GDP_BEFORE_RE = re.compile(r"(?:BIP|Bruttoinlands?produkt\w*|Wirtschaftsleistung)\W+(?:\w+\W+){0,6}$")
#: "Gemessen am Bruttoinlandsprodukt ...", "gemessen an der Wirtschaftsleistung": every bare
#: percentage of the sentence is a share of GDP.
GDP_SENTENCE_RE = re.compile(r"gemessen a[nm]\s+(?:de[mr]\s+)?(?:\w+\s+)?(?:BIP|Bruttoinlands?produkt|Wirtschaftsleistung)", re.I)
#: NATO's target named before the figure: "das Nato-Ziel von zwei Prozent", "Ziel von 5 %".
TARGET_BEFORE_RE = re.compile(r"(?:Nato-|NATO-|Bündnis-)?(?:Ziel|Zielmarke|Richtwert|Vorgabe)\w*\s+(?:von\s+)?(?:mindestens\s+|rund\s+)?$", re.I)
#: "X Prozent auszugeben / auszugeben": a share of spending, NATO's convention says of GDP.
SPENDING_SHARE_AFTER_RE = re.compile(r"^\s*(?:\w+\s+){0,4}?(?:aus(?:zu)?geben|ausgibt|ausgeben|investieren|aufwenden|aufzuwenden|bereitzustellen|bereitstellen)\b", re.I)
#: "5 Prozent für (die) Verteidigung ausgeben": NATO's share-of-GDP convention.
DEFENCE_SHARE_RE = re.compile(
    r"^\s*(?:(?:ihres\s+\w+\s+|seines\s+\w+\s+)?(?:für|in)\s+(?:die\s+|das\s+|ihre\s+|seine\s+)?"
    r"(?:Verteidigung|Rüstung|Militär|Streitkräfte|Armee|Verteidigungsausgaben|Sicherheit und Verteidigung|Verteidigungszwecke|"
    r"Kernverteidigung\w*|Kern-Verteidigung\w*|(?:verteidigungs|sicherheits|militärisch )relevante\w*|Verteidigung und Sicherheit|"
    r"die (?:Verteidigung|Sicherheit)|Infrastruktur)\b"
    r"|(?:Verteidigungsausgaben|Militärausgaben|Rüstungsausgaben|für Verteidigungsausgaben|Kernverteidigungsausgaben|"
    r"(?:in|für) (?:direkte |reine |klassische |harte )?(?:Militär|Verteidigungs)\w*|verteidigungsrelevante\w*)\b)"
)
#: A defence-spending noun just before the figure: "Erhöhung der Verteidigungsausgaben auf zwei Prozent".
DEFENCE_SPENDING_BEFORE_RE = re.compile(
    r"(?:Verteidigungsausgaben|Militärausgaben|Rüstungsausgaben|Verteidigungsetat\w*|Wehretat\w*|Militäretat\w*|Verteidigungsquote|Nato-Quote)\s+(?:\w+\s+){0,3}(?:auf|bei|von)\s+(?:\w+\s+)?$"
)

#: Defence spending named further back, before a level it is raised to: "die Verteidigungsausgaben im
#: kommenden Parlament, das spätestens 2029 beginnen wird, auf 3 % zu erhöhen" (with RAISE_AFTER_RE).
DEFENCE_SPENDING_FAR_BEFORE_RE = re.compile(
    r"(?:Verteidigungsausgaben|Militärausgaben|Rüstungsausgaben|Verteidigungsetat\w*|Wehretat\w*|Militäretat\w*)\s+(?:[\w,]+\s+){0,10}auf\s+(?:\w+\s+)?$"
)
RAISE_AFTER_RE = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:zu\s+)?(?:erhöhen|steigern|anheben|anzuheben|aufzustocken|aufstocken|erhöht|steigen|anwachsen)\b")

#: Words that make a sentence about defence or military spending (case-insensitive). Word
#: starts only: "rüstung" inside "Schutzausrüstung" or "nato" inside "Senator" do not count.
#: The vocabulary of 2024-26 coverage: armed forces, weapon systems and their names,
#: procurement of armed forces, military aid and the EU's and NATO's defence programmes.
DEFENCE_TERMS = (
    # armed forces, budgets and the alliance
    "verteidigung", "militär", "rüstung", "bundeswehr", "bundesheer", "streitkräfte", "armee", "wehretat", "wehrhaushalt",
    "wehrausgaben", "wehrbeschaffung", "wehrpflicht", "wehrdienst", "soldat", "reservist", "nato", "pentagon", "truppe",
    "kernverteidigung", "luftwaffe", "marine\\b(?! le pen)", "heer\\b", "heeres", "einzelplan 14", "zwei-prozent-ziel",
    "fliegerhorst", "kaserne", "militärbasis", "stützpunkt", "truppenübungsplatz", "kriegführung", "kriegsführung",
    "kriegskosten", "kriegsausgaben", "kriegsbudget", "kampftag", "sicherheit und verteidigung",
    "schutzschild ost", "east shield", "ostschild", "grenzbefestigung", "befestigungsanlage",
    # military sites: "der Marinestandort Wilhelmshaven, wo mehr als 1,6 Milliarden Euro investiert werden"
    "marinest", "marineanlage", "marinebasis", "marinearsenal", "munitionsdepot", "militärflugplatz", "militärhafen",
    "abfangrakete", "flugabwehrrakete", "\\w+-abfangrakete",
    # weapons and systems
    "waffen(?!stillstand|ruhe|gewalt|schein|besitz|gesetz|recht|brüder|bruder|händler|handel|verbot|lobby|narr|kontroll|arsenal der)",
    "munition", "panzer(?!kette|glas|knacker|schrank|tür)", "luftabwehr", "raketenabwehr", "flugabwehr", "drohnenabwehr",
    "luftverteidigung", "kampfjet", "kampfflugzeug", "kampfdrohne", "militärdrohne", "kampfhubschrauber", "kriegsschiff",
    "kampfschiff", "fregatte", "korvette", "u-boot", "zerstörer", "artillerie", "haubitze", "raketenwerfer",
    "marschflugkörper", "lenkflugkörper", "abfangjäger", "seefernaufklärer", "militärsatellit", "aufklärungssatellit",
    "kampfbekleidung", "brigade", "bataillon", "regiment", "geschwader", "bmvg\\b", "aufrüstung",
    # weapon systems by name
    "eurofighter", "f-35", "f-16", "f-18", "tornado-", "rafale", "gripen", "p-8", "poseidon", "chinook", "ch-47", "nh90",
    "patriot(?!s\\b|en\\b|in)", "iris-t", "arrow 3", "arrow-3", "skyranger", "taurus", "leopard[- ]?[12]", "gepard-", "puma-",
    "boxer-", "pzh 2000", "himars", "atacms", "storm shadow", "tomahawk", "heron tp", "eurodrohne", "f126", "f127", "f125", "k130",
    "mks 180", "u212", "f-12[5-7]", "f 12[5-7]\\b", "golden dome", "iron dome", "raketenschild",
    # military aid and defence programmes
    "waffenlieferung", "waffenhilfe", "militärhilfe", "militärische unterstützung", "militärische hilfe",
    "ertüchtigungsinitiative", "friedensfazilität", "safe-(?:programm|kredit|instrument|verordnung|mittel|darlehen|initiative|fonds|topf)",
    "safe\\b(?=\\W+(?:programm|instrument|initiative|kredit|darlehen|security action))", "security action for europe",
    "\\w*(?:programm|instrument|initiative)\\w* (?:namens )?safe\\b", "rearm europe", "re-arm europe", "wiederbewaffnung", "readiness 2030", "edip\\b",
    "verteidigungsfonds", "rüstungsfonds", "purl\\b", "eda\\b", "sicherheitsunterstützung", "sicherheitshilfe",
    "uavs?\\b", "drohnen\\b",
)
#: Defence ministers of 2024-26 by name: money they spend, invest or plan is defence money
#: ("Pistorius will 35 Milliarden Euro in die Sicherheit im All investieren").
DEFENCE_MINISTERS = (
    "pistorius", "hegseth", "healey", "lecornu", "vautrin", "crosetto", "robles", "kosiniak-kamysz", "beloussow", "belousow",
    "schoigu", "tanner", "brekelmans", "umjerow", "umerov", "schmyhal", "pevkur", "sprūds", "šakalienė",
)
DEFENCE_MINISTER_RE = FoldedRegex(r"\b(?:" + "|".join(DEFENCE_MINISTERS) + r")\b")
#: NATO's target named right after a percentage: "mit dem 5 Prozent NATO-Ziel".
NATO_TARGET_AFTER_RE = re.compile(r"\s*(?:des\s+BIP\s+)?(?:Nato|NATO)-(?:Ziel|Zielmarke|Zielvorgabe|Vorgabe|Marke|Quote)\w*")
#: A meeting's place before a state: "auf dem Treffen der NATO-Außenminister in der Türkei", "beim Gipfel in Den Haag".
MEETING_PLACE_BEFORE_RE = re.compile(r"\b(?:Treffen|Gipfel|Gipfeltreffen|Konferenz|Tagung|Sitzung|Besuch)\w*\s+(?:[\w-]+\s+){0,5}?(?:in|im)\s+(?:der\s+|den\s+)?$")
#: Forces of one state based in another: "für die Brigade in Litauen", "die US-Truppen in Deutschland" (a place).
DEPLOYED_IN_BEFORE_RE = re.compile(
    r"\b(?:\w*[Bb]rigade|\w*[Tt]ruppen|Soldaten|Stationierung|\w*[Ss]tützpunkt\w*|Kaserne\w*|Militärbasis|Basis|\w*[Kk]ontingent\w*|"
    r"Bataillon\w*|\w*[Vv]erband|\w*[Vv]erbände)\s+(?:in|nach)\s+(?:der\s+|den\s+|dem\s+)?$"
)
DEFENCE_MINISTER_ROLE_RE = re.compile(r"(?:Verteidigungs|Wehr|Kriegs)minister(?:in)?\b")
#: A break of the clause between a figure and a state named after it: "wird über zehn Milliarden kosten - allerdings
#: übernimmt davon Litauen einen Teil".
CLAUSE_BREAK_RE = re.compile(r"\s[-–—]\s|[,;:]|\b(?:allerdings|aber|jedoch|doch)\b")
#: What a defence minister does with money besides the budget words: demands, plans, receives.
MINISTER_MONEY_RE = FoldedRegex(r"\b(?:forder\w*|gefordert|verlang\w*|will|wollen|plant|beantrag\w*|erhält|erhalten|bekommt|bekommen|mehr|unterstützung|aufgestockt)\b")
#: Defence words that also count inside a compound ("Rekordverteidigungshaushalt",
#: "Aufrüstungsfonds", "Landesverteidigung"): their stems are never part of other words.
DEFENCE_COMPOUND_PARTS = (
    "verteidigungs(?:haushalt|budget|ausgaben|etat|minister|ministerium|fähig|industrie|investition|fonds|güter|politik|bereitschaft)",
    "militär(?:ausgaben|haushalt|budget|hilfe)", "rüstungs(?:ausgaben|projekt|fonds|güter|industrie|konzern|vorhaben)",
    "wehr(?:etat|haushalt|budget)", "landesverteidigung", "luftverteidigung", "kampfjet", "kampfflugzeug",
    "kriegsflugzeug", "kampfpanzer", "kampfschiff", "kriegsschiff", "fregatte", "korvette", "eurofighter",
)
#: The literal beginnings of the defence words (a quick upper bound of how many an article has).
DEFENCE_TERM_STEMS = tuple(sorted({re.split(r"[(\\[]", term)[0] for term in DEFENCE_TERMS + DEFENCE_COMPOUND_PARTS if re.split(r"[(\\[]", term)[0]}))
DEFENCE_TERMS_RE = FoldedRegex(
    r"\b(?:" + "|".join(DEFENCE_TERMS) + r")\w*|(?:" + "|".join(DEFENCE_COMPOUND_PARTS) + r")\w*",
)
#: NATO or defence itself, as context for a target compound in a later sentence.
NATO_OR_DEFENCE_RE = FoldedRegex(r"\bnato\w*|\bverteidigung\w*|\bmilitärausgaben|\bbündnis(?! sahra| 90|grüne)\w*|\ballianz(?! für)\w*")

#: Words of defence money that tie an amount to defence when its surroundings are about
#: defence ("die erste Tranche ist 880 Millionen Euro wert" in an article about an
#: ammunition order): procurement, contracts, aid packages and pledges.
PROCUREMENT_WORDS = (
    "auftrag", "aufträge", "rahmenvertr", "vertrag", "verträge", "bestell", "beschaff", "anschaff", "ankauf",
    "rüstungsprojekt", "rüstungsvorhaben", "beschaffungsvorhaben", "tranche", "stückpreis", "auftragswert",
    "auftragsvolumen", "deal", "kaufvertrag", "kaufpreis", "kauf von", "kauf der", "kauf des", "waffenkäufe",
)
AID_WORDS = (
    "hilfspaket", "unterstützungspaket", "waffenpaket", "militärpaket", "paket", "zusage", "zugesagt", "ramstein",
    "purl", "ukraine-hilfe", "lieferung", "lieferungen", "beisteuer", "steuerte", "beitrag", "beiträge",
    "zugesichert", "zusicher", "hauptgeber", "geberl", "geber\\b",
)
#: Generic words of spending: they tie an amount to defence only when the sentence before,
#: the paragraph or the headline speaks of defence money itself (``DEFENCE_BUDGET_TERMS_RE``).
BUDGET_WORDS = (
    "etat", "haushalt", "budget", "ausgaben", "mittel", "sondervermögen", "einzelplan", "finanzierung", "investition",
    "investier", "bereitgestellt", "bereitstell", "bewilligt", "freigegeben", "aufgestockt", "aufstock", "gemeldet",
    "ausgegeben", "ausgeben", "stecken", "steckt", "summe", "betrag", "volumen", "im wert von", "im umfang von",
    "milliardenpaket", "kosten", "kostet", "programm", "projekt", "kauf", "käufe", "gekauft", "erwerb",
    "zur verfügung", "vorgesehen", "eingeplant", "veranschlagt", "antrag", "anträge", "beantragt", "fließen", "flossen",
    "fließt", "floss", "locker gemacht", "lockermachen", "mobilisier", "nötig", "benötigt", "notwendig", "erforderlich",
    "erfordern", "gab", "gaben", "ausgibt", "verpflichtungsermächtigung", "plus von", "mehrausgaben", "mehrkosten",
    "gesamtkosten", "gesamtvolumen", "fonds", "darlehen", "kredite", "ausgabe", "posten", "ansatz", "zuweisung",
    "zahlungsrahmen", "bereitsteh", "kernhaushalt", "bedarf", "angemeldet", "planung", "schätzung", "geschätzt",
    "ausbau", "ausgebaut", "finanziert", "verplant", "überwiesen", "anzahlung",
    # gaps and prices: "steigt die Deckungslücke auf über 74 Milliarden", "einen Fixpreis von sechs Milliarden"
    "finanzierungslücke", "deckungslücke", "loch", "fehlen", "fehlt", "verpflichtungen", "baukosten", "betriebskosten", "fixpreis", "festpreis", "kaufpreis",
)
#: Defence money itself, as the topic of a paragraph or headline.
DEFENCE_BUDGET_TERMS_RE = FoldedRegex(
    r"\b(?:verteidigungs|militär|rüstungs|wehr)(?:ausgaben|haushalt\w*|etat\w*|budget\w*|hilfe\w*|investition\w*)|"
    r"\bwehretat\w*|einzelplan 14|sondervermögen\w* (?:für die |der )?bundeswehr|bundeswehr-sondervermögen|"
    r"\bkernverteidigung\w*|verteidigungsrelevante\w*|\w+-prozent-ziel\w*|\w*prozentziel\w*|militärische\w* aufrüstung|aufrüstung der (?:bundeswehr|armee|streitkräfte)|"
    r"(?:armee|heeres|bundesheer|landesverteidigungs)budget\w*|(?:budget|etat|haushalt)\w* (?:des|der|für das|für die) (?:heeres|bundesheers?|armee|streitkräfte|bundeswehr|militärs?|verteidigung)|"
    r"(?:budget|haushalt) für (?:die )?nationale sicherheit|\bsafe-(?:programm|kredit|instrument|verordnung|mittel|darlehen|initiative|fonds|topf)\w*|\bsafe\b(?=\W+(?:programm|instrument|initiative|kredit|darlehen|security action))|security action for europe|(?:programm|instrument|initiative)\w* (?:namens )?safe\b|rearm europe|verteidigungsinvestition\w*|"
    r"\brüstungsprojekt\w*|\bmilitärhilfe\w*|waffenlieferung\w*|\bwaffenhilfe|\barmeebotschaft\w*|\brüstungsprogramm\w*|"
    r"wiederbewaffnung\w*|aufrüstung europas|verteidigungsminister\w*[^.!?\n]{0,60}\b(?:budget|etat|haushalt)\w*|"
    # the EU's programmes for arms makers: "ein Programm zur Förderung der Rüstungsindustrie", EDIP, the European Defence Fund
    r"programm\w* (?:zur|für die|für) (?:\w+ ){0,3}(?:rüstungs|verteidigungs)\w*|\bedip\b|\bedirpa\b|verteidigungsindustrieprogramm\w*|"
    r"europäische\w* verteidigungsfonds|verteidigungsfonds\w*|"
    # military construction: "die militärische Infrastruktur", "Die Ausgaben für Baumaßnahmen bei der Bundeswehr",
    # "die Bauausgaben des Bundes an hessischen Bundeswehrstandorten"
    r"militärische\w* infrastruktur\w*|\w*ausgaben (?:\w+ ){0,3}(?:der|des|bei der|für die|an) (?:\w+ )?(?:bundeswehr\w*|armee|streitkräfte|bundesheer\w*)|"
    r"\b(?:bau\w*|investition\w*|baumaßnahme\w*) (?:\w+ ){0,4}(?:der|des|bei der|für die|an|in den|in die) (?:\w+ )?(?:bundeswehr\w*|armee|streitkräfte|bundesheer\w*|kasernen?)\b",
)
#: Words one of which every match of ``DEFENCE_BUDGET_TERMS_RE`` holds (to find them fast).
DEFENCE_BUDGET_LITERALS = (
    "verteidigung", "militär", "rüstung", "wehr", "einzelplan", "bundeswehr", "prozent-ziel", "prozentziel", "heeres",
    "bundesheer", "armee", "streitkräfte", "nationale sicherheit", "safe", "security action", "rearm", "waffenlieferung",
    "waffenhilfe", "wiederbewaffnung", "aufrüstung europas", "edip", "edirpa", "kaserne",
)
#: "eine Milliarde an zusätzlicher Militärhilfe": an amount of aid, so money.
AID_NOUN_AFTER_RE = re.compile(r"\s*an\s+(?:\w+\s+)?(?:Militärhilfe|Waffenhilfe|Rüstungshilfe|Hilfe|Unterstützung|Finanzhilfe)\b")
#: Verbs and nouns of spending that make an amount without a currency money.
SPENDING_WORDS_RE = re.compile(
    r"\b(?:ausgeben|ausgegeben|gibt|geben|gab|gaben|investier\w*|Investition\w*|bereitstell\w*|bereitgestellt|"
    r"kost\w*|\w*[Kk]osten|\w*(?:ierungs|ckungs)lücke|Fixpreis|Festpreis|Kaufpreis|zahl\w*|gezahlt|Budget\w*|Etat\w*|Haushalt\w*|Mittel|Sondervermögen\w*|finanzier\w*|"
    r"zusag\w*|zugesagt|bewillig\w*|aufstock\w*|aufgestockt|Auftr\w*|bestell\w*|Wert|Paket\w*|stecken|steckt)\b",
    re.I,
)
PROCUREMENT_WORDS_RE = FoldedRegex(r"\b(?:" + "|".join(PROCUREMENT_WORDS) + r")\w*")
AID_WORDS_RE = FoldedRegex(r"\b(?:" + "|".join(AID_WORDS) + r")\w*")
BUDGET_WORDS_RE = FoldedRegex(r"\b(?:" + "|".join(BUDGET_WORDS) + r")\w*")
#: A sentence that gives a level in money without a word of spending: "In diesem Jahr geht es von 51,95
#: Milliarden auf 62,43 Milliarden Euro nach oben", a list of years ("2026: 82,7 Milliarden Euro; 2027: ...").
#: Between the two ends of a range of amounts: "650 Millionen bis 1,3 Milliarden Dollar", "zwischen 1,7 Milliarden und 5,5 Milliarden".
RANGE_BETWEEN_RE = re.compile(r"\s+(?:bis(?:\s+zu)?|und)\s+")
RANGE_START_BEFORE_RE = re.compile(r"\bzwischen\s+$")
MONEY_LEVEL_SHAPE_RE = re.compile(
    r"\bvon\s+(?:zuvor\s+|rund\s+|knapp\s+|etwa\s+|aktuell\s+|derzeit\s+|heute\s+)?\d[\d.,]*\s*(?:Milliarden|Millionen|Billionen|Mrd\.?|Mio\.?)?\s*(?:Euro|Dollar|US-Dollar)?\s+"
    r"auf\s+(?:rund\s+|knapp\s+|etwa\s+|über\s+)?\d|\b(?:19|20)\d\d:\s*\d"
)
#: Weapons and equipment: an amount for them is procurement.
WEAPON_SYSTEMS_RE = FoldedRegex(
    r"\b(?:waffen\w*|munition\w*|panzer\w*|kampfjet\w*|kampfflugzeug\w*|fregatte\w*|korvette\w*|u-boot\w*|drohne\w*|"
    r"raketen\w*|haubitze\w*|artillerie\w*|luftabwehr\w*|flugabwehr\w*|luftverteidigung\w*|eurofighter|f-35|patriot\w*|"
    r"iris-t|taurus|leopard[- ]?[12]\w*|hubschrauber\w*|satellit\w*|marschflugkörper\w*|systeme?|schiff\w*|boote?|flugzeug\w*|"
    r"jets?|fahrzeug\w*|lenkflugkörper\w*|abfangjäger\w*|seefernaufklärer\w*|triebwerk\w*|radar\w*|gewehr\w*|"
    r"granate\w*|bomben?|torpedo\w*|skyranger|boxer-\w+|radpanzer\w*|p-8\w*|poseidon|eurofighter|f-35|f126|f127|golden dome|"
    r"raketenabwehr\w*|raketenschild\w*|iron dome|arrow\s?3|rakete|\w+raketen?|\w+-abfangraketen?)\b",  # "eine iranische Rakete", "SM-3-Abfangraketen"
)
#: Military aid as such (for the ``aid`` category).
MILITARY_AID_RE = FoldedRegex(
    r"militärhilfe\w*|waffenhilfe|waffenliefer\w*|waffenpaket\w*|rüstungshilfe|militärische\w* (?:unterstützung|hilfe)|"
    r"ertüchtigungsinitiative|ramstein|purl\b|(?:hilfs|unterstützungs|militär)paket\w*|\bzusagen? der verbündeten",
)

#: What a figure is about when it is not defence spending; the nearer of this and a defence
#: word decides. Stems that are never part of a defence word match anywhere
#: ("Staatsverschuldung", "Wirtschaftswachstum"); the others only as word starts
#: ("Steuer" but not "beisteuern", "Gericht" but not "eingerichtet", "Berufung" but not
#: "Einberufung").
OTHER_TOPIC_STEMS = (
    "verschuldung", "defizit", "wachstum", "konjunktur", "inflation(?!s-?bereinigt|sbedingt)", "(?<!plus )(?<!zuzüglich )(?<!inklusive )teuerung(?!sbedingt|sbereinigt| (?:zu )?(?:bezahlen|decken|ausgleichen))", "arbeitslos", "umfrage", "infektion",
    "inzidenz", "corona", "pandemie", "wiederaufbau", "kurzarbeit", "shutdown", "lockdown", "tagessätze", "entschädigung",
    "humanitär", "zivilschutz", "bevölkerungsschutz", "katastrophenschutz", "hochwasser", "flutopfer", "fluthilfe",
    "kopfgeld", "lösegeld", "veruntreu", "zweckentfremd", "unterschlag", "korruption", "bestechung", "geldbuße", "bußgeld",
    "auslandshilfe", "entwicklungshilfe", "entwicklungszusammenarbeit", "gegengeschäft", "agrar", "volkswirtschaftliche kosten",
    "orderbuch", "orderbüch",
    "dividende", "auftragsbestand", "auftragsbuch", "auftragseingang", "kursziel", "hilfswerk", "unrwa", "unicef",
    "welternährungsprogramm", "hilfsorganisation", "hilfsgeld", "entwicklungshilfe", "finanzhilfe", "budgethilfe",
    "haushaltshilfe", "wirtschaftshilfe", "katastrophenhilfe", "klimawandel", "klimaschutz", "geflüchtet", "flüchtling",
    "konsole", "abonnement", "infrastruktur-sondervermögen", "investitionssondervermögen", "munitionsräumung",
    "kampfmittelräumung", "kampfmittelbeseitigung", "blindgänger", "altlasten", "frei von munition", "schutzmasken", "masken", "impfzentr", "impfstoff", "home-office", "homeoffice", "pendlerpauschale",
    "ffp2", "atemschutz", "schutzausrüstung", "beatmungsgerät", "impfstoff", "testkits", "rettungspaket", "verlust",
    "sondervermögen (?:für (?:die )?)?(?:investitionen|infrastruktur)", "sondervermögens? infrastruktur",
    "entwicklungsprogramm", "entwicklungszusammenarbeit", "haushaltslücke", "deckungslücke", "transformationsfonds",
    "nicht-militär", "nichtmilitär", "staatsschuld", "sozialschutz", "soziale unterstützung", "sozialausgaben", "sozialleistung",
    "gegengeschäft", "sachschaden", "sachschäden", "als geheim", "entwicklungsarbeit", "kreditaufnahme", "bundesschuld", "schuldendienst", "sicherheit und exekutive", "sicherheit und strafverfolgung",
    # civil ministries named as the budget's owner: "Der größte Haushaltsposten ist ... der des Bundesarbeitsministeriums"
    "bundesarbeitsministeri", "arbeitsministeri", "sozialministeri", "gesundheitsministeri", "bildungsministeri",
    "familienministeri", "verkehrsministeri", "bauministeri", "landwirtschaftsministeri", "umweltministeri",
    "investitionsstau", "sozialversicherung",
)
OTHER_TOPIC_WORDS = (
    "schulden", "zins", "rendite", "befragt", "wähler", "impf", "steuer(?!te\\b|ten\\b|t\\b)", "gewinn(?!en\\b|t\\b)", "dax\\b(?!-konzern)", "miete", "lohn",
    "löhne", "gehalt", "gehälter", "rente", "strafe", "gericht", "berufung", "anklage", "urteil", "verteidiger",
    "schäden", "schaden", "belohnung", "betrugs", "betrüger", "kaution", "analyst", "spende", "bargeld", "berater", "spiel\\b",
    "spiels\\b", "game\\b", "ticket", "eintritt", "abo\\b", "kunden", "verbraucher", "steam\\b", "xbox", "nintendo",
    "zivile[nr]? (?:hilfe|unterstützung|zwecke|projekte|infrastruktur|güter|nutzung)", "für zivile", "sold\\b",
    "besoldung", "wehrsold", "vergütung", "im monat", "polizei", "einnahmen", "diesen artikel", "artikel erwerben",
    "anfangssold", "netto\\b", "verdien", "arbeit und soziales", "soziales\\b", "erwerbslos", "arbeitslos",
    # the civil chapters of a budget, named beside defence: "Für Bildung sind 20 Milliarden Euro vorgesehen"
    "bildung", "gesundheit", "verkehr", "schiene", "straßen", "autobahn", "bürgergeld", "kindergeld", "elterngeld",
    "familie", "landwirtschaft", "kita", "schulen", "hochschul", "wohnungsbau", "krankenh", "pflege", "kultur\\b",
    "zahlungen an bürger", "pro person\\b",  # "die Zahlungen an Bürger von 600 auf 2.000 US-Dollar pro Person"
    "zoll\\b", "zölle", "finanzielle[nr]? hilfe", "finanzieller hilfe",
)
#: People's pay: another topic even when a defence word follows ("2.000 Euro netto für Wehrdienstleistende").
PAY_RE = FoldedRegex(r"(?:\w*sold|verdien|besoldung|vergütung|gehalt|gehälter|lohn|löhne|netto|brutto|im monat)\w*")
#: Loans: another topic, unless the paragraph speaks of defence money ("Kredite" of the EU's
#: SAFE programme for arms projects).
LOAN_WORDS = ("kredit(?!aufnahme)", "darlehen", "anleihe")  # a state's own borrowing (Kreditaufnahme) is debt, not a loan
def _other_topics_re(words: tuple[str, ...]) -> FoldedRegex:
    return FoldedRegex(r"(?:" + "|".join(OTHER_TOPIC_STEMS) + r")\w*|\b(?:" + "|".join(words) + r")\w*")


NOT_DEFENCE_RE = _other_topics_re(OTHER_TOPIC_WORDS + LOAN_WORDS)
LOAN_RE = FoldedRegex(r"\b(?:" + "|".join(LOAN_WORDS) + r")\w*")
#: The same without loans, for amounts in Franken: in Swiss budgets a "Kredit" is an appropriation ("beantragt nur einen
#: 394-Millionen-Franken-Kredit", "Verpflichtungskredit", "Zusatzkredit"), not a loan.
NOT_DEFENCE_SWISS_RE = _other_topics_re(OTHER_TOPIC_WORDS)
#: A word of another topic that is itself about defence: "Kredite für Rüstungsprojekte",
#: "Schulden für die Bundeswehr" (the words after it, up to the defence word).
QUALIFIED_BY_DEFENCE_RE = re.compile(r"\w*\s+(?:(?:für|zur|zum|zugunsten|der|des|an|in)\s+)?(?:\w+\s+){0,2}?(?=\S)", re.I)

#: A limit in a rule rather than money spent: approval thresholds, the debt brake's exemption.
THRESHOLD_RE = FoldedRegex(
    r"zustimmungspflichtig|zustimmen muss|vorlagen? (?:ab|über) (?:\d|einem|einen)|beteiligungsgrenze|wertgrenze|vorlagegrenze|genehmigungsgrenze|"
    r"(?:teurer als|mindestens|\bab|oberhalb von|von mehr als) 25 (?:millionen|mio\.?) euro|25 (?:millionen|mio\.?) euro oder (?:teurer|mehr)|\boder mehr\b.*\b(?:zur zustimmung|vorgelegt|vorlegen)|\bab einem (?:volumen|wert|betrag|auftragswert) von\b.*\b(?:zustimm|genehmig|billig|befass)",
)
#: Right after an amount, a civil purpose: "500 Milliarden Euro für Straßen und Schulen" (even beside defence words).
CIVIL_PURPOSE_AFTER_RE = re.compile(
    r"\s*(?:\w+\s+)?(?:für|in)\s+(?:die\s+|den\s+)?(?:Straßen|Schulen|Brücken|Schienen|Kitas|Krankenhäuser|Kliniken|Wohnungen|Bahn|Klimaschutz)\b")
#: "X, davon Y für die Verteidigung": X is the total that Y is part of.
PART_FOLLOWS_RE = re.compile(r"\s*(?:\w+\s*)?,\s*(?:davon|darunter|wovon|von denen)\b", re.I)
#: The part names defence as its purpose ("davon 495 Milliarden für die Verteidigung"): the total holds other money.
#: A part for one item ("davon 13,6 Millionen Euro für Infrastrukturmaßnahmen für die Hubschrauber") says nothing of the total.
DEFENCE_PART_RE = re.compile(r"\s*(?:\w+\s*)?,\s*(?:davon|darunter|wovon|von denen)\b[^.;]{0,80}?\b(?:für|in|auf)\s+(?:die\s+|den\s+|das\s+)?"
                             r"(?:\w+\s+(?:der|des)\s+)?(?:Verteidigung|Bundeswehr|Rüstung|Militär|Armee|Streitkräfte|Bundesheer|Sicherheit|Aufrüstung)\w*", re.I)
#: Words around a percentage that make it the debt brake's limit: "Ausgaben oberhalb von einem
#: Prozent des BIP werden ausgenommen", "die ein Prozent des BIP überschreiten, dürfen ... Kredite".
THRESHOLD_BEFORE_RE = re.compile(r"(?:oberhalb|jenseits|über|mehr als|ab)\s+(?:von\s+)?(?:einem\s+|eins\s+)?$|\bab\s+(?:einem\s+Wert\s+von\s+|einer\s+Höhe\s+(?:von|entsprechend)\s+)?$|\babzüglich\s+$", re.I)
THRESHOLD_NEAR_RE = FoldedRegex(
    r"schuldenbremse|schuldenregel|ausgenommen|ausnehmen|ausnahme|kreditfinanzier|kredite aufgenommen|dürfen künftig kredite|"
    r"kreditobergrenze|kreditgrenze|deckel|kreditaufnahme|herausgerechnet|herausrechn|mehr schulden|schulden machen"
)
#: "die über ein Prozent des BIP liegen": a line drawn in a rule (with a value of 1 and GDP after it).
#: A raise to a level, not a line in a rule: "ein Ausbau des Armeebudgets auf mehr als 1 Prozent des BIP bis 2035".
RAISE_TO_BEFORE_RE = re.compile(r"\b(?:auf|bis\s+zu)\s+(?:über|mehr\s+als)\s+$", re.I)
OVER_ONE_PERCENT_BEFORE_RE = re.compile(r"\b(?:über|oberhalb(?:\s+von)?|jenseits(?:\s+von)?|mehr\s+als)\s+$", re.I)
THRESHOLD_AFTER_RE = re.compile(r"^\s*(?:[^\s.;:]+\s+){0,6}?(?:überschreiten|übersteigen|überschreitet|übersteigt)\b", re.I)

#: Aid or money of all kinds together ("alle Hilfen für die Ukraine", "bilaterale Hilfen",
#: credits, funding gaps): not defence money by the article's topic alone.
GENERAL_AID_RE = FoldedRegex(r"\b(?:hilfen|hilfe für die ukraine|finanzielle\w* hilfe|bilaterale\w* hilfe|kredit|überbrückung|darlehen|finanzlücke|lücke)\w*")
#: A word of a list line (for counting how much text is around its figures).
#: A line that is an item of a list: "- 125 Mio. EUR aus Dänemark", "• Norwegen: 50 Millionen".
BULLET_LINE_RE = re.compile(r"[ \t]*[-•–*▪·][ \t]")
#: Arms makers or weapons named with money in a list's intro: "Finanzierungsmodell für die ukrainische Verteidigungsindustrie".
ARMS_MONEY_INTRO_RE = re.compile(r"(?:Verteidigungs|Rüstungs)industrie|Waffen\w*|Militär\w*|militärisch\w*")
#: An intro and the first item of its list on one line: "Zu den Quellen gehören: - 125 Mio. EUR aus Dänemark".
INTRO_THEN_ITEM_RE = re.compile(r":[ \t]+[-•–*▪·][ \t]")
#: Ukraine named: a list about it is one of aid.
UKRAINE_RE = re.compile(r"\b(?:Ukraine|ukrainisch\w*|Kiew|Kyjiw)")
LIST_WORD_RE = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
#: Overall budgets that merely include defence: an amount next to one of these is the total.
BUDGET_TOTAL_RE = FoldedRegex(
    r"\b(?:bundeshaushalt\w*|gesamthaushalt\w*|haushaltsvolumen|etatvolumen|gesamtetat\w*|staatshaushalt\w*|rekordhaushalt\w*|"
    r"gesamtausgaben|haushalt \d{4}|haushaltsentwurf\w*|etat des bundes|gesamten? ausgaben|ausgaben des bundes|"
    r"bundesausgaben|insgesamt\s+(?:\w+\s+){0,3}?ausgaben|haushaltsausgaben\w* insgesamt|ausgaben insgesamt)",
)
#: An addition, not a total: "weitere 2,8 Milliarden Euro".
ADDITION_BEFORE_RE = re.compile(r"\b(?:weitere|zusätzliche|zusätzlich|nochmals|noch einmal)\w*\s+(?:\w+\s+)?$", re.I)
#: "für die Fregatte ...", "für die Verteidigung": an amount allocated to defence within a budget.
ALLOCATED_AFTER_RE = re.compile(r"\s*(?:\w+\s+){0,2}?(?:für|zur|zum|in|an)\s+(?:\w+\s+){0,4}?", re.I)

#: A company spending its own money ("investiert der Rüstungskonzern 300 Millionen Euro in
#: ein neues Werk"), which is not the state's, unless the state buys.
COMPANY_SPENDING_RE = FoldedRegex(
    r"\b(?:konzern|rüstungskonzern|rüstungsfirma|rüstungsunternehmen|unternehmen|firma|hersteller|rüstungshersteller|"
    r"zulieferer|aktionär)\w*.*\b(?:investier\w*|investition\w*|baut|bauen|übernimmt|übernahme|kauft|erwirbt)"
    r"|\b(?:investier\w*|investition\w*)\b.*\b(?:konzern|rüstungskonzern|unternehmen|firma|hersteller)\w*",
)
#: The arms industry, as context: an order a state places with it is procurement.
DEFENCE_INDUSTRY_RE = FoldedRegex(
    r"\b(?:rüstungs(?:konzern|firma|unternehmen|hersteller|industrie|schmiede|branche)\w*|rheinmetall\w*|hensoldt|knds|"
    r"krauss-maffei|diehl|airbus defence|lockheed|raytheon|rtx|thales|saab|leonardo|bae systems|mbda|tkms|"
    r"thyssenkrupp marine|renk|helsing|quantum systems|northrop|general dynamics|kongsberg|nammo|elbit|rafael)\b",
)
#: A company's own investment.
INVESTING_RE = FoldedRegex(
    r"\binvestier\w*|\bzu investieren|\binvestition\w*\s+(?:in|von)\b"
    # its own plants and its expectations: "erweitert Rheinmetall für rund 300 Millionen Euro um eine neue Munitionsfabrik",
    # "rechnet Rheinmetall-Chef Papperger mit einem Auftragsboom"
    r"|\berweitert\w*|\berweitern\b|\berrichtet\w*|\beröffnet\w*|\bauftragsboom|\bauftragspotenzial\w*|\bgeht von\b.*\baus\b"
)
#: A hole in a budget: the state's overall budget unless the sentence names defence ("Bis 2029 klafft ein Haushaltsloch
#: von 172 Milliarden Euro"; but "Der Bundeswehr droht ein Haushaltsloch von 56 Milliarden Euro").
BUDGET_HOLE_RE = FoldedRegex(r"\b(?:haushaltsloch\w*|milliardenloch\w*|haushaltslücke\w*|finanzloch\w*)")
#: A bank as lender: "Die Bank gewährt der Firma einen Kredit von 394 Millionen Euro", "die Europäische Investitionsbank".
BANK_RE = FoldedRegex(r"\b(?:bank|banken|\w+bank|eib|kfw|sparkasse\w*|geldgeber|kreditgeber|versicherer|versicherungssparte)\b")
#: What a company is worth ("ein Unternehmen mit 750 Mitarbeitern, das eine Milliarde Dollar wert ist").
COMPANY_VALUE_RE = FoldedRegex(r"\w*(?:unternehmen|konzern|firma|start-?up)\w*\b.*\b(?:wert\b(?!\s+von)|wuchs\s+(?:\w+\s+){0,3}auf\b)")
STATE_BUYER_RE = FoldedRegex(
    r"\b(?:bundeswehr|bund\b|bundes(?:regierung|amt)|regierung|ministerium|verteidigungsministerium|streitkräfte|armee|"
    r"staat\w*|nato|pentagon|beschaffungsamt|haushaltsausschuss)",
)
#: Figures about trade and markets, never about spending, wherever they stand in the
#: sentence: arms exports, company revenue, share prices.
NOT_SPENDING_RE = FoldedRegex(
    r"export|ausfuhr|umsatz|umsätze|aktie|börse|ausgabepreis|(?<!zum )(?<!aktuellen )(?<!derzeitigem )(?<!derzeitigen )(?<!heutigen )\bkurs\b|"
    r"bewertet|firmenwert|pensionskasse|portfolio|anleger|geldanlage|kapitalanlage|investoren|vermögensverwalt|"
    r"investmentfonds|pensionsfonds|staatsfonds|marktwert|marktkapitalisierung|genehmigungen für rüstungsgüter|"
    r"empfängerl\w*|einzelgenehmigung|allgemeine genehmigung|\w*exportgenehmigung|ausfuhrgenehmigung|"
    r"übernahme|akquisition|eigentümerfamilie|kursziel|"
    # a sale of arms to another state approved or announced by the seller: an export ("Grünes Licht für den Verkauf von
    # Waffen im Wert von mehr als drei Milliarden Dollar an Israel")
    r"verkauf\w* von (?:[\w-]+ ){0,3}?[\w-]*(?:waffen|rüstungsgüter|bomben|raketen|munition|kampfjets|flugzeugen|panzern|ausrüstung)|"
    # the seller's words for it: "11,1 Milliarden US-Dollar genehmigt Waffenverkäufe nach Taiwan", "ein Militärverkaufsprogramm"
    r"waffenverk[aä]uf|rüstungsverk[aä]uf|militärverk[aä]uf|"
    # export approvals in other words: "hat von der Bundesregierung Waffenlieferungen ... genehmigt bekommen", "genehmigte das
    # Außenministerium eine Vereinbarung"; the value of a country's arms production
    r"genehmigt bekommen|genehmigte das (?:\w+-)?außenministerium|genehmigungswert|inländische rüstungsproduktion|produktionswert|"
    # shares and start-ups' funding: "Die Papiere des Rüstungskonzerns kletterten über 1.900 Euro", "mit einer Bewertung von
    # zwölf Milliarden Euro", "weitere 150 Millionen Euro Finanzierung gesichert", venture capital, ESG funds
    r"\bpapiere (?:des|der|von)\b|\bgehandelt\b|\bbewertung von\b|finanzierungsrunde|investmentrunde|finanzierung gesichert|"
    r"risikokapital|wagniskapital|(?<!joint )venture|\besg-",
)
#: One person's pay: "Mindestens 2.600 Euro brutto soll es dann geben", "Fast 900 Euro mehr Brutto" (with an amount
#: below a million: the pay of the whole force is a budget).
INDIVIDUAL_PAY_RE = FoldedRegex(r"\b(?:brutto|netto|monatlich\w*|im monat|pro monat|sold|wehrsold|gehalt|verdien\w*|stundenlohn|"
                                r"bruttoverdienst\w*|nettoverdienst\w*|bruttolohn\w*|bruttogehalt\w*)\b")
INDIVIDUAL_PAY_LIMIT = 1e6
#: A share of GDP not stated as one above this is no state's defence spending (Ukraine at war spends about a third): "Das Jahresplus von Renk
#: beträgt 325 Prozent".
MAX_GDP_SHARE = 50
#: A buyer buying, in an article on exports: a signed purchase is the buyer's procurement.
BUYER_BUYS_RE = re.compile(r"\b(?:kaufen|kauft|kaufte|kauften|erwerben|erwirbt|erwarb|bestellt\w*|beschaffen|beschafft\w*)\b")
#: An approval of the seller: "genehmigte", "Genehmigung", "grünes Licht".
APPROVAL_RE = re.compile(r"\b(?:[Gg]enehmig\w*|[Gg]rünes Licht|[Ee]xportgenehmigung\w*|[Aa]usfuhrgenehmigung\w*)")
#: Arms exports and their approvals, as an article's topic (headline or lead).
ARMS_EXPORT_RE = re.compile(r"Rüstungsexport\w*|Waffenexport\w*|Waffenverk[aä]uf\w*|Rüstungsverk[aä]uf\w*|Militärverk[aä]uf\w*|Rüstungsausfuhr\w*|Waffenausfuhr\w*|[Ee]xportgenehmigung\w*|Ausfuhrgenehmigung\w*")
#: A paragraph about finance: an amount in it is the investors' unless a state buys.
#: A company's results as what an amount is: "Der Betriebsgewinn des Herstellers des Kampfjets Gripen stieg auf 1,37
#: Milliarden Kronen" (the maker's money, not a state's, even next to a weapon system).
COMPANY_RESULT_RE = FoldedRegex(
    r"\b(?:betriebsgewinn|betriebsergebnis|nettogewinn|reingewinn|konzerngewinn|vorsteuergewinn|operative\w* (?:gewinn|ergebnis)|"
    r"ebit|umsatz|umsätze|quartalsumsatz|jahresumsatz|erlös|analystenschätzung|marktkapitalisierung|börsenwert|dividende|"
    r"orderbuch|orderbüchern|auftragsbestand|auftragsbestände|auftragseingang|auftragseingänge|backlog)"
)
#: A company's plant: in an article about the arms industry, money for it is the company's own investment
#: ("das Investitionsvolumen liegt bei insgesamt 500 Millionen Euro am Standort", "eine Werft, die für 220 Millionen
#: Euro ertüchtigt werden soll", "eine etwa 200 Millionen Euro teure Fabrik"), not a state's spending.
_PLANT_WORDS = (r"\w*fabrik\w*", r"\w*werks?\b", r"werke\b", r"produktionsstätte\w*", r"produktionsstandort\w*", "investitionssumme")
COMPANY_PLANT_RE = FoldedRegex(r"\b(?:" + "|".join(_PLANT_WORDS + (
    r"\w*werft\w*", r"produktionslinie\w*", r"produktionshalle\w*", r"standort\w*", r"spatenstich\w*", "investitionsvolumen",
    "investitionskosten")) + ")")
#: A company's own money in an article about arms makers: its plants and investments, its funding rounds and investors
#: (not the yards, sites and investment volumes above, which states pay for too).
COMPANY_MONEY_RE = FoldedRegex(r"\b(?:" + "|".join(_PLANT_WORDS + (r"geldgeber\w*", r"finanzierungsrunde\w*", "investoren", r"investor\b", "bewertung")) + ")")
FINANCE_CONTEXT_RE = FoldedRegex(
    r"pensionskasse|portfolio|anleger|aktionär|\baktie|börse|investmentfonds|investoren|dividende|kursziel|analyst|\bumsatz|\bumsätze|"
    r"quartal|\bebit|\bgewinn(?!en\b|t\b)|\breingewinn|\bnettogewinn",  # not the verb: "neue Soldaten gewinnen"
)

#: Words of a budget just before an amount without currency ("Sondervermögen von 100 Milliarden").
BUDGET_BEFORE_RE = re.compile(
    r"(?:sondervermögen|haushalt\w*|etat\w*|budget\w*|ausgaben|verteidigungsausgaben|wehretat|\w*mittel|volumen|kredite?)\W+(?:\w+\W+){0,4}$", re.I
)
#: A sentence on the share of defence in a state's budget: its percentages are shares of the budget ("Der Anteil der
#: Verteidigungsausgaben am russischen Haushalt steigt auf 32,5 Prozent gegenüber 28,3 Prozent in diesem Jahr").
DEFENCE_SHARE_OF_BUDGET_RE = re.compile(
    r"\bAnteil\w*\s+(?:der|des|für|für\s+die)\s+(?:\w+\s+)?(?:Verteidigung|Militär|Rüstung|Armee|Streitkräfte)\w*\s+"
    r"(?:am|an\s+den|an\s+der|im|in\s+den|in\s+der)\s+(?:\w+\s+){0,2}(?:\w*[Hh]aushalt|Staatsausgaben|Gesamtausgaben|\w*[Bb]udget)\w*"
)
#: A change, not a level: "um 3 Prozent gestiegen", "ein Plus von 8,5 Prozent".
CHANGE_BEFORE_RE = re.compile(r"(?:\bum|Plus von|Minus von|Anstieg von|Zuwachs von|Rückgang von|Steigerung von|Wachstum von)\s+(?:(?!das\b|den\b|die\b|der\b|dem\b)\w+\s+)?$", re.I)
#: A change written after the figure: "43 Prozent mehr als 2025", "zehn Prozent weniger".
CHANGE_AFTER_RE = re.compile(r"^\s*(?:mehr|weniger|höher|niedriger|teurer|billiger|über dem|unter dem|im Vergleich|gegenüber)\b", re.I)
#: A percentage of something named after it ("60 Prozent der vorgesehenen Mittel"): a share
#: of that, never an inherited share of GDP.
SHARE_OF_AFTER_RE = re.compile(r"^\s*(?:der|des|aller|ihrer|seiner|ihres|seines)\s+\w+")

#: A share of people: "80 Prozent der Deutschen", "jeder zweite Befragte".
POLL_AFTER_RE = re.compile(
    r"^\s*(?:der|aller|unter den)\s+(?:\w+\s+)?(?:Deutschen|Befragten|Bürger\w*|Bevölkerung|Wähler\w*|Menschen|Amerikaner\w*|Teilnehmer\w*|Unternehmen|Stimmen|Haushalte|Beschäftigten|Einwohner\w*|Nutzer\w*|Kinder|Schüler\w*)\b"
)

#: The second part of a NATO compound that names its members ("Nato-Staaten", "NATO-Verbündeten").
NATO_MEMBERS_COMPOUND_RE = re.compile(r"-(?:Staaten|Ländern?|Mitglieder[n]?|Mitgliedstaaten|Mitgliedsstaaten|Mitgliedsländer[n]?|Partnern?|Verbündeten?|Alliierten?|Bündnispartnern?)\b")

#: Words that stand for a state as a spender (for the subject of a figure only; they are
#: not actors: "in Berlin" is a place).
SPENDER_METONYMS = {
    "Bundesregierung": "DE", "Bundestag": "DE", "Berlin": "DE", "Ampel-Regierung": "DE", "Ampelregierung": "DE",
    "Ampel-Koalition": "DE", "Ampelkoalition": "DE", "Bundesverteidigungsministerium": "DE", "Bundesfinanzministerium": "DE",
    "Kanzleramt": "DE", "Bundeskanzleramt": "DE",
    "Washington": "US", "Weiße Haus": "US", "Weißen Haus": "US", "US-Regierung": "US", "Kongress": "US", "US-Kongress": "US", "US-Senat": "US",
    "Repräsentantenhaus": "US", "US-Repräsentantenhaus": "US",
    "Moskau": "RU", "Kiew": "UA", "Peking": "CN", "Warschau": "PL", "Paris": "FR", "London": "GB",
    "Den Haag": "NL", "Tokio": "JP", "Tallinn": "EE", "Riga": "LV", "Vilnius": "LT", "Helsinki": "FI",
    "Stockholm": "SE", "Oslo": "NO", "Kopenhagen": "DK", "Madrid": "ES", "Rom": "IT", "Ankara": "TR", "Bern": "CH",
    "Wien": "AT", "Prag": "CZ", "Budapest": "HU", "Bukarest": "RO", "Sofia": "BG", "Athen": "GR", "Lissabon": "PT",
    "Ottawa": "CA", "Canberra": "AU", "Seoul": "KR", "Pjöngjang": "KP", "Taipeh": "TW", "Teheran": "IR",
    "Riad": "SA", "Kairo": "EG", "Algier": "DZ", "Rabat": "MA", "Brasília": "BR", "Brasilia": "BR", "Buenos Aires": "AR",
    "Bogotá": "CO", "Manila": "PH", "Jakarta": "ID", "Neu-Delhi": "IN", "Islamabad": "PK", "Belgrad": "RS", "Tiflis": "GE",
    "Eriwan": "AM", "Baku": "AZ", "Minsk": "BY", "Chișinău": "MD", "Chisinau": "MD", "Bagdad": "IQ", "Damaskus": "SY",
    "Beirut": "LB", "Doha": "QA", "Abu Dhabi": "AE", "Hanoi": "VN", "Bangkok": "TH", "Caracas": "VE", "Havanna": "CU",
    "Abuja": "NG", "Pretoria": "ZA", "Addis Abeba": "ET", "Bamako": "ML", "Nairobi": "KE", "Astana": "KZ", "Dublin": "IE",
    "Nikosia": "CY", "Jerusalem": "IL",
    "Ständerat": "CH", "Bundesheer": "AT", "Élysée": "FR", "Elysée": "FR",
    "EU-Kommission": "EU", "Europäische Kommission": "EU", "Europäischen Kommission": "EU", "Brüsseler Kommission": "EU",
    "Downing Street": "GB", "Kreml": "RU", "Brüssel": "EU", "ReArm Europe": "EU", "SAFE": "EU", "EDIP": "EU",
    # a nation named by its people: "Die Deutschen rechnen mit monatlichen Kosten von 30 Millionen Euro", "das neue Ziel der
    # Niederländer" (only with an article before them: "die Deutschen", "der Niederländer")
    "die Deutschen": "DE", "der Deutschen": "DE", "die Niederländer": "NL", "der Niederländer": "NL", "die Briten": "GB",
    "der Briten": "GB", "die Franzosen": "FR", "der Franzosen": "FR", "die Amerikaner": "US", "der Amerikaner": "US",
    "die Italiener": "IT", "der Italiener": "IT", "die Spanier": "ES", "der Spanier": "ES", "die Dänen": "DK", "der Dänen": "DK",
    "die Norweger": "NO", "der Norweger": "NO", "die Finnen": "FI", "der Finnen": "FI", "die Belgier": "BE", "der Belgier": "BE",
    "die Kanadier": "CA", "der Kanadier": "CA", "die Japaner": "JP", "der Japaner": "JP", "die Russen": "RU", "der Russen": "RU",
    "die Österreicher": "AT", "der Österreicher": "AT", "die Esten": "EE", "der Esten": "EE", "die Litauer": "LT", "der Litauer": "LT",
    "die Letten": "LV", "der Letten": "LV", "die Tschechen": "CZ", "der Tschechen": "CZ", "die Griechen": "GR", "der Griechen": "GR",
}
SPENDER_METONYMS.update({name[0].upper() + name[1:]: code for name, code in SPENDER_METONYMS.items() if name.startswith(("die ", "der "))})
#: Institutions that name their state when the article does not (for the article's spender).
NATIONAL_INSTITUTIONS = {
    "Bundesheer": "AT", "Bundesheeres": "AT", "Tanner": "AT", "Bundesfinanzrahmen": "AT",
    "Ständerat": "CH", "Bundesrat Pfister": "CH", "Pfister": "CH", "Armeebotschaft": "CH", "Kreml": "RU", "Pentagon": "US",
    # parliaments that pass their state's budget: "Die russische Duma hat den Staatshaushalt ... bestätigt"
    "Duma": "RU", "Staatsduma": "RU", "Sejm": "PL", "Werchowna Rada": "UA", "Folketing": "DK", "Riksdag": "SE",
    "Storting": "NO", "Knesset": "IL",
    # the institutions and defence ministers of 2024-26 that name their state ("Francken kündigte eine massive Erhöhung an")
    "Repräsentantenhaus": "US", "Repräsentantenhauses": "US", "Weißen Haus": "US", "Weiße Haus": "US", "Space Force": "US",
    "Hegseth": "US", "Healey": "GB", "Lecornu": "FR", "Vautrin": "FR", "Crosetto": "IT", "Robles": "ES",
    "Kosiniak-Kamysz": "PL", "Beloussow": "RU", "Belousow": "RU", "Brekelmans": "NL", "Umjerow": "UA", "Pevkur": "EE",
    "Sprūds": "LV", "Šakalienė": "LT", "Francken": "BE", "De Wever": "BE", "Bundesheeres": "AT",
}
#: The state an outlet's site belongs to, by the site's country domain: an institution it names without a state
#: ("das Verteidigungsministerium", "der Verteidigungshaushalt", "die Regierung") is that state's when nothing else says.
OUTLET_HOME_STATES = {"de": "DE", "at": "AT", "ch": "CH", "li": "LI", "lu": "LU"}
#: Names of institutions that an outlet's home state shares with Germany, or that stand for the home state only there:
#: "die Bundesregierung" of an Austrian site is Austria's, "der Bundesrat" of a Swiss site is Switzerland's.
HOME_METONYMS = {"AT": ("Bundesregierung", "Kanzleramt", "Bundeskanzleramt"), "CH": ("Bundesrat",)}
HOME_METONYM_RES = {home: re.compile(r"(?<![\w-])(?P<name>" + "|".join(names) + r")(?:e?s)?(?![\w-])") for home, names in HOME_METONYMS.items()}
#: A defence ministry or defence budget named without a state in a figure's own sentence.
UNNAMED_DEFENCE_INSTITUTION_RE = re.compile(
    r"\b(?:[Dd]as|[Dd]em|[Dd]es|[Dd]er|[Dd]ie|[Dd]en)\s+(?:Verteidigungsministerium\w*|Verteidigungsminister(?:in)?|"
    r"Verteidigungshaushalt\w*|Verteidigungsetat\w*|Verteidigungsbudget\w*|Wehretat\w*|Militärbudget\w*|Armeebudget\w*)\b")
#: Institutions and budgets named without a state.
UNNAMED_INSTITUTION_RE = re.compile(
    r"\b(?:[Dd]as|[Dd]em|[Dd]es|[Dd]er|[Dd]ie|[Dd]en)\s+(?:\w+\s+)?(?:Verteidigungsministerium\w*|Verteidigungsminister(?:in)?|"
    r"Verteidigungshaushalt\w*|Verteidigungsetat\w*|Verteidigungsbudget\w*|Wehretat\w*|Militärbudget\w*|Armeebudget\w*|"
    r"Bundesregierung|Regierung|Parlament\w*|Haushaltsausschuss\w*|Finanzministerium\w*|Armee|Streitkräfte)\b"
)
NATIONAL_INSTITUTION_RE = re.compile(r"\b(?P<name>" + "|".join(sorted(map(re.escape, NATIONAL_INSTITUTIONS), key=len, reverse=True)) + r")\b")
#: The EU and NATO by name, to tell which union "die Mitgliedstaaten" belong to.
EU_RE = re.compile(r"\bEU\b|\bEU-|Europäische\w* Union|EU-Kommission|ReArm Europe|\bSAFE\b|Europäische\w* Rat\w*|Kommissionspräsident\w*|von der Leyen")
NATO_NAME_RE = re.compile(r"\b(?:NATO|Nato)\b|Bündnis|Allianz")
#: The alliance named as what a state's own plan matches: "wie von der NATO gefordert", "gemäß der Nato-Zielmarke",
#: "wie es auch die Nato-Vorgaben vorsehen" (the plan's spender is the state, not the alliance).
NATO_REFERENCE_RE = re.compile(r"\b(?:wie|gemäß|entsprechend|im Einklang mit)\b[^.;:\"]{0,40}?\b(?:NATO|Nato)\b[\w-]*"
                               # a state described as a member: "Das baltische EU- und Nato-Land will vier Prozent ... ausgeben"
                               r"|\b(?:NATO|Nato)-(?:Land|Mitglied|Mitgliedsland|Mitgliedstaat|Staat|Partner)\b")

#: Words of an article about Germany's own defence: its institutions and ministers. A defence
#: figure with no spender in such an article is Germany's.
GERMAN_DEFENCE_CONTEXT_RE = re.compile(
    r"\b(?:Bundeswehr\w*|Bundestag\w*|[Dd]eutsche[nrs]? (?:Marine|Luftwaffe|Heer\w*|Streitkräfte)|Haushaltsausschuss\w* des (?:Deutschen )?Bundestag\w*|Bundesregierung|Beschaffungsamt\w*|BAAINBw|Pistorius|"
    r"Einzelplan 14|Sondervermögen\w*|Bundeshaushalt\w*|Klingbeil|Lindner|Haushälter|Bundesverteidigungsministeri\w*|BMVg|"
    r"F-?12[4-7]|Fregatte\w* 12[4-7]|Schützenpanzer\w* Puma|Puma-Schützenpanzer\w*)\b"  # programmes only Germany runs
)
SPENDER_METONYM_RE = re.compile(r"(?<![\w-])(?P<name>" + "|".join(re.escape(k) for k in sorted(SPENDER_METONYMS, key=len, reverse=True)) + r")(?:e?s)?(?![\w-])")
#: A government institution in its capital: "das Verteidigungsministerium in Vilnius" is the state.
INSTITUTION_IN_BEFORE_RE = re.compile(r"(?:ministerium|regierung|parlament|präsidialamt|kabinett)\s+in\s+$", re.I)
#: A place preposition before a capital: "in Washington" is where, not who.
PLACE_BEFORE_RE = re.compile(r"(?:\bin|\bnach|\baus|\bvon|\bbei|\bum|\bbis|\bzwischen|\bab)\s+$", re.I)
#: A sentence that restates the figure before it: "Das entspricht rund 430 Millionen Euro",
#: "Aktuell wären das 80 Milliarden Euro", "2025 sollen es 3,3 Milliarden Euro sein".
#: A sentence that only continues the series of the one before: "Bis 2027–2028 sollen die Verteidigungsausgaben auf 67,4
#: Milliarden steigen. Bis 2033–2034 sogar auf 100 Milliarden australische Dollar".
CONTINUED_SERIES_RE = re.compile(
    r"^\W*(?:Bis|Im Jahr|Ab|Für|In)\s+(?:(?:dem|das)\s+Jahr\s+)?(?:19|20)\d\d(?:\s*[–/-]\s*(?:19|20)?\d\d)?\s+"
    r"(?:(?:sogar|dann|schließlich|gar|bereits|schon|sollen\s+es|soll\s+es|sind\s+es)\s+)?(?:auf|bei)\s"
)
#: An allocation to buying equipment: "für die Beschaffung neuen Materials", "für den Erhalt bestehender Ausrüstung".
ALLOCATED_TO_PROCUREMENT_RE = re.compile(r"(?:die|den|das|neue\w*)?\s*(?:Beschaffung|Anschaffung|Erhalt|Instandhaltung|Modernisierung)\b")
#: The level compared with the defence figure before it in its sentence: "32,5 Prozent des russischen Bundeshaushalts,
#: gegenüber 28,3 Prozent in diesem Jahr", "im Vergleich zu 1,9 Prozent im Vorjahr".
COMPARED_WITH_BEFORE_RE = re.compile(r"\b(?:gegenüber|im Vergleich zu|verglichen mit|nach)\s+(?:rund\s+|etwa\s+|knapp\s+|nur\s+|zuvor\s+)?$")
#: A sentence that continues the defence money of the one before by a definite word of spending and a time: "Für die
#: Verteidigung sind Ausgaben von 200 Milliarden Złoty eingeplant ... Im laufenden Jahr belaufen sich die Mittel auf
#: 186,6 Milliarden Złoty."
CONTINUED_BUDGET_RE = re.compile(
    r"^\W*(?:Im|In|Für das|Für|Bis|Ab)\s+(?:(?:laufenden|vergangenen|kommenden|nächsten|diesem|letzten|vorigen)\s+)?(?:Jahr\w*|\d{4})\b"
    r"[^.;:]{0,60}?\b(?:die Mittel|die Ausgaben|der Etat|das Budget|der Haushalt|dieser Betrag|die Summe)\b"
)
#: A bracket right after an amount: its conversion ("(ca. 10 Mrd. EUR)").
BRACKET_AFTER_RE = re.compile(r"\s*\([^()]{0,40}\)")
#: Between two amounts of one series: "auf 4,74 Milliarden Euro und 2026 auf 5,19 Milliarden".
SERIES_BETWEEN_RE = re.compile(r"\s*(?:und|sowie|,)\s+(?:(?:im Jahr |bis )?\d{4}\s+)?(?:auf|bei)\s+(?:rund\s+|etwa\s+|knapp\s+|gut\s+)?")
RESTATEMENT_RE = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:das|dies|es)\s+(?:entspricht|entsprach|wären|waren|sind|seien|sei|macht|machte|bedeutet|ergibt)\b|"
    r"\b(?:entspricht|entsprach|wären|waren|sind|sollen|werden|würden|dürfte|dürften|könnte|könnten|wird|soll)\s+(?:das|dies|es|dasjenige)\b|"
    r"\bumgerechnet\b|\bwas\s+(?:\w+\s+){0,4}?entspricht\b|"
    r"\b(?:sollen|werden|dürften|könnten)\s+(?:sie|diese)\s+(?:\S+\s+){0,10}?(?:steigen|sinken|wachsen|anwachsen|klettern|zulegen|erhöht werden)\b",
    re.I,
)

#: A sentence that adds a new item ("Darüber hinaus ...", "Außerdem ..."): the sentence
#: before is not its context.
NEW_ITEM_START_RE = re.compile(r"^\W*(?:Darüber hinaus|Außerdem|Zudem|Daneben|Weiterhin|Ferner|Abgesehen davon|Unabhängig davon)\b")

#: Headlines of live blogs and tickers, whose entries are about many things.
LIVE_BLOG_RE = re.compile(r"liveblog|live-blog|newsblog|live-ticker|liveticker|\bticker\b|\+\+|im überblick|die lage am|übersicht für eilige|nachrichten am (?:morgen|abend|mittag)", re.I)
#: Verbs of giving and delivering: a state named as the receiver is not the spender.
GIVING_RE = re.compile(r"\b(?:liefer\w*|geliefert|zusag\w*|zugesagt|erhält|erhalten|erhielt|bekommt|bekommen|überlässt|überlassen|schenkt|helfen|hilft|half|"
                       r"stellt\w* (?:\w+ )*bereit|stellt\w* (?:\w+ )*zur Verfügung|stellt\w*\b[^.;]{0,80}?\bin Aussicht|in Aussicht gestellt|\w*hilfe|unterstützung\w*|gewähr\w*|\w*spendet|geschickt|überwiesen|geben|gibt|gab|gaben|gegeben)\b", re.I)

#: "der Ukraine ... zugesagt": a dative article before a state (a genitive would follow a
#: noun: "die Armee der Ukraine").
DATIVE_BEFORE_RE = re.compile(r"(?<!\bvon )(?<!\bvom )\bder\s+$")  # "von der Bundeswehr" is who orders, not who receives
NOUN_BEFORE_ARTICLE_RE = re.compile(r"\b[A-ZÄÖÜ][\wäöüß-]*\s+der\s+$")
#: Words before a state that make it a partner, a seller, a comparison or the speaker, not the spender.
PARTNER_BEFORE_RE = re.compile(r"(?:\bdarunter(?: auch)?|\bmit|\baus|\bbei|\bgegenüber|\bunter den|\bunter|\bals|\bwie(?:\s+von)?|\bgemäß|\bvon den|\bzwischen|\bgegen|\bvor)\s+(?:den\s+|dem\s+|der\s+|die\s+)?$", re.I)
#: "Geld aus Deutschland": where aid comes from is its donor.
FROM_BEFORE_RE = re.compile(r"\baus\s+(?:den\s+|dem\s+|der\s+)?$", re.I)
ATTRIBUTION_BEFORE_RE = re.compile(r"(?:\bteilten?|\bsagten?|\berklärten?|\bmeldeten?|\bberichteten?|\bbetonten?|\bso|\blaut|\bnach Angaben|"
                                   r"\bvermutet(?:e|en)?|\bschätz(?:t|te|ten)|\bbeziffer(?:t|te|ten))\s+(?:\w+\s+){0,2}$", re.I)
ATTRIBUTION_AFTER_RE = re.compile(r"^\S*\s+zufolge\b|^\S*\s+(?:gefordert|verlangt|gewünscht|vorgegeben|angemahnt)\b")
COMPARISON_BEFORE_RE = re.compile(r"(?:\bunter den|\bunter|\bals|\bwie|\bvon den)\s+(?:\w+\s+)?(?:[\w]+-)?$", re.I)
SELLER_AFTER_RE = re.compile(
    r"^\S*\s*(?:\w+\s+)?(?:Rüstungs|Verteidigungs|Waffen)?(?:konzern|unternehmen|hersteller|firma|werft|industrie|produzent|anbieter|lieferant)\w*",
    re.I,
)
#: "der Kauf von 36 F-35-Kampfjets in den USA": the state a purchase is made in sells.
SELLER_PLACE_BEFORE_RE = re.compile(
    r"\b(?:Kauf|Kaufs|Käufe[n]?|Ankauf\w*|Beschaffung|Erwerb\w*|kaufen|kauft|kaufte|gekauft|bestellen|bestellt|bestellte|beschaffen|beschafft)\b"
    r"[^.;:!?]{0,60}\bin\s+(?:den\s+|der\s+)?$"
)
#: "amerikanische Rüstungsgüter", "US-Waffen": where the weapons are made (for purchases, not aid).
PRODUCT_AFTER_RE = re.compile(r"^\S*\s*(?:\w+\s+)?(?:Rüstungsgüter|Waffen(?!paket|hilfe|lieferung)|Systeme|Kampfjets|Jets|Flugzeuge|Panzer|Raketen)\w*", re.I)
#: "das von Russland angegriffene Land": the attacker of the state the sentence is about.
ATTACKER_AFTER_RE = re.compile(r"^\S*\s+(?:\w+\s+)?(?:angegriffen|überfallen|bedroht|besetzt|attackiert|bombardiert)\w*"
                               # the invader: "als Russland in der Ukraine einfiel", "nachdem Russland in die Ukraine einmarschiert war"
                               r"|^\S*\s+(?:in|auf)\s+(?:die\s+|der\s+|das\s+)?\w+\s+(?:einfiel|einfielen|eingefallen|einmarschiert\w*|einmarschierte)", re.I)
#: Where equipment is made: "20 der in Großbritannien montierten Typhoon-Kampfflugzeuge" (a place, not the buyer).
MADE_IN_AFTER_RE = re.compile(r"^\s+(?:\w+\s+)?(?:montiert|gebaut|hergestellt|produziert|gefertigt|entwickelt)\w*")
#: A state whose forces money is for: "für die Streitkräfte der Republik Moldau", "zugunsten der Armee der Ukraine".
BENEFICIARY_OWNER_BEFORE_RE = re.compile(r"\b(?:für|zugunsten)\s+(?:die|den|das|der)\s+(?:\w+\s+)?[A-ZÄÖÜ]\w*\s+(?:der|des)\s+(?:\w+\s+)?$")
#: A state being supported, named right before the verb: "weiter die Ukraine unterstützen".
SUPPORTED_STATE_AFTER_RE = re.compile(r"\w+\s+(?:weiter(?:hin)?\s+|stärker\s+|auch\s+)?(?:zu\s+)?unterstütz\w*")
#: Institutions of a state named with its adjective that stand for it: "teilt das niederländische Verteidigungsministerium mit".
STATE_INSTITUTION_AFTER_RE = re.compile(r"\s+(?:Verteidigungsministerium|Regierung|Ministerpräsident\w*|Premierminister\w*|Regierungschef\w*|"
                                        r"Verteidigungsminister\w*|Kabinett|Parlament|Armee|Streitkräfte)\b")
#: "deutsches Waffenpaket", "amerikanische Militärhilfe": the package of a donor.
PACKAGE_AFTER_RE = re.compile(r"^\S*\s*(?:\w+\s+)?(?:Waffenpaket|Paket|Hilfe|Militärhilfe|Unterstützung|Lieferung|Zusage|Beitrag)\w*", re.I)
#: NATO's target named right before the figure: "des Nato-Ziels von zwei Prozent".
NATO_TARGET_BEFORE_RE = re.compile(
    r"(?:(?:Nato|NATO)-\w*(?:[Zz]iel|Zielmarke|Zielvorgabe|Vorgabe|Richtwert|Standard)\w*(?:\s+(?:erreicht|erfüllt|eingehalten|für))?|\w*(?:ziel|Ziel|Zielvorgabe|Vorgabe)\w* (?:der|des) (?:Nato|NATO|Bündnisses|Allianz))"
    r",?\s+(?:(?:liegt|lag|ist|war|von|bei|jährlich)\s+){0,2}(?:mindestens\s+|rund\s+|über\s+)?$"
)  # also "Mit dem neuen Nato-Ziel, 3,5 Prozent des BIP ... auszugeben", "die NATO-Zielvorgabe, jährlich mindestens zwei Prozent"
#: The size of an economy named right before an amount: "die Wirtschaftsleistung Österreichs mit etwa 500 Milliarden
#: Euro", "der Wirtschaftsleistung des Landes, die 2024 rund 4,3 Billionen Euro betrug", "ein BIP von 800 Milliarden".
GDP_SIZE_BEFORE_RE = re.compile(
    r"(?:BIP|Bruttoinlands?produkt\w*|Wirtschaftsleistung|Volkswirtschaft)(?:\s+(?:des Landes|der \w+|[A-ZÄÖÜ]\w+s))?\s*"
    r"(?:\(|von|mit|in Höhe von|,\s*(?:die|das|der)\s+(?:(?:19|20)\d\d\s+|im \w+ Jahr\s+|zuletzt\s+)?)\s*"
    r"(?:(?:etwa|rund|knapp|gut|mehr als|über|fast|ungefähr|zuletzt)\s+)?$")
#: A pronoun that takes up the money of the sentence before: "Diese sei im Laufe der letzten Monate auf sieben
#: Milliarden Euro aufgestockt worden" after "eine Unterstützung ... von vier Milliarden Euro".
PRONOUN_TAKES_UP_RE = re.compile(r"^\W*(?:Diese|Dieser|Dieses)\s+(?:sei|ist|war|wurde|wird|soll|solle|sollte|würde|habe|hat)\b")
#: Aid for Ukraine named as such ("die Ukraine-Hilfen", "Unterstützung für die Ukraine"): in a budget of a state in an
#: article about defence it is military aid (Germany's Ukraine aid is budgeted as Ertüchtigung), unless the sentence
#: says it is all aid together, a loan or of another kind.
UKRAINE_AID_RE = re.compile(r"\bUkraine-?[Hh]ilfe\w*|\bHilfen?\s+für\s+die\s+Ukraine\b|\bUnterstützung\s+für\s+die\s+Ukraine\b|\bUkraine-Unterstützung\w*")
NOT_MILITARY_UKRAINE_AID_RE = re.compile(r"\binsgesamt\b|\bgesamte[nr]?\b|\baller\b|\balle\b|\bSumme der\b|finanziell\w*|eingefroren\w*|Vermögenswert\w*|\bG7\b", re.I)
#: The EU's own budgets and programmes: an article about them with no state named has the EU as the spender of its
#: defence figures ("Im aktuellen Finanzrahmen ist der Sektor Verteidigung überschaubar: 12 Milliarden Euro").
EU_BUDGET_RE = re.compile(r"\b(?:Finanzrahmen\w*|MFR|EU-Haushalt\w*|EU-Budget\w*|EU-Kommission|Europäische\w* Kommission|Kommission|"
                          r"SAFE|Safe-Programm|EDIP|EDF|Verteidigungsfonds|Verteidigungsagentur|EDA|Kubilius|von der Leyen)\b")
#: Germany's special fund for the Bundeswehr of 2022 (100 billion euros), named by its size: "in zunächst einem
#: 100-Milliarden-Sondervermögen", "trotz 100 Milliarden Euro Schulden" (the 500 billion are the infrastructure fund's).
BUNDESWEHR_FUND_VALUE = 100e9
FUND_WORDS_RE = re.compile(r"Sondervermögen|Schulden|Sonderfonds|Sondertopf", re.I)
#: A share of GDP or NATO's target named anywhere in an article (its bare NATO-level percentages are such shares).
GDP_TARGET_NAMED_RE = re.compile(r"Prozent (?:des|der|ihres|seines|ihrer|seiner) (?:\w+ )?(?:BIP|Bruttoinlands?produkt\w*|Wirtschaftsleistung)|"
                                 r"% (?:des|der) (?:BIP|Bruttoinlands?produkt\w*|Wirtschaftsleistung)|Prozent-Ziel|Prozentziel|[Nn]ato-Ziel|NATO-Ziel|BIP-Ziel")
#: A paragraph about another kind of percentage target: inflation, deficits and debt, elections, climate.
OTHER_TARGET_CONTEXT_RE = re.compile(r"Inflation|Teuerung|EZB|Zentralbank|Notenbank|Geldpolitik|Defizit|Maastricht|Neuverschuldung|"
                                     r"Schuldenquote|Klima|Emission|CO2|Wahl|Hürde|Umfrage|Rendite|Wachstum", re.I)
#: NATO's plans or demands for raising defence spending to a level: "die Nato-Pläne zur Erhöhung der
#: Verteidigungsausgaben auf fünf Prozent" (the alliance's level, whoever resists it).
NATO_PLAN_BEFORE_RE = re.compile(
    r"(?:Nato|NATO)-(?:Pläne?n?|Plan[s]?|Forderung(?:en)?|Vorgaben?)\s+(?:zur|zu einer|für eine|nach einer)\s+(?:Erhöhung|Anhebung|Steigerung|Aufstockung)\s+"
    r"(?:der|ihrer|seiner)\s+(?:\w+\s+)?(?:Verteidigungs|Militär|Rüstungs)ausgaben\s+auf\s+(?:mindestens\s+)?$")
#: A part of the alliance's members named before a members compound: "die europäischen Nato-Staaten", "Europas
#: Nato-Staaten", "die nordischen und baltischen Nato-Länder", "einige Verbündete" (no one spender, not all of NATO).
MEMBER_GROUP_BEFORE_RE = re.compile(
    r"(?:\b(?:europäisch|nordisch|baltisch|skandinavisch|osteuropäisch|westeuropäisch|mitteleuropäisch|östlich|westlich|kleiner|"
    r"ärmer|reicher|einig|mehrer|wenig)\w*|\bEuropas)\s+(?:und\s+\w+\s+)?$")
#: "Deutschland und andere Nato-Staaten": one state named as an example of all the members.
AND_OTHER_MEMBERS_BEFORE_RE = re.compile(r"\bund\s+(?:alle\s+|viele\s+)?andere[n]?\s+$")
#: NATO's quota named before a figure: its target when at a target level ("Die NATO-Quote von
#: zwei Prozent sei in Gefahr"), a country's level otherwise ("eine NATO-Quote von 2,4 Prozent").
NATO_QUOTA_BEFORE_RE = re.compile(r"(?:Nato|NATO)-(?:Quote|Norm)\w*\s+(?:von\s+)?(?:mindestens\s+|rund\s+)?$")
#: A target compound that is one state's own ("Polens eigenes Drei-Prozent-Ziel").
OWN_TARGET_BEFORE_RE = re.compile(r"(?:\b(?:eigene[sn]?|nationale[sn]?)|\b(?!(?:[Dd]as|[Dd]es|[Dd]ies|[Uu]nser\w*|[Ii]hr\w*|[Ss]ein\w*)\b)[A-ZÄÖÜ]\w+s)\s+$")
#: (a state's genitive, "Spaniens Zwei-Prozent-Ziel"; not the article: "Deutschland erreichte das Zwei-Prozent-Ziel" is NATO's target)
#: A state right before the bracket that holds the figure: "den USA (3,38 Prozent)".
#: Between an amount and its conversion in brackets: "1,4 Milliarden Kronen (203 Millionen US-Dollar)".
CONVERSION_BETWEEN_RE = re.compile(r"^\s*\(\s*(?:(?:umgerechnet|rund|etwa|circa|ca\.|knapp|gut|über|mehr als|fast)\s+)*$")
BRACKET_OWNER_RE = re.compile(r"^\s*\(\s*(?:(?:rund|etwa|circa|ca\.|knapp|gut|über|mehr als|fast|je|jeweils)\s+)?$")
#: A state referred to, not named: "das Land", "die Regierung" (the state named before or the article's).
STATE_REFERENCE_RE = re.compile(r"\b(?:[Dd]as|[Dd]em|[Dd]es) Land(?:es)?\b|\b[Dd]ie Regierung\b(?! in| von| der| des)|\b[Dd]as Kabinett\b(?! in| von| der| des)")
#: "das Land" as the subject after the figure: "40 Prozent des Bundeshaushalts hat das Land ins Militär investiert".
STATE_REFERENCE_AFTER_RE = re.compile(r"\s+(?:\w+\s+){0,4}?(?:hat|hatte|will|wird|soll|gibt|gab|investiert\w*)\s+(?:das Land|die Regierung)\b")
#: The whole world as the spender: "Die weltweiten Militärausgaben", "global".
WORLD_RE = re.compile(r"\b(?:[Ww]eltweit\w*|[Gg]lobal\w*|der Welt)\b")
#: A group of states that is neither NATO nor the EU as the spender: "Acht europäische Länder haben 500 Millionen Dollar
#: zugesagt", "stellen europäische Länder rund 29 Milliarden Euro an Militärhilfe bereit", "Andere Länder, wie die
#: baltischen Staaten und Polen"; the world's states ("Rund 2,38 Billionen Euro haben die Staaten der Erde ausgegeben").
_GROUP_COUNT = r"(?:\d+|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|mehrere|einige|viele|andere|weitere|die|den|der|alle)"
STATE_GROUP_RE = re.compile(
    rf"\b(?:{_GROUP_COUNT}\s+)?(?:[Ee]uropäische|[Aa]siatische|[Nn]ordische|[Bb]altische|[Ww]estliche|[Öö]stliche|[Oo]steuropäische|[Ss]kandinavische|"
    r"[Aa]ndere|[Mm]ehrere|[Ee]inige|[Zz]ahlreiche)[nr]?\s+(?:Länder[n]?|Staaten|Partner[n]?|Partnerländer[n]?|Verbündete[n]?|Geberländer[n]?|Regierungen)\b"
    r"|\b(?:Staaten der Erde|alle Länder zusammen|Länder der Welt|Staaten der Welt)\b"
    r"|\b(?:[Ww]eltweite|[Gg]lobale)[nr]?\s+(?:Militär|Rüstungs|Verteidigungs)(?:ausgaben|etats|budgets)\b"
)
#: The states of the world as spenders in a sentence on world spending ("investierten die Staaten mehr als 2,7 Billionen
#: US-Dollar" after SIPRI's name): no one state.
WORLD_GROUP_RE = re.compile(r"\b(?:Staaten der Erde|alle Länder zusammen|Länder der Welt|Staaten der Welt)\b")
WORLD_STATES_RE = re.compile(r"(?<![\w-])(?<!Vereinigten )(?<!Vereinigte )(?:die\s+)?Staaten\b(?!\s+(?:der\s+)?(?:EU|Nato|NATO|Europäischen))")
WORLD_SOURCE_RE = re.compile(r"\b(?:SIPRI|Sipri|Friedensforschungsinstitut\w*|[Ww]eltweit\w*|der Welt)\b")
#: A place before a state named after the figure: "das fünfte Kriegsjahr in der Ukraine".
PLACE_ARTICLE_BEFORE_RE = re.compile(r"\b(?:in|im|nach|aus)\s+(?:der\s+|den\s+|dem\s+)?$")
#: The speaker's own state: "Sein Land werde ... bereitstellen, erklärte der niederländische Regierungschef".
OWN_STATE_REFERENCE_RE = re.compile(r"\b(?:[Ss]ein|[Ii]hr|[Uu]nser) Land\b|\b(?:[Ss]eine|[Ii]hre|[Uu]nsere) Regierung\b"
                                    r"|\b(?:[Ss]eines|[Ii]hres|[Uu]nseres) Landes\b")
#: "wie andere Bündnisstaaten": the alliance's members as a comparison, not as the spender.
LIKE_OTHERS_BEFORE_RE = re.compile(r"\bwie\s+(?:die\s+)?(?:anderen?|alle|viele|einige|die\s+meisten)\s+$")
#: Generic states as the spenders of a demand: "Staaten, die weniger als 2 Prozent ...".
GENERIC_STATES_RE = re.compile(r"\b(?:Staaten|Länder|Mitglieder|Mitgliedstaaten|Mitgliedsstaaten|Verbündete\w*|Alliierte\w*|Partner)\b")
#: Target levels of NATO (shares of GDP): a target compound at another level is a national goal.
NATO_TARGET_LEVELS = (1.5, 2.0, 2.5, 3.0, 3.5, 4.0, 5.0)
#: Words of a sentence whose bare percentage is not NATO's target level: elections, polls, prices.
NOT_A_TARGET_LEVEL_RE = FoldedRegex(
    r"\b(?:wahl|umfrage|befragt|stimmen|landtag|hürde|einzieh|einzug|angehör|sitze|mandat|"
    r"inflation|teuerung|preis|zins|rendite|wachstum|konjunktur|arbeitslos|erwerbslos|quote der|mehrwertsteuer|steuer|"
    r"aktie|kurs|dax|umsatz|gewinn|marge|prozentpunkt)\w*"
)
#: The start of a relative clause: it describes the noun before it, not the figure's topic.
RELATIVE_CLAUSE_RE = re.compile(r",\s+(?:die|der|das|welche[rs]?|deren|dessen)\s")
#: A bare percentage right after which a base or a change is named: not a target level.
BASE_OR_CHANGE_AFTER_RE = re.compile(
    r"^\s*(?:der|des|aller|ihrer|seiner|ihres|seines|unter|über|mehr|weniger|plus|minus|zu|im|in|pro|je|jährlich|gestiegen|gesunken|"
    r"gewachsen|zugelegt|verloren|gefallen|Rendite|Zins\w*|Inflation|Wachstum|Rabatt|Anteil|Zuwachs|Steigerung|Wahrscheinlichkeit)\b",
    re.I,
)
#: "ein Kurswechsel der USA": the state is the owner of the noun before it.
GENITIVE_OWNER_BEFORE_RE = re.compile(r"\b(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)\s+(?:der|des)\s+$")
#: "die 3,5 % der USA": the state owns the figure.
GENITIVE_OWNER_AFTER_RE = re.compile(r"\s+(?:der|des)\s+")
NEXT_NOUN_RE = re.compile(r"^\s+(?:[a-zäöüß]+\s+)*(?P<noun>[A-ZÄÖÜ][\wäöüß-]*)")
#: Nouns that a spending state owns: its budget, forces, government, leaders.
SPENDING_NOUN_RE = re.compile(
    r"(?:[\w-]*(?:sondervermögen|vermögen|ausgaben|haushalt|haushalts|etat|etats|budget|budgets|militär|militärs|armee|streitkräfte|regierung|ministerium|"
    r"minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|premier|premierminister|premierministerin|chef|chefin|parlament|führung|verteidigung|rüstung|anteil|quote|investitionen|"
    r"kabinett|marine|luftwaffe|heer|heeres|soldaten|truppen|staat|staats|steuerzahler|"
    r"beitrag|beiträge|zusage|zusagen|bedarf|bedarfs|lücke|mittel|fonds|programm|paket|plan|pläne|behörde|behörden|seite|staaten|"
    r"wirtschaftsleistung|bruttoinlandsprodukt\w*|bip|wirtschaftskraft))",
    re.I,
)

#: States that receive military aid in 2024-26 coverage and never give it: never the
#: subject of an aid figure ("Berlin hat Kiew neun Milliarden Euro zugesichert").
AID_RECIPIENT_STATES = ("UA",)
#: "die Unterstützung der vom Krieg betroffenen Ukraine", "Hilfen für die angegriffene Ukraine":
#: the state aid goes to, a few words after a word of support (only for the states in
#: AID_RECIPIENT_STATES: "die Hilfe der USA" is the donor's).
SUPPORT_FOR_BEFORE_RE = re.compile(
    r"\b(?:Unterstützung|[\w-]*[Hh]ilfen?|[\w-]*[Ll]ieferungen|Zusagen|Wiederaufbau)\s+(?:für|an)?\s*(?:die|der|den)\s+(?:[\w-]+\s+){0,3}$")
#: Places an organisation owns that do not spend: "an der Ostflanke der Nato".
PLACE_OWNER_NOUN_RE = re.compile(r"(?:Ost|Nord|Süd|West)?[Ff]lanke|(?:Außen)?[Gg]renzen?|Gebiet|Bündnisgebiet|Territorium|Raum")
#: A country as the receiver of aid: "für die Ukraine", "an Kiew", "der Ukraine ... zugesagt",
#: "die Ukraine erhält" (the words before or after the country).
RECIPIENT_BEFORE_RE = re.compile(r"(?:\bfür|\ban|\bnach|\bin|zugunsten)\s+(?:die\s+|das\s+|den\s+)?$", re.I)
#: "für die ukrainische Armee" after an amount: who the money is for, not who spends it.
BENEFICIARY_BEFORE_RE = re.compile(r"\b(?:für|zugunsten)\s+(?:die\s+|das\s+|den\s+|der\s+)?$", re.I)
#: A state right after the verb of a giving state ("Die USA haben Israel eine Tranche ... gewährt"):
#: the dative, who receives (only when another state is named before it in the sentence).
GIVER_VERB_BEFORE_RE = re.compile(
    r"\b(?:haben|hat|hatten|hatte|wollen|will|wollten|sollen|soll|werden|wird|gewähren|gewährt|gewährte|gewährten|liefern|liefert|"
    r"lieferte|lieferten|schicken|schickt|geben|gibt|gab|gaben|sagen|sagt|sagte|sagten|versprechen|verspricht|versprach|stellen|"
    r"stellt|stellte|überweisen|überweist|überwies|schenken|schenkt)\s+$")
#: A group of donors that is neither NATO nor the EU: several states pledging together have no one subject
#: ("Die Ukraine-Kontaktgruppe erhöht die Militärhilfe auf 35 Milliarden Euro", "die Unterstützer des Landes").
DONOR_GROUP_RE = re.compile(r"\b(?:[\w-]*Kontaktgruppe\w*|Ramstein-(?:Gruppe|Format)\w*|UDCG|Koalition der Willigen|Unterstützer(?:staaten|länder)?|Geberländer\w*|Geberstaaten)\b")
#: A state supported with money by another named before it: "Deutschland will die Ukraine bis Ende des Jahres mit
#: weiteren 400 Mio. EUR militärisch unterstützen" (the accusative, who receives).
SUPPORTED_AFTER_RE = re.compile(r"\S*\s+(?:[^,.;:]{0,90}?\s)?mit\s+[^;:]{0,100}?\bunterstütz(?:en|t|te|ten)\b")
#: The agent of a passive: "Die Ukraine wird von den USA ... unterstützt" (the USA give).
AGENT_BEFORE_RE = re.compile(r"\b(?:von|durch)\s+(?:den|der|dem|die)?\s*$")
SUPPORTED_WITH_RE = re.compile(r"\bmit\s+[^;:]{0,100}?\bunterstütz(?:en|t|te|ten)\b")
RECIPIENT_AFTER_RE = re.compile(
    r"^\S*\s+(?:(?:\w+\s+){0,2}?(?:erhält|erhielt|erhalten|bekommt|bekam|bekommen)\b"
    r"|(?:soll|sollen|wird|werden|könnte|kann|hat|habe)\s+(?:[^,.;:]|(?<=\d)[,.](?=\d)){0,80}?\s(?:erhalten|bekommen)\b)"
)
#: A number of states, in an article about NATO: "in 23 Nationen", "alle Mitgliedstaaten".
MEMBER_COUNT_RE = re.compile(
    r"\b(?:\d+|alle[n]?|sämtliche[n]?|viele[n]?|einige[n]?|wenige[n]?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)\s+"
    r"(?:der\s+\d+\s+|\w+e[nr]?\s+)?(?:Nationen|Länder[n]?|Staaten|Mitglieder[n]?|Mitgliedsländer[n]?|Mitgliedstaaten|Mitgliedsstaaten)\b"
)

#: "dafür", "hierfür": the sentence spends on what the sentence before named.
REFERS_BACK_RE = re.compile(r"\b(?:[Dd]afür|[Hh]ierfür)\b")
#: A sentence giving the cost of what the sentence before names: "Das hätte rund 1.5 Milliarden Franken mehr gekostet".
COST_OF_PREVIOUS_RE = re.compile(r"^\W*(?:Das|Dies|Diese|Dieser|Dieses)\b[^!?]{0,60}?\b(?:kost\w*|gekostet)\b")
#: Money spent on security as a state's purpose: "knapp zwei Milliarden Franken in die Sicherheit der Arktis
#: investieren" (read as defence only in an article about defence; internal, energy or cyber security are other topics).
SECURITY_PURPOSE_RE = re.compile(r"\b(?:(?:in|für)\s+die|zur\s+Stärkung\s+der|für\s+mehr)\s+(?:militärische\s+|äußere\s+|äussere\s+|nationale\s+)?Sicherheit\b(?!\s+(?:der|des|von|im|in|am)\s+"
                                 r"(?:Bürger|Schul|Mitarbeit|Patient|Fans|Bevölkerung|Straße|Bahn|Zug|Züge|Daten|Energie|Versorgung))")
#: A definite amount that names an amount the text gave before: "Die 14 Milliarden Kronen sollen ... in drei neue
#: Schiffe fließen" takes up "Mittel in Höhe von 14 Milliarden dänischer Kronen".
DEFINITE_AMOUNT_BEFORE_RE = re.compile(r"\b(?:[Dd]ie|[Dd]iese|[Dd]en|[Dd]iesen)\s+(?:(?:rund|knapp|gut|insgesamt|zusätzlichen|geplanten)\s+)?$")
#: An exchange rate, not an amount: "($1 = 1,5574 Australische Dollar)", "1 Euro = 1,08 US-Dollar".
EXCHANGE_RATE_RE = re.compile(r"(?:[$€£]\s?1|\b1\s+(?:Euro|US-Dollar|Dollar|Pfund|Franken|Rubel|Yen|EUR|USD))\s*=\s*\d[\d.,]*\s*"
                              r"(?:[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?|[€$£])")
#: A state receiving from another: "erhält die Ukraine von den Niederlanden 700 Millionen Euro" (the state after "von"
#: gives; matched on the text before that state).
RECEIVES_FROM_BEFORE_RE = re.compile(r"\b(?:erhält|erhielt|erhalten|erhielten|bekommt|bekam|bekommen|bekamen)\b[^.;:!?]{0,60}?\bvon\s+(?:den\s+|der\s+|dem\s+)?$")
#: A sentence that says what the amount before it is: "Mehr als 180 Millionen Euro. Das investiert der Bund in ...".
EXPLAINED_AFTER_RE = re.compile(r"^\W*(?:Das|Dies|So viel|Diese Summe|Dieser Betrag)\s+(?:\w+\s+){0,2}?(?:investier\w*|kost\w*|gibt|geben|"
                                r"zahl\w*|fließ\w*|stellt|stellen|bekommt|erhält|ausgeben|ausgegeben|plant|will)\b")
#: The sentence after an amount names what the money is for: "Der Bund investiert rund 1,35 Milliarden Euro in die Häfen
#: in Bremerhaven. Das Geld soll in militärisch nutzbare Infrastruktur fließen."
MONEY_TAKEN_UP_RE = re.compile(r"^\W*(?:Das Geld|Die Summe|Die Mittel|Der Betrag|Die Investition\w*|Dieses Geld|Diese Mittel|So viel(?:\s+Geld)?|"
                               r"(?:Mit|Von) (?:dem|diesem) Geld|Damit sollen)\b")
#: A sentence that takes up what the sentence before names: "Diese Änderungswünsche könnten sich
#: auf zusätzliche 2,44 Milliarden Euro summieren", "... wird die Summe nun mit 11,55 Milliarden
#: Euro ausgewiesen", "Sein Ressort verfügt ... über mehr als 108 Milliarden Euro".
ANAPHOR_RE = re.compile(r"^\W*(?:Diese[rsn]?|Dieses)\s+[A-ZÄÖÜ]\w+|\b(?:[Uu]nser|[Ii]hr|[Ss]ein)\s+Beitrag\b|^\W*(?:Der|Den)\s+Rest\b|\b(?:die|diese)\s+(?:Summe|Gesamtsumme)\b|\b(?:der|dieser)\s+Betrag\b|"
                        r"\b(?:Sein|Ihr|sein|ihr)\s+(?:Ressort|Ministerium|Haus)\b")
#: A budget chapter of the federal budget: "Einzelplan 14", "EPl 32"; only 14 is defence's.
EINZELPLAN_RE = re.compile(r"\b(?:Einzelpl(?:an|äne)|EPl)\.?\s*(?:\(EPl\)\s*)?(?P<number>\d{1,2})\b")
DEFENCE_EINZELPLAN = "14"
#: The compound of the 2025 special fund for infrastructure: "des 500-Milliarden-Sondervermögens"
#: (the Bundeswehr's was 100 billion); not defence unless the words after it say so.
#: Military and civil money together: "die gesamte militärische und zivile Unterstützung Schwedens" (not defence money).
MIXED_PURPOSE_RE = re.compile(r"\b(?:militärisch\w*|Militär-)\s+(?:und|sowie)\s+(?:nicht-?militärisch|zivil)\w*|\bzivil\w*\s+(?:und|sowie)\s+militärisch\w*|"
                              r"\b(?:Armee|Verteidigung|Militär|Bundeswehr)\w*\s+(?:und|sowie)\s+(?:\w+\s+){0,2}Wiederaufbau\w*|"
                              r"\bfür\s+(?:die\s+)?Verteidigung\s+und\s+(?:die\s+)?Infrastruktur\b|\bfür\s+(?:die\s+)?Infrastruktur\s+und\s+(?:die\s+)?Verteidigung\b", re.I)
#: ("15 Milliarden Franken für die Armee und den Wiederaufbau der Ukraine", "die Pläne der neuen Regierung für Verteidigung
#: und Infrastruktur": the total of both, not defence money)
#: A finance minister spending: the whole budget ("In diesem Jahr will Klingbeil 503 Milliarden Euro ausgeben").
FINANCE_MINISTER_RE = re.compile(r"\b(?:Klingbeil|Lindner|(?:Bundes)?[Ff]inanzminister(?:in)?)\s+(?:\w+\s+){0,3}?(?:\d[\d.,]*\s+(?:Milliarden|Billionen)\s+Euro\s+)?(?:ausgeben|ausgegeben)\b")
#: The figure is a part of the total before it: "..., davon 20 Milliarden Euro für die Streitkräfte".
PART_BEFORE_RE = re.compile(r"\b(?:davon|darunter|wovon|von denen)\b[^.;]{0,40}$")
INFRASTRUCTURE_FUND_VALUE = 5e11
INFRASTRUCTURE_RE = re.compile(r"(?<!militärische )(?<!militärnahe )(?<!verteidigungsrelevante )\bInfrastruktur(?!\w*\s+der\s+Bundeswehr)", re.I)
FUND_FOR_DEFENCE_AFTER_RE = re.compile(r"^\w*\s+(?:für\s+(?:die\s+)?|der\s+)?(?:Bundeswehr|Verteidigung|Aufrüstung|Streitkräfte)", re.I)
#: A share of one state's own economy: "weniger als zwei Prozent seiner Wirtschaftsleistung": that state spends,
#: not the alliance ("ihrer" may be the members': "Die Nato-Staaten sollen 5 % ihrer Wirtschaftsleistung ausgeben").
OWN_ECONOMY_AFTER_RE = re.compile(r"\s*(?:seine[rs]?|seinem)\s+(?:\w+\s+)?(?:Wirtschaftsleistung|BIP|Bruttoinlands?produkt\w*|Wirtschaftskraft)\b")
#: A state's own budget in a compound: "US-Verteidigungsbudget", "Bundeswehr-Sondervermögen", "EU-Haushalt".
#: The head of a compound with an aid recipient that names what is spent on it: "Ukraine-Ausgaben", "Ukraine-Mittel".
SPENDING_ON_HEAD_RE = re.compile(r"-(?:Militär|Waffen|Rüstungs)?(?:Ausgaben|Mittel|[Hh]ilfe\w*)\b")
OWN_BUDGET_HEAD_RE = re.compile(r"-(?:Verteidigungs|Militär|Rüstungs|Wehr)?(?:Sondervermögen|Ausgaben|Haushalt|Etat|Budget)|-(?:Militär|Waffen|Rüstungs)hilfe", re.I)
#: The state a war is waged against: "nach dem russischen Überfall auf die Ukraine" (not a spender).
WAR_TARGET_BEFORE_RE = re.compile(r"\b(?:Überfall\w*|Angriff\w*|Angriffskrieg\w*|Krieg\w*|Invasion|Einmarsch\w*)\s+(?:[A-ZÄÖÜ]\w+s\s+)?(?:auf|gegen|in)\s+(?:die\s+|das\s+|den\s+)?$")
#: The state that wages a war or threatens ("nach dem Angriff Russlands", "angesichts der Bedrohung durch China") or a
#: neighbour ("der an Russland grenzende Ostseestaat"): not a spender.
WAR_BY_BEFORE_RE = re.compile(r"\b(?:Überfall\w*|Angriff\w*|Angriffskrieg\w*|Invasion|Einmarsch\w*|Aggression)\s+$|"
                              r"\b(?:Bedrohung\w*|Aggression|Druck|Expansion|Aufrüstung)\s+(?:durch|aus|von|seitens)\s+$")
BORDER_AFTER_RE = re.compile(r"^\s*(?:\w+\s+){0,5}?(?:an)?grenz\w*")
SPENT_RE = re.compile(r"\b(?:braucht|brauchen|benötigt|benötigen|gab|gaben|gibt|geben|ausgegeben|aufgewendet|aufwandten|investiert\w*|fließen|fliessen|fließt|fliesst|flossen|eingeplant|vorgesehen|bereitgestellt|kommen|kommt|kamen|beigesteuert|zugesagt|zusagen|sagt|sagen)\b")
#: Verbs that change a budget by an amount: the amount is still defence money.
BUDGET_CHANGE_RE = re.compile(r"aufstock\w*|aufgestockt|\bstock(?:t|en|te|ten)\b|erhöh\w*|anheb\w*|angehoben|kürz\w*|gekürzt|streich\w*|gestrichen", re.I)

#: Bare words for the members of the alliance as spenders ("die Alliierten sollen ...").
#: The alliance itself as the one who acts: "Das Bündnis habe sich geeinigt", "die Allianz".
ALLIANCE_NAME_RE = re.compile(
    r"\b(?:[Dd]as|[Dd]em|[Dd]es|[Dd]ieses|[Uu]nser) (?:transatlantische |westliche )?(?:Militär|Verteidigungs)?[Bb]ündnis(?:ses)?\b(?! 90| Sahra|grün)"
    r"|\b[Dd]ie (?:transatlantische |westliche )?(?:Militär)?[Aa]llianz\b(?! für| Versicherung| SE)"
)
#: A NATO target level, said as the target: "Ziel", "sollen ... Prozent", "bisher lag".
#: A target named as such, or NATO's part for defence-related spending: "ein neues Ziel von mindestens 3,5 Prozent",
#: "1,5 Prozent für verteidigungsrelevante Ausgaben".
TARGET_NOUN_RE = re.compile(r"\b(?:Ziel|Ziels|Zielmarke|Zielvorgabe|Vorgabe)\b|\w+-Prozent-Ziel\w*|verteidigungsrelevante\w*|sicherheitsrelevante\w*")
#: "in der NATO": the alliance as a place or a group to compare with ("die niedrigsten in der NATO").
IN_THE_ALLIANCE_BEFORE_RE = re.compile(r"\b(?:in|innerhalb)\s+der\s+$")
#: NATO named as who asks for the level: "die von der NATO geforderten zwei Prozent des BIP".
NATO_DEMANDED_BEFORE_RE = re.compile(r"\b(?:von der|vom)\s+(?:NATO|Nato|Bündnis|Allianz)\s+(?:\w+\s+)?(?:geforderten?|verlangten?|vorgegebenen?|"
                                     r"formulierten?|festgelegten?|vereinbarten?|empfohlenen?)\s+(?:\w+\s+)?(?:mindestens\s+)?$")
#: The US as the one who demands a NATO level: "Trump fordert fünf Prozent", "Die USA etwa haben fünf Prozent gefordert".
US_DEMANDER_RE = re.compile(r"\b(?:Trump\w*|US-Präsident\w*|USA|Washington|Amerikaner\w*|US-Regierung)\b")
#: NATO's target named by a definite article right before a target level ("Kanada wird das Ziel von 2% des BIP erreichen",
#: "Rumänien hat das verbindliche Ziel von 2 % des BIP erst 2020 erreicht") or the alliance's average: the alliance's, even
#: with a state that reaches it.
THE_TARGET_BEFORE_RE = re.compile(
    r"\b(?:[Dd]as|[Dd]em|[Dd]es|[Dd]en|[Dd]ie|[Dd]er)\s+(?:(?:von\s+der\s+(?:Nato|NATO|Allianz)|[a-zäöüß]\w*)\s+){0,3}"
    r"(?:Ziel|Ziels|Zielwert|Zielmarke|Mindestziel|Vorgabe|Untergrenze)\s+(?:von|in\s+Höhe\s+von)\s+"
    r"(?:mindestens\s+|rund\s+|jeweils\s+)?$"
)
#: NATO's 32 members (2024-): only their targets at NATO's levels are the alliance's ("Japan ... das Ziel von 2 Prozent"
#: is Japan's own).
NATO_MEMBER_STATES = frozenset(
    "AL BE BG CA CZ DK DE EE ES FI FR GB GR HR HU IS IT LT LU LV ME MK NL NO PL PT RO SE SI SK TR US".split()
)
ALLIANCE_AVERAGE_BEFORE_RE = re.compile(r"(?:Bündnis|Nato-|NATO-|Allianz)durchschnitt\w*\s+(?:von\s+|bei\s+)(?:rund\s+|etwa\s+)?$")
#: A target owned by the one who pursues it: "erfüllte die Regierung ihr Ziel", "Spaniens Ziel war es".
OWN_TARGET_RE = re.compile(r"\b(?:ihr|ihre|ihres|sein|seine|seines|unser|unsere)\w*\s+(?:\w+\s+)?Ziel|\b[A-ZÄÖÜ]\w+s\s+Ziel\b")
NATO_TARGET_WORDS_RE = re.compile(r"\b(?:Ziel\w*|Vorgabe\w*|Norm|Richtwert|Quote|sollen|soll|müssen|bisher|künftig|Gipfel\w*|geeinigt|vereinbart|beschlossen)\b")
ALLIANCE_MEMBERS_RE = re.compile(
    r"\b(?:Alliierten?|Verbündeten?|Bündnispartner\w*|Bündnisstaaten|Mitgliedstaaten|Mitgliedsstaaten|"
    r"Mitgliedsländer\w*|Mitgliedern?|Bündnismitglieder\w*|Partnerländer\w*|Alle Staaten des Bündnisses|"
    r"jedes (?:Mitglieds)?[Ll]and|jeder (?:Mitglieds?)?[Ss]taat|jedes Mitglied)\b"
)

#: Kind of figure, by the words of its sentence.
TARGET_WORDS_RE = re.compile(
    r"\b(?:Ziel\w*|\w+ziel\w*|Zielmarke|Vorgabe\w*|Marke|Richtwert|verpflichtet\w*|Verpflichtung\w*|Zusage\w*|"
    r"zugesagt|vereinbart\w*|Vereinbarung\w*|beschlossen\w*|Beschluss|geeinigt|Einigung|festgelegt|angepeilt|anpeilen|"
    r"anstreb\w*|strebt\w*|angestrebt|Selbstverpflichtung)\b"
)
DEMAND_WORDS_RE = re.compile(
    r"\b(?:forder\w*|gefordert|Forderung\w*|verlang\w*|dräng\w*|gedrängt|poch\w*|gepocht|droh\w*|gedroht|"
    r"aufforder\w*|aufgefordert|appellier\w*|plädiert\w*|müsse|müssten|müsste|mahnt\w*|ermahnt\w*|"
    r"brauch\w*|benötig\w*|Bedarf\w*|\w+bedarf|notwendig\w*|nötig\w*|Lücke)\b"
)
ESTIMATE_WORDS_RE = re.compile(
    r"\b(?:schätzungsweise|geschätzt\w*|Schätzung\w*|voraussichtlich\w*|Prognose\w*|prognostiz\w*|dürfte\w*|"
    r"erwartet\w*|rechnet\w*|Hochrechnung\w*|vermutlich)\b"
)
#: Plans and pledges: a level to be reached, a budget for a coming year, money not yet spent.
PLAN_WORDS_RE = re.compile(
    r"\b(?:soll|sollen|sollte|sollten|solle|will|wollen|wolle|plant|planen|plante|geplant\w*|Plan|Pläne|vorgesehen|eingeplant|"
    r"veranschlagt|Entwurf\w*|\w*entwurf\w*|künftig\w*|Verpflichtungsermächtigung\w*|zusag\w*|Zusage\w*|zugesagt|versprach|"
    r"verspricht|versprochen|angekündigt|kündigt\w*|anschaffen|bestellen|bereitstellen|bereitzustellen|aufstocken|erhöhen|"
    r"steigen|anheben|anwachsen|wird|werden|würde|würden)\b|\b(?:bis|ab) (?:20\d\d)\b",
)
#: What has been spent, approved, ordered or reported.
DONE_WORDS_RE = re.compile(
    r"\b(?:bewilligt|bewilligte|freigegeben|gebilligt|billigte|genehmigt|genehmigte|bestellt|bestellte|unterzeichnet\w*|"
    r"erhalten|erhielt|erhält|beträgt|betrug|belief|beläuft|flossen|floss|ausgegeben|investiert\w*|gemeldet|gezahlt|"
    r"geliefert|kostete|umfasst|umfasste|hatte|war|waren|liegt|lag|lagen|gab|gaben|gibt|stieg|stiegen|vergeben|"
    r"zugestimmt|stimmte|beschloss|beschlossen|Wert von|im Wert)\b",
)
ACTUAL_WORDS_RE = re.compile(
    r"\b(?:gibt|gab|gaben|gebe|geben|ausgegeben|liegt|lag|lagen|liegen|kommt|kam|kamen|erreicht\w*|"
    r"beträgt|betrug|betragen|investiert\w*|Anteil|Quote|bereitgestellt|aufgewendet|Ausgaben)\b"
)

#: Words of saying and demanding, which tie a figure to its speaker.
SPEECH_WORDS_RE = re.compile(
    r"\b(?:sagte|sagt|sagten|sagen|gesagt|erklärte|erklärt|betonte|betont|sprach|meinte|forderte|fordert|"
    r"fordern|gefordert|verlangte|verlangt|drohte|droht|gedroht|pocht|pochte|drängte|drängt|aufforderte|"
    r"aufgefordert|auffordert|kündigte|angekündigt|versprach|versprochen|bekräftigte|warnte|kritisierte|"
    r"schrieb|twitterte|räumte|bezeichnete|nannte|verwies|mahnte|appellierte|bestätigte|zufolge|laut)\b"
)
#: Subjunctive forms of reported speech ("Russland gebe ... aus", "Deutschland müsse").
REPORTED_SPEECH_RE = re.compile(
    r"\b(?:gebe|sei|seien|habe|müsse|könne|werde|wolle|solle|wisse|stehe|liege|komme|brauche|bleibe|gehe|plane|investiere)\b"
)
PRONOUN_SUBJECT_RE = re.compile(r"\b(?:er|Er|sie|Sie)\b")

#: Years: "2024", and phrases relative to the publication year.
YEAR_RE = re.compile(r"(?<!\d)(?:19[89]\d|20\d\d|2100)(?!\d)")
RELATIVE_YEARS = (
    (re.compile(r"\b(?:in diesem Jahr|dieses Jahr|diesjährig\w*|im laufenden Jahr|laufenden Jahres)\b", re.I), 0),
    (re.compile(r"\b(?:im kommenden Jahr|kommendes Jahr|nächstes Jahr|im nächsten Jahr|nächsten Jahres)\b", re.I), 1),
    (re.compile(r"\b(?:im vergangenen Jahr|vergangenes Jahr|letztes Jahr|im letzten Jahr|im Vorjahr|vergangenen Jahres)\b", re.I), -1),
)

# --- coverage ----------------------------------------------------------------------------------

#: Words that make an article about defence spending even without a figure.
DEFENCE_SPENDING_WORDS_RE = re.compile(
    r"Verteidigungsausgaben|Militärausgaben|Rüstungsausgaben|Verteidigungshaushalt|Verteidigungsetat|"
    r"Wehretat|Militärhaushalt|Militäretat|Zwei-Prozent-Ziel|Zweiprozentziel|Fünf-Prozent-Ziel|"
    r"Sondervermögen für die Bundeswehr|Bundeswehr-Sondervermögen|Lastenteilung im Bündnis"
)

# --- file kinds and input limits -------------------------------------------------------------

#: Magic numbers of binary formats that turn up in scraped folders under a text extension.
BINARY_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document"),
    (b"PAR1", "Parquet file"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\x7fELF", "program (ELF)"),
    (b"MZ", "Windows program"),
    (b"\x80\x04\x95", "Python pickle"),
)

#: A text file (.txt/.html) larger than this is not one article; it is refused unread.
MAX_ARTICLE_FILE_BYTES = 10 * 2**20

#: An article's body text longer than this (characters) is refused: it is a dump, not an
#: article, and stays below spaCy's one-million-character limit per text.
MAX_ARTICLE_CHARS = 1_000_000

# --- quotations (who says what) -------------------------------------------------------------

#: Verbs and words that attribute a quotation to its speaker ("sagte", "fügte ... hinzu", "so").
SPEECH_VERBS = (
    "sagte", "sagt", "sagten", "sagen", "erklärte", "erklärt", "erklärten", "betonte", "betont", "betonten",
    "forderte", "fordert", "forderten", "warnte", "warnt", "warnten", "kritisierte", "kritisiert", "meinte", "meint",
    "ergänzte", "ergänzt", "fügte", "fügt", "schrieb", "schreibt", "teilte", "teilten", "teilt", "mahnte", "mahnt",
    "räumte", "unterstrich", "unterstreicht", "bekräftigte", "bekräftigt", "versicherte", "versichert", "kündigte",
    "erwiderte", "antwortete", "antwortet", "entgegnete", "stellte", "zitierte", "zitiert", "verkündete", "verkündet",
    "drohte", "droht", "sprach", "spricht", "hieß", "heißt", "bestätigte", "bestätigt", "räumt", "gab", "gibt",
    "behauptete", "behauptet", "argumentierte", "argumentiert", "lobte", "lobt", "beklagte", "beklagt", "appellierte",
    "rief", "ruft", "fuhr", "unterstrich", "so",
    # said with a feeling or as a summary: ""…", freute sich der Matchwinner", ""…", fasste X zusammen"
    "freute", "freut", "fasste", "fasst", "unterbrach", "jubelte", "resümierte", "bilanzierte", "erzählte", "erzählt",
    "berichtete", "berichtet", "verriet", "verrät", "scherzte", "schimpfte", "urteilte", "wiederholte",
    # held against or stated: ""…", hielt Merz dem entgegen", ""…", hielt er fest"
    "hielt", "hält",
)
#: After a closing quotation mark: ", wie Nagelsmann sagte" (the speaker before the verb).
QUOTE_ATTRIBUTION_WIE_RE = re.compile(
    r"^\s*,\s*wie\s+(?P<who>[^,.;:!?\"\n]{1,60}?)\s+(?P<verb>sagte|sagt|erklärte|erklärt|betonte|betont|schrieb|schreibt|meinte|meint|formulierte|formuliert)\b"
)
_SPEECH_VERB_ALT = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
#: After a closing quotation mark: ", sagte der US-Beamte" / ", so Rutte" / ", fügte er hinzu".
QUOTE_ATTRIBUTION_AFTER_RE = re.compile(
    rf"^\s*[,:]?\s*(?P<verb>{_SPEECH_VERB_ALT})\s+(?P<who>(?:(?!\s(?:im|in|am|an|bei|auf|gegenüber|vor|nach|zu|zum|zur|über|mit|während|und|dabei|hinzu|mit)\b)[^.,;:!?\"\n])+)",
)
#: Before an opening quotation mark: "Rutte sagte: " / "Trump schrieb auf X: ".
QUOTE_ATTRIBUTION_BEFORE_RE = re.compile(
    rf"(?P<who>(?:[A-ZÄÖÜ][\w-]*\s+){{0,4}}[A-ZÄÖÜ][\w-]*|\b(?:er|sie)\b)"
    # an apposition between the name and its verb: "Pascal Kober, der rentenpolitische Sprecher der FDP, betonte: "
    rf"(?:,\s+(?:der|die)\s+[^,:;\"\n.!?]{{1,80}},)?"
    rf"\s+(?P<verb>{_SPEECH_VERB_ALT})\b[^.!?\"\n]{{0,60}}:\s*$",
)
#: Words just before a short quotation that make it someone's words, not a scare quote or a name:
#: "sprach von einer "Doppelmoral"", "nannte es einen "Fehler"", "verurteilte den Angriff "mit aller
#: Schärfe"", "skandierten "…"", "laut eigener Aussage "überhaupt keine Sorgen"".
SHORT_QUOTE_CUE_RE = re.compile(
    r"(?:\b(?:sprach|spricht|sprachen|sprechen|redete|redet|berichtete|berichtet|berichteten|berichten|schrieb|schreibt|"
    r"warnte|warnt|warnten|warnen)\b[^\".!?]{0,100}?\bvon\s+(?:\S+\s+){0,2}"
    r"|\b(?:nannte|nennt|nannten|nennen|bezeichnete|bezeichnet|bezeichneten|bezeichnen|beschrieb|beschreibt|beschrieben|"
    r"ehrte|ehrt|würdigte|würdigt)\b[^\"]{0,160}"
    r"|\b(?:skandierten|skandierte|skandieren|riefen|verurteilte|verurteilten|verurteilt|verurteilen|kritisierte|kritisierten|"
    r"kritisiert|kritisieren|lobte|lobten|lobt|loben|warnte|warnten|warnt|warnen|forderte|forderten|fordert|fordern|verlangte|verlangt|"
    r"betonte|betonten|betont|unterstrich|unterstreicht|warf|warfen|wirft|werfen|begrüßte|begrüßten|begrüßt|begrüßen|"
    r"attestierte|attestiert|bescheinigte|bescheinigt|beklagte|beklagt|mahnte|mahnt|"
    r"sicherte|sicherten|sichert|sichern|versprach|versprachen|verspricht|versprechen|stufte|stuften|stuft|stufen|"
    r"befürwortete|befürworteten|befürwortet|problematisierte|problematisiert|wertete|werteten|wertet|gewertet|"
    r"bekundete|bekundeten|bekundet|bekunden|(?:äußerte|äußerten|äußert|äußern)(?!\s+sich\b))\b[^\".]{0,90}"
    r"|\b(?:laut|nach)\s+(?:eigener|eigenen|seiner|ihrer|seinen|ihren)\s+(?:Aussage|Aussagen|Angaben|Worten)\s+(?:\S+\s+){0,2}"
    r"|\bmit\s+den\s+Worten\s+)$"
)
#: A colon right before an opening mark: what follows is someone's words ("reicht ein Wort: "Fertig!"",
#: "Calmund hat Respekt vor dem Gegner: "Bin kein Traumtänzer""), unless a word of naming stands before it
#: up to three words before it ("Das Motto der Demonstration: "…"", "unter dem Titel: "…"").
COLON_BEFORE_QUOTE_RE = re.compile(r"(?<!\d):[^\S\n]*$")
#: Nouns that introduce a name, a title or a motto in quotation marks (used before a colon and in headings).
NAMING_NOUNS = ("Titel", "Motto", "Mottos", "Name", "Namen", "Thema", "Aufschrift", "Schlagzeile", "Überschrift", "Slogan",
                "Hashtag", "Stichwort", "Stichworte", "Devise", "Losung", "Parole", "Kampagne", "Song", "Lied", "Album", "Film",
                "Buch", "Roman", "Serie", "Sendung", "Podcast", "Show", "Ausstellung", "Projekt", "Programm", "Kategorie",
                "Rubrik", "Label", "Marke", "Produkt", "Modell", "Operation", "Spitzname", "Begriff", "Wort des Jahres", "Unwort")
NAMING_BEFORE_COLON_RE = re.compile(r"\b(?:" + "|".join(NAMING_NOUNS) + r")\w*(?:[^\S\n]+[^\s:]+){0,3}[^\S\n]*:[^\S\n]*$")
#: The subject of a heading line before its quoted words: a capitalised word that opens it ("Grüne", "FDP",
#: "Brandenburger Sozialdemokraten", "Kühnert").
HEADING_SUBJECT_BEFORE_RE = re.compile(
    r"(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einen|Einem|Kein|Keine)\s)(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[A-ZÄÖÜ][\w-]+\s+(?:[^\"\n]*\s)?")
#: Words before quoted words in a heading that make them a title or a name: "zeigt", "startet", "Film", "Serie" ...
NAMING_BEFORE_QUOTE_RE = re.compile(
    r"\b(?:zeigt|zeigen|startet|starten|sendet|spielt|spielen|singt|veröffentlicht|präsentiert|Aktion|Initiative|namens|genannt|heißt|"
    + "|".join(NAMING_NOUNS) + r")\b[^\"]*$"
)
#: A sentence opened by a pronoun as its subject ("Sie sprach von einer "Doppelmoral"").
SENTENCE_PRONOUN_RE = re.compile(r"(Er|Sie)\s+\w+")
#: A person's name right after a role: two capitalised words ("Karl Nehammer", "Alexander Van der
#: Bellen"), or one that is no German word ("Kanzler Nehammer").
NAME_AFTER_ROLE_RE = re.compile(r"[^\S\n]([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)(?:[^\S\n]([A-ZÄÖÜ][a-zäöüß]+))?")
#: Words of time that may follow a role and are no name: "sagte der Kanzler Ende Mai", "der Kanzler Montag".
TIME_WORDS = frozenset({"Ende", "Anfang", "Mitte", *GERMAN_WEEKDAYS,
                        *(max((k for k, v in GERMAN_MONTHS.items() if v == n), key=len).capitalize() for n in range(1, 13))})
#: An alias that is an inflected adjective of a state: "US-amerikanischer", "britischen".
ADJECTIVE_ALIAS_RE = re.compile(r"[a-zäöü]isch(?:e|en|er|es|em)$")
#: A person's name the dictionary may not know: two capitalised words ("Hans Meier", "Robert F. Kennedy"), the first
#: not a word that starts sentences ("Die Bundesregierung", "Nach Angaben"), both on one line (not a headline and the paragraph after it).
PERSON_NAME_RE = re.compile(
    r"\b(?!(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Einem|Einen|Nach|Laut|Auch|Doch|Aber|Und|Im|In|Am|An|Auf|Bei|Für|Mit|Vor|"
    r"Zum|Zur|Von|So|Wie|Als|Wenn|Dass|Er|Sie|Es|Wir|Ihr|Man|Dies|Diese|Dieser|Seit|Bis|Über|Unter|Gegen|Während|Ob|Noch|Nun|Dann|"
    r"Damit|Dabei|Zudem|Zwar|Ihre|Ihrer|Ihren|Ihrem|Ihr|Seine|Seiner|Seinen|Seinem|Unsere|Unserer|Unseren|Meine|Meiner|Meinen|"
    r"Keine|Keiner|Alle|Allen|Viele|Vielen|Beide|Beiden|Jede|Jeder|Jeden|Einige|Manche|Mehrere|US|EU|Nato|NATO|Nahen|Mittleren|Fernen|Vereinten|Weißen|Roten|Schwarzen|Europäischen|Deutschen|"
    r"Neuen|Grünen|Linken|Freien|Sozialen|Christlich|Demokratische)\b)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:[^\S\n]+[A-Z]\.)?[^\S\n]+[A-ZÄÖÜ][a-zäöüß]{2,}\b"
)
#: The end of a sentence inside a quotation: its last full stop, question or exclamation mark.
SENTENCE_END_RE = re.compile(r"[.!?…](?=\s)")
#: Pronouns that stand for the person named last.
SPEAKER_PRONOUNS = frozenset({"er", "sie", "Er", "Sie"})
#: A quotation of this many words or fewer needs an attribution to count (else it is a
#: scare quote or a name: "Trump-Flüsterer", "Oreschnik").
#: A short quotation named by the verb after it: "den sie als "Freiluftgefängnis" bezeichnete",
#: "was er "Hexenjagd" nannte" (matched right after the closing mark).
SHORT_QUOTE_AFTER_CUE_RE = re.compile(
    r"[^\S\n]*(?:spricht|sprach|sprachen|sprechen)\b|[^\S\n]+(?:war|ist|sei|wäre)[^\S\n]+(?:(?:auch|oft|zudem|bereits|schon)[^\S\n]+)?die[^\S\n]+Rede\b|[^\S\n]*(?:[^\s\".!?]+[^\S\n]+){0,3}?(?:bezeichnete|bezeichneten|bezeichnet|bezeichnen|nannte|nannten|nennt|nennen|"
    r"abtat|abtaten|abtut|abgetan|beschrieb|beschrieben|beschreibt|kritisierte|kritisierten|kritisiert|verurteilte|verurteilt|betitelte|betitelt)\b"
    # a judgement the words are the object of: "hält einen "Kraftakt" für notwendig", "auf das "Ausmaß der Krise" hinweisen"
    r"|[^\S\n]+für[^\S\n]+(?:\w+[^\S\n]+)?(?:notwendig|nötig|erforderlich|richtig|falsch|sinnvoll|unverzichtbar|unerlässlich|"
    r"überfällig|angemessen|unangemessen|gefährlich|wichtig|realistisch|unrealistisch|denkbar|ausgeschlossen)\b"
    r"|[^\S\n]+(?:hinweisen|hinweist|hinwies|hinwiesen|hingewiesen|aufmerksam[^\S\n]+machen|aufmerksam[^\S\n]+gemacht)\b"
)
#: An article right before an opening mark: what follows is named, not said ("die "Sonderstufe …"").
NAME_BEFORE_QUOTE_RE = re.compile(r"\b(?:der|die|das|den|dem|des|Der|Die|Das)\s+\"$")
MAX_UNATTRIBUTED_QUOTE_WORDS = 3
#: Single quotation marks: what may stand before an opening one, and the most words between a pair.
SINGLE_QUOTE_OPEN_AFTER = " \t\n(–-:/"
MAX_SINGLE_QUOTE_WORDS = 12
#: An unattributed quotation of this many words or fewer without closing punctuation, given to
#: nobody, is a motto, a title or a slogan ("Mehr Lohn, mehr Freizeit, mehr Sicherheit").
MAX_UNATTRIBUTED_FRAGMENT_WORDS = 8
#: An unattributed quotation continues the speaker of a quotation at most this many paragraphs before.
SPEAKER_CARRY_PARAGRAPHS = 1

# Reported speech (indirect quotations): "X sagte, dass …", "laut X", "X zufolge", "…, so X".

#: Verbs of saying that report speech in a clause after a comma ("Erdogan kritisierte, der
#: Westen stehe …"), with the particle a separable verb needs to be one ("teilte … mit",
#: "machte … deutlich"); a verb with particles ``()`` needs none.
REPORTING_VERBS: dict[str, tuple[str, ...]] = {
    **{verb: () for verb in (
        "sagte", "sagt", "sagten", "erklärte", "erklärt", "erklärten", "betonte", "betont", "betonten", "forderte",
        "fordert", "forderten", "warnte", "warnt", "warnten", "kritisierte", "kritisiert", "kritisierten", "meinte", "meint",
        "ergänzte", "ergänzt", "schrieb", "schreibt", "schreiben", "schrieben", "mahnte", "mahnt", "unterstrich", "unterstreicht",
        "bekräftigte", "bekräftigt", "versicherte", "versichert", "erwiderte", "antwortete", "entgegnete", "verkündete",
        "verkündet", "drohte", "droht", "bestätigte", "bestätigt", "behauptete", "behauptet", "argumentierte", "argumentiert",
        "beklagte", "beklagt", "berichtete", "berichtet", "berichteten", "meldete", "meldet", "mitteilte", "mitteilt",
        "erläuterte", "erläutert", "begründete", "monierte", "beteuerte", "bekannte", "signalisierte", "räumte", "räumten",
        "warf", "wirft", "teilte", "teilt", "teilten", "machte", "macht", "fügte", "fügt", "kündigte", "kündigt", "stellte",
        "stellt", "gab", "gibt", "wies", "verwies", "hob", "rief", "ruft", "zeigte", "zeigt", "äußerte", "äußert",
    )},
    "räumte": ("ein",), "räumten": ("ein",), "warf": ("vor",), "wirft": ("vor",), "teilte": ("mit",), "teilt": ("mit",),
    "teilten": ("mit",), "machte": ("deutlich", "klar"), "macht": ("deutlich", "klar"), "fügte": ("hinzu",), "fügt": ("hinzu",),
    "kündigte": ("an",), "kündigt": ("an",), "stellte": ("klar", "fest"), "stellt": ("klar", "fest"), "gab": ("an", "zu", "bekannt"),
    "gibt": ("an", "zu", "bekannt"), "wies": ("hin",), "verwies": ("darauf",), "hob": ("hervor",), "rief": ("auf",), "ruft": ("auf",),
    "zeigte": ("überzeugt", "zuversichtlich", "sicher", "optimistisch", "besorgt"), "zeigt": ("überzeugt", "zuversichtlich", "sicher", "optimistisch", "besorgt"),
}
_REPORTING_VERB_ALT = "|".join(sorted(REPORTING_VERBS, key=len, reverse=True))
#: A verb of saying and the comma after which its reported clause begins:
#: "Pistorius sagte, …", "Das Unternehmen teilte am Montag mit, dass …".
REPORTED_CLAUSE_RE = re.compile(
    rf"\b(?P<verb>{_REPORTING_VERB_ALT})\b(?P<mid>[^,.;:!?\"()\n]{{0,90}}?),\s+(?:dass\s+|wonach\s+)?(?=\S)"
)
#: A characterisation as reported speech: "Weidel bezeichnete jede Aufweichung der Schuldenbremse als verfassungswidrig",
#: "Zudem nannte Merz die SPD-Pläne als völlig unrealistisch" (``rest`` holds the object, after an inverted speaker).
CHARACTERISATION_RE = re.compile(
    r"\b(?P<verb>bezeichnete|bezeichneten|bezeichnet|nannte|nannten|wertete|werteten|lobte|lobten|kritisierte|kritisierten)\b"
    r"(?P<rest>[^.;:!?\"»«„“\n]{3,240}?)\s+als\s+(?P<what>[^.;:!?\"»«„“\n]{2,160}?)\s*(?=[.;!?]|$)"
)
#: A reported clause before its verb at the end of the sentence: "…, sagte ein Polizeisprecher." /
#: "…, teilte die Polizei mit." / "…, hieß es." / "…, so Rutte.".
REPORTED_TAIL_RE = re.compile(
    rf",\s+(?P<verb>{_REPORTING_VERB_ALT}|so|hieß|heißt)\s+(?P<who>[^,;:!?\n]{{0,90}}?(?:,\s+[^,;:!?\n]{{1,60}}?){{0,2}})"
    r"(?:\s+und\s+[^\"\n]*)?\s*[.!?]?\s*$"
)
#: Where a sentence names the source of what it reports: "laut X", "X zufolge", "nach Angaben von X",
#: "wie X mitteilte,", "demnach", "hieß es".
REPORTED_SOURCE_RE = re.compile(
    r"\b(?P<verb>[Ll]aut|[Gg]emäß)\s+(?P<who>[^,.;:!?\"()\n]{1,80})"
    r"|(?P<who2>\b[^,.;:!?\"()\n]{1,80}?)\s+(?P<verb2>zufolge)\b"
    r"|\b[Nn]ach\s+(?:(?:eigenen|offiziellen|ersten|vorläufigen|jüngsten|neuen|übereinstimmenden|unbestätigten|\w+en)\s+)?(?P<verb3>Angaben|Einschätzung|Einschätzungen|Schätzungen|Berichten|Informationen|Erkenntnissen|Darstellung|Worten|Ansicht|Auffassung|Aussage|Aussagen)\b(?P<who3>[^,.;:!?\"()\n]{0,80})"
    r"|\b[Ww]ie\s+(?:aus\s+)?(?P<who4>[^,.;:!?\"()\n]{1,80}?)\s+(?P<verb4>mitteilte|mitteilten|sagte|sagten|berichtete|berichteten|erklärte|erklärten|meldete|meldeten|bestätigte|schrieb|bekannt gab|mitgeteilt hat|berichtet|meldet|schreibt|sagt|erklärt|hervorgeht|hervorging)\s*,"
    r"|,\s+wie\s+(?P<who7>[^,.;:!?\"()\n]{1,80}?)\s+(?P<verb7>mitteilte|mitteilten|sagte|sagten|berichtete|berichteten|erklärte|erklärten|meldete|meldeten|bestätigte|schrieb|berichtet|meldet|schreibt|sagt|erklärt)(?=\s*[.!?]?\s*$)"
    r"|\b(?P<verb5>demnach|wonach)\b"
    r"|\b(?P<verb6>hieß|heißt)\s+es\b(?P<who6>[^,.;:!?\"()\n]{0,80})"
)
#: The Konjunktiv I proper (no Konjunktiv II, which also states conditions).
KONJUNKTIV_I_WORDS = (
    "sei", "seien", "habe", "werde", "könne", "müsse", "solle", "wolle", "dürfe", "möge", "wisse", "gebe", "gehe", "komme",
    "stehe", "liege", "bleibe", "gelte", "bestehe", "fehle", "brauche", "handle", "handele", "bedeute", "lasse", "verfüge",
    "erfolge", "befinde", "beabsichtige", "plane", "erwarte", "unterstütze", "stimme", "gehöre", "verlange", "betreffe",
    "koste", "erhalte",
)
#: Further subjunctive forms of reported speech: Konjunktiv I forms that are rarer or also
#: imperatives, and the Konjunktiv II that reported speech uses where Konjunktiv I looks indicative.
KONJUNKTIV_MORE_WORDS = (
    "bestünde", "finde", "halte", "sehe", "zeige", "trage", "diene", "führe", "laufe", "arbeite", "setze", "stelle", "bringe",
    "hänge", "lehne", "nehme", "spreche", "wirke", "drohe", "reiche", "schaffe", "richte", "beginne", "entstehe", "besitze",
    "kenne", "ziehe", "strebe", "prüfe", "hätte", "hätten", "wäre", "wären", "würde", "würden", "fordere", "wünschten", "übernähmen",
)
#: Words that make a sentence report someone's speech in the subjunctive: a sentence with one of
#: them and no attribution of its own continues the reported speech just before it ("Dutzende
#: seien abgefangen worden").
# (the lookahead of first letters only makes the scan faster: the regex engine skips other positions quickly)
KONJUNKTIV_RE = re.compile(
    "(?=[" + "".join(sorted({w[0] for w in KONJUNKTIV_I_WORDS + KONJUNKTIV_MORE_WORDS})) + r"])\b(?:"
    + "|".join(KONJUNKTIV_I_WORDS + KONJUNKTIV_MORE_WORDS) + r")\b"
)
#: A sentence with a Konjunktiv I word outside quotation marks reports what someone said even
#: without an attribution ("Habeck habe Warnungen … ignoriert"); not "ich habe", "es sei denn",
#: "wie dem auch sei".
KONJUNKTIV_I_RE = re.compile(r"(?<!\bich )(?<!\bIch )\b(?:" + "|".join(KONJUNKTIV_I_WORDS) + r")\b(?! ich\b)(?! denn\b)(?! Dank\b)")
#: Speaker words before a colon in a headline that make it reported speech ("Pistorius: Russlands
#: Rüstungsproduktion …", "Parteichef: AfD wird …"), when they name no dictionary person.
#: A person introduced with a role before the name ("Ministerpräsident Daniel Günther",
#: "FDP-Chef Christian Lindner") or a party after it ("Hendrik Wüst (CDU)").
PERSON_INTRODUCED_BEFORE_RE = re.compile(
    r"(?:chef|chefin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|politiker|politikerin|"
    r"vorsitzende|vorsitzender|vorsitzenden|Chef|Chefin|Sprecher|Sprecherin|Minister|Ministerin|Präsident|Präsidentin|Kanzler|"
    r"Kanzlerin|Politiker|Politikerin|Vorsitzende|Vorsitzender|Abgeordnete|Abgeordneter|Bürgermeister|Bürgermeisterin"
    # a woman introduced by her occupation: "an die Pornodarstellerin Stephanie Clifford", "der Sängerin …"
    r"|\b[Dd](?:ie|er)\s+[A-ZÄÖÜ][\w-]*(?:erin|orin|istin|entin|antin|ärin))n?\s+$"
)
PERSON_INTRODUCED_AFTER_RE = re.compile(r"\s+\((?:[A-ZÄÖÜ][\w/.-]*|Bündnis 90/Die Grünen)\)")
HEADLINE_SPEAKER_RE = re.compile(
    r"^(?:[A-ZÄÖÜ][\w.-]*\s+){0,3}[\w.-]*(?:chef|chefin|sprecher|sprecherin|minister|ministerin|präsident|präsidentin|"
    r"kanzler|kanzlerin|politiker|politikerin|experte|expertin|vorsitzende|vorsitzender|coach|trainer|trainerin|"
    r"Chef|Chefin|Sprecher|Sprecherin|Minister|Ministerin|Präsident|Präsidentin|Experte|Expertin|Coach|Trainer|Trainerin)"
    r"(?:\s+[A-ZÄÖÜ][\w-]+){0,2}$"
)
#: A person named this close after a headline's colon makes the headline news about that person,
#: not the words of the label before the colon ("Weltmeister-Trainer: Argentinier César Luis Menotti gestorben").
HEADLINE_TOPIC_PERSON_CHARS = 40
#: Verbs of demanding, warning and judging: they report speech only with a clause ("forderte, die
#: Wehrpflicht einzuführen" / "…, dass …"), not with a noun and an apposition ("fordert den Stopp
#: aller Waffenlieferungen, auch in die Ukraine").
DEMAND_VERB_STEMS = ("forder", "kritisier", "warn", "mahn", "lob", "droh", "beklag", "appellier", "rief", "ruft", "verkünd")
#: A clause after a comma: an infinitive with "zu" or "dass"/"ob".
CLAUSE_MARK_RE = re.compile(r"\bzu\s+[a-zäöüß]+en\b|\b[a-zäöüß]+zu[a-zäöüß]+en\b|^(?:dass|ob)\b")
#: Words at the start of a sentence that are no speaker: "Am Montag sagte …", "Dabei betonte …".
NON_SPEAKER_OPENERS = frozenset({
    "Am", "Im", "In", "An", "Auf", "Bei", "Nach", "Vor", "Zuvor", "Dabei", "Auch", "Zudem", "Außerdem", "Später", "Zuletzt",
    "Dazu", "Darin", "Damals", "Gestern", "Heute", "Morgen", "Jetzt", "Nun", "Dann", "Danach", "Anschließend", "Weiter",
    "Ferner", "Gleichzeitig", "Zugleich", "Trotzdem", "Dennoch", "Allerdings", "So", "Bereits", "Schon", "Erst", "Noch",
    "Wie", "Mit", "Über", "Gegenüber", "Während", "Seit", "Zum", "Zur", "Für", "Laut", "Demnach", "Daher", "Deshalb",
})
#: Words after a noun that carry on the noun phrase naming a source: "einer Meldung der
#: Nachrichtenagentur Reuters", "der Polizei von Hanover" (not "laut KI die Zweitliga-Saison").
SOURCE_LINK_WORDS = frozenset({"der", "des", "eines", "einer", "von", "vom", "aus", "im", "in", "zur", "zum", "beim", "und"})
#: Articles that may open a speaker's or source's noun phrase ("die Polizei", "ein Sprecher").
SPEAKER_ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "eines", "einer", "einem", "er", "sie"})
#: A paragraph worth segmenting for reported speech: it holds a verb of saying, a source or the subjunctive.
REPORTED_CUE_RE = re.compile(
    rf"\b(?:{_REPORTING_VERB_ALT}|[Ll]aut|[Gg]emäß|zufolge|Angaben|Einschätzung|Einschätzungen|Schätzungen|Berichten|Informationen|"
    r"Erkenntnissen|Darstellung|Worten|Ansicht|Auffassung|Aussagen?|[Dd]emnach|[Ww]onach|hieß|heißt|hervorgeht|hervorging)\b|,\s+so\s|:"
)
#: Any word that can make a sentence reported speech: the cues above and the "wie X mitteilte" verbs.
REPORTED_ANY_CUE_RE = re.compile(r"(?=[^\W\d_]|[,:])(?:" + REPORTED_CUE_RE.pattern + r"|\b[Ww]ie\s|"
                                 r"\b(?:bezeichnete|bezeichneten|bezeichnet|nannte|nannten|wertete|werteten|lobte|lobten|kritisierte|kritisierten)\b)")
#: Words that end the phrase naming a speaker: "Rutte mit Blick auf …", "die Sprecherin der Nachrichtenagentur …".
SPEAKER_END_WORDS = frozenset({
    "der", "dem", "den", "des", "einer", "einem", "mit", "im", "in", "am", "an", "bei", "auf", "gegenüber", "vor", "nach",
    "zu", "zum", "zur", "über", "während", "dabei", "laut", "bereits", "schon", "nun", "jetzt", "zudem", "außerdem", "auch",
})
#: Auxiliaries between a speaker and the participle of saying ("Trump hatte im Frühjahr erklärt, …").
AUXILIARY_VERBS = frozenset({"hat", "hatte", "hatten", "haben", "habe", "wurde", "wird", "ist", "war", "sei", "soll", "sollte", "will", "wollte", "kann", "konnte"})
#: What sets a quotation apart from the reported clause before it: a dash or a colon
#: ("Gaza sei … – „unsere deutschen Freunde …“, sagte er").
QUOTE_APART_RE = re.compile(r"\s[–—-]\s*\"?$|:\s*\"?$")
#: Endings of a word for a country's people ("der Niederländer", "die Französin"): a speaker so named is a person.
DEMONYM_ENDINGS = ("er", "erin", "in", "innen", "ern")
#: A reported clause needs at least this many words outside quotation marks (else it is a direct quotation).
MIN_REPORTED_WORDS = 3
#: A sentence that attributes the statement before it: "Das teilte die Polizei mit.", "Das berichtete die ukrainische
#: Luftwaffe am Morgen.", "Dies meldete Reuters unter Berufung auf Militärkreise."
BACK_ATTRIBUTION_RE = re.compile(
    r"(?:Das|Dies)\s+(?P<verb>berichtete|berichteten|teilte|teilten|meldete|meldeten|sagte|sagten|erklärte|erklärten|schrieb|"
    r"schrieben|bestätigte|bestätigten|berichtet|meldet|schreibt|sagt|erklärt|teilt)\s+(?P<who>[^.,;:!?\"()\n]{2,80}?)"
    r"(?P<mit>\s+mit)?\s*[.,;]"
)
#: Fewest words of a Konjunktiv frame before a colon and a quotation for it to be reported speech of its own
#: ("Schon morgens um 6 Uhr gehe es los: "…""; not "Am Ende gelte: "…"", "Sie habe festgestellt: "…"").
MIN_FRAME_WORDS = 5
#: A line of at most this many words that is one sentence ending in a quotation reads as a
#: headline ("Scholz kontert FDP-Rentenpläne – Grüne fordern: "…""): its speaker is named after its last dash.
MAX_HEADLINE_QUOTE_LINE_WORDS = 30

# --- web pages (.html) -----------------------------------------------------------------------

#: schema.org types of an article, whose ``headline`` is the page's headline.
ARTICLE_LD_TYPES = frozenset({
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
    "Report", "ScholarlyArticle", "SocialMediaPosting",
})
#: Class names of an ``h1`` that search engines see and readers do not ("seotitle", "sr-only").
HIDDEN_HEADLINE_CLASS_RE = re.compile(r"seo|sr-only|screen-?reader|visually-?hidden|offscreen|hidden", re.IGNORECASE)
#: Class names of the parts of an ``h1`` that are not the headline: the kicker above it
#: ("Dachzeile", "Spitzmarke", overline, topline) and text for screen readers only.
HEADLINE_EXTRA_CLASS_RE = re.compile(
    r"kicker|overline|topline|roofline|dachzeile|spitzmarke|rubrik|offscreen|sr-only|screen-?reader|visually-?hidden|label|flag",
    re.IGNORECASE,
)
#: What separates a page title from the site's name: "Titel | Site", "Titel – Site", "Titel - Ressort - Site".
TITLE_SEPARATOR_RE = re.compile(r"\s+(?:\||–|—|-|›|::|·)\s+")
#: A title segment that is a web address ("derStandard.at", "news.ORF.at").
DOMAIN_SEGMENT_RE = re.compile(r"^[\w.-]+\.(?:de|at|ch|com|net|org|eu|info|online|news|tv|fm|lu|li|it|fr|uk)\b", re.IGNORECASE)
#: Site-name segments have at most this many words.
MAX_SITE_SEGMENT_WORDS = 5
#: Lines of a page body that are furniture, not the article: teaser headings, newsletter
#: and paywall boxes, sharing prompts, image credits.
WEB_FURNITURE_LINE_RE = re.compile(
    r"^(?:"
    r"(?:Mehr|Weitere Artikel|Weitere Beiträge|Weitere Nachrichten) zum Thema|Lesen Sie (?:auch|mehr|hier)|Auch interessant|"
    r"Das könnte Sie (?:auch )?interessieren|Empfehlungen(?: der Redaktion)?|Meistgelesen|Top-Themen|Verwandte Themen|"
    r"Zum Thema|Passend zum Thema|Mehr aus (?:dem Ressort|der Rubrik)\b.*|"
    r"(?:Jetzt )?(?:den |unseren |zum )?Newsletter (?:abonnieren|bestellen|kostenlos)\b.*|.*\bNewsletter(?:-Anmeldung| anmelden)\b.*|"
    r"(?:Jetzt |Hier )?(?:weiterlesen|Abo abschließen|abonnieren|registrieren)\b.{0,80}|"
    r"(?:Dieser|Der) (?:Artikel|Beitrag|Inhalt) ist (?:exklusiv )?(?:nur )?für (?:Abonnenten|Abonnentinnen|Abonnent|Plus-Leser|Digital-Abonnenten)\b.*|"
    r".{0,60}\b(?:Plus|Premium|Z\+|F\+|SZ Plus|WELTplus|SPIEGEL\+)-?(?:Artikel|Inhalt|Abo)\b.{0,60}|"
    r"(?:Artikel|Beitrag|Seite) (?:teilen|drucken|merken|versenden)|Teilen|Drucken|Merken|Kommentieren|Zur Startseite|"
    r"(?:Foto|Fotos|Bild|Bilder|Grafik|Video|Quelle|Copyright)\s*(?::|©)\s*[\w./&+,()| -]{1,60}|©\s*.{1,60}"
    r")\s*[:.]?$",
    re.IGNORECASE,
)
#: A line that opens a list of teasers: the short lines after it are links, not text.
TEASER_HEADING_RE = re.compile(
    r"^(?:(?:Mehr|Weitere Artikel|Weitere Beiträge|Weitere Nachrichten) zum Thema|Lesen Sie (?:auch|mehr)|Auch interessant|"
    r"Das könnte Sie (?:auch )?interessieren|Empfehlungen(?: der Redaktion)?|Meistgelesen|Top-Themen|Verwandte Themen|"
    r"Zum Thema|Passend zum Thema)\s*:?$",
    re.IGNORECASE,
)
#: Furniture lines are short: a line with more words is kept whatever it says.
MAX_FURNITURE_WORDS = 14
#: A guest contribution's disclaimer ("... müssen nicht der Meinung der Redaktion entsprechen"),
#: a line of up to ``MAX_DISCLAIMER_WORDS`` words.
DISCLAIMER_LINE_RE = re.compile(
    r"^.{0,160}\b(?:(?:muss|müssen) nicht (?:der|die) meinung|(?:gibt|geben) nicht (?:zwingend |unbedingt |notwendigerweise )?die meinung)"
    r"\b.{0,40}\b(?:redaktion|herausgeber|verlags?)\b.{0,80}$",
    re.IGNORECASE,
)
MAX_DISCLAIMER_WORDS = 30
#: Class names of the lead paragraph (the summary under the headline) that extraction may
#: miss: "lead", "article-leadtext", "intro", "standfirst", "Vorspann". ("teaser" is left
#: out: it also names the cards of other articles.)
LEAD_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:lead|leadtext|lede|intro|standfirst|vorspann|summary|abstract|article-lead)(?:$|[\s_-])", re.IGNORECASE)
#: A lead has at least this many words.
MIN_LEAD_WORDS = 8
#: Class words of a lead marked as teaser text ("teaserText", "teaser-text"); such a
#: paragraph is the lead only when it stands before the body and is not a link.
TEASER_TEXT_CLASS_WORDS = frozenset({"teaser", "teasertext", "kurztext", "intro", "lead", "summary", "description"})
#: Class names of the parts of a heading that only screen readers read (a separator between
#: kicker and headline: ``<span class="visually-hidden">: </span>``).
SCREEN_READER_CLASS_RE = re.compile(r"sr-only|screen-?reader|visually-?hidden|visuallyhidden|offscreen|hiddendash|a11y", re.IGNORECASE)
#: Hidden text between kicker and headline.
HEADING_SEPARATORS = frozenset({":", "-", "–", "—", "|", "·", "•", ","})
#: How metadata join a kicker and a headline ("Nach Gaetz-Rückzug: Trump-Anwältin ...").
KICKER_SEPARATORS = (": ", " - ", " – ", " — ", " | ")
#: A heading with more words than this is not a headline (a broken page wraps its body in the h1).
MAX_HEADLINE_WORDS = 40
#: Elements that are never article text: taken out of a page before its text is read.
FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "form", "button", "figure", "figcaption", "picture", "iframe", "noscript",
                            "template", "select", "textarea", "label", "audio", "video", "dialog", "object", "embed"})
#: Attributes whose values are read as class words.
CLASS_ATTRIBUTES = ("class", "id", "data-area", "data-component", "data-module", "data-testid", "data-type")
#: Where a class value is cut into parts ("Article_elementPoll__0I_DP" -> Article, elementPoll, 0I, DP).
CLASS_PART_SPLIT_RE = re.compile(r"[^0-9A-Za-zÄÖÜäöüß]+")
#: A part in camel case, split into its words ("elementPoll" -> element, poll); generated
#: hashes ("kGbdVO", "sc-d721210") stay whole, so that they never read as a word.
CAMEL_CASE_CLASS_RE = re.compile(r"^(?:[a-z]+|[A-Z][a-z]+)(?:[A-Z][a-z]+)+$")
CAMEL_CASE_PART_RE = re.compile(r"[A-Z]?[a-z]+")
#: Class words of page furniture inside an article: teaser and related lists, newsletter and
#: paywall boxes, share and comment bars, credits and captions, bylines and author boxes,
#: polls, ads, tags, players, kickers and reading times.
FURNITURE_CLASS_WORDS = frozenset(
    {
        "related", "recommendation", "recommendations", "recommended", "empfehlung", "empfehlungen", "newsletter",
        "paywall", "regwall", "subscription", "abo", "abonnement", "share", "sharing", "shariff", "sharebar", "social",
        "socials", "comments", "kommentare", "forum", "community", "postings", "breadcrumb", "breadcrumbs",
        "byline", "author", "authors", "autor", "autoren", "authorbox", "credit", "credits", "copyright", "caption",
        "readingtime", "lesedauer", "ad", "ads", "advert", "advertisement", "anzeige", "werbung", "commercial", "sponsored",
        "outbrain", "taboola", "poll", "umfrage", "voting", "survey", "tags", "taglist", "keywords", "schlagworte",
        "moretosubject", "readmore", "linkbox", "toolbar", "bookmark", "feedback", "player", "gallery", "slider", "carousel",
        "sidebar", "promo", "meistgelesen", "mostread", "kicker", "keyword", "agencies", "tts", "podcast",
    }
)
#: The same as compound class names ("more-to-subject", "reading-time", "author-box").
FURNITURE_CLASS_RE = re.compile(
    r"more-?to-?subject|read-?more|also-?read|further-?reading|mehr-?zum-?thema|lesen-?sie-?auch|most-?read|"
    r"meist-?gelesen|error-?report|fehler-?melden|reading-?time|lese-?dauer|author-?box|author-?bio|newsletter|paywall"
)
#: Class words of reader comments and forums: their paragraphs are never the article's body.
#: (Only plural or forum words: "comment" and "kommentar" alone mark opinion pieces.)
COMMENT_CLASS_WORDS = frozenset({"comments", "kommentare", "leserkommentare", "forum", "community", "postings", "discussion", "disqus"})
#: Headings of boxes that are not the article: newsletter and messenger promotion, author
#: profiles, comment sections (the box goes with its heading; see ``TEASER_HEADING_RE`` for teaser lists).
BOX_HEADING_RE = re.compile(
    r"^(?:(?:newsletter|[\w-]+-newsletter)\b.*|.*\bnewsletter\b.*\b(?:abonnier\w*|anmelden|anmeldung|bestellen|kostenlos|erhalten|registrier\w*)\b.*|"
    r"(?:unser(?:e|en)?|ihr|dein)\s+(?:[\w-]+\s+)?newsletter\b.*|"
    r".*\b(?:whatsapp|telegram|signal)\b.*\b(?:kanal|channel|folgen|folgst|abonnier\w*)\b.*|(?:folgen sie uns|folgst du|folge uns)\b.*|"
    r"(?:über )?(?:die|den|der) (?:autorin|autor|autoren|autorinnen)|über (?:die|den) (?:autorin|autor)|zur (?:autorin|person des autors)|"
    r"kommentare(?: \(\d+\))?|\d+ kommentare|diskutieren sie mit\b.*|push-?(?:nachrichten|mitteilungen|benachrichtigungen)\b.*|"
    r"mehr zum thema|lesen sie (?:auch|mehr)|weitere artikel|auch interessant|das könnte (?:sie|dich) (?:auch )?interessieren|"
    r"passend zum (?:artikel|thema)|empfehlungen(?: der redaktion)?|meistgelesen|top-?themen|verwandte themen|"
    r"(?:deine|ihre|eure) meinung(?: zählt| ist gefragt)?|umfrage|abstimmung|stimmen sie ab|jetzt abstimmen)\s*[:.!?]?$",
    re.IGNORECASE,
)
#: A paragraph that only points to another article: "Lesen Sie auch: <link>", "Mehr dazu: <link>".
TEASER_LEADIN_RE = re.compile(
    r"^(?:lesen sie (?:auch|mehr|hier|dazu)|mehr (?:dazu|zum thema)|auch interessant|lesetipp|siehe auch|zum weiterlesen|"
    r"das könnte sie (?:auch )?interessieren|empfehlung der redaktion|zum thema)\b",
    re.IGNORECASE,
)
#: Share of a block's text in links above which a block of two or more links is a teaser list.
TEASER_LINK_SHARE = 0.7
#: An ``article`` element outside the body is a teaser card when this share of its text is
#: links, or when it has fewer words than ``MIN_ENTRY_WORDS`` (an entry of a live blog has more).
TEASER_CARD_LINK_SHARE = 0.4
MIN_ENTRY_WORDS = 40
#: A box found by its heading has at most this many words and one real paragraph.
MAX_BOX_WORDS = 120
#: A paragraph of at least this many words, mostly not links, is article text.
MIN_PARAGRAPH_WORDS = 20
#: More lines of a page body that are furniture (see ``WEB_FURNITURE_LINE_RE``): reading times,
#: bylines, date lines, agency and translation notes, disclaimers, paywall and newsletter
#: prompts. Lines longer than ``MAX_FURNITURE_WORDS`` words always stay.
WEB_MORE_FURNITURE_LINE_RES = (
    re.compile(r"^(?:(?:lesedauer|lesezeit)\s*:?\s*(?:ca\.\s*|etwa\s*)?\d+\s*(?:min\.?|minuten?)|(?:ca\.\s*)?\d+\s*(?:min\.?|minuten?)\s*(?:lesedauer|lesezeit))\.?$", re.IGNORECASE),
    re.compile(r"^(?:[Vv]on|Text:|[Vv]on unsere[mr] (?:Korrespondent|Korrespondentin|Reporter|Reporterin))\s+[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3}"
               r"(?:\s*(?:,|und|&)\s*[A-ZÄÖÜ][\w.-]+(?:\s+[A-ZÄÖÜ][\w.-]+){0,3})*$"),
    re.compile(r"^(?:(?:stand|aktualisiert|veröffentlicht|publiziert|erstellt)\s*:?\s*)?(?:am\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}(?:,?\s*(?:um\s*)?\d{1,2}[:.]\d{2}(?:\s*uhr)?)?$", re.IGNORECASE),
    re.compile(r"^\(?mit (?:material|agenturmaterial|informationen)(?: (?:von|der|aus))?\b[^.!?]{0,60}\)?\.?$|"
               r"^\(?quellen?\s*:\s*[\w ,/&.+-]{1,60}\)?$|"
               r"^aus dem (?:englischen|amerikanischen|französischen|spanischen|italienischen|russischen|ukrainischen|polnischen|"
               r"niederländischen|hebräischen|arabischen|chinesischen)\b.{0,80}$|^(?:übersetzung|übersetzt von)\b.{0,80}$", re.IGNORECASE),
    re.compile(r"^\(?(?:dpa|afp|ap|rtr|reuters|kna|epd|sda|apa|sid|dts|ddp|kap|ats|keystone-sda|dpa-afx|afx|red)"
               r"(?:\s*[/,|&]\s*[A-Za-zÄÖÜäöü]{1,8})*\)?\.?$", re.IGNORECASE),
    re.compile(r"^.{0,60}\b(?:exklusiv für (?:abonnenten|abonnentinnen|abo-kunden|digital-abonnenten|plus-leser)|nur für abonnenten|"
               r"sie haben bereits ein (?:abo|abonnement|konto)|bereits abonnent|bereits registriert|"
               r"jetzt freischalten|artikel freischalten|lesen sie jetzt mit|weiterlesen mit|probeabo|\d+ wochen für \d+)\b.{0,80}$|"
               r"^(?:jetzt |hier )?(?:\d+ (?:wochen|monate) )?(?:für [\d,]+ ?€ )?(?:kostenlos |gratis )?testen\b.{0,40}$", re.IGNORECASE),
    re.compile(r"^.{0,60}\b(?:newsletter|whatsapp-kanal|telegram-kanal)\b.{0,120}\b(?:abonnieren sie|abonniere|(?:jetzt|hier|gleich) (?:kostenlos |gratis )?(?:abonnieren|anmelden|bestellen|registrieren)|"
               r"kostenlos (?:abonnieren|anmelden|bestellen)|erhalten sie|bekommst du|bekommen sie|melden sie sich|melde dich)\b.{0,60}$|"
               r"^(?:melden sie sich|melde dich|abonnieren sie|abonniere|bestellen sie)\b.{0,100}\b(?:newsletter|kanal)\b.{0,60}$", re.IGNORECASE),
    re.compile(r"^(?:fehler gefunden\?\s*jetzt melden\.?|fehler melden|link kopieren|artikel vorlesen|vorlesen|anhören|audio abspielen)$", re.IGNORECASE),
)
#: Characters dropped when site names are compared ("DER SPIEGEL" -> "derspiegel").
NON_NAME_CHARS_RE = re.compile(r"[^0-9a-zäöüß]")
#: Block elements after whose end a paragraph break is set (HTML fragments in exports).
HTML_BLOCK_END_RE = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|section|article)\s*>|<br\s*/?>", re.IGNORECASE)
#: JSON-LD keys whose objects may be the article itself ({"@type": "WebPage", "mainEntity": {...}}).
LD_CONTAINER_KEYS = ("@graph", "mainEntity")
#: Meta tags (``property``, ``name`` or ``itemprop``, lower-cased) with the article's publication
#: time, best first; modified times are never read.
PUBLISHED_META_KEYS = (
    "article:published_time", "og:article:published_time", "og:published_time", "article:published", "datepublished",
    "published_time", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "publication-date",
    "dc.date.issued", "dcterms.issued", "date", "dc.date", "dcterms.date", "dcterms.created", "parsely-pub-date",
    "sailthru.date", "cxenseparse:recs:publishtime", "article.published", "originalpublicationdate", "datecreated",
)

# --- documents and news-database exports (.docx, .rtf, .pdf; Nexis Uni) ---------------------

#: A document file (DOCX, RTF, PDF) larger than this is refused unread.
MAX_DOCUMENT_BYTES = 256 * 2**20

ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|" + "|".join(GERMAN_WEEKDAYS) + ")"
#: The date line of a Nexis Uni article, in the English or the German interface:
#: "July 1, 2019 Monday 9:20 AM GMT", "23. November 2024 Samstag", "Samstag 23. November 2024 10:15 MEZ".
NEXIS_DATE_LINE_RE = re.compile(
    rf"^(?:{_WEEKDAYS},?\s+)?"
    r"(?:(?P<en_month>[A-Z][a-z]+)\.?\s+(?P<en_day>\d{1,2}),?\s+(?P<en_year>\d{4})"
    r"|(?P<de_day>\d{1,2})\.\s*(?P<de_month>[A-Za-zäÄ]+)\.?\s+(?P<de_year>\d{4}))"
    rf"(?:,?\s+{_WEEKDAYS})?"
    r"(?:,?\s+(?P<hour>\d{1,2})[:.](?P<minute>\d{2})\s*(?P<ampm>AM|PM|am|pm)?(?:\s*Uhr)?(?:\s+(?P<zone>[A-Z]{2,5}))?)?"
    r"\s*$"
)
#: Time zones of Nexis date lines, as offsets from UTC in hours (Berlin when none is given).
NEXIS_ZONE_OFFSETS = {"GMT": 0, "UTC": 0, "UT": 0, "BST": 1, "CET": 1, "MEZ": 1, "CEST": 2, "MESZ": 2,
                      "EET": 2, "EEST": 3, "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "PST": -8, "PDT": -7}
#: The label that opens the body of a Nexis article.
NEXIS_BODY_LABELS = ("Body", "Text", "Volltext")
#: The line that ends each article of a Nexis export.
NEXIS_END_LINES = ("End of Document", "Ende des Dokuments", "Dokumentende")
#: Header labels of a Nexis article (English and German interface), before "Body".
NEXIS_LABEL_RE = re.compile(
    r"^(?P<label>Section|Rubrik|Ressort|Length|Länge|Byline|Autor|Autorin|Dateline|Highlight|Version|Ausgabe|"
    r"Edition|Correction|Korrektur|Series|Serie|Name|Type|Typ|Quelle|Source)\s*:\s*(?P<value>.*)$"
)
#: Copyright lines of the header.
NEXIS_COPYRIGHT_RE = re.compile(r"^(?:Copyright\b|©|\(c\)\s)", re.IGNORECASE)
#: Lines after the body that are the export's furniture: everything from one of these on is dropped.
NEXIS_TRAILER_RE = re.compile(
    r"^(?:Load-Date|Ladedatum|Datum des Ladens|Classification|Klassifikation|Graphic|Grafik|Notes|Anmerkungen|"
    r"Language|Sprache|Publication-Type|Publikationstyp|Journal Code|Subject|Thema|Organization|Organisation|"
    r"Person|Geographic|Geografisch|Industry|Branche|Company|Unternehmen|Ticker)\b\s*(?::|$)"
)
#: The cover page of a Nexis export (before the first article).
NEXIS_COVER_RE = re.compile(r"^(?:Date and Time|Datum und Uhrzeit|Job Number|Auftragsnummer|Documents?|Dokumente?)\s*(?::|\(\d+\))")
#: A line of a PDF that is only furniture: a page number ("Seite 2 von 5", "Page 3 of 10", "- 4 -").
PDF_PAGE_LINE_RE = re.compile(r"^\s*(?:(?:Seite|Page)\s+\d+(?:\s+(?:von|of)\s+\d+)?|-\s*\d+\s*-|\d{1,4})\s*$", re.IGNORECASE)
#: A word broken at the end of a PDF line ("Verteidi-" + "gungsausgaben"); the break is joined.
PDF_HYPHEN_BREAK_RE = re.compile(r"(?<=[a-zäöüß])-\n(?=[a-zäöüß])")

# --- official workbooks (NATO, SIPRI) --------------------------------------------------------

#: A year in a workbook's header row: 2014, "2019", "2024e" (e: an estimate).
YEAR_HEADER_RE = re.compile(r"^(?P<year>(?:19|20)\d{2})\s*(?P<estimate>e)?$", re.IGNORECASE)
#: Cells that mean "no data" in SIPRI's and NATO's tables.
OFFICIAL_NO_DATA = frozenset({"...", ". .", "..", "xxx", "-", "–", "n.a.", "na", "NA"})
#: NATO's block of defence expenditure as a share of GDP.
NATO_SHARE_BLOCK_RE = re.compile(r"share of (?:real )?GDP", re.IGNORECASE)
#: NATO's block of defence expenditure at current prices (in a "Million US dollars" table).
NATO_CURRENT_USD_BLOCK_RE = re.compile(r"current prices", re.IGNORECASE)
MILLION_USD_RE = re.compile(r"million US dollars", re.IGNORECASE)
#: The price base of NATO's real shares: "Based on 2015 prices".
PRICE_BASE_RE = re.compile(r"(\d{4}) prices", re.IGNORECASE)
#: SIPRI's sheets: measure, sheet name, factor to percent or US$.
SIPRI_SHEETS = (
    ("pct_gdp", re.compile(r"^Share of GDP$", re.IGNORECASE), 100.0),
    ("pct_gov_spending", re.compile(r"^Share of Govt\.? spending$", re.IGNORECASE), 100.0),
    ("usd_current", re.compile(r"^Current US\$$", re.IGNORECASE), 1e6),
    ("usd_constant", re.compile(r"^Constant \(\d{4}\) US\$$", re.IGNORECASE), 1e6),
)
#: The home country of each currency: its exchange rate to the US dollar, year by year, is the
#: one implied by SIPRI's figures for that country in local currency and in current US$.
CURRENCY_HOME_COUNTRY = {
    "eur": "DE", "gbp": "GB", "chf": "CH", "rub": "RU", "uah": "UA", "pln": "PL", "jpy": "JP", "cny": "CN",
    "sek": "SE", "nok": "NO", "dkk": "DK", "twd": "TW", "ils": "IL", "czk": "CZ", "huf": "HU", "ron": "RO",
    "try": "TR", "cad": "CA", "aud": "AU", "krw": "KR", "inr": "IN", "usd": "US",
}
#: NATO's and SIPRI's spellings that pycountry does not know; None for what is no country today.
OFFICIAL_COUNTRY_CODES = {
    "NATO Total": "NATO", "NATO Europe and Canada": "NATO_EU_CA", "Slovak Republic": "SK", "Türkiye": "TR", "Turkey": "TR",
    "United States of America": "US", "Korea, South": "KR", "Korea, North": "KP", "Congo, DR": "CD", "Congo, Republic": "CG",
    "Congo, Repubic": "CG", "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI", "Cape Verde": "CV", "Kosovo": "XK", "Russia": "RU",
    "Iran": "IR", "Syria": "SY", "Laos": "LA", "Moldova": "MD", "Bolivia": "BO", "Venezuela": "VE", "Tanzania": "TZ",
    "Viet Nam": "VN", "Vietnam": "VN", "Taiwan": "TW", "Brunei": "BN", "Gambia, The": "GM", "Gambia": "GM",
    "Eswatini": "SZ", "Swaziland": "SZ", "Timor Leste": "TL", "Timor-Leste": "TL", "Macedonia": "MK", "North Macedonia": "MK",
    "Czechia": "CZ", "Czech Republic": "CZ", "Bosnia and Herzegovina": "BA", "Bosnia-Herzegovina": "BA", "Kyrgyz Republic": "KG",
    "Kyrgyzstan": "KG", "Palestine": "PS", "Micronesia": "FM", "UAE": "AE", "United Arab Emirates": "AE", "Turkmenistan": "TM",
    "Yemen, North": None, "Yemen, South": None, "USSR": None, "Czechoslovakia": None, "Yugoslavia": None,
    "German Democratic Republic": None, "German DR": None, "Serbia and Montenegro": None,
}

# --- archives (.zip, .gz) ------------------------------------------------------------------

#: Files in one archive (nested archives count their members too).
MAX_ARCHIVE_MEMBERS = 100_000
#: Bytes all members of one archive may hold uncompressed (streamed exports count too).
MAX_ARCHIVE_TOTAL_BYTES = 16 * 2**30
#: Bytes one member read into memory may hold uncompressed (a JSON or CSV export, a
#: document); a JSONL export is streamed line by line and has only the total limit.
MAX_MEMBER_BYTES = 1 * 2**30
#: Uncompressed / compressed size above which a member is a zip bomb (real news text
#: compresses 3 to 15 times); ``ARCHIVE_RATIO_SLACK`` bytes are always allowed.
MAX_COMPRESSION_RATIO = 100
ARCHIVE_RATIO_SLACK = 1 * 2**20
#: Archives inside an archive are read this many levels deep.
MAX_ARCHIVE_DEPTH = 1
#: A JSONL line (one record) longer than this is refused without reading it into memory.
MAX_RECORD_BYTES = 64 * 2**20
#: A plain JSONL export larger than this is streamed line by line, not read whole.
STREAM_JSONL_BYTES = 32 * 2**20
#: A member name that would leave the archive: absolute, a drive letter, or a ".." part.
UNSAFE_MEMBER_NAME_RE = re.compile(r"^(?:/|\\|[A-Za-z]:)|(?:^|[/\\])\.\.(?:[/\\]|$)")
#: Folders of operating-system metadata inside archives, never inputs.
ARCHIVE_METADATA_DIRS = ("__MACOSX",)

#: Names that are never inputs: editor backups, lock files and operating-system files.
#: Names starting with a dot are never inputs either (``.DS_Store``, ``.ipynb_checkpoints``).
SKIPPED_NAME_RES = (
    (re.compile(r"^~\$"), "an Office lock file"),
    (re.compile(r"~$"), "an editor backup file"),
    (re.compile(r"^#.*#$"), "an editor autosave file"),
    (re.compile(r"\.(?:bak|orig|swp|swo|tmp|part|crdownload)$", re.IGNORECASE), "a backup or temporary file"),
    (re.compile(r"^(?:Thumbs\.db|desktop\.ini|Icon\r)$", re.IGNORECASE), "an operating-system file"),
)

#: An HTML page that declares entities in its DOCTYPE is refused (entity expansion).
ENTITY_DECLARATION_RE = re.compile(rb"<!ENTITY", re.IGNORECASE)

#: A ``.txt`` file that is in fact a saved web page.
HTML_DOCUMENT_START_RE = re.compile(r"^\s*(?:<!DOCTYPE\s+html|<html[\s>])", re.IGNORECASE)

#: Plausible publication dates; outside this range a date is dropped with a note.
EARLIEST_PLAUSIBLE_DATE = "1900-01-01"
#: Days after "now" a publication date may lie (time zones, embargoed copy).
FUTURE_DATE_TOLERANCE_DAYS = 2

# --- safe exports ----------------------------------------------------------------------------

#: A CSV cell starting with one of these is run as a formula by spreadsheet programs
#: (CSV injection); such text cells are written with ``CSV_FORMULA_GUARD`` in front.
CSV_FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
CSV_FORMULA_GUARD = "'"
