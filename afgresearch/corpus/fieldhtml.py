"""Paragraphs of a record's text field that holds HTML (CMS and API exports).

Exports from content systems (WordPress, Ghost, news APIs) often give an article's ``content``
as the HTML fragment the page was built from: ``<p>`` paragraphs, ``<h3>`` subheadings,
``<ul>``/``<li>`` lists, ``<figure>`` captions. Such a field is read as the HTML reader reads an
article: each ``<p>``, ``<li>`` and ``<blockquote>`` is one paragraph with entities decoded and
whitespace folded; subheadings (``<h1>``-``<h6>``) are labels, not body text, and are dropped, as
are figures, captions, navigation, scripts and styles; text outside any block (a bare line between tags) is
a paragraph of its own.

Example
-------
>>> html_paragraphs("<h3>Why now</h3><p>Talks resumed &amp; ended.</p><ul><li>One.</li></ul>")
['Talks resumed & ended.', 'One.']
>>> html_paragraphs("Bare text.<br>\\n\\nMore bare text.<figure>Photo: staff</figure>")
['Bare text.', 'More bare text.']

Whether a field is HTML is told by :func:`afgresearch.corpus.html.looks_like_html`, and the
fragment is split by :class:`afgresearch.corpus.html.HtmlBlocks`, as feeds and pages are.
"""

from __future__ import annotations

import re

from afgresearch.corpus.html import HtmlBlocks

_BLANK_LINE = re.compile(r"\n\s*\n")


def html_paragraphs(text: str) -> list[str]:
    """Return the body paragraphs of an HTML fragment (see the module notes): the runs of text
    :class:`afgresearch.corpus.html.HtmlBlocks` splits it into, but headings and figures, each
    split again at blank lines."""
    out = []
    for run in HtmlBlocks(text).runs:
        if run.heading or run.figure:
            continue
        for chunk in _BLANK_LINE.split(run.text.replace("\r", "")):
            if folded := " ".join(chunk.split()):
                out.append(folded)
    return out
