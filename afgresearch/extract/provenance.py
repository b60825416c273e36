"""Exact source lines for evidence found inside paragraphs that span several lines.

A paragraph of a text dump may run over several source lines (a hard-wrapped newsletter or
export); its text keeps those line breaks and its ``line`` is its first line. A claim, an actor
mention or an event found in such a paragraph is cited at the line where its own text starts,
as ``grep -n`` finds it, not at the paragraph's first line. Extractors read the paragraph with
its line breaks as spaces (:func:`flat_paragraphs`, same offsets), so no pattern has to allow
for a break, and :func:`exact_lines` moves each row to its line afterwards.

Rows of CSV, JSON Lines and Parquet records keep the record's line: a record is cited where it
starts, whatever line breaks its text field holds.

Example
-------
>>> p = pd.DataFrame({"paragraph_id": ["p"], "source_file": ["news.txt"], "line": [7],
...     "text": ["Officials said that\\n2,655 Afghans were\\ndeported on Monday."]})
>>> rows = pd.DataFrame({"source_file": ["news.txt"], "line": [7], "quote": ["deported on Monday"]})
>>> exact_lines(rows, p, "quote")["line"].tolist()
[9]
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

import pandas as pd

#: suffixes of text dumps, whose paragraphs are numbered line by line (as the corpus reads them)
LINE_NUMBERED_SUFFIXES: tuple[str, ...] = (".txt", ".text", ".md", ".markdown")


def flat_paragraphs(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """``paragraphs`` with line breaks inside a paragraph's text read as spaces (same offsets).

    Example
    -------
    >>> flat_paragraphs(pd.DataFrame({"text": ["a\\nb"]}))["text"].tolist()
    ['a b']
    """
    if paragraphs.empty or "text" not in paragraphs.columns:
        return paragraphs
    text = paragraphs["text"].fillna("").astype(str)
    if not text.str.contains("\n", regex=False).any():
        return paragraphs
    return paragraphs.assign(text=text.str.replace("\n", " ", regex=False))


def line_of(text: str, first_line: int, offset: int) -> int:
    """The source line of character ``offset`` of a paragraph whose first line is ``first_line``.

    Example
    -------
    >>> line_of("one\\ntwo\\nthree", 10, 8)
    12
    """
    return first_line + text.count("\n", 0, max(0, offset))


def _start(flat: str, span: str) -> int:
    """Offset of the earliest ``;``-separated form of ``span`` in ``flat`` as a whole word."""
    best = -1
    for form in (f.strip() for f in span.split("; ")):
        if not form:
            continue
        match = re.search(rf"(?<!\w){re.escape(form)}(?!\w)", flat) or re.search(
            re.escape(form), flat
        )
        if match and (best < 0 or match.start() < best):
            best = match.start()
    return best


def exact_lines(
    table: pd.DataFrame, paragraphs: pd.DataFrame, span_column: str, verbatim: bool = False
) -> pd.DataFrame:
    """Move each row of ``table`` to the source line where its ``span_column`` text starts.

    Parameters
    ----------
    table : rows cited at their paragraph's ``source_file`` and first ``line``, with a column
        of text found in the paragraph (a claim's ``quote``, an event's ``quote``, a mention's
        ``matched`` forms, ``;``-separated).
    paragraphs : the paragraphs table, texts with their line breaks.
    span_column : the column holding the found text.
    verbatim : put the paragraph's own text back in ``span_column`` (a quote keeps the line
        breaks it spans, so it stays a verbatim span of the paragraph).

    Returns
    -------
    A copy of ``table`` whose ``line`` is exact for paragraphs of text dumps that span several
    lines; other rows, and rows whose text is not found verbatim, keep their line and text.
    """
    if table.empty or paragraphs.empty or span_column not in table.columns:
        return table
    text = paragraphs["text"].astype("string").fillna("")
    numbered = (
        paragraphs["source_file"]
        .astype("string")
        .fillna("")
        .map(lambda f: PurePosixPath(f).suffix.casefold() in LINE_NUMBERED_SUFFIXES)
    )
    multi = paragraphs[numbered & text.str.contains("\n", regex=False)]
    if multi.empty:
        return table
    # a text dump's paragraph is known by its file and first line, where its rows are cited
    where = {
        (str(f), int(n)): (t, t.replace("\n", " "))
        for f, n, t in zip(multi["source_file"], multi["line"], multi["text"], strict=True)
    }
    lines = table["line"].tolist()
    spans = table[span_column].tolist()
    for i, (file, line, span) in enumerate(
        zip(table["source_file"], lines, table[span_column].astype(str), strict=True)
    ):
        if (str(file), int(line)) not in where:
            continue
        raw, flat = where[(str(file), int(line))]
        start = _start(flat, span)
        if start >= 0:
            lines[i] = line_of(raw, int(line), start)
            if verbatim and raw[start : start + len(span)].replace("\n", " ") == span:
                spans[i] = raw[start : start + len(span)]
    out = table.assign(line=pd.array(lines, dtype=table["line"].dtype))
    if verbatim:
        out[span_column] = pd.array(spans, dtype=table[span_column].dtype)
    return out
