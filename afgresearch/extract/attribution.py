"""Who a sentence attributes its statement to: 'according to UNHCR', 'X said', 'X told Y',
'..., the police said', '"...," said Ms Anwari'.

Example
-------
>>> sentence_attribution("According to the UN refugee agency (UNHCR), 500 returned.")
'the UN refugee agency (UNHCR)'
>>> sentence_attribution("Abdul Haqqani, the ministry's spokesperson, said that 268,000 returned.")
'Abdul Haqqani'
"""

from __future__ import annotations

import re
from functools import lru_cache

from afgresearch.extract.dates import MONTH_RE, WEEKDAY_RE
from afgresearch.extract.speaker_clauses import (
    coordinated_head,
    ends_coordinated,
    relative_speaker,
)

# a title written short before a name: 'Dr.', 'Gen.', 'Prof.'
_TITLE_ABBR = (
    r"(?-i:\b(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Sen|Rep|Gov|Rev|St)\.(?=\s+[A-Z]))"
)
_ACCORDING_RE = re.compile(
    # abbreviations such as 'U.N.' or 'U.S.' are part of the name, not its end, as is a
    # title's ('Dr. Samir Haddad')
    r"\b(?P<how>according\s+to|as\s+per|(?-i:Per)(?=\s+(?-i:[A-Z]))|as\s+(?:reported|cited|"
    r"stated|announced|confirmed)\s+by|citing|cited\s+by|based\s+on)\s+"
    # an acronym in brackets inside the name: 'the Office of the United Nations (UN) High
    # Commissioner for Refugees'
    rf"(?P<src>(?:(?:[A-Z]\.){{2,}}|{_TITLE_ABBR}|[^,.;:“”\"(]|\((?-i:[A-Z]{{2,9}})\)(?=\s+(?-i:[A-Z])))+?"
    r"(?:\s*\([^)]*\))?)"
    # the end of the name: a stop, or a dash that closes an aside ('—some 700 a day according
    # to local officials—with ...')
    rf"(?=\s*(?:[,.;:“”\"—]|$|\s–\s|\s(?:on|in|at)\s{WEEKDAY_RE}))",
    re.IGNORECASE,
)
# what 'citing' or 'based on' names when it names a source: a name, or officials, sources,
# data, a report, a survey ('Based on this report, ...'; not 'based on need')
_CITED_RE = re.compile(
    r"(?:(?:the|a|an|its|their)\s+)?(?:(?-i:[A-Z])|(?:[a-z]+\s+)?(?:officials?|sources?|data|"
    r"figures|reports?|statistics|estimates|authorities|witnesses|residents|surveys?|stud(?:y|ies)|"
    r"police|organi[sz]ers|volunteers|monitors|doctors|medics|activists|workers|"
    r"assessments?|findings)\b)",
    re.IGNORECASE,
)
# words for a source's office between an organisation and a name ('UNHCR spokesperson X')
_TITLES = (
    r"(?:deputy\s+|acting\s+|chief\s+|senior\s+|regional\s+|country\s+)?(?:spokes(?:person|man|woman)|"
    r"official|minister|director|head|chief|representative|envoy|ambassador|commissioner|governor|"
    r"president|secretary|advis[eo]r|analyst|researcher|activist|commander|chairman|chair|"
    r"coordinator|officer|member)"
)
# 'A 2023 report by the United Nations Mission in Afghanistan confirmed ...': the author of a
# document is the source; a place prefix ('the Oslo, Norway-based X') belongs to the name
_REPORT_BY_RE = re.compile(
    r"\b(?:report|study|survey|statement|assessment|analysis|investigation|review|letter|"
    r"announcement)\s+(?:(?:was|were|has\s+been)\s+)?(?:made\s+|published\s+|released\s+|"
    r"issued\s+)?by\s+(?P<src>(?:the\s+)?(?:[A-Z][\w’'.-]*,?\s+)*?"
    r"(?:[\w-]+-based\s+)?(?:[A-Z][\w’'.-]*|of|for|on|and|in)(?:\s+(?:[A-Z][\w’'.-]*|of|for|on|"
    rf"and|in|the|{_TITLES})(?=\s|$|[,.;]))*?(?:\s+\([^)]*\))?)"
    r"(?=\s+(?:has\s+|have\s+|had\s+)?(?:[a-z]+(?:ed|s)|found|shown|put)\b|\s*[.;:]|"
    # 'a statement released by X on March 22': the date after the name is not part of it
    rf"\s+on\s+(?:{WEEKDAY_RE}|January|February|"
    r"March|April|May|June|July|August|September|October|November|December|\d)|"
    r",(?!\s+[\w-]+-based\b))"
)
# every reporting verb, one row per form: (form, what must follow it, how it behaves). A
# form marked INVERTS stands inverted after a statement, also as an aside ('Four died, said
# the police', 'The ban, said the agency, has ...'); OBJECT takes an object and never stands
# inverted after a quotation ('Ana Ruiz, the mayor, confirmed the deaths'); NOUN is also a
# plural noun and counts only before ':', 'that', a quote or a clause ('the claims of ...').
INVERTS, OBJECT, NOUN = "inverts", "object", "noun"
# what a body releases with its figures in it
_DOCUMENTS = (
    r"(?:reports?|surveys?|data|statistics|figures|stud(?:y|ies)|assessments?|estimates|"
    r"updates?|findings|reviews?|analys[ie]s|bulletins?|census|numbers)"
)
_ABOUT = r"(?:\d|(?:about|around|more|some|over|nearly|almost|at\s+least|up\s+to|just)\b)"
_VERB_TABLE: tuple[tuple[str, str, str], ...] = (
    ("said", "", INVERTS),
    ("says", "", INVERTS),
    ("say", "", ""),
    ("stated", "", INVERTS),
    ("states", "", NOUN),
    ("reported", "", ""),
    ("reports", "", NOUN),
    ("told", "", INVERTS),
    ("tells", "", INVERTS),
    ("announced", "", ""),
    ("announces", "", ""),
    ("added", "", INVERTS),
    ("adds", "", INVERTS),
    ("noted", "", INVERTS),
    ("notes", "", NOUN),
    ("documents", "", NOUN),
    ("confirmed", "", ""),
    ("confirms", "", ""),
    ("estimated", "", ""),
    ("estimates", "", NOUN),
    ("claimed", "", ""),
    ("claims", "", NOUN),
    ("wrote", "", INVERTS),
    ("writes", "", INVERTS),
    ("posted", "", ""),
    # a statement put on social media: 'the minister tweeted', '"...," tweeted the envoy'
    ("tweeted", "", INVERTS),
    ("revealed", "", ""),
    ("disclosed", "", ""),
    ("declared", "", ""),
    ("documented", "", ""),
    ("recorded", "", ""),
    ("warned", "", INVERTS),
    ("warns", "", ""),
    ("highlighted", "", ""),
    ("emphasi[sz]ed", "", ""),
    ("stressed", "", ""),
    ("indicated", "", ""),
    ("indicates", "", ""),
    ("indicate", "", NOUN),
    ("explained", "", INVERTS),
    ("mentioned", "", ""),
    ("recounted", "", ""),
    ("shows", "", NOUN),
    ("showed", "", ""),
    ("show", "", NOUN),
    ("suggests", "", NOUN),
    ("suggest", "", NOUN),
    ("estimate", "", NOUN),
    ("claim", "", NOUN),
    ("found", r"(?=\s+that\b)", ""),
    ("predicted", "", ""),
    ("predicts", "", ""),
    # a forecast stated as the body's own: 'the agency projects that 2 million more ...'
    ("projects", r"(?=\s+that\b)", ""),
    ("projected", r"(?=\s+that\b)", ""),
    ("forecast", r"(?=\s+that\b)", ""),
    # verbs that report a statement in any English newsroom: 'has clarified that', 'pointed
    # out that', 'acknowledged', 'Figures from X reveal'
    ("clarified", "", OBJECT),
    ("clarifies", "", OBJECT),
    ("acknowledged", "", OBJECT),
    ("acknowledges", "", OBJECT),
    ("reiterated", "", OBJECT),
    ("reiterates", "", OBJECT),
    ("affirmed", "", OBJECT),
    ("asserted", "", OBJECT),
    ("underlined", "", OBJECT),
    ("underscored", "", OBJECT),
    ("cautioned", "", OBJECT),
    ("reveals", "", OBJECT),
    ("reveal", "", OBJECT),
    (r"pointed\s+out", "", ""),
    ("observed", r"(?=\s+that\b)", ""),
    ("admitted", r"(?=\s+that\b)", ""),
    ("insisted", r"(?=\s+that\b)", ""),
    ("argued", r"(?=\s+that\b)", ""),
    # other verbs of asserting before their 'that' clause ('the minister maintained that ...',
    # 'the envoy pointed out that ...'): wording of translated and South Asian outlets
    ("maintained", r"(?=\s+that\b)", ""),
    ("maintains", r"(?=\s+that\b)", ""),
    ("contended", r"(?=\s+that\b)", ""),
    ("remarked", r"(?=\s+that\b)", ""),
    ("conceded", r"(?=\s+that\b)", ""),
    (r"pointed\s+out", r"(?=\s+that\b)", ""),
    ("spoke", r"(?=\s+(?:to|with)\b)", ""),
    # a report still going on: 'news agencies are reporting that ...', 'officials have been
    # saying that ...'
    (
        r"(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|now\s+|still\s+)?"
        r"(?:reporting|saying|warning|claiming)",
        r"(?=\s+that\b)",
        "",
    ),
    # who counted or registered a figure is its source: 'the monitors counted 12,000 crossings'
    # or, in the passive, names its agent: '4,500 deaths were registered by the ministry'
    ("counted", rf"(?=\s+{_ABOUT}|\s+by\b)", OBJECT),
    ("registered", rf"(?=\s+{_ABOUT}|\s+by\b)", OBJECT),
    ("tallied", rf"(?=\s+{_ABOUT}|\s+by\b)", OBJECT),
    # 'the ministry put the figure at 1.5 million', 'Reuters has this figure at 400', 'the
    # agency placed the toll at 90'
    (
        "(?:puts?|places?|placed|has|have|had)",
        r"(?=\s+(?:the|its|their|this|that)\s+(?:figure|number|toll|total|count|tally|estimate)"
        # 'put the number of returnees at'
        r"(?:\s+of\s+[\w-]+(?:\s+[\w-]+)?)?\s+at\b)",
        "",
    ),
    # who releases or publishes statistics, a report or data states their figures: 'UNEP
    # released its latest survey on Tuesday, showing ...', 'the bureau published new data'
    (
        "(?:released|published|issued)",
        rf"(?=\s+(?:(?:its|their|an?|the|new|latest|fresh|annual|official)\s+){{1,3}}"
        rf"(?:[\w-]+\s+){{0,3}}{_DOCUMENTS}\b)",
        OBJECT,
    ),
    # who issues an appeal or a warning states its figures: 'UNHCR has issued an urgent
    # appeal: $35 million needed', 'the Red Cross launched a flash appeal for $12 million'
    (
        "(?:issued|launched|issues|launches)",
        r"(?=\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,3}(?:appeal|warning|alert)\b)",
        "",
    ),
)
_CURRENCY_OR_ABOUT = rf"(?:[$€£₹]|{_ABOUT})"
# verbs whose subject states the figure they govern without reporting speech: a body states
# what it pledges, donates, seeks or appeals for ('Japan has pledged $15 million', 'the Red
# Crescent is seeking $4 million'), tells a body ('has informed the provinces that'), signals
# or accuses ('Kabul accused Islamabad of a strike that killed 9'), raises an alarm; and
# reporting verbs in forms the speech table leaves out ('Officials report that', 'Residents
# allege that', 'Aid groups warn that', 'insisted the strikes hit'). Kept apart from
# SPEECH_VERBS, which the period and clause readers use for speech only.
_ACT_TABLE: tuple[tuple[str, str, str], ...] = (
    (
        "(?:pledged|pledges|donated|donates|promised|promises|allocated|allocates|contributed|"
        "contributes|committed|commits)",
        rf"(?=\s+(?:(?:a\s+(?:further|total\s+of)|an\s+(?:additional|extra)|another)\s+)?"
        rf"{_CURRENCY_OR_ABOUT})",
        OBJECT,
    ),
    (
        "(?:seeking|seeks|sought|requested|requesting)",
        rf"(?=\s+(?:(?:an?|the)\s+)?{_CURRENCY_OR_ABOUT})",
        OBJECT,
    ),
    ("(?:appealed|appealing)", r"(?=\s+for\b)", OBJECT),
    # who promises to act on a number states it: 'commanders are promising to form 30,000
    # fighters', 'the donors vowed to resettle 5,000 families'
    (
        r"(?:promised|promises|promising|pledged|pledges|pledging|vowed|vows|vowing)\s+to\s+"
        r"(?-i:[a-z]+)",
        rf"(?=\s+(?:(?:the|another|an\s+additional|a\s+further)\s+)?{_CURRENCY_OR_ABOUT})",
        OBJECT,
    ),
    # who extends or grants a deadline states its terms: 'the government extended the
    # deadline by 30 days', 'Ankara gave 40,000 refugees until June to register'
    (
        r"(?:extended|extends|postponed|postpones)",
        r"(?=\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,2}?(?:deadline|visas?|stay|permits?|"
        r"validity|registration)\b)",
        OBJECT,
    ),
    (
        r"(?:gave|gives|granted|grants)",
        r"(?=\s+(?:[^.;:“”\"]|(?<=\d)\.(?=\d)){2,80}?\buntil\b)",
        OBJECT,
    ),
    # who assists people counts them: 'UNICEF reached 200,000 children', 'IOM was only able to
    # support 1,106 families'
    (
        r"(?:assisted|supported|helped|vaccinated|treated|(?:able|managed)\s+to\s+"
        r"(?:support|assist|help|reach|treat))",
        rf"(?=\s+{_CURRENCY_OR_ABOUT})",
        OBJECT,
    ),
    # who hands out aid counts those it reaches: 'the Red Crescent distributed blankets to
    # 3,400 families', 'WHO delivered kits to some 90 clinics'
    (
        r"(?:distributed|distributes|delivered|delivers|handed\s+out|hands\s+out)",
        rf"(?=\s+(?:[\w’'-]+\s+){{0,4}}?to\s+(?:(?:the|some|a\s+total\s+of)\s+)?{_ABOUT})",
        OBJECT,
    ),
    # who asks for a sum states it: 'the agency has asked for urgent aid totalling $16 million',
    # 'the minister asked for 40 million dollars' ('calls for' is left out: its subject is often
    # a document, 'the appeal calls for $258m', whose issuer speaks in the paragraph)
    (
        r"(?:asked|asks)\s+for",
        r"(?=[^.;:“”\"]{0,60}?(?:[$€£]|\b(?:dollars|euros|pounds|afghanis)\b))",
        OBJECT,
    ),
    # who needs a sum states it: 'the agency will need $49 million in 2026', 'the plan requires
    # over US$300 million' (money only: 'the school needs 40 teachers' states no need of its own)
    (
        r"(?:will\s+need|needs|needed|will\s+require|requires|required)",
        r"(?=\s+(?:(?:about|around|some|over|nearly|almost|more\s+than|at\s+least|up\s+to|"
        r"an\s+(?:additional|extra)|a\s+further|another)\s+)*(?:US\s?|USD\s?)?[$€£₹]|\s+USD\b)",
        OBJECT,
    ),
    # who plans an act on people states their number: 'the government is set to deport 2
    # million', 'Kenya plans to relocate some 30,000 refugees'
    (
        r"(?:(?:is|are|was|were)\s+(?:set|planning|preparing|poised|due)\s+to|plans?\s+to|"
        r"planned\s+to|aims?\s+to|intends?\s+to)",
        r"(?=\s+(?:expel|deport|repatriate|resettle|relocate|admit|accept|evacuate|return|send|"
        r"receive|host|register|release|hire|recruit|build|distribute)\s+(?:up\s+to\s+)?"
        rf"{_CURRENCY_OR_ABOUT})",
        OBJECT,
    ),
    # who issues or grants documents counts them: 'NADRA issued 1.3 million cards'
    ("(?:issued|granted)", rf"(?=\s+{_ABOUT})", OBJECT),
    (
        "(?:informed|notified|briefed)",
        r"(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?(?:that|of)\b)",
        OBJECT,
    ),
    ("(?:signall?ed|signals)", r"(?=\s+(?:its|their|that)\b)", OBJECT),
    ("(?:accused|accuses)", r"(?=\s+(?:[\w’'-]+\s+){1,3}?of\b)", OBJECT),
    (r"(?:rais(?:ed|es|ing)|sound(?:ed|s|ing))\s+(?:the|an)\s+alarm", "", OBJECT),
    # who calls for people's release states their number: 'RSF has called for the release of
    # nine journalists', 'the union demanded the immediate release of 14 workers'
    (
        r"(?:called|calls|calling|urged|urges|demanded|demands)\s+(?:for\s+)?the\s+"
        r"(?:[\w’'-]+\s+){0,2}?release\s+of",
        rf"(?=\s+(?:the\s+|all\s+)?(?:{_ABOUT}|(?:two|three|four|five|six|seven|eight|nine|"
        r"ten|eleven|twelve|dozens|hundreds|thousands)\b))",
        OBJECT,
    ),
    # who voices concern for people states their number: 'the High Commissioner expressed
    # concern for 12 detained aid workers'
    (
        r"(?:expressed|expresses|voiced|voices)\s+(?:(?:deep|grave|serious|growing|great|strong)\s+)?"
        r"(?:concern|alarm|fears?|dismay|worry|"
        # or another feeling about what it states: 'the minister expressed pleasure over the
        # 20-year project', 'the envoy voiced hope that 300 ...'
        r"pleasure|satisfaction|hope|optimism|regret|gratitude|appreciation|disappointment|"
        r"sorrow|grief)",
        "",
        OBJECT,
    ),
    ("(?:report|allege|warn|estimate)", r"(?=\s+that\b)", OBJECT),
    ("(?:alleged|alleges)", r"(?=\s+(?:that\b|(?:the|a|an|its|their)\s+[\w-]+\s+[a-z]+))", OBJECT),
    ("insisted", r"(?=\s+(?:the|its|their)\s+[\w-]+\s+(?-i:[a-z]+)\b)", OBJECT),
)
_VERBS = "|".join(form + after for form, after, _ in _VERB_TABLE)
_ACTS = "|".join(form + after for form, after, _ in _ACT_TABLE)
# reporting verbs that take an object and never stand inverted after a quotation
_NOT_INVERTED = frozenset(form for form, _, how in _VERB_TABLE if how == OBJECT)
# the verbs English news inverts, also as an aside ('The ban, said the agency, has ...')
_INVERTED = frozenset(form for form, _, how in _VERB_TABLE if how == INVERTS)
# what stands before an inverted speech tag ('Four died, said the police'): a clause with a
# verb, a figure or a quotation
_INVERSION_BEFORE_RE = re.compile(
    r"[\d“”\"]|\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|"
    r"do|does|did|(?-i:[a-z]+ed))\b",
    re.IGNORECASE,
)
#: verbs that report a statement ('said', 'told', 'announced', ...), as a regex alternation
SPEECH_VERBS = _VERBS
_VERB_RE = re.compile(rf"\b(?:{_VERBS})\b")
# the speech verbs and the verbs of acts that state a figure, for a claim's source
_ATTRIBUTING_RE = re.compile(rf"\b(?:(?P<speech>{_VERBS})|(?P<act>{_ACTS}))\b")
# verb forms that are also plural nouns count only before ':', 'that' or a quote
_AMBIGUOUS = frozenset(form for form, _, how in _VERB_TABLE if how == NOUN)
_SPEECH_FOLLOWS = re.compile(
    r"\s*(?::|that\b|“|\"|,)|\s+\w+\s+(?:is|are|was|were|has|have)\b"
    # 'The United Nations estimates the flood has displaced ...': a clause with its own subject
    r"|\s+(?:the|a|an|its|their|this|these)\s+[\w-]+\s+(?:is|are|was|were|has|have|had|will|"
    r"could|may|might)\b"
    r"|\s+(?:\d|about|around|more|some|over|nearly|almost|at\s+least|up\s+to|another|"
    r"as\s+many\s+as)"
)
# the end of a sentence, and a short clause after a comma before a verb that ends it ('...,
# OCHA figures show.')
_SENTENCE_END_RE = re.compile(r"\s*[.!]?[”\"’]?\s*")
_TAG_CLAUSE_BEFORE_RE = re.compile(r",\s+(?:[\w’'.()-]+\s+){1,6}$")
# a sentence that opens with data named by its publisher, right before the ambiguous form:
# 'Figures published by the State Bank show ...', 'Data from the ministry shows ...' (a verb)
_DATA_SUBJECT_RE = re.compile(
    r"^\s*(?:(?:the|its|their)\s+)?(?:(?:latest|new|official|recent|provisional|monthly|"
    r"annual|weekly)\s+)?(?:figures|data|statistics|numbers|estimates)\s+(?:(?:published|"
    r"released|compiled|issued|shared|collected|gathered)\s+)?(?:from|by)\s+[^,;:“”\"]{2,80}?\s*$",
    re.IGNORECASE,
)
_LEADING_RE = re.compile(
    # a dateline with its date: 'Nairobi/Juba, 4 May 2025 – ', 'Geneva, June 3, 2025 — '
    rf"^[^,–—]{{1,40}},\s+(?:\d{{1,2}}\s+{MONTH_RE}|{MONTH_RE}\.?\s+\d{{1,2}},?)\s+\d{{4}}"
    r"\s*[—–-]+\s+|"
    # or with the agency's tag, the year left out: 'KABUL, 5 May 2009 (AFP) - ', 'Herat, Oct.
    # 3 (Reuters) -- ', 'Quito, Mar 4 (EFE).- '
    rf"^[^,–—]{{1,40}},\s+(?:\d{{1,2}}\s+{MONTH_RE}|{MONTH_RE}\.?\s+\d{{1,2}}),?(?:\s+\d{{4}})?"
    r"\s*\((?-i:[A-Z])[\w .-]{1,20}\)\.?\s*[—–-]+\s*|"
    r"^(?:meanwhile|however|additionally|also|earlier|previously|separately|in addition|moreover|"
    r"furthermore|in response|in a statement|nonetheless|but|and|yet|whereas|while|on \w+|"
    r"yesterday|today|recently|currently|lately|"
    # a connective tying the report to the news before: 'This comes as', 'It came after'
    r"(?:this|it|that)\s+(?:comes?|came)\s+(?:as|after|amid|while|when)|"
    r"(?:earlier|later)(?:\s+(?:this|last)\s+\w+)?|(?:last|this|next)\s+(?:week|month|year|"
    rf"{WEEKDAY_RE}))\s*,?\s+"
    # any sentence adverb set off by a comma: 'Simultaneously, ', 'Separately, ', 'Notably, '
    r"|^(?-i:[A-Z][a-z]{3,}ly)\s*,\s+",
    re.IGNORECASE,
)
_TRAILING_RE = re.compile(
    r"(?:\s*,)?\s+(?:has|have|had|also|further|previously|earlier|recently|later|then|"
    # a relative pronoun in lower case only: 'the WHO' is the World Health Organization
    r"(?-i:which|who|that)|"
    rf"(?:on|in|at)\s+(?:{WEEKDAY_RE}|a\s+statement|"
    r"a\s+press\s+(?:conference|briefing)|a\s+post)|today|yesterday|"
    # a year in brackets goes; a document's short name with its year stays ('(HRP 2024)')
    r"\((?![^)]*(?-i:\b[A-Z]{2,}\b))[^)]*\d[^)]*\)|"
    r"published|released|issued|"
    # an adverb before the verb ('officials in Sindh separately estimated'); lower case only,
    # and not a noun in -ly ('the Smith family said', 'the Kabul daily reported')
    r"(?-i:(?!(?:family|assembly|supply|rally|ally|anomaly|monopoly|daily|weekly|monthly|"
    r"quarterly|early|only)\b)[a-z]{3,}ly))$",
    re.IGNORECASE,
)
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their"})
PRONOUNS = frozenset(
    {
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "him",
        "her",
        "them",
        "the statement",
    }
)
_PREPOSITIONS = re.compile(
    r"^(?:with|in|on|at|for|to|from|by|including|amid|over|after|before|during|and|while|as|"
    # an introductory phrase: 'Despite the truce, the army said ...'
    r"despite|following|given|in\s+spite\s+of|because\s+of|due\s+to|thanks\s+to)\b",
    re.I,
)
_BOUNDARY = re.compile(r"[“”\"]")


