"""The shared text patterns (:mod:`afgresearch.corpus.patterns`) and the readers that use them.

The separator, credit and sentence-end patterns were once written out in each reader; the
tests hold each shared variant against the expression it replaced on many generated lines, so
the readers decide as before, and show on invented lines where a merge reads more widely.
"""

from __future__ import annotations

import itertools
import random
import re

from afgresearch.corpus import endcredits, feeds, lines, mailbox, notes
from afgresearch.corpus.patterns import (
    AGENCY_ROLES,
    SENTENCE_BREAK,
    SENTENCE_END,
    STORY_END,
    role_credit,
    rule_line,
)


def _lines(alphabet: str, count: int = 4000, longest: int = 9) -> list[str]:
    """Deterministic short lines over ``alphabet``, every line up to length 3 and random longer
    ones."""
    short = ["".join(p) for n in range(4) for p in itertools.product(alphabet, repeat=n)]
    rng = random.Random(7)
    rest = [
        "".join(rng.choice(alphabet) for _ in range(rng.randint(4, longest))) for _ in range(count)
    ]
    return short + rest


def _same(old: re.Pattern[str], new: re.Pattern[str], texts: list[str], how: str = "match") -> None:
    for text in texts:
        a = getattr(old, how)(text)
        b = getattr(new, how)(text)
        assert bool(a) == bool(b), (old.pattern, new.pattern, text)


# the expressions the readers held before the merge, kept as the reference
_OLD_TERMINAL = re.compile(r"[.!?…:;][" + re.escape("\"'”’»)]*") + r"\s]*$")
_OLD_SEPARATOR = re.compile(r"^(?:(?:\*[ \t]*){3,}|#{3,}|~{3,}|(?:•[ \t]*){3,})$")
_OLD_NOTE_RULE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})\s*$")
_OLD_MAIL_RULE = re.compile(r"^(?:[-=_*~]\s?){5,}$")
_OLD_CREDIT_LINE = re.compile(
    r"^(?:\(?(?:additional\s+)?(?:reporting|writing|editing|compiled|translated)\s+by\b)"
    r"(?:[^.!?]*?;\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b)?",
    re.IGNORECASE,
)
_OLD_ROLE_CREDIT = re.compile(
    r"^(?:(?:Additional\s+)?Reporting|Reported|Writing|Written|Editing|Edited|Compiled)\s+by\s+"
    r"(?P<who>[^;]+?)\s*(?:;.*)?$",
    re.I,
)
_OLD_STORY_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|\([A-Z]{2,6}\)\s*$")
_OLD_FEED_TERMINAL = re.compile(r"[.!?…:;][\"'”’»)\]]*\s*$")


def test_sentence_end_is_the_line_classes_rule_unchanged() -> None:
    texts = [f"Talks{t}" for t in _lines(".!?…:; \"'”’»)]*a")]
    _same(_OLD_TERMINAL, SENTENCE_END, texts, "search")
    assert lines.ends_sentence('He said: "We will return." ')


def test_separators_of_each_layout_class_unchanged() -> None:
    texts = [t.strip() for t in _lines("*#~•-=_ \tx")]
    _same(_OLD_SEPARATOR, endcredits._SEPARATOR, texts)
    _same(_OLD_NOTE_RULE, notes._RULE, texts)
    _same(_OLD_MAIL_RULE, mailbox._RULE, texts)


def test_rule_line_variants() -> None:
    stars = rule_line("*#~", spaced="*")
    assert stars.match("* * *") and stars.match("###") and not stars.match("# # #")
    assert not stars.match("---") and not stars.match("**")
    mixed = rule_line("-=", min_run=5, mixed=True)
    assert mixed.match("=-=-=-=") and mixed.match("- - - - -") and not mixed.match("-  -  -  -  -")


def test_agency_credit_line_unchanged() -> None:
    heads = ["", "(", "Additional ", "(additional ", "Staff "]
    roles = [*AGENCY_ROLES, "reported", "written", "edited", "photos"]
    tails = [" by Lena Park in Herat; Editing by Tom Reyes", " by", "by", " byline", ": none"]
    texts = [h + r + t for h in heads for r in roles for t in tails]
    _same(_OLD_CREDIT_LINE, lines._CREDIT_LINE, texts)
    assert (
        lines.classify("Additional reporting by Lena Park in Herat; Editing by Tom Reyes") == "nav"
    )
    # at a story's head the past form is a byline
    assert lines.classify("Written by Lena Park") == "byline"


def test_footer_role_credit_reads_the_same_names() -> None:
    heads = ["", "Additional ", "(", "The "]
    roles = [
        "Reporting",
        "Reported",
        "Writing",
        "Written",
        "Editing",
        "Edited",
        "Compiled",
        "Translated",
    ]
    tails = [" by Lena Park", " by Valley Desk; Editing by Tom Reyes", " by", " by  North Bureau  "]
    for text in (h + r + t for h in heads for r in roles for t in tails):
        old, new = _OLD_ROLE_CREDIT.match(text), endcredits._ROLE_CREDIT.match(text)
        if (old and old["who"]) != (new and new["who"]):
            # wider: 'Additional editing by X' is a credit as much as 'Additional reporting by X'
            assert old is None and new is not None and text.startswith("Additional "), text
    assert endcredits._credit("Additional editing by North Bureau") == ("outlet", "North")


