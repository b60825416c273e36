"""Segment plain-text news dumps (``.txt``, ``.md``) into articles and body paragraphs.

The segmenter reads layout, not words of particular outlets:

1. Every line is classified (:func:`afgresearch.corpus.lines.classify`): body sentences, short
   title-like lines, date lines (``Published On ...``, ``Updated ...``, bare dates), bylines,
   ``Source:`` lines, navigation (``Short Url``, ``Follow``, ``Read More: ...``), bare
   ``read more`` end markers, bullets, captions (photo credits), long unpunctuated fragments.
2. The file's paragraph style is detected: *blank-separated* (body paragraphs separated by blank
   lines; a run of lines without blanks is one block) or *one-per-line* (consecutive body lines are
   separate paragraphs; blank lines separate news items).
3. A new article starts at: the first content of the file; a title-like line after a
   ``read more`` marker, a separator rule (``-----``) or a ``Source:`` line (a short question
   standing alone there is a headline too); a title-like line (not the current title) followed
   by a metadata block (date, byline, navigation) before any body; a title-like line after two or
   more blank lines; in one-per-line files, a blank-line gap between body blocks, unless the
   article so far is a short lead (at most two lines) followed by a longer block.
4. Only body text becomes paragraphs. Headlines and their repeats, section headings, list
   headings with their bullets, bylines, dates, captions, navigation and ``read more`` are dropped.
   In blank-separated files, a block mixing sentences and title-like lines (an image description
   with its caption, a header block of author/outlet/region/date) holds no paragraph, and a block
   of hard-wrapped lines ending in a sentence is one paragraph (sentences may end at line ends
   inside it; a heading directly above it stays a heading).
5. Exact and near-duplicate paragraphs within an article are dropped
   (:func:`afgresearch.corpus.records.drop_repeats`).

Metadata: a YAML front-matter block at the top of the file (``---`` ... ``---``) gives the first
article's ``title``, ``outlet`` (``source``/``publisher``/``site``) and ``published`` (``date``).
Otherwise ``title`` is the article's first title-like line; ``published`` the first date line in
the article (ISO); ``outlet`` a header line that names a known outlet (``data/corpus/outlets.txt``),
else a ``Source:`` line, else a short title-case header line directly above a date line.
Paragraph text is the stripped line (wrapped lines joined by spaces), so
``lines[line - 1].strip()`` starts with it; lines are those of
:func:`afgresearch.corpus.source.split_lines` (``grep -n`` numbering).

Layout evidence for boundaries, beyond the rules above: a title-like line followed by a lead
that opens with a dateline (``ISLAMABAD:``, ``HERAT CITY (Pajhwok):``, ``NEW DELHI —``) starts
an article, and so does such a lead after a blank line in blank-separated files, or directly
after another sentence in one-per-line files; in one-per-line files whose first content is a
headline, a title-like line of at least ``HEADLINE_MIN_WORDS`` words between sentences is the
next headline; a headline glued to its first sentence (``...to IndiaNEW DELHI — ...``) is split
(:func:`afgresearch.corpus.lines.split_glued`) and starts an article; desk initials
(``pr/mud``), page edges (``top of page``) and credit footers (``Read the full story at ...``)
close one. A separator rule is a block of its own, so text directly under ``-----`` is read. A
header without a headline opens an article above its lead: any header line after a closed
article, a date, byline (``- By Name``, ``Lagatar24 Desk``) or ``Source:`` line after two or
more blank lines. Outlets also come from agency tags and datelines
(:mod:`afgresearch.corpus.outlets`), desk credits, credit footers and an agency's initials
under the headline (``IOM``). A title that is cut off (a body sentence cut mid-word, or ending
in ``...``) is dropped: the title is then empty.

Titles: furniture above the headline (navigation, empty labels, site names such as
``Particle.news``) is passed over; a short first line (a menu item, masthead letters, a
thumbnail's alt text) gives way to a later headline that is repeated or directly above its
text, date or byline, and a first line above a menu item gives way to one directly above its
date or byline; once a date or byline follows the title it is settled. A title-like line that
repeats a related link given elsewhere in the file is a related link; so are teaser lists (two
or more headlines each directly above its date, or with its date on the same line). Sentence bullets are body
text; a sentence under a bare picture label (``Image``), or printed twice above a photo credit,
is a caption.

Digests, exports, newsletters and copied pages: a Markdown heading directly above another
heading or a list, or a short one after the file's first heading, is a section heading (a
digest's title, ``## Diplomacy``), and a sentence set wholly in italics is a note; a header and
issue date above a rule or banner with a headline under it are a masthead, not the story's title
or date. A ``Source:`` line under the text is the story's footer: it names its outlet and date and
closes it. Hard-wrapped paragraphs are found before anything looks ahead (a short wrapped line
that carries on, a line opening ``5)`` under an open line, a last line without a full stop under a
line that stops mid-phrase); a headline wrapped over two lines is one title, and its
evidence (a standfirst, date or byline) is read under its second line. In blank-separated
files where a story's headline stands alone above its text, a headline-like line alone above
a lead that retells it (shares most of its words) opens the next story. A lead opening with a
dateline is firm evidence for the headline above it (it outranks a newsletter's masthead line),
unless that line is a standfirst directly under a headline. Numbered items in a wrapped block are
paragraphs of their own, and one wrapped onto a lower-case line is one paragraph. A short header line
above a date gives the outlet only when title-cased (a standfirst in sentence case does not).
In one-per-line files whose undated stories open with a headline, a shorter title-like line
between sentences is the next headline when its lead retells it (shares most of its words).
In one-per-line files whose stories open with a headline, a short question opening a block
above its text is the next headline; where stories end with ``Source:`` footers, a blank line before
the footer does not end the story. In one-per-line
files a date or byline line between sentences opens an untitled story; where the first headline
has its date under it, an undated headline needs ``DATED_FILE_HEADLINE_MIN_WORDS`` words; a
story's unpunctuated last line stays its text. In one-per-line files a line that ends like a
sentence (``Will the crossing reopen?``, ``Envoy visits Kabul.``) is a headline when the evidence
around it adds up (:func:`_sentence_headline_evidence`: what follows it, its case, headline
grammar, its length beside its lead, the file's own headline style), and an outlet's name or a
credit line under a headline (``Valley Ledger``) is read past as evidence, never as a headline. A long sentence that ends a header block above the text is the lead, and a run of
``label: figure`` lines (a price list) is text. Long summary points under a header, runs of
one-per-line paragraphs around a subheading or an embedded post, and a long unpunctuated line
between paragraphs are text; a site menu after a wide gap opens the next page.

Every non-blank line ends up in a record's ``lines`` with its kind and reason
(:mod:`afgresearch.corpus.linetable`), so what was dropped can be audited.

Example
-------
>>> arts = segment_text("Talks resume in Kabul\\n\\nOfficials met on Monday.\\n")
>>> arts[0].title, arts[0].paragraphs
('Talks resume in Kabul', [(3, 'Officials met on Monday.')])
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from afgresearch.corpus import lines as L
from afgresearch.corpus.dates import file_order, iso_date
from afgresearch.corpus.linetable import attach_lines, names_only_outlet, norm_text
from afgresearch.corpus.outlets import agency_outlet, dateline, outlet_in
from afgresearch.corpus.patterns import SENTENCE_BREAK
from afgresearch.corpus.records import ArticleRecord, drop_repeats
from afgresearch.corpus.source import split_lines
from afgresearch.corpus.transport import read_view, remap_records
from afgresearch.corpus.wrapping import wrap_width, wraps_onto

WRAP_MIN_CHARS = 45
#: a dateline with its date and agency tag: 'Kabul, 13 September 2021 (TDI):', 'HERAT, May 2 —'
_DATED_DATELINE = re.compile(
    r"^[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2},\s+(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2})(?:,?\s+\d{4})?\s*(?:\([A-Z][\w /.-]{1,30}\))?\s*"
    r"(?::|—|–|-\s|\.-)"
)
_ADDRESS_TITLE = re.compile(r"^(?:https?://|www\.)\S+$")
WRAP_SHORT_RATIO = 0.7
WRAP_FLOOR_CHARS = 30
_QUOTES = "\"'“‘«„"
_FUNCTION_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "with",
        "by",
        "from",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "as",
        "than",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "after",
        "before",
        "between",
        "during",
        "against",
        "among",
        "said",
        "says",
        "told",
    ]
)
QUESTION_TITLE_MAX_WORDS = 14
#: in one-per-line files, a title-like line this long between sentences is a headline
HEADLINE_MIN_WORDS = 5
#: ... and where the first headline has a date or byline under it, one without needs this many
DATED_FILE_HEADLINE_MIN_WORDS = 7
#: ... and where undated headlines are title-cased, a title-cased line needs this many
TITLE_CASED_HEADLINE_MIN_WORDS = 4
#: a first title-like line this short yields to a later headline with layout evidence
MENU_MAX_WORDS = 3
#: ... and one this short (a section label) does so even with a date between them
SECTION_LABEL_MAX_WORDS = 2
#: a block with this many sentences keeps them as text when captions sit among them
CAPTIONED_MIN_SENTENCES = 3
#: a line without a sentence end this long, alone between paragraphs, is a paragraph
PARAGRAPH_MIN_WORDS = 25
#: a gap of at least this many blank lines (and twice the file's usual one) before text opens a story
WIDE_GAP_MIN_BLANKS = 4
#: a sentence this long ending a header block, above the text, is the story's lead
LEAD_MIN_WORDS = 15
#: a sentence ending in a colon this long introduces a list that is part of the text
LIST_LEAD_MIN_WORDS = 4
#: a list item this long, under a header or text rather than a list heading, is text
SUMMARY_BULLET_MIN_WORDS = 8


@dataclass
class _Draft:
    start: int
    end: int
    title: str = ""
    outlets: list[str] = field(default_factory=list)
    source_outlet: str = ""
    byline_outlet: str = ""
    pre_date_outlet: str = ""
    masthead_outlet: str = ""  # a copied page's name above its menu: below a byline's credit
    name_outlet: str = ""  # a one-word name line in the header ('Editorji')
    copyright_outlet: str = ""  # the site a copyright line names ('© 2025 Valley Post'): last
    published: str = ""
    published_at: int = 0  # 1-based line the date was taken from
    url: str = ""
    title_line: int = 0  # 1-based line that may give the title (after leading outlet lines)
    title_at: int = 0  # 1-based line the title was taken from
    agency_outlet: str = ""  # from an agency tag or a dateline's agency
    wire_credit: str = ""  # a wire agency's name alone between the headline and the text
    credit_outlet: str = ""  # from a credit footer ('Read the full story at ...')
    credits: list[tuple[int, str]] = field(default_factory=list)  # acronym lines in the header
    paragraphs: list[tuple[int, str]] = field(default_factory=list)
    wrapped: dict[int, list[int]] = field(default_factory=dict)  # paragraph line -> its lines
    body_blocks: int = 0
    closed: bool = False  # after a `read more` marker
    after_source: bool = False  # after a `Source:` line that follows body text

    def record(self) -> ArticleRecord:
        outlet = (
            self.wire_credit
            or next(iter(self.outlets), "")
            or self.source_outlet
            or self.agency_outlet
            or self.byline_outlet
            or self.pre_date_outlet
            or self.masthead_outlet
            or self.credit_outlet
            # an agency's initials directly under the headline ('IOM'); above it, masthead letters
            or next((c for n, c in self.credits if self.title and n > self.title_at), "")
            or self.name_outlet
            or self.copyright_outlet
        )
        if _truncated_title(self.title, self.paragraphs):
            self.title = ""  # title_at stays: the lines table names the cut-off line
        if outlet and names_only_outlet(self.title, outlet):
            # exports, newsletters and copied pages put the outlet's name on a line of its own
            # above the text ('News18', 'JURIST' under 'Document 2 of 5'): the story's outlet
            # line is never its headline
            self.title, self.title_at = "", 0  # the lines table names it an outlet line
        elif self.title and _section_label(self.title):
            # a short label set in capitals ('NEWS CORNER', 'FROM ELSEWHERE IN THE REGION') names
            # a page's or newsletter's section above an item; capitalised headlines run longer
            self.title, self.title_at = "", 0
        elif self.title and (
            L.looks_like_outlet(self.title) or (not outlet and _two_word_name(self.title))
        ):
            # ... nor is a line that reads as an outlet's name where the story has no headline
            # ('Valley Daily', 'Herat Evening Times', 'KNA – Kabul News Agency' over the text):
            # it names the site the story was copied from
            outlet = outlet or " ".join(self.title.split())
            self.title, self.title_at = "", 0
        return ArticleRecord(
            line_start=self.start,
            line_end=self.end,
            title=self.title,
            outlet=outlet,
            published=self.published,
            url=self.url,
            paragraphs=drop_repeats(self.paragraphs),
        )


#: a line set wholly in capitals this short is a section label, never a headline ...
CAPS_LABEL_MAX_WORDS = 3
#: ... and so is one this short that opens with a preposition ('FROM ELSEWHERE IN THE REGION')
CAPS_PHRASE_MAX_WORDS = 5
_LABEL_OPENERS = frozenset(
    [
        "from",
        "in",
        "on",
        "around",
        "across",
        "beyond",
        "elsewhere",
        "more",
        "also",
        "inside",
        "outside",
        "among",
        "before",
        "after",
    ]
)


def _section_label(title: str) -> bool:
    """True for a short title set wholly in capitals, without digits or sentence punctuation:
    a page's or newsletter's section name (``NEWS CORNER``, ``AROUND THE REGION``).

    Example
    -------
    >>> _section_label("NEWS CORNER"), _section_label("ACROSS THE BORDER THIS WEEK")
    (True, True)
    >>> _section_label("PAKISTAN BEGINS DEPORTING UNDOCUMENTED AFGHANS")
    False
    """
    letters = [ch for ch in title if ch.isalpha()]
    words = title.split()
    if not letters or not all(ch.isupper() for ch in letters):
        return False
    if any(ch.isdigit() or ch in ".?!:" for ch in title):
        return False
    return len(words) <= CAPS_LABEL_MAX_WORDS or (
        len(words) <= CAPS_PHRASE_MAX_WORDS and words[0].casefold() in _LABEL_OPENERS
    )


def _two_word_name(title: str) -> bool:
    """True for two capitalised words and nothing else (``Valley Front``): where a story names
    no outlet, a site's name over it rather than a headline, which says what happened.

    Example
    -------
    >>> _two_word_name("Valley Front"), _two_word_name("Returning refugees")
    (True, False)
    >>> _two_word_name("Grain Prices Ease")
    False
    """
    words = title.split()
    return len(words) == 2 and all(re.fullmatch(r"[A-Z][a-z’'&.-]*[a-z]", w) for w in words)


def _masthead_lead(line: str) -> str:
    """The outlet heading a date line where the line marks it as a masthead beyond emphasis
    (a writer's name may be set in bold too): initials, an item number, a place in
    parentheses; else ''.

    Example
    -------
    >>> _masthead_lead("**KNA** · Fri 18 Jul 2025"), _masthead_lead("**Sara Ahmadi** · 3 May 2025")
    ('KNA', '')
    """
    name = L.lead_name(line) or ""
    first = re.split(r"[|·•—–]", line, maxsplit=1)[0]
    if name and (
        re.fullmatch(r"[A-Z]{2,6}", name)
        or re.match(r"^\s*(?:\[\d{1,3}\]|\d{1,2}[.)]\s)", line)
        or re.search(r"\([A-Z][A-Za-z .]{1,30}\)", first)
    ):
        return name
    return ""


def _truncated_title(title: str, paragraphs: list[tuple[int, str]]) -> bool:
    """True when ``title`` is cut off: it ends in ``...`` or is a body sentence cut mid-word.

    Example
    -------
    >>> _truncated_title("The global body sa", [(3, "The global body said 400,000 more girls...")])
    True
    >>> _truncated_title("Talks resume", [(3, "Talks resume next week.")])
    False
    """
    if not title:
        return False
    if title.rstrip().endswith(("...", "…")):
        return True
    key = norm_text(title)
    for _, text in paragraphs:
        body = norm_text(text)
        if len(body) > len(key) and body.startswith(key) and body[len(key)].isalnum():
            return True
    return False


def _story_date_wanted(draft: _Draft, i: int) -> bool:
    """True when a date on 0-based line ``i`` should date ``draft``: it has none yet, or its
    date comes from above its headline (an issue date) while line ``i`` lies under the headline
    and above the text."""
    return not draft.published or (
        draft.title_at > 0 and draft.published_at < draft.title_at < i + 1 and not draft.paragraphs
    )


def detect_one_per_line(kinds: list[str], raw: list[str] | None = None) -> bool:
    """Return True when body sentences are followed directly by more text, not by blank lines.

    A body line followed by another non-blank line (body, heading, navigation) counts for
    one-per-line; followed by a blank line for blank-separated; the file's last line of content
    and a line followed by an end marker (``read more``, ``bottom of page``) count for neither.
    More than half decides. With ``raw`` (the lines) given, a hard-wrapped file is never one-per-line: one with
    at least two long unpunctuated lines continued on the next line (lower-case start), and at
    least half as many such wraps as body lines followed by text.

    Example
    -------
    >>> detect_one_per_line(["body", "body", "body", "blank"])
    True
    """
    if not kinds:
        return False
    if raw is not None and _hard_wrapped(raw, kinds):
        return False
    body = 0
    joined = 0
    last = max((i for i, k in enumerate(kinds) if k != L.BLANK), default=-1)
    for i, (k, after) in enumerate(zip(kinds, [*kinds[1:], L.BLANK], strict=True)):
        if k == L.BODY and i < last and after != L.END:
            body += 1
            joined += after != L.BLANK
    return body > 0 and joined > 0.5 * body


def _hard_wrapped(raw: list[str], kinds: list[str]) -> bool:
    wraps = joined = 0
    for i in range(len(kinds) - 1):
        if kinds[i + 1] in (L.BLANK, L.END):
            continue
        if kinds[i] == L.BODY:
            joined += 1
        elif (
            kinds[i] in (L.TITLE, L.FRAGMENT)
            and len(raw[i].strip()) >= WRAP_MIN_CHARS
            and _continues(raw[i + 1])
        ):
            wraps += 1
    return wraps >= 2 and 2 * wraps >= joined


def _blocks(kinds: list[str]) -> list[tuple[int, int]]:
    """Return ``(first, last)`` 0-based index ranges of runs of non-blank lines.

    An end line (a separator rule, a page edge, ``read more``) is a block of its own: the text
    after ``-----`` is a block even with no blank line between them.

    Example
    -------
    >>> _blocks(["title", "end", "body", "blank", "body"])
    [(0, 0), (1, 1), (2, 2), (4, 4)]
    """
    out: list[tuple[int, int]] = []
    start = None
    for i, k in enumerate(kinds):
        if k in (L.BLANK, L.END) and start is not None:
            out.append((start, i - 1))
            start = None
        if k == L.END:
            out.append((i, i))
        elif k != L.BLANK and start is None:
            start = i
    if start is not None:
        out.append((start, len(kinds) - 1))
    return out


def _meta_ahead(kinds: list[str], i: int, limit: int = 6) -> bool:
    """True when metadata follows line ``i`` (skipping blanks/titles/captions) before a body line."""
    seen = 0
    for j in range(i + 1, len(kinds)):
        k = kinds[j]
        if k == L.BLANK:
            continue
        seen += 1
        if k in L.META_KINDS:
            return True
        if k in (L.BODY, L.END, L.BULLET) or seen >= limit:
            return False
    return False


def _headline_evidence(
    raw: list[str], kinds: list[str], i: int, strong: bool = False, width: int | None = None
) -> bool:
    """True when title-like line ``i`` is followed by a date or byline line or a lead opening
    with a dateline, or (unless ``strong``) by its own repeat, its text (a body line) or a standfirst directly above a date
    or byline; an outlet's name or an acronym credit line (``ANI``) between them is looked past.
    ``width`` is the file's hard-wrap width (``None``: not hard-wrapped).

    Example
    -------
    >>> _headline_evidence(["Talks resume in Kabul", "ANI", "12 May 2025"],
    ...     ["title", "title", "date"], 0)
    True
    """
    j = _next_line(kinds, i)
    if j == i + 1 and _title_wraps(raw, kinds, i, width):
        j = _next_line(kinds, j)  # the rest of a headline wrapped over two lines
    if j < len(kinds) and kinds[j] == L.TITLE and _credit_line(raw[j]):
        j = _next_line(kinds, j)
    while j < len(kinds) and kinds[j] == L.NAV and _SHARE_ROW.match(raw[j]):
        # a copied page's share row between the headline and its text ('Share on X  Email'),
        # one button a line ('Share', 'Print')
        j = _next_line(kinds, j)
    if not strong:
        while j < len(kinds) and kinds[j] == L.CAPTION:
            j = _next_line(kinds, j)  # a photo caption between the headline and its text
    if j < len(kinds) and kinds[j] == L.LABEL and _next_kind(kinds, j) == L.DATE:
        return True  # a date under its own label ('Date Published:' above the date)
    if j >= len(kinds):
        return False
    if kinds[j] in (L.DATE, L.BYLINE):
        return True
    if kinds[j] == L.BODY and dateline(raw[j]) is not None:
        return True  # its lead opens with a dateline ('HERAT:')
    repeated = kinds[j] == L.TITLE and norm_text(L.clean_title(raw[j])) == norm_text(
        L.clean_title(raw[i])
    )
    # a standfirst between the headline and its date or byline, or directly under the headline
    # above a lead that opens with a dateline
    dek = (
        kinds[j] == L.TITLE
        and L.word_count(L.clean_title(raw[j])) > MENU_MAX_WORDS
        and (
            _next_kind(kinds, j) in (L.DATE, L.BYLINE)
            or (_prev_line(kinds, j) == j - 1 and _dateline_ahead(raw, kinds, j))
        )
    )
    return not strong and (repeated or dek or kinds[j] == L.BODY)


#: a row of share buttons under a copied page's headline: 'Share on Facebook    Email'
_SHARE_ROW = re.compile(r"^\s*(?:share\b|tweet\b|email\b|print\b|copy link\b)", re.IGNORECASE)

#: a credit line under a headline: an outlet's name or an agency's initials ('ANI', 'IOM')
_ACRONYM = re.compile(r"[A-Z]{2,6}")


#: header lines a headline may stand under: a date, a source or byline line, an agency tag
_HEADER_KINDS = frozenset({L.DATE, L.SOURCE, L.BYLINE, L.AGENCY})


def _outlet_credit(line: str) -> str | None:
    """The outlet a line names when it holds nothing but an outlet's name (a gazetteer outlet,
    a site name such as ``Herald.Kz``, or a short name read as an outlet)."""
    text = L.clean_title(line)
    if L.word_count(text) > 4:
        return None
    return L.site_name(text) or (" ".join(text.split()) if L.looks_like_outlet(text) else None)


def _credit_line(line: str) -> bool:
    """True when ``line`` is only an outlet's name or an agency's initials."""
    s = L.strip_markup(line)
    return bool(L.known_outlet(s)) or bool(_ACRONYM.fullmatch(s))


def _wire_credit_under_title(raw: list[str], kinds: list[str], title_at: int, i: int) -> bool:
    """True when line ``i`` is only a gazetteer outlet's initials (``AFP``, ``IRNA``), set
    apart by blank lines between the headline (1-based ``title_at``) and the first sentence.

    Class: copied pages of sites that carry wire stories credit the agency on its own line.

    Example
    -------
    >>> raw = ["Dam opens in Helmand", "", "AFP", "", "The dam opened on Monday."]
    >>> _wire_credit_under_title(raw, ["title", "blank", "nav", "blank", "body"], 1, 2)
    True
    """
    s = L.strip_markup(raw[i]).strip()
    if not (title_at and title_at - 1 < i and _ACRONYM.fullmatch(s) and L.known_outlet(s)):
        return False
    if any(kinds[j] != L.BLANK for j in range(title_at, i)):
        return False
    return _next_kind(kinds, i) == L.BODY and kinds[i - 1] == L.BLANK


def _dated_since(kinds: list[str], at: int, i: int) -> bool:
    """True when a date or byline line lies between 1-based line ``at`` and 0-based line ``i``:
    the headline above it is settled (a headline precedes its date and byline)."""
    return any(k in (L.DATE, L.BYLINE) for k in kinds[max(at, 0) : i])


def _above_menu_item(raw: list[str], kinds: list[str], at: int) -> bool:
    """True when 1-based line ``at`` is directly above a site menu item: a title-like line of at
    most ``MENU_MAX_WORDS`` words that is no credit line (``World`` under a site's tagline)."""
    if not at:
        return False
    j = _next_line(kinds, at - 1)
    return (
        j < len(kinds)
        and kinds[j] == L.TITLE
        and L.word_count(L.clean_title(raw[j])) <= MENU_MAX_WORDS
        and not _credit_line(raw[j])
    )


def _dateline_ahead(raw: list[str], kinds: list[str], i: int) -> bool:
    """True when the next line of content after ``i`` is a lead opening with a dateline."""
    j = _next_line(kinds, i)
    return j < len(kinds) and kinds[j] == L.BODY and dateline(raw[j]) is not None


def _headline_between(
    raw: list[str], kinds: list[str], i: int, min_words: int, retold: bool = True
) -> bool:
    """True when title-like line ``i`` of a one-per-line file heads the next story.

    A sentence follows it directly, and it has at least ``min_words`` words (shorter lines are
    section headings) or, with ``retold`` (files whose headlines carry no date), more than
    ``MENU_MAX_WORDS`` and its lead retells it (:func:`_lead_retells`). Used only in files whose first line of content is a headline.
    """
    line = L.clean_title(raw[i])
    words = L.word_count(line)
    j = _next_line(kinds, i)
    if j < len(kinds) and kinds[j] == L.TITLE and _name_under_headline(raw[j]):
        j = _next_line(kinds, j)  # a credit line under the headline ('IOM', 'Valley Ledger')
    if j >= len(kinds) or kinds[j] != L.BODY:
        return False
    # a shorter line whose lead retells it ('Snow closes Salang pass' / 'Heavy snow closed ...')
    return words >= min_words or (retold and words > MENU_MAX_WORDS and _lead_retells(line, raw[j]))


#: a headline that ends like a sentence ('Will the talks resume?') has at most this many words
SENTENCE_HEADLINE_MAX_WORDS = 20
#: ... and needs this much evidence (:func:`_sentence_headline_evidence`)
SENTENCE_HEADLINE_MIN_EVIDENCE = 3
#: ... and counts as short beside its lead below this share of the lead's words
SENTENCE_HEADLINE_SHORT_RATIO = 0.75
#: words that open a sentence of running text, never a headline
_RUNNING_OPENERS = frozenset(
    [
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "you",
        "this",
        "that",
        "these",
        "those",
        "his",
        "her",
        "their",
        "its",
        "but",
        "and",
        "however",
        "meanwhile",
        "also",
        "so",
        "yet",
    ]
)


#: words a headline leaves out
_TERSE_BREAKERS = frozenset(
    # articles, reporting clauses and the past tense's auxiliaries (headlines speak in the
    # present: 'Teams sent to Asadabad', never 'Teams were sent')
    ["the", "a", "an", "said", "told", "according", "was", "were", "had", "did", "would"]
)


def _sentence_headline_evidence(
    raw: list[str], kinds: list[str], i: int, opening_mark: str = ""
) -> int:
    """Evidence that sentence-shaped line ``i`` of a one-per-line file is a headline that ends
    in a question mark or a full stop, weighed from what follows it and from its own shape.

    What follows: a lead that retells it (2), else a date or byline line, an outlet's name over
    the text or a lead opening with a dateline (1: a story without a headline opens so too,
    under the last sentence of the story before). Its shape: title case or capitals (2), a
    question mark (1), headline grammar, without articles or a reporting clause (1), short
    (``QUESTION_TITLE_MAX_WORDS``) and shorter than its lead (1), where a headline is expected, at the top of the file or after a blank
    line (1), ending in ``opening_mark``, the question or exclamation mark that ends the file's
    first headline (1: the file's own headline style); opening like running text (``He``, ``But``) takes 2 away.

    Example
    -------
    >>> raw = ["Officials met on Monday to discuss the crossing and its hours.",
    ...     "Will the border crossing reopen this spring?", "By Nadia Karimi",
    ...     "Traders at the crossing said on Friday they had waited for weeks for news."]
    >>> _sentence_headline_evidence(raw, ["body", "body", "byline", "body"], 1)
    3
    """
    text = L.clean_title(raw[i])
    words = L.word_count(text)
    j = _next_line(kinds, i)
    if j >= len(kinds):
        return 0
    below = 0
    if kinds[j] == L.TITLE and _name_under_headline(raw[j]):
        k = _next_line(kinds, j)
        below = int(k < len(kinds) and kinds[k] in (L.BODY, L.DATE, L.BYLINE))
    elif (
        kinds[j] == L.BODY
        # a headline condenses its lead, never repeats it: a line as long as the next one,
        # both told alike, is the story's first sentence above its second
        and words < SENTENCE_HEADLINE_SHORT_RATIO * L.word_count(raw[j])
        and _lead_retells(text, raw[j])
    ):
        below = 2
    elif kinds[j] in (L.DATE, L.BYLINE) or (kinds[j] == L.BODY and dateline(raw[j]) is not None):
        below = 1  # an untitled story opens with its header or a dateline under a last sentence
    # its lead: the text directly under it or under its header lines
    lead = j
    while lead < len(kinds) and (
        kinds[lead] in (L.DATE, L.BYLINE)
        or (kinds[lead] == L.TITLE and _name_under_headline(raw[lead]))
    ):
        lead = _next_line(kinds, lead)
    if lead >= len(kinds) or kinds[lead] != L.BODY:
        lead = None
    cased = (_title_cased(text) and L.word_count(text) >= 3) or (
        text.upper() == text and any(ch.isalpha() for ch in text)
    )
    short = (
        lead is not None
        and words <= QUESTION_TITLE_MAX_WORDS
        and words < SENTENCE_HEADLINE_SHORT_RATIO * L.word_count(raw[lead])
    )
    expected = i == _next_line(kinds, -1) or (i > 0 and kinds[i - 1] == L.BLANK)
    opener = text.split()[0].casefold().strip("\"'“‘") if text.split() else ""
    # headline grammar: no article, no reporting clause ('Envoy visits Kabul to discuss trade')
    terse = words >= 4 and not (_TERSE_BREAKERS & {w.casefold() for w in re.findall(r"\w+", text)})
    return (
        below
        + terse
        + 2 * cased
        + text.endswith("?")
        # full stops end most lines: only a question or exclamation mark marks a style
        + bool(opening_mark in ("?", "!") and text.endswith(opening_mark))
        + short
        + expected
        - 2 * (opener in _RUNNING_OPENERS)
    )


def _sentence_headlines(raw: list[str], kinds: list[str]) -> set[int]:
    """One paragraph per line: read as headlines the lines that end like a sentence (a question
    mark, a full stop) but carry a headline's evidence (:func:`_sentence_headline_evidence`),
    and return them.

    Class: outlets that end headlines with a question mark or a full stop
    ('Will the border crossing reopen this spring?'), in dumps where each headline sits between
    the last paragraph of one story and the first of the next. A candidate is one sentence of
    at most ``SENTENCE_HEADLINE_MAX_WORDS`` words, opening in capitals and without a dateline,
    under a sentence, a blank line or the top of the file, above more of its story.

    Example
    -------
    >>> raw = ["Talks on the crossing ended on Monday without an agreement.",
    ...     "Will the border crossing reopen this spring?", "By Nadia Karimi",
    ...     "Traders at the crossing said on Friday they had waited for weeks for news."]
    >>> kinds = ["body", "body", "byline", "body"]
    >>> _sentence_headlines(raw, kinds), kinds[1]
    ({1}, 'title')
    """
    found: set[int] = set()
    mark = ""  # the mark ending the file's first headline, once that is found
    for i, k in enumerate(kinds):
        text = L.clean_title(raw[i]) if k == L.BODY else ""
        if (
            not text
            or text[-1] not in ".?!"
            or not text[:1].isupper()
            or not 3 <= L.word_count(text) <= SENTENCE_HEADLINE_MAX_WORDS
            or SENTENCE_BREAK.search(text)
            or dateline(raw[i]) is not None
            or (i > 0 and kinds[i - 1] not in (L.BODY, L.BLANK))
        ):
            continue
        if _sentence_headline_evidence(raw, kinds, i, mark) >= SENTENCE_HEADLINE_MIN_EVIDENCE:
            found.add(i)
            if i == _next_line(kinds, -1):
                mark = text[-1]
    for i in found:
        kinds[i] = L.TITLE
    return found


def _name_under_headline(line: str) -> bool:
    """True when ``line`` is only a credit: an agency's initials, a gazetteer outlet or a short
    name that reads as an outlet's (``Valley Ledger``, ``Staff Reporter, Hill Times``).

    Class: pages and exports that credit every story, the same outlet's included, on a line of
    its own under the headline.

    Example
    -------
    >>> _name_under_headline("Valley Ledger"), _name_under_headline("Fears for the winter")
    (True, False)
    """
    return _credit_line(line) or _outlet_credit(line) is not None


def _named_headline(raw: list[str], kinds: list[str], i: int) -> bool:
    """One paragraph per line: True when title-like line ``i``, under a sentence, has an
    outlet's name or a credit on the next line (:func:`_name_under_headline`) and text under
    that: the next story's headline with its credit, never a subheading.

    Class: dumps that credit each story under its headline ('Valley Ledger', 'Staff Reporter,
    Hill Times'), in files that open with a story without a headline too.

    Example
    -------
    >>> raw = ["Talks ended on Monday.", "Dam opens in Helmand", "Hill Times", "The dam opened."]
    >>> _named_headline(raw, ["body", "title", "title", "body"], 1)
    True
    """
    j = _next_line(kinds, i)
    return (
        i > 0
        and kinds[i - 1] == L.BODY
        and j == i + 1
        and j < len(kinds)
        and kinds[j] == L.TITLE
        and _name_under_headline(raw[j])
        and _next_line(kinds, j) == j + 1
        and _next_kind(kinds, j) == L.BODY
    )


def _named_headline_apart(raw: list[str], kinds: list[str], i: int) -> bool:
    """Blank-separated files: True when title-like line ``i``, alone under a paragraph, has an
    outlet's name or a credit alone under it (:func:`_name_under_headline`) and text under
    that: the next item's headline with its credit, never a subheading.

    Class: digests and copied pages that credit each item on a line of its own under its
    headline (``*Hill Times*``, ``Staff Reporter, Valley Ledger``).

    Example
    -------
    >>> raw = ["Talks ended on Monday.", "", "Dam opens in Helmand", "", "*Hill Times*", "",
    ...     "The dam opened."]
    >>> _named_headline_apart(raw, ["body", "blank", "title", "blank", "title", "blank", "body"], 2)
    True
    """
    j = _next_line(kinds, i)
    return (
        _prev_line(kinds, i) >= 0
        and kinds[_prev_line(kinds, i)] == L.BODY
        and j < len(kinds)
        and kinds[j] == L.TITLE
        and kinds[i + 1] == L.BLANK
        and _name_under_headline(raw[j])
        and _text_block_below(kinds, j)
    )


def _undated_headline(kinds: list[str], draft: _Draft) -> bool:
    """True when ``draft`` has a headline with no date or byline between it and its text."""
    if not draft.title or not draft.title_at or not draft.paragraphs:
        return False
    return not any(
        k in (L.DATE, L.BYLINE, L.SOURCE) for k in kinds[draft.start - 1 : draft.paragraphs[0][0]]
    )


def _retold_below(raw: list[str], kinds: list[str], i: int) -> bool:
    """Blank-separated files: True when title-like line ``i``, of more than ``MENU_MAX_WORDS``
    words, stands above a block of text whose opening (its first two lines, a wrapped lead)
    retells it (:func:`_lead_retells`): the next story's headline, not a subheading.

    Example
    -------
    >>> raw = ["Kandahar pomegranate exports rise", "", "Exports of pomegranates from",
    ...     "Kandahar rose by a third, traders said."]
    >>> _retold_below(raw, ["title", "blank", "fragment", "body"], 0)
    True
    """
    line = L.clean_title(raw[i])
    j = _next_line(kinds, i)
    if (
        L.word_count(line) <= MENU_MAX_WORDS
        or j >= len(kinds)
        or kinds[j]
        not in (
            L.BODY,
            L.FRAGMENT,
        )
    ):
        return False
    lead = " ".join(raw[n] for n in range(j, min(j + 2, len(raw))) if kinds[n] != L.BLANK)
    if _lead_retells(line, lead):
        return True
    # a copied page's headline is often retold over its lead and the paragraph under it (the
    # lead names the place, the next paragraph the numbers): both paragraphs, when each is a
    # sentence and the first shares some of the headline's words
    k = _next_line(kinds, j)
    return (
        kinds[j] == L.BODY
        and j + 1 < len(kinds)
        and kinds[j + 1] == L.BLANK
        and k < len(kinds)
        and kinds[k] == L.BODY
        and bool(_stems(line) & _stems(raw[j]))
        and _lead_retells(line, f"{raw[j]} {raw[k]}")
    )


#: a headline's words shared with its lead, at least this many, make the lead retell it
LEAD_SHARED_MIN_WORDS = 2


def _stems(text: str) -> set[str]:
    """The content words of ``text`` (no function words, three letters or more), cut to their
    first five letters so that ``closes`` and ``closed`` match."""
    return {
        w.casefold()[:5]
        for w in re.findall(r"[^\W\d_]{3,}", text)
        if w.casefold() not in _FUNCTION_WORDS
    }


def _lead_retells(headline: str, lead: str) -> bool:
    """True when the sentence ``lead`` retells ``headline``: it shares at least
    ``LEAD_SHARED_MIN_WORDS`` of its content words and at least half of them.

    Example
    -------
    >>> _lead_retells("Snow closes Salang pass", "Heavy snow closed the Salang pass on Thursday.")
    True
    >>> _lead_retells("What comes next", "Officials gave no date.")
    False
    """
    head = _stems(headline)
    shared = len(head & _stems(lead))
    return shared >= LEAD_SHARED_MIN_WORDS and 2 * shared >= len(head)


def _unpunctuated_paragraphs(raw: list[str], kinds: list[str]) -> None:
    """Blank-separated files: a long line without a sentence end that stands alone between
    paragraphs of text (``PARAGRAPH_MIN_WORDS`` words or more) is a paragraph whose full stop
    was lost, not a caption.

    Example
    -------
    >>> raw = ["Talks resumed.", "", " ".join(["word"] * 30), "", "Talks ended."]
    >>> kinds = ["body", "blank", "fragment", "blank", "body"]
    >>> _unpunctuated_paragraphs(raw, kinds); kinds[2]
    'body'
    """
    for first, last in _blocks(kinds):
        if (
            first == last
            and kinds[first] == L.FRAGMENT
            and L.word_count(raw[first]) >= PARAGRAPH_MIN_WORDS
            and _next_kind(kinds, first) == L.BODY
        ):
            j = _prev_line(kinds, first)
            while j >= 0 and kinds[j] in (L.CAPTION, L.NAV):
                j = _prev_line(kinds, j)  # a picture or an ad break between the paragraphs
            if j >= 0 and kinds[j] in (L.BODY, L.FRAGMENT):
                kinds[first] = L.BODY
        elif _broken_sentence(raw, kinds, first, last):
            kinds[first] = L.BODY


#: a block needs this many lines, and this many of them carried on in lower case, to read as
#: a page whose own line breaks fall inside its sentences
BROKEN_BLOCK_MIN_LINES = 8
BROKEN_BLOCK_MIN_CARRIED = 2


def _line_broken_blocks(raw: list[str], kinds: list[str]) -> None:
    """A block of text whose page broke its lines inside sentences and dropped full stops
    (a scraped or machine-summarised page): long lines without a sentence end, lines that
    carry the one above on in lower case, sentences among them. Every title-like line and
    fragment in it is text, never a run of headlines or captions.

    Class: pages copied with their editor's line breaks, text extracted from slides or
    summaries, one clause a line.

    Example
    -------
    >>> raw = ["The number of returnees has doubled, with 4,000 people crossing",
    ...     "daily through the border, officials said.", "Many say life in Iran",
    ...     "has become hard", "Families are leaving.", "Rents have doubled in a year",
    ...     "He returned with his family.", "Officials confirm the surge in returnees"]
    >>> kinds = ["fragment", "body", "title", "title", "body", "title", "body", "title"]
    >>> _line_broken_blocks(raw, kinds); kinds.count("body")
    8
    """
    for first, last in _blocks(kinds):
        if kinds[first] in (L.LABEL, L.NAV):
            first += 1  # a kicker over the text ('EXCLUSIVE:')
        block = range(first, last + 1)
        if last - first + 1 < BROKEN_BLOCK_MIN_LINES:
            continue
        if any(kinds[i] not in (L.BODY, L.TITLE, L.FRAGMENT) for i in block):
            continue
        carried = sum(
            1
            for i in block
            if i > first
            and raw[i].strip()[:1].islower()
            and not L.ends_sentence(raw[i - 1].strip())
        )
        sentences = sum(1 for i in block if kinds[i] == L.BODY)
        if carried >= BROKEN_BLOCK_MIN_CARRIED and sentences >= 2:
            for i in block:
                kinds[i] = L.BODY


_BARE_INITIALS = re.compile(r"^[a-z]{2,4}$")


def _desk_initials(raw: list[str], kinds: list[str]) -> None:
    """A desk's initials standing alone under a story's last sentence (``mud``, ``sh``), with
    no slash between editors' initials: a footer that closes the story. Class: agency and
    portal copy signed by its editor in lower case.

    Example
    -------
    >>> raw = ["Talks ended on Monday.", "ahk", "", "Next story"]
    >>> kinds = ["body", "title", "blank", "title"]
    >>> _desk_initials(raw, kinds); kinds[1]
    'footer'
    """
    for i, line in enumerate(raw):
        if kinds[i] not in (L.TITLE, L.FRAGMENT, L.BODY) or not _BARE_INITIALS.match(line.strip()):
            continue
        p, n = _prev_line(kinds, i), _next_line(kinds, i)
        if (
            p >= 0
            and i - p <= 2
            and kinds[p] == L.BODY
            and L.ends_sentence(raw[p])
            and (n >= len(kinds) or not raw[n].strip()[:1].islower())
        ):
            kinds[i] = L.FOOTER


def _text_over_closing_furniture(block_kinds: list[str]) -> bool:
    """A block of text lines with closing furniture glued under them and nothing after: desk
    initials (``footer``), counters and share rows (``nav``), an end rule.

    Example
    -------
    >>> _text_over_closing_furniture(["body", "footer", "nav"])
    True
    >>> _text_over_closing_furniture(["body", "title", "body"])
    False
    """
    tail = next((n for n, k in enumerate(block_kinds) if k != L.BODY), len(block_kinds))
    return 0 < tail < len(block_kinds) and all(
        k in (L.FOOTER, L.NAV, L.END) for k in block_kinds[tail:]
    )


#: a line this long that a page broke off mid-sentence is text, never a subheading
BROKEN_SENTENCE_MIN_WORDS = 8


def _broken_sentence(raw: list[str], kinds: list[str], first: int, last: int) -> bool:
    """A one-line block that a page broke off mid-sentence: ``BROKEN_SENTENCE_MIN_WORDS`` words
    or more, no sentence end, its last word in lower case, between paragraphs of text, the
    next paragraph opening in lower case where the sentence goes on ('... suggesting the
    council's policy of staying engaged' / 'with the new government.'). Class: pages whose
    markup split one paragraph in two, copied as two paragraphs."""
    if first != last or kinds[first] not in (L.TITLE, L.FRAGMENT) or L.is_heading(raw[first]):
        return False
    s = raw[first].strip()
    words = s.split()
    nxt, prev = _next_line(kinds, first), _prev_line(kinds, first)
    return (
        len(words) >= BROKEN_SENTENCE_MIN_WORDS
        and not L.ends_sentence(s)
        and words[-1].isalpha()
        and words[-1].islower()
        and nxt < len(kinds)
        and kinds[nxt] == L.BODY
        and raw[nxt].strip()[:1].islower()
        and prev >= 0
        and kinds[prev] == L.BODY
    )


def _heading_at_or_above(raw: list[str], title_at: int, i: int) -> bool:
    """True when line ``i`` is a Markdown heading of the same level as the headline on 1-based
    line ``title_at``, or a higher one: the next story's headline, not a subheading.

    Example
    -------
    >>> raw = ["## Talks resume", "Talks began.", "### What next", "## Floods hit Kunar"]
    >>> _heading_at_or_above(raw, 1, 2), _heading_at_or_above(raw, 1, 3)
    (False, True)
    """
    if not title_at or not L.is_heading(raw[title_at - 1]) or not L.is_heading(raw[i]):
        return False
    return _level(raw[i]) <= _level(raw[title_at - 1])


def _level(line: str) -> int:
    stripped = line.strip()
    return len(stripped) - len(stripped.lstrip("#"))


def _title_cased(text: str) -> bool:
    """True when the words of ``text`` other than function words are capitalised.

    Example
    -------
    >>> _title_cased("Pakistan Extends Deadline for Afghan Refugees"), _title_cased("Talks end soon")
    (True, False)
    """
    words = [
        w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.casefold() not in _FUNCTION_WORDS
    ]
    return bool(words) and all(w[:1].isupper() for w in words)


_CRUMB_PREFIX = re.compile(r"^(?:[\w&'’.-]+(?:\s*[›»>/|:·-]\s*|\s+)){1,4}$")


def _past_breadcrumb(
    raw: list[str], title: str, start: int, paragraphs: list[tuple[int, str]]
) -> str:
    """The headline a copied page's breadcrumb trail ends with, where the title found is that
    trail (``Home KP <headline>``, ``Home › World › <headline>``) and the headline stands on
    a line of its own under it before the text; else ``title``.

    Example
    -------
    >>> raw = ["Home › World › Clinic opens in Bamyan for mothers", "", "Clinic opens in Bamyan for mothers",
    ...     "A new ward opened on Monday."]
    >>> _past_breadcrumb(raw, raw[0], 1, [(4, raw[3])])
    'Clinic opens in Bamyan for mothers'
    """
    if not title or not paragraphs:
        return title
    for n in range(max(start, 1), paragraphs[0][0]):
        line = " ".join(raw[n - 1].split())
        if (
            len(line.split()) >= 4
            and line != title
            and title.endswith(line)
            and _CRUMB_PREFIX.match(title[: -len(line)])
        ):
            return line
    return title


def _outlet_over_date(raw: list[str], kinds: list[str], i: int) -> str:
    """The outlet's name where title-like line ``i`` is one (a known outlet, or a short name
    that reads as one: :func:`afgresearch.corpus.lines.looks_like_outlet`) directly above a
    date line and a headline, with a blank line above it: a news database's record header
    (``Valley Post`` / ``March 3, 2025 Monday`` / headline); else ''.

    Example
    -------
    >>> raw = ["Valley Post", "", "March 3, 2025 Monday", "", "Border reopens after talks", "Text."]
    >>> _outlet_over_date(raw, ["title", "blank", "date", "blank", "title", "body"], 0)
    'Valley Post'
    """
    name = " ".join(L.strip_markup(raw[i]).split())
    j = _next_line(kinds, i)
    if j >= len(kinds) or kinds[j] != L.DATE or L.word_count(name) > KICKER_NAME_MAX_WORDS:
        return ""
    if i > 0 and kinds[i - 1] != L.BLANK:
        return ""  # a record header stands apart; a section label sits under the page's header
    k = _next_line(kinds, j)
    if k >= len(kinds) or kinds[k] != L.TITLE:
        return ""
    return L.known_outlet(name) or (name if L.looks_like_outlet(name) else "")


def _masthead_above_menu(raw: list[str], kinds: list[str], i: int) -> str:
    """The site's name where title-like line ``i`` is a copied page's masthead: a short
    title-cased name directly above the site's menu (``Herald Weekly`` over ``Home  World
    Politics  Sport``), or above a short tagline over it; else ''.

    Example
    -------
    >>> raw = ["Herald Weekly", "Home  World  Politics  Sport", "", "Talks resume in Doha"]
    >>> _masthead_above_menu(raw, ["title", "nav", "blank", "title"], 0)
    'Herald Weekly'
    >>> raw = ["Relief Agency Kabul", "UN Aid", "Home  About  Our Work  Media"]
    >>> _masthead_above_menu(raw, ["title", "title", "nav"], 0)
    'Relief Agency Kabul'
    >>> raw = ["VALLEY VOICE", "Menu", "News  Politics  World  Donate"]
    >>> _masthead_above_menu(raw, ["title", "nav", "nav"], 0)
    'VALLEY VOICE'
    """
    name = " ".join(raw[i].split())
    j = i + 1
    if (
        j + 1 < len(raw)
        and kinds[j] == L.TITLE
        and L.word_count(raw[j]) <= MENU_MAX_WORDS
        and L.is_menu(raw[j + 1])
    ):
        j += 1  # the site's tagline between its name and its menu ('UN Migration')
    elif j + 1 < len(raw) and kinds[j] == L.NAV and L.is_menu(raw[j + 1]):
        j += 1  # the menu's toggle between the site's name and its menu ('Menu', 'Search')
    elif (
        j + 2 < len(raw)
        and kinds[j] == L.TITLE
        and L.word_count(raw[j]) <= MENU_MAX_WORDS
        and kinds[j + 1] == L.NAV
        and L.is_menu(raw[j + 2])
    ):
        j += 2  # a tagline, then a language or search row, over the menu
    if (
        j < len(raw)
        and raw[j].strip()
        and (L.is_menu(raw[j]) or _site_path(raw[j]))
        and 1 <= L.word_count(name) <= 4
        and _title_cased(name)
        and not ends_sentence_or_digit(name)
    ):
        return name
    return ""


#: a site's path from its home page: 'Home » World » Asia', 'Home / News / Region'
_SITE_PATH = re.compile(
    r"^\s*(?:home|start|main)(?:\s*[»›>/]\s*[A-Z][\w&'’ -]{0,24}){1,4}\s*$", re.IGNORECASE
)


def _site_path(line: str) -> bool:
    """True for a breadcrumb that starts at the site's home page (a copied page's path under
    its masthead, as a menu is)."""
    return bool(_SITE_PATH.match(line))


def ends_sentence_or_digit(text: str) -> bool:
    """True for text that ends a sentence or holds a digit (no masthead does)."""
    return bool(re.search(r"[.!?]$|\d", text))


def _nav_run_to_title(kinds: list[str], i: int) -> bool:
    """True when navigation line ``i`` opens a run of navigation and header lines (blank lines
    between them allowed) that ends at a title-like line: a copied page's menu above its
    headline, never a story's share row above its own next paragraph.

    Example
    -------
    >>> _nav_run_to_title(["nav", "nav", "blank", "title", "body"], 0)
    True
    >>> _nav_run_to_title(["nav", "blank", "body"], 0)
    False
    """
    for k in kinds[i + 1 :]:
        if k == L.TITLE:
            return True
        if k not in (L.NAV, L.LABEL, L.BLANK, L.RELATED):
            return False
    return False


_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)\s|copyright\b)|all rights reserved", re.IGNORECASE)


