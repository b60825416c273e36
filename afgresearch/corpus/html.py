"""Read HTML pages: one article with trafilatura, or each ``<article>`` element of a page of stories.

A page holding two or more ``<article>`` elements with body paragraphs (a saved index, digest or
archive page) gives one article per element (:func:`segment_articles`): its headline is its first
``<h1>``-``<h3>``, its outlet a source/byline/meta line naming one, its date a
``<time datetime>`` or a date in such a line, its paragraphs its ``<p>`` elements (captions,
lists and metadata lines excluded), with entities decoded and each at the exact line its tag
opens on. Any other page is read with trafilatura: main text only (no scripts, navigation or
comments).

One splitter and one test serve every reader of HTML: :class:`HtmlBlocks` splits markup into
runs of text between block-level elements (for feed bodies, :mod:`afgresearch.corpus.feeds`, and
record fields, :mod:`afgresearch.corpus.fieldhtml`) and the blocks of a page of stories, with
scripts, styles, navigation and the page head left out and figures flagged; :func:`looks_like_html`
tells a field or feed body written in HTML, and the sniffer counts its lines
(:mod:`afgresearch.corpus.sniff`).

Title, publication date and site name come from the page metadata trafilatura extracts. Only
sentence lines of the extracted text become paragraphs (the headline and subheadings do not).

Line numbers: a paragraph's ``line`` is the 1-based line of the HTML source where its first words
appear (searched verbatim, then with HTML entities decoded); when markup inside the paragraph
hides them, the line of the ``<body>`` tag (or 1).

Example
-------
>>> page = "<html><body><article><p>" + "Officials met in Kabul on Monday. " * 5 + "</p></article></body></html>"
>>> [r.paragraphs[0][0] for r in segment_html(page)]
[1]
"""

from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from afgresearch.corpus import lines as L
from afgresearch.corpus.channel_html import segment_channel_export
from afgresearch.corpus.dates import iso_date
from afgresearch.corpus.outlets import outlet_in
from afgresearch.corpus.records import ArticleRecord, drop_repeats
from afgresearch.corpus.source import split_lines

_BODY = re.compile(r"<body\b", re.IGNORECASE)


def _locate(raw_lines: list[str], plain_lines: list[str], text: str, default: int) -> int:
    probe = text[:40]
    for candidates in (raw_lines, plain_lines):
        for i, line in enumerate(candidates):
            if probe in line:
                return i + 1
    return default


def segment_html(page: str) -> list[ArticleRecord]:
    """Return the articles of one HTML page (empty list when it has no main text)."""
    # a channel export's posts (afgresearch.corpus.channel_html), a page of <article> stories
    stories = segment_channel_export(page) or segment_articles(page)
    if stories:
        return stories
    import trafilatura

    doc = trafilatura.bare_extraction(
        page, with_metadata=True, include_comments=False, include_tables=False, include_images=False
    )
    if doc is None:
        return []
    meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = meta.get("text") or ""
    title = " ".join((meta.get("title") or "").split())
    raw_lines = split_lines(page)
    plain_lines = [
        " ".join(htmllib.unescape(re.sub(r"<[^>]+>", " ", s)).split()) for s in raw_lines
    ]
    body_line = next((i + 1 for i, s in enumerate(raw_lines) if _BODY.search(s)), 1)
    paragraphs = []
    for part in text.split("\n"):
        part = " ".join(part.split())
        if not part or part.casefold() == title.casefold() or L.classify(part) != L.BODY:
            continue
        paragraphs.append((_locate(raw_lines, plain_lines, part, body_line), part))
    if not paragraphs:
        return []
    return [
        ArticleRecord(
            line_start=1,
            line_end=max(1, len(raw_lines)),
            title=title,
            outlet=" ".join((meta.get("sitename") or "").split()),
            published=iso_date(meta.get("date")),
            paragraphs=drop_repeats(paragraphs),
        )
    ]


# --- HTML split into runs of text and blocks ------------------------------------------------

