"""Mailboxes saved as text: the messages around the articles of an mbox or a run of e-mails.

A mailbox exported or saved as text (``.mbox``, ``.eml`` files pasted one after another, a mail
client's "save as text", one message saved on its own) wraps each story in the message that
carried it:

- **Message separators and headers**: an mbox ``From sender Thu Nov 23 08:02:17 2023`` line opens
  a message and an article; the RFC 822 and MIME header block under it (``Return-Path``,
  ``Received`` with its folded lines, ``Message-ID``, ``MIME-Version``, ``Content-Type``,
  ``Content-Transfer-Encoding``, ``X-...``) is furniture, and so are MIME part boundaries
  (``--000000000000a1b2``) and the part headers under them.
- **Replies**: a reply's own words above its attribution line (``On Tue, 20 Jan 2026 at 18:05,
  Name <a@example.org> wrote:``) and that line are the sender's, not the quoted story below.
- **Pasted stories**: a greeting (``Hi all,``) and a short line introducing the paste (ending in
  ``:``) at the top of a message are the sender's note; a known outlet named there is the site
  of the pasted story where the story names none.
- **Newsletter furniture**: a label followed only by an address (``Read on site: https://...``,
  tracking links included), ``Flag as irrelevant``, ``View this email in your browser``,
  unsubscribe and subscription lines, and confidentiality notices.

Each line that leaves the view keeps its named reason (``message header``, ``MIME boundary``,
``reply text``, ``reply header``, ``sender's note``, ``newsletter link``, ``newsletter
furniture``, ``mail disclaimer``).

Example
-------
>>> f = mailbox_messages(["From a@x.org Mon Jan 26 07:55:02 2026", "From: A <a@x.org>",
...     "Subject: story", "MIME-Version: 1.0", "", "Hi all,", "",
...     "the Pajhwok piece for the file:", "",
...     "Officials in Herat said on Monday that 3,000 families returned through Islam Qala.",
...     "Read on site: https://example.org/story"])
>>> sorted(set(f.dropped.values())), f.starts
(['message header', 'newsletter link', "sender's note"], {0})
"""

from __future__ import annotations

import quopri
import re

from afgresearch.corpus import lines as L
from afgresearch.corpus.exports import named_outlet
from afgresearch.corpus.layouts import Frames
from afgresearch.corpus.outlets import known_outlet
from afgresearch.corpus.patterns import rule_line

#: an introducing line above a paste holds at most this many words
INTRO_MAX_WORDS = 30
#: the first line of a pasted story holds at least this many words
PASTE_MIN_WORDS = 12
#: a message saved as text opens with at least this many headers
SAVED_MIN_HEADERS = 3
#: an outlet's name on a line of its own holds at most this many words
NAME_MAX_WORDS = 4
#: a title-cased first line of an item with this many words is its headline, not a name
HEADLINE_MIN_WORDS = 3
#: non-blank lines under a rule searched for the text of the story it opens
RULE_REACH = 6