def _page_footer_below(raw: list[str], kinds: list[str], i: int) -> bool:
    """True when title-like line ``i`` heads a copied page's footer rather than a story: the
    lines under it, up to the next blank line, are all navigation and one is a copyright line
    (a site's name above its footer links and ``© 2025 Outlet``: the page before ends there).

    Example
    -------
    >>> raw = ["Herald Weekly", "About  Contact", "© Herald Weekly", "", "Next Story"]
    >>> _page_footer_below(raw, ["title", "nav", "nav", "blank", "title"], 0)
    True
    """
    j, seen = i + 1, False
    while j < len(raw) and raw[j].strip():
        if kinds[j] != L.NAV:
            return False
        seen = seen or bool(_COPYRIGHT.search(raw[j]))
        j += 1
    return seen


def _trailing_line(raw: list[str], kinds: list[str], i: int) -> bool:
    """One paragraph per line: True when title-like line ``i``, directly under a sentence, is
    its story's last line rather than the next headline: the next line is a headline directly
    above its date or byline, and line ``i`` reads as part of a sentence (:func:`_mid_sentence`)
    or is not title-cased while that headline is.

    Example
    -------
    >>> raw = ["Officials met.", '"We are back," said one teacher', "Deadline Extended for Refugees",
    ...     "By Omid Noori"]
    >>> _trailing_line(raw, ["body", "title", "title", "byline"], 1)
    True
    """
    j = i + 1
    if (
        i == 0
        or kinds[i - 1] != L.BODY
        or j >= len(kinds)
        or kinds[j] != L.TITLE
        or _next_kind(kinds, j) not in (L.DATE, L.BYLINE)
    ):
        return False
    if _name_under_headline(raw[j]):
        return False  # an outlet's name or a credit above the date is no headline
    line, headline = L.clean_title(raw[i]), L.clean_title(raw[j])
    return _mid_sentence(raw[i]) or (_title_cased(headline) and not _title_cased(line))


