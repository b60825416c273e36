"""Scale: the theme model out-of-core on one machine and on Apache Spark.

Example
-------
>>> from afgresearch.scale import make_theme_model
>>> type(make_theme_model("ooc")).__name__
'OutOfCoreThemeModel'
"""

from afgresearch.scale.engine import ENGINES, make_theme_model
from afgresearch.scale.errors import (
    EngineParameterError,
    EngineUnavailableError,
    JavaNotFoundError,
    LexiconError,
    NotFittedScaleError,
    ScaleError,
    SparkUnavailableError,
    TextInputError,
    UnknownEngineError,
)
from afgresearch.scale.ooc import OutOfCoreThemeModel

__all__ = [
    "ENGINES",
    "EngineParameterError",
    "EngineUnavailableError",
    "JavaNotFoundError",
    "LexiconError",
    "NotFittedScaleError",
    "OutOfCoreThemeModel",
    "ScaleError",
    "SparkUnavailableError",
    "TextInputError",
    "UnknownEngineError",
    "make_theme_model",
]
