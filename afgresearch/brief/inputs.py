"""The tables the brief reads, the columns it needs from each, and its section sizes.

Example
-------
>>> get_table({}, "rejects").columns.tolist()
['source_file', 'reason']
>>> section_limits({"max_claims": "5"})["max_claims"]
5
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from afgresearch.brief.errors import BriefTableError
from afgresearch.brief.values import number, text
from afgresearch.extract.flags import FLAG_COLUMNS
from afgresearch.schema import TABLES, empty_table, require
from afgresearch.table_file import SCAN_ROWS, TableFile, open_parquet

#: how many rows each section shows by default (override through ``params``)
DEFAULT_LIMITS: dict[str, int] = {
    "max_claims": 25,
    "max_events": 30,
    "max_actors": 12,
    "max_pairs": 10,
    "examples_per_theme": 2,
    "terms_per_theme": 8,
    "excerpt_chars": 280,
    "max_sources": 200,
    "max_disagreements": 15,
    "claims_per_disagreement": 8,
}

_CLAIM_READ = (
    "claim_id",
    "paragraph_id",
    "source_file",
    "line",
    "quote",
    "value",
    "qualifier",
    "unit",
    "topic",
    "period",
    "rate",
    "attributed_to",
    *FLAG_COLUMNS,
)

#: columns the brief reads from each table (the contracts of :mod:`afgresearch.schema`, and
#: the claim flags of :mod:`afgresearch.extract.flags` that the evidence stage adds)
NEEDED: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "source_file", "line_start", "title", "outlet", "published"),
    "paragraphs": ("paragraph_id", "article_id", "source_file", "line"),
    "claims": _CLAIM_READ,
    "disagreements": ("measure", "n_sources", *_CLAIM_READ),
    "actors": ("actor", "type"),
    "mentions": ("actor", "paragraph_id", "source_file", "line", "matched"),
    "events": (
        "event_id",
        "cameo_code",
        "label",
        "actor_1",
        "actor_2",
        "place",
        "date",
        "source_file",
        "line",
        "quote",
    ),
    "rejects": ("source_file", "reason"),
    "line_summary": (
        "source_file",
        "lines",
        "body",
        "headline",
        "metadata",
        "boilerplate",
        "dropped_share",
    ),
    "co_mentions": ("actor_1", "actor_2", "paragraphs"),
    "clusters": ("cluster", "name", "theme", "size", "top_terms"),
    "theme_terms": ("cluster", "theme", "rank", "term", "weight"),
    "representatives": ("cluster", "rank", "paragraph_id", "source_file", "line", "text"),
    "article_themes": ("article_id", "theme", "share"),
}

#: tables of a run folder that neither the brief nor its figures read (one row per line)
TABLES_NOT_READ: tuple[str, ...] = ("lines",)
#: columns that neither the brief nor its figures read (a paragraph's text, and columns
#: outside what any section shows)
COLUMNS_NOT_READ: dict[str, tuple[str, ...]] = {
    "paragraphs": ("text", "theme_score"),
    "articles": ("line_end",),
    "claims": ("rate_per",),
    "events": ("date_basis", "actor_basis"),
}
#: tables left on disk by :func:`read_brief_tables` (a row per claim, paragraph, mention): the
#: brief and its figures read them a chunk at a time, keeping counts and the rows they show
TABLES_ON_DISK: tuple[str, ...] = ("claims", "paragraphs", "mentions")
#: columns read only where another column of the same row is empty: an article's text
#: labels an untitled article (its opening words); a titled article's text is never shown
COLUMNS_READ_WHERE_EMPTY: dict[str, tuple[str, str]] = {"articles": ("text", "title")}

#: where a column the brief needs comes from, for the error message
_MADE_BY: dict[str, str] = {
    column: "afgresearch.extract.evidence_tables (claim flags)" for column in FLAG_COLUMNS
}


def get_table(tables: Mapping[str, Any], name: str) -> pd.DataFrame | TableFile:
    """Return table ``name`` from ``tables`` (an empty table when absent), checked.

    A :class:`~afgresearch.table_file.TableFile` with rows is returned as it is once its
    columns are checked: its chunks are checked as they are read (pass each to this function).

    Raises
    ------
    BriefTableError
        When the value is not a DataFrame or lacks a column the brief reads.

    Example
    -------
    >>> get_table({}, "claims").columns[-1]
    'is_rate'
    """
    frame = tables.get(name)
    if frame is None:
        frame = empty_table(name) if name in TABLES else pd.DataFrame()
    if isinstance(frame, TableFile):
        if frame.empty:  # checked (and given any missing column) as a DataFrame
            return get_table({name: frame.read()}, name)
        _check_columns(name, [c for c in NEEDED.get(name, ()) if c not in frame.columns])
        return frame
    if not isinstance(frame, pd.DataFrame):
        raise BriefTableError(
            f"table {name!r} must be a pandas DataFrame, got {type(frame).__name__}"
        )
    needed = NEEDED.get(name, ())
    missing = [c for c in needed if c not in frame.columns]
    # the contract's dtype and value checks on the columns the brief reads
    require(frame, name, [c for c in needed if c in frame.columns], error=BriefTableError)
    if missing and frame.empty:
        return frame.reindex(columns=[*frame.columns, *missing]).reset_index(drop=True)
    _check_columns(name, missing)
    frame = frame.reset_index(drop=True)
    for column, dtype in FLAG_COLUMNS.items():
        if dtype == "bool" and column in frame.columns and frame[column].dtype != bool:
            # a table read back from CSV holds the words True and False
            frame[column] = frame[column].map(lambda v: str(v).strip() == "True")
    return frame


def _check_columns(name: str, missing: list[str]) -> None:
    """Raise :class:`BriefTableError` naming the ``missing`` columns of table ``name``."""
    if missing:
        hints = sorted({_MADE_BY[c] for c in missing if c in _MADE_BY})
        raise BriefTableError(
            f"table {name!r} lacks column(s) the brief reads: {', '.join(missing)}"
            + (f" (made by {', '.join(hints)})" if hints else "")
        )


def section_limits(params: Mapping[str, Any]) -> dict[str, int]:
    """Section sizes: :data:`DEFAULT_LIMITS` overridden by numeric ``params`` of the same name.

    Example
    -------
    >>> section_limits({})["max_events"]
    30
    """
    return {
        k: int(params.get(k, v)) if number(params.get(k, v)) is not None else v
        for k, v in DEFAULT_LIMITS.items()
    }


def read_brief_tables(
    run_dir: str | Path, *, on_disk: tuple[str, ...] = TABLES_ON_DISK
) -> dict[str, pd.DataFrame | TableFile]:
    """The tables of the run folder ``run_dir`` for :func:`~afgresearch.brief.write_brief`
    and :func:`~afgresearch.figures.make_figures`, by name: every table but those of
    :data:`TABLES_NOT_READ`, without the columns of :data:`COLUMNS_NOT_READ`. The tables
    named in ``on_disk`` stay on disk as :class:`~afgresearch.table_file.TableFile` (read a
    chunk at a time by the brief and the figures); ``on_disk=()`` reads every table whole.

    Example
    -------
    >>> sorted(read_brief_tables("outputs/latest"))[:2]  # doctest: +SKIP
    ['actors', 'article_themes']
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    from afgresearch.pipeline.tables import TABLES_DIR, read_table

    out: dict[str, pd.DataFrame] = {}
    for path in sorted((Path(run_dir) / TABLES_DIR).glob("*.parquet")):
        if path.stem in TABLES_NOT_READ:
            continue
        names = pq.read_schema(path).names
        skip = set(COLUMNS_NOT_READ.get(path.stem, ()))
        if path.stem in on_disk:
            out[path.stem] = TableFile(path.stem, path, tuple(c for c in names if c not in skip))
            continue
        column, key = COLUMNS_READ_WHERE_EMPTY.get(path.stem, ("", ""))
        sparse = column in names and key in names
        if sparse:
            skip.add(column)
        columns = [c for c in names if c not in skip] if skip else None
        frame = read_table(run_dir, path.stem, columns=columns)
        if sparse:
            frame[column] = pd.Series(_where_empty(path, column, key), dtype="string")
            frame = frame[[c for c in names if c in frame.columns]]
        out[path.stem] = share_repeated_strings(frame)
        # the Arrow buffers a table was read through go back to the system before the next
        # table is read, so the peak holds the pandas tables and one table's Arrow copy
        pa.default_memory_pool().release_unused()
    return out


