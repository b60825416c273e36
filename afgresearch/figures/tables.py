"""Input checks shared by the figure functions.

Example
-------
>>> import pandas as pd
>>> require_columns(pd.DataFrame({"a": [1]}), ["a"], "demo").shape
(1, 1)
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from afgresearch.figures.errors import FigureTableError


def require_columns(frame: object, columns: Iterable[str], table: str) -> pd.DataFrame:
    """Return ``frame`` if it is a DataFrame holding ``columns``; raise :class:`FigureTableError`.

    Parameters
    ----------
    frame : object
        The table to check (``None`` counts as an empty table).
    columns : iterable of str
        Columns the figure reads.
    table : str
        Table name for the error message.

    Returns
    -------
    pandas.DataFrame
        ``frame`` itself, or an empty frame with ``columns`` when ``frame`` is None.

    Example
    -------
    >>> require_columns(None, ["x"], "demo").columns.tolist()
    ['x']
    """
    cols = list(columns)
    if frame is None:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    if not isinstance(frame, pd.DataFrame):
        raise FigureTableError(
            f"table {table!r} must be a pandas DataFrame, got {type(frame).__name__}"
        )
    missing = [c for c in cols if c not in frame.columns]
    if missing:
        raise FigureTableError(f"table {table!r} lacks column(s): {', '.join(missing)}")
    return frame


def text_column(frame: pd.DataFrame, column: str, missing: str = "") -> pd.Series:
    """Return ``frame[column]`` as plain ``str`` with missing values replaced by ``missing``.

    Example
    -------
    >>> text_column(pd.DataFrame({"a": ["x", None]}), "a", "?").tolist()
    ['x', '?']
    """
    values = frame[column].astype("object").where(frame[column].notna(), missing)
    return values.map(lambda v: str(v).strip() or missing)