def _last_lines(raw: list[str], kinds: list[str], owner: list[_Draft | None]) -> None:
    """One paragraph per line: a title-like line that ends a story is its last paragraph.

    A line without a sentence end directly under a sentence of its story, where the story
    ends (the file ends, a blank line follows or the next line opens another story), is the
    story's last line of text, not a heading; so is one in sentence case between two sentences
    of its story (a title-cased one there is a subheading). Lines of at most
    ``MENU_MAX_WORDS`` words and credit lines stay headings.
    """
    for i, k in enumerate(kinds):
        draft = owner[i]
        if (
            k != L.TITLE
            or i == 0
            or draft is None
            or not draft.paragraphs
            or i + 1 == draft.title_at
            or kinds[i - 1] != L.BODY
            or owner[i - 1] is not draft
            or L.word_count(L.clean_title(raw[i])) <= MENU_MAX_WORDS
            or _credit_line(raw[i])
        ):
            continue
        j = _next_line(kinds, i)
        if j >= len(kinds) or j > i + 1 or owner[j] is not draft:
            draft.paragraphs.append((i + 1, L.paragraph_text(raw[i])))
            kinds[i] = L.BODY
        elif kinds[j] == L.BODY and not _title_cased(L.clean_title(raw[i])):
            # between two sentences of its story, a line in sentence case is text
            at = next((k for k, (n, _) in enumerate(draft.paragraphs) if n > i + 1), None)
            draft.paragraphs.insert(
                len(draft.paragraphs) if at is None else at, (i + 1, L.paragraph_text(raw[i]))
            )
            kinds[i] = L.BODY


