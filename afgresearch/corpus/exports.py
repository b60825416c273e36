"""Research-database, chat and caption exports that wrap articles: read before the text's layout.

Each reader returns a :class:`~afgresearch.corpus.layouts.Frames` (lines that leave the view
with a named reason, lines that open an article, what the export tells about each article).

- **Database text exports** (Nexis Uni / LexisNexis, ProQuest-like): each document ends with an
  ``End of Document`` line and holds a ``Body`` line (or ``Full text:``) under its header
  fields. The document's headline is the first line of the block of header lines above the
  fields, the line under it the publication's name, a date line there the publication date.
  The export's header and numbered result list, ``Length:``, ``Section:``, ``Load-Date:``
  (the day the database loaded the story, not its date), ``Copyright`` lines, ``Body``,
  ``End of Document`` and the ``Classification`` block are furniture.
- **Factiva's full format**: two-to-three letter field codes before the value (``HD``
  headline, ``BY``, ``WC``, ``PD`` date, ``SN`` source name, ``SC``, ``LA``, ``CY``, ``LP``
  lead, ``TD`` text, ``CO``, ``IN``, ``NS``, ``RE``, ``IPD``, ``PUB``, ``AN`` accession
  number). Each ``HD`` opens an article with its title, ``SN`` gives the outlet and ``PD`` the
  date; every coded line is furniture, and so are the export's page lines (``Page 2 of 5 ©
  2025 Factiva, Inc.``) and the search summary after the last document.
- **Chat exports** (WhatsApp, Signal, Teams copied as text): lines opening with a message stamp
  (``12/03/2025, 10:42 - Name: ...``, ``[10:42] Name: ...``, ``[12/03/2025, 10:42:05] Name:``)
  are the chat, never an article's text: their time is when it was shared, not published. A
  run of continuation lines under a message that reads as prose (a long line or several lines)
  is a pasted article and opens one; a short continuation (a reply's quoted text) is chat. A
  known outlet named in the message above the paste is its site where the text names none.
- **Caption files** (SRT, WebVTT) pasted above a web story: cue timings
  (``00:00:03,240 --> 00:00:06,900``), cue numbers, the caption text under a timing, the
  ``WEBVTT`` header and its ``Kind:``/``Language:`` lines, ``NOTE`` blocks and a caption
  file's name are furniture; a caption file opens an article (the story below it). A video's
  label there (``Valley TV Video · 1:42``) is furniture that names the site where the story
  names no outlet.

Example
-------
>>> f = caption_cues(["1", "00:00:00,000 --> 00:00:02,000", "Quake hits.", "",
...     "2", "00:00:02,000 --> 00:00:04,000", "Rescue goes on.", "", "Text of the story."])
>>> sorted(set(f.dropped.values())), f.starts
(['caption cue'], {0})
"""

from __future__ import annotations

import re

from afgresearch.corpus import lines as L
from afgresearch.corpus.colonfields import colon_fields
from afgresearch.corpus.layouts import Frames, lines_matching
from afgresearch.corpus.leaderfields import leader_fields
from afgresearch.corpus.outlets import known_outlet

# --- database text exports (Nexis Uni and the like) -----------------------------------------

#: a database export needs this many ``End of Document`` lines (one document is a page)
DATABASE_MIN_DOCUMENTS = 1
#: header lines read above the ``Body`` line
DATABASE_HEADER_REACH = 12

_END_OF_DOCUMENT = re.compile(r"^End of Document\s*$", re.I)
_BODY = re.compile(r"^(?:Body|Full text\s*:?)\s*$", re.I)
_DB_FIELD = re.compile(
    r"^(?:Length|Section|Load-Date|Byline|Dateline|Highlight|Graphic|Publication-Type|Language|"
    r"Subject|Geographic|Industry|Company|Organization|Person|Ticker|Journal Code|Document-Type|"
    r"Notes|Correction-Date|Acc-No|Publication title|Publication date|Source type|"
    r"ProQuest document ID|Document URL|Copyright)\s*:\s*",
    re.I,
)
_COPYRIGHT = re.compile(r"^(?:Copyright|©)\s*(?:\(c\)\s*)?\d{4}\b", re.I)
_CLASSIFICATION = re.compile(r"^Classification\s*$", re.I)


