"""The one schema of report parameters: name, type, default, range and help.

Every value that reaches a notebook passes through :func:`validate_params` first, so unknown
names, wrong types and values out of range are refused before any notebook starts, with a
message naming the parameter. Values from the command line arrive as strings and are parsed
strictly (``"3.5"`` is not an ``int``); values from YAML keep their YAML type.

Example
-------
>>> validate_params({"n_clusters": "6"})["n_clusters"]
6
>>> validate_params({"n_clusters": 99})
Traceback (most recent call last):
...
afgresearch.pipeline.errors.ParameterError: parameter 'n_clusters': 99 is above the maximum 40
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from afgresearch.pipeline.errors import ParameterError, ParameterFileError

_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
_TYPES = ("int", "float", "str", "bool", "choice", "path")


@dataclass(frozen=True)
class Param:
    """One run parameter.

    Parameters
    ----------
    name : identifier used on the command line (``-p NAME VALUE``) and in the notebooks.
    type : one of ``int``, ``float``, ``str``, ``bool``, ``choice``, ``path``.
    default : value used when the parameter is not given.
    help : one line shown by ``afgresearch report --help``.
    minimum, maximum : inclusive bounds for numbers; for ``str`` the length bounds.
    choices : allowed values for ``choice``.
    steps : the notebooks (by stem) that read it.
    """

    name: str
    type: str
    default: Any
    help: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    steps: tuple[str, ...] = ()

    def describe(self) -> str:
        """Return the type and range as shown in ``--help``, e.g. ``int 2..40``."""
        if self.type == "choice":
            return "|".join(self.choices)
        if self.minimum is not None or self.maximum is not None:
            lo = "" if self.minimum is None else _num(self.minimum)
            hi = "" if self.maximum is None else _num(self.maximum)
            unit = " chars" if self.type == "str" else ""
            return f"{self.type} {lo}..{hi}{unit}"
        return self.type


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


CORPUS, THEMES, EVIDENCE, BRIEF = "01_corpus", "02_themes", "03_evidence", "04_brief"

PARAMETERS: tuple[Param, ...] = (
    Param(
        "corpus", "path", "seeds", "folder (or file) holding the news dumps", steps=(CORPUS, BRIEF)
    ),
    Param(
        "engine",
        "choice",
        "pandas",
        "theme model engine: in-memory pandas, out-of-core (ooc) or Apache Spark",
        choices=("pandas", "ooc", "spark"),
        steps=(THEMES,),
    ),
    Param(
        "n_clusters",
        "int",
        0,
        "k-means clusters; 0: one per lexicon theme plus n_extra_clusters",
        0,
        40,
        steps=(THEMES,),
    ),
    Param(
        "n_extra_clusters",
        "int",
        2,
        "clusters left free to find what the lexicons do not cover (when n_clusters is 0)",
        0,
        20,
        steps=(THEMES,),
    ),
    Param(
        "lexicons",
        "str",
        "default",
        "theme lexicons: a set shipped with the package (default, extended) or a YAML/JSON file",
        1,
        4096,
        steps=(THEMES,),
    ),
    Param("random_state", "int", 0, "seed for every random step", 0, 2**32 - 1, steps=(THEMES,)),
    Param(
        "max_features",
        "int",
        0,
        "TF-IDF vocabulary size; 0: chosen from the corpus size",
        0,
        10_000_000,
        steps=(THEMES,),
    ),
    Param(
        "min_df",
        "int",
        0,
        "TF-IDF: drop terms in fewer paragraphs than this; 0: chosen from the corpus size",
        0,
        1000,
        steps=(THEMES,),
    ),
    Param(
        "max_df",
        "float",
        0.0,
        "TF-IDF: drop terms in more than this share of paragraphs; 0: chosen from the corpus size",
        0.0,
        1.0,
        steps=(THEMES,),
    ),
    Param(
        "ngram_max",
        "int",
        0,
        "TF-IDF: longest n-gram; 0: chosen from the corpus size",
        0,
        3,
        steps=(THEMES,),
    ),
    Param(
        "lsa_components",
        "int",
        0,
        "LSA (truncated SVD) dimensions before k-means; 0: no LSA step",
        0,
        1000,
        steps=(THEMES,),
    ),
    Param(
        "context_share",
        "float",
        0.5,
        "a paragraph without theme words takes its article's theme when this share of the"
        " article's other paragraphs carry it; 0: never",
        0.0,
        1.0,
        steps=(THEMES,),
    ),
    Param(
        "stability_seeds",
        "int",
        3,
        "refit with this many seeds to measure cluster stability (adjusted Rand); 0: skip",
        0,
        20,
        steps=(THEMES,),
    ),
    Param(
        "k_max",
        "int",
        10,
        "choice of k: inertia and silhouette for 2 to k_max clusters (in-memory engine); 0: skip",
        0,
        50,
        steps=(THEMES,),
    ),
    Param(
        "workers",
        "int",
        0,
        "processes reading claims, actors and events on a large corpus (same tables); 0: one per core",
        0,
        64,
        steps=(EVIDENCE,),
    ),
    Param(
        "examples_per_theme",
        "int",
        2,
        "example paragraphs quoted per theme in the brief",
        0,
        20,
        steps=(BRIEF,),
    ),
    Param(
        "max_claims", "int", 25, "claims listed in the brief's key figures", 0, 500, steps=(BRIEF,)
    ),
    Param(
        "title",
        "str",
        "Afghanistan: returns, diplomacy and rights",
        "the brief's title",
        1,
        200,
        steps=(BRIEF,),
    ),
)

SCHEMA: dict[str, Param] = {p.name: p for p in PARAMETERS}

for _p in PARAMETERS:  # the schema itself must be sound: checked once at import
    assert _NAME.match(_p.name) and _p.type in _TYPES, _p


def defaults() -> dict[str, Any]:
    """Return every parameter's default value.

    Example
    -------
    >>> defaults()["engine"]
    'pandas'
    """
    return {p.name: p.default for p in PARAMETERS}


def _coerce(param: Param, value: Any) -> Any:
    name = param.name
    if param.type == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in {
            "true",
            "yes",
            "1",
            "false",
            "no",
            "0",
        }:
            return value.strip().lower() in {"true", "yes", "1"}
        raise ParameterError(f"parameter {name!r}: expected true or false, got {value!r}")
    if param.type == "int":
        if isinstance(value, bool):
            raise ParameterError(f"parameter {name!r}: expected an integer, got {value!r}")
        if isinstance(value, int):
            out: Any = value
        elif isinstance(value, str) and re.fullmatch(r"\s*[-+]?\d+\s*", value):
            out = int(value)
        else:
            raise ParameterError(f"parameter {name!r}: expected an integer, got {value!r}")
    elif param.type == "float":
        if isinstance(value, bool):
            raise ParameterError(f"parameter {name!r}: expected a number, got {value!r}")
        try:
            out = float(value) if isinstance(value, int | float | str) else None
        except ValueError:
            out = None
        if out is None or not math.isfinite(out):
            raise ParameterError(f"parameter {name!r}: expected a finite number, got {value!r}")
    else:  # str, path, choice
        if not isinstance(value, str):
            raise ParameterError(
                f"parameter {name!r}: expected text, got {type(value).__name__} {value!r}"
            )
        if "\x00" in value or any(ord(ch) < 32 and ch not in "\t" for ch in value):
            raise ParameterError(f"parameter {name!r}: control characters are not allowed")
        out = value
        if param.type == "choice" and out not in param.choices:
            raise ParameterError(
                f"parameter {name!r}: {value!r} is not one of {', '.join(param.choices)}"
            )
        if param.type == "str":
            size = len(out)
            if param.minimum is not None and size < param.minimum:
                raise ParameterError(
                    f"parameter {name!r}: must be at least {_num(param.minimum)} characters"
                )
            if param.maximum is not None and size > param.maximum:
                raise ParameterError(
                    f"parameter {name!r}: must be at most {_num(param.maximum)} characters"
                )
        return out
    if param.name == "n_clusters" and out == 1:
        raise ParameterError(
            f"parameter {name!r}: 1 cluster cannot separate themes; use 0 or 2 and up"
        )
    if param.minimum is not None and out < param.minimum:
        raise ParameterError(
            f"parameter {name!r}: {value} is below the minimum {_num(param.minimum)}"
        )
    if param.maximum is not None and out > param.maximum:
        raise ParameterError(
            f"parameter {name!r}: {value} is above the maximum {_num(param.maximum)}"
        )
    return out


def validate_params(values: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Validate ``values`` against the schema and return every parameter, defaults filled in.

    Parameters
    ----------
    values : mapping of parameter name to value (strings are parsed by the parameter's type).

    Returns
    -------
    dict in schema order, each value of its declared Python type.

    Raises
    ------
    ParameterError naming the parameter: unknown name, wrong type or out of range.

    Example
    -------
    >>> validate_params({"engine": "spark", "max_df": "0.5"})["max_df"]
    0.5
    """
    values = dict(values or {})
    for name in values:
        if not isinstance(name, str) or name not in SCHEMA:
            hint = ", ".join(SCHEMA)
            raise ParameterError(f"unknown parameter {name!r}; known parameters: {hint}")
    out = defaults()
    for name, value in values.items():
        out[name] = _coerce(SCHEMA[name], value)
    return out


