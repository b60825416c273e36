"""Clean values for the brief: missing values as '', finite numbers, relative paths, records.

Example
-------
>>> text(float("nan")), number("3.5"), source_path("/data/c/a.txt", Path("/data/c"))
('', 3.5, 'a.txt')
"""

from __future__ import annotations

import math
import os
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd


def text(value: Any) -> str:
    """Missing values (None, NaN, pd.NA) as ``""``, everything else as stripped ``str``.

    Example
    -------
    >>> text(float("nan")), text(" a ")
    ('', 'a')
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value).strip()


def number(value: Any) -> float | None:
    """``value`` as a finite float, or None.

    Example
    -------
    >>> number("3.5"), number("x")
    (3.5, None)
    """
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def source_path(source_file: Any, corpus_root: Path | None) -> str:
    """The path a citation shows: relative to the corpus folder, never absolute.

    Example
    -------
    >>> source_path("/data/corpus/a.txt", Path("/data/corpus"))
    'a.txt'
    >>> source_path("/elsewhere/b.txt", None)
    'b.txt'
    """
    raw = text(source_file)
    path = Path(raw)
    if path.is_absolute():
        if corpus_root is not None:
            try:
                return path.resolve().relative_to(Path(corpus_root).resolve()).as_posix()
            except ValueError:
                pass
        return path.name
    return PurePosixPath(raw.replace(os.sep, "/")).as_posix() if raw else ""


def _clean(value: Any) -> Any:
    """Booleans as bool, numbers as they are, everything else as :func:`text`."""
    if pd.api.types.is_bool(value):
        return bool(value)
    if isinstance(value, (int, float)):
        return value
    return text(value)


def records(frame: pd.DataFrame, corpus_root: Path | None) -> list[dict[str, Any]]:
    """Rows as dicts of clean values, ``source_file`` made relative and ``line`` an int.

    Example
    -------
    >>> records(pd.DataFrame({"source_file": ["a.txt"], "line": [3.0], "x": [None]}), None)
    [{'source_file': 'a.txt', 'line': 3, 'x': ''}]
    """
    out = []
    for row in frame.to_dict("records"):
        rec = {k: _clean(v) for k, v in row.items()}
        if "source_file" in rec:
            rec["source_file"] = source_path(row["source_file"], corpus_root)
        for key in ("line", "line_start"):
            if key in rec:
                n = number(rec[key])
                rec[key] = int(n) if n is not None and n >= 1 else 0
        out.append(rec)
    return out


def sorted_frame(
    frame: pd.DataFrame, by: list[str], ascending: list[bool] | bool = True
) -> pd.DataFrame:
    """``frame`` sorted stably by ``by`` (missing values last).

    Example
    -------
    >>> sorted_frame(pd.DataFrame({"a": [2, 1]}), ["a"])["a"].tolist()
    [1, 2]
    """
    return frame.sort_values(by, ascending=ascending, kind="stable", na_position="last")
