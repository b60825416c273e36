"""Quantitative claims: every number in body text that counts or measures something.

Each claim row (``afgresearch.schema.CLAIM_COLUMNS``) carries the verbatim sentence as
``quote``, the value, its hedge as ``qualifier``, the counted noun as ``unit``, the time window
as ``period``, who said it as ``attributed_to`` (trimmed to the name; same sentence first,
then the speaker named before it in the paragraph or of the quotation it is in; 'he said'
resolves to the last speaker named before, never to a pronoun; see :func:`paragraph_sources`),
a ``topic``, ``repeat_of`` (the first statement of the same figure: restated in the same
article, or the same precise figure about the same thing in another article) and ``measure``
(a key shared by claims about the same thing over the same window, so sources can be
compared with :func:`claim_disagreements`; a rate never shares one with a total), ``kind``
(:func:`claim_kind`: count, vague, rate, share, money, duration, policy), and for a figure per
unit of time the verbatim ``rate`` ('per day') and its ``rate_per`` (hour, day, week, month,
year; '' for a figure that is no rate). The period is the window only: '30,000 a day between 1
and 19 July' has the rate 'a day' and the period 'between 1 and 19 July'. A length of time is a
figure of its own ('a six-day visit', 'the first visit in three years', 'given a month to
leave') and takes no window; a part of a whole ('Among them, 8% were women', '70% of them')
takes the window of the whole.

Example
-------
>>> import pandas as pd
>>> paras = pd.DataFrame({"paragraph_id": ["a1-p1"], "article_id": ["a1"],
...     "source_file": ["x.txt"], "line": [3],
...     "text": ["According to UNHCR, more than 500,000 Afghans returned in the past two months."]})
>>> extract_claims(paras)[["value", "qualifier", "unit", "period", "attributed_to"]].values.tolist()
[[500000.0, 'more_than', 'Afghans', 'in the past two months', 'UNHCR']]
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

import pandas as pd
from spacy.tokens import Doc

from afgresearch.extract.attribution import (
    closes_with_tag,
    figure_source,
    is_person,
    is_pronoun,
    name_only,
    sentence_attribution_how,
)
from afgresearch.extract.errors import InputTableError
from afgresearch.extract.frames import check_paragraphs, publication_dates
from afgresearch.extract.measures import (
    TIME_HEADS,
    head_noun,
    measure_key,
    predicate_for,
    split_measure,
)
from afgresearch.extract.numbers import SCALES, NumberSpan, find_numbers, is_compound_length
from afgresearch.extract.periods import (
    PeriodSpan,
    find_periods,
    is_length,
    is_point,
    nearest_period,
)
from afgresearch.extract.pipeline import CORPUS_ORDER, docs_for
from afgresearch.extract.pipeline import sentences as doc_sentences
from afgresearch.extract.provenance import exact_lines
from afgresearch.extract.rates import find_rates, rate_for
from afgresearch.extract.speaker_clauses import back_reference_agent
from afgresearch.extract.topics import classify_topic
from afgresearch.schema import CLAIM_COLUMNS, conform, empty_table, require


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_QUALIFIER_PATTERNS: tuple[tuple[str, str], ...] = (
    ("less_than", r"no\s+more\s+than|not\s+more\s+than|less\s+than|fewer\s+than|under|below"),
    ("nearly", r"nearly|almost|close\s+to|just\s+(?:under|short\s+of|below)|approaching"),
    ("at_least", r"at\s+least|a\s+minimum\s+of|no\s+(?:fewer|less)\s+than"),
    ("more_than", r"more\s+than|over|above|in\s+excess\s+of|upwards\s+of|exceeding|greater\s+than"),
    ("up_to", r"up\s+to|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of|as\s+high\s+as"),
    ("about", r"about|around|roughly|approximately|approx\.|some|an\s+estimated|estimated|circa"),
)
_QUALIFIER_RE = re.compile(
    r"(?-i:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))(?:"
    + "|".join(f"(?P<{name}>{pat})" for name, pat in _QUALIFIER_PATTERNS)
    + r")\s+(?:just\s+|only\s+|a\s+total\s+of\s+)?$",
    re.IGNORECASE,
)
# words that end a counted noun: function words, common verbs, time words ('12 million last year')
_STOP = _words(
    """
    a an the of in on at from to for with by as than into per across since between during
    after before over under about around including like and or but nor so yet that which who
    whom whose where when while because if though although have has had having were was are
    is be been being will would could should may might can cannot did do does done not no
    also alone each every this these those there here it its their his her our your my they
    them he she we you i already still just only now then ago later earlier more less most
    least further due amid across toward towards against within without via per cent percent
    said says according reportedly were have some all both many much several such same own
    very requires require need needs remain remains face faces continue continues back left
    fled arrived got get became become make made take took go went come came ran run told
    tell last next previous past coming recent this through throughout along beyond near
    inside outside upon despite once twice
    """
)
_CURRENCY_WORDS = {"dollars": "dollars", "usd": "dollars", "afghanis": "afghanis",
                   "rupees": "rupees", "euros": "euros", "pounds": "pounds", "yuan": "yuan"}  # fmt: skip
# nouns for people: claims counting any of them share the unit class 'people'
_PEOPLE = _words(
    """
    people persons individuals afghans citizens nationals returnees refugees migrants
    deportees immigrants residents civilians men women girls boys children minors students
    workers returnee refugee migrant
    """
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z’'.-]*[A-Za-z]|[A-Za-z]|[^\sA-Za-z]")
_MAX_QUOTE = 320
_SCALE_RE = re.compile(r"\b(?:thousand|million|billion|trillion)\b", re.IGNORECASE)
_HUNDRED_END_RE = re.compile(
    r"\bhundred$", re.IGNORECASE
)  # 'two hundred', not 'two hundred and six'


def qualifier_for(text: str, start: int, kind: str = "count") -> str:
    """Return the hedge before the number starting at ``start`` in ``text`` (default 'exact').

    Example
    -------
    >>> qualifier_for("at least four people", 9)
    'at_least'
    """
    m = _QUALIFIER_RE.search(text[max(0, start - 30) : start].rstrip("*_"))
    if m:
        return next(name for name, value in m.groupdict().items() if value)
    number = re.match(
        r"\S*\d[\d.,]*(?:[\s-]?(?:thousand|million|billion|[kmb]n?)\b)?", text[start:]
    )
    if number and re.match(r"(?:-plus\b|\+)", text[start + number.end() :], re.IGNORECASE):
        return "more_than"  # '5,000-plus returnees', '1.5 million+ people'
    return "at_least" if kind == "vague" else "exact"


# verbs of holding after a bare count: '800,000 hold Afghan Citizen Cards' counts card holders
_HOLD_VERBS = frozenset({"hold", "holds", "held", "own", "owns", "carry", "carries", "possess"})
# verbs that follow a bare count of people and are not its noun ('300,000 live in Iran')
_BARE_VERBS = _words("live stay wait die want arrive")


def _plural(word: str) -> bool:
    low = word.lower()
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is"))


def _singular_cased(word: str) -> str:
    """'Cards' -> 'Card', 'cards' -> 'card' (a plural noun used as a modifier)."""
    if word.lower().endswith("ies") and len(word) > 4:
        return word[:-3] + ("Y" if word.isupper() else "y")
    return word[:-1] if _plural(word) else word


def unit_for(text: str, number: NumberSpan) -> str:
    """Return the counted noun after ``number`` ('Afghans', 'percent of staff', 'dollars').

    A proportion ('1 in 10 returnees') is a share of what follows it ('percent of returnees');
    a count followed by a verb of holding counts holders ('800,000 hold Afghan Citizen Cards'
    -> 'Afghan Citizen Card holders'); a bare count followed by a verb has no noun.

    Example
    -------
    >>> unit_for("2,385,109 single individuals have returned", find_numbers("2,385,109")[0])
    'single individuals'
    >>> unit_for("1 in 4 children", find_numbers("1 in 4 children")[0])
    'percent of children'
    """
    # '**1.2 million** Afghans', '5,000-plus returnees', '1.5 million+ people'
    after = re.sub(r"^(?:[*_]+|-plus\b|\+)", "", text[number.end : number.end + 90])
    tokens = _WORD_RE.findall(after)
    words: list[str] = []
    i = 0
    proportion = number.kind == "fraction" and bool(
        re.search(r"\s(?:in|out\s+of)\s", number.text, re.IGNORECASE)
    )
    of_phrase = bool(tokens[:1]) and tokens[0].lower() == "of"
    holders = False
    if of_phrase:
        i = 1
        while i < len(tokens) and tokens[i].lower() in ("the", "these", "those", "its", "their",
                                                        "his", "her", "our", "all", "them"):  # fmt: skip
            low = tokens[i].lower()
            if low == "them":
                return number.unit_hint
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            if low == "those" and nxt.islower() and nxt.endswith(("ed", "en")):
                # 'of those detained', 'of those taken'
                return f"percent of those {nxt}" if number.kind in ("percent", "fraction") else nxt
            i += 1
    elif tokens[:1] and tokens[0].lower() in _HOLD_VERBS:
        holders, i = True, 1
    elif tokens[:1] and tokens[0] in _BARE_VERBS:
        return number.unit_hint
    elif (
        tokens[:1]
        and tokens[0].islower()
        and tokens[0].endswith("ed")
        and (len(tokens) < 2 or not tokens[1][0].isalpha() or tokens[1].lower() in _STOP)
    ):
        return number.unit_hint  # '5,000 returned from Iran': a verb, not a noun
    for j, tok in enumerate(tokens[i:], start=i):
        if not tok[0].isalpha() or tok.lower() in _STOP or len(words) >= 4:
            break
        if tok.endswith(("’s", "'s")):
            words = []
            continue
        if words and tok.islower() and tok.endswith(("ed", "ing")):
            break  # a verb after the noun: 'bombers attacked', 'people crossing'
        words.append(tok.rstrip("."))
        nxt = tokens[j + 1] if j + 1 < len(tokens) else ""
        if _plural(tok) and not (
            nxt.islower() and _plural(nxt) and nxt.lower() not in _STOP and len(words) < 4
        ):
            break  # a plural head noun ends the phrase: 'Muslim nations back ...'
    if holders:
        if not words:
            return number.unit_hint
        words[-1] = _singular_cased(words[-1])
        words.append("holders")
    if number.kind == "vague" and not of_phrase:
        words = []
    noun = " ".join(words)
    if number.kind in ("percent", "fraction"):
        return f"percent of {noun}" if noun and (of_phrase or proportion) else "percent"
    currency = [w.lower() for w in words if w.lower() in _CURRENCY_WORDS]
    if currency:
        return _CURRENCY_WORDS[currency[0]]
    if number.unit_hint:
        return number.unit_hint
    return noun


# words that make a length of time a rule: a visa's validity, a deadline, a time to leave
_POLICY_RE = re.compile(
    r"\b(?:visas?|permits?|deadlines?|ultimatums?|grace\s+period|extension|extend(?:ed|s)?|"
    r"valid(?:ity)?|residen(?:ce|cy)|(?:to|must)\s+(?:leave|exit|depart|return)|expir\w*|"
    # a duty with a length of time: 'must register within 10 days', '72 hours to lodge an appeal'
    r"(?:must|required\s+to|obliged\s+to|ordered\s+to)\s+\w+|to\s+(?:register|apply|appeal|"
    r"renew|submit|comply|lodge|file|regulari[sz]e)|"
    r"(?:PoR|proof\s+of\s+registration|citizen)\s+cards?|registration|notice|"
    r"cut|reduced?|shortened|curtailed|lengthened|allowed|given|granted)\b",
    re.IGNORECASE,
)


def claim_kind(sentence: str, number: NumberSpan, kind: str, unit: str, rate_per: str = "") -> str:
    """What a figure states: 'policy' (a length of time set by a rule: visas cut to one month,
    15 days to leave), 'duration' (another length of time), 'share' (a percentage or fraction),
    'money', 'rate' (a count per unit of time), 'vague' ('thousands') or 'count'.

    Example
    -------
    >>> s = "Pakistan cut visas to one month."
    >>> claim_kind(s, find_numbers(s)[0], "count", "month")
    'policy'
    >>> s = "About 9,000 arrived a day."
    >>> claim_kind(s, find_numbers(s)[0], "count", "", "day")
    'rate'
    """
    if unit and head_noun(unit) in TIME_HEADS and kind in ("count", "vague"):
        window = sentence[max(0, number.start - 80) : number.end + 80]
        return "policy" if _POLICY_RE.search(window) else "duration"
    if kind in ("percent", "fraction"):
        return "share"
    if kind == "money":
        return "money"
    if rate_per:
        return "rate"
    return "vague" if kind == "vague" else "count"


def unit_class(unit: str) -> str:
    """Reduce a unit to a comparison class ('Afghan citizens' -> 'people').

    Example
    -------
    >>> unit_class("Afghan returnees"), unit_class("dollars"), unit_class("percent of staff")
    ('people', 'dollar', 'percent of staff')
    """
    low = unit.lower().strip()
    if not low:
        return ""
    if low.startswith("percent"):
        return low
    words = low.split()
    if any(w in _PEOPLE for w in words):
        return "people"
    last = words[-1]
    return last[:-1] if last.endswith("s") and not last.endswith("ss") and len(last) > 3 else last


def quote_window(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a verbatim quote around ``start:end``: the whole sentence, or a word-aligned
    window of about 320 characters when the sentence is longer.

    Example
    -------
    >>> quote_window("  Short one. ", 2, 7)
    (2, 12)
    """
    lead = len(sentence) - len(sentence.lstrip())
    trail = len(sentence.rstrip())
    if trail - lead <= _MAX_QUOTE:
        return lead, trail
    half = _MAX_QUOTE // 2
    q_start = max(lead, start - half)
    q_end = min(trail, end + half)
    if q_start > lead:
        nxt = sentence.find(" ", q_start)
        q_start = nxt + 1 if 0 <= nxt < start else q_start
    if q_end < trail:
        prv = sentence.rfind(" ", end, q_end)
        q_end = prv if prv > end else q_end
    return q_start, q_end


