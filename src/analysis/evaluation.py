"""Measure the figure extractor against hand-annotated figures (a gold set).

A gold set is a JSONL file with one row per percentage or money amount a reader marked
(``tests/fixtures/figures_gold/README.md`` gives the fields and the annotation rules).
Rows name their article by ``url`` and their place by a short ``context`` (an exact piece
of the field that holds the ``quote``), so that they stay valid when the loader's text
repairs shift offsets.

A found defence figure *matches* a gold defence figure when both are in the same article
and field, their spans overlap, and value and unit are the same. Precision is the share of
found defence figures that match, recall the share of gold defence figures found.

Examples
--------
>>> from analysis import evaluation                                    # doctest: +SKIP
>>> gold = evaluation.locate(evaluation.read_gold("gold.jsonl"), articles)  # doctest: +SKIP
>>> evaluation.score(gold, extract_figures(articles))                   # doctest: +SKIP
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .textnorm import drop_boilerplate, normalize_inline, split_glued_words

GOLD_COLUMNS = ("url", "field", "quote", "context", "occurrence", "value", "value_max", "unit", "is_defence",
                "category", "subject", "kind", "reason")


class GoldError(ValueError):
    """A gold row cannot be read or located; the message names the rows."""


def read_gold(path: Path) -> pd.DataFrame:
    """The rows of a gold JSONL file, checked for their fields."""
    rows = []
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").split("\n"), start=1):
        if not line.strip():
            continue
        row = json.loads(line)
        missing = [c for c in GOLD_COLUMNS if c not in row]
        if missing:
            raise GoldError(f"{path}:{number}: missing fields {missing}")
        rows.append({c: row[c] for c in GOLD_COLUMNS} | {"line": number})
    return pd.DataFrame(rows, columns=[*GOLD_COLUMNS, "line"])


def _find(text: str, piece: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence + 1):
        pos = text.find(piece, pos + 1)
        if pos < 0:
            return -1
    return pos


def _find_over_lines(text: str, context: str, occurrence: int) -> tuple[str, int]:
    """(the context as it stands in ``text``, its start) where each line break of ``context`` may be a
    paragraph break of ``text``; ``(context, -1)`` when it is not there."""
    rx = re.compile(r"\n+".join(re.escape(_loader_form(line)) for line in context.split("\n")))
    for n, m in enumerate(rx.finditer(text)):
        if n == occurrence:
            return m.group(), m.start()
    return context, -1


def _loader_form(piece: str) -> str:
    """A piece of raw text as the loader writes it: normal characters, one line, no bullets,
    run-together words split."""
    piece = normalize_inline(piece).lstrip("•▪● ")
    return split_glued_words(piece)[0]


def dropped_by_loader(raw: str, context: str) -> bool:
    """True when ``context`` stands in a line of the raw text that the loader drops as page
    furniture or a photo caption ("... ausgenommen. (Foto: Bundeswehr/Johannes Locherer)")."""
    lines = raw.split("\n")
    kept = set(map(id, drop_boilerplate(lines)))
    return any(context in line and id(line) not in kept for line in lines)


def locate(gold: pd.DataFrame, articles: pd.DataFrame, raw: dict[tuple[str, str], str] | None = None) -> pd.DataFrame:
    """``gold`` with ``article_id``, ``start`` and ``end`` of each quote in the loaded
    articles (joined on ``url``); raises :class:`GoldError` listing rows whose article
    or context is not found. With ``raw`` ((url, field) -> the text as annotated), a row in a line the loader
    drops (a photo caption) is kept with ``start`` and ``end`` -1: a figure the extractor cannot find, a miss."""
    by_url = articles.drop_duplicates("url").set_index("url")
    ids, starts, ends, problems = [], [], [], []
    for row in gold.itertuples():
        if row.url not in by_url.index:
            problems.append(f"line {row.line}: article {row.url} not loaded")
            ids.append(None), starts.append(-1), ends.append(-1)
            continue
        text = by_url.at[row.url, row.field] or ""
        context, quote = row.context, row.quote
        at = _find(text, context, int(row.occurrence))
        if at < 0:  # annotated on raw text: compare in the loader's normal form (quotes, spaces, bullets, repairs)
            context, quote = _loader_form(context), _loader_form(quote)
            at = _find(text, context, int(row.occurrence))
        if at < 0 and "\n" in row.context:  # the loader makes each line of a page a paragraph: "Euro an.\n520,5\nDie"
            context, at = _find_over_lines(text, row.context, int(row.occurrence))
        offset = context.find(quote)
        if at < 0 and raw is not None and dropped_by_loader(raw.get((row.url, row.field), ""), row.context):
            ids.append(by_url.at[row.url, "article_id"]), starts.append(-1), ends.append(-1)
            continue
        if at < 0 or offset < 0:
            problems.append(f"line {row.line}: context {row.context!r} not in the {row.field} of {row.url}")
        ids.append(by_url.at[row.url, "article_id"])
        starts.append(at + offset if at >= 0 else -1)
        ends.append(at + offset + len(quote) if at >= 0 else -1)
    if problems:
        raise GoldError(f"{len(problems)} gold rows cannot be located: " + "; ".join(problems[:10]))
    return gold.assign(article_id=ids, start=starts, end=ends)


@dataclass
class Score:
    """Precision, recall and attribute accuracy of defence figures against a gold set."""

    gold: int
    found: int
    matched: int
    subject_right: int
    category_right: int
    kind_right: int
    misses: pd.DataFrame = field(repr=False)  # gold defence figures not found
    false_alarms: pd.DataFrame = field(repr=False)  # found defence figures not in the gold set
    pairs: pd.DataFrame = field(repr=False)  # matched gold and found rows side by side

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else float("nan")

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else float("nan")

    def share(self, right: int) -> float:
        return right / self.matched if self.matched else float("nan")

    def summary(self) -> str:
        """One line per measure, for benchmarks and test reports."""
        return "\n".join([
            f"defence figures: {self.gold} in the gold set, {self.found} found, {self.matched} matched",
            f"precision {self.precision:.3f}  recall {self.recall:.3f}",
            f"subject right {self.share(self.subject_right):.3f}  category right {self.share(self.category_right):.3f}  "
            f"kind right {self.share(self.kind_right):.3f} (of the matched)",
        ])


def _same(a, b) -> bool:
    if pd.isna(a) or pd.isna(b):
        return bool(pd.isna(a) and pd.isna(b))
    return bool(a == b)


def read_article_list(path: Path) -> list[str]:
    """The urls of the articles a gold set covers (one per line), including those in which
    the annotators found no figure."""
    return [line.strip() for line in Path(path).read_text(encoding="utf-8").split("\n") if line.strip()]


def gold_articles(gold: pd.DataFrame, texts: Path, tmp_dir: Path, *, urls: list[str] | None = None) -> pd.DataFrame:
    """Load the records of ``texts`` (a JSONL export) whose url is in ``urls`` (by default
    those of ``gold``), through the package's loader (short texts are kept: excerpts count)."""
    from .loading import load_corpus

    wanted = set(urls) if urls is not None else set(gold["url"])
    tmp_dir.mkdir(parents=True, exist_ok=True)
    subset = tmp_dir / "gold-articles.jsonl"
    with open(texts, encoding="utf-8") as src, open(subset, "w", encoding="utf-8") as out:
        for line in src:
            url = json.loads(line).get("url") if line.strip() else None
            if url in wanted:  # the first record of each url: a corpus may hold copies
                wanted.discard(url)
                out.write(line.rstrip("\n") + "\n")
    return load_corpus(subset, progress=False, min_words=1).articles


