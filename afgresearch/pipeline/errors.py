"""Exceptions raised by the report pipeline, one class per failure kind.

Example
-------
>>> issubclass(ParameterError, PipelineError)
True
"""

from __future__ import annotations

from afgresearch.errors import AfgResearchError


class PipelineError(AfgResearchError):
    """Base class for every error the report pipeline raises."""


class ParameterError(PipelineError, ValueError):
    """A run parameter is unknown, of the wrong type or out of range; names the parameter."""


class ParameterFileError(PipelineError):
    """A YAML parameter file cannot be read or does not hold a mapping of names to values."""


class OutputFolderError(PipelineError):
    """The output folder cannot be created or written, or a path would escape it."""


class NotebookError(PipelineError):
    """A notebook of the pipeline is missing or cannot be read."""


class NotebookCellError(PipelineError):
    """A notebook cell raised an exception; names the notebook, the cell and the exception.

    Attributes
    ----------
    notebook, cell_index, execution_count, ename, evalue, executed_path
    """

    def __init__(
        self,
        notebook: str,
        cell_index: int,
        execution_count: int | None,
        ename: str,
        evalue: str,
        executed_path: str,
    ) -> None:
        self.notebook = notebook
        self.cell_index = cell_index
        self.execution_count = execution_count
        self.ename = ename
        self.evalue = evalue
        self.executed_path = executed_path
        count = f" [{execution_count}]" if execution_count is not None else ""
        super().__init__(
            f"notebook {notebook} failed in cell {cell_index}{count}: {ename}: {evalue} "
            f"(executed notebook kept at {executed_path})"
        )


class RunInterrupted(PipelineError):
    """The run was stopped by a signal (SIGINT or SIGTERM) before it completed."""
