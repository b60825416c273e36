"""Pick the theme model for an engine name: ``pandas`` (in-memory), ``ooc`` or ``spark``.

Example
-------
>>> type(make_theme_model("ooc", n_extra_clusters=1)).__name__
'OutOfCoreThemeModel'
"""

from __future__ import annotations

import importlib
from typing import Any

from afgresearch.scale.errors import (
    EngineParameterError,
    EngineUnavailableError,
    UnknownEngineError,
)

# engine name -> (module, class)
ENGINES: dict[str, tuple[str, str]] = {
    "pandas": ("afgresearch.themes", "ThemeModel"),
    "ooc": ("afgresearch.scale.ooc", "OutOfCoreThemeModel"),
    "spark": ("afgresearch.scale.spark", "SparkThemeModel"),
}
_ALIASES = {"memory": "pandas", "in-memory": "pandas", "sklearn": "pandas", "out-of-core": "ooc"}


def make_theme_model(engine: str = "pandas", **params: Any) -> Any:
    """Return an unfitted theme model for ``engine`` built with ``params``.

    Parameters
    ----------
    engine : {"pandas", "ooc", "spark"}
        ``pandas``: the in-memory ``ThemeModel``; ``ooc``: :class:`OutOfCoreThemeModel`;
        ``spark``: :class:`afgresearch.scale.spark.SparkThemeModel` (needs pyspark and Java 17+,
        checked when it is fitted).
    **params
        Passed to the model's constructor.

    Returns
    -------
    estimator
        With ``fit``, ``predict``, ``labels_``, ``themes_``, ``cluster_names_``.

    Example
    -------
    >>> make_theme_model("cobol")
    Traceback (most recent call last):
    ...
    afgresearch.scale.errors.UnknownEngineError: unknown engine 'cobol'; choose one of: pandas, ooc, spark
    """
    if not isinstance(engine, str):
        raise UnknownEngineError(f"engine must be a string, got {type(engine).__name__}")
    key = _ALIASES.get(engine.strip().lower(), engine.strip().lower())
    if key not in ENGINES:
        raise UnknownEngineError(f"unknown engine {engine!r}; choose one of: {', '.join(ENGINES)}")
    module_name, class_name = ENGINES[key]
    try:
        cls = getattr(importlib.import_module(module_name), class_name)
    except ImportError as exc:
        raise EngineUnavailableError(
            f"engine {key!r} needs {module_name}.{class_name}, which cannot be imported: {exc}"
        ) from exc
    try:
        return cls(**params)
    except TypeError as exc:
        raise EngineParameterError(f"engine {key!r}: bad parameters: {exc}") from exc