# a lowercase word run straight into a capitalised one marks two sentences that lost their
# space ('crises in the worldAlmost two-thirds'); brand names ('YouTube', 'iPhone') do not match
_GLUED_RE = re.compile(r"\b[a-z]{3,}[.!?]?[A-Z][a-z]+\b")


def split_glued(sentence: str, offset: int = 0) -> list[tuple[int, str]]:
    """Split ``sentence`` where two sentences were run together without a space.

    Returns (offset, text) pairs; ``offset`` is added to each start.

    Example
    -------
    >>> split_glued("It is dire in the worldAlmost two-thirds need aid.")
    [(0, 'It is dire in the world'), (23, 'Almost two-thirds need aid.')]
    >>> split_glued("Watch it on YouTube today.")
    [(0, 'Watch it on YouTube today.')]
    """
    cuts = [0]
    for m in _GLUED_RE.finditer(sentence):
        word = m.group(0)
        pos = next(i for i, ch in enumerate(word) if ch.isupper())
        cuts.append(m.start() + pos)
    cuts.append(len(sentence))
    return [
        (offset + a, sentence[a:b])
        for a, b in zip(cuts, cuts[1:], strict=False)
        if sentence[a:b].strip()
    ]


# a figure that is part of one named before: '70% of them', 'Among them, 8% were women'
_PART_OF_AFTER_RE = re.compile(r"\s+of\s+(?:them|these|whom)\b", re.IGNORECASE)
_PART_OF_OPENING_RE = re.compile(
    r"\s*(?:Among|Of)\s+(?:them|these|those|whom|this\s+(?:total|number)|the\s+total)\b",
    re.IGNORECASE,
)