def _clean(subject: str) -> str:
    subject = subject.strip(" ,;:-–—\t\n")
    for _ in range(3):
        subject = _LEADING_RE.sub("", subject)
        subject = _TRAILING_RE.sub("", subject).strip(" ,;:-–—")
    return subject


def _valid(subject: str) -> bool:
    words = subject.split()
    if re.fullmatch(r"an?\s+(?:(?-i:[a-z]+)\s+)?(?:statement|report|release|post)", subject, re.I):
        return False  # 'a statement', 'a recent report': no name
    if re.fullmatch(
        r"(?:this|that|the|each|another)\s+(?:part|section|chapter|paragraph|page|passage|annex)",
        subject,
        re.I,
    ):
        return False  # 'According to this section, ...': a part of a document, not who says it
    if all(w.lower() in _DETERMINERS for w in words):
        return False
    if re.fullmatch(
        r"(?:projections|forecasts|estimates|figures|data|statistics|reports|studies|surveys)",
        subject,
        re.I,
    ):
        return False  # 'Projections indicate that ...': a document no one is named for
    if re.match(r"(?:have|has|had|is|are|was|were|will|would|can|could|did|do|does)\b", subject):
        return False  # 'have closed or ceased operating after ...': a predicate, not a name
    if re.match(r"it\s+(?:is|was|has\s+been|would\s+be|’s|'s)\s", subject, re.I):
        return False  # 'It is important to note that ...': an expletive, nobody says it
    if not 1 <= len(words) <= 14 or not re.search(r"[A-Za-z]", subject):
        return False
    # a document's short name with its year in brackets is a name ('(HRP 2024)')
    unbracketed = re.sub(r"\((?-i:[A-Z]{2,})[\s-]?\d{4}\)", "", subject)
    if re.search(r"\d", unbracketed) and not re.search(r"[A-Za-z]-?\d", unbracketed):
        return False
    if re.search(r"\b(?:hundred|thousand|million|billion|percent)s?\b", subject, re.IGNORECASE):
        return False  # 'impacting four million people out of ...': a figure, not a name
    return not _PREPOSITIONS.match(subject)