def _header_run(raw: list[str], body: int, floor: int) -> list[int]:
    """The block of header lines above a ``Body`` line: fields, copyright and blank lines are
    skipped upwards, then the contiguous non-blank run above them (headline, outlet, date)."""
    j = body - 1
    while j >= floor and (
        not raw[j].strip() or _DB_FIELD.match(raw[j].strip()) or _COPYRIGHT.match(raw[j].strip())
    ):
        j -= 1
    run: list[int] = []
    while j >= floor and raw[j].strip():
        run.append(j)
        j -= 1
    return run[::-1]


def database_documents(raw: list[str]) -> Frames:
    """Documents of a database text export (see the module docstring).

    Example
    -------
    >>> f = database_documents(["Talks resume in Doha", "The Daily Ledger",
    ...     "March 3, 2025 Monday", "Length: 80 words", "Body", "Officials met.",
    ...     "Load-Date: March 4, 2025", "End of Document"])
    >>> f.starts, f.told[0]
    ({0}, {'title': 'Talks resume in Doha', 'outlet': 'The Daily Ledger', 'published': '2025-03-03'})
    """
    out = Frames()
    ends = lines_matching(raw, _END_OF_DOCUMENT)
    if len(ends) < DATABASE_MIN_DOCUMENTS:
        return out
    floor = 0
    for end in ends:
        body = next(
            (j for j in range(floor, end) if _BODY.match(raw[j].strip())),
            None,
        )
        if body is None:
            floor = end + 1
            continue
        run = _header_run(raw, body, max(floor, body - DATABASE_HEADER_REACH))
        if not run:
            floor = end + 1
            continue
        head = run[0]
        told = {"title": L.clean_title(raw[head].strip()), "outlet": "", "published": ""}
        for j in run[1:]:
            s = raw[j].strip()
            date = L.parse_date(s)
            if date and not told["published"]:
                told["published"] = date
                out.dropped[j] = "export field"
            elif not told["outlet"] and j == run[1] and len(s.split()) <= 8:
                told["outlet"] = s
                out.dropped[j] = "export field"
        for j in range(floor, head):
            if raw[j].strip():
                out.dropped.setdefault(j, "export header")
        for j in range(head + 1, body + 1):
            s = raw[j].strip()
            furniture = _DB_FIELD.match(s) or _COPYRIGHT.match(s) or _BODY.match(s)
            # a byline or dateline field stays a header line of the article
            if s and furniture and not s.lower().startswith(("byline", "dateline")):
                out.dropped[j] = "export field"
        for j in range(body + 1, end + 1):
            s = raw[j].strip()
            if s and (_END_OF_DOCUMENT.match(s) or s.lower().startswith("load-date")):
                out.dropped[j] = "export field"
        out.starts.add(head)
        out.told[head] = told
        floor = end + 1
    if out.starts:
        # after the last document: its classification block and the export's trailer
        for j in range(floor, len(raw)):
            if raw[j].strip():
                out.dropped[j] = "export trailer"
        for j in range(len(raw)):
            if _CLASSIFICATION.match(raw[j].strip()):
                k = j
                while k < len(raw) and not _END_OF_DOCUMENT.match(raw[k].strip()):
                    if raw[k].strip() and (k == j or _DB_FIELD.match(raw[k].strip())):
                        out.dropped.setdefault(k, "export field")
                    k += 1
    return out


# --- Factiva's full format ------------------------------------------------------------------

#: a Factiva export needs this many ``HD`` headline lines and as many ``SN`` or ``AN`` lines
FACTIVA_MIN_DOCUMENTS = 1

_CODE = re.compile(
    r"^(?P<code>HD|BY|WC|PD|ET|SN|SC|ED|PG|LA|CY|LP|TD|CO|IN|NS|RE|IPC|IPD|PUB|AN|SE|CR|ART|RF)"
    r"(?:[ \t]+(?P<value>\S.*))?$"
)
_WORD_COUNT = re.compile(r"^[\d,.]+\s+words?\b", re.I)
_FACTIVA_PAGE = re.compile(r"^Page\s+\d+\s+of\s+\d+\s+©.*Factiva", re.I)
_FACTIVA_BRAND = re.compile(r"^(?:Factiva|Dow Jones)\s*$", re.I)
#: codes whose value is furniture (their lines leave the view)
_CODED = "coded field"


