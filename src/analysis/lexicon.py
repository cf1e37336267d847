"""The actor dictionary and the matcher that finds its actors in German text.

The dictionary (``data/actors.yaml``, documented in the file itself) lists people,
organisations, countries and roles. Every written form becomes one alternative of a
single regular expression, longest first, so that at each position the longest form
wins ("Bundesrepublik Deutschland" before "Bundesrepublik", "NATO-Generalsekretär" before
"NATO"). A form matches as a whole word, optionally with a genitive ending ("Trumps",
"Merz'"), and also as part of a hyphenated compound ("Nato-Gipfel", "Anti-Trump"), which
is reported as ``via="compound"``. Roles are resolved to the person holding them on the
article's date; an undated article, a date whose period spans a change of holder, or a
"former"/"ehemalige" role gets no person.
"""

from __future__ import annotations

import json
import gettext
import logging
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd
import pycountry
import yaml

from . import patterns as P
from .cache import digest

from .dates import TZ
from .paths import PACKAGE_DATA_DIR

log = logging.getLogger(__name__)

DEFAULT_DICTIONARY = PACKAGE_DATA_DIR / "actors.yaml"
ACTOR_TYPES = ("person", "organisation", "country")
SECTIONS = {"people": "person", "organisations": "organisation", "countries": "country"}
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


class DictionaryError(ValueError):
    """The actor dictionary is malformed; the message names the entry."""


@dataclass(frozen=True)
class Holder:
    actor_id: str
    start: pd.Timestamp
    end: pd.Timestamp | None


@dataclass(frozen=True)
class Role:
    role_id: str
    label: str
    implies: tuple[str, ...]
    holders: tuple[Holder, ...]

    def holder_during(self, start: pd.Timestamp, end: pd.Timestamp) -> str | None:
        """The one holder in office over the whole period ``[start, end]``, else ``None``."""
        for h in self.holders:
            if h.start <= start and (h.end is None or end <= h.end):
                return h.actor_id
        return None

    def next_holder(self, date: pd.Timestamp, within_days: int = 120) -> str | None:
        """The holder taking office after ``date`` (for "designierte", "künftige")."""
        upcoming = [h for h in self.holders if date < h.start <= date + pd.Timedelta(days=within_days)]
        return min(upcoming, key=lambda h: h.start).actor_id if upcoming else None


@dataclass(frozen=True)
class Form:
    """One written form of an actor or a role, spelled out, and what it refers to."""

    literal: str
    target: str  # actor_id, or role_id for roles
    via: str  # "name", "alias", "adjective" (an alias made from an adjective stem) or "role"


@dataclass(frozen=True)
class Match:
    """An actor found in a text."""

    actor_id: str
    start: int
    end: int
    via: str  # "name", "alias", "role", "compound"
    role: str | None = None  # role_id when the mention came from a role
    note: str | None = None  # e.g. why a role has no person


