"""Evidence in a paragraph wrapped over several source lines cites the line its text starts on."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

import afgresearch
from afgresearch.brief import verify_citations
from afgresearch.extract.provenance import exact_lines, flat_paragraphs, line_of

WRAPPED = """Afghan returns surge at Torkham

KHYBER: A total of 2,655 Afghan nationals were deported to Afghanistan
via the Torkham border crossing on Monday. According to border
authorities, the group included 1,805 Afghans sent by the Federal
Investigation Agency and 850 migrants from a transit camp in Landi
Kotal, Pakistan's interior ministry said.

Officials said the deportations would continue until every
undocumented foreigner had left the country.
"""


def _corpus(tmp_path: Path) -> afgresearch.Corpus:
    (tmp_path / "newsletter.txt").write_text(WRAPPED, encoding="utf-8")
    return afgresearch.load_corpus(tmp_path)


def test_a_wrapped_paragraph_keeps_its_line_breaks(tmp_path: Path) -> None:
    paragraphs = _corpus(tmp_path).paragraphs
    first = paragraphs.iloc[0]
    assert first["line"] == 3
    assert first["text"].count("\n") == 4  # five source lines


def test_claims_and_mentions_cite_the_line_their_text_starts_on(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    claims = afgresearch.extract_claims(corpus.paragraphs, corpus.articles)
    lines = {int(v): int(line) for v, line in zip(claims["value"], claims["line"], strict=True)}
    assert lines[2655] == 3  # its sentence starts on the paragraph's first line
    assert lines[1805] == lines[850] == 4  # 'According to border' starts on line 4
    # quotes are verbatim spans of the paragraph, line breaks included
    text = corpus.paragraphs["text"].iloc[0]
    assert all(q in text for q in claims["quote"]) and claims["quote"].str.contains("\n").any()
    mentions = afgresearch.extract_mentions(corpus.paragraphs)
    found = dict(zip(mentions["actor"], mentions["line"], strict=True))
    assert found["Ministry of Interior (Pakistan)"] == 7 and found["Afghanistan"] == 3


def test_the_brief_check_accepts_quotes_cited_at_their_own_line(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    claims = afgresearch.extract_claims(corpus.paragraphs, corpus.articles)
    brief = "\n".join(
        f"“{q}” `{f}:{n}`" for q, f, n in zip(claims["quote"], claims["source_file"],
                                              claims["line"], strict=True)
    )  # fmt: skip
    assert verify_citations(brief, tmp_path) == []


def test_records_keep_their_line_and_unwrapped_paragraphs_are_untouched() -> None:
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": ["r", "t"],
            "source_file": ["export.csv", "one.txt"],
            "line": [2, 5],
            "text": ["First line of a field\nsecond line: 40 families", "One line: 40 families"],
        }
    )
    rows = pd.DataFrame(
        {"source_file": ["export.csv", "one.txt"], "line": [2, 5], "quote": ["40", "40"]}
    )
    assert exact_lines(rows, paragraphs, "quote")["line"].tolist() == [2, 5]
    assert (
        flat_paragraphs(paragraphs)["text"].iloc[0]
        == "First line of a field second line: 40 families"
    )
    assert line_of("a\nb\nc", 1, 0) == 1
