"""Colon field blocks: the item headers of clipping and database exports written as labelled
fields (``Publication: The Daily Ledger``, ``Published Date: 05.08.2025``, ``Headline: ...``,
``Section: World``, ``Length: 402 words``, ``Language: ENGLISH``).

Media-monitoring and research-database exports print each item's header as a run of
``Label: value`` lines above its text, a form like the dot-leader blocks of
:mod:`afgresearch.corpus.leaderfields` with a colon for the leader. A block is a run of at
least :data:`BLOCK_MIN_FIELDS` consecutive field lines with values whose labels are all form labels (the
outlet, date and headline labels of leader fields and an export's own: ``Section``,
``Length``, ``Language``, ``Highlights`` ...), one of them naming the outlet; an export holds
at least :data:`REPORT_MIN_BLOCKS` blocks. Each block opens an article and tells its outlet,
date and headline as a leader block does (an item without a headline field has no headline).
Lines directly under a block that run on to a separator rule carry its last field on (a
``Highlights:`` value over two lines) and leave the view with it.

Example
-------
>>> item = ["Publication: The Daily Ledger", "Section: World", "Headline: Talks resume",
...     "-----", "Officials met in Doha.", ""]
>>> f = colon_fields(item + item)
>>> sorted(f.starts), f.told[0]["outlet"], f.told[0]["title"]
([0, 6], 'The Daily Ledger', 'Talks resume')
"""

from __future__ import annotations

import re

from afgresearch.corpus.layouts import Frames
from afgresearch.corpus.leaderfields import (
    DATE_LABELS,
    OUTLET_LABELS,
    TITLE_LABELS,
    field_blocks,
    read_field_blocks,
)

#: consecutive field lines that make a block
BLOCK_MIN_FIELDS = 3
#: blocks that make an export
REPORT_MIN_BLOCKS = 2

#: an export's own header fields besides outlet, date and headline
_FORM_LABELS = frozenset(
    {
        "section",
        "length",
        "language",
        "word count",
        "words",
        "byline",
        "author",
        "page",
        "edition",
        "document type",
        "media type",
        "country",
        "region",
        "tone",
        "sentiment",
        "reach",
        "circulation",
        "highlights",
        "highlight",
        "subheadline",
        "subtitle",
        "standfirst",
        "dateline",
        "category",
        "keywords",
        "published date",
        "date published",
    }
)
_LABELS = OUTLET_LABELS | DATE_LABELS | TITLE_LABELS | _FORM_LABELS
_COLON = re.compile(
    r"^(?P<label>[A-Za-z][A-Za-z.-]*(?:[ ][A-Za-z.-]+){0,2})\s*:\s*(?P<value>\S.*)?$"
)
_RULE = re.compile(r"^\s*[-=_*~─━═]{3,}\s*$")
_FIELD = "export field"


def colon_field(line: str) -> tuple[str, str] | None:
    """``(label, value)`` of a form field line with a colon, the label case-folded; ``None``
    for any other line (a sentence with a colon, an unknown label).

    Example
    -------
    >>> colon_field("Publication: Kabul Weekly"), colon_field("Kabul: officials met")
    (('publication', 'Kabul Weekly'), None)
    """
    m = _COLON.match(line.strip())
    if not m:
        return None
    label = " ".join(m["label"].split()).casefold()
    return (label, (m["value"] or "").strip()) if label in _LABELS else None


def _front_matter(raw: list[str]) -> set[int]:
    """Lines inside ``---`` fences that hold only ``key: value`` lines and list items: YAML
    front matter (a clipped page's metadata), not an export's item header."""
    inside: set[int] = set()
    fences = [i for i, line in enumerate(raw) if line.strip() == "---"]
    for a, b in zip(fences, fences[1:], strict=False):
        body = [i for i in range(a + 1, b) if raw[i].strip()]
        if body and all(re.match(r"^\s*(?:[\w-]+\s*:|-\s)", raw[i]) for i in body):
            inside.update(range(a + 1, b))
    return inside


def colon_fields(raw: list[str]) -> Frames:
    """The colon field blocks of an export (see the module docstring)."""
    fields = [colon_field(line) for line in raw]
    for i in _front_matter(raw):
        fields[i] = None  # a Markdown page's YAML metadata is read elsewhere
    # every run of fields naming an outlet must be a full block: items of one export share
    # one form, and a form some items leave empty ('Title:', 'Date:') is a scraper's
    # template that the text's own layout reads
    runs = [
        b
        for b in field_blocks(fields, 1)
        if any(fields[i][0] in OUTLET_LABELS for i in b)  # type: ignore[index]
    ]
    blocks = [
        b
        for b in runs
        if len(b) >= BLOCK_MIN_FIELDS and sum(bool(fields[i][1]) for i in b) >= BLOCK_MIN_FIELDS  # type: ignore[index]
    ]
    if len(blocks) < len(runs):
        return Frames()
    if len(blocks) < REPORT_MIN_BLOCKS:
        return Frames()
    # dates are read as dates; the outlet and headline as the leader blocks read them
    for b in blocks:
        for i in b:
            label, value = fields[i]  # type: ignore[misc]
            if label in ("published date", "date published"):
                fields[i] = ("publication date", value)
    # the article opens at its first field: a line right above may be the last of the item
    # before, as exports print no blank line between items
    out = read_field_blocks(raw, fields, blocks, climb=False)
    for b in blocks:
        # a value run on under the block, up to the rule that opens the text
        j = b[-1] + 1
        run = []
        while j < len(raw) and raw[j].strip() and not _RULE.match(raw[j]):
            run.append(j)
            j += 1
        if run and j < len(raw) and _RULE.match(raw[j]):
            for k in run:
                out.dropped[k] = _FIELD
    return out
