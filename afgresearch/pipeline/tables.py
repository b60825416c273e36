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

import re
from pathlib import Path

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
    _check_name(name)
    require(frame, name, None if name in TABLES else (), error=TableError)
    if name in TABLES:
        try:
            frame = conform(frame, TABLES[name])
        except (ValueError, TypeError) as exc:
            raise TableError(f"table {name!r}: {exc}") from None
    # published floats at the stated precision, so kernel and thread noise never reach a file
    frame = round_sig(frame, skip=STATED_COLUMNS.get(name, ()))
    folder = Path(run_dir) / TABLES_DIR
    csv = _write_bytes(folder / f"{name}.csv", table_to_csv_bytes(frame))
    parquet = _write_bytes(folder / f"{name}.parquet", table_to_parquet_bytes(frame))
    return csv, parquet


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


def read_table(run_dir: str | Path, name: str, missing_ok: bool = False) -> pd.DataFrame:
    """Read ``tables/<name>.parquet`` (or the CSV if there is no Parquet) from ``run_dir``.

    Parameters
    ----------
    missing_ok : return the empty contract table instead of raising when the file is absent.

    Raises
    ------
    TableError naming the table and file when it is missing, unreadable or lacks columns.
    """
    _check_name(name)
    folder = Path(run_dir) / TABLES_DIR
    parquet, csv = folder / f"{name}.parquet", folder / f"{name}.csv"
    try:
        if parquet.is_file():
            frame = pd.read_parquet(parquet)
        elif csv.is_file():
            frame = _typed_csv(pd.read_csv(csv, keep_default_na=False, dtype=str), name)
        elif missing_ok and name in TABLES:
            return empty_table(name)
        else:
            raise TableError(f"table {name!r}: no {parquet.name} or {csv.name} in {folder}")
    except TableError:
        raise
    except Exception as exc:  # pyarrow and the CSV parser raise many kinds
        raise TableError(
            f"table {name!r} in {folder}: cannot be read ({type(exc).__name__}: {exc})"
        ) from None
    if name in TABLES:
        try:
            frame = conform(require(frame, name), TABLES[name])
        except TableContractError as exc:
            raise TableError(f"{exc} (in {folder})") from None
        except (ValueError, TypeError) as exc:
            raise TableError(f"table {name!r} in {folder}: {exc}") from None
    return frame
