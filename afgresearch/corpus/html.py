"""Read HTML pages with trafilatura: main text only (no scripts, navigation or comments).

Title, publication date and site name come from the page metadata trafilatura extracts. Only
sentence lines of the extracted text become paragraphs (the headline and subheadings do not).

Line numbers: a paragraph's ``line`` is the 1-based line of the HTML source where its first words
appear (searched verbatim, then with HTML entities decoded); when markup inside the paragraph
hides them, the line of the ``<body>`` tag (or 1).

Example
-------
>>> page = "<html><body><article><p>" + "Officials met in Kabul on Monday. " * 5 + "</p></article></body></html>"
>>> [r.paragraphs[0][0] for r in segment_html(page)]
[1]
"""

from __future__ import annotations

import html as htmllib
import re

from afgresearch.corpus import lines as L
from afgresearch.corpus.records import ArticleRecord, drop_repeats
from afgresearch.corpus.source import split_lines
from afgresearch.corpus.tabular import iso_date

_BODY = re.compile(r"<body\b", re.IGNORECASE)


def _locate(raw_lines: list[str], plain_lines: list[str], text: str, default: int) -> int:
    probe = text[:40]
    for candidates in (raw_lines, plain_lines):
        for i, line in enumerate(candidates):
            if probe in line:
                return i + 1
    return default


def segment_html(page: str) -> list[ArticleRecord]:
    """Return the article of one HTML page (empty list when it has no main text)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    if doc is None:
        return []
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    title = " ".join((meta.get("title") or "").split())
    raw_lines = split_lines(page)
    plain_lines = [
        " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", s)).split()) for s in raw_lines
    ]
    body_line = next((i + 1 for i, s in enumerate(raw_lines) if _BODY.search(s)), 1)
    paragraphs = []
    for part in text.split("\n"):
        part = " ".join(part.split())
        if not part or part.casefold() == title.casefold() or L.classify(part) != L.BODY:
            continue
        paragraphs.append((_locate(raw_lines, plain_lines, part, body_line), part))
    if not paragraphs:
        return []
    return [
        ArticleRecord(
            line_start=1,
            line_end=max(1, len(raw_lines)),
            title=title,
            outlet=" ".join((meta.get("sitename") or "").split()),
            published=iso_date(meta.get("date")),
            paragraphs=drop_repeats(paragraphs),
        )
    ]
