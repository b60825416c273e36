"""Lexicon vectors and seed centroids in any row-normalised feature space.

These functions only need a ``transform`` callable (list of texts -> feature rows), so
the out-of-core and Spark models can call them on their own feature spaces.

Example
-------
>>> import numpy as np
>>> from sklearn.feature_extraction.text import TfidfVectorizer
>>> texts = ["refugees return", "envoy visit talks", "women rights"]
>>> vec = TfidfVectorizer().fit(texts)
>>> L = lexicon_matrix({"migration": ["refugees"], "diplomacy": ["envoy"]}, vec.transform)
>>> L.shape
(2, 7)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize
from sklearn.utils import check_random_state

from afgresearch.numeric import TOL, quantize
from afgresearch.themes.lexicons import WEAK_WEIGHT


def _dense(matrix: Any) -> np.ndarray:
    return np.asarray(matrix.toarray() if sp.issparse(matrix) else matrix, dtype=float)


def lexicon_matrix(
    lexicons: Mapping[str, Sequence[str]], transform: Callable[[list[str]], Any]
) -> np.ndarray:
    """Embed each theme's terms as one pseudo-document, L2-normalised.

    Parameters
    ----------
    lexicons : mapping
        Theme -> terms (see :func:`afgresearch.themes.load_lexicons`).
    transform : callable
        Maps a list of texts to feature rows (e.g. a fitted vectorizer's ``transform``).

    Returns
    -------
    ndarray of shape (n_themes, n_features)
        A theme whose terms all fall outside the vocabulary gets a zero row.

    Example
    -------
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> vec = CountVectorizer().fit(["a refugee", "an envoy"])
    >>> lexicon_matrix({"m": ["refugee"]}, vec.transform).tolist()
    [[0.0, 0.0, 1.0]]
    """
    docs = [" . ".join(terms) for terms in lexicons.values()]
    return normalize(_dense(transform(docs)))


def lexicon_similarity(X: Any, lexicon_rows: np.ndarray) -> np.ndarray:
    """Cosine similarity of each (L2-normalised) row of ``X`` to each lexicon row.

    Parameters
    ----------
    X : array or sparse matrix of shape (n_texts, n_features)
    lexicon_rows : ndarray of shape (n_themes, n_features)

    Returns
    -------
    ndarray of shape (n_texts, n_themes)

    Example
    -------
    >>> lexicon_similarity(np.eye(2), np.array([[1.0, 0.0]])).ravel().tolist()
    [1.0, 0.0]
    """
    Xn = normalize(X) if sp.issparse(X) else normalize(np.asarray(X, dtype=float))
    return np.asarray(Xn @ lexicon_rows.T, dtype=float)


def term_feature_weights(
    lexicons: Mapping[str, Sequence[str]],
    analyzer: Callable[[str], Sequence[str]] | None = None,
    weak: Mapping[str, Sequence[str]] | None = None,
) -> list[dict[str, float]]:
    """Per theme, the features its terms stand for (each term's longest n-grams) and weights.

    A full term weighs 1, a weak term :data:`~afgresearch.themes.lexicons.WEAK_WEIGHT`; a
    term's weight is shared among its features, so a phrase counts once in all ('forced
    labour camps': 'forced labour', 'labour camps'), and a feature of several terms keeps the
    largest weight. Without ``analyzer`` terms stand for themselves.

    Example
    -------
    >>> term_feature_weights({"m": ["refugee", "border post"]}, str.split, weak={"m": ["refugee"]})
    [{'border': 0.5, 'post': 0.5, 'refugee': 0.5}]
    """
    weak = weak or {}
    out = []
    for theme, terms in lexicons.items():
        weak_terms = set(weak.get(theme, ()))
        feats: dict[str, float] = {}
        for term in terms:
            features = _term_features(term, analyzer)
            weight = (WEAK_WEIGHT if term in weak_terms else 1.0) / max(len(features), 1)
            for feature in features:
                feats[feature] = max(feats.get(feature, 0.0), weight)
        out.append(dict(sorted(feats.items())))
    return out


def lexicon_indicator(
    lexicons: Mapping[str, Sequence[str]],
    vocabulary: Mapping[str, int],
    n_features: int,
    analyzer: Callable[[str], Sequence[str]] | None = None,
    weak: Mapping[str, Sequence[str]] | None = None,
) -> sp.csr_matrix:
    """(n_themes, n_features) matrix marking the features that are lexicon terms.

    A full term weighs 1, a weak term (see :func:`afgresearch.themes.load_weak_terms`)
    :data:`~afgresearch.themes.lexicons.WEAK_WEIGHT`, shared among the features the term stands
    for; a feature marked by several terms of a theme keeps the largest weight. With ``analyzer`` (a fitted
    vectorizer's ``build_analyzer()``) each term is analysed like the texts (lower-casing,
    stop words, n-grams) and its longest n-grams are the features it marks, so ``freedom of
    expression`` marks the bigram ``freedom expression`` and a one-word term marks its
    unigram; without it terms are looked up verbatim.

    Parameters
    ----------
    lexicons : mapping
        Theme -> terms (weak ones included, as :func:`~afgresearch.themes.load_lexicons` gives).
    vocabulary : mapping
        Term -> column (a fitted vectorizer's ``vocabulary_``).
    n_features : int
    analyzer : callable, optional
        Text -> features, as used to build ``vocabulary``.
    weak : mapping, optional
        Theme -> its weak terms.

    Returns
    -------
    scipy.sparse.csr_matrix

    Example
    -------
    >>> lexicon_indicator({"m": ["refugee", "camp"]}, {"refugee": 1, "camp": 0}, 2,
    ...                   weak={"m": ["camp"]}).toarray()
    array([[0.5, 1. ]])
    """
    marks: dict[tuple[int, int], float] = {}
    for t, weights in enumerate(term_feature_weights(lexicons, analyzer, weak)):
        for feature, weight in weights.items():
            col = vocabulary.get(feature)
            if col is not None:
                # two features in one hashed column count once, at the larger weight
                key = (t, int(col))
                marks[key] = max(marks.get(key, 0.0), weight)
    rows = [t for t, _ in marks]
    cols = [c for _, c in marks]
    return sp.csr_matrix(
        (np.fromiter(marks.values(), dtype=float, count=len(marks)), (rows, cols)),
        shape=(len(lexicons), n_features),
    )


def _term_features(term: str, analyzer: Callable[[str], Sequence[str]] | None) -> list[str]:
    """Features a lexicon term stands for: its longest n-grams under ``analyzer``."""
    if analyzer is None:
        return [term]
    grams = list(analyzer(term))
    if not grams:
        return []
    longest = max(len(g.split()) for g in grams)
    return sorted({g for g in grams if len(g.split()) == longest})


def lexicon_term_vectors(indicator: Any, idf: np.ndarray | None = None) -> np.ndarray:
    """Each theme as an L2-normalised term-space vector (its lexicon features, IDF-weighted).

    Lives in the same space as TF-IDF rows and cluster term weights (unigrams and
    bigrams alike), so cosine similarity to a cluster centroid is meaningful.

    Parameters
    ----------
    indicator : (n_themes, n_features) weights from :func:`lexicon_indicator`
    idf : ndarray of shape (n_features,), optional
        Feature weights (a fitted vectorizer's ``idf_``); uniform when omitted.

    Returns
    -------
    ndarray of shape (n_themes, n_features)

    Example
    -------
    >>> lexicon_term_vectors(sp.csr_matrix([[1.0, 0.0, 1.0]])).round(2).tolist()
    [[0.71, 0.0, 0.71]]
    """
    dense = _dense(indicator)
    if idf is not None:
        dense = dense * np.asarray(idf, dtype=float)[None, :]
    return normalize(dense)


def lexicon_mass(X: Any, indicator: Any) -> np.ndarray:
    """Share of each text's squared (L2-normalised) term weight that falls on each lexicon.

    Unlike cosine similarity to a lexicon pseudo-document this does not shrink as a
    lexicon grows, so themes with long and short lexicons compare fairly.

    Parameters
    ----------
    X : sparse matrix of shape (n_texts, n_features), term weights (e.g. TF-IDF)
    indicator : (n_themes, n_features) weights from :func:`lexicon_indicator`

    Returns
    -------
    ndarray of shape (n_texts, n_themes), values in [0, 1]

    Example
    -------
    >>> lexicon_mass(sp.csr_matrix([[3.0, 4.0]]), sp.csr_matrix([[1.0, 0.0]])).tolist()
    [[0.36]]
    """
    Xn = normalize(sp.csr_matrix(X))
    sq = Xn.multiply(Xn)
    ind = indicator if sp.issparse(indicator) else sp.csr_matrix(indicator)
    return np.asarray((sq @ ind.T).toarray(), dtype=float)


def lexicon_counts(X: Any, indicator: Any) -> np.ndarray:
    """Distinct lexicon terms present in each text, per theme (weak terms count half).

    Every matched term counts once whatever its frequency or IDF weight (as in
    keyword-based theme coding such as GDELT's), so frequent theme words are not
    discounted in a corpus that is mostly about that theme; a weak term counts its
    indicator weight (:data:`~afgresearch.themes.lexicons.WEAK_WEIGHT`).

    Parameters
    ----------
    X : sparse matrix of shape (n_texts, n_features), any term weights (non-zero = present)
    indicator : (n_themes, n_features) weights from :func:`lexicon_indicator`

    Returns
    -------
    ndarray of shape (n_texts, n_themes)

    Example
    -------
    >>> lexicon_counts(sp.csr_matrix([[0.2, 0.0, 0.9]]), sp.csr_matrix([[1.0, 1.0, 1.0]])).tolist()
    [[2.0]]
    """
    present = (sp.csr_matrix(X) != 0).astype(float)
    ind = indicator if sp.issparse(indicator) else sp.csr_matrix(indicator)
    return np.asarray((present @ ind.T).toarray(), dtype=float)


def seed_centroids(
    X: Any, lexicon_rows: np.ndarray, blend: float = 0.5, top_fraction: float = 0.1
) -> np.ndarray:
    """Seed centroids: each lexicon vector blended with its best-matching texts.

    Parameters
    ----------
    X : array or sparse matrix of shape (n_texts, n_features)
        Row-normalised features of the texts being clustered.
    lexicon_rows : ndarray of shape (n_themes, n_features)
        From :func:`lexicon_matrix`.
    blend : float in [0, 1]
        Weight of the mean of the best-matching texts (0: pure lexicon vector).
    top_fraction : float in (0, 1]
        Share of texts (at least one) that count as best-matching, among those with a
        positive similarity.

    Returns
    -------
    ndarray of shape (n_themes, n_features)
        L2-normalised seeds; a zero lexicon row stays zero (the theme cannot be seeded).

    Example
    -------
    >>> seed_centroids(np.eye(2), np.array([[1.0, 0.0]]), blend=0.5).round(2).tolist()
    [[1.0, 0.0]]
    """
    sims = lexicon_similarity(X, lexicon_rows)
    n = sims.shape[0]
    top = max(1, int(np.ceil(top_fraction * n)))
    seeds = np.zeros_like(lexicon_rows, dtype=float)
    for t in range(lexicon_rows.shape[0]):
        if not np.any(lexicon_rows[t]):
            continue
        order = np.lexsort((np.arange(n), -quantize(sims[:, t])))[:top]
        order = order[sims[order, t] > TOL]
        seed = (1.0 - blend) * lexicon_rows[t]
        if order.size:
            rows = X[order]
            seed = seed + blend * _dense(rows.mean(axis=0)).ravel()
        seeds[t] = seed
    return normalize(seeds)


def extend_centers(
    X: Any, centers: np.ndarray, n_clusters: int, random_state: Any = None
) -> np.ndarray:
    """Add centres by k-means++ (D^2 sampling) until there are ``n_clusters``.

    Parameters
    ----------
    X : array or sparse matrix of shape (n_texts, n_features)
    centers : ndarray of shape (n_seeds, n_features)
        Existing (seed) centres; may have zero rows.
    n_clusters : int
    random_state : int, RandomState or None

    Returns
    -------
    ndarray of shape (n_clusters, n_features)

    Example
    -------
    >>> X = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> extend_centers(X, X[:1], 2, random_state=0).tolist()
    [[1.0, 0.0], [0.0, 1.0]]
    """
    rng = check_random_state(random_state)
    start = _KMeansPlusPlus(X, centers[:n_clusters])
    return start.extend(n_clusters, rng)


class _KMeansPlusPlus:
    """k-means++ draws around fixed centres, their distances to the texts computed once.

    :func:`seeded_kmeans` draws the extra centres ``n_init`` times around the same seeds; the
    seeds' squared distances to every text are the same floats each time, so they are
    computed once here, and a drawn centre's distances only when another draw follows.
    """

    def __init__(self, X: Any, centers: np.ndarray) -> None:
        self.X = X
        self.centers = [np.asarray(c, dtype=float) for c in centers]
        sq = np.asarray(X.multiply(X).sum(axis=1) if sp.issparse(X) else (X**2).sum(axis=1))
        self.sq = sq.ravel()
        closest = np.full(X.shape[0], np.inf)
        for c in self.centers:
            closest = np.minimum(closest, self._dist_to(c))
        self.closest = closest

    def _dist_to(self, center: np.ndarray) -> np.ndarray:
        return np.maximum(self.sq - 2 * np.asarray(self.X @ center).ravel() + center @ center, 0.0)

    def extend(self, n_clusters: int, rng: np.random.RandomState) -> np.ndarray:
        """The fixed centres and D^2-sampled ones up to ``n_clusters`` (``rng`` draws)."""
        X, out, closest = self.X, list(self.centers), self.closest
        while len(out) < n_clusters:
            total = closest.sum() if np.isfinite(closest).all() else 0.0
            if total > 0:
                idx = int(rng.choice(X.shape[0], p=closest / total))
            else:
                idx = int(rng.randint(X.shape[0]))
            center = _dense(X[idx]).ravel()
            out.append(center)
            if len(out) < n_clusters:
                closest = np.minimum(closest, self._dist_to(center))
        return np.vstack(out)


def seeded_kmeans(
    Z: Any,
    lexicon_rows: np.ndarray,
    k: int,
    random_state: Any = 0,
    blend: float = 0.5,
    top_fraction: float = 0.1,
    n_init: int = 10,
    max_iter: int = 300,
) -> Any:
    """Seeded k-means (Basu et al. 2002): lexicon seeds, extra centres k-means++, best of runs.

    The named clusters start at :func:`seed_centroids`; the rest are drawn by
    :func:`extend_centers`, ``n_init`` times when there is something to draw, and the run with
    the lowest inertia wins (ties: the first). Every engine starts its clusters this way, on
    all its texts (in memory) or on a sample (out of core, Spark).

    Parameters
    ----------
    Z : array or sparse matrix (n_texts, n_dims), rows in the clustering space
    lexicon_rows : ndarray (n_themes, n_dims), lexicon vectors in that space
    k : int, clusters wanted
    random_state : int, RandomState or None
    blend, top_fraction : float, as in :func:`seed_centroids`
    n_init, max_iter : int, runs and Lloyd iterations per run

    Returns
    -------
    fitted :class:`sklearn.cluster.KMeans`

    Example
    -------
    >>> Z = np.array([[1.0, 0.0], [0.9, 0.1], [0.0, 1.0], [0.1, 0.9]])
    >>> seeded_kmeans(Z, np.array([[1.0, 0.0]]), 2).labels_.tolist()
    [0, 0, 1, 1]
    """
    from sklearn.cluster import KMeans

    seeds = seed_centroids(Z, lexicon_rows, blend, top_fraction)
    seeds = seeds[np.any(seeds != 0, axis=1)][:k]
    rng = check_random_state(random_state)
    n_runs = max(1, int(n_init)) if k > len(seeds) else 1
    start = _KMeansPlusPlus(Z, seeds)
    best: KMeans | None = None
    for _ in range(n_runs):
        init = start.extend(k, rng)
        km = KMeans(
            n_clusters=k,
            init=init,
            n_init=1,
            max_iter=max_iter,
            random_state=rng.randint(np.iinfo(np.int32).max),
        ).fit(Z)
        if best is None or km.inertia_ < best.inertia_ - TOL * max(1.0, best.inertia_):
            best = km
    assert best is not None
    return best
