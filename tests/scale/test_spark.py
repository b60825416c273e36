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

    model = SparkThemeModel(master="local[2]", random_state=0, num_features=2**14)
    model.fit(spark.createDataFrame(pd.DataFrame({"text": themed_texts})))
    assert len(model.labels_) == len(themed_texts)
    assert np.mean(model.themes_ == np.array(expected_themes, dtype=object)) >= 0.9
    ooc = OutOfCoreThemeModel(random_state=0, n_features=2**14).fit(themed_texts)
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
