"""Paragraphs of a record's text field that holds HTML (CMS and API exports).

Exports from content systems (WordPress, Ghost, news APIs) often give an article's ``content``
as the HTML fragment the page was built from: ``<p>`` paragraphs, ``<h3>`` subheadings,
``<ul>``/``<li>`` lists, ``<figure>`` captions. Such a field is read as the HTML reader reads an
article: each ``<p>``, ``<li>`` and ``<blockquote>`` is one paragraph with entities decoded and
whitespace folded; subheadings (``<h1>``-``<h6>``) are labels, not body text, and are dropped, as
are figures, captions, scripts and styles; text outside any block (a bare line between tags) is
a paragraph of its own.

Example
-------
>>> html_paragraphs("<h3>Why now</h3><p>Talks resumed &amp; ended.</p><ul><li>One.</li></ul>")
['Talks resumed & ended.', 'One.']
>>> looks_like_html("<p>Text</p>"), looks_like_html("A < B and C > D")
(True, False)
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAG = re.compile(
    r"</?(?:p|div|h[1-6]|ul|ol|li|br|figure|blockquote|section|article|table|tr|td)\b[^<>]*>",
    re.IGNORECASE,
)
_PARAGRAPH = frozenset({"p", "li", "blockquote", "div", "section", "article", "td", "dd"})
_HEADING = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIP = frozenset({"script", "style", "figure", "figcaption", "noscript", "template", "button"})


def looks_like_html(text: str) -> bool:
    """True when ``text`` is an HTML fragment: it holds at least one block-level tag."""
    return bool(_BLOCK_TAG.search(text))


class _Paragraphs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._parts: list[str] = []
        self._skip = 0
        self._heading = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        self._parts = []
        if text and not self._heading:
            self.out.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _HEADING:
            self._flush()
            self._heading += 1
        elif tag in _PARAGRAPH or tag in ("ul", "ol", "br", "hr", "tr"):
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in _HEADING:
            self._parts = []  # the subheading's words: a label, not a paragraph
            self._heading = max(0, self._heading - 1)
        elif tag in _PARAGRAPH or tag in ("ul", "ol", "tr"):
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if "\n\n" in data.replace("\r", "") and not self._heading:
            # a blank line between bare text runs separates paragraphs
            for i, chunk in enumerate(re.split(r"\n\s*\n", data)):
                if i:
                    self._flush()
                self._parts.append(chunk)
            return
        self._parts.append(data)


def html_paragraphs(text: str) -> list[str]:
    """Return the body paragraphs of an HTML fragment (see the module notes)."""
    parser = _Paragraphs()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.out
