"""Theme lexicons for the scale engines: the in-memory model's loader, with scale errors.

:mod:`afgresearch.themes` owns the lexicon files and their reader; the out-of-core and Spark
engines read lexicons through it, so every engine is seeded from the same terms, and a lexicon
that cannot be used raises :class:`afgresearch.scale.errors.LexiconError`.

Example
-------
>>> resolve_lexicons({"trade": ["exports", "tariffs"]})
{'trade': ['exports', 'tariffs']}
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from afgresearch.scale.errors import LexiconError
from afgresearch.themes.lexicons import load_lexicons, load_weak_terms


def resolve_lexicons(
    lexicons: str | Path | Mapping[str, Any] | None = "default",
) -> dict[str, list[str]]:
    """Return ``{theme: [terms]}`` for a lexicon set name, a file, or a mapping.

    Parameters
    ----------
    lexicons : str, Path, mapping or None
        As :func:`afgresearch.themes.load_lexicons` (None: the default set).

    Returns
    -------
    dict
        Theme name -> list of lower-cased terms (weak ones included), in the order given.

    Example
    -------
    >>> sorted(resolve_lexicons({"a": ["x"], "b": ["y"]}))
    ['a', 'b']
    """
    try:
        return load_lexicons("default" if lexicons is None else lexicons)
    except Exception as exc:
        raise LexiconError(f"lexicons {lexicons!s}: {exc}") from exc


def resolve_weak_terms(
    lexicons: str | Path | Mapping[str, Any] | None = "default",
) -> dict[str, list[str]]:
    """Return ``{theme: [weak terms]}`` for the same sources as :func:`resolve_lexicons`.

    Weak terms are those a theme lists under ``weak`` (see
    :func:`afgresearch.themes.load_weak_terms`); themes without them map to an empty list.

    Example
    -------
    >>> resolve_weak_terms({"trade": {"terms": ["exports"], "weak": ["Market"]}, "aid": ["food"]})
    {'trade': ['market'], 'aid': []}
    """
    try:
        return load_weak_terms("default" if lexicons is None else lexicons)
    except Exception as exc:
        raise LexiconError(f"lexicons: {exc}") from exc