def _dated_headline(kinds: list[str], i: int, reach: int = 2) -> bool:
    """True when a date or byline lies within ``reach`` lines of content under line ``i``.

    Example
    -------
    >>> _dated_headline(["title", "body", "date", "body"], 0)
    True
    """
    j = i
    for _ in range(reach):
        j = _next_line(kinds, j)
        if j < len(kinds) and kinds[j] in (L.DATE, L.BYLINE):
            return True
    return False


def _summary_bullets(kinds: list[str], raw: list[str]) -> None:
    """Read long list items under a header or text as text: a story's summary points.

    A run of list items of at least ``SUMMARY_BULLET_MIN_WORDS`` words directly under a date,
    byline, source, sentence or the page's bare address (a short link printed above the
    summary) is text, and so are the shorter items that follow in the same run; under a list
    heading (``Key points``) or a section heading (links in a digest) it stays a list. The
    points directly under a sentence of at least ``LIST_LEAD_MIN_WORDS`` words ending in a colon
    are text whatever their length.

    Example
    -------
    >>> raw = ["Updated 8 April 2025", "  • Islamabad set a deadline for some 800,000 Afghans to leave"]
    >>> kinds = ["date", "bullet"]
    >>> _summary_bullets(kinds, raw); kinds
    ['date', 'body']
    """
    for i, k in enumerate(kinds):
        if (
            k == L.BODY
            and raw[i].rstrip().endswith(":")
            and L.word_count(raw[i]) >= LIST_LEAD_MIN_WORDS
            and i + 1 < len(kinds)
            and kinds[i + 1] == L.BULLET
        ):
            # a sentence of the text introducing its own list ('Since then, the council has:'):
            # the points are text, however short
            n = i + 1
            while n < len(kinds) and kinds[n] == L.BULLET:
                kinds[n] = L.BODY
                n += 1
    for i, k in enumerate(kinds):
        if k != L.BULLET or L.word_count(L.unbulleted(raw[i])) < SUMMARY_BULLET_MIN_WORDS:
            continue
        j = _prev_line(kinds, i)
        while j >= 0 and kinds[j] in (L.BULLET, L.BODY) and _is_bullet(raw[j]):
            j = _prev_line(kinds, j)
        if j >= 0 and (
            kinds[j] in (L.DATE, L.BYLINE, L.SOURCE, L.BODY) or _BARE_URL.match(raw[j].strip())
        ):
            kinds[i] = L.BODY
            # the shorter points of the same run are summary points too
            last = i
            while (n := last + 1) < len(kinds) and kinds[n] == L.BULLET:
                kinds[n] = L.BODY
                last = n


_BARE_URL = re.compile(r"^<?https?://\S+>?$")


def _is_bullet(line: str) -> bool:
    return L.unbulleted(line) != line.strip()


def _site_line_opens(raw: list[str], kinds: list[str], i: int) -> bool:
    """True when title-like line ``i`` of a one-per-line file is an outlet's name between two
    sentences (``Kabul Herald Online`` above a story that has no headline): it opens that story.

    Class: paragraph-per-line dumps credit a story without a headline by its site's name on the
    line above its lead; a credit under the last sentence is followed by a gap instead.

    Example
    -------
    >>> raw = ["Talks ended.", "Valley Daily News", "Officials met on Monday."]
    >>> _site_line_opens(raw, ["body", "title", "body"], 1)
    True
    >>> _site_line_opens(raw, ["body", "title", "blank"], 1)
    False
    """
    return (
        0 < i < len(kinds) - 1
        and kinds[i - 1] == L.BODY
        and kinds[i + 1] == L.BODY
        and L.looks_like_outlet(L.clean_title(raw[i]))
    )


def _body_after_header(kinds: list[str], i: int) -> bool:
    """True when, after line ``i`` and the header lines that follow it (separator rules and a
    photo credit among them: 'Photo: Reuters' under a byline), a body line comes next.

    Example
    -------
    >>> _body_after_header(["byline", "blank", "date", "end", "body"], 0)
    True
    >>> _body_after_header(["byline", "caption", "blank", "body"], 0)
    True
    >>> _body_after_header(["byline", "title", "body"], 0)
    False
    """
    for k in kinds[i + 1 :]:
        if k not in (L.BLANK, L.END, L.CAPTION) and k not in L.META_KINDS:
            return k == L.BODY
    return False


def _bullets_follow(kinds: list[str], i: int) -> bool:
    return _next_kind(kinds, i) == L.BULLET


def segment_text(text: str) -> list[ArticleRecord]:
    """Split one text dump into articles with body paragraphs.

    Parameters
    ----------
    text : the decoded file content.

    Returns
    -------
    Articles in file order; articles without any body paragraph are left out. Each record's
    ``lines`` says what became of the non-blank lines it accounts for (see
    :mod:`afgresearch.corpus.linetable`).
    """
    with file_order(text):  # '02/08/2025' read as the file writes dates
        raw = split_lines(text)
        view = read_view(raw)
        if view.identity:
            return _segment_lines(raw, set())
        records = _segment_lines(view.lines, view.starts)
        return remap_records(records, view, raw)


def _segment_lines(raw: list[str], starts: set[int]) -> list[ArticleRecord]:
    """:func:`segment_text` on lines already read for transport; ``starts`` (0-based) open
    articles (a wire frame, a clipping, a channel post, a review item)."""
    kinds = [L.classify(line) for line in raw]
    # a hard-wrapped file's width is known to every rule that reads a wrapped line (such a
    # file is never one-per-line: :func:`detect_one_per_line`)
    width = wrap_width(raw) if _hard_wrapped(raw, kinds) else None
    return _segment_classified(raw, kinds, starts, width)


