"""Note-taking exports (Obsidian, Logseq, Notion-like Markdown): the analyst's note around
pasted articles.

A note export holds one section per article: a Markdown heading (``## Note 3 — opium``) with
inline fields under it (Dataview/Logseq ``Source:: Outlet``, ``Published:: 2025-11-28``,
``Tags:: #a #b``), then the pasted article, then the analyst's own lines. The evidence is at
least ``NOTE_MIN_SECTIONS`` headings each directly followed by an inline field. Then:

- each such heading opens an article; the heading is the analyst's name for the section, never
  the article's headline, so the article's title is the pasted ``# Headline`` under it if any,
  else empty;
- the ``Source::`` / ``Published::`` fields stay header lines and tell the outlet and date;
  other fields (``Tags::``) are furniture;
- the analyst's lines are furniture with a named reason: everything above the first section
  (front matter, the note's title, link lines, tasks), task items (``- [ ]``, ``- [x]``),
  callouts (``> [!quote]`` and the lines of its block), lines holding ``[[wiki links]]``, and
  a bold label standing alone (``**Key figures:**``) with the list under it.

A pasted ``> `` quote block is read as text: the ``>`` prefix leaves in
:func:`afgresearch.corpus.transport.strip_quote_prefix` before this reader runs.

Example
-------
>>> f = note_sections(["## Note 1", "Source:: Kabul Times", "", "Text one.", "- [ ] check",
...     "## Note 2", "Source:: Tolo", "", "# Talks resume", "", "Text two."])
>>> sorted(f.starts), f.told[0]["title"], f.told[5]["title"], f.dropped[4]
([0, 5], '', 'Talks resume', 'note task')
"""

from __future__ import annotations

import re

from afgresearch.corpus import lines as L
from afgresearch.corpus.layouts import Frames
from afgresearch.corpus.outlets import known_outlet
from afgresearch.corpus.patterns import rule_line

#: a note export has at least this many headings with inline fields under them
NOTE_MIN_SECTIONS = 2
#: non-blank lines under the fields searched for the pasted article's headline
HEADLINE_REACH = 2

_HEADING = re.compile(r"^#{1,6}\s+\S")
_FIELD = re.compile(r"^(?P<key>[A-Za-z][\w -]{0,30}?)::\s*(?P<value>.*)$")
_OUTLET_KEYS = frozenset(("source", "outlet", "publisher", "site", "via"))
_DATE_KEYS = frozenset(("published", "date", "pubdate", "published at", "publication date"))
_TASK = re.compile(r"^\s*[-*+]\s+\[[ xX/-]\]\s")
_CALLOUT = re.compile(r"^(?:>\s*)?\[![\w-]+\]")
_WIKI = re.compile(r"\[\[[^\[\]]+\]\]")
_BOLD_LABEL = re.compile(r"^\*\*[^*]{1,60}\*\*:?$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,2}[.)])\s+\S")
_VIA = re.compile(r"\s*\((?:via|from|through)\s+[^()]*\)", re.I)


def _field(line: str) -> tuple[str, str] | None:
    m = _FIELD.match(line.strip())
    return (m["key"].strip().casefold(), m["value"].strip()) if m else None


def _next_lines(raw: list[str], i: int, reach: int) -> list[int]:
    out = []
    for j in range(i + 1, len(raw)):
        if raw[j].strip():
            out.append(j)
            if len(out) == reach:
                break
    return out


def _sections(raw: list[str]) -> list[int]:
    """Headings whose next non-blank line is an inline field (a note's title above a task
    list and a section is no section)."""
    return [
        i
        for i, line in enumerate(raw)
        if _HEADING.match(line.strip()) and any(_field(raw[j]) for j in _next_lines(raw, i, 1))
    ]


def _outlet(value: str) -> str:
    """'AFP (via squidbusiness.fr)' -> 'AFP': the outlet, not the site that relayed it."""
    name = " ".join(_VIA.sub("", value).split())
    return known_outlet(name) or name


def note_sections(raw: list[str]) -> Frames:
    """The sections of a note export and the analyst's lines (see the module docstring)."""
    out = Frames()
    heads = _sections(raw)
    if len(heads) < NOTE_MIN_SECTIONS:
        return out
    for n in range(heads[0]):
        if raw[n].strip():
            out.dropped[n] = "note header"
    for k, head in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(raw)
        out.starts.add(head)
        out.dropped[head] = "note heading"
        told = {"title": "", "outlet": "", "published": ""}
        last_field = head
        for j in range(head + 1, end):
            f = _field(raw[j])
            if f is None:
                if raw[j].strip():
                    break
                continue
            last_field = j
            key, value = f
            if key in _OUTLET_KEYS and value:
                told["outlet"] = told["outlet"] or _outlet(value)
            elif key in _DATE_KEYS and value:
                told["published"] = told["published"] or (L.parse_date(value) or "")
            else:
                out.dropped[j] = "note field"
        for j in _next_lines(raw, last_field, HEADLINE_REACH):
            s = raw[j].strip()
            if s.startswith("#") and not s.startswith("#" * 2) and _HEADING.match(s):
                told["title"] = L.clean_title(s)
                break
        out.told[head] = told
        _analyst_lines(raw, last_field + 1, end, out.dropped)
    return out