def _borrow_whole_period(sentence: str, rows: list[dict[str, object]], before: str) -> None:
    """A figure that is part of another without a window of its own is read over the window of
    the whole: 'in 2024, with nearly 70% of them' (a figure before it in the sentence), 'Among
    them, 8% were women' (``before``: the last window of the sentence before). A share opening
    a sentence of its own ('More than 60 percent of them are families') is left alone."""
    opening = bool(_PART_OF_OPENING_RE.match(sentence))
    for i, row in enumerate(rows):
        n: NumberSpan = row["n"]  # type: ignore[assignment]
        if row["period"] or head_noun(str(row["unit"])) in TIME_HEADS or is_compound_length(n.text):
            continue
        earlier = next((str(r["period"]) for r in reversed(rows[:i]) if r["period"]), "")
        if opening:
            row["period"] = earlier or before
        elif _PART_OF_AFTER_RE.match(sentence, n.end):
            row["period"] = earlier


# those a meeting was held with: 'met on Monday with 16 envoys', 'held talks in Tashkent with
# some 20 delegations' (the figure right after 'with', a qualifier allowed)
_MET_WITH_RE = re.compile(
    r"\b(?:met|meets|meeting|(?:held|holds|holding)\s+talks)\b[^.;:!?]{0,80}?\bwith\s+"
    r"(?:(?:more|fewer|less)\s+than\s+|over\s+|about\s+|around\s+|some\s+|nearly\s+|"
    r"at\s+least\s+)?$",
    re.IGNORECASE,
)


def _sentence_claims(sentence: str, before: str = "") -> list[dict[str, object]]:
    figures = find_numbers(sentence)
    # windows and rates only matter to a sentence with a figure
    periods = find_periods(sentence) if figures else []
    # 'in a single day' is a window, not a rate
    rates = [r for r in (find_rates(sentence) if figures else [])
             if not any(p.start < r.end and r.start < p.end for p in periods)]  # fmt: skip
    found = [  # 'every 24 hours' is a rate, not a figure
        n for n in figures if not any(r.start <= n.start and n.end <= r.end for r in rates)
    ]
    numbers = [n for n in found if not any(p.start <= n.start and n.end <= p.end for p in periods)]
    starts = tuple(n.start for n in numbers)
    rows: list[dict[str, object]] = []
    for n in numbers:
        unit = unit_for(sentence, n)
        n = _decimal_comma(n, unit)
        kind = n.kind
        if kind == "count" and unit in _CURRENCY_WORDS.values():
            kind = "money"
        others = tuple(o for o in starts if o != n.start)
        rate = rate_for(rates, sentence, n.start, n.end, others)
        period = nearest_period(periods, n.start, n.end, sentence, others)
        length = head_noun(unit) in TIME_HEADS
        if is_point(period) and _MET_WITH_RE.search(sentence, 0, n.start):
            # 'met on Wednesday in Doha with more than a dozen envoys': the day dates the
            # meeting; those it met are no count over a window
            period = ""
        if is_point(period) and rate or length or is_compound_length(n.text):
            # '9,000 a day as of 19 July': a rate read on a day has no window; a length of time
            # ('a six-day visit on Friday', 'aid frozen for three months in January', 'a 30-day
            # visa within 24 hours') is no count over a window, nor is a length ('the
            # 2,600-kilometre border')
            period = ""
        rows.append({"n": n, "unit": unit, "kind": kind,
                     "qualifier": qualifier_for(sentence, n.start, n.kind),
                     "predicate": predicate_for(sentence, n.start, n.end),
                     "period": period,
                     "rate": rate.text if rate else "", "rate_per": rate.per if rate else ""})  # fmt: skip
    rows += _lengths_in_periods(sentence, found, periods, rows)
    rows += _one_unit_rules(sentence, rows)
    rows += _elided_lengths(sentence, rows)
    rows.sort(key=lambda row: row["n"].start)  # type: ignore[attr-defined]
    # 'four people were killed and 10 were injured', 'three or six months': borrow the unit
    for i, row in enumerate(rows):
        if row["unit"]:
            continue
        n = row["n"]
        between = sentence[n.end : rows[i + 1]["n"].start] if i + 1 < len(rows) else ""
        if (
            rows[i + 1 :]
            and rows[i + 1]["unit"]
            and re.fullmatch(r"\s*(?:or|to|and|-|–|—)\s*", between)
        ):
            row["unit"] = rows[i + 1]["unit"]
            if not row["rate"]:  # 'between 5,000 and 8,000 people a day'
                row["rate"], row["rate_per"] = rows[i + 1]["rate"], rows[i + 1]["rate_per"]
            # 'three or four million people', 'one or two hundred families': the scale
            # applies to both figures
            scale = _SCALE_RE.search(rows[i + 1]["n"].text) or _HUNDRED_END_RE.search(
                rows[i + 1]["n"].text
            )
            limit = 100 if scale and scale.group(0).lower() == "hundred" else 1000
            if scale and not _SCALE_RE.search(n.text) and n.value < limit:
                row["n"] = replace(n, value=n.value * SCALES[scale.group(0).lower()])
        elif i > 0 and rows[i - 1]["unit"] and rows[i - 1]["kind"] == row["kind"]:
            gap = sentence[n.end : n.end + 12].lstrip().lower()
            if re.match(r"(?:were|was|are|is|have|had|has|more|others?)\b", gap):
                row["unit"] = rows[i - 1]["unit"]
    _borrow_whole_period(sentence, rows, before)
    _mark_ranges(sentence, rows)
    return rows


def _decimal_comma(number: NumberSpan, unit: str) -> NumberSpan:
    """'1,668 million Afghans' read as a reader does: a comma written for a decimal point (1.668
    million), since no count of people runs to billions."""
    if (
        number.kind == "count"
        and number.value >= 1e9
        and unit_class(unit) == "people"
        and re.fullmatch(r"\d{1,3},\d{3}\s?million", number.text, re.IGNORECASE)
    ):
        return replace(number, value=number.value / 1000)
    return number


