"""The theme-engine base: naming, theme assignment and theme tables, shared by every engine.

An engine (the in-memory :class:`~afgresearch.themes.ThemeModel`, the out-of-core and the Spark
models of :mod:`afgresearch.scale`) supplies only its features, its clustering and the
prediction of new texts; :class:`ThemeEngine` turns what it fitted into cluster names, cluster
and text themes (:func:`afgresearch.themes.assign_from_evidence`) and into the ``clusters``,
``theme_terms`` and ``representatives`` tables, identically for every engine.

What an engine's :meth:`ThemeEngine._fit_clusters` must set:

- ``theme_names_``, ``labels_`` (cluster per text), ``cluster_centers_``;
- ``text_similarity_`` (n_texts, n_themes): lexicon evidence per text;
- ``centre_similarity_`` (n_texts,): cosine similarity of each text to its cluster's centre;
- ``cluster_term_weights_`` (n_clusters, n_terms): mean term weights of each cluster's members;
- ``lexicon_term_vectors_`` (n_themes, n_terms): each lexicon as an IDF-weighted term vector.

Example
-------
>>> from afgresearch.themes import ThemeModel
>>> m = ThemeModel(n_clusters=2).fit(["refugees deported", "envoy visit", "refugees"])
>>> isinstance(m, ThemeEngine), m.cluster_table()["theme"].tolist()
(True, ['migration', 'diplomacy'])
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, ClusterMixin, TransformerMixin

from afgresearch.schema import CLUSTER_COLUMNS, THEME_TERM_COLUMNS, conform
from afgresearch.themes.assign import ASSIGNMENT_DEFAULTS, assign_from_evidence, themes_for_new
from afgresearch.themes.context import group_codes
from afgresearch.themes.errors import ThemeInputError, ThemeNotFittedError
from afgresearch.themes.naming import top_term_indices
from afgresearch.themes.texts import check_texts

#: the settings every engine passes to the shared theme assignment, with their defaults
THEME_DEFAULTS: dict[str, Any] = dict(ASSIGNMENT_DEFAULTS)


class ThemeEngine(ClusterMixin, TransformerMixin, BaseEstimator, ABC):
    """Base of the theme engines: owns naming, theme assignment and the theme tables.

    Subclasses implement :meth:`_fit_clusters`, :meth:`_evidence`, :meth:`features`,
    :meth:`transform` and :meth:`_term_names`, and take the assignment settings of
    :data:`THEME_DEFAULTS` as constructor parameters.
    """

    #: error raised when a fitted attribute is asked of an unfitted model
    _not_fitted_error: type[Exception] = ThemeNotFittedError

    # ------------------------------------------------------ what an engine supplies
    @abstractmethod
    def _fit_clusters(self, X: Any) -> None:
        """Fit features and clusters on ``X`` and set the attributes listed in the module."""

    @abstractmethod
    def _evidence(self, X: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For new texts: (nearest cluster, lexicon evidence, similarity to that centre)."""

    @abstractmethod
    def features(self, X: Any) -> Any:
        """Rows of ``X`` in the clustering space."""

    @abstractmethod
    def transform(self, X: Any) -> np.ndarray:
        """Distance of each text to each cluster centre, shape (n_texts, n_clusters)."""

    @abstractmethod
    def _term_names(self) -> Sequence[str]:
        """Readable name of each column of ``cluster_term_weights_``."""

    def _named_term_weights(self) -> np.ndarray:
        """``cluster_term_weights_`` restricted to the columns that have a readable name."""
        return self.cluster_term_weights_

    # ------------------------------------------------------------- what the base owns
    def fit(self, X: Any, y: Any = None, groups: Any = None) -> ThemeEngine:
        """Fit clusters on ``X``, then name them and theme every text.

        Parameters
        ----------
        X : texts (what the engine accepts: a list, chunks, a DataFrame)
        y : ignored
        groups : sequence, optional
            Article key per text (e.g. ``article_id``), in input order: texts without theme
            words may then borrow their article's theme (see ``context_share``).

        Returns
        -------
        self
        """
        self._fit_clusters(X)
        self._decide(groups)
        return self

    def fit_predict(self, X: Any, y: Any = None, groups: Any = None) -> np.ndarray:
        """Fit and return ``labels_``."""
        return self.fit(X, groups=groups).labels_

    def predict(self, X: Any) -> np.ndarray:
        """Nearest cluster of each text, shape (n_texts,)."""
        self._check_fitted()
        return np.asarray(self._evidence(X)[0], dtype=np.int64)

    def predict_themes(self, X: Any, groups: Any = None) -> tuple[np.ndarray, np.ndarray]:
        """Theme and theme score of each new text, decided as in :meth:`fit`.

        Parameters
        ----------
        X : texts
        groups : sequence, optional
            Article key per text, for article context (see ``context_share``).

        Returns
        -------
        (themes, scores) : ndarrays of shape (n_texts,)
        """
        self._check_fitted()
        return self._themes_from(*self._evidence(X), groups=groups)

    def _themes_from(
        self, labels: Any, evidence: np.ndarray, similarity: np.ndarray, groups: Any = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """Theme and score of new texts from their :meth:`_evidence`."""
        settings = self._assignment_settings()
        return themes_for_new(
            np.asarray(labels, dtype=np.int64),
            evidence,
            similarity,
            self.typicality_reference_,
            self.theme_names_,
            self.cluster_themes_,
            groups=_groups(groups, len(labels)),
            text_weight=settings["text_weight"],
            min_typicality=settings["min_typicality"],
            context_share=settings["context_share"],
        )

    def _check_fitted(self) -> None:
        if not hasattr(self, "cluster_centers_"):
            raise self._not_fitted_error(
                f"this {type(self).__name__} is not fitted yet; call fit(texts) first"
            )

    def _assignment_settings(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in THEME_DEFAULTS}

    def _decide(self, groups: Any = None) -> None:
        """Cluster names and themes, and each text's theme, from the fitted evidence."""
        result = assign_from_evidence(
            self.labels_,
            self.text_similarity_,
            self.centre_similarity_,
            self._named_term_weights(),
            self.lexicon_term_vectors_,
            self.theme_names_,
            self._term_names(),
            groups=_groups(groups, len(self.labels_)),
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

    # ------------------------------------------------------------------- tables
    def top_terms(self, n: int = 10) -> list[list[str]]:
        """Top ``n`` readable terms per cluster by the mean term weight of its members."""
        self._check_fitted()
        weights = self._named_term_weights()
        names = self._term_names()
        tops = top_term_indices(weights, n)
        return [
            [str(names[i]) for i in tops[c] if weights[c, i] > 0] for c in range(weights.shape[0])
        ]

    def cluster_table(self) -> pd.DataFrame:
        """One row per cluster: ``cluster, name, theme, size, top_terms`` (five terms).

        Returns
        -------
        DataFrame with CLUSTER_COLUMNS
        """
        self._check_fitted()
        k = len(self.cluster_names_)
        sizes = np.bincount(self.labels_, minlength=k)
        frame = pd.DataFrame(
            {
                "cluster": np.arange(k),
                "name": self.cluster_names_,
                "theme": self.cluster_themes_,
                "size": sizes.astype(int),
                "top_terms": [", ".join(terms) for terms in self.top_terms(5)],
            },
            columns=list(CLUSTER_COLUMNS),
        )
        return conform(frame, CLUSTER_COLUMNS)

    def term_table(self, n: int = 10) -> pd.DataFrame:
        """Top ``n`` terms per cluster with their mean weight among members (``rank`` from 1).

        Returns
        -------
        DataFrame with THEME_TERM_COLUMNS
        """
        self._check_fitted()
        weights = self._named_term_weights()
        names = self._term_names()
        tops = top_term_indices(weights, n)
        rows = [
            (c, self.cluster_themes_[c], rank, str(names[i]), float(weights[c, i]))
            for c in range(weights.shape[0])
            for rank, i in enumerate(tops[c], start=1)
            if weights[c, i] > 0
        ]
        frame = pd.DataFrame(rows, columns=list(THEME_TERM_COLUMNS))
        return conform(frame, THEME_TERM_COLUMNS)

    def representative_table(
        self,
        texts: Sequence[str],
        paragraph_ids: Sequence[str] | None = None,
        n: int = 3,
        groups: Sequence[Any] | None = None,
    ) -> pd.DataFrame:
        """The ``n`` texts nearest each cluster's centre, those of its own theme first.

        See :func:`afgresearch.themes.representative_paragraphs`.
        """
        from afgresearch.themes.nearest import NearestMembers

        texts = check_texts(texts)
        ids = [str(i) for i in range(len(texts))] if paragraph_ids is None else list(paragraph_ids)
        if len(ids) != len(texts):
            raise ThemeInputError(f"{len(texts)} texts but {len(ids)} paragraph ids")
        nearest = NearestMembers(self, n)
        nearest.add(texts, ids, groups=groups)
        return nearest.table()


def _groups(groups: Any, n_texts: int) -> np.ndarray | None:
    return None if groups is None else group_codes(groups, n_texts)
