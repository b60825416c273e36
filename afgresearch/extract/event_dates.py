"""The date of an event: the calendar expression of its own clause, else the article's date when
the verb reports a just-completed act; with the reasoning as ``date_basis``.

Dates in background clauses ('since the Taliban seized power in August 2021', 'after talks in
May', 'who took power in 2021') belong to other events and never date this one. A clause that
shares its time with the one around it (a participle ', becoming ...', a coordinated predicate,
a 'when' clause, a reported 'that' clause) looks there when it has no date of its own; a 'when'
clause right after a date ('since April 2025, when Pakistan set a deadline') takes that date
(so does an appositive 'the day (that) ...', 'the year ...' set off by commas or dashes), as
does a 'where' clause telling the occasion just dated ('one flogging in March 2023, where two
men were lashed'). A dateline ('Islamabad [Pakistan], April 12 (ANI):') dates no event; of a
weekday and the date bracketed after it ('on Tuesday (August 19, 2025)') the calendar date is
read; a year inside a name ("the Council's 1988 Committee") is no date.

``date_basis`` values:

- ``clause``: a calendar date (day, month, range, year) in the event's clause (in an undated
  article a year-less month takes the year the article wrote that month with, else the year
  the article is set in: :func:`article_year`; each further occasion joined to it by 'and',
  'played X at the 2022 World Cup and the 2023 World Cup', is an act of its own:
  :func:`coordinated_dates`; a Solar Hijri year, 'the Iranian year 1403', is its Gregorian
  range from Nowruz: :func:`afgresearch.extract.dates.find_solar_years`); a bare
  'since' + date phrase ('has deported 5,000 since April 1') gives the span from that date to
  publication (not after a comparison: 'the first visit since 2021' is background);
- ``weekday_relative``: a weekday ('on Thursday') there, resolved against publication (the
  last such day on or before it; for intentions, the next one on or after it, as for a present
  tense in running text, which with a weekday after it is a timetable: 'As the UN marks World
  Refugee Day on Thursday', and for a weekday in a phrase with a future marker: 'As the world
  is going to mark World Refugee Day on Friday', a day that dates no past act of another
  phrase);
- ``relative``: 'yesterday', 'today', 'last night', 'this morning', 'this week', 'earlier this
  week', 'last month', 'so far this year', 'over the past two weeks', 'four years ago', 'over the
  weekend', 'on the 5th' there, against publication; or an undated 'after'/'before' clause
  measured from the clause around it ('came one day after X urged ...'): that clause's date
  moved by the measure; or 'a year later', 'a day earlier', 'the next day', 'the day before'
  measured from the date named before it (in the sentence, else the last one the article gave);
  'in December of the same year', 'in February of the following year' read in that date's year;
- ``article_date``: no date in the clause; the verb is in the past tense or present perfect
  (not future, conditional or past perfect), or in a headline's present ('Pakistan deports 500
  Afghans': short, no closing punctuation), so the event is the one the article reports, on
  its publication date (never for an act in a background clause: 'after Russia recognised ...'
  is an earlier act);
- ``background_excluded``: as ``article_date``, where the sentence's dates were set aside as
  belonging to other clauses;
- ``paragraph``: in an undated article, no date in the sentence, a past act, in a paragraph
  that opens with its date ('In June 2025, a surge unfolded at the border. Over 230,000 Afghans
  crossed back ...'): that date;
- ``none``: no date (undated article, or a tense that says nothing about when).

Example
-------
>>> s = ("Russia became the first country to recognise the Taliban government since the "
...      "Islamist group seized power in August 2021.")
>>> event_date(s, s.index("recognise"), s.index("recognise") + 9, "2025-07-04")
('2025-07-04', 'background_excluded')
>>> s = "On Thursday, Ishaq Dar met Amir Khan Muttaqi."
>>> event_date(s, s.index("met"), s.index("met") + 3, "2025-05-31")
('2025-05-29', 'weekday_relative')
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from afgresearch.extract.clauses import SHARES_TIME, Clause, clause_of, segment_clauses
from afgresearch.extract.dates import (
    MONTH_RE,
    WEEKDAY_RE,
    DateSpan,
    find_ago,
    find_dates,
    find_solar_years,
    find_weekend,
    resolve,
    resolve_ago,
    resolve_weekend,
)

_BASIS_OF_KIND = {
    "weekday": "weekday_relative",
    "relative": "relative",
    "ago": "relative",
    "weekend": "relative",
    "monthday": "relative",
}


def _resolve(span: DateSpan, published: str, future: bool = False) -> str:
    if span.kind == "ago":
        return resolve_ago(span, published)
    if span.kind == "weekend":
        return resolve_weekend(span, published, future)
    return resolve(span, published, future)


def _sentence_dates(sentence: str) -> list[DateSpan]:
    """The calendar expressions of ``sentence`` with 'N years ago', 'over the weekend' and a
    Solar Hijri year named as such ('in the Iranian year 1403')."""
    spans = find_dates(sentence)
    spans += [a for a in find_ago(sentence) + find_weekend(sentence) + find_solar_years(sentence)
              if all(a.end <= s.start or a.start >= s.end for s in spans)]  # fmt: skip
    return sorted(spans, key=lambda s: s.start)


# a date that belongs to the Taliban's (or anyone's) taking of power: 'seized power in August
# 2021', 'the 2021 takeover', 'the fall of Kabul in 2021'
_TAKEOVER_BEFORE_RE = re.compile(
    r"(?:\b(?:seiz|took|tak|came|com|return|regain|retook|retak|swept|rose|storm)\w*\s+"
    r"(?:back\s+)?(?:to\s+)?(?:power|control|over)(?:\s+(?:of|in)\s+[\w’'-]+)*"
    r"|\btake-?over|\breturn\s+to\s+power|\bfall\s+of\s+(?:Kabul|Afghanistan|the\s+\w+)"
    r"|\bfell\s+to\s+the\s+\w+)\s+(?:in\s+|on\s+)?(?:(?:early|late|mid-?)\s*)?$",
    re.IGNORECASE,
)
_TAKEOVER_AFTER_RE = re.compile(r"^\s*(?:takeover|take-over|return\s+to\s+power|seizure)\b", re.I)

# what right before the verb makes it an intention, a possibility or a condition
_NOT_YET_RE = re.compile(
    r"\b(?:will|would|shall|’ll|'ll|going\s+to|plans?|planned|planning|intends?|intended|hopes?|"
    r"hoping|wants?|wanted|expected|expects?|due|set|scheduled|slated|likely|ready|willing|aims?|"
    r"seeks?|sought|could|(?-i:may)|might|should|must|can|cannot|to\s+be)\s+(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_PAST_PERFECT_RE = re.compile(r"\bhad\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
_PERFECT_OR_PASSIVE_RE = re.compile(
    r"\b(?:has|have|was|were|’s|'s)\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE
)
_IRREGULAR_PAST = frozenset(
    re.findall(
        r"\S+",
        """
    met held sent left fled took gave made began spoke said told paid sought won brought struck
    fought hit led flew came went saw kept stood became set put drove rode shot knew thought
    wrote heard felt found got lost ran sat shut spent threw withdrew undertook swept cut beat
    was were did had
    """,
    )
)
_WORD_RE = re.compile(r"[A-Za-z’']+")
# a future anywhere in a clause ('Pakistan will ... the deportation of ...')
_CLAUSE_FUTURE_RE = re.compile(
    r"\b(?:will|would|shall|going\s+to|is\s+(?:due|expected|set|scheduled)\s+to)\b", re.I
)


def _takeover(sentence: str, span: DateSpan) -> tuple[int, int] | None:
    """The span of the taking of power that ``span`` dates ('seized power in August 2021'),
    date included; None when the date dates something else."""
    offset = max(0, span.start - 80)
    m = _TAKEOVER_BEFORE_RE.search(sentence[offset : span.start])
    if m:
        return offset + m.start(), span.end
    m = _TAKEOVER_AFTER_RE.match(sentence, span.end)
    return (span.start, m.end()) if m else None


def past_word(word: str) -> bool:
    """Whether ``word`` is a past tense or participle ('deported', 'met').

    Example
    -------
    >>> past_word("deported"), past_word("met"), past_word("returns")
    (True, True, False)
    """
    low = word.lower()
    return low in _IRREGULAR_PAST or (len(low) > 4 and low.endswith("ed"))


def _present_form(word: str) -> bool:
    """'visits', 'meets', 'recognise': a present-tense or bare verb (nouns that name acts,
    'talks', 'expulsions', 'deportation', are not)."""
    if re.search(r"(?:ions?|ments?|ances?|talks|ss)$", word):
        return False
    return word.endswith(("s", "e"))


def _headline(sentence: str) -> bool:
    """Whether ``sentence`` reads as a headline: short, with no closing punctuation.

    Example
    -------
    >>> _headline("Pakistan deports 500 Afghans"), _headline("Pakistan deports Afghans.")
    (True, False)
    """
    text = sentence.strip()
    return bool(text) and text[-1] not in ".!?:;\"”’')" and len(text.split()) <= 16


def _clause_text(sentence: str, clauses: list[Clause], index: int) -> str:
    """The text of clause ``index`` without its subordinate clauses (blanked out)."""
    c = clauses[index]
    chars = list(sentence[c.start : c.end])
    for child in clauses:
        if child.parent == index:
            for i in range(child.start - c.start, child.end - c.start):
                chars[i] = " "
    return "".join(chars)


def reports_past(sentence: str, clauses: list[Clause], index: int, verb_start: int,
                 verb_end: int) -> bool:  # fmt: skip
    """Whether the verb at ``verb_start:verb_end`` reports a completed act (past tense or
    present perfect): by the words right before it, its own form, then its clause's finite
    verbs, then (for a clause that shares its time) the clause around it.

    Example
    -------
    >>> s = "Pakistan will deport them."
    >>> reports_past(s, segment_clauses(s), 0, 14, 20)
    False
    >>> s = "Pakistan has deported them."
    >>> reports_past(s, segment_clauses(s), 0, 13, 21)
    True
    """
    clause = clauses[index]
    before = sentence[clause.start : verb_start]
    if _NOT_YET_RE.search(before) or _PAST_PERFECT_RE.search(before):
        return False
    if _PERFECT_OR_PASSIVE_RE.search(before):
        return True
    own = _clause_text(sentence, clauses, index)
    if verb_end > verb_start:
        found = _WORD_RE.match(sentence, verb_start)
        word = found.group(0).lower() if found else ""
        if past_word(word):
            return True
        infinitive = re.search(r"\bto\s+(?:[\w’'-]+\s+)?$", before)  # its governor's tense
        if (
            not infinitive
            and not word.endswith("ing")
            and clause.parent < 0
            and _headline(sentence)
        ):
            return True  # a headline's present reports the news: 'Pakistan deports 500 Afghans'
        if not infinitive and _present_form(word):
            return False  # 'visits', 'recognise': a present-tense verb reports no completed act
        at = verb_start - clause.start
        own = own[:at] + " " * (verb_end - verb_start) + own[verb_end - clause.start :]
    if _CLAUSE_FUTURE_RE.search(own):
        return False
    if re.search(r"\bhad\b", own) and not re.search(r"\b(?:has|have|was|were)\b", own):
        return False
    words = [w for w in _WORD_RE.findall(own) if w[:1].islower()]
    if any(past_word(w) for w in words) or re.search(r"\b(?:has|have)\b", own):
        return True
    if clause.kind in SHARES_TIME and clause.parent >= 0:
        return reports_past(sentence, clauses, clause.parent, clause.start, clause.start)
    return False


# 'the first visit since 2021', 'the largest in a decade since May': a comparison, whose
# 'since' phrase is background, not the span of the act
_COMPARISON_RE = re.compile(
    r"\b(?:first|only|last|largest|biggest|highest|lowest|worst|best|most|least|longest|"
    r"greatest|fewest)\b[^,;:]*$",
    re.IGNORECASE,
)


# a state that holds since a date ('the crossings are closed since Saturday', 'has remained
# shut since May 2'): its 'since' phrase dates its start, as it does for a completed act
_STATE_RE = re.compile(
    r"\b(?:is|are|remains?|stays?|has\s+(?:been|remained|stayed)|have\s+(?:been|remained|stayed))"
    r"\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _since_window(sentence: str, clauses: list[Clause], index: int, usable: list[DateSpan],
                  published: str) -> str:  # fmt: skip
    """'Pakistan has deported 5,000 Afghans since April 1': a bare 'since' + date phrase under
    the event's clause (no verb of its own, no comparison before it) is the span of the act,
    from that date to publication; in an article with no publication date, the date the span
    opens with when it carries its year ('since September 2023'); '' when there is none."""
    for n, c in enumerate(clauses):
        if c.parent != index or c.kind != "background" or c.marker.lower() not in (
            "since", "ever since"
        ):  # fmt: skip
            continue
        # up to a clause of its own inside it: 'since Saturday after the shelling'
        end = min([x.start for x in clauses if x.parent == n] + [c.end])
        # and up to a comma that closes the phrase ('since September 2023, including 2.3
        # million so far this year': an apposition after it has times of its own), not one
        # inside the date ('since January 1, 2024')
        first = [x.end for x in usable if c.start <= x.start < end]
        comma = re.compile(r"[,;]").search(sentence, min(first, default=c.start), end)
        end = comma.start() if comma else end
        inside = [s for s in usable if c.start <= s.start < end]
        rest = sentence[c.start + len(c.marker) : end]
        if len(inside) != 1 or not re.fullmatch(
            r"\s*(?:the\s+(?:start|beginning|middle|end)\s+of\s+|early\s+|mid-?|late\s+)?"
            # ('since January.': a month's abbreviation point may take the full stop)
            + re.escape(inside[0].text.rstrip(".")) + r"\W*", rest, re.IGNORECASE,
        ):  # fmt: skip
            continue
        if _COMPARISON_RE.search(sentence[clauses[index].start : c.start]):
            continue
        if not published:
            return resolve(inside[0], "")  # 'since September 2023' read in full, or ''
        start = resolve(inside[0], published).split("/")[0]
        if start and start <= published[:10]:
            return f"{start}/{published[:10]}"
    return ""


# a dateline before the story ('Islamabad [Pakistan], April 12 (ANI): ', 'KABUL (Khaama Press):
# ', 'Moscow, Jul 3 (AP) '): its date is when the story was filed, not when its events happened
_DATELINE_RE = re.compile(
    rf"^\s*(?:[A-Z][\w.’'-]*\s*){{1,4}}(?:\[[^\]]{{1,30}}\]\s*)?"
    # the country after the city ('ISLAM QALA, Afghanistan (AP) —', 'KANDAHAR, Afghanistan,
    # June 19 (Xinhua) --') and a day written before its month ('KABUL, 5 December 2007 (IRIN) -')
    rf"(?:,\s*(?:[A-Z][a-z][\w.’'-]*\s*){{1,2}}(?=[,(\[]))?"
    rf"(?:,\s*(?:{MONTH_RE}\s+\d{{1,2}}(?:,?\s*\d{{4}})?|\d{{1,2}}\s+{MONTH_RE}(?:\s+\d{{4}})?)\s*)?"
    rf"(?:\((?:[A-Z][\w.’' -]{{0,30}})\)\s*[:–—-]{{0,2}}|[:–—-]{{1,2}})\s"
)


def dateline_end(sentence: str) -> int:
    """Where a leading dateline ends (0 when the sentence has none).

    Example
    -------
    >>> s = "Islamabad [Pakistan], April 12 (ANI): Dar met Muttaqi."
    >>> s[dateline_end(s):]
    'Dar met Muttaqi.'
    """
    m = _DATELINE_RE.match(sentence)
    return m.end() if m else 0


def dateline_day(text: str, year: int = 0) -> str:
    """The day a story's leading dateline names ('Dushanbe, March 14 (Asia-Plus): ...'), in its
    own year or else in ``year`` (the year the undated article is set in); '' when none: the day
    the story was filed, which an undated article's 'on Wednesday' is read against.

    Example
    -------
    >>> dateline_day("Dushanbe, March 14 (Asia-Plus): Guards detained 14 Afghans.", 2024)
    '2024-03-14'
    >>> dateline_day("Guards detained 14 Afghans on March 14.", 2024)
    ''
    """
    end = dateline_end(text)
    days = [s for s in find_dates(text[:end]) if s.kind == "day"] if end else []
    if not days:
        return ""
    if "year" in dict(days[0].parts):
        return resolve(days[0])
    return resolve(days[0], f"{year:04d}-12-31") if year else ""


def weekday_anchor(text: str, year: int = 0) -> str:
    """In an undated article, the latest day its text writes with its weekday ('shut the
    crossing on Sunday, October 12'), in its own year or else in ``year``, when the calendar
    confirms that weekday; '' when none. The story's week is then known, and its bare weekdays
    ('late Saturday night') are read against that day: pasted pages and translated outlets
    often lose the page's date but keep the weekday and the day together in the text.

    Example
    -------
    >>> weekday_anchor("Kabul shut the crossing on Sunday, October 12. Talks failed.", 2025)
    '2025-10-12'
    >>> weekday_anchor("Kabul shut the crossing on Monday, October 12.", 2025)
    ''
    """
    days = []
    for line in text.splitlines():
        for span in find_dates(line):
            parts = dict(span.parts)
            if span.kind != "day" or "weekday" not in parts:
                continue
            y = int(parts.get("year", year))
            try:
                day = dt.date(y, int(parts["month"]), int(parts["day"]))
            except (ValueError, KeyError):
                continue
            if y and day.weekday() == int(parts["weekday"]):
                days.append(day.isoformat())
    return max(days) if days else ""


# a year before a capitalised modifier of an act named in lower case dates that act: 'the 2001
# US-led invasion', 'the 2021 Taliban takeover', 'the 2020 US-Taliban deal'
_DATED_ACT_AFTER_NAME_RE = re.compile(
    r"\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){1,3}(?:invasion|occupation|takeover|take-over|withdrawal|"
    r"pull-?out|attacks?|bombings?|elections?|coup|offensive|war|ban|decree|deal|agreement|"
    r"accord|crackdown|deportations?|expulsions?|earthquake|floods?|ceasefire|truce|talks)\b"
    # a gathering held in that year, named after it: 'the 2022 T20 World Cup', 'the 2024 Paris
    # Olympics', 'the 2019 Moscow Conference'
    r"|\s+(?:[A-Z0-9][\w’'.-]*\s+){0,3}(?:Cup|Games|Olympics|Championships?|Trophy|Tournament|"
    r"Summit|Conference|Jirga)\b"
)


# a number that names a document, not a year: 'resolution 1988 (2011)', 'Decree No. 2012',
# 'Article 2001' (the bracketed year after a resolution's number is the resolution's own)
_DOCUMENT_NUMBER_RE = re.compile(
    r"(?:\b(?:resolutions?|decrees?|articles?|sections?|laws?)\s+(?:No\.?\s*)?|"
    r"\bresolutions?\s+(?:No\.?\s*)?\d{3,4}\s*\(\s*)$",
    re.IGNORECASE,
)


def _name_year(sentence: str, span: DateSpan) -> bool:
    """A year that is part of a name ("the Security Council's 1988 Committee", 'the 2020 Doha
    Agreement', 'resolution 1988 (2011)'), not a date; not one that dates an act its name only
    qualifies ('the 2001 US-led invasion')."""
    if span.kind == "year" and _DOCUMENT_NUMBER_RE.search(sentence[: span.start]):
        return True
    return span.kind == "year" and bool(
        re.search(r"(?:[’']s|\bthe)\s+$", sentence[: span.start], re.IGNORECASE)
        and re.match(r"\s+(?-i:[A-Z])", sentence[span.end :])
        and not _DATED_ACT_AFTER_NAME_RE.match(sentence, span.end)
    )


# the new end a deadline, stay or mandate was extended to
_EXTENDED_TO_RE = re.compile(
    r"\b(?:extend(?:ed|s|ing)?|prolong(?:ed|s)?|push(?:ed|es)\s+back)\s+(?:[\w’'-]+\s+){0,6}?"
    r"(?:to|until|till|through)\s+(?:the\s+(?:end|middle)\s+of\s+)?$",
    re.IGNORECASE,
)


_BY_RE = re.compile(r"by\s+(?:the\s+(?:end|middle)\s+of\s+)?", re.IGNORECASE)


def _deadline(sentence: str, span: DateSpan) -> bool:
    """A date an act must be done by ('ordered Afghans to leave the country by July 6', 'must
    leave by March 31'), or the new end an extension sets ('extended the deadline to June 30'):
    the deadline, not the date of the order.

    Example
    -------
    >>> s = "Iran ordered Afghans to leave the country by July 6."
    >>> _deadline(s, find_dates(s)[0])
    True
    """
    before = sentence[: span.start]
    if _EXTENDED_TO_RE.search(before):
        return True  # 'extended the deadline to June 30': the new deadline
    if not re.search(r"\bby\s+(?:the\s+(?:end|middle)\s+of\s+)?$", before, re.IGNORECASE):
        return False
    return bool(re.search(r"\b(?:to|must|should|would|will|has\s+to|have\s+to)\s+"
                          r"(?:[\w’'-]+\s+){1,6}by\s+(?:the\s+\w+\s+of\s+)?$", before,
                          re.IGNORECASE))  # fmt: skip


# a weekday placed in the week before: 'on Tuesday last week', 'Friday of the previous week'
_OF_LAST_WEEK_RE = re.compile(
    r"\s*,?\s*(?:of\s+)?(?:last|the\s+previous|the\s+past)\s+week\b", re.I
)
# two weekdays that bound one act: 'on Tuesday and Wednesday', 'between Sunday and Tuesday',
# 'from Monday to Thursday' (the act starts on the first)
_WEEKDAY_PAIR_RE = re.compile(r"\s*(?:and|to|through|till|until|-|–)\s*", re.I)


def _weekday_pairs(sentence: str, spans: list[DateSpan]) -> list[DateSpan]:
    """Drop the second of two weekdays joined as one span of days ('on Tuesday and
    Wednesday'): the act is dated by the first."""
    drop = {
        id(b)
        for a, b in zip(spans, spans[1:], strict=False)
        if a.kind == b.kind == "weekday" and _WEEKDAY_PAIR_RE.fullmatch(sentence[a.end : b.start])
    }
    return [s for s in spans if id(s) not in drop]


def _last_or_next(sentence: str, span: DateSpan, published: str, value: str) -> str:
    """'last Thursday' in a paper of a Thursday is a week before it, 'next Monday' the Monday
    after publication; other weekdays keep ``value``.

    Example
    -------
    >>> s = "Dar met Muttaqi last Thursday."
    >>> _last_or_next(s, find_dates(s)[0], "2025-05-29", "2025-05-29")
    '2025-05-22'
    """
    before = sentence[: span.start].lower()
    if published and value and _OF_LAST_WEEK_RE.match(sentence, span.end):
        # 'on Tuesday last week': the Tuesday of the week before the story's week
        pub = dt.date.fromisoformat(published[:10])
        day = dt.date.fromisoformat(value)
        same_week = pub.isocalendar()[:2] == day.isocalendar()[:2]
        return (day - dt.timedelta(days=7)).isoformat() if same_week else value
    if not published or not value or not re.search(r"\b(?:last|next)\s+$", before):
        return value
    pub = dt.date.fromisoformat(published[:10])
    parts = dict(span.parts)
    if before.rstrip().endswith("next"):
        ahead = (int(parts["weekday"]) - pub.weekday()) % 7 or 7
        return (pub + dt.timedelta(days=ahead)).isoformat()
    day = dt.date.fromisoformat(value)
    return (day - dt.timedelta(days=7)).isoformat() if day == pub else value


def _timetabled_present(sentence: str, clauses: list[Clause], index: int, verb_start: int,
                        verb_end: int) -> bool:  # fmt: skip
    """Whether the verb at ``verb_start:verb_end`` is a present simple in running text (not a
    headline, a verb of saying, or one with an auxiliary before it), which with a weekday after
    it names a day still to come.

    Example
    -------
    >>> s = "As the UN marks World Refugee Day on Thursday, aid runs short."
    >>> _timetabled_present(s, segment_clauses(s), 0, s.index("marks"), s.index("marks") + 5)
    True
    >>> s = "The UN marked World Refugee Day on Thursday."
    >>> _timetabled_present(s, segment_clauses(s), 0, s.index("marked"), s.index("marked") + 6)
    False
    """
    found = _WORD_RE.match(sentence, verb_start)
    word = found.group(0).lower() if found and verb_end > verb_start else ""
    if not word or _headline(sentence) or past_word(word) or word.endswith("ing"):
        return False
    if not (word.endswith("s") and _present_form(word)) or _SPEECH_RE.fullmatch(word):
        return False
    weekday = re.compile(WEEKDAY_RE).search(sentence, verb_end)
    between = _WORD_RE.findall(sentence[verb_end : weekday.start() if weekday else verb_end])
    if any(w[:1].islower() and past_word(w) for w in between):
        return False  # a noun as the subject of a past verb: 'clashes ... erupted on Monday'
    before = sentence[clauses[index].start : verb_start]
    # a noun right after a determiner or its possessor: "Pakistan's airstrikes on Monday"
    if re.search(r"(?:\b(?:the|its|their|his|her|these|those)|[’']s)\s+$", before, re.I):
        return False
    return not re.search(
        r"\b(?:has|have|had|is|are|was|were|did|does|do)\s+(?:\w+\s+)?$", before, re.I
    )


# verbs of meeting and moving whose present, with a weekday, is a timetable for what follows
_SCHEDULE_VERB_RE = re.compile(
    r"\b(?:meets|convenes|gathers|opens|begins|starts|resumes|hosts|holds|travels|heads|flies|"
    r"arrives|leaves|visits|returns)\b"
)


# acts done by saying them, in the present of news copy: 'rejects', 'denies', 'condemns'
_SPEECH_ACT_PRESENT_RE = re.compile(
    r"(?:rejects?|refutes?|denies|deny|condemns?|denounces?|critici[sz]es?|slams?|accuses?|"
    r"blames?|urges?|demands?|welcomes?|dismisses|warns?|calls\s+(?:on|upon|for)|"
    r"call\s+(?:on|upon|for))",
    re.IGNORECASE,
)


# verbs of saying, whose present reports ('Tehran says on Monday'), never a timetable
_SPEECH_RE = re.compile(
    r"(?:says|tells|reports|states|confirms|announces|claims|adds|notes|warns|writes|insists)",
    re.IGNORECASE,
)


# what puts the phrase of a date in a time to come: 'is going to mark X on Friday', 'will open on
# Monday', 'is due to arrive on Sunday', 'is due in Doha on Friday', 'with the crossing set to
# reopen on Friday' ('would' is left out: in reported speech it is the past's
# future, 'said it would close the crossing on Friday', which may already have passed)
_COMING_RE = re.compile(
    r"\b(?:will|shall|’ll|'ll|going\s+to|(?:(?:is|are)\s+)?(?:due|expected|set|scheduled|slated)\s+to"
    r"|(?:is|are)\s+due)\b",
    re.IGNORECASE,
)


def _coming_day(sentence: str, span: DateSpan, clause_start: int) -> int:
    """Where the phrase of a weekday ``span`` starts (after the last comma, dash or clause start
    before it) when it holds a future marker before the day, so that the day lies on or after
    publication; 0 when it holds none. An act whose verb stands outside that phrase and is not
    itself to come is not dated by that day ('As the world is going to mark X on Friday,
    prices rose'); one inside it is ('the meeting will convene on Saturday').

    Example
    -------
    >>> s = "As the country is going to mark its national day on Friday, prices rose."
    >>> _coming_day(s, find_dates(s)[0], 0)
    1
    >>> s = "The envoy visited Kabul on Friday."
    >>> _coming_day(s, find_dates(s)[0], 0)
    0
    """
    if span.kind != "weekday":
        return 0
    breaks = [m.end() for m in re.finditer(r"[,;:–—]|\s--?\s", sentence[: span.start])]
    start = max([clause_start, *breaks])
    if not _COMING_RE.search(sentence, start, span.start):
        return 0
    return max(start, 1)


def _same_day_pairs(sentence: str, spans: list[DateSpan]) -> list[DateSpan]:
    """Drop the weaker of two spans that name one day ('on Tuesday (August 19, 2025)', 'today
    (Monday)'): a calendar date in the brackets wins, else the span before them."""
    drop: set[int] = set()
    for a, b in zip(spans, spans[1:], strict=False):
        if re.fullmatch(r"\s*[(,]\s*", sentence[a.end : b.start]) and (
            sentence[b.end : b.end + 2].lstrip().startswith(")")
        ):  # fmt: skip
            drop.add(id(a) if b.kind in ("day", "month") else id(b))
    return [s for s in spans if id(s) not in drop]


# a date at the head of the words that lead to the act, set off by its comma (and a narrowing
# 'alone'/'only'): 'noting that on July 4 alone, 50,000 people crossed', 'said that in May, ...'
_HEAD_BEFORE_RE = re.compile(
    r"(?:^|[,;:—–]\s*|\b(?:that|and|but|while)\s+)(?:(?:on|in|during)\s+)?$", re.IGNORECASE
)
_HEAD_AFTER_RE = re.compile(
    r"(?:\s+(?:alone|only))?\s*,(?:[^,;:—–()]|(?<=\d),(?=\d{3}))*$", re.IGNORECASE
)


def _heading_date(sentence: str, verb_start: int, spans: list[DateSpan]) -> list[DateSpan]:
    """The date that heads the words leading to the verb at ``verb_start``, set off by a comma
    with no other date or break between: 'noting that on July 4 alone, over 50,000 people
    crossed' (clause segmentation may close the 'that' clause at the comma, leaving the date
    outside the verb's clause).

    Example
    -------
    >>> s = "It said that on July 4 alone, 50,000 people crossed, the most in 2025."
    >>> [d.text for d in _heading_date(s, s.index("crossed"), find_dates(s))]
    ['July 4']
    """
    out = []
    for span in spans:
        if span.end > verb_start or span.start < verb_start - 120:
            continue
        before = sentence[max(0, span.start - 40) : span.start]
        between = [x for x in spans if span.end <= x.start < verb_start]
        if (
            not between
            and _HEAD_BEFORE_RE.search(before)
            and _HEAD_AFTER_RE.match(sentence[span.end : verb_start])
        ):
            out.append(span)
    return out[-1:]


def _date_before(sentence: str, clause: Clause, spans: list[DateSpan]) -> list[DateSpan]:
    """'since April 2025, when Pakistan set a deadline': a 'when' clause right after a date
    happens at that date; so does a 'where' clause that tells the occasion just dated ('one
    public flogging in March 2023, where two men were lashed')."""
    when = clause.kind == "temporal" and clause.marker.lower() == "when"
    where = clause.kind == "relative" and clause.marker.lower() == "where"
    if not (when or where):
        return []
    return [s for s in spans if re.fullmatch(r"\s*,?\s*", sentence[s.end : clause.start])]


# a clause that describes the date just given, set off by commas or dashes: 'on 4 July 2024,
# when the ministry announced the ban,', 'since August 15, 2021 - the day the Taliban returned
# to power -', 'in 2016, the year he became leader,': its act happened on that date
_DESCRIBED_RE = re.compile(
    r"\s*(?:,|\s[-\u2013\u2014]|[\u2013\u2014])\s*"
    r"(?:when\b|the\s+(?:very\s+)?(?:day|year|month|week|night|morning)\s+(?:that\s+|when\s+)?"
    # ('the day after the envoy left' is a day of its own)
    r"(?!(?:after|before|later|earlier|of|in|on|to|for)\b))",
    re.IGNORECASE,
)
_DESCRIBED_END_RE = re.compile(r"[,;:.?!()\u2013\u2014]|\s-\s")


def _described_date(sentence: str, verb_start: int, spans: list[DateSpan]) -> DateSpan | None:
    """The date whose describing clause holds the verb at ``verb_start``, None when none.

    >>> s = "In 2016, the year he became leader, he met donors."
    >>> _described_date(s, s.index("became"), _sentence_dates(s)).text
    '2016'
    """
    for span in spans:
        m = _DESCRIBED_RE.match(sentence, span.end)
        if not m or verb_start < m.end():
            continue
        end = _DESCRIBED_END_RE.search(sentence, m.end())
        stop = end.start() if end else len(sentence)
        if verb_start < stop and not (end and end.group(0) == "?"):
            return span
    return None


_OFFSET_RE = re.compile(
    r"\b(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<u>day|week|month|year)s?\s+(?:just\s+|only\s+)?$",
    re.IGNORECASE,
)
_APPROXIMATE_RE = re.compile(
    r"\b(?:more\s+than|less\s+than|over|under|nearly|almost|about|around|some|roughly|"
    r"at\s+least|barely|just\s+over|just\s+under)\s+$",
    re.IGNORECASE,
)
_OFFSET_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                   "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


# the news present: 'The visit comes two weeks after ...' is the article's day
_NEWS_PRESENT_RE = re.compile(r"\b(?:comes|come)\b", re.IGNORECASE)


def _offset_date(sentence: str, clauses: list[Clause], index: int, usable: list[DateSpan],
                 home: dict[int, int], published: str) -> str:  # fmt: skip
    """'The trip came one day after Muttaqi urged Tehran ...': an undated 'after'/'before'
    clause measured from the clause around it takes that clause's date (its own, else the
    article's when it reports a past act) moved by the measure; '' otherwise.

    Example
    -------
    >>> s = "The trip came one day after Muttaqi urged Tehran to slow deportations."
    >>> _offset_date(s, segment_clauses(s), 1, [], {}, "2025-06-27")
    '2025-06-26'
    """
    c = clauses[index]
    m = _OFFSET_RE.search(sentence, 0, c.start)
    if c.kind != "background" or c.marker.lower() not in ("after", "before") or m is None:
        return ""
    if _APPROXIMATE_RE.search(sentence, 0, m.start()):
        return ""  # 'more than a month after', 'nearly two weeks before': no day to give
    if any(home[id(s)] == index for s in usable):
        return ""
    parent = c.parent
    around = sorted((s for s in usable if home[id(s)] == parent),
                    key=lambda s: abs(s.start - c.start))  # fmt: skip
    base = _resolve(around[0], published) if around else ""
    if not around and published:
        text = _clause_text(sentence, clauses, parent)
        if (
            reports_past(sentence, clauses, parent, c.start, c.start)
            or _NEWS_PRESENT_RE.search(text)
        ) and not _CLAUSE_FUTURE_RE.search(text):
            base = published[:10]  # fmt: skip
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", base):
        return ""
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else _OFFSET_NUMBERS[word]
    n = -n if c.marker.lower() == "after" else n
    day = dt.date.fromisoformat(base)
    unit = m.group("u").lower()
    if unit in ("day", "week"):
        return (day + dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if unit == "month":
        month = day.year * 12 + day.month - 1 + n
        year, month = divmod(month, 12)
        last = calendar.monthrange(year, month + 1)[1]
        return f"{year:04d}-{month + 1:02d}-01/{year:04d}-{month + 1:02d}-{last:02d}"
    return f"{day.year + n:04d}-01-01/{day.year + n:04d}-12-31"


def month_years(text: str) -> dict[int, int]:
    """The year each month is written with in ``text`` ('May 2025', 'June 30, 2024', 'between
    January and May 2025'; the latest year when a month comes with several): the year a reader
    gives the same month written without one ('in late May', 'On May 29') in an undated article.

    Example
    -------
    >>> month_years("It seized power in August 2021. Between January and May 2025, ...")
    {8: 2021, 1: 2025, 5: 2025}
    """
    out: dict[int, int] = {}
    for span in find_dates(text):
        parts = dict(span.parts)
        for prefix in ("", "a_", "b_"):
            year = parts.get(f"{prefix}year", parts.get("b_year") if prefix == "a_" else None)
            month = parts.get(f"{prefix}month")
            if year is not None and month is not None:
                out[int(month)] = max(int(year), out.get(int(month), 0))
    return out


# a date that is no time of the story: the start of a span ('since October 2023'); a bare year
# as a target ('by 2030', 'until 2030'; a dated deadline, 'by September 1, 2025', is near)
_SINCE_BEFORE_RE = re.compile(r"\bsince\s+(?:(?:early|late|mid-?)\s*)?$", re.I)  # also 'ever since'
_TARGET_BEFORE_RE = re.compile(
    r"\b(?:by|until|till|through|before)\s+(?:the\s+(?:end|start|middle)\s+of\s+)?$", re.I
)


def article_year(text: str) -> int:
    """The year an undated article is set in, as a reader takes it: the latest year its dates
    give (with a month or alone), leaving out the dates of a taking of power ('seized power in
    August 2021'), of the start of a span ('since 2023'), bare target years ('by 2030') and years
    in names; 0 when none. :func:`event_date` reads the article's year-less days in it ('a
    letter dated August 4'): news reports the days of its own year without repeating the year.

    Example
    -------
    >>> article_year("Since August 2021 ... a letter dated August 4 ... by September 1, 2025.")
    2025
    >>> article_year("The Taliban seized power in August 2021. In 2025 many returned.")
    2025
    >>> article_year("Deportations began in October 2023; 632,000 returned in 2025.")
    2025
    >>> article_year("May 4")
    0
    """
    years = []
    for line in text.splitlines():
        for span in find_dates(line):
            parts = dict(span.parts)
            year = parts.get("year", parts.get("b_year", parts.get("a_year")))
            if year is None or span.kind == "decade" or _name_year(line, span):
                continue
            before = line[: span.start]
            if _takeover(line, span) is not None or _SINCE_BEFORE_RE.search(before):
                continue
            if span.kind == "year" and _TARGET_BEFORE_RE.search(before):
                continue
            years.append(int(year))
    return max(years) if years else 0


def _in_year(span: DateSpan, years: dict[int, int] | None, year: int = 0) -> str:
    """A year-less day, month or range read in the year its month was last written with, else
    (a day: 'a letter dated August 4', not a bare 'In April', which may be of another year) in
    the article's own ``year`` ('' when neither gives one)."""
    parts = dict(span.parts)
    month = parts.get("b_month", parts.get("month"))
    if span.kind not in ("day", "month", "range") or month is None:
        return ""
    if years and month in years:
        return resolve(span, f"{years[int(month)]:04d}-12-31")
    has_day = "day" in parts or "b_day" in parts
    if not year or not has_day:
        return ""
    if "weekday" not in parts:
        return resolve(span, f"{year:04d}-12-31")
    # 'on Wednesday, December 18': the weekday says which year, this one or the one before
    for candidate in (year, year - 1):
        value = resolve(span, f"{candidate:04d}-12-31")
        if value and dt.date.fromisoformat(value[:10]).weekday() == int(parts["weekday"]):
            return value
    return ""


# a further step of a policy in the same clause: '..., followed by a ban on gyms in May': the
# dates before it belong to the step before
_SEQUEL_RE = re.compile(r",\s*(?:followed|succeeded)\s+by\b", re.IGNORECASE)
_AND_NEXT_RE = re.compile(r",?\s+and\s+(?:(?:a|an|the)\s+)?(?=(?-i:[a-z]))", re.IGNORECASE)


def sequel_start(sentence: str, start: int, end: int) -> int:
    """Where the last step after 'followed by' between ``start`` and ``end`` begins, -1 when
    none: the dates and acts before it belong to the step before.

    Example
    -------
    >>> s = "Girls were banned in March, followed by a ban on gyms in May."
    >>> sequel_start(s, 0, s.index("ban on")), sequel_start(s, 0, 20)
    (39, -1)
    """
    found = -1
    for m in _SEQUEL_RE.finditer(sentence, start, end):
        found = m.end()
    # a list of dated acts, each with its own date: 'a visit to Kabul on 3 May 2022 and a
    # visit of the army chief on 9 June 2023', 'the ban on 2 March and the closure of ...'
    if not re.search(r"\sand\s", sentence[start:end]):
        return found
    for span in find_dates(sentence[:end]):
        if span.kind in ("day", "month", "year") and span.end >= start:
            m = _AND_NEXT_RE.match(sentence, span.end)
            if m and m.end() <= end:
                found = max(found, m.end())
    return found


# a year-less month placed by the year named before it: 'in December of the same year', 'in
# February of the following year', 'in October of that year'
_OF_YEAR_RE = re.compile(
    r"\s+of\s+(?:(?P<same>that|the\s+same|that\s+same)|the\s+(?P<next>following|next)|"
    r"the\s+(?P<prev>previous|preceding))\s+year\b",
    re.IGNORECASE,
)


def _of_that_year(sentence: str, span: DateSpan, usable: list[DateSpan], published: str,
                  before: str) -> str:  # fmt: skip
    """'followed by a suspension in December of the same year': a year-less month (or day)
    read in the year of the date named before it in the sentence (the last of ``usable`` that
    ends before it; else ``before``, the last one the article gave), moved by a year for 'the
    following year' or 'the previous year'; '' otherwise.

    Example
    -------
    >>> s = "Girls were banned in March 2022, and women in December of the same year."
    >>> spans = find_dates(s)
    >>> _of_that_year(s, spans[1], spans, "2025-03-25", "")
    '2022-12-01/2022-12-31'
    """
    m = _OF_YEAR_RE.match(sentence, span.end)
    if m is None or span.kind not in ("day", "month") or "year" in dict(span.parts):
        return ""
    earlier = [s for s in usable if s.end <= span.start]
    base = _resolve(earlier[-1], published) if earlier else before
    if not re.match(r"\d{4}-", base):
        return ""
    year = int(base[:4]) + (1 if m.group("next") else -1 if m.group("prev") else 0)
    return resolve(span, f"{year:04d}-12-31")


_LATER_RE = re.compile(
    r"\b(?:(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
    r"(?P<u>day|week|month|year)s?\s+(?P<dir>later|earlier)\b"
    # 'the next day', 'the previous week', 'the day before' (not 'the day before the vote')
    r"|the\s+(?P<dir2>next|following|previous|preceding)\s+(?P<u2>day|week|month|year)\b"
    r"|the\s+(?P<u3>day)\s+(?P<dir3>before|after)(?=\s*(?:[,.;:]|$))"
    # 'later that year', 'earlier that month', 'in the same year': the date named before it
    r"|(?:(?:earlier|later)\s+(?:in\s+)?|\b(?:in|during)\s+)(?:that|the\s+same)\s+(?P<u4>year|month)\b"
    # 'the same day', 'later that day', 'that same evening': the day named before it (wire copy
    # tells a second act of the day after the sentence that dated the first)
    r"|(?:\b(?:earlier|later)\s+(?:on\s+)?(?:that|the\s+same)|\b(?:on\s+)?(?:that|the)\s+same)\s+"
    r"(?P<u5>day|morning|afternoon|evening|night)\b"
    r"|\b(?:(?:a\s+few|several|some|\d{1,2}|two|three|four|five|six)\s+)?(?P<u6>hours)\s+later\b)",
    re.IGNORECASE,
)


def shift_date(value: str, n: int, unit: str) -> str:
    """``value`` (a day, or a month or year range) moved by ``n`` units, at the precision both
    give: a day by days or weeks is a day, by months a month, by years a year; a month by months
    or years a month; a year by years a year; '' otherwise.

    Example
    -------
    >>> shift_date("2021-01-01/2021-12-31", 1, "year")
    '2022-01-01/2022-12-31'
    """
    start, _, end = value.partition("/")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", start):
        return ""
    day = dt.date.fromisoformat(start)
    whole_year = end == f"{day.year:04d}-12-31" and start.endswith("-01-01")
    whole_month = bool(end) and not whole_year and end[:7] == start[:7] and start.endswith("-01")
    if end and not (whole_year or whole_month):
        return ""
    if unit in ("day", "week"):
        if end:
            return ""
        return (day + dt.timedelta(days=n * (7 if unit == "week" else 1))).isoformat()
    if whole_year and unit == "month":
        return ""
    months = day.year * 12 + day.month - 1 + (n * 12 if unit == "year" else n)
    year, month = divmod(months, 12)
    if whole_year or (unit == "year" and not end):
        return f"{year:04d}-01-01/{year:04d}-12-31"
    last = calendar.monthrange(year, month + 1)[1]
    return f"{year:04d}-{month + 1:02d}-01/{year:04d}-{month + 1:02d}-{last:02d}"


def _later_date(sentence: str, clauses: list[Clause], index: int, usable: list[DateSpan],
                published: str, before: str,
                said: list[DateSpan] | None = None) -> tuple[str, bool]:  # fmt: skip
    """'New Delhi closed its embassy then but reopened a mission a year later': a '... later'
    phrase (or '... earlier', 'the next day', 'the previous week', 'the day before') in the
    event's own clause (not the clauses inside it: 'closed its embassy' is not measured)
    measures from the date named before it in the sentence, else from the day the sentence's
    closing attribution was said on (``said``: 'X deported 500 Afghans the previous day,
    officials said on Tuesday'), else from ``before`` (the last date of the article's text
    before the sentence). Returns the date ('' when it cannot be given) and whether the clause
    has such a phrase."""
    m = _LATER_RE.search(_clause_text(sentence, clauses, index))
    if m is None:
        return "", False
    at = clauses[index].start + m.start()
    earlier = [s for s in usable if s.end <= at]
    if earlier:
        base = _resolve(earlier[-1], published)
    elif said:
        base = _resolve(said[0], published)
    else:
        base = before
    if m.group("u4"):
        # 'later that year': the year (or month) of that date itself
        return _same_period(base, m.group("u4").lower()), True
    if m.group("u5") or m.group("u6"):
        # 'the same day', 'hours later': that date itself, when it is a day
        return (base if re.fullmatch(r"\d{4}-\d\d-\d\d", base) else ""), True
    word = (m.group("n") or "one").lower()
    n = int(word) if word.isdigit() else _OFFSET_NUMBERS[word]
    direction = (m.group("dir") or m.group("dir2") or m.group("dir3")).lower()
    if direction in ("earlier", "previous", "preceding", "before"):
        n = -n
    unit = (m.group("u") or m.group("u2") or m.group("u3")).lower()
    return (shift_date(base, n, unit) if base else ""), True


def _same_period(value: str, unit: str) -> str:
    """The whole year (or month) holding the start of ``value``; '' when it gives none.

    Example
    -------
    >>> _same_period("2024-06-01/2024-06-30", "year")
    '2024-01-01/2024-12-31'
    """
    start, _, end = value.partition("/")
    if end and end[:7] != start[:7] and unit == "month":
        return ""  # a year or a span of months names no one month
    if unit == "year" and re.fullmatch(r"\d{4}-\d\d-\d\d", start):
        return f"{start[:4]}-01-01/{start[:4]}-12-31"
    if unit == "month" and re.fullmatch(r"\d{4}-\d\d-\d\d", start):
        year, month = int(start[:4]), int(start[5:7])
        last = calendar.monthrange(year, month)[1]
        return f"{start[:7]}-01/{start[:7]}-{last:02d}"
    return ""


def _shared_children(clauses: list[Clause], index: int) -> list[int]:
    """Clauses under ``index`` that share its time, reached through clauses that do too."""
    out = []
    for i, c in enumerate(clauses):
        if c.parent == index and c.kind in SHARES_TIME:
            out.append(i)
            out.extend(_shared_children(clauses, i))
    return out


# a day that names a deadline or a target, not when an act happened
_TARGET_BEFORE_DAY_RE = re.compile(
    r"\b(?:by|until|till|before|ahead\s+of|deadline\s+of|deadline\s+on)\s+(?:the\s+)?$", re.I
)
_TARGET_AFTER_DAY_RE = re.compile(r"\s*(?:deadline|cut-?off|target)\b", re.I)


def _after_publication(sentence: str, span: DateSpan, value: str, published: str) -> bool:
    """Whether a day or month written without its year was read more than two days after the
    publication date (the reading allows a month ahead, for dates announced for later; a day or
    two, for a story filed across midnight or time zones)."""
    if not published or span.kind not in ("day", "month") or "year" in dict(span.parts):
        return False
    if _TARGET_BEFORE_DAY_RE.search(sentence, 0, span.start) or _TARGET_AFTER_DAY_RE.match(
        sentence, span.end
    ):
        return False  # 'ahead of the July 6 deadline', 'by July 6': a time still to come
    margin = dt.date.fromisoformat(published[:10]) + dt.timedelta(days=2)
    return value[:10] > margin.isoformat()


def _year_before(value: str) -> str:
    """A day ('YYYY-MM-DD') or month range read one year earlier; '' for a day that year lacks.

    Example
    -------
    >>> _year_before("2025-07-08"), _year_before("2025-07-01/2025-07-31")
    ('2024-07-08', '2024-07-01/2024-07-31')
    """
    out = []
    for part in value.split("/"):
        year, month, day = (int(x) for x in part.split("-"))
        try:
            earlier = dt.date(year - 1, month, day)
        except ValueError:  # 29 February
            return ""
        out.append(earlier.isoformat())
    if len(out) == 2:  # a month keeps its last day
        last = calendar.monthrange(int(out[0][:4]), int(out[0][5:7]))[1]
        out[1] = f"{out[0][:8]}{last:02d}"
    return "/".join(out)


def event_date(sentence: str, verb_start: int, verb_end: int, published: str = "",
               future: bool = False, years: dict[int, int] | None = None,
               before: str = "", year: int = 0, frame: str = "") -> tuple[str, str]:  # fmt: skip
    """The date of the event whose verb is at ``verb_start:verb_end`` and its ``date_basis``.

    Parameters
    ----------
    sentence : the sentence holding the verb.
    verb_start, verb_end : the verb's character offsets in ``sentence``.
    published : the article's ISO publication date ('' when unknown).
    future : the event is an intention: dates after the verb resolve forward.
    years : in an undated article, the year its text gave each month before ('On May 29
        alone' after 'May 2025 saw ...'; see :func:`month_years`).
    before : the last date the article gives before this sentence, which 'a year later'
        measures from when the sentence names none.
    year : in an undated article, the year it is set in (:func:`article_year`), for a
        year-less day whose month it never wrote with a year.
    frame : in an undated article, the date that opens the sentence's paragraph ('In June
        2025, ...'; see :func:`paragraph_frame`): a past act of a later sentence of the
        paragraph with no date of its own took place then (basis ``paragraph``).

    Returns
    -------
    (date, basis): an ISO date or 'start/end' range or '', and one of ``afgresearch.schema.DATE_BASES``.

    Example
    -------
    >>> s = "Muttaqi, who visited Kabul in 2019, met Dar after talks on May 3."
    >>> event_date(s, s.index("met"), s.index("met") + 3, "2025-05-31")
    ('2025-05-31', 'background_excluded')
    """
    lead = dateline_end(sentence)
    found = _sentence_dates(sentence)
    # a bare Solar Hijri year ('in 1403,') in a story of its time
    found = sorted(found + [y for y in find_solar_years(sentence, published)
                            if all(y.end <= s.start or y.start >= s.end for s in found)],
                   key=lambda s: s.start)  # fmt: skip
    # a deadline dates only the time limit itself, the act told by its 'by' ('to leave by 30 May')
    spans = [s for s in found if s.kind != "decade" and s.start >= lead
             and not _name_year(sentence, s)
             and (not _deadline(sentence, s) or _BY_RE.fullmatch(sentence, verb_start, s.start))]  # fmt: skip
    spans = _weekday_pairs(sentence, _same_day_pairs(sentence, spans))
    clauses = segment_clauses(sentence, protect=[(s.start, s.end) for s in found])
    own = clause_of(clauses, verb_start)
    home = {id(s): clause_of(clauses, s.start) for s in spans}

    # a takeover's date dates only the takeover itself
    def dates_this(span: DateSpan) -> bool:
        takeover = _takeover(sentence, span)
        return takeover is None or takeover[0] <= verb_start < takeover[1]

    usable = [s for s in spans if dates_this(s)]
    described = _described_date(sentence, verb_start, usable)
    if described is not None:
        return _resolve(described, published), "clause"

    def nearest(pool: list[DateSpan]) -> list[DateSpan]:
        return sorted(pool, key=lambda s: (min(abs(s.start - verb_start), abs(s.end - verb_start)),
                                           s.start))  # fmt: skip

    # a date heading the words that lead to the act, when the clauses set it apart (not when
    # the act's clause measures from it: 'in 2019, which led to a pull-out the following year')
    measured_own = bool(_LATER_RE.search(_clause_text(sentence, clauses, own)))
    order: list[DateSpan] = [s for s in _heading_date(sentence, verb_start, usable)
                             if home[id(s)] != own and not measured_own]  # fmt: skip
    reported: list[DateSpan] = []  # the date of a closing attribution ('..., X said on Friday')
    index = own
    while True:
        order += _date_before(sentence, clauses[index], usable)
        order += nearest([s for s in usable if home[id(s)] == index and s not in order])
        shared = set(_shared_children(clauses, index))
        order += nearest([s for s in usable if home[id(s)] in shared and s not in order])
        reports = {i for i, c in enumerate(clauses) if c.parent == index and c.kind == "report"}
        reported += nearest([s for s in usable if home[id(s)] in reports])
        clause = clauses[index]
        if clause.kind not in SHARES_TIME or clause.parent < 0:
            break
        if index == own and _LATER_RE.search(_clause_text(sentence, clauses, index)):
            break  # '... but reopened a mission a year later': measured from that date
        if index == own and _PAST_PERFECT_RE.search(sentence[clause.start : verb_start]):
            break  # 'said on Monday that the cards had expired': earlier than the saying
        if clause.kind == "complement" and _NOT_YET_RE.search(sentence[clause.start : verb_start]):
            break  # 'announced on Friday that it would upgrade ...': Friday dates the announcing
        index = clause.parent
    # an intention ('is expected to sign ... on Monday') looks forward like a future code
    ahead = future or bool(_NOT_YET_RE.search(sentence[clauses[own].start : verb_start]))
    # a present tense with a weekday after it in running text is a timetable ('As the UN marks
    # World Refugee Day on Thursday', 'the team opens against Kenya on Friday'): that day on or
    # after publication (not a headline's present, which reports, nor a verb of saying)
    timetabled = not ahead and _timetabled_present(sentence, clauses, own, verb_start, verb_end)
    # an infinitive takes the timetable of a verb of meeting or moving that governs it: 'the
    # Council meets on Friday to discuss X', 'the envoy travels to Doha on Monday to sign ...'
    governor = verb_start
    to = re.search(r"\bto\s+$", sentence[clauses[own].start : verb_start])
    if not ahead and not timetabled and to:
        for m in _SCHEDULE_VERB_RE.finditer(sentence[: clauses[own].start + to.start()]):
            if m.start() >= clauses[own].start and _timetabled_present(
                sentence, clauses, own, m.start(), m.end()
            ):
                timetabled, governor = True, m.start()
    # the act is told by a verb with a tense of its own ('were deported', 'rises'), not by a noun
    # whose predicate may be the future of another phrase ('the meeting ... will convene')
    verb_word = _WORD_RE.match(sentence, verb_start)
    word = verb_word.group(0).lower() if verb_word and verb_end > verb_start else ""
    finite = bool(word) and (past_word(word) or (word.endswith("s") and _present_form(word)))
    sequel = sequel_start(sentence, clauses[own].start, verb_start)
    if sequel >= 0:
        order = [s for s in order if s.start >= sequel]  # the step after 'followed by'
    for span in order:
        # 'of the same year' names back to the year said before, a takeover's included
        # ('after seizing power in August 2021, ... in September of the same year')
        placed = _of_that_year(sentence, span, spans, published, before)
        if placed:
            return placed, "relative"
        # a day in another clause that speaks of a time to come ('As the world is going to mark
        # World Refugee Day on Friday, ...'): it dates no act that is not itself to come, and for
        # one that is it lies on or after publication
        coming = _coming_day(sentence, span, clauses[home[id(span)]].start)
        if coming and not ahead and finite and not coming <= verb_start < span.start:
            continue  # a verb with a tense of its own, outside the phrase of the day to come
        forward = (ahead and span.start >= verb_start) or (
            timetabled and span.kind == "weekday" and span.start >= governor
        )
        value = _resolve(span, published, forward or coming > 0)
        if (
            value
            and not ahead
            and _after_publication(sentence, span, value, published)
            and reports_past(sentence, clauses, own, verb_start, verb_end)
        ):
            value = _year_before(value)  # 'deported 500 Afghans on 8 July' in a June story
        if not value and not published:
            value = _in_year(span, years, year)
        if span.kind == "weekday":
            value = _last_or_next(sentence, span, published, value)
        if value:
            return value, _BASIS_OF_KIND.get(span.kind, "clause")
    offset = _offset_date(sentence, clauses, own, usable, home, published)
    if offset:
        return offset, "relative"
    # a time measured from a date before it, a takeover's included ('after seizing power in
    # August 2021, ... a month later')
    later, measured = _later_date(sentence, clauses, own, spans, published, before, reported)
    if later:
        return later, "relative"
    if measured:
        return "", "none"  # 'a year later' than a time not given: not the article's date
    past = not future and reports_past(sentence, clauses, own, verb_start, verb_end)
    if clauses[own].kind == "background":
        past = False  # 'after Russia recognised ...': an earlier act, not the article's
    state = not future and bool(_STATE_RE.search(sentence, clauses[own].start, verb_start))
    window = _since_window(sentence, clauses, own, usable, published) if past or state else ""
    if window:
        return window, "clause"
    # a speech act in the present ('The Taliban reject claims ..., the ministry said on
    # Monday'): the act is the saying, dated by its closing attribution
    spoken = (
        bool(reported)
        and not future
        and clauses[own].kind != "background"
        and bool(_SPEECH_ACT_PRESENT_RE.fullmatch(sentence, verb_start, verb_end))
    )
    for span in reported if past or spoken else []:
        value = _resolve(span, published)
        if value:
            return value, _BASIS_OF_KIND.get(span.kind, "clause")
    if published and past:
        return published[:10], "background_excluded" if spans else "article_date"
    if frame and past and not published and not found:
        return frame, "paragraph"
    return "", "none"


# what joins two occasions of one act: 'in 2019 and 2021', 'in March and again in June', 'at
# the 2022 T20 World Cup and the 2023 World Cup' (the occasion's own name may stand between)
_AND_AGAIN_RE = re.compile(
    r"\s+(?:[A-Z0-9][\w’'.-]*\s+){0,4}(?:and|as\s+well\s+as)\s+(?:again\s+|also\s+)?"
    r"(?:(?:in|at|on|during)\s+)?(?:the\s+)?"
)


def coordinated_dates(sentence: str, verb_start: int, date: str, published: str = "") -> list[str]:
    """The further occasions of an act dated ``date`` by its own clause, joined to that date by
    'and' with nothing but the occasion's name between ('visited Kabul in 2019 and 2021'): the
    same kind of date after it, each resolved; [] when there are none.

    Example
    -------
    >>> s = "England played Afghanistan at the 2022 T20 World Cup and the 2023 World Cup."
    >>> coordinated_dates(s, s.index("played"), "2022-01-01/2022-12-31")
    ['2023-01-01/2023-12-31']
    >>> s = "The envoy visited Kabul in 2019 and the ban came in 2021."
    >>> coordinated_dates(s, s.index("visited"), "2019-01-01/2019-12-31")
    []
    """
    spans = [x for x in find_dates(sentence) if x.start > verb_start
             and x.kind in ("year", "month", "day")]  # fmt: skip
    out: list[str] = []
    back = False  # the dates are read a year back (a past act's day after publication)

    def read(x: DateSpan) -> str:
        value = _resolve(x, published)
        return _year_before(value) if back and value and _after_publication(
            sentence, x, value, published) else value  # fmt: skip

    for n, span in enumerate(spans[:-1]):
        if not out:
            back = False
            if read(span) != date:
                back = True
                if read(span) != date:
                    continue
        nxt = spans[n + 1]
        if nxt.kind != span.kind or not _AND_AGAIN_RE.fullmatch(sentence, span.end, nxt.start):
            break
        value = read(nxt)
        if not value:
            break
        out.append(value)
    return out


# the withdrawal a change of power followed, named with its date: 'fell to the Taliban after the
# 2021 withdrawal of US forces', 'regained control following the withdrawal of NATO forces in
# August 2021' (news everywhere times a takeover by the pull-out that let it happen)
_WITHDRAWAL_RE = re.compile(
    r"(?:after|following|upon|with)\s+(?:the\s+|a\s+)?(?:[\w’'.-]+\s+){0,3}?"
    r"(?:withdrawal|pull-?out|exit|departure|retreat|drawdown)\b",
    re.IGNORECASE,
)


def withdrawal_date(sentence: str, verb_start: int, published: str = "") -> str:
    """The date of the withdrawal named in an 'after'/'following' phrase of the verb's own
    clause, which a change of power at ``verb_start`` followed; '' when there is none or the
    phrase holds more than one date.

    Example
    -------
    >>> s = "Kabul fell to the Taliban following the withdrawal of US forces in August 2021."
    >>> withdrawal_date(s, s.index("fell"))
    '2021-08-01/2021-08-31'
    """
    found = [x for x in _sentence_dates(sentence) if x.kind != "decade"]
    clauses = segment_clauses(sentence, protect=[(x.start, x.end) for x in found])
    own = clause_of(clauses, verb_start)
    for n, c in enumerate(clauses):
        if c.parent != own or c.kind != "background" or not _WITHDRAWAL_RE.match(sentence, c.start):
            continue
        end = min([x.start for x in clauses if x.parent == n] + [c.end])
        inside = [x for x in found if c.start <= x.start < end]
        if len(inside) == 1:
            return _resolve(inside[0], published)
    return ""


# a paragraph that opens with its time: 'In June 2025, ...', 'During March 2024, ...', 'On 3
# July 2025, ...' (a frame news writers set once for the sentences after it)
_FRAME_RE = re.compile(r"^\s*(?:In|During|On|Throughout)\s+(?:early\s+|late\s+|mid-?)?$")


def paragraph_frame(sentence: str) -> str:
    """The date a paragraph's first ``sentence`` opens with, when it carries its year ('In June
    2025, a surge unfolded ...'); '' otherwise.

    Example
    -------
    >>> paragraph_frame("In June 2025, a dramatic situation unfolded at the border.")
    '2025-06-01/2025-06-30'
    >>> paragraph_frame("In June, returns rose."), paragraph_frame("Returns rose in June 2025.")
    ('', '')
    """
    spans = find_dates(sentence)
    if not spans or spans[0].kind not in ("day", "month", "year", "range"):
        return ""
    first = spans[0]
    if not _FRAME_RE.match(sentence[: first.start]) or not re.match(r"\s*,", sentence[first.end :]):
        return ""
    return resolve(first, "")