_MBOX = re.compile(
    r"^From \S+\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|"
    r"Nov|Dec) [ \d]?\d \d{2}:\d{2}:\d{2}(?: [+-]\d{4})? \d{4}\s*$"
)
_HEADER = re.compile(
    r"^(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|Return-Path|Received|Message-ID|"
    r"In-Reply-To|References|MIME-Version|Content-Type|Content-Transfer-Encoding|"
    r"Content-Disposition|Content-Language|List-Unsubscribe|List-Id|Delivered-To|Precedence|"
    r"DKIM-Signature|Authentication-Results|Importance|Thread-Topic|Thread-Index|X-[\w-]+)"
    r"\s*:",
    re.I,
)
_TRANSPORT_HEADERS = frozenset(
    ("received", "return-path", "message-id", "mime-version", "content-type")
)
_QP = re.compile(r"^Content-Transfer-Encoding:\s*quoted-printable\s*$", re.I)
_QP_ESCAPE = re.compile(r"=[0-9A-F]{2}")
_FOLDED = re.compile(r"^[ \t]+\S")
_BOUNDARY = re.compile(r"\bboundary=\"?(?P<b>[^\";\s]+)\"?", re.I)
_SOURCE_LINE = re.compile(r"^(?P<name>[^|\d]{2,60}?)\s*\|\s*(?P<date>[^|]{6,40})$")
_LABEL = re.compile(r"^[A-Z][A-Z&'’-]*(?: [A-Z][A-Z&'’-]*){0,2}$")
# a newsletter's rule between items: five or more marks, mixed and spaced as mail tools and
# senders type them ('-----', '=-=-=-=-', '* * * * *')
_RULE = rule_line("-=_*~", min_run=5, mixed=True)
#: 'the Pajhwok report', 'the Dawn piece': an outlet's name before the word for a story
_NAMED_STORY = re.compile(
    r"\b(?:the|a|this)\s+(?P<name>(?:[A-Z][\w’'&.-]*\s+){1,4}?)(?:report|story|piece|article|"
    r"feature|item|interview)\b"
)
_FORWARD_MARKER = re.compile(
    r"^(?:-{2,}\s*(?:Forwarded message|Original Message)\s*-{2,}|Begin forwarded message:)$", re.I
)
_FROM_NAME = re.compile(r"^From:\s*(?P<name>[^<>@]{2,60}?)\s*<[^<>]+>$", re.I)
_ATTRIBUTION = re.compile(r"^On\s.{6,160}\bwrote:\s*$")
_GREETING = re.compile(
    r"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening))\b[^.!?]{0,40}[,!:]?\s*$", re.I
)
_LINK_LINE = re.compile(r"^[\w][\w '’-]{1,30}:\s*<?https?://\S+>?\s*$")
_SERVICE = re.compile(
    r"^(?:flag as irrelevant|view (?:this|the) (?:e-?mail|newsletter|message) in (?:your|a) "
    r"browser|unsubscribe\b|you (?:are receiving|received) this\b|update (?:your )?preferences|"
    r"manage (?:your )?subscription|forward (?:this|to a friend))",
    re.I,
)
_DISCLAIMER = re.compile(
    r"^(?:confidentiality notice|disclaimer\s*:|this (?:e-?mail|message)(?: and any attachments)?"
    r" (?:is|are|may be) (?:confidential|intended|privileged))",
    re.I,
)


def _is_header(line: str) -> bool:
    return bool(_HEADER.match(line))


def _header_end(raw: list[str], i: int) -> int:
    """The first line after the header block opening at ``i`` (folded lines included)."""
    j = i
    while j < len(raw) and (_is_header(raw[j]) or (j > i and _FOLDED.match(raw[j]))):
        j += 1
    return j


def mailbox_messages(raw: list[str]) -> Frames:
    """The messages of a mailbox saved as text (see the module docstring); empty where the dump
    holds no mbox separator line and does not open with a saved message's headers."""
    out = Frames()
    # (first line, first header line) of each message: an mbox separator heads its headers;
    # a single message saved as text opens with its headers
    messages = [(i, i + 1) for i, line in enumerate(raw) if _MBOX.match(line)]
    if not messages:
        first = next((i for i, line in enumerate(raw) if line.strip()), None)
        if first is None or not _saved_message(raw, first):
            return out
        messages = [(first, first)]
    boundaries = {m["b"] for line in raw if (m := _BOUNDARY.search(line))}
    marks = {f"--{b}" for b in boundaries} | {f"--{b}--" for b in boundaries}
    for k, (s, h0) in enumerate(messages):
        end = messages[k + 1][0] if k + 1 < len(messages) else len(raw)
        out.dropped[s] = "message header"
        out.starts.add(s)
        j = _header_end(raw, h0)
        for n in range(h0, j):
            out.dropped[n] = "message header"
        body = j
        for n in range(s, end):
            line = raw[n].strip()
            if line in marks:
                out.dropped[n] = "MIME boundary"
                h = _header_end(raw, n + 1)
                for m in range(n + 1, h):
                    out.dropped[m] = "message header"
                if n <= body + 1:
                    body = max(body, h)
            elif _LINK_LINE.match(line) or _SERVICE.match(line):
                out.dropped[n] = (
                    "newsletter link" if _LINK_LINE.match(line) else "newsletter furniture"
                )
            elif _DISCLAIMER.match(line):
                out.dropped[n] = "mail disclaimer"
        if any(_QP.match(raw[n]) for n in range(h0, body)):
            _decode_quoted_printable(raw, body, end, out)
        _sender_lines(raw, body, end, out)
        _rule_items(raw, body, end, out)
        _forwarded_from(raw, body, end, out)
    return out


