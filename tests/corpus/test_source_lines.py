"""One reader of corpus text: line numbers agree with ``sed -n Np`` whatever the separators."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from afgresearch.brief.cite import cite, verify_citations
from afgresearch.corpus import load_corpus
from afgresearch.corpus.source import read_source, split_lines

#: characters Python's str.splitlines() breaks on that are not line ends for grep, sed, editors
INNER_BREAKS = ["\u2028", "\u2029", "\x0c", "\x0b", "\x85", "\x1c", "\x1d", "\x1e"]
WORDS = [
    "officials",
    "refugees",
    "returned",
    "border",
    "crossing",
    "ministry",
    "talks",
    "province",
    "families",
    "government",
    "agency",
    "camps",
    "winter",
    "schools",
    "women",
    "delegation",
    "trade",
    "visas",
]


def sed_line(data: bytes, number: int) -> str:
    """Line ``number`` as ``sed -n Np`` prints it: bytes up to the next ``\\n``, decoded."""
    return data.split(b"\n")[number - 1].decode("utf-8")


def editor_line(data: bytes, number: int) -> str:
    """Line ``number`` as an editor counts it (``\\r\\n``, ``\\n`` and a lone ``\\r`` end lines)."""
    return re.split(r"\r\n|\r|\n", data.decode("utf-8"))[number - 1]


@st.composite
def dumps(draw: st.DrawFn, newlines: tuple[str, ...]) -> str:
    """A blank-separated dump: a headline, then sentences holding inner breaks and numbers."""
    n = draw(st.integers(2, 6))
    parts = []
    for i in range(n):
        words = draw(st.lists(st.sampled_from(WORDS), min_size=14, max_size=22))
        where = draw(st.integers(1, len(words) - 1))
        brk = draw(st.sampled_from(["", *INNER_BREAKS]))
        words.insert(where, brk)
        number = draw(st.integers(2, 90_000))
        parts.append(f"Paragraph{i} says {number:,} " + " ".join(w for w in words if w) + ".")
        if brk:
            parts[-1] = parts[-1].replace(f" {brk} ", f" x{brk}y ")
    out = "Border talks resume in Kabul"
    for p in parts:
        gap = draw(st.sampled_from(newlines)) * draw(st.integers(2, 3))
        out += gap + p
    return out + draw(st.sampled_from(newlines))


def _check(tmp: Path, text: str, read_line) -> None:
    data = text.encode("utf-8")
    (tmp / "a.txt").write_bytes(data)
    corpus = load_corpus(tmp)
    assert len(corpus.paragraphs)
    for row in corpus.paragraphs.itertuples():
        assert read_line(data, row.line).strip().startswith(row.text), (row.line, row.text)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=dumps(("\n", "\r\n")))
def test_paragraph_lines_are_sed_lines(tmp_path: Path, text: str) -> None:
    _check(tmp_path, text, sed_line)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=dumps(("\n", "\r\n", "\r")))
def test_paragraph_lines_with_lone_cr_are_editor_lines(tmp_path: Path, text: str) -> None:
    _check(tmp_path, text, editor_line)


@settings(
    max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=dumps(("\n", "\r\n")))
def test_claim_lines_are_sed_lines(tmp_path: Path, text: str) -> None:
    from afgresearch.extract import extract_claims

    data = text.encode("utf-8")
    (tmp_path / "a.txt").write_bytes(data)
    claims = extract_claims(load_corpus(tmp_path).paragraphs)
    assert len(claims)
    for row in claims.itertuples():
        assert row.quote in sed_line(data, row.line), (row.line, row.quote)


@given(text=st.text(st.sampled_from(["a", " ", "\n", "\r", *INNER_BREAKS]), max_size=40))
def test_split_lines_counts_only_newlines(text: str) -> None:
    lines = split_lines(text)
    ends = len(re.findall(r"\r\n|\r|\n", text))
    assert len(lines) == ends + (0 if re.search(r"(\r\n|\r|\n)$", text) or not text else 1)
    assert all("\n" not in s and "\r" not in s for s in lines)
    assert "".join(lines) == re.sub(r"\r\n|\r|\n", "", text)


def four_paragraphs() -> str:
    return (
        "More than 1,200 families crossed at Islam Qala on Monday, officials said.\n\n"
        "The ministry said 3,400 people\u2028returned in one week, most of them from Iran.\n\n"
        "Aid agencies said 5,600 children needed schooling in Herat province.\n\n"
        "Officials said 7,800 people had registered for help at the border.\n"
    )


def test_u2028_paragraph_is_cited_at_its_grep_line(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(four_paragraphs(), encoding="utf-8", newline="")
    corpus = load_corpus(root)
    lines = dict(zip(corpus.paragraphs["text"].str[:12], corpus.paragraphs["line"], strict=True))
    assert lines["Aid agencies"] == 5
    assert lines["Officials sa"] == 7
    if shutil.which("grep"):
        found = subprocess.run(
            ["grep", "-n", "Aid agencies", str(root / "a.txt")], capture_output=True, text=True
        ).stdout
        assert found.startswith("5:")
    from afgresearch.extract import extract_claims

    claims = extract_claims(corpus.paragraphs)
    cited = {int(v): int(line) for v, line in zip(claims["value"], claims["line"], strict=True)}
    assert cited == {1200: 1, 3400: 3, 5600: 5, 7800: 7}
    brief = "\n".join(
        f"- “{q}” {cite(f, n)}"
        for q, f, n in zip(claims["quote"], claims["source_file"], claims["line"], strict=True)
    )
    assert verify_citations(brief, root) == []
    assert verify_citations(f"- “5,600 children” {cite('a.txt', 6)}", root) != []


@pytest.mark.skipif(shutil.which("sed") is None, reason="needs sed")
def test_reader_agrees_with_real_sed(tmp_path: Path) -> None:
    pad = " words" * 80  # the decoder refuses files with more than 1% control characters
    text = (
        f"one{pad}\r\ntwo\u2028two\x0ctwo\x85two{pad}\n\n"
        f"three\x1cthree\x1d\x1e\u2029{pad}\nfour\x0b{pad}\n"
    )
    path = tmp_path / "a.txt"
    path.write_bytes(text.encode("utf-8"))
    src = read_source(path, "a.txt")
    for n in range(1, len(src) + 1):
        out = subprocess.run(["sed", "-n", f"{n}p", str(path)], capture_output=True).stdout
        assert out.decode("utf-8").rstrip("\n").rstrip("\r") == src.line(n)
    counted = subprocess.run(["wc", "-l", str(path)], capture_output=True, text=True).stdout
    assert len(src) == int(counted.split()[0]) == 5


@pytest.mark.slow
def test_report_cites_the_u2028_file_at_grep_lines(tmp_path: Path) -> None:
    from afgresearch.pipeline import run_report

    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(four_paragraphs(), encoding="utf-8", newline="")
    brief = (run_report(root, tmp_path / "out", quiet=True).run_dir / "brief.md").read_text()
    cited = re.findall(r"“Aid agencies[^”]*” `a\.txt:(\d+)`", brief)
    assert cited and set(cited) == {"5"}
    assert "a.txt:6" not in brief and "a.txt:8" not in brief
    assert verify_citations(brief, root) == []
