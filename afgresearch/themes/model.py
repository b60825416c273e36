"""ThemeModel: TF-IDF features and k-means seeded from theme lexicons.

Example
-------
>>> texts = ["refugees deported at the border", "envoy visit and diplomatic talks",
...          "women and girls denied education", "refugees returned from camps",
...          "ambassador meets foreign minister", "rights of women under restrictions"]
>>> m = ThemeModel(n_clusters=3, random_state=0).fit(texts)
>>> m.themes_.tolist()
['migration', 'diplomacy', 'rights', 'migration', 'diplomacy', 'rights']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.base import BaseEstimator, ClusterMixin, TransformerMixin
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import check_random_state

from afgresearch.numeric import TOL, stable_argmin
from afgresearch.schema import CLUSTER_COLUMNS, THEME_TERM_COLUMNS, conform
from afgresearch.themes.assign import ASSIGNMENT_DEFAULTS, assign_from_evidence, themes_for_new
from afgresearch.themes.context import group_codes
from afgresearch.themes.errors import ThemeInputError, ThemeNotFittedError
from afgresearch.themes.lexicons import load_lexicons, load_weak_terms
from afgresearch.themes.naming import top_term_indices
from afgresearch.themes.seeding import (
    extend_centers,
    lexicon_counts,
    lexicon_indicator,
    lexicon_term_vectors,
    seed_centroids,
)

# words of two or more characters with at least one letter: figures ("120,000" -> "000")
# are claims, not topics, so they never name a cluster
TOKEN_PATTERN = r"(?u)\b(?=\w*[^\W\d_])\w\w+\b"


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


def _distinct_rows(X: sp.csr_matrix) -> int:
    """Number of distinct rows of a sparse matrix (texts with identical features count once)."""
    X = sp.csr_matrix(X)
    seen = {
        (X.indices[a:b].tobytes(), np.round(X.data[a:b], 12).tobytes())
        for a, b in zip(X.indptr[:-1], X.indptr[1:], strict=True)
    }
    return len(seen)


class ThemeModel(ClusterMixin, TransformerMixin, BaseEstimator):
    """Guided theme clustering: TF-IDF (optionally LSA) and lexicon-seeded k-means.

    Named clusters start at their lexicon's centroid (the lexicon's terms as a
    pseudo-document, blended with the texts that match it best); extra clusters are
    placed by k-means++ on the rest (seeded k-means, Basu et al. 2002). Clusters are then
    named after the lexicon they resemble, else after their top terms; each text's theme
    combines its cluster's theme with its own lexicon similarity.

    Parameters
    ----------
    n_clusters : int or None, default None
        Number of clusters; None means one per theme plus ``n_extra_clusters``. Capped at
        the number of distinct texts.
    n_extra_clusters : int, default 2
        Clusters beyond the lexicons (used when ``n_clusters`` is None).
    lexicons : str, path or mapping, default "default"
        Lexicon set (see :func:`afgresearch.themes.load_lexicons`).
    guided : bool, default True
        Seed clusters from the lexicons; False runs plain k-means (k-means++, ``n_init``
        restarts) and names clusters afterwards.
    max_df, min_df, ngram_range, sublinear_tf, stop_words, max_features, token_pattern
        Passed to :class:`~sklearn.feature_extraction.text.TfidfVectorizer`; the default
        token pattern keeps words with at least one letter (no bare figures).
    lsa_components : int or None, default 100
        If set, TruncatedSVD to this many dimensions then L2 normalisation before k-means.
    seed_blend : float, default 0.5
        Weight of best-matching texts in a seed centroid (0: lexicon terms only).
    seed_top_fraction : float, default 0.1
        Share of texts that count as best-matching a lexicon.
    text_weight : float, default 0.4
        Weight of a text's own lexicon evidence against its cluster's theme (see
        :func:`afgresearch.themes.naming.assign_text_themes`).
    min_similarity : float, default 0.05
        Cosine similarity between a cluster's centroid and a lexicon (term space) needed
        to name the cluster after that theme.
    min_coverage : float, default 0.5
        Share of a cluster's members that must carry lexicon evidence for it to be named
        after a theme (a cluster mostly without theme vocabulary is named by its top terms) (see :func:`afgresearch.themes.naming.match_clusters`).
    margin : float, default 0.1
        Lead in cluster-theme affinity the best theme needs over the runner-up.
    min_typicality : float, default 0.75
        Typicality (share of the cluster's members farther from its centre) above which a
        text without lexicon terms takes its cluster's theme rather than ``other``.
    context_share : float or None, default 0.5
        With article keys (``groups`` in :meth:`fit` and :meth:`predict_themes`), a text
        without lexicon terms borrows the theme that at least this share of its article's
        other paragraphs carry (see :func:`afgresearch.themes.context.borrow_article_evidence`);
        None never borrows. Without ``groups`` texts are independent.
    random_state : int, RandomState or None, default 0
    n_init : int, default 10
        k-means restarts (guided: restarts of the extra centres around fixed seeds).
    max_iter : int, default 300

    Attributes
    ----------
    labels_ : ndarray of int, cluster per text
    cluster_names_ : list of str, readable name per cluster
    cluster_themes_ : list of str, theme (or ``other``) per cluster
    themes_ : ndarray of str, theme (or ``other``) per text
    theme_scores_ : ndarray of float, score of the assigned theme per text
    text_similarity_ : ndarray (n_texts, n_themes), distinct lexicon terms present per theme
        (weak terms count half)
    theme_names_ : list of str
    lexicons_ : dict, the loaded lexicons (every term of each theme)
    weak_terms_ : dict, each theme's weak terms (see :func:`afgresearch.themes.load_weak_terms`)
    vectorizer_ : fitted TfidfVectorizer
    svd_ : fitted TruncatedSVD or None
    cluster_centers_ : ndarray (n_clusters, n_dims) in the clustering space
    cluster_term_weights_ : ndarray (n_clusters, n_terms), mean TF-IDF of members
    lexicon_vectors_ : ndarray (n_themes, n_dims)
    inertia_ : float
    n_features_out_ : int

    Example
    -------
    >>> m = ThemeModel(n_clusters=2).fit(["refugees deported", "envoy visit", "refugees"])
    >>> m.cluster_themes_
    ['migration', 'diplomacy']
    """

    def __init__(
        self,
        n_clusters: int | None = None,
        n_extra_clusters: int = 2,
        lexicons: str | Mapping[str, Any] | None = "default",
        guided: bool = True,
        max_df: float | int = 0.9,
        min_df: float | int = 1,
        ngram_range: tuple[int, int] = (1, 2),
        sublinear_tf: bool = True,
        stop_words: str | list[str] | None = "english",
        max_features: int | None = None,
        token_pattern: str = TOKEN_PATTERN,
        lsa_components: int | None = 100,
        seed_blend: float = 0.5,
        seed_top_fraction: float = 0.1,
        text_weight: float = 0.4,
        min_similarity: float = 0.05,
        min_coverage: float = 0.5,
        margin: float = 0.1,
        min_typicality: float = 0.75,
        context_share: float | None = 0.5,
        random_state: Any = 0,
        n_init: int = 10,
        max_iter: int = 300,
    ) -> None:
        self.n_clusters = n_clusters
        self.n_extra_clusters = n_extra_clusters
        self.lexicons = lexicons
        self.guided = guided
        self.max_df = max_df
        self.min_df = min_df
        self.ngram_range = ngram_range
        self.sublinear_tf = sublinear_tf
        self.stop_words = stop_words
        self.max_features = max_features
        self.token_pattern = token_pattern
        self.lsa_components = lsa_components
        self.seed_blend = seed_blend
        self.seed_top_fraction = seed_top_fraction
        self.text_weight = text_weight
        self.min_similarity = min_similarity
        self.min_coverage = min_coverage
        self.margin = margin
        self.min_typicality = min_typicality
        self.context_share = context_share
        self.random_state = random_state
        self.n_init = n_init
        self.max_iter = max_iter

    # ----------------------------------------------------------------- features
    def _fit_vectorizer(self, texts: list[str]) -> sp.csr_matrix:
        n = len(texts)
        max_df = self.max_df
        min_df = self.min_df
        # document-frequency bounds must stay consistent on tiny corpora
        if isinstance(max_df, float) and isinstance(min_df, int) and max_df * n < min_df:
            max_df = 1.0
        vec = TfidfVectorizer(
            max_df=max_df,
            min_df=min_df,
            ngram_range=tuple(self.ngram_range),
            sublinear_tf=self.sublinear_tf,
            stop_words=self.stop_words,
            max_features=self.max_features,
            token_pattern=self.token_pattern,
            dtype=np.float64,
        )
        try:
            X = vec.fit_transform(texts)
        except ValueError as exc:
            if max_df != 1.0 or min_df != 1:
                vec.set_params(max_df=1.0, min_df=1)
                try:
                    X = vec.fit_transform(texts)
                except ValueError:
                    raise ThemeInputError(
                        f"no usable words in the {n} texts (all empty or stop words): {exc}"
                    ) from exc
            else:
                raise ThemeInputError(
                    f"no usable words in the {n} texts (all empty or stop words): {exc}"
                ) from exc
        self.vectorizer_ = vec
        return X.tocsr()

    def _project(self, X: sp.csr_matrix) -> Any:
        if self.svd_ is None:
            return X
        return normalize(self.svd_.transform(X))

    def _features(self, texts: list[str]) -> Any:
        return self._project(self.vectorizer_.transform(texts))

    def _check_fitted(self) -> None:
        if not hasattr(self, "cluster_centers_"):
            raise ThemeNotFittedError(
                f"this {type(self).__name__} is not fitted yet; call fit(texts) first"
            )

    # ---------------------------------------------------------------------- fit
    def fit(self, X: Any, y: Any = None, groups: Any = None) -> ThemeModel:
        """Fit features, clusters, names and themes on ``X`` (an iterable of texts).

        Parameters
        ----------
        X : iterable of str
        y : ignored
        groups : sequence, optional
            Article key per text (e.g. ``article_id``): texts without theme words may
            then borrow their article's theme (see ``context_share``).

        Returns
        -------
        self
        """
        texts = check_texts(X)
        self.lexicons_ = load_lexicons(self.lexicons)
        self.theme_names_ = list(self.lexicons_)
        tfidf = self._fit_vectorizer(texts)
        self.svd_ = None
        Z = tfidf
        n_terms = tfidf.shape[1]
        n_unique = _distinct_rows(tfidf)
        # LSA needs at least three terms and two distinct texts to mean anything
        if self.lsa_components is not None and n_terms > 2 and n_unique > 1:
            k_svd = int(min(self.lsa_components, n_terms - 1, max(tfidf.shape[0] - 1, 1)))
            if k_svd >= 1:
                self.svd_ = TruncatedSVD(
                    n_components=k_svd, random_state=self._seed(), algorithm="randomized"
                )
                # the training texts are projected as new texts are (transform, not
                # fit_transform's U * S), so predicting them gives back what fit assigned
                self.svd_.fit(tfidf)
                Z = self._project(tfidf)
        self.weak_terms_ = load_weak_terms(self.lexicons)
        self.lexicon_indicator_ = lexicon_indicator(
            self.lexicons_,
            self.vectorizer_.vocabulary_,
            n_terms,
            analyzer=self.vectorizer_.build_analyzer(),
            weak=self.weak_terms_,
        )
        idf = getattr(self.vectorizer_, "idf_", None)
        self.lexicon_term_vectors_ = lexicon_term_vectors(self.lexicon_indicator_, idf)
        self.lexicon_vectors_ = np.asarray(self._project(self.lexicon_term_vectors_), dtype=float)
        if self.svd_ is not None:
            # a theme without any term in the vocabulary stays unseeded
            self.lexicon_vectors_[~np.any(self.lexicon_term_vectors_ != 0, axis=1)] = 0.0

        wanted = (
            len(self.theme_names_) + int(self.n_extra_clusters)
            if self.n_clusters is None
            else int(self.n_clusters)
        )
        if wanted < 1:
            raise ThemeInputError(f"n_clusters must be at least 1, got {wanted}")
        if self.n_clusters is None:
            # automatic k: no more clusters than about the square root of the distinct
            # texts, so six paragraphs do not make five clusters
            wanted = min(wanted, max(len(self.theme_names_), int(np.ceil(np.sqrt(n_unique)))))
        k = max(1, min(wanted, n_unique, Z.shape[0]))
        self.n_clusters_ = k
        if self.guided:
            km = self._fit_seeded(Z, k)
        else:
            km = KMeans(
                n_clusters=k,
                n_init=self.n_init,
                max_iter=self.max_iter,
                random_state=self._seed(),
            ).fit(Z)
        self.kmeans_ = km
        self.cluster_centers_ = np.asarray(km.cluster_centers_, dtype=float)
        self.labels_ = self._nearest(Z)
        self.inertia_ = float(km.inertia_)
        self.cluster_term_weights_ = self._term_weights(tfidf, self.labels_, k)
        self.text_similarity_ = lexicon_counts(tfidf, self.lexicon_indicator_)
        result = assign_from_evidence(
            self.labels_,
            self.text_similarity_,
            self._centre_similarity(Z, self.labels_),
            self.cluster_term_weights_,
            self.lexicon_term_vectors_,
            self.theme_names_,
            self.vectorizer_.get_feature_names_out(),
            groups=self._groups(groups, len(texts)),
            **self._assignment_settings(),
        )
        self.cluster_profiles_ = result.cluster_profiles
        self.cluster_affinity_ = result.cluster_affinity
        self.cluster_names_ = result.cluster_names
        self.cluster_themes_ = result.cluster_themes
        self.typicality_reference_ = result.typicality_reference
        self.themes_ = result.themes
        self.theme_scores_ = result.theme_scores
        self.context_borrowed_ = result.borrowed
        self.n_features_out_ = k
        return self

    def _seed(self) -> int:
        return int(check_random_state(self.random_state).randint(np.iinfo(np.int32).max))

    def _fit_seeded(self, Z: Any, k: int) -> KMeans:
        seeds = seed_centroids(Z, self.lexicon_vectors_, self.seed_blend, self.seed_top_fraction)
        seeds = seeds[np.any(seeds != 0, axis=1)][:k]
        rng = check_random_state(self.random_state)
        n_runs = max(1, int(self.n_init)) if k > len(seeds) else 1
        best: KMeans | None = None
        for _ in range(n_runs):
            init = extend_centers(Z, seeds, k, rng)
            km = KMeans(
                n_clusters=k,
                init=init,
                n_init=1,
                max_iter=self.max_iter,
                random_state=rng.randint(np.iinfo(np.int32).max),
            ).fit(Z)
            if best is None or km.inertia_ < best.inertia_ - TOL * max(1.0, best.inertia_):
                best = km
        assert best is not None
        return best

    @staticmethod
    def _term_weights(tfidf: sp.csr_matrix, labels: np.ndarray, k: int) -> np.ndarray:
        out = np.zeros((k, tfidf.shape[1]))
        for c in range(k):
            members = np.flatnonzero(labels == c)
            if members.size:
                out[c] = np.asarray(tfidf[members].mean(axis=0)).ravel()
        return out

    def _nearest(self, Z: Any) -> np.ndarray:
        """Nearest centre per row of ``Z``; centres within the tolerance: the lowest index."""
        return stable_argmin(self.kmeans_.transform(Z), axis=1).astype(np.int64)

    def _centre_similarity(self, Z: Any, labels: np.ndarray) -> np.ndarray:
        """Cosine similarity of each row of ``Z`` to the centre of its cluster."""
        centres = normalize(self.cluster_centers_)[labels]
        Zn = normalize(Z)
        if sp.issparse(Zn):
            return np.asarray(Zn.multiply(centres).sum(axis=1)).ravel()
        return np.einsum("ij,ij->i", np.asarray(Zn), centres)

    def _assignment_settings(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in ASSIGNMENT_DEFAULTS}

    @staticmethod
    def _groups(groups: Any, n_texts: int) -> np.ndarray | None:
        return None if groups is None else group_codes(groups, n_texts)

    # ---------------------------------------------------------------- inference
    def transform(self, X: Any) -> np.ndarray:
        """Distance of each text to each cluster centre in the clustering space.

        Parameters
        ----------
        X : iterable of str

        Returns
        -------
        ndarray of shape (n_texts, n_clusters)
        """
        self._check_fitted()
        return self.kmeans_.transform(self._features(check_texts(X)))

    def predict(self, X: Any) -> np.ndarray:
        """Nearest cluster for each text.

        Parameters
        ----------
        X : iterable of str

        Returns
        -------
        ndarray of int, shape (n_texts,)
        """
        self._check_fitted()
        return self._nearest(self._features(check_texts(X)))

    def predict_themes(self, X: Any, groups: Any = None) -> tuple[np.ndarray, np.ndarray]:
        """Theme and theme score for each new text.

        Parameters
        ----------
        X : iterable of str
        groups : sequence, optional
            Article key per text, for article context (see ``context_share``).

        Returns
        -------
        (themes, scores) : ndarrays of shape (n_texts,)

        Example
        -------
        >>> m = ThemeModel(n_clusters=2).fit(["refugees deported", "envoy visit"])
        >>> m.predict_themes(["more refugees deported"])[0].tolist()
        ['migration']
        """
        self._check_fitted()
        texts = check_texts(X)
        tfidf = self.vectorizer_.transform(texts)
        Z = self._project(tfidf)
        labels = self._nearest(Z)
        settings = self._assignment_settings()
        return themes_for_new(
            labels,
            lexicon_counts(tfidf, self.lexicon_indicator_),
            self._centre_similarity(Z, labels),
            self.typicality_reference_,
            self.theme_names_,
            self.cluster_themes_,
            groups=self._groups(groups, len(texts)),
            text_weight=settings["text_weight"],
            min_typicality=settings["min_typicality"],
            context_share=settings["context_share"],
        )

    def features(self, X: Any) -> Any:
        """Rows of ``X`` in the clustering space (TF-IDF, or normalised LSA)."""
        self._check_fitted()
        return self._features(check_texts(X))

    # ------------------------------------------------------------------ tables
    def cluster_table(self) -> pd.DataFrame:
        """One row per cluster: ``cluster, name, theme, size, top_terms``.

        Returns
        -------
        DataFrame with CLUSTER_COLUMNS
        """
        self._check_fitted()
        terms = self.vectorizer_.get_feature_names_out()
        tops = top_term_indices(self.cluster_term_weights_, 5)
        sizes = np.bincount(self.labels_, minlength=self.n_clusters_)
        rows = [
            {
                "cluster": c,
                "name": self.cluster_names_[c],
                "theme": self.cluster_themes_[c],
                "size": int(sizes[c]),
                "top_terms": ", ".join(
                    terms[i] for i in tops[c] if self.cluster_term_weights_[c, i] > 0
                ),
            }
            for c in range(self.n_clusters_)
        ]
        return conform(pd.DataFrame(rows, columns=list(CLUSTER_COLUMNS)), CLUSTER_COLUMNS)

    def term_table(self, n: int = 10) -> pd.DataFrame:
        """Top ``n`` terms per cluster with their mean TF-IDF weight among members.

        Parameters
        ----------
        n : int

        Returns
        -------
        DataFrame with THEME_TERM_COLUMNS (``rank`` starts at 1)
        """
        self._check_fitted()
        terms = self.vectorizer_.get_feature_names_out()
        tops = top_term_indices(self.cluster_term_weights_, n)
        rows = []
        for c in range(self.n_clusters_):
            for rank, i in enumerate(tops[c], start=1):
                weight = float(self.cluster_term_weights_[c, i])
                if weight > 0:
                    rows.append((c, self.cluster_themes_[c], rank, str(terms[i]), weight))
        frame = pd.DataFrame(rows, columns=list(THEME_TERM_COLUMNS))
        return conform(frame, THEME_TERM_COLUMNS)