def _analyst_lines(raw: list[str], first: int, end: int, dropped: dict[int, str]) -> None:
    """Tasks, callouts, wiki-link lines and bold-labelled lists between ``first`` and ``end``."""
    j = first
    while j < end:
        s = raw[j].strip()
        if _TASK.match(s):
            dropped[j] = "note task"
        elif _CALLOUT.match(s):
            while j < end and raw[j].strip():
                dropped[j] = "note callout"
                j += 1
            continue
        elif _WIKI.search(s):
            dropped[j] = "note link"
        elif _BOLD_LABEL.match(s):
            dropped[j] = "note label"
            j += 1
            while j < end and _LIST_ITEM.match(raw[j]):
                dropped[j] = "note list"
                j += 1
            continue
        j += 1


# --- Notion-like page exports: properties under a page title -------------------------------

#: a page export has at least this many ``# `` page titles with a property block under them
PAGE_MIN_SECTIONS = 2
#: a page's property block holds at least this many ``Key: value`` lines
PAGE_MIN_PROPERTIES = 2
#: a toggle's label line has at most this many words
TOGGLE_MAX_WORDS = 4

_PAGE_TITLE = re.compile(r"^#\s+\S")
_PROPERTY = re.compile(r"^(?P<key>[A-Z][\w-]*(?: [\w-]+){0,2}):[ \t]+(?P<value>\S.*)$")
_ASIDE_OPEN = re.compile(r"^<aside>\s*$", re.I)
_ASIDE_CLOSE = re.compile(r"^</aside>\s*$", re.I)
_TABLE_ROW = re.compile(r"^\|.*\|\s*$")
# a Markdown thematic break, as note-taking apps write it: '---', '***', '___'
_RULE = rule_line("-*_")
#: a quoted callout opens with its icon (an emoji or pictograph), as Notion and Bear write them
_ICON_CALLOUT = re.compile(r"^>\s*[\u2190-\u2bff\U0001f000-\U0001faff]")
_TOGGLE = re.compile(r"^[-*+▸▶►]\s+\S")
_INDENTED = re.compile(r"^(?: {4}|\t)\S")


def _properties(raw: list[str], head: int) -> list[int]:
    """The ``Key: value`` property lines directly under a page title (blank lines between)."""
    out: list[int] = []
    for j in range(head + 1, min(len(raw), head + 20)):
        s = raw[j].strip()
        if not s:
            if out:
                break
            continue
        if not _PROPERTY.match(s):
            break
        out.append(j)
    return out


def page_sections(raw: list[str]) -> Frames:
    """Pages of a Notion-like Markdown export (one ``# Title`` per page with its properties).

    The page title is the analyst's name for the page, never the article's headline; the
    ``Source``/``Publisher``/``Outlet`` property tells the outlet, ``Published``/``Date`` the
    publication date (``Created`` and ``Last edited`` are the page's own times); the other
    properties, ``<aside>`` callouts, icon callouts (``> 💡 ...``), ``|`` tables, rules, task
    items and a toggle's label line are furniture.

    Example
    -------
    >>> f = page_sections(["# Talks page", "Source: Kabul Ledger", "Created: May 2, 2025",
    ...     "", "Text one.", "# Aid page", "Source: Herat Post", "Status: Done", "", "Text two."])
    >>> sorted(f.starts), f.told[0], f.dropped[2]
    ([0, 5], {'title': '', 'outlet': 'Kabul Ledger', 'published': ''}, 'note field')
    """
    out = Frames()
    # each page title with its property lines, read once
    pages = {
        i: props
        for i, line in enumerate(raw)
        if _PAGE_TITLE.match(line.strip())
        and len(props := _properties(raw, i)) >= PAGE_MIN_PROPERTIES
    }
    heads = list(pages)
    if len(heads) < PAGE_MIN_SECTIONS:
        return out
    for k, head in enumerate(heads):
        end = heads[k + 1] if k + 1 < len(heads) else len(raw)
        out.starts.add(head)
        out.dropped[head] = "note heading"
        told = {"title": "", "outlet": "", "published": ""}
        props = pages[head]
        for j in props:
            m = _PROPERTY.match(raw[j].strip())
            assert m is not None
            key, value = m["key"].casefold(), m["value"].strip()
            if key in _OUTLET_KEYS and not told["outlet"]:
                told["outlet"] = _outlet(value)
            elif key in _DATE_KEYS and not told["published"]:
                told["published"] = L.parse_date(value) or ""
            else:
                out.dropped[j] = "note field"
        for j in _next_lines(raw, props[-1], HEADLINE_REACH):
            s = raw[j].strip()
            if j >= end:
                break
            if _HEADING.match(s) and not s.startswith("#" * 3):
                told["title"] = L.clean_title(s)
                break
        out.told[head] = told
        _analyst_lines(raw, props[-1] + 1, end, out.dropped)
        _page_furniture(raw, props[-1] + 1, end, out.dropped)
    return out


def _page_furniture(raw: list[str], first: int, end: int, dropped: dict[int, str]) -> None:
    """Callouts, tables, rules and toggle labels of a page between ``first`` and ``end``."""
    j = first
    while j < end:
        s = raw[j].strip()
        if _ASIDE_OPEN.match(s):
            while j < end:
                if raw[j].strip():
                    dropped[j] = "note callout"
                if _ASIDE_CLOSE.match(raw[j].strip()):
                    break
                j += 1
        elif _ICON_CALLOUT.match(s):
            dropped[j] = "note callout"
        elif _TABLE_ROW.match(s):
            dropped[j] = "note table"
        elif _RULE.match(s):
            dropped[j] = "note rule"
        elif _TOGGLE.match(s) and len(s.split()) <= TOGGLE_MAX_WORDS + 1:
            below = next((n for n in range(j + 1, end) if raw[n].strip()), None)
            if below is not None and _INDENTED.match(raw[below]):
                dropped[j] = "note toggle"
        j += 1
