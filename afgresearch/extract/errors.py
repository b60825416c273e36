"""Exceptions raised by :mod:`afgresearch.extract`.

Every failure kind has its own class; all subclass :class:`ExtractError`, so callers can catch
the family at once.

Example
-------
>>> issubclass(InputTableError, ExtractError)
True
"""

from __future__ import annotations

from afgresearch.errors import AfgResearchError, TableContractError


class ExtractError(AfgResearchError):
    """Base class for every error raised while extracting evidence."""


class InputTableError(ExtractError, TableContractError):
    """An input table is not a DataFrame or lacks the columns extraction needs."""


class GazetteerError(ExtractError, ValueError):
    """A gazetteer file is missing, unreadable or malformed."""


class CameoPatternError(ExtractError, ValueError):
    """A CAMEO verb-pattern file is missing, unreadable or malformed."""
