"""A Parquet file's text column read in chunks and in ranges of rows, as the engines read it."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from afgresearch.scale import OutOfCoreThemeModel, ParquetTexts
from afgresearch.scale.chunks import iter_text_chunks


@pytest.fixture()
def texts() -> list[str | None]:
    return [None if i % 5 == 3 else f"paragraph {i}" for i in range(23)]


@pytest.fixture()
def source(tmp_path, texts) -> ParquetTexts:
    path = tmp_path / "paragraphs.parquet"
    pq.write_table(pa.table({"text": texts}), path, row_group_size=4)
    return ParquetTexts(path, chunksize=6)


def test_chunks_are_those_cut_from_the_whole_column(source, texts) -> None:
    flat = ["" if t is None else t for t in texts]
    assert len(source) == len(texts)
    assert list(source) == [flat[i : i + 6] for i in range(0, len(flat), 6)]
    assert list(iter_text_chunks(source)) == list(source)


@pytest.mark.parametrize(("start", "stop"), [(0, 23), (0, 1), (3, 9), (4, 8), (22, 23), (5, 5)])
def test_a_range_of_rows_spans_row_groups(source, texts, start, stop) -> None:
    flat = ["" if t is None else t for t in texts]
    assert list(source.rows(start, stop)) == flat[start:stop]


def test_out_of_core_fit_on_the_file_equals_fit_on_the_texts(tmp_path, themed_texts) -> None:
    path = tmp_path / "paragraphs.parquet"
    pq.write_table(pa.table({"text": themed_texts}), path, row_group_size=10)
    listed = OutOfCoreThemeModel(random_state=0, chunksize=20).fit(themed_texts)
    read = OutOfCoreThemeModel(random_state=0).fit(ParquetTexts(path, chunksize=20))
    assert read.labels_.tolist() == listed.labels_.tolist()
    assert read.themes_.tolist() == listed.themes_.tolist()