# a finite verb marks a clause of its own, not a name's appositive ('Most are children, UNICEF')
_CLAUSE_VERB_RE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|do|does|"
    r"did|(?-i:[a-z]+ed))\b",
    re.IGNORECASE,
)


# an introductory phrase before the subject: 'publishing a video, UNHCR said', 'Speaking to
# reporters, the minister said', 'On Tuesday, ...'
_INTRODUCTORY_RE = re.compile(r"^\s*(?:(?-i:[A-Za-z][a-z]+ing)\b|(?-i:[a-z])|\S+\s+\d)")


def _clause_before_comma(clause: str) -> bool:
    """True when the text before the last comma of ``clause`` is a clause with a verb or an
    introductory phrase (a participle, a preposition)."""
    head, sep, _ = clause.rstrip(" ,").rpartition(",")
    if not sep:
        return False
    last = head.split(",")[-1]
    return bool(_CLAUSE_VERB_RE.search(head) or _PREPOSITIONS.match(last.strip())
                or _INTRODUCTORY_RE.match(last) and not _DETERMINER_START_RE.match(last))  # fmt: skip


_DETERMINER_START_RE = re.compile(r"^\s*(?:the|a|an|its|their|his|her)\b", re.IGNORECASE)


# an aside that opens with a participle: 'speaking to reporters', 'requesting anonymity'
_ASIDE_PARTICIPLE_RE = re.compile(r"(?-i:[a-z]+ing)\s+(?!of\b)\S")


def _segments_before(before: str) -> str:
    """The subject that ends a clause: last comma segment, joined with a short appositive."""
    segments = [s.strip() for s in before.rstrip(" ,").split(",")]
    closed = before.rstrip().endswith(",")  # the aside is set off on both sides
    while closed and len(segments) > 1 and _ASIDE_PARTICIPLE_RE.match(segments[-1]):
        # 'A source in the police, speaking on condition of anonymity, said': an -ing aside
        # between the subject and its verb tells how it spoke, it is not who spoke
        segments.pop()
    subject = segments[-1]
    if len(segments) >= 2:
        prev = segments[-2]
        if (
            prev
            and len(prev.split()) <= 5
            and not (_INTRODUCTORY_RE.match(prev) and not _DETERMINER_START_RE.match(prev))
            and not _BOUNDARY.search(prev)
            and not _PREPOSITIONS.match(prev)
            and not re.search(r"\d", prev)
            and not _CLAUSE_VERB_RE.search(prev)
        ):
            subject = f"{prev}, {subject}"
    return subject


def sentence_attribution(sentence: str) -> str:
    """Return the source a sentence names for its statement, '' when none.

    Pronoun sources ('he said') come back as the pronoun; resolve them with the paragraph's or
    article's named speaker (see :func:`is_pronoun`).

    Parameters
    ----------
    sentence : one sentence.

    Returns
    -------
    the source phrase, verbatim from the sentence, or ''.

    Example
    -------
    >>> sentence_attribution("At least four people were killed, the police said.")
    'the police'
    """
    return sentence_attribution_how(sentence)[0]