def _decode_quoted_printable(raw: list[str], body: int, end: int, out: Frames) -> None:
    """Read a quoted-printable body as its text, line by line: escapes (``=E2=80=99``,
    ``=20``) are decoded and a soft break (a final ``=``) is taken off; a word the soft break
    cut in two is read whole on the line where it starts, so each line keeps its own words."""
    carry = ""  # the start of this line's text that the line above took
    for n in range(body, end):
        line = raw[n]
        if n in out.dropped or not line.strip():
            carry = ""
            continue
        took, text = bool(carry), line[len(carry) :]
        soft = text.endswith("=")
        if soft:
            text = text[:-1]
        carry = ""
        if soft and n + 1 < end and text and not text[-1].isspace():
            after = raw[n + 1]
            cut = len(after) - len(after.lstrip())
            while cut < len(after) and not after[cut].isspace():
                cut += 1
            if after.endswith("=") and cut == len(after):
                cut -= 1  # the next line is one cut word that runs on again: keep its '='
            carry = after[:cut]
            text += carry
        if soft or took or _QP_ESCAPE.search(text):
            decoded = quopri.decodestring(text.encode("utf-8")).decode("utf-8", errors="replace")
            if decoded.strip():
                out.rewritten[n] = [decoded]
            else:  # the line above took all of it
                out.dropped[n] = "quoted-printable continuation"


def _saved_message(raw: list[str], first: int) -> bool:
    """Whether the dump opens with a message's RFC 822 header block: at least
    ``SAVED_MIN_HEADERS`` headers, ``From:`` among them, and one a mail client or server writes
    (``Received``, ``Return-Path``, ``Message-ID``, ``MIME-Version``, ``Content-Type``) that a
    pasted forward (``From:``/``Sent:``/``To:``/``Subject:``) lacks."""
    names = [
        raw[n].split(":", 1)[0].strip().casefold()
        for n in range(first, _header_end(raw, first))
        if _is_header(raw[n])
    ]
    return (
        len(names) >= SAVED_MIN_HEADERS
        and "from" in names
        and any(n in _TRANSPORT_HEADERS for n in names)
    )


def _forwarded_from(raw: list[str], body: int, end: int, out: Frames) -> None:
    """A message forwarded from a known outlet's address (``From: Outlet <news@...>`` under a
    forward marker) names the site of the story it carries, where the story names none."""
    for n in range(body, end):
        if not _FORWARD_MARKER.match(raw[n].strip()):
            continue
        j = _header_end(raw, n + 1)
        senders = [got for k in range(n + 1, j) if (got := _FROM_NAME.match(raw[k].strip()))]
        sender = senders[0] if senders else None
        text = next((m for m in range(j, end) if raw[m].strip()), None)
        if sender and text is not None and (name := known_outlet(sender["name"].strip(' "'))):
            out.told[text] = {"site": name}
        return


