"""Hard wrapping: the width a plain-text file was wrapped at, and which lines wrap onto the next.

E-mail digests and plain-text newsletters are wrapped at a fixed width (66-80 columns) by a
greedy wrapper: a word moves to the next line only when it does not fit on this one. So a line
*wraps onto* the next when the next line's first word would not have fitted after it. That test
reads layout only, and it holds for headlines, datelines and date-bearing lead sentences as much
as for body text, which line patterns alone cannot tell apart from header lines.

Example
-------
>>> raw = ["Officials said the talks with the delegation would resume next month", "in Doha.",
...        "Geneva, 30 June 2025 - The agency said returns had doubled since", "April."]
>>> width = wrap_width(raw, min_lines=1)
>>> width, wraps_onto(raw, 2, width), wraps_onto(raw, 1, width)
(68, True, False)
"""

from __future__ import annotations

#: lines whose next line carries on in lower case needed before a file counts as hard-wrapped
WRAP_EVIDENCE_MIN_LINES = 5
#: a wrapped file's lines are at least this long (shorter widths are columns or lists)
WRAP_MIN_WIDTH = 40


def _first_word(line: str) -> str:
    words = line.split()
    return words[0] if words else ""


def wrap_width(raw: list[str], min_lines: int = WRAP_EVIDENCE_MIN_LINES) -> int | None:
    """The width ``raw`` was hard-wrapped at, or ``None`` when it was not.

    The width is the longest line among those plainly wrapped (the next line carries on in lower
    case; a line ending in a web address broken by hand is not one); at least ``min_lines`` of
    them are needed.

    Example
    -------
    >>> wrap_width(["One paragraph per line.", "Another one."]) is None
    True
    """
    lengths = [
        len(line.rstrip())
        for line, nxt in zip(raw, raw[1:], strict=False)
        # an address broken by hand runs past the width: it is not wrapped text
        if line.strip() and nxt.strip()[:1].islower() and "/" not in line.split()[-1]
    ]
    if len(lengths) < min_lines or max(lengths) < WRAP_MIN_WIDTH:
        return None
    return max(lengths)


def wraps_onto(raw: list[str], i: int, width: int | None) -> bool:
    """True when line ``i`` (0-based) was wrapped onto line ``i + 1`` at ``width``: both hold
    text and the next line's first word would not have fitted at the end of line ``i``.

    Example
    -------
    >>> raw = ["Record 256 Afghan families return from Iran as the agency warns of a", "shortfall"]
    >>> wraps_onto(raw, 0, 72), wraps_onto(["Talks resume", "Reuters"], 0, 72)
    (True, False)
    """
    if width is None or not 0 <= i < len(raw) - 1:
        return False
    here, nxt = raw[i].rstrip(), raw[i + 1].strip()
    if not here.strip() or not nxt:
        return False
    return len(here) + 1 + len(_first_word(nxt)) > width
