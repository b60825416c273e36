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


SCREEN_SETS = [
    (frozenset({"ab", "abc", "abd"}), frozenset({"bc"}), None, frozenset({"c"})),
    (frozenset({"deport", "portion"}), frozenset({"port"}), frozenset({"ion"})),
    (frozenset({"a"}), frozenset({"aa", "aaa"}), frozenset({""})),
    (frozenset({"met", "meeting"}), frozenset({"tin", "eting"}), frozenset({"x.y", "a+b"})),
]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SCREEN_SETS), st.text(alphabet="abcdeimnoprtx.+y ", max_size=30))
def test_the_screen_index_passes_exactly_the_screens_one_by_one(screens, text: str) -> None:
    from afgresearch.extract.prefilter import ScreenIndex

    expected = tuple(i for i, s in enumerate(screens) if screen_passes(s, text))
    assert ScreenIndex(screens).passing(text) == expected


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join))
def test_the_screen_index_of_the_packaged_codes_agrees_with_their_screens(text: str) -> None:
    from afgresearch.extract.prefilter import screen_index

    codes = load_cameo()
    folded = fold(text)
    expected = tuple(i for i, c in enumerate(codes) if screen_passes(c.screen, folded))
    assert screen_index(tuple(c.screen for c in codes)).passing(folded) == expected


def test_the_screen_index_agrees_on_every_seed_sentence() -> None:
    from afgresearch import load_corpus
    from afgresearch.extract.prefilter import screen_index

    codes = load_cameo()
    index = screen_index(tuple(c.screen for c in codes))
    texts = load_corpus("seeds").paragraphs["text"].tolist()
    passed = 0
    for text in texts:
        for part in re.split(r"(?<=[.!?])\s+", text):
            folded = fold(part)
            expected = tuple(i for i, c in enumerate(codes) if screen_passes(c.screen, folded))
            assert index.passing(folded) == expected
            passed += bool(expected)
    assert passed > 50  # the seeds hold many sentences some code may match