def _rule_items(raw: list[str], body: int, end: int, out: Frames) -> None:
    """A rule line between the items of a newsletter message opens the item under it: one with a
    line of text (not furniture) among the next ``RULE_REACH`` non-blank lines of the message."""
    for n in range(body, end):
        if n in out.dropped or not _RULE.match(raw[n].strip()):
            continue
        below = [m for m in range(n + 1, end) if raw[m].strip()][:RULE_REACH]
        if any(m not in out.dropped and len(raw[m].split()) >= PASTE_MIN_WORDS for m in below):
            out.starts.add(n)
            out.dropped[n] = "newsletter rule"
            # a section label over the item's headline ('NATIONAL', 'MEDIA FREEDOM')
            first = below[0]
            if (
                _LABEL.match(raw[first].strip())
                and first + 1 < end
                and raw[first + 1].strip()
                and first not in out.dropped
            ):
                out.dropped[first] = "section label"
            _item_source(raw, below, out)


def _name_line(line: str) -> bool:
    """A line that reads as an outlet's name: a few capitalised words, no digits, no sentence."""
    s = line.strip()
    return (
        L.word_count(s) <= NAME_MAX_WORDS
        and not any(ch.isdigit() for ch in s)
        and not s.endswith((".", "!", "?", ":", ","))
        and not s.casefold().startswith("by ")
        and all(w[0].isupper() or not w[0].isalpha() for w in s.split())
    )


def _item_source(raw: list[str], below: list[int], out: Frames) -> None:
    """The source line of a newsletter item under its headline: ``Outlet | 2 March 2025``, or the
    outlet's name on a line of its own (under the headline, or two name lines with no headline
    above the text, site and desk); the view reads it as a ``Source:`` line."""
    for m in below[:3]:
        got = _SOURCE_LINE.match(raw[m].strip())
        if got and L.parse_date(got["date"]):
            out.rewritten[m] = [f"Source: {got['name'].strip()}, {got['date'].strip()}"]
            return
    header = []
    for m in below:
        words = len(raw[m].split())
        if words >= PASTE_MIN_WORDS and (
            raw[m].rstrip().endswith((".", "!", "?", "”", '"')) or words > L.TITLE_MAX_WORDS
        ):
            break  # the item's text
        if m not in out.dropped:
            header.append(m)
    names = [m for m in header if _name_line(raw[m])]
    if names and names[0] == header[0] and L.word_count(raw[header[0]]) >= HEADLINE_MIN_WORDS:
        names = names[1:]  # a short title-cased headline ('Returnees Crowd Zaranj Camp')
    if len(header) >= 2 and names and header[0] not in names:
        # the headline, then the outlet's name
        out.rewritten[names[0]] = [f"Source: {raw[names[0]].strip()}"]
    elif len(header) >= 2 and len(names) == len(header):
        for m in names:
            out.rewritten[m] = [f"Source: {raw[m].strip()}"]


def _sender_lines(raw: list[str], body: int, end: int, out: Frames) -> None:
    """Mark a reply's own text and attribution, or a greeting and an introducing line, at the
    top of a message's text (lines ``body`` to ``end``)."""
    text = [n for n in range(body, end) if raw[n].strip() and n not in out.dropped]
    # the quoted text under an attribution has lost its '>' prefix by now (it is transport); in
    # a chain of replies the story is quoted under the last attribution, the replies above it
    said = [pos for pos, n in enumerate(text) if _ATTRIBUTION.match(raw[n].strip())]
    if said and said[-1] + 1 < len(text):
        for pos, m in enumerate(text[: said[-1] + 1]):
            out.dropped[m] = "reply header" if pos in said else "reply text"
        return
    pos = 0
    if pos < len(text) and _GREETING.match(raw[text[pos]].strip()):
        out.dropped[text[pos]] = "sender's note"
        pos += 1
    if pos + 1 < len(text):
        intro, first = raw[text[pos]].strip(), raw[text[pos + 1]].strip()
        if (
            intro.endswith(":")
            and len(intro.split()) <= INTRO_MAX_WORDS
            and len(first.split()) >= PASTE_MIN_WORDS
        ):
            out.dropped[text[pos]] = "sender's note"
            story = _NAMED_STORY.search(intro)
            if name := named_outlet(intro) or (story and story["name"].strip()):
                out.told[text[pos + 1]] = {"site": name}
