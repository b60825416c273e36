"""Clause segmentation without a parser: subordinate clauses and the phrases that behave like them.

spaCy runs here as a blank pipeline (no trained parser or tagger may be downloaded), so the
clause structure a dependency parse would give is rebuilt from the words that open English
clauses and the punctuation that closes them:

- ``background``: a clause or phrase that places the main event against an earlier or later
  one: ``since``, ``after``, ``before``, ``following``, ``until``, ``prior to``, ``ahead of``,
  ``in the wake of``. Its dates belong to that other event.
- ``relative``: ``which``, ``who``, ``whom``, ``whose``, ``where`` and a relative ``that``; its
  dates describe the noun it follows.
- ``adverbial``: ``because``, ``although``, ``though``, ``whereas``, ``if``, ``unless``.
- ``temporal``: ``when``, ``while``, ``during``, ``as soon as``: the same time as the clause
  around it.
- ``participle``: ``, becoming ...``, ``, marking ...``: an -ing phrase after a comma, which
  shares its clause's time.
- ``complement``: ``that`` after a verb of saying (``said on Thursday that ...``).
- ``coordinate``: a second predicate (``... and deported them``, ``... and have since ...``).
- ``report``: a closing attribution (``..., officials said on Friday.``): its date is when the
  statement was made, which dates a reported past act only when nothing else does.

A clause opens at its marker and ends at the first comma, semicolon, colon, dash, bracket or
quotation mark after it (commas inside a date such as 'July 3, 2025' or a number, and short
parentheses such as '(POR)' or '(August 19, 2025)', do not count), or at the end of the sentence; the text after that boundary belongs to the enclosing clause.
Clauses therefore nest or are disjoint. Everything outside them is the ``main`` clause (index 0).

Example
-------
>>> s = "Russia recognised the Taliban, which seized power in 2021, on Thursday."
>>> [(c.kind, s[c.start : c.end]) for c in segment_clauses(s)]
[('main', 'Russia recognised the Taliban, which seized power in 2021, on Thursday.'), ('relative', 'which seized power in 2021')]
>>> clauses = segment_clauses(s)
>>> clauses[clause_of(clauses, s.index("2021"))].kind, clauses[clause_of(clauses, s.index("Thursday"))].kind
('relative', 'main')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from afgresearch.extract.attribution import SPEECH_VERBS
from afgresearch.extract.dates import WEEKDAY_RE

#: clause kinds whose time is the time of the clause around them
SHARES_TIME = frozenset({"temporal", "participle", "complement", "coordinate"})

_BACKGROUND = (
    r"ever\s+since|since|after|before|following|until|till|prior\s+to|ahead\s+of|"
    r"in\s+the\s+(?:wake|aftermath)\s+of|in\s+the\s+run-up\s+to"
)
_RELATIVE = r"which|who|whom|whose|where"
_ADVERBIAL = r"because|although|though|whereas|unless|if"
_TEMPORAL = r"when|while|whilst|during|as\s+soon\s+as"
_MARKER_RE = re.compile(
    rf"(?<![\w-])(?:(?P<background>{_BACKGROUND})|(?P<relative>{_RELATIVE})|"
    rf"(?P<adverbial>{_ADVERBIAL})|(?P<temporal>{_TEMPORAL})|(?P<that>that))(?![\w-])(?=\s+\S)",
    re.IGNORECASE,
)
# 'the following day', 'the day before': a marker after a determiner opens no clause
_DETERMINER_BEFORE_RE = re.compile(r"\b(?:the|a|an|this|its|their|his|her)\s+$", re.I)
# 'that day', 'that country': a demonstrative before a noun of time or a plain noun phrase end
_THAT_DEMONSTRATIVE_RE = re.compile(
    r"\s+(?:day|week|month|year|time|night|morning|evening|decision|move|visit|country|"
    r"meeting|agreement|deal|period|year's|is|was)\b",
    re.IGNORECASE,
)
# verbs of saying and thinking that take a 'that' clause as their object; between the verb and
# 'that' may stand an addressee ('told Radio Azadi', 'informed the UN Security Council') and up
# to three adjunct phrases of time, place or channel ('said in a statement on Thursday', 'told
# reporters at a news conference in Herat'): wire copy and translated outlets put them there
_SAYING_VERB = (
    r"said|say|says|saying|stated|states|announced|announces|confirmed|confirms|added|adds|"
    r"note|noted|notes|recall|recalled|remember|warned|warns|claimed|claims|reported|reports|"
    r"explained|insisted|stressed|emphasi[sz]ed|declared|revealed|believes?|believed|"
    r"argued|argues|acknowledged|admitted|denied|agreed|decided|ruled|ordered|demanded|"
    r"urged|hoped|expects?|expected|know|knew|learned|showed|shows|found|wrote|writes|"
    r"indicated|suggested|estimated|mentioned|highlighted|pointed\s+out|made\s+clear"
)
# the addressee of a verb of telling: one word ('reporters', 'AFP') or a determiner and a word,
# then up to four capitalised words ('Tolo News', 'the Associated Press', 'the UN Security Council')
_TELLING = (
    r"(?:told|tells|telling|informed|informs|assured|assures|briefed|briefs|reminded|reminds)"
)
_ADDRESSEE = r"(?:(?:the|a|an)\s+)?(?!that\b)[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]*){0,4}"
# an adjunct phrase of time, place or channel: its preposition or word of time and up to five
# words, none of them 'that' ('to', 'with' are left out: 'agreed to a deal that ...' is relative)
_ADJUNCT = (
    r"(?:on|in|at|during|via|through|after|before|last|this|earlier|late|early)"
    r"(?:\s+(?!that\b)[\w’'.,-]+){1,5}?"
)
# a verb of saying with its hearer after 'to' ('confirmed to Tolo News', 'said to reporters';
# not 'agreed to a deal that ...'), and the channel after 'by' ('told AFP by phone')
_SAID_TO = (
    r"(?:said|confirmed|stated|explained|revealed|announced|wrote|complained|admitted|"
    r"mentioned)\s+to"
)
_BY_CHANNEL = r"by\s+(?:tele)?phone|by\s+(?:e-?mail|text\s+message|letter|video\s+link)"
_SAYING_RE = re.compile(
    rf"\b(?:(?:{_SAYING_VERB})|(?:{_TELLING}|{_SAID_TO})\s+{_ADDRESSEE})"
    rf"(?:\s+(?:{_ADJUNCT}|{_BY_CHANNEL})){{0,3}}\s*,?\s*$",
    re.IGNORECASE,
)
# a reported clause without 'that': 'said on Monday it deported ...', 'says they will ...'
_BARE_COMPLEMENT_RE = re.compile(
    r"\b(?:said|says|told\s+\S+|announced|confirmed|added|stated)"
    rf"(?:\s+(?:on\s+)?(?:{WEEKDAY_RE}|yesterday|today))?"
    r"\s+(?P<c>(?:it|they|he|she|we)\s)"
)
# a comma followed by an -ing word opens a participle phrase; these -ing words are nouns or
# prepositions, not participles
_NOT_PARTICIPLE = frozenset(
    re.findall(
        r"\S+",
        """
    including according during following regarding concerning excluding notwithstanding pending
    morning evening spring building king thing nothing something anything everything ceiling
    string sibling wedding clothing housing bombing funding meeting hearing ruling ring wing
    training setting shooting crossing offering warning briefing gathering spending
    """,
    )
)
_PARTICIPLE_RE = re.compile(r",\s+(?:(?:also|thus|thereby|again|further)\s+)?(?P<w>[a-z]+ing)\b")
# a second predicate: 'and' (optionally 'then', 'later', 'also', 'since') before an auxiliary
# or a past-tense verb
_COORDINATE_RE = re.compile(
    r",?\s+(?P<m>and|but)\s+(?:(?:then|later|also|since|subsequently|thereafter|soon)\s+)?"
    r"(?=(?:has|have|had|was|were|is|are|will|would|did|could|can|(?-i:[a-z]+ed))\b)",
    re.IGNORECASE,
)
# a closing attribution: ', officials said on Friday.', ', the ministry told reporters.'
_REPORT_RE = re.compile(
    rf",\s+(?P<r>(?:[\w’'.()-]+\s+){{0,7}}?(?:{SPEECH_VERBS})\b[^,;:“”\"]*?)\s*[.!?]?[\"”’]?\s*$"
)
# an introductory phrase alone before the comma: 'On May 29 alone, IOM recorded ...' is the main
# clause, not an attribution closing one
_INTRO_ONLY_RE = re.compile(
    r"^\s*(?:on|in|at|by|during|over|within|from|for|as\s+of|earlier|later|last|this|yesterday|"
    r"today|meanwhile|separately|however|overall)\b[^,;:]*$",
    re.IGNORECASE,
)
# a short parenthesis ('(POR)', '(Monday)', '(August 19, 2025)') is part of its clause
_SHORT_BRACKET_RE = re.compile(r"\((?:[^()\s]+\s*){1,5}\)|\[(?:[^\[\]\s]+\s*){1,3}\]")
# what may stand between a background marker and its date: 'since early 2024'
_BARE_DATE_AFTER_RE = re.compile(
    r"\s+(?:the\s+(?:start|beginning|middle|end)\s+of\s+|early\s+|mid-?|late\s+)?", re.I
)
# after that date, more of the clause around it ('... since 2021 on Tuesday', '... in Kabul')
_DATE_THEN_MORE_RE = re.compile(r"\s+(?:on|in|at|for|with|to|from|during|last|this)\b", re.I)
# a comma before examples of what the clause names does not end it
_EXAMPLE_RE = re.compile(r",\s+(?:including|such\s+as|notably|particularly|especially)\b", re.I)
_BOUNDARY_RE = re.compile(r"[;:()\[\]“”\"]|,\s|\s[–—-]\s|[–—](?=\S)")
# a date set off by commas right after the clause it dates, before a relative clause or the
# sentence's end: 'although the two sides met in Doha, in 2019, which led to ...' (not 'After the
# army left, in 1989, the country fell ...', where the date opens the clause after it)
_DATE_ASIDE_RE = re.compile(r",\s+(?:in|on|during)\s+", re.I)
_AFTER_ASIDE_RE = re.compile(r"\s*(?:,\s+(?:which|who|whom)\b|[.!?]?[\"”’]?\s*$)", re.I)
# a title set off by a comma after the name it describes, then the date that closes the
# sentence: 'after the minister met Ana Ruiz, Consul of Peru in Lima on Monday evening', 'after
# Lopez called Omar Said, Minister of Trade of Chile on Friday' (the date dates the act before
# the title, not the clause that governs it)
_TITLE_APPOSITION_RE = re.compile(
    r",\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:,?\s+(?:(?-i:[A-Z])[\w’'.-]*|of|to|for|in|at|and|the))*,?\s+"
)
_DAY_END_RE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*[.!?]?[\"”’]?\s*$", re.I)


@dataclass(frozen=True)
class Clause:
    """One clause of a sentence: character span, kind, its marker and the enclosing clause.

    ``parent`` is the index of the enclosing clause in the list from
    :func:`segment_clauses` (-1 for the main clause).
    """

    start: int
    end: int
    kind: str
    marker: str
    parent: int


def _protected(sentence: str, protect: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans inside which a comma is no boundary: dates, grouped numbers."""
    spans = list(protect)
    spans += [(m.start(), m.end()) for m in re.finditer(r"\d,\s?\d", sentence)]
    spans += [(m.start(), m.end()) for m in _SHORT_BRACKET_RE.finditer(sentence)]
    return spans