def score(gold: pd.DataFrame, figures: pd.DataFrame, article_ids=None) -> Score:
    """Compare the defence figures found in the gold articles (``article_ids``, by default
    those with gold rows) with the located gold set."""
    truth = gold[gold["is_defence"].astype(bool)].reset_index(drop=True)
    covered = set(article_ids) if article_ids is not None else set(gold["article_id"])
    found = figures[figures["is_defence"] & figures["article_id"].isin(covered)].reset_index(drop=True)
    used: set[int] = set()
    pairs = []
    for g in truth.itertuples():
        candidates = found[(found["article_id"] == g.article_id) & (found["field"] == g.field)
                           & (found["start"] < g.end) & (g.start < found["end"]) & (found["unit"] == g.unit)
                           & np.isclose(found["value"], float(g.value), rtol=1e-9)]
        free = [i for i in candidates.index if i not in used]
        if free:
            used.add(free[0])
            pairs.append((g.Index, free[0]))
    matched_gold = {g for g, _ in pairs}
    side = pd.DataFrame([{**truth.loc[g].add_prefix("gold_").to_dict(), **found.loc[f].add_prefix("found_").to_dict()} for g, f in pairs])
    right = {name: sum(_same(truth.at[g, name], found.at[f, name]) for g, f in pairs) if name in found else 0
             for name in ("subject", "category", "kind")}
    return Score(
        gold=len(truth), found=len(found), matched=len(pairs),
        subject_right=right["subject"], category_right=right["category"], kind_right=right["kind"],
        misses=truth.drop(index=list(matched_gold)), false_alarms=found.drop(index=list(used)), pairs=side,
    )


