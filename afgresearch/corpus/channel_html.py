"""Channel exports saved as HTML (Telegram Desktop's ``messages.html``): one article per post.

A channel export writes each post as a ``<div class="message default">`` holding a date
(``<div class="pull_right date details" title="27.06.2025 16:48:12 UTC+03:00">``), the poster's
name (``<div class="from_name">``, left out on a post "joined" to the one above) and the text
(``<div class="text">``, paragraphs split by ``<br>``). Service messages (the day separators)
and media-only posts hold no text. Each post with a sentence of text is an article: its first
line is its headline where it reads as one (a news channel's post opens with the headline), the
poster's or the channel's name its outlet (a ``forwarded`` post's original poster, and that
post's stamp), the stamp its date (day first), and each paragraph sits at the line of the export where its words begin.

Example
-------
>>> page = ('<div class="page_header"><div class="text bold">Valley News</div></div>\\n'
...     '<div class="message default clearfix" id="message1">\\n'
...     '<div class="pull_right date details" title="02.03.2025 10:00:00 UTC+04:30">10:00</div>\\n'
...     '<div class="text">Road Reopens<br><br>The Salang road reopened on Sunday after the '
...     'snow was cleared, officials said.</div></div>\\n'
...     '<div class="message default clearfix joined" id="message2">\\n'
...     '<div class="pull_right date details" title="03.03.2025 09:00:00 UTC+04:30">09:00</div>\\n'
...     '<div class="text">Traders in Charikar said prices of fuel fell by a tenth this '
...     'week.</div></div>\\n')
>>> [(r.line_start, r.title, r.outlet, r.published) for r in segment_channel_export(page)]
[(2, 'Road Reopens', 'Valley News', '2025-03-02'), (5, '', 'Valley News', '2025-03-03')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from afgresearch.corpus import lines as L
from afgresearch.corpus.records import ArticleRecord, drop_repeats
from afgresearch.corpus.source import split_lines

#: an export holds at least this many posts
EXPORT_MIN_POSTS = 2

_STAMP = re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})\b")
_TRAILING_STAMP = re.compile(r"\s*\d{1,2}\.\d{1,2}\.\d{4}[\d: ]*$")


@dataclass
class _Post:
    line: int
    date: str = ""
    name: str = ""
    forwarded: str = ""
    forwarded_date: str = ""
    parts: list[tuple[int, str]] = field(default_factory=list)


class _Export(HTMLParser):
    """Walk an export: posts with their stamp, names and text paragraphs (line, text)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.posts: list[_Post] = []
        self.channel = ""
        self._stack: list[str] = []  # the role of each open div ('' for others)
        self._buffer: list[str] = []
        self._buffer_line = 0

    def _role(self, classes: list[str]) -> str:
        if "message" in classes and "default" in classes:
            return "post"
        for role in ("page_header", "from_name", "forwarded", "text", "date"):
            if role in classes:
                return role
        return ""

    def _inside(self, role: str) -> bool:
        return role in self._stack

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "br":
            self._flush()
            return
        if tag == "span" and self._inside("forwarded") and self.posts:
            # the original post's stamp beside the forwarded poster's name
            if m := _STAMP.match(values.get("title") or ""):
                self.posts[-1].forwarded_date = f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}"
            return
        if tag != "div":
            return
        classes = (values.get("class") or "").split()
        role = self._role(classes)
        if role == "post":
            self.posts.append(_Post(line=self.getpos()[0]))
        stamp = _STAMP.match(values.get("title") or "") if role == "date" else None
        if stamp and self.posts and self._inside("post") and not self.posts[-1].date:
            self.posts[-1].date = f"{stamp['y']}-{int(stamp['m']):02d}-{int(stamp['d']):02d}"
        self._stack.append(role)

    def handle_endtag(self, tag: str) -> None:
        if tag != "div" or not self._stack:
            return
        role = self._stack.pop()
        if role in ("text", "from_name") or (role == "" and self._inside("page_header")):
            self._flush(role)

    def handle_data(self, data: str) -> None:
        if not data.strip() or "date" in self._stack:
            return  # a post's time ('16:48') is read from its stamp
        if not any(self._inside(r) for r in ("text", "from_name", "page_header")):
            return
        if not self._buffer:
            self._buffer_line = self.getpos()[0] + data[: len(data) - len(data.lstrip())].count(
                "\n"
            )
        self._buffer.append(data)

    def _flush(self, role: str = "") -> None:
        text = " ".join("".join(self._buffer).split())
        self._buffer = []
        if not text:
            return
        if self._inside("page_header") or role == "page_header":
            self.channel = self.channel or text
        elif not self.posts or not self._inside("post"):
            return
        elif role == "from_name" or (not role and self._stack[-1:] == ["from_name"]):
            if self._inside("forwarded"):
                self.posts[-1].forwarded = _TRAILING_STAMP.sub("", text)
            else:
                self.posts[-1].name = self.posts[-1].name or text
        elif self._inside("text") or role == "text":
            self.posts[-1].parts.append((self._buffer_line, text))


def segment_channel_export(page: str) -> list[ArticleRecord]:
    """The posts of a channel export saved as HTML (see the module docstring); ``[]`` where the
    page holds fewer than ``EXPORT_MIN_POSTS`` posts."""
    if page.count('class="message default') < EXPORT_MIN_POSTS:
        return []
    export = _Export()
    export.feed(page)
    export.close()
    last_line = len(split_lines(page))
    records = []
    name = ""
    for k, post in enumerate(export.posts):
        name = post.name or name  # a joined post is the poster's above
        end = export.posts[k + 1].line - 1 if k + 1 < len(export.posts) else last_line
        parts = post.parts
        title = ""
        if len(parts) >= 2 and L.classify(parts[0][1]) == L.TITLE:
            title, parts = parts[0][1], parts[1:]
        body = [(n, t) for n, t in parts if L.classify(t) == L.BODY]
        if not body:
            continue
        records.append(
            ArticleRecord(
                line_start=post.line,
                line_end=max(post.line, end),
                title=title,
                outlet=post.forwarded or name or export.channel,
                published=post.forwarded_date or post.date,
                paragraphs=drop_repeats(body),
            )
        )
    return records