def _segment_classified(
    raw: list[str], kinds: list[str], starts: set[int], width: int | None = None
) -> list[ArticleRecord]:
    """:func:`_segment_lines` once every line of ``raw`` has its first kind in ``kinds``;
    ``width`` is the file's hard-wrap width (``None``: not hard-wrapped)."""
    # where the transport marks where every article opens, nothing else opens one
    framed = len(starts) >= 2
    # a YAML front matter's lines are furniture before any rule reads a line as a title
    front = _front_matter(raw, kinds)
    _desk_initials(raw, kinds)
    _numbered_headlines(raw, kinds)
    _related_links(raw, kinds)
    _captions(raw, kinds)
    _pull_quotes(raw, kinds)
    _data_lines(raw, kinds)
    _section_headings(raw, kinds)
    _broken_breadcrumbs(raw, kinds)
    _boxed_headers(raw, kinds)
    _newsletter_masthead(raw, kinds)
    _wrapped_numbers(raw, kinds)
    _summary_bullets(kinds, raw)
    per_line = detect_one_per_line(kinds, raw)
    # headlines that end like a sentence, read from the evidence around them
    sentence_heads = _sentence_headlines(raw, kinds) if per_line and not framed else set()
    # one-per-line files that open with a headline head each story with one: a long title-like
    # line between sentences there is the next headline, elsewhere a section heading
    opening = _next_line(kinds, -1)
    under = _next_line(kinds, opening)
    if (
        under < len(kinds)
        and kinds[under] == L.TITLE
        and (_credit_line(raw[under]) or L.looks_like_outlet(L.strip_markup(raw[under])))
    ):
        under = _next_line(kinds, under)  # the outlet's name under the headline
    headlined = (
        per_line
        and opening < len(kinds)
        and kinds[opening] == L.TITLE
        and under < len(kinds)
        and kinds[under] in (L.BODY, *L.META_KINDS)
    )
    # where the first headline has its date or byline under it, a headline directly above its
    # text is the exception: it needs a headline's length, shorter lines are subheadings
    headline_words = (
        DATED_FILE_HEADLINE_MIN_WORDS
        if headlined and _dated_headline(kinds, opening)
        else HEADLINE_MIN_WORDS
    )
    # where headlines are title-cased and carry no date, a shorter title-cased line is one too
    cased_words = (
        TITLE_CASED_HEADLINE_MIN_WORDS
        if headlined
        and headline_words == HEADLINE_MIN_WORDS
        and _title_cased(L.clean_title(raw[opening]))
        else headline_words
    )
    # 'Source:' footers: a source line directly under a sentence
    footers = sum(
        1 for i in range(1, len(kinds)) if kinds[i] == L.SOURCE and kinds[i - 1] == L.BODY
    )
    glued = {
        i: parts
        for i, k in enumerate(kinds)
        if k == L.BODY and (parts := L.split_glued(raw[i])) is not None
    }
    # hard-wrapped paragraphs are read before anything looks ahead: their lines are text
    wrapped_blocks: dict[int, list[list[int]]] = {}
    if not per_line:
        if width is not None:
            _wrapped_header_lines(raw, kinds, width)
            _wrapped_furniture(raw, kinds, width)
        _unpunctuated_paragraphs(raw, kinds)
        if width is None:  # a hard-wrapped file's line ends are read by its wrap width
            _line_broken_blocks(raw, kinds)
        for first, last in _blocks(kinds):
            if wrapped := _wrapped(raw, kinds, list(range(first, last + 1)), width):
                wrapped_blocks[first] = wrapped
                for i in (i for para in wrapped for i in para):
                    kinds[i] = L.BODY  # wrapped lines are text, never titles
    paragraph_gap = _usual_gap(kinds)
    # copied pages that open with a date over the headline: each page's date stands above
    # its headline, never at the foot of the page before
    dated_pages = not per_line and _opens_with_date_over_headline(raw, kinds)
    # Markdown heading levels and how many headings each has: a digest's issue header is the
    # only heading of its level
    heading_levels = Counter(_level(line) for line in raw if line.lstrip().startswith("#"))
    # a site's menu items ('Politics' under 'Home | Politics | World') are section labels
    menu_items = {item.casefold() for line in raw if L.is_menu(line) for item in L.menu_items(line)}
    drafts: list[_Draft] = []
    owner: list[_Draft | None] = [None] * len(raw)
    cur: _Draft | None = None
    pending_wrapped: dict[int, list[int]] = {}

    def start(i: int) -> _Draft:
        nonlocal cur
        cur = _Draft(start=i + 1, end=i + 1, title_line=i + 1)
        drafts.append(cur)
        return cur

    def text_of(i: int) -> str:
        return glued[i][1] if i in glued else L.paragraph_text(raw[i])

    def prev_kind(i: int) -> str:
        return next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != L.BLANK), L.BLANK)

    for first, last in _blocks(kinds):
        block = list(range(first, last + 1))
        block_kinds = [kinds[i] for i in block]
        body_lines = [i for i in block if kinds[i] == L.BODY]
        # blank lines before this block
        blanks_before = 0
        j = first - 1
        while j >= 0 and kinds[j] == L.BLANK:
            blanks_before += 1
            j -= 1

        if first in starts:
            cur = None  # a frame, clipping, post or item line opens the next article
        # a short question standing alone where a headline is expected is the headline; so is
        # one opening a block above its text in a one-per-line file whose stories open with one
        question = (
            kinds[first] == L.BODY
            and raw[first].rstrip().endswith("?")
            and L.word_count(raw[first]) <= QUESTION_TITLE_MAX_WORDS
        )
        if question and (
            (first == last and (cur is None or cur.closed or cur.after_source))
            or (
                headlined
                and first < last
                and blanks_before
                and kinds[first + 1] == L.BODY
                and cur is not None
                and cur.paragraphs
            )
        ):
            kinds[first] = L.TITLE
            block_kinds[0] = L.TITLE
            body_lines = [i for i in block if kinds[i] == L.BODY]
        # body text after a `read more` marker belongs to a new (untitled) article
        if cur is not None and cur.closed and body_lines and not framed:
            cur = None
        # blank-separated files: a lead opening with a dateline after body text is a new story
        # (summary points under a headline are no body text before the lead)
        if (
            not per_line
            and cur is not None
            and any(not _is_bullet(raw[n - 1]) for n, _ in cur.paragraphs)
            and kinds[first] == L.BODY
            and dateline(raw[first]) is not None
            and not framed
        ):
            cur = None
        # blank-separated files: text after a gap far wider than the file's paragraph gaps is
        # a new (untitled) story: dumps with irregular whitespace set stories apart that way
        if (
            not per_line
            and cur is not None
            and cur.paragraphs
            and kinds[first] == L.BODY
            and not framed
            and _gap_before(kinds, first) >= max(WIDE_GAP_MIN_BLANKS, 2 * paragraph_gap)
        ):
            cur = None
        # one-per-line files: a blank-line gap between body blocks starts a new item
        if per_line and cur is not None and cur.paragraphs and body_lines and not framed:
            lead = cur.body_blocks == 1 and len(cur.paragraphs) <= 2
            longer = len(body_lines) >= max(3, 2 * len(cur.paragraphs))
            # where stories end with a 'Source:' footer, text before the footer is the story's
            footed = footers >= 2 and not cur.after_source and kinds[first] == L.BODY
            if not (lead and longer) and not footed:
                cur = None

        # blank-separated files: decide what the block is as a whole
        prose: list[tuple[int, str]] | None = None
        pending_wrapped = {}
        if not per_line:
            content = [i for i in block if kinds[i] not in L.META_KINDS]
            wrapped = wrapped_blocks.get(first) or wrapped_blocks.get(first + 1)
            if wrapped:
                prose = [
                    (para[0] + 1, "\n".join(L.paragraph_text(raw[i]) for i in para))
                    for para in wrapped
                ]
                pending_wrapped = {para[0] + 1: [i + 1 for i in para] for para in wrapped}
            elif block_kinds and all(k == L.BODY for k in block_kinds):
                prose = [(i + 1, text_of(i)) for i in block]
            elif (
                len(block) >= 2
                and block_kinds[0] == L.TITLE
                and all(k == L.BODY for k in block_kinds[1:])
            ):
                # a headline or heading directly above its text
                prose = [(i + 1, text_of(i)) for i in block[1:]]
            elif content and all(kinds[i] == L.BODY for i in content) and len(content) < len(block):
                prose = [(i + 1, text_of(i)) for i in content]
            elif len(body_lines) >= CAPTIONED_MIN_SENTENCES and (
                all(kinds[i] in (L.BODY, L.CAPTION) for i in content)
                or len(body_lines) >= 2 * (len(block) - len(body_lines))
            ):
                # a run of paragraphs, one per line, keeps them as text with a caption, an
                # embedded post or a subheading among them
                prose = [(i + 1, text_of(i)) for i in body_lines]
            elif _text_over_closing_furniture(block_kinds):
                # the last paragraph with the story's closing lines glued under it (a desk's
                # initials, a hit counter, a share row): the paragraph is text
                prose = [(i + 1, text_of(i)) for i in block if kinds[i] == L.BODY]
            elif runs := _sentence_runs(kinds, block):
                # a copied page's text, one paragraph per line, between its header and its
                # share row, related list and copyright, all in one block without blank lines
                prose = [(i + 1, text_of(i)) for i in runs]
            elif (
                block_kinds[-1] == L.BODY
                and L.word_count(raw[last]) >= LEAD_MIN_WORDS
                and any(k in (L.DATE, L.BYLINE) for k in block_kinds)
                and _next_kind(kinds, last) == L.BODY
            ):
                # a header block (headline, date, byline, share counts) with the lead glued
                # under it, text following: the lead is text
                lead = [last]
                while lead[0] - 1 > first and kinds[lead[0] - 1] == L.BODY:
                    lead.insert(0, lead[0] - 1)
                prose = [(i + 1, text_of(i)) for i in lead]

        for i in block:
            k = kinds[i]
            s = raw[i].strip() if k in (L.TITLE, L.BODY) else L.unbulleted(raw[i])
            if (
                k == L.TITLE
                and cur is not None
                and cur.paragraphs
                and not cur.closed
                and first == last
                and blanks_before <= 1
                and prev_kind(i) == L.BODY
                and (credit := _outlet_credit(s))
            ):
                # an outlet's name alone under a story's text is its credit, never the next
                # headline: 'Valley Post' or 'Herald.Kz' at a story's foot
                kinds[i] = L.END
                cur.credit_outlet = cur.credit_outlet or credit
                cur.closed = True
                cur.end = i + 1
                owner[i] = cur
                continue
            if (
                k == L.TITLE
                and per_line
                and cur is not None
                and len(cur.paragraphs) == 1
                and not cur.closed
                and _ACRONYM.fullmatch(L.strip_markup(s))
                and _next_kind(kinds, i) == L.BODY
            ):
                # an agency's initials on their own line under a story's standfirst ('ANI'):
                # its credit, as initials directly under the headline are
                kinds[i] = L.NAV
                cur.credits.append((i + 1, L.strip_markup(s)))
                cur.end = i + 1
                owner[i] = cur
                continue
            if k == L.TITLE:
                s = L.clean_title(s)
                if cur is None:
                    new = True
                elif framed or norm_text(s) == norm_text(cur.title):
                    new = False
                elif cur.closed or cur.after_source:
                    new = True
                elif cur.paragraphs and _heading_at_or_above(raw, cur.title_at, i):
                    new = True  # a Markdown heading at the level of this story's headline
                else:
                    new = (
                        bool(cur.paragraphs)
                        and (
                            _meta_ahead(kinds, i)
                            or i in sentence_heads
                            or (per_line and _named_headline(raw, kinds, i))
                            or (
                                not per_line
                                and first == last
                                and _named_headline_apart(raw, kinds, i)
                            )
                            or (not per_line and i == first and blanks_before >= 2)
                            or (
                                headlined
                                and _headline_between(
                                    raw,
                                    kinds,
                                    i,
                                    cased_words
                                    if _title_cased(L.clean_title(raw[i]))
                                    else headline_words,
                                    retold=headline_words == HEADLINE_MIN_WORDS,
                                )
                            )
                            or _dateline_ahead(raw, kinds, i)
                            or (per_line and _site_line_opens(raw, kinds, i))
                            or (
                                # where this story's headline stands alone above its text
                                not per_line
                                and first == last
                                and _undated_headline(kinds, cur)
                                and _retold_below(raw, kinds, i)
                            )
                        )
                        and not (per_line and _trailing_line(raw, kinds, i))
                        and not _page_footer_below(raw, kinds, i)
                    )
                if new:
                    cur = start(i)
                cur.end = i + 1
                owner[i] = cur
                if _bullets_follow(kinds, i):
                    continue  # a list heading such as "Key points"
                outlet_line = (
                    L.site_name(s)
                    or _outlet_over_date(raw, kinds, i)
                    or (s if per_line and _site_line_opens(raw, kinds, i) else None)
                )
                masthead = "" if outlet_line else _masthead_above_menu(raw, kinds, i)
                if (
                    _ADDRESS_TITLE.match(raw[i].strip())
                    and not cur.title
                    and not cur.paragraphs
                    and i + 1 == cur.title_line
                ):
                    # a copied page's own address above its headline (pages pasted one after
                    # another, each under the address bar's text): the page's URL, never its
                    # headline; the next line may be
                    cur.url = cur.url or s
                    cur.title_line = _next_line(kinds, i) + 1
                    continue
                if (
                    not outlet_line
                    and not cur.paragraphs
                    and (name := L.name_line(s))
                    and name.casefold() not in menu_items
                ):
                    # a one-word name above or under the headline is the outlet's, never the
                    # headline: newsletters and exports credit each story so
                    cur.name_outlet = cur.name_outlet or name
                    if not cur.title and i + 1 == cur.title_line:
                        cur.title_line = _next_line(kinds, i) + 1
                    continue
                if (
                    (outlet_line or masthead)
                    and not cur.title
                    and not cur.paragraphs
                    and i + 1 == cur.title_line
                ):
                    # an outlet name above the headline: the outlet, and the next line may be title
                    if outlet_line:
                        cur.outlets.append(outlet_line)
                    else:
                        cur.masthead_outlet = masthead
                    cur.title_line = _next_line(kinds, i) + 1
                    if kinds[cur.title_line - 1] == L.DATE:
                        # a database export's outlet and date above the headline
                        cur.title_line = _next_line(kinds, cur.title_line - 1) + 1
                elif (
                    cur.title
                    and not cur.paragraphs
                    and cur.title_at
                    and 0 < _level(raw[cur.title_at - 1]) < _level(raw[i])
                    and heading_levels[_level(raw[cur.title_at - 1])] == 1
                ):
                    # a Markdown digest's issue header ('# Weekly Digest') over its first
                    # item's heading ('## Floods hit ...'): the deeper heading is the headline
                    cur.title, cur.title_at = s, i + 1
                elif not cur.title and not cur.paragraphs and i + 1 == cur.title_line:
                    cur.title, cur.title_at = _wrapped_title(raw, kinds, i, width), i + 1
                elif (
                    not cur.title
                    and not cur.paragraphs
                    and 0 < cur.title_line <= i
                    and all(kinds[j] in _FURNITURE_KINDS for j in range(cur.title_line - 1, i))
                ):
                    # only furniture so far (a newsletter's masthead, rules, a boxed section
                    # header): the first title-like line after it is the headline
                    cur.title, cur.title_at = _wrapped_title(raw, kinds, i, width), i + 1
                elif (
                    not cur.title
                    and not cur.paragraphs
                    and L.word_count(s) > MENU_MAX_WORDS
                    and 0 < cur.title_line <= i
                    and all(
                        kinds[j] in _HEADER_KINDS or (not per_line and kinds[j] == L.BLANK)
                        for j in range(cur.title_line - 1, i)
                    )
                    and (under := _past_captions(kinds, i + 1)) < len(kinds)
                    and (kinds[under] == L.BODY or (not per_line and _text_block_below(kinds, i)))
                ):
                    # a post's or item's headline under its header lines (a date, a source
                    # line) and directly above its text (a photo caption between them looked
                    # past); in a blank-separated file (a copied page with its date above the
                    # headline) above the block of its text
                    cur.title, cur.title_at = s, i + 1
                elif not cur.paragraphs and _labelled_title(raw[i]):
                    cur.title, cur.title_at = s, i + 1  # a 'Title:' label beats a first line
                elif (
                    not cur.title
                    and not cur.paragraphs
                    and L.word_count(s) > 5
                    and _next_kind(kinds, i) in (L.BYLINE, L.DATE)
                ):
                    cur.title, cur.title_at = (
                        s,
                        i + 1,
                    )  # a headline directly above its byline or date
                elif (
                    not cur.paragraphs
                    and L.word_count(s) > MENU_MAX_WORDS
                    and (
                        not _dated_since(kinds, cur.title_at, i)
                        # a newsletter's short name with its issue date, then a headline above
                        # a dateline lead after a blank line
                        or (
                            L.word_count(cur.title) <= MENU_MAX_WORDS
                            and i == first
                            and _dateline_ahead(raw, kinds, i)
                        )
                        # a site's section label ('World News') above the date, then a
                        # headline directly above its text
                        or (
                            L.word_count(cur.title) <= SECTION_LABEL_MAX_WORDS
                            and L.word_count(s) > HEADLINE_MIN_WORDS
                            and i + 1 < len(kinds)
                            and kinds[i + 1] == L.BODY
                            and all(kinds[j] in _HEADER_KINDS for j in range(cur.title_at, i))
                        )
                    )
                    and (
                        (
                            L.word_count(cur.title) <= MENU_MAX_WORDS
                            and _headline_evidence(raw, kinds, i, width=width)
                        )
                        or (
                            (
                                _above_menu_item(raw, kinds, cur.title_at)
                                or not _headline_evidence(raw, kinds, cur.title_at - 1, width=width)
                            )
                            and _headline_evidence(raw, kinds, i, strong=True, width=width)
                        )
                    )
                ):
                    # a first line from a site menu gives way to the headline proper: after a
                    # short line, one repeated or directly above its text, a date or a byline;
                    # after a line above a menu item, or one with nothing of its own under it
                    # (a newsletter's name), one above its date or byline
                    cur.title, cur.title_at = _wrapped_title(raw, kinds, i, width), i + 1
                elif not cur.paragraphs and norm_text(s) != norm_text(cur.title):
                    # header lines between the title and the body: outlet, author, region
                    name = (
                        L.known_outlet(s)
                        or (
                            # a name such as 'Pamir Times' alone under the headline
                            s
                            if (L.word_count(s) <= KICKER_NAME_MAX_WORDS or L.outlet_of_place(s))
                            and L.looks_like_outlet(s)
                            else None
                        )
                        # a masthead name and its section ('*Valley Post · World*')
                        or L.lead_name(raw[i], dated=False)
                    )
                    if name:
                        cur.outlets.append(name)
                    elif (
                        L.word_count(s) <= 5
                        and _next_kind(kinds, i) == L.DATE
                        and not _read_time_below(raw, kinds, i)
                        and _title_cased(s)
                        and not _title_wraps(raw, kinds, i - 1, width)
                    ):
                        cur.pre_date_outlet = cur.pre_date_outlet or s
                    elif _credit_line(s):
                        cur.credits.append((i + 1, s))
                continue
            if framed:
                pass
            elif k == L.BODY and i in glued and (cur is None or cur.closed or cur.paragraphs):
                cur = start(i)  # a headline glued to the first sentence of its story
            elif (
                k in L.META_KINDS
                and cur is not None
                and cur.paragraphs
                and (
                    cur.closed
                    or (
                        not per_line
                        and i == first
                        and blanks_before >= 2
                        and k in (L.DATE, L.BYLINE, L.SOURCE)
                    )
                    # one paragraph per line: a date or byline line between sentences, or
                    # after a gap, with its lead directly under it (one followed by a gap is
                    # the last story's credit: 'Valley Post | World')
                    or (
                        per_line
                        and k in (L.DATE, L.BYLINE)
                        and (prev_kind(i) == L.BODY or i == first)
                        and i < last
                    )
                )
                and _body_after_header(kinds, i)
            ):
                cur = start(i)  # a header without a headline (byline, date) above its text
            elif (
                dated_pages
                and k == L.DATE
                and cur is not None
                and cur.paragraphs
                and first == last
                and prev_kind(i) == L.BODY
                and (head := _next_line(kinds, i)) < len(kinds)
                and kinds[head] == L.TITLE
                and _text_block_below(kinds, head)
            ):
                # copied pages that open with a date over the headline: a date alone over a
                # headline standing alone above its text is the next page's header, not the
                # last page's foot
                cur = start(i)
            elif (
                k == L.BODY
                and per_line
                and cur is not None
                and cur.paragraphs
                and prev_kind(i) == L.BODY
                and dateline(raw[i]) is not None
                # a story's summary bullets above its lead are the same story's
                and not _is_bullet(raw[_prev_line(kinds, i)])
            ):
                cur = start(i)  # one paragraph per line: a dateline opens the next story's lead
            if cur is None:
                cur = start(i)
            cur.end = i + 1
            owner[i] = cur
            if k == L.BODY and i in glued and not cur.title and not cur.paragraphs:
                cur.title, cur.title_at = glued[i][0], i + 1
            if k == L.BODY and not cur.paragraphs and not cur.agency_outlet:
                # an agency tag or dateline, or an outlet's name tagged onto the first sentence
                cur.agency_outlet = (
                    agency_outlet(raw[i])
                    or L.lead_tag_outlet(raw[i])
                    or L.reprint_outlet(raw[i])  # a reprint note above the text
                    or ""
                )
            if k in (L.BODY, L.NAV) and (cur.paragraphs or prose) and not cur.credit_outlet:
                # a credit at the story's foot: '-- KUNA', '(c) 2025 X', 'Published in X, date'
                cur.credit_outlet = L.credit_outlet(s) or ""
            if (
                k == L.END
                and cur.title
                and not cur.paragraphs
                and i > cur.title_at  # a rule directly under the title underlines it
                and _next_kind(kinds, i) == L.TITLE
                and not _labelled_title(raw[cur.title_at - 1])
            ):
                # a newsletter's name and issue date above '*** TOP STORIES ***' or a rule
                # with a headline under it are its masthead: no headline, no date of the story
                cur.title, cur.title_at, cur.title_line = "", 0, _next_line(kinds, i) + 1
                cur.published = ""
            if k in (L.END, L.FOOTER):
                cur.closed = cur.closed or bool(cur.paragraphs)
                cur.credit_outlet = cur.credit_outlet or L.credit_footer_outlet(s) or ""
                if not cur.paragraphs and not cur.title and i + 1 == cur.title_line:
                    cur.title_line = _next_line(kinds, i) + 1  # furniture above the headline
            elif k == L.AGENCY:
                cur.agency_outlet = cur.agency_outlet or agency_outlet(s)
            elif k == L.SOURCE:
                cur.source_outlet = cur.source_outlet or (L.source_outlet(s) or "")
                cur.after_source = bool(cur.paragraphs)
                # a 'Source:' line under the text is the story's footer: it closes the story
                cur.closed = cur.closed or bool(cur.paragraphs)
                if not cur.published:
                    # 'Source: Reuters, 14 May 2025' above or under the text dates it too
                    told = L.source_text(s)
                    cur.published = L.parse_date(told) or L.byline_date(told) or ""
            elif k == L.DATE:
                if _story_date_wanted(cur, i):
                    cur.published, cur.published_at = L.parse_date(s) or "", i + 1
                # 'Amu TV | 21 June 2025', 'Published 2 June 2025 — by Name, Outlet'
                cur.byline_outlet = cur.byline_outlet or L.date_line_outlet(s) or outlet_in(s)
                if not cur.paragraphs and _masthead_lead(raw[i]):
                    # a masthead heading the item's date line ('**KNA** · 18 Jul 2025', '[4]
                    # Valley Post (Herat) | date') names the item's outlet, above an agency tag
                    # under it that credits the wire
                    cur.outlets.append(_masthead_lead(raw[i]))
                # 'From Outlet · Agency · date': the item's outlet, above a dateline's agency
                cur.source_outlet = cur.source_outlet or (L.credit_lead(s) or "")
            elif k == L.BYLINE:
                if _story_date_wanted(cur, i) and (dated := L.byline_date(s)):
                    cur.published, cur.published_at = dated, i + 1
                cur.byline_outlet = (
                    cur.byline_outlet
                    or L.byline_outlet(s)
                    or L.desk_outlet(s)
                    or L.desk_section_outlet(s)
                    or L.kicker_outlet(s)
                    or outlet_in(s)
                )
            elif k == L.URL:
                label = L.header_label(s)
                cur.url = cur.url or (label[1] if label else "")
            elif k in (L.NAV, L.LABEL):
                if not cur.paragraphs:
                    # a copyright notice in a copied page's header names its site: the outlet
                    # of last resort (one under the text may be a newsletter's or a wire's)
                    cur.copyright_outlet = cur.copyright_outlet or L.copyright_holder(s) or ""
                if _wire_credit_under_title(raw, kinds, cur.title_at, i) and not cur.paragraphs:
                    # a copied page credits the wire story it carries on a line of its own
                    # under the headline: the story's outlet, not the site's masthead
                    cur.wire_credit = cur.wire_credit or (L.known_outlet(s) or "")
                if not cur.paragraphs and not cur.title and i + 1 == cur.title_line:
                    cur.title_line = _next_line(kinds, i) + 1  # furniture above the headline
                elif (
                    cur.paragraphs
                    and blanks_before >= 2
                    and (L.is_menu(raw[i]) or (i == first and _nav_run_to_title(kinds, i)))
                ):
                    # a site menu, or a copied page's navigation run up to a headline, after a
                    # wide gap: the next page begins
                    cur.closed = True
                elif cur.paragraphs and _page_copyright(raw, kinds, i):
                    # a copied page's copyright line before a wide gap is its last line: what
                    # follows is the next page
                    cur.closed = True
            elif k == L.BODY and per_line:
                cur.paragraphs.append((i + 1, text_of(i)))
                cur.after_source = False
        if cur is not None and not per_line and prose:
            cur.paragraphs.extend(prose)
            cur.wrapped.update(pending_wrapped)
            cur.after_source = False
        if cur is not None and (prose or (per_line and body_lines)):
            cur.body_blocks += 1
    if per_line:
        _last_lines(raw, kinds, owner)
    for d in drafts:
        if not d.published and d.title_at:
            # a feed reader's stamp before the headline dates an undated story
            stamp = L.time_stamp(L.strip_markup(raw[d.title_at - 1]).strip())
            d.published = L.parse_date(stamp.rstrip(" :|-–—")) or "" if stamp else ""
    records = attach_lines(raw, kinds, owner, [(d, d.record()) for d in drafts], glued)
    for rec in records:
        rec.title = _past_breadcrumb(raw, rec.title, rec.line_start, rec.paragraphs)
        if _ADDRESS_TITLE.match(rec.title):
            # a read-later or bookmark export puts the page's address where the page has no
            # headline ('Title: https://...'): an address is never a headline
            rec.title = ""
    if front and records:
        first_record = records[0]
        if len(records) == 1 or not first_record.title:
            # a front matter's title names the file: one story's, or a digest's when the
            # file holds several items with headlines of their own
            first_record.title = front.get("title") or first_record.title
        first_record.outlet = front.get("outlet") or first_record.outlet
        first_record.published = front.get("published") or first_record.published
    return records


