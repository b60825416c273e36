"""Theme assignment shared by the scale engines follows the in-memory ThemeModel exactly."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from sklearn.preprocessing import normalize

from afgresearch.scale import OutOfCoreThemeModel
from afgresearch.scale.theming import (
    THEME_DEFAULTS,
    centre_distances,
    label_chunk,
    nearest_centres,
    refined_start,
)
from afgresearch.themes import ThemeEngine

themes_model = pytest.importorskip("afgresearch.themes.model")


def test_defaults_match_in_memory_model():
    memory = inspect.signature(themes_model.ThemeModel).parameters
    ooc = inspect.signature(OutOfCoreThemeModel).parameters
    for name, value in THEME_DEFAULTS.items():
        assert memory[name].default == value, name
        assert ooc[name].default == value, name


@pytest.mark.parametrize("with_groups", [False, True])
def test_reproduces_in_memory_themes_from_its_evidence(themed_texts, with_groups):
    from afgresearch.themes import assign_from_evidence

    groups = [i // 3 for i in range(len(themed_texts))] if with_groups else None
    m = themes_model.ThemeModel(random_state=0).fit(themed_texts, groups=groups)
    Z = np.asarray(m.features(themed_texts))
    own = np.einsum("ij,ij->i", normalize(Z), normalize(m.cluster_centers_)[m.labels_])
    got = assign_from_evidence(
        m.labels_,
        m.text_similarity_,
        own,
        m.cluster_term_weights_,
        m.lexicon_term_vectors_,
        m.theme_names_,
        m.vectorizer_.get_feature_names_out(),
        groups=groups,
    )
    assert got.cluster_themes == m.cluster_themes_
    assert got.cluster_names == m.cluster_names_
    assert got.themes.tolist() == m.themes_.tolist()
    np.testing.assert_allclose(got.theme_scores, m.theme_scores_)


BASE_OWNED = (
    "fit",
    "fit_predict",
    "predict_themes",
    "_decide",
    "top_terms",
    "cluster_table",
    "term_table",
    "representative_table",
)


def test_every_engine_takes_naming_tables_and_assignment_from_the_base():
    from afgresearch.scale.spark import SparkThemeModel

    for cls in (themes_model.ThemeModel, OutOfCoreThemeModel, SparkThemeModel):
        assert issubclass(cls, ThemeEngine), cls
        for name in BASE_OWNED:
            assert getattr(cls, name) is getattr(ThemeEngine, name), (cls.__name__, name)


def test_nearest_centres_match_scikit_learn_kmeans():
    import scipy.sparse as sp
    from sklearn.cluster import KMeans

    rng = np.random.RandomState(0)
    X = sp.csr_matrix(normalize(rng.rand(60, 8) * (rng.rand(60, 8) > 0.5)))
    km = KMeans(n_clusters=4, n_init=1, random_state=0).fit(X)
    labels, sims = nearest_centres(X, km.cluster_centers_)
    assert labels.tolist() == km.predict(X).tolist()
    np.testing.assert_allclose(centre_distances(X, km.cluster_centers_), km.transform(X), atol=1e-9)
    cos = np.einsum("ij,ij->i", X.toarray(), normalize(km.cluster_centers_)[labels])
    np.testing.assert_allclose(sims, np.clip(cos, 0, 1), atol=1e-12)
    _, _, sums = label_chunk(X, km.cluster_centers_)
    for c in range(4):
        np.testing.assert_allclose(sums.toarray()[c], X[labels == c].toarray().sum(axis=0))


def test_refined_start_on_the_used_columns_equals_the_full_width_run():
    import scipy.sparse as sp

    from afgresearch.themes.seeding import seeded_kmeans

    rng = np.random.RandomState(3)
    dense = np.zeros((40, 5000))
    for i in range(40):  # four groups of rows, each on its own few columns of a wide space
        dense[i, rng.choice(10, 4) + 1000 * (i % 4)] = rng.rand(4) + 0.1
    X = sp.csr_matrix(normalize(dense))
    lexicon = np.zeros((2, 5000))
    lexicon[0, [1000, 1001]] = 1.0
    lexicon[1, [4999]] = 1.0  # a lexicon column no row holds
    got = refined_start(X, lexicon, 4, np.random.RandomState(0))
    full = seeded_kmeans(X, lexicon, 4, np.random.RandomState(0)).cluster_centers_
    assert got.shape == (4, 5000)
    np.testing.assert_allclose(got, full, atol=1e-12)
    assert not got[:, 10:1000].any()
