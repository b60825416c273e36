"""Export and digest layouts that wrap whole articles: read before the text's own layout.

Each reader returns a :class:`Frames`: dump lines that leave the view (with a named reason),
lines that open an article, and what the layout *tells* about the article it opens (its
title, outlet and publication date), which outranks what the segmenter reads in the text.

- **Front matter** (Hugo, Jekyll, Pelican, Zola exports, one Markdown file per article
  concatenated): a ``---`` YAML or ``+++`` TOML block with lower-case keys (``title:``,
  ``date:``, ``source:``/``publisher:``/``outlet:``, ``url:``, ``tags:``) opens an article and
  gives its title (an empty ``title: ""`` gives none), outlet and date; whole-line HTML comments
  between the files (``<!-- file: ... -->``) are markup.
- **News-alert digests** (Google Alerts, Talkwalker, Meltwater-like e-mails): an item is a
  headline line, a source line, a snippet ending in ``...`` and the item's address (with service
  lines such as ``Flag as irrelevant`` between). The item opens an article: the headline is its
  title, the source line its outlet. The alert's header lines above the first item (service
  name, query, ``Daily update``, section label) are furniture; where the item's full text follows
  (after a divider such as ``=== full text ===``, or directly), the snippet repeating its lead is
  furniture too, else the snippet is all the text there is and stays.
- **Transcripts** (broadcast and podcast transcripts): speaker turns (``ANCHOR:``,
  ``REPORTER (voice-over):``, ``[00:01:23] NAME:``), stage cues (``[SCREEN: ...]``,
  ``[END OF TRANSCRIPT]``), segment headings (``PART 2 — ...``) and the programme's header are
  furniture; a story shown on screen under ``WEB STORY — Outlet`` (``— date``) opens an article
  with that outlet and date, and the lines under it up to the next turn are its text.
- **Printed pages** (web pages printed from a browser): running headers (date, time, page title)
  and footers (address, ``n/m``) are furniture, and each document opens an article
  (:func:`print_pages`).
- **Research memos** (a Word memo pasted as text): excerpts under a ``Source: Outlet, date [n]``
  line standing alone are the articles; the title block, contents, numbered section headings
  with their prose and tables, and the footnotes are furniture (a tab-separated table row keeps
  its own reason, ``table row``).

Example
-------
>>> f = front_matter(["---", 'title: "Talks resume"', "source: Ariana News", "---", "", "Text."])
>>> sorted(f.dropped.values()), f.starts, f.told
(['front matter', 'front matter', 'front matter', 'front matter'], {0}, \
{0: {'title': 'Talks resume', 'outlet': 'Ariana News', 'published': ''}})
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field

import yaml

from afgresearch.corpus import lines as L
from afgresearch.corpus.dates import iso_date
from afgresearch.corpus.outlets import known_outlet

#: a front-matter block longer than this many lines is not one
FRONT_MATTER_MAX_LINES = 60
#: a transcript has at least this many timecoded turns, or this many pairs of adjacent turns
TRANSCRIPT_MIN_TURNS = 2
#: lines above an alert item's address searched for its snippet
ALERT_SNIPPET_REACH = 3
#: an alert snippet holds at least this many words
ALERT_SNIPPET_MIN_WORDS = 8
#: an alert item's source line holds at most this many words
ALERT_SOURCE_MAX_WORDS = 6

#: a memo's numbered section heading holds at most this many words
SECTION_MAX_WORDS = 12

FRONT = "front matter"
_FENCES = ("---", "+++")
_FRONT_LINE = re.compile(r"^(?:[a-z_][\w-]*\s*[:=]|\s+\S|-\s|\[)")
_FRONT_TITLE = ("title", "headline")
_FRONT_OUTLET = ("outlet", "source", "publisher", "publication", "site_name", "site")
_FRONT_DATE = ("date", "published", "pubdate", "published_at", "publishdate")
_FRONT_KEYS = frozenset((*_FRONT_TITLE, *_FRONT_OUTLET, *_FRONT_DATE, "url", "author"))
_COMMENT = re.compile(r"^<!--.*-->$")
_URL = re.compile(r"^<?https?://\S+>?$")
_ELLIPSIS = re.compile(r"(?:\.\.\.|…)$")
_DIVIDER = re.compile(r"^[=~*#-]{2,}\s*[\w ]{0,40}?\s*[=~*#-]{2,}$")
_TIMECODE = r"\[\d{1,2}:\d{2}(?::\d{2})?\]"
_SPEAKER = r"[A-Z][A-Z.'’ -]{1,40}?(?:\s*\([^()]{1,40}\))?"
_TIMED_TURN = re.compile(rf"^{_TIMECODE}\s*{_SPEAKER}:")
_TURN = re.compile(rf"^(?:{_TIMECODE}\s*)?{_SPEAKER}:\s+\S")
_CUE = re.compile(r"^\[[^\[\]]{2,80}\]$|^\((?:[A-Z][A-Z ]{1,40})\)$")
_SEGMENT = re.compile(
    r"^(?:PART|SEGMENT|SECTION|CHAPTER)\s+(?:\d{1,2}|[IVX]{1,5}|[A-Z]+)\b\s*(?:[—–:-].*)?$"
)
_OPENER = re.compile(
    r"^(?P<label>[A-Z][A-Z ]{1,24}?)\s+[—–-]\s+(?P<outlet>[^—–|]{2,60}?)"
    r"(?:\s+[—–-]\s+(?P<date>[^—–]{4,40}))?$"
)
_SECTION = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?[ \t]+[A-Z][^\t]{0,80}$")
_SUBSECTION = re.compile(r"^\d{1,2}\.\d{1,2}\.?[ \t]")
_MEMO_SOURCE = re.compile(r"^Source\s*:\s*(?P<told>\S.*)$", re.I)
_NOTE_MARK = re.compile(r"\s*\[\d{1,3}\]")
_UNDATED = re.compile(r"\s*\((?:undated|no date|n\.d\.)\)", re.I)
_VIA = re.compile(r"\s*\((?:via|carried by|through)\s+[^()]*\)", re.I)
_RELAYED = re.compile(r"\s+(?:summary|digest|translation|roundup|summaries) of\s+", re.I)
_FOOTNOTE = re.compile(r"^\[\d{1,3}\]\s+\S")
_HIGHLIGHTS = re.compile(r"^(?:highlights|annotations)\s*(?:\(\d+\))?\s*:?$", re.I)
_HIGHLIGHT_LINE = re.compile(r"^(?:>|[—–-]{1,2}\s*highlighted\b|note\s*:)", re.I)
_NOTES_HEADING = re.compile(r"\b(?:foot|end)?notes\b|\breferences\b|\bsources\b", re.I)


@dataclass
class Frames:
    """What a layout reader found: 0-based dump lines to drop (with reasons), lines that open an
    article, per opening line the ``title``/``outlet``/``published`` it tells, and lines the
    view reads rewritten."""

    dropped: dict[int, str] = field(default_factory=dict)
    starts: set[int] = field(default_factory=set)
    told: dict[int, dict[str, str]] = field(default_factory=dict)
    #: lines the view reads as other text (a coded ``HD`` field as its headline)
    rewritten: dict[int, list[str]] = field(default_factory=dict)

    def update(self, other: Frames) -> None:
        """Add what ``other`` found (its reasons win on lines both drop)."""
        self.dropped.update(other.dropped)
        self.starts |= other.starts
        self.told.update(other.told)
        self.rewritten.update(other.rewritten)


def _blank(line: str) -> bool:
    return not line.strip()


def lines_matching(raw: list[str], pattern: re.Pattern[str]) -> list[int]:
    """0-based numbers of the lines of ``raw`` that ``pattern`` matches, each line read without
    its surrounding blanks: the markers a layout reader counts before it takes a file for its
    layout (separators, timings, message stamps, turns).

    Example
    -------
    >>> lines_matching(["  * * *", "Talks resume.", "###"], re.compile(r"^(?:[*] ?){3}$|^#{3}$"))
    [0, 2]
    """
    return [n for n, line in enumerate(raw) if pattern.match(line.strip())]


#: front-matter keys that number a periodical's issue (a digest's front matter, not a story's)
_ISSUE_KEYS = frozenset({"issue", "issue_number", "issue_no", "edition", "volume", "newsletter"})


def _front_value(data: dict[str, object], names: tuple[str, ...]) -> object:
    return next((data[n] for n in names if data.get(n) not in (None, "")), None)


def _front_block(raw: list[str], i: int) -> tuple[int, dict[str, object]] | None:
    """The closing fence and the mapping of a front-matter block opening at line ``i``."""
    fence = raw[i].strip()
    end = next(
        (
            j
            for j in range(i + 1, min(len(raw), i + FRONT_MATTER_MAX_LINES))
            if raw[j].strip() == fence
        ),
        None,
    )
    if end is None or end == i + 1:
        return None
    body = raw[i + 1 : end]
    if not all(_blank(s) or _FRONT_LINE.match(s) for s in body):
        return None
    try:
        data = tomllib.loads("\n".join(body)) if fence == "+++" else yaml.safe_load("\n".join(body))
    except (yaml.YAMLError, tomllib.TOMLDecodeError):
        return None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        return None
    if not any(k.islower() and k in _FRONT_KEYS for k in data):
        return None
    return end, data


def front_matter(raw: list[str]) -> Frames:
    """Front-matter blocks of a content export: each opens an article and tells its metadata.

    A block opens the file or follows a blank line or an HTML comment. Class: static-site
    exports (Hugo, Jekyll, Pelican, Zola), one Markdown file per article concatenated.

    Example
    -------
    >>> f = front_matter(["+++", 'title = ""', "date = 2025-03-02", "+++", "Text."])
    >>> f.starts, f.told[0]
    ({0}, {'title': '', 'outlet': '', 'published': '2025-03-02'})
    """
    out = Frames()
    i = 0
    while i < len(raw):
        s = raw[i].strip()
        above = raw[i - 1].strip() if i else ""
        if s in _FENCES and (not above or _COMMENT.match(above)):
            block = _front_block(raw, i)
            if block is not None:
                end, data = block
                for n in range(i, end + 1):
                    out.dropped[n] = FRONT
                # a block that numbers an issue ('issue: 14', 'edition:') heads a digest or a
                # newsletter: its title names the issue, not the first story under it
                if not any(k.casefold() in _ISSUE_KEYS for k in data):
                    out.starts.add(i)
                    out.told[i] = _front_told(data)
                i = end + 1
                continue
        i += 1
    if out.starts:
        for n, line in enumerate(raw):
            if _COMMENT.match(line.strip()):
                out.dropped.setdefault(n, "markup comment")
    return out


def _front_told(data: dict[str, object]) -> dict[str, str]:
    title = _front_value(data, _FRONT_TITLE)
    # a web clipper's 'source:' holds the page's address, which names no outlet: the next key
    # that holds a name ('site:', 'publisher:') does
    outlet = next(
        (
            data[n]
            for n in _FRONT_OUTLET
            if data.get(n) not in (None, "") and not _URL.match(str(data[n]).strip())
        ),
        None,
    )
    date = _front_value(data, _FRONT_DATE)
    outlet_name = " ".join(str(outlet).split()) if isinstance(outlet, str | int) else ""
    return {
        "title": " ".join(str(title).split()) if isinstance(title, str | int) else "",
        "outlet": known_outlet(outlet_name) or outlet_name,
        "published": _told_date(date),
    }


def _told_date(value: object) -> str:
    """An ISO date from a front-matter or header value (a date, a datetime or a string)."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        return L.parse_date(value.strip()) or ""
    return iso_date(value) or ""


