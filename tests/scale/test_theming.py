"""Theme assignment shared by the scale engines follows the in-memory ThemeModel exactly."""

from __future__ import annotations

import inspect

import numpy as np
import pytest
from sklearn.preprocessing import normalize

from afgresearch.scale import OutOfCoreThemeModel
from afgresearch.scale.theming import THEME_DEFAULTS, ColumnNames, HashedVocabulary

themes_model = pytest.importorskip("afgresearch.themes.model")


def test_defaults_match_in_memory_model():
    memory = inspect.signature(themes_model.ThemeModel).parameters
    ooc = inspect.signature(OutOfCoreThemeModel).parameters
    for name, value in THEME_DEFAULTS.items():
        assert memory[name].default == value, name
        assert ooc[name].default == value, name


def test_reproduces_in_memory_themes_from_its_evidence(themed_texts):
    from afgresearch.scale.theming import assign_like_memory

    m = themes_model.ThemeModel(random_state=0).fit(themed_texts)
    Z = np.asarray(m.features(themed_texts))
    own = np.einsum("ij,ij->i", normalize(Z), normalize(m.cluster_centers_)[m.labels_])
    got = assign_like_memory(
        m.labels_,
        m.text_similarity_,
        own,
        m.cluster_term_weights_,
        m.lexicon_term_vectors_,
        m.theme_names_,
        m.vectorizer_.get_feature_names_out(),
    )
    assert got.cluster_themes == m.cluster_themes_
    assert got.cluster_names == m.cluster_names_
    assert got.themes.tolist() == m.themes_.tolist()
    np.testing.assert_allclose(got.theme_scores, m.theme_scores_)


def test_hashed_vocabulary_and_column_names():
    vocab = HashedVocabulary(lambda t: len(t) % 5, ["ab", "abc"])
    assert vocab["abcdef"] == 1 and list(vocab) == ["ab", "abc"] and len(vocab) == 2
    names = ColumnNames({0: "border"}, 3)
    assert names[0] == "border" and names[2] == "#2" and names[0:2] == ["border", "#1"]
    assert len(names) == 3
