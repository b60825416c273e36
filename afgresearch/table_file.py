"""A table of a run folder left on disk and read a chunk of rows at a time.

The brief and its figures need of the largest tables (one row per claim) only counts and a
few rows; a :class:`TableFile` stands in for such a table, so that memory stays flat in the
size of the corpus. :func:`table_chunks` gives the chunks of a table file or of a DataFrame
alike, so one code path serves both.

Example
-------
>>> import pandas as pd
>>> [len(c) for c in table_chunks(pd.DataFrame({"a": range(5)}), rows=2)]
[2, 2, 1]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from afgresearch.schema import TABLES, conform, require

if TYPE_CHECKING:
    import pyarrow.parquet as pq

#: rows of a table read at a time
CHUNK_ROWS = 20_000
#: bytes of a Parquet file read at a time (see :func:`open_parquet`)
READ_BUFFER = 1 << 20
#: rows of a Parquet file decoded at a time where only a column or two of each row is kept
SCAN_ROWS = 2_000


def open_parquet(path: str | Path) -> pq.ParquetFile:
    """The Parquet file ``path`` opened to be read a batch at a time: its pages are read
    through a small buffer, never a whole column of a row group at once (a column of article
    texts is hundreds of megabytes in a corpus of a million paragraphs).

    Example
    -------
    >>> open_parquet("outputs/latest/tables/claims.parquet").metadata.num_rows  # doctest: +SKIP
    331212
    """
    import pyarrow.parquet as pq

    return pq.ParquetFile(path, buffer_size=READ_BUFFER, pre_buffer=False)


@dataclass(frozen=True)
class TableFile:
    """The Parquet table ``name`` at ``path``, read a chunk at a time, each chunk typed and
    checked as :func:`afgresearch.pipeline.tables.read_table` types and checks a whole table.

    Example
    -------
    >>> t = TableFile("claims", Path("outputs/latest/tables/claims.parquet"))
    >>> sum(len(c) for c in t.chunks(["claim_id"])) == len(t)  # doctest: +SKIP
    True
    """

    name: str
    path: Path
    #: the columns read (None: all the file holds)
    keep: tuple[str, ...] | None = None

    @property
    def columns(self) -> list[str]:
        """The table's columns read, in file order."""
        import pyarrow.parquet as pq

        names = pq.read_schema(self.path).names
        return [c for c in names if self.keep is None or c in self.keep]

    def __len__(self) -> int:
        import pyarrow.parquet as pq

        return int(pq.ParquetFile(self.path).metadata.num_rows)

    @property
    def empty(self) -> bool:
        """Whether the table has no rows (as ``DataFrame.empty``)."""
        return len(self) == 0

    def chunks(
        self, columns: list[str] | None = None, rows: int | None = None
    ) -> Iterator[pd.DataFrame]:
        """The table ``rows`` (default :data:`CHUNK_ROWS`) at a time, only ``columns`` (all
        when None), each chunk indexed from 0; a table of no rows gives one empty chunk."""
        import pyarrow as pa

        handle = open_parquet(self.path)
        if columns is None and self.keep is not None:
            columns = self.columns  # only the kept columns, none added by the contract
        wanted = columns if columns is not None else handle.schema_arrow.names
        metadata = handle.schema_arrow.metadata
        found = False
        for batch in handle.iter_batches(batch_size=rows or CHUNK_ROWS, columns=wanted):
            found = True
            table = pa.Table.from_batches([batch]).replace_schema_metadata(metadata)
            yield self._typed(table.to_pandas(), columns)
        if not found:
            empty = handle.schema_arrow.empty_table().select(wanted)
            yield self._typed(empty.to_pandas(), columns)

    def read(self, columns: list[str] | None = None) -> pd.DataFrame:
        """The whole table (only ``columns`` when given).

        Example
        -------
        >>> TableFile("claims", Path("x.parquet")).read()  # doctest: +SKIP
        """
        parts = list(self.chunks(columns))
        return pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]

    def _typed(self, frame: pd.DataFrame, columns: list[str] | None) -> pd.DataFrame:
        if self.name not in TABLES:
            return frame.reset_index(drop=True)
        contract, checked = TABLES[self.name], None
        if columns is not None:
            contract = {c: contract[c] for c in columns if c in contract}
            checked = list(contract)
        frame = conform(require(frame, self.name, checked), contract)
        return (frame[list(columns)] if columns is not None else frame).reset_index(drop=True)


def table_chunks(
    table: pd.DataFrame | TableFile, rows: int | None = None, columns: list[str] | None = None
) -> Iterator[pd.DataFrame]:
    """``table`` ``rows`` at a time (default :data:`CHUNK_ROWS`), in order; a DataFrame gives
    slices of itself (its own index kept), a :class:`TableFile` chunks read from disk.

    Example
    -------
    >>> [c["a"].tolist() for c in table_chunks(pd.DataFrame({"a": [1, 2, 3]}), rows=2)]
    [[1, 2], [3]]
    """
    if isinstance(table, TableFile):
        yield from table.chunks(columns, rows)
        return
    frame = table if columns is None else table[columns]
    size = rows or CHUNK_ROWS
    if frame.empty:
        yield frame
    for start in range(0, len(frame), size):
        yield frame.iloc[start : start + size]


def select_rows(
    table: pd.DataFrame | TableFile | None, keep: Callable[[pd.DataFrame], pd.Series]
) -> pd.DataFrame | None:
    """The rows of ``table`` that ``keep`` marks (a boolean Series per chunk), in order and
    indexed from 0; None stays None.

    Example
    -------
    >>> select_rows(pd.DataFrame({"a": [1, 2, 3]}), lambda f: f["a"] > 1)["a"].tolist()
    [2, 3]
    """
    if table is None:
        return None
    parts = [chunk[keep(chunk)] for chunk in table_chunks(table)]
    return (
        pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0].reset_index(drop=True)
    )
