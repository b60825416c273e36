"""Transport furniture of text dumps: what a PDF export, a wire feed, an e-mail forward or a
channel export wraps around the articles, read before the layout of the text itself.

:func:`read_view` turns a dump's lines into a *view* for the segmenter
(:mod:`afgresearch.corpus.textdump`):

- **Page furniture** of PDF-to-text exports: a line repeated (digits aside) next to two or more
  form feeds is a running header or footer (``Page 3 of 12``, a document name), and so is every
  other line with the same text; lines reading ``Page 3 of 12`` alone are too. The block that
  holds the first running header is the document's title block. Furniture lines and the blank
  lines around them leave the view, so a paragraph broken by a page break reads on.
- **Wire frames**: ``ZCZC`` opens a message (and an article), ``NNNN`` closes it; slug lines
  (``BC-AS--Quake-Toll``), priority lines (``URGENT``, ``BULLETIN``, ``FLASH``) and editors'
  notes (``Eds: ...``) and doubled-parenthesis desk notes (``((Editing by ...))``) are furniture.
- **E-mail forwards**: runs of ``From:``/``Sent:``/``To:``/``Subject:`` headers,
  ``-----Original Message-----`` markers, a signature under ``--``, and the forwarder's note
  between the first headers and the forwarded message. A consistent leading ``>`` quote prefix
  on a run of lines is transport too: it is taken off before the layout is read (line numbers
  kept). A ``Clipping 3 of 5 ...`` line opens an article.
- **Channel exports**: a post line ``[26.04.24 12:20] Channel:`` opens an article and gives its
  date, ``Forwarded from X`` its source; hashtag lines and view counters are furniture, and so
  are the export's header lines above the first post.
- **Numbered reviews**: an item line ``3) "Headline" [Outlet]`` (or ``3) [Outlet]``) opens an
  article; the view reads its headline and a ``Source:`` line for its outlet, and a labelled
  summary line directly under it (``Summary: ...`` in any script) is the item's abstract.

Every line that leaves the view keeps a named reason. Line numbers stay those of the dump.

Example
-------
>>> v = read_view(["ZCZC ABC0001", "URGENT", "Quake hits", "   Text one.", "NNNN"])
>>> v.lines, v.starts, sorted(v.dropped.values())
(['Quake hits', '   Text one.'], {0}, ['wire frame', 'wire frame', 'wire priority'])
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from afgresearch.corpus import lines as L
from afgresearch.corpus.endcredits import end_credits, sign_offs
from afgresearch.corpus.exports import read_exports
from afgresearch.corpus.layouts import highlights, read_layouts
from afgresearch.corpus.mailbox import mailbox_messages
from afgresearch.corpus.notes import note_sections, page_sections
from afgresearch.corpus.records import ArticleRecord
from afgresearch.corpus.setext import setext_headings
from afgresearch.corpus.social import social_posts
from afgresearch.corpus.translations import translation_marks

#: a run of this many lines opening with ``>`` carries a quote prefix
QUOTE_MIN_LINES = 3
#: a line repeated next to this many form feeds is a running header or footer
PAGE_FURNITURE_MIN_BREAKS = 2
#: non-blank lines before and after a form feed searched for running headers and footers
PAGE_EDGE_REACH = 2
#: a contents list has at least this many entries
CONTENTS_MIN_ENTRIES = 2
#: a line of a document's title block holds at most this many words
CONTENTS_TITLE_MAX_WORDS = 12
#: an e-mail header run needs this many header lines
MAIL_HEADER_MIN_LINES = 2

PAGE = "page furniture"
#: a jump line ('Continued on page 4'): a paragraph reads on across it as across a page break
JUMP = "page jump"
_QUOTE_LEVELS = re.compile(r"^(?:>[ \t]?)+")
_PAGE_OF = re.compile(
    r"^(?:-\s*)?(?:page|p\.|seite|página)\s*\d+(?:\s*(?:of|/)\s*\d+)?(?:\s*-)?$", re.I
)
_PAGE_TAIL = re.compile(r"\s{2,}(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?\s*$", re.I)
_JUMP_LINE = re.compile(
    r"^[(\[]?(?:continued|cont(?:'d|\.)?)\s+(?:on|from)\s+(?:page|p\.)\s*[A-Z]?\d{1,3}[)\]]?\.?$|"
    r"^[(\[]?(?:continued on (?:the )?next page|see page \d{1,3})[)\]]?\.?$",
    re.I,
)
_PAGE_NUMBER_TAIL = re.compile(r"(?<=\S)\s+#$")
_CONTENTS = re.compile(
    r"^(?:contents|table of contents|in this (?:issue|edition|pack))\s*:?$", re.I
)
_CONTENTS_ENTRY = re.compile(r"(?:\.{3,}|…+|\s{2,})\s*\d{1,4}$")
_WIRE_OPEN = re.compile(r"^ZCZC\b")
_WIRE_CLOSE = re.compile(r"^NNNN\s*$")
_WIRE_SLUG = re.compile(r"^[A-Z]{1,3}-[A-Z]{2,4}-{1,2}\S")
_WIRE_PRIORITY = re.compile(r"^(?:URGENT|BULLETIN|FLASH|ADVISORY|NEWSALERT|SNAP)\s*$")
_EDS_NOTE = re.compile(r"^Eds?\s*:\s+\S")
_DESK_NOTE = re.compile(r"^\(\(.+\)\)$")
_MAIL_HEADER = re.compile(r"^(?:From|Sent|To|Cc|Bcc|Subject|Date|Reply-To|Importance)\s*:\s*\S?")
_MAIL_MARKER = re.compile(
    r"^(?:-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}|Begin forwarded message:)\s*$",
    re.I,
)
_SIGNATURE = re.compile(r"^--\s*$")
_CLIPPING = re.compile(r"^(?:clipping|item|article)\s+\d+\s+of\s+\d+\b", re.I)
_POST = re.compile(
    r"^\[(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4})[,\s]+(?P<time>\d{1,2}:\d{2}(?::\d{2})?)\]"
    r"\s*[^:]{1,80}:\s*$"
)
_FORWARDED = re.compile(r"^\W{0,3}\s*Forwarded from\s+(?P<name>\S.{0,80})$", re.I)
_HASHTAGS = re.compile(r"^(?:#[^\s#]+\s*){1,}$")
_COUNTER = re.compile(r"^(?:[^\w\s]{1,3}\s*[\d.,]+\s*[KkMm]?\s*){1,4}$")
_ITEM_HEADLINE = re.compile(
    r"^\s*\d{1,3}[.)]\s+[\"“«](?P<title>[^\"”»]{3,200})[\"”»]\s*\[(?P<outlet>[^\[\]]{2,80})\](?P<rest>.*)$"
)
# (a Markdown link '3. [Headline](#item-3)' is no bracketed outlet)
_ITEM_SOURCE = re.compile(r"^\s*\d{1,3}[.)]\s*\[(?P<outlet>[^\[\]]{2,80})\](?!\()(?P<rest>.*)$")
#: a digest's or newsletter's item counter before the item's outlet: '**2/5** · Valley Post',
#: '(3) Valley Post', '[4] via Valley Post | May 3, 2025', 'Item 2 of 6 — Valley Post', '#3 · Valley Post',
#: '### 2/5 — Valley Post' (a Markdown heading holding the counter)
_COUNTER_ITEM = re.compile(
    r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(?:(?:item|story)\s*)?"
    r"(?:(?P<slash>\d{1,3})\s*(?:/|\bof\b)\s*\d{1,3}|\((?P<paren>\d{1,3})\)|\[(?P<box>\d{1,3})\]"
    r"|#(?P<hash>\d{1,3})|no\.?\s*(?P<no>\d{1,3}))"
    r"(?:\*\*|__)?\s*(?:[·•|:—–-]\s*)?(?P<rest>\S.{0,150})$",
    re.I,
)
_COUNTER_PARTS = re.compile(r"\s+[·•|—–-]\s+")
_VIA = re.compile(r"^via\s+", re.I)
#: an item counter names the outlet where every counter line of the dump opens on a name this
#: short (a numbered headline is longer)
COUNTER_NAME_MAX_WORDS = 4
_SUMMARY = re.compile(r"^\w{2,20}\s*:\s+\S")
_FILED = re.compile(r"^(?P<date>Filed\s+\S.*?)\s*\((?P<outlet>[^()]{2,60})\)$")
_CLIP_PARTS = re.compile(r"\s+[—–|-]\s+")
_DASH_REST = re.compile(r"^\s*[—–-]\s*(?P<date>\S.*)$")


@dataclass
class View:
    """The lines the segmenter reads: ``lines[j]`` stands for dump line ``index[j]`` (0-based).

    ``dropped`` maps the 0-based dump lines that left the view to their reason; ``starts``
    holds the view lines that open an article.
    """

    lines: list[str]
    index: list[int]
    dropped: dict[int, str] = field(default_factory=dict)
    starts: set[int] = field(default_factory=set)
    told: dict[int, dict[str, str]] = field(default_factory=dict)

    @property
    def identity(self) -> bool:
        """Whether the view is the dump itself (nothing dropped, rewritten or forced)."""
        return (
            not self.dropped
            and not self.starts
            and not self.told
            and self.index == list(range(len(self.lines)))
        )


def strip_quote_prefix(raw: list[str]) -> list[str]:
    """Take a consistent ``>`` quote prefix (every level of it) off each run of at least
    ``QUOTE_MIN_LINES`` lines.

    Example
    -------
    >>> strip_quote_prefix(["> a", ">", "> b", "c"])
    ['a', '', 'b', 'c']
    >>> strip_quote_prefix(["> > a", "> >", ">> b"])
    ['a', '', 'b']
    """
    out = list(raw)
    i = 0
    while i < len(raw):
        if not raw[i].startswith(">"):
            i += 1
            continue
        j = i
        while j < len(raw) and raw[j].startswith(">"):
            j += 1
        if j - i >= QUOTE_MIN_LINES:
            for n in range(i, j):
                # every level of a reply's quoting ('> > text' quoted twice)
                out[n] = _QUOTE_LEVELS.sub("", raw[n], count=1)
        i = j
    return out


def _page_key(line: str) -> str:
    """A line as a running header or footer reads on every page: digits as ``#``, and without
    a page number standing apart at its end (``Review 2021–2025    3`` is the first page's
    ``Review 2021–2025``, which carries none)."""
    key = re.sub(r"\d+", "#", " ".join(line.replace("\f", " ").split())).casefold()
    return _PAGE_NUMBER_TAIL.sub("", key)


def page_furniture(raw: list[str]) -> dict[int, str]:
    """0-based lines that are running page headers or footers of a form-feed export.

    Example
    -------
    >>> lines = ["REPORT  Page 1", "", "Text.", "\\fREPORT  Page 2", "", "More.", "\\fREPORT  Page 3"]
    >>> sorted(page_furniture(lines))
    [0, 3, 6]
    """
    out: dict[int, str] = {}
    for i, line in enumerate(raw):
        if _PAGE_OF.match(line.strip().replace("\f", "")):
            out[i] = "page furniture"
        elif _JUMP_LINE.match(line.strip().replace("\f", "")):
            out[i] = JUMP
    # a page break opens or closes its line (pdftotext starts each page with one); a form feed
    # between words is a character of the text, not a page edge
    breaks = [
        i
        for i, line in enumerate(raw)
        if line.strip(" \t").startswith("\f") or line.strip(" \t").endswith("\f")
    ]
    if not breaks:
        return out
    seen: Counter[str] = Counter()
    for b in breaks:
        near: set[str] = set()
        for step in (-1, 1):
            j, got = b + (step if not raw[b].replace("\f", "").strip() or step < 0 else 0), 0
            while 0 <= j < len(raw) and got < PAGE_EDGE_REACH:
                if raw[j].replace("\f", "").strip():
                    near.add(_page_key(raw[j]))
                    got += 1
                j += step
        seen.update(near)
    # repeated on two or more lines, each next to a form feed
    repeats = Counter(_page_key(line) for line in raw if line.replace("\f", "").strip())
    keys = {k for k, c in seen.items() if c >= PAGE_FURNITURE_MIN_BREAKS and repeats[k] >= 2}
    keys |= {_page_key(raw[b]) for b in breaks if _PAGE_TAIL.search(raw[b].replace("\f", ""))}
    for i, line in enumerate(raw):
        if line.strip() and _page_key(line) in keys:
            out[i] = "page furniture"
    # the block holding the first running header is the document's title block
    if out:
        first = min(out)
        j = first + 1
        while j < len(raw) and raw[j].strip() and j <= first + 2 and first < min(breaks):
            out.setdefault(j, "document title")
            j += 1
    return out


def contents_list(raw: list[str]) -> dict[int, str]:
    """A document's contents list and the title block above it (0-based lines).

    Class: PDF and word-processor documents saved as text (press compilations, reading packs):
    a ``Contents`` heading over entries ending in a page number after leader dots or a gap
    (``3. Torkham reopens .......... 4``) lists the stories, it is none of them; the short lines
    above it, from the top of the file, are the document's title block. Only a list at the top,
    with no sentence above it, is read.

    Example
    -------
    >>> contents_list(["PRESS PACK", "", "Contents", "1. Talks resume ..... 2",
    ...     "2. Trade grows ..... 3", "", "Officials met in Doha on Monday."])
    {0: 'document title', 2: 'contents', 3: 'contents', 4: 'contents'}
    """
    out: dict[int, str] = {}
    for i, line in enumerate(raw):
        s = line.replace("\f", "").strip()
        if not s:
            continue
        if not _CONTENTS.match(s):
            if _word_count(s) > CONTENTS_TITLE_MAX_WORDS:
                return out  # text before any contents heading: not a document's front page
            continue
        entries = []
        j = i + 1
        while j < len(raw) and (not raw[j].strip() or _CONTENTS_ENTRY.search(raw[j].strip())):
            if raw[j].strip():
                entries.append(j)
            j += 1
        if len(entries) < CONTENTS_MIN_ENTRIES:
            return out
        for n in range(i):
            if raw[n].replace("\f", "").strip():
                out[n] = "document title"
        out[i] = "contents"
        for n in entries:
            out[n] = "contents"
        return out
    return out


def _word_count(line: str) -> int:
    """Whitespace-separated words of ``line``."""
    return len(line.split())


def wire_furniture(raw: list[str]) -> tuple[dict[int, str], set[int]]:
    """Frame markers, slugs, priority lines and editors' notes of a wire feed, and the frame
    openers (0-based).

    Example
    -------
    >>> wire_furniture(["ZCZC X1", "BC-AS--Quake", "Text.", "NNNN"])
    ({0: 'wire frame', 1: 'wire slug', 3: 'wire frame'}, {0})
    """
    frames = [i for i, line in enumerate(raw) if _WIRE_OPEN.match(line)]
    if not frames:
        return {}, set()
    out: dict[int, str] = {}
    for i, line in enumerate(raw):
        s = line.strip()
        if _WIRE_OPEN.match(s) or _WIRE_CLOSE.match(s):
            out[i] = "wire frame"
        elif _WIRE_SLUG.match(s):
            out[i] = "wire slug"
        elif _WIRE_PRIORITY.match(s):
            out[i] = "wire priority"
        elif _EDS_NOTE.match(s):
            out[i] = "editors' note"
        elif _DESK_NOTE.match(s):
            out[i] = "desk note"
    return out, set(frames)


def mail_furniture(raw: list[str]) -> dict[int, str]:
    """Message headers, forward markers, signatures and the forwarder's note of an e-mail.

    Example
    -------
    >>> got = mail_furniture(["From: A <a@x.org>", "To: B", "", "FYI.", "--", "A", "",
    ...     "-----Original Message-----", "From: C", "Subject: News", "", "Text."])
    >>> [(n, got[n]) for n in sorted(got)]  # doctest: +NORMALIZE_WHITESPACE
    [(0, 'message header'), (1, 'message header'), (3, 'forwarding note'), (4, 'signature'),
     (5, 'signature'), (7, 'message header'), (8, 'message header'), (9, 'message header')]
    """
    out: dict[int, str] = {}
    i = 0
    while i < len(raw):
        j = i
        while j < len(raw) and _MAIL_HEADER.match(raw[j].strip()):
            j += 1
        if j - i >= MAIL_HEADER_MIN_LINES and any(
            raw[n].strip().lower().startswith("from") for n in range(i, j)
        ):
            for n in range(i, j):
                out[n] = "message header"
            i = j
        else:
            i += 1
    if not out:
        return out
    for i, line in enumerate(raw):
        if _MAIL_MARKER.match(line.strip()):
            out[i] = "message header"
        elif _SIGNATURE.match(line):
            j = i
            while j < len(raw) and raw[j].strip():
                out[j] = "signature"
                j += 1
    markers = sorted(i for i, line in enumerate(raw) if _MAIL_MARKER.match(line.strip()))
    headers = [
        n for n, why in out.items() if why == "message header" and markers and n < markers[0]
    ]
    if headers:
        # the forwarder's own words between the forwarding message's headers (the header run
        # nearest above the first marker: a mailbox holds other messages before it) and the
        # forwarded message
        for n in range(max(headers) + 1, markers[0]):
            if raw[n].strip():
                out.setdefault(n, "forwarding note")
    return out


def _post_date(date: str, time: str) -> str:
    """A channel export's ``dd.mm.yy`` post date as ISO (day first, as such exports write it).

    Example
    -------
    >>> _post_date("26.04.24", "12:20")
    '2024-04-26 12:20'
    """
    day, month, year = re.split(r"[./]", date)
    if len(year) == 2:
        year = "20" + year
    return f"{int(year):04d}-{int(month):02d}-{int(day):02d} {time}"


def read_view(raw: list[str]) -> View:
    """The view of a dump's lines that the segmenter reads (see the module docstring).

    Example
    -------
    >>> v = read_view(["[01.02.25 10:00] Chan:", "Text one.", "#tag #two", "👁 1.2K", "",
    ...     "[02.02.25 11:00] Chan:", "Text two."])
    >>> v.lines, sorted(v.starts), v.dropped
    ... # doctest: +NORMALIZE_WHITESPACE
    (['2025-02-01 10:00', 'Text one.', '', '2025-02-02 11:00', 'Text two.'], [0, 3],
     {2: 'hashtags', 3: 'view counter'})
    """
    # read-later highlights are ``>`` quoted lines under a label: read before the prefix comes off
    quoted = highlights(raw)
    lines = strip_quote_prefix(raw)
    dropped: dict[int, str] = {}
    starts: set[int] = set()
    dropped.update(page_furniture(lines))
    for n, why in contents_list(lines).items():
        dropped.setdefault(n, why)
    wire, frames = wire_furniture(lines)
    dropped.update(wire)
    starts |= frames
    dropped.update(mail_furniture(lines))
    # front matter, alert items, transcripts, memo excerpts, printed pages
    # (afgresearch.corpus.layouts)
    frames = read_layouts(lines)
    frames.update(quoted)
    # Markdown headings underlined with '===' or '---' (afgresearch.corpus.setext)
    frames.update(setext_headings(lines))
    # note-taking exports: the analyst's note around pasted articles (afgresearch.corpus.notes)
    frames.update(note_sections(lines))
    frames.update(page_sections(lines))
    # database, chat and caption exports around the articles (afgresearch.corpus.exports)
    frames.update(read_exports(lines))
    # stories between separators with their credits and dates at the end
    frames.update(end_credits(lines))
    frames.update(sign_offs(lines))
    # mailboxes saved as text: message separators, headers, replies, notes (afgresearch.corpus.mailbox)
    frames.update(mailbox_messages(lines))
    # channel posts copied as text and copied threads (afgresearch.corpus.social)
    frames.update(social_posts(lines))
    # marks of translated stories: original headlines, Solar Hijri dates (corpus.translations)
    frames.update(translation_marks(lines))
    dropped.update(frames.dropped)
    starts |= frames.starts
    rewritten: dict[int, list[str]] = dict(frames.rewritten)
    posts = [i for i, line in enumerate(lines) if _POST.match(line.strip())]
    items = [
        i for i, line in enumerate(lines) if _ITEM_HEADLINE.match(line) or _ITEM_SOURCE.match(line)
    ]
    for i, line in enumerate(lines):
        s = line.strip()
        if _CLIPPING.match(s):
            starts.add(i)
            # 'Clipping 3 of 5 — Outlet — date': the outlet and date of the clipping
            parts = [_VIA.sub("", p) for p in _CLIP_PARTS.split(s)[1:]]  # '— via Outlet'
            if parts:
                rewritten[i] = [f"Source: {', '.join(parts)}"]
        elif frames and (m := _FILED.match(s)):
            rewritten[i] = [m["date"], f"Source: {m['outlet'].strip()}"]
        elif (m := _POST.match(s)) and len(posts) >= 2:
            starts.add(i)
            rewritten[i] = [_post_date(m["date"], m["time"])]
        elif posts and (m := _FORWARDED.match(s)):
            rewritten[i] = [f"Source: {m['name'].strip()}"]
        elif posts and _HASHTAGS.match(s):
            dropped[i] = "hashtags"
        elif posts and _COUNTER.match(s) and any(ch.isdigit() for ch in s):
            dropped[i] = "view counter"
        elif len(items) >= 2 and (m := _ITEM_HEADLINE.match(line) or _ITEM_SOURCE.match(line)):
            starts.add(i)
            told = [f"Source: {m['outlet'].strip()}"]
            if d := _DASH_REST.match(m["rest"]):
                told = [f"Source: {m['outlet'].strip()}, {d['date'].strip()}"]
            rewritten[i] = ([m["title"].strip()] if "title" in m.groupdict() else []) + told
            if i + 1 < len(lines) and _SUMMARY.match(lines[i + 1].strip()):
                dropped[i + 1] = "item summary"
    for i, told in counter_items(lines).items():
        if i not in rewritten and i not in dropped:
            starts.add(i)
            rewritten[i] = told
    if len(posts) >= 2:
        for i in range(posts[0]):
            if lines[i].strip():
                dropped.setdefault(i, "channel header")
    view = _compact(lines, dropped, starts, rewritten)
    view.told = frames.told
    return view


def _compact(
    lines: list[str], dropped: dict[int, str], starts: set[int], rewritten: dict[int, list[str]]
) -> View:
    """The view without dropped lines; blank lines around them fold into one, or none where the
    text reads on (the line before does not end a sentence)."""
    view: list[str] = []
    index: list[int] = []
    opens: set[int] = set()
    pending_start = False
    i = 0
    while i < len(lines):
        if i in dropped:
            # a run of dropped lines with the blank lines between and around them
            j = i
            while j < len(lines) and (j in dropped or not lines[j].strip()):
                pending_start = pending_start or j in starts
                j += 1
            # drop the blank lines already in the view before the run
            blanks_before: list[tuple[str, int]] = []
            while view and not view[-1].strip():
                blanks_before.append((view.pop(), index.pop()))
            # only a page break lets a paragraph read on across what was dropped
            paged = all(dropped.get(n, PAGE) in (PAGE, JUMP) for n in range(i, j))
            reads_on = (
                paged
                and view
                and j < len(lines)
                and not pending_start
                and j not in starts
                and _reads_on(view[-1], lines[j])
            )
            if not reads_on and view and j < len(lines):
                # keep one blank line (or two, where the run was framed by a gap of two)
                gap = [n for n in range(i, j) if n not in dropped] + [n for _, n in blanks_before]
                for n in (
                    sorted(gap)[: 2 if len(gap) >= 2 and (pending_start or j in starts) else 1]
                    or []
                ):
                    view.append("")
                    index.append(n)
                if not gap:
                    view.append("")
                    index.append(i)
            i = j
            continue
        if i in starts or pending_start:
            opens.add(len(view))
            pending_start = False
        for text in rewritten.get(i, [lines[i]]):
            view.append(text)
            index.append(i)
        i += 1
    return View(view, index, dropped, opens)


_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")


def counter_items(lines: list[str]) -> dict[int, list[str]]:
    """Item counter lines of a digest or newsletter that name each item's outlet, and what the
    view reads for each: ``Source: <outlet>``, with the line's date after it where it gives one
    ('**2/5** · Valley Post · World · 3 May 2025', '(3) Valley Post', '[4] via Valley Post |
    May 3, 2025'). Class: digests and newsletters that number their items and head each with
    its source. The counter must recur (two items or more, numbered upwards) and every counter
    line must open on a short name; where one opens on a longer text, the counters head
    headlines and none is read here.

    Example
    -------
    >>> counter_items(["(1) Valley Post", "Text.", "", "(2) via Hill Times | 3 May 2025", "Text."])
    {0: ['Source: Valley Post'], 3: ['Source: Hill Times, 3 May 2025']}
    >>> counter_items(["(1) Valley Post", "Text.", "", "(2) Talks resume in Doha after a pause"])
    {}
    """
    found: dict[int, list[str]] = {}
    numbers: list[int] = []
    for i, line in enumerate(lines):
        m = _COUNTER_ITEM.match(line)
        if m is None:
            continue
        parts = [p.strip(" *_") for p in _COUNTER_PARTS.split(m["rest"].strip())]
        name = _VIA.sub("", parts[0])
        if (
            not 1 <= L.word_count(name) <= COUNTER_NAME_MAX_WORDS
            or any(ch.isdigit() for ch in name)
            or name.endswith((".", "!", "?", ":"))
            or L.parse_date(name)
        ):
            return {}
        dates = [p for p in parts[1:] if L.parse_date(p)]
        found[i] = [f"Source: {name}" + (f", {dates[0]}" if dates else "")]
        numbers.append(int(next(m[g] for g in ("slash", "paren", "box", "hash", "no") if m[g])))
    if len(found) < 2 or any(b <= a for a, b in zip(numbers, numbers[1:], strict=False)):
        return {}
    return found


def _reads_on(before: str, after: str) -> bool:
    """Whether the text before a page break carries on after it (no sentence end above, or a
    lower-case word below)."""
    a = after.strip()
    if not before.strip() or not a:
        return False
    return not _SENTENCE_END.search(before) or a[:1].islower()


def remap_records(records: list[ArticleRecord], view: View, raw: list[str]) -> list[ArticleRecord]:
    """Records read from ``view`` with the dump's line numbers: spans, paragraphs (a paragraph
    read on across dropped furniture is cut there, so each part cites its own lines) and the
    ``lines`` roles, with each dropped line added under its reason to the article whose span
    holds it, else the next one (the last one at the end of the dump).

    Example
    -------
    >>> v = View(["Text one."], [2], {0: "wire frame"}, {0})
    >>> r = remap_records([ArticleRecord(1, 1, paragraphs=[(1, "Text one.")],
    ...     lines=[(1, "body", "", True)])], v, ["ZCZC", "", "Text one."])
    >>> r[0].line_start, r[0].paragraphs, r[0].lines
    (3, [(3, 'Text one.')], [(1, 'boilerplate', 'wire frame', False), (3, 'body', '', True)])
    """
    if not records:
        return records

    def at(n: int) -> int:
        return view.index[n - 1] + 1

    for rec in records:
        rec.line_start, rec.line_end = at(rec.line_start), at(rec.line_end)
        paragraphs: list[tuple[int, str]] = []
        for n, text in rec.paragraphs:
            parts = text.split("\n")
            lines = [at(n + k) for k in range(len(parts))]
            cut = 0
            for k in range(1, len(parts) + 1):
                if k == len(parts) or lines[k] != lines[k - 1] + 1:
                    paragraphs.append((lines[cut], "\n".join(parts[cut:k])))
                    cut = k
        rec.paragraphs = paragraphs
        seen: dict[int, tuple[int, str, str, bool]] = {}
        for n, kind, reason, inside in rec.lines:
            m = at(n)
            # a line read as two view lines (a review item's headline and source) keeps its
            # first role unless a later one is the headline
            if m not in seen or kind == "headline":
                seen[m] = (m, kind, reason, inside)
        rec.lines = list(seen.values())
    starts = [r.line_start for r in records]
    # records follow each other without overlap: the one holding a line is found by bisection
    apart = all(a.line_end < b.line_start for a, b in zip(records, records[1:], strict=False))
    for i, reason in sorted(view.dropped.items()):
        n = i + 1
        if not raw[i].strip():
            continue
        if apart:
            k = bisect.bisect_right(starts, n) - 1
            holder = records[k] if k >= 0 and n <= records[k].line_end else None
        else:
            holder = next((r for r in records if r.line_start <= n <= r.line_end), None)
        if holder is None:
            nxt = bisect.bisect_right(starts, n)
            holder = records[min(nxt, len(records) - 1)]
        holder.lines.append((n, "boilerplate", reason, holder.line_start <= n <= holder.line_end))
    for rec in records:
        rec.lines.sort()
    apply_told(records, view.told)
    return records


def apply_told(records: list[ArticleRecord], told: dict[int, dict[str, str]]) -> None:
    """Give each record what the layout told about the article opening at a dump line (0-based
    keys): the record whose span holds or follows that line. A told ``title`` replaces the
    title read from the text, even when empty (front matter with ``title: ""``); a told outlet
    or date replaces the read one only when given, and a told ``site`` (a site's name printed
    around the page) is the outlet only where the text names none.

    Example
    -------
    >>> recs = [ArticleRecord(2, 5, title="AMN / WEB DESK")]
    >>> apply_told(recs, {0: {"title": "", "outlet": "AMN", "published": ""}})
    >>> recs[0].title, recs[0].outlet
    ('', 'AMN')
    """
    ends = [r.line_end for r in records]
    ordered = all(a <= b for a, b in zip(ends, ends[1:], strict=False))
    for n in sorted(told):
        if ordered:  # the first record ending at or after the line, by bisection
            k = bisect.bisect_left(ends, n + 1)
            holder = records[k] if k < len(records) else None
        else:
            holder = next((r for r in records if r.line_end >= n + 1), None)
        if holder is None:
            continue
        facts = told[n]
        if "title" in facts:
            holder.title = facts["title"]
        if facts.get("outlet"):
            holder.outlet = facts["outlet"]
        elif facts.get("site") and not holder.outlet:
            holder.outlet = facts["site"]  # a site's name around the page: where none is read
        if facts.get("published"):
            holder.published = facts["published"]
