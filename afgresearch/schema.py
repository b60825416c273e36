"""Column contracts for the tables that pass between pipeline stages.

Column names are public API: notebooks, the brief and users' own code read them.
Each table is a tidy pandas DataFrame with one row per observation. :func:`require` is the one
check of a table against its contract (columns, dtypes, values); every stage calls it on the
tables it reads, and the run folder on every table it writes.

Example
-------
>>> from afgresearch.schema import PARAGRAPH_COLUMNS, empty_table
>>> list(empty_table("paragraphs").columns) == list(PARAGRAPH_COLUMNS)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pandas as pd

from afgresearch.errors import TableContractError

ARTICLE_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "source_file": "string",
    "line_start": "int64",
    "line_end": "int64",
    "title": "string",
    "outlet": "string",
    "published": "string",
    "text": "string",
}

PARAGRAPH_COLUMNS: dict[str, str] = {
    "paragraph_id": "string",
    "article_id": "string",
    "source_file": "string",
    "line": "int64",
    "text": "string",
}

THEMES: tuple[str, ...] = ("migration", "diplomacy", "rights", "other")

THEMED_PARAGRAPH_COLUMNS: dict[str, str] = {
    **PARAGRAPH_COLUMNS,
    "cluster": "int64",
    "theme": "string",
    "theme_score": "float64",
}

CLAIM_COLUMNS: dict[str, str] = {
    "claim_id": "string",
    "paragraph_id": "string",
    "source_file": "string",
    "line": "int64",
    "quote": "string",
    "value": "float64",
    "qualifier": "string",
    "unit": "string",
    "topic": "string",
    "period": "string",
    "attributed_to": "string",
    "repeat_of": "string",
    "measure": "string",
    "kind": "string",
    "rate": "string",
    "rate_per": "string",
}

#: float columns that hold numbers as the sources state them: written exactly, never rounded
#: to the published precision of computed numbers (:data:`afgresearch.numeric.SIG_DIGITS`)
STATED_COLUMNS: dict[str, tuple[str, ...]] = {"claims": ("value",)}
#: what a claim's figure states (the ``kind`` column of ``claims``)
CLAIM_KINDS: tuple[str, ...] = (
    "count",
    "vague",
    "rate",
    "share",
    "money",
    "duration",
    "policy",
)

#: the unit of time of a rate (the ``rate_per`` column; '' for a figure that is no rate)
RATE_UNITS: tuple[str, ...] = ("hour", "day", "week", "month", "year")

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "more_than",
    "at_least",
    "about",
    "up_to",
    "less_than",
    "nearly",
)

CLAIM_TOPICS: tuple[str, ...] = (
    "returns_deportations",
    "refugee_population",
    "aid_humanitarian",
    "rights_violations",
    "trade_economy",
    "security_violence",
    "other",
)

ACTOR_COLUMNS: dict[str, str] = {
    "actor": "string",
    "type": "string",
    "aliases": "string",
}

ACTOR_TYPES: tuple[str, ...] = ("country", "organisation", "person", "armed group")

MENTION_COLUMNS: dict[str, str] = {
    "actor": "string",
    "type": "string",
    "paragraph_id": "string",
    "article_id": "string",
    "source_file": "string",
    "line": "int64",
    "matched": "string",
}

EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "cameo_code": "string",
    "label": "string",
    "actor_1": "string",
    "actor_2": "string",
    "place": "string",
    "date": "string",
    "date_basis": "string",
    "actor_basis": "string",
    "source_file": "string",
    "line": "int64",
    "quote": "string",
}

#: how an event's ``date`` was found (see :mod:`afgresearch.extract.event_dates`)
DATE_BASES: tuple[str, ...] = (
    "clause",
    "weekday_relative",
    "relative",
    "article_date",
    "background_excluded",
    "paragraph",
    "none",
)

#: how an event's ``actor_1`` was found: ``named`` in the event's own sentence, ``pronoun`` ('it',
#: 'he' or 'she' resolved to the nearest earlier fitting actor of the article), ``description``
#: ('the ministry', 'the group' resolved likewise), ``unknown`` (no agent named: ``actor_1`` empty)
ACTOR_BASES: tuple[str, ...] = ("named", "pronoun", "description", "unknown")

CO_MENTION_COLUMNS: dict[str, str] = {
    "actor_1": "string",
    "actor_2": "string",
    "paragraphs": "int64",
}

CLUSTER_COLUMNS: dict[str, str] = {
    "cluster": "int64",
    "name": "string",
    "theme": "string",
    "size": "int64",
    "top_terms": "string",
}

THEME_TERM_COLUMNS: dict[str, str] = {
    "cluster": "int64",
    "theme": "string",
    "rank": "int64",
    "term": "string",
    "weight": "float64",
}

#: most paragraphs a paragraph map is fitted on and its figure draws: a larger corpus is projected
#: onto axes fitted on this many paragraphs drawn evenly, and the figure shows as many
#: (:func:`afgresearch.numeric.even_rows`); counts always cover every paragraph
MAP_FIT_ROWS = 20_000

PARAGRAPH_MAP_COLUMNS: dict[str, str] = {
    "paragraph_id": "string",
    "x": "float64",
    "y": "float64",
    "cluster": "int64",
    "theme": "string",
}

ARTICLE_THEME_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "theme": "string",
    "share": "float64",
}

OUTLET_THEME_COLUMNS: dict[str, str] = {
    "outlet": "string",
    "theme": "string",
    "n_paragraphs": "int64",
    "share": "float64",
}

DATE_THEME_COLUMNS: dict[str, str] = {
    "period": "string",
    "theme": "string",
    "n_paragraphs": "int64",
    "share": "float64",
}

K_SELECTION_COLUMNS: dict[str, str] = {
    "k": "int64",
    "inertia": "float64",
    "silhouette": "float64",
    "n_texts": "int64",
    "chosen": "bool",
    "best_silhouette": "bool",
}

REPRESENTATIVE_COLUMNS: dict[str, str] = {
    "cluster": "int64",
    "name": "string",
    "theme": "string",
    "rank": "int64",
    "paragraph_id": "string",
    "source_file": "string",
    "line": "int64",
    "distance": "float64",
    "text": "string",
}

REJECT_COLUMNS: dict[str, str] = {
    "source_file": "string",
    "reason": "string",
}

#: one row per non-blank line of a text dump: what became of it (see afgresearch.corpus.linetable)
LINE_COLUMNS: dict[str, str] = {
    "source_file": "string",
    "line": "int64",
    "kind": "string",
    "article_id": "string",
    "reason": "string",
}

#: one row per text dump: its non-blank lines by kind and the share dropped as boilerplate
#: (afgresearch.corpus.linetable.line_summary)
LINE_SUMMARY_COLUMNS: dict[str, str] = {
    "source_file": "string",
    "lines": "int64",
    "body": "int64",
    "headline": "int64",
    "metadata": "int64",
    "boilerplate": "int64",
    "dropped_share": "float64",
}

TABLES: dict[str, dict[str, str]] = {
    "articles": ARTICLE_COLUMNS,
    "paragraphs": PARAGRAPH_COLUMNS,
    "lines": LINE_COLUMNS,
    "line_summary": LINE_SUMMARY_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "events": EVENT_COLUMNS,
    "rejects": REJECT_COLUMNS,
    "co_mentions": CO_MENTION_COLUMNS,
    "clusters": CLUSTER_COLUMNS,
    "theme_terms": THEME_TERM_COLUMNS,
    "paragraph_map": PARAGRAPH_MAP_COLUMNS,
    "article_themes": ARTICLE_THEME_COLUMNS,
    "outlet_themes": OUTLET_THEME_COLUMNS,
    "date_themes": DATE_THEME_COLUMNS,
    "k_selection": K_SELECTION_COLUMNS,
    "representatives": REPRESENTATIVE_COLUMNS,
}


#: table -> its key column: every value present, non-empty and unique
KEYS: dict[str, str] = {
    "articles": "article_id",
    "paragraphs": "paragraph_id",
    "claims": "claim_id",
    "events": "event_id",
}

#: columns that hold a non-empty value in every row, in whichever table they appear
NON_EMPTY: tuple[str, ...] = ("source_file",)

#: columns holding 1-based line numbers (integers >= 1), in whichever table they appear
LINE_NUMBER_COLUMNS: tuple[str, ...] = ("line", "line_start", "line_end")

#: columns holding a share between 0 and 1
SHARE_COLUMNS: tuple[str, ...] = ("share",)

#: (table, column) -> the values allowed there
ALLOWED: dict[tuple[str, str], tuple[str, ...]] = {
    ("claims", "qualifier"): QUALIFIERS,
    ("claims", "topic"): CLAIM_TOPICS,
    ("claims", "kind"): ("", *CLAIM_KINDS),
    ("claims", "rate_per"): ("", *RATE_UNITS),
    ("events", "date_basis"): ("", *DATE_BASES),
    ("events", "actor_basis"): ("", *ACTOR_BASES),
}


def empty_table(name: str) -> pd.DataFrame:
    """Return an empty DataFrame with the columns and dtypes of table ``name``.

    Example
    -------
    >>> empty_table("rejects").dtypes.astype(str).tolist()
    ['string', 'string']
    """
    try:
        columns = TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; known tables: {', '.join(TABLES)}") from None
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in columns.items()})


#: columns added to the contracts after run folders were first written; a table without them
#: (from an older run, or made by hand) gets them empty rather than being refused
LATER_COLUMNS: dict[str, Any] = {
    "kind": "",
    "rate": "",
    "rate_per": "",
    "date_basis": "",
    "actor_basis": "",
    "best_silhouette": False,
}


def conform(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Order ``frame``'s columns as in ``columns`` (extra columns kept after) and cast dtypes.

    Missing columns raise :class:`TableContractError` (a ``ValueError``) naming them, except
    those of :data:`LATER_COLUMNS`, which are added empty.

    Example
    -------
    >>> conform(pd.DataFrame({"reason": ["empty"], "source_file": ["a.txt"]}), REJECT_COLUMNS).columns.tolist()
    ['source_file', 'reason']
    >>> old = empty_table("events").drop(columns="date_basis")
    >>> "date_basis" in conform(old, EVENT_COLUMNS).columns
    True
    """
    missing = [c for c in columns if c not in frame.columns and c not in LATER_COLUMNS]
    if missing:
        raise TableContractError(f"table lacks column(s): {', '.join(missing)}")
    later = {c: LATER_COLUMNS[c] for c in columns if c not in frame.columns}
    if later:
        frame = frame.assign(**later)
    extra = [c for c in frame.columns if c not in columns]
    out = frame[list(columns) + extra].copy()
    return out.astype(columns)