def factiva_documents(raw: list[str]) -> Frames:
    """Documents of a Factiva full-format export (see the module docstring).

    Example
    -------
    >>> f = factiva_documents(["HD\\tTalks resume in Doha", "WC\\t80 words",
    ...     "PD\\t3 March 2025", "SN\\tThe Daily Ledger", "LP", "Officials met.",
    ...     "AN\\tDocument DLEDG00020250303"])
    >>> f.starts, f.told[0]
    ({0}, {'title': 'Talks resume in Doha', 'outlet': 'The Daily Ledger', 'published': '2025-03-03'})
    """
    out = Frames()
    coded = [(i, m) for i, line in enumerate(raw) if (m := _CODE.match(line.strip()))]
    heads = [i for i, m in coded if m["code"] == "HD" and m["value"]]
    # Factiva's own marks: a word count (``WC 412 words``) or an accession number
    # (``AN Document ...``) in every document, so a line opening 'HD video' or 'AN official'
    # in a story reads as text
    marks = [
        i
        for i, m in coded
        if (m["code"] == "WC" and _WORD_COUNT.match(m["value"] or ""))
        or (m["code"] == "AN" and (m["value"] or "").startswith("Document "))
    ]
    bounds = [*heads, len(raw)]
    marked = all(any(a < i < b for i in marks) for a, b in zip(bounds, bounds[1:], strict=False))
    if len(heads) < FACTIVA_MIN_DOCUMENTS or not marked:
        return out
    by_line = dict(coded)
    for k, head in enumerate(heads):
        nxt = heads[k + 1] if k + 1 < len(heads) else len(raw)
        told = {"title": by_line[head]["value"].strip(), "outlet": "", "published": ""}
        for j in range(head, nxt):
            m = by_line.get(j)
            if m is None:
                continue
            value = (m["value"] or "").strip()
            if m["code"] == "SN" and value and not told["outlet"]:
                told["outlet"] = value
                out.rewritten[j] = [f"Source: {value}"]
            elif m["code"] == "PD" and value and not told["published"]:
                told["published"] = L.parse_date(value) or ""
                out.rewritten[j] = [value]
            elif j != head:
                out.dropped[j] = _CODED
        # the view reads the headline, date and source without their codes, as a header block
        # whose headline is settled (no line below it is taken for one)
        out.rewritten[head] = [told["title"]]
        out.starts.add(head)
        out.told[head] = told
    # the export's brand and page lines, and the search summary after the last accession number
    for i, line in enumerate(raw):
        s = line.strip()
        if _FACTIVA_PAGE.match(s) or (i < heads[0] and s):
            out.dropped.setdefault(i, "export header")
    ans = [i for i, m in coded if m["code"] == "AN"]
    if ans and ans[-1] >= heads[-1]:
        for j in range(ans[-1] + 1, len(raw)):
            if raw[j].strip():
                out.dropped[j] = "export trailer"
    return out


# --- Factiva's article format (no field codes) ---------------------------------------------

#: the accession number closing each document: ``Document`` and a source code run into the
#: date and a serial (``Document DLEDG00020250303el3300007``)
_ACCESSION = re.compile(r"^Document\s+(?=[A-Za-z0-9]*\d{6})[A-Za-z0-9]{12,40}$")
_WORD_COUNT_LINE = re.compile(r"^[\d,.]+\s+words?$", re.I)
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s+[A-Z]{2,4})?$")
#: a header line of the article format that names neither title, date nor outlet
_FIELD = "export field"