def _where_empty(path: Path, column: str, key: str) -> list[Any]:
    """Column ``column`` of the Parquet file ``path``, None wherever ``key`` holds text, read
    a row group at a time so the values never shown are never all held at once.

    Example
    -------
    >>> _where_empty(Path("outputs/latest/tables/articles.parquet"), "text", "title")[:1]  # doctest: +SKIP
    [None]
    """
    kept: list[Any] = []
    batches = open_parquet(path).iter_batches(batch_size=SCAN_ROWS, columns=[key, column])
    for batch in batches:
        keys, values = batch.column(key).to_pylist(), batch.column(column)
        for i, value in enumerate(keys):
            kept.append(values[i].as_py() if not text(value) else None)
    return kept


def share_repeated_strings(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with each repeated value of a text column held once: equal strings of a
    column (a topic, a file name, an actor on many rows) become one shared object. Values,
    dtypes and order are unchanged; a table read from Parquet holds one object per row.

    Example
    -------
    >>> f = share_repeated_strings(pd.DataFrame({"t": pd.array(["ab", "ab", None], "string")}))
    >>> f["t"].iloc[0] is f["t"].iloc[1], f["t"].tolist(), str(f["t"].dtype)
    (True, ['ab', 'ab', <NA>], 'string')
    """
    for column in frame.columns:
        values = frame[column]
        if not len(values) or pd.api.types.infer_dtype(values, skipna=True) != "string":
            continue  # only columns of strings: 1, 1.0 and True compare equal
        codes, uniques = pd.factorize(values)
        if len(uniques) == len(values):
            continue  # every value differs: nothing to share
        held = values.to_numpy(dtype=object, copy=True)  # missing values stay as they are
        found = codes >= 0
        held[found] = np.asarray(uniques, dtype=object)[codes[found]]
        frame[column] = pd.Series(held, index=frame.index, name=column, dtype=values.dtype)
    return frame