@dataclass
class Lexicon:
    actors: pd.DataFrame  # actor_id, label, type
    roles: dict[str, Role]
    forms: list[Form] = field(repr=False)
    fingerprint: str = ""  # of the dictionary data it was built from (for caches)
    countries: dict[str, str] = field(default_factory=dict, repr=False)  # person -> the state (or NATO, EU) they act for

    def __post_init__(self):
        # the first form listed for a literal wins (names before aliases, people before roles)
        self._targets: dict[str, tuple[str, str]] = {}
        for f in self.forms:
            self._targets.setdefault(f.literal, (f.target, "alias" if f.via == "adjective" else f.via))
        self._adjectives = frozenset(f.literal for f in self.forms if f.via == "adjective")
        self._types = dict(zip(self.actors["actor_id"], self.actors["type"]))
        self._labels = dict(zip(self.actors["actor_id"], self.actors["label"]))
        # organisations also start closed compounds: "Bundeswehrsoldaten", "Natogipfel", "Kremlkritiker"
        prefixes = {f.literal: f.target for f in self.forms if self._types.get(f.target) == "organisation"
                    and f.via == "name" and f.literal.isalpha() and len(f.literal) >= 4}
        self._closed_targets = prefixes
        # no look-behind at the start: it keeps Python's regex from skipping ahead (the word start is checked in find)
        self._closed_regex = re.compile(rf"(?P<form>{trie_regex(prefixes)})(?=[a-zäöüß]{{3,}})")
        self._regex = re.compile(rf"(?P<form>{trie_regex(self._targets)})(?P<gen>'s|s|')?(?!\w)")
        # forms by their first word, longest first: matching starts only where a word starts
        self._by_first_word: dict[str, list[str]] = {}
        for literal in sorted(self._targets, key=len, reverse=True):
            self._by_first_word.setdefault(_WORD_RUN_RE.match(literal).group(), []).append(literal)

    def actor_type(self, actor_id: str) -> str:
        return self._types[actor_id]

    def label(self, actor_id: str) -> str:
        return self._labels[actor_id]

    def is_adjective(self, written: str) -> bool:
        """True when ``written`` is a country adjective of the dictionary ("deutschen", "Russische"),
        also one written as an alias ("US-amerikanischer")."""
        return written in self._adjectives or bool(P.ADJECTIVE_ALIAS_RE.search(written))

    def country_of(self, actor_id: str) -> str | None:
        """The state (ISO code, or NATO / EU) a person acts for, when the dictionary says."""
        return self.countries.get(actor_id)

    def find(self, text: str, published=None, precision: str | None = None) -> list[Match]:
        """Actors in ``text``; ``published``/``precision`` resolve roles to their holder."""
        out: list[Match] = []
        for form, start, end_of_form, end in self._forms(text):
            target, via = self._targets[form]
            compound = (end_of_form < len(text) and text[end_of_form] == "-" and end == end_of_form) or (
                start > 1 and text[start - 1] == "-" and text[start - 2].isalpha()
            )
            if via == "role":
                out.extend(self._resolve_role(target, text, start, end, published, precision))
            elif not (form in self._adjectives and _is_name_part_or_language(text, start, end_of_form)):
                out.append(Match(target, start, end, "compound" if compound else via))
        taken = [(m.start, m.end) for m in out]
        for m in self._closed_regex.finditer(text):
            if m.start() and _WORD_CHAR_RE.match(text, m.start() - 1):
                continue  # inside a longer word
            if not any(s <= m.start() < e for s, e in taken):
                out.append(Match(self._closed_targets[m.group("form")], m.start(), m.end(), "compound"))
        out.sort(key=lambda m: m.start)
        return self._drop_roles_before_names(out, text)

    def _forms(self, text: str):
        """``(form, start, end of the form, end with a genitive "s")`` of each dictionary form
        that starts a word and ends one, left to right, the longest form at each word start
        (what ``self._regex`` finds at word starts, looked up by the first word)."""
        taken_until = 0
        for word in _WORD_RUN_RE.finditer(text):
            start = word.start()
            if start < taken_until:
                continue  # inside the form found before ("Angela Merkel")
            run = word.group()
            candidates = self._by_first_word.get(run, [])
            if run.endswith("s") and run[:-1] in self._by_first_word:  # "Frankreichs": "Frankreich" with a genitive
                candidates = sorted((*candidates, *self._by_first_word[run[:-1]]), key=len, reverse=True)
            if not candidates:
                continue
            for form in candidates:
                if not text.startswith(form, start):
                    continue
                end_of_form = start + len(form)
                end = next((end_of_form + len(g) for g in _GENITIVES if text.startswith(g, end_of_form)
                            and not _WORD_CHAR_RE.match(text, end_of_form + len(g))), None)
                if end is None and not _WORD_CHAR_RE.match(text, end_of_form):
                    end = end_of_form
                if end is not None:
                    yield form, start, end_of_form, end
                    taken_until = end
                    break

    def _drop_roles_before_names(self, matches: list[Match], text: str) -> list[Match]:
        """"US-Außenminister Pete Hegseth": the name says who is meant, so the role's
        holder on that date (Rubio) is not added; what the role implies (US) stays."""
        names = [m for m in matches if m.via != "role" and m.actor_id and self._types.get(m.actor_id) == "person"]
        keep = []
        for m in matches:
            if m.via == "role" and (not m.actor_id or self._types.get(m.actor_id) == "person"):
                if any(0 < n.start - m.end <= 2 and not text[m.end : n.start].strip() for n in names):
                    continue
                if m.actor_id and _someone_else_named(text, m.end):
                    continue  # "Bundeskanzler Karl Nehammer", "US-Präsident Barack Obama": not the holder on that date
            keep.append(m)
        return keep

    def _resolve_role(self, role_id, text, start, end, published, precision) -> list[Match]:
        role = self.roles[role_id]
        via = "compound" if "-" in text[start:end] else "role"  # "US-Präsident" names the US inside a compound
        implied = [Match(a, start, end, via, role_id) for a in role.implies]
        before = text[max(0, start - 25) : start].lower()
        if _FORMER_RE.search(before):
            return implied
        if published is None or pd.isna(published):
            return [Match("", start, end, "role", role_id, "undated article: role not resolved"), *implied]
        period_start, period_end = _period(pd.Timestamp(published), precision or "minute")
        if _DESIGNATE_RE.search(before):
            holder = role.next_holder(period_end)
        else:
            holder = role.holder_during(period_start, period_end)
        if holder is None:
            return [Match("", start, end, "role", role_id, "no single holder on the article's date"), *implied]
        return [Match(holder, start, end, "role", role_id), *implied]


