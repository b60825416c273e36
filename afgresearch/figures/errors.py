"""Exceptions raised by :mod:`afgresearch.figures`.

Example
-------
>>> issubclass(FigureNameError, FigureError)
True
"""

from __future__ import annotations

from afgresearch.errors import AfgResearchError, TableContractError


class FigureError(AfgResearchError):
    """Base class for every error raised while drawing or saving figures."""


class FigureNameError(FigureError, ValueError):
    """A figure name is empty, contains a path separator or other unsafe characters."""


class FigureFormatError(FigureError, ValueError):
    """A requested file format is not one that can be saved deterministically."""


class FigureTableError(FigureError, TableContractError):
    """A table handed to a figure function is not a DataFrame or lacks needed columns."""
