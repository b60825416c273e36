"""Name clusters after the lexicon they resemble, else after their top terms.

Example
-------
>>> import numpy as np
>>> names, themes = name_clusters(np.eye(2), np.array([[1.0, 0.0]]), ["migration"],
...                               ["refugees", "cricket"])
>>> names, themes
(['migration', 'cricket'], ['migration', 'other'])
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.preprocessing import normalize

from afgresearch.numeric import TOL, at_least, quantize, stable_argmax
from afgresearch.themes.lexicons import OTHER


def top_term_indices(weights: np.ndarray, n: int) -> np.ndarray:
    """Indices of the ``n`` largest weights per row, ties broken by column order.

    Parameters
    ----------
    weights : ndarray of shape (n_rows, n_features)
    n : int

    Returns
    -------
    ndarray of shape (n_rows, min(n, n_features))

    Example
    -------
    >>> top_term_indices(np.array([[0.1, 0.5, 0.5]]), 2).tolist()
    [[1, 2]]
    """
    cols = np.arange(weights.shape[1])
    return np.vstack(
        [
            np.lexsort((cols, -quantize(row)))[: min(n, weights.shape[1])]
            for row in np.atleast_2d(weights)
        ]
    )


def cluster_themes(
    centers: np.ndarray,
    lexicon_rows: np.ndarray,
    theme_names: Sequence[str],
    min_similarity: float = 0.05,
    similarity: np.ndarray | None = None,
) -> tuple[list[str], np.ndarray]:
    """Map each cluster centre to its most similar lexicon, or ``other``.

    Parameters
    ----------
    centers : ndarray of shape (n_clusters, n_features)
    lexicon_rows : ndarray of shape (n_themes, n_features)
    theme_names : sequence of str
    min_similarity : float
        Cosine similarity needed to take a theme's name.
    similarity : ndarray of shape (n_clusters, n_themes), optional
        Precomputed cluster-theme affinity used instead of the centre-lexicon cosine; with
        one more column than themes (as from :func:`cluster_profiles`, last column
        ``other``) the largest column wins and ``min_similarity`` is not used.

    Returns
    -------
    (themes, similarity)
        Theme per cluster and the (n_clusters, n_themes) cosine similarities.

    Example
    -------
    >>> cluster_themes(np.eye(2), np.array([[0.0, 1.0]]), ["rights"])[0]
    ['other', 'rights']
    """
    if similarity is not None and np.shape(similarity)[1] == len(theme_names) + 1:
        sims = np.asarray(similarity, dtype=float)
        names = [*theme_names, OTHER]
        return [names[int(stable_argmax(row))] for row in sims], sims
    if similarity is None:
        sims = np.asarray(normalize(centers) @ lexicon_rows.T, dtype=float)
    else:
        sims = np.asarray(similarity, dtype=float)
    themes: list[str] = []
    for row in sims:
        best = int(stable_argmax(row)) if row.size else -1
        themes.append(
            theme_names[best] if best >= 0 and at_least(row[best], min_similarity) else OTHER
        )
    return themes, sims


#: a cluster left ``other`` takes a theme when this many of its top terms are that theme's
LEXICON_TOP_TERMS = 2
#: how many of a cluster's top terms are looked at for :data:`LEXICON_TOP_TERMS`
TOP_TERMS_LOOKED_AT = 5


def themes_from_top_terms(
    themes: list[str],
    term_weights: np.ndarray,
    lexicon_rows: np.ndarray,
    theme_names: Sequence[str],
) -> list[str]:
    """Themes per cluster, a cluster left ``other`` taking the theme whose lexicon holds at
    least :data:`LEXICON_TOP_TERMS` of its :data:`TOP_TERMS_LOOKED_AT` top terms (most such
    terms wins, then lexicon order). A group headed 'police, detained, migrants' is about
    migration, whatever its paragraphs' own words say one by one.

    ``term_weights`` and ``lexicon_rows`` must share one term space; otherwise (as after an
    LSA step) the themes are returned unchanged.

    Example
    -------
    >>> w = np.array([[0.0, 0.5, 0.4, 0.1]])  # top terms: detained, migrants, goal
    >>> lex = np.array([[0.0, 0.7, 0.7, 0.0]])
    >>> themes_from_top_terms(["other"], w, lex, ["migration"])
    ['migration']
    >>> themes_from_top_terms(["other"], w, np.array([[0.0, 1.0, 0.0, 0.0]]), ["migration"])
    ['other']
    """
    lex = np.asarray(lexicon_rows, dtype=float)
    if lex.ndim != 2 or lex.shape[0] == 0 or lex.shape[1] != term_weights.shape[1]:
        return themes
    tops = top_term_indices(term_weights, TOP_TERMS_LOOKED_AT)
    out = list(themes)
    for k, theme in enumerate(themes):
        if theme != OTHER:
            continue
        top = [i for i in tops[k] if term_weights[k, i] > 0]
        counts = (lex[:, top] > 0).sum(axis=1) if top else np.zeros(lex.shape[0])
        best = int(np.argmax(counts))
        if counts[best] >= LEXICON_TOP_TERMS:
            out[k] = str(theme_names[best])
    return out


def name_clusters(
    centers: np.ndarray,
    lexicon_rows: np.ndarray,
    theme_names: Sequence[str],
    feature_names: Sequence[str],
    term_weights: np.ndarray | None = None,
    min_similarity: float = 0.05,
    n_terms: int = 3,
    similarity: np.ndarray | None = None,
    themes: Sequence[str] | None = None,
) -> tuple[list[str], list[str]]:
    """Readable name and theme per cluster.

    A cluster takes the name of the lexicon it resembles most (``migration``; a second
    cluster of the same theme becomes ``migration 2``); an unmatched cluster is named by
    its top terms (``cricket, match, wicket``) and gets the theme ``other``.

    Parameters
    ----------
    centers : ndarray of shape (n_clusters, n_features)
        Centres in the space of ``lexicon_rows``.
    lexicon_rows : ndarray of shape (n_themes, n_features)
    theme_names : sequence of str
    feature_names : sequence of str
        Term per column of ``term_weights``.
    term_weights : ndarray of shape (n_clusters, n_terms_total), optional
        Per-cluster term weights (defaults to ``centers``, which must then be in term space).
    min_similarity : float
    n_terms : int
        Terms in a name built from top terms.
    similarity : ndarray of shape (n_clusters, n_themes), optional
        Precomputed cluster-theme affinity (see :func:`cluster_themes`).
    themes : sequence of str, optional
        Theme per cluster decided beforehand (e.g. by :func:`match_clusters`); the
        other similarity arguments are then not used.

    Returns
    -------
    (names, themes) : two lists of str, one entry per cluster

    Example
    -------
    >>> name_clusters(np.eye(2), np.array([[0.0, 1.0]]), ["rights"], ["goal", "women"])
    (['goal', 'rights'], ['other', 'rights'])
    """
    if themes is None:
        themes, _ = cluster_themes(centers, lexicon_rows, theme_names, min_similarity, similarity)
    weights = centers if term_weights is None else term_weights
    themes = themes_from_top_terms(list(themes), np.asarray(weights, dtype=float), lexicon_rows,
                                   theme_names)  # fmt: skip
    tops = top_term_indices(np.asarray(weights, dtype=float), n_terms)
    names: list[str] = []
    seen: dict[str, int] = {}
    for k, theme in enumerate(themes):
        if theme == OTHER:
            base = ", ".join(str(feature_names[i]) for i in tops[k] if weights[k, i] > TOL)
            base = base or f"cluster {k}"
        else:
            base = theme
        seen[base] = seen.get(base, 0) + 1
        names.append(base if seen[base] == 1 else f"{base} {seen[base]}")
    return names, themes


def text_theme_shares(text_affinity: np.ndarray, abstain: bool = False) -> np.ndarray:
    """Each text's own theme distribution, with a last column for ``other``.

    A text's lexicon affinities are normalised to sum to one; a text with no lexicon
    evidence puts all its weight on ``other``.

    Parameters
    ----------
    text_affinity : ndarray of shape (n_texts, n_themes), non-negative
    abstain : bool
        Give texts without lexicon evidence an all-zero row instead (no own vote).

    Returns
    -------
    ndarray of shape (n_texts, n_themes + 1), rows summing to one (or zero)

    Example
    -------
    >>> text_theme_shares(np.array([[0.1, 0.3], [0.0, 0.0]])).round(2).tolist()
    [[0.25, 0.75, 0.0], [0.0, 0.0, 1.0]]
    """
    aff = np.clip(np.asarray(text_affinity, dtype=float), 0.0, None)
    total = aff.sum(axis=1, keepdims=True)
    out = np.zeros((aff.shape[0], aff.shape[1] + 1))
    has = total[:, 0] > 0
    out[has, :-1] = aff[has] / total[has]
    if not abstain:
        out[~has, -1] = 1.0
    return out


def cluster_profiles(labels: np.ndarray, text_affinity: np.ndarray, n_clusters: int) -> np.ndarray:
    """Theme profile of each cluster: the share of its members voting for each theme.

    Each member votes for the theme its lexicon affinity favours (``other`` when it has
    none), so a cluster whose texts rarely use any lexicon's vocabulary leans ``other``.

    Parameters
    ----------
    labels : ndarray of shape (n_texts,)
    text_affinity : ndarray of shape (n_texts, n_themes)
        E.g. :func:`afgresearch.themes.seeding.lexicon_mass`.
    n_clusters : int

    Returns
    -------
    ndarray of shape (n_clusters, n_themes + 1), last column ``other``; empty clusters
    are all ``other``.

    Example
    -------
    >>> cluster_profiles(np.array([0, 0, 1]), np.array([[0.2], [0.0], [0.0]]), 2).tolist()
    [[0.5, 0.5], [0.0, 1.0]]
    """
    labels = np.asarray(labels, dtype=int)
    aff = np.asarray(text_affinity, dtype=float)
    votes = np.zeros((aff.shape[0], aff.shape[1] + 1))
    best = stable_argmax(aff, axis=1) if aff.shape[1] else np.zeros(aff.shape[0], dtype=int)
    has = aff.max(axis=1) > TOL if aff.shape[1] else np.zeros(aff.shape[0], dtype=bool)
    votes[np.flatnonzero(has), best[has]] = 1.0
    votes[~has, -1] = 1.0
    out = np.zeros((n_clusters, aff.shape[1] + 1))
    out[:, -1] = 1.0
    for c in range(n_clusters):
        members = labels == c
        if members.any():
            out[c] = votes[members].mean(axis=0)
    return out


def assign_themes(
    labels: np.ndarray,
    text_affinity: np.ndarray,
    theme_names: Sequence[str],
    profiles: np.ndarray,
    text_weight: float = 0.4,
) -> tuple[np.ndarray, np.ndarray]:
    """Theme and score per text from its cluster's profile and its own lexicon evidence.

    The score of each theme (``other`` included) is
    ``(1 - text_weight) * profile[cluster] + text_weight * own``, where ``own`` is
    :func:`text_theme_shares`; the best-scoring theme wins (ties: lexicon order, then
    ``other``) and its score, in [0, 1], is the text's theme score.

    Parameters
    ----------
    labels : ndarray of shape (n_texts,)
    text_affinity : ndarray of shape (n_texts, n_themes)
    theme_names : sequence of str
    profiles : ndarray of shape (n_clusters, n_themes + 1)
        From :func:`cluster_profiles`.
    text_weight : float in [0, 1]

    Returns
    -------
    (themes, scores) : ndarrays of shape (n_texts,)

    Example
    -------
    >>> prof = np.array([[1.0, 0.0], [0.0, 1.0]])
    >>> t, s = assign_themes(np.array([0, 1]), np.array([[0.2], [0.0]]), ["rights"], prof)
    >>> t.tolist(), s.tolist()
    (['rights', 'other'], [1.0, 1.0])
    """
    labels = np.asarray(labels, dtype=int)
    combined = (1.0 - text_weight) * profiles[labels] + text_weight * text_theme_shares(
        text_affinity, abstain=False
    )
    names = np.array([*theme_names, OTHER], dtype=object)
    best = stable_argmax(combined, axis=1)
    return names[best], combined[np.arange(labels.shape[0]), best].astype(float)


def match_clusters(
    profiles: np.ndarray,
    centroid_similarity: np.ndarray,
    theme_names: Sequence[str],
    min_coverage: float = 0.5,
    margin: float = 0.1,
) -> tuple[list[str], np.ndarray]:
    """Theme per cluster from its members' own lexicon votes and its centroid's similarity.

    For each cluster and theme the affinity is the mean of two shares: the share of the
    cluster's lexicon-bearing members whose own best lexicon is the theme, and the theme's
    share of the centroid's cosine similarity to all lexicons (both in term space, so
    unigram and bigram lexicon terms count). The best theme names the cluster when at
    least ``min_coverage`` of the members carry any lexicon evidence and it leads the
    runner-up by ``margin``; otherwise the cluster is ``other``. Several clusters may map
    to one theme.

    Parameters
    ----------
    profiles : ndarray of shape (n_clusters, n_themes + 1)
        From :func:`cluster_profiles` (last column: members without lexicon evidence).
    centroid_similarity : ndarray of shape (n_clusters, n_themes)
        Cosine of each cluster centroid to each lexicon vector (non-negative).
    theme_names : sequence of str
    min_coverage : float in [0, 1]
    margin : float in [0, 1]

    Returns
    -------
    (themes, affinity) : theme per cluster and the (n_clusters, n_themes) affinities

    Example
    -------
    >>> prof = np.array([[0.6, 0.0, 0.4], [0.0, 0.1, 0.9]])
    >>> sims = np.array([[0.2, 0.05], [0.1, 0.1]])
    >>> match_clusters(prof, sims, ["rights", "trade"])[0]
    ['rights', 'other']
    """
    prof = np.asarray(profiles, dtype=float)
    votes = prof[:, :-1]
    coverage = votes.sum(axis=1)
    vote_share = np.divide(
        votes, coverage[:, None], out=np.zeros_like(votes), where=coverage[:, None] > 0
    )
    sims = np.clip(np.asarray(centroid_similarity, dtype=float), 0.0, None)
    total = sims.sum(axis=1, keepdims=True)
    sim_share = np.divide(sims, total, out=np.zeros_like(sims), where=total > 0)
    affinity = 0.5 * (vote_share + sim_share)
    themes: list[str] = []
    for c, row in enumerate(affinity):
        if not row.size or not at_least(coverage[c], min_coverage):
            themes.append(OTHER)
            continue
        order = np.lexsort((np.arange(row.size), -quantize(row)))
        lead = row[order[0]] - (row[order[1]] if row.size > 1 else 0.0)
        themes.append(theme_names[int(order[0])] if at_least(lead, margin) else OTHER)
    return themes, affinity


def typicality(
    similarity: np.ndarray, labels: np.ndarray, reference: list[np.ndarray]
) -> np.ndarray:
    """How typical each text is of its cluster: the share of the cluster's fitted members
    whose similarity to the centre is at most the text's (0: least, 1: most typical).

    Parameters
    ----------
    similarity : ndarray of shape (n_texts,)
        Each text's cosine similarity to its own cluster centre.
    labels : ndarray of shape (n_texts,)
    reference : list of sorted ndarrays
        Per cluster, the members' similarities at fit time.

    Returns
    -------
    ndarray of shape (n_texts,) in [0, 1]

    Example
    -------
    >>> typicality(np.array([0.5, 0.1]), np.array([0, 0]), [np.array([0.1, 0.3, 0.5])]).round(2)
    array([1.  , 0.33])
    """
    similarity = np.asarray(similarity, dtype=float)
    labels = np.asarray(labels, dtype=np.int64)
    if similarity.shape != labels.shape:
        raise ValueError(
            f"similarity and labels differ in length: {similarity.shape} and {labels.shape}"
        )
    out = np.ones(len(labels))
    for c, ref in enumerate(reference):
        members = np.flatnonzero(labels == c)
        if members.size and ref.size:
            # a text level with a member within the tolerance counts as reaching it, so the
            # training texts' own similarities, recomputed, give back their own typicality
            out[members] = np.searchsorted(ref, similarity[members] + TOL, side="right") / ref.size
    return out


def assign_text_themes(
    labels: np.ndarray,
    text_affinity: np.ndarray,
    theme_names: Sequence[str],
    cluster_theme_names: Sequence[str],
    typical: np.ndarray,
    text_weight: float = 0.6,
    min_typicality: float = 0.5,
) -> tuple[np.ndarray, np.ndarray]:
    """Theme and score per text from its cluster's theme and its own lexicon evidence.

    The cluster votes for its theme with ``v = min(1, t / (2 * min_typicality))``, where
    ``t`` is the text's typicality, and for ``other`` with ``1 - v`` (an ``other`` cluster
    votes ``other`` outright), so the cluster's vote passes one half above
    ``min_typicality``; for a text with lexicon evidence of its own the cluster's vote
    for ``other`` is dropped; the text's own lexicon
    shares (:func:`text_theme_shares`, abstaining when it has no evidence) vote with
    weight ``text_weight``. Scores are ``(1 - text_weight) * cluster + text_weight * own``;
    the best theme wins (scores within :data:`~afgresearch.numeric.TOL` tie: ``other``
    before any theme, so a theme must win outright, then lexicon order), and its score,
    in [0, 1], is the text's theme score. So a text without lexicon terms takes its cluster's theme
    when it is a typical member, and a text's own clear evidence outweighs its cluster.

    Parameters
    ----------
    labels : ndarray of shape (n_texts,)
    text_affinity : ndarray of shape (n_texts, n_themes)
    theme_names : sequence of str
    cluster_theme_names : sequence of str, theme (or ``other``) per cluster
    typical : ndarray of shape (n_texts,), from :func:`typicality`
    text_weight : float in [0, 1]
    min_typicality : float in (0, 1]

    Returns
    -------
    (themes, scores) : ndarrays of shape (n_texts,)

    Example
    -------
    >>> t, s = assign_text_themes(np.array([0, 0]), np.array([[0.0], [0.0]]), ["rights"],
    ...                           ["rights"], np.array([0.9, 0.2]))
    >>> t.tolist()
    ['rights', 'other']
    """
    labels = np.asarray(labels, dtype=int)
    names = [*theme_names, OTHER]
    index = {name: j for j, name in enumerate(names)}
    cluster = np.zeros((labels.shape[0], len(names)))
    typical = np.clip(
        np.asarray(typical, dtype=float) / (2.0 * max(min_typicality, 1e-9)), 0.0, 1.0
    )
    # per cluster, the column of its theme (the last, ``other``, for an unthemed cluster)
    column = np.array(
        [index.get(name, len(names) - 1) for name in cluster_theme_names], dtype=np.int64
    )[labels]
    rows = np.arange(labels.shape[0])
    themed = column != len(names) - 1
    cluster[rows[~themed], -1] = 1.0
    cluster[rows[themed], column[themed]] = typical[themed]
    cluster[rows[themed], -1] = 1.0 - typical[themed]
    own = text_theme_shares(text_affinity, abstain=True)
    # a text with its own lexicon evidence is about some theme: the cluster can only
    # move it to the cluster's theme, not to ``other``
    has_evidence = own.sum(axis=1) > 0
    cluster[has_evidence, -1] = 0.0
    combined = (1.0 - text_weight) * cluster + text_weight * own
    # ``other`` first: a theme has to beat it by more than the tolerance
    first = np.roll(np.arange(len(names)), 1)
    best = first[stable_argmax(combined[:, first], axis=1)]
    out = np.array(names, dtype=object)[best]
    return out, combined[np.arange(labels.shape[0]), best].astype(float)
