"""Sort a claim into a topic from the words around its number.

Topics (``afgresearch.schema.CLAIM_TOPICS``): returns_deportations, refugee_population,
aid_humanitarian, rights_violations, trade_economy, security_violence, other. Each topic has a
cue lexicon (regular expressions over lower-cased text); cues in the counted noun weigh three
times as much as cues elsewhere in the sentence, and cues nearer the number weigh more. Ties go
to the topic listed first. Refugees counted next to a return or deportation cue ('to expel tens
of thousands of Afghan refugees') are a returns claim.

Example
-------
>>> classify_topic("more than 500,000 Afghans have been returned from Iran", "Afghans")
'returns_deportations'
>>> classify_topic("trade between the countries rose to 3 billion dollars", "dollars")
'trade_economy'
"""

from __future__ import annotations

import re

from afgresearch.schema import CLAIM_TOPICS

TOPIC_CUES: dict[str, tuple[str, ...]] = {
    "returns_deportations": (
        r"deport\w*",
        r"return(?:ed|ing|s|ees?)?",
        r"repatriat\w*",
        r"expel\w*",
        r"expulsion\w*",
        r"push(?:ed)? back",
        r"forcibly",
        r"evict\w*",
        r"crossed back",
        r"crossed",
        r"left (?:the country|their homes?)",
        r"leaving (?:the country|their homes?)",
        r"arriv(?:ed|ing|als?)",
        r"exodus",
        r"influx",
        r"came back",
        r"sent (?:back|home)",
        r"leave (?:the country|voluntarily)",
        r"exit permit",
    ),
    "refugee_population": (
        r"refugees?",
        r"migrants?",
        r"asylum",
        r"displaced",
        r"hosts?",
        r"hosting",
        r"undocumented",
        r"citizen cards?",
        r"proof of registration",
        r"diaspora",
        r"resettle\w*",
        r"relocat\w*",
        r"protected status",
        r"tps",
        r"visas?",
        r"living in",
    ),
    "aid_humanitarian": (
        r"aid",
        r"humanitarian",
        r"famine",
        r"food",
        r"hunger",
        r"malnutrition",
        r"malnourish\w*",
        r"assistance",
        r"medical care",
        r"health",
        r"funding",
        r"donors?",
        r"relief",
        r"appeal",
        r"shelter",
        r"require assistance",
        r"survive",
    ),
    "rights_violations": (
        r"rights",
        r"killings?",
        r"extrajudicial\w*",
        r"torture\w*",
        r"detain\w*",
        r"detention",
        r"arrest\w*",
        r"education",
        r"girls",
        r"women",
        r"female",
        r"bans?",
        r"marriages?",
        r"edicts?",
        r"barred",
        r"banned",
        r"persecut\w*",
        r"executions?",
        r"flogg\w*",
        r"disappear\w*",
    ),
    "trade_economy": (
        r"trade",
        r"exports?",
        r"imports?",
        r"economy",
        r"economic",
        r"dollars",
        r"gdp",
        r"investment",
        r"revenue",
        r"budget",
        r"prices?",
        r"tariffs?",
        r"transit",
        r"business",
        r"jobs?",
        r"staff",
        r"salar\w*",
        r"afghanis",
        r"rupees",
        r"euros",
    ),
    "security_violence": (
        r"killed",
        r"injured",
        r"wounded",
        r"dead",
        r"attacks?",
        r"bomb\w*",
        r"militants?",
        r"soldiers",
        r"fighters",
        r"hostages?",
        r"clashes",
        r"casualties",
        r"explosions?",
        r"terror\w*",
        r"security forces",
        r"troops",
        r"insurgent\w*",
    ),
}
_CUE_RES = {
    topic: re.compile(r"\b(?:" + "|".join(cues) + r")\b") for topic, cues in TOPIC_CUES.items()
}
# cues that need the original case: leaving a named place ('have left Pakistan'), not 'has left
# thousands in limbo'
_CASED_CUES = {
    "returns_deportations": re.compile(
        r"\b(?:have|has|had|who)\s+(?:already\s+|since\s+)?left\s+(?-i:[A-Z])"
    ),
}
_WEIGHT = {"returns_deportations": 1.5}


def classify_topic(sentence: str, unit: str = "", position: int | None = None) -> str:
    """Return the topic of a claim from its ``sentence`` and counted noun ``unit``.

    Parameters
    ----------
    sentence : the sentence holding the number.
    unit : the counted noun (weighs three times a sentence cue).
    position : character offset of the number in ``sentence``; cues within 60 characters of
        it count double.

    Returns
    -------
    one of ``CLAIM_TOPICS``.
    """
    low, unit_low = (sentence or "").lower(), (unit or "").lower()
    best, best_score = "other", 0.0
    for topic in CLAIM_TOPICS:
        cue = _CUE_RES.get(topic)
        if cue is None:
            continue
        score = 3.0 * len(cue.findall(unit_low))
        matches = list(cue.finditer(low))
        if topic in _CASED_CUES:
            matches += list(_CASED_CUES[topic].finditer(sentence or ""))
        for m in matches:
            near = position is not None and abs(m.start() - position) <= 60
            score += 2.0 if near else 1.0
        score *= _WEIGHT.get(topic, 1.0)
        if score > best_score:
            best, best_score = topic, score
    if best == "refugee_population" and position is not None:
        # refugees counted as expelled or returned: the movement is the claim
        window = low[max(0, position - 60) : position + 60]
        if _CUE_RES["returns_deportations"].search(window):
            return "returns_deportations"
    return best
