"""Errors raised by the scale engines (out-of-core and Spark).

Example
-------
>>> issubclass(JavaNotFoundError, ScaleError)
True
"""

from __future__ import annotations

from sklearn.exceptions import NotFittedError

from afgresearch.errors import AfgResearchError


class ScaleError(AfgResearchError):
    """Base class for every error raised by :mod:`afgresearch.scale`."""


class UnknownEngineError(ScaleError, ValueError):
    """An engine name that is not one of ``pandas``, ``ooc`` or ``spark``."""


class EngineParameterError(ScaleError, TypeError):
    """Parameters the chosen engine's model does not accept."""


class EngineUnavailableError(ScaleError, ImportError):
    """The engine's implementation or optional dependency cannot be imported."""


class JavaNotFoundError(ScaleError, RuntimeError):
    """No Java runtime (17 or newer) was found for Spark."""


class SparkUnavailableError(EngineUnavailableError):
    """pyspark is not installed."""


class TextInputError(ScaleError, TypeError):
    """Input that is not text, a chunk of texts or an iterable of chunks."""


class LexiconError(ScaleError, ValueError):
    """A theme lexicon that cannot be read or has no usable terms."""


class NotFittedScaleError(ScaleError, NotFittedError):
    """A model used before ``fit``."""
