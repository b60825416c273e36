"""A kernel that has grown past ``recycle_mb`` is a new process for the next notebook; one
below it keeps running with its namespace cleared."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from afgresearch.pipeline.execute import SharedKernel

BODY = (
    "import os\n"
    "from pathlib import Path\n"
    "seen = 'kept' if 'mark' in dir() else 'clean'\n"
    "mark = 1\n"
    "Path(run_dir, name).write_text(f'{os.getpid()} {seen}')"
)


def _notebook(path: Path) -> Path:
    nb = nbformat.v4.new_notebook()
    params = nbformat.v4.new_code_cell('run_dir: str = ""\nname: str = ""\n')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [params, nbformat.v4.new_code_cell(BODY)]
    nb.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(nb, str(path))
    return path


@pytest.mark.parametrize(("recycle_mb", "same_process"), [(0.0, False), (1e9, True)])
def test_a_grown_kernel_is_restarted_and_a_small_one_kept(
    tmp_path: Path, recycle_mb: float, same_process: bool
) -> None:
    book = _notebook(tmp_path / "nb.ipynb")
    with SharedKernel(cwd=tmp_path, recycle_mb=recycle_mb) as kernel:
        for name in ("a", "b"):
            kernel.run(book, tmp_path / f"{name}.ipynb", {"run_dir": str(tmp_path), "name": name})
        restarts = kernel.restarts
    (pid_a, seen_a), (pid_b, seen_b) = ((tmp_path / n).read_text().split() for n in "ab")
    assert (pid_a == pid_b) is same_process and restarts == (0 if same_process else 1)
    assert seen_a == seen_b == "clean"  # the namespace is cleared either way