#: elements that begin and end a run of text: HTML's block-level elements, and ``<br>``/``<hr>``
BREAK_TAGS = frozenset(
    {"p", "div", "br", "hr", "li", "ul", "ol", "dd", "dt", "blockquote", "pre", "table", "tr",
     "td", "th", "section", "article", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"}
)  # fmt: skip
#: inline elements a fragment of HTML is written with (text markup, links, images)
INLINE_TAGS = frozenset({"a", "b", "i", "em", "strong", "span", "img"})
#: elements whose text is never article text
SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "head", "nav", "svg", "button"})
#: a figure and its caption: their text is flagged (``Run.figure``), not article text
FIGURE_TAGS = frozenset({"figure", "figcaption"})
HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: elements whose text is one block of a story (a paragraph, a headline, a list item, a caption)
BLOCK_TAGS = frozenset({"p", "li", "figcaption", "blockquote", *HEADING_TAGS})
_VOID = frozenset({"br", "img", "hr", "meta", "link", "input", "source", "wbr", "area", "col"})
_HTML_TAG = re.compile(
    r"</?(?:"
    + "|".join(sorted(BREAK_TAGS | INLINE_TAGS, key=lambda t: (-len(t), t)))
    + r")(?:\s[^<>]*)?/?>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is written in HTML: it holds a start or end tag of a block-level or
    inline element (:data:`BREAK_TAGS`, :data:`INLINE_TAGS`).

    Example
    -------
    >>> looks_like_html("<p>Text</p>"), looks_like_html("Said <b>300</b> fled")
    (True, True)
    >>> looks_like_html("A < B and C > D"), looks_like_html("Prices <rose> 5%")
    (False, False)
    """
    return bool(_HTML_TAG.search(text))


@dataclass
class Block:
    """An element of :data:`BLOCK_TAGS` and its text, from its start tag to its end tag or the
    next block's start; ``classes`` holds the class, itemprop and id values of the element and
    of the elements opened inside it."""

    tag: str
    line: int
    figure: bool
    article: int
    classes: list[str] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join("".join(self.parts).split())


@dataclass
class Run:
    """Text between two :data:`BREAK_TAGS` boundaries, entities decoded; ``offset`` is where its
    first character stands in the HTML."""

    offset: int
    text: str
    heading: bool
    figure: bool


@dataclass
class Span:
    """An ``<article>`` element: its first and last line and its ``<time datetime>`` stamps."""

    start: int
    end: int = 0
    times: list[str] = field(default_factory=list)


class HtmlBlocks(HTMLParser):
    """HTML split once for every reader: :attr:`runs` (the text between block boundaries, for
    fields and feeds), :attr:`blocks` (the text of each paragraph, heading, list item or caption,
    for pages of stories) and :attr:`articles` (``<article>`` spans).

    ``HTMLParser`` counts lines at ``\\n``, as ``grep -n`` does (the text keeps its line ends).

    Example
    -------
    >>> split = HtmlBlocks("<h3>Why</h3><p>Talks &amp; more<br>talks.</p>")
    >>> [(r.text, r.heading) for r in split.runs], [b.text for b in split.blocks]
    ([('Why', True), ('Talks & more', False), ('talks.', False)], ['Why', 'Talks & more talks.'])
    """

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.runs: list[Run] = []
        self.blocks: list[Block] = []
        self.articles: list[Span] = []
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._run: list[str] = []
        self._at = 0
        self._block: Block | None = None
        self._article = -1
        self._skip = self._figure = self._heading = 0
        self.feed(text)
        self.close()
        self._flush()

    def _flush(self) -> None:
        if self._run:
            text = "".join(self._run)
            self.runs.append(Run(self._at, text, self._heading > 0, self._figure > 0))
        self._run = []

    def _break(self) -> None:
        self._flush()
        if self._block is not None:
            self._block.parts.append(" ")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = " ".join(v or "" for k, v in attrs if k in ("class", "itemprop", "id"))
        if tag in SKIP_TAGS:
            self._skip += 1
            return
        if tag == "article":
            self._flush()
            self._block = None
            self.articles.append(Span(start=line))
            self._article = len(self.articles) - 1
            return
        if tag in BREAK_TAGS:
            self._break()
        self._figure += tag in FIGURE_TAGS
        self._heading += tag in HEADING_TAGS
        if tag == "time" and self._article >= 0 and (stamp := dict(attrs).get("datetime")):
            self.articles[self._article].times.append(stamp)
        if tag in BLOCK_TAGS and not self._skip:
            self._block = Block(tag, line, self._figure > 0, self._article, [values])
            self.blocks.append(self._block)
        elif self._block is not None and values and tag not in _VOID:
            self._block.classes.append(values)  # '<p><span class="byline">By ...</span></p>'

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
            return
        if tag in BREAK_TAGS:
            self._break()
        self._figure = max(0, self._figure - (tag in FIGURE_TAGS))
        self._heading = max(0, self._heading - (tag in HEADING_TAGS))
        if tag == "article" and self._article >= 0:
            self._block = None
            self.articles[self._article].end = self.getpos()[0]
            self._article = -1
        elif self._block is not None and tag == self._block.tag:
            self._block = None

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if not self._run:
            line, col = self.getpos()
            self._at = self._starts[line - 1] + col
        self._run.append(data)
        if self._block is not None:
            self._block.parts.append(data)


# --- pages of several stories -----------------------------------------------------------------

#: class or itemprop words that mark a line of metadata, not body text
_META_CLASS = re.compile(
    r"\b(?:source|byline|meta|author|date|dateline|credit|publisher|posted-on|entry-meta|"
    r"caption|tags?|category|share)\b",
    re.IGNORECASE,
)
_SOURCE_CLASS = re.compile(r"\b(?:source|publisher|site-?name)\b", re.IGNORECASE)
_HEADINGS = frozenset({"h1", "h2", "h3"})


def _source_name(text: str) -> str:
    """A source line's outlet: the line itself when it is a short capitalised name."""
    words = text.split()
    plain = not any(ch.isdigit() for ch in text) and not L.ends_sentence(text)
    return text if plain and 1 <= len(words) <= 6 and words[0][:1].isupper() else ""


def story_outlet(texts: list[str], sources: list[str]) -> str:
    """The outlet a source line (``sources``) or a byline or meta line (``texts``) names.

    Example
    -------
    >>> story_outlet(["KabulNow · June 30, 2025"], [])
    'KabulNow'
    """
    for text in sources:
        if name := (outlet_in(text) or _source_name(text)):
            return name
    for text in texts:
        name = (
            outlet_in(text)
            or L.site_name(text)
            or L.date_line_outlet(text)
            or L.byline_outlet(text)
            or L.desk_outlet(text)
            or L.source_outlet(text)
        )
        if not name:
            head = re.split(r"\s+(?:[·|•—–]|-{1,2})\s+|:\s", text, maxsplit=1)[0].strip()
            head = re.sub(r"\s+Desk$", "", head)
            name = head if head != text and L.looks_like_outlet(head) else ""
            if not name and L.looks_like_outlet(text) and not L.parse_date(text):
                name = text
        if name:
            return " ".join(name.split())
    return ""


def story_date(times: list[str], texts: list[str]) -> str:
    """The ISO day of a story: its first readable ``<time>`` stamp, else a date its byline or
    meta lines (``texts``) write; '' when none.

    Example
    -------
    >>> story_date([], ["By Staff | 30 June 2025"])
    '2025-06-30'
    """
    for stamp in times:
        if day := iso_date(stamp):
            return day
    for text in texts:
        if day := (L.parse_date(text) or L.byline_date(text) or _first_iso(text)):
            return day
    return ""


_ISO_IN_TEXT = re.compile(r"\b(\d{4}-\d{2}-\d{2})\b")


def _first_iso(text: str) -> str:
    found = _ISO_IN_TEXT.search(text)
    return iso_date(found.group(1)) if found else ""


def segment_articles(page: str) -> list[ArticleRecord]:
    """Return one article per ``<article>`` element, or ``[]`` unless two or more hold body text.

    Example
    -------
    >>> item = '<article><h2>Returns rise</h2><p class="source">Herat Daily</p>' + (
    ...     "<p>" + "Officials in Herat said more families returned this week. " * 3 + "</p>"
    ... ) + "</article>\\n"
    >>> [(r.line_start, r.title, r.outlet) for r in segment_articles(item + item)]
    [(1, 'Returns rise', 'Herat Daily'), (2, 'Returns rise', 'Herat Daily')]
    """
    if page.count("<article") + page.count("<ARTICLE") < 2:
        return []
    split = HtmlBlocks(page)
    stories: list[list[Block]] = [[] for _ in split.articles]
    for block in split.blocks:
        if block.article >= 0:
            stories[block.article].append(block)
    records = []
    for story, blocks in zip(split.articles, stories, strict=True):
        body: list[tuple[int, str]] = []
        title, meta_texts, sources = "", [], []
        for block in blocks:
            text = block.text
            if not text:
                continue
            if block.tag in _HEADINGS and not title and not body:
                title = text
            elif block.tag == "p" and _META_CLASS.search(" ".join(block.classes)):
                meta_texts.append(text)
                if _SOURCE_CLASS.search(block.classes[0]):
                    sources.append(text)
            elif (
                block.tag in ("p", "blockquote") and not block.figure and L.classify(text) == L.BODY
            ):
                body.append((block.line, text))
        if not body:
            continue
        records.append(
            ArticleRecord(
                line_start=story.start,
                line_end=max(story.start, story.end),
                title=title,
                outlet=story_outlet(meta_texts, sources),
                published=story_date(story.times, meta_texts),
                paragraphs=drop_repeats(body),
            )
        )
    return records if len(records) >= 2 else []