@dataclass
class JudgedPrecision:
    """Precision of found defence figures against a set of judged candidates (a reading of
    what the extractor found, with decoys): ``unjudged`` are found figures no judgement covers."""

    right: pd.DataFrame
    wrong: pd.DataFrame
    unjudged: pd.DataFrame

    @property
    def precision(self) -> float:
        judged = len(self.right) + len(self.wrong)
        return len(self.right) / judged if judged else float("nan")

    def summary(self) -> str:
        return (f"defence figures found: {len(self.right) + len(self.wrong) + len(self.unjudged)}, judged {len(self.right) + len(self.wrong)}, "
                f"right {len(self.right)}, wrong {len(self.wrong)}, not judged {len(self.unjudged)}\nprecision {self.precision:.3f}")


def score_judged(judged: pd.DataFrame, figures: pd.DataFrame) -> JudgedPrecision:
    """Each found defence figure in the judged articles is right when a judged item overlaps it
    with ``is_defence`` and the same value and unit, wrong when an overlapping item says
    otherwise, and unjudged when none overlaps."""
    found = figures[figures["is_defence"] & figures["article_id"].isin(set(judged["article_id"]))]
    right, wrong, unjudged = [], [], []
    for f in found.itertuples():
        items = judged[(judged["article_id"] == f.article_id) & (judged["field"] == f.field)
                       & (judged["start"] < f.end) & (f.start < judged["end"])]
        if items.empty:
            unjudged.append(f.Index)
        elif any(bool(i.is_defence) and i.unit == f.unit and np.isclose(float(i.value), f.value, rtol=1e-9) for i in items.itertuples()):
            right.append(f.Index)
        else:
            wrong.append(f.Index)
    return JudgedPrecision(found.loc[right], found.loc[wrong], found.loc[unjudged])


