"""Setext headings of Markdown dumps: a headline underlined with ``===`` or ``---``.

CommonMark writes a heading two ways: ``# Talks resume`` (ATX) or the text over a line of
``=`` (level 1) or ``-`` (level 2) signs (Setext), as pandoc and many digest tools export it.
The segmenter reads ATX headings; :func:`setext_headings` lets it read Setext ones the same way:
the heading line is read as ``# text`` (``## text`` under ``-``) and the underline leaves the
view with its named reason. Line numbers stay those of the dump.

The headings are found by a CommonMark parser (``markdown-it-py``), so an underline inside a
code block or list is no heading. Only a one-line heading that stands apart (a blank line or the
file's top above it) and does not end a sentence is taken: plain-text dumps that set a dashed
rule directly under the last sentence of a story keep reading it as a separator.

Example
-------
>>> f = setext_headings(["Ministers meet in Doha", "======================", "", "Text one."])
>>> f.rewritten, f.dropped
({0: ['# Ministers meet in Doha']}, {1: 'setext underline'})
"""

from __future__ import annotations

import re
from functools import lru_cache

from markdown_it import MarkdownIt

from afgresearch.corpus.layouts import Frames

#: an underline: three or more '=' or '-' signs alone on the line
_UNDERLINE = re.compile(r"^ {0,3}(?:={3,}|-{3,})\s*$")
#: a sentence end closing the text (a dashed rule under a story's last sentence is a separator)
_SENTENCE_END = re.compile(r"[.!;:,]['\"’”)]?$")


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark")


def setext_headings(raw: list[str]) -> Frames:
    """Setext headings of ``raw`` read as ATX headings, their underlines dropped.

    Example
    -------
    >>> setext_headings(["Aid reaches Herat", "-----------------", "Text."]).rewritten
    {0: ['## Aid reaches Herat']}
    >>> setext_headings(["Officials met on Monday.", "-----", "Next story"]).rewritten
    {}
    """
    out = Frames()
    if not any(_UNDERLINE.match(line) for line in raw):
        return out
    tokens = _parser().parse("\n".join(raw))
    for tok in tokens:
        if tok.type != "heading_open" or tok.markup not in ("=", "-") or tok.map is None:
            continue
        first, end = tok.map
        under = end - 1
        text = raw[first].strip()
        if (
            under != first + 1  # a heading over one line only
            or not _UNDERLINE.match(raw[under])
            or (first > 0 and raw[first - 1].strip())
            or not text
            or _SENTENCE_END.search(text)
            or text.startswith((">", "#"))
        ):
            continue
        level = "#" if tok.markup == "=" else "##"
        out.rewritten[first] = [f"{level} {text}"]
        out.dropped[under] = "setext underline"
    return out