def load_params_file(path: str | Path) -> dict[str, Any]:
    """Read a YAML parameter file (``yaml.safe_load``): a mapping of parameter name to value.

    The values are not validated here; pass the result to :func:`validate_params`.

    Example
    -------
    >>> import tempfile, os
    >>> f = os.path.join(tempfile.mkdtemp(), "p.yaml")
    >>> _ = open(f, "w").write("n_clusters: 5\\n")
    >>> load_params_file(f)
    {'n_clusters': 5}
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ParameterFileError(f"parameter file {path}: cannot be read ({exc})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ParameterFileError(f"parameter file {path}: not valid YAML ({exc})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ParameterFileError(f"parameter file {path}: expected a mapping of names to values")
    return {str(k): v for k, v in data.items()}


def params_for_step(params: Mapping[str, Any], step: str) -> dict[str, Any]:
    """Return the validated parameters that notebook ``step`` reads (by its ``steps`` field).

    Example
    -------
    >>> sorted(params_for_step(defaults(), "04_brief"))
    ['corpus', 'examples_per_theme', 'max_claims', 'title']
    """
    return {name: params[name] for name, p in SCHEMA.items() if step in p.steps and name in params}


def help_text() -> str:
    """Return the parameter list for ``--help``: name, type and range, default, help.

    Example
    -------
    >>> "n_clusters" in help_text()
    True
    """
    lines = []
    for p in PARAMETERS:
        lines.append(f"  {p.name:<20} {p.describe():<16} default {p.default!r}\n      {p.help}")
    return "\n".join(lines)
