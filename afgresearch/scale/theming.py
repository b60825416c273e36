"""What the scale engines (out-of-core and Spark) share on top of the theme-engine base.

Every engine clusters TF-IDF rows over the in-memory vocabulary (in memory optionally projected
by LSA; on Spark counted by MLlib; out of core counted chunk by chunk), and the theme of a
cluster and of a paragraph is decided by :class:`afgresearch.themes.ThemeEngine` from the same
evidence. This module holds what both scale engines use: lexicon features as strings
(:func:`lexicon_features`, :func:`feature_evidence`), the seeded start on a sample
(:func:`refined_start`) and the nearest-centre pass over a chunk (:func:`label_chunk`, from
:mod:`afgresearch.scale.centres`).

Example
-------
>>> sorted(THEME_DEFAULTS)[:2]
['context_share', 'margin']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp

from afgresearch.scale.centres import centre_distances, label_chunk, nearest_centres
from afgresearch.themes.engine import THEME_DEFAULTS
from afgresearch.themes.seeding import (
    extend_centers,
    seed_centroids,
    seeded_kmeans,
    term_feature_weights,
)

__all__ = [
    "THEME_DEFAULTS",
    "centre_distances",
    "feature_evidence",
    "label_chunk",
    "lexicon_features",
    "nearest_centres",
    "refined_start",
]


def lexicon_features(
    lexicons: Mapping[str, Sequence[str]],
    analyzer: Callable[[str], Sequence[str]],
    weak: Mapping[str, Sequence[str]] | None = None,
) -> list[dict[str, float]]:
    """Per theme, the features its terms stand for (each term's longest n-grams) and weights.

    :func:`afgresearch.themes.seeding.term_feature_weights`, the weights
    :func:`~afgresearch.themes.seeding.lexicon_indicator` puts in its columns, kept as strings
    so evidence can be counted on a text's own terms.

    Example
    -------
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> an = CountVectorizer(ngram_range=(1, 2), stop_words="english").build_analyzer()
    >>> lexicon_features({"rights": ["freedom of expression", "women"]}, an,
    ...                  weak={"rights": ["women"]})
    [{'freedom expression': 1.0, 'women': 0.5}]
    """
    return term_feature_weights(lexicons, analyzer, weak)


def feature_evidence(terms: set[str], features: list[dict[str, float]]) -> list[float]:
    """Weighted lexicon evidence per theme of a text given as its set of features.

    Example
    -------
    >>> feature_evidence({"women", "school"}, [{"women": 0.5, "torture": 1.0}])
    [0.5]
    """
    return [float(sum(f[t] for t in terms & f.keys())) for f in features]


def refined_start(
    X: Any,
    lexicon_rows: np.ndarray,
    k: int,
    rng: np.random.RandomState,
    blend: float = 0.5,
    top_fraction: float = 0.1,
    n_init: int = 10,
    max_iter: int = 300,
) -> np.ndarray:
    """Initial centres from a sample: the in-memory model's seeded k-means, run on ``X``.

    :func:`afgresearch.themes.seeding.seeded_kmeans` (lexicon seeds, extra centres k-means++,
    the best of ``n_init`` runs of Lloyd's k-means); with fewer rows than ``k`` the seeded
    start itself.

    Parameters
    ----------
    X : sparse matrix
        Row-normalised features of a sample (the first chunk, or a Spark sample).
    lexicon_rows : ndarray (n_themes, n_features)
    k : int
        Number of centres wanted.
    rng : RandomState
    blend, top_fraction : float
        As in the in-memory model.
    n_init, max_iter : int
        Runs, and Lloyd iterations per run.

    Returns
    -------
    ndarray (k, n_features)

    Example
    -------
    >>> X = sp.csr_matrix(np.eye(3))
    >>> refined_start(X, np.eye(3)[:1], 2, np.random.RandomState(0)).shape
    (2, 3)
    """
    if X.shape[0] < k:
        seeds = seed_centroids(X, lexicon_rows, blend, top_fraction)
        seeds = seeds[np.any(seeds != 0, axis=1)][:k]
        return np.asarray(extend_centers(X, seeds, k, rng), dtype=np.float64)
    # Columns that are zero in every row and every lexicon vector stay zero in every centre, so
    # k-means runs on the others alone (a sample drawn from a large corpus holds only part of
    # its vocabulary) and the centres are put back into the full width.
    X = sp.csr_matrix(X)
    lexicon_rows = np.asarray(lexicon_rows, dtype=np.float64)
    used = np.union1d(np.unique(X.indices), np.flatnonzero(np.any(lexicon_rows != 0, axis=0)))
    km = seeded_kmeans(
        X[:, used], lexicon_rows[:, used], k, rng, blend, top_fraction, n_init, max_iter
    )
    centres = np.zeros((k, X.shape[1]), dtype=np.float64)
    centres[:, used] = km.cluster_centers_
    return centres
