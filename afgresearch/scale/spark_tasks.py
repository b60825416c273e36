"""What the Spark engine's Python workers run, on numpy, SciPy and pyarrow only.

Spark starts a Python worker per running task and side of a task (the texts read into the
JVM, the TF-IDF blocks weighed out of it), and keeps them for the next tasks; each worker
imports the modules of the functions it is sent. The functions here, and the closures they
build, import nothing heavier (no scikit-learn, no pandas), so each worker holds tens of
megabytes instead of hundreds. :func:`l2_normalize_rows` is scikit-learn's
``normalize(X, "l2")`` for CSR rows, to the bit (the same sums in the same order).

Example
-------
>>> weigh_counts(sp.csr_matrix([[1.0, 0.0]]), np.array([2.0, 1.0])).toarray().tolist()
[[1.0, 0.0]]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import islice
from typing import Any

import numpy as np
import scipy.sparse as sp

from afgresearch.scale.centres import label_chunk
from afgresearch.scale.parquet_texts import ParquetTexts

#: a block of TF-IDF rows and the lexicon evidence of the same rows
Block = tuple[sp.csr_matrix, np.ndarray]


def l2_normalize_rows(X: sp.csr_matrix) -> sp.csr_matrix:
    """Divide each row of the CSR matrix ``X`` by its Euclidean norm, in place (rows of zeros
    left as they are), as ``sklearn.preprocessing.normalize(X, copy=False)`` does: the squares
    of a row summed in storage order, then each value divided by the square root.

    Example
    -------
    >>> l2_normalize_rows(sp.csr_matrix([[3.0, 4.0], [0.0, 0.0]])).toarray().tolist()
    [[0.6, 0.8], [0.0, 0.0]]
    """
    data, indptr = X.data, X.indptr
    lengths = np.diff(indptr)
    sums = np.zeros(X.shape[0], dtype=np.float64)
    # position p of every row at once: each row's squares added one by one, in order
    for p in range(int(lengths.max(initial=0))):
        rows = np.flatnonzero(lengths > p)
        values = data[indptr[rows] + p]
        sums[rows] += values * values
    norms = np.sqrt(sums)
    norms[sums == 0.0] = 1.0
    data /= np.repeat(norms, lengths)
    return X


def weigh_counts(counts: Any, idf: np.ndarray, sublinear_tf: bool = True) -> sp.csr_matrix:
    """TF-IDF rows from raw term counts, as ``TfidfVectorizer`` weighs them.

    ``1 + log(tf)`` where ``sublinear_tf`` (scikit-learn's sublinear tf), times ``idf``, each
    row L2-normalised.

    Example
    -------
    >>> weigh_counts(sp.csr_matrix([[4.0, 0.0, 1.0]]), np.ones(3), False).toarray().round(3)
    array([[0.97 , 0.   , 0.243]])
    """
    X = sp.csr_matrix(counts, dtype=np.float64, copy=True)
    if sublinear_tf:
        np.log(X.data, out=X.data)
        X.data += 1.0
    X = sp.csr_matrix(X @ sp.diags(np.asarray(idf, dtype=np.float64), format="csr"))
    X.eliminate_zeros()
    return l2_normalize_rows(X)


def stack_sparse(vectors: list[Any]) -> sp.csr_matrix:
    """Stack MLlib sparse/dense vectors into one SciPy CSR matrix.

    Example
    -------
    >>> from pyspark.ml.linalg import Vectors  # doctest: +SKIP
    >>> stack_sparse([Vectors.sparse(3, [1], [2.0])]).toarray().tolist()  # doctest: +SKIP
    [[0.0, 2.0, 0.0]]
    """
    rows = [
        v if hasattr(v, "indices") else v.toSparse() if hasattr(v, "toSparse") else v
        for v in vectors
    ]
    width = rows[0].size
    indptr = np.cumsum([0] + [len(v.indices) for v in rows])
    indices = np.concatenate([np.asarray(v.indices, dtype=np.int64) for v in rows])
    data = np.concatenate([np.asarray(v.values, dtype=np.float64) for v in rows])
    return sp.csr_matrix((data, indices, indptr), shape=(len(rows), width))


def weigh_blocks(
    idf: Any, sublinear_tf: bool, n_themes: int, block_rows: int
) -> Callable[[Iterable[Any]], Iterable[Block]]:
    """Partition of ``(term counts, lexicon evidence)`` rows -> blocks of ``block_rows`` TF-IDF
    rows and their evidence (``idf``: a broadcast IDF vector).

    Example
    -------
    >>> from types import SimpleNamespace
    >>> from pyspark.ml.linalg import Vectors  # doctest: +SKIP
    >>> weigh = weigh_blocks(SimpleNamespace(value=np.ones(2)), True, 1, 10)
    >>> [X.shape for X, _ in weigh([(Vectors.sparse(2, [0], [3.0]), [1.0])])]  # doctest: +SKIP
    [(1, 2)]
    """

    def weigh(part: Iterable[Any]) -> Iterable[Block]:
        it = iter(part)
        while batch := list(islice(it, block_rows)):
            counts = stack_sparse([r[0] for r in batch])
            evidence = np.asarray([r[1] for r in batch], dtype=np.float64)
            yield weigh_counts(counts, idf.value, sublinear_tf), evidence.reshape(-1, n_themes)

    return weigh


def cluster_sums(shared: Any, k: int) -> Callable[[Block], tuple[sp.csr_matrix, np.ndarray]]:
    """Block -> (sum of its rows per nearest centre, rows per centre), centres broadcast.

    Example
    -------
    >>> from types import SimpleNamespace
    >>> sums = cluster_sums(SimpleNamespace(value=np.eye(2)), 2)
    >>> sums((sp.csr_matrix(np.eye(2)), np.zeros((2, 0))))[1].tolist()
    [1, 1]
    """

    def sums(block: Block) -> tuple[sp.csr_matrix, np.ndarray]:
        labels, _, block_sums = label_chunk(block[0], shared.value)
        return block_sums, np.bincount(labels, minlength=k)

    return sums


def block_stats(shared: Any) -> Callable[[Block], tuple[Any, ...]]:
    """Block -> labels, centre similarities, lexicon evidence and term sums per cluster.

    Example
    -------
    >>> from types import SimpleNamespace
    >>> stats = block_stats(SimpleNamespace(value=np.eye(2)))
    >>> stats((sp.csr_matrix(np.eye(2)), np.zeros((2, 0))))[0].tolist()
    [0, 1]
    """

    def stats(block: Block) -> tuple[Any, ...]:
        labels, sims, sums = label_chunk(block[0], shared.value)
        return labels, sims, block[1], sums

    return stats


def sample_rows(
    fraction: float, seed: int
) -> Callable[[int, Iterable[Block]], Iterable[sp.csr_matrix]]:
    """(partition, blocks) -> the rows of each block kept with probability ``fraction``.

    Each partition draws from its own generator (``seed`` plus its index), so the sample
    depends only on the data and its partitioning, not on the order tasks run in.

    Example
    -------
    >>> pick = sample_rows(1.0, 0)
    >>> [X.shape for X in pick(0, [(sp.csr_matrix(np.eye(2)), np.zeros((2, 0)))])]
    [(2, 2)]
    """

    def pick(index: int, blocks: Iterable[Block]) -> Iterable[sp.csr_matrix]:
        rng = np.random.RandomState((seed + index) % 2**32)
        for X, _ in blocks:
            rows = np.flatnonzero(rng.random_sample(X.shape[0]) < fraction)
            if rows.size:
                yield X[rows]

    return pick


def slice_rows(texts: list[str]) -> Iterable[tuple[str]]:
    """The rows of one slice of texts.

    Example
    -------
    >>> list(slice_rows(["a", "b"]))
    [('a',), ('b',)]
    """
    return ((t,) for t in texts)


def range_rows(source: ParquetTexts) -> Callable[[tuple[int, int]], Iterable[tuple[str]]]:
    """(start, stop) -> the rows of that range of rows of ``source``, read by the task.

    Example
    -------
    >>> rows = range_rows(ParquetTexts("tables/paragraphs.parquet"))
    >>> list(rows((0, 1)))  # doctest: +SKIP
    [('Officials said ...',)]
    """

    def rows(bounds: tuple[int, int]) -> Iterable[tuple[str]]:
        return ((t,) for t in source.rows(*bounds))

    return rows
