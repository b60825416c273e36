"""Out-of-core theme model: streaming fit, determinism, agreement and clear errors."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import HashingVectorizer, TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

from afgresearch.scale import (
    LexiconError,
    NotFittedScaleError,
    OutOfCoreThemeModel,
    TextInputError,
)
from afgresearch.scale.chunks import iter_text_chunks
from afgresearch.scale.ooc import hash_index


def chunks_of(texts: list[str], size: int):
    for i in range(0, len(texts), size):
        yield texts[i : i + size]


def test_themes_follow_lexicons(themed_texts, expected_themes):
    model = OutOfCoreThemeModel(random_state=0, n_features=2**14).fit(themed_texts)
    assert len(model.labels_) == len(themed_texts)
    agree = np.mean(model.themes_ == np.array(expected_themes, dtype=object))
    assert agree >= 0.9, list(zip(model.themes_, expected_themes, strict=True))
    assert {"migration", "diplomacy", "rights"} <= set(model.cluster_themes_)
    assert len(model.cluster_names_) == model.cluster_centers_.shape[0] == 5
    assert len(set(model.cluster_names_)) == 5
    assert ((model.theme_scores_ >= 0) & (model.theme_scores_ <= 1)).all()


def test_generator_of_chunks_matches_list_and_is_read_once(themed_texts):
    whole = OutOfCoreThemeModel(random_state=0, chunksize=7, n_features=2**14, n_epochs=3).fit(
        themed_texts
    )
    stream = chunks_of(themed_texts, 7)
    chunked = OutOfCoreThemeModel(random_state=0, n_features=2**14, n_epochs=3).fit(stream)
    assert next(stream, None) is None  # consumed exactly once
    np.testing.assert_array_equal(whole.labels_, chunked.labels_)
    np.testing.assert_allclose(whole.cluster_centers_, chunked.cluster_centers_)


def test_dataframe_chunks_and_missing_text(themed_texts):
    frames = [pd.DataFrame({"text": c}) for c in chunks_of(themed_texts + [None], 10)]
    model = OutOfCoreThemeModel(random_state=0, n_features=2**14).fit(iter(frames))
    assert model.n_texts_ == len(themed_texts) + 1


def test_deterministic(themed_texts):
    a = OutOfCoreThemeModel(random_state=3, n_features=2**14).fit(themed_texts)
    b = clone(a).fit(themed_texts)
    np.testing.assert_array_equal(a.labels_, b.labels_)
    assert a.themes_.tolist() == b.themes_.tolist()
    assert a.cluster_names_ == b.cluster_names_


def test_idf_matches_tfidf_vectorizer(themed_texts):
    model = OutOfCoreThemeModel(random_state=0, n_features=2**16, n_epochs=1).fit(themed_texts)
    tfidf = TfidfVectorizer(stop_words="english").fit(themed_texts)
    for term, col in list(tfidf.vocabulary_.items())[:50]:
        assert model.idf_[hash_index(term, 2**16)] == pytest.approx(tfidf.idf_[col])


def test_hash_index_matches_hashing_vectorizer():
    hv = HashingVectorizer(n_features=97, alternate_sign=False)
    for term in ["refugees", "envoy", "women", "x1", "border"]:
        assert hash_index(term, 97) == hv.transform([term]).indices[0]


def test_agrees_with_in_memory_model_on_small_data(themed_texts):
    model = OutOfCoreThemeModel(n_extra_clusters=1, random_state=0, n_features=2**14)
    model.fit(themed_texts)
    try:
        from afgresearch.themes.model import ThemeModel
    except ImportError:  # plain TF-IDF + k-means stands in for the in-memory model
        X = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(themed_texts)
        memory_labels = KMeans(n_clusters=4, n_init=10, random_state=0).fit(X).labels_
    else:
        memory = ThemeModel(n_extra_clusters=1, random_state=0).fit(themed_texts)
        memory_labels = memory.labels_
        assert np.mean(memory.themes_ == model.themes_) >= 0.9
    assert adjusted_rand_score(memory_labels, model.labels_) >= 0.8


def test_predict_and_transform_new_texts(themed_texts):
    model = OutOfCoreThemeModel(random_state=0, n_features=2**14).fit(themed_texts)
    new = ["Deported migrants returned over the border to camps.", "The envoy held talks."]
    themes, scores = model.predict_themes(new)
    assert themes.tolist() == ["migration", "diplomacy"]
    assert ((scores > 0) & (scores <= 1)).all()
    dist = model.transform(new)
    assert dist.shape == (2, 5)
    np.testing.assert_array_equal(dist.argmin(axis=1), model.predict(new))
    assert model.top_terms(3)[0]
    clusters = model.cluster_table()
    assert clusters["size"].sum() == len(themed_texts)
    assert clusters["name"].tolist() == model.cluster_names_
    terms = model.term_table(3)
    assert set(terms["rank"]) <= {1, 2, 3} and (terms["weight"] > 0).all()


def test_fewer_texts_than_clusters_and_repeated_text():
    model = OutOfCoreThemeModel(random_state=0, n_features=2**14).fit(
        ["refugees deported", "envoy talks"]
    )
    assert len(model.labels_) == 2
    same = OutOfCoreThemeModel(random_state=0, n_features=2**14).fit(["women's rights"] * 10)
    assert set(same.themes_) == {"rights"}


def test_user_lexicon_file(tmp_path, themed_texts):
    path = tmp_path / "lex.json"
    path.write_text(json.dumps({"sport": ["team", "scored", "won", "captain", "coach"]}))
    model = OutOfCoreThemeModel(lexicons=path, n_extra_clusters=1, random_state=0)
    model.fit(themed_texts)
    assert model.themes_[12] == "sport"


@pytest.mark.parametrize(
    ("bad", "error"),
    [
        ("a single string", TextInputError),
        ([1, 2, 3], TextInputError),
        (iter([{"text": 1}]), TextInputError),
        ([], TextInputError),
        (pd.DataFrame({"body": ["x"]}), TextInputError),
    ],
)
def test_bad_input_is_named(bad, error):
    with pytest.raises(error):
        OutOfCoreThemeModel().fit(bad)


def test_bad_lexicons(tmp_path):
    with pytest.raises(LexiconError, match="no terms"):
        OutOfCoreThemeModel(lexicons={"empty": []}).fit(["a text"])
    with pytest.raises(LexiconError, match="stop words"):
        OutOfCoreThemeModel(lexicons={"stop": ["the", "and"]}).fit(["a text here"])
    with pytest.raises(LexiconError, match="does not exist"):
        OutOfCoreThemeModel(lexicons=tmp_path / "missing.yaml").fit(["a text"])


def test_not_fitted_and_bad_params():
    with pytest.raises(NotFittedScaleError):
        OutOfCoreThemeModel().predict(["x"])
    with pytest.raises(ValueError, match="batch_size"):
        OutOfCoreThemeModel(batch_size=0).fit(["x"])
    with pytest.raises(ValueError, match="fewer than"):
        OutOfCoreThemeModel(n_clusters=2).fit(["x"])


def test_iter_text_chunks_shapes():
    assert [len(c) for c in iter_text_chunks(iter(["a", "b", "c"]), 2)] == [2, 1]
    assert list(iter_text_chunks(pd.Series(["a", None]))) == [["a", ""]]
    with pytest.raises(TextInputError, match="chunksize"):
        list(iter_text_chunks(["a"], 0))


def test_unmatched_cluster_named_by_top_terms(themed_texts):
    model = OutOfCoreThemeModel(random_state=0, n_features=2**14).fit(themed_texts)
    others = [
        n for n, t in zip(model.cluster_names_, model.cluster_themes_, strict=True) if t == "other"
    ]
    assert any(w in name for name in others for w in ("cricket", "captain", "team", "match"))
    assert not any(name.startswith("#") for name in model.cluster_names_)