@lru_cache(maxsize=1 << 15)  # a chunk's sentences, read by the claims and the events
def sentence_attribution_how(sentence: str) -> tuple[str, str]:
    """The source a sentence names and how it names it: 'speech' for a reporting clause
    ('UNHCR said', 'according to UNHCR'), 'act' for the subject of an act that states a
    figure where no reporting clause names anyone ('Japan has pledged $15 million', 'the Red
    Crescent is seeking $4 million'), '' for none.

    Example
    -------
    >>> sentence_attribution_how("Japan has pledged $15 million, the embassy said.")
    ('the embassy', 'speech')
    >>> sentence_attribution_how("Japan has pledged $15 million to the appeal.")
    ('Japan', 'act')
    """
    if not sentence:
        return "", ""
    source, end, how = _attribution_how(sentence)
    if source and end < len(sentence):
        # 'Tolo News reported that local officials in Herat estimate ...', 'According to Khaama
        # Press, UN Women highlighted that ...': the source nearest the figure is the inner one
        rest = re.sub(r"^\s*(?:,\s*)?(?:that\s+)?", "", sentence[end:])
        # a participle there ('..., highlighted the scale of returns, noting that ...',
        # 'said about their work: ...') belongs to the outer speaker, not to a subject inside
        # nor a verb coordinated there ('X said that ... and added that ...'): X's own
        inner, _, inner_how = _attribution_how(rest, participle=False, coordinated=False)
        at = rest.find(inner) if inner else -1
        # not one in a clause set against the statement ('..., whereas activists put it at 80'),
        # nor one in the writer's gloss ('..., a move UNHCR predicts could double ...'), nor
        # the subject of an act the speaker reports ('The statement said India has donated ...')
        if (
            at >= 0
            and (at < 60 or is_pronoun(source))
            and inner_how in ("speech", "count")
            and not is_pronoun(inner)
            and not _CLAUSE_BREAK_RE.search(rest, 0, at)
            and not any(g.start() < at for g in _GLOSS_RE.finditer(rest))
            # nor a relaying outlet's closing tag after the source ('..., according to UNHCR,
            # Tolo News reported.'): the outlet relays the source it names, it states nothing
            # ('He said ..., the official said.': the tag names who 'he' is; 'Monitors counted
            # 900, the mission said.': a count the tag reports, not a statement of its own)
            and not (
                not is_pronoun(source)
                and _RELAY_TAG_AFTER_RE.fullmatch(rest[at + len(inner) :])
                and _opens_report(sentence, end)
            )
            # nor anyone after the figure the source puts ('AP has this figure at 400, and,
            # quoting police, say ...'): what follows is no clause it reports
            and not _FIGURE_OBJECT_RE.match(rest)
        ):
            return inner, inner_how
    return source, how


# an inverted tag that closes its sentence with a document and its author: ', claims a study
# by X released on Monday.' (when it was released is no part of the name)
_INVERTED_DOCUMENT_TAG_RE = re.compile(
    r"\s+(?P<src>(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:study|report|survey|analysis|review|"
    r"assessment)\s+(?:by|from|of)\s+[^,;:“”\"]{2,80}?)"
    r"(?:\s+(?:released|published|issued)(?:\s+(?:on|in|last|this)\s+\w+)?)?\s*[.!]?\s*"
)


def _opens_report(sentence: str, end: int) -> bool:
    """True when the attribution ending at ``end`` opens a reported statement ('according to
    X, ...', 'X said that ...'), not a count or an act the sentence goes on with."""
    return bool(
        re.search(r"\baccording\s+to\b", sentence[:end], re.IGNORECASE)
        or re.match(r"\s*(?:,\s*)?that\b", sentence[end:])
    )


# the figure a source puts at a value, right after its verb: 'the toll at', 'this figure at'
_FIGURE_OBJECT_RE = re.compile(
    r"(?:the|its|their|this|that)\s+(?:figure|number|toll|total|count|tally|estimate)\b"
    r"[^,;.]{0,40}?\s+at\b"
)
# what follows the name in a relaying outlet's closing tag: its verb, perhaps when or where
_RELAY_TAG_AFTER_RE = re.compile(
    r"\s+(?:reported|said|says|reports|wrote|added|noted)(?:\s+(?:on|in|at|late|early|yesterday|"
    r"today|earlier|last)\b[^,;“”\"\d]*)?\s*[.!]?\s*"
)


# a speech tag after a closing quotation, whatever its verb: '...,” she lamented.', '...,"
# Captain Silva recalled.' (the verb may be one no list holds: 'voiced', 'quipped')
_QUOTE_TAG_RE = re.compile(
    r"(?:[,?!]|\.\.\.)\s*[”\"]\s+(?P<src>(?-i:he|she|they|we|I)|(?:(?-i:the|a|an)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?-i:[A-Z])[\w’'.-]*|(?-i:the)\s+(?-i:[a-z]+)(?:\s+(?-i:[a-z]+))?)"
    r"\s+(?-i:[a-z]+(?:ed|s))\s*[.!]?\s*$"
)
# where an inverted speech tag's name ends: the sentence's end, a comma before an appositive,
# or a participle phrase ('..., said Omar Haidari speaking to reporters.')
# a day after the name says when it was said, it is no part of the name ('..., reported the
# state news agency on Wednesday.')
_TAG_END = (
    rf"(?:\s+(?:(?:late|early)\s+)?(?:on\s+{WEEKDAY_RE}|yesterday|today)(?:\s+(?:morning|"
    r"afternoon|evening|night))?)?\s*(?:[.;]?\s*$|,\s+\S|\s+(?=[a-z]+ing\b))"
)
# the name an inverted speech tag gives after its verb ('..., said Mohammad Qasim.'), tried in
# this order; group 1 is the name
_INVERTED_TAG_RES = (
    # '..., said Ruth Okello of the Kenya Red Cross.'
    re.compile(
        r"\s+((?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*(?:\s+of\s+(?:the\s+)?"
        r"(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*)?)" + _TAG_END
    ),
    # '..., said UNHCR spokesperson Babar Baloch.', or a title in lower case: '..., said
    # district official Omar Haidari'
    re.compile(
        rf"\s+((?:(?:[A-Z][\w’'.-]*|[a-z]+)\s+){{0,4}}(?:{_TITLES})\s+"
        r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)" + _TAG_END
    ),
    # '..., said the provincial governor.', or a body's officer: '..., said an official from
    # the Ministry of Labour and Social Affairs.'
    re.compile(
        r"\s+((?:the|a|an)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+(?:\s+(?:of|from|at|with)\s+(?:the\s+)?"
        r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?:of|and|for)\s+)?(?!"
        + WEEKDAY_RE
        + r")(?-i:[A-Z])[\w’'.-]*)"
        r"{0,6})?)" + _TAG_END
    ),
    # a group named without a determiner: '..., said officials in Balochistan province',
    # '..., said local residents'
    re.compile(
        r"\s+((?:[a-z][\w-]*\s+){0,2}(?:officials|authorities|police|sources|residents|witnesses|"
        r"rescuers|doctors|activists|lawmakers|diplomats|analysts|villagers|volunteers|medics)"
        r"(?:\s+(?:in|at|of|from)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,2}?)?)"
        rf"(?={_TAG_END})"
    ),
)
# a figure right after a participle of reporting: 'with the authorities now reporting 1,400
# dead': who reports is the source of the figures, before a speech tag outside the quotation
_WITH_FIGURE_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}[$€£]?\d")


# the object of 'claimed' when it is a toll ('claimed more than 300 lives', 'claimed the lives
# of 12 people', 'has claimed dozens of lives'): what a disaster or an attack takes, not speech
_LIVES_CLAIMED_RE = re.compile(r"\s+(?:[\w,.-]+\s+){0,4}?lives\b", re.IGNORECASE)


def _attribution(sentence: str) -> tuple[str, int]:
    """The source a sentence names and the offset where what it reports starts."""
    source, end, _ = _attribution_how(sentence)
    return source, end


# who a relaying outlet quotes: '... quoted Ali Karimi, a district official, as saying'
_QUOTED_AS_SAYING_RE = re.compile(
    r"\bquoted\s+(?P<src>[^,;:“”\"]{2,80}?(?:,\s+[^,;:“”\"]{2,80}?,)?)\s+as\s+"
    r"(?:saying|telling|stating|adding)\b"
)
# 'according to what officials told Tolo News': who told
_WHAT_TOLD_RE = re.compile(
    r"^what\s+(?P<src>.+?)\s+(?:told|said|say|says|reported|claimed|claim|claims)\b", re.I
)
# a person's name in apposition after an office: ', Abdul Haqqani.' or ', Abdul Haqqani, ...'
_APPOSITIVE_NAME_RE = re.compile(
    r",\s+(?P<name>(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){1,3})(?=\s*(?:[,.;]|$))"
)
# a name set in quotation marks ('a report by "Rawadari"', 'data from “Afghan Witness”')
_QUOTED_NAME_RE = re.compile(r"\s*[“\"](?P<name>(?-i:[A-Z])[^“”\",.;:]{1,60})[”\"]")
# a main clause's subject before its verb, then a comma and a participle clause (an adverb may
# open it): 'The Red Crescent has launched a drive, urgently seeking ...'
_MAIN_SUBJECT_RE = re.compile(
    r"\s*(?P<subject>[^,;:“”\"]+?)\s+(?:has|have|had|is|are|was|were|(?-i:[a-z]+ed))\b"
    r"[^,;:“”\"]*,\s*(?:(?-i:[a-z]+ly)\s+)?$"
)