def _alert_item(raw: list[str], url: int) -> tuple[int, int, int, int] | None:
    """(headline, source, snippet, url) lines of the alert item whose address is line ``url``."""
    for snippet in range(url - 1, max(url - 1 - ALERT_SNIPPET_REACH, -1), -1):
        s = raw[snippet].strip()
        if _blank(s):
            return None
        if _ELLIPSIS.search(s) and L.word_count(s) >= ALERT_SNIPPET_MIN_WORDS:
            break
        if L.word_count(s) > 4:
            return None  # only service lines ('Flag as irrelevant') stand between
    else:
        return None
    source, headline = snippet - 1, snippet - 2
    if headline < 0 or _blank(raw[source]) or _blank(raw[headline]):
        return None
    told = raw[source].strip()
    if L.word_count(told) > ALERT_SOURCE_MAX_WORDS or told[-1:] in ".!?:" or _URL.match(told):
        return None
    if L.word_count(raw[headline]) < 3 or _URL.match(raw[headline].strip()):
        return None
    return headline, source, snippet, url


def _next_content(raw: list[str], i: int) -> int:
    while i < len(raw) and _blank(raw[i]):
        i += 1
    return i


def alert_items(raw: list[str]) -> Frames:
    """Items of news-alert digests: each opens an article with its headline and outlet.

    Class: alert e-mails (Google Alerts, Talkwalker, Meltwater-like) that list items as headline,
    source, snippet and address, optionally followed by the item's full text.

    Example
    -------
    >>> f = alert_items(["My Alerts", "Quake toll rises in Herat", "Kabul Now",
    ...     "The toll of the quake rose to 40 on Sunday as teams ...", "https://x.org/1", "",
    ...     "Quake toll rises in Herat", "The toll of the quake rose to 40 on Sunday."])
    >>> sorted(f.dropped.items()), f.starts, f.told[1]["title"]
    ([(0, 'alert header'), (2, 'alert source'), (3, 'alert snippet'), (4, 'alert link')], {1}, \
'Quake toll rises in Herat')
    """
    out = Frames()
    items = [
        item
        for n, line in enumerate(raw)
        if _URL.match(line.strip()) and (item := _alert_item(raw, n))
    ]
    for k, (headline, source, snippet, url) in enumerate(items):
        name = raw[source].strip()
        out.starts.add(headline)
        out.told[headline] = {"title": L.clean_title(raw[headline].strip()), "outlet": name}
        out.dropped[source] = "alert source"
        for n in range(snippet + 1, url):
            out.dropped[n] = "alert furniture"
        out.dropped[url] = "alert link"
        # the alert's header above the item: service name, query, update line, section label
        n = headline - 1
        floor = items[k - 1][3] if k else -1
        while n > floor and not _blank(raw[n]):
            out.dropped.setdefault(n, "alert header")
            n -= 1
        after = _next_content(raw, url + 1)
        following = items[k + 1][0] if k + 1 < len(items) else len(raw)
        if after < len(raw) and _DIVIDER.match(raw[after].strip()):
            out.dropped[after] = "full-text divider"
            out.dropped[snippet] = "alert snippet"
        elif any(
            L.word_count(raw[n]) >= ALERT_SNIPPET_MIN_WORDS and raw[n].rstrip()[-1:] in '.!?”"'
            for n in range(after, following)
            if n not in out.dropped
        ):
            out.dropped[snippet] = "alert snippet"  # the full text follows: the snippet repeats it
    return out


