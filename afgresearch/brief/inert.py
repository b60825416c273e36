"""Make arbitrary text inert in Markdown: no markup, links, emphasis, HTML or entities.

Article text is untrusted. :func:`md_inert` backslash-escapes every character that could
start Markdown or HTML syntax inline (CommonMark allows escaping any ASCII punctuation), and
the few block markers that only matter at the start of a line. :class:`Md` marks text that is
already Markdown (built by this package) so the template does not escape it twice.

Example
-------
>>> md_inert("<script>x</script> [a](javascript:b) | *c* &amp;")
'\\\\<script\\\\>x\\\\</script\\\\> \\\\[a\\\\](javascript:b) \\\\| \\\\*c\\\\* \\\\&amp;'
>>> md_unescape(md_inert("a|b_c")) == "a|b_c"
True
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]<>!|~&{}$])")
_BLOCK_START = re.compile(r"^([#>+=\-])")
_ORDERED_START = re.compile(r"^(\d{1,9})([.)])")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


class Md(str):
    """A string that is already safe Markdown (the template emits it unchanged).

    Example
    -------
    >>> isinstance(Md("**x**"), str)
    True
    """

    __slots__ = ()


def normalize_space(text: object) -> str:
    """Collapse every run of whitespace (newlines included) to one space and strip the ends.

    Control characters other than whitespace are dropped.

    Example
    -------
    >>> normalize_space(" a\\n\\t b\\u00a0c ")
    'a b c'
    """
    return " ".join(_CONTROL.sub("", str(text)).split())


def md_inert(text: object) -> str:
    """Return ``text`` as Markdown that renders as exactly that text, on one line.

    Parameters
    ----------
    text : object
        Any value; converted with ``str`` and whitespace-normalised (:func:`normalize_space`).

    Returns
    -------
    str
        Escaped text, safe inside a paragraph, list item or table cell.

    Example
    -------
    >>> md_inert("1. # not a heading")
    '1\\\\. # not a heading'
    >>> md_inert("- item")
    '\\\\- item'
    """
    escaped = _INLINE.sub(r"\\\1", normalize_space(text))
    escaped = _BLOCK_START.sub(r"\\\1", escaped)
    return _ORDERED_START.sub(r"\1\\\2", escaped)


def md_unescape(text: str) -> str:
    """Undo backslash escapes of ASCII punctuation (the inverse of :func:`md_inert`'s escaping).

    Example
    -------
    >>> md_unescape(r"a\\|b \\\\ c")
    'a|b \\\\ c'
    """
    return _UNESCAPE.sub(r"\1", text)
