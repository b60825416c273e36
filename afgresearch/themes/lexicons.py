"""Theme lexicons: editable YAML files of general theme vocabulary.

A lexicon set maps a theme name to a list of lower-case words or short phrases. Sets ship
as package data (``afgresearch/data/lexicons/<name>.yaml``); a user's own YAML or JSON file,
or a plain mapping, works the same way. A file may hold ``themes: {name: [terms]}`` (with
optional ``name``, ``description`` and ``include: <other set>``) or just ``{name: [terms]}``.

A theme may instead be a mapping ``{terms: [...], weak: [...]}``: weak terms are common words
that point to the theme only in its company ('talks', 'meeting', 'women', 'returned'). Each
counts as half a term (:data:`WEAK_WEIGHT`), so one weak term alone is no evidence for the
theme; two of them, or one with a full term, are (see :mod:`afgresearch.themes.assign`).
:func:`load_lexicons` gives every term of a theme, full terms first;
:func:`load_weak_terms` the weak ones.

Example
-------
>>> lex = load_lexicons("default")
>>> sorted(lex)
['diplomacy', 'migration', 'rights']
>>> "refugees" in lex["migration"]
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from afgresearch.themes.errors import LexiconError
from afgresearch.themes.lexicon_sets import SUFFIXES, available_lexicons, package_lexicon_file

OTHER = "other"
_THEME_NAME = re.compile(r"^[a-z][a-z0-9_\-]*$")
#: evidence a weak term gives, against 1 for a full term
WEAK_WEIGHT = 0.5

LexiconSource = str | Path | Mapping[str, Any] | None


def _read_file(path: Path) -> Any:
    if not path.is_file():
        raise LexiconError(f"lexicon file {path} does not exist")
    try:
        stat = path.stat()
    except OSError as exc:
        raise LexiconError(f"lexicon file {path} cannot be read: {exc}") from exc
    # a fit reads its lexicons more than once and diagnostics refit many times: parse each
    # version of a file once (an edited file has a new modification time or size)
    return _parse_file(str(path.resolve()), stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _parse_file(path_name: str, mtime_ns: int, size: int) -> Any:
    path = Path(path_name)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LexiconError(f"lexicon file {path} cannot be read: {exc}") from exc
    try:
        if path.suffix.lower() == ".json":
            return json.loads(text)
        return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (ValueError, yaml.YAMLError) as exc:
        raise LexiconError(f"lexicon file {path} is not valid {path.suffix[1:]}: {exc}") from exc


def _clean_terms(theme: str, terms: Any, origin: str) -> list[str]:
    if isinstance(terms, str) or not isinstance(terms, list | tuple):
        raise LexiconError(
            f"lexicon {origin}, theme {theme!r}: terms must be a list of strings, "
            f"got {type(terms).__name__}"
        )
    out: list[str] = []
    for term in terms:
        if not isinstance(term, str):
            raise LexiconError(f"lexicon {origin}, theme {theme!r}: term {term!r} is not a string")
        clean = " ".join(term.lower().split())
        if clean and clean not in out:
            out.append(clean)
    if not out:
        raise LexiconError(f"lexicon {origin}, theme {theme!r}: no terms")
    return out


def _theme_terms(theme: str, entry: Any, origin: str) -> tuple[list[str], list[str]]:
    """Full and weak terms of one theme entry: a list, or ``{terms: [...], weak: [...]}``."""
    if not isinstance(entry, Mapping):
        return _clean_terms(theme, entry, origin), []
    unknown = sorted(str(k) for k in entry if k not in ("terms", "weak"))
    if unknown:
        raise LexiconError(
            f"lexicon {origin}, theme {theme!r}: unknown keys {', '.join(unknown)} "
            "(a theme holds a list of terms, or 'terms' and 'weak' lists)"
        )
    full = _clean_terms(theme, entry["terms"], origin) if entry.get("terms") else []
    weak = _clean_terms(theme, entry["weak"], origin) if entry.get("weak") else []
    weak = [t for t in weak if t not in full]
    if not full:
        raise LexiconError(
            f"lexicon {origin}, theme {theme!r}: no terms (weak terms alone cannot mark a theme)"
        )
    return full, weak


Parsed = dict[str, tuple[list[str], list[str]]]  # theme -> (full terms, weak terms)


def _from_mapping(data: Any, origin: str, seen: tuple[str, ...]) -> Parsed:
    if not isinstance(data, Mapping):
        raise LexiconError(
            f"lexicon {origin}: expected a mapping of theme -> terms, got {type(data).__name__}"
        )
    result: Parsed = {}
    if "themes" in data:
        include = data.get("include")
        if include is not None:
            if not isinstance(include, str):
                raise LexiconError(f"lexicon {origin}: 'include' must name one lexicon set")
            if include in seen:
                raise LexiconError(f"lexicon {origin}: include cycle through {include!r}")
            result.update(_load(include, seen + (include,)))
        themes = data["themes"]
        if not isinstance(themes, Mapping):
            raise LexiconError(f"lexicon {origin}: 'themes' must be a mapping of theme -> terms")
    else:
        themes = data
    for theme, terms in themes.items():
        name = str(theme).strip().lower()
        if not _THEME_NAME.match(name):
            raise LexiconError(
                f"lexicon {origin}: theme name {theme!r} must start with a letter and hold "
                "only letters, digits, '_' or '-'"
            )
        if name == OTHER:
            raise LexiconError(f"lexicon {origin}: {OTHER!r} is reserved for unmatched text")
        result[name] = _theme_terms(name, terms, origin)
    if not result:
        raise LexiconError(f"lexicon {origin}: no themes")
    return result


def _load(source: LexiconSource, seen: tuple[str, ...]) -> Parsed:
    if source is None:
        source = "default"
    if isinstance(source, Mapping):
        return _from_mapping(source, "mapping", seen)
    if not isinstance(source, str | Path):
        raise LexiconError(
            f"lexicons must be a set name, a file path or a mapping, got {type(source).__name__}"
        )
    path = Path(source)
    if path.suffix.lower() in SUFFIXES or path.exists():
        return _from_mapping(_read_file(path), str(path), seen)
    packaged = package_lexicon_file(str(source))
    if packaged is None:
        raise LexiconError(
            f"unknown lexicon set {str(source)!r}: not a file and not one of {available_lexicons()}"
        )
    return _from_mapping(_read_file(packaged), f"{source} ({packaged.name})", seen)


def load_lexicons(source: LexiconSource = "default") -> dict[str, list[str]]:
    """Load a lexicon set by package name, file path (YAML/JSON) or mapping.

    Parameters
    ----------
    source : str, Path, mapping or None
        ``"default"`` (None means the same), another shipped set name (see
        :func:`available_lexicons`), a path to a ``.yaml``/``.yml``/``.json`` file, or a
        mapping ``{theme: [terms]}`` (or ``{theme: {"terms": [...], "weak": [...]}}``).

    Returns
    -------
    dict
        Theme name -> lower-cased, whitespace-normalised, de-duplicated terms, in file order
        (full terms, then weak ones).

    Raises
    ------
    LexiconError
        Unknown set, missing or unreadable file, bad structure, empty theme, or a theme
        called ``other``; the message names the file and the theme.

    Example
    -------
    >>> load_lexicons({"Trade": ["Exports", "imports"]})
    {'trade': ['exports', 'imports']}
    >>> load_lexicons({"trade": {"terms": ["exports"], "weak": ["market"]}})
    {'trade': ['exports', 'market']}
    """
    return {theme: full + weak for theme, (full, weak) in _load(source, ()).items()}


def load_weak_terms(source: LexiconSource = "default") -> dict[str, list[str]]:
    """The weak terms of each theme of a lexicon set (empty lists where it has none).

    Parameters
    ----------
    source : as for :func:`load_lexicons`

    Returns
    -------
    dict
        Theme name -> weak terms, in file order.

    Example
    -------
    >>> load_weak_terms({"trade": {"terms": ["exports"], "weak": ["market"]}, "aid": ["food"]})
    {'trade': ['market'], 'aid': []}
    """
    return {theme: weak for theme, (_, weak) in _load(source, ()).items()}
