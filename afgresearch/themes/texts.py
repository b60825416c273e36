"""The texts a theme model reads: any iterable of strings, checked once.

Example
-------
>>> check_texts(["a", None])
['a', '']
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from afgresearch.themes.errors import ThemeInputError


def check_texts(X: Any) -> list[str]:
    """Return ``X`` as a list of strings, or raise :class:`ThemeInputError` saying why.

    Parameters
    ----------
    X : iterable of str (list, array, Series; a one-column DataFrame is accepted)

    Returns
    -------
    list of str (missing values become empty strings)

    Example
    -------
    >>> check_texts(pd.Series(["a", None]))
    ['a', '']
    """
    if isinstance(X, str | bytes):
        raise ThemeInputError("texts must be an iterable of strings, not a single string")
    if isinstance(X, pd.DataFrame):
        if X.shape[1] != 1:
            raise ThemeInputError(f"texts DataFrame must have one column, got {X.shape[1]}")
        X = X.iloc[:, 0]
    if isinstance(X, np.ndarray) and X.ndim != 1:
        if X.ndim == 2 and X.shape[1] == 1:
            X = X[:, 0]
        else:
            raise ThemeInputError(f"texts must be one-dimensional, got shape {X.shape}")
    if not isinstance(X, Iterable):
        raise ThemeInputError(f"texts must be an iterable of strings, got {type(X).__name__}")
    out: list[str] = []
    for i, value in enumerate(X):
        if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
            out.append("")
        elif isinstance(value, str):
            out.append(value)
        else:
            raise ThemeInputError(f"text {i} is a {type(value).__name__}, not a string")
    if not out:
        raise ThemeInputError("no texts given")
    return out
