"""Literal screens for regular expressions: strings one of which every match must contain.

Testing a sentence for a few substrings is much cheaper than running a pattern over it, so a
sentence that holds none of a pattern's :func:`required_strings` is passed over without the
pattern (the idea of the prefilters in RE2 and Hyperscan). The screen is exact: it never
passes over a sentence the pattern matches. Strings are lowercase ASCII and are looked for in
:func:`fold` of the text, which maps every character that case-insensitive matching equates
with an ASCII letter to that letter.

Example
-------
>>> import re
>>> sorted(required_strings(re.compile(r"\\b(?:deport|expell?)ed\\s+\\d+", re.I)))
['deport', 'expel']
>>> screen_passes(required_strings(re.compile(r"visit(?:ed|s)", re.I)), fold("Wang VISITED Kabul"))
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from re import _constants as _c  # the parser of the re module itself (Python 3.11+)
from re import _parser as _p

# the non-ASCII characters that re's case-insensitive matching equates with an ASCII letter
# (tests/extract/test_prefilter.py checks this list against every code point)
_ASCII_FOLDS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_MAX_STRINGS = 80  # a screen with more alternatives than this is no cheaper than the pattern

Strings = frozenset[str] | None  # None: no screen (every text may match)


def fold(text: str) -> str:
    """``text`` as the screens read it: lowercase, with the characters that match ASCII
    letters case-insensitively ('K' Kelvin sign, dotless 'ı', long 'ſ') made those letters.

    Example
    -------
    >>> fold("Deported in \\u212aabul")
    'deported in kabul'
    """
    return text.translate(_ASCII_FOLDS).lower()


def screen_passes(strings: Strings, folded: str) -> bool:
    """Whether a text (already :func:`fold`-ed) may match: no screen, or one string found.

    Example
    -------
    >>> screen_passes(frozenset({"deport"}), "iran deported 300"), screen_passes(None, "x")
    (True, True)
    """
    return strings is None or any(s in folded for s in strings)


class ScreenIndex:
    """Which of several screens a folded text passes, found in one scan of the text.

    Testing each screen's strings in turn costs a Python step per string (hundreds per
    sentence for the event codes); here every string of every screen goes into one pattern,
    a trie of the strings inside a lookahead, so that one ``finditer`` over the text finds the
    longest string starting at each position. Every string found inside a found string
    counts as found too (a shorter string starting at the same position is a prefix of the
    longest), so the answer is exactly ``[i for i, s in enumerate(screens) if
    screen_passes(s, folded)]`` (tests/extract/test_prefilter.py compares the two).

    Example
    -------
    >>> index = ScreenIndex((frozenset({"deport", "expel"}), None, frozenset({"visit"})))
    >>> index.passing(fold("Iran EXPELLED 300")), index.passing("no match here")
    ((0, 1), (1,))
    """

    def __init__(self, screens: Sequence[Strings]) -> None:
        self.always = frozenset(i for i, s in enumerate(screens) if s is None or "" in s)
        owners: dict[str, set[int]] = {}
        for i, strings in enumerate(screens):
            if i not in self.always:
                for string in strings or ():
                    owners.setdefault(string, set()).add(i)
        ordered = sorted(owners)
        #: the screens a found string passes: its own and those of the strings inside it
        self.owners: dict[str, frozenset[int]] = {
            s: frozenset(i for t in ordered if t in s for i in owners[t]) for s in ordered
        }
        self.pattern = re.compile(f"(?=({_trie(ordered)}))") if ordered else None

    def passing(self, folded: str) -> tuple[int, ...]:
        """The positions of the screens ``folded`` (a :func:`fold`-ed text) passes, ascending.

        Example
        -------
        >>> ScreenIndex((frozenset({"met"}), frozenset({"meeting"}))).passing("the meeting")
        (1,)
        """
        hit = set(self.always)
        if self.pattern is not None:
            for found in self.pattern.finditer(folded):
                hit |= self.owners[found.group(1)]
        return tuple(sorted(hit))


@lru_cache(maxsize=32)
def screen_index(screens: tuple[Strings, ...]) -> ScreenIndex:
    """The :class:`ScreenIndex` of ``screens``, built once per process for each tuple.

    Example
    -------
    >>> screen_index((frozenset({"met"}),)) is screen_index((frozenset({"met"}),))
    True
    """
    return ScreenIndex(screens)


def _trie(strings: list[str]) -> str:
    """A pattern matching the longest of ``strings`` (non-empty, distinct) that a text holds
    at a position: a trie of the strings, each branch taken by its next character, an ending
    string made an optional tail (greedy, so a longer string is tried first)."""
    node: dict[str, dict] = {}
    for string in strings:
        at = node
        for char in string:
            at = at.setdefault(char, {})
        at[""] = {}

    def pattern(at: dict[str, dict]) -> str:
        branches = [re.escape(char) + pattern(at[char]) for char in sorted(at) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in at else body

    return pattern(node)


def required_strings(pattern: re.Pattern[str]) -> Strings:
    """Lowercase ASCII strings one of which the text holds wherever ``pattern`` matches, or
    None when no such set can be told (or it would be too large to help).

    Example
    -------
    >>> required_strings(re.compile(r"\\w+")) is None
    True
    """
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
    except Exception:  # pragma: no cover - a compiled pattern always parses
        return None
    return _sequence(list(parsed))


def any_required(patterns: Iterable[re.Pattern[str]]) -> Strings:
    """The screen of a set of patterns, any of which may match: the union of their screens
    (None when one pattern has none).

    Example
    -------
    >>> sorted(any_required([re.compile("met"), re.compile("visit")]))
    ['met', 'visit']
    """
    return union_screen(required_strings(pattern) for pattern in patterns)


def union_screen(screens: Iterable[Strings]) -> Strings:
    """The screen of texts any of which may match: the union of ``screens`` (None when one
    of them is None).

    Example
    -------
    >>> sorted(union_screen([frozenset({"met"}), frozenset({"visit", "visits"})]))
    ['met', 'visit']
    >>> union_screen([frozenset({"met"}), None]) is None
    True
    """
    out: set[str] = set()
    for strings in screens:
        if strings is None:
            return None
        out |= strings
    return _pruned(out)


def _pruned(strings: set[str]) -> Strings:
    """Drop strings that contain another (the shorter one is found wherever they are)."""
    if not strings or "" in strings:
        return None
    kept = {s for s in strings if not any(o != s and o in s for o in strings)}
    return frozenset(kept) if len(kept) <= _MAX_STRINGS else None


def _literal(code: int) -> str | None:
    char = chr(code)
    return char.lower() if char.isascii() else None


def _sequence(items: list[tuple[object, object]]) -> Strings:
    """Every item of a sequence must match, so any one item's screen will do: the best of
    them (longest shortest string, then fewest strings), with runs of literals joined."""
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run() -> None:
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, arg in items:
        if op is _c.LITERAL:
            char = _literal(arg)  # type: ignore[arg-type]
            if char is None:
                close_run()
            else:
                run.append(char)
            continue
        close_run()
        strings = _item(op, arg)
        if strings is not None:
            candidates.append(strings)
    close_run()
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(map(len, s)), -len(s), sorted(s)))


def _item(op: object, arg: object) -> Strings:
    if op is _c.SUBPATTERN:
        return _sequence(list(arg[-1]))  # type: ignore[index]
    if op is _c.BRANCH:
        out: set[str] = set()
        for branch in arg[1]:  # type: ignore[index]
            strings = _sequence(list(branch))
            if strings is None:
                return None
            out |= strings
        return _pruned(out)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, body = arg  # type: ignore[misc]
        return _sequence(list(body)) if low >= 1 else None
    if op is _c.ATOMIC_GROUP:
        return _sequence(list(arg))  # type: ignore[arg-type]
    if op is _c.ASSERT:  # a lookahead or lookbehind that must hold: its text is in the sentence
        _direction, body = arg  # type: ignore[misc]
        return _sequence(list(body))
    return None