def factiva_articles(raw: list[str]) -> Frames:
    """Documents of a Factiva export in its article format, the fields without their codes:
    headline and byline above a word count (``412 words``), then the date, an optional time,
    the source's name, its code, edition, page, language and copyright, each on its line; the
    text below; a ``Document <accession number>`` line closes each document. The header block
    is the block of lines holding the word count; the first line above the count is the
    headline (a document may have none); the first line after the count that is neither a date
    nor a time is the outlet (the source's code comes after it). Lines
    between one accession number and the next header block (a result counter, the export's
    header) and the search summary after the last one are furniture.

    Example
    -------
    >>> f = factiva_articles(["Talks resume in Doha", "80 words", "3 March 2025",
    ...     "The Daily Ledger", "DLEDG", "English", "", "Officials met.", "",
    ...     "Document DLEDG00020250303el3300007"])
    >>> f.starts, f.told[0]
    ({0}, {'title': 'Talks resume in Doha', 'outlet': 'The Daily Ledger', 'published': '2025-03-03'})
    """
    out = Frames()
    ends = lines_matching(raw, _ACCESSION)
    if len(ends) < FACTIVA_MIN_DOCUMENTS:
        return out
    found = Frames()
    previous = -1
    for end in ends:
        counts = [i for i in range(previous + 1, end) if _WORD_COUNT_LINE.match(raw[i].strip())]
        if not counts:
            return out  # every document of the format has its word count
        wc = counts[0]
        top = wc
        while top - 1 > previous and raw[top - 1].strip():
            top -= 1
        bottom = wc
        while bottom + 1 < end and raw[bottom + 1].strip():
            bottom += 1
        told = {"title": raw[top].strip() if top < wc else "", "outlet": "", "published": ""}
        for j in range(previous + 1, top):
            if raw[j].strip():
                found.dropped[j] = "export header"
        for j in range(top + 1, bottom + 1):
            value = raw[j].strip()
            if j > wc and not told["published"] and (date := L.parse_date(value)):
                told["published"] = date
                found.rewritten[j] = [value]
            elif j > wc and not told["outlet"] and not _CLOCK.match(value):
                told["outlet"] = value
                found.rewritten[j] = [f"Source: {value}"]
            else:
                found.dropped[j] = _FIELD
        if told["title"]:
            found.rewritten[top] = [told["title"]]
        else:
            found.dropped[top] = _FIELD
        found.starts.add(top)
        found.told[top] = told
        found.dropped[end] = "export trailer"
        previous = end
    for j in range(ends[-1] + 1, len(raw)):
        if raw[j].strip():
            found.dropped[j] = "export trailer"
    return found


# --- chat exports ---------------------------------------------------------------------------

#: a chat export needs this many message lines
CHAT_MIN_MESSAGES = 3
#: a continuation run is a pasted text with this many lines, or one line of this many words
PASTE_MIN_LINES = 2
PASTE_MIN_WORDS = 25

#: a dated stamp before a dash (``12/03/2025, 10:42 -``) or in brackets (``[12.03.25, 10:42:05]``),
#: or a bare clock time before a person's name (``[10:42] Nadia R:``); a transcript's
#: ``[00:01:23] HOST:``, a print header's ``3/11/25, 4:05 PM   Site`` and a channel's post line
#: with nothing after its name (``[26.04.24 12:20] Channel:``, the post below it) are no messages
_STAMP = (
    r"(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?"
    r"\s[-–]\s+\S"
    r"|\[\d{1,4}[./-]\d{1,2}[./-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]"
    r"\s*[^:]{1,80}:\s+\S"
    r"|\[\d{1,2}:\d{2}(?:\s?[AaPp]\.?[Mm]\.?)?\]\s*[A-Z][a-z][^:]{0,40}:)"
)
_MESSAGE = re.compile(rf"^\u200e?{_STAMP}")


#: a message's stamp and sender, before its text
_MESSAGE_TEXT = re.compile(
    r"^.*?\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?[^:]{0,60}:\s*"
)
#: an outlet's name in a message has at most this many words
OUTLET_MAX_WORDS = 4
_NAME_WORD = re.compile(r"[\w’'&.-]+")


def named_outlet(text: str) -> str:
    """The first known outlet named in ``text`` (longest name first at each word), or ''.

    Example
    -------
    >>> named_outlet("Reuters piece from Herat, good figures")
    'Reuters'
    """
    words = _NAME_WORD.findall(text)
    for i in range(len(words)):
        for n in range(min(OUTLET_MAX_WORDS, len(words) - i), 0, -1):
            if name := known_outlet(" ".join(words[i : i + n])):
                return name
    return ""


def chat_messages(raw: list[str]) -> Frames:
    """Messages of a chat export and the articles pasted under them (see the module docstring).

    Example
    -------
    >>> f = chat_messages(["01/02/2025, 09:00 - Ana: morning", "01/02/2025, 09:01 - Ana: text:",
    ...     "Officials met in Doha on Monday to resume talks on trade and transit.",
    ...     "They agreed to meet again in a month, the ministry said in a statement.",
    ...     "01/02/2025, 09:05 - Bo: thanks"])
    >>> sorted(f.dropped), f.starts
    ([0, 1, 4], {2})
    """
    out = Frames()
    messages = lines_matching(raw, _MESSAGE)
    if len(messages) < CHAT_MIN_MESSAGES:
        return out
    for k, m in enumerate(messages):
        out.dropped[m] = "chat message"
        nxt = messages[k + 1] if k + 1 < len(messages) else len(raw)
        run = [j for j in range(m + 1, nxt) if raw[j].strip()]
        if not run:
            continue
        counts = [len(raw[j].split()) for j in run]
        prose = max(counts) >= PASTE_MIN_WORDS or (
            len(run) >= PASTE_MIN_LINES and sum(counts) >= PASTE_MIN_WORDS
        )
        if prose:
            out.starts.add(run[0])
            # the sharer's words above the paste may name its outlet (``Arab News on the border``)
            if named := named_outlet(_MESSAGE_TEXT.sub("", raw[m].strip())):
                out.told[run[0]] = {"site": named}
        else:
            for j in run:
                out.dropped[j] = "chat message"
    return out


