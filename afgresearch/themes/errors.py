"""Errors raised by the theme model, one class per failure kind.

Example
-------
>>> issubclass(LexiconError, ThemeError)
True
"""

from __future__ import annotations

from sklearn.exceptions import NotFittedError

from afgresearch.errors import AfgResearchError, TableContractError


class ThemeError(AfgResearchError):
    """Base class of every error raised by :mod:`afgresearch.themes`."""


class LexiconError(ThemeError, ValueError):
    """A lexicon set cannot be found, read or used (the message names the file and theme)."""


class ThemeInputError(ThemeError, ValueError):
    """Texts or tables handed to the theme model are unusable (the message says why)."""


class ThemeTableError(ThemeInputError, TableContractError):
    """A table handed to the theme stage breaks its contract (names table, column, reason)."""


class ThemeNotFittedError(ThemeError, NotFittedError):
    """A fitted attribute was asked of a model that has not been fitted."""
