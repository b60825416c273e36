"""Streaming reader, incremental Parquet writer and the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from afgresearch.cli import main
from afgresearch.corpus import EmptyCorpusError, iter_corpus, load_corpus, write_corpus_parquet
from afgresearch.schema import LINE_COLUMNS, PARAGRAPH_COLUMNS

from . import layouts

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture()
def mixed(tmp_path):
    n = 25
    pd.DataFrame(
        {
            "text": [
                f"Report {i} says the road reopened.\n\nTraffic resumed on day {i}."
                for i in range(n)
            ],
            "title": [f"Road {i}" for i in range(n)],
        }
    ).to_csv(tmp_path / "a.csv", index=False)
    (tmp_path / "b.jsonl").write_text(
        "\n".join(json.dumps({"text": f"Item {i} was reported by officials."}) for i in range(n))
        + "\n",
        encoding="utf-8",
    )
    pd.DataFrame({"text": [f"Row {i} of the archive was filed." for i in range(n)]}).to_parquet(
        tmp_path / "c.parquet", row_group_size=7
    )
    (tmp_path / "d.txt").write_text(layouts.READ_MORE, encoding="utf-8")
    (tmp_path / "e.bin").write_bytes(b"\x00\x01")
    return tmp_path


def test_chunks_have_the_ids_of_load_corpus(mixed):
    whole = load_corpus(mixed)
    chunks = list(iter_corpus(mixed, chunksize=10))
    assert len(chunks) >= 8
    assert all(len(c.articles) <= 10 for c in chunks)
    arts = pd.concat([c.articles for c in chunks], ignore_index=True)
    paras = pd.concat([c.paragraphs for c in chunks], ignore_index=True)
    rejects = pd.concat([c.rejects for c in chunks], ignore_index=True)
    pd.testing.assert_frame_equal(arts, whole.articles)
    pd.testing.assert_frame_equal(paras, whole.paragraphs)
    pd.testing.assert_frame_equal(rejects, whole.rejects)
    assert len(whole.articles) == 77


def test_csv_is_streamed_in_chunks(mixed):
    sizes = [len(c.articles) for c in iter_corpus(mixed / "a.csv", chunksize=4)]
    assert sizes == [4, 4, 4, 4, 4, 4, 1]


def test_write_corpus_parquet_incrementally(mixed, tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    counts = write_corpus_parquet(mixed, out, chunksize=6)
    whole = load_corpus(mixed)
    assert counts == {
        "articles": 77,
        "paragraphs": len(whole.paragraphs),
        "rejects": 1,
        "lines": len(whole.lines),
    }
    assert counts["lines"] > 0
    lines = pq.read_table(out / "lines.parquet").to_pandas().astype(LINE_COLUMNS)
    pd.testing.assert_frame_equal(lines, whole.lines)
    paragraphs = pq.read_table(out / "paragraphs.parquet")
    assert pq.ParquetFile(out / "paragraphs.parquet").metadata.num_row_groups > 1
    frame = paragraphs.to_pandas().astype(PARAGRAPH_COLUMNS)
    pd.testing.assert_frame_equal(frame, whole.paragraphs)


def test_iter_corpus_empty_is_an_error(tmp_path):
    (tmp_path / "x.txt").write_text("   \n", encoding="utf-8")
    with pytest.raises(EmptyCorpusError):
        list(iter_corpus(tmp_path))
    with pytest.raises(ValueError, match="chunksize"):
        list(iter_corpus(tmp_path, chunksize=0))


def test_cli_summary_and_tables(tmp_path, capsys):
    assert main(["corpus", str(SEEDS), "--write", str(tmp_path / "t")]) == 0
    out = capsys.readouterr().out
    assert "20 articles" in out and "000_80ff25dce704ba91.txt" in out
    for name in ("articles", "paragraphs", "rejects"):
        assert (tmp_path / "t" / f"{name}.csv").exists()
        assert (tmp_path / "t" / f"{name}.parquet").exists()
    assert len(pd.read_parquet(tmp_path / "t" / "articles.parquet")) == 20


def test_cli_empty_corpus_exits_non_zero(tmp_path, capsys):
    (tmp_path / "x.txt").write_bytes(b"")
    assert main(["corpus", str(tmp_path)]) == 1
    assert "empty corpus" in capsys.readouterr().err
