"""The evidence tables read in chunks of whole articles, in worker processes or not, are the
tables read in one piece."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import afgresearch
from afgresearch.extract.evidence import article_chunks, evidence_tables

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("seeds", "tests/data/news_dev/dumps", "tests/data/news_dev2/dumps")


def _paragraphs(articles: str, lines: list[int]) -> pd.DataFrame:
    return pd.DataFrame({
        "paragraph_id": [f"p{i}" for i in range(len(articles))],
        "article_id": list(articles),
        "source_file": ["f.txt"] * len(articles),
        "line": lines,
        "text": [""] * len(articles),
    })  # fmt: skip


def test_chunks_keep_articles_whole_and_in_order() -> None:
    p = _paragraphs("aabbbccd", [1, 2, 3, 4, 5, 6, 7, 8])
    chunks = article_chunks(p, 2)
    assert [c["article_id"].tolist() for c in chunks] == [
        ["a", "a"],
        ["b", "b", "b"],
        ["c", "c"],
        ["d"],
    ]
    assert pd.concat(chunks)["paragraph_id"].tolist() == p["paragraph_id"].tolist()


def test_interleaved_articles_stay_in_one_chunk() -> None:
    # a's last paragraph comes after b's first: no cut between them
    p = _paragraphs("abab" + "cc", [1, 2, 3, 4, 5, 6])
    chunks = article_chunks(p, 1)
    assert [c["article_id"].tolist() for c in chunks] == [list("abab"), list("cc")]


def test_chunks_follow_corpus_order_not_row_order() -> None:
    p = _paragraphs("bbaa", [3, 4, 1, 2])
    assert [c["line"].tolist() for c in article_chunks(p, 2)] == [[1, 2], [3, 4]]


def test_a_small_corpus_is_one_chunk() -> None:
    p = _paragraphs("abc", [1, 2, 3])
    assert len(article_chunks(p, 10)) == 1


@pytest.fixture(scope="module", params=CORPORA)
def corpus(request: pytest.FixtureRequest) -> afgresearch.Corpus:
    return afgresearch.load_corpus(str(ROOT / request.param))


def test_chunked_tables_equal_whole_tables(corpus: afgresearch.Corpus) -> None:
    whole = evidence_tables(corpus.paragraphs, corpus.articles)
    assert not whole["claims"].empty and not whole["events"].empty
    chunked = evidence_tables(corpus.paragraphs, corpus.articles, chunk_size=25)
    assert len(article_chunks(corpus.paragraphs, 25)) > 2
    for name, table in whole.items():
        pd.testing.assert_frame_equal(chunked[name], table, obj=name)


@pytest.mark.parametrize("recycle", [64, 2])  # 2: the workers are replaced twice or more
def test_worker_processes_give_the_same_tables(recycle: int, monkeypatch) -> None:
    from afgresearch.extract import evidence as evidence_module

    monkeypatch.setattr(evidence_module, "RECYCLE_CHUNKS", recycle)
    corpus = afgresearch.load_corpus(str(ROOT / "seeds"))
    whole = evidence_tables(corpus.paragraphs, corpus.articles)
    assert recycle > 2 or len(article_chunks(corpus.paragraphs, 20)) > 2 * recycle
    parallel = evidence_tables(corpus.paragraphs, corpus.articles, workers=2, chunk_size=20)
    for name, table in whole.items():
        pd.testing.assert_frame_equal(parallel[name], table, obj=name)
    # a repeat across chunks is still marked
    assert (parallel["claims"]["repeat_of"] != "").sum() == (
        whole["claims"]["repeat_of"] != ""
    ).sum()
