"""Turn the many shapes of text input into a stream of text chunks.

Accepted: a list/tuple/array/Series of strings, a DataFrame with a ``text`` column, or any
iterable whose items are strings (grouped into chunks) or chunks themselves (lists, Series or
DataFrames with ``text``, e.g. what :func:`afgresearch.iter_corpus` yields).

Example
-------
>>> [len(c) for c in iter_text_chunks(["a", "b", "c"], chunksize=2)]
[2, 1]
>>> [len(c) for c in iter_text_chunks(iter([["a", "b"], ["c"]]), chunksize=10)]
[2, 1]
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Iterator
from typing import Any

import numpy as np
import pandas as pd

from afgresearch.scale.errors import TextInputError


def _clean(values: Iterable[Any], where: str) -> list[str]:
    out: list[str] = []
    for i, v in enumerate(values):
        if isinstance(v, str):
            out.append(v)
        elif v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA:
            out.append("")
        else:
            raise TextInputError(f"{where}: item {i} is {type(v).__name__}, expected a string")
    return out


def _chunk_texts(frame_or_seq: Any, where: str) -> list[str]:
    if isinstance(frame_or_seq, pd.DataFrame):
        if "text" not in frame_or_seq.columns:
            raise TextInputError(f"{where}: DataFrame has no 'text' column")
        return _clean(frame_or_seq["text"].tolist(), where)
    if isinstance(frame_or_seq, pd.Series | np.ndarray):
        return _clean(frame_or_seq.tolist(), where)
    if isinstance(frame_or_seq, list | tuple):
        return _clean(frame_or_seq, where)
    raise TextInputError(
        f"{where}: expected a string or a chunk of strings, got {type(frame_or_seq).__name__}"
    )


def iter_text_chunks(texts: Any, chunksize: int = 10_000) -> Iterator[list[str]]:
    """Yield lists of strings (missing values become empty strings) from ``texts``.

    Parameters
    ----------
    texts : sequence, DataFrame or iterable
        Texts, or an iterable of chunks of texts (read once, lazily).
    chunksize : int
        Size of chunks cut from flat input; chunks given as such are kept as they are.

    Returns
    -------
    iterator of list of str

    Example
    -------
    >>> list(iter_text_chunks(pd.DataFrame({"text": ["x", None]})))
    [['x', '']]
    """
    if chunksize < 1:
        raise TextInputError(f"chunksize must be a positive integer, got {chunksize!r}")
    if isinstance(texts, str | bytes):
        raise TextInputError("expected a collection of texts, got a single string")
    if isinstance(texts, pd.DataFrame | pd.Series | np.ndarray | list | tuple):
        flat = _chunk_texts(texts, "texts")
        for start in range(0, len(flat), chunksize):
            yield flat[start : start + chunksize]
        return
    if not isinstance(texts, Iterable):
        raise TextInputError(f"expected texts or an iterable of chunks, got {type(texts).__name__}")
    iterator = iter(texts)
    first = next(iterator, None)
    if first is None:
        return
    stream = itertools.chain([first], iterator)
    if isinstance(first, str):
        while batch := list(itertools.islice(stream, chunksize)):
            yield _clean(batch, "texts")
        return
    for n, chunk in enumerate(stream):
        texts_ = _chunk_texts(chunk, f"chunk {n}")
        if texts_:
            yield texts_
