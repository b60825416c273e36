"""Classify the lines of a text dump by layout cues.

Each line is one of the kinds below. The rules are layout patterns (length, terminal punctuation,
list markers, date shapes, credit parentheses) plus two editable package data files:
``data/corpus/boilerplate.txt`` (navigation and sharing lines, regular expressions) and
``data/corpus/outlets.txt`` (outlet names, one signal for the ``outlet`` column).

Example
-------
>>> classify("Published On 31 May 2025")
'date'
>>> classify("The minister arrived in Kabul on Monday.")
'body'
>>> classify("Talks resume in Kabul")
'title'
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache
from importlib import resources

import yaml
from dateutil import parser as date_parser

from afgresearch.corpus.dates import (
    DIGITS,
    MONTH_WORD,
    WEEKDAYS,
    iso_date,
    numeric_date,
    slash_day_first,
)
from afgresearch.corpus.outlets import dateline, is_agency_tag, is_dateline_only, known_outlet
from afgresearch.corpus.patterns import AGENCY_ROLES, SENTENCE_BREAK, SENTENCE_END, role_credit

(
    BLANK,
    BODY,
    TITLE,
    DATE,
    BYLINE,
    SOURCE,
    URL,
    NAV,
    END,
    BULLET,
    CAPTION,
    FRAGMENT,
    AGENCY,
    FOOTER,
    RELATED,
    LABEL,
) = (
    "blank",
    "body",
    "title",
    "date",
    "byline",
    "source",
    "url",
    "nav",
    "end",
    "bullet",
    "caption",
    "fragment",
    "agency",
    "footer",
    "related",
    "label",
)
#: kinds that describe an article rather than belong to its text
META_KINDS = frozenset({DATE, BYLINE, SOURCE, URL, NAV, AGENCY, LABEL})

TITLE_MAX_WORDS = 20
TITLE_MAX_CHARS = 160
CAPTION_MAX_CHARS = 600
_END = re.compile(
    r"(read more|read on|continue reading|read the (full|whole) (story|article)|read full (story|article)|"
    r"full story|more)\s*(»|›|>|\.\.\.|…|→)?",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[•◦▪▫●○■□·‣⁃*+\-–—]|\d{1,2}[.)])\s+\S")
# a byline's opening words, English or as other languages' sites print them: 'Published by X',
# 'Publicado por X', 'Publié par X', 'Veröffentlicht von X', 'Pubblicato da X'
_BYLINE = re.compile(
    r"^(?:by|written by|reporting by|words by|published by|posted by|post by|publicado por|"
    r"escrito por|publiée? par|écrit par|veröffentlicht von|geschrieben von|pubblicato da|"
    r"scritto da)\b(?:\s*:)?(?=\s+\S)",  # 'Post by : Name', a theme's label with its colon
    re.IGNORECASE,
)
# a desk or bureau credit standing for a byline: 'Lagatar24 Desk', 'Web Desk', 'Kabul Bureau'
# (a closing credit may set a dash before it: '-KPN Desk', '— Valley Bureau')
_DESK = re.compile(r"^(?:[-–—]\s*)?(?:[A-Z0-9][\w.&'’-]*\s+){1,3}(?:Desk|DESK|Bureau|BUREAU)$")
# a desk credit opening a date line: 'FP News Desk October 10, 2025'
_DESK_LEAD = re.compile(r"^(?:[A-Z0-9][\w.&'’-]*\s+){1,3}(?:Desk|DESK|Bureau|BUREAU)\b[\s,|:–—-]*")
# a header label with nothing after it: 'Title:', 'Date:', 'article author:'
_EMPTY_LABEL = re.compile(r"^[A-Za-z][A-Za-z ]{0,30}:$")
EMPTY_LABEL_MAX_WORDS = 3
_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you", "this", "that"])
# a date without its year: 'Aug 9', 'Monday, 9 June', 'June 9th, 10:30 AM' (a date line, never a title)
_MONTH_NAME = rf"{MONTH_WORD}\.?"
_YEARLESS_DATE = re.compile(
    r"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH_NAME}|{_MONTH_NAME}\s+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?$",
    re.IGNORECASE,
)
# a credit footer naming where the story ran: 'Read the full story at the Arab News website.'
_CREDIT_FOOTER = re.compile(
    r"^(?:read|see|view) the (?:full|whole|original|complete) (?:story|article|report)"
    r" (?:at|on) (?:the )?(?P<name>.+?)(?:\s+(?:website|site|web site))?\W*$",
    re.IGNORECASE,
)
# a trailing 'read more' marker after a sentence: '... soon after. (Read More)'
# a teaser's link glued to its last sentence: '... read more', '... read full story'
_TRAILING_MORE = re.compile(
    r"\s*[(\[]?\s*(?:read (?:the )?(?:full |whole )?(?:more|story|article)|continue reading)"
    r"\s*[)\]]?\W*$",
    re.IGNORECASE,
)
_BULLET_MARK = re.compile(r"^\s*(?:[•◦▪▫●○■□·‣⁃*+\-–—]|\d{1,2}[.)])\s+")
# an agency's credit line at the foot of a story: 'Reporting by X in Kabul; Editing by Y'
_CREDIT_LINE = re.compile(rf"^\(?{role_credit(AGENCY_ROLES)}", re.IGNORECASE)
_SOURCE = re.compile(
    r"^(?:(?:source|sources|via|courtesy(?: of)?)\s*[:\-–—]|"
    r"(?:outlet|publisher|publication|news agency|agency|newspaper)\s*:)\s*(.+)$",
    re.IGNORECASE,
)
#: a line crediting where a pasted story came from without a colon: 'via Herat Daily'
#: (a newsletter's numbered item header too: '[3] via Herat Daily', '3. via Herat Daily')
_VIA_NAME = re.compile(
    r"^(?:(?:\[\d{1,3}\]|\d{1,3}[.)])\s+)?(?:via|Via|VIA)\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})$"
)
#: a newsletter's credit line opening with 'From' (no colon: 'From:' is a mail header) before
#: the outlet's name: 'From Valley Post', 'From HDN · Reuters · 3 May 2025'
_FROM_NAME = re.compile(r"^(?:From|FROM)\s+(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def from_credit(text: str) -> str | None:
    """The outlet a ``From <Outlet>`` credit names: an outlet-like name (:func:`looks_like_outlet`)
    or an acronym (``From HDN``); a title-cased phrase (``From Ashes To Hope``) is none.

    Example
    -------
    >>> from_credit("From Valley Post"), from_credit("From HDN"), from_credit("From Ashes To Hope")
    ('Valley Post', 'HDN', None)
    """
    m = _FROM_NAME.match(strip_markup(text).strip())
    if not m:
        return None
    name = m["name"]
    if looks_like_outlet(name) or _ACRONYM.match(name):
        return known_outlet(name) or name
    return None


#: a reporter's sign-off under a story: a person's name, a comma, the agency's initials
#: ('Dina Rahimi, VNA', 'Omar K. Saidi, HTN')
_SIGN_OFF = re.compile(r"[A-Z][a-z'’-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'’-]+)){1,2},\s+[A-Z]{2,6}")
#: a newsletter's line introducing the outlet whose story follows: 'From Kabul Herald:',
#: 'Valley Radio reports:', 'The Frontier Post writes:'
_INTRO_NAME = re.compile(
    r"^(?:(?:From|FROM)\s+(?P<lead>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})|"
    r"(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s+"
    r"(?:reports|reported|writes|wrote|notes|adds))\s*:$"
)
#: a one-word line that can only be a name: a capital, then letters (inner capitals and dots
#: allowed), no digits
_ONE_NAME = re.compile(r"^[A-Z][A-Za-z.&'’-]{2,30}$")
_CALENDAR_NAMES = frozenset(
    [
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("january", "february", "march", "april", "may", "june", "july", "august"),
        *("september", "october", "november", "december", "today", "yesterday"),
    ]
)
#: header labels (``Label: value``) and the field they name; dates and sources have own rules
HEADER_LABELS = {
    "title": "title",
    "headline": "title",
    "heading": "title",
    "subject": "title",
    "url": "url",
    "link": "url",
    "permalink": "url",
    "canonical url": "url",
    "source url": "url",
    "web address": "url",
    "author": "byline",
    "authors": "byline",
    "byline": "byline",
    "writer": "byline",
    "reporter": "byline",
    "correspondent": "byline",
    "contributor": "byline",
}
_LABEL = re.compile(r"^[*_]{0,3}([A-Za-z][A-Za-z ]{1,18}?)\s*:[*_]{0,3}\s+(\S.*)$")
_BLOCKQUOTE = re.compile(r"^(?:>\s?)+")
_ITALIC_LINE = re.compile(r"^([*_])(?![*_])(\S.*\S)(?<![*_])\1$")
_BIO = re.compile(
    r"^(?:[A-Z][\w'’.-]*\s+){1,4}(?:is|was|has been)\b.{0,200}\b(?:editor|reporter|"
    r"correspondent|journalist|writer|columnist|fellow|researcher|analyst|professor|lecturer|"
    r"director|contributor|author|freelancer|founder|photographer|producer|student)s?\b",
)
#: the language a site's edition is named for ('... English'): its last word
#: words that join a phrase, never a name's: 'Taught In English' is no edition
_LINKING = frozenset({"in", "of", "on", "for", "to", "and", "the", "a", "an", "with", "by", "at"})
_EDITION_LANGUAGES = frozenset({"english", "urdu", "arabic", "dari", "pashto", "persian", "hindi"})
_OUTLET_WORDS = frozenset(
    [
        "news",
        "times",
        "post",
        "press",
        "tribune",
        "herald",
        "journal",
        "daily",
        "tv",
        "radio",
        "agency",
        "media",
        "monitor",
        "wire",
        "gazette",
        "chronicle",
        "observer",
        "magazine",
        "network",
        "broadcasting",
        "telegraph",
        "express",
        "today",
        "online",
        "review",
        "dispatch",
        "courier",
        "ledger",
        "standard",
        "bulletin",
        "newspaper",
    ]
)
_CAMEL = re.compile(r"^[A-Z]+[a-z]+[A-Z]\w*$|^[A-Z]{2,}[a-z]{2,}$")
_DOMAIN = re.compile(
    r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|news|tv|af|pk|ir|info|co\.\w\w)$"
    # a site named by its address with a country-code ending, written as a name: 'Herald.Kz'
    r"|^[A-Za-z][\w-]{2,}\.[A-Za-z]{2}$",
    re.I,
)
# a kicker or source line: an outlet and its section or region, 'Valley Post | World'
_KICKER_SEP = re.compile(r"\s*[|·›»]\s*|\s+[—–]\s+|\s+-{2,3}\s+")
#: 'From' or 'via' before a credit line's outlet ('*From Valley Post — World › Asia*')
_KICKER_LEAD = re.compile(r"^(?:from|via)\s+(?=[A-Z])", re.IGNORECASE)
#: a kicker's section part has at most this many words
KICKER_PART_MAX_WORDS = 3
# a print footer naming the paper a story ran in: 'Published in The Herald, May 3rd, 2025'
_PUBLISHED_IN = re.compile(
    r"^(?:first\s+|originally\s+)?(?:published|printed|appeared)\s+in\s+(?:the\s+print\s+"
    r"edition\s+of\s+)?(?P<name>[^,;()]{2,60}?)\s*(?:,|\bon\b|$)",
    re.IGNORECASE,
)
# a wire agency's credit ending a story's last sentence: '... on Monday. -- KUNA', '... — IANS'
_TRAILING_AGENCY = re.compile(
    r"^(?P<text>.*?[.!?\"”’)])\s+(?:--|—|–)\s*(?P<name>[A-Z][\w.&'’ -]{0,40}?)\s*$"
)
_AGENCY_INITIALS = re.compile(r"[A-Z]{2,6}")
# a wire item's copyright line naming its owner: '(c) 2025 Valley Times'; a site's page footer
# ('© 2025 X. All rights reserved.') names the site that holds the page, not the story's credit
_COPYRIGHT = re.compile(
    r"^(?:\(c\)|©|copyright)\s*(?:©\s*)?(?:(?:19|20)\d{2}\s*)?(?P<name>[A-Z][^.,;()|]{1,60}?)"
    r"\s*\.?$",
    re.IGNORECASE,
)
#: characters with no width that a copied page may hold: zero-width space, non-joiner, joiner,
#: word joiner, a byte-order mark inside the text, a soft hyphen
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
# a decorative mark before a headline: an emoji (with its variation selector or joiner), an
# arrow, a pointer or a star; never part of the headline (list bullets such as '•' and '■'
# keep their own rule)
_DECORATION = re.compile(
    r"^(?:[\u2190-\u21ff\u2300-\u23ff\u25b2-\u25c5\u2600-\u27bf\u2b00-\u2bff"
    r"\U0001f000-\U0001faff\ufe0f\u200d\u20e3]\s*)+(?=\w|[\"“‘'(])"
)
_BYLINE_SEP = re.compile(r"\s*(?:\||•|·|,|\s[—–-]\s|\sfor\s)\s*")
_ITEM_NUMBER = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,3}\))\s+")
#: a bracketed tag naming the outlet at the start of a clipping's date line: '[VALLEY POST] 3 May'
_OUTLET_TAG = re.compile(r"^\[(?P<name>[^\[\]\d]{2,40})\]\s+")
_DATE_PREFIX = re.compile(
    r"^(?:(?:first |last )?(?:published|updated|posted|modified|date|dated)"
    r"(?:\s+(?:on|at))?\s*[:\-–—]?\s*)",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_MONTH = re.compile(rf"\b{_MONTH_NAME}\b", re.IGNORECASE)
_ISO = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}(?!\d)")
_CREDIT = re.compile(
    r"\((?:[^()]*\b(?:photo|photograph|image|picture|file|courtesy|credit|handout|screengrab|"
    r"screenshot|illustration|graphic|infographic|video|representational|representative|archive|"
    r"twitter|x|facebook|afp|reuters|ap|epa|getty|via)\b[^()]*|[^()]*[@/][^()]*)\)\s*$",
    re.IGNORECASE,
)
# 'Representational image. | Reuters', 'File photo | AFP': a picture's credit after a bar
_PICTURE_CREDIT = re.compile(
    r"\b(?:image|photo|photograph|picture|file photo|illustration)\b[^|]{0,80}\|\s*\S.{0,40}$",
    re.IGNORECASE,
)
_CAPTION_PREFIX = re.compile(
    r"^(?:\|\s*)?(?:photo|image|picture|file photo|caption|pictured|above|below|top|video)"
    r"(?:\s+(?:credit|courtesy|source)s?)?\s*[:|\-–—]",
    re.IGNORECASE,
)
# a picture's credit ending a line that is no sentence: '... from Pakistan Courtesy: Photo: UN Women'
_TRAILING_CREDIT = re.compile(
    r"\b(?:courtesy|photo|photograph|image|picture)(?:\s+credit)?\s*:\s*[^:.!?]{2,60}$",
    re.IGNORECASE,
)
#: a bare label above a picture's caption: 'Image', 'Photo'
PICTURE_LABEL = re.compile(r"(?:image|photo|photograph|picture|video|gallery)s?", re.IGNORECASE)
_WORD = re.compile(r"\w+", re.UNICODE)
# marks a reader meets as noise on a line of their own (a split breadcrumb's '|', a bullet
# without its text, a dash, an ellipsis, a quote or bracket), never as a story separator
_NOISE_MARKS = set("|/\\·•‧∙…«»‹›“”‘’„‚\"'()[]{}<>")


def is_dinkus(line: str) -> bool:
    """A typographic section break of one or two ornaments alone on a line.

    Printed and copied text separates stories with an asterism, a fleuron or a lozenge
    (``⁂``, ``❧``, ``◆``, ``✦ ✦``) as much as with a rule of three or more marks; plain
    punctuation (``|``, ``•``, ``…``) alone on a line is noise, not a break.

    Example
    -------
    >>> is_dinkus("⁂"), is_dinkus("✦ ✦"), is_dinkus("|"), is_dinkus("•")
    (True, True, False, False)
    """
    marks = line.replace(" ", "")
    return 0 < len(marks) <= 2 and all(
        not ch.isascii()
        and ch not in _NOISE_MARKS
        and unicodedata.category(ch) in ("So", "Po")
        and "ARROW" not in unicodedata.name(ch, "")  # '→' alone is a link, not a break
        for ch in marks
    )


#: a word in letters alone (no digits, no underscore)
_LETTER_WORD = re.compile(r"[^\W\d_]+")
#: lines that mark the top or bottom of a copied web page: each page is one article
PAGE_EDGE = re.compile(
    r"(?:top|bottom|end) of (?:the )?page|back to top(?: button)?", re.IGNORECASE
)
#: a bare marker above related-story links: 'Also Read', 'Related Articles'
RELATED_MARKER = re.compile(
    r"(?:related|recommended|also read|read also|see also|more on this|read more|you (?:may|might) (?:also )?like"
    r"|most read|most popular|more stories)"
    r"(?: (?:story|stories|articles|posts|news|content|now|press releases?|reports|coverage"
    r"|reading|links|videos))?\s*:?",
    re.IGNORECASE,
)
#: an agency's or desk's initials at the foot of a story: 'pr/mud', 'mh/llp/arc/gfa'
_INITIALS = re.compile(r"[A-Za-z]{1,6}(?:\s?/\s?[A-Za-z]{1,6}){1,7}")
#: a tracking or reference id: one token holding ten or more digits
_REF_ID = re.compile(r"[A-Za-z_\-]*\d[\w\-]*")
_PUBLISHED_MID = re.compile(r"\b(?:published|updated|posted)\b", re.IGNORECASE)
_MD_HEADING = re.compile(r"^#{1,6}\s+\S")
#: a Markdown image alone on its line: '![Families wait at the crossing](https://...jpg)'
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^()\s]*\)")
_MD_EMPHASIS = re.compile(r"^([*_]{1,3})(\S.*?\S|\S)\1$")
#: a Markdown link, read as its text: '[Read more](https://...)', '**Source:** [X](url)'
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((?:[^()\s]+|[^()\s]*\([^()\s]*\)[^()\s]*)\)")
#: an emphasised label opening a line: '**Source:** X', '_Date_: X'
_MD_LABEL = re.compile(r"^([*_]{1,3})([A-Za-z][A-Za-z ]{0,30}?)(:?)\1(:?)(?=\s)")
#: a banner between symbol runs: '==== REGION ====', '*** TOP STORIES ***', '--- Sport ---',
#: and between box-drawing rules ('──── end of item 3 ────', '━━━ WORLD ━━━')
_RULE_CHARS = r"=*~+\-_<>─━═"
_BANNER = re.compile(
    rf"^([{_RULE_CHARS}]{{3,}})\s*[^{_RULE_CHARS}\s][^=*~+_<>─━═]*?\s*[{_RULE_CHARS}]{{3,}}$"
)


def strip_markup(line: str) -> str:
    """Return ``line`` without Markdown heading or blockquote marks, enclosing emphasis, an
    emphasised label's marks (``**Source:** X``) and links' addresses (``[X](url)`` is ``X``).

    Example
    -------
    >>> strip_markup("## **Talks resume**")
    'Talks resume'
    """
    s = _BLOCKQUOTE.sub("", line.strip().lstrip("\ufeff"))
    s = _MD_LINK.sub(r"\1", re.sub(r"^#{1,6}\s+", "", s).rstrip("#").strip())
    while m := _MD_EMPHASIS.match(s):
        s = m.group(2).strip()
    return _MD_LABEL.sub(r"\2\3\4", s, count=1)


#: parts of a site menu: 'Home | India | World', 'Amu TV  ·  Politics  ·  Society'
_MENU_SEP = re.compile(r"\s*[|·•›»]\s*|\s+/\s+|\s{2,}|\t")
#: a short form written with dots ('U.K.', 'U.S.'): a menu item, not a sentence's end
_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}")
MENU_MIN_ITEMS = 4
MENU_ITEM_MAX_WORDS = 3


def is_menu(line: str) -> bool:
    """True for a site menu: at least ``MENU_MIN_ITEMS`` short parts (at most
    ``MENU_ITEM_MAX_WORDS`` words, no digits, no sentence end) between bars, dots, arrows,
    tabs or runs of spaces.

    Example
    -------
    >>> is_menu("Amu TV  |  Politics  |  Society  |  Women"), is_menu("Amu TV | 21 June 2025")
    (True, False)
    >>> is_menu("Valley Post  Home  World  Asia  Login"), is_menu("Taliban  ban  girls  from school")
    (True, False)
    >>> is_menu("Kabul | Herat | Balkh"), is_menu("Kabul | Herat")
    (True, False)
    >>> is_menu("Home  News  U.K.  Sport  U.S."), is_menu("Region  /  Asia  /  Herat")
    (True, True)
    """
    text = strip_markup(line)
    parts = [p.strip() for p in _MENU_SEP.split(text) if p.strip()]
    spaced = not re.search(r"[|·•›»]|\s/\s", text)  # items set apart by spaces are capitalised
    # a short bar-separated row of capitalised names (a site's region or edition switch,
    # 'Kabul | Herat | Balkh') is a menu with one item fewer, and so is a breadcrumb whose
    # parts are set apart by spaced slashes ('World  /  Asia  /  Afghanistan')
    capitalised = all(w[:1].isupper() for p in parts for w in p.split())
    barred = capitalised and (
        len(parts) == text.count("|") + 1 or len(parts) == len(re.findall(r"\s/\s", text)) + 1
    )
    wanted = MENU_MIN_ITEMS - 1 if barred else MENU_MIN_ITEMS
    return len(parts) >= wanted and all(
        word_count(p) <= MENU_ITEM_MAX_WORDS
        and not any(ch.isdigit() for ch in p)
        and (not ends_sentence(p) or bool(_DOTTED_ABBREVIATION.fullmatch(p)))
        and (not spaced or p[:1].isupper())
        for p in parts
    )


#: a database export's field line: a short upper-case field code and its quoted value
#: ('SRC "Valley Post"', 'CO «Herat Mining»'); a headline never opens with a bare code
_FIELD_CODE = re.compile(r"[A-Z]{2,5}\s+[\"“«][^\"“”«»]{2,80}[\"”»]")


def is_field_code(line: str) -> bool:
    """True for a database export's field line: a short upper-case code and a quoted value.

    Example
    -------
    >>> is_field_code('SRC "Valley Post"'), is_field_code('"Kabul reopens" says mayor')
    (True, False)
    """
    return bool(_FIELD_CODE.fullmatch(strip_markup(line).strip()))


#: a language switch holds at most this many words
LANGUAGE_SWITCH_MAX_WORDS = 6


def is_language_switch(line: str) -> bool:
    """True for a site's language switch: a short row of words in two or more scripts, with no
    digits and no punctuation (each edition named in its own script: ``English Français
    Русский``, ``EN | العربية``).

    Example
    -------
    >>> is_language_switch("English  Français  Русский"), is_language_switch("English | اردو")
    (True, True)
    >>> is_language_switch("Kabul talks resume"), is_language_switch("Taliban (طالبان) said 3")
    (False, False)
    """
    words = [w for w in re.split(r"[\s|/·•]+", strip_markup(line)) if w]
    if not 2 <= len(words) <= LANGUAGE_SWITCH_MAX_WORDS:
        return False
    scripts = set()
    for word in words:
        if not all(ch.isalpha() or ch in "\u200c\u200d" for ch in word):
            return False  # digits, brackets or sentence punctuation: not a switch
        scripts.add(
            "latin"
            if all(ch.isascii() or "\u00c0" <= ch <= "\u024f" for ch in word)
            else unicodedata.name(word[0], "").split(" ")[0]
        )
    return len(scripts) >= 2


def menu_items(line: str) -> list[str]:
    """The items of a menu line (:func:`is_menu`), stripped of markup.

    Example
    -------
    >>> menu_items("Home | Politics | World | Sport")
    ['Home', 'Politics', 'World', 'Sport']
    """
    return [p.strip() for p in _MENU_SEP.split(strip_markup(line).strip()) if p.strip()]


def _furniture_parts(text: str) -> bool:
    """True for a line of furniture between bars, middle dots or runs of spaces: every part is
    navigation or sharing (``0 comments | Share | Also read: ...``, ``Accept all  Reject all``,
    ``Share · Copy link · 1.2K views``, ``Share   ⎙ Print   ✉ Email``)."""
    # a button's icon before its word ('⎙ Print', '✉ Email') is part of the button
    parts = [re.sub(r"^[^\w\s]+\s*", "", p.strip()) for p in re.split(r"\s*[|·•]\s*|\s{2,}", text)]
    parts = [p for p in parts if p]
    return len(parts) >= 2 and all(boilerplate_patterns().match(p) for p in parts)


def is_italic_note(line: str) -> bool:
    """True for a line set wholly in single emphasis (``*...*`` or ``_..._``), not bold.

    Example
    -------
    >>> is_italic_note("*A weekly round-up of the week's reporting.*")
    True
    >>> is_italic_note("**Key points**"), is_italic_note("Talks resume.")
    (False, False)
    """
    return bool(_ITALIC_LINE.match(_BLOCKQUOTE.sub("", line.strip())))


def is_heading(line: str) -> bool:
    """True for a Markdown heading line (``## Talks resume``).

    Example
    -------
    >>> is_heading("## Talks resume"), is_heading("#hashtag")
    (True, False)
    """
    return bool(_MD_HEADING.match(line.strip()))


#: a picture credit holds at most this many words ('Photo: AFP/Getty Images')
PICTURE_CREDIT_MAX_WORDS = 6


def is_picture_credit(line: str) -> bool:
    """True when ``line`` is a picture's credit alone on its line: a picture label with the
    agency or photographer after it, no sentence.

    Example
    -------
    >>> is_picture_credit("Photo: AFP/Getty Images"), is_picture_credit("Image credit: UNICEF")
    (True, True)
    >>> is_picture_credit("Photo: Residents wait at the crossing on Monday.")
    False
    """
    s = strip_markup(line.strip())
    return (
        bool(_CAPTION_PREFIX.match(s))
        and word_count(s) <= PICTURE_CREDIT_MAX_WORDS
        and not ends_sentence(s)
    )


def is_banner(line: str) -> bool:
    """True for a banner: words between runs of symbols (``==== REGION ====``, ``*** TOP ***``).

    Example
    -------
    >>> is_banner("==== REGION ===="), is_banner("*** TOP STORIES ***"), is_banner("**Key points**")
    (True, True, False)
    >>> is_banner("──── end of clip 2 · ref AB-12 ────")
    True
    """
    return bool(_BANNER.match(line.strip()))


def unbulleted(line: str) -> str:
    """Return ``line`` stripped and without a leading list marker (``- Source: X`` -> ``Source: X``).

    Example
    -------
    >>> unbulleted("  • Writer: Zan News")
    'Writer: Zan News'
    """
    return _BULLET_MARK.sub("", line, count=1).strip() if _BULLET.match(line) else line.strip()


def visible(line: str) -> str:
    """Return ``line`` without the characters that have no width (:data:`INVISIBLE`).

    Layout decisions (blank, headline, byline, date) read this; paragraph text keeps the
    source's characters.

    Example
    -------
    >>> visible("\\u200b6\\u00a0July\\u00ad 2025\\ufeff")
    '6\\xa0July 2025'
    """
    return _INVISIBLE.sub("", line)


def undecorated(text: str) -> str:
    """Return ``text`` without a decorative mark before it (an emoji, an arrow, a star).

    Example
    -------
    >>> undecorated("\\U0001F4E2 Border crossing reopens"), undecorated("\\u25ba Talks end")
    ('Border crossing reopens', 'Talks end')
    """
    return _DECORATION.sub("", text)


# a desk byline's role after a bar or dash: 'Valley Post | Staff Reporter', 'A. Noori — Correspondent'
_ROLE_BYLINE = re.compile(
    r"^(?P<name>[^|–—]{2,60}?)\s*(?:\||\s[–—-]\s)\s*(?:(?:our|senior|special|chief|foreign|"
    r"political|diplomatic|local)\s+)?(?:staff\s+)?(?:[a-z]+\s+desk|reporter|writer|correspondent|"
    r"contributor|editor|news\s+desk|web\s+desk|desk)s?\.?$",
    re.IGNORECASE,
)
# a desk credit, then the section it filed for: 'Valley Post News Desk | Law & Order'
_DESK_SECTION = re.compile(
    r"^(?P<name>(?:[A-Z0-9][\w.&'’-]*\s+){0,2}?[A-Z0-9][\w.&'’-]*?)\s+(?:news\s+|web\s+)?"
    r"(?:desk|bureau)\s*(?:\||·|\s[–—-]\s)\s*[A-Z][\w&,'’ ]{1,30}$",
    re.IGNORECASE,
)
# a desk named as the writer: 'Written by Valley News Staff', 'By Kabul Herald Editorial Team'
_DESK_SUFFIX = re.compile(
    r"\s+(?:staff|desk|team|editorial\s+(?:team|desk|board|staff)|news\s+desk|web\s+desk)$",
    re.IGNORECASE,
)
# a byline's closing date: 'By Valley Post on 3 May 2025', 'Written by A. Noori on May 3, 2025'
_ON_DATE = re.compile(r"\s+on\s+(?P<date>.{6,40})$", re.IGNORECASE)


# a dump's bracketed item marker: '[ARTICLE 3/6]', '[Story 2 of 9]', '[ITEM 4]': separators that
# exporters and scrapers write between items
_ITEM_MARKER = re.compile(
    r"\[\s*(?:article|story|item|clip(?:ping)?|doc(?:ument)?|entry|record|post)\s*"
    r"(?:no\.?\s*|#\s*)?\d+(?:\s*(?:/|of)\s*\d+)?\s*\]",
    re.IGNORECASE,
)
# an export's or wire's closer on a line of its own, without brackets: 'End of Document',
# 'END OF STORY', '-- End of item --', '— END —': it closes the item above, never a headline
_CLOSER = re.compile(
    r"[-–—=*~#\s]*(?:end(?:\s+of\s+(?:the\s+)?(?:document|story|article|item|record|report|"
    r"clip(?:ping)?|transmission|release|text|entry))?)[-–—=*~#\s.]*",
    re.IGNORECASE,
)
# its closing marker: '[END OF FEED - 12 items]', '[END]': furniture, never a headline
_END_MARKER = re.compile(
    r"\[\s*end(?:\s+of)?(?:\s+[\w-]+){0,3}(?:\s*[-–—:]\s*[^\[\]]{0,30})?\s*\]", re.I
)


def role_byline(line: str) -> str | None:
    """The name of a byline that gives a desk role after a bar or dash, else ``None``.

    Class: wire and web pages that sign a story with the desk or writer and the role
    (``Valley Post | Staff Reporter``, ``Sara Ahmadi — Special Correspondent``).

    Example
    -------
    >>> role_byline("Valley Post | Staff Reporter"), role_byline("Sara Ahmadi - Correspondent")
    ('Valley Post', 'Sara Ahmadi')
    >>> role_byline("Valley Post | World") is None
    True
    """
    plain = strip_markup(visible(line)).strip()
    m = _ROLE_BYLINE.match(plain) or _DESK_SECTION.match(plain)
    if not m or ends_sentence(m.group("name")) or not m.group("name")[:1].isupper():
        return None
    name = " ".join(m.group("name").split())
    return name if word_count(name) <= 6 else None


def desk_section_outlet(line: str) -> str | None:
    """The outlet whose desk signs a story for a section: ``Valley Post News Desk | World``
    names ``Valley Post`` (a desk credit before a bar names its outlet; after one, a role).

    Example
    -------
    >>> desk_section_outlet("Herat Times News Desk | Region"), desk_section_outlet("Web Desk")
    ('Herat Times', None)
    """
    m = _DESK_SECTION.match(strip_markup(visible(line)).strip())
    if not m or not m.group("name")[:1].isupper():
        return None
    name = " ".join(m.group("name").split())
    return known_outlet(name) or name


# a page's copyright line naming the site: '© 2025 Valley Post. All rights reserved.',
# 'Copyright (c) 2024 Valley Post', 'valleypost.example © 2025'
_COPYRIGHT_HOLDER = re.compile(
    r"^(?:(?:©|\(c\)|copyright)\s*(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<after>[^.|]{2,40}?)"
    r"|(?P<before>[\w.&' -]{2,40}?)\s*(?:©|\(c\))\s*\d{4})\s*(?:[.,|]|all rights|$)",
    re.IGNORECASE,
)


#: wire services and picture agencies whose copyright lines stand under stories they supplied
_WIRE_HOLDERS = frozenset(
    [
        "afp",
        "reuters",
        "ap",
        "associated",
        "press",
        "getty",
        "images",
        "epa",
        "anadolu",
        "xinhua",
        "dpa",
        "ani",
        "pti",
        "ians",
    ]
    + ["associated press", "getty images", "thomson reuters", "agence france-presse"]
)


def copyright_holder(line: str) -> str | None:
    """The site a page's copyright line names, when the name reads as an outlet's (a known
    outlet, a web domain, a name ending in an outlet word) or is two to four capitalised words.

    Example
    -------
    >>> copyright_holder("© 2025 Pamir Post. All rights reserved.")
    'Pamir Post'
    >>> copyright_holder("pamirpost.com © 2025. ."), copyright_holder("© AFP 2025")
    ('pamirpost.com', None)
    """
    m = _COPYRIGHT_HOLDER.match(strip_markup(visible(line)).strip())
    if not m:
        return None
    name = " ".join((m["after"] or m["before"] or "").split()).strip(" .,-")
    if not name or any(ch.isdigit() for ch in name) or name.casefold() in _WIRE_HOLDERS:
        return None  # a wire's or picture agency's copyright credits the story, not the site
    words = name.split()
    capitalised = 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words)
    return (known_outlet(name) or name) if looks_like_outlet(name) or capitalised else None


def _names_outlet(name: str) -> bool:
    """A desk name reads as an outlet: it looks like one or holds an outlet word
    (``Valley Times 24``, ``News Hindu Kush``), not a person's name."""
    words = [w.casefold().strip(".,") for w in name.split()]
    if len(words) == 1 and words[0] in _OUTLET_WORDS:
        return False  # a generic desk ('By News Desk', 'Online Desk') names no outlet
    return looks_like_outlet(name) or any(w in _OUTLET_WORDS for w in words)


def _breadcrumb_root(parts: list[str]) -> bool:
    """True when a breadcrumb's first part reads as a site's name: two to five capitalised
    words without digits, over short capitalised section names."""
    root, rest = parts[0], parts[1:]
    words = root.split()
    return (
        2 <= len(words) <= 5
        and all(w[:1].isupper() for w in words)
        and not any(ch.isdigit() for ch in root)
        and root.casefold() not in _OUTLET_WORDS
        and all(
            word_count(p) <= KICKER_PART_MAX_WORDS
            and p[:1].isupper()
            and not any(ch.isdigit() for ch in p)
            and not ends_sentence(p)
            for p in rest
        )
    )


def kicker_outlet(line: str) -> str | None:
    """Return the outlet a kicker line names beside its section or region (``Herald | World``).

    A kicker holds two or three parts separated by ``|``: the first (or else the last) reads as an
    outlet's name
    (:func:`looks_like_outlet`; a lone generic word such as ``News`` does not count), the
    others are short names (at most :data:`KICKER_PART_MAX_WORDS` words) without digits or a
    sentence end.

    Example
    -------
    >>> kicker_outlet("Valley Post  |  World"), kicker_outlet("News | Sport | Business")
    ('Valley Post', None)
    >>> kicker_outlet("Opinion | Hill Times")
    'Hill Times'
    >>> kicker_outlet("Sara Ahmadi | Kabul") is None
    True
    >>> kicker_outlet("*From Valley Post — World › Asia*"), kicker_outlet("*Herat Times · Economy*")
    ('Valley Post', 'Herat Times')
    >>> kicker_outlet("THE DELTA COURIER » Business » Farming")
    'THE DELTA COURIER'
    """
    text = _unemphasised(strip_markup(visible(line)).strip())
    parts = [p for p in _KICKER_SEP.split(_KICKER_LEAD.sub("", text, count=1)) if p]
    if not 2 <= len(parts) <= 3:
        return None
    # a breadcrumb rooted at the site's name ('VALLEY HERALD » Business » Farming'): a path
    # arrow between its parts, a name of two or more words first, section names after it
    if re.search(r"\s[»›]\s", text) and _breadcrumb_root(parts):
        name = " ".join(parts[0].split())
        return known_outlet(name) or name
    # the outlet first ('Herald | World'), or its section first ('Commentary | Herald')
    for name, rest in ((parts[0], parts[1:]), (parts[-1], parts[:-1])):
        name = " ".join(name.split())
        if not looks_like_outlet(name) or name.casefold() in _OUTLET_WORDS:
            continue
        if all(
            word_count(part) <= KICKER_PART_MAX_WORDS
            and not any(ch.isdigit() for ch in part)
            and not ends_sentence(part)
            and part[:1].isupper()
            for part in rest
        ):
            return known_outlet(name) or name
    return None


def published_in_outlet(line: str) -> str | None:
    """Return the paper a print footer names (``Published in The Herald, May 3rd, 2025``).

    Example
    -------
    >>> published_in_outlet("Published in Valley Times, March 2nd, 2024")
    'Valley Times'
    >>> published_in_outlet("Published in 2024, the report found gaps.") is None
    True
    """
    match = _PUBLISHED_IN.match(strip_markup(visible(line)).strip())
    if not match:
        return None
    name = " ".join(match.group("name").split()).strip(" .")
    if known := known_outlet(name):
        return known
    return name if looks_like_outlet(name) else None


#: a reprint note naming where the story first ran: 'This article was originally published by X
#: and is reprinted with permission.', 'This story first appeared on X.'
_REPRINT = re.compile(
    r"^(?i:(?:this\s+(?:article|story|report|piece|post)\s+)?(?:was\s+|is\s+)?"
    r"(?:originally|first)\s+(?:published|appeared|ran)\s+(?:by|on|in|at)\s+(?:the\s+)?)"
    r"(?P<name>[A-Z][\w.&'’/-]*(?:\s+[A-Z][\w.&'’/-]*){0,5})"
    r"(?i:\s+and\s+(?:is|has been)\s+(?:re)?(?:printed|published|posted)\b.*|\s*[.,;:]?\s*)$"
)


def reprint_outlet(line: str) -> str | None:
    """Return the outlet a reprint note names (``This article was originally published by
    Valley Post and is reprinted with permission.``), else ``None``.

    Class: syndicated and republished stories credit the outlet where they first ran in a note
    above or under the text.

    Example
    -------
    >>> reprint_outlet("This story first appeared on Pamir Ledger.")
    'Pamir Ledger'
    >>> reprint_outlet("The plan was first published in March by officials.") is None
    True
    >>> reprint_outlet("This story first appeared on the front page.") is None
    True
    """
    match = _REPRINT.match(strip_markup(visible(line)).strip())
    if not match:
        return None
    name = " ".join(match["name"].split()).strip(" .")
    return known_outlet(name) or name


def trailing_agency(line: str) -> tuple[str, str] | None:
    """Split a last sentence from the wire agency credited after it (``... -- KUNA``).

    The credit is a gazetteer outlet or an agency's initials (two to six capitals).

    Example
    -------
    >>> trailing_agency("Talks ended on Monday. -- KUNA")
    ('Talks ended on Monday.', 'KUNA')
    >>> trailing_agency("Talks ended -- for now") is None
    True
    """
    match = _TRAILING_AGENCY.match(visible(line).strip())
    if not match:
        return None
    name = match.group("name").strip(" .")
    if not (known_outlet(name) or _AGENCY_INITIALS.fullmatch(name)):
        return None
    return match.group("text"), known_outlet(name) or name


def credit_outlet(line: str) -> str | None:
    """Return the outlet a credit at a story's foot names: a wire credit after the last
    sentence (``-- KUNA``), a copyright line (``(c) 2025 Valley Times``) or a print footer
    (``Published in Valley Times, March 2nd, 2024``).

    Example
    -------
    >>> credit_outlet("(c) 2025 Valley Times"), credit_outlet("Talks ended. — KUNA")
    ('Valley Times', 'KUNA')
    >>> credit_outlet("(c) 2025 All rights reserved") is None
    True
    >>> credit_outlet("© 2025 Valley Times. All rights reserved.") is None
    True
    >>> credit_outlet("Read more: Herat Daily"), credit_outlet("Read more: the report")
    ('Herat Daily', None)
    """
    if credited := trailing_agency(line):
        return credited[1]
    s = strip_markup(visible(line)).strip()
    match = _COPYRIGHT.match(s)
    if match:
        name = " ".join(match.group("name").split())
        if known := known_outlet(name):
            return known
        return name if looks_like_outlet(name) else None
    if (more := _READ_MORE_CREDIT.fullmatch(s)) is not None:
        # 'Read more: Valley Times' under the text: the outlet the story is credited to
        name = " ".join(more["name"].split()).strip(" .")
        if known := known_outlet(name):
            return known
        return name if looks_like_outlet(name) else None
    return published_in_outlet(s) or reprint_outlet(s)


#: a credit line naming (not linking) where the story ran: 'Read more: Valley Times',
#: 'Full story at: Herat Daily'
_READ_MORE_CREDIT = re.compile(
    r"(?:read more|full story|more)(?:\s+(?:at|on|in))?\s*[:\-–—]\s*"
    r"(?P<name>[A-Z][\w.&'’ -]{1,50})",
    re.IGNORECASE,
)


def paragraph_text(line: str) -> str:
    """Return the paragraph text of a body line: stripped, without a leading ``>`` quote mark.

    Example
    -------
    >>> paragraph_text('  > "We will return," she said.')
    '"We will return," she said.'
    """
    return _BLOCKQUOTE.sub("", line.strip()).strip()


def header_label(line: str) -> tuple[str, str] | None:
    """Return ``(field, value)`` for a labelled header line such as ``Title: ...`` or ``URL: ...``.

    ``field`` is ``title``, ``url`` or ``byline`` (see :data:`HEADER_LABELS`); other labels give
    ``None`` (dates and ``Source:`` lines have their own rules).

    Example
    -------
    >>> header_label("**Headline:** Talks resume in Kabul")
    ('title', 'Talks resume in Kabul')
    >>> header_label("The minister said: talks resume") is None
    True
    """
    match = _LABEL.match(line.strip())
    if not match:
        return None
    field_name = HEADER_LABELS.get(" ".join(match.group(1).split()).casefold())
    if field_name is None:
        return None
    value = strip_markup(match.group(2))
    if field_name == "url" and (" " in value or not re.match(r"^(?:https?://|www\.)", value)):
        return None
    return (field_name, value) if value else None


def clean_title(line: str) -> str:
    """Return a title line without markup and without a ``Title:``/``Headline:`` label.

    Example
    -------
    >>> clean_title("Title: Talks resume in Kabul"), clean_title("2. TALKS RESUME IN KABUL")
    ('Talks resume in Kabul', 'TALKS RESUME IN KABUL')
    >>> clean_title("### Talks on **border trade** resume")
    'Talks on border trade resume'
    """
    label = header_label(line)
    if label is not None and label[0] == "title":
        return _unemphasised(label[1])
    # an item number before the headline: '2. Talks resume', '[2] Talks resume'
    title = _unemphasised(
        re.sub(r"^(?:\d{1,2}[.)]|\[\d{1,3}\])\s+", "", undecorated(strip_markup(visible(line))))
    )
    return _unemphasised(title[len(stamp) :].strip()) if (stamp := time_stamp(title)) else title


# a date and a clock time opening a line, then a colon or a bar: a feed reader's or a bot's
# stamp before the headline it passes on ('Sun Jul 06 10:31:31 UTC 2025: ...',
# '2025-07-06 10:31 | ...', '06.07.2025, 10:31 - ...')
_STAMP = re.compile(
    r"^(?P<stamp>[^:|]{0,40}?\d{1,2}:\d{2}(?::\d{2})?[^:|]{0,24}?)\s*(?::|\||\s[-–—])\s+(?=\S)"
)


def time_stamp(line: str) -> str:
    """The date-and-time stamp that opens ``line`` before a colon, bar or dash (with it), or ''.

    Only a stamp that holds a full date (year included) and a clock time counts: a time alone
    (``10:30 - Talks resume``) or a place (``Kabul: ...``) is not one.

    Example
    -------
    >>> time_stamp("Sun Jul 06 10:31:31 UTC 2025: Talks resume in Doha")
    'Sun Jul 06 10:31:31 UTC 2025: '
    >>> time_stamp("10:30 - Talks resume"), time_stamp("Kabul: talks resume")
    ('', '')
    """
    m = _STAMP.match(line)
    if not m or not re.search(r"\b(?:19|20)\d{2}\b", m["stamp"]):
        return ""
    return m.group(0) if parse_date(m["stamp"]) else ""


_EXPANDED = re.compile(r"^(?P<short>[A-Z]{2,6})\s*(?:[–—-]|:|\()\s*(?P<long>[A-Z][^()]{4,60}?)\)?$")


def expanded_acronym(name: str) -> bool:
    """True for an agency's or site's initials spelled out beside them, as mastheads and logo
    lines print them: ``INP – Independent News Pakistan``, ``BNA (Bakhtar News Agency)``.

    Example
    -------
    >>> expanded_acronym("KNA – Kabul News Agency"), expanded_acronym("UN – talks resume")
    (True, False)
    """
    m = _EXPANDED.match(" ".join(name.split()))
    if not m:
        return False
    initials = "".join(w[0] for w in m["long"].split() if w[:1].isupper())
    return initials == m["short"]


def looks_like_outlet(name: str) -> bool:
    """Return True when ``name`` reads as a news outlet's name.

    A known outlet, a web domain, one CamelCase word (``KabulNow``) or a short capitalised name
    ending in a word such as ``News``, ``Times``, ``Press``, ``TV``.

    Example
    -------
    >>> looks_like_outlet("Herat Daily"), looks_like_outlet("Staff Reporter")
    (True, False)
    """
    name = " ".join(name.strip(" .*_").split())
    if not name or any(ch.isdigit() for ch in name):
        return False
    if known_outlet(name) or _DOMAIN.match(name) or expanded_acronym(name):
        return True
    words = name.split()
    if not words[0][:1].isupper() or len(words) > 5:
        return False
    return (
        (len(words) == 1 and bool(_CAMEL.match(name)))
        or words[-1].casefold() in _OUTLET_WORDS
        # 'The Chronicle of Herat', 'The Herald of the Valley': an outlet word, then 'of' a place
        or outlet_of_place(name)
    )


def edition_name(name: str) -> bool:
    """True for a site's language edition: a capitalised name of one to three words, then the
    language ('Valley Voice English', 'Al Noor Urdu'). Read beside a date on a header line only:
    elsewhere such a name is a republishing site's, not the story's source.

    Example
    -------
    >>> edition_name("Valley Voice English"), edition_name("Classes Taught In English")
    (True, False)
    """
    words = " ".join(name.strip(" .*_").split()).split()
    return (
        2 <= len(words) <= 4
        and words[-1].casefold() in _EDITION_LANGUAGES
        and all(w[:1].isupper() and w.casefold() not in _LINKING for w in words[:-1])
    )


def outlet_of_place(name: str) -> bool:
    """True when ``name`` is built as an outlet's name of a place: ``(The) <outlet word> of
    <Place>``.

    Example
    -------
    >>> outlet_of_place("The Chronicle of Herat"), outlet_of_place("The Fall of Kabul")
    (True, False)
    """
    of = _OUTLET_OF.fullmatch(" ".join(name.strip(" .*_").split()))
    return bool(of) and of["word"].casefold() in _OUTLET_WORDS


#: an outlet's name built as '(The) <outlet word> of <Place>'
_OUTLET_OF = re.compile(
    r"(?:The\s+)?(?P<word>[A-Z][a-z]+)\s+of\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)


#: an outlet's name glued before a story's first sentence: 'Valley News Agency: Officials ...'
_LEAD_TAG = re.compile(
    r"^(?P<name>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4})\s*(?::|\s[–—-]|-)\s+[\"“]?[A-Z]"
)


#: a desk credit with the outlet's tag opening a story: 'Web Desk (VNA); Officials said ...'
_DESK_TAG = re.compile(
    r"^(?:[A-Z][\w.&'’-]*\s+){0,2}(?:Desk|DESK|Bureau|BUREAU)\s*\((?P<name>[A-Z][\w.&'’ -]{1,30})\)"
    r"\s*[;:,–—-]"
)


def lead_tag_outlet(line: str) -> str | None:
    """Return the outlet whose name opens a story's first sentence as a tag (``Valley News
    Agency: Officials said ...``, ``Herat Times – The council ...``): a name that reads as an
    outlet's (:func:`looks_like_outlet`), then a colon or a dash.

    Example
    -------
    >>> lead_tag_outlet("Valley News Agency: Officials said on Monday that talks resumed.")
    'Valley News Agency'
    >>> lead_tag_outlet("Officials: talks resumed on Monday.") is None
    True
    >>> lead_tag_outlet("Web Desk (VNA); Officials said on Monday that talks resumed.")
    'VNA'

    """
    if desk := _DESK_TAG.match(visible(line).strip()):
        return known_outlet(desk["name"]) or desk["name"]
    match = _LEAD_TAG.match(visible(line).strip())
    if not match or not looks_like_outlet(match["name"]):
        return None
    return known_outlet(match["name"]) or match["name"]


def name_line(line: str) -> str | None:
    """Return a header line that is one capitalised word and no place, month or weekday: a
    site's or outlet's name standing alone (``Editorji`` above the text, ``Hathalyoum`` under
    the headline), never a headline.

    Class: newsletters, exports and copied pages credit each story with its outlet's bare name
    on a line of its own.

    Example
    -------
    >>> name_line("Steppewire"), name_line("Kabul"), name_line("Talks resume")
    ('Steppewire', None, None)
    """
    name = strip_markup(visible(line)).strip(" .*_")
    if not _ONE_NAME.match(name) or name.isupper():
        return None
    folded = name.casefold()
    if folded in _CALENDAR_NAMES or folded in _place_names():
        return None
    return known_outlet(name) or name


def site_name(line: str) -> str | None:
    """Return a header line that is a known outlet or a web site's name (``Particle.news``).

    Example
    -------
    >>> site_name("Particle.news"), site_name("Talks resume in Kabul")
    ('Particle.news', None)
    """
    name = " ".join(strip_markup(line).split())
    return known_outlet(name) or (name if _DOMAIN.match(name) else None)


def byline_outlet(line: str) -> str | None:
    """Return the outlet named in a byline such as ``By NAME | OUTLET`` or ``By NAME, OUTLET``.

    The part after the name counts only when it is a known outlet or looks like one
    (:func:`looks_like_outlet`).

    Example
    -------
    >>> byline_outlet("*By Sara Ahmadi | Herat Daily*")
    'Herat Daily'
    >>> byline_outlet("By Sara Ahmadi, Staff Reporter") is None
    True
    >>> byline_outlet("Writer: Herat Daily"), byline_outlet("By Sara Ahmadi")
    ('Herat Daily', None)
    """
    s = strip_markup(line)
    if (desk := role_byline(s)) is not None:
        return (known_outlet(desk) or desk) if _names_outlet(desk) else None
    label = header_label(s)
    s = label[1] if label is not None and label[0] == "byline" else _BYLINE.sub("", s, count=1)
    if (on := _ON_DATE.search(s)) and parse_date(on.group("date")):
        s = s[: on.start()]
    named = s.strip(" .")
    bare = _DESK_SUFFIX.sub("", named)
    desk = bare != named and not any(ch in bare for ch in ",|")
    if desk and _BYLINE.match(line.strip(" *_")) and _names_outlet(bare):
        return known_outlet(bare) or " ".join(bare.split())
    parts = _BYLINE_SEP.split(s.strip(), maxsplit=1)
    if len(parts) < 2:
        # 'By Reuters', 'Writer: Zan News': the outlet stands for the writer
        whole = parts[0].strip(" .")
        if whole and known_outlet(whole):
            return known_outlet(whole)
        return " ".join(whole.split()) if whole and looks_like_outlet(whole) else None
    tail = parts[1].strip(" .")
    candidates = [tail, *(p.strip(" .") for p in _BYLINE_SEP.split(tail))]
    for cand in candidates:
        if cand and looks_like_outlet(cand):
            return known_outlet(cand) or " ".join(cand.split())
    return None


def is_author_note(line: str) -> bool:
    """Return True for an italic author bio (``*NAME is a reporter at ...*``) line.

    Example
    -------
    >>> is_author_note("_Sara Ahmadi is a freelance journalist based in Herat._")
    True
    >>> is_author_note("Sara Ahmadi is a freelance journalist based in Herat.")
    False
    """
    match = _ITALIC_LINE.match(line.strip())
    return bool(match) and word_count(line) <= 60 and bool(_BIO.match(match.group(2).strip()))


@lru_cache(maxsize=1)
def boilerplate_patterns() -> re.Pattern[str]:
    """Return the compiled navigation/boilerplate pattern from ``data/corpus/boilerplate.txt``."""
    text = resources.files("afgresearch.data").joinpath("corpus/boilerplate.txt").read_text("utf-8")
    rules = [r.strip() for r in text.splitlines() if r.strip() and not r.lstrip().startswith("#")]
    return re.compile(r"^(?:" + "|".join(f"(?:{r})" for r in rules) + r")\W*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _author_labels() -> re.Pattern[str]:
    text = resources.files("afgresearch.data").joinpath("corpus/author_labels.txt")
    rules = [
        r.strip()
        for r in text.read_text("utf-8").splitlines()
        if r.strip() and not r.lstrip().startswith("#")
    ]
    return re.compile(r"^(?:" + "|".join(f"(?:{r})" for r in rules) + r")\W*$", re.IGNORECASE)


def is_author_label(line: str) -> bool:
    """True when ``line`` heads a page's author box (``About the author``), from
    ``data/corpus/author_labels.txt``.

    Example
    -------
    >>> is_author_label("About the Author:"), is_author_label("About the talks")
    (True, False)
    """
    return bool(_author_labels().match(strip_markup(line)))


_BRACKETED = re.compile(r"\(([^()]+)\)\s*$")
#: a bracketed note on where a relayed story came from: '(citing the BBC)', '(via Reuters)'
_RELAYED = re.compile(r"(?:citing|quoting|via|from|with|after)\s+\S", re.IGNORECASE)
# a counter a CMS prints after the byline's date, views or comments with their icon lost in the
# copy ('By Jane Doe - 12 Mar, 2024 1,204'): a bare number right after the year
_COUNTER_TAIL = re.compile(r"(?<=(?:19|20)\d\d)\s+\d[\d,]*\s*$")


def byline_date(line: str) -> str | None:
    """The ISO date a byline or source line carries after a comma or in closing brackets
    (``By Omar Hakimi, 19 April 2025``, ``TOLOnews (3 June 2025)``).

    Example
    -------
    >>> byline_date("By Omar Hakimi, 19 April 2025"), byline_date("By Omar Hakimi, Kabul")
    ('2025-04-19', None)
    >>> byline_date("TOLOnews (3 June 2025)"), byline_date("By Jane Doe - 12 Mar, 2024 1,204")
    ('2025-06-03', '2024-03-12')
    """
    if _BYLINE.match(strip_markup(line).strip()):
        line = _COUNTER_TAIL.sub("", line)
    bracketed = _BRACKETED.search(line)
    if bracketed and (found := parse_date(bracketed.group(1).strip())):
        return found
    on = _ON_DATE.search(line)
    if on and _BYLINE.match(strip_markup(line).strip()) and (found := parse_date(on.group("date"))):
        return found  # 'Written by Valley Post on 3 May 2025'
    bare = strip_markup(line).strip()
    if _BYLINE.match(bare) and not ends_sentence(bare):
        # a date after the name with no separator: 'Published by A. Noori 4 de septiembre, 2025'
        words = bare.split()
        for k in range(2, len(words)):
            if words[k][:1].isdigit() and (found := _date_text(" ".join(words[k:]))):
                return found

    at = line.find(",")
    while at >= 0:
        found = parse_date(line[at + 1 :].strip())
        if found:
            return found
        at = line.find(",", at + 1)
    return None


def ends_sentence(line: str) -> bool:
    """Return True when ``line`` ends with terminal punctuation (closing quotes allowed)."""
    return bool(SENTENCE_END.search(line))


def word_count(line: str) -> int:
    """Return the number of words in ``line``."""
    return len(_WORD.findall(line))


# parts of a header line: 'Amu TV | 21 June 2025', 'Published 2 June 2025 — by Name, Outlet'
_SEGMENT_SEP = re.compile(r"\s*[|·•]\s*|\s+[—–]\s+")
# 'March 3, 2025 11:15 AM GMT+4:30 Updated 2 hours ago': the second stamp is not needed
_UPDATED_TAIL = re.compile(r"\s+[(\[]?(?:last\s+)?(?:updated|modified|edited)\b.*$", re.IGNORECASE)
_LEADING_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:GMT|UTC|[A-Z]{2,4}T)?"
    r"(?:\s*[+-]\d{1,2}(?::?\d{2})?)?\s*[,|]?\s+",
    re.IGNORECASE,
)
_HIJRI = re.compile(r"(?<!\d)1[34]\d\d[/-]\d{1,2}[/-]\d{1,2}(?!\d)")
# a reading time after the date ('Oct 18, 2025 · 4 min read'), glued to the year where a
# scraper dropped the space between two page elements ('18.10.20253 min read': the date, then
# '3 min read'); the date is read without it
_READ_TIME_TAIL = re.compile(
    r"(?:\s*[·|•,–—-]\s*|\s+|(?<=(?:19|20)\d\d))\d{1,3}\s*min(?:ute)?s?\.?\s+read\s*$",
    re.IGNORECASE,
)
#: small words inside a name ('Voice of America', 'Dawn and Times')
_NAME_LINKS = frozenset(["of", "the", "and", "for", "de", "du", "al", "el", "la", "le", "&", "-"])
#: words that name a day or a month, not an outlet, before a date ('Monday, 06.04.2025')
_CALENDAR_WORDS = frozenset(
    [
        *WEEKDAYS,
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "today",
        "date",
        "dated",
    ]
)


#: month names in Spanish, Portuguese, French and German, read as English ones before parsing
#: ('4 de septiembre, 2025', '12 juillet 2025', '3. März 2025'); shared spellings map once
FOREIGN_MONTHS = {
    **dict.fromkeys(("enero", "janeiro", "janvier", "januar", "jänner"), "January"),
    **dict.fromkeys(("febrero", "fevereiro", "février", "fevrier", "februar"), "February"),
    **dict.fromkeys(("marzo", "março", "marco", "mars", "märz", "maerz"), "March"),
    **dict.fromkeys(("abril", "avril"), "April"),
    **dict.fromkeys(("mayo", "maio", "mai"), "May"),
    **dict.fromkeys(("junio", "junho", "juin", "juni"), "June"),
    **dict.fromkeys(("julio", "julho", "juillet", "juli"), "July"),
    **dict.fromkeys(("agosto", "août", "aout"), "August"),
    **dict.fromkeys(("septiembre", "setiembre", "setembro", "septembre"), "September"),
    **dict.fromkeys(("octubre", "outubro", "octobre", "oktober"), "October"),
    **dict.fromkeys(("noviembre", "novembro", "novembre"), "November"),
    **dict.fromkeys(("diciembre", "dezembro", "décembre", "decembre", "dezember"), "December"),
}
_FOREIGN_MONTH = re.compile(
    r"\b(?:" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
# 'de'/'del' linking day, month and year in Spanish and Portuguese dates
_DATE_LINK = re.compile(r"(?<=\w)\s+del?\s+(?=\w)", re.IGNORECASE)


def english_months(text: str) -> str:
    """``text`` with Spanish, Portuguese, French and German month names in English.

    Example
    -------
    >>> english_months("4 de septiembre, 2025"), english_months("12 juillet 2025")
    ('4 September, 2025', '12 July 2025')
    """
    if not _FOREIGN_MONTH.search(text):
        return text
    out = _FOREIGN_MONTH.sub(lambda m: FOREIGN_MONTHS[m.group(0).casefold()], text)
    return _DATE_LINK.sub(" ", out)


def _date_text(text: str) -> str | None:
    """The ISO date of a short text that is only a date (see :func:`parse_date`)."""
    # a digest's item number before its date line ('[4] via Daily Wire | March 3, 2021') is no day
    rest = _ITEM_NUMBER.sub("", text.strip(), count=1)
    # an outlet's bracketed tag before its date ('[VALLEY POST]  19.07.2023') is no day either
    if (tag := _OUTLET_TAG.match(rest)) and looks_like_outlet(tag["name"]):
        rest = rest[tag.end() :]
    rest = _DATE_PREFIX.sub("", english_months(rest), count=1)
    rest = rest.translate(DIGITS)
    if _YEAR.search(rest):
        rest = _UPDATED_TAIL.sub("", rest) or rest
    if numeric := numeric_date(rest):
        return numeric
    # a time of day and its zone before a numeric date ('15:51 GMT 15.10.2021'): wire and
    # agency pages stamp the hour first
    untimed = _LEADING_TIME.sub("", rest, count=1)
    if untimed != rest and (numeric := numeric_date(untimed)):
        return numeric
    hijri = _HIJRI.search(rest)
    if hijri and not _YEAR.search(rest) and word_count(rest) <= 3:
        return iso_date(hijri.group(0)) or None
    if hijri:  # a Solar Hijri date beside its Gregorian one: read the Gregorian
        rest = (rest[: hijri.start()] + rest[hijri.end() :]).strip(" ()[],;")
    if not _YEAR.search(rest) or not (_MONTH.search(rest) or _ISO.search(rest) or "/" in rest):
        return None
    # times and zones add numbers ('11:15 AM GMT+4:30'); words beyond a few are a sentence
    if word_count(rest) > 12 or len(_LETTER_WORD.findall(rest)) > 6:
        return None
    try:
        parsed, skipped = date_parser.parse(
            rest,
            fuzzy_with_tokens=True,
            default=datetime(2000, 1, 1),
            ignoretz=True,
            dayfirst=slash_day_first(),
        )
    except (ValueError, OverflowError, TypeError):
        return None
    leftover = " ".join("".join(skipped).split())
    # tolerate separators, time zones and words such as "at", "on", "GMT"
    if len(_WORD.findall(leftover)) > 2 or str(parsed.year) not in rest:
        return None
    return parsed.date().isoformat()


def desk_outlet(line: str) -> str | None:
    """Return the outlet a desk credit names (``Lagatar24 Desk``): a known outlet, or one word
    written like a site name (a digit or an inner capital in it), else ``None``.

    Example
    -------
    >>> desk_outlet("Lagatar24 Desk"), desk_outlet("Web Desk")
    ('Lagatar24', None)
    """
    s = strip_markup(line)
    if not _DESK.match(s):
        return None
    name = s.rsplit(None, 1)[0].strip().lstrip("-–—").strip()
    if known := known_outlet(name):
        return known
    if " " in name or not name[:1].isupper():
        return None
    return name if any(ch.isdigit() for ch in name) or _CAMEL.match(name) else None


def has_read_time(line: str) -> bool:
    """True when ``line`` ends with a reading time ('2 min read'), glued to a year or not.

    Example
    -------
    >>> has_read_time("18.10.20253 min read"), has_read_time("Read more")
    (True, False)
    """
    return bool(_READ_TIME_TAIL.search(strip_markup(visible(line)).strip()))


def _only_date_words(text: str) -> bool:
    """True when every word of ``text`` in letters is a month's or a weekday's name."""
    return all(
        _MONTH.fullmatch(w) or w.casefold() in _CALENDAR_WORDS for w in _LETTER_WORD.findall(text)
    )


def _comma_head(head: str) -> bool:
    """True when ``head`` reads as a name before a date's comma: one to five capitalised words
    (small linking words aside), no digits, no sentence end ('Kabul Express' in 'Kabul Express, 06.04.2025')."""
    words = head.split()
    return (
        1 <= len(words) <= 5
        and all(w[:1].isupper() or w in _NAME_LINKS for w in words)
        and words[0][:1].isupper()
        and not any(ch.isdigit() for ch in head)
        and not ends_sentence(head)
    )


def comma_date(text: str) -> tuple[str, str] | None:
    """The name and the ISO date of a ``<Name>, <date>`` line, else ``None``; the name loses
    stray emphasis marks, dots and blanks around it ('*Valley Times*, 6 April 2025').

    Class: syndicated and translated copies headed by an outlet or a place and the date, in any
    written or numeric form (:func:`parse_date` reads the date, :func:`comma_name_outlet` the
    outlet).

    Example
    -------
    >>> comma_date("Kabul Express, 06.04.2025"), comma_date("Talks resumed, officials said")
    (('Kabul Express', '2025-04-06'), None)
    """
    head, comma, tail = text.partition(",")
    name = " ".join(head.strip(" .*_").split())
    if comma and _comma_head(name) and (dated := _date_text(tail)):
        return name, dated
    return None


def comma_name_outlet(line: str) -> str | None:
    """Return the name before the comma of a ``<Name>, <date>`` line, read as its outlet.

    Class: syndicated and translated copies headed by the outlet and its date alone, day first
    with dots in many locales ('Kommersant, 06.04.2025', 'Daily Outlook, 6 April 2025'). Not a
    name: a weekday, a place the gazetteer knows or a word in capitals only (a dateline,
    'Herat, 06.04.2025', 'KABUL, 06.04.2025', while initials of up to six letters are an
    agency's), or more than four words.

    Example
    -------
    >>> comma_name_outlet("Kommersant, 06.04.2025"), comma_name_outlet("Monday, 06.04.2025")
    ('Kommersant', None)
    >>> comma_name_outlet("KABUL, 06.04.2025"), comma_name_outlet("TASS, 06.04.2025")
    (None, 'TASS')
    >>> comma_name_outlet("Herat, 6 April 2025") is None
    True
    """
    found = comma_date(strip_markup(visible(line)).strip())
    if found is None or len(found[0].split()) > 4:
        return None
    name = found[0]
    if name.casefold() in _CALENDAR_WORDS or _date_text(name):
        return None
    if (name.isupper() and len(name) > 6) or name.casefold() in _place_names():
        return None
    return known_outlet(name) or name


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The packaged gazetteer's places and their other spellings, case-folded (a dateline's
    place). Read from the YAML file as data: the corpus layer does not load the matcher."""
    path = resources.files("afgresearch") / "data" / "gazetteer" / "actors.yaml"
    places = yaml.safe_load(path.read_text(encoding="utf-8")).get("places") or []
    groups = places.values() if isinstance(places, dict) else [places]
    names: set[str] = set()
    for item in (item for group in groups for item in group or []):
        if isinstance(item, dict):
            names.update([str(item.get("name", "")), *map(str, item.get("aliases") or [])])
        else:
            names.add(str(item))
    return frozenset(n.strip().casefold() for n in names if n.strip())


def _segments(line: str) -> list[str]:
    return [seg for seg in _SEGMENT_SEP.split(_unemphasised(strip_markup(line))) if seg.strip()]


def parse_date(line: str) -> str | None:
    """Return the ISO date (``YYYY-MM-DD``) if ``line`` is a date line, else ``None``.

    A date line is short, optionally starts with ``Published``/``Updated``/``Posted`` (``On``),
    and holds a year plus a month name, or an ISO date, or a Solar Hijri ``1404/02/15`` date
    (Persian digits too); nothing else but times, weekdays and a trailing ``Updated ...``
    stamp. A line of up to four parts separated by ``|``, ``·``, ``•`` or a dash is a date
    line when one part is a date and the others are short names (an outlet, a byline); so is a
    byline of up to 14 words followed by ``Published``/``Updated``/``Posted`` and a date.

    Example
    -------
    >>> parse_date("Updated 21 July 2023")
    '2023-07-21'
    >>> parse_date("*Published 12 May 2025* | Kabul Now"), parse_date("Date: 2025-04-14T09:32:00+04:30")
    ('2025-05-12', '2025-04-14')
    >>> parse_date("Hasht-e Subh | 1404/02/15")
    '2025-05-05'
    >>> parse_date("Valley News Desk October 10, 2025, 12:49:32 IST")
    '2025-10-10'
    >>> parse_date("Talks in 2023 were long") is None
    True
    """
    stripped = strip_markup(visible(line))
    if not stripped or len(stripped) > 2 * 100:
        return None
    low = stripped.lower()
    stamp = "published" in low or "updated" in low or "posted" in low
    mid = _PUBLISHED_MID.search(stripped) if stamp else None
    head = stripped[: mid.start()] if mid else ""
    if head.strip() and word_count(head) <= 14 and not ends_sentence(head):
        # 'Fahad Shabbir (@FahadShabbir) Published May 21, 2025 | 11:20 AM': a byline and date
        stamped = parse_date(stripped[mid.start() :])
        if stamped:
            return stamped
    if len(stripped) > 100:
        return None
    desk = _DESK_LEAD.match(stripped)
    if desk and (dated := _date_text(stripped[desk.end() :])):
        return dated  # 'Kabul Desk October 10, 2025, 12:49:32 IST': a desk credit and its date
    if len(stripped) <= 60:
        direct = _date_text(stripped)
        if direct:
            return direct
        # a date alone but for its reading time ('18.10.20253 min read'); a byline before
        # them is left to the byline reader
        untimed = _READ_TIME_TAIL.sub("", stripped)
        if untimed != stripped and _only_date_words(untimed) and (dated := _date_text(untimed)):
            return dated
        # '<Name>, <date>' in any written or numeric form ('Kabul Express, 06.04.2025')
        if found := comma_date(stripped):
            return found[1]
        # '<date>, <Name>': a stamp naming the outlet after the date ('Published 04.12.2021,
        # Valley Wire')
        head, comma, tail = stripped.partition(",")
        if (
            comma
            and _comma_head(" ".join(tail.strip(" .*_").split()))
            and (dated := _date_text(head))
        ):
            return dated
    segments = _segments(stripped)
    if not 2 <= len(segments) <= 4:
        return None
    dates = [_date_text(seg) for seg in segments]
    found = [d for d in dates if d]
    others = [seg for seg, d in zip(segments, dates, strict=True) if not d]
    if found and all(word_count(o) <= 8 and not ends_sentence(o) for o in others):
        return found[0]
    return None


def credit_lead(line: str) -> str | None:
    """The outlet a dated credit line names first: ``From Outlet · Agency · date``. Class:
    newsletters credit each item to the outlet that ran it, then the agency that supplied it;
    the outlet is the item's, the agency only its supplier.

    Example
    -------
    >>> credit_lead("From HDN · Reuters · Tue, 6 May 2025"), credit_lead("Reuters · 6 May 2025")
    ('HDN', None)
    """
    segments = _segments(line)
    if len(segments) < 2:
        return None
    lead = _FROM_NAME.match(segments[0].strip())
    if not lead or _date_text(lead["name"]):
        return None
    return known_outlet(lead["name"]) or lead["name"]


# a name at the head of a header line: capitalised words (or initials, or a hyphenated
# compound), an optional place or country in parentheses after it ('The Sun (Malaysia)')
_LEAD_NAME = re.compile(
    r"^(?:\[\d{1,3}\]\s*|\d{1,2}[.)]\s+)?(?P<name>(?:The\s+)?(?:[A-Z][\w’'&.]*(?:-[A-Z][\w’'.]*)?"
    r"(?:\s+(?:of\s+)?[A-Z][\w’'&.]*(?:-[A-Z][\w’'.]*)?){0,3}))(?:\s*\([A-Z][A-Za-z .]{1,30}\))?$"
)
#: header words that open a date line without naming anyone: 'Updated | 3 May 2025'
_HEADER_WORDS = frozenset(
    [
        "updated",
        "published",
        "posted",
        "modified",
        "edited",
        "written",
        "last",
        "by",
        "from",
        "on",
        "at",
        "source",
        "date",
        "home",
        "news",
        "world",
        "latest",
        "breaking",
    ]
)


def lead_name(line: str, dated: bool = True) -> str | None:
    """The outlet a header line names in its first part, before its date and other parts:
    ``[4] Valley Post (Herat) | 9 July 2025``, ``**KNA** · Fri 18 Jul 2025 · 2 min``. The name
    is two to four capitalised words, initials, or a hyphenated compound (``Asia-Pacific``);
    one plain word (``World``, ``Updated``) is a section or a header word, not an outlet.

    Example
    -------
    >>> lead_name("[2] The Evening Ledger (Herat) | 8 July 2025 | AFP")
    'The Evening Ledger'
    >>> lead_name("**KNA** · Fri 18 Jul 2025 · 2 min"), lead_name("World | 3 May 2025")
    ('KNA', None)

    With ``dated=False`` a line of a name and short sections will do (an italic ``*Valley
    Post · World*`` under a headline), the name marked as a masthead all the same.
    """
    parts = _segments(line)
    if len(parts) < 2:
        return None
    if dated and not any(_date_text(p.strip()) for p in parts[1:]):
        return None
    if not dated and any(word_count(p) > 3 for p in parts[1:]):
        return None  # undated, the parts after the name are a section or two ('World')
    m = _LEAD_NAME.match(" ".join(parts[0].split()))
    if not m or _date_text(m["name"]):
        return None
    name = m["name"]
    words = name.split()
    if any(w.casefold() in _HEADER_WORDS for w in words[:1]):
        return None
    shaped = bool(re.fullmatch(r"[A-Z]{2,6}|[A-Z][\w’']*-[A-Z][\w’']*", name))
    # two capitalised words may be a writer's name ('Farid Ahmadi | 3 May 2025'): they name
    # the outlet where the line marks them as a masthead does, with an item number, a place
    # in parentheses, or emphasis
    marked = (
        parts[0].strip() != m["name"]
        or re.match(r"^\s*(?:\[\d{1,3}\]|\d{1,2}[.)]\s)", line) is not None
        # the name, and only the name, set in bold or italics ('**Valley Post** · date'; not
        # '**Sara Ahmadi** New Delhi · date')
        or re.match(r"^\s*(\*\*|__|\*|_)\s*" + re.escape(name) + r"\s*\1(?!\w)", line) is not None
        # ... or the whole line set so, the name its first part ('*Valley Post · World*')
        or re.match(r"^\s*(\*\*|__|\*|_)\s*" + re.escape(name) + r"\s*[|·•—–].*\1\s*$", line)
        is not None
    )
    if shaped or (len(words) >= 2 and marked):
        return known_outlet(name) or name
    return None


def date_line_outlet(line: str) -> str | None:
    """Return the outlet a date line names beside its date ('Amu TV | 21 June 2025').

    The parts that are not the date count when they read as an outlet
    (:func:`looks_like_outlet`), directly, after a comma, or at the end of a byline part.

    Example
    -------
    >>> date_line_outlet("Kabul Now, 3 July 2025"), date_line_outlet("21 June 2025 | Amu TV")
    ('Kabul Now', 'Amu TV')
    >>> date_line_outlet("*Published 2 June 2025 — by Farid Ahmadi, Amu TV*")
    'Amu TV'
    >>> date_line_outlet("From HDN · Reuters · Tue, 6 May 2025")
    'HDN'
    >>> date_line_outlet("Updated 21 July 2023") is None
    True
    >>> date_line_outlet("[VALLEY POST]  19.07.2023")
    'VALLEY POST'
    """
    plain = strip_markup(line).strip()
    tag = _OUTLET_TAG.match(plain)
    if tag and looks_like_outlet(tag["name"]) and _date_text(plain[tag.end() :]):
        name = " ".join(tag["name"].split())
        return known_outlet(name) or name  # '[VALLEY POST]  19.07.2023'
    if named := credit_lead(line):
        return named
    if named := lead_name(line):
        return named
    for seg in _segments(line):
        if _SOURCE.match(seg):
            named = source_outlet(seg)
            if named:
                return known_outlet(named) or named
            continue
        if _BYLINE.match(seg):
            named = byline_outlet(seg)
            if named:
                return named
            continue
        for part in [seg, *seg.split(",")]:
            part = part.strip(" .")
            if part and not _date_text(part) and (looks_like_outlet(part) or edition_name(part)):
                return known_outlet(part) or " ".join(part.split())
    return comma_name_outlet(line)


def source_text(line: str) -> str:
    """Return what a ``Source: ...`` line says after its label ('' for other lines).

    Example
    -------
    >>> source_text("Source: Reuters, 14 May 2025")
    'Reuters, 14 May 2025'
    """
    match = _SOURCE.match(strip_markup(line))
    return match.group(1).strip() if match else ""


#: a dash typed as two or three hyphens in plain text, between a header line's parts
_PLAIN_DASH = re.compile(r"\s+-{2,3}\s+")


def source_outlet(line: str) -> str | None:
    """Return the outlet named by a ``Source: ...`` line (first name before ``and``/``,``/``|``).

    Example
    -------
    >>> source_outlet("Source: Afghanistan International · 1404/03/05 (26 May 2025)")
    'Afghanistan International'
    >>> source_outlet("**Source:** Valley Post (citing the BBC)")
    'Valley Post'
    >>> source_outlet("Source: **Herat Daily** | By AFP | Updated 3 May 2025")
    'Herat Daily'
    """
    if via := _VIA_NAME.match(strip_markup(line).strip()):
        return via["name"]
    if named := from_credit(line):
        return named
    if intro := _INTRO_NAME.match(strip_markup(line).strip()):
        return intro["lead"] or intro["name"]
    match = _SOURCE.match(strip_markup(line))
    if not match:
        return None
    first = _SEGMENT_SEP.split(match.group(1).strip(), maxsplit=1)[0]
    first = _PLAIN_DASH.split(first, maxsplit=1)[0]  # 'Source: Outlet -- 4 March 2025'
    bracketed = _BRACKETED.search(first)
    if bracketed and _RELAYED.match(bracketed.group(1).strip()):
        first = first[: bracketed.start()]  # 'Valley Post (citing Reuters)': the relay's source
    elif bracketed and parse_date(bracketed.group(1).strip()):
        first = first[: bracketed.start()]  # 'TOLOnews (3 June 2025)'
    name = re.split(r"\s+(?:and|&)\s+|[,;/]", first, maxsplit=1)[0]
    # the name emphasised after a plain label ('Source: **Valley Post** | By AFP')
    name = name.strip(" .*_")
    if name.casefold() in _POOLED_WIRES:
        return None  # 'Source: Agencies': pooled wire copy names no outlet
    return name or None


#: how sites credit copy pooled from several wires ('Source: Agencies'): no outlet's name
_POOLED_WIRES = frozenset(
    {"agencies", "news agencies", "wires", "wire services", "wire reports", "agency reports"}
)


def credit_footer_outlet(line: str) -> str | None:
    """Return the outlet a credit footer names (``Read the full story at the X website.``).

    Example
    -------
    >>> credit_footer_outlet("Read the full story at the Herat Daily website.")
    'Herat Daily'
    >>> credit_footer_outlet("Officials read the full report.") is None
    True
    """
    match = _CREDIT_FOOTER.match(strip_markup(line))
    if not match:
        return None
    name = match.group("name").strip(" .")
    return (known_outlet(name) or name) if name else None


def _unemphasised(text: str) -> str:
    return re.sub(r"(?<!\w)[*_]{1,3}|[*_]{1,3}(?!\w)", "", text).strip()


def classify(line: str) -> str:
    """Return the layout kind of one line (see the module constants).

    Parameters
    ----------
    line : one line of text, without its newline.

    Returns
    -------
    One of ``blank, body, title, date, byline, source, url, nav, end, bullet, caption,
    fragment, agency, footer, label``; ``label`` is a header label with nothing after it
    (``Title:``); a bullet line takes the kind of its text when that is a header line or a
    sentence (:func:`_bullet_kind`); ``agency`` is a line holding only an agency tag
    (``(MENAFN- Khaama Press)``), ``footer`` a line of desk initials (``pr/mud``); labelled header lines (``Title:``, ``URL:``, ``Author:``) take their label's kind;
    an italic author bio line is ``nav``:
    ``end`` is a bare ``read more`` marker, a separator rule (``-----``) or a page edge
    (``top of page``) that closes an article; ``fragment`` a long line
    without terminal punctuation (a caption or a cut-off line), never a paragraph.
    """
    line = visible(line)
    s = line.strip()
    if not s:
        return BLANK
    if not _WORD.search(s.replace("_", "")):
        # rules such as "-----", "* * *" or an export's "______" separate articles; other
        # symbol-only lines are noise
        return END if len(s.replace(" ", "")) >= 3 or is_dinkus(s) else NAV
    if is_banner(s):
        return END
    if decorated := undecorated(s):
        line = s = decorated
    if _MD_IMAGE.fullmatch(s):
        return CAPTION  # a Markdown image line: its alt text describes a picture
    if _MD_HEADING.match(s):
        return TITLE if word_count(s) <= TITLE_MAX_WORDS else BODY
    if is_author_note(s):
        return NAV
    s = strip_markup(s)
    if not s:
        return NAV
    label = header_label(s)
    if label is not None:
        if label[0] == "title" and word_count(label[1]) <= 2 * TITLE_MAX_WORDS:
            return TITLE
        if label[0] == "url":
            return URL
        if label[0] == "byline" and word_count(label[1]) <= 12:
            return BYLINE
    if (
        _ITEM_MARKER.fullmatch(s)
        or (_CLOSER.fullmatch(s) and any(ch.isspace() for ch in s.strip(" -–—=*~#.")))
        or (_END.fullmatch(s.rstrip(" .:")) and word_count(s) <= 5)
        or (len(s) <= 24 and PAGE_EDGE.fullmatch(s))
        or _CREDIT_FOOTER.match(s)
    ):
        return END
    if s[-1] in "):—–-" and (is_agency_tag(s) or is_dateline_only(s)):
        return AGENCY
    if "/" in s and s == s.lower() and _INITIALS.fullmatch(s):
        return FOOTER
    if " " not in s and sum(ch.isdigit() for ch in s) >= 10 and _REF_ID.fullmatch(s):
        return NAV
    if _SIGN_OFF.fullmatch(s):
        return NAV  # a reporter's sign-off under the text: 'Dina Rahimi, VNA'
    if is_field_code(s):
        return NAV  # a database export's field code and its quoted value: 'PUB "Valley Post"'

    if (
        _END_MARKER.fullmatch(s)
        or boilerplate_patterns().match(s)
        or boilerplate_patterns().match(_unemphasised(s))
        or is_menu(s)
        or _furniture_parts(s)
        or is_language_switch(s)
    ):
        return NAV
    if _INTRO_NAME.match(s):
        return SOURCE
    if (
        _EMPTY_LABEL.match(s)
        and word_count(s) <= EMPTY_LABEL_MAX_WORDS
        and s.split()[0].casefold() not in _PRONOUNS
    ):
        return LABEL
    if _BULLET.match(line):
        return _bullet_kind(line)
    if (_SOURCE.match(s) and word_count(s) <= 12) or _VIA_NAME.match(s) or from_credit(s):
        return SOURCE
    if parse_date(s) or _YEARLESS_DATE.match(s):
        return DATE
    if role_byline(s) or kicker_outlet(s):
        # 'Valley Post | Staff Reporter' (a desk and its role), 'Valley Post | World' (the
        # outlet and its section): no sentence
        return BYLINE
    words = word_count(s)
    if _CREDIT_LINE.match(s) and words <= 40 and (";" in s or not ends_sentence(s)):
        return NAV
    if (_BYLINE.match(s) and words <= 12 and not ends_sentence(s)) or _DESK.match(s):
        return BYLINE
    if (
        len(s) <= CAPTION_MAX_CHARS
        and (_CREDIT.search(s) or ("|" in s and _PICTURE_CREDIT.search(s)))
    ) or (_CAPTION_PREFIX.match(s) and words <= 40):
        return CAPTION
    if (not ends_sentence(s) and _TRAILING_CREDIT.search(s) and words <= 60) or (
        PICTURE_LABEL.fullmatch(s)
    ):
        return CAPTION
    if (
        ends_sentence(s)
        or (words > 5 and ends_sentence(_TRAILING_MORE.sub("", s)))
        or (words > 5 and trailing_agency(s) is not None)
    ):
        # a sentence set wholly in italics is a note (a digest's intro, an editor's note, a dek)
        return NAV if is_italic_note(line) else BODY
    if words <= TITLE_MAX_WORDS and len(s) <= TITLE_MAX_CHARS:
        return TITLE
    if words >= PROSE_MIN_WORDS and len(SENTENCE_BREAK.findall(s)) >= PROSE_MIN_SENTENCES - 1:
        # a whole story on one line whose last words carry no full stop (a reporter's name
        # glued to the end, a cut-off last sentence): the sentences before are text
        return BODY
    return FRAGMENT


#: a line without a sentence end this long, holding this many sentences, is text
PROSE_MIN_WORDS = 40
PROSE_MIN_SENTENCES = 4


#: kinds a bullet line takes from what follows its marker ('• Writer: Name', '• 2 min read')
_BULLET_HEADER_KINDS = frozenset({DATE, BYLINE, SOURCE, URL, NAV, CAPTION, LABEL})
#: a bullet that is a sentence of at least this many words is body text
BULLET_SENTENCE_MIN_WORDS = 4


def _bullet_kind(line: str) -> str:
    """The kind of a bullet line: a header line's kind when the text after the marker is one
    (byline, date, source, navigation, caption), ``body`` when it is a sentence (a bullet
    summary or list item inside an article), else ``bullet``.

    Example
    -------
    >>> _bullet_kind("  • Writer: Zan News"), _bullet_kind("- Police checked documents in Kabul.")
    ('byline', 'body')
    >>> _bullet_kind("- Grain prices fall for the third month")
    'bullet'
    """
    rest = _BULLET_MARK.sub("", line, count=1)
    kind = classify(rest)
    if kind in _BULLET_HEADER_KINDS:
        return kind
    if kind == BODY and word_count(rest) >= BULLET_SENTENCE_MIN_WORDS:
        return BODY
    return BULLET


_JUNCTION = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


def split_glued(line: str) -> tuple[str, str] | None:
    """Split a headline glued to its first sentence (``...trip to IndiaNEW DELHI — Taliban ...``).

    The junction is a lower-case word run straight into a capital (no space), where the part
    before is title-like (4 to ``TITLE_MAX_WORDS`` words, no sentence end) and the part after is
    a sentence (it opens with a dateline, or has at least six words) ending in punctuation.
    Names such as ``KabulNow`` or ``YouTube`` never split: the piece before the capital must be
    all lower case and at least two letters, unless the part after opens with a dateline.

    Example
    -------
    >>> split_glued("Muttaqi visits New Delhi on a six-day tripNEW DELHI — Muttaqi arrived on Thursday.")
    ('Muttaqi visits New Delhi on a six-day trip', 'NEW DELHI — Muttaqi arrived on Thursday.')
    >>> split_glued("Officials in KabulNow said the talks would resume next week.") is None
    True
    """
    s = line.strip()
    if not _JUNCTION.search(s) or not ends_sentence(s):
        return None
    for match in _JUNCTION.finditer(s):
        pos = match.start()
        piece = s[:pos].rsplit(" ", 1)[-1]
        left, right = s[:pos].strip(), s[pos:].strip()
        opens_dateline = dateline(right) is not None
        if len(piece) < 2 or not (piece.islower() or piece.isdigit() or opens_dateline):
            continue
        words = word_count(left)
        if not 4 <= words <= TITLE_MAX_WORDS or re.search(r"[.!?;:]", left):
            return None
        if ends_sentence(right) and (opens_dateline or word_count(right) >= 6):
            return left, right
        return None
    return None