def _attribution_how(
    sentence: str, participle: bool = True, coordinated: bool = True
) -> tuple[str, int, str]:
    """The source a sentence names, the offset where what it reports starts, and how it
    names it: 'speech' (a reporting clause), 'act' (the subject of a pledge, an appeal, an
    accusation: taken only where no reporting clause names anyone), '' for none."""
    acted: tuple[str, int] | None = None
    m = _QUOTED_AS_SAYING_RE.search(sentence)
    if m and _valid(_clean(m.group("src"))):
        # 'the broadcaster quoted X, the ministry's spokesman, as saying': X speaks, not the
        # outlet that relays the words
        return _tidy(_clean(m.group("src"))), len(sentence), "speech"
    m = _WITH_SAYING_RE.search(sentence)
    if m and _WITH_FIGURE_RE.match(sentence, m.end()) and _valid(m.group("src")):
        return _tidy(m.group("src")), len(sentence), "speech"
    for m in _ACCORDING_RE.finditer(sentence):
        src = _clean(m.group("src"))
        quoted = _QUOTED_NAME_RE.match(sentence, m.end("src"))
        if quoted and re.search(r"\b(?:by|from|of)$", m.group("src").rstrip(), re.IGNORECASE):
            # 'according to a report by "Rawadari"': the body named in quotation marks
            src = quoted.group("name").strip()
        if m.group("how").lower().startswith(("cit", "based")) and not _CITED_RE.match(src):
            continue  # '..., citing deportation and the conflict': reasons, not a source
        told = _WHAT_TOLD_RE.match(src)
        if told:
            src = told.group("src")  # 'according to what officials told Tolo News'
        named = _APPOSITIVE_NAME_RE.match(sentence, m.end("src"))
        if named and is_person(named.group("name")) and re.search(_TITLES, src, re.IGNORECASE):
            # 'according to the ministry's spokesman, Abdul Haqqani': the office's holder
            return named.group("name"), m.end(), "speech"
        if _valid(src):
            return _tidy(src), m.end(), "speech"
        break
    m = _REPORT_BY_RE.search(sentence)
    if m and _valid(m.group("src")):
        return _tidy(m.group("src")), len(sentence), "speech"
    m = _QUOTE_TAG_RE.search(sentence)
    if m and _valid(m.group("src")):
        return _tidy(m.group("src")), len(sentence), "speech"
    for m in _ATTRIBUTING_RE.finditer(sentence):
        before, after = sentence[: m.start()], sentence[m.end() :]
        act = m.group("act") is not None
        comma_before = before.rstrip().endswith(",")
        closing = _INVERTED_DOCUMENT_TAG_RE.fullmatch(after)
        if (
            closing
            and comma_before
            and m.group(0) in ("claims", "says", "states", "reports", "notes", "finds", "shows")
            and _INVERSION_BEFORE_RE.search(before)
        ):
            # '2,000 were jailed, claims a study by a rights group released on Monday.': a
            # tag inverted after the statement, naming a document and its author
            src = _clean(closing.group("src"))
            if _valid(src):
                return _tidy(src), len(sentence), "speech"
        if (
            m.group(0) in _AMBIGUOUS
            and not _SPEECH_FOLLOWS.match(after)
            and not (_SENTENCE_END_RE.fullmatch(after) and _TAG_CLAUSE_BEFORE_RE.search(before))
            and not _DATA_SUBJECT_RE.match(before)
        ):
            # 'the claims of ...', 'reports suggest': a noun, not a speech verb; a tag that
            # ends the sentence after a comma is one ('..., UN officials estimate.', '..., IOM
            # data show.')
            continue
        glosses = [g for g in _GLOSS_RE.finditer(sentence) if g.end() <= m.start()]
        if glosses and not re.search(r"[,;:]", before[glosses[-1].end() :]):
            continue  # '..., a move UNHCR predicts could ...': the writer's gloss, not the speaker
        if re.match(r"\s+by\b", after) and not _PASSIVE_AUX_RE.search(before):
            continue  # 'the aid cuts announced by the administration': a participle, no speech
        if re.search(r"\bwhat\s+(?:[\w’'-]+\s+){1,3}$", before, re.IGNORECASE):
            continue  # 'contrary to what they claim, ...': a free relative, no attribution
        if m.group(0) in ("claimed", "claims", "claim") and _LIVES_CLAIMED_RE.match(after):
            continue  # 'the floods claimed 40 lives': a toll taken, not a statement
        if m.group(0) in ("claimed", "claims", "claim") and re.match(
            r"\s+(?:\w+\s+)?(?:responsibility|credit)\b", after
        ):
            continue  # 'a group claimed responsibility for an attack that killed 12': an
            # admission of an act, the figure is the writer's, not the group's statement
        if m.group(0) in ("added", "adds") and not re.match(
            r"\s*(?::|that\b|“|\"|,|[.;]?\s*$)", after
        ):
            continue  # 'the UK has added seven million pounds': a sum, not a statement
        if re.search(
            r"\b(?:an?|the|its|their)\s+(?:(?:total|overall|combined|annual|average|initial)\s+)?$",
            before,
            re.IGNORECASE,
        ):
            continue  # 'an estimated 5,500', 'the total estimated cost': an adjective
        progressive = m.group(0).split()[0].endswith("ing")  # 'is seeking', 'is raising'
        if act and progressive:
            # 'WFP has issued a statement, urgently requesting $26 million': a participle after
            # the main clause; who requests is that clause's subject
            main = _MAIN_SUBJECT_RE.match(before)
            if main and _valid(_clean(main.group("subject"))):
                acted = acted or (_tidy(_clean(main.group("subject"))), m.end())
                continue
        if _PASSIVE_AUX_RE.search(before) and not progressive:
            # 'The toll was estimated at 4,000 by the ministry': the subject is what was
            # reported; its source is the agent after 'by', if any
            agent = _PASSIVE_AGENT_RE.match(after)
            if agent and _valid(_clean(agent.group("src"))):
                return _tidy(_clean(agent.group("src"))), len(sentence), "speech"
            continue
        stripped = before.rstrip()
        relayed = _RELAYED_ASIDE_RE.search(before)
        if relayed and not act and _valid(_clean(relayed.group("src"))):
            # 'Tolo News, quoting local officials, reported that ...': the source it relays
            # is the figure's, the outlet a relay
            return _tidy(_clean(relayed.group("src"))), m.end(), "speech"
        opener = _SUBJECT_WHO_RE.match(before)
        if opener and _valid(_clean(opener.group("subject"))):
            # 'Ana Ruiz, who heads the office, highlighted the scale, noting that ...': the
            # subject before its relative clause, not a name inverted after the verb
            subject = _tidy(_clean(opener.group("subject")))
            if not act:
                return subject, m.end(), "speech"
            acted = acted or (subject, m.end())
            continue
        if (
            stripped.endswith(",")
            and (
                act
                or m.group(0) in _NOT_INVERTED
                or m.group(0) not in _INVERTED
                and not _INVERSION_BEFORE_RE.search(stripped)
                # 'told' after a name and its office tells its hearer ('..., Jan Egeland, the
                # director, told the BBC'); inverted only after a quotation
                or m.group(0) in ("told", "tells")
                and not stripped[:-1].rstrip().endswith(("”", '"'))
                and bool(_NAME_AND_OFFICE_BEFORE_RE.search(stripped))
            )
        ):
            # 'Ana Ruiz, the mayor of Lima, confirmed the deaths': a name and its appositive
            # before the verb, whose object follows; no statement before it to invert after
            stripped = stripped[:-1]
            before = before.rstrip()[:-1]
        if stripped.endswith((",", "”", '"', "’")) or not stripped:
            # '..., said Mohammad Qasim.' or '..., said Mohammad Qasim, an official at ...'
            inverted = next((t for r in _INVERTED_TAG_RES if (t := r.match(after))), None)
            if inverted and stripped:
                return _tidy(inverted.group(1).rstrip(".")), len(sentence), "speech"
            if not stripped:
                continue
        # 'The IPC — the UN-backed system that monitors hunger — warns': the aside goes
        before = re.sub(r"\s+[—–]\s+[^—–]{3,120}?\s+[—–]\s*$", " ", before)
        # or set closed by em dashes with no spaces: 'four states—Chad, Niger and Mali—agreed'
        before = re.sub(r"(?<=\w)—[^—]{3,120}?—\s*$", " ", before)
        last_quote = max(before.rfind(q) for q in ("“", "”", '"'))
        clause = before[last_quote + 1 :] if last_quote >= 0 else before
        clause = re.split(r"[:;]", clause)[-1]
        # 'Fears grew when Tajikistan said ...', '..., although it estimates ...': the subject
        # of the reporting clause follows the conjunction that opens it
        # 'Officials in Kandahar, Afghanistan, report that': a place's country, set off by
        # commas on both sides, is no appositive
        if comma_before:
            clause = re.sub(
                r"(\bin\s+(?-i:[A-Z])[\w’'-]+),\s+(?-i:[A-Z])[\w’'-]+,?\s*$", r"\1", clause
            )
        # 'UNAMA in a report on the situation in May and June stated that ...': where the
        # subject spoke is no part of it
        clause = _IN_A_DOCUMENT_RE.sub("", clause)
        opened = _SUBORDINATE_RE.split(clause)
        if len(opened) > 1 and opened[-1].strip():
            clause = opened[-1]
        clause = re.sub(
            r"\s+(?:has|have|had|also|further|previously|earlier|recently)\s*$", "", clause
        )
        if progressive or m.group(0).startswith(("able", "managed")):
            # 'the Red Crescent is currently seeking ...', 'IOM was only able to support ...'
            clause = re.sub(
                r"\s+(?:is|are|was|were)(?:\s+(?-i:[a-z]+ly|now|still|not|only|also))*\s*$",
                "",
                clause,
            )
        if not coordinated and ends_coordinated(clause):
            continue  # 'X said that ... and added that ...': the verb is X's, read outside
        head = coordinated_head(clause) if coordinated else ""
        if head:
            # 'After the talks, Rahimi praised the deal and said that ...': a reporting verb
            # coordinated with an earlier predicate; its speaker is that predicate's subject
            clause = head
        subject = _clean(clause)
        if (
            len(subject.split()) > 8
            or stripped.endswith(",")
            or not _valid(subject)
            or _clause_before_comma(clause)
        ):
            subject = _clean(_segments_before(clause))
        if not _valid(subject) and is_person(name_only(subject)):
            # 'Ana Lopez, Director General of Refugee Affairs in Peru's Lima Province,
            # announced': a name before a long appositive naming the office
            subject = name_only(subject)
        relative = _RELATIVE_SUBJECT_RE.search(before)
        if relative and _valid(_clean(relative.group("name"))):
            # 'assistance from the UN, which has allocated $5 million': the name the relative
            # pronoun stands for
            subject = _clean(relative.group("name"))
        elif (not _valid(subject) or subject.lower() == "who") and (
            spoken := _clean(relative_speaker(before))
        ):
            # 'The remarks follow statements by the bank's economist, who said ...': the
            # speaker is the noun the relative 'who' stands for
            subject = spoken
        elif cleft := _CLEFT_SUBJECT_RE.search(before):
            # 'It was soon after the fall of Kabul that New Delhi announced ...': a cleft
            # sentence's subject follows its 'that'
            subject = _clean(cleft.group("subject"))
        if subject.lower().startswith(
            (
                "that ",
                "which ",
                "who ",
                "what ",
                "how ",
                "why ",
                "when ",
                "where ",
                "if ",
                "whether ",
            )
        ) and not subject.startswith("WHO "):  # the World Health Organization ('WHO data')
            continue
        if _valid(subject) and subject.lower() not in ("who", "which", "that"):
            if not act:
                counted = m.group(0) in ("recorded", "counted", "registered", "tallied")
                return _tidy(subject), m.end(), "count" if counted else "speech"
            acted = acted or (_tidy(subject), m.end())
    m = _WITH_SAYING_RE.search(sentence)
    if m and _valid(m.group("src")):
        return _tidy(m.group("src")), len(sentence), "speech"
    subject = _participle_speaker(sentence) if participle else ""
    if subject:
        return subject, len(sentence), "speech"
    if acted:
        return acted[0], acted[1], "act"
    return "", len(sentence), ""