FRONT_MATTER_KEYS = {
    "title": ("title", "headline"),
    "outlet": ("outlet", "source", "publisher", "site", "site_name", "publication"),
    "published": ("published", "date", "pubdate", "published_at", "datepublished"),
}


def _front_matter(raw: list[str], kinds: list[str]) -> dict[str, str]:
    """Read a YAML front-matter block (``---`` ... ``---`` at the top of Markdown files).

    Its lines are marked as navigation in ``kinds``; returns title/outlet/published found in it.
    """
    import yaml

    if not raw or raw[0].strip() != "---":
        return {}
    end = next((i for i in range(1, min(len(raw), 60)) if raw[i].strip() in ("---", "...")), None)
    if end is None:
        return {}
    try:
        data = yaml.safe_load("\n".join(raw[1:end]))
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    for i in range(end + 1):
        kinds[i] = L.NAV
    keys = {str(k).casefold(): v for k, v in data.items()}
    out: dict[str, str] = {}
    for field_name, names in FRONT_MATTER_KEYS.items():
        value = next((keys[n] for n in names if keys.get(n) not in (None, "")), None)
        if value is None or isinstance(value, (dict, list)):
            continue
        out[field_name] = (
            iso_date(value) if field_name == "published" else " ".join(str(value).split())
        )
    return out


def _wrapped_header_lines(raw: list[str], kinds: list[str], width: int) -> None:
    """In a file hard-wrapped at ``width``, a date or byline line wrapped into a sentence is text.

    A lead that opens with a dated dateline (``Geneva, 30 June 2025 - The agency ...``) or a
    sentence whose wrapped last line starts with a date (``August 2021, officials said.``) reads
    line by line as a date line; where the wrapper carried the sentence over from or onto it
    (:func:`afgresearch.corpus.wrapping.wraps_onto`) and the run of wrapped lines ends a
    sentence, every line of the run is part of one paragraph. Short header lines never wrap.

    Example
    -------
    >>> raw = ["Kabul, 2 May 2025 - The ministry said that returns from the border rose",
    ...        "sharply in April."]
    >>> kinds = ["date", "body"]
    >>> _wrapped_header_lines(raw, kinds, 72)
    >>> kinds
    ['body', 'body']
    """
    for i, kind in enumerate(kinds):
        if kind not in (L.DATE, L.BYLINE):
            continue
        first = i
        while first > 0 and wraps_onto(raw, first - 1, width) and kinds[first - 1] != L.BLANK:
            first -= 1
        last = i
        while wraps_onto(raw, last, width) and kinds[last + 1] not in (L.BLANK, L.END):
            last += 1
        if last > first and L.ends_sentence(raw[last]):
            kinds[i] = L.BODY


def _gap_before(kinds: list[str], i: int) -> int:
    """The number of blank lines (spaces and tabs only included) directly above line ``i``."""
    n = 0
    while i - n - 1 >= 0 and kinds[i - n - 1] == L.BLANK:
        n += 1
    return n


def _usual_gap(kinds: list[str]) -> int:
    """The most common number of blank lines between two blocks of the file (1 when none).

    Example
    -------
    >>> _usual_gap(["body", "blank", "body", "blank", "blank", "body", "blank", "body"])
    1
    """
    counts: dict[int, int] = {}
    for i in range(1, len(kinds)):
        if kinds[i] != L.BLANK and kinds[i - 1] == L.BLANK and (gap := _gap_before(kinds, i)) < i:
            counts[gap] = counts.get(gap, 0) + 1
    return max(sorted(counts), key=lambda g: counts[g]) if counts else 1


#: a phrase set wholly in quotation marks: '"sharp rise in forced returns"'
_QUOTED_PHRASE = re.compile(r"^[\"“‘'«](?P<text>[^\"“”‘’«»]{3,160})[\"”’'»]$")


def _pull_quotes(raw: list[str], kinds: list[str]) -> None:
    """A phrase set wholly in quotation marks directly under a sentence of the text, ending the
    block, is a pull quote (a page's display quote or a teaser's highlighted phrase): furniture,
    never a headline, and it does not turn the sentences above it into a header block.

    Example
    -------
    >>> raw = ["Officials said on Monday that returns doubled in May.", '"returns doubled in May"']
    >>> kinds = ["body", "title"]
    >>> _pull_quotes(raw, kinds); kinds
    ['body', 'nav']
    """
    for i in range(1, len(kinds)):
        if (
            kinds[i] == L.TITLE
            and kinds[i - 1] == L.BODY
            # it ends its block: a quoted headline of the next story has its text under it
            and (i + 1 == len(kinds) or kinds[i + 1] in (L.BLANK, L.END))
            and _QUOTED_PHRASE.match(L.paragraph_text(raw[i]))
        ):
            kinds[i] = L.NAV


def _wrapped_furniture(raw: list[str], kinds: list[str], width: int) -> None:
    """In a file hard-wrapped at ``width``, the rest of a furniture line wrapped onto the next
    line is furniture too: a digest's ``In this issue: ...`` blurb or a ``Read more:`` line
    carries on there, and the carried words are no headline and no paragraph.

    Example
    -------
    >>> raw = ["In this issue: wheat prices in the north, clinic reopenings and the new",
    ...        "rules for exchange dealers."]
    >>> kinds = ["nav", "body"]
    >>> _wrapped_furniture(raw, kinds, 72)
    >>> kinds
    ['nav', 'nav']
    """
    for i in range(len(kinds) - 1):
        if (
            kinds[i] == L.NAV
            and kinds[i + 1] in (L.BODY, L.TITLE, L.FRAGMENT)
            and wraps_onto(raw, i, width)
        ):
            kinds[i + 1] = L.NAV


def _continues(line: str) -> bool:
    """True when ``line`` reads as the continuation of a wrapped sentence (no capital start).

    Opening brackets and quotes are looked past: ``(MENAFN- Khaama Press) UNICEF ...`` starts
    with a capital.
    """
    text = L.paragraph_text(line).lstrip("([{\"'“‘«„")
    first = text[:1]
    return bool(first) and not first.isupper()


def _mid_sentence(line: str) -> bool:
    """True when an unpunctuated ``line`` reads as the first part of a sentence, not a headline.

    It opens with a quotation mark, holds a sentence end followed by more words, or ends with a
    function word (``of``, ``the``, ``and``, ``said`` ...).
    """
    s = L.paragraph_text(line)
    words = s.split()
    return (
        s[:1] in _QUOTES
        or bool(SENTENCE_BREAK.search(s))
        or bool(words and words[-1].casefold().strip(",;") in _FUNCTION_WORDS)
    )


def _lower_start(line: str) -> bool:
    """True when ``line`` opens with a lower-case letter: the rest of a wrapped sentence."""
    return L.paragraph_text(line)[:1].islower()


def _wrapped_title(raw: list[str], kinds: list[str], i: int, width: int | None = None) -> str:
    """The title on line ``i``, with the next line when the headline wraps onto it: a long
    line (``WRAP_MIN_CHARS``) that stops mid-phrase (:func:`_open_end`) or whose next line
    carries on in lower case, above a title-like line; ``width`` as for :func:`_title_wraps`.

    Example
    -------
    >>> raw = ["Thousands of refugees return from Pakistan via the Torkham crossing as",
    ...     "Pakistan intensifies deportations"]
    >>> _wrapped_title(raw, ["title", "title"], 0)
    'Thousands of refugees return from Pakistan via the Torkham crossing as Pakistan intensifies deportations'
    """
    title = L.clean_title(raw[i])
    if _title_wraps(raw, kinds, i, width):
        return f"{title} {L.clean_title(raw[i + 1])}"
    return title


def _title_wraps(raw: list[str], kinds: list[str], i: int, width: int | None = None) -> bool:
    """True when title-like line ``i`` is a headline wrapped onto the next line: it is long
    (``WRAP_MIN_CHARS``) and stops mid-phrase (:func:`_open_end`), or the next title-like line
    carries on in lower case, or (in a file hard-wrapped at ``width``) the next line's first
    word did not fit on this one.

    Example
    -------
    >>> raw = ["Kabul and Islamabad agree to reopen the Torkham crossing", "for trade"]
    >>> _title_wraps(raw, ["title", "title"], 0)
    True
    """
    return (
        0 <= i < len(kinds) - 1
        and kinds[i] == L.TITLE
        and kinds[i + 1] == L.TITLE
        and len(raw[i].strip()) >= WRAP_MIN_CHARS
        # a headline set wholly in emphasis ('*Talks resume in Doha*') closes on its own line
        and not _WHOLLY_EMPHASISED.fullmatch(raw[i].strip())
        # an outlet's name under a headline that ends in 'says' credits it, never ends it
        and not (
            width is None
            and L.word_count(raw[i + 1]) >= 2
            and _name_under_headline(raw[i + 1])
            and not _lower_start(raw[i + 1])
        )
        and (
            _open_end(raw[i])
            or _lower_start(raw[i + 1])
            # in a hard-wrapped file, the next line's first word did not fit on this one (an
            # address or a 'Label: value' line is never a headline's second half)
            or (
                wraps_onto(raw, i, width)
                and "://" not in raw[i]
                and not _LABEL_LINE.match(raw[i + 1])
            )
        )
    )


#: a line set wholly in emphasis, the marks closing at its end: '*Talks resume*', '__Title__'
_WHOLLY_EMPHASISED = re.compile(r"(\*{1,2}|_{1,2})(?![\s*_]).+(?<![\s*_])\1")
#: a labelled header line: 'Site: The Indian Awaaz', 'Saved from: ...'
_LABEL_LINE = re.compile(r"^\s*[A-Z][\w ]{0,24}:\s")


