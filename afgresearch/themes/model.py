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

from collections.abc import Mapping
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.decomposition import TruncatedSVD
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import check_random_state

from afgresearch.numeric import stable_argmin
from afgresearch.themes.defaults import resolve_feature_settings
from afgresearch.themes.engine import ThemeEngine
from afgresearch.themes.errors import ThemeInputError
from afgresearch.themes.lexicons import load_lexicons, load_weak_terms
from afgresearch.themes.seeding import (
    lexicon_counts,
    lexicon_indicator,
    lexicon_term_vectors,
    seeded_kmeans,
)
from afgresearch.themes.texts import check_texts

# words of two or more characters with at least one letter: figures ("120,000" -> "000")
# are claims, not topics, so they never name a cluster. A word starts where no word
# character precedes and either opens with a letter and a second character, or with digits
# or underscores up to its first letter; the rest of the word follows. The same tokens as
# r"(?u)\b(?=\w*[^\W\d_])\w\w+\b" (checked on every code point), a quarter faster to
# scan, as it reads each word once instead of twice (lookahead, then match).
TOKEN_PATTERN = r"(?u)(?<!\w)(?:[^\W\d_]\w|[\d_]+[^\W\d_])\w*"


def _distinct_rows(X: sp.csr_matrix) -> int:
    """Number of distinct rows of a sparse matrix (texts with identical features count once)."""
    X = sp.csr_matrix(X)
    # rounded once for the whole matrix: the same values as row by row
    indices, data = X.indices.tobytes(), np.round(X.data, 12).tobytes()
    i_size, d_size = X.indices.itemsize, X.data.itemsize
    seen = {
        (indices[a * i_size : b * i_size], data[a * d_size : b * d_size])
        for a, b in zip(X.indptr[:-1].tolist(), X.indptr[1:].tolist(), strict=True)
    }
    return len(seen)


def _row_dots(X: sp.csr_matrix, centres: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Dot product of each row of ``X`` with ``centres[labels[row]]``, on the stored entries.

    Reads one centre entry per stored entry instead of building the dense (n_rows, n_terms)
    matrix ``centres[labels]``. Each row's products are added one by one in stored order from
    zero (a sparse product with a vector of ones), as ``X.multiply(centres[labels]).sum(axis=1)``
    adds them, so the results are the same floats.
    """
    rows = np.repeat(np.arange(X.shape[0]), np.diff(X.indptr))
    products = X.data * centres[labels[rows], X.indices]
    per_entry = sp.csr_matrix((products, X.indices, X.indptr), shape=X.shape)
    return np.asarray(per_entry @ np.ones(X.shape[1])).ravel()


class ThemeModel(ThemeEngine):
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
        token pattern keeps words with at least one letter (no bare figures). ``"auto"``
        (the default of ``max_df``, ``min_df``, ``ngram_range`` and ``max_features``) is
        chosen from the number of texts (see :mod:`afgresearch.themes.defaults`).
    lsa_components : int, "auto" or None, default "auto"
        If set, TruncatedSVD to this many dimensions then L2 normalisation before k-means
        (``"auto"``: see :mod:`afgresearch.themes.defaults`; None: no LSA).
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
    feature_settings_ : dict, the TF-IDF and LSA settings used (``"auto"`` resolved)
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
        max_df: float | int | str = "auto",
        min_df: float | int | str = "auto",
        ngram_range: tuple[int, int] | str = "auto",
        sublinear_tf: bool = True,
        stop_words: str | list[str] | None = "english",
        max_features: int | str | None = "auto",
        token_pattern: str = TOKEN_PATTERN,
        lsa_components: int | str | None = "auto",
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
    def _feature_settings(self, n_texts: int) -> dict[str, Any]:
        """The TF-IDF and LSA settings for ``n_texts`` texts, ``"auto"`` resolved."""
        names = ("min_df", "max_df", "ngram_range", "max_features", "lsa_components")
        return resolve_feature_settings({name: getattr(self, name) for name in names}, n_texts)

    def _fit_vectorizer(self, texts: list[str]) -> sp.csr_matrix:
        n = len(texts)
        settings = self._feature_settings(n)
        self.feature_settings_ = settings
        max_df = settings["max_df"]
        min_df = settings["min_df"]
        # document-frequency bounds must stay consistent on tiny corpora
        if isinstance(max_df, float) and isinstance(min_df, int) and max_df * n < min_df:
            max_df = 1.0
        vec = TfidfVectorizer(
            max_df=max_df,
            min_df=min_df,
            ngram_range=tuple(settings["ngram_range"]),
            sublinear_tf=self.sublinear_tf,
            stop_words=self.stop_words,
            max_features=settings["max_features"],
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

    # ---------------------------------------------------------------------- fit
    def _fit_clusters(self, X: Any) -> None:
        """TF-IDF (and LSA) features and seeded k-means on the texts ``X``."""
        texts = check_texts(X)
        self.lexicons_ = load_lexicons(self.lexicons)
        self.theme_names_ = list(self.lexicons_)
        tfidf = self._fit_vectorizer(texts)
        self.svd_ = None
        Z = tfidf
        n_terms = tfidf.shape[1]
        n_unique = _distinct_rows(tfidf)
        lsa_components = self.feature_settings_["lsa_components"]
        # LSA needs at least three terms and two distinct texts to mean anything
        if lsa_components is not None and n_terms > 2 and n_unique > 1:
            k_svd = int(min(lsa_components, n_terms - 1, max(tfidf.shape[0] - 1, 1)))
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
        self.centre_similarity_ = self._centre_similarity(Z, self.labels_)
        self.n_features_out_ = k

    def _seed(self) -> int:
        return int(check_random_state(self.random_state).randint(np.iinfo(np.int32).max))

    def _fit_seeded(self, Z: Any, k: int) -> KMeans:
        return seeded_kmeans(
            Z,
            self.lexicon_vectors_,
            k,
            self.random_state,
            self.seed_blend,
            self.seed_top_fraction,
            self.n_init,
            self.max_iter,
        )

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
        centres = normalize(self.cluster_centers_)
        Zn = normalize(Z)
        if sp.issparse(Zn):
            return _row_dots(sp.csr_matrix(Zn), centres, labels)
        return np.einsum("ij,ij->i", np.asarray(Zn), centres[labels])

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

    def _evidence(self, X: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        texts = check_texts(X)
        tfidf = self.vectorizer_.transform(texts)
        Z = self._project(tfidf)
        labels = self._nearest(Z)
        return (
            labels,
            lexicon_counts(tfidf, self.lexicon_indicator_),
            self._centre_similarity(Z, labels),
        )

    def features(self, X: Any) -> Any:
        """Rows of ``X`` in the clustering space (TF-IDF, or normalised LSA)."""
        self._check_fitted()
        return self._features(check_texts(X))

    def _term_names(self) -> Any:
        return self.vectorizer_.get_feature_names_out()
