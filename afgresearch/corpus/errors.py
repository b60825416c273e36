"""Exceptions of the corpus stage.

Every failure that concerns one input file is a :class:`RejectError`; the loader turns it into a
row of ``Corpus.rejects`` (file and reason) and a logged warning, and goes on with the rest.
Errors about the request as a whole (no such path, nothing usable) are raised to the caller.

Example
-------
>>> issubclass(BinaryFileError, CorpusError)
True
"""

from __future__ import annotations

from afgresearch.errors import AfgResearchError


class CorpusError(AfgResearchError):
    """Base class of every error raised by :mod:`afgresearch.corpus`."""


class CorpusPathError(CorpusError):
    """A path given by the caller does not exist or cannot be used as a corpus root."""


class EmptyCorpusError(CorpusError):
    """Nothing usable remained: no file produced an article."""


class RejectError(CorpusError):
    """One input file cannot be used; ``str(exc)`` is the reason recorded in ``rejects``."""


class FileTooLargeError(RejectError):
    """The file is larger than the ``max_bytes`` limit."""


class UnreadableFileError(RejectError):
    """The file cannot be opened or read (permissions, I/O error)."""


class SymlinkOutsideError(RejectError):
    """A symbolic link points outside the corpus folder; it is not followed."""


class BrokenLinkError(UnreadableFileError):
    """A symbolic link whose target does not exist, or a loop of links."""


class SkippedFileError(RejectError):
    """A hidden file or folder, an editor's backup or lock file, or a system metadata file: not
    read, and listed so that nothing leaves the corpus unseen."""


class BinaryFileError(RejectError):
    """The file holds binary data (NUL bytes, a known binary signature, control characters)."""


class UndecodableError(RejectError):
    """The bytes are not text in any encoding that can be detected."""


class EmptyFileError(RejectError):
    """The file is empty or holds only whitespace."""


class LineTooLongError(RejectError):
    """A line of a text dump is longer than any line of text (``MAX_LINE_CHARS``)."""


class NoBodyError(RejectError):
    """The file holds no body paragraphs (only headlines, metadata or boilerplate)."""


class UnsupportedFormatError(RejectError):
    """The file extension is not one the corpus reader knows."""


class MissingColumnError(RejectError):
    """A table file (CSV, JSONL, Parquet) has no ``text`` column."""


class MalformedTableError(RejectError):
    """A table file cannot be parsed (bad quoting, invalid JSON, corrupt Parquet)."""


class ColumnTypeError(RejectError):
    """A table column has the wrong type (e.g. ``text`` holding integers)."""
