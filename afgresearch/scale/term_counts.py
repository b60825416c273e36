"""Corpus-wide term counts merged from the spooled chunks, never held term by term.

The out-of-core engine counts each chunk's terms on its own and spools them, in alphabetical
order, beside the chunk (``chunk.terms`` holds the names, one per line; ``chunk.freq`` each
name's document and term frequency in the chunk). The vocabulary needs every term's totals
over the corpus, but only the terms its document-frequency bounds keep: a k-way merge of the
sorted chunk lists adds each term up as it passes and keeps only those, so memory follows the
vocabulary, not the number of distinct terms a corpus holds (a million paragraphs hold about
a million distinct words, most of them in one or two paragraphs).

Example
-------
>>> import tempfile
>>> from pathlib import Path
>>> d = Path(tempfile.mkdtemp())
>>> write_chunk_terms(d / "c0", ["aid", "war"], np.array([2, 1]), np.array([3, 1]))
>>> write_chunk_terms(d / "c1", ["aid", "visa"], np.array([1, 1]), np.array([1, 2]))
>>> names, dfs, tfs, n_terms = merged_term_counts([d / "c0", d / "c1"], low=2)
>>> names, dfs.tolist(), tfs.tolist(), n_terms
(['aid'], [3], [4], 3)
"""

from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

#: most chunk lists merged at once (open files); more are merged in rounds through the spool
MAX_OPEN = 64


def write_chunk_terms(path: Path, names: Sequence[str], dfs: np.ndarray, tfs: np.ndarray) -> None:
    """Spool one chunk's terms (alphabetical, as ``CountVectorizer`` lists them) with their
    document and term frequencies in the chunk: ``path``.terms and ``path``.freq.

    Example
    -------
    See the module docstring.
    """
    if any(a > b for a, b in zip(names, names[1:], strict=False)):
        raise ValueError(f"the terms of {path} are not in alphabetical order")
    path.with_suffix(".terms").write_text("\n".join(names), encoding="utf-8")
    freq = np.column_stack([np.asarray(dfs, dtype=np.int64), np.asarray(tfs, dtype=np.int64)])
    with open(path.with_suffix(".freq"), "wb") as out:
        np.save(out, freq.reshape(-1, 2), allow_pickle=False)


def _chunk_terms(path: Path) -> Iterator[tuple[str, int, int]]:
    """(term, df, tf) of one spooled chunk, read a line at a time."""
    freq = np.load(path.with_suffix(".freq"), mmap_mode="r", allow_pickle=False)
    if freq.shape[0] == 0:
        return
    with open(path.with_suffix(".terms"), encoding="utf-8", newline="\n") as names:
        for i, line in enumerate(names):
            yield line.rstrip("\n"), int(freq[i, 0]), int(freq[i, 1])


def _merged(paths: Sequence[Path]) -> Iterator[tuple[str, int, int]]:
    """Every term of ``paths`` once, alphabetical, with its summed df and tf."""
    current: str | None = None
    df = tf = 0
    for term, d, t in heapq.merge(*(_chunk_terms(p) for p in paths)):
        if term != current:
            if current is not None:
                yield current, df, tf
            current, df, tf = term, 0, 0
        df += d
        tf += t
    if current is not None:
        yield current, df, tf


def _merge_rounds(paths: Sequence[Path], spool: Path) -> tuple[list[Path], list[Path]]:
    """Merge ``paths`` in groups of :data:`MAX_OPEN` until at most that many remain; returns
    the lists to merge and the intermediate files written (to remove)."""
    paths = list(paths)
    written: list[Path] = []
    while len(paths) > MAX_OPEN:
        merged: list[Path] = []
        for start in range(0, len(paths), MAX_OPEN):
            group = paths[start : start + MAX_OPEN]
            if len(group) == 1:
                merged.append(group[0])
                continue
            fd, name = tempfile.mkstemp(dir=spool, prefix="merged-", suffix=".part")
            os.close(fd)
            out = Path(name)
            rows = list(_merged(group))  # one group's terms: MAX_OPEN chunks' worth
            write_chunk_terms(
                out,
                [r[0] for r in rows],
                np.array([r[1] for r in rows], dtype=np.int64),
                np.array([r[2] for r in rows], dtype=np.int64),
            )
            written.append(out)
            merged.append(out)
        paths = merged
    return paths, written


def merged_term_counts(
    paths: Sequence[Path], low: float = 1, high: float = float("inf")
) -> tuple[list[str], np.ndarray, np.ndarray, int]:
    """The terms of the spooled chunks ``paths`` whose corpus-wide document frequency lies in
    ``[low, high]``, alphabetical, with their document and term frequencies; and the number of
    distinct terms of the corpus.

    Parameters
    ----------
    paths : the spooled chunks (see :func:`write_chunk_terms`), in any order.
    low, high : bounds on a term's document frequency (numbers of texts), inclusive.

    Returns
    -------
    (names, dfs, tfs, n_terms)

    Example
    -------
    See the module docstring.
    """
    if not paths:
        return [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), 0
    spool = Path(paths[0]).parent
    heads, written = _merge_rounds(paths, spool)
    names: list[str] = []
    dfs: list[int] = []
    tfs: list[int] = []
    n_terms = 0
    try:
        for term, df, tf in _merged(heads):
            n_terms += 1
            if low <= df <= high:
                names.append(term)
                dfs.append(df)
                tfs.append(tf)
    finally:
        for path in written:
            path.with_suffix(".terms").unlink(missing_ok=True)
            path.with_suffix(".freq").unlink(missing_ok=True)
            path.unlink(missing_ok=True)
    return names, np.array(dfs, dtype=np.int64), np.array(tfs, dtype=np.int64), n_terms
