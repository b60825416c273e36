"""Exceptions raised by :mod:`afgresearch.brief`.

Example
-------
>>> issubclass(BriefTableError, BriefError)
True
"""

from __future__ import annotations

from afgresearch.errors import AfgResearchError, TableContractError


class BriefError(AfgResearchError):
    """Base class for every error raised while writing or checking the brief."""


class BriefTableError(BriefError, TableContractError):
    """A table handed to the brief is not a DataFrame or lacks the columns the brief reads."""


class CorpusRootError(BriefError, FileNotFoundError):
    """The corpus folder given for citation checks does not exist or is not a folder."""


class PreviousRunError(BriefError, FileNotFoundError):
    """The previous run folder is missing or holds no readable tables."""


class BriefOutputError(BriefError, OSError):
    """The brief could not be written to the output folder."""


class CitationCheckError(BriefError, ValueError):
    """The written brief cites lines that do not exist or do not hold what is quoted."""
