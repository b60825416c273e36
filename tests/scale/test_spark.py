"""The Spark engine in local mode (one shared session; skipped only without Java)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from sklearn.metrics import adjusted_rand_score

from afgresearch.scale import JavaNotFoundError, OutOfCoreThemeModel

pytestmark = pytest.mark.spark


@pytest.fixture(scope="module")
def spark():
    pytest.importorskip("pyspark", reason="pyspark is not installed (extra 'spark')")
    from afgresearch.scale.spark import find_java, get_spark

    try:
        find_java()
    except JavaNotFoundError as exc:
        pytest.skip(f"no usable Java runtime: {exc}")
    session = get_spark("local[2]", config={"spark.default.parallelism": "2"})
    yield session
    session.stop()


def test_spark_themes_agree_with_out_of_core(spark, themed_texts, expected_themes):
    from afgresearch.scale.spark import SparkThemeModel

    model = SparkThemeModel(master="local[2]", random_state=0)
    model.fit(spark.createDataFrame(pd.DataFrame({"text": themed_texts})))
    assert len(model.labels_) == len(themed_texts)
    assert np.mean(model.themes_ == np.array(expected_themes, dtype=object)) >= 0.9
    ooc = OutOfCoreThemeModel(random_state=0).fit(themed_texts)
    assert adjusted_rand_score(model.labels_, ooc.labels_) >= 0.8
    new = ["Deported migrants crossed the border to camps.", "The envoy held talks."]
    assert model.predict(new).shape == (2,)
    themes, scores = model.predict_themes(new)
    assert themes.tolist() == ["migration", "diplomacy"] and (scores > 0).all()
    # clusters no lexicon claims are named by their top terms, as in the other engines
    others = [
        n for n, t in zip(model.cluster_names_, model.cluster_themes_, strict=True) if t == "other"
    ]
    assert any(w in n for n in others for w in ("cricket", "captain", "team", "match"))
    assert np.mean(model.themes_ == ooc.themes_) >= 0.9


def test_claims_per_partition_match_pandas(spark):
    extract = pytest.importorskip("afgresearch.extract")
    from afgresearch.scale.spark import extract_on_spark

    paragraphs = pd.DataFrame(
        {
            "paragraph_id": ["p1", "p2", "p3"],
            "article_id": ["a", "a", "b"],
            "source_file": ["f.txt", "f.txt", "g.txt"],
            "line": [3, 5, 9],
            "text": [
                "At least four people were killed in the blast.",
                "More than 2,000 migrants returned on Monday.",
                "The envoy held talks.",
            ],
        }
    )
    got = extract_on_spark(paragraphs, "claims", spark=spark).toPandas()
    want = extract.extract_claims(paragraphs)
    key = ["paragraph_id", "line", "value", "qualifier", "unit"]
    got_rows = sorted(map(tuple, got[key].astype(str).values.tolist()))
    want_rows = sorted(map(tuple, want[key].astype(str).values.tolist()))
    assert got_rows == want_rows and got_rows


def test_weights_equal_scikit_learn_tfidf(spark):
    """Spark's vocabulary, tf and IDF weights are TfidfVectorizer's (sublinear tf, smoothed
    IDF, l2), column for column."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    from afgresearch.scale.spark import SparkThemeModel
    from afgresearch.themes.model import TOKEN_PATTERN

    texts = [
        "Refugees refugees refugees returned to Türkiye across the border.",
        "The envoy met the foreign minister; the envoy held talks.",
        "Women's rights: girls barred from schools, schools closed.",
        "Refugees and the envoy: talks on the border crossing.",
        "Cricket cricket, the team won.",
        "",
    ]
    model = SparkThemeModel(master="local[2]", random_state=0, n_extra_clusters=0).fit(texts)
    vec = TfidfVectorizer(
        sublinear_tf=True,
        stop_words="english",
        token_pattern=TOKEN_PATTERN,
        ngram_range=(1, 2),
        max_df=0.9,
    )
    want = vec.fit_transform(texts)
    assert model.vocabulary_ == vec.vocabulary_
    np.testing.assert_allclose(model.idf_, vec.idf_)
    got = model.features(texts)
    np.testing.assert_allclose(got.toarray(), want.toarray(), atol=1e-12)


