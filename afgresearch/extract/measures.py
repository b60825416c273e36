"""What a figure measures: the predicate it counts, the counted population and the window.

Two claims measure the same thing only when they count the same kind of thing (the head of
the counted noun, with words for people such as 'Afghans', 'citizens' and 'nationals' in one
class 'people'), for the same event (the predicate: returned, hosted, killed, ...), under the
same topic and over the same normalised period. :func:`measure_key` joins these parts as
``topic|head|predicate|period``; it is empty when a part that makes figures comparable is
missing (no counted noun, a duration, a vague amount such as 'thousands').

Example
-------
>>> predicate_for("268,000 Afghans have been deported and returned from Iran", 0, 7)
'return'
>>> head_noun("other Muslim-majority countries")
'country'
"""

from __future__ import annotations

import re

from afgresearch.extract.periods import normalise_period

#: predicate classes and the inflected verb forms (or event nouns) that signal each one;
#: deportation and return are one class because the same people are counted by both words
PREDICATES: tuple[tuple[str, str], ...] = (
    ("return", r"return(?:s|ed|ing)?|repatriat\w*|deport\w*|expel(?:s|led|ling)?|"
               r"sent\s+back|pushed\s+back|forced\s+back"),
    ("kill", r"kill(?:s|ed|ing)?|died|dead|murder\w*|executed|slain"),
    ("injure", r"injur\w*|wounded|hurt"),
    ("arrest", r"arrest\w*|detain\w*|apprehend\w*|held\s+in\s+custody"),
    ("flee", r"fled|flee(?:s|ing)?|displaced|escaped"),
    ("host", r"host(?:s|ed|ing)?|shelter(?:s|ed|ing)?|resid\w*|living|live[sd]?"),
    ("leave", r"leave|left|exit(?:s|ed)?|depart\w*"),
    ("need", r"need(?:s|ed|ing)?|requir\w*|depend\w*|famine|hunger|food\s+insecur\w*"),
    ("fund", r"fund\w*|pledg\w*|donat\w*|allocat\w*|grant(?:s|ed)?|provid\w*|spent|spend\w*"),
    ("trade", r"trade|exports?|imports?|exported|imported"),
    ("grant_protection", r"covered|protected|granted\s+(?:asylum|protection|status)"),
)  # fmt: skip
_PREDICATE_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<{name}>{pat})" for name, pat in PREDICATES) + r")\b",
    re.IGNORECASE,
)
# words that count people: all fall in one class so 'Afghans' and 'Afghan nationals' compare
PEOPLE_HEADS = frozenset(
    {"people", "person", "individual", "afghan", "citizen", "national", "resident",
     "civilian", "returnee", "deportee"}
)  # fmt: skip
_IRREGULAR = {"people": "people", "women": "woman", "men": "man", "children": "child",
              "lives": "life", "wives": "wife", "staff": "staff", "police": "police"}  # fmt: skip
#: heads of durations, which are not counts
TIME_HEADS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade"})
# how far (characters) from the number a predicate may sit, after it and before it
_AFTER, _BEFORE = 70, 45
# a clause break stops the search for a predicate
_BREAK_RE = re.compile(
    r"[;:!?]|,\s+(?:and|but|while|whereas|which|who)\b|\.\s|\s[–—]\s"
    r"|\s(?:and|or)\s+(?:those|others|the\s+rest)\b"
)


def singular(word: str) -> str:
    """A plural English noun in the singular ('countries' -> 'country', 'buses' -> 'bus').

    Example
    -------
    >>> [singular(w) for w in ("countries", "refugees", "women", "bus", "lives", "process")]
    ['country', 'refugee', 'woman', 'bus', 'life', 'process']
    """
    low = word.lower()
    if low in _IRREGULAR:
        return _IRREGULAR[low]
    if len(low) > 4 and low.endswith("ies"):
        return low[:-3] + "y"
    if len(low) > 4 and low.endswith(("ches", "shes", "xes", "sses", "zzes")):
        return low[:-2]
    if len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is")):
        return low[:-1]
    return low


