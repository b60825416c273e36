"""Keep the committed notebooks reviewable and their stored outputs current.

``python -m afgresearch.notebooks refresh`` re-executes ``notebooks/NN_*.ipynb`` in place, in
order, each in a fresh kernel whose working directory is ``notebooks/`` (as nbval runs them),
with their default parameters (the seeds), then strips volatile metadata.
``strip`` only strips; ``check`` exits non-zero if a notebook carries volatile metadata (for
CI or a pre-commit hook).

What is stripped: per-cell ``execution`` timing, papermill's per-cell and notebook metadata,
widget state, and the interpreter version in ``language_info``; outputs stay, since nbval
compares against them.

Example
-------
>>> import nbformat
>>> nb = nbformat.v4.new_notebook(metadata={"papermill": {"duration": 1.2}})
>>> strip_notebook(nb).metadata
{}
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

import nbformat

from afgresearch.atomic import atomic_write
from afgresearch.errors import AfgResearchError
from afgresearch.pipeline.execute import KERNEL_NAME
from afgresearch.pipeline.paths import find_project_root

VOLATILE_NOTEBOOK_KEYS = ("papermill", "widgets")
VOLATILE_CELL_KEYS = ("execution", "papermill", "ExecuteTime")


class NotebookToolError(AfgResearchError):
    """A notebook cannot be read, executed or written."""


def strip_notebook(nb: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Remove timing and run-specific metadata from ``nb`` in place and return it."""
    for key in VOLATILE_NOTEBOOK_KEYS:
        nb.metadata.pop(key, None)
    info = nb.metadata.get("language_info")
    if isinstance(info, dict):
        info.pop("version", None)
    for cell in nb.cells:
        for key in VOLATILE_CELL_KEYS:
            cell.metadata.pop(key, None)
        if cell.cell_type == "code":
            for output in cell.get("outputs", []):
                output.get("metadata", {}).pop("execution", None)
    return nb


def is_stripped(nb: nbformat.NotebookNode) -> bool:
    """True if ``nb`` carries none of the volatile metadata :func:`strip_notebook` removes."""
    if any(k in nb.metadata for k in VOLATILE_NOTEBOOK_KEYS):
        return False
    if "version" in nb.metadata.get("language_info", {}):
        return False
    return not any(k in c.metadata for c in nb.cells for k in VOLATILE_CELL_KEYS)


def _read(path: Path) -> nbformat.NotebookNode:
    try:
        return nbformat.read(str(path), as_version=4)
    except Exception as exc:  # nbformat raises several kinds for broken JSON or schema
        raise NotebookToolError(f"notebook {path}: cannot be read ({exc})") from None


def _write(nb: nbformat.NotebookNode, path: Path) -> None:
    with atomic_write(path, "w") as handle:
        nbformat.write(nb, handle)


def notebook_paths(folder: str | Path | None = None) -> list[Path]:
    """Return ``NN_*.ipynb`` in ``folder`` (default: the project's ``notebooks/``), in order."""
    folder = Path(folder) if folder else find_project_root() / "notebooks"
    return sorted(folder.glob("[0-9][0-9]_*.ipynb"))


def refresh(paths: Sequence[str | Path], timeout: int = 600) -> None:
    """Execute each notebook in place (fresh kernel, cwd = its folder) and strip it."""
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    for raw in paths:
        path = Path(raw).resolve()
        nb = _read(path)
        client = NotebookClient(
            nb,
            timeout=timeout,
            kernel_name=KERNEL_NAME,
            resources={"metadata": {"path": str(path.parent)}},
            record_timing=False,
        )
        try:
            client.execute()
        except CellExecutionError as exc:
            raise NotebookToolError(f"notebook {path.name}: a cell failed:\n{exc}") from None
        _write(strip_notebook(nb), path)
        print(f"refreshed {path.name}")


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``refresh``, ``strip`` or ``check`` [NOTEBOOK ...]."""
    parser = argparse.ArgumentParser(
        prog="python -m afgresearch.notebooks", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("action", choices=("refresh", "strip", "check"))
    parser.add_argument("notebooks", nargs="*", help="default: notebooks/NN_*.ipynb")
    args = parser.parse_args(argv)
    paths = [Path(p) for p in args.notebooks] or notebook_paths()
    try:
        if args.action == "refresh":
            refresh(paths)
        elif args.action == "strip":
            for path in paths:
                _write(strip_notebook(_read(path)), path)
        else:
            dirty = [str(p) for p in paths if not is_stripped(_read(p))]
            if dirty:
                print("volatile metadata in: " + ", ".join(dirty), file=sys.stderr)
                print("run: python -m afgresearch.notebooks strip", file=sys.stderr)
                return 1
    except NotebookToolError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
