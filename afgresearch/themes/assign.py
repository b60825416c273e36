"""From evidence to themes: cluster themes and names, then each paragraph's theme.

Every engine (the in-memory :class:`~afgresearch.themes.ThemeModel`, the out-of-core and
the Spark models) clusters in its own feature space, but decides themes here, from the
same kind of evidence, so the engines agree on themes even where their clusterings differ:

1. each paragraph's own evidence: the number of distinct lexicon terms it holds per
   theme, weak terms counting half (:func:`~afgresearch.themes.seeding.lexicon_counts`);
   evidence below one term (weak terms alone) is not enough on its own;
2. each cluster's theme: :func:`~afgresearch.themes.naming.match_clusters` on the
   members' votes from their full evidence
   (:func:`~afgresearch.themes.naming.cluster_profiles`) and the cosine of the cluster's
   mean term weights to the IDF-weighted lexicon vectors, then a minimum similarity;
3. names: :func:`~afgresearch.themes.naming.name_clusters` (theme, else top terms);
3b. weak evidence: a paragraph's weak terms count (as one term) for the theme of its own
   cluster, where the paragraphs that share its vocabulary make the weak cue credible,
   and are dropped for any other theme (:func:`weigh_evidence`);
4. article context: with article keys, a paragraph without theme words borrows the
   theme most of its article's other paragraphs carry
   (:func:`~afgresearch.themes.context.borrow_article_evidence`);
5. each paragraph's theme: :func:`~afgresearch.themes.naming.assign_text_themes`,
   blending its cluster's theme (weighted by how typical the paragraph is of its
   cluster) with its own (or borrowed) evidence.

Example
-------
>>> import numpy as np
>>> out = assign_from_evidence(
...     labels=np.array([0, 0, 1]), text_similarity=np.array([[2.0], [0.0], [0.0]]),
...     centre_similarity=np.array([0.8, 0.9, 1.0]),
...     term_weights=np.array([[0.9, 0.1], [0.0, 1.0]]),
...     lexicon_vectors=np.array([[1.0, 0.0]]), theme_names=["rights"],
...     feature_names=["women", "cricket"])
>>> out.cluster_themes, out.cluster_names, out.themes.tolist()
(['rights', 'other'], ['rights', 'cricket'], ['rights', 'rights', 'other'])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.preprocessing import normalize

from afgresearch.numeric import TOL, at_least
from afgresearch.themes.context import borrow_article_evidence
from afgresearch.themes.lexicons import OTHER
from afgresearch.themes.naming import (
    assign_text_themes,
    cluster_profiles,
    match_clusters,
    name_clusters,
    typicality,
)

# theme-assignment settings and their defaults (ThemeModel's constructor uses these)
ASSIGNMENT_DEFAULTS: dict[str, float] = {
    "text_weight": 0.4,
    "min_similarity": 0.05,
    "min_coverage": 0.5,
    "margin": 0.1,
    "min_typicality": 0.75,
    "context_share": 0.5,
}
#: lexicon evidence a paragraph needs for a theme on its own: one full term or two weak ones
MIN_EVIDENCE = 1.0


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
    borrowed: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=bool))


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


def full_evidence(text_similarity: np.ndarray) -> np.ndarray:
    """Lexicon evidence with the entries below :data:`MIN_EVIDENCE` (weak terms alone) zeroed.

    Example
    -------
    >>> full_evidence(np.array([[0.5, 1.5], [1.0, 0.0]])).tolist()
    [[0.0, 1.5], [1.0, 0.0]]
    """
    sims = np.asarray(text_similarity, dtype=float)
    return np.where(at_least(sims, MIN_EVIDENCE), sims, 0.0)


def weigh_evidence(
    text_similarity: np.ndarray,
    labels: np.ndarray,
    cluster_themes: Sequence[str],
    theme_names: Sequence[str],
) -> np.ndarray:
    """The evidence each paragraph's theme rests on (step 3b of the module notes).

    Full evidence (at least :data:`MIN_EVIDENCE`) is kept; weak evidence alone counts as
    :data:`MIN_EVIDENCE` for the theme of the paragraph's own cluster and is dropped for
    other themes, so 'talks' in a paragraph among diplomacy paragraphs speaks for
    diplomacy, and the same word in a cluster of business news does not.

    Parameters
    ----------
    text_similarity : ndarray (n_texts, n_themes), weighted lexicon counts
    labels : ndarray (n_texts,), cluster per text
    cluster_themes : theme (or ``other``) per cluster
    theme_names : the themes, in the columns' order

    Returns
    -------
    ndarray (n_texts, n_themes)

    Example
    -------
    >>> weigh_evidence(np.array([[0.5, 0.0], [0.5, 0.0]]), np.array([0, 1]),
    ...                ["rights", "other"], ["rights", "trade"]).tolist()
    [[1.0, 0.0], [0.0, 0.0]]
    """
    sims = np.asarray(text_similarity, dtype=float)
    out = full_evidence(sims)
    if sims.size == 0:
        return out
    names = list(theme_names)
    column = np.array([names.index(t) if t in names else -1 for t in cluster_themes], dtype=int)
    own = column[np.asarray(labels, dtype=np.int64)]
    rows = np.flatnonzero(own >= 0)
    cols = own[rows]
    weak = (sims[rows, cols] > TOL) & (out[rows, cols] == 0)
    out[rows[weak], cols[weak]] = MIN_EVIDENCE
    return out


def with_context(
    text_similarity: np.ndarray, groups: Sequence[Any] | None, context_share: float | None
) -> tuple[np.ndarray, np.ndarray]:
    """Evidence after article context, and which texts borrowed theirs.

    Without ``groups`` or with ``context_share=None`` the evidence is returned unchanged.

    Example
    -------
    >>> ev, b = with_context(np.array([[1.0], [2.0], [0.0]]), ["a", "a", "a"], 0.5)
    >>> ev.tolist(), b.tolist()
    ([[1.0], [2.0], [1.0]], [False, False, True])
    """
    sims = np.asarray(text_similarity, dtype=float)
    if groups is None or context_share is None or sims.shape[1] == 0:
        return sims, np.zeros(sims.shape[0], dtype=bool)
    out = borrow_article_evidence(sims, groups, context_share)
    return out, (sims.sum(axis=1) == 0) & (out.sum(axis=1) > 0)


def assign_from_evidence(
    labels: np.ndarray,
    text_similarity: np.ndarray,
    centre_similarity: np.ndarray,
    term_weights: np.ndarray,
    lexicon_vectors: np.ndarray,
    theme_names: Sequence[str],
    feature_names: Sequence[str],
    groups: Sequence[Any] | None = None,
    text_weight: float = ASSIGNMENT_DEFAULTS["text_weight"],
    min_similarity: float = ASSIGNMENT_DEFAULTS["min_similarity"],
    min_coverage: float = ASSIGNMENT_DEFAULTS["min_coverage"],
    margin: float = ASSIGNMENT_DEFAULTS["margin"],
    min_typicality: float = ASSIGNMENT_DEFAULTS["min_typicality"],
    context_share: float | None = ASSIGNMENT_DEFAULTS["context_share"],
) -> ThemeAssignment:
    """Cluster themes, names and paragraph themes from clusters and lexicon evidence.

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
    groups : sequence, optional
        Article key per paragraph; enables article context (step 4 above).
    text_weight, min_similarity, min_coverage, margin, min_typicality, context_share
        As in :class:`~afgresearch.themes.ThemeModel`.

    Returns
    -------
    ThemeAssignment
    """
    labels = np.asarray(labels, dtype=np.int64)
    k = int(term_weights.shape[0])
    sims = np.asarray(text_similarity, dtype=float)
    profiles = cluster_profiles(labels, full_evidence(sims), k)
    if len(theme_names):
        centroid_sims = np.asarray(normalize(term_weights) @ lexicon_vectors.T, dtype=float)
    else:
        centroid_sims = np.zeros((k, 0))
    themes, affinity = match_clusters(
        profiles, centroid_sims, list(theme_names), min_coverage=min_coverage, margin=margin
    )
    names = [*theme_names, OTHER]
    themes = [
        t if t == OTHER or at_least(centroid_sims[c, names.index(t)], min_similarity) else OTHER
        for c, t in enumerate(themes)
    ]
    cluster_names, cluster_themes = name_clusters(
        term_weights, lexicon_vectors, list(theme_names), feature_names, term_weights, themes=themes
    )
    reference = typicality_reference(centre_similarity, labels, k)
    text_themes, scores, borrowed = themes_for_new(
        labels,
        sims,
        centre_similarity,
        reference,
        theme_names,
        cluster_themes,
        groups=groups,
        text_weight=text_weight,
        min_typicality=min_typicality,
        context_share=context_share,
        return_borrowed=True,
    )
    return ThemeAssignment(
        cluster_themes=list(cluster_themes),
        cluster_names=list(cluster_names),
        cluster_profiles=profiles,
        cluster_affinity=affinity,
        themes=np.asarray(text_themes, dtype=object),
        theme_scores=np.asarray(scores, dtype=float),
        typicality_reference=reference,
        borrowed=borrowed,
    )


def themes_for_new(
    labels: np.ndarray,
    text_similarity: np.ndarray,
    centre_similarity: np.ndarray,
    reference: list[np.ndarray],
    theme_names: Sequence[str],
    cluster_themes: Sequence[str],
    groups: Sequence[Any] | None = None,
    text_weight: float = ASSIGNMENT_DEFAULTS["text_weight"],
    min_typicality: float = ASSIGNMENT_DEFAULTS["min_typicality"],
    context_share: float | None = ASSIGNMENT_DEFAULTS["context_share"],
    return_borrowed: bool = False,
) -> Any:
    """Themes and scores of paragraphs against fitted clusters (steps 3b, 4 and 5 above).

    Returns
    -------
    (themes, scores), or (themes, scores, borrowed) with ``return_borrowed``

    Example
    -------
    >>> themes_for_new(np.array([0]), np.array([[0.0]]), np.array([0.9]), [np.array([0.5])],
    ...                ["rights"], ["rights"])[0].tolist()
    ['rights']
    """
    labels = np.asarray(labels, dtype=np.int64)
    weighed = weigh_evidence(text_similarity, labels, cluster_themes, theme_names)
    evidence, borrowed = with_context(weighed, groups, context_share)
    typical = typicality(np.asarray(centre_similarity, dtype=float), labels, reference)
    themes, scores = assign_text_themes(
        labels,
        evidence,
        list(theme_names),
        list(cluster_themes),
        typical,
        text_weight,
        min_typicality,
    )
    return (themes, scores, borrowed) if return_borrowed else (themes, scores)