# the subject of a cleft sentence, after 'It was/is ... that' and before the verb
_CLEFT_SUBJECT_RE = re.compile(
    r"^\s*(?-i:It)\s+(?:was|is|has\s+been)\s+[^,;:“”\"]{3,120}?\s(?-i:that)\s+"
    r"(?P<subject>(?:(?-i:the)\s+)?(?-i:[A-Z])[^,;:“”\"]{1,60}?)(?:\s+(?:has|have|had))?\s*$"
)
# where a subject spoke, between it and its verb: ' in a report on ...', ' in its statement'
_IN_A_DOCUMENT_RE = re.compile(
    r"\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|press\s+release|"
    r"post|update|letter|briefing|bulletin)\b[^,;:“”\"]*$"
)
# an aside naming who the subject relays, right before the verb: ', quoting local officials,'
_RELAYED_ASIDE_RE = re.compile(r",\s+(?:quoting|citing)\s+(?P<src>[^,;:“”\"]{2,80}),\s*$")
# a sentence's subject, then a relative clause on it set off by commas, then the verb:
# 'Ana Ruiz, who recently returned from Goma, highlighted ...'
_SUBJECT_WHO_RE = re.compile(
    r"^\s*(?P<subject>(?-i:[A-Z])[^,;:“”\"]{1,80}?),\s+(?-i:who|which)\s+[^,;:“”\"]{3,150},\s*$"
)
# a relative pronoun right before the verb and the name it stands for: 'the UN, which has
# allocated', 'Maria Lopez, who told reporters'
_RELATIVE_SUBJECT_RE = re.compile(
    r"(?P<name>(?:\b(?-i:the)\s+)?(?:(?-i:[A-Z])[\w’'.-]*\s+(?:(?:of|for|and)\s+)?){0,6}"
    r"(?-i:[A-Z])[\w’'.-]*(?:\s+\([^)]*\))?),\s+(?-i:which|who)\s+"
    r"(?:(?:has|have|had|also|then|later|now|recently)\s+)*$"
)
# a conjunction that opens a clause of its own inside the text before a reporting verb
_SUBORDINATE_RE = re.compile(
    r"\s(?-i:when|where|after|although|though|because|whereas|while|but|unless)\s+(?=\S)"
)
# a participle of speech after the main clause: 'The agency posted a video, stating that
# ...', 'Omar, a farmer, recalls the drought, saying, “...”': the main clause's subject speaks
_PARTICIPLE_SPEECH_RE = re.compile(
    r",\s+(?:stating|saying|noting|adding|warning|explaining|insisting|arguing|asserting|"
    r"declaring|announcing|reporting|writing)(?:\s+that\b|\s*[,:]|\s+[“\"])"
    # or a quotation the main clause opens with a colon: 'Omar, a farmer, recalled the night:
    # “We lost 60 sheep.”'
    r"|(?P<colon>:)\s*[“\"]"
)
# a person named first, before an appositive: 'Abdullah, 33, his clothes caked in dust, ...'
_OPENING_PERSON_RE = re.compile(
    r"^\s*(?P<name>(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){0,3}),\s"
)
# the main clause's first verb: an auxiliary, or a word in -ed or -s that is no pronoun,
# adverb or noun in -s ('its', 'news', 'always')
_MAIN_VERB_RE = re.compile(
    r"\s(?:(?-i:has|have|had|is|are|was|were|will|would|can|could)\b|"
    r"(?!(?-i:its|this|his|hers|ours|yours|theirs|news|series|species|us|always|perhaps|"
    r"across|unless|less|plus|whereas|as|was|does)\b)(?-i:[a-z]+(?:ed|s))\b)"
)


def _participle_speaker(sentence: str) -> str:
    """The subject of the main clause when a participle of speech follows it, '' when none."""
    m = _PARTICIPLE_SPEECH_RE.search(sentence)
    if not m:
        return ""
    head = sentence[: m.start()]
    opening = _OPENING_PERSON_RE.match(head)
    if (
        m.group("colon")
        and opening
        and is_person(opening.group("name"))
        and not _BOUNDARY.search(head)
    ):
        return opening.group("name")
    verb = _MAIN_VERB_RE.search(head)
    if not verb or _BOUNDARY.search(head, 0, verb.start()):
        return ""
    subject = _clean(_segments_before(head[: verb.start()]))
    return _tidy(subject) if _valid(subject) else ""


# '..., with the IOM saying it was able to help a fraction', '..., with officials confirming
# that ...': a participle of a speech verb after 'with' names the source
_WITH_SAYING_RE = re.compile(
    r"\bwith\s+(?P<src>(?:the\s+)?(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}|"
    # a group that reports without a name: 'with some local reports saying', 'with residents
    # saying'
    r"(?:(?-i:[a-z][\w-]*)\s+){0,3}(?:officials|authorities|police|reports|sources|residents|"
    r"witnesses))(?:\s+\([^)]*\))?)\s+"
    r"(?:now\s+|also\s+|still\s+)?(?:saying|confirming|reporting|estimating|warning|announcing|"
    r"counting|recording|acknowledging|claiming|stating|noting|admitting)\b"
)
# a passive speech verb: 'was estimated', 'were reported', 'has been put at'
_PASSIVE_AUX_RE = re.compile(
    # 'be' after a modal: 'so that their whereabouts can be confirmed'
    r"\b(?:is|are|was|were|been|being|be)\s+(?:also\s+|now\s+|officially\s+)?$",
    re.IGNORECASE,
)
# who a passive names after 'by': a name ('the WHO', 'Save the Children'), or a body in lower
# case ('the provincial health office', 'local officials'), not a time ('by the end of May')
_BODIES = (
    r"(?:officials|authorities|government|ministry|office|department|police|army|military|"
    r"agency|council|commission|committee|monitors|observers|organi[sz]ation|administration|"
    r"spokes(?:man|woman|person)|governor|mayor)"
)
_AGENT = (
    r"(?:(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+[\w’'-]+){0,7}?(?:\s+\([^)]*\))?|"
    rf"(?:the\s+)?(?:(?-i:[a-z][\w-]*)\s+){{0,3}}{_BODIES}(?:\s+(?:in|of)\s+(?-i:[A-Z])[\w’'-]*)?)"
)
# its agent, named after 'by' within the same clause: 'to be over 4,000 by the government'
_PASSIVE_AGENT_RE = re.compile(
    rf"(?:[^,;:.“”\"]|(?<=\d)[,.](?=\d)){{0,60}}?\bby\s+(?P<src>{_AGENT})"
    # the day it was said may follow the agent ('confirmed by local officials on Monday'), or
    # what was reported ('It was reported by Tolo News that ...')
    rf"(?=(?:\s+(?:(?:late|early)\s+)?(?:on\s+{WEEKDAY_RE}|yesterday|today|(?:last|this)\s+"
    r"(?:week|month)))?\s*(?:[,;]|\.?$)|\s+that\b)"
)


# 'a figure Tehran says', 'a number the ministry disputes': a reduced relative clause after a
# noun for a figure; its subject is the source
_FIGURE_HEAD_RE = re.compile(
    r"^(?:a|an|the|this|that)\s+(?:figure|number|estimate|total|toll|tally|count|claim|"
    r"amount|sum|rate|level|share|projection|forecast|move|step|decision|measure|plan)s?\s+"
    r"(?=(?:the\s+|a\s+|an\s+)?[A-Z])",
    re.IGNORECASE,
)


# 'The figures, released by OCHA', 'a statement from the Ministry of Refugees': the body that
# released them
_RELEASED_BY_RE = re.compile(
    # what a first or a later account is: 'initial reports from local authorities'
    r"^(?:the\s+|a\s+|an\s+)?(?:latest\s+|new\s+|official\s+|recent\s+|joint\s+|initial\s+|"
    r"preliminary\s+|early\s+|earlier\s+|separate\s+)?"
    r"(?:(?:figures|data|numbers|statistics|estimates|report|statement|update|bulletin|"
    r"press\s+release)\s*,?\s+(?:released|published|"
    r"issued|compiled|provided|shared)\s+by|(?:figures|data|numbers|statistics|estimates)\s+(?:from|by)|"
    # statements and reports in the plural are the speaker's words too: 'statements from a
    # government spokesperson', 'remarks by the envoy'
    r"(?:statements?|reports?|remarks|comments|press\s+release|release|update)\s+(?:from|by|of)|"
    # the author of a study: 'a survey by the charity WaterAid', 'an assessment by Oxfam'
    r"(?:[\w-]+\s+)?(?:survey|study|assessment|analysis|review|investigation|poll|audit|"
    r"evaluation)\s+(?:from|by))"
    # a name, or a name with its kind before it ('the charity WaterAid')
    # or a body in lower case ('figures released by the interior ministry')
    r"\s+(?P<name>(?:an?\s+)?(?-i:[A-Z])[^,]*?|the\s+(?:(?-i:[a-z][\w-]*)\s+){0,2}(?-i:[A-Z])[^,]*?|"
    rf"the\s+(?:(?-i:[a-z][\w-]*)\s+){{0,3}}{_BODIES}|"
    # a body no one names ('figures provided by a relief agency', 'estimates by local groups')
    rf"(?:an?\s+|the\s+)?(?:(?-i:[a-z][\w-]*)\s+){{0,3}}(?:{_BODIES}|groups?|charit(?:y|ies)|"
    r"organi[sz]ations|agencies|NGOs|volunteers|monitors)"
    r"(?:\s+(?-i:[a-z]+ing)\s+(?:the|a|an|in|at|on|with|for|across|to)\b.*)?)"
    r"(?:\s+(?:on|in|last|this)\s+\w+)?$",
    re.IGNORECASE,
)


