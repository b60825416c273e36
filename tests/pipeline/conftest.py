"""Fixtures: tiny corpora and throwaway notebooks for exercising run mechanics."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest


def make_notebook(
    path: Path, body: list[str], params: str = 'run_dir: str = ""  # run folder\n'
) -> Path:
    """Write a notebook with a ``parameters`` cell then one code cell per ``body`` entry."""
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(params)
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell] + [nbformat.v4.new_code_cell(src) for src in body]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, str(path))
    return path


WRITE_BRIEF = (
    "from pathlib import Path\n"
    "Path(run_dir, 'brief.md').write_text('# brief\\n')\n"
    "Path(run_dir, 'tables').mkdir(exist_ok=True)\n"
    "Path(run_dir, 'tables', 'x.csv').write_text('a\\n1\\n')"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Title\n\nKabul, 3 May: 1,200 families returned from Iran.\n", encoding="utf-8"
    )
    return folder


@pytest.fixture
def books(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "books"
    folder.mkdir()
    first = make_notebook(
        folder / "01_first.ipynb",
        [WRITE_BRIEF],
        params='run_dir: str = ""  # run folder\nn_clusters: int = 3  # clusters\n',
    )
    second = make_notebook(
        folder / "02_second.ipynb",
        ["from pathlib import Path\nassert Path(run_dir, 'brief.md').exists()\nprint(title)"],
        params='run_dir: str = ""  # run folder\ntitle: str = "t"  # title\n',
    )
    return [first, second]


@pytest.fixture
def notebook_factory():
    """``make_notebook(path, body, params)``, for tests that need their own notebooks."""
    return make_notebook
