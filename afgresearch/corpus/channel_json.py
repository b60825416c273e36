"""Channel exports saved as JSON (Telegram Desktop's ``result.json``): one article per post.

The export is one object with the channel's ``name`` and a ``messages`` list; a post is a
message of ``"type": "message"`` with its ``date`` (``2025-06-27T16:48:12``), its poster
(``from``), a forwarded post's original poster (``forwarded_from``) and its ``text``: a string, or
a list of strings and entities (``{"type": "bold", "text": "..."}``, links, hashtags) read in
order. Paragraphs are split at blank lines; the first paragraph is the headline where it reads as
one. Each paragraph is cited at the line of the file where its words stand (an export is written
one key per line), else where the post's ``"text"`` value opens; service messages and posts without a sentence of text
are no articles.

Example
-------
>>> export = '''{
...  "name": "Valley News",
...  "messages": [
...   {
...    "id": 7,
...    "type": "message",
...    "date": "2025-03-02T10:00:14",
...    "from": "Valley News",
...    "text": [{"type": "bold", "text": "Road Reopens"}, "\\\\n\\\\nThe Salang road reopened on Sunday after the snow was cleared, officials said."]
...   }
...  ]
... }'''
>>> [(r.line_start, r.title, r.outlet, r.published, r.paragraphs[0][0])
...  for r in segment_channel_json(export)]
[(4, 'Road Reopens', 'Valley News', '2025-03-02', 9)]
"""

from __future__ import annotations

import json
import re

from afgresearch.corpus import lines as L
from afgresearch.corpus.records import ArticleRecord, drop_repeats
from afgresearch.corpus.source import split_lines

#: characters of a paragraph searched for in the file to cite its line
PROBE_CHARS = 30

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_TEXT_KEY = re.compile(r'^\s*"text"\s*:')
_MESSAGES_KEY = re.compile(r'^\s*"messages"\s*:\s*\[\s*$')


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _plain(text: object) -> str:
    """A post's text: a string, or its strings and entities' texts in order."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", ""))
            for part in text
            if isinstance(part, str | dict)
        )
    return ""


def _line_of(raw: list[str], paragraph: str, first: int, last: int) -> int:
    """The line (from ``first`` to ``last``) where the paragraph's words stand in the file, as
    JSON escapes them; ``first`` (the post's ``"text"`` key) when they cannot be found."""
    probe = json.dumps(paragraph[:PROBE_CHARS], ensure_ascii=False)[1:-1]
    for n in range(first, min(last, len(raw)) + 1):
        if probe in raw[n - 1]:
            return n
    return first


def is_channel_export(data: object) -> bool:
    """Whether parsed JSON is a channel export: an object with a ``messages`` list of objects
    that carry a ``type``.

    Example
    -------
    >>> is_channel_export({"name": "X", "messages": [{"id": 1, "type": "message"}]})
    True
    """
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        return False
    messages = data["messages"]
    return bool(messages) and all(isinstance(m, dict) and "type" in m for m in messages)


def segment_channel_json(text: str) -> list[ArticleRecord]:
    """The posts of a channel export saved as JSON (see the module docstring); ``[]`` where the
    text is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if not is_channel_export(data):
        return []
    raw = split_lines(text)
    # the lines where each message object opens ('{' one level inside the 'messages' list) and
    # where its own '"text":' key stands (one level deeper; an entity's 'text' is deeper still)
    at = next((i for i, line in enumerate(raw) if _MESSAGES_KEY.match(line)), None)
    opens: list[int] = []
    texts: list[int] = []
    if at is not None:
        depth = _indent(raw[at])
        opens = [
            i + 1
            for i, line in enumerate(raw[at + 1 :], start=at + 1)
            if line.strip() == "{" and _indent(line) == depth + 1
        ]
        texts = [
            i + 1
            for i, line in enumerate(raw[at + 1 :], start=at + 1)
            if _TEXT_KEY.match(line) and _indent(line) == depth + 2
        ]
    if len(opens) != len(data["messages"]):
        opens = []  # not written one key per line: every post cites the first line
    channel = str(data.get("name") or "")
    records = []
    text_at = 0
    for k, message in enumerate(data["messages"]):
        start = opens[k] if opens else 1
        end = opens[k + 1] - 1 if opens and k + 1 < len(opens) else len(raw)
        if "text" not in message:
            continue
        while text_at < len(texts) and texts[text_at] < start:
            text_at += 1
        line = texts[text_at] if text_at < len(texts) and texts[text_at] <= end else start
        if message.get("type") != "message":
            continue
        parts = [" ".join(p.split()) for p in re.split(r"\n\s*\n", _plain(message["text"]))]
        parts = [p for p in parts if p]
        title = ""
        if len(parts) >= 2 and L.classify(parts[0]) == L.TITLE:
            title, parts = parts[0], parts[1:]
        body = [(_line_of(raw, p, line, end), p) for p in parts if L.classify(p) == L.BODY]
        if not body:
            continue
        date = str(message.get("date") or "")
        records.append(
            ArticleRecord(
                line_start=start,
                line_end=max(start, end),
                title=title,
                outlet=str(message.get("forwarded_from") or message.get("from") or channel),
                published=date[:10] if _ISO_DAY.match(date) else "",
                paragraphs=drop_repeats(body),
            )
        )
    return records
