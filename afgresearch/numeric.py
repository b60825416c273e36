"""Decisions that floating-point noise cannot flip, and numbers at a stated precision.

Scores computed by BLAS kernels differ in their last bits between CPUs, kernels and thread
counts. Every choice the package makes from a score (a theme, a cluster's name, a nearest
centre, a ranking, a threshold) goes through these helpers, which treat scores within
:data:`TOL` of each other as equal and then break the tie by a stable rule (the lowest
index, or the order of a given key). Published floats are rounded with :func:`round_sig`
(:data:`SIG_DIGITS` significant digits) so that noise never reaches a file.

Example
-------
>>> import numpy as np
>>> stable_argmax(np.array([[0.3, 0.3 + 1e-12, 0.1]])).tolist()
[0]
>>> round_sig(2 / 3)
0.666667
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import numpy as np

# pandas is imported where a pandas object is handled, so that the decisions on arrays
# (:func:`stable_argmin` in Spark's Python workers) load numpy only

#: scores closer than this are equal for every decision
TOL = 1e-9
#: significant digits of every float the package publishes (tables, brief, figures)
SIG_DIGITS = 6
#: decimals of plotting coordinates (the 2-D paragraph map)
COORD_DECIMALS = 4


def quantize(values: Any, tol: float = TOL) -> np.ndarray:
    """Scores snapped to a grid of ``tol`` (as whole floats), for sorting and comparing.

    NaN sorts below every number.

    Example
    -------
    >>> quantize([0.5, 0.5 + 1e-13]).tolist()
    [500000000.0, 500000000.0]
    """
    arr = np.asarray(values, dtype=float)
    return np.rint(np.nan_to_num(arr, nan=-np.inf) / tol)


def stable_argmax(scores: Any, axis: int = -1, tol: float = TOL) -> np.ndarray:
    """Index of the best score along ``axis``; scores within ``tol`` of the best tie, and
    the lowest index among them wins.

    Example
    -------
    >>> stable_argmax(np.array([0.2, 0.7, 0.7 - 1e-12])).item()
    1
    """
    arr = np.asarray(scores, dtype=float)
    if arr.shape[axis] == 0:
        raise ValueError("stable_argmax of an empty axis")
    best = np.max(arr, axis=axis, keepdims=True)
    return np.argmax(arr >= best - tol, axis=axis)


def stable_argmin(scores: Any, axis: int = -1, tol: float = TOL) -> np.ndarray:
    """Index of the smallest score along ``axis``, ties within ``tol`` to the lowest index.

    Example
    -------
    >>> stable_argmin(np.array([[1.0, 1.0 - 1e-12], [3.0, 2.0]])).tolist()
    [0, 1]
    """
    return stable_argmax(-np.asarray(scores, dtype=float), axis=axis, tol=tol)


def at_least(values: Any, threshold: float, tol: float = TOL) -> Any:
    """``values >= threshold``, counting values within ``tol`` below it as reaching it.

    Example
    -------
    >>> at_least(np.array([0.5 - 1e-12, 0.4]), 0.5).tolist()
    [True, False]
    """
    return np.asarray(values, dtype=float) >= threshold - tol


def stable_order(
    scores: Any, keys: Sequence[Any] | None = None, descending: bool = True, tol: float = TOL
) -> np.ndarray:
    """Positions that sort ``scores`` (best first by default); scores within the tolerance
    grid tie and are ordered by ``keys`` (default: position).

    Example
    -------
    >>> stable_order([0.1, 0.3, 0.3 + 1e-13], keys=["c", "b", "a"]).tolist()
    [2, 1, 0]
    """
    q = quantize(scores, tol)
    q = -q if descending else q
    if keys is None:
        return np.lexsort((np.arange(q.size), q))
    import pandas as pd

    codes = pd.factorize(pd.Series(list(keys), dtype=object).astype(str), sort=True)[0]
    return np.lexsort((np.arange(q.size), codes, q))


def round_sig(x: Any, digits: int = SIG_DIGITS, skip: Sequence[str] = ()) -> Any:
    """Round to ``digits`` significant digits: a float, an array or a pandas object.

    Whole numbers stay exact (a count of 2,385,109 is not 2,385,110); magnitudes below
    :data:`TOL` are written as 0.0 (noise around zero), never as -0.0. ``skip``: columns of
    a DataFrame left as they are (numbers quoted from the sources).

    Example
    -------
    >>> round_sig(np.array([2385109.0, 1234.56789, 0.000123456789, -1e-17])).tolist()
    [2385109.0, 1234.57, 0.000123457, 0.0]
    """
    import pandas as pd

    if isinstance(x, pd.DataFrame):
        out = x.copy()
        for name in out.columns:
            if out[name].dtype.kind == "f" and name not in skip:
                out[name] = round_sig(out[name], digits)
        return out
    if isinstance(x, pd.Series):
        values = round_sig(x.to_numpy(dtype=float, na_value=np.nan), digits)
        return pd.Series(values, index=x.index, name=x.name).astype(x.dtype)
    arr = np.asarray(x, dtype=float)
    flat = [_round_one(v, digits) for v in arr.ravel().tolist()]
    if arr.ndim == 0:
        return flat[0]
    return np.array(flat, dtype=float).reshape(arr.shape)


def _round_one(v: float, digits: int) -> float:
    if not math.isfinite(v):
        return v
    if v == int(v) and abs(v) < 2**53:
        return v + 0.0  # whole numbers exact; + 0.0 turns -0.0 into 0.0
    # below the tolerance a number is noise around zero
    return float(f"{v:.{digits}g}") + 0.0 if abs(v) >= TOL else 0.0


def round_coordinates(x: Any, decimals: int = COORD_DECIMALS) -> np.ndarray:
    """Plotting coordinates at a fixed number of decimals (no -0.0).

    Example
    -------
    >>> round_coordinates([0.123456, -0.00001]).tolist()
    [0.1235, 0.0]
    """
    return np.round(np.asarray(x, dtype=float), decimals) + 0.0


def even_rows(n_rows: int, limit: int) -> np.ndarray | None:
    """``limit`` row positions spread evenly over ``n_rows`` rows, or None when all fit.

    Row ``i * n_rows // limit`` for ``i`` in ``0 .. limit - 1``: whole-number arithmetic, so
    which rows are kept never depends on float bits.

    Example
    -------
    >>> even_rows(10, 4).tolist(), even_rows(4, 4)
    ([0, 2, 5, 7], None)
    """
    if n_rows <= limit:
        return None
    return np.arange(limit, dtype=np.int64) * n_rows // limit