def _turn_lines(raw: list[str]) -> set[int]:
    """Speaker turns of a transcript: timecoded turns where the file has them (a transcript
    times every turn, so a dateline such as ``KABUL (BNA):`` under a timed turn is text), else
    untimed turns next to another turn."""
    timed = lines_matching(raw, _TIMED_TURN)
    if len(timed) >= TRANSCRIPT_MIN_TURNS:
        return set(timed)
    turns = lines_matching(raw, _TURN)
    adjacent = [
        (a, b) for a, b in zip(turns, turns[1:], strict=False) if _next_content(raw, a + 1) == b
    ]
    if len(adjacent) >= TRANSCRIPT_MIN_TURNS:
        return {n for pair in adjacent for n in pair}
    return set()


def transcript(raw: list[str]) -> Frames:
    """Furniture of a broadcast transcript and the stories it shows on screen.

    Class: TV and radio programme transcripts, podcast transcripts, with web stories or wire
    copy pasted under an on-screen caption line (``WEB STORY — Outlet — date``).

    Example
    -------
    >>> f = transcript(["NEWS HOUR", "[00:00:02] ANCHOR: Good evening.",
    ...     "[00:00:09] REPORTER: Here is the report.", "ON SCREEN — Tolo News — 3 May 2025",
    ...     "Officials met on Monday."])
    >>> sorted(f.dropped.values()), f.starts, f.told[3]
    (['programme header', 'story opener', 'transcript turn', 'transcript turn'], {3}, \
{'outlet': 'Tolo News', 'published': '2025-05-03'})
    """
    out = Frames()
    turns = _turn_lines(raw)
    if not turns:
        return out
    furniture: dict[int, str] = {}
    for n, line in enumerate(raw):
        s = line.strip()
        if n in turns:
            furniture[n] = "transcript turn"
        elif _CUE.match(s):
            furniture[n] = "stage cue"
        elif _SEGMENT.match(s) and s.upper() == s:
            furniture[n] = "segment heading"
    for n, line in enumerate(raw):
        m = _OPENER.match(line.strip())
        above = n - 1
        while above >= 0 and _blank(raw[above]):
            above -= 1
        if m and above >= 0 and above in furniture and n not in furniture:
            name = m["outlet"].strip()
            furniture[n] = "story opener"
            out.starts.add(n)
            out.told[n] = {
                "outlet": known_outlet(name) or name,
                "published": _told_date(m["date"] or ""),
            }
    if not out.starts:
        return out
    first = min(furniture)
    for n in range(first):
        if not _blank(raw[n]):
            furniture[n] = "programme header"
    out.dropped.update(furniture)
    return out


