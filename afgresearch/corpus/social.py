"""Posts copied from messaging channels and social threads: the furniture around the stories.

- **Channel posts copied as text** (Telegram Desktop's "copy", other messengers' exports): a
  post line ``Channel Name, [27.06.2025 16:48]`` (``[6/27/2025 4:48 PM]`` in a US locale)
  opens an article; the channel's name is its
  outlet (a ``Forwarded from ...`` line under it names another) and the stamp its date, for a
  channel posting its own story. A ``Channel pinned «...»`` service line is furniture.
- **Threads copied from X/Twitter, Mastodon or Bluesky pages**: a post opens with the author's
  display name over a ``@handle`` line (``@name@instance``, ``@name.bsky.social``), then ``·``
  and a time (``5h``, ``Sep 9``, ``· 2h``), or a full stamp under the post (``2:41 PM · Sep 9,
  2025``); reply, repost, like and view counts stand on lines of their own (``12``, ``1.2K``),
  with ``Replying to @...``, ``Show more``, ``Show replies``, ``Follow``, ``Quote``, ``Post your
  reply`` and thread numbers on a line of their own (``🧵 2/4``, ``3/7``). A post by another
  handle than the post before opens an article (its display name is the site where the text
  names none); the posts of the same handle after it are the thread's text; a post quoted inside
  another (under ``Quote``) is furniture up to its counts.

Example
-------
>>> f = social_posts(["Valley News", "@valleynews", "·", "2h", "Officials said the crossing "
...     "reopened on Monday after a week of talks between the two sides.", "1/2", "4", "12",
...     "", "Valley News", "@valleynews", "·", "2h", "Replying to @valleynews",
...     "Traders said hundreds of trucks were still waiting at the gate.", "2/2"])
>>> f.starts, f.told, sorted(set(f.dropped.values()))
({0}, {0: {'site': 'Valley News'}}, ['post counts', 'post header', 'post service line', 'thread number'])
"""

from __future__ import annotations

import re

from afgresearch.corpus.dates import iso_date
from afgresearch.corpus.layouts import Frames, lines_matching

#: a thread needs this many ``@handle`` lines under a name
THREAD_MIN_POSTS = 2

_COPIED_POST = re.compile(
    r"^(?P<name>\S.{0,80}?),\s*\[(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4})"
    r"[ ,]+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]\s*$"
)
_PINNED = re.compile(r"^\S.{0,80}\spinned\s[«\"“].*[»\"”]\s*$")
_FORWARDED = re.compile(r"^\W{0,3}\s*Forwarded from\s+\S", re.I)
_HANDLE = re.compile(r"^@\w[\w.-]{0,60}(?:@[\w.-]+)?$")
_DOT = re.compile(r"^[·•]$")
#: a time beside its dot ('· 2h'), or a post's full stamp ('2:41 PM · Sep 9, 2025 · 18K Views')
_STAMP = re.compile(
    r"^[·•]\s*\S.{0,14}$|^\d{1,2}:\d{2}\s?[AP]M\s*·\s*[A-Z][a-z]{2} \d{1,2}, \d{4}"
    r"(?:\s*·\s*[\d.,]+[KkMm]?\s+Views)?$"
)
_WHEN = re.compile(
    r"^(?:\d{1,2}[smhd]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}"
    r"(?:, \d{4})?|\d{1,2}:\d{2}\s?[AP]M(?: · .{4,20})?)$"
)
_COUNT = re.compile(r"^\d[\d.,]*[KkMm]?$")
_SERVICE = re.compile(
    r"^(?:Replying to\s+@\w+.*|Show more|Show replies|Show this thread|Follow|Following|Quote|"
    r"Post your reply|Translate post|Views|Reposts?|Likes)$",
    re.I,
)
_THREAD_NUMBER = re.compile(r"^(?:🧵\s*)?\d{1,2}\s?/\s?\d{1,2}$")


def social_posts(raw: list[str]) -> Frames:
    """Channel posts copied as text and copied threads (see the module docstring)."""
    out = _channel_posts(raw)
    out.update(_threads(raw))
    return out


def _channel_posts(raw: list[str]) -> Frames:
    out = Frames()
    posts = lines_matching(raw, _COPIED_POST)
    if not posts:
        return out
    for i in posts:
        m = _COPIED_POST.match(raw[i].strip())
        assert m is not None
        out.starts.add(i)
        out.dropped[i] = "channel post"
        # dots are day first; slashes as the file writes them (a US locale writes month first)
        told = {"published": iso_date(m["date"])}
        below = [j for j in range(i + 1, min(len(raw), i + 3)) if raw[j].strip()]
        if not any(_FORWARDED.match(raw[j].strip()) for j in below):
            told["outlet"] = m["name"].strip()
        out.told[i] = told
    for i, line in enumerate(raw):
        if _PINNED.match(line.strip()):
            out.dropped[i] = "pinned message"
    return out


def _threads(raw: list[str]) -> Frames:
    out = Frames()
    handles = [
        i
        for i, line in enumerate(raw)
        if _HANDLE.match(line.strip()) and i > 0 and raw[i - 1].strip()
    ]
    if len(handles) < THREAD_MIN_POSTS:
        return out
    for i, line in enumerate(raw):
        if line.strip().casefold() == "quote":
            out.dropped[i] = "post service line"
            _quoted_post(raw, i + 1, out)
    previous = None
    for i in handles:
        name, handle = raw[i - 1].strip(), raw[i].strip().casefold()
        if out.dropped.get(i) == "quoted post":
            continue
        out.dropped[i - 1] = out.dropped[i] = "post header"
        if handle != previous:
            out.starts.add(i - 1)
            out.told[i - 1] = {"site": name}
        previous = handle
    for i, line in enumerate(raw):
        s = line.strip()
        if i in out.dropped or not s:
            continue
        if (
            _DOT.match(s)
            or _STAMP.match(s)
            or (i > 0 and _DOT.match(raw[i - 1].strip()) and _WHEN.match(s))
        ):
            out.dropped[i] = "post header"
        elif _COUNT.match(s):
            out.dropped[i] = "post counts"
        elif _THREAD_NUMBER.match(s):
            out.dropped[i] = "thread number"
        elif _SERVICE.match(s):
            out.dropped[i] = "post service line"
    return out


def _quoted_post(raw: list[str], i: int, out: Frames) -> None:
    """A post quoted inside another: its lines up to its counts (or a blank line)."""
    while i < len(raw) and raw[i].strip() and not _COUNT.match(raw[i].strip()):
        out.dropped[i] = "quoted post"
        i += 1
