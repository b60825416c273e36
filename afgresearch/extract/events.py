"""CAMEO-coded events: verb patterns (editable YAML) with actors, place and date around them.

For each clause and each CAMEO code whose pattern matches (unless negated, hypothetical,
asked for or refused, or an adjectival participle: 'the internationally recognised
government'), one event, when at least one actor is found, or the pattern names who acted
(``needs_actor: false``, or a ``who`` group: '11,605 people returned', '2,000 Afghans were
deported'), or the event has a place and a date of its own ('a press conference was held at
New Delhi on 10th October 2025'):
``actor_1`` is the gazetteer actor nearest before the verb in its clause, leaving out actors
inside other clauses ('Wang, who met Modi, flew to Kabul') (a coordinated predicate, 'X met Y
and asked ...', takes the clause's subject; a sentence that opens with 'He' or 'She' takes the
article's last named person; 'The group', 'The embassy', 'Both countries' the fitting actors of
the sentence before; a capital as subject its country: 'Islamabad launched ...'; a passive verb
its agent after 'by'), ``actor_2`` the first other actor after it in the verb's clause (the
person a title introduces: 'Taliban Prime Minister Mohammad Hassan Akhund'; coordinated subjects,
'Uzbekistan and Afghanistan signed', are the two parties); who a statement is
attributed to ('..., the ministry said') is never a party named after the verb. A noun that
names an act ('the deportation') counts only with its agent, and never inside a quote;
``place`` the first place after the verb (else in the sentence; for visits, the country
visited; for visits and returns its country is the other party), ``date`` the calendar
expression nearest the verb in the verb's own clause, resolved against the article's
publication date (intentions forward, reports backward; ranges stay ranges), else the
publication date when the verb reports a just-completed act, else '';
``date_basis`` says which (see :mod:`afgresearch.extract.event_dates`): dates in background
clauses ('since the group seized power in August 2021') never date the event.

Example
-------
>>> import pandas as pd
>>> p = pd.DataFrame({"paragraph_id": ["p"], "article_id": ["a"], "source_file": ["f"],
...     "line": [2], "text": ["Ambassador Muhammad Sadiq visited Kabul from March 21 to March 23."]})
>>> a = pd.DataFrame({"article_id": ["a"], "published": ["2025-03-30"]})
>>> extract_events(p, a)[["cameo_code", "actor_1", "place", "date", "date_basis"]].values.tolist()
[['042', 'Muhammad Sadiq Khan', 'Kabul', '2025-03-21/2025-03-23', 'clause']]
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pandas as pd
import yaml
from spacy.tokens import Doc

from afgresearch.extract.attribution import sentence_attribution
from afgresearch.extract.claims import quote_window
from afgresearch.extract.clauses import Clause, clause_of, segment_clauses
from afgresearch.extract.dates import find_dates, resolve
from afgresearch.extract.errors import CameoPatternError
from afgresearch.extract.event_dates import (
    article_year,
    coordinated_dates,
    dateline_day,
    dateline_end,
    event_date,
    month_years,
    paragraph_frame,
    past_word,
    sequel_start,
    weekday_anchor,
    withdrawal_date,
)
from afgresearch.extract.frames import check_paragraphs, publication_dates
from afgresearch.extract.gazetteer import PLACE, Gazetteer, Match, as_gazetteer
from afgresearch.extract.pipeline import CORPUS_ORDER, docs_for, sentences
from afgresearch.extract.prefilter import (
    Strings,
    fold,
    required_strings,
    screen_index,
    union_screen,
)
from afgresearch.extract.provenance import exact_lines
from afgresearch.schema import EVENT_COLUMNS, conform, empty_table

# (an -ly adverb right before the verb does not count among the words between: 'No other
# country has formally recognised', as 'has not formally recognised')
_NEGATION = re.compile(
    r"\b(?:not|never|no|neither|nor|without|n't|yet\s+to|failed\s+to)\b(?:\s+\w+){0,3}"
    r"(?:\s+\w+ly)?\s*$",
    re.I,
)
# an act told as one of a kind that happened before, not as an act of its own: 'This is not
# the first time that journalists have been arrested', 'it was not the first time the army
# shelled the area'
_REPEATED_KIND_RE = re.compile(
    r"\bnot\s+the\s+first\s+(?:time|instance|case|occasion)\b[^.;:]{0,100}$", re.I
)
_HYPOTHETICAL = re.compile(
    r"\b(?:could|(?-i:may)|might|risk\s+of|fear\s+of|threat\s+of|subject\s+to|if|whether)\b"
    r"(?:\s+[\w’'-]+){0,4}\s*$",
    re.I,
)
# an act someone asks for, wants, vows or refuses is not (yet) an act: 'asked Pakistan to extend
# the deadline', 'plans to deport', 'vowed to continue deportations' (the request or plan is its
# own event)
_GOVERNED_RE = re.compile(
    r"\b(?:ask(?:ed|s|ing)?|urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+on|request(?:ed|s)?|"
    r"appeal(?:ed|s)?\s+to|press(?:ed|es)|want(?:s|ed)?|plan(?:s|ned)?|hop(?:es|ed)|seek(?:s)?|"
    r"vow(?:ed|s)?|pledg(?:ed|es)|promis(?:ed|es)|intend(?:s|ed)?|aim(?:s|ed)?|"
    r"sought|demand(?:ed|s)?|refus(?:ed|es)|declin(?:ed|es)|threaten(?:ed|s)?)\b"
    r"(?:\s+[\w’'-]+){0,4}?\s+to\s+"
    # 'vowed to continue deportations': the act the verb after 'to' takes up
    r"(?:(?:continue|resume|start|begin|launch|intensify|expand|step\s+up|carry\s+out|conduct)"
    r"\s+(?:the\s+|its\s+|their\s+)?)?$",
    re.I,
)
# an act wanted for someone, not done: 'Calls grew for Pakistan to launch an investigation',
# 'pressure mounted for Kabul to expel the envoy' ('for' + who + 'to' + the verb)
_FOR_INFINITIVE_RE = re.compile(r"\bfor\s+(?:[\w’'-]+\s+){1,4}?to\s+$", re.I)
# a habit, not an act: 'thousands return home every day' (after a present-tense verb)
_HABITUAL_RE = re.compile(
    r"[^.;:]{0,60}?\b(?:every\s+(?:day|week|month|year)|each\s+(?:day|week|month)|daily|"
    r"usually|regularly|routinely|typically|often)\b",
    re.I,
)
# 'He met ...', 'Last week, he met ...': a pronoun subject at the start of the sentence
_PRONOUN_START = re.compile(r"^\s*(?:[^,]{1,30},\s*)?(?:He|She|he|she)\b")
# 'The minister said ...', 'In a statement on Thursday, the envoy underlined ...': news refers
# back to the person it named last by a title alone (not 'the minister of health', a new one)
_TITLE_START = re.compile(
    r"^\s*(?:[^,]{1,60},\s*)?[Tt]he\s+(?:[a-z-]+\s+){0,2}(?i:minister|president|"
    r"spokes(?:man|woman|person)|envoy|ambassador|governor|official|secretary|commander|"
    r"representative|chief)\s+(?!of\b|for\b|and\b)"
)
_AND_RE = re.compile(r"\s+(?:and|&)\s+(?:the\s+)?", re.I)
_AUX_GAP_RE = re.compile(r"\s*(?:(?:have|has|had|also|jointly|on\s+\w+day|\w+ly)\s+)*", re.I)
# 'it deported', 'they have arrested': a pronoun subject right before the verb
_IT_BEFORE_RE = re.compile(r"\b(?:it|they|we)\s+(?:(?:has|have|had|also|\w+ly)\s+){0,2}$", re.I)
# a passive verb: its auxiliary right before it, and its agent after 'by'
_PASSIVE_AUX_RE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?$", re.I)
_BY_AGENT_RE = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}", re.I)
# the parties named after a noun: 'a visit by ...', 'a meeting between X and Y'
_PASSIVE_AGENT = re.compile(r"\b(?:by|of|between)(?:\s+the)?\s*$", re.I)
_VISIT_CODES = frozenset({"036", "042"})
# codes whose place names the other party: the country visited, the country returned to
_PLACE_HOST_CODES = _VISIT_CODES | {"0841"}
# codes whose reporter is never the agent, and whose agent may follow ('deported from Iran')
_COERCION_CODES = frozenset({"173", "174", "0841", "180", "195"})
# date bases that come from the event's own words, not from the article's date
_OWN_DATE_BASES = frozenset({"clause", "weekday_relative", "relative"})
# codes whose act stands without a named actor when its own clause dates it: a deadline that
# passes ('the grace period expires on August 31'), a dated attack ('the April 22 attack'), a
# dated takeover whose agent news leaves unnamed ('since the army seized power in 2021'), a
# dated killing or massacre by unnamed gunmen ('was shot by unidentified gunmen on Tuesday')
_DATED_ALONE_CODES = frozenset({"139", "180", "181", "182", "186", "192", "202"})
# a change of power, which news times by the withdrawal it followed when its own words give it no
# date ('regained control following the withdrawal of NATO forces in August 2021')
_TAKEOVER_CODES = frozenset({"192"})
# acts a timeline keeps when their own words date them though no agent is named, as news
# everywhere reports them in the passive without 'by' ('Three aid workers were detained on
# Monday', '12 insurgents were killed near the frontier on May 14'), or name an instrument for
# it ('an executive order paused all aid'): killings, detentions, deportations, closures, bans,
# aid cuts and visits; ``actor_1`` stays empty, ``actor_basis`` 'unknown'
_UNNAMED_AGENT_CODES = frozenset(
    {"036", "042", "161", "162", "172", "173", "174", "180", "186", "190", "191", "195"}
)
# a duty or a plan, not an act: 'must be arrested', 'should be deported', 'will be rounded up,
# detained and deported' (the modal governs the participles coordinated after it)
_MODAL_BEFORE_RE = re.compile(
    r"\b(?:must|should|would|will|shall|to)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?"
    r"(?:[\w-]+(?:\s+up)?,?\s+(?:and\s+|or\s+)?){0,4}$",
    re.I,
)
# a share of a total, not an act: 'Of the returnees, 43 percent were deported'
_SHARE_SUBJECT_RE = re.compile(
    r"(?:percent|per\s+cent|%)\s+(?:of\s+(?:them|those|the\s+[\w-]+)\s+)?"
    r"(?:were|was|had\s+been|have\s+been)\s+(?:\w+ly\s+)?$",
    re.I,
)
# a period opened by an act, as news words it everywhere: 'Since January 2025, after an order
# paused all aid, ...', 'Ever since March, following the decree that closed ...': the act in the
# 'after' clause is dated by the 'since' phrase that opens the sentence
_SINCE_FRAME_RE = re.compile(r"^\s*(?:ever\s+)?since\s+(?P<d>[^,;:]{3,30}),\s*$", re.I)
# 'it' as a verb's subject: 'in 2023, it opened a consulate' (not 'it was opened')
_IT_SUBJECT_RE = re.compile(r"\bit\s+(?:(?:has|had|also|then|later|again|\w+ly)\s+){0,2}$", re.I)
# a relative clause's subject is the noun phrase it follows: 'Iranian authorities, who ...'
_RELATIVE_ANTECEDENT_RE = re.compile(r"^\s*(?:[\w’'-]+\s+){0,2}?[\w’'-]*,?\s*$")


@dataclass(frozen=True)
class CameoCode:
    """One CAMEO code with its label, compiled verb patterns and date direction.

    ``needs_actor``: False when the pattern itself names who acted ('11,605 people returned'),
    so the event stands without a gazetteer actor. ``in_background``: False when a match in a
    background or relative clause only sets the time of another event ('since the Taliban
    seized power in 2021').
    """

    code: str
    label: str
    patterns: tuple[re.Pattern[str], ...]
    future: bool = False
    needs_actor: bool = True
    in_background: bool = True
    #: strings one of which a sentence holds wherever a pattern matches (None: no screen)
    screen: frozenset[str] | None = field(default=None, compare=False)
    #: the same for each pattern, in order: a sentence is searched only with the patterns
    #: whose screen it passes
    pattern_screens: tuple[Strings, ...] = field(default=(), compare=False)

    def __post_init__(self) -> None:
        if len(self.pattern_screens) != len(self.patterns):
            screens = tuple(required_strings(p) for p in self.patterns)
            object.__setattr__(self, "pattern_screens", screens)
        if self.screen is None:
            object.__setattr__(self, "screen", union_screen(self.pattern_screens))


def load_cameo(path: Path | str | None = None) -> tuple[CameoCode, ...]:
    """Load CAMEO verb patterns from YAML (default: packaged ``data/cameo/verbs.yaml``).

    Parameters
    ----------
    path : YAML mapping code -> {label, patterns, future}; None for the packaged file.

    Returns
    -------
    tuple of CameoCode sorted by code.

    Raises
    ------
    CameoPatternError
        When the file is missing, not YAML, or an entry or pattern is malformed.

    Example
    -------
    >>> [c.code for c in load_cameo()][:3]
    ['010', '015', '016']
    """
    if path is None:
        return _default_cameo()
    return _parse_cameo(Path(path))


@lru_cache(maxsize=1)
def _default_cameo() -> tuple[CameoCode, ...]:
    return _parse_cameo(Path(str(resources.files("afgresearch") / "data" / "cameo" / "verbs.yaml")))


def _parse_cameo(path: Path) -> tuple[CameoCode, ...]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CameoPatternError(
            f"cannot read CAMEO pattern file {path}: {exc.strerror or exc}"
        ) from None
    except yaml.YAMLError as exc:
        raise CameoPatternError(f"CAMEO pattern file {path} is not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise CameoPatternError(f"CAMEO pattern file {path} must map codes to entries")
    codes = []
    for code, entry in sorted(data.items(), key=lambda kv: str(kv[0])):
        code = str(code)
        if not re.fullmatch(r"\d{2,4}", code):
            raise CameoPatternError(f"{path}: {code!r} is not a CAMEO code (2-4 digits)")
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
            raise CameoPatternError(f"{path}: code {code} needs a 'label' string")
        raw = entry.get("patterns")
        if not isinstance(raw, list) or not raw or not all(isinstance(p, str) for p in raw):
            raise CameoPatternError(
                f"{path}: code {code} needs a non-empty 'patterns' list of strings"
            )
        try:
            compiled = tuple(re.compile(p, re.IGNORECASE) for p in raw)
        except re.error as exc:
            raise CameoPatternError(f"{path}: code {code} has a bad pattern: {exc}") from None
        codes.append(CameoCode(code, entry["label"], compiled, bool(entry.get("future", False)),
                               bool(entry.get("needs_actor", True)),
                               bool(entry.get("in_background", True))))  # fmt: skip
    return tuple(codes)


@dataclass(frozen=True)
class _Verb:
    """Where a pattern names the act: its ``v`` group when it has one ('the deadline for
    refugees (?P<v>ends)'), else the whole match."""

    start: int
    end: int
    text: str
    who: bool = False  # the pattern names who acted or moved (its ``who`` group matched)
    act: bool = False  # the pattern names the act by its noun before the verb (``act`` group)
    #: where the pattern's ``place`` group stands: the act holds only where the gazetteer
    #: names a place there ('closed Torkham', not 'closed Monday's session')
    place: tuple[int, int] | None = None
    #: where the pattern's ``speaker`` group stands: an attribution that names its speaker
    #: after the verb ('..., reported the state news agency on Wednesday'), whose first actor
    #: there is ``actor_1``; the words name who spoke, so the act stands without one
    speaker: tuple[int, int] | None = None


# a past participle used as an adjective ('the internationally recognised government', 'the
# deported migrants'): after a determiner or possessive, optionally an adverb
_ATTRIBUTIVE_RE = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|these|those|of|for|among|with|against|about)|[’']s)\s+"
    r"(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)


def _live_codes(owner: list[tuple[int, CameoCode, int]],
                passing: tuple[int, ...]) -> tuple[tuple[CameoCode, tuple[int, ...]], ...]:  # fmt: skip
    """Each code holding one of the ``passing`` patterns, with the places of those patterns
    in it, in code order. ``owner`` names, for every pattern of every code (code by code), the
    code's position, the code and the pattern's place in it; ``passing`` holds positions in
    ``owner``, ascending.

    Example
    -------
    >>> owner = [(0, "a", 0), (0, "a", 1), (1, "b", 0)]
    >>> _live_codes(owner, (1, 2))
    (('a', (1,)), ('b', (0,)))
    """
    out: dict[int, tuple[CameoCode, list[int]]] = {}
    for at in passing:
        position, code, place = owner[at]
        out.setdefault(position, (code, []))[1].append(place)
    return tuple((code, tuple(places)) for code, places in out.values())


def _clause_matches(code: CameoCode, sentence: str, clauses: list[Clause],
                    passing: tuple[int, ...]) -> list[_Verb]:  # fmt: skip
    """The first match of ``code`` in each clause of ``sentence`` that holds one: 'Pakistan,
    which deported 500 Afghans on Monday, will deport more next week' has two acts, each
    dated by its own clause; a coordinated predicate ('held talks and discussed trade') is one
    act with the clause before it."""
    out: dict[tuple[int, int], _Verb] = {}
    for verb in _matches(code, sentence, passing):
        index = clause_of(clauses, verb.start)
        while clauses[index].kind == "coordinate" and clauses[index].parent >= 0:
            index = clauses[index].parent
        # 'banned from schools in March, followed by a suspension ... in December': the step
        # after 'followed by' is an act of its own within the clause
        out.setdefault((index, sequel_start(sentence, clauses[index].start, verb.start)), verb)
    return sorted(out.values(), key=lambda v: v.start)


def _matches(code: CameoCode, sentence: str, passing: tuple[int, ...]) -> list[_Verb]:
    """Matches of ``code``'s patterns that name an act (not negated, hypothetical, asked for or
    attributive), by position. ``passing``: the positions of the patterns whose screens the
    sentence passes (see :func:`_live_codes`); no other pattern can match, so none other is
    searched."""
    found: list[_Verb] = []
    nouns: list[tuple[int, int]] = []  # where an ``act`` group names the act by its noun
    for i in passing:
        pattern = code.patterns[i]
        for m in pattern.finditer(sentence):
            group = "v" if "v" in pattern.groupindex and m.start("v") >= 0 else 0
            start, end = m.start(group), m.end(group)
            before = sentence[max(0, start - 40) : start]
            if _NEGATION.search(before) or _HYPOTHETICAL.search(before):
                continue
            if _REPEATED_KIND_RE.search(sentence, max(0, start - 160), start):
                continue
            if not code.future and (
                _GOVERNED_RE.search(before) or _FOR_INFINITIVE_RE.search(before)
            ):
                continue
            word = re.match(r"[\w’'-]+", sentence[start:end])
            if word and not past_word(word.group(0)) and _HABITUAL_RE.match(sentence, end):
                continue  # 'thousands return home every day': a habit
            if word and word.group(0).lower().endswith("ed") and _ATTRIBUTIVE_RE.search(before):
                continue
            who = "who" in pattern.groupindex and m.start("who") >= 0
            act = "act" in pattern.groupindex and m.start("act") >= 0
            if act:
                nouns.append((m.start("act"), m.end("act")))
            place = (m.start("place"), m.end("place")) if (
                "place" in pattern.groupindex and m.start("place") >= 0) else None  # fmt: skip
            speaker = (m.start("speaker"), m.end("speaker")) if (
                "speaker" in pattern.groupindex and m.start("speaker") >= 0) else None  # fmt: skip
            found.append(_Verb(start, end, sentence[start:end], who, act, place, speaker))
    # the noun of an act named with its verb ('Deportations resumed on April 1') is no act of
    # its own: the match through the verb stands for it
    found = [v for v in found if v.act or v.who or not any(a <= v.start < b for a, b in nouns)]
    # at one position, a match that names who was acted on or the act itself comes first: it
    # says more than a bare verb pattern of the same code ('Women were barred from' over 'barred')
    return sorted(found, key=lambda v: (v.start, -v.end, not (v.who or v.act)))


# a condition still open where the verb stands: 'If X signs ...', '... unless Y visits'
# (appositions allowed: 'If regional countries, including Kazakhstan, sign ...')
_CONDITIONAL_RE = re.compile(
    r"\b(?:if|unless)\b[^,;:.]{0,60}(?:,[^,;:.]{0,40}){0,2}$", re.IGNORECASE
)

# nouns that name an act without its agent
_NOMINAL_RE = re.compile(
    r"(?:deportations?|expulsions?|arrests?|detentions?|crackdowns?|visit|trip|recognition|"
    r"closure|reopening|release)",
    re.IGNORECASE,
)
# an infinitive marker right before a word that may be a noun: 'allowing X to visit Doha'
_INFINITIVE_RE = re.compile(r"\bto\s+$", re.IGNORECASE)
# 'arrests' as a headline verb with its object: 'Pakistan arrests 300 Afghans'
_VERB_OBJECT_RE = re.compile(
    r"\s+(?:\d|(?:more\s+than|over|nearly|about|some|dozens|hundreds|thousands|an?|two|three|"
    r"four|five|six|seven|eight|nine|ten)\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
# a verb that makes its subject the agent of the act its object names:
# 'Pakistan resumed the deportation of ...', 'Iran stepped up deportations'
_LIGHT_VERB_RE = re.compile(
    r"\b(?:resum|continu|start|began|begun|begin|launch|intensifi|intensify|accelerat|expand|"
    r"escalat|conduct|carr(?:y|ied)\s+out|step(?:ped|s)?\s+up|ramp(?:ed|s)?\s+up)\w*\s+"
    r"(?:(?:the|its|their|a|an|new|mass|forced|large-scale|wave\s+of|campaign\s+of|"
    r"(?:first|second|third|fourth|next|latest|final)\s+(?:phase|round|stage)\s+of)\s+)*$",
    re.IGNORECASE,
)

# 'told TOLOnews', 'said to reporters', 'in an interview with X', 'according to X'
_ADDRESSEE_RE = re.compile(
    r"\b(?:told|tells|telling|(?:said|spoke|speaking|talking|talked)\s+to|interview\s+with|"
    r"according\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where a clause begins: after ';', ':', a quote mark, a dash, or a complementiser 'that'
_CLAUSE_BREAK_RE = re.compile(r"[;:“”\"]|\s[–—]\s|\bthat\s")
# where the clause after a verb ends: the target of the act is named before it
_TARGET_BREAK_RE = re.compile(
    r"[;:“”\"]|\s[–—]\s|,\s+(?:which|who|whose|while|whereas|as|but|and|although|though|"
    r"\w+ing)\b|\s(?:since|because|after|before|when|while|whereas|although)\s",
    re.IGNORECASE,
)
# a predicate coordinated with the one before shares its subject: 'X met Y and asked for Z'
_COORDINATED_RE = re.compile(r"(?:,\s*)?\b(?:and|but|then)\s+(?:also\s+|later\s+|then\s+)?$", re.I)
# an introductory phrase before the subject: 'After talks with Pakistan, ...'
_LEADING_PHRASE_RE = re.compile(
    r"^\s*(?:after|before|during|following|in|on|at|with|amid|despite|since|ahead\s+of)\b[^,]*,",
    re.IGNORECASE,
)
# what may stand between an organisation or country and the person it introduces:
# 'Taliban Prime Minister Mohammad Hassan Akhund', "Pakistan's envoy Muhammad Sadiq"
_TITLE_GAP_RE = re.compile(
    r"(?:[’']s)?\s+(?:(?!(?:and|or|with|in|on|at|to|of|by|for|from)\b)[A-Za-z.-]+\s+){1,4}"
)


def _in_quote(sentence: str, pos: int) -> bool:
    """True when ``pos`` lies inside quotation marks opened earlier in the sentence."""
    before = sentence[:pos]
    if before.count("“") > before.count("”"):
        return True
    return before.count('"') % 2 == 1


def _head(parties: list[Match], i: int, sentence: str) -> Match:
    """The person a title phrase introduces after ``parties[i]``, else ``parties[i]`` itself."""
    first = parties[i]
    if first.type != "person" and i + 1 < len(parties):
        nxt = parties[i + 1]
        if nxt.type == "person" and _TITLE_GAP_RE.fullmatch(sentence[first.end : nxt.start]):
            return nxt
    return first


def _subject(parties: list[Match], sentence: str, verb_start: int) -> str:
    """The source of a verb: the nearest actor before it in its clause; for a coordinated
    predicate ('... and asked') the subject that opens the clause. '' when none."""
    coordinated = _COORDINATED_RE.search(sentence, 0, verb_start)
    # a quotation inside the first predicate does not end the clause ('said "..." and called')
    breaks = [m.end() for m in _CLAUSE_BREAK_RE.finditer(sentence, 0, verb_start)
              if not (coordinated and m.group(0) in '“”"')]  # fmt: skip
    clause_start = breaks[-1] if breaks else 0
    lead = _LEADING_PHRASE_RE.match(sentence[clause_start:verb_start])
    in_clause = [m for m in parties if clause_start <= m.start and m.end <= verb_start]
    if not in_clause:
        before = [m for m in parties if m.end <= verb_start]
        return before[-1].actor if before else ""
    if coordinated and all(m.end <= coordinated.start() for m in in_clause):
        subjects = [m for m in in_clause if not lead or m.start >= clause_start + lead.end()]
        subjects = subjects or in_clause
        return _head(subjects, 0, sentence).actor
    last = in_clause[-1]
    if last.type != "person" and sentence[last.end : verb_start].rstrip().endswith(","):
        # 'Mawlawi Abdul Kabir, the Taliban's acting minister, visited ...': the apposition
        # describes the actor before it
        comma = sentence.rfind(",", clause_start, last.start)
        lowercase = sentence[comma + 1 : last.start].strip()[:1].islower()
        named = [m for m in in_clause if m.end <= comma and not sentence[m.end : comma].strip()
                 and (m.type == "person" or lowercase)]  # fmt: skip
        if named:
            return named[-1].actor
    return last.actor


#: what a definite description may stand for, by its head noun
ANAPHOR_TYPES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("group", "movement", "militants", "insurgents"), ("armed group",)),
    **dict.fromkeys(
        ("agency", "organisation", "organization", "body", "committee", "council", "ministry"),
        ("organisation",),
    ),  # fmt: skip
    **dict.fromkeys(("country", "embassy", "nation", "state"), ("country",)),
    **dict.fromkeys(
        ("government", "regime", "authorities", "administration"),
        ("country", "organisation", "armed group"),
    ),  # fmt: skip
    **dict.fromkeys(("countries", "sides", "neighbours", "neighbors", "nations"), ("country",)),
}
_PLURAL_ANAPHORS = frozenset({"countries", "sides", "neighbours", "neighbors", "nations"})
# heads that organisations carry in their names: 'the ministry' is the last named ministry, not
# any organisation ('The UN and Pakistan's Foreign Ministry met. The ministry ...')
_NAMED_HEADS = frozenset({"ministry", "committee", "council"})
# a definite description in subject position stands for an actor named before: 'The group
# seized power', 'The embassy resumed ...', 'Both countries began ...' (only auxiliaries and
# adverbs, or a verb of beginning, between it and the verb)
_ANAPHOR_RE = re.compile(
    r"(?:^|[,;:—–-]\s*|\b(?:since|after|when|while|as|but|and|because)\s+)"
    rf"(?P<np>(?:the|both|this)\s+(?:two\s+)?(?-i:[a-z-]+\s+)?(?P<n>{'|'.join(ANAPHOR_TYPES)}))\s+"
    r"(?:(?:has|have|had|was|were|is|are|also|then|later|again|\w+ly|began|begun|started|"
    r"continued|kept|resumed)\s+){0,3}$",
    re.IGNORECASE,
)
# a place as the subject of a verb stands for its country: 'Islamabad launched ...', 'Tehran
# says ...' (not after a preposition: 'talks in Kabul ended')
_PLACE_SUBJECT_RE = re.compile(
    r"\s+(?:(?:has|have|had|also|then|later|again|\w+ly)\s+){0,2}"
    r"(?-i:[a-z]+(?:ed|s)|took|made|gave|sent|set|said|told|began|won)\b"
)
_PREPOSITION_BEFORE_RE = re.compile(
    r"\b(?:in|at|to|from|of|near|via|through|for|between|into|across|around|and|or|with)\s+$",
    re.IGNORECASE,
)


def _place_subjects(sentence: str, matches: list[Match],
                    place_country: dict[str, str]) -> list[Match]:  # fmt: skip
    """``matches`` with each place that is a verb's subject turned into its country.

    Example
    -------
    >>> m = [Match(0, 9, "Islamabad", PLACE, "Islamabad")]
    >>> _place_subjects("Islamabad launched a campaign.", m, {"Islamabad": "Pakistan"})[0].actor
    'Pakistan'
    """
    out = []
    for m in matches:
        country = place_country.get(m.actor, "") if m.type == PLACE else ""
        if (country and _PLACE_SUBJECT_RE.match(sentence, m.end)
                and not _PREPOSITION_BEFORE_RE.search(sentence[: m.start])):  # fmt: skip
            m = Match(m.start, m.end, country, "country", m.text)
        out.append(m)
    return out


def _anaphor(sentence: str, verb_start: int, context: list[Match], earlier: dict[str, str],
             named: list[Match] | None = None, previous: str = "") -> list[str]:  # fmt: skip
    """The actors a definite description right before the verb stands for: the first actors of
    a fitting type in the previous sentence (``previous``, whose actors are ``context``), else
    the last one of that type named earlier in the article; [] when there is no such
    description, nothing fits, or two fitting subjects of the sentence before compete.

    Example
    -------
    >>> prev = [Match(0, 5, "India", "country", "India")]
    >>> _anaphor("The embassy resumed work.", 12, prev, {})
    ['India']
    """
    m = _ANAPHOR_RE.search(sentence, 0, verb_start)
    if m is None or any(x.start < m.end("np") and x.end > m.start("np") for x in named or []):
        return []  # none, or one that names its actor ('the Taliban government')
    noun = m.group("n").lower()
    types = ANAPHOR_TYPES.get(noun)
    if not types:
        return []
    fitting = list(dict.fromkeys(x.actor for x in context if x.type in types))
    if noun in _NAMED_HEADS:
        fitting = [a for a in fitting if noun in a.lower()]
    if noun in _PLURAL_ANAPHORS:
        return fitting[:2] if len(fitting) >= 2 else []
    if len(fitting) > 1 and previous:
        # two fitting subjects of the sentence before compete: none is taken
        subjects = list(dict.fromkeys(x.actor for x in _subjects(previous, context)
                                      if x.actor in fitting))  # fmt: skip
        if subjects:
            return subjects if len(subjects) == 1 else []
    if fitting:
        return fitting[:1]
    last = [earlier[t] for t in types if t in earlier
            and (noun not in _NAMED_HEADS or noun in earlier[t].lower())]  # fmt: skip
    return last[:1]


_PRONOUN_TYPES = ("country", "organisation")
# what may stand before a subject in its clause: the sentence's start or a comma (after an
# opening phrase: 'In 2021, India ...'), a determiner and capitalised words ('The Afghan embassy')
_SUBJECT_GAP_RE = re.compile(r"(?:^|,)\s*(?:the\s+|both\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+)*$", re.I)
_AND_GAP_RE = re.compile(r"^\s*(?:,|and|&|,\s*and)\s+(?:the\s+)?$", re.I)


def _subjects(text: str, matches: list[Match]) -> list[Match]:
    """The ``matches`` that stand where the main clause of ``text`` has its subject: after the
    start or an opening phrase, outside subordinate clauses, and those coordinated with them
    ('Iran and Turkmenistan signed ...'); not objects ('... hamstrung UN responses').

    Example
    -------
    >>> m = [Match(9, 14, "India", "country", "India"), Match(30, 35, "Nepal", "country", "Nepal")]
    >>> [x.actor for x in _subjects("In 2021, India shut its embassy in Nepal.", m)]
    ['India']
    """
    clauses = segment_clauses(text)
    main = [m for m in matches if clauses[clause_of(clauses, m.start)].kind == "main"]
    out: list[Match] = []
    for m in main:
        # the main clause's words before the name, subordinate clauses left out
        gap = "".join(ch for i, ch in enumerate(text[: m.start])
                      if clauses[clause_of(clauses, i)].kind == "main")  # fmt: skip
        if (out and _AND_GAP_RE.match(text[out[-1].end : m.start])) or (
            not out and _SUBJECT_GAP_RE.search(gap)
        ):
            out.append(m)
        elif out:
            break
    return out


def _it_antecedent(sentence: str, at: int, actors: list[Match], previous: str,
                   context: list[Match]) -> str:  # fmt: skip
    """The country or organisation a subject 'it' at ``at`` stands for: the one named as a
    subject before it in its sentence, else in the article's sentence before (``previous``,
    whose actors are ``context``); a name in a subordinate clause or after a preposition is no
    subject. '' when there is none or two compete.

    Example
    -------
    >>> prev = "India shut its embassy in 2021."
    >>> _it_antecedent("In 2022, it opened a mission.", 9, [], prev,
    ...                [Match(0, 5, "India", "country", "India")])
    'India'
    """
    for text, pool, end in ((sentence, actors, at), (previous, context, len(previous))):
        if not text:
            continue
        found = [m.actor for m in _subjects(text, [m for m in pool if m.end <= end])
                 if m.type in _PRONOUN_TYPES]  # fmt: skip
        found = list(dict.fromkeys(found))
        if found:
            return found[0] if len(found) == 1 else ""
        if any(m.type in _PRONOUN_TYPES and m.end <= end for m in pool):
            return ""  # 'Although India closed its embassy, it ...': a nearer name, no subject
    return ""


def _antecedent(parties: list[Match], sentence: str, clause: Clause) -> str:
    """The actor a 'who'/'which' clause is about: the one named right before it ('Iranian
    authorities, who in late May declared ...'); '' when the clause is no such clause.

    Example
    -------
    >>> s = "Iranian authorities, who declared that Afghans must leave."
    >>> c = segment_clauses(s)[1]
    >>> _antecedent([Match(0, 7, "Iran", "country", "Iranian")], s, c)
    'Iran'
    """
    if clause.kind != "relative" or clause.marker.lower() not in ("who", "which"):
        return ""
    before = [m for m in parties if m.end <= clause.start]
    if before and _RELATIVE_ANTECEDENT_RE.match(sentence[before[-1].end : clause.start]):
        return before[-1].actor
    return ""


def _sentence_events(sentence: str, matches: list[Match],
                     codes: tuple[tuple[CameoCode, tuple[int, ...]], ...],
                     published: str, last_person: str, place_country: dict[str, str],
                     context: list[Match] | None = None,
                     earlier: dict[str, str] | None = None,
                     years: dict[int, int] | None = None,
                     last_date: str = "", year: int = 0,
                     frame: str = "", previous: str = "") -> list[dict[str, object]]:  # fmt: skip
    """The events of one sentence. ``codes``: each code that may match, with the positions of
    its patterns whose screens the sentence passes; ``context``: the actors of the previous sentence of the
    article; ``earlier``: the last actor of each type named before it (for 'the group');
    ``years``: the year the article's text gave each month so far (for an undated article);
    ``last_date``: the last date the article gives before the sentence ('a year later');
    ``year``: the year an undated article is set in; ``frame``: the date its paragraph opens
    with (see :func:`~afgresearch.extract.event_dates.event_date`); ``previous``: the article's
    sentence before (for 'it')."""
    matches = _place_subjects(sentence, matches, place_country)
    clauses = segment_clauses(sentence)
    # the outlet or person a statement was made to, or its source, is not a party to the event;
    # nor is the place of a dateline ('Kabul [Afghanistan], July 17 :')
    lead = dateline_end(sentence)
    actors = [
        m for m in matches
        if m.type != PLACE and m.start >= lead
        and not _ADDRESSEE_RE.search(sentence[max(0, m.start - 30) : m.start])
    ]  # fmt: skip
    places = [m for m in matches if m.type == PLACE]
    source = sentence_attribution(sentence)
    at = sentence.find(source) if source else -1
    source_span = (at, at + len(source)) if at >= 0 else None

    def in_source(m: Match) -> bool:
        return source_span is not None and source_span[0] <= m.start < source_span[1]

    rows = []
    for code, passing in codes:
        for nth, verb in enumerate(_clause_matches(code, sentence, clauses, passing)):
            if verb.place and not any((m.start, m.end) == verb.place for m in places):
                continue  # the object the pattern wants a place in is none the gazetteer knows
            if _CONDITIONAL_RE.search(sentence[: verb.start]):
                continue  # 'if regional countries sign agreements': nothing happened
            home = clauses[clause_of(clauses, verb.start)]
            # 'since the Taliban seized power': the time of another event, and an event of its
            # own only where its own words date it ('since the group returned to power in 2021')
            # (its noun, 'the 2021 takeover', is such a backdrop wherever it stands)
            backdrop = not code.in_background and (
                home.kind in ("background", "relative") or verb.act
            )
            nominal = (
                bool(_NOMINAL_RE.fullmatch(verb.text))
                and not (
                    verb.text.lower() == "arrests" and _VERB_OBJECT_RE.match(sentence, verb.end)
                )
                and not _INFINITIVE_RE.search(sentence, 0, verb.start)
            )  # 'to visit': a verb
            if nominal and _in_quote(sentence, verb.start):
                continue  # '"The deportation must be gradual," X said': talk about an act
            # who reports an event is neither its target nor (when named after it) its source
            # (a public statement's own maker excepted: 'says a statement released by X')
            parties = [m for m in actors if not (in_source(m) and m.start >= verb.start
                                                 and not code.code.startswith("01"))]  # fmt: skip
            if code.code in _COERCION_CODES:
                # 'the Afghan Council said ... were deported': who reports it did not deport
                parties = [m for m in parties if not in_source(m)]
            # an actor inside a clause that does not hold the verb ('Wang, who met Modi, flew to
            # Kabul') is not its subject
            # ('Pakistani drone strikes': the demonym's match runs into the verb and is its agent)
            before = [m if m.end <= verb.start else Match(m.start, verb.start, m.actor, m.type, m.text)
                      for m in parties if m.start < verb.start and not any(
                c.start <= m.start < c.end and not c.start <= verb.start < c.end for c in clauses[1:]
            )]  # fmt: skip
            after = [m for m in parties if m.start >= verb.end]
            anaphor = _anaphor(sentence, verb.start, context or [], earlier or {}, matches,
                               previous)  # fmt: skip
            how = "named"  # how actor_1 was found (ACTOR_BASES)
            if _PASSIVE_AGENT.search(verb.text) and after:
                # 'a visit by the Pakistani envoy to Kabul': the agent follows the noun
                actor_1 = after[0].actor
                after = after[1:]
            elif nominal:
                # 'concern over the expulsions', 'the deportation of Afghans': a noun names the act,
                # not who did it; a possessor right before it is the agent ('Pakistan's ...'), and
                # so is the subject of a verb that takes the act as object ('X resumed deportations')
                own = [m for m in before if re.fullmatch(r"[’']s\s+(?:\w+\s+)?",
                                                         sentence[m.end : verb.start])]  # fmt: skip
                light = _LIGHT_VERB_RE.search(sentence, 0, verb.start)
                if light and _ATTRIBUTIVE_RE.search(sentence, 0, light.start()):
                    light = None  # 'the intensifying deportation': an adjective, not a verb
                if own:
                    actor_1 = own[-1].actor
                elif light:
                    actor_1 = _subject(before, sentence, light.start())
                else:
                    actor_1 = ""
            elif anaphor:
                actor_1 = anaphor[0]
                how = "description"
            else:
                actor_1 = _subject(before, sentence, verb.start)
                if not any(home.start <= m.start for m in before):
                    actor_1 = _antecedent(parties, sentence, home) or actor_1
            patient = ""
            passive = _PASSIVE_AUX_RE.search(sentence, 0, verb.start)
            by = next((i for i, m in enumerate(after)
                       if _BY_AGENT_RE.fullmatch(sentence[verb.end : m.start])), None)  # fmt: skip
            if passive and by is not None and not nominal:
                # 'the ban was ordered by Taliban leader Akhundzada', 'Muttaqi was received by
                # Prakash': the agent follows 'by'; a subject right before the auxiliary is the patient
                subject = [m for m in before if m.end <= passive.start()
                           and not sentence[m.end : passive.start()].strip()]  # fmt: skip
                patient = subject[-1].actor if subject else ""
                agent = _head(after, by, sentence)
                actor_1, how = agent.actor, "named"
                after = [m for m in after[by + 1 :] if m is not agent]
            if (
                passive
                and by is None
                and not actor_1
                and len(after) >= 2
                and re.fullmatch(r"\s+between\s+(?:the\s+)?", sentence[verb.end : after[0].start])
            ):
                # 'an agreement was signed between X and Y': the parties follow 'between'
                actor_1 = after[0].actor
                after = after[1:]
            if not actor_1 and code.code in _COERCION_CODES:
                # 'were deported from Iran', 'detained by Pakistani police': the agent follows
                agent = next((m for m in after if re.search(r"\b(?:by|from)\s+(?:the\s+)?$",
                                                            sentence[max(0, m.start - 10) : m.start])), None)  # fmt: skip
                if agent is not None:
                    actor_1 = agent.actor
            if (
                not actor_1
                and code.code in _COERCION_CODES
                and _IT_BEFORE_RE.search(sentence, 0, verb.start)
            ):
                # 'Pakistan said on Monday it deported ...': the pronoun is who reports it
                source_actors = [m for m in actors if in_source(m) and m.end <= verb.start]
                actor_1 = source_actors[-1].actor if source_actors else ""
                how = "pronoun"
            if not actor_1 and not nominal and _IT_SUBJECT_RE.search(sentence, 0, verb.start):
                # 'India shut its embassy in 2021. In 2022, it opened a mission': 'it' stands for
                # the one country or organisation named as a subject just before
                at = _IT_SUBJECT_RE.search(sentence, 0, verb.start)
                actor_1 = _it_antecedent(sentence, at.start() if at else 0, actors,
                                         previous, context or [])  # fmt: skip
                how = "pronoun"
            lead_phrase = _LEADING_PHRASE_RE.match(sentence)
            if not actor_1 and not nominal and lead_phrase and verb.end <= lead_phrase.end():
                # 'After arriving in Islamabad on Monday, Muttaqi met Dar': the subject after the
                # opening phrase did both
                pool = parties if code.code in _COERCION_CODES else actors
                subject = [m for m in pool if m.start >= lead_phrase.end()
                           and not sentence[lead_phrase.end() : m.start].strip(" ,")]  # fmt: skip
                actor_1 = subject[0].actor if subject else ""
            if not actor_1 and _PRONOUN_START.match(sentence):
                actor_1, how = last_person, "pronoun"
            elif not actor_1 and not nominal and _TITLE_START.match(sentence):
                actor_1 = last_person  # not for an act named by its noun: 'the deportation'
                how = "description"
            if nominal and not actor_1:
                continue  # an act named without its agent ('deportations have increased')
            if verb.speaker is not None:
                # '..., said an official of the ministry on Friday': the speaker follows the verb
                spoke = [m for m in parties if verb.speaker[0] <= m.start < verb.speaker[1]]
                actor_1, how = (_head(spoke, 0, sentence).actor if spoke else ""), "named"
            stop = _TARGET_BREAK_RE.search(sentence, verb.end)
            end = min(stop.start() if stop else len(sentence), home.end)  # the verb's own clause
            after = [m for m in after if m.actor != actor_1 and m.end <= end]
            actor_2 = patient or (_head(after, 0, sentence).actor if after else "")
            if not actor_2 and not nominal and len(before) >= 2:
                # 'Uzbekistan and Afghanistan signed ...': coordinated subjects are the two parties
                a, b = before[-2], before[-1]
                if (b.actor == actor_1 and a.actor != b.actor
                        and _AND_RE.fullmatch(sentence[a.end : b.start])
                        and _AUX_GAP_RE.fullmatch(sentence[b.end : verb.start])):  # fmt: skip
                    actor_1, actor_2 = a.actor, b.actor
            if len(anaphor) > 1 and actor_1 == anaphor[0] and not actor_2:
                actor_2 = anaphor[1]  # 'both countries began ...'
            place_after = [m for m in places if m.start >= verb.end]
            place = (place_after or places or [None])[0]
            place_name = place.actor if place else ""
            if not place_name and code.code in _VISIT_CODES:
                visited = [m for m in after if m.type == "country"]
                place_name = visited[0].actor if visited else ""
            if not actor_2 and code.code in _PLACE_HOST_CODES and place_name:
                host = place_country.get(place_name, "")
                actor_2 = host if host != actor_1 else ""
            date, basis = event_date(
                sentence,
                verb.start,
                verb.end,
                published,
                code.future,
                years,
                last_date,
                year,
                frame,
            )
            if code.code in _TAKEOVER_CODES and basis not in _OWN_DATE_BASES:
                after_withdrawal = withdrawal_date(sentence, verb.start, published)
                if after_withdrawal:
                    date, basis = after_withdrawal, "clause"
            # ('following a decree that froze all aid': the relative clause inside it likewise)
            opener = clauses[home.parent] if home.kind == "relative" and home.parent >= 0 else home
            since = _SINCE_FRAME_RE.match(sentence, 0, opener.start)
            if (since and basis not in _OWN_DATE_BASES and opener.kind == "background"
                    and opener.marker.lower() in ("after", "following")):  # fmt: skip
                spans = find_dates(since.group("d"))
                opened = resolve(spans[0], published) if len(spans) == 1 else ""
                if opened:
                    date, basis = opened, "clause"
            if (nth or backdrop) and basis not in _OWN_DATE_BASES:
                continue  # a further or a background act counts when its own words date it
            # an act named by its noun and dated by its own words ('a roadmap signed in October
            # 2024') is a timeline event even where the sentence names no party
            located = (
                bool(place_name) or code.code in _DATED_ALONE_CODES or verb.act
                or (code.code in _UNNAMED_AGENT_CODES and not _in_quote(sentence, verb.start)
                    and not _MODAL_BEFORE_RE.search(sentence, 0, verb.start)
                    and not _SHARE_SUBJECT_RE.search(sentence, 0, verb.start))
            ) and basis in _OWN_DATE_BASES  # fmt: skip
            if (not actor_1 and not actor_2 and code.needs_actor and not verb.who
                    and verb.speaker is None and not located):  # fmt: skip
                # an event needs at least one actor, or a place and a date of its own ('a press
                # conference was held at New Delhi on 10th October 2025')
                continue
            # 'played X at the 2022 World Cup and the 2023 World Cup': one act on each occasion
            again = (
                coordinated_dates(sentence, verb.start, date, published)
                if basis == "clause"
                else []
            )
            for on in [date, *again]:
                rows.append({
                    "cameo_code": code.code, "label": code.label, "actor_1": actor_1,
                    "actor_2": actor_2, "place": place_name, "date": on, "date_basis": basis,
                    "actor_basis": how if actor_1 else "unknown",
                    "verb_start": verb.start, "verb_end": verb.end,
                })  # fmt: skip
    return rows


def extract_events(
    paragraphs: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    gazetteer: Gazetteer | str | Path | None = None,
    cameo_path: Path | str | None = None,
    docs: Sequence[Doc] | None = None,
) -> pd.DataFrame:
    """Extract CAMEO-coded events from a paragraphs table.

    Parameters
    ----------
    paragraphs : DataFrame with PARAGRAPH_COLUMNS.
    articles : articles table with ``article_id`` and ``published`` (ISO or ''); needed to
        resolve dates without a year ('on Friday', 'May 30', 'last month').
    gazetteer : actor gazetteer; default the packaged one.
    cameo_path : CAMEO verb-pattern YAML; default the packaged one.
    docs : the paragraphs' spaCy docs in corpus order
        (:func:`~afgresearch.extract.pipeline.paragraph_docs`); None makes them here.

    Returns
    -------
    DataFrame with EVENT_COLUMNS sorted by source_file, line and position.

    Raises
    ------
    InputTableError, GazetteerError, CameoPatternError
        On a malformed input table, gazetteer or pattern file.
    """
    paras = check_paragraphs(paragraphs)
    paras = paras.sort_values(CORPUS_ORDER, kind="stable")
    published = publication_dates(articles)
    gaz = as_gazetteer(gazetteer)
    codes = load_cameo(cameo_path)
    screens = screen_index(tuple(s for c in codes for s in c.pattern_screens))
    owner = [(j, c, i) for j, c in enumerate(codes) for i in range(len(c.patterns))]
    rows = []
    last_person: dict[str, str] = {}
    previous: dict[str, list[Match]] = {}  # the actors of each article's previous sentence
    previous_text: dict[str, str] = {}  # each article's previous sentence
    last_of_type: dict[str, dict[str, str]] = {}  # each article's last actor of each type
    years: dict[str, dict[int, int]] = {}  # the year each article wrote each month with
    last_dates: dict[str, str] = {}  # the last date each article's text gave so far
    texts = paras["text"].tolist()
    # the year each undated article is set in, read from its whole text
    undated: dict[str, list[str]] = {}
    for article, text in zip(paras["article_id"], texts, strict=True):
        if not published.get(article, ""):
            undated.setdefault(article, []).append(text)
    set_in = {a: article_year("\n".join(t)) for a, t in undated.items()}
    # the day an undated story was filed, from the dateline it opens with (wire copy pasted
    # without its page: 'Dushanbe, March 14 (Asia-Plus): ...'), read as its publication date
    # else, the latest day an undated story writes with its weekday: its bare weekdays ('on
    # Saturday') are read against that day, in their own sentence only
    week_of: dict[str, str] = {}
    for article, t in undated.items():
        filed = dateline_day(t[0], set_in[article])
        if filed:
            published[article] = filed
        else:
            week_of[article] = weekday_anchor("\n".join(t), set_in[article])
    for para, doc in zip(paras.itertuples(index=False), docs_for(texts, docs), strict=True):
        matches = gaz.find_in_doc(doc)
        pub = published.get(para.article_id, "")
        index = 0
        frame = ""
        for n_sent, sent in enumerate(sentences(doc)):
            s0, s1 = sent.start_char, sent.end_char
            local = [Match(m.start - s0, m.end - s0, m.actor, m.type, m.text)
                     for m in matches if m.start >= s0 and m.end <= s1]  # fmt: skip
            person = last_person.get(para.article_id, "")
            seen = last_of_type.setdefault(para.article_id, {})
            given = years.setdefault(para.article_id, {})
            for month, year in month_years(sent.text).items():
                given[month] = max(year, given.get(month, 0))
            folded = fold(sent.text)
            # the codes with a pattern whose screen the sentence passes (most have none)
            live = _live_codes(owner, screens.passing(folded))
            week = week_of.get(para.article_id, "") if not pub else ""
            if week and not any(d.kind == "weekday" for d in find_dates(sent.text)):
                week = ""
            found = _sentence_events(sent.text, local, live, pub or week, person,
                                     gaz.place_country,
                                     previous.get(para.article_id, []), dict(seen),
                                     dict(given),
                                     last_dates.get(para.article_id, ""),
                                     set_in.get(para.article_id, 0),
                                     frame, previous_text.get(para.article_id, ""),
                                     ) if live else []  # fmt: skip
            for ev in found:
                q0, q1 = quote_window(sent.text, int(ev["verb_start"]), int(ev["verb_end"]))
                index += 1
                ev.pop("verb_start"), ev.pop("verb_end")
                rows.append({
                    "event_id": f"{para.paragraph_id}-e{index:02d}", **ev,
                    "source_file": para.source_file,
                    "line": int(para.line) + para.text.count("\n", 0, s0 + q0),
                    "quote": para.text[s0 + q0 : s0 + q1],
                })  # fmt: skip
            if n_sent == 0 and not pub:
                frame = paragraph_frame(sent.text)  # 'In June 2025, ...' opens the paragraph
            given = [d for d in (resolve(x, pub) for x in find_dates(sent.text)) if d]
            if given:
                last_dates[para.article_id] = given[-1]
            persons = [m.actor for m in local if m.type == "person"]
            if persons:
                last_person[para.article_id] = persons[-1]
            named = [m for m in local if m.type != PLACE]
            previous[para.article_id] = named
            previous_text[para.article_id] = sent.text
            seen.update((m.type, m.actor) for m in named)
    if not rows:
        return empty_table("events")
    # cited at the line where the quote starts, in a paragraph that spans several lines
    events = exact_lines(
        conform(pd.DataFrame(rows), EVENT_COLUMNS), paragraphs, "quote", verbatim=True
    )
    return events.reset_index(drop=True)
