"""The out-of-core engine gives the in-memory engine's themes and clusters on the seeds."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from sklearn.metrics import adjusted_rand_score

from afgresearch import load_corpus
from afgresearch.scale import OutOfCoreThemeModel
from afgresearch.themes import ThemeModel

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_out_of_core_agrees_with_in_memory_on_the_seeds():
    paragraphs = load_corpus(str(SEEDS)).paragraphs
    texts = paragraphs["text"].tolist()
    groups = paragraphs["article_id"].astype(str).tolist()
    # the report's in-memory settings: TF-IDF without LSA
    memory = ThemeModel(random_state=0, lsa_components=None).fit(texts, groups=groups)
    ooc = OutOfCoreThemeModel(random_state=0).fit(texts, groups=groups)
    assert np.mean(memory.themes_ == ooc.themes_) >= 0.97
    assert adjusted_rand_score(memory.labels_, ooc.labels_) >= 0.9
    assert ooc.cluster_themes_ == memory.cluster_themes_


@pytest.mark.spark
def test_spark_agrees_with_in_memory_on_the_seeds():
    pytest.importorskip("pyspark", reason="pyspark is not installed (extra 'spark')")
    from afgresearch.scale import JavaNotFoundError
    from afgresearch.scale.spark import SparkThemeModel, find_java

    try:
        find_java()
    except JavaNotFoundError as exc:
        pytest.skip(f"no usable Java runtime: {exc}")
    paragraphs = load_corpus(str(SEEDS)).paragraphs
    texts = paragraphs["text"].tolist()
    groups = paragraphs["article_id"].astype(str).tolist()
    memory = ThemeModel(random_state=0, lsa_components=None).fit(texts, groups=groups)
    spark = SparkThemeModel(master="local[2]", random_state=0).fit(texts, groups=groups)
    assert np.mean(memory.themes_ == spark.themes_) >= 0.97
    assert adjusted_rand_score(memory.labels_, spark.labels_) >= 0.9
    assert spark.cluster_themes_ == memory.cluster_themes_
