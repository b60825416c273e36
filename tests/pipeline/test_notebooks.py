"""The numbered notebooks: parameter cells that match the schema, and no timing noise."""

from __future__ import annotations

import ast
from pathlib import Path

import nbformat
import pytest

from afgresearch.notebooks import is_stripped, main, strip_notebook
from afgresearch.pipeline import SCHEMA
from afgresearch.pipeline.run import NOTEBOOKS_DIR, pipeline_notebooks

PIPELINE_ONLY = {"run_dir": "str", "previous_run_dir": "str"}  # supplied by run_report itself
PY_TYPE = {
    "int": "int",
    "float": "float",
    "str": "str",
    "path": "str",
    "choice": "str",
    "bool": "bool",
}
BOOKS = pipeline_notebooks(NOTEBOOKS_DIR)


def _parameters(book: Path) -> list[tuple[str, str, object, str]]:
    nb = nbformat.read(str(book), 4)
    cells = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(cells) == 1, f"{book.name}: exactly one cell tagged parameters"
    out = []
    for line in cells[0].source.splitlines()[1:]:  # first line: the "# parameters" heading
        code, _, comment = line.partition("#")
        node = ast.parse(code).body[0]
        assert isinstance(node, ast.AnnAssign), f"{book.name}: {line!r} is not annotated"
        assert comment.strip(), f"{book.name}: {line!r} has no comment"
        out.append(
            (node.target.id, ast.unparse(node.annotation), ast.literal_eval(node.value), comment)
        )
    return out


def test_the_four_steps_exist():
    assert [b.stem for b in BOOKS] == ["01_corpus", "02_themes", "03_evidence", "04_brief"]


@pytest.mark.parametrize("book", BOOKS, ids=lambda b: b.stem)
def test_parameter_cell_matches_schema(book: Path):
    declared = {name: (annotation, default) for name, annotation, default, _ in _parameters(book)}
    assert "run_dir" in declared
    for name, (annotation, default) in declared.items():
        if name in PIPELINE_ONLY:
            assert annotation == PIPELINE_ONLY[name] and default == ""
            continue
        assert name in SCHEMA, f"{book.name}: {name} is not in the parameter schema"
        param = SCHEMA[name]
        assert annotation == PY_TYPE[param.type], name
        if param.type != "path":  # paths default to "" = the project's default location
            assert default == param.default, (
                f"{book.name}: default of {name} differs from the schema"
            )
        assert book.stem in param.steps, f"{name} is read by {book.stem} but not listed for it"
    for name, param in SCHEMA.items():
        if book.stem in param.steps:
            assert name in declared, f"{book.name} does not declare {name}"


@pytest.mark.parametrize("book", BOOKS, ids=lambda b: b.stem)
def test_committed_notebooks_carry_no_timing_noise(book: Path):
    nb = nbformat.read(str(book), 4)
    assert is_stripped(nb)
    assert nb.metadata["kernelspec"]["name"] == "python3"


def test_strip_removes_volatile_metadata(tmp_path: Path):
    nb = nbformat.v4.new_notebook(
        metadata={
            "papermill": {"duration": 3.0},
            "language_info": {"name": "python", "version": "3.11.7"},
        }
    )
    cell = nbformat.v4.new_code_cell("1")
    cell.metadata["execution"] = {"iopub.status.busy": "2026-11-25T10:00:00Z"}
    cell.metadata["papermill"] = {"duration": 0.1}
    cell.metadata["tags"] = ["parameters"]
    nb.cells = [cell]
    assert not is_stripped(nb)
    path = tmp_path / "01_x.ipynb"
    nbformat.write(nb, str(path))
    assert main(["check", str(path)]) == 1
    assert main(["strip", str(path)]) == 0
    assert main(["check", str(path)]) == 0
    again = nbformat.read(str(path), 4)
    assert again.cells[0].metadata == {"tags": ["parameters"]} and "papermill" not in again.metadata
    assert strip_notebook(again) == again
