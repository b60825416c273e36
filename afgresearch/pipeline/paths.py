"""Where a notebook reads and writes, under papermill and interactively.

Under the pipeline, papermill passes absolute paths. Opened in JupyterLab or run by nbval (kernel
working directory ``notebooks/``), the notebooks keep their defaults (empty strings), and these
helpers resolve them against the project root: the corpus ``seeds/`` and the run folder
``outputs/interactive/`` (ignored by git).

Example
-------
>>> paths = step_paths("", "")  # doctest: +SKIP
>>> paths.run_dir.name  # doctest: +SKIP
'interactive'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

INTERACTIVE_RUN = Path("outputs") / "interactive"
DEFAULT_CORPUS = Path("seeds")


def find_project_root(start: str | Path | None = None) -> Path:
    """Return the nearest folder at or above ``start`` (default: cwd) holding ``pyproject.toml``
    and ``notebooks/``; failing that, the checkout the package is installed from, then ``start``.

    Example
    -------
    >>> (find_project_root() / "pyproject.toml").exists()  # doctest: +SKIP
    True
    """
    here = Path(start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "pyproject.toml").is_file() and (folder / "notebooks").is_dir():
            return folder
    package_root = Path(__file__).resolve().parents[2]
    if (package_root / "pyproject.toml").is_file():
        return package_root
    return here


@dataclass(frozen=True)
class StepPaths:
    """Resolved paths for one notebook step."""

    root: Path
    run_dir: Path
    corpus: Path
    previous_run_dir: Path | None
    tables: Path
    figures: Path


def step_paths(run_dir: str = "", corpus: str = "", previous_run_dir: str = "") -> StepPaths:
    """Resolve a notebook's path parameters; empty strings take the interactive defaults.

    Parameters
    ----------
    run_dir : run folder (empty: ``<root>/outputs/interactive``); created if missing.
    corpus : corpus folder or file (empty: ``<root>/seeds``).
    previous_run_dir : an earlier complete run to compare with (empty: none).

    Returns
    -------
    StepPaths with absolute ``run_dir``, ``corpus``, ``tables`` and ``figures`` folders.
    """
    root = find_project_root()
    run = Path(run_dir) if run_dir else root / INTERACTIVE_RUN
    if not run.is_absolute():
        run = root / run
    src = Path(corpus) if corpus else root / DEFAULT_CORPUS
    if not src.is_absolute():
        src = root / src
    prev = Path(previous_run_dir) if previous_run_dir else None
    (run / "tables").mkdir(parents=True, exist_ok=True)
    (run / "figures").mkdir(parents=True, exist_ok=True)
    return StepPaths(
        root=root,
        run_dir=run,
        corpus=src,
        previous_run_dir=prev if prev and prev.is_dir() else None,
        tables=run / "tables",
        figures=run / "figures",
    )
