"""Read and write a run folder's tables: ``tables/<name>.csv`` and ``tables/<name>.parquet``.

Writes are byte-stable (same frame -> same bytes: no index, ``\\n`` line ends, fixed Parquet
writer options, floats rounded to :data:`afgresearch.numeric.SIG_DIGITS` significant digits) and atomic (written beside the target, then renamed over it), so a reader
never sees half a file. Tables named in :data:`afgresearch.schema.TABLES` are conformed to
their column contract on write and on read.

Example
-------
>>> import tempfile, pandas as pd
>>> run = tempfile.mkdtemp()
>>> _ = write_table(run, "rejects", pd.DataFrame({"source_file": ["a.bin"], "reason": ["binary"]}))
>>> read_table(run, "rejects")["reason"].tolist()
['binary']
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path
from typing import Any

import pandas as pd

from afgresearch.atomic import atomic_write
from afgresearch.errors import TableContractError
from afgresearch.numeric import round_sig
from afgresearch.pipeline.errors import PipelineError
from afgresearch.schema import STATED_COLUMNS, TABLES, conform, empty_table, require

TABLES_DIR = "tables"
_TABLE_NAME = re.compile(r"^[a-z][a-z0-9_]*$")


class TableError(PipelineError, TableContractError):
    """A run-folder table is missing, unreadable or has the wrong columns."""


def _check_name(name: str) -> None:
    if not isinstance(name, str) or not _TABLE_NAME.match(name):
        raise TableError(f"table name {name!r}: use lower-case letters, digits and underscores")


def _write_bytes(path: Path, data: bytes) -> Path:
    with atomic_write(path) as fh:
        fh.write(data)
    return path


def table_to_csv_bytes(frame: pd.DataFrame) -> bytes:
    """Return the byte-stable CSV of ``frame`` (UTF-8, no index, ``\\n`` line ends)."""
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")


def table_to_parquet_bytes(frame: pd.DataFrame) -> bytes:
    """Return the byte-stable Parquet of ``frame`` (pyarrow, snappy, no index)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(frame, preserve_index=False)
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="snappy", write_statistics=True)
    return sink.getvalue().to_pybytes()


def write_table(run_dir: str | Path, name: str, frame: pd.DataFrame) -> tuple[Path, Path]:
    """Write ``frame`` as ``tables/<name>.csv`` and ``tables/<name>.parquet`` under ``run_dir``.

    Parameters
    ----------
    run_dir : the run folder.
    name : table name; a name from ``afgresearch.schema.TABLES`` is conformed to its columns.
    frame : the table.

    Returns
    -------
    (csv_path, parquet_path)

    Example
    -------
    >>> import tempfile
    >>> csv, pq = write_table(tempfile.mkdtemp(), "notes", pd.DataFrame({"a": [1]}))
    >>> csv.read_text()
    'a\\n1\\n'
    """
    if len(frame) <= SLICE_ROWS:
        frame = _prepared(name, frame)
        folder = Path(run_dir) / TABLES_DIR
        csv = _write_bytes(folder / f"{name}.csv", table_to_csv_bytes(frame))
        parquet = _write_bytes(folder / f"{name}.parquet", table_to_parquet_bytes(frame))
        return csv, parquet
    # a large table a slice at a time, so its text is never held whole (the same CSV bytes)
    _check_name(name)
    require(frame, name, None if name in TABLES else (), error=TableError)
    with TableWriter(run_dir, name) as out:
        for start in range(0, len(frame), SLICE_ROWS):
            out.write(frame.iloc[start : start + SLICE_ROWS])
    return out.csv_path, out.parquet_path


#: rows of a table written at a time (one Parquet row group each)
SLICE_ROWS = 50_000


