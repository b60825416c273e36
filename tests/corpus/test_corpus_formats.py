"""Folders, Markdown, CSV, JSONL, Parquet and HTML inputs; stable ids."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from afgresearch.corpus import article_id, load_corpus

from . import layouts

TEXT_A = "Officials met in the capital on Monday.\n\nThey agreed to meet again in June."
TEXT_B = "Prices of flour rose sharply.\nTraders blamed the border closure."


def rows():
    return [
        {
            "text": TEXT_A,
            "title": "Talks",
            "published": "March 4, 2025",
            "outlet": "Example Wire",
            "url": "http://x",
        },
        {"text": TEXT_B, "title": "", "published": "not a date", "outlet": "", "url": ""},
    ]


def test_csv_rows_are_articles(tmp_path):
    path = tmp_path / "items.csv"
    # a quoted field spanning three lines: the second record starts on line 5
    path.write_text(
        'title,text,published,outlet\nTalks,"Officials met in the capital on Monday.\n\n'
        'They agreed to meet again in June.",2025-03-04,Example Wire\n'
        ',"Prices of flour rose sharply.",,\n',
        encoding="utf-8",
    )
    corpus = load_corpus(path)
    assert corpus.articles["title"].tolist() == ["Talks", ""]
    assert corpus.articles["published"].tolist() == ["2025-03-04", ""]
    assert corpus.articles["outlet"].tolist() == ["Example Wire", ""]
    assert corpus.paragraphs["line"].tolist() == [2, 2, 5]
    assert corpus.paragraphs["text"].tolist()[1] == "They agreed to meet again in June."
    assert corpus.paragraphs["source_file"].unique().tolist() == ["items.csv"]


def test_jsonl_and_parquet(tmp_path):
    (tmp_path / "a.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows()) + "\n", encoding="utf-8"
    )
    pd.DataFrame(rows()).to_parquet(tmp_path / "b.parquet")
    corpus = load_corpus(tmp_path)
    arts = corpus.articles
    assert arts["source_file"].tolist() == ["a.jsonl", "a.jsonl", "b.parquet", "b.parquet"]
    assert arts["published"].tolist() == ["2025-03-04", "", "2025-03-04", ""]
    paras = corpus.paragraphs
    assert paras.loc[paras.source_file == "a.jsonl", "line"].tolist() == [1, 1, 2, 2]
    assert paras.loc[paras.source_file == "b.parquet", "line"].tolist() == [1, 1, 2, 2]
    assert paras["text"].tolist()[2:4] == [
        "Prices of flour rose sharply.",
        "Traders blamed the border closure.",
    ]


def test_html_main_text_only(tmp_path):
    page = """<html><head><title>Kabul talks resume - Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="article:published_time" content="2025-03-04">
<script>document.title = "injected";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Kabul talks resume</h1>
<p>Officials from both countries met in Kabul on Monday to discuss trade and refugees, the ministry said.</p>
<p>The talks will continue next week &amp; include border issues, according to officials who spoke to reporters.</p>
<iframe src="https://ads.example/frame"></iframe>
<script>alert("x")</script>
</article></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    corpus = load_corpus(path)
    art = corpus.articles.iloc[0]
    assert art["title"] == "Kabul talks resume"
    assert art["outlet"] == "Example Times"
    assert art["published"] == "2025-03-04"
    texts = corpus.paragraphs["text"].tolist()
    assert texts[0].startswith("Officials from both countries")
    assert "&" in texts[1] and "&amp;" not in texts[1]
    assert not any("alert" in t or "injected" in t or "Home" in t for t in texts)
    assert corpus.paragraphs["line"].tolist() == [8, 9]  # lines of the <p> tags


def test_folder_recursive_sorted_and_ids_stable(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.md").write_text(layouts.READ_MORE, encoding="utf-8")
    (tmp_path / "one.txt").write_text(layouts.PUBLISHED_SOURCE, encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(layouts.READ_MORE, encoding="utf-8")
    before = load_corpus(tmp_path)
    assert before.articles["source_file"].tolist() == ["b/two.md", "b/two.md", "one.txt"]
    assert before.articles["article_id"].tolist()[0] == article_id("b/two.md", 1)
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "new.txt").write_text(layouts.WRAPPED, encoding="utf-8")
    after = load_corpus(tmp_path)
    old = after.articles[after.articles.source_file != "a/new.txt"].reset_index(drop=True)
    pd.testing.assert_frame_equal(old, before.articles)
    assert after.articles["source_file"].tolist()[0] == "a/new.txt"


@pytest.mark.parametrize("relpath", ["dumps/a file|x.txt", "ü/[a]_b*.md", "x"])
def test_ids_are_safe_strings(relpath):
    aid = article_id(relpath, 12)
    assert aid.replace("-", "").isalnum() and aid.isascii()
    assert aid.endswith("-0012")
    assert article_id(relpath, 12) == aid
    assert article_id(relpath + "2", 12) != aid


def test_several_paths_root_and_summary(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "x" / "one.txt").write_text(layouts.READ_MORE, encoding="utf-8")
    (tmp_path / "y" / "two.txt").write_text(layouts.PUBLISHED_SOURCE, encoding="utf-8")
    (tmp_path / "y" / "bad.txt").write_bytes(b"")
    corpus = load_corpus([tmp_path / "y", tmp_path / "x" / "one.txt"])
    assert corpus.root == tmp_path
    summary = corpus.summary()
    assert summary["source_file"].tolist() == ["x/one.txt", "y/bad.txt", "y/two.txt"]
    assert summary["articles"].tolist() == [2, 0, 1]
    assert summary["paragraphs"].tolist() == [5, 0, 2]
    assert summary["rejected"].tolist() == ["", "empty file", ""]
    only = load_corpus(tmp_path / "y" / "two.txt", root=tmp_path)
    assert only.articles["source_file"].tolist() == ["y/two.txt"]
    assert only.articles["article_id"].tolist() == corpus.articles["article_id"].tolist()[2:]


def test_path_outside_root_is_an_error(tmp_path):
    from afgresearch.corpus import CorpusPathError

    (tmp_path / "a.txt").write_text(layouts.READ_MORE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    with pytest.raises(CorpusPathError, match="not inside the corpus root"):
        load_corpus(tmp_path / "a.txt", root=tmp_path / "sub")