def head_noun(unit: str) -> str:
    """The comparison class of a counted noun: its head, singular; words for people as 'people'.

    A percentage keeps what it is a share of ('percent of population'); money keeps its
    currency ('dollars' -> 'dollar').

    Example
    -------
    >>> head_noun("Afghan citizens"), head_noun("Afghan women refugees"), head_noun("dollars")
    ('people', 'refugee', 'dollar')
    >>> head_noun("Syrians")
    'people'
    """
    low = re.sub(r"\s+", " ", unit.lower()).strip()
    if not low:
        return ""
    if low.startswith("percent"):
        rest = low[len("percent") :].strip()
        return f"percent {' '.join(singular(w) for w in rest.split())}".strip()
    words = [w for w in re.split(r"[\s-]+", low) if w]
    head = singular(words[-1])
    last = unit.split()[-1]
    # a capitalised plural in -ans/-is is a demonym counting people: 'Syrians', 'Pakistanis'
    # (title-case headlines capitalise common nouns too: 'Refugees', 'Soldiers' keep their head)
    demonym = last[:1].isupper() and last.endswith(("ans", "is")) and not last.isupper()
    return "people" if head in PEOPLE_HEADS or demonym else head


def predicate_for(sentence: str, start: int, end: int) -> str:
    """The predicate class of the figure at ``start:end`` in ``sentence`` ('' when none).

    The verb after the figure is preferred ('500,000 Afghans were returned'), within its
    clause; then the nearest one before it ('Pakistan deported 286,631 ...', 'hosts over 3
    million').

    Example
    -------
    >>> s = "At least four people were killed and 10 were injured"
    >>> predicate_for(s, 9, 13), predicate_for(s, 37, 39)
    ('kill', 'injure')
    """
    after = sentence[end : end + _AFTER]
    cut = _BREAK_RE.search(after)
    after = after[: cut.start()] if cut else after
    # another figure after this one starts a new claim ('four people were killed and 10 ...')
    nxt = re.search(r"\s(?:and|or|while)\s+(?:at\s+least\s+|about\s+|over\s+)?\d", after)
    after = after[: nxt.start()] if nxt else after
    m = _PREDICATE_RE.search(after)
    if m:
        return m.lastgroup or ""
    before = sentence[max(0, start - _BEFORE) : start]
    breaks = list(_BREAK_RE.finditer(before))
    before = before[breaks[-1].end() :] if breaks else before
    found = list(_PREDICATE_RE.finditer(before))
    return (found[-1].lastgroup or "") if found else ""


def measure_key(
    topic: str, unit: str, period: str, predicate: str = "", kind: str = "", rate_per: str = ""
) -> str:
    """The key that groups claims about the same measure: ``topic|head|predicate|period``.

    Empty (not comparable) when there is no counted noun, when the figure is a duration or a
    vague amount ('thousands'), or when the topic is unknown.

    Parameters
    ----------
    topic, unit, period : the claim's columns.
    predicate : the class from :func:`predicate_for` ('return', 'host', 'kill', ...).
    kind : the number's kind ('count', 'money', 'percent', 'vague', ...).
    rate_per : the unit of time of a rate ('day', ...); a rate never compares with a total.

    Returns
    -------
    str, e.g. ``'returns_deportations|people|return|past 2 months'``.

    Example
    -------
    >>> measure_key("returns_deportations", "Afghans", "in the past two months alone", "return")
    'returns_deportations|people|return|past 2 months'
    >>> measure_key("other", "days", "", "")
    ''
    """
    head = head_noun(unit)
    if not predicate and re.search(r"\b(?:returnees?|deportees?)\b", unit, re.IGNORECASE):
        predicate = "return"  # the noun names the event: '5,097,373 returnees'
    if not topic or not head or head in TIME_HEADS or kind == "vague":
        return ""
    window = normalise_period(period)
    if rate_per:
        window = f"{window} per {rate_per}".strip()
    return f"{topic}|{head}|{predicate}|{window}"


def split_measure(key: str) -> dict[str, str]:
    """The parts of a :func:`measure_key` as a dict (topic, head, predicate, period).

    Example
    -------
    >>> split_measure("refugee_population|people|host|")["predicate"]
    'host'
    """
    parts = (key or "").split("|")
    parts += [""] * (4 - len(parts))
    return dict(zip(("topic", "head", "predicate", "period"), parts[:4], strict=True))