def _memo_source(s: str) -> dict[str, str] | None:
    m = _MEMO_SOURCE.match(s)
    if not m:
        return None
    told = _NOTE_MARK.sub("", m["told"]).strip()
    name, _, date = told.partition(",")
    undated = bool(_UNDATED.search(name))
    name = _RELAYED.split(_VIA.sub("", _UNDATED.sub("", name)))[-1].strip(" .")
    return {
        "outlet": known_outlet(name) or name,
        "published": "" if undated else _told_date(date.strip()),
    }


#: header lines an excerpt's ``Source:`` line may stand among ('By Human Rights Watch', a date)
_EXCERPT_HEADER_KINDS = frozenset({L.DATE, L.BYLINE})
#: a desk's or agency's name standing as a header line holds at most this many words
EXCERPT_CREDIT_MAX_WORDS = 3


def _excerpt_header(line: str) -> bool:
    """True when ``line`` is a header line of a pasted excerpt: a date or byline line, or a short
    credit line without a sentence end (``Jarida Report``, ``Reuters``)."""
    kind = L.classify(line)
    return kind in _EXCERPT_HEADER_KINDS or (
        kind == L.TITLE and L.word_count(line) <= EXCERPT_CREDIT_MAX_WORDS
    )


def _header_above(raw: list[str], n: int, sections: list[int]) -> bool:
    """True when the ``Source:`` line ``n`` ends a header block that a blank line or a numbered
    heading opens: every line between is an excerpt's header line (a byline, a date)."""
    block = _header_block(raw, n, sections)
    return bool(block) and all(_excerpt_header(raw[j]) for j in block)


