"""Engine selection and the clear errors around it (no Spark session needed)."""

from __future__ import annotations

import pytest

from afgresearch.scale import (
    EngineParameterError,
    EngineUnavailableError,
    JavaNotFoundError,
    OutOfCoreThemeModel,
    UnknownEngineError,
    make_theme_model,
)
from afgresearch.scale import spark as spark_mod


def test_ooc_engine_passes_parameters():
    model = make_theme_model("ooc", n_extra_clusters=4, random_state=7)
    assert isinstance(model, OutOfCoreThemeModel)
    assert (model.n_extra_clusters, model.random_state) == (4, 7)
    assert isinstance(make_theme_model("Out-of-core"), OutOfCoreThemeModel)


def test_spark_engine_builds_without_starting_spark():
    model = make_theme_model("spark", master="local[1]")
    assert type(model).__name__ == "SparkThemeModel"
    assert not hasattr(model, "labels_")


def test_pandas_engine_is_the_in_memory_theme_model():
    try:
        from afgresearch.themes.model import ThemeModel
    except ImportError:
        with pytest.raises(EngineUnavailableError, match="afgresearch.themes"):
            make_theme_model("pandas")
    else:
        assert isinstance(make_theme_model("pandas", random_state=1), ThemeModel)


def test_unknown_engine_and_bad_parameters():
    with pytest.raises(UnknownEngineError, match="choose one of: pandas, ooc, spark"):
        make_theme_model("dask")
    with pytest.raises(UnknownEngineError):
        make_theme_model(None)
    with pytest.raises(EngineParameterError, match="ooc"):
        make_theme_model("ooc", no_such_option=1)


@pytest.mark.parametrize(
    ("banner", "major"),
    [
        ('openjdk version "17.0.15" 2025-04-15', 17),
        ('java version "1.8.0_292"', 8),
        ('openjdk version "21" 2023-09-19', 21),
        ("no version here", None),
    ],
)
def test_java_version_parsing(banner, major):
    assert spark_mod.java_version_from_banner(banner) == major


def test_missing_java_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("JAVA_HOME", str(tmp_path / "nowhere"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(JavaNotFoundError, match="17 or newer"):
        spark_mod.find_java()


def test_old_java_is_a_clear_error(monkeypatch, tmp_path):
    fake = tmp_path / "bin" / "java"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\necho 'java version \"1.8.0_292\"' >&2\n")
    fake.chmod(0o755)
    monkeypatch.setenv("JAVA_HOME", str(tmp_path))
    with pytest.raises(JavaNotFoundError, match="Java 8"):
        spark_mod.find_java()


def test_missing_pyspark_is_a_clear_error(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name == "pyspark" or name.startswith("pyspark."):
            raise ImportError("No module named 'pyspark'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(spark_mod.SparkUnavailableError, match=r"afgresearch\[spark\]"):
        spark_mod.require_pyspark()