def _lengths_in_periods(
    sentence: str,
    numbers: list[NumberSpan],
    periods: list[PeriodSpan],
    rows: list[dict[str, object]],
) -> list[dict[str, object]]:
    """Rows for the lengths of time that read as bare windows ('the first visit in three years',
    'hosting refugees for over 40 years', 'a visa within 24 hours') when no other figure of the
    sentence takes the window as its period: the length is then the figure."""
    used = {row["period"] for row in rows}
    out: list[dict[str, object]] = []
    for p in periods:
        if not is_length(p.text) or p.text in used:
            continue
        for n in numbers:
            if p.start <= n.start and n.end <= p.end:
                unit = unit_for(sentence, n)
                out.append({"n": n, "unit": unit, "kind": n.kind,
                            "qualifier": qualifier_for(sentence, n.start, n.kind),
                            "predicate": predicate_for(sentence, n.start, n.end),
                            "period": "", "rate": "", "rate_per": ""})  # fmt: skip
    return out


# 'given a month to leave', 'extended the deadline by a month': one unit of time set by a rule
_ONE_UNIT_RE = re.compile(
    r"\b(?:given|granted|allowed|by|for|to)\s+"
    r"(?P<n>another|an?(?:\s+(?:further|extra|additional))?)\s+(?:day|week|month|year)(?![\w-])"
    r"(?!\s+(?:ago|earlier|later|after|before|of|or|and)\b)",
    re.IGNORECASE,
)


