"""Stories whose credits and dates stand at their END, between separator lines.

Wire copy and many newsroom dumps put the byline, the desk and the date under the text
(``Reporting by ...; Editing by ...``, ``-- AP``, ``— Outlet``, ``Posted 07 Aug 2025``,
``Kandahar, March 3, 2025``) and separate stories with a line of stars, hashes or tildes
(``* * *``, ``###``, ``~~~``). Read top-down, such a footer looks like the header of the next
story: its date and desk would open it and be given to it. :func:`end_credits` reads the file's
separators instead: where at least ``SEPARATOR_MIN_LINES`` of them split the file and at least
half of the stories between them end in a footer, each separator opens the story below it, and a run of credit and date lines directly under a story's
last sentence (above the next separator or the end of the file) is that story's footer: it leaves
the view and tells the story's outlet (a dash credit, a desk named in ``Reporting by``) and its
publication date.

Example
-------
>>> raw = ["Officials met in Herat on Friday to plan the return of families.", "",
...     "-- Valley Wire", "Herat, May 2, 2025", "", "* * *",
...     "Talks on trade resumed in Kabul after a pause of two months.", "", "~~~",
...     "Trade through Hairatan rose by a fifth in April, traders said.", "-- North Desk"]
>>> f = end_credits(raw)
>>> sorted(f.starts), f.told[0], f.dropped[2]
([5, 8], {'outlet': 'Valley Wire', 'published': '2025-05-02'}, 'end credit')
"""

from __future__ import annotations

import re

from afgresearch.corpus import lines as L
from afgresearch.corpus.layouts import Frames
from afgresearch.corpus.outlets import known_outlet

#: a file holds stories between separators when it has at least this many separator lines
SEPARATOR_MIN_LINES = 2
#: a footer holds at most this many credit and date lines
FOOTER_MAX_LINES = 4
#: a story between separators has a line of at least this many words
STORY_MIN_WORDS = 8
#: a dash credit names its desk in at most this many words
CREDIT_MAX_WORDS = 5

_SEPARATOR = re.compile(r"^(?:(?:\*[ \t]*){3,}|#{3,}|~{3,}|(?:•[ \t]*){3,})$")
_DASH_CREDIT = re.compile(r"^(?:--|—|–)\s*(?P<name>[^\s\W][^;:]{0,60}?)\s*$")
_ROLE_CREDIT = re.compile(
    r"^(?:(?:Additional\s+)?Reporting|Reported|Writing|Written|Editing|Edited|Compiled)\s+by\s+"
    r"(?P<who>[^;]+?)\s*(?:;.*)?$",
    re.I,
)
_DESK = re.compile(r"\s+(?:News\s+)?(?:Desk|Bureau|Staff|Team)$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*\s*$|\([A-Z]{2,6}\)\s*$")


def _credit(line: str) -> tuple[str, str] | None:
    """('outlet', name) for a desk credit, ('date', iso) for a date line, ('', '') for a
    person's credit; ``None`` when the line is no footer line."""
    s = line.strip()
    # a marker framed by dashes (``— end of review —``) closes the file, it credits no desk
    framed = s.endswith(("-", "—", "–"))
    if not framed and (m := _DASH_CREDIT.match(s)):
        name = m["name"].strip()
        if L.word_count(name) <= CREDIT_MAX_WORDS:
            return "outlet", known_outlet(name) or name
    if m := _ROLE_CREDIT.match(s):
        who = m["who"].strip()
        desk = _DESK.sub("", who)
        if desk != who or known_outlet(who):
            return "outlet", known_outlet(who) or desk
        return "", ""
    if len(s) <= 60 and (date := L.parse_date(s)):
        return "date", date
    return None


def end_credits(raw: list[str]) -> Frames:
    """Stories between separators and their footers (see the module docstring); nothing where
    fewer than ``SEPARATOR_MIN_LINES`` separators split the file or fewer than half of the
    stories end in a footer.

    Example
    -------
    >>> end_credits(["Talks on trade resumed in Kabul after a pause of two months.", "* * *",
    ...     "Trade through Hairatan rose by a fifth in April, traders said."]).starts
    set()
    """
    out = Frames()
    seps = [i for i, line in enumerate(raw) if _SEPARATOR.match(line.strip())]
    if len(seps) < SEPARATOR_MIN_LINES:
        return out
    bounds = [-1, *seps, len(raw)]
    opens: set[int] = set()
    stories = footed = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        content = [j for j in range(a + 1, b) if raw[j].strip()]
        if not any(L.word_count(raw[j]) >= STORY_MIN_WORDS for j in content):
            continue  # an end line under the last separator, no story
        if a >= 0:
            opens.add(a)
        stories += 1
        footer: list[tuple[int, tuple[str, str]]] = []
        for j in reversed(content):
            found = _credit(raw[j])
            if found is None or len(footer) == FOOTER_MAX_LINES:
                break
            footer.append((j, found))
        above = [j for j in content if j < min((j for j, _ in footer), default=b)]
        # a footer stands under a story's last sentence, never alone
        if not footer or not above or not _SENTENCE_END.search(raw[above[-1]].strip()):
            continue
        footed += 1
        told = {"outlet": "", "published": ""}
        for j, (kind, value) in reversed(footer):
            out.dropped[j] = "end credit"
            if kind == "outlet" and not told["outlet"]:
                told["outlet"] = value
            elif kind == "date" and not told["published"]:
                told["published"] = value
        if any(told.values()):
            out.told[above[0]] = told
    # the layout is one of footers: without them the separators are left to the segmenter
    if footed * 2 < stories:
        return Frames()
    out.starts = opens
    return out