def _boundary_after(sentence: str, pos: int, protect: list[tuple[int, int]]) -> int:
    for m in _BOUNDARY_RE.finditer(sentence, pos):
        if any(a <= m.start() < b for a, b in protect):
            continue
        if _EXAMPLE_RE.match(sentence, m.start()):
            continue  # ', including a meeting with ...' belongs to the phrase it lists from
        aside = _DATE_ASIDE_RE.match(sentence, m.start())
        if aside and any(
            a == aside.end() and _AFTER_ASIDE_RE.match(sentence, b) for a, b in protect
        ):
            continue  # ', in 2020, which ...': the date belongs to the clause before the comma
        if any(
            a > m.start()
            and _TITLE_APPOSITION_RE.fullmatch(sentence, m.start(), a)
            and _DAY_END_RE.match(sentence, b)
            for a, b in protect
        ):
            continue  # ', Consul of Peru in Lima on Monday.': a title, then the act's date
        return m.start()
    end = len(sentence.rstrip())
    return end - 1 if end and sentence[end - 1] in ".!?" else end


def _markers(sentence: str) -> list[tuple[int, str, str]]:
    found: list[tuple[int, str, str]] = []
    for m in _MARKER_RE.finditer(sentence):
        kind = m.lastgroup or ""
        before = sentence[: m.start()]
        if _DETERMINER_BEFORE_RE.search(before):
            continue
        if kind == "that":
            if _THAT_DEMONSTRATIVE_RE.match(sentence, m.end()):
                continue
            kind = "complement" if _SAYING_RE.search(before) else "relative"
            if kind == "relative" and not re.search(r"[A-Za-z]\s*$", before):
                continue  # 'that' opening a sentence is a demonstrative
        found.append((m.start(), kind, m.group(0)))
    for m in _BARE_COMPLEMENT_RE.finditer(sentence):
        found.append((m.start("c"), "complement", ""))
    for m in _PARTICIPLE_RE.finditer(sentence):
        if m.group("w") not in _NOT_PARTICIPLE:
            found.append((m.start("w"), "participle", m.group("w")))
    for m in _COORDINATE_RE.finditer(sentence):
        found.append((m.start("m"), "coordinate", m.group("m")))
    report = _REPORT_RE.search(sentence)
    if report and not _INTRO_ONLY_RE.match(sentence, 0, report.start()):
        found.append((report.start("r"), "report", ""))
    found.sort()
    return found


