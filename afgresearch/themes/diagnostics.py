"""Diagnostics before trusting clusters: k choice, stability, representatives, 2-D map.

Example
-------
>>> texts = ["refugees deported", "refugees returned", "envoy visit", "envoy talks",
...          "women rights", "girls rights"]
>>> k_selection(texts, [2, 3])["k"].tolist()
[2, 3]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from itertools import combinations
from typing import Any

import numpy as np
import pandas as pd
from sklearn.decomposition import TruncatedSVD
from sklearn.metrics import adjusted_rand_score, silhouette_score
from sklearn.utils import check_random_state

from afgresearch.numeric import even_rows, round_coordinates, stable_argmax
from afgresearch.schema import MAP_FIT_ROWS, PARAGRAPH_MAP_COLUMNS, conform
from afgresearch.themes.errors import ThemeInputError
from afgresearch.themes.model import ThemeModel
from afgresearch.themes.texts import check_texts


def _sample(texts: list[str], max_texts: int | None, random_state: Any) -> list[str]:
    """At most ``max_texts`` of ``texts``: a seeded random sample kept in corpus order."""
    if max_texts is None or len(texts) <= int(max_texts):
        return texts
    rng = check_random_state(0 if random_state is None else random_state)
    keep = np.sort(rng.choice(len(texts), size=int(max_texts), replace=False))
    return [texts[i] for i in keep]


def k_selection(
    texts: Sequence[str], ks: Iterable[int], max_texts: int | None = 5000, **params: Any
) -> pd.DataFrame:
    """Inertia and cosine silhouette of the model for each number of clusters.

    Parameters
    ----------
    texts : sequence of str
    ks : iterable of int
        Cluster counts to try (each at least 2).
    max_texts : int or None, default 5000
        Refit on a seeded random sample of this many texts when there are more (the
        diagnostic's cost stays bounded on large corpora); None: all texts.
    **params
        Other ThemeModel parameters (``random_state`` also seeds the sample).

    Returns
    -------
    DataFrame ``k, inertia, silhouette, n_texts, best_silhouette`` (silhouette NaN when it is
    undefined; ``n_texts``: the texts refitted; ``best_silhouette`` marks the k with the highest
    silhouette, the smallest such k within the tolerance); a k above the number of distinct
    texts has no row.

    Example
    -------
    See the module docstring.
    """
    texts = _sample(check_texts(texts), max_texts, params.get("random_state"))
    rows = []
    for k in ks:
        if int(k) < 2:
            raise ThemeInputError(f"k must be at least 2, got {k}")
        model = ThemeModel(**{**params, "n_clusters": int(k)}).fit(texts)
        if model.n_clusters_ != int(k):
            continue  # fewer distinct texts than k: the fit has fewer clusters, not k
        Z = model.features(texts)
        n_labels = len(set(model.labels_.tolist()))
        sil = (
            float(silhouette_score(Z, model.labels_, metric="cosine"))
            if 1 < n_labels < len(texts)
            else float("nan")
        )
        rows.append(
            {"k": int(k), "inertia": model.inertia_, "silhouette": sil, "n_texts": len(texts)}
        )
    out = pd.DataFrame(rows, columns=["k", "inertia", "silhouette", "n_texts"])
    sil = out["silhouette"].to_numpy(dtype=float)
    out["best_silhouette"] = False
    if np.isfinite(sil).any():
        out.loc[int(stable_argmax(np.where(np.isfinite(sil), sil, -np.inf))), "best_silhouette"] = (
            True
        )
    return out


def stability(texts: Sequence[str], seeds: Iterable[int] = range(5), **params: Any) -> float:
    """Mean pairwise adjusted Rand index of cluster labels across random seeds.

    Parameters
    ----------
    texts : sequence of str
    seeds : iterable of int
        At least two seeds.
    **params
        Other ThemeModel parameters.

    Returns
    -------
    float (1.0: the same partition for every seed)

    Example
    -------
    >>> stability(["refugees", "envoy", "refugees deported", "envoy visit"], [0, 1],
    ...           n_clusters=2)
    1.0
    """
    texts = check_texts(texts)
    seeds = list(seeds)
    if len(seeds) < 2:
        raise ThemeInputError("stability needs at least two seeds")
    labels = [ThemeModel(**{**params, "random_state": s}).fit(texts).labels_ for s in seeds]
    return float(np.mean([adjusted_rand_score(a, b) for a, b in combinations(labels, 2)]))


def representative_paragraphs(
    model: ThemeModel,
    texts: Sequence[str],
    paragraph_ids: Sequence[str] | None = None,
    n: int = 3,
    groups: Sequence[Any] | None = None,
) -> pd.DataFrame:
    """The ``n`` most representative texts of each cluster.

    Members whose own theme equals their cluster's theme come first, then the rest; within
    each group texts are ordered by distance to the cluster centre in the model's feature
    space (equivalently, by cosine similarity to the centroid), ties by position.

    Parameters
    ----------
    model : fitted ThemeModel
    texts : sequence of str
        Usually the texts the model was fitted on.
    paragraph_ids : sequence of str, optional
        Identifier per text (defaults to the position as a string).
    n : int
    groups : sequence, optional
        Article key per text, so that each text's own theme is decided with its article's
        context as in the fit (see :meth:`ThemeModel.predict_themes`).

    Returns
    -------
    DataFrame ``cluster, name, theme, rank, paragraph_id, distance, text``.

    Example
    -------
    >>> t = ["refugees deported", "envoy visit"]
    >>> m = ThemeModel(n_clusters=2).fit(t)
    >>> representative_paragraphs(m, t, n=1)["text"].tolist()
    ['refugees deported', 'envoy visit']
    """
    return model.representative_table(texts, paragraph_ids, n=n, groups=groups)


def paragraph_map(
    model: ThemeModel, texts: Sequence[str], paragraph_ids: Sequence[str] | None = None
) -> pd.DataFrame:
    """2-D projection (TruncatedSVD of the clustering features) for plotting paragraphs.

    Parameters
    ----------
    model : fitted ThemeModel
    texts : sequence of str
    paragraph_ids : sequence of str, optional

    Returns
    -------
    DataFrame with PARAGRAPH_MAP_COLUMNS (``paragraph_id, x, y, cluster, theme``).

    Example
    -------
    >>> t = ["refugees deported", "envoy visit", "women rights"]
    >>> m = ThemeModel(n_clusters=3).fit(t)
    >>> paragraph_map(m, t).shape
    (3, 5)
    """
    texts = check_texts(texts)
    ids = [str(i) for i in range(len(texts))] if paragraph_ids is None else list(paragraph_ids)
    if len(ids) != len(texts):
        raise ThemeInputError(f"{len(texts)} texts but {len(ids)} paragraph ids")
    Z = model.features(texts)
    xy = np.zeros((len(texts), 2))
    if Z.shape[1] >= 2 and len(texts) >= 2:
        svd = TruncatedSVD(
            n_components=2, random_state=0, algorithm="arpack" if min(Z.shape) > 2 else "randomized"
        )
        xy = svd.fit_transform(Z)
        # fix the sign of each axis so the output does not flip between runs: the point
        # farthest out (the first of those within the tolerance) is on the positive side
        signs = np.sign(xy[stable_argmax(np.abs(xy), axis=0), [0, 1]])
        xy = round_coordinates(xy * np.where(signs == 0, 1.0, signs))
    themes, _ = model.predict_themes(texts)
    frame = pd.DataFrame(
        {
            "paragraph_id": ids,
            "x": xy[:, 0],
            "y": xy[:, 1],
            "cluster": model.predict(texts),
            "theme": themes,
        }
    )
    return conform(frame, PARAGRAPH_MAP_COLUMNS)


def map_sample_rows(n_texts: int, limit: int = MAP_FIT_ROWS) -> np.ndarray | None:
    """The rows the paragraph map's axes are fitted on, or None for every row.

    Up to ``limit`` texts, every row (the map of :func:`paragraph_map`); above it, ``limit``
    rows spread evenly over the corpus in its order: row ``i * n_texts // limit`` for ``i`` in
    ``0 .. limit - 1`` (whole-number arithmetic, so the rule never depends on float bits).

    Example
    -------
    >>> map_sample_rows(10, limit=4).tolist(), map_sample_rows(4, limit=4)
    ([0, 2, 5, 7], None)
    """
    return even_rows(n_texts, limit)


class MapAxes:
    """The two axes of a paragraph map fitted on a sample, to project any text onto them.

    The axes are those :func:`paragraph_map` finds (TruncatedSVD of the clustering features,
    each axis's sign fixed by the point farthest out), fitted on the sample; every text,
    those of the sample included, is projected the same way (its features times the axes),
    one chunk at a time, so a text's point does not depend on the chunk it came in.

    Example
    -------
    >>> t = ["refugees deported", "envoy visit", "women rights", "refugees returned"]
    >>> m = ThemeModel(n_clusters=3).fit(t)
    >>> MapAxes.fit(m, t[:3]).project(m, t).shape
    (4, 2)
    """

    def __init__(self, components: np.ndarray | None) -> None:
        self.components = components

    @classmethod
    def fit(cls, model: Any, texts: Sequence[str]) -> MapAxes:
        """Fit the axes on ``texts`` (features of a fitted theme model)."""
        Z = model.features(check_texts(texts))
        if Z.shape[1] < 2 or Z.shape[0] < 2:
            return cls(None)
        svd = TruncatedSVD(
            n_components=2, random_state=0, algorithm="arpack" if min(Z.shape) > 2 else "randomized"
        ).fit(Z)
        components = np.asarray(svd.components_, dtype=np.float64)
        xy = np.asarray(Z @ components.T)
        signs = np.sign(xy[stable_argmax(np.abs(xy), axis=0), [0, 1]])
        return cls(components * np.where(signs == 0, 1.0, signs)[:, None])

    def project(self, model: Any, texts: Sequence[str]) -> np.ndarray:
        """Rounded map coordinates of ``texts``, shape (n_texts, 2)."""
        texts = check_texts(texts)
        if self.components is None:
            return np.zeros((len(texts), 2))
        return round_coordinates(np.asarray(model.features(texts) @ self.components.T))


def map_rows(
    model: Any,
    texts: Sequence[str],
    paragraph_ids: Sequence[Any],
    axes: MapAxes,
) -> pd.DataFrame:
    """Rows of the ``paragraph_map`` table for ``texts`` on axes fitted beforehand.

    Cluster and theme as :func:`paragraph_map` gives them (nearest centre, the text's own
    theme without article context).

    Example
    -------
    >>> t = ["refugees deported", "envoy visit", "women rights"]
    >>> m = ThemeModel(n_clusters=3).fit(t)
    >>> map_rows(m, t, ["a", "b", "c"], MapAxes.fit(m, t)).columns.tolist()
    ['paragraph_id', 'x', 'y', 'cluster', 'theme']
    """
    texts = check_texts(texts)
    xy = axes.project(model, texts)
    labels, evidence, similarity = model._evidence(texts)
    themes, _ = model._themes_from(labels, evidence, similarity)
    frame = pd.DataFrame(
        {
            "paragraph_id": list(paragraph_ids),
            "x": xy[:, 0],
            "y": xy[:, 1],
            "cluster": np.asarray(labels, dtype=np.int64),
            "theme": themes,
        }
    )
    return conform(frame, PARAGRAPH_MAP_COLUMNS)
