"""afgresearch: reproducible research briefs on Afghanistan from news dumps.

The public API is importable from the package root; submodules load on first use so that
``import afgresearch`` stays fast.

Example
-------
>>> import afgresearch
>>> callable(afgresearch.load_corpus)
True
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

# public name -> module that defines it (each stage adds its entry points here)
_EXPORTS: dict[str, str] = {
    "load_corpus": "afgresearch.corpus",
    "iter_corpus": "afgresearch.corpus",
    "Corpus": "afgresearch.corpus",
    "CorpusError": "afgresearch.corpus",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'afgresearch' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