def _open_end(line: str) -> bool:
    """True when ``line`` stops where a sentence cannot end: after a comma or a function word.

    Example
    -------
    >>> _open_end("Officials said prices fell by a third in"), _open_end("Talks resume")
    (True, False)
    """
    words = L.paragraph_text(line).split()
    return bool(words) and (words[-1].endswith(",") or words[-1].casefold() in _FUNCTION_WORDS)


def _wrapped(
    raw: list[str], kinds: list[str], block: list[int], width: int | None = None
) -> list[list[int]]:
    """Return the paragraphs (lists of line indices) of a hard-wrapped ``block``, else ``[]``.

    A hard-wrapped block has lines that do not end a sentence, each long (``WRAP_MIN_CHARS``, or
    ``WRAP_SHORT_RATIO`` of the block's longest line when that is less, never below
    ``WRAP_FLOOR_CHARS``, or followed by a line that carries on in lower case), and its last line
    ends a sentence or carries on from the line above (:func:`_open_end`, or a lower-case
    start); lines that end a sentence may sit inside it. A
    sentence-ending line that is clearly shorter than the block's longest line
    (``WRAP_SHORT_RATIO``) and is followed by a capitalised line ends a paragraph, and so does
    any sentence-ending line followed by a numbered item (``2. ...``); every line of
    the block lands in one paragraph. An unpunctuated first line above a capitalised line that
    does not read as mid-sentence (:func:`_mid_sentence`) is a headline above the text: it is
    left to the title rules and the rest of the block is tried alone (three or more unpunctuated
    long lines ending in a sentence are one paragraph even so).

    Example
    -------
    >>> lines = ["Officials said the talks with the delegation would", "resume next week."]
    >>> _wrapped(lines, ["title", "body"], [0, 1])
    [[0, 1]]
    """
    if len(block) < 2 or not all(kinds[i] in (L.TITLE, L.FRAGMENT, L.BODY) for i in block):
        return []
    head = block[:-1]
    if kinds[block[-1]] != L.BODY and not (
        (_lower_start(raw[block[-1]]) or _open_end(raw[block[-2]]))
        and (len(block) >= 3 or any(kinds[i] == L.BODY for i in block))
    ):
        # a last line that ends no sentence must read as the rest of one, in a block that
        # holds a sentence or runs to three lines (two such lines are a wrapped headline)
        return []
    open_lines = [i for i in head if kinds[i] != L.BODY]
    width = max(len(raw[i].strip()) for i in block)
    min_chars = max(WRAP_FLOOR_CHARS, min(WRAP_MIN_CHARS, WRAP_SHORT_RATIO * width))

    def long(i: int) -> bool:
        # a short line inside a paragraph is still wrapped when the next line carries on
        return len(raw[i].strip()) >= min_chars or (i != block[0] and _lower_start(raw[i + 1]))

    first = block[0]
    if (
        kinds[first] == L.TITLE
        and not _full_wrap(raw, kinds, block, width)
        and not _continues(raw[block[1]])
        and not _mid_sentence(raw[first])
        # 'Kabul, 13 September 2021 (TDI): Foreign Minister ...' opens a lead, never a headline
        and not _DATED_DATELINE.match(raw[first].strip())
        and not (len(block) >= 3 and all(kinds[i] != L.BODY and long(i) for i in head))
    ):
        # a headline or heading directly above its text
        return _wrapped(raw, kinds, block[1:])
    if not open_lines or not all(long(i) for i in open_lines):
        return []
    paragraphs: list[list[int]] = [[]]
    for i, nxt in zip(block, [*block[1:], None], strict=True):
        paragraphs[-1].append(i)
        if (
            nxt is not None
            and kinds[i] == L.BODY
            and (
                (len(raw[i].strip()) < WRAP_SHORT_RATIO * width and not _continues(raw[nxt]))
                or _NUMBERED.match(raw[nxt]) is not None  # a numbered item under a sentence
            )
        ):
            paragraphs.append([])
    return paragraphs


#: a line filled to within this many characters of a file's wrap width is a full line
FULL_LINE_SLACK = 10


def _full_wrap(raw: list[str], kinds: list[str], block: list[int], width: int | None) -> bool:
    """True when a two-line ``block`` of a file hard-wrapped at ``width`` is one sentence: the
    first line is filled to the width and the wrapper carried the next word over
    (:func:`afgresearch.corpus.wrapping.wraps_onto`), and the second line is a short sentence
    end, or the first line is in sentence case ('... the minister is likely to meet' / 'the
    envoy and the governor on Monday.'). A headline over its lead leaves the rest of its line
    empty, is title-cased, or its lead runs on; a block directly under the headline is left to
    the standfirst rules.

    Example
    -------
    >>> raw = ["Clinic opens", "", "Officials in Herat said on Monday that the new clinic will",
    ...        "serve the Injil and Guzara districts of the province from spring",
    ...        "", "Officials in Herat said on Monday that the new clinic will serve the",
    ...        "Injil and Guzara districts."]
    >>> kinds = ["title", "blank", "title", "body", "blank", "title", "body"]
    >>> _full_wrap(raw, kinds, [5, 6], 72), _full_wrap(raw, kinds, [2, 3], 72)
    (True, False)
    """
    if width is None or len(block) != 2 or kinds[block[1]] != L.BODY:
        return False
    above = _prev_line(kinds, block[0])
    if above < 0 or kinds[above] == L.TITLE:
        return False  # directly under a headline the block is its standfirst, left to its rules
    here, there = raw[block[0]].rstrip(), raw[block[1]].strip()
    return (
        len(here) >= width - FULL_LINE_SLACK
        and wraps_onto(raw, block[0], width)
        and (len(there) < WRAP_SHORT_RATIO * width or not _title_cased(here))
    )


def _next_line(kinds: list[str], i: int) -> int:
    """Return the 0-based index of the next non-blank line after ``i`` (``len(kinds)`` if none)."""
    for j in range(i + 1, len(kinds)):
        if kinds[j] != L.BLANK:
            return j
    return len(kinds)


_NUMBERED = re.compile(r"^\s*\d{1,2}[.)]\s+(\S.*)$")


def _numbered_headlines(raw: list[str], kinds: list[str]) -> None:
    """Mark numbered headlines ('1. GIRLS' SCHOOL BAN ...') that head a story as titles.

    A numbered line is a list item unless it is title-like (short, no closing punctuation),
    is not inside a run of list items, and a source, date or byline line follows it: then it
    is the headline of a digest item.
    """
    for i, k in enumerate(kinds):
        match = _NUMBERED.match(raw[i]) if k == L.BULLET else None
        if match is None or L.ends_sentence(match.group(1)):
            continue
        if L.word_count(match.group(1)) > L.TITLE_MAX_WORDS:
            continue
        before = next((kinds[j] for j in range(i - 1, -1, -1) if kinds[j] != L.BLANK), L.BLANK)
        if before != L.BULLET and _next_kind(kinds, i) in (L.SOURCE, L.DATE, L.BYLINE):
            kinds[i] = L.TITLE
    _numbered_digest_items(raw, kinds)


#: a digest numbers at least this many items, each headline alone above its text
NUMBERED_ITEMS_MIN = 2


#: an item's header lines under its headline (its outlet, source, date), at most this many
ITEM_HEADER_MAX_LINES = 2


def _past_item_header(raw: list[str], kinds: list[str], i: int) -> int:
    """The last line of the header that line ``i`` opens: ``i`` and the short lines standing
    alone under it (an outlet's name, a source or date line), at most
    ``ITEM_HEADER_MAX_LINES`` of them, before a block of text.

    Example
    -------
    >>> _past_item_header(["1. Dam opens", "", "*Hill Times*", "", "It opened."],
    ...     ["bullet", "blank", "title", "blank", "body"], 0)
    2
    """
    at = i
    for _ in range(ITEM_HEADER_MAX_LINES):
        if _text_block_below(kinds, at):
            return at
        j = _next_line(kinds, at)
        if (
            j >= len(kinds)
            or kinds[j] not in _ITEM_HEADER_KINDS
            or L.word_count(raw[j]) > KICKER_NAME_MAX_WORDS
        ):
            return at
        at = j
    return at


_ITEM_HEADER_KINDS = frozenset({L.TITLE, L.DATE, L.BYLINE, L.SOURCE, L.NAV, L.URL, L.AGENCY})


def _numbered_digest_items(raw: list[str], kinds: list[str]) -> None:
    """Mark the headlines of a numbered digest ('1. Floods hit ...', '2) Talks resume ...')
    as titles: title-like numbered lines, each alone above a block of text, numbered in
    sequence through the file, the first with no text above it (under an issue header or at
    the top). Numbered points inside a story follow its text, so they stay list items.

    Example
    -------
    >>> raw = ["1. Dam work begins", "", "Work began on Monday.", "", "2. Schools reopen",
    ...     "", "Pupils returned on Sunday."]
    >>> kinds = ["bullet", "blank", "body", "blank", "bullet", "blank", "body"]
    >>> _numbered_digest_items(raw, kinds); kinds[0], kinds[4]
    ('title', 'title')
    """
    items: list[tuple[int, int]] = []
    for i, k in enumerate(kinds):
        match = _NUMBERED.match(raw[i]) if k == L.BULLET else None
        if match is None:
            continue
        text = L.strip_markup(match.group(1))
        if (
            L.ends_sentence(text)
            or L.word_count(text) > L.TITLE_MAX_WORDS
            or not _text_block_below(kinds, _past_item_header(raw, kinds, i))
        ):
            continue
        items.append((i, int(re.match(r"\s*(\d+)", raw[i]).group(1))))
    if len(items) < NUMBERED_ITEMS_MIN:
        return
    numbers = [n for _, n in items]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return
    first = _prev_line(kinds, items[0][0])
    if first >= 0 and kinds[first] == L.BODY:
        return  # numbered points under a story's text
    for i, _ in items:
        kinds[i] = L.TITLE


#: a link to another story: 'Read more: <headline>', 'Related: <headline>'
_LINK = re.compile(
    r"^(?:read more|related|also read|read also|see also|recommended)\s*[:\-–—|»›>]\s*(\S.+)$",
    re.IGNORECASE,
)


_TAGS_MARKER = re.compile(r"(?:tags?|topics?|filed under|keywords)\s*:?", re.IGNORECASE)


def _related_links(raw: list[str], kinds: list[str]) -> None:
    """Mark the headline lines listed under a bare ``Also Read``/``Related Articles`` marker.

    The title-like lines directly after the marker (blank lines aside) are links to other
    stories, not headlines; the first line of another kind ends the list. A title-like line
    that repeats a link given elsewhere in the file (``Read more: <headline>``) is a related
    headline too, unless its own text, date or byline follows it.

    Example
    -------
    >>> raw = ["Read more: Envoys meet in Doha", "Envoys meet in Doha", "Photo: AFP",
    ...     "Talks resume in Kabul"]
    >>> kinds = ["nav", "title", "caption", "title"]
    >>> _related_links(raw, kinds); kinds[1]
    'related'
    """
    links = {
        norm_text(m.group(1))
        for i, k in enumerate(kinds)
        if k == L.NAV and (m := _LINK.match(L.strip_markup(raw[i])))
    }
    for i, k in enumerate(kinds):
        if (
            k == L.TITLE
            and norm_text(L.clean_title(raw[i])) in links
            and _next_kind(kinds, i) not in (L.BODY, *L.META_KINDS)
        ):
            kinds[i] = L.RELATED
    _teasers(kinds)
    _dated_teasers(raw, kinds)
    for i, k in enumerate(kinds):
        if k == L.NAV and _TAGS_MARKER.fullmatch(L.strip_markup(raw[i])):
            # the words listed under a bare 'Tags' or 'Topics' are tags, not headlines
            j = _next_line(kinds, i)
            while j < len(kinds) and kinds[j] == L.TITLE and L.word_count(raw[j]) <= MENU_MAX_WORDS:
                kinds[j] = L.NAV
                j = _next_line(kinds, j)
        # a marker ending in a colon ('Read more:') announces the links under it, even one
        # that alone on its line closes a story ('Read more')
        announces = k == L.END and L.strip_markup(raw[i]).rstrip().endswith(":")
        if (k != L.NAV and not announces) or not L.RELATED_MARKER.fullmatch(L.strip_markup(raw[i])):
            continue
        gap = 0
        for j in range(i + 1, len(kinds)):
            if kinds[j] == L.BLANK:
                gap += 1
                continue
            if kinds[j] not in (L.TITLE, L.RELATED):
                break
            if (
                (n := _next_line(kinds, j)) < len(kinds)
                and kinds[n] == L.BODY
                and (gap >= 2 or (gap == 1 and _retold_below(raw, kinds, j)))
            ):
                # past a wide gap, or a blank line with a lead under it that retells it, a
                # headline above its own text opens the next story
                break
            gap = 0
            kinds[j] = L.RELATED


_DATA_LINE = re.compile(r"^[^:\d]{2,40}:\s*\S*\d")


def _data_lines(raw: list[str], kinds: list[str]) -> None:
    """Read a run of two or more title-like ``label: figure`` lines (``Wheat flour: 2,150
    afghanis per sack``) as text: figures, not headings.

    Example
    -------
    >>> raw = ["Prices", "Wheat flour: 2,150 afghanis", "Cooking oil: 1,300 afghanis"]
    >>> kinds = ["title", "title", "title"]
    >>> _data_lines(raw, kinds); kinds
    ['title', 'body', 'body']
    """
    data = [
        k == L.TITLE and bool(_DATA_LINE.match(L.strip_markup(r)))
        for r, k in zip(raw, kinds, strict=True)
    ]
    for i, is_data in enumerate(data):
        neighbours = (i > 0 and data[i - 1]) or (i + 1 < len(data) and data[i + 1])
        if is_data and neighbours:
            kinds[i] = L.BODY


def _teasers(kinds: list[str]) -> None:
    """Mark a list of teasers (a headline directly above its date, then the next such pair,
    with no text between them) as related links: a story's headline has its text under its
    date, so the last pair stays a headline when a sentence follows it.

    Example
    -------
    >>> kinds = ["end", "title", "date", "title", "date", "blank", "nav"]
    >>> _teasers(kinds); kinds
    ['end', 'related', 'related', 'related', 'related', 'blank', 'nav']
    """
    pairs: list[int] = []
    i = _next_line(kinds, -1)
    while i < len(kinds):
        j = i + 1
        if kinds[i] == L.TITLE and j < len(kinds) and kinds[j] == L.DATE:
            pairs.append(i)
            i = _next_line(kinds, j)
            continue
        _mark_teasers(kinds, pairs)
        pairs = []
        i = _next_line(kinds, i)
    _mark_teasers(kinds, pairs)


_TEASER_DATE = re.compile(r"^(?P<head>.+?)\s+(?:[-–—|·•]\s+|\()(?P<date>[^()|·•]+?)\)?\s*$")


def _dated_teaser(line: str) -> bool:
    """True when title-like ``line`` is a headline with its date on the same line
    (``Herat hosts book fair - 1 May 2025``): a teaser for another story.

    Example
    -------
    >>> _dated_teaser("Herat hosts book fair - 1 May 2025"), _dated_teaser("Herat hosts book fair")
    (True, False)
    """
    match = _TEASER_DATE.match(L.strip_markup(line))
    return (
        match is not None
        and L.word_count(match.group("head")) > MENU_MAX_WORDS
        and L.parse_date(match.group("date")) is not None
    )


def _dated_teasers(raw: list[str], kinds: list[str]) -> None:
    """Mark runs of two or more consecutive headlines that carry their own dates
    (:func:`_dated_teaser`) as related links."""
    run: list[int] = []
    for i in [*range(len(kinds)), len(kinds)]:
        if i < len(kinds) and kinds[i] == L.TITLE and _dated_teaser(raw[i]):
            run.append(i)
            continue
        if len(run) >= 2:
            for j in run:
                kinds[j] = L.RELATED
        run = []


def _mark_teasers(kinds: list[str], pairs: list[int]) -> None:
    """Mark a run of headline-and-date ``pairs`` as related links when it holds two or more;
    the last pair only when no text follows it (header lines aside)."""
    if len(pairs) < 2:
        return
    last_too = not _body_after_header(kinds, pairs[-1] + 1)
    for i in pairs if last_too else pairs[:-1]:
        kinds[i] = kinds[i + 1] = L.RELATED