def test_story_end_is_a_full_stop_or_an_agency_tag() -> None:
    texts = [f"Talks resumed{t}" for t in _lines(".!?…:; \"'”’»)]a")]
    for text in texts:
        old, new = bool(_OLD_STORY_END.search(text)), endcredits._ends_story(text)
        if old != new:
            # wider only: a stop with blanks between it and a closing quote or bracket
            assert new and re.search(r"[.!?…][\"'”’»)\]\s]*\s[\"'”’»)\]]", text), text
    assert endcredits._ends_story("Markets reopened in Herat on Sunday. (AP)")
    assert endcredits._ends_story("Markets reopened in Herat on Sunday.*")
    assert not endcredits._ends_story("The traders listed three demands:")
    assert STORY_END.search("“We will go home.” ") and not STORY_END.search("Next:")


def test_feed_rows_read_sentence_ends_as_the_line_classes_do() -> None:
    texts = [f"Talks resumed{t}" for t in _lines(".!?…:; \"'”’»)]a")]
    for text in texts:
        old, new = bool(_OLD_FEED_TERMINAL.search(text)), bool(SENTENCE_END.search(text))
        if old != new:
            assert new and re.search(r"[.!?…:;][\"'”’»)\]\s]*[\s*]", text), text
    # sentences whose closing quotes stand apart are no hard-wrapped prose
    rows = [
        "The council met in Mazar on Monday. ”",
        "Its members voted on the budget. ”",
        "The ministry did not comment.",
    ]
    assert not feeds._wrapped(rows)
    assert feeds._wrapped(
        ["The council met in Mazar on Monday and", "voted on the budget of the", "city."]
    )


def test_sentence_break_inside_a_line() -> None:
    assert len(SENTENCE_BREAK.findall("Aid arrived. “More is needed,” he said. Trucks left.")) == 2
    assert not SENTENCE_BREAK.search("Talks in St. petersburg went on")
    assert role_credit(("reporting",)) == r"(?:additional\s+)?(?:reporting)\s+by\b"


def test_comma_date_is_read_once_for_the_date_and_the_outlet() -> None:
    for text in ("Valley Times, 6 April 2025", "Mountain Courier, 06.04.2025"):
        name, date = lines.comma_date(text)
        assert lines.parse_date(text) == date == "2025-04-06"
        assert lines.comma_name_outlet(text) == name
    # a name in stray emphasis is still the name before the date, for the date as for the outlet
    assert lines.parse_date("*Valley Times*, 6 April 2025") == "2025-04-06"
    assert lines.comma_name_outlet("*Valley Times*, 6 April 2025") == "Valley Times"
    assert lines.comma_date("The talks ended, officials said on 6 April 2025") is None
    assert lines.comma_name_outlet("Herat, 6 April 2025") is None  # a dateline's place


def test_lines_matching_reads_stripped_lines() -> None:
    from afgresearch.corpus.layouts import lines_matching

    raw = ["  * * *  ", "Officials met in Herat on Friday.", "~~~", "", "* *"]
    assert lines_matching(raw, endcredits._SEPARATOR) == [0, 2]


def test_a_page_source_line_that_ends_a_sentence_names_no_outlet() -> None:
    from afgresearch.corpus.html import story_outlet

    assert story_outlet([], ["Valley Times"]) == "Valley Times"
    # an ellipsis or a closing quote after the stop ends a sentence as a full stop does
    assert story_outlet([], ["Read the whole story…"]) == ""
    assert story_outlet([], ["Officials said so."]) == ""


def test_month_names_are_one_list() -> None:
    from afgresearch.corpus import dates

    old_name = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
    old_mon = r"(?P<mon>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
    words = ["Sep", "Sept.", "September", "sept", "Dec.", "december", "Mayor", "Ma", "Jan3", "nov."]
    texts = [f"{a} {w}{b}" for w in words for a in ("", "On") for b in ("", " 3", ".", ",")]
    for text in texts:
        for old, new in ((old_name, lines._MONTH_NAME), (old_mon, dates._MON)):
            a = re.search(old, text, re.I)
            b = re.search(new, text, re.I)
            assert (a and a.span()) == (b and b.span()), text
        a = re.search(rf"\b{old_name}\b", text, re.I)
        assert (a and a.span()) == ((m := lines._MONTH.search(text)) and m.span()), text


def test_weekday_names_are_one_list() -> None:
    from afgresearch.corpus import translations

    old = re.compile(r"^(?:mon|tues|wednes|thurs|fri|satur|sun)day$", re.I)
    for word in ("Monday", "TUESDAY", "wednesday", "Thursdays", "Sun", "Satur day", "Friday "):
        assert bool(old.match(word)) == bool(translations._WEEKDAY.match(word)), word
    assert translations._WEEKDAY.match("جمعه")
    assert lines.comma_name_outlet("Friday, 06.04.2025") is None