def _header_block(raw: list[str], n: int, sections: list[int]) -> list[int]:
    """The lines above line ``n`` up to a blank line or a numbered heading (of any length)."""
    j = n - 1
    while (
        j >= 0 and not _blank(raw[j]) and j not in sections and not _SECTION.match(raw[j].strip())
    ):
        j -= 1
    return list(range(j + 1, n))


def _header_date(raw: list[str], n: int, sections: list[int]) -> str:
    """The date of a date line among the ``Source:`` line's header lines (``Date: 3 May 2025``)."""
    below = []
    j = n + 1
    while j < len(raw) and not _blank(raw[j]):
        below.append(j)
        j += 1
    for k in [*_header_block(raw, n, sections), *below]:
        if L.classify(raw[k]) == L.DATE and (told := _told_date(_LABEL.sub("", raw[k].strip()))):
            return told
    return ""


#: a numbered heading that is an excerpt's own headline holds at least this many words
EXCERPT_HEADLINE_MIN_WORDS = 5
_NUMBERING = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?[ \t]+")
_ANNOTATED = re.compile(r"\([^()]+\)\s*$")


def _excerpt_headline(raw: list[str], n: int, sections: list[int]) -> str:
    """The headline of the excerpt whose ``Source:`` line is ``n``: the numbered subheading
    (``1.1 ...``) directly above its header lines, without its number. A compiler's own caption
    is no headline: a short heading (``1.2 Excerpts``) or one ending in a parenthesised note
    (``1.3 Aid cuts (Valley Post)``, naming the source) gives none.

    Example
    -------
    >>> raw = ["1.1 Farmers Say the New Canal Cut Their Share of Water", "Source: Valley Post [1]"]
    >>> _excerpt_headline(raw, 1, [0]), _excerpt_headline(["1.2 Canal (Valley Post)", raw[1]], 1, [0])
    ('Farmers Say the New Canal Cut Their Share of Water', '')
    """
    block = _header_block(raw, n, sections)
    above = (block[0] if block else n) - 1
    if above < 0:
        return ""
    heading = raw[above].strip()
    numbered = _NUMBERING.match(heading)
    if not numbered:
        return ""
    text = heading[numbered.end() :].strip()
    if L.word_count(text) < EXCERPT_HEADLINE_MIN_WORDS or _ANNOTATED.search(text):
        return ""
    return text