# --- caption files --------------------------------------------------------------------------

#: a caption file needs this many cue timings
CAPTION_MIN_CUES = 2
#: a cue holds at most this many lines of text (a story pasted right under it is no caption)
CUE_MAX_LINES = 3

_TIMING = re.compile(
    r"^(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}(?:\s+\S.*)?$"
)
_CUE_ID = re.compile(r"^\d{1,5}$")
_VTT_HEADER = re.compile(r"^WEBVTT\b")
_VTT_META = re.compile(r"^(?:Kind|Language|X-TIMESTAMP-MAP|Region|Style)\s*:", re.I)
_VTT_NOTE = re.compile(r"^NOTE\b")
_CAPTION_FILE = re.compile(r"^\S+\.(?:srt|vtt|sbv|ass)$", re.I)
#: a video player's label under its captions: the site's name, ``Video`` and the clip's length
_VIDEO_CREDIT = re.compile(
    r"^(?P<site>[^\W\d][\w .&'’-]{1,40}?)\s+(?:Video|TV)\s*[·•|–-]\s*\d{1,2}:\d{2}(?::\d{2})?$"
)


def caption_cues(raw: list[str]) -> Frames:
    """Caption cues (SRT, WebVTT) above the stories they caption (see the module docstring);
    nothing where the file holds fewer than ``CAPTION_MIN_CUES`` cue timings.

    Example
    -------
    >>> caption_cues(["00:00:01,000 --> 00:00:03,000", "Quake hits.", "", "Text."]).dropped
    {}
    """
    out = Frames()
    timings = lines_matching(raw, _TIMING)
    if len(timings) < CAPTION_MIN_CUES:
        return out
    cue_lines: set[int] = set()
    for t in timings:
        cue_lines.add(t)
        if t > 0 and _CUE_ID.match(raw[t - 1].strip()):
            cue_lines.add(t - 1)
        j = t + 1
        while (
            j < len(raw)
            and j <= t + CUE_MAX_LINES
            and raw[j].strip()
            and not _TIMING.match(raw[j].strip())
        ):
            cue_lines.add(j)
            j += 1
    for i, line in enumerate(raw):
        s = line.strip()
        if _VTT_HEADER.match(s) or _CAPTION_FILE.match(s):
            cue_lines.add(i)
            j = i + 1
            while j < len(raw) and raw[j].strip() and _VTT_META.match(raw[j].strip()):
                cue_lines.add(j)
                j += 1
        elif _VTT_NOTE.match(s):
            j = i
            while j < len(raw) and raw[j].strip():
                cue_lines.add(j)
                j += 1
    # a video's label (``Outlet Video · 1:42``) is furniture naming the site that made the clip
    for i, line in enumerate(raw):
        if m := _VIDEO_CREDIT.match(line.strip()):
            out.dropped[i] = "video credit"
            out.told[i] = {"site": m["site"].strip()}
    # each run of caption lines (blank lines between) opens an article: the story below it
    previous = -2
    for i in sorted(cue_lines):
        out.dropped[i] = "caption cue"
        gap = range(previous + 1, i)
        if previous < 0 or any(raw[j].strip() for j in gap):
            out.starts.add(i)
        previous = i
    return out


def read_exports(raw: list[str]) -> Frames:
    """All the readers above on one dump (each keys on its own export's evidence).

    Example
    -------
    >>> read_exports(["Talks resume in Kabul", "", "Officials met."]).starts
    set()
    """
    out = Frames()
    for reader in (
        database_documents,
        factiva_documents,
        factiva_articles,
        chat_messages,
        caption_cues,
        leader_fields,
        colon_fields,
    ):
        out.update(reader(raw))
    return out
