"""The report pipeline: one parameter schema, papermill runs of the numbered notebooks in one
shared kernel (restarted once it has grown large), and atomic run folders.

Example
-------
>>> from afgresearch.pipeline import validate_params
>>> validate_params({"engine": "spark"})["engine"]
'spark'
"""

from __future__ import annotations

from afgresearch.lazy import lazy_exports

# public name -> the module that defines it, imported on first use
_EXPORTS: dict[str, str] = {
    "NotebookCellError": "afgresearch.pipeline.errors",
    "NotebookError": "afgresearch.pipeline.errors",
    "OutputFolderError": "afgresearch.pipeline.errors",
    "ParameterError": "afgresearch.pipeline.errors",
    "ParameterFileError": "afgresearch.pipeline.errors",
    "PipelineError": "afgresearch.pipeline.errors",
    "RunInterrupted": "afgresearch.pipeline.errors",
    "PARAMETERS": "afgresearch.pipeline.params",
    "SCHEMA": "afgresearch.pipeline.params",
    "Param": "afgresearch.pipeline.params",
    "defaults": "afgresearch.pipeline.params",
    "load_params_file": "afgresearch.pipeline.params",
    "validate_params": "afgresearch.pipeline.params",
    "find_project_root": "afgresearch.pipeline.paths",
    "step_paths": "afgresearch.pipeline.paths",
    "RunResult": "afgresearch.pipeline.run",
    "latest_run": "afgresearch.pipeline.run",
    "run_report": "afgresearch.pipeline.run",
    "TableError": "afgresearch.pipeline.tables",
    "read_table": "afgresearch.pipeline.tables",
    "table_counts": "afgresearch.pipeline.tables",
    "write_table": "afgresearch.pipeline.tables",
    "write_tables": "afgresearch.pipeline.tables",
}

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
    "table_counts",
    "validate_params",
    "write_table",
    "write_tables",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS)
