"""Text patterns that several readers of a dump share, each defined once.

Where a sentence ends (:data:`SENTENCE_END`, :data:`STORY_END`), where one sentence gives way
to the next inside a line (:data:`SENTENCE_BREAK`), a separator line between stories
(:func:`rule_line`) and a role credit (:func:`role_credit`: ``Reporting by X``). Readers of
different layout classes need slightly different variants; each variant is a parameter here,
and the reader that needs it says why.

Example
-------
>>> bool(SENTENCE_END.search('He said: "We will return."')), bool(STORY_END.search("As follows:"))
(True, False)
>>> bool(rule_line("*#~", spaced="*").match("* * *")), len(SENTENCE_BREAK.findall("One. Two. three"))
(True, 1)
"""

from __future__ import annotations

import re

#: closing quotes and brackets that may stand after a sentence's last mark
CLOSERS = "\"'”’»)]"
#: marks that end a sentence
STOPS = ".!?…"


def sentence_end(marks: str = STOPS + ":;") -> re.Pattern[str]:
    """A pattern for a line ending in one of ``marks``, then any closing quotes, brackets,
    footnote asterisks and spaces (``said.”``, ``said. ”``, ``said.*``).

    Example
    -------
    >>> bool(sentence_end().search("Talks resume.” ")), bool(sentence_end(".").search("Talks:"))
    (True, False)
    """
    return re.compile(rf"[{re.escape(marks)}][{re.escape(CLOSERS)}*\s]*$")


#: a line whose clause ends: a full stop, or a colon or semicolon that leads on
SENTENCE_END = sentence_end()
#: a line that can close a story: a full stop only (a colon leads on to more text)
STORY_END = sentence_end(STOPS)
#: one sentence ending and the next beginning inside a line: ``... on Monday. The talks ...``
SENTENCE_BREAK = re.compile(r"[.!?][\"'”’»)]*\s+[\"'“‘«(]?[A-Z]")


def rule_line(
    marks: str, min_run: int = 3, spaced: str = "", mixed: bool = False
) -> re.Pattern[str]:
    """A pattern for a separator line (match it against the stripped line): one of ``marks``
    repeated at least ``min_run`` times; a mark in ``spaced`` may have blanks between its
    repeats (``* * *``); with ``mixed`` the marks may alternate, each followed by at most one
    blank (``-=-=-=``, ``- - - - -``).

    Example
    -------
    >>> bool(rule_line("-*_").match("___")), bool(rule_line("-*_").match("-*-"))
    (True, False)
    >>> bool(rule_line("-=", min_run=5, mixed=True).match("-=-=- -"))
    True
    """
    if mixed:
        return re.compile(rf"^(?:[{re.escape(marks)}]\s?){{{min_run},}}$")
    runs = [
        rf"(?:{re.escape(m)}[ \t]*){{{min_run},}}"
        if m in spaced
        else rf"{re.escape(m)}{{{min_run},}}"
        for m in marks
    ]
    return re.compile(rf"^(?:{'|'.join(runs)})$")


#: the roles an agency's credit line names at a story's foot ('Reporting by X; Editing by Y')
AGENCY_ROLES = ("reporting", "writing", "editing", "compiled", "translated")
#: the roles a footer under a story may name, past forms too ('Written by X', 'Edited by Y');
#: at a story's head those past forms are bylines, so the line classes keep to AGENCY_ROLES
FOOTER_ROLES = ("reporting", "reported", "writing", "written", "editing", "edited", "compiled")


def role_credit(roles: tuple[str, ...]) -> str:
    """The regular expression (case-insensitive use) for a role credit's head: one of ``roles``
    (``additional`` may precede it) and ``by``.

    Example
    -------
    >>> bool(re.match(role_credit(AGENCY_ROLES), "Additional reporting by Sara Noori", re.I))
    True
    """
    return rf"(?:additional\s+)?(?:{'|'.join(roles)})\s+by\b"
