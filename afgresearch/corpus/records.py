"""Plain records that readers produce before they become table rows.

Example
-------
>>> rec = ArticleRecord(line_start=1, line_end=3, paragraphs=[(3, "Body.")])
>>> rec.text
'Body.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WORD = re.compile(r"\w+", re.UNICODE)
_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class ArticleRecord:
    """One article read from a file: its line span, metadata and body paragraphs.

    ``paragraphs`` holds ``(line, text)`` pairs; ``line`` is the 1-based line of the paragraph's
    first line in the source file (the record's line for tables). ``url`` is the article's address
    when the input gives one (a ``URL:`` header line, a url column); the articles table has no
    column for it yet. ``lines`` (text dumps only) holds ``(line, kind, reason, in_article)``
    for the non-blank lines the record accounts for (:mod:`afgresearch.corpus.linetable`).
    """

    line_start: int
    line_end: int
    title: str = ""
    outlet: str = ""
    published: str = ""
    url: str = ""
    paragraphs: list[tuple[int, str]] = field(default_factory=list)
    lines: list[tuple[int, str, str, bool]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the body paragraphs joined by blank lines."""
        return "\n\n".join(t for _, t in self.paragraphs)


def _words(text: str) -> set[str]:
    return set(_WORD.findall(text.casefold()))


def _figures(text: str) -> set[str]:
    return set(_FIGURE.findall(text))


def drop_repeats(
    paragraphs: list[tuple[int, str]], *, window: int = 12, containment: float = 0.8
) -> list[tuple[int, str]]:
    """Drop exact and near-duplicate paragraphs within one article.

    Exact repeats (same text after whitespace/case folding) anywhere in the article keep their
    first occurrence. Near repeats (at least ``containment`` of the shorter paragraph's words
    appear in the other, both at least 8 words, and every figure of the shorter one in the other:
    paragraphs alike but for their figures state different facts) are looked for among the
    ``window`` nearest paragraphs, which keeps the work linear; the longer (more complete) version
    is kept, the earlier one on ties. Kept paragraphs stay in file order.

    Example
    -------
    >>> drop_repeats([(1, "A b c."), (3, "a b  c.")])
    [(1, 'A b c.')]
    >>> len(drop_repeats([(1, "Police said 40 homes in the two villages were lost."),
    ...                   (3, "Police said 75 homes in the two villages were lost.")]))
    2
    """
    if len(paragraphs) < 2:
        return list(paragraphs)
    seen: set[str] = set()
    kept: list[tuple[int, str]] = []
    kept_words: list[set[str]] = []
    for line, text in paragraphs:
        key = " ".join(text.casefold().split())
        if key in seen:
            continue
        seen.add(key)
        words = _words(text)
        duplicate = False
        lo = max(0, len(kept) - window)
        for i in range(len(kept) - 1, lo - 1, -1):
            other = kept_words[i]
            small = min(len(words), len(other))
            if small < 8:
                continue
            if len(words & other) / small < containment:
                continue
            # figures are read only for the rare pair alike in words
            shorter, longer = _figures(text), _figures(kept[i][1])
            if len(words) > len(other):
                shorter, longer = longer, shorter
            if not shorter <= longer:  # alike but for their figures: different facts
                continue
            duplicate = True
            if len(text) > len(kept[i][1]):
                kept[i] = (line, text)
                kept_words[i] = words
            break
        if not duplicate:
            kept.append((line, text))
            kept_words.append(words)
    kept.sort(key=lambda p: p[0])
    return kept
