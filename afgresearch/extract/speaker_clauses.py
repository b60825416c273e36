"""Reporting clauses that name their speaker away from the verb's subject slot.

Three wordings English news shares across outlets:

- a relative clause on the speaker: 'The remarks follow statements by the bank's chief
  economist, who said 40 per cent ...' (the speaker is the noun before ', who');
- a speech verb coordinated with an earlier predicate: 'After talks in Doha, Rahimi praised
  the deal and said that 300 ...' (the speaker is the subject of the first predicate);
- a sentence that names the source of the figures before it: '12 died and 40 were hurt.
  This toll was released by the provincial health office.'

Example
-------
>>> relative_speaker("The remarks follow statements by the bank's chief economist, who ")
"the bank's chief economist"
>>> back_reference_agent("These figures were published by the provincial health office.")
'the provincial health office'
"""

from __future__ import annotations

import re

# the noun before a relative 'who' that opens the reporting clause: ', who said ...'
_WHO_BEFORE_RE = re.compile(
    r"(?P<np>[^,;:“”\"]{2,160}?),\s+(?-i:who)\s+(?:(?:also|later|then|had|has|have)\s+)*$"
)
# where the noun phrase of a longer clause starts: after the last 'by' or 'from' ('statements
# by X', 'remarks from X'), a document's author being its speaker
_AUTHOR_CUT_RE = re.compile(r"\b(?:by|from)\s+")


def relative_speaker(before: str) -> str:
    """The noun a relative 'who' stands for when it opens the reporting clause; '' when none.

    ``before`` is the text before the speech verb; the speaker is what follows its last 'by'
    or 'from' (the author of statements or remarks); a noun the subject slot already holds
    ('Ana Ruiz, who heads the office, said') is read elsewhere.

    Example
    -------
    >>> relative_speaker("A day earlier came remarks from the district governor, who ")
    'the district governor'
    >>> relative_speaker("Officials met the families who ")
    ''
    """
    m = _WHO_BEFORE_RE.search(before)
    if not m:
        return ""
    np = m.group("np").strip()
    cuts = list(_AUTHOR_CUT_RE.finditer(np))
    return np[cuts[-1].end() :].strip() if cuts else ""


# the end of a predicate that a reporting verb is coordinated with: '... praised the deal and'
_COORDINATED_END_RE = re.compile(r"\s(?:and|and\s+(?:also|later|then))\s*$")
# the first verb of the sentence's main clause: an auxiliary, or a past form in -ed
_FIRST_VERB_RE = re.compile(
    r"\s(?:(?-i:has|have|had|was|were|is|are|will|would|said|says|told|met|held|made)\b|"
    r"(?-i:[a-z]{3,}ed)\b)"
)


def ends_coordinated(clause: str) -> bool:
    """True when ``clause`` ends with the 'and' that coordinates a reporting verb with an
    earlier predicate ('... opened the camp and [said]').

    Example
    -------
    >>> ends_coordinated("Shelters were opened in every district and "), ends_coordinated("UNHCR ")
    (True, False)
    """
    return bool(_COORDINATED_END_RE.search(clause))


def coordinated_head(clause: str) -> str:
    """The text before the first verb of a clause whose reporting verb is coordinated with an
    earlier predicate ('Rahimi praised the deal and [said]'); '' when the clause does not end
    with 'and'.

    Example
    -------
    >>> coordinated_head("On Monday, Rahimi praised the new deal and ")
    'On Monday, Rahimi'
    >>> coordinated_head("Rahimi praised the new deal, ")
    ''
    """
    if not ends_coordinated(clause):
        return ""
    verb = _FIRST_VERB_RE.search(clause)
    if not verb or verb.start() < 1 or re.search(r"\bthat\b", clause[: verb.start()]):
        return ""
    return clause[: verb.start()].strip()


# a sentence that names who stated the figures of the sentence before: 'This was stated by
# X', 'These figures were released by X', 'The toll was given by X through Y'
_BACK_REFERENCE_AGENT_RE = re.compile(
    r"^\s*(?:(?:This|That|These|Those)(?:\s+(?:[a-z]+\s+)?(?:statistics?|figures?|numbers?|"
    r"data|toll|tally|count|estimates?|information|assessment))?|(?:The)\s+(?:[a-z]+\s+)?"
    r"(?:statistics?|figures?|numbers?|data|toll|tally|count|estimates?))\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:first|also|later|officially)\s+)?"
    r"(?:stated|published|released|reported|announced|provided|confirmed|given|shared|issued|"
    r"disclosed|compiled|made\s+public)\s+by\s+"
    r"(?P<src>[^,;:“”\"]{2,100}?)"
    r"(?=\s+(?:through|via|during|after|citing|quoting)\b|\s*[,;]|\.?\s*$)"
)


def back_reference_agent(sentence: str) -> str:
    """Who a sentence says stated the figures before it ('This was stated by X'), '' when the
    sentence is no such back reference.

    Example
    -------
    >>> back_reference_agent("This was stated by the regional authority via its website.")
    'the regional authority'
    >>> back_reference_agent("The houses were destroyed by the flood.")
    ''
    """
    m = _BACK_REFERENCE_AGENT_RE.match(sentence)
    return m.group("src").strip() if m else ""