@pytest.mark.parametrize(
    ("settings", "texts"),
    [
        (
            {"min_df": 2, "max_df": 0.6, "ngram_range": (1, 1)},
            ["refugees border envoy"] * 3 + ["refugees talks", "envoy talks rights", "rights"],
        ),
        (
            {"min_df": 1, "max_df": 1.0, "max_features": 4, "ngram_range": (1, 1)},
            [
                "refugees refugees refugees envoy envoy border",
                "refugees talks talks talks talks talks",
                "envoy rights rights",
            ],
        ),
    ],
)
def test_vocabulary_bounds_follow_scikit_learn(spark, settings, texts):
    from sklearn.feature_extraction.text import TfidfVectorizer

    from afgresearch.scale.spark import SparkThemeModel
    from afgresearch.themes.model import TOKEN_PATTERN

    model = SparkThemeModel(master="local[2]", n_extra_clusters=0, **settings).fit(texts)
    vec = TfidfVectorizer(
        sublinear_tf=True, stop_words="english", token_pattern=TOKEN_PATTERN, **settings
    ).fit(texts)
    assert model.vocabulary_ == vec.vocabulary_


def test_deterministic(spark, themed_texts):
    from afgresearch.scale.spark import SparkThemeModel

    a = SparkThemeModel(master="local[2]", random_state=3).fit(themed_texts)
    b = SparkThemeModel(master="local[2]", random_state=3).fit(themed_texts)
    np.testing.assert_array_equal(a.labels_, b.labels_)
    assert a.themes_.tolist() == b.themes_.tolist()
    assert a.cluster_names_ == b.cluster_names_
    np.testing.assert_array_equal(a.cluster_centers_, b.cluster_centers_)


def test_exact_passes_on_a_sample_start(spark, themed_texts, expected_themes):
    """A corpus larger than the sample: start on the sample, exact passes in Spark."""
    from afgresearch.scale.spark import SparkThemeModel

    model = SparkThemeModel(master="local[2]", random_state=0, sample_size=20).fit(themed_texts)
    assert (model.n_init_, model.init_max_iter_, model.max_iter_) == (3, 50, 20)
    assert 1 <= model.n_lloyd_iter_ <= 20
    X = model.features(themed_texts)
    # converged: every centre is the mean of its members
    for c in range(model.cluster_centers_.shape[0]):
        members = model.labels_ == c
        if members.any():
            np.testing.assert_allclose(
                model.cluster_centers_[c], np.asarray(X[members].mean(axis=0)).ravel(), atol=1e-9
            )
    assert np.mean(model.themes_ == np.array(expected_themes, dtype=object)) >= 0.9


def test_small_corpus_equals_in_memory(spark, themed_texts):
    """Same vocabulary, weights, automatic k, seeded start: the in-memory engine's clusters."""
    from afgresearch.scale.spark import SparkThemeModel
    from afgresearch.themes import ThemeModel

    memory = ThemeModel(random_state=0, lsa_components=None).fit(themed_texts)
    model = SparkThemeModel(master="local[2]", random_state=0).fit(themed_texts)
    assert model.n_clusters_ == memory.n_clusters_
    assert model.labels_.tolist() == memory.labels_.tolist()
    assert model.themes_.tolist() == memory.themes_.tolist()
    assert model.cluster_names_ == memory.cluster_names_
    np.testing.assert_allclose(model.cluster_centers_, memory.cluster_centers_, atol=1e-12)