def require(
    frame: object,
    table: str,
    columns: Iterable[str] | None = None,
    *,
    error: type[Exception] = TableContractError,
    none_ok: bool = False,
) -> pd.DataFrame:
    """Check ``frame`` against the contract of ``table``; return it unchanged.

    Checks, naming the table, the column and the reason when one fails: ``frame`` is a
    DataFrame; it has ``columns`` (default: every contract column); each of them holds values
    of its contract dtype (integers without gaps, numbers, booleans); line numbers are integers
    >= 1, shares lie in [0, 1], ``source_file`` and the table's key are never empty, the key is
    unique, and a column with a fixed vocabulary (``qualifier``, ``topic``) holds only it.
    Only the named columns are checked, so a stage names exactly what it reads. A table
    outside :data:`TABLES` gets the column and value checks (no dtypes).

    Parameters
    ----------
    frame : the table to check.
    table : its name, e.g. ``"claims"``.
    columns : the columns the caller reads (default: all the contract's columns).
    error : the exception class to raise (a stage passes its own, e.g. ``InputTableError``).
    none_ok : ``None`` stands for the empty table (returned as ``empty_table(table)``).

    Returns
    -------
    pandas.DataFrame
        ``frame`` itself (or the empty table for ``None`` when ``none_ok``).

    Example
    -------
    >>> claims = pd.DataFrame({"source_file": ["a.txt"], "line": [0]})
    >>> require(claims, "claims", ["source_file", "line"])  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    TableContractError: table 'claims', column 'line': must be a line number >= 1; 1 row(s), first at row 0 (0)
    >>> require(claims.assign(line=[3]), "claims", ["source_file", "line"]).shape
    (1, 2)
    """
    contract = TABLES.get(table, {})
    if frame is None and none_ok:
        return empty_table(table) if contract else pd.DataFrame()
    if not isinstance(frame, pd.DataFrame):
        raise error(f"table {table!r} must be a pandas DataFrame, got {type(frame).__name__}")
    if columns is None:  # every contract column, but a table from before a column was added
        names = [c for c in contract if c in frame.columns or c not in LATER_COLUMNS]
    else:
        names = list(columns)
    missing = [c for c in names if c not in frame.columns]
    if missing:
        raise error(f"table {table!r} lacks column(s): {', '.join(missing)}")
    for column in names:
        problem = _column_problem(frame[column], table, column, contract.get(column))
        if problem:
            raise error(f"table {table!r}, column {column!r}: {problem}")
    return frame


