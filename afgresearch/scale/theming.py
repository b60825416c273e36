"""Paragraph themes for the scale engines, assigned exactly as the in-memory ``ThemeModel`` does.

Every engine clusters in its own feature space (LSA, hashed TF-IDF, Spark's HashingTF), but the
theme of a cluster and of a paragraph is decided by the same public functions of
:mod:`afgresearch.themes` from the same kind of evidence, so the three engines agree on themes
even where their clusterings differ:

* each paragraph's own evidence: the number of distinct lexicon terms it holds per theme
  (:func:`~afgresearch.themes.seeding.lexicon_counts` over a
  :func:`~afgresearch.themes.seeding.lexicon_indicator` built in the engine's term space);
* each cluster's theme: :func:`~afgresearch.themes.naming.match_clusters` on the members' votes
  (:func:`~afgresearch.themes.naming.cluster_profiles`) and the cosine of the cluster's mean
  term weights to the IDF-weighted lexicon vectors, then a minimum similarity;
* names: :func:`~afgresearch.themes.naming.name_clusters` (theme, else top terms);
* each paragraph's theme: :func:`~afgresearch.themes.naming.assign_text_themes`, blending the
  cluster's theme (weighted by how typical the paragraph is of its cluster) with its own
  lexicon evidence.

Example
-------
>>> import numpy as np
>>> out = assign_like_memory(
...     labels=np.array([0, 0, 1]), text_similarity=np.array([[2.0], [0.0], [0.0]]),
...     centre_similarity=np.array([0.8, 0.9, 1.0]),
...     term_weights=np.array([[0.9, 0.1], [0.0, 1.0]]),
...     lexicon_vectors=np.array([[1.0, 0.0]]), theme_names=["rights"],
...     feature_names=["women", "cricket"])
>>> out.cluster_themes, out.cluster_names, out.themes.tolist()
(['rights', 'other'], ['rights', 'cricket'], ['rights', 'rights', 'other'])
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.preprocessing import normalize

# Theme-assignment defaults used when the in-memory ThemeModel cannot be imported; otherwise its
# own constructor defaults are read, so every engine follows them as they change.
_FALLBACK_DEFAULTS: dict[str, float] = {
    "text_weight": 0.4,
    "min_similarity": 0.05,
    "min_coverage": 0.5,
    "margin": 0.1,
    "min_typicality": 0.75,
}


def memory_theme_defaults() -> dict[str, float]:
    """The in-memory ``ThemeModel``'s defaults for the theme-assignment parameters.

    Example
    -------
    >>> sorted(memory_theme_defaults())
    ['margin', 'min_coverage', 'min_similarity', 'min_typicality', 'text_weight']
    """
    try:
        import inspect

        from afgresearch.themes.model import ThemeModel
    except ImportError:
        return dict(_FALLBACK_DEFAULTS)
    params = inspect.signature(ThemeModel).parameters
    return {
        name: float(params[name].default) if name in params else value
        for name, value in _FALLBACK_DEFAULTS.items()
    }


THEME_DEFAULTS: dict[str, float] = memory_theme_defaults()


class HashedVocabulary(Mapping[str, int]):
    """A read-only ``term -> column`` mapping for a hashed feature space.

    Lets :func:`afgresearch.themes.seeding.lexicon_indicator` (which looks terms up in a fitted
    vocabulary) mark lexicon terms in a ``HashingVectorizer`` or Spark ``HashingTF`` space.

    Parameters
    ----------
    index_of : callable
        Term -> column.
    terms : sequence of str, optional
        Terms listed when iterating (lookups work for any term).

    Example
    -------
    >>> HashedVocabulary(len).get("abc")
    3
    """

    def __init__(self, index_of: Callable[[str], int], terms: Sequence[str] = ()) -> None:
        self._index_of = index_of
        self._terms = list(terms)

    def __getitem__(self, term: str) -> int:
        return int(self._index_of(term))

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


class ColumnNames(Sequence[str]):
    """Readable name per column of a hashed space (``#column`` where no term is known).

    Example
    -------
    >>> ColumnNames({2: "border"}, 4)[2], ColumnNames({2: "border"}, 4)[1]
    ('border', '#1')
    """

    def __init__(self, terms: Mapping[int, str], n_features: int) -> None:
        self._terms = dict(terms)
        self._n = int(n_features)

    def __getitem__(self, j: Any) -> Any:
        if isinstance(j, slice):
            return [self[i] for i in range(*j.indices(self._n))]
        return self._terms.get(int(j), f"#{int(j)}")

    def __len__(self) -> int:
        return self._n


@dataclass
class ThemeAssignment:
    """Cluster and paragraph themes decided from one engine's evidence."""

    cluster_themes: list[str]
    cluster_names: list[str]
    cluster_profiles: np.ndarray
    cluster_affinity: np.ndarray
    themes: np.ndarray
    theme_scores: np.ndarray
    typicality_reference: list[np.ndarray] = field(default_factory=list)


def lexicon_features(
    lexicons: Mapping[str, Sequence[str]], analyzer: Callable[[str], Sequence[str]]
) -> list[frozenset[str]]:
    """Per theme, the features its terms stand for: each term's longest n-grams.

    The same mapping as :func:`afgresearch.themes.seeding.lexicon_indicator` with an analyzer,
    kept as strings so evidence can be counted on a text's own terms.

    Example
    -------
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> an = CountVectorizer(ngram_range=(1, 2), stop_words="english").build_analyzer()
    >>> sorted(lexicon_features({"rights": ["freedom of expression", "women"]}, an)[0])
    ['freedom expression', 'women']
    """
    out = []
    for terms in lexicons.values():
        feats: set[str] = set()
        for term in terms:
            grams = list(analyzer(term))
            if grams:
                longest = max(len(g.split()) for g in grams)
                feats.update(g for g in grams if len(g.split()) == longest)
        out.append(frozenset(feats))
    return out


def typicality_reference(centre_similarity: np.ndarray, labels: np.ndarray, k: int) -> list:
    """Per cluster, the sorted similarities of its members to its centre.

    Example
    -------
    >>> [r.tolist() for r in typicality_reference(np.array([0.5, 0.1]), np.array([0, 0]), 2)]
    [[0.1, 0.5], []]
    """
    sims = np.asarray(centre_similarity, dtype=float)
    labels = np.asarray(labels, dtype=np.int64)
    return [np.sort(sims[labels == c]) for c in range(k)]


def assign_like_memory(
    labels: np.ndarray,
    text_similarity: np.ndarray,
    centre_similarity: np.ndarray,
    term_weights: np.ndarray,
    lexicon_vectors: np.ndarray,
    theme_names: Sequence[str],
    feature_names: Sequence[str],
    text_weight: float = THEME_DEFAULTS["text_weight"],
    min_similarity: float = THEME_DEFAULTS["min_similarity"],
    min_coverage: float = THEME_DEFAULTS["min_coverage"],
    margin: float = THEME_DEFAULTS["margin"],
    min_typicality: float = THEME_DEFAULTS["min_typicality"],
) -> ThemeAssignment:
    """Cluster themes, names and paragraph themes, by the in-memory model's rules.

    Parameters
    ----------
    labels : ndarray (n_texts,)
        Cluster per paragraph.
    text_similarity : ndarray (n_texts, n_themes)
        Distinct lexicon terms per theme in each paragraph
        (:func:`afgresearch.themes.seeding.lexicon_counts`).
    centre_similarity : ndarray (n_texts,)
        Cosine of each paragraph to its own cluster centre (for typicality).
    term_weights : ndarray (n_clusters, n_features)
        Mean term weights of each cluster's members, in the lexicon vectors' space.
    lexicon_vectors : ndarray (n_themes, n_features)
        :func:`afgresearch.themes.seeding.lexicon_term_vectors` in the same space.
    theme_names : sequence of str
    feature_names : sequence of str
        Name per column (for clusters named by their top terms).
    text_weight, min_similarity, min_coverage, margin, min_typicality : float
        As in ``ThemeModel``.

    Returns
    -------
    ThemeAssignment
    """
    from afgresearch.themes.lexicons import OTHER
    from afgresearch.themes.naming import (
        assign_text_themes,
        cluster_profiles,
        match_clusters,
        name_clusters,
        typicality,
    )

    labels = np.asarray(labels, dtype=np.int64)
    k = int(term_weights.shape[0])
    sims = np.asarray(text_similarity, dtype=float)
    profiles = cluster_profiles(labels, sims, k)
    if len(theme_names):
        centroid_sims = np.asarray(normalize(term_weights) @ lexicon_vectors.T, dtype=float)
    else:
        centroid_sims = np.zeros((k, 0))
    themes, affinity = match_clusters(
        profiles, centroid_sims, list(theme_names), min_coverage=min_coverage, margin=margin
    )
    names = [*theme_names, OTHER]
    themes = [
        t if t == OTHER or centroid_sims[c, names.index(t)] >= min_similarity else OTHER
        for c, t in enumerate(themes)
    ]
    cluster_names, cluster_themes = name_clusters(
        term_weights,
        lexicon_vectors,
        list(theme_names),
        feature_names,
        term_weights,
        themes=themes,
    )
    reference = typicality_reference(centre_similarity, labels, k)
    typical = typicality(np.asarray(centre_similarity, dtype=float), labels, reference)
    text_themes, scores = assign_text_themes(
        labels,
        sims,
        list(theme_names),
        cluster_themes,
        typical,
        text_weight,
        min_typicality,
    )
    return ThemeAssignment(
        cluster_themes=list(cluster_themes),
        cluster_names=list(cluster_names),
        cluster_profiles=profiles,
        cluster_affinity=affinity,
        themes=np.asarray(text_themes, dtype=object),
        theme_scores=np.asarray(scores, dtype=float),
        typicality_reference=reference,
    )


def themes_for_new(
    labels: np.ndarray,
    text_similarity: np.ndarray,
    centre_similarity: np.ndarray,
    reference: list[np.ndarray],
    theme_names: Sequence[str],
    cluster_themes: Sequence[str],
    text_weight: float = THEME_DEFAULTS["text_weight"],
    min_typicality: float = THEME_DEFAULTS["min_typicality"],
) -> tuple[np.ndarray, np.ndarray]:
    """Themes and scores of new paragraphs against a fitted model's clusters.

    Example
    -------
    >>> themes_for_new(np.array([0]), np.array([[0.0]]), np.array([0.9]), [np.array([0.5])],
    ...                ["rights"], ["rights"])[0].tolist()
    ['rights']
    """
    from afgresearch.themes.naming import assign_text_themes, typicality

    labels = np.asarray(labels, dtype=np.int64)
    typical = typicality(np.asarray(centre_similarity, dtype=float), labels, reference)
    return assign_text_themes(
        labels,
        np.asarray(text_similarity, dtype=float),
        list(theme_names),
        list(cluster_themes),
        typical,
        text_weight,
        min_typicality,
    )