_LABEL = re.compile(r"^[A-Za-z][\w ]{0,20}:\s*")


def _header_below(raw: list[str], n: int) -> bool:
    """True when the ``Source:`` line ``n`` is followed by header lines (a date) up to a blank."""
    j = n + 1
    while j < len(raw) and not _blank(raw[j]):
        if L.classify(raw[j]) not in _EXCERPT_HEADER_KINDS:
            return False
        j += 1
    return True


def memo_excerpts(raw: list[str]) -> Frames:
    """Excerpts of a research memo and the memo's own furniture around them.

    A memo numbers its sections (at least one ``1.1``-style heading) and sets each excerpt under
    a ``Source:`` line standing alone or among the excerpt's own header lines (a byline or date
    line above or below it, up to a blank line or the numbered heading). Class: briefing notes and research memos pasted from a
    word processor, quoting press excerpts between their own sections, tables and footnotes.

    Example
    -------
    >>> f = memo_excerpts(["BRIEFING NOTE", "", "1. Returns", "", "1.1 Excerpts", "",
    ...     "Source: Tolo News, 3 May 2025 [1]", "", "Officials met on Monday.", "",
    ...     "Source: Pajhwok (undated) [2]", "", "Trade resumed.", "", "2. Notes", "",
    ...     "[1] Tolo News, web.", "[2] Pajhwok, web."])
    >>> sorted(f.starts), f.told[6], f.told[10]["outlet"], f.dropped[16]
    ([6, 10], {'outlet': 'Tolo News', 'published': '2025-05-03'}, 'Pajhwok', 'footnotes')
    """
    out = Frames()
    sections = [
        n
        for n, line in enumerate(raw)
        if _SECTION.match(line.strip())
        and not line.rstrip().endswith(".")
        and L.word_count(line) <= SECTION_MAX_WORDS
        and (n == 0 or _blank(raw[n - 1]))
    ]
    if not any(_SUBSECTION.match(raw[n].strip()) for n in sections):
        return out
    openers = [
        n
        for n, line in enumerate(raw)
        if _MEMO_SOURCE.match(line.strip())
        and (n == 0 or _blank(raw[n - 1]) or n - 1 in sections or _header_above(raw, n, sections))
        and (n + 1 >= len(raw) or _blank(raw[n + 1]) or _header_below(raw, n))
    ]
    if len(openers) < 2:
        return out
    for n in openers:
        out.starts.add(n)
        out.told[n] = _memo_source(raw[n].strip()) or {}
        if not out.told[n].get("published"):
            out.told[n]["published"] = _header_date(raw, n, sections)
        if title := _excerpt_headline(raw, n, sections):
            out.told[n]["title"] = title
        out.dropped[n] = "excerpt source"
    # the title block, and each numbered section up to the next section or excerpt, are the
    # memo's own
    begins = [0, *(n for n in sections if n)]
    for k, begin in enumerate(begins):
        stop = min(
            next((n for n in openers if n > begin), len(raw)),
            begins[k + 1] if k + 1 < len(begins) else len(raw),
        )
        if not begin:
            reason = "memo title block"
        elif _NOTES_HEADING.search(raw[begin]):
            reason = "footnotes"
        else:
            reason = "memo section"
        for n in range(begin, stop):
            if _blank(raw[n]) or n in out.dropped:
                continue
            if "\t" in raw[n].strip() and any(ch.isdigit() for ch in raw[n]):
                out.dropped[n] = "table row"
            elif _FOOTNOTE.match(raw[n].strip()):
                out.dropped[n] = "footnotes"
            else:
                out.dropped[n] = reason
    return out


def highlights(raw: list[str]) -> Frames:
    """Highlights of a read-later export: the quoted passages under a ``Highlights (n)`` label
    repeat the article's own sentences, and the reader's notes on them are not the article's.

    Class: read-later and annotation exports (Pocket, Instapaper, Readwise-like): a label, then
    ``> “quoted sentence”`` lines, ``— highlighted on ...`` and ``Note: ...`` lines.

    Example
    -------
    >>> highlights(["Text one.", "Highlights (1)", "> “Text one.”", "— highlighted 3 May"]).dropped
    {1: 'highlights', 2: 'highlights', 3: 'highlights'}
    """
    out = Frames()
    for n, line in enumerate(raw):
        if not _HIGHLIGHTS.match(line.strip()):
            continue
        j = n + 1
        while j < len(raw) and _HIGHLIGHT_LINE.match(raw[j].strip()):
            j += 1
        if j > n + 1 or _blank(raw[n + 1] if n + 1 < len(raw) else ""):
            for k in range(n, j):
                out.dropped[k] = "highlights"
    return out


