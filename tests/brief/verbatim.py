"""Check that the figures a brief quotes appear as written in the source lines they cite."""

from __future__ import annotations

import re
from pathlib import Path

from afgresearch.brief.cite import find_citations
from afgresearch.brief.inert import normalize_space


def source_lines(corpus_dir: Path) -> dict[tuple[str, int], str]:
    """(file name, 1-based line) -> the line, for every file of ``corpus_dir``."""
    return {
        (p.name, i): line
        for p in corpus_dir.iterdir()
        for i, line in enumerate(p.read_text(encoding="utf-8").split("\n"), start=1)
    }


#: a figure as the brief writes it: optional words, then digits, then an optional scale word
FIGURE = re.compile(r"^\D*?\d[\d.,]*\d?(?:\s+(?:thousand|million|billion|trillion))?")


def assert_figures_verbatim(md: str, lines: dict[tuple[str, int], str]) -> int:
    """Each claim's figure in the brief's key figures table, headline and disagreements
    appears as written in the source line it cites; returns how many were checked."""
    checked = 0
    key = md.split("## Key figures")[1].split("\n## ")[0]
    rows = [r for r in key.splitlines() if r.startswith("| ") and not r.startswith("| Value")]
    amounts = [(r.split(" | ")[0][2:], r) for r in rows if not r.startswith("|--")]
    for row in md.splitlines():
        # '- Largest count ...: <amount>, <period>, according to <source>: “quote” `f:n`' and
        # '  - <amount>, attributed to <source>: “quote” `f:n`'
        m = re.match(r"\s*- (?:[^:“]*: )?(.+?), (?:according to|attributed to) ", row)
        if m and len(find_citations(row)) == 1 and not m.group(1).startswith("“"):
            amounts.append((m.group(1), row))
    for amount, row in amounts:
        figure = FIGURE.match(amount.replace("\\", ""))
        if figure is None:
            continue  # a vague amount ('Thousands of families'): its words are in the quote
        (citation,) = find_citations(row)
        # verbatim up to white space, as the citation check reads quotes (a no-break space in
        # the source is a space in the paragraph)
        source = normalize_space(lines[(citation.path, citation.line)])
        assert normalize_space(figure.group(0)) in source, (amount, row)
        checked += 1
    assert checked
    return checked
