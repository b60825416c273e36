"""CSV/JSONL/Parquet column aliases, nested outlets, urls and reject messages (invented rows)."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from afgresearch.corpus import load_corpus
from afgresearch.corpus.tabular import read_csv, read_jsonl, resolve_columns

BODY = "Flour prices rose in Herat markets on Sunday.\n\nTraders blamed the closed border."


def records(batches):
    return [rec for batch in batches if isinstance(batch, list) for _, rec in batch]


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (["Headline", "Content", "Date", "Source"], ("Content", "Headline", "Date", "Source")),
        (
            ["STORY", "heading", "pubDate", "publisher"],
            ("STORY", "heading", "pubDate", "publisher"),
        ),
        (
            ["Full Text", "Title", "published_at", "domain"],
            ("Full Text", "Title", "published_at", "domain"),
        ),
        (
            ["article_text", "timestamp", "site", "link"],
            ("article_text", None, "timestamp", "site"),
        ),
    ],
)
def test_aliases_are_matched_case_insensitively(header, expected):
    got = resolve_columns(header)
    assert (got.get("text"), got.get("title"), got.get("published"), got.get("outlet")) == expected


def test_text_alias_prefers_the_first_listed_name():
    assert resolve_columns(["content", "body"])["text"] == "body"
    assert resolve_columns(["text", "body"])["text"] == "text"


def test_csv_with_headline_content_columns(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "Headline,Content,Date,Source,Link\n"
        f'Prices climb,"{BODY}",9 May 2024,Herat Daily,https://herat.example/p/1\n',
        encoding="utf-8",
    )
    (rec,) = records(read_csv(path))
    assert (rec.title, rec.outlet, rec.published) == ("Prices climb", "Herat Daily", "2024-05-09")
    assert rec.url == "https://herat.example/p/1"
    assert [t for _, t in rec.paragraphs][1] == "Traders blamed the closed border."


def test_jsonl_body_field_source_object_and_epoch(tmp_path):
    path = tmp_path / "feed.jsonl"
    rows = [
        {
            "headline": "A",
            "body": BODY,
            "source": {"name": "Valley Post", "id": "vp"},
            "published": 1715212800000,
            "url": "https://vp.example/a",
        },
        {
            "Title": "B",
            "Article": "Wheat arrived by rail.",
            "Source": "Kabul Ledger",
            "timestamp": 1715212800,
        },
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = records(read_jsonl(path))
    assert (first.title, first.outlet, first.published, first.url) == (
        "A",
        "Valley Post",
        "2024-05-09",
        "https://vp.example/a",
    )
    assert (second.title, second.outlet, second.published) == ("B", "Kabul Ledger", "2024-05-09")


def test_parquet_with_aliased_columns(tmp_path):
    frame = pd.DataFrame(
        {"Story": [BODY], "Headline": ["Prices climb"], "publisher": ["Herat Daily"]}
    )
    frame.to_parquet(tmp_path / "t.parquet")
    corpus = load_corpus(tmp_path)
    assert corpus.articles[["title", "outlet"]].values.tolist() == [["Prices climb", "Herat Daily"]]


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("cols.csv", "headline,summary,date\nA,Short.,2024-01-01\n"),
        ("cols.jsonl", '{"headline": "A", "summary": "Short."}\n'),
    ],
)
def test_reject_lists_found_and_accepted_columns(tmp_path, name, content):
    (tmp_path / name).write_text(content, encoding="utf-8")
    (tmp_path / "good.txt").write_text("Prices climb\n\nFlour prices rose.\n", encoding="utf-8")
    (reason,) = load_corpus(tmp_path).rejects["reason"].tolist()
    assert "columns found: headline, summary" in reason
    assert "accepted for the text: text, body, content, article, article_text, full_text" in reason


@pytest.mark.parametrize("name", ["date_published", "datePublished", "Date Published"])
def test_a_schema_org_date_published_column_is_the_date(name):
    assert resolve_columns(["story_id", "headline", name, "body"])["published"] == name