def segment_clauses(sentence: str, protect: list[tuple[int, int]] | None = None) -> list[Clause]:
    """Split ``sentence`` into its main clause (first) and nested subordinate clauses.

    Parameters
    ----------
    sentence : one sentence.
    protect : character spans (dates, say) inside which a comma does not end a clause; the
        dates of :func:`afgresearch.extract.dates.find_dates` are protected by default.

    Returns
    -------
    list of Clause; index 0 is the main clause (the whole sentence), the rest in text order,
    each with the index of its enclosing clause.

    Example
    -------
    >>> s = "After talks on May 3, Dar visited Kabul."
    >>> [(c.kind, s[c.start : c.end]) for c in segment_clauses(s)][1:]
    [('background', 'After talks on May 3')]
    """
    if protect is None:
        from afgresearch.extract.dates import find_dates

        protect = [(d.start, d.end) for d in find_dates(sentence)]
    guard = _protected(sentence, protect)
    clauses = [Clause(0, len(sentence), "main", "", -1)]
    for start, kind, marker in _markers(sentence):
        if any(a <= start < b for a, b in protect):
            continue  # 'since' inside 'between ... and ...' dates is part of the date
        if kind == "report":
            end = len(sentence.rstrip().rstrip('"”’').rstrip(".!?"))
        else:
            end = _boundary_after(sentence, start + len(marker), guard)
        if kind == "background":
            # 'since 2021 on Tuesday': a marker with a bare date is a phrase that ends there
            bare = _BARE_DATE_AFTER_RE.match(sentence, start + len(marker))
            date_end = next((b for a, b in protect if bare and a == bare.end()), None)
            if date_end is not None and _DATE_THEN_MORE_RE.match(sentence, date_end):
                end = min(end, date_end)
        if end <= start + len(marker):
            continue
        parent = max(
            (i for i, c in enumerate(clauses) if c.start <= start < c.end),
            key=lambda i: clauses[i].start,
        )
        end = min(end, clauses[parent].end)
        clauses.append(Clause(start, end, kind, marker, parent))
    return clauses


def clause_of(clauses: list[Clause], pos: int) -> int:
    """The index of the innermost clause that holds character ``pos`` (0: the main clause).

    Example
    -------
    >>> s = "Dar spoke after Muttaqi left."
    >>> clause_of(segment_clauses(s), s.index("left"))
    1
    """
    best = 0
    for i, c in enumerate(clauses):
        if c.start <= pos < c.end and c.start >= clauses[best].start:
            best = i
    return best


def ancestors(clauses: list[Clause], index: int) -> list[int]:
    """The enclosing clauses of clause ``index``, innermost first, ending with the main clause.

    Example
    -------
    >>> s = "Dar spoke after Muttaqi left when talks ended."
    >>> ancestors(segment_clauses(s), 2)
    [1, 0]
    """
    out = []
    parent = clauses[index].parent
    while parent >= 0:
        out.append(parent)
        parent = clauses[parent].parent
    return out
