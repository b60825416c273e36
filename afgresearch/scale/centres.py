"""The nearest-centre pass of k-means over a chunk of TF-IDF rows, on numpy and SciPy only.

Both scale engines label their chunks with it (out of core in this process, on Spark in its
Python workers, which import this module and nothing heavier).

Example
-------
>>> import scipy.sparse as sp
>>> label_chunk(sp.csr_matrix([[1.0, 0.0]]), np.array([[0.0, 1.0], [1.0, 0.0]]))[0].tolist()
[1]
"""

from __future__ import annotations

from typing import Any

import numpy as np
import scipy.sparse as sp

from afgresearch.numeric import stable_argmin


def nearest_centres(X: Any, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Nearest centre of each row (Euclidean, what k-means minimises) and its cosine similarity.

    Example
    -------
    >>> labels, sims = nearest_centres(sp.csr_matrix([[1.0, 0.0]]), np.array([[0, 1], [2, 0]]))
    >>> labels.tolist(), sims.tolist()
    ([1], [1.0])
    """
    centres = np.asarray(centres, dtype=np.float64)
    dots = np.asarray(X @ centres.T)
    # as the in-memory engine: centres within the tolerance of the nearest, the lowest index
    labels = stable_argmin(centre_distances(X, centres), axis=1)
    norms = np.linalg.norm(centres, axis=1)
    norms[norms == 0] = 1.0
    sims = dots[np.arange(len(labels)), labels] / norms[labels]
    return labels.astype(np.int64), np.clip(sims, 0.0, 1.0)


def centre_distances(X: Any, centres: np.ndarray) -> np.ndarray:
    """Euclidean distance of each row of ``X`` to each centre, shape (n_rows, n_centres).

    Example
    -------
    >>> centre_distances(sp.csr_matrix([[3.0, 4.0]]), np.zeros((1, 2))).tolist()
    [[5.0]]
    """
    centres = np.asarray(centres, dtype=np.float64)
    row_sq = np.asarray(X.multiply(X).sum(axis=1)).ravel()
    d2 = row_sq[:, None] - 2.0 * np.asarray(X @ centres.T) + (centres**2).sum(axis=1)[None, :]
    return np.sqrt(np.clip(d2, 0.0, None))


def label_chunk(X: Any, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray, sp.csr_matrix]:
    """Labels, centre similarities and per-cluster sums of the rows of one chunk.

    Example
    -------
    >>> _, _, sums = label_chunk(sp.csr_matrix(np.eye(2)), np.eye(2))
    >>> sums.toarray().tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    labels, sims = nearest_centres(X, centres)
    k = np.asarray(centres).shape[0]
    onehot = sp.csr_matrix(
        (np.ones(len(labels)), (labels, np.arange(len(labels)))), shape=(k, len(labels))
    )
    return labels, sims, sp.csr_matrix(onehot @ X)