def _prepared(name: str, frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` checked and conformed to table ``name``'s contract, floats rounded."""
    _check_name(name)
    require(frame, name, None if name in TABLES else (), error=TableError)
    if name in TABLES:
        try:
            frame = conform(frame, TABLES[name])
        except (ValueError, TypeError) as exc:
            raise TableError(f"table {name!r}: {exc}") from None
    # published floats at the stated precision, so kernel and thread noise never reach a file
    return round_sig(frame, skip=STATED_COLUMNS.get(name, ()))


class TableWriter:
    """Write one table chunk by chunk, as :func:`write_table` writes it whole.

    The CSV holds the same bytes as :func:`write_table` gives for the chunks joined; the
    Parquet file holds one row group per chunk (the same rows and types). Both files appear
    only when the ``with`` block completes (written beside the targets, then renamed); if it
    raises, the targets are left as they were.

    Example
    -------
    >>> import tempfile
    >>> run = tempfile.mkdtemp()
    >>> with TableWriter(run, "notes") as out:
    ...     out.write(pd.DataFrame({"a": [1]}))
    ...     out.write(pd.DataFrame({"a": [2]}))
    >>> (Path(run) / "tables" / "notes.csv").read_text(), out.rows
    ('a\\n1\\n2\\n', 2)
    """

    def __init__(self, run_dir: str | Path, name: str) -> None:
        _check_name(name)
        self.name = name
        self.folder = Path(run_dir) / TABLES_DIR
        self.csv_path = self.folder / f"{name}.csv"
        self.parquet_path = self.folder / f"{name}.parquet"
        self.rows = 0
        self._files = contextlib.ExitStack()
        self._csv: Any = None
        self._parquet: Any = None
        self._schema: Any = None

    def __enter__(self) -> TableWriter:
        with contextlib.ExitStack() as opened:
            self._csv = opened.enter_context(atomic_write(self.folder / f"{self.name}.csv"))
            self._parquet = opened.enter_context(atomic_write(self.folder / f"{self.name}.parquet"))
            self._files = opened.pop_all()
        return self

    def write(self, frame: pd.DataFrame) -> None:
        """Append the rows of ``frame`` (conformed to the table's contract)."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self._schema is not None and frame.empty:
            return
        frame = _prepared(self.name, frame)
        table = pa.Table.from_pandas(frame, preserve_index=False)
        if self._schema is None:
            self._schema = table.schema
            self._writer = pq.ParquetWriter(
                self._parquet, self._schema, compression="snappy", write_statistics=True
            )
            self._csv.write(table_to_csv_bytes(frame.iloc[:0]))
        elif not table.schema.equals(self._schema, check_metadata=False):
            table = table.cast(self._schema)
        self._csv.write(
            frame.to_csv(index=False, header=False, lineterminator="\n").encode("utf-8")
        )
        self._writer.write_table(table)
        self.rows += len(frame)

    def __exit__(self, kind: object, *exc: object) -> None:
        try:
            if kind is None:
                if self._schema is None:  # no chunk at all: the empty table
                    self.write(empty_table(self.name) if self.name in TABLES else pd.DataFrame())
                self._writer.close()
            elif self._schema is not None:
                self._writer.close()
        finally:
            self._files.__exit__(kind, *exc)


def write_tables(run_dir: str | Path, tables: dict[str, pd.DataFrame]) -> list[Path]:
    """Write several tables (in sorted name order); return every path written."""
    paths: list[Path] = []
    for name in sorted(tables):
        paths.extend(write_table(run_dir, name, tables[name]))
    return paths


def _typed_csv(frame: pd.DataFrame, name: str) -> pd.DataFrame:
    """CSV text back to the contract's types where text does not cast by itself.

    Strings stay strings (an empty field is an empty string); an empty numeric field is
    missing, and ``True``/``False`` are booleans.
    """
    for column, dtype in TABLES.get(name, {}).items():
        if column not in frame.columns:
            continue
        if dtype == "bool":
            frame[column] = frame[column].map({"True": True, "False": False, "": False})
        elif dtype.startswith("float"):
            frame[column] = pd.to_numeric(frame[column].replace("", None), errors="raise")
    return frame


def read_table(
    run_dir: str | Path,
    name: str,
    missing_ok: bool = False,
    columns: list[str] | None = None,
    head: int | None = None,
) -> pd.DataFrame:
    """Read ``tables/<name>.parquet`` (or the CSV if there is no Parquet) from ``run_dir``.

    Parameters
    ----------
    missing_ok : return the empty contract table instead of raising when the file is absent.
    columns : read only these columns (checked and typed as the contract says), in this order.
    head : read only the first ``head`` rows in stored order (a preview whose memory does not
        grow with the table); None: every row.

    Raises
    ------
    TableError naming the table and file when it is missing, unreadable or lacks columns.

    Example
    -------
    >>> import tempfile
    >>> run = tempfile.mkdtemp()
    >>> _ = write_table(run, "rejects", pd.DataFrame({"source_file": ["a"], "reason": ["b"]}))
    >>> read_table(run, "rejects", columns=["reason"]).columns.tolist()
    ['reason']
    """
    _check_name(name)
    folder = Path(run_dir) / TABLES_DIR
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    try:
        if parquet.is_file():
            frame = (
                pd.read_parquet(parquet, columns=columns)
                if head is None
                else _parquet_head(parquet, columns, head)
            )
        elif csv.is_file():
            frame = _typed_csv(
                pd.read_csv(csv, keep_default_na=False, dtype=str, usecols=columns, nrows=head),
                name,
            )
        elif missing_ok and name in TABLES:
            frame = empty_table(name) if columns is None else empty_table(name)[columns]
        else:
            raise TableError(f"table {name!r}: no {parquet.name} or {csv.name} in {folder}")
    except TableError:
        raise
    except Exception as exc:  # pyarrow and the CSV parser raise many kinds
        raise TableError(
            f"table {name!r} in {folder}: cannot be read ({type(exc).__name__}: {exc})"
        ) from None
    if name in TABLES:
        contract, checked = TABLES[name], None
        if columns is not None:
            contract = {c: contract[c] for c in columns if c in contract}
            checked = list(contract)
        try:
            frame = conform(require(frame, name, checked), contract)
        except TableContractError as exc:
            raise TableError(f"{exc} (in {folder})") from None
        except (ValueError, TypeError) as exc:
            raise TableError(f"table {name!r} in {folder}: {exc}") from None
    if columns is not None:
        frame = frame[list(columns)]
    return frame


def _parquet_head(path: Path, columns: list[str] | None, head: int) -> pd.DataFrame:
    """The first ``head`` rows of the Parquet file at ``path`` (row groups read one at a time,
    only as far as needed)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    source = pq.ParquetFile(path)
    parts, held = [], 0
    for batch in source.iter_batches(batch_size=max(1, min(head, 65_536)), columns=columns):
        parts.append(batch.slice(0, head - held))
        held += parts[-1].num_rows
        if held >= head:
            break
    if not parts:  # no rows: the file's own schema gives the columns and types
        return (
            source.schema_arrow.empty_table()
            .select(columns or source.schema_arrow.names)
            .to_pandas()
        )
    return pa.Table.from_batches(parts).to_pandas()


def table_counts(run_dir: str | Path, name: str, by: list[str]) -> pd.DataFrame:
    """Rows of table ``name`` in ``run_dir`` per value of the columns ``by``, most first
    (ties in the order of ``by``'s values): a column ``rows``. Only the ``by`` columns are
    read, as Arrow data, so the memory is that of the values, not of the table.

    Example
    -------
    >>> import tempfile
    >>> run = tempfile.mkdtemp()
    >>> _ = write_table(run, "rejects", pd.DataFrame({"source_file": ["a", "b", "b"],
    ...                                               "reason": ["x", "y", "y"]}))
    >>> table_counts(run, "rejects", ["source_file"])["rows"].tolist()
    [2, 1]
    """
    parquet = Path(run_dir) / TABLES_DIR / f"{name}.parquet"
    if parquet.is_file():
        import pyarrow.parquet as pq

        try:
            values = pq.read_table(parquet, columns=list(by))
        except Exception as exc:  # pyarrow raises many kinds
            raise TableError(
                f"table {name!r} in {parquet.parent}: cannot be read ({type(exc).__name__}: {exc})"
            ) from None
        counted = values.group_by(list(by)).aggregate([([], "count_all")]).to_pandas()
        counted = counted.rename(columns={"count_all": "rows"})[[*by, "rows"]]
        typed = read_table(
            run_dir, name, columns=list(by), head=0
        ).dtypes  # as read_table types them
        counted = counted.astype({column: typed[column] for column in by})
    else:
        frame = read_table(run_dir, name, columns=list(by))
        counted = frame.groupby(list(by), dropna=False).size().rename("rows").reset_index()
    counted = counted.sort_values(list(by), kind="stable")
    counted = counted.sort_values("rows", ascending=False, kind="stable")
    return counted.set_index(list(by))
