"""Documented dtypes: the schema, the tables and the README's data dictionary agree."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import paths, schema

README = (paths.PROJECT_ROOT / "README.md").read_text(encoding="utf-8")

EXPECTED_ARTICLE_DTYPES = {
    "article_id": "string", "source_file": "string", "title": "string", "text": "string",
    "published": "datetime64[ns, Europe/Berlin]", "date_precision": "string", "date_source": "string",
    "outlet": "string", "url": "string", "language": "string", "n_words": "int64",
    "n_paragraphs": "int64", "duplicate_of": "string",
}


def test_articles_have_exactly_the_issue_columns_and_documented_dtypes(sample_corpus):
    dtypes = {c: str(t) for c, t in sample_corpus.articles.dtypes.items()}
    assert dtypes == EXPECTED_ARTICLE_DTYPES
    assert list(schema.ARTICLES) == list(EXPECTED_ARTICLE_DTYPES)


def test_rejects_columns(sample_corpus):
    assert {c: str(t) for c, t in sample_corpus.rejects.dtypes.items()} == {"source_file": "string", "record": "Int64", "reason": "string"}


@pytest.mark.parametrize(
    ("table", "columns"),
    [("articles.parquet", schema.ARTICLES), ("figures.parquet", schema.FIGURES), ("mentions.parquet", schema.MENTIONS), ("quotes.parquet", schema.QUOTES),
     ("rejects.csv", schema.REJECTS), ("notes.csv", schema.NOTES)],
)
def test_readme_documents_every_column_with_its_dtype(table, columns):
    section = README.split(f"### `{table}`", 1)
    assert len(section) == 2, f"README has no section for {table}"
    body = section[1].split("\n### ", 1)[0]
    for name, col in columns.items():
        assert re.search(rf"^\| `{name}` \| `{re.escape(col.dtype)}` \|", body, re.MULTILINE), f"{table}: README lacks row for {name} ({col.dtype})"


def test_check_frame_reports_every_problem():
    bad = pd.DataFrame({"source_file": ["a.txt", None], "record": [1, 2], "reason": ["x", "y"]})
    with pytest.raises(schema.SchemaError) as err:
        schema.check_frame(bad, schema.REJECTS, "rejects")
    message = str(err.value)
    assert "source_file: dtype object, expected string" in message
    assert "source_file: 1 missing values" in message
    assert "record: dtype int64, expected Int64" in message


def test_check_frame_rejects_values_outside_the_allowed_set(sample_corpus):
    articles = sample_corpus.articles.copy()
    articles.loc[0, "date_precision"] = "week"
    with pytest.raises(schema.SchemaError, match=r"date_precision: values \['week'\]"):
        schema.check_frame(articles, schema.ARTICLES)
