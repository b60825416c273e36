"""Dot-leader field blocks: the header fields of clipping, monitoring and press-review reports
written as a printed form writes them, the label and its value joined by a run of leader dots
(``Source ......... The Daily Ledger``, ``Date ........... 07/10/2023``) instead of a colon.

A block is a run of at least :data:`BLOCK_MIN_FIELDS` consecutive leader lines; a report holds
at least :data:`REPORT_MIN_BLOCKS` blocks, or one block naming both a source and a date. Each
block opens an article at the top of the run of lines holding it (an item line such as
``[#2] ────`` right above the fields) and tells its outlet (``Source``, ``Publication``,
``Outlet``, ``Media`` ...), its date (``Date``, ``Published`` ...) and its headline
(``Headline``, ``Title``); the block names the item's fields, so an item without a headline
field has no headline. The view reads the outlet as a ``Source:`` line and the date as a date
line; the other fields (``Section``, ``Length``, ``Tone``, ``Reach``) leave it as
``export field``.

Example
-------
>>> f = leader_fields(["Source ....... The Daily Ledger", "Date ......... 3 March 2025",
...     "Section ...... World", "", "Officials met in Doha."])
>>> f.starts, f.told[0], f.dropped
({0}, {'title': '', 'outlet': 'The Daily Ledger', 'published': '2025-03-03'}, {2: 'export field'})
"""

from __future__ import annotations

import re

from afgresearch.corpus import lines as L
from afgresearch.corpus.layouts import Frames

#: consecutive leader lines that make a field block
BLOCK_MIN_FIELDS = 2
#: blocks that make a report (one block will do where it names a source and a date)
REPORT_MIN_BLOCKS = 2

#: a label of at most three words, a run of leader dots (four or more, or ellipsis
#: characters: an ellipsis in a sentence is three dots), the value
_LEADER = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z/&-]*(?:[ ][A-Za-z/&-]+){0,2})\s*"
    r"(?:\.{4,}|…{2,}|(?:\s?·){4,})\s*:?\s*(?P<value>\S.*)?$"
)
OUTLET_LABELS = frozenset(
    {
        "source",
        "publication",
        "outlet",
        "publisher",
        "media",
        "medium",
        "newspaper",
        "site",
        "channel",
        "station",
        "title of source",
        "source name",
    }
)
DATE_LABELS = frozenset(
    {
        "date",
        "published",
        "publication date",
        "pub date",
        "pub. date",
        "issue date",
        "dated",
        "air date",
        "posted",
    }
)
TITLE_LABELS = frozenset({"headline", "title", "heading", "header"})
_FIELD = "export field"


def leader_field(line: str) -> tuple[str, str] | None:
    """``(label, value)`` of a dot-leader field line, the label case-folded.

    Example
    -------
    >>> leader_field("Source ......... The Daily Ledger"), leader_field("Wait... what?")
    (('source', 'The Daily Ledger'), None)
    """
    m = _LEADER.match(line.strip())
    if not m:
        return None
    return " ".join(m["label"].split()).casefold(), (m["value"] or "").strip()


def field_blocks(fields: list[tuple[str, str] | None], least: int) -> list[list[int]]:
    """Runs of at least ``least`` consecutive field lines (0-based line numbers).

    Example
    -------
    >>> field_blocks([("source", "A"), ("date", "B"), None, ("source", "C")], 2)
    [[0, 1]]
    """
    blocks: list[list[int]] = []
    run: list[int] = []
    for i, f in enumerate([*fields, None]):
        if f is not None:
            run.append(i)
            continue
        if len(run) >= least:
            blocks.append(run)
        run = []
    return blocks


def leader_fields(raw: list[str]) -> Frames:
    """The field blocks of a report written with dot leaders (see the module docstring)."""
    fields = [leader_field(line) for line in raw]
    blocks = field_blocks(fields, BLOCK_MIN_FIELDS)
    if not blocks:
        return Frames()
    if len(blocks) < REPORT_MIN_BLOCKS:
        labels = {fields[i][0] for i in blocks[0]}  # type: ignore[index]
        if not (labels & OUTLET_LABELS and labels & DATE_LABELS):
            return Frames()
    return read_field_blocks(raw, fields, blocks)


def read_field_blocks(
    raw: list[str],
    fields: list[tuple[str, str] | None],
    blocks: list[list[int]],
    climb: bool = True,
) -> Frames:
    """What each field block tells (outlet, date, headline) and where its article opens: the
    top of the run of lines holding it (with ``climb``; else its first field). Other fields
    leave the view as ``export field``."""
    out = Frames()
    for block in blocks:
        told = {"title": "", "outlet": "", "published": ""}
        for i in block:
            label, value = fields[i]  # type: ignore[misc]
            if label in OUTLET_LABELS and value and not told["outlet"]:
                told["outlet"] = value
                out.rewritten[i] = [f"Source: {value}"]
            elif label in DATE_LABELS and value and not told["published"]:
                told["published"] = L.parse_date(value) or ""
                out.rewritten[i] = [value]
            elif label in TITLE_LABELS and value and not told["title"]:
                told["title"] = value
                out.rewritten[i] = [value]
            else:
                out.dropped[i] = _FIELD
        # the article opens at the top of the lines run holding the block (an item line such
        # as '[#2] ────' right above the fields belongs to it)
        top = block[0]
        while climb and top > 0 and raw[top - 1].strip() and fields[top - 1] is None:
            top -= 1
        out.starts.add(top)
        out.told[top] = told
    return out
