"""Stories translated from Dari, Pashto or Persian: the lines a translating desk adds.

English editions of Afghan and Iranian outlets, and readers who translate a story, keep marks
of the original around the text:

- **The original headline** in Arabic script directly above or below the English headline (no
  blank line between) is the original's, not the title: it leaves the view where the dump's
  text is in Latin script (in a dump written in Persian it is the headline).
- **Solar Hijri date lines** (``۲۱ جدی ۱۴۰۳``, ``Friday, 21 Jadi 1403 (10 January 2025)``,
  ``Outlet | 1 Dalw 1404 / 21 January 2026``): a short line holding a Solar Hijri date with its
  month's name is a date line; the view reads it as the ISO date (and an outlet's name before a
  ``|`` as a ``Source:`` line).
- **Masthead lines** naming an edition (``Outlet — English service``, ``Outlet - Dari edition``)
  read as the outlet's ``Source:`` line.
- **Translation notes** (``Translated from Dari by the English desk``, ``Translation: ...``) and
  links to the original (``Original (Dari): ...``) are furniture.

Example
-------
>>> f = translation_marks(["کابل، بازگشت مهاجران", "Returnees reach Kabul",
...     "Herat Daily | ۱ دلو ۱۴۰۴", "Translated from Dari by the desk", "",
...     "Officials said 2,000 families returned on Monday."])
>>> sorted(f.dropped.items()), f.rewritten
([(0, 'original-language headline'), (3, 'translation note')], {2: ['2026-01-21', 'Source: Herat Daily']})
"""

from __future__ import annotations

import re

from afgresearch.corpus.dates import DIGITS, HIJRI_MONTHS, WEEKDAYS, hijri_named_date
from afgresearch.corpus.layouts import Frames

#: a date or masthead line holds at most this many words
DATE_LINE_MAX_WORDS = 16
#: words other than dates a date line may hold ('Friday')
DATE_LINE_MAX_OTHER_WORDS = 1
#: an original headline holds at most this many words
HEADLINE_MAX_WORDS = 25
#: a translation note holds at most this many words
NOTE_MAX_WORDS = 12
#: share of a line's letters in Arabic script for it to be written in that script
SCRIPT_SHARE = 0.6

_LANGUAGES = r"(?:English|Dari|Pashto|Persian|Farsi|Urdu|Arabic|Uzbek)"
_MASTHEAD = re.compile(
    rf"^(?P<name>[^|—–\d]{{2,60}}?)\s+[—–-]\s+{_LANGUAGES}\s+(?:service|edition|desk|section|"
    r"website)$",
    re.I,
)
_NOTE = re.compile(
    rf"^\(?(?:translated|translation)\b.*\b(?:from|by|into)\b|^\(?translated by\b|"
    rf"^(?:original|source)\s*\({_LANGUAGES}\)\s*:",
    re.I,
)
_WORD = re.compile(r"[^\W_]+")
_GREGORIAN_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_DATE_WORDS = frozenset(
    [*_GREGORIAN_MONTHS, *(n.casefold() for names in HIJRI_MONTHS for n in names)]
)
_OUTLET_BEFORE = re.compile(r"^(?P<name>[^|\d]{2,60}?)\s*\|")
_WEEKDAY = re.compile(
    rf"^(?:{'|'.join(WEEKDAYS)})$|^(?:شنبه|یکشنبه|دوشنبه|سه‌شنبه|چهارشنبه|"
    r"پنجشنبه|جمعه)$",
    re.I,
)


def _arabic_share(line: str) -> float:
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" or "\ufb50" <= c <= "\ufeff" for c in letters) / len(
        letters
    )


def _latin_text(raw: list[str]) -> bool:
    """Whether most letters of the dump are not in Arabic script."""
    letters = [c for line in raw for c in line if c.isalpha()]
    arabic = sum("\u0600" <= c <= "\u06ff" for c in letters)
    return bool(letters) and arabic < len(letters) / 2


def _date_only(line: str) -> bool:
    """Whether ``line`` holds little but dates: an outlet's name before a ``|``, weekdays, month
    names, numbers and separators aside, at most ``DATE_LINE_MAX_OTHER_WORDS`` words are left
    (a sentence that mentions a Solar Hijri date is text, not a date line)."""
    rest = line.split("|", 1)[1] if _OUTLET_BEFORE.match(line) else line
    words = [w for w in _WORD.findall(rest.translate(DIGITS)) if not w.isdigit()]
    other = [w for w in words if w.casefold() not in _DATE_WORDS and not _WEEKDAY.match(w.strip())]
    return len(other) <= DATE_LINE_MAX_OTHER_WORDS


def _headline_beside(line: str) -> bool:
    """A Latin-script headline: no Arabic script, no sentence end, a headline's length."""
    s = line.strip()
    return (
        _arabic_share(s) == 0
        and not hijri_named_date(s)
        and not s.endswith((".", "!", "?", ":"))
        and len(s.split()) <= HEADLINE_MAX_WORDS
    )


def translation_marks(raw: list[str]) -> Frames:
    """Original headlines, Solar Hijri date lines, edition mastheads and translation notes of
    translated stories (see the module docstring)."""
    out = Frames()
    latin = _latin_text(raw)
    for i, line in enumerate(raw):
        s = line.strip()
        if not s:
            continue
        words = len(s.split())
        if words <= NOTE_MAX_WORDS and _NOTE.match(s):
            out.dropped[i] = "translation note"
        elif words <= DATE_LINE_MAX_WORDS and (iso := hijri_named_date(s)) and _date_only(s):
            told = [iso]
            m = _OUTLET_BEFORE.match(s)
            if m and _arabic_share(m["name"]) == 0 and not _WEEKDAY.match(m["name"].strip()):
                told.append(f"Source: {m['name'].strip()}")
            out.rewritten[i] = told
        elif words <= DATE_LINE_MAX_WORDS and (m := _MASTHEAD.match(s)):
            out.rewritten[i] = [f"Source: {m['name'].strip()}"]
        elif latin and words <= HEADLINE_MAX_WORDS and _arabic_share(s) >= SCRIPT_SHARE:
            near = [j for j in (i - 1, i + 1) if 0 <= j < len(raw) and raw[j].strip()]
            if any(_headline_beside(raw[j]) for j in near):
                out.dropped[i] = "original-language headline"
    return out