def _one_unit_rules(sentence: str, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """Rows for one unit of time set by a rule ('given a month to leave', 'extended by a
    month'); a length without a rule ('lived there for a year') is no figure."""
    taken = [(r["n"].start, r["n"].end) for r in rows]  # type: ignore[attr-defined]
    out: list[dict[str, object]] = []
    for m in _ONE_UNIT_RE.finditer(sentence):
        start, end = m.start("n"), m.end()
        if any(a < end and start < b for a, b in taken):
            continue
        n = NumberSpan(start, m.end("n"), 1.0, m.group("n"), "count")
        unit = unit_for(sentence, n)
        if claim_kind(sentence, n, "count", unit) != "policy":
            continue
        out.append({"n": n, "unit": unit, "kind": "count", "qualifier": "exact",
                    "predicate": predicate_for(sentence, n.start, n.end),
                    "period": "", "rate": "", "rate_per": ""})  # fmt: skip
    return out


# the second length of a change whose unit the sentence does not repeat: 'visas cut from three
# months to one', 'permits valid for two years instead of five', 'from 90 days down to 30'
_ELIDED_AFTER_RE = re.compile(
    r"\s+(?:(?:down|up)\s+)?(?:to|instead\s+of|rather\s+than|from)\s+(?:just\s+|only\s+)?"
    r"(?P<n>one|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"(?=\s*(?:[.,;:)]|$|\s+(?:and|or|but|while|for|in|on|at|from|under|after|before|since|by|"
    r"with|as|if|when|per)\b))",
    re.IGNORECASE,
)


def _elided_lengths(sentence: str, rows: list[dict[str, object]]) -> list[dict[str, object]]:
    """The second length of a changed rule takes the first one's unit and kind ('cut from
    three months to one'); a bare 'one' there is a figure too. Returns the rows to add."""
    out: list[dict[str, object]] = []
    by_start = {r["n"].start: r for r in rows}  # type: ignore[attr-defined]
    lowered = sentence.lower()
    for row in rows:
        n: NumberSpan = row["n"]  # type: ignore[assignment]
        unit = str(row["unit"])
        if head_noun(unit) not in TIME_HEADS:
            continue
        unit_at = lowered.find(unit.lower(), n.end)
        if unit_at < 0 or sentence[n.end : unit_at].strip():
            continue  # the unit is not written right after the figure
        m = _ELIDED_AFTER_RE.match(sentence, unit_at + len(unit))
        if not m:
            continue
        other = by_start.get(m.start("n"))
        if other is not None:
            if not other["unit"]:
                other["unit"] = unit
            continue
        if m.group("n").lower() != "one":
            continue
        one = NumberSpan(m.start("n"), m.end("n"), 1.0, m.group("n"), "count")
        out.append({"n": one, "unit": unit, "kind": "count", "qualifier": "exact",
                    "predicate": predicate_for(sentence, one.start, one.end),
                    "period": "", "rate": "", "rate_per": ""})  # fmt: skip
    return out


def _mark_ranges(sentence: str, rows: list[dict[str, object]]) -> None:
    """'between 300 and 400 people', '300 to 400 people', '300-400': lower and upper bounds."""
    for low, high in zip(rows, rows[1:], strict=False):
        a, b = low["n"], high["n"]
        between = sentence[a.end : b.start]
        ranged = re.fullmatch(r"\s*(?:to|-|–)\s*", between) or (
            re.fullmatch(r"\s*and\s*", between)
            and re.search(r"\bbetween\s+$", sentence[max(0, a.start - 12) : a.start], re.I)
        )
        if ranged and low["unit"] == "percent" and str(high["unit"]).startswith("percent"):
            low["unit"] = high["unit"]  # '15-20 percent of returnees'
        if not ranged or a.value >= b.value or low["unit"] != high["unit"]:
            continue
        if not low["rate"]:  # '5,000-8,000 people a day': both ends are rates
            low["rate"], low["rate_per"] = high["rate"], high["rate_per"]
        if low["qualifier"] == "exact":
            low["qualifier"] = "at_least"
        if high["qualifier"] == "exact":
            high["qualifier"] = "up_to"


def _iter_paragraph_claims(
    paragraphs: pd.DataFrame, docs: Sequence[Doc] | None = None
) -> Iterable[dict[str, object]]:
    article_speakers: dict[str, list[str]] = {}
    texts = paragraphs["text"].tolist()
    records = paragraphs[["paragraph_id", "article_id", "source_file", "line", "text"]].to_dict(
        "records"
    )
    lead_in: dict[str, str] = {}  # a speaker whose words open the next paragraph ('He added:')
    # the speaker of a quotation in the paragraph before, for a paragraph that opens with a
    # quotation mark: a quotation over several paragraphs reopens the mark in each
    quoting: dict[str, str] = {}
    for para, doc in zip(records, docs_for(texts, docs), strict=True):
        sentences = [part for s in doc_sentences(doc) for part in split_glued(s.text, s.start_char)]
        article_id = para["article_id"]
        sources = paragraph_sources(
            [text for _, text in sentences],
            article_speakers.get(article_id, []),
            lead_in.pop(article_id, ""),
            quoting.pop(article_id, "") if _OPENS_QUOTE_RE.match(para["text"]) else "",
        )
        index = 0
        before = ""  # the last window of the sentence before, for 'Among them, ...'
        for (offset, sentence), source in zip(sentences, sources, strict=True):
            rows = _sentence_claims(sentence, before)
            before = next((str(r["period"]) for r in reversed(rows) if r["period"]), "")
            for row in rows:
                n: NumberSpan = row["n"]  # type: ignore[assignment]
                q_start, q_end = quote_window(sentence, n.start, n.end)
                index += 1
                yield {
                    "claim_id": f"{para['paragraph_id']}-c{index:02d}",
                    "paragraph_id": para["paragraph_id"],
                    "article_id": article_id,
                    "source_file": para["source_file"],
                    # the line the quote starts on, for paragraphs that span several lines
                    "line": int(para["line"]) + para["text"].count("\n", 0, offset + q_start),
                    "quote": para["text"][offset + q_start : offset + q_end],
                    "value": float(n.value),
                    "qualifier": row["qualifier"],
                    "unit": row["unit"],
                    "topic": classify_topic(sentence, str(row["unit"]), n.start),
                    "period": row["period"],
                    # a figure with a source of its own ('at 1,800 by the WHO') keeps it
                    "attributed_to": _outside(
                        sentence, n, _own_or(figure_source(sentence, n.start, n.end), source)
                    ),
                    "kind": claim_kind(sentence, n, str(row["kind"]), str(row["unit"]),
                                       str(row["rate_per"])),
                    "rate": row["rate"],
                    "rate_per": row["rate_per"],
                    "number_text": n.text,
                    "number_kind": row["kind"],
                    "predicate": row["predicate"],
                }  # fmt: skip
        named = [src for src in sources if src]
        # a person named as a sentence's subject ('Ana Ruiz, who heads the office, described
        # ...') is who 'she' means in the next paragraph too, a body opening a sentence who
        # 'it' means
        speakers = [
            src or _subject_person(text) or _subject_body(text)
            for (_, text), src in zip(sentences, sources, strict=True)
        ]
        if any(speakers):
            article_speakers.setdefault(article_id, []).extend(x for x in speakers if x)
        if sentences and sources[-1] and sentences[-1][1].rstrip().endswith(":"):
            lead_in[article_id] = sources[-1]
        if named and _BOUNDARY_QUOTE_RE.search(para["text"]):
            quoting[article_id] = named[-1]


def _own_or(own: str | None, source: str) -> str:
    return source if own is None else own


def _outside(sentence: str, n: NumberSpan, source: str) -> str:
    """``source``, or '' when the figure is part of the source's own name in the sentence
    ('delegates from four countries said ...': the writer counts the countries)."""
    at = sentence.find(source) if source else -1
    if at >= 0 and at <= n.start and n.end <= at + len(source):
        return ""
    if (
        at > n.end
        and sentence[n.end : at].rstrip().endswith(",")
        and _OPENING_TAG_AFTER_RE.match(sentence, at + len(source))
    ):
        # 'In Dara, a town of some 2,500 people, residents said that ...', 'With one day left,
        # the authorities warned that ...': a figure in the phrase before the speaker opens
        # its tag is the writer's setting, not what the speaker reports
        return ""
    return source


# a reporting verb and its 'that' right after the speaker: ' have warned that', ' reported that'
_OPENING_TAG_AFTER_RE = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:also\s+)?(?-i:[a-z]+(?:ed|s))\s+that\b"
)


_OPENS_QUOTE_RE = re.compile(r"\s*[“\"]")
_BOUNDARY_QUOTE_RE = re.compile(r"[“”\"]")


def _in_quotation(sentences: list[str]) -> list[bool]:
    """For each sentence, whether it is (partly) inside a quotation, following the quotation
    marks across the paragraph."""
    out, depth, straight = [], 0, False
    for text in sentences:
        out.append(depth > 0 or straight or bool(re.search(r"[“”\"]", text)))
        depth = max(0, depth + text.count("“") - text.count("”"))
        straight = straight ^ (text.count('"') % 2 == 1)
    return out


# a sentence that refers back to the one before it: 'The announcement was made by ...'
_BACK_REFERENCE_RE = re.compile(
    r"^\s*(?:(?:The|This|That|These|Those)\s+(?:[a-z]+\s+)?(?:announcement|statement|figures?|"
    r"numbers?|data|estimates?|information|report)"
    # a change or a count named by its noun points back only with a demonstrative ('This surge
    # in returns has been confirmed by ...'); 'The death toll could rise, X warned' is a new
    # statement of its own, not a confirmation of the figure before
    r"|(?:This|That|These|Those)\s+(?:[a-z]+\s+)?(?:surge|rise|increase|decline|drop|fall|"
    r"toll|total|tally|count|trend))\b"
)


# a sentence that goes on with the statement before it, after a tag that closed that one:
# one about a part of its figure ('Among them, ...'), one that points back to the document
# ('The report adds ...'), one that adds to it ('In addition, 40 were wounded.')
_GOES_ON_RE = re.compile(
    r"^\s*(?:(?:The|This|These|Those)\s+(?:[a-z]+\s+)?(?:report|statement|survey|study|"
    r"update|assessment|review|analysis|figures|data|estimates?|agency|organi[sz]ation)\b|"
    r"(?:In\s+addition|"
    r"Additionally|Moreover|Furthermore|Besides|Also)\s*,|(?:Of|Among)\s+(?:these|them|those|"
    r"the\s+total)\b)"
)


# a sentence that turns to the writer's own account: a connective of another thread
# ('Meanwhile, ...', 'Simultaneously, ...'), of the state now ('At the moment, ...') or of a
# cause ('Because of the ban, ...'), or what it adds to ('In addition to the card holders,
# ...'; a bare 'In addition,' goes on with the speaker, see _GOES_ON_RE); a speaker named in
# an opening tag before it ('X confirmed that ...') does not cover it
_WRITER_TURN_RE = re.compile(
    r"^\s*(?:Simultaneously|Meanwhile|At\s+(?:the\s+moment|present)|Because\s+of|Due\s+to|"
    r"In\s+addition\s+to)\b"
)


# a sentence about a part of the figure before it: 'Of these, 99 per cent were ...', 'Among
# them, ...', 'Most of them ...', 'This includes ...'
_PART_OF_RE = re.compile(
    r"^\s*(?:(?:Of|Among)\s+(?:these|them|those|this|that|the\s+total)\b|"
    r"(?:This|These|That|Those|It|They)\s+(?:includes?|included|comprises?|comprised)\b|"
    r"[^.;]{0,40}?\bof\s+(?:them|these|those|this|that)\b)"
)
# a sentence that narrows the figure before it to a part of its time ('In May alone, ...',
# 'This year alone ...', 'Last week alone ...'): wire copy and agency releases give a total,
# then its latest part with the attribution that covers both
_PART_OF_TIME_RE = re.compile(r"^\s*(?:[\w’'-]+\s+){1,4}?alone\b")


def _narrows(whole: str, part: str) -> bool:
    """True when sentence ``part`` opens on a part of the figure or of the time of sentence
    ``whole`` ('Of them, ...', 'In May alone, ...') and its counts are smaller than the largest
    count of ``whole`` (a part is less than its whole: '20,000 a day ... This year alone, 1.4
    million' narrows nothing)."""
    if not (_PART_OF_RE.match(part) or _PART_OF_TIME_RE.match(part)):
        return False
    counts = [n.value for n in find_numbers(whole, include_vague=False) if n.kind == "count"]
    parts = [n.value for n in find_numbers(part, include_vague=False) if n.kind == "count"]
    return bool(counts and parts) and max(parts) < max(counts)


# a person named as the subject in apposition, whatever the verb: 'UNICEF's representative,
# Ana Ruiz, described the situation as ...'; 'she' in the next sentence is her
_SUBJECT_PERSON_RE = re.compile(
    r",\s+(?P<name>(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){1,3}),\s+"
    r"(?:also\s+)?(?-i:[a-z]+(?:ed|s))\b"
    # or opening the sentence with the office after it: 'Peter Maurer, the ICRC's president,
    # visited Goma'
    r"|^\s*(?P<lead>(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){1,3}),\s+"
    r"(?:the|a|an|its|their|who|whose)\s+[^,;“”\"]{3,80},\s+(?:also\s+)?(?-i:[a-z]+(?:ed|s))\b"
    # or opening the sentence before its verb: 'Sara Rahimi is a teacher in Mazar', 'Omar
    # Haidari visited the camp' ('he' in the next sentence is him)
    r"|^\s*(?P<opener>(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){1,3})\s+"
    r"(?:(?-i:is|was|has|had)|(?-i:[a-z]{3,}ed))\b"
)


# a named body opening a sentence as the subject of its verb: 'The Interior Ministry issued a
# statement', 'Save the Children and UNICEF released a joint appeal'
_SUBJECT_BODY_RE = re.compile(
    r"^\s*(?P<name>(?:(?-i:The)\s+)?(?-i:[A-Z])[\w’'.&-]*(?:\s+(?:(?-i:of|for|and|the|on|in)\s+)?"
    r"(?:\((?-i:[A-Z])[\w]*\)|(?-i:[A-Z])[\w’'.&-]*)){0,8})\s+(?:(?:has|have|had|also|on\s+"
    r"(?-i:[A-Z])[a-z]+day)\s+)*(?-i:[a-z]{3,}ed|issued|released|published|launched|held|sent|"
    r"began|made|gave)\b"
)


# a document opening a sentence as the subject of a verb that tells what it holds: 'The report
# documents abuses in 21 provinces', 'The survey found ...': what 'it' in the next sentence is
_SUBJECT_DOCUMENT_RE = re.compile(
    r"^\s*(?P<name>(?-i:The)\s+(?:(?-i:[a-z]+)\s+){0,2}?(?:report|study|survey|assessment|"
    r"review|analysis|update|statement|document|audit|bulletin))\s+"
    r"(?:(?:has|had|also)\s+)*(?:(?!(?:was|has|does)\b)(?-i:[a-z]{3,}(?:ed|s))|found|gave|"
    r"made|held|put)\b"
)


def _subject_body(text: str) -> str:
    """The named body (or the document) a sentence opens with as its subject, '' when none
    or a person."""
    m = _SUBJECT_BODY_RE.match(text) or _SUBJECT_DOCUMENT_RE.match(text)
    name = m.group("name") if m else ""
    if not name or is_person(name) or name.split()[0] in ("This", "That", "These", "Those"):
        return ""
    return name


def _new_actor(text: str, speaker: str) -> bool:
    """True when ``text`` opens (after a short introductory phrase) with another actor as the
    subject of its own act than ``speaker`` ('UNHCR reports that ... . This May, Kenya issued
    an order ...'): the writer's narration of that act, which the speaker's tag before does not
    cover, nor what follows it.

    Example
    -------
    >>> _new_actor("This May, Kenya issued an order to close the camps.", "UNHCR")
    True
    >>> _new_actor("The UNHCR also recorded 300 arrivals.", "UNHCR")
    False
    """
    m = _SUBJECT_BODY_RE.match(re.sub(r"^[^,]{3,40},\s+", "", text))
    body = m.group("name") if m else ""
    if not body or body.split()[0] in ("This", "That", "These", "Those"):
        return False
    a, b = body.lower().removeprefix("the "), speaker.lower().removeprefix("the ")
    return a not in b and b not in a


def _subject_person(text: str) -> str:
    """The person a sentence names as its subject in apposition, '' when none."""
    m = _SUBJECT_PERSON_RE.search(text)
    name = (m.group("name") or m.group("lead") or m.group("opener")) if m else ""
    return name if name and is_person(name) else ""


def paragraph_sources(
    sentences: list[str], earlier: Sequence[str] = (), lead_in: str = "", quoting: str = ""
) -> list[str]:
    """The source of each sentence of a paragraph, resolving what a sentence does not name.

    A sentence's own attribution comes first. A pronoun ('he said', 'according to him') is the
    speaker named last before it in the paragraph, else the last of ``earlier`` (the speakers
    the article named before the paragraph); 'it' never resolves to a person, 'he' and 'she' to
    the last person named when there is one. A sentence with no attribution takes the speaker
    named before it in the paragraph, else ``lead_in`` (a speaker whose words the paragraph
    carries: 'He added:' ending the paragraph before), else, when it is inside a quotation, the
    speaker named after it, else ``quoting`` (the speaker of the quotation the paragraph
    before held, when this one reopens it), else the source of a next sentence that refers
    back to it ('The announcement was made by ...'). A source named by an act ('Japan has
    pledged $15 million') or a count ('IOM recorded 955 families') covers its own sentence and
    a part of its figure in the next ('Of these, 60 per cent ...'), not the sentences after it;
    an act's figure is who announced it where the next sentence says so.

    Example
    -------
    >>> paragraph_sources(["UNHCR said 500 returned.", "Another 300 left."])
    ['UNHCR', 'UNHCR']
    >>> paragraph_sources(["“Some 300 left.", "Many more will,” he added."], ["Ali Khan"])
    ['Ali Khan', 'Ali Khan']
    >>> paragraph_sources(["Some 300 left.", "Most were children, the IOM said."])
    ['', 'the IOM']
    >>> paragraph_sources(["Monitors counted 900 arrivals.", "Of these, 60 were ill.", "Rain fell."])
    ['Monitors', 'Monitors', '']
    """
    hows = [sentence_attribution_how(text) for text in sentences]
    own = [src for src, _ in hows]
    resolved: list[str] = []
    named = list(earlier)
    people = [c for c in earlier if is_person(c)]
    for i, (text, src) in enumerate(zip(sentences, own, strict=True)):
        if _speaker_in_next_tag(sentences, own, i):
            # '“We sent 64 home.” The minister tweeted, ...': the speaker of the quotation is
            # the one its tag names right after it, not whoever spoke before
            src = own[i + 1]
        if is_pronoun(src):
            word = src.strip().lower()
            if word == "it":  # a body, never a person
                src = next((c for c in reversed(named) if not is_person(c)), "")
            elif word in ("he", "she", "him", "her"):  # a person, else whoever spoke last
                src = people[-1] if people else named[-1] if named else ""
            else:
                src = named[-1] if named else ""
        elif src:
            named.append(src)
            if is_person(src):
                people.append(src)
        elif person := _subject_person(text):
            people.append(person)
        elif body := _subject_body(text):
            # 'UNICEF released an appeal. It said ...': the body that opened the sentence
            # before is who 'it', 'they' or 'the statement' points back to
            named.append(body)
        resolved.append(src)
    out: list[str] = []
    last, closed = lead_in, False
    whole = ""  # the source of a pledge or a count, for a part of it in the next sentence
    quoted = _in_quotation(sentences)
    for i, src in enumerate(resolved):
        how = hows[i][1]
        if how == "act" and i + 1 < len(sentences) and _BACK_REFERENCE_RE.match(sentences[i + 1]):
            # 'Fletcher has allocated $10 million. The announcement was made by X': who
            # announced the act states its figure
            src = resolved[i + 1] or src
        part_of, whole = whole, ""
        if src and how in ("act", "count"):
            # a pledge, an accusation or a count ('IOM recorded 955 families') covers its own
            # sentence and a part of its figure in the next ('Of these, 99 per cent were ...'),
            # not the sentences after it
            whole = src
        elif src:
            # a tag that closes its sentence ('..., the IOM said.') covers what stands before
            # it, not the writer's next sentence; a quotation it closes goes on in the next;
            # so does a sentence that names who stated the figures before it ('This was
            # stated by X.')
            last = src
            closed = closes_with_tag(sentences[i], hows[i][0]) or bool(
                back_reference_agent(sentences[i])
            )
        elif part_of and _PART_OF_RE.match(sentences[i]):
            src = part_of
        elif i + 1 < len(sentences) and (agent := back_reference_agent(sentences[i + 1])):
            # '30 died and 300 were hurt. This toll was published by the ministry.': the next
            # sentence names who stated the figures
            src = name_only(agent)
        elif last and (
            quoted[i]
            or _GOES_ON_RE.match(sentences[i])
            or not closed
            and not _WRITER_TURN_RE.match(sentences[i])
            and not _new_actor(sentences[i], last)
        ):
            src = last
        elif last and _new_actor(sentences[i], last):
            # 'The IOM reports that ... . This May, Iran issued an order ... . In two weeks,
            # half a million were expelled.': a sentence on another actor's act ends the
            # speaker's cover
            last = ""
        elif quoted[i]:
            src = next((s for s in resolved[i + 1 :] if s), quoting)
        elif i + 1 < len(sentences) and _BACK_REFERENCE_RE.match(sentences[i + 1]):
            src = resolved[i + 1]
        elif (
            i + 1 < len(sentences)
            and hows[i + 1][1] == "speech"
            and _narrows(sentences[i], sentences[i + 1])
        ):
            # 'Since January, 900,000 have returned. In May alone, 250,000 crossed back,
            # according to the IOM': the attribution of the part covers the whole before it
            src = resolved[i + 1]
        out.append(src)
    return out


# a quotation that closes its sentence ('“... back home.”'), and the first person speaking in it
_CLOSED_QUOTE_RE = re.compile(r"[”\"]\s*$")
_FIRST_PERSON = frozenset({"we", "i", "us", "me"})


def _speaker_in_next_tag(sentences: Sequence[str], own: Sequence[str], i: int) -> bool:
    """True when sentence ``i`` is a quotation spoken in the first person ('we said ...') and
    the next sentence opens with its tag, a named speaker and a verb ('The governor tweeted,
    ...'): the speaker the tag names is who 'we' or 'I' is."""
    if own[i].strip().lower() not in _FIRST_PERSON or i + 1 >= len(sentences):
        return False
    nxt = own[i + 1]
    return (
        bool(_CLOSED_QUOTE_RE.search(sentences[i]))
        and bool(nxt)
        and not is_pronoun(nxt)
        and sentences[i + 1].lstrip().startswith(nxt)
    )


def _sig_round(value: float, digits: int) -> float:
    if value == 0:
        return 0.0
    return round(value, digits - 1 - int(math.floor(math.log10(abs(value)))))


def _significant(value: float) -> int:
    text = f"{abs(value):.6f}".rstrip("0").rstrip(".").replace(".", "").lstrip("0")
    return max(1, len(text.rstrip("0")))


def same_figure(a: float, b: float) -> bool:
    """True when ``a`` and ``b`` state the same figure, one perhaps rounded ('5.097 million' vs
    '5,097,373').

    Example
    -------
    >>> same_figure(5_097_000, 5_097_373), same_figure(500_000, 268_000)
    (True, False)
    """
    if a == b:
        return True
    if a == 0 or b == 0:
        return False
    digits = min(_significant(a), _significant(b))
    return digits >= 2 and _sig_round(a, digits) == _sig_round(b, digits)


class RepeatMarker:
    """Marks the claim each claim restates, over consecutive chunks of claim rows in corpus
    order (each chunk holding whole articles).

    Within an article: same unit class and kind and the same figure, one perhaps rounded.
    Across articles: the same precise figure (3+ significant digits) with the same unit class,
    kind and topic. What a chunk's articles stated is forgotten after the chunk (an article
    never spans two chunks); only the first statement of each precise figure is kept.

    Example
    -------
    >>> rows = pd.DataFrame({"article_id": ["a", "b"], "unit": ["people"] * 2,
    ...     "number_kind": ["count"] * 2, "rate_per": [""] * 2, "topic": ["returns"] * 2,
    ...     "value": [1250.0, 1250.0], "claim_id": ["c1", "c2"]})
    >>> marker = RepeatMarker()
    >>> marker.mark(rows.iloc[:1]), marker.mark(rows.iloc[1:])
    ([''], ['c1'])
    """

    def __init__(self) -> None:
        self._across: dict[tuple[str, str, str, float, str], str] = {}

    def mark(self, claims: pd.DataFrame) -> list[str]:
        """The claim_id each claim of ``claims`` restates ('' when it is a first statement)."""
        repeat_of = [""] * len(claims)
        in_article: dict[tuple[str, str, str, str], list[tuple[float, str]]] = {}
        across = self._across
        for i, row in enumerate(claims.itertuples(index=False)):
            uclass = unit_class(row.unit)
            if not uclass or row.number_kind == "vague":
                continue
            key = (row.article_id, uclass, row.number_kind, row.rate_per)
            gkey = (uclass, row.number_kind, row.topic, row.value, row.rate_per)
            root = next(
                (r for value, r in in_article.get(key, []) if same_figure(value, row.value)), ""
            )
            if not root and _significant(row.value) >= 3:
                root = across.get(gkey, "")
            repeat_of[i] = root
            own = root or row.claim_id
            in_article.setdefault(key, []).append((row.value, own))
            across.setdefault(gkey, own)
        return repeat_of


def extract_claims(paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Extract quantitative claims from a paragraphs table.

    Parameters
    ----------
    paragraphs : DataFrame with PARAGRAPH_COLUMNS (paragraph_id, article_id, source_file, line,
        text).
    articles : optional articles table (article_id, published); checked, and accepted for a
        uniform call signature (claims need no publication date).

    Returns
    -------
    DataFrame with CLAIM_COLUMNS, sorted by source_file, line and position; one row per number.

    Raises
    ------
    InputTableError
        When ``paragraphs`` is not a DataFrame or lacks a needed column.

    Example
    -------
    >>> import pandas as pd
    >>> p = pd.DataFrame({"paragraph_id": ["p"], "article_id": ["a"], "source_file": ["f"],
    ...                   "line": [1], "text": ["Pakistan hosts over 3 million Afghan refugees."]})
    >>> extract_claims(p)[["value", "qualifier", "topic"]].values.tolist()
    [[3000000.0, 'more_than', 'refugee_population']]
    """
    publication_dates(articles)  # validates the articles table when one is given
    return finish_claims(claim_rows(paragraphs))


def claim_rows(paragraphs: pd.DataFrame, docs: Sequence[Doc] | None = None) -> pd.DataFrame:
    """The claims of ``paragraphs`` before :func:`finish_claims` marks repeats: what depends
    only on each article, so a corpus cut between articles can be read chunk by chunk.

    The rows keep ``article_id`` and ``number_kind`` for :func:`finish_claims`. ``docs``: the
    paragraphs' spaCy docs in corpus order (:func:`~afgresearch.extract.pipeline.paragraph_docs`),
    to share them with other extractors; None makes them here.

    Example
    -------
    >>> p = pd.DataFrame({"paragraph_id": ["p"], "article_id": ["a"], "source_file": ["f"],
    ...                   "line": [1], "text": ["Iran deported 1,200 people."]})
    >>> claim_rows(p)[["value", "article_id"]].values.tolist()
    [[1200.0, 'a']]
    """
    paras = check_paragraphs(paragraphs)
    paras = paras.sort_values(CORPUS_ORDER, kind="stable")
    rows = list(_iter_paragraph_claims(paras, docs))
    if not rows:
        return pd.DataFrame()
    claims = pd.DataFrame(rows)
    claims["measure"] = [
        measure_key(t, u, p, v, k, r)
        for t, u, p, v, k, r in zip(
            claims["topic"],
            claims["unit"],
            claims["period"],
            claims["predicate"],
            claims["number_kind"],
            claims["rate_per"],
            strict=True,
        )
    ]
    # cited at the line where the quote starts, in a paragraph that spans several lines
    return exact_lines(claims, paragraphs, "quote", verbatim=True)


def finish_claims(rows: pd.DataFrame | Sequence[pd.DataFrame]) -> pd.DataFrame:
    """The claims table from :func:`claim_rows` (one frame, or the frames of consecutive
    chunks in corpus order): repeats marked across the whole corpus, columns as in
    ``CLAIM_COLUMNS``.

    Example
    -------
    >>> finish_claims(pd.DataFrame()).columns.tolist() == list(CLAIM_COLUMNS)
    True
    """
    frames = [rows] if isinstance(rows, pd.DataFrame) else list(rows)
    frames = [f for f in frames if not f.empty]
    if not frames:
        return empty_table("claims")
    claims = pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]
    return finish_chunk_claims(claims, RepeatMarker())


def finish_chunk_claims(rows: pd.DataFrame, marker: RepeatMarker) -> pd.DataFrame:
    """:func:`finish_claims` for one chunk of claim rows of a corpus read in order, the
    repeats marked by ``marker`` (shared by the chunks, which it sees in corpus order).

    Example
    -------
    >>> finish_chunk_claims(pd.DataFrame(), RepeatMarker()).empty
    True
    """
    if rows.empty:
        return empty_table("claims")
    claims = rows.reset_index(drop=True)
    claims["repeat_of"] = marker.mark(claims)
    claims = claims.drop(columns=["article_id", "number_kind", "number_text", "predicate"])
    return conform(claims, CLAIM_COLUMNS).reset_index(drop=True)


def _source_key(attributed_to: str, article: str) -> str:
    """Who stands behind a claim: its attribution (normalised), else the article it is in."""
    low = re.sub(r"^(?:the|a|an)\s+", "", re.sub(r"\s+", " ", attributed_to.lower()).strip())
    return f"said:{low}" if low else f"article:{article}"


def disagreement_candidates(claims: pd.DataFrame, require_period: bool = True) -> pd.DataFrame:
    """The claims :func:`claim_disagreements` compares: first statements with a comparable
    measure (topic, predicate and, when ``require_period``, a time window). Taken chunk by
    chunk of a corpus and joined, they give the same disagreements as the whole claims table.

    Example
    -------
    >>> disagreement_candidates(finish_claims(pd.DataFrame())).empty
    True
    """
    base = claims[(claims["repeat_of"].fillna("") == "") & (claims["measure"].fillna("") != "")]
    parts = [split_measure(m) for m in base["measure"]]
    keep = [
        p["topic"] not in ("", "other")
        and p["predicate"] != ""
        and (p["period"] != "" or not require_period)
        for p in parts
    ]
    return base[keep]


def claim_disagreements(
    claims: pd.DataFrame,
    require_period: bool = True,
    paragraphs: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Return the claims about one measure on which different sources give different figures.

    Claims are compared only when they share a :func:`measure_key` (same topic, counted
    population, predicate such as returned or killed, and normalised period). Left out: repeats,
    claims with no comparable measure (vague amounts such as 'thousands', durations, no counted
    noun), claims whose predicate is unknown, topic 'other', and (by default) claims with no
    time window. A measure is reported when two of its claims give different figures (not one
    figure rounded), come from different sentences, and from different sources: a different
    attribution, or, for unattributed claims, a different article.

    Parameters
    ----------
    claims : the table from :func:`extract_claims`.
    require_period : only compare claims that state a time window.
    paragraphs : optional paragraphs table (paragraph_id, article_id); tells which article an
        unattributed claim is from. Without it, its source file stands for the article.

    Returns
    -------
    DataFrame with measure, n_values, n_sources, then the claim columns, sorted by measure and
    value; only the claims that take part in a disagreement.

    Example
    -------
    >>> claim_disagreements(extract_claims(pd.DataFrame(columns=["paragraph_id", "article_id",
    ...     "source_file", "line", "text"]))).empty
    True
    """
    cols = ["measure", "n_values", "n_sources", *[c for c in CLAIM_COLUMNS if c != "measure"]]
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    require(claims, "claims", error=InputTableError)
    if claims.empty:
        return empty
    article_of: dict[str, str] = {}
    if paragraphs is not None:
        require(paragraphs, "paragraphs", ["paragraph_id", "article_id"], error=InputTableError)
        article_of = dict(
            zip(paragraphs["paragraph_id"].astype(str), paragraphs["article_id"].astype(str),
                strict=True)
        )  # fmt: skip
    base = disagreement_candidates(claims, require_period)
    groups = []
    for _, group in base.groupby("measure", sort=True):
        rows = list(group.itertuples(index=False))
        sources = [
            _source_key(
                str(r.attributed_to or ""),
                article_of.get(str(r.paragraph_id), f"file:{r.source_file}"),
            )
            for r in rows
        ]
        sentence = [(r.paragraph_id, r.quote) for r in rows]
        taking_part: set[int] = set()
        for i in range(len(rows)):
            for j in range(i + 1, len(rows)):
                if (
                    sources[i] != sources[j]
                    and sentence[i] != sentence[j]
                    and not same_figure(float(rows[i].value), float(rows[j].value))
                ):
                    taking_part.update((i, j))
        if not taking_part:
            continue
        chosen = group.iloc[sorted(taking_part)]
        values: list[float] = []
        for v in chosen["value"]:
            if not any(same_figure(v, w) for w in values):
                values.append(float(v))
        chosen = chosen.assign(
            n_values=len(values), n_sources=len({sources[i] for i in taking_part})
        )
        groups.append(chosen.sort_values(["value", "claim_id"]))
    if not groups:
        return empty
    out = pd.concat(groups, ignore_index=True)
    return out[cols].reset_index(drop=True)
