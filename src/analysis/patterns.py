"""Regular expressions and word lists, compiled once, in one place.

Modules import the constants they need from here; nothing else in the package
defines a pattern or a word list. Sections follow the pipeline: characters,
scraped-text layout, dates, record fields, words and languages.
"""

from __future__ import annotations

import re

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

#: Control characters that are never text (everything below U+0020 except "\n").
CONTROL_CHARS_RE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f]")

MULTI_SPACE_RE = re.compile(r" {2,}")

#: A space left before punctuation where a link was cut out: "der Nato ." -> "der Nato.".
SPACE_BEFORE_PUNCT_RE = re.compile(r"(?<=\w) +(?=[.,;:!?](?:\s|$))")

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
