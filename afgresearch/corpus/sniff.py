"""Tell a text file's real format from its content when its name does not say it.

A page saved from a browser or fetched with ``curl`` is often kept as ``.txt`` or with no
extension, and an export of JSON records as ``.txt``. The rules look only at the start of the
decoded text, so they are cheap, and :func:`sniff_file` reads no more of a file than that:

* **News feed** (RSS 2.0, RSS 1.0/RDF, Atom): after an optional XML declaration, comments,
  processing instructions and a DOCTYPE, the root element is ``<rss``, ``<rdf:RDF`` or a
  ``<feed`` declaring the Atom namespace. Checked first: a feed's HTML bodies would otherwise
  count as HTML tags.
* **HTML**: the first non-blank characters are a doctype, ``<html``, ``<head`` or ``<body``; or
  at least ``MIN_TAGS`` lines of the first 64 KiB hold an HTML tag
  (:func:`afgresearch.corpus.html.looks_like_html`, the test fields and feeds are read with) and
  they are at least half of the non-blank lines (a text dump that quotes a tag or two is still
  text).
* **JSON Lines**: the first ``JSONL_PROBE`` non-blank lines each parse as a JSON object (at least
  two of them).

Example
-------
>>> sniff_format('<?xml version="1.0"?>\\n<rss version="2.0"><channel></channel></rss>')
'feed'
>>> sniff_format("<!DOCTYPE html>\\n<html><body><p>Hi</p></body></html>")
'html'
>>> sniff_format('{"text": "a"}\\n{"text": "b"}\\n')
'jsonl'
>>> sniff_format("Talks resume in Kabul\\n\\nOfficials met on Monday.")
'text'
"""

from __future__ import annotations

import codecs
import json
import os
import re

from afgresearch.corpus.decode import BOMS, utf16_without_bom
from afgresearch.corpus.html import looks_like_html

HEAD_CHARS = 65_536
MIN_TAGS = 5
JSONL_PROBE = 5
_ZERO_WIDTH = "\ufeff\u200b\u200c\u200d\u2060"
_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]", re.IGNORECASE)
#: what may precede a feed's root element: XML declaration, processing instructions, comments,
#: a DOCTYPE (with or without an internal subset) and whitespace
_PROLOG = re.compile(
    r"(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(?:\[.*?\]\s*)?>)*", re.DOTALL | re.IGNORECASE
)
_FEED_ROOT = re.compile(
    r"<(?:rss[\s>]|(?:[\w.-]+:)?RDF[\s>]|feed\s[^>]*(?:http://www\.w3\.org/2005/Atom|"
    r"http://purl\.org/atom/ns#))"
)


def looks_like_html_page(text: str) -> bool:
    """Return True when ``text`` is an HTML page or fragment saved whole (see the module rules).

    Example
    -------
    >>> looks_like_html_page("Notes: the <p> tag opens a paragraph.")
    False
    """
    head = text[:HEAD_CHARS].lstrip(_ZERO_WIDTH + " \t\r\n")
    if _HTML_START.match(head):
        return True
    rows = [r for r in head.splitlines() if r.strip()]
    tagged = [r for r in rows if looks_like_html(r)]
    return len(tagged) >= MIN_TAGS and 2 * len(tagged) >= len(rows)


def looks_like_jsonl(text: str) -> bool:
    """Return True when the first non-blank lines of ``text`` are each a JSON object.

    Example
    -------
    >>> looks_like_jsonl('{"a": 1}\\n\\n{"a": 2}'), looks_like_jsonl('{"a": 1}')
    (True, False)
    """
    rows = []
    lines = text[:HEAD_CHARS].splitlines()
    if len(text) > HEAD_CHARS:
        lines = lines[:-1]  # the last line may be cut off
    for row in lines:
        row = row.strip(_ZERO_WIDTH + " \t")
        if row:
            rows.append(row)
        if len(rows) == JSONL_PROBE:
            break
    if len(rows) < 2:
        return False
    for row in rows:
        if not row.startswith("{"):
            return False
        try:
            if not isinstance(json.loads(row), dict):
                return False
        except json.JSONDecodeError:
            return False
    return True


def looks_like_feed(text: str) -> bool:
    """Return True when the root element of ``text`` is an RSS, RDF or Atom feed's.

    Example
    -------
    >>> looks_like_feed('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title></feed>')
    True
    >>> looks_like_feed("<feed>not Atom</feed>"), looks_like_feed("A story about <rss> feeds")
    (False, False)
    """
    head = text[:HEAD_CHARS].lstrip(_ZERO_WIDTH)
    prolog = _PROLOG.match(head)
    return bool(_FEED_ROOT.match(head, prolog.end() if prolog else 0))


def sniff_format(text: str) -> str:
    """Return ``'feed'``, ``'html'``, ``'jsonl'`` or ``'text'`` for decoded file content."""
    if looks_like_feed(text):
        return "feed"
    if looks_like_html_page(text):
        return "html"
    if looks_like_jsonl(text):
        return "jsonl"
    return "text"


def head_text(path: str | os.PathLike[str]) -> str:
    """The first ``HEAD_CHARS`` characters of a file and one more where it goes on (the rules'
    window, so that a cut last line is seen as cut), read without the rest of the file.

    A byte-order mark names the codec, or UTF-16 without one its NUL bytes
    (:func:`afgresearch.corpus.decode.utf16_without_bom`); otherwise UTF-8, with bytes that are not UTF-8 (a legacy
    encoding) read as U+FFFD: the rules look at markup and JSON punctuation, which is ASCII in
    every encoding they meet. Raises ``OSError`` where the file cannot be read.

    Example
    -------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_bytes(b'{"text": "caf\\xe9"}\\n')
    >>> head_text(p)
    '{"text": "caf\ufffd"}\\n'
    """
    # four bytes a character at the most, and a byte-order mark
    with open(path, "rb") as handle:
        data = handle.read(4 * (HEAD_CHARS + 2))
    encoding = next((enc for bom, enc in BOMS if data.startswith(bom)), None)
    encoding = encoding or utf16_without_bom(data) or "utf-8"
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return decoder.decode(data, final=False)[: HEAD_CHARS + 1]


def sniff_file(path: str | os.PathLike[str]) -> str:
    """:func:`sniff_format` of a file, from its head alone (:func:`head_text`): a large JSON
    Lines export saved as ``.txt`` is told without reading it whole, and then streamed.

    Example
    -------
    >>> import pathlib, tempfile
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    >>> _ = p.write_text('{"text": "a"}\\n{"text": "b"}\\n', encoding="utf-8")
    >>> sniff_file(p)
    'jsonl'
    """
    return sniff_format(head_text(path))
