"""Scale: the theme model out-of-core on one machine and on Apache Spark.

Every name is imported from its module on first use (:mod:`afgresearch.lazy`), so that the
light modules of the package (:mod:`afgresearch.scale.centres`,
:mod:`afgresearch.scale.parquet_texts`, :mod:`afgresearch.scale.spark_tasks`: what Spark's
Python workers import) load neither scikit-learn nor pandas.

Example
-------
>>> from afgresearch.scale import make_theme_model
>>> type(make_theme_model("ooc")).__name__
'OutOfCoreThemeModel'
"""

from afgresearch.lazy import lazy_exports

_ERRORS = "afgresearch.scale.errors"
_EXPORTS = {
    "ENGINES": "afgresearch.scale.engine",
    "make_theme_model": "afgresearch.scale.engine",
    "EngineParameterError": _ERRORS,
    "EngineUnavailableError": _ERRORS,
    "JavaNotFoundError": _ERRORS,
    "LexiconError": _ERRORS,
    "NotFittedScaleError": _ERRORS,
    "ScaleError": _ERRORS,
    "SparkUnavailableError": _ERRORS,
    "TextInputError": _ERRORS,
    "UnknownEngineError": _ERRORS,
    "OutOfCoreThemeModel": "afgresearch.scale.ooc",
    "ParquetTexts": "afgresearch.scale.parquet_texts",
}

__all__ = sorted(_EXPORTS)

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
