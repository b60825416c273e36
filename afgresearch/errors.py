"""The root of every exception afgresearch raises, and the table-contract error.

Each stage keeps its own family (``CorpusError``, ``ThemeError``, ``ExtractError``,
``FigureError``, ``BriefError``, ``PipelineError``, ``ScaleError``); all of them derive from
:class:`AfgResearchError`, so ``except AfgResearchError`` catches anything the package raises
on purpose. This module imports nothing from the package: every stage may import it.

Example
-------
>>> from afgresearch.errors import AfgResearchError, TableContractError
>>> issubclass(TableContractError, AfgResearchError) and issubclass(TableContractError, ValueError)
True
"""

from __future__ import annotations


class AfgResearchError(Exception):
    """Base class of every error raised by afgresearch."""


class TableContractError(AfgResearchError, ValueError):
    """A table is not a DataFrame or breaks its contract; names the table, column and reason."""