#: the kinds of a copied page's header lines between its headline and its lead
_ABOVE_LEAD_KINDS = frozenset({L.TITLE, L.BYLINE, L.DATE, L.SOURCE, L.NAV, L.AGENCY})


def _captions(raw: list[str], kinds: list[str]) -> None:
    """Mark sentences that caption a picture: one directly under a bare picture label
    (``Image``), one printed twice in a row above a picture credit (alt text and caption), and
    one over a picture credit (``Photo: AFP``) between a page's header lines and its lead.
    An author box (``About the author`` and the lines directly under it) is navigation.

    Example
    -------
    >>> raw = ["Image", "Traders wait at the crossing on May 2.", "Talks resumed on Monday."]
    >>> kinds = ["caption", "body", "body"]
    >>> _captions(raw, kinds); kinds
    ['caption', 'caption', 'body']
    """
    for i, k in enumerate(kinds):
        if L.is_author_label(raw[i]):
            # an author box: its label and the sentences directly under it (no blank line)
            kinds[i] = L.NAV
            j = i + 1
            while j < len(kinds) and kinds[j] in (L.BODY, L.TITLE, L.FRAGMENT):
                kinds[j] = L.NAV
                j += 1
            continue
        if k != L.BODY:
            continue
        before = _prev_line(kinds, i)
        if (
            before >= 0
            and kinds[before] == L.CAPTION
            and L.PICTURE_LABEL.fullmatch(L.strip_markup(raw[before]))
        ):
            kinds[i] = L.CAPTION
            continue
        j = _next_line(kinds, i)
        if (
            j < len(kinds)
            and raw[j].strip() == raw[i].strip()
            and _next_kind(kinds, j) == L.CAPTION
        ):
            kinds[i] = kinds[j] = L.CAPTION
            continue
        if (
            j < len(kinds)
            and L.is_picture_credit(raw[j])
            and before >= 0
            and kinds[before] in _ABOVE_LEAD_KINDS
            and _next_kind(kinds, j) == L.BODY
        ):
            # copied pages: the picture under the headline and byline, its caption sentence
            # over its credit ('Photo: AFP'), then the lead; no text of the story above it
            kinds[i] = L.CAPTION


#: a section's number before its name: '1 · Diplomacy', '2. Returns', 'III – Region'
_NUMBERED_SECTION = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})\s*[·.)|:–—-]\s*\S")


def _section_headings(raw: list[str], kinds: list[str]) -> None:
    """Mark Markdown headings that head no story as section headings (``nav``).

    A heading of at most ``MENU_MAX_WORDS`` words (``## Diplomacy``, ``### Key points``) after
    the file's first heading is a section name, and so is one followed directly (blank lines and notes aside) by another
    heading or by a list (a digest's title above ``## Top stories``, ``## In brief`` above its
    links); a heading over body text, a date or a byline stays a headline.

    Example
    -------
    >>> raw = ["# Valley Digest", "## Top stories", "### Talks resume in Kabul", "Talks began."]
    >>> kinds = ["title", "title", "title", "body"]
    >>> _section_headings(raw, kinds); kinds
    ['nav', 'nav', 'title', 'body']
    """
    seen = False  # a short first heading of the file may be a short headline
    parents: set[int] = set()  # heading levels seen directly above a deeper heading
    for i, k in enumerate(kinds):
        if k != L.TITLE or not L.is_heading(raw[i]):
            continue
        j = _next_line(kinds, i)
        while j < len(kinds) and kinds[j] == L.NAV and not L.is_heading(raw[j]):
            j = _next_line(kinds, j)  # an italic intro under a digest's title
        if j < len(kinds) and L.is_heading(raw[j]) and _level(raw[j]) > _level(raw[i]):
            parents.add(_level(raw[i]))
        if (seen and L.word_count(L.clean_title(raw[i])) <= MENU_MAX_WORDS) or (
            j < len(kinds) and (L.is_heading(raw[j]) or kinds[j] == L.BULLET)
        ):
            kinds[i] = L.NAV
        seen = True
    # a level that heads a deeper heading is the digest's section level ('## 3 · Region' over
    # '### Headline'): its other numbered or short headings are section names too where no
    # text follows them directly ('## 1 · Diplomacy' over an item that has no headline, only
    # its outlet line); a long heading there is a story's headline over its own subheadings
    for i, k in enumerate(kinds):
        if k == L.TITLE and L.is_heading(raw[i]) and _level(raw[i]) in parents:
            j = _next_line(kinds, i)
            name = L.clean_title(raw[i])
            if (
                j < len(kinds)
                and kinds[j] != L.BODY
                and (_NUMBERED_SECTION.match(name) or L.word_count(name) <= MENU_MAX_WORDS)
            ):
                kinds[i] = L.NAV
    _digest_intro(raw, kinds)


#: a breadcrumb's separator copied onto a line of its own
_CRUMB_SEPARATOR = re.compile(r"^[|›»/>]$")


def _broken_breadcrumbs(raw: list[str], kinds: list[str]) -> None:
    """Mark a short line directly above a lone separator line (``|``, ``›``, ``»``) as
    navigation: copied pages render a breadcrumb's crumbs and separators on lines of their own
    (``Canals`` / ``|`` above the headline), and the crumb is never the story's headline.

    Example
    -------
    >>> raw = ["Water Projects", "|", "Canal opens in Balkh", "", "Work ended on Monday."]
    >>> kinds = ["title", "nav", "title", "blank", "body"]
    >>> _broken_breadcrumbs(raw, kinds); kinds
    ['nav', 'nav', 'title', 'blank', 'body']
    """
    for i in range(1, len(raw)):
        if not _CRUMB_SEPARATOR.match(raw[i].strip()):
            continue
        above = i - 1
        if kinds[above] == L.TITLE and L.word_count(raw[above]) <= MENU_MAX_WORDS:
            kinds[above] = L.NAV


def _is_rule(line: str) -> bool:
    """A separator rule: three or more symbols and nothing else (``=====``, ``-----``)."""
    s = line.strip()
    return len(s) >= 3 and not any(ch.isalnum() for ch in s)


def _boxed_headers(raw: list[str], kinds: list[str]) -> None:
    """Mark a section header boxed between two rules as a banner (``end``), never a headline.

    Plain-text newsletters and digests set their sections off as ``=====`` / ``INDIA AND THE
    TALIBAN`` / ``=====`` (numbered or not: ``1. RETURNS``): the line between the rules names a
    section, as a one-line banner (``=== World ===``) does.

    Example
    -------
    >>> raw = ["=====", "REGION AND BORDERS", "=====", "", "Talks resume in Kabul", "Talks began."]
    >>> kinds = ["end", "title", "end", "blank", "title", "body"]
    >>> _boxed_headers(raw, kinds); kinds[1]
    'end'
    """
    for i in range(1, len(kinds) - 1):
        if kinds[i] in (L.TITLE, L.BULLET) and _is_rule(raw[i - 1]) and _is_rule(raw[i + 1]):
            kinds[i] = L.END


#: an outlet's name standing alone in a story's header has at most this many words
KICKER_NAME_MAX_WORDS = 4
#: kinds of the lines a headline may stand under when nothing else precedes it in its story
_FURNITURE_KINDS = frozenset({L.BLANK, L.NAV, L.END, L.LABEL})


def _past_captions(kinds: list[str], j: int) -> int:
    """The first line at or after ``j`` that is no photo caption (consecutive lines)."""
    while j < len(kinds) and kinds[j] == L.CAPTION:
        j += 1
    return j


#: a newsletter's opening note above its first rule holds fewer words than this
MASTHEAD_NOTE_MAX_WORDS = 40


def _newsletter_masthead(raw: list[str], kinds: list[str]) -> None:
    """Mark a plain-text newsletter's masthead and opening note as furniture (``nav``).

    The lines above the file's first separator rule are the masthead when they carry no date
    or byline, hold fewer than ``MASTHEAD_NOTE_MAX_WORDS`` words of text (a greeting, a line
    on what the issue holds) and at least two more rules divide the stories below: the name of
    a newsletter and its ``Good morning`` are no story.

    Example
    -------
    >>> raw = ["VALLEY BRIEF", "Issue 9", "", "Hello. Two stories today.", "", "=====",
    ...        "Talks resume", "Talks began.", "-----", "Aid arrives", "Aid came.", "-----"]
    >>> kinds = ["title", "title", "blank", "body", "blank", "end",
    ...          "title", "body", "end", "title", "body", "end"]
    >>> _newsletter_masthead(raw, kinds); kinds[:4]
    ['nav', 'nav', 'blank', 'nav']
    """
    rules = [i for i, k in enumerate(kinds) if k == L.END and _is_rule(raw[i])]
    if len(rules) < 3:
        return
    head = [i for i in range(rules[0]) if kinds[i] != L.BLANK]
    if not head or any(kinds[i] in (L.DATE, L.BYLINE, L.SOURCE) for i in head):
        return
    text_words = sum(L.word_count(raw[i]) for i in head if kinds[i] == L.BODY)
    if not any(kinds[i] == L.TITLE for i in head) or text_words >= MASTHEAD_NOTE_MAX_WORDS:
        return
    for i in head:
        kinds[i] = L.NAV


def _digest_intro(raw: list[str], kinds: list[str]) -> None:
    """Mark a digest's title heading and the intro under it as furniture: the first heading of
    the file, one block of text, then a deeper heading directly above another heading or a
    date, source or byline line (``# Weekly digest``, an intro, ``## Migration``, ``Source:``),
    or set apart from the intro by a rule (``---``); a story's subheading has text under it.

    Example
    -------
    >>> raw = ["# Weekly digest", "", "Returns surge.", "", "## Migration", "", "Source: X"]
    >>> kinds = ["title", "blank", "body", "blank", "nav", "blank", "source"]
    >>> _digest_intro(raw, kinds); kinds[0], kinds[2]
    ('nav', 'nav')
    """
    i = _next_line(kinds, -1)
    while i < len(kinds) and kinds[i] in (L.NAV, L.END) and not L.is_heading(raw[i]):
        i = _next_line(kinds, i)  # an export's front matter or comment above the digest
    if i >= len(kinds) or kinds[i] != L.TITLE or not L.is_heading(raw[i]):
        return
    j = _next_line(kinds, i)
    intro = []
    while j < len(kinds) and kinds[j] == L.BODY and (not intro or j == intro[-1] + 1):
        intro.append(j)
        j = _next_line(kinds, j)
    ruled = False
    while j < len(kinds) and kinds[j] == L.END:
        ruled = True  # a rule between the intro and the first story
        j = _next_line(kinds, j)
    after = _next_line(kinds, j)
    if (
        intro
        and after < len(kinds)
        and L.is_heading(raw[j])
        and _level(raw[j]) > _level(raw[i])
        and (ruled or kinds[after] in (L.DATE, L.SOURCE, L.BYLINE) or L.is_heading(raw[after]))
    ):
        for k in [i, *intro]:
            kinds[k] = L.NAV


def _wrapped_numbers(raw: list[str], kinds: list[str]) -> None:
    """A wrapped line that opens with a number and a bracket or dot (``5) is at risk.``) under
    a long line that ends no sentence carries that sentence on: it is no list item. A numbered
    item that ends no sentence and carries on in lower case on the next line is a wrapped
    paragraph's open line.

    Example
    -------
    >>> raw = ["Without new funding, aid to households in Catastrophe (IPC Phase", "5) is at risk."]
    >>> kinds = ["title", "bullet"]
    >>> _wrapped_numbers(raw, kinds); kinds
    ['title', 'body']
    """
    for i in range(1, len(kinds)):
        above = raw[i - 1].strip()
        if (
            kinds[i] == L.BULLET
            and _NUMBERED.match(raw[i])
            and not raw[i][:1].isspace()
            and kinds[i - 1] in (L.TITLE, L.FRAGMENT)
            and len(above) >= WRAP_MIN_CHARS
            and not above.endswith(":")  # a line introducing a list
        ):
            kinds[i] = L.BODY if L.ends_sentence(raw[i]) else L.FRAGMENT
        elif (
            kinds[i] == L.BULLET
            and _NUMBERED.match(raw[i])
            and not raw[i][:1].isspace()
            and i + 1 < len(kinds)
            and kinds[i + 1] in (L.BODY, L.TITLE, L.FRAGMENT)
            and _lower_start(raw[i + 1])
            and not L.ends_sentence(raw[i])
        ):
            kinds[i] = L.FRAGMENT  # a numbered item wrapped onto the next line


def _prev_line(kinds: list[str], i: int) -> int:
    """Return the 0-based index of the previous non-blank line before ``i`` (-1 if none)."""
    return next((j for j in range(i - 1, -1, -1) if kinds[j] != L.BLANK), -1)


def _labelled_title(line: str) -> bool:
    label = L.header_label(line)
    return label is not None and label[0] == "title"


def _read_time_below(raw: list[str], kinds: list[str], i: int) -> bool:
    """True when the next line that is not blank gives a reading time ('18.10.2025 · 3 min
    read'): a blog's byline block, whose line above the date is the writer, not the outlet."""
    for j in range(i + 1, len(kinds)):
        if kinds[j] != L.BLANK:
            return L.has_read_time(raw[j])
    return False


#: a run of this many sentences, one per line, is text in a block of page furniture
PAGE_TEXT_MIN_LINES = 5


def _sentence_runs(kinds: list[str], block: list[int]) -> list[int]:
    """The lines of ``block`` in runs of at least ``PAGE_TEXT_MIN_LINES`` consecutive sentences.

    Class: web pages copied with select-all, their paragraphs one per line with the headline,
    caption, share row, related list and copyright glued above and under them.

    Example
    -------
    >>> _sentence_runs(["title"] + ["body"] * 5 + ["nav"], list(range(7)))
    [1, 2, 3, 4, 5]
    """
    out: list[int] = []
    run: list[int] = []
    for i in [*block, -1]:
        if i >= 0 and kinds[i] == L.BODY:
            run.append(i)
            continue
        if len(run) >= PAGE_TEXT_MIN_LINES:
            out.extend(run)
        run = []
    return out


def _page_copyright(raw: list[str], kinds: list[str], i: int) -> bool:
    """True for a copyright line followed by two or more blank lines (or the file's end).

    Class: web pages copied with select-all end with the site's copyright line; in a dump of
    several pages the next one follows after a wide gap.

    Example
    -------
    >>> _page_copyright(["© 2024 Herat Post", "", "", "Next"], ["nav", "blank", "blank", "title"], 0)
    True
    """
    if not _COPYRIGHT.search(L.strip_markup(raw[i])):
        return False
    j = i + 1
    while j < len(kinds) and kinds[j] == L.BLANK:
        j += 1
    return j == len(kinds) or j - i - 1 >= 2


def _opens_with_date_over_headline(raw: list[str], kinds: list[str]) -> bool:
    """True when the file's first line (after a page address or a rule) is a date standing
    alone over a headline that stands alone above its text.

    Example
    -------
    >>> raw = ["3 May 2025", "", "Dam repairs begin", "", "Work started on Monday."]
    >>> _opens_with_date_over_headline(raw, ["date", "blank", "title", "blank", "body"])
    True
    """
    i = _next_line(kinds, -1)
    while i < len(kinds) and (kinds[i] in (L.END, L.URL) or _ADDRESS_TITLE.match(raw[i].strip())):
        i = _next_line(kinds, i)
    if i >= len(kinds) or kinds[i] != L.DATE:
        return False
    head = _next_line(kinds, i)
    return head < len(kinds) and kinds[head] == L.TITLE and _text_block_below(kinds, head)


def _text_block_below(kinds: list[str], i: int) -> bool:
    """True when line ``i`` stands alone (blank lines around it) and the next block opens with
    text.

    Example
    -------
    >>> _text_block_below(["title", "blank", "body"], 0)
    True
    >>> _text_block_below(["title", "date", "blank", "body"], 0)
    False
    """
    return (
        i + 1 < len(kinds)
        and kinds[i + 1] == L.BLANK
        and (i == 0 or kinds[i - 1] == L.BLANK)
        and _next_kind(kinds, i) == L.BODY
    )


def _next_kind(kinds: list[str], i: int) -> str:
    for j in range(i + 1, len(kinds)):
        if kinds[j] != L.BLANK:
            return kinds[j]
    return L.BLANK