# a name and its office set off by commas before a verb: ', Jan Egeland, the director,' or ',
# the agency's director, Jan Egeland,'
_NAME_AND_OFFICE_BEFORE_RE = re.compile(
    # the name may follow the quotation it closes: '“...,” Ana Ruiz, the mayor, told the BBC'
    r"[,?!][”\"’]?\s+(?:(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){1,3},\s+(?:the|a|an|its|their)\s+"
    r"[^,;:“”\"]{3,80}|(?:the|a|an|its|their)\s+[^,;:“”\"]{3,80},\s+(?-i:[A-Z][a-z][\w’'-]*)"
    r"(?:\s+(?-i:[A-Z][a-z][\w’'-]*)){1,3}),\s*$"
)
# when a source was speaking or counting is no part of its name: 'UNHCR in the week to
# Sunday', 'the ministry last week', 'the council on Monday'
_TIME_AFTER_NAME_RE = re.compile(
    rf"\s+(?:(?:on|in|during|over|through|since)\s+(?:the\s+)?(?:(?:past|last|first|previous|"
    rf"same|following)\s+)?(?:\d+\s+)?(?:{WEEKDAY_RE}|{MONTH_RE}(?=\s|$)|weeks?|months?|years?|"
    rf"days?|hours?)\b[^,;]*|(?:last|this|earlier\s+this)\s+(?:week|month|year|{WEEKDAY_RE}))$"
)
# an aside after a body's name saying where it spoke: 'The IOM, in its latest report'
_WHERE_ASIDE_RE = re.compile(
    r"^(?P<name>[^,]{2,80}),\s+(?:in|on|at|through|via)\s+(?:its|their|his|her|a|an|the)\s+"
    r"[^,]{2,80}$"
)


def _tidy(source: str) -> str:
    source = re.sub(r"\s+", " ", source).strip()
    # a dateline or an agency's tag before the name goes first, so that what it opens is read
    # as the source's head ('(MENAFN) A report from X')
    source = _DATELINE_RE.sub("", source).strip() or source
    # a word hyphenated over a wrapped line is one word ('Afghani- stan')
    source = re.sub(r"(?<=[a-z])- (?=[a-z])", "", source)
    source = _TIME_AFTER_NAME_RE.sub("", source) or source
    aside = _WHERE_ASIDE_RE.match(source)
    if aside:
        source = aside.group("name").strip()
    source = _FIGURE_HEAD_RE.sub("", source) or source
    released = _RELEASED_BY_RE.match(source)
    if released:
        source = released.group("name")
    return name_only(source)


# a dateline before the subject: 'KABUL, Afghanistan — ', 'ISLAMABAD - '
_DATELINE_RE = re.compile(
    # with the agency's tag after the place: 'ISLAMABAD (AP) — '
    r"^(?-i:[A-Z]{3,}(?:\s+[A-Z]{3,})*)(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?"
    r"(?:\s+\((?-i:[A-Z])[\w .-]{1,20}\))?\s*[—–-]+\s+"
    # an agency's tag alone in brackets before the first word: '(MENAFN) A report ...'
    r"|^\((?-i:[A-Z][A-Za-z-]{1,15})\)\s+(?=(?-i:[A-Z]))"
    # a place in title case before a spaced dash: 'Afghanistan - IOM is appealing for ...'
    r"|^(?-i:[A-Z][a-z]{2,})(?:,\s*(?-i:[A-Z][a-z]{2,}))?\s+[—–-]{1,2}\s+(?=(?-i:[A-Z]))"
)
# what a dump puts before a line's first word: a list bullet ('• ', '- '), a quotation
# block's '> ', an agency's tag glued to its hyphen ('Xinhua- ', 'Anadolu- ')
_MARKER_RE = re.compile(r"^(?:[•·▪◦*>–-]+\s+|(?-i:[A-Z][a-z]{2,})-\s+(?=[A-Z]))")
# an acronym in brackets closes the name it abbreviates; the country office after it goes:
# 'The World Food Programme (WFP) in Sudan' is the WFP
_ACRONYM_PLACE_RE = re.compile(
    r"^(?P<name>.*\((?-i:[A-Z][A-Za-z]{1,9})\))\s+(?:in|for)\s+(?-i:[A-Z])[\w’'-]+"
    r"(?:\s+(?-i:[A-Z])[\w’'-]+)?$"
)
# a document's topic or where it was published is not part of the document's name: 'A
# preliminary World Bank assessment of the floods in Libya', 'a statement posted on the
# agency's Telegram channel'; a named body after 'of' stays ('a report of the Ministry of Health')
_DOC_NOUN = (
    r"(?:assessment|report|survey|study|analysis|review|statement|investigation|census|audit|"
    r"poll|update|bulletin|release|post)"
)
_DOCUMENT_TAIL_RE = re.compile(
    rf"^(?P<doc>(?:an?|the|this|that|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?{_DOC_NOUN})\s+"
    r"(?:(?:of|on|into|about)\s+(?:(?:the|a|an|its|their|this)\s+)?(?-i:[a-z])|"
    r"(?:published|released|issued|posted|shared|carried|circulated|uploaded)\s+"
    r"(?:on|in|at|via|through|to|earlier|last|this|online)\b).*$",
    re.IGNORECASE,
)
_NAME_WORD = r"(?-i:[A-Z][a-z][\w’'-]*)"
# a person's name: two to four capitalised words ('Avand Azeez Agha'), or one ('Azizullah')
_PERSON_RE = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}")
# words that make a capitalised phrase an office or a body, not a person
_NOT_PERSON_WORDS = """
    ministry minister deputy department office agency organization organisation council
    commission committee united nations government emirate authority authorities police army
    embassy consulate fund programme program bank union mission court province
    spokesman spokesperson spokeswoman representative director general secretary president
    governor chief head envoy ambassador commissioner official officials news times press
    company corporation group institute
"""
_NOT_PERSON = frozenset(_NOT_PERSON_WORDS.split())
# an office before a person's name, capitalised or not: 'IOM spokesman Avand Azeez Agha',
# 'UNESCO Regional Director Maria Gomez'
_TITLE_BEFORE_NAME_RE = re.compile(
    rf"^.*?\b{_TITLES}\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})$", re.IGNORECASE
)


# words in lower case, then a person's full name
_DESCRIPTOR_BEFORE_NAME_RE = re.compile(
    rf"^(?:(?!(?-i:the|a|an)\s)(?-i:[a-z][\w’'-]*)\s+){{1,4}}(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,3}})$"
)
# a place that points back to one named before ('from the mentioned provinces', 'in these
# areas') adds nothing to the name
_BACK_PLACE_RE = re.compile(
    r"\s+(?:from|in|at|of|across)\s+(?:the\s+)?(?:(?:above-?|afore)?mentioned|said|same|these|"
    r"those)\s+[a-z]+(?:\s+[a-z]+)?$"
)


def is_person(text: str) -> bool:
    """True when ``text`` is a person's name rather than a body or an office.

    Example
    -------
    >>> is_person("Avand Azeez Agha"), is_person("the IOM"), is_person("The Red Cross")
    (True, False, False)
    """
    # a military or police rank before a full name: 'General Saeed Karimi' (the rank is a
    # word the office list holds: 'Director General', 'Secretary General')
    text = _RANK_BEFORE_NAME_RE.sub("", text)
    return (
        bool(_PERSON_RE.fullmatch(text))
        and not text.startswith("The ")  # 'The Red Cross': a body named with its article
        and not any(w.lower().strip("’'") in _NOT_PERSON for w in text.split())
    )


_RANK_BEFORE_NAME_RE = re.compile(
    r"^(?-i:General|Brigadier\s+General|Major\s+General|Lieutenant\s+General)\s+"
    r"(?=(?-i:[A-Z][a-z][\w’'-]*)\s+(?-i:[A-Z][a-z][\w’'-]*))"
)


def name_only(source: str) -> str:
    """Trim a source to its name: a dateline, a person's office and a relative clause go.

    An office before a person's name goes ('IOM spokesman Avand Azeez Agha', 'UNESCO
    Regional Director Maria Gomez'); an appositive beside a person's name goes ('Ali
    Karimi, a rights advocate'); bodies keep their descriptions ('the UN refugee agency
    UNHCR').

    Example
    -------
    >>> name_only("Mohibullah Hijrat, the district governor of Sarkano")
    'Mohibullah Hijrat'
    >>> name_only("Pakistan's Deputy Minister of the Interior, Talal Chaudhry")
    'Talal Chaudhry'
    >>> name_only("International Organization for Migration spokesman Avand Azeez Agha")
    'Avand Azeez Agha'
    >>> name_only("KABUL, Afghanistan — The Taliban-run Ministry of Refugees")
    'The Taliban-run Ministry of Refugees'
    >>> name_only("the UN refugee agency UNHCR")
    'the UN refugee agency UNHCR'
    >>> name_only("UNESCO Regional Director Maria Gomez")
    'Maria Gomez'
    """
    source = _DATELINE_RE.sub("", source).strip()
    source = _MARKER_RE.sub("", source)
    source = _ACRONYM_PLACE_RE.sub(r"\g<name>", source)
    source = _DOCUMENT_TAIL_RE.sub(r"\g<doc>", source)
    source = re.sub(r",\s+(?:who|which)\b.*$", "", source).strip()
    # 'an official who asked not to be named': a relative clause on a common noun
    source = re.sub(
        r"^((?:an?|the)\s+(?:(?-i:[a-z][\w-]*)\s+){0,3}(?-i:[a-z][\w-]*))\s+(?-i:who)\s+.*$",
        r"\1",
        source,
    )
    source = re.sub(r",\s+(?-i:[a-z]+ing)\b.*$", "", source).strip()  # ', speaking to AFP'
    # 'local groups helping the displaced', 'volunteers working in the camp': a participle
    # phrase after a body's name says what it does, it is no part of the name
    source = re.sub(
        r"(?<=\w)\s+(?!(?-i:during|including|regarding|concerning|according|following)\b)"
        r"(?-i:[a-z]{3,}ing)\s+(?:the|a|an|in|at|on|with|for|across|to|from)\s.*$",
        "",
        source,
    ).strip()
    source = _BACK_PLACE_RE.sub("", source)
    # 'Murkowski and Shaheen — the ranking member of the committee': an aside between dashes
    source = re.sub(r"\s+[—–]\s+(?:the|a|an|who|which)\s+[a-z].*$", "", source)
    parts = [p.strip() for p in source.split(",")]
    if len(parts) == 2 and all(parts) and "(" not in parts[0]:
        # 'Ana Ruiz, chief of the World Food Programme (WFP)': the office may hold an acronym
        people = [p for p in parts if is_person(p)]
        if len(people) == 1:
            return people[0]
    m = _TITLE_BEFORE_NAME_RE.match(source)
    if m and "," not in source and is_person(m.group("name")):
        return m.group("name")
    m = _DESCRIPTOR_BEFORE_NAME_RE.match(source) or (
        # an office whose remit is a list: 'EU representative for women, peace and security
        # Anna Berg'
        re.search(_TITLES, source.split(",")[0], re.IGNORECASE)
        and _DESCRIPTOR_BEFORE_NAME_RE.match(source.split(",")[-1].strip())
    )
    if m and is_person(m.group("name")):
        # 'local elder Hamid Karimi', '... and human rights Rina Amiri': words in lower case
        # before a person's full name describe the person
        return m.group("name")
    return source


