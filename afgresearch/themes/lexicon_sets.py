"""The lexicon sets shipped with the package (``afgresearch/data/lexicons/<name>.yaml``):
their names and files, with no dependency beyond the standard library, so that a parameter
naming a set can be checked before anything heavy is imported.

Example
-------
>>> "default" in available_lexicons()
True
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

#: the file suffixes a lexicon file may have
SUFFIXES = (".yaml", ".yml", ".json")


def _root() -> Traversable:
    return resources.files("afgresearch") / "data" / "lexicons"


def available_lexicons() -> list[str]:
    """Return the names of the lexicon sets shipped with the package, sorted.

    Example
    -------
    >>> "default" in available_lexicons()
    True
    """
    return sorted(p.name.rsplit(".", 1)[0] for p in _root().iterdir() if p.name.endswith(SUFFIXES))


def package_lexicon_file(name: str) -> Path | None:
    """The file of the shipped lexicon set ``name``; None when there is none.

    Example
    -------
    >>> package_lexicon_file("default").name
    'default.yaml'
    """
    root = _root()
    for suffix in SUFFIXES:
        candidate = root / f"{name}{suffix}"
        if candidate.is_file():
            return Path(str(candidate))
    return None
