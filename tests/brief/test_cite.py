"""Citations: formatting, finding them in a brief, and checking them against the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from afgresearch.brief import CorpusRootError, cite, find_citations, md_inert, verify_citations


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").write_text(
        "Title line\n\nThe ministry said 268,000 people\nreturned in two months.\n\nLast | line <b>\n",
        encoding="utf-8",
    )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "cp1252.txt").write_bytes("Café society met in Kabul.\n".encode("cp1252"))
    (tmp_path / "odd`name.txt").write_text("x\n", encoding="utf-8")
    return tmp_path


def test_cite_round_trips_through_find(corpus: Path) -> None:
    text = f"- {cite('odd`name.txt', 1)} and {cite('sub/cp1252.txt', 1)}"
    found = find_citations(text)
    assert [(c.path, c.line, c.quote) for c in found] == [
        ("odd`name.txt", 1, None),
        ("sub/cp1252.txt", 1, None),
    ]
    assert verify_citations(text, corpus) == []


def test_quote_over_a_wrapped_paragraph_verifies(corpus: Path) -> None:
    text = f"- “268,000 people returned in two” {cite('a.txt', 3)}"
    assert verify_citations(text, corpus) == []


def test_escaped_quote_in_table_cell_verifies(corpus: Path) -> None:
    row = f"| “x” | “{md_inert('Last | line <b>')}” {cite('a.txt', 6)} |"
    assert find_citations(row)[0].quote == "Last | line <b>"
    assert verify_citations(row, corpus) == []


def test_non_utf8_file_is_decoded(corpus: Path) -> None:
    assert verify_citations(f"“Café society” {cite('sub/cp1252.txt', 1)}", corpus) == []


@pytest.mark.parametrize(
    ("brief", "reason"),
    [
        ("`a.txt:99`", "line 99 does not exist (the file has 6 lines)"),
        ("`a.txt:2`", "line 2 is blank"),
        ("`missing.txt:1`", "file does not exist"),
        ("`../a.txt:1`", "not inside the corpus folder"),
        ("`/etc/passwd:1`", "not inside the corpus folder"),
        ("“returned in two months” `a.txt:1`", "is not in the paragraph starting at line 1"),
        ("“The ministry said 300,000” `a.txt:3`", "quote 'The ministry said 300,000'"),
    ],
)
def test_problems_are_reported(corpus: Path, brief: str, reason: str) -> None:
    problems = verify_citations(brief, corpus)
    assert len(problems) == 1
    assert problems[0].startswith("brief line 1: ")
    assert reason in problems[0]


def test_symlink_out_of_corpus_is_refused(
    corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "secret.txt"
    outside.write_text("secret\n")
    (corpus / "link.txt").symlink_to(outside)
    assert "leads outside the corpus folder" in verify_citations("`link.txt:1`", corpus)[0]


def test_every_problem_is_listed_with_its_brief_line(corpus: Path) -> None:
    brief = "ok `a.txt:1`\n\nbad `a.txt:50`\nbad `nope.txt:2`\n"
    problems = verify_citations(brief, corpus)
    assert [p.split(":")[0] for p in problems] == ["brief line 3", "brief line 4"]


def test_missing_corpus_root_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusRootError, match="does not exist"):
        verify_citations("`a.txt:1`", tmp_path / "nope")


def test_a_corpus_given_as_one_file_is_checked_against_its_folder(corpus: Path) -> None:
    # a report on one file (a CSV, a Parquet export, a dump) cites paths relative to its folder
    assert verify_citations("“268,000 people returned” `a.txt:3`", corpus / "a.txt") == []
    assert verify_citations("`a.txt:99`", corpus / "a.txt") != []


def test_code_spans_that_are_not_citations_are_ignored(corpus: Path) -> None:
    assert find_citations("`not a citation` and `x:y` and \\`a.txt:1\\`") == []