def _column_problem(values: pd.Series, table: str, column: str, dtype: str | None) -> str:
    """The first way ``values`` breaks the contract of ``table.column``, or ``""``."""
    if dtype == "int64" or column in LINE_NUMBER_COLUMNS:
        numbers = _numbers(values)
        bad = numbers.isna() | (numbers % 1 != 0)
        if pd.api.types.is_bool_dtype(values):
            bad = values.notna()
        if bad.any():
            return _rows("must hold integers without gaps", values, bad)
        if column in LINE_NUMBER_COLUMNS and (numbers < 1).any():
            return _rows("must be a line number >= 1", values, numbers < 1)
    elif dtype == "float64" or column in SHARE_COLUMNS:
        numbers = _numbers(values)
        bad = numbers.isna() & values.notna()
        if pd.api.types.is_bool_dtype(values):
            bad = values.notna()
        if bad.any():
            return _rows("must hold numbers", values, bad)
        outside = (numbers < 0) | (numbers > 1)
        if column in SHARE_COLUMNS and outside.any():
            return _rows("must be a share between 0 and 1", values, outside)
    elif dtype == "bool":
        bad = ~values.isin([True, False]) | values.isna()
        if bad.any():
            return _rows("must hold True or False", values, bad)
    if column in NON_EMPTY or KEYS.get(table) == column:
        empty = values.isna() | values.astype("string").fillna("").str.strip().eq("")
        if empty.any():
            return _rows("must not be empty", values, empty)
    if KEYS.get(table) == column and values.duplicated().any():
        dup = values[values.duplicated()].unique()[:5]
        return f"duplicate values (ids must be unique): {', '.join(map(str, dup))}"
    allowed = ALLOWED.get((table, column))
    if allowed is not None:
        bad = ~values.isin(allowed)
        if bad.any():
            return _rows(f"must be one of {', '.join(allowed)}", values, bad)
    return ""


def _numbers(values: pd.Series) -> pd.Series:
    if pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
        return values.astype("float64")
    return pd.to_numeric(values.astype("object"), errors="coerce").astype("float64")


def _rows(reason: str, values: pd.Series, bad: pd.Series) -> str:
    positions = bad.to_numpy().nonzero()[0]
    first = values.iloc[positions[0]]
    first = first.item() if hasattr(first, "item") else first  # numpy scalar -> Python
    return f"{reason}; {len(positions)} row(s), first at row {positions[0]} ({first!r})"
