"""The seed corpus against a labelled reading of it (tests/data/corpus/seeds_expected.csv)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from afgresearch import load_corpus
from afgresearch.corpus import lines as L
from afgresearch.schema import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, REJECT_COLUMNS

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXPECTED = ROOT / "tests" / "data" / "corpus" / "seeds_expected.csv"


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(SEEDS)


def test_columns_follow_the_schema(corpus):
    assert list(corpus.articles.columns) == list(ARTICLE_COLUMNS)
    assert list(corpus.paragraphs.columns) == list(PARAGRAPH_COLUMNS)
    assert list(corpus.rejects.columns) == list(REJECT_COLUMNS)
    assert corpus.rejects.empty


def test_articles_match_the_labelled_reading(corpus):
    expected = pd.read_csv(EXPECTED, dtype=str, keep_default_na=False)
    assert len(corpus.articles) == len(expected) == 20
    first_line = corpus.paragraphs.groupby("article_id", sort=False)["line"].min()
    got = corpus.articles.assign(first_body_line=corpus.articles["article_id"].map(first_line))
    for (_, exp), (_, row) in zip(expected.iterrows(), got.iterrows(), strict=True):
        assert row["source_file"] == exp["source_file"]
        assert int(row["first_body_line"]) == int(exp["first_body_line"])
        assert row["title"] == exp["title"]
        assert row["outlet"] == exp["outlet"]
        assert row["published"] == exp["published"]


def test_paragraphs_point_at_their_text(corpus):
    cache: dict[str, list[str]] = {}
    titles = set(corpus.articles["title"].str.casefold()) - {""}
    for row in corpus.paragraphs.itertuples():
        lines = cache.setdefault(
            row.source_file, (SEEDS / row.source_file).read_text("utf-8").splitlines()
        )
        assert lines[row.line - 1].strip() == row.text
        assert L.classify(lines[row.line - 1]) == L.BODY
        assert row.text.casefold() not in titles
        assert row.text.casefold() != "read more"


def test_no_repeated_paragraphs_within_an_article(corpus):
    dup = corpus.paragraphs.duplicated(["article_id", "text"])
    assert not dup.any()


def test_ids_are_unique_and_stable(corpus):
    assert corpus.articles["article_id"].is_unique
    assert corpus.paragraphs["paragraph_id"].is_unique
    again = load_corpus(sorted(SEEDS.glob("*.txt")), root=SEEDS)
    pd.testing.assert_frame_equal(corpus.articles, again.articles)
    pd.testing.assert_frame_equal(corpus.paragraphs, again.paragraphs)


def test_article_text_is_its_paragraphs(corpus):
    joined = corpus.paragraphs.groupby("article_id", sort=False)["text"].agg("\n\n".join)
    assert (corpus.articles.set_index("article_id")["text"] == joined).all()