def quote_gold_spans(gold: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Annotated quotations (``tests/fixtures/quotes_gold/``: url, field, first and last words)
    with ``article_id``, ``start`` and ``end`` in the loader's text; rows not found are left out."""
    by_url = articles.drop_duplicates("url").set_index("url")
    rows = []
    for g in gold.itertuples(index=False):
        if g.url not in by_url.index:
            continue
        text = by_url.loc[g.url, g.field] or ""
        start = _find(text, _loader_form(g.quote_head), int(g.occurrence))
        end = text.find(_loader_form(g.quote_tail), start) if start >= 0 else -1
        if end >= 0:
            rows.append({**g._asdict(), "article_id": by_url.loc[g.url, "article_id"], "start": start, "end": end + len(_loader_form(g.quote_tail))})
    return pd.DataFrame(rows)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared >= 0.5 * min(a[1] - a[0], b[1] - b[0])


@dataclass
class QuoteScore:
    """Quotations found against annotated ones: a found quotation matches a gold one in the same
    field when their spans overlap by at least half of the shorter (each is matched once)."""

    gold: int
    found: int
    recall: dict[str, tuple[int, int]]  # kind -> (matched, gold)
    matched: int
    speaker_right: int
    problems: list[str] = field(default_factory=list)

    def rate(self, part: int, whole: int) -> float:
        return part / whole if whole else float("nan")

    @property
    def precision(self) -> float:
        return self.rate(self.matched, self.found)

    @property
    def speaker_accuracy(self) -> float:
        return self.rate(self.speaker_right, self.matched)

    def recall_of(self, kind: str) -> float:
        return self.rate(*self.recall[kind])


#: An annotator's name for a state's government: "Ägyptische Regierung", "US-Regierung", "Regierung Israels".
_GOVERNMENT_NAME_RE = re.compile(r"^(?:[A-ZÄÖÜ]\w+e Regierung|[A-ZÄÖÜ][\w-]*-Regierung|Regierung [A-ZÄÖÜ]\w+s)$")


def gold_speaker_names(lexicon, names) -> dict[str, str]:
    """The dictionary label each annotated speaker name stands for: a label stands for itself, a
    state's government ("Ägyptische Regierung", "Ukrainische Regierung") for the state, as the
    dictionary has no actor for a government apart from its state, and a person's name as the dictionary spells it
    otherwise ("Recep Tayyip Erdogan", "Sanchez") for that person. Other names stand for no actor."""
    labels = set(lexicon.actors["label"])
    out = {}
    for name in set(names):
        whole = [m for m in lexicon.find(name) if m.start == 0 and m.end == len(name) and m.via in ("name", "alias")]
        if name in labels:
            out[name] = name
        elif len(whole) == 1 and lexicon.actor_type(whole[0].actor_id) == "person":
            out[name] = lexicon.label(whole[0].actor_id)  # another spelling of a person's name: "Recep Tayyip Erdogan"
        elif _GOVERNMENT_NAME_RE.match(name):
            states = {m.actor_id for m in lexicon.find(name) if m.actor_id and lexicon.actor_type(m.actor_id) == "country"}
            if len(states) == 1:
                out[name] = lexicon.label(states.pop())
    return out


def score_quotes(spans: pd.DataFrame, found: pd.DataFrame, labels: dict[str, str], known_names) -> QuoteScore:
    """Score ``found`` (``find_quotes``) against ``spans`` (:func:`quote_gold_spans`). A speaker is
    right when the found actor's label (``labels``) is the label the gold speaker's name stands for
    (``known_names``: a mapping from :func:`gold_speaker_names`, or a set of labels), or when no
    actor was given and the gold speaker stands for none (not in the dictionary, or unknown)."""
    if not isinstance(known_names, dict):
        known_names = {name: name for name in known_names}
    by_field = {key: group for key, group in found.groupby(["article_id", "field"], sort=False)}
    matched_found, matched_gold, right, problems = set(), set(), 0, []
    for i, g in spans.iterrows():
        candidates = by_field.get((g["article_id"], g["field"]), found.iloc[0:0])
        hit = next((j for j, f in candidates.iterrows() if j not in matched_found and _overlap((f["start"], f["end"]), (g["start"], g["end"]))), None)
        if hit is None:
            problems.append(f"MISSED {g['kind']:8} {g['speaker_name']!r}: {g['quote_head']} ... {g['quote_tail']}")
            continue
        matched_gold.add(i)
        matched_found.add(hit)
        ours = found.loc[hit, "speaker"]
        ours_label = labels.get(ours) if isinstance(ours, str) else None
        expected = known_names.get(g["speaker_name"])
        right += ours_label == expected
        if ours_label != expected:
            problems.append(f"SPEAKER {ours_label!r} for {g['speaker_name']!r}: {g['quote_head']} ...")
    for j, f in found.iterrows():
        if j not in matched_found:
            problems.append(f"EXTRA   {f['kind']:8} {f['speaker_text']!r}: {f['quote'][:90]!r}")
    recall = {kind: (sum(1 for i in spans.index[spans["kind"] == kind] if i in matched_gold), int((spans["kind"] == kind).sum()))
              for kind in ("direct", "indirect")}
    return QuoteScore(len(spans), len(found), recall, len(matched_found), right, problems)
