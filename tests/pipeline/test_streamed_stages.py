"""The corpus and evidence stages written chunk by chunk give the tables written whole: the
same CSV bytes and the same Parquet frames, for small chunks (several per corpus), with and
without worker processes, and for a paragraphs table stored out of corpus order."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import afgresearch
from afgresearch.pipeline import tables as run_tables
from afgresearch.pipeline.corpus import file_overview, write_corpus_tables
from afgresearch.pipeline.evidence import (
    EVIDENCE_TABLES,
    stored_article_chunks,
    stored_in_corpus_order,
    write_evidence_tables,
)
from afgresearch.pipeline.tables import TABLES_DIR, TableWriter, write_table, write_tables

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("seeds", "tests/data/news_dev/dumps", "tests/data/news_dev3/dumps")
CORPUS_TABLES = ("articles", "paragraphs", "rejects", "lines", "line_summary")


def _same_tables(a: Path, b: Path, names: tuple[str, ...]) -> None:
    for name in names:
        csv_a, csv_b = (p / TABLES_DIR / f"{name}.csv" for p in (a, b))
        assert csv_a.read_bytes() == csv_b.read_bytes(), name
        pd.testing.assert_frame_equal(
            pd.read_parquet(b / TABLES_DIR / f"{name}.parquet"),
            pd.read_parquet(a / TABLES_DIR / f"{name}.parquet"),
            obj=name,
        )


@pytest.fixture(scope="module", params=CORPORA)
def whole(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A run folder with the corpus and evidence tables computed whole, in memory."""
    run = tmp_path_factory.mktemp("whole")
    loaded = afgresearch.load_corpus(str(ROOT / request.param))
    write_tables(run, {**loaded.tables(), "line_summary": loaded.line_summary()})
    write_tables(run, afgresearch.evidence_tables(loaded.paragraphs, loaded.articles))
    (run / "corpus").write_text(request.param)
    return run


def test_corpus_tables_in_chunks_are_the_whole_tables(whole: Path, tmp_path: Path) -> None:
    corpus = ROOT / (whole / "corpus").read_text()
    out = write_corpus_tables(corpus, tmp_path, chunksize=3)
    assert out.rows["articles"] > 9  # several chunks
    _same_tables(whole, tmp_path, CORPUS_TABLES)
    loaded = afgresearch.load_corpus(str(corpus))
    pd.testing.assert_frame_equal(out.files, file_overview(loaded.articles, loaded.paragraphs))


def test_evidence_tables_in_chunks_are_the_whole_tables(whole: Path, tmp_path: Path) -> None:
    run_tables.write_tables(
        tmp_path,
        {n: run_tables.read_table(whole, n) for n in ("paragraphs", "articles")},
    )
    path = tmp_path / TABLES_DIR / "paragraphs.parquet"
    assert stored_in_corpus_order(path)
    assert len(list(stored_article_chunks(path, 25))) > 2
    rows = write_evidence_tables(tmp_path, workers=1, chunk_size=25)
    assert list(rows) == list(EVIDENCE_TABLES) and rows["claims"] > 0 and rows["events"] > 0
    _same_tables(whole, tmp_path, EVIDENCE_TABLES)


def test_worker_processes_and_a_table_out_of_order_give_the_same_tables(
    tmp_path: Path,
) -> None:
    loaded = afgresearch.load_corpus(str(ROOT / "seeds"))
    whole = tmp_path / "whole"
    write_tables(whole, afgresearch.evidence_tables(loaded.paragraphs, loaded.articles))
    parallel = tmp_path / "parallel"
    write_tables(parallel, loaded.tables())
    write_evidence_tables(parallel, workers=2, chunk_size=40)
    _same_tables(whole, parallel, EVIDENCE_TABLES)
    shuffled = tmp_path / "shuffled"
    rows = loaded.paragraphs.sample(frac=1.0, random_state=0)
    write_tables(shuffled, {"paragraphs": rows, "articles": loaded.articles})
    assert not stored_in_corpus_order(shuffled / TABLES_DIR / "paragraphs.parquet")
    write_evidence_tables(shuffled, workers=1, chunk_size=40)
    _same_tables(whole, shuffled, EVIDENCE_TABLES)


def test_chunks_end_where_an_article_ends(tmp_path: Path) -> None:
    p = pd.DataFrame({
        "paragraph_id": [f"p{i}" for i in range(7)],
        "article_id": list("aabbbcd"),
        "source_file": ["f.txt"] * 7,
        "line": range(1, 8),
        "text": [""] * 7,
    })  # fmt: skip
    write_table(tmp_path, "paragraphs", p)
    chunks = list(stored_article_chunks(tmp_path / TABLES_DIR / "paragraphs.parquet", 2))
    assert [c["article_id"].tolist() for c in chunks] == [["a", "a"], ["b", "b", "b"], ["c"], ["d"]]


def test_a_table_written_in_slices_is_the_table_written_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    frame = pd.DataFrame({"a": range(7), "b": [0.1234567891, None, 2.0, 3.5, None, 1e-20, 7.0]})
    whole = write_table(tmp_path / "whole", "notes", frame)
    monkeypatch.setattr(run_tables, "SLICE_ROWS", 3)
    sliced = write_table(tmp_path / "sliced", "notes", frame)
    assert whole[0].read_bytes() == sliced[0].read_bytes()
    pd.testing.assert_frame_equal(pd.read_parquet(sliced[1]), pd.read_parquet(whole[1]))


def test_a_table_writer_that_fails_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError), TableWriter(tmp_path, "notes") as out:
        out.write(pd.DataFrame({"a": [1]}))
        raise RuntimeError("stopped")
    assert not any((tmp_path / TABLES_DIR).iterdir())


def test_a_table_writer_with_no_rows_writes_the_empty_table(tmp_path: Path) -> None:
    with TableWriter(tmp_path, "claims"):
        pass
    whole = write_table(tmp_path / "whole", "claims", afgresearch.schema.empty_table("claims"))
    assert (tmp_path / TABLES_DIR / "claims.csv").read_bytes() == whole[0].read_bytes()
