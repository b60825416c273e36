"""Theme lexicons for the scale engines.

The in-memory theme model (:mod:`afgresearch.themes`) owns the lexicon files; this module
delegates to its loader when one is available and otherwise reads a mapping, a JSON/YAML file
or a small built-in default, so that the out-of-core and Spark engines are seeded from the
same terms as the in-memory model.

Example
-------
>>> lex = resolve_lexicons({"trade": ["exports", "tariffs"]})
>>> lex
{'trade': ['exports', 'tariffs']}
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from afgresearch.scale.errors import LexiconError

# names under which afgresearch.themes may expose its loader (first found is used)
_THEMES_LOADERS: tuple[str, ...] = ("load_lexicons", "load_lexicon", "load_theme_lexicons")

# used only when afgresearch.themes offers no loader; the package lexicon files take precedence
_BUILTIN: dict[str, list[str]] = {
    "migration": [
        "refugee",
        "refugees",
        "migrant",
        "migrants",
        "deported",
        "deportation",
        "deportations",
        "returnees",
        "returned",
        "border",
        "asylum",
        "displaced",
        "camp",
        "camps",
        "documents",
        "undocumented",
        "expelled",
        "repatriation",
        "resettlement",
        "crossing",
    ],
    "diplomacy": [
        "envoy",
        "minister",
        "ministers",
        "foreign",
        "visit",
        "talks",
        "delegation",
        "recognition",
        "embassy",
        "diplomatic",
        "relations",
        "ambassador",
        "bilateral",
        "meeting",
        "cooperation",
        "agreement",
        "officials",
        "summit",
        "trade",
        "security",
    ],
    "rights": [
        "women",
        "girls",
        "rights",
        "education",
        "killed",
        "killings",
        "persecution",
        "humanitarian",
        "abuses",
        "violations",
        "detention",
        "torture",
        "ban",
        "schools",
        "university",
        "restrictions",
        "hunger",
        "aid",
        "suffering",
        "executions",
    ],
}


def _from_mapping(data: Any, origin: str) -> dict[str, list[str]]:
    if not isinstance(data, Mapping) or not data:
        raise LexiconError(f"lexicons from {origin}: expected a non-empty mapping theme -> terms")
    out: dict[str, list[str]] = {}
    for theme, terms in data.items():
        if isinstance(terms, Mapping):  # {"terms": [...], "weak": [...]} style entries
            terms = [*terms.get("terms", []), *terms.get("weak", [])]
        if isinstance(terms, str) or not isinstance(terms, list | tuple):
            raise LexiconError(f"lexicon {theme!r} from {origin}: expected a list of terms")
        clean = [str(t).strip().lower() for t in terms if str(t).strip()]
        if not clean:
            raise LexiconError(f"lexicon {theme!r} from {origin}: no terms")
        out[str(theme)] = clean
    return out


def _themes_loader() -> Any | None:
    try:
        themes = importlib.import_module("afgresearch.themes")
    except ImportError:
        return None
    for name in _THEMES_LOADERS:
        loader = getattr(themes, name, None)
        if callable(loader):
            return loader
    return None


def resolve_lexicons(
    lexicons: str | Path | Mapping[str, Any] | None = "default",
) -> dict[str, list[str]]:
    """Return ``{theme: [terms]}`` for a lexicon set name, a file, or a mapping.

    Parameters
    ----------
    lexicons : str, Path, mapping or None
        A mapping theme -> terms is used as given; a name or path goes to the loader of
        :mod:`afgresearch.themes` when it exists, else a JSON/YAML file is read, and
        ``"default"`` (or None) falls back to a small built-in set.

    Returns
    -------
    dict
        Theme name -> list of lower-cased terms, in the order given.

    Example
    -------
    >>> sorted(resolve_lexicons({"a": ["x"], "b": ["y"]}))
    ['a', 'b']
    """
    loader = _themes_loader()
    if isinstance(lexicons, Mapping) and loader is None:
        return _from_mapping(lexicons, "mapping")
    name = "default" if lexicons is None else lexicons
    if loader is not None:
        # the in-memory model's loader, so that every engine reads a lexicon alike
        origin = "mapping" if isinstance(name, Mapping) else f"{name!s}"
        try:
            return _from_mapping(loader(name), origin)
        except LexiconError:
            raise
        except Exception as exc:
            raise LexiconError(f"lexicons {origin}: {exc}") from exc
    path = Path(name)
    if path.suffix.lower() in {".json", ".yaml", ".yml"}:
        if not path.is_file():
            raise LexiconError(f"lexicon file {path} does not exist")
        try:
            text = path.read_text(encoding="utf-8")
            data = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
        except (OSError, ValueError, yaml.YAMLError) as exc:
            raise LexiconError(f"lexicon file {path} cannot be read: {exc}") from exc
        return _from_mapping(data, str(path))
    if str(name) == "default":
        return {k: list(v) for k, v in _BUILTIN.items()}
    raise LexiconError(
        f"unknown lexicon set {name!s}: give 'default', a .json/.yaml file or a mapping"
    )


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
        from afgresearch.themes.lexicons import load_weak_terms
    except ImportError:  # without the themes package there are no weak terms to read
        return {theme: [] for theme in resolve_lexicons(lexicons)}
    try:
        return load_weak_terms("default" if lexicons is None else lexicons)
    except Exception as exc:
        raise LexiconError(f"lexicons: {exc}") from exc
