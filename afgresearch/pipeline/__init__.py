"""The report pipeline: one parameter schema, papermill runs of the numbered notebooks in one
shared kernel (restarted once it has grown large), and atomic run folders.

Example
-------
>>> from afgresearch.pipeline import validate_params
>>> validate_params({"engine": "spark"})["engine"]
'spark'
"""

from __future__ import annotations

from afgresearch.pipeline.errors import (
    NotebookCellError,
    NotebookError,
    OutputFolderError,
    ParameterError,
    ParameterFileError,
    PipelineError,
    RunInterrupted,
)
from afgresearch.pipeline.params import (
    PARAMETERS,
    SCHEMA,
    Param,
    defaults,
    load_params_file,
    validate_params,
)
from afgresearch.pipeline.paths import find_project_root, step_paths
from afgresearch.pipeline.run import RunResult, latest_run, run_report
from afgresearch.pipeline.tables import TableError, read_table, write_table, write_tables

__all__ = [
    "PARAMETERS",
    "SCHEMA",
    "NotebookCellError",
    "NotebookError",
    "OutputFolderError",
    "Param",
    "ParameterError",
    "ParameterFileError",
    "PipelineError",
    "RunInterrupted",
    "RunResult",
    "TableError",
    "defaults",
    "find_project_root",
    "latest_run",
    "load_params_file",
    "read_table",
    "run_report",
    "step_paths",
    "validate_params",
    "write_table",
    "write_tables",
]
