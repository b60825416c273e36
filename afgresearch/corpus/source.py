"""The one reader of corpus text: decode a file and number its lines as ``grep -n`` does.

Every stage that names a ``source_file:line`` (text and HTML parsing, the brief's citation
check) reads files through :func:`read_source` or splits decoded text with
:func:`split_lines`, so a line number means the same thing everywhere.

A line ends at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (old Mac files). Every other character
that Unicode or Python's :meth:`str.splitlines` treats as a break (U+2028 LINE SEPARATOR,
U+2029 PARAGRAPH SEPARATOR, form feed ``\\x0c``, vertical tab ``\\x0b``, NEL ``\\x85``, the
file/group/record separators ``\\x1c``-``\\x1e``) stays inside its line, exactly as ``grep -n``,
``sed -n Np``, editors and GitHub count. A final line end does not open an empty last line.

Example
-------
>>> split_lines("one\\r\\ntwo\\u2028still two\\rthree\\n")
['one', 'two\\u2028still two', 'three']
>>> split_lines("a\\n\\nb")
['a', '', 'b']
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from afgresearch.corpus.decode import DEFAULT_MAX_BYTES, decode_bytes, read_bytes

#: what ends a line: ``\r\n``, ``\n`` or a lone ``\r``; nothing else
LINE_END = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Return the lines of decoded ``text`` without their line ends (see the module rules).

    Example
    -------
    >>> split_lines("x\\x0cy\\x85z\\n")
    ['x\\x0cy\\x85z']
    >>> split_lines("")
    []
    """
    lines = LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def blank_long_lines(text: str, limit: int) -> tuple[str, list[tuple[int, int]]]:
    r"""``text`` with every line longer than ``limit`` characters emptied (its line end kept, so
    every other line keeps its number), and the ``(line, length)`` of each line emptied.

    A line of hundreds of thousands of characters is no line of text (a file with its line ends
    lost, a data blob): it is not read, and reading the rest costs what its length would not.

    Example
    -------
    >>> blank_long_lines("Title\n" + "x" * 12 + "\r\nBody.\n", 10)
    ('Title\n\r\nBody.\n', [(2, 12)])
    """
    if len(text) <= limit:
        return text, []
    parts = re.split(f"({LINE_END.pattern})", text)
    long = [(k + 1, len(p)) for k, p in enumerate(parts[::2]) if len(p) > limit]
    if not long:
        return text, []
    for line, _ in long:
        parts[2 * (line - 1)] = ""
    return "".join(parts), long


@dataclass(frozen=True)
class SourceText:
    """A decoded source file and its numbered lines.

    Attributes
    ----------
    name : the file's name as it is cited (its path relative to the corpus root).
    text : the decoded text (byte-order mark removed).
    lines : the lines, ``lines[n - 1]`` being line ``n``.

    Example
    -------
    >>> src = SourceText.from_text("a.txt", "Title\\n\\nBody.\\n")
    >>> src.line(3), len(src)
    ('Body.', 3)
    """

    name: str
    text: str
    lines: tuple[str, ...]

    @classmethod
    def from_text(cls, name: str, text: str) -> SourceText:
        """Number the lines of already decoded ``text``."""
        return cls(name, text, tuple(split_lines(text)))

    def line(self, number: int) -> str:
        """Return 1-based line ``number``; :class:`IndexError` outside the file."""
        if not 1 <= number <= len(self.lines):
            raise IndexError(f"{self.name}: line {number} does not exist ({len(self)} lines)")
        return self.lines[number - 1]

    def __len__(self) -> int:
        return len(self.lines)


def read_source(
    path: str | os.PathLike[str], name: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> SourceText:
    """Read, decode and number the lines of one source file.

    Parameters
    ----------
    path : the file.
    name : how the file is cited (default: ``path`` as given).
    max_bytes : larger files are refused unread.

    Returns
    -------
    The :class:`SourceText`. Raises a :class:`afgresearch.corpus.errors.RejectError` subclass
    (too large, unreadable, binary, empty, undecodable) whose message gives the reason.

    Example
    -------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b"One\\r\\nTwo\\xe2\\x80\\xa8two\\n")
    >>> read_source(p, "a.txt").lines
    ('One', 'Two\\u2028two')
    """
    label = name if name is not None else str(path)
    return SourceText.from_text(label, decode_bytes(read_bytes(Path(path), max_bytes), label))