def test_new_texts_are_featurised_in_tasks_not_on_the_driver(spark, themed_texts):
    """The texts reach Spark as an RDD, not a LocalRelation: Catalyst would otherwise fold the
    whole feature pipeline into the plan on the driver (ConvertToLocalRelation), every row at
    once in the driver's heap (out of Java heap at 100,000 paragraphs)."""
    from afgresearch.scale.spark import SparkThemeModel, _to_spark_frame

    model = SparkThemeModel(master="local[2]", random_state=0).fit(themed_texts)
    frame = _to_spark_frame(spark, themed_texts)
    counted = model.pipeline_model_.transform(frame).select("tf", model._evidence_column())
    plan = counted._jdf.queryExecution().optimizedPlan().toString()
    assert "LocalRelation" not in plan
    assert "LogicalRDD" in plan


@pytest.mark.parametrize("n", [1, 3, 48])
def test_texts_frame_keeps_order_and_local_relation_partitions(spark, n):
    """In order, in the contiguous slices a LocalRelation is scanned in (the samples and sums
    per partition, and so the clusters, are those of before)."""
    from afgresearch.scale.spark import texts_frame

    texts = [f"text {i}" for i in range(n)]
    got = texts_frame(spark, texts).rdd.glom().map(lambda rows: [r[0] for r in rows]).collect()
    before = spark.createDataFrame(pd.DataFrame({"text": texts}))
    want = before.rdd.glom().map(lambda rows: [r[0] for r in rows]).collect()
    assert got == want
    assert [t for part in got for t in part] == texts


def _parquet_texts(tmp_path, texts, row_group_size=5):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from afgresearch.scale import ParquetTexts

    path = tmp_path / "paragraphs.parquet"
    pq.write_table(pa.table({"text": texts}), path, row_group_size=row_group_size)
    return ParquetTexts(path)


@pytest.mark.parametrize("n", [1, 3, 48])
def test_parquet_frame_reads_the_file_in_the_slices_of_a_list(spark, tmp_path, monkeypatch, n):
    """The tasks read the file, a contiguous range of rows each: the partitions of the same
    texts handed over as a list, and the text column never becomes a list in the driver."""
    from afgresearch.scale import ParquetTexts
    from afgresearch.scale.spark import parquet_frame, texts_frame

    texts = [f"text {i}" if i % 7 else None for i in range(n)]
    source = _parquet_texts(tmp_path, texts)
    want = texts_frame(spark, ["" if t is None else t for t in texts])
    want = want.rdd.glom().map(lambda rows: [r[0] for r in rows]).collect()

    def no_list(self):
        raise AssertionError("the texts were read on the driver")

    # the driver never iterates the file's texts, nor reads a range of rows itself
    monkeypatch.setattr(ParquetTexts, "__iter__", no_list)
    monkeypatch.setattr(ParquetTexts, "rows", no_list)
    frame = parquet_frame(spark, source)
    monkeypatch.undo()
    got = frame.rdd.glom().map(lambda rows: [r[0] for r in rows]).collect()
    assert got == want


def test_fit_on_a_parquet_file_equals_fit_on_its_texts(spark, tmp_path, themed_texts):
    """A corpus larger than the sample (Spark's per-partition samples and exact passes) gives
    the same clusters, themes and tables read from the file as handed over in a list."""
    from afgresearch.scale.spark import SparkThemeModel

    source = _parquet_texts(tmp_path, themed_texts, row_group_size=7)
    kw = dict(master="local[2]", random_state=0, sample_size=20)
    listed = SparkThemeModel(**kw).fit(themed_texts)
    read = SparkThemeModel(**kw).fit(source)
    assert read.labels_.tolist() == listed.labels_.tolist()
    assert read.themes_.tolist() == listed.themes_.tolist()
    np.testing.assert_array_equal(read.cluster_centers_, listed.cluster_centers_)
    np.testing.assert_array_equal(read.theme_scores_, listed.theme_scores_)
    pd.testing.assert_frame_equal(read.cluster_table(), listed.cluster_table())
    pd.testing.assert_frame_equal(read.term_table(), listed.term_table())
    got = read.features(source)
    assert (got != listed.features(themed_texts)).nnz == 0
