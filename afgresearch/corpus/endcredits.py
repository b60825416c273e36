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
from afgresearch.corpus.dates import hijri_named_date
from afgresearch.corpus.layouts import Frames, lines_matching
from afgresearch.corpus.outlets import known_outlet
from afgresearch.corpus.patterns import FOOTER_ROLES, STORY_END, role_credit, rule_line

#: a file holds stories between separators when it has at least this many separator lines
SEPARATOR_MIN_LINES = 2
#: a footer holds at most this many credit and date lines
FOOTER_MAX_LINES = 4
#: a story between separators has a line of at least this many words
STORY_MIN_WORDS = 8
#: a dash credit names its desk in at most this many words
CREDIT_MAX_WORDS = 5
#: a sign-off holds at most this many lines
SIGN_OFF_MAX_LINES = 4
#: an author's name in a sign-off holds at most this many words
SIGN_OFF_NAME_MAX_WORDS = 3

# stories of a wire dump or a newsroom file stand between rows of stars, hashes, tildes or
# bullets (stars and bullets often spaced: '* * *'); dash rules are left out, they are
# Markdown front matter and mail furniture in these files
_SEPARATOR = rule_line("*#~•", spaced="*•")
_DASH_CREDIT = re.compile(r"^(?:--|—|–)\s*(?P<name>[^\s\W][^;:]{0,60}?)\s*$")
_ROLE_CREDIT = re.compile(rf"^{role_credit(FOOTER_ROLES)}\s+(?P<who>[^;]+?)\s*(?:;.*)?$", re.I)
_NAME = re.compile(r"^(?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*$")
_DESK = re.compile(r"\s+(?:News\s+)?(?:Desk|Bureau|Staff|Team)$", re.I)
# a wire story's last sentence may close with its agency's tag instead of a full stop: '(AP)'
_AGENCY_TAG_END = re.compile(r"\([A-Z]{2,6}\)\s*$")


def _ends_story(line: str) -> bool:
    """True when ``line`` can be a story's last line: a full stop or an agency's tag."""
    return bool(STORY_END.search(line) or _AGENCY_TAG_END.search(line))


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
    seps = lines_matching(raw, _SEPARATOR)
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
        if not footer or not above or not _ends_story(raw[above[-1]].strip()):
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


def _sign_off_date(line: str) -> str:
    s = line.strip()
    if len(s) > 40:
        return ""
    return hijri_named_date(s) or L.parse_date(s) or ""


def sign_offs(raw: list[str]) -> Frames:
    """Dates and the author's name set directly under a story's last sentence (no blank line
    between), as letters, essays and translated pieces sign off: ``15-08-2022`` / ``Rahil``.

    The run (at most ``SIGN_OFF_MAX_LINES`` lines: dates, then at most a short name) closes the
    story above it: it leaves the view and tells that story's date, so
    the date and the name do not open or date the next story. Only files whose paragraphs are
    set apart by blank lines are read (where no blank line separates anything, a date under a
    sentence may head the next story).

    Example
    -------
    >>> raw = ["", "We walked home in the rain, past the closed schools of the city.",
    ...     "3 March 2024", "Farid", "", "Next Story"]
    >>> f = sign_offs(raw)
    >>> f.dropped, f.told
    ({2: 'sign-off', 3: 'sign-off'}, {1: {'published': '2024-03-03'}})
    """
    out = Frames()
    for i, line in enumerate(raw):
        s = line.strip()
        if L.word_count(s) < STORY_MIN_WORDS or not _ends_story(s) or i == 0 or raw[i - 1].strip():
            continue
        run: list[int] = []
        j = i + 1
        while j < len(raw) and raw[j].strip() and len(run) < SIGN_OFF_MAX_LINES:
            if L.classify(raw[j]) in (L.NAV, L.END):
                break  # page furniture under the sign-off ('FOLLOW US', '* * *') ends it
            run.append(j)
            j += 1
        if not run or (
            j < len(raw) and raw[j].strip() and L.classify(raw[j]) not in (L.NAV, L.END)
        ):
            continue
        dates = [d for n in run if (d := _sign_off_date(raw[n]))]
        names = [
            n
            for n in run
            if not _sign_off_date(raw[n])
            and _NAME.match(raw[n].strip())
            and L.word_count(raw[n]) <= SIGN_OFF_NAME_MAX_WORDS
        ]
        # dates first, then the name: a short line then a date under a sentence is more likely
        # the next story's headline and date line
        dated = [n for n in run if n not in names]
        if (
            dates
            and len(dates) + len(names) == len(run)
            and all(d < m for d in dated for m in names)
        ):
            for n in run:
                out.dropped[n] = "sign-off"
            out.told[i] = {"published": dates[0]}
    return out
