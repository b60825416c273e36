"""Out-of-core theme model: streaming fit, determinism, agreement and clear errors."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from sklearn.base import clone
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import adjusted_rand_score

from afgresearch.scale import (
    LexiconError,
    NotFittedScaleError,
    OutOfCoreThemeModel,
    TextInputError,
)
from afgresearch.scale.chunks import iter_text_chunks
from afgresearch.scale.ooc import select_vocabulary


def chunks_of(texts: list[str], size: int):
    for i in range(0, len(texts), size):
        yield texts[i : i + size]


def test_themes_follow_lexicons(themed_texts, expected_themes):
    model = OutOfCoreThemeModel(random_state=0).fit(themed_texts)
    assert len(model.labels_) == len(themed_texts)
    agree = np.mean(model.themes_ == np.array(expected_themes, dtype=object))
    assert agree >= 0.9, list(zip(model.themes_, expected_themes, strict=True))
    assert {"migration", "diplomacy", "rights"} <= set(model.cluster_themes_)
    assert len(model.cluster_names_) == model.cluster_centers_.shape[0] == 5
    assert len(set(model.cluster_names_)) == 5
    assert ((model.theme_scores_ >= 0) & (model.theme_scores_ <= 1)).all()


def test_generator_of_chunks_matches_list_and_is_read_once(themed_texts):
    whole = OutOfCoreThemeModel(random_state=0, chunksize=7, n_epochs=3).fit(themed_texts)
    stream = chunks_of(themed_texts, 7)
    chunked = OutOfCoreThemeModel(random_state=0, n_epochs=3).fit(stream)
    assert next(stream, None) is None  # consumed exactly once
    np.testing.assert_array_equal(whole.labels_, chunked.labels_)
    np.testing.assert_allclose(whole.cluster_centers_, chunked.cluster_centers_)


def test_dataframe_chunks_and_missing_text(themed_texts):
    frames = [pd.DataFrame({"text": c}) for c in chunks_of(themed_texts + [None], 10)]
    model = OutOfCoreThemeModel(random_state=0).fit(iter(frames))
    assert model.n_texts_ == len(themed_texts) + 1


def test_deterministic(themed_texts):
    a = OutOfCoreThemeModel(random_state=3).fit(themed_texts)
    b = clone(a).fit(themed_texts)
    np.testing.assert_array_equal(a.labels_, b.labels_)
    assert a.themes_.tolist() == b.themes_.tolist()
    assert a.cluster_names_ == b.cluster_names_


def test_vocabulary_and_idf_match_tfidf_vectorizer(themed_texts):
    model = OutOfCoreThemeModel(random_state=0, chunksize=7, n_epochs=1).fit(themed_texts)
    # under 1,000 texts the in-memory "auto" settings: words and word pairs, max_df 0.9
    tfidf = TfidfVectorizer(
        stop_words="english", ngram_range=(1, 2), max_df=0.9, sublinear_tf=True
    ).fit(themed_texts)
    assert model.vocabulary_ == tfidf.vocabulary_
    np.testing.assert_allclose(model.idf_, tfidf.idf_, rtol=1e-15)
    np.testing.assert_allclose(
        model.features(themed_texts).toarray(), tfidf.transform(themed_texts).toarray(), atol=1e-15
    )


def test_agrees_with_in_memory_model_on_small_data(themed_texts):
    model = OutOfCoreThemeModel(n_extra_clusters=1, random_state=0)
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
    model = OutOfCoreThemeModel(random_state=0).fit(themed_texts)
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
    model = OutOfCoreThemeModel(random_state=0).fit(["refugees deported", "envoy talks"])
    assert len(model.labels_) == 2
    same = OutOfCoreThemeModel(random_state=0).fit(["women's rights"] * 10)
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
    model = OutOfCoreThemeModel(random_state=0).fit(themed_texts)
    others = [
        n for n, t in zip(model.cluster_names_, model.cluster_themes_, strict=True) if t == "other"
    ]
    assert any(w in name for name in others for w in ("cricket", "captain", "team", "match"))
    assert not any(name.startswith("#") for name in model.cluster_names_)


def synthetic_corpus(n: int, seed: int = 0) -> list[str]:
    """``n`` texts: a themed sentence of the shared corpus plus words drawn from a pool."""
    from tests.scale.conftest import DIPLOMACY, MIGRATION, RIGHTS, SPORT

    rng = np.random.RandomState(seed)
    sentences = MIGRATION + DIPLOMACY + RIGHTS + SPORT
    pool = [f"word{chr(97 + i % 26)}{i}" for i in range(400)]
    return [
        " ".join([sentences[rng.randint(len(sentences))], *rng.choice(pool, 8)]) for _ in range(n)
    ]


def test_large_corpus_takes_the_in_memory_auto_settings_whatever_the_chunks():
    from afgresearch.themes import ThemeModel

    texts = synthetic_corpus(1200)
    memory = ThemeModel(random_state=0, lsa_components=None).fit(texts)
    whole = OutOfCoreThemeModel(random_state=0).fit(texts)
    # 400-text chunks: the first two wait as text until the third shows 1,000 texts
    stream = chunks_of(texts, 400)
    chunked = OutOfCoreThemeModel(random_state=0, n_epochs=1).fit(stream)
    assert next(stream, None) is None
    settings = {k: memory.feature_settings_[k] for k in whole.feature_settings_}
    assert whole.feature_settings_ == chunked.feature_settings_ == settings
    assert settings["ngram_range"] == (1, 1) and settings["min_df"] == 5
    vocabulary = memory.vectorizer_.vocabulary_
    assert whole.vocabulary_ == chunked.vocabulary_ == vocabulary
    assert not any(" " in term for term in whole.vocabulary_)
    np.testing.assert_allclose(whole.idf_, memory.vectorizer_.idf_, rtol=1e-15)
    np.testing.assert_allclose(chunked.idf_, memory.vectorizer_.idf_, rtol=1e-15)
    np.testing.assert_allclose(
        chunked.features(texts).toarray(), memory.features(texts).toarray(), atol=1e-15
    )
    np.testing.assert_allclose(whole.text_similarity_, memory.text_similarity_)
    np.testing.assert_allclose(whole.lexicon_term_vectors_, memory.lexicon_term_vectors_)
    # one chunk: the in-memory clustering itself
    assert adjusted_rand_score(memory.labels_, whole.labels_) == 1.0
    assert whole.themes_.tolist() == memory.themes_.tolist()
    assert whole.cluster_names_ == memory.cluster_names_
    # three chunks: the start is fitted on the first only (three starts), then k-means passes
    assert np.mean(chunked.themes_ == memory.themes_) >= 0.97
    assert adjusted_rand_score(memory.labels_, chunked.labels_) >= 0.8


def test_small_corpus_agrees_exactly_with_in_memory(themed_texts):
    from afgresearch.themes import ThemeModel

    memory = ThemeModel(n_clusters=5, random_state=0, lsa_components=None).fit(themed_texts)
    model = OutOfCoreThemeModel(n_clusters=5, random_state=0).fit(themed_texts)
    assert model.vocabulary_ == memory.vectorizer_.vocabulary_
    assert adjusted_rand_score(memory.labels_, model.labels_) == 1.0
    assert model.themes_.tolist() == memory.themes_.tolist()
    assert model.cluster_names_ == memory.cluster_names_


def test_max_features_cut_and_its_ties_follow_scikit_learn():
    texts = synthetic_corpus(300, seed=1)
    for limit in (5, 50, 333):
        tfidf = TfidfVectorizer(stop_words="english", min_df=2, max_df=0.5, max_features=limit)
        tfidf.fit(texts)
        model = OutOfCoreThemeModel(
            random_state=0, min_df=2, max_df=0.5, max_features=limit, ngram_range=(1, 1)
        ).fit(chunks_of(texts, 70))
        assert model.vocabulary_ == tfidf.vocabulary_, limit
    terms = ["a", "b", "c", "d"]
    dfs, tfs = np.array([2, 2, 2, 1]), np.array([3.0, 3.0, 3.0, 1.0])
    kept = select_vocabulary(terms, dfs, tfs, 4, 1, 1.0, 2)
    cv = TfidfVectorizer(max_features=2, token_pattern=r"\w").fit(["a a b c", "a b b c c", "d"])
    assert kept == sorted(cv.vocabulary_)


def test_bounds_left_without_terms_fall_back_as_in_memory():
    from afgresearch.themes import ThemeModel

    texts = ["refugees crossed the border", "envoy talks", "women's rights", "border camps"]
    memory = ThemeModel(min_df=5, n_clusters=3, random_state=0, lsa_components=None).fit(texts)
    model = OutOfCoreThemeModel(min_df=5, n_extra_clusters=0, random_state=0).fit(texts)
    assert model.vocabulary_ == memory.vectorizer_.vocabulary_
    with pytest.raises(TextInputError, match="no usable words"):
        OutOfCoreThemeModel(n_extra_clusters=0).fit(["the and", "of the"])


def test_start_sample_is_drawn_from_every_chunk():
    from afgresearch.themes import ThemeModel

    texts = synthetic_corpus(1200)
    first = ThemeModel(random_state=0, lsa_components=None).fit(texts)
    # sorted by theme: the first chunk alone would hold one or two topics
    ordered = [texts[i] for i in np.argsort(first.themes_, kind="stable")]
    memory = ThemeModel(random_state=0, lsa_components=None).fit(ordered)
    model = OutOfCoreThemeModel(random_state=0).fit(chunks_of(ordered, 300))
    assert model.n_init_ == 3 and model.n_lloyd_iter_ >= 1
    assert np.mean(model.themes_ == memory.themes_) >= 0.97
    assert {"migration", "diplomacy", "rights"} <= set(model.cluster_themes_)
    # the draw is seeded: same input, same sample, same clusters
    again = OutOfCoreThemeModel(random_state=0).fit(chunks_of(ordered, 300))
    np.testing.assert_array_equal(again.labels_, model.labels_)


def test_a_chunk_without_terms_is_kept():
    texts = ["the and of", "refugees crossed the border", "envoy talks", "women's rights"]
    model = OutOfCoreThemeModel(n_extra_clusters=0, random_state=0).fit(chunks_of(texts, 1))
    assert model.n_texts_ == 4 and model.labels_.shape == (4,)
    assert model.features(["the and of"]).nnz == 0