def is_pronoun(source: str) -> bool:
    """True when ``source`` is a pronoun or a bare reference that needs a named antecedent.

    Example
    -------
    >>> is_pronoun("He"), is_pronoun("UNHCR")
    (True, False)
    """
    return source.strip().lower() in PRONOUNS


# a passive that reports figures: 'The toll was estimated at ...', 'was put at ...'
_PASSIVE_REPORT_RE = re.compile(
    r"\b(?:is|are|was|were|been)\s+(?:also\s+|now\s+|officially\s+)?(?:estimated|put|"
    r"reported|given|counted|recorded|registered|tallied|confirmed|assessed|calculated)\b",
    re.IGNORECASE,
)
# the agent right after one figure: '... at 3,000 by the government, and at 1,800 by the WHO'
_FIGURE_AGENT_RE = re.compile(
    rf"\s*(?:[\w%-]+\s+){{0,3}}?by\s+(?!{WEEKDAY_RE}|{MONTH_RE}|\d|the\s+end\b)"
    rf"(?P<src>{_AGENT})(?=\s*(?:[,;]|\.?\s*$|\s+and\b))"
)


def figure_agent(sentence: str, start: int, end: int) -> str:
    """The agent a passive report names right after one figure, '' when none.

    A sentence that gives two estimates by two bodies gives each figure its own source.

    Example
    -------
    >>> s = "The toll was put at 3,000 by the government, and at 1,800 by the WHO."
    >>> figure_agent(s, 20, 25), figure_agent(s, 52, 57)
    ('the government', 'the WHO')
    """
    if not _PASSIVE_REPORT_RE.search(sentence, 0, start):
        return ""
    m = _FIGURE_AGENT_RE.match(sentence, end)
    if not m or not _valid(_clean(m.group("src"))):
        return ""
    # a full stop ends the sentence, not an abbreviation ('the U.N.')
    return _tidy(re.sub(r"(?<![A-Z]\.[A-Z])\.$", "", _clean(m.group("src"))))


# a reduced relative clause after a figure names who holds it: 'the 3 million Syrians
# Ankara says it hosts', 'the 2.5 million Venezuelans Bogota believes are in Colombia'
_HOLDER_AFTER_RE = re.compile(
    r"\s+(?:[\w’'-]+\s+){1,3}?(?P<src>(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})"
    r"\s+(?:says|said|claims|claimed|estimates|estimated|believes|believed|reckons)\s+"
    r"(?:are|were|is|was|live|lived|reside|resided|remain|remained|have|had|still|it|they|to)\b"
)
# the writer's gloss after a reported statement: '..., a move that could strand 230,000'
_GLOSS_RE = re.compile(
    r",\s+(?:a|the|in\s+a)\s+(?:[a-z]+\s+)?(?:move|step|decision|measure|policy|development|"
    r"shift|change|ruling|order|announcement)\s+(?:that|which|"
    # a reduced relative clause: '..., a move UNHCR predicts could ...', '..., a step rights
    # groups say will ...'
    r"(?=(?:[\w’'.()-]+\s+){1,5}?(?:says?|said|predicts?|predicted|warns?|warned|believes?|"
    r"estimates?|fears?|expects?|argues?|claims?|describes?|described|calls?|called)\b))",
    re.IGNORECASE,
)


# where a clause with a source of its own may start: a semicolon, or a clause set against the
# one before ('..., while the WHO counted 150 deaths', '..., whereas activists put it at 80')
_CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:while|whereas|but)\b")


def figure_source(sentence: str, start: int, end: int) -> str | None:
    """The source one figure has of its own in a sentence, '' for none, None to take the
    sentence's source.

    Its own source is a passive agent right after the figure ('at 1,800 by the WHO'), a reduced
    relative clause naming who holds the figure ('the 3 million Syrians Ankara says live
    there'), or the source its own clause names after a semicolon or a contrast ('...; Kigali
    reported 150 killed', '..., while the WHO counted 150 deaths'). A figure in the writer's
    gloss after a reported statement (', a move that could strand 230,000') has none: no one in
    the sentence states it.

    Example
    -------
    >>> s = "Kenya announced a closure, a move that could strand 230,000 refugees."
    >>> figure_source(s, s.index("230"), s.index("230") + 7)
    ''
    >>> s = "It hit the 3 million Syrians Ankara says live in Turkey."
    >>> figure_source(s, 11, 20)
    'Ankara'
    """
    agent = figure_agent(sentence, start, end)
    if agent:
        return agent
    saying = [m for m in _WITH_SAYING_RE.finditer(sentence, 0, start) if m.start() > 0]
    if (
        saying
        and not re.search(r",\s|;", sentence[saying[-1].end() : start])
        and _valid(saying[-1].group("src"))
    ):
        # 'Agencies report 5 dead, with some local reports saying the toll is as high as 17':
        # a figure inside the 'with ... saying' clause is that clause's speaker's
        return _tidy(saying[-1].group("src"))
    aside = _dash_aside_source(sentence, start, end)
    if aside is not None:
        return aside
    relative = _RELATIVE_ACCORDING_RE.search(sentence, end)
    if relative and not _attribution(sentence[: relative.start()])[0]:
        # '..., 600,000 left, a move that, according to aid groups, deepened poverty': the
        # source covers what the relative clause says of the move, not the figure before it
        return ""
    m = _HOLDER_AFTER_RE.match(sentence, end)
    if m and _valid(m.group("src")):
        return _tidy(m.group("src"))
    heads = list(_CLAUSE_BREAK_RE.finditer(sentence, 0, start))
    if heads:
        tail = _CLAUSE_BREAK_RE.search(sentence, end)
        own = sentence_attribution(sentence[heads[-1].end() : tail.start() if tail else None])
        if own and not is_pronoun(own):
            return own
    glosses = list(_GLOSS_RE.finditer(sentence, 0, start))
    gloss = glosses[-1] if glosses else None
    rest = sentence[gloss.end() :] if gloss else ""
    if gloss and not _VERB_RE.search(rest) and not _ACCORDING_RE.search(rest):
        head_source, _ = _attribution(sentence[: gloss.start()])
        if head_source:  # a statement reported before the gloss, not in it
            return ""
    elif gloss:
        # '..., a move UNHCR predicts could send 2 million back': the gloss's own speaker
        own = sentence_attribution(sentence[gloss.start() + 1 :].lstrip())
        if own and not is_pronoun(own):
            return own
    return None


# 'according to' set inside a relative clause after the figure: ', a move that, according to
# X, has ...', ', which, according to X, ...'
_RELATIVE_ACCORDING_RE = re.compile(
    r",\s+(?:(?:a|an|the)\s+(?:[a-z]+\s+){0,2})?(?:that|which)\s*,\s*according\s+to\s+[^,;]{2,80},",
    re.IGNORECASE,
)
# an aside set off by dashes: '—between 700 and 800 according to local officials—'
_DASH_ASIDE_RE = re.compile(r"—(?P<in>[^—]{3,160})—|\s–\s(?P<spaced>[^–]{3,160})\s–\s")


def _dash_aside_source(sentence: str, start: int, end: int) -> str | None:
    """The source of a figure in a sentence whose 'according to' stands in an aside set off by
    dashes: the aside's for a figure inside it, the rest of the sentence's for one outside it
    ('Families leave each day—700 according to officials—with up to 2 million expected to
    go': the officials give the 700, not the 2 million); None when there is no such aside.

    Example
    -------
    >>> s = "Many leave—some 700 a day according to the IOM—and 2 million may follow."
    >>> _dash_aside_source(s, s.index("700"), s.index("700") + 3)
    'the IOM'
    >>> _dash_aside_source(s, s.index("2 m"), s.index("2 m") + 9)
    ''
    """
    for m in _DASH_ASIDE_RE.finditer(sentence):
        group = "in" if m.group("in") is not None else "spaced"
        inner = m.group(group)
        if not re.search(r"\baccording\s+to\b", inner, re.IGNORECASE):
            continue
        if m.start(group) <= start and end <= m.end(group):
            return sentence_attribution(inner)
        return sentence_attribution(sentence[: m.start()] + " " + sentence[m.end() :])
    return None


# a speech tag that closes its sentence after a comma or a closing quotation: '..., the IOM
# said.', '..., according to figures from UNHCR.', '...,” Ms Karimi said on Monday.'
_CLOSING_TAG_RE = re.compile(
    rf"\b(?:according\s+to|as\s+per|citing|(?:{_VERBS}))\b",
    re.IGNORECASE,
)
# what may follow the source and its verb in such a tag: a time, a place, the channel or the
# listener ('on Monday', 'in a statement', 'told reporters in Kabul'), nothing of the statement
_TAG_REST_RE = re.compile(
    r"^\s*(?:(?:on|in|at|during|last|this|earlier|late|yesterday|today|to|via|through|from|"
    r"with|after|while|when|citing|reporters|journalists|the\s+press)\b.*)?$",
    re.IGNORECASE,
)


def closes_with_tag(sentence: str, source: str) -> bool:
    """True when ``sentence`` names ``source`` in a speech tag that closes it after a comma
    or a quotation ('Four died, the police said.', '..., according to UNHCR.').

    Such a tag covers the statement before it; the next sentence is the writer's own unless
    something else names its source. A tag that opens the statement ('UNHCR said that ...',
    'According to UNHCR, ...') goes on covering what follows, as does a clause after a comma
    that states something itself ('In all, the agency highlighted new arrests.').

    Example
    -------
    >>> closes_with_tag("Some 300 families left, the agency said on Monday.", "the agency")
    True
    >>> closes_with_tag("The agency said on Monday that 300 families left.", "the agency")
    False
    """
    if not source:
        return False
    body = sentence.rstrip().rstrip('.!”"’ ')
    cut = max(body.rfind(","), body.rfind("”"), body.rfind('"'))
    if cut <= 0 or len(body[:cut].split()) < 3:
        return False
    tag = body[cut + 1 :]
    at = tag.find(source)
    verb = _CLOSING_TAG_RE.search(tag)
    if at < 0 or not verb or len(tag.split()) > 16:
        return False
    return bool(_TAG_REST_RE.match(tag[max(at + len(source), verb.end()) :]))