_WORD_RUN_RE = re.compile(r"\w+")
_WORD_CHAR_RE = re.compile(r"\w")
_GENITIVES = ("'s", "s", "'")
_FORMER_RE = re.compile(r"(?:ehemalig\w*|früher\w*|damalig\w*|einstig\w*|vorherig\w*|vorig\w*|ex-|alt-?)\s*$")
_LANGUAGE_BEFORE_RE = re.compile(r"(?:\bins|\baus dem|\bauf)\s+$")


def _is_name_part_or_language(text: str, start: int, end: int) -> bool:
    """A capitalised country adjective inside a proper name ("die Deutsche Presse-Agentur",
    "des Deutschen Zentrums für ...") or naming a language ("ins Deutsche")."""
    if not text[start].isupper():
        return False
    before = text[max(0, start - 12) : start]
    if _LANGUAGE_BEFORE_RE.search(before):
        return True
    sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?:\"'"
    return not sentence_start and bool(re.match(r" [A-ZÄÖÜ]", text[end : end + 2]))
_DESIGNATE_RE = re.compile(r"(?:designiert\w*|künftig\w*|gewählt\w*|neu gewählt\w*)\s*$")


def _period(ts: pd.Timestamp, precision: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The span of time a date of this precision stands for."""
    ts = ts.tz_convert(TZ) if ts.tzinfo else ts.tz_localize(TZ)
    offsets = {"year": pd.DateOffset(years=1), "month": pd.DateOffset(months=1), "day": pd.DateOffset(days=1)}
    if precision in offsets:
        return ts, ts + offsets[precision] - pd.Timedelta(seconds=1)
    return ts, ts


# --- building the forms ----------------------------------------------------------------------

_OPTIONAL_RE = re.compile(r"\(([^()]+)\)")


def expand_form(written: str) -> list[str]:
    """Every spelling of a written form: "(x)" marks optional letters.

    Examples
    --------
    >>> expand_form("russische(n) Präsident(en)")
    ['russische Präsident', 'russische Präsidenten', 'russischen Präsident', 'russischen Präsidenten']
    """
    m = _OPTIONAL_RE.search(written)
    if not m:
        return [written]
    head, tail = written[: m.start()], written[m.end() :]
    return [head + option + rest for option in ("", m.group(1)) for rest in expand_form(tail)]


def trie_regex(literals) -> str:
    """One regex matching any of ``literals``, shared prefixes merged into a trie so that
    matching costs a few character comparisons per position, longest match first."""
    trie: dict = {}
    for word in literals:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char != ""]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return build(trie)


def _variants(name: str) -> list[str]:
    """A name and, for all-caps acronyms of three letters or more, its capitalised form."""
    if name.isupper() and len(name) >= 3 and name.isalpha():
        return [name, name.capitalize()]
    return [name]


def _forms_for(entry: dict, kind: str, german_names) -> list[Form]:
    actor_id = str(entry["id"])
    names = list(entry.get("names", []))
    if kind == "country":
        names = [*german_names(actor_id), *names]
    written = [(n, "name") for n in names] + [(a, "alias") for a in entry.get("aliases", [])]
    written += [(f"{d}(nen)", "alias") if d.endswith("in") else (f"{d}(n)", "alias") for d in entry.get("demonyms", [])]
    if stem := entry.get("adjective"):
        written += [(f"{first}{stem[1:]}{ending}", "adjective") for first in (stem[0].lower(), stem[0].upper()) for ending in ADJECTIVE_ENDINGS]
    return [
        Form(literal, actor_id, via)
        for form, via in written
        for variant in _variants(str(form))
        for literal in expand_form(variant)
    ]


@lru_cache(maxsize=1)
def _german_country_names() -> dict[str, list[str]]:
    translate = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"]).gettext
    out = {}
    for country in pycountry.countries:
        names = [translate(country.name)]
        for attr in ("common_name", "official_name"):
            if hasattr(country, attr):
                names.append(translate(getattr(country, attr)))
        out[country.alpha_2] = list(dict.fromkeys(n for n in names if "," not in n))
    return out


def _date(value, what: str) -> pd.Timestamp | None:
    if value is None or value == "":
        return None
    try:
        return pd.Timestamp(str(value)).tz_localize(TZ)
    except ValueError as exc:
        raise DictionaryError(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from exc


def _someone_else_named(text: str, end: int) -> bool:
    """True when a name the dictionary does not know follows a role ending at ``end`` (the
    dictionary's own names are matched as mentions and handled before this)."""
    from .vocabulary import is_word  # it imports this module

    m = P.NAME_AFTER_ROLE_RE.match(text, end)
    if not m or m.group(1) in P.TIME_WORDS or m.group(2) in P.TIME_WORDS:
        return False
    if m.group(2):
        return bool(P.PERSON_NAME_RE.match(text, m.start(1)))
    return not is_word(m.group(1)) and not text.startswith(("s ", "s,", "s."), m.end(1))


def _role(entry: dict) -> Role:
    rid = entry["id"]
    holders = []
    for h in entry.get("holders", []):
        start = _date(h.get("from"), f"role {rid}, holder {h.get('actor')}")
        end = _date(h.get("until"), f"role {rid}, holder {h.get('actor')}")
        if start is None:
            raise DictionaryError(f"role {rid}: holder {h.get('actor')} has no 'from' date")
        end = None if end is None else end + pd.Timedelta(days=1) - pd.Timedelta(seconds=1)
        holders.append(Holder(h["actor"], start, end))
    return Role(rid, entry.get("label", rid), tuple(entry.get("implies", [])), tuple(holders))


def _merge(base: dict, extra: dict) -> dict:
    """Entries of ``extra`` replace entries of ``base`` with the same id, or are added."""
    merged = {}
    for section in (*SECTIONS, "roles"):
        by_id = {e["id"]: e for e in base.get(section, []) or []}
        for e in extra.get(section, []) or []:
            by_id[e["id"]] = e
        merged[section] = list(by_id.values())
    return merged


def safe_yaml(text: str):
    """The data of a YAML text, read with the safe loader (libyaml's when it is installed: ten
    times faster; both refuse ``!!python/...`` tags)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def read_dictionary(path: Path) -> dict:
    """The YAML of an actor dictionary, checked for ids."""
    try:
        data = safe_yaml(Path(path).read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        context = getattr(exc, "context", None)
        raise DictionaryError(f"{path}: not valid YAML{where}: {problem}" + (f" {context}" if context else "")) from exc
    except UnicodeDecodeError as exc:
        raise DictionaryError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    if not isinstance(data, dict):
        raise DictionaryError(f"{path}: expected sections people, organisations, countries, roles")
    for section in (*SECTIONS, "roles"):
        for i, entry in enumerate(data.get(section, []) or []):
            if not isinstance(entry, dict) or entry.get("id") in (None, ""):
                raise DictionaryError(f"{path}: entry {i + 1} of {section} has no id")
            if isinstance(entry["id"], bool):  # YAML reads NO, YES, ON, OFF as booleans
                raise DictionaryError(f'{path}: entry {i + 1} of {section}: put the id in quotes, e.g. id: "NO"')
            implied = entry.get("implies") if isinstance(entry.get("implies"), list) else []
            if isinstance(entry.get("country"), bool) or any(isinstance(x, bool) for x in implied):
                raise DictionaryError(f'{path}: entry {i + 1} of {section} ({entry["id"]}): put the country in quotes, e.g. "NO"')
    return data


def build_lexicon(data: dict) -> Lexicon:
    """A :class:`Lexicon` from dictionary data (as read from YAML)."""
    german = _german_country_names()
    rows, forms, countries = [], [], {}
    for section, kind in SECTIONS.items():
        for entry in data.get(section, []) or []:
            label = entry.get("label") or (german.get(entry["id"], [entry["id"]])[0] if kind == "country" else entry["id"])
            rows.append({"actor_id": str(entry["id"]), "label": label, "type": kind})
            if entry.get("country") is not None:
                countries[str(entry["id"])] = str(entry["country"])
            forms.extend(_forms_for(entry, kind, lambda code: german.get(code, [])))
    roles = {}
    for entry in data.get("roles", []) or []:
        role = _role(entry)
        roles[role.role_id] = role
        forms.extend(Form(literal, role.role_id, "role") for n in entry.get("names", []) for literal in expand_form(str(n)))
    actors = pd.DataFrame(rows, columns=["actor_id", "label", "type"]).astype("string")
    known = set(actors["actor_id"])
    for role in roles.values():
        unknown = ({h.actor_id for h in role.holders} | set(role.implies)) - known
        if unknown:
            raise DictionaryError(f"role {role.role_id} refers to unknown actors {sorted(unknown)}")
    if unknown := sorted(set(countries.values()) - known):
        raise DictionaryError(f"people refer to unknown countries {unknown}")
    return Lexicon(actors, roles, forms, digest(json.dumps(data, sort_keys=True, default=str)), countries)


def load_lexicon(extra: Path | None = None) -> Lexicon:
    """The package's actor dictionary, merged with a user's ``actors.yaml`` if given."""
    if extra is None:
        return _default_lexicon()
    try:
        return build_lexicon(_merge(read_dictionary(DEFAULT_DICTIONARY), read_dictionary(extra)))
    except DictionaryError as exc:
        raise exc if str(exc).startswith(str(extra)) else DictionaryError(f"{extra}: {exc}") from exc
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise DictionaryError(f"{extra}: an entry does not have the expected form ({type(exc).__name__}: {exc}); see the how-to at the top of {DEFAULT_DICTIONARY.name}") from exc


@lru_cache(maxsize=1)
def _default_lexicon() -> Lexicon:
    return build_lexicon(read_dictionary(DEFAULT_DICTIONARY))
