"""Literal screens are exact: a text a pattern matches always passes the pattern's screen."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.extract.events import load_cameo
from afgresearch.extract.prefilter import any_required, fold, required_strings, screen_passes


def test_the_ascii_folds_are_every_character_matching_an_ascii_letter() -> None:
    letter = re.compile(r"[a-z]", re.IGNORECASE)
    folds = [chr(c) for c in range(128, 0x110000) if letter.fullmatch(chr(c))]
    assert folds == ["\u0130", "\u0131", "\u017f", "\u212a"]
    assert all(fold(c).isascii() and letter.fullmatch(fold(c)) for c in folds)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bvisit(?:ed|s)\b", {"visit"}),
        (r"(?:deport|expel)(?:ed|led)", {"deport", "expel"}),
        (r"\b(?:met|meeting)\s+with", {"with"}),  # the longest run of literals is chosen
        (r"talks?", {"talk"}),
        (r"(?:a|b)?\w+", None),  # nothing is required
        (r"x|\d+", None),  # one branch requires nothing
        (r"(?!ban)\w+ed", {"ed"}),  # a negative lookahead requires nothing
        (r"said(?=\s+on\s+Monday)", {"monday"}),
    ],
)
def test_required_strings(pattern: str, expected: set[str] | None) -> None:
    got = required_strings(re.compile(pattern, re.IGNORECASE))
    assert got == (None if expected is None else frozenset(expected))


WORDS = ["deported", "VISITED", "met", "ſigned", "\u212aabul", "talks", "İran", "said on Monday",
         "announced", "expelled", "held talks with", "called on", "urged", "banned", "the", " "]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=12).map(" ".join))
def test_every_text_a_code_matches_passes_its_screen(text: str) -> None:
    folded = fold(text)
    for code in load_cameo():
        if any(p.search(text) for p in code.patterns):
            assert screen_passes(code.screen, folded), (code.code, text)


def test_every_packaged_code_has_a_screen() -> None:
    assert all(code.screen for code in load_cameo())
    assert any_required([re.compile("x"), re.compile(r"\w")]) is None
