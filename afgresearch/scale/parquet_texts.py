"""A text column of a Parquet file, read where it is used instead of held in memory.

:class:`ParquetTexts` names the file and the column; the theme engines read it themselves:
the out-of-core engine a chunk of texts at a time (it is an iterable of chunks, like
:func:`afgresearch.iter_corpus`), the Spark engine a contiguous range of rows in each of its
tasks (:meth:`ParquetTexts.rows`), so the texts never pass through the caller's memory as one
list. A missing text reads as ``""``, as the engines read one in a list.

Example
-------
>>> import tempfile, pyarrow as pa, pyarrow.parquet as pq
>>> path = tempfile.mkdtemp() + "/paragraphs.parquet"
>>> pq.write_table(pa.table({"text": ["a", None, "c", "d", "e"]}), path)
>>> texts = ParquetTexts(path, chunksize=2)
>>> len(texts), list(texts), list(texts.rows(1, 4))
(5, [['a', ''], ['c', 'd'], ['e']], ['', 'c', 'd'])
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: rows decoded at a time when a range of rows is read
READ_ROWS = 2_000
#: bytes of the file read at a time (:data:`afgresearch.table_file.READ_BUFFER`)
READ_BUFFER = 1 << 20


@dataclass(frozen=True)
class ParquetTexts:
    """The ``column`` of the Parquet file at ``path``: an iterable of lists of ``chunksize``
    texts (the last one shorter), and ranges of rows read on demand.

    The file must be readable at the same path wherever it is read (a Spark cluster's
    executors included: a shared file system).

    Example
    -------
    >>> ParquetTexts("run/tables/paragraphs.parquet").chunksize
    10000
    """

    path: str | Path
    column: str = "text"
    chunksize: int = 10_000

    def _open(self) -> Any:
        """The file, its pages read through a small buffer (as
        :func:`afgresearch.table_file.open_parquet` reads them; pyarrow only, no pandas)."""
        import pyarrow.parquet as pq

        return pq.ParquetFile(self.path, buffer_size=READ_BUFFER, pre_buffer=False)

    def __len__(self) -> int:
        return int(self._open().metadata.num_rows)

    def __iter__(self) -> Iterator[list[str]]:
        pending: list[str] = []
        size = int(self.chunksize)
        for batch in self._open().iter_batches(batch_size=size, columns=[self.column]):
            pending.extend("" if t is None else t for t in batch.column(0).to_pylist())
            while len(pending) >= size:
                yield pending[:size]
                pending = pending[size:]
        if pending:
            yield pending

    def rows(self, start: int, stop: int) -> Iterator[str]:
        """The texts of rows ``start`` to ``stop`` (excluded), in order, read a batch at a
        time from the row groups that hold them.

        Example
        -------
        >>> list(ParquetTexts("run/tables/paragraphs.parquet").rows(0, 2))  # doctest: +SKIP
        ['Officials said ...', 'The envoy ...']
        """
        pf = self._open()
        first = 0
        for group in range(pf.metadata.num_row_groups):
            size = pf.metadata.row_group(group).num_rows
            end = first + size
            if end > start and first < stop:
                at = first
                for batch in pf.iter_batches(
                    batch_size=READ_ROWS, row_groups=[group], columns=[self.column]
                ):
                    lo, hi = max(start - at, 0), min(stop - at, batch.num_rows)
                    if hi > lo:
                        picked = batch.column(0).slice(lo, hi - lo).to_pylist()
                        yield from ("" if t is None else t for t in picked)
                    at += batch.num_rows
            if end >= stop:
                return
            first = end