#: a browser's print header: the date and time printed, then the page's title ('14/10/2025,
#: 09:12    Outlet'), or the title first and the date and time last
_PRINT_STAMP = r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_PRINT_HEADER = re.compile(
    rf"^\s*(?:{_PRINT_STAMP}(?:(?:\s{{2,}}|\t)(?P<after>\S.*?))?"
    rf"|(?P<before>\S.*?)(?:\s{{2,}}|\t){_PRINT_STAMP})\s*$"
)
#: a print header's page title this short is the site's name, not the article's headline
PRINT_SITE_MAX_WORDS = 4
#: a browser's print footer: the page's address, then the page number ('1/2', 'Page 1 of 2')
_PRINT_FOOTER = re.compile(
    r"^\s*(?:https?://|file:///)\S+(?:\s{2,}|\t)"
    r"(?:page\s+)?(?P<page>\d{1,3})\s*(?:/|\s+of\s+)\s*(?P<pages>\d{1,3})\s*$",
    re.I,
)
#: print footers needed before a dump is read as pages printed from a browser
PRINT_MIN_FOOTERS = 2


def print_pages(raw: list[str]) -> Frames:
    """Web pages printed from a browser (or saved as PDF and copied out as text).

    Class: print and reader-mode exports. Each printed page carries a running header (the date
    and time printed and the page's title) and a footer (the page's address and ``n/m``); a
    page break falls anywhere, inside a paragraph or between a headline and its text. Headers
    and footers are furniture (the printing date is no publication date); a document opens at
    its first page and ends at the footer of its last (``m/m``), so the next document's first
    line opens an article. A short page title in the first header is the site's name: it gives
    the article's outlet where the text names none.

    Example
    -------
    >>> raw = ["02/05/2025, 10:00    Valley Post", "Talks resume", "Officials met.",
    ...        "https://valley.example/a    1/2", "02/05/2025, 10:00    Valley Post",
    ...        "They met again.", "https://valley.example/a    2/2", "",
    ...        "03/05/2025, 09:30    Hill Times", "Officials said.", "https://hill.example/b    1/1"]
    >>> f = print_pages(raw)
    >>> sorted(f.starts), sorted(f.dropped), f.told[8]
    ([0, 8], [0, 3, 4, 6, 8, 10], {'site': 'Hill Times'})
    """
    out = Frames()
    footers = {n: m for n, line in enumerate(raw) if (m := _PRINT_FOOTER.match(line))}
    if len(footers) < PRINT_MIN_FOOTERS:
        return out
    for n, line in enumerate(raw):
        if n in footers:
            out.dropped[n] = "print footer"
        elif _PRINT_HEADER.match(line):
            out.dropped[n] = "print header"
    begin = 0  # where the next document may open
    for n in sorted(footers):
        page, pages = int(footers[n]["page"]), int(footers[n]["pages"])
        if page == 1:
            first = next((k for k in range(begin, n) if not _blank(raw[k])), None)
            if first is not None:
                out.starts.add(first)
                if site := _print_site(raw[first]):
                    # the site's name in the header: the outlet, where the text names none
                    out.told[first] = {"site": site}
        if page >= pages:
            begin = n + 1
    return out


def _print_site(line: str) -> str:
    """The site's name a print header gives as the page's title, when that title is short."""
    m = _PRINT_HEADER.match(line)
    title = ((m["after"] or m["before"] or "") if m else "").strip()
    return title if title and L.word_count(title) <= PRINT_SITE_MAX_WORDS else ""


def read_layouts(raw: list[str]) -> Frames:
    """All of the above but :func:`highlights` on one dump (each reader keys on its own layout's
    evidence). Highlights are ``>`` quoted lines, so they are read on the dump as it stands, before
    :func:`afgresearch.corpus.transport.strip_quote_prefix` takes the prefix off.

    Example
    -------
    >>> read_layouts(["Talks resume in Kabul", "", "Officials met."]).starts
    set()
    """
    out = Frames()
    for reader in (front_matter, alert_items, transcript, memo_excerpts, print_pages):
        out.update(reader(raw))
    return out
