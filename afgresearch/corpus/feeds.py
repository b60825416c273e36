"""Read saved news feeds (RSS 2.0, RSS 1.0/RDF, Atom) into articles with exact source lines.

One article per ``<item>`` (RSS) or ``<entry>`` (Atom); its span runs from the element's start
tag to its end tag. Its fields:

* **title**: the item's ``<title>`` (markup stripped when it holds escaped HTML); empty when the
  element is empty or absent.
* **published**: the first of ``<pubDate>`` (RFC 822), ``<dc:date>``, ``<published>``,
  ``<updated>`` (ISO 8601) that :func:`afgresearch.corpus.dates.iso_date` reads, as the feed
  writes the day (no time zone shift); else a date line at the start of the body.
* **outlet**, in this order: ``<source>`` (RSS 2.0) or Atom ``<source><title>``;
  ``<dc:publisher>``; ``<dc:creator>``/``<author>`` only when it names an organisation rather than
  a person (a known outlet or outlet-shaped name, or one capitalised word such as ``Reuters``);
  a byline, credit or agency line of the body (``AFP | 3 May 2025``); last, the channel's
  ``<title>``, only when the channel is the outlet's own (its ``<link>`` is on the item's site):
  the channel of a reader's export or an aggregator names a folder, not the outlet.
* **body**: ``<content:encoded>``, else ``<content>``, ``<description>``, ``<summary>`` (the
  first that holds text; a ``<description>`` next to ``<content:encoded>`` is the dek). HTML in
  it (escaped, in CDATA, or Atom ``type="xhtml"`` markup) is split at block elements and ``<br>``;
  text is split at blank lines, and a block of several lines is one paragraph per line unless it
  is hard-wrapped (lines of a similar width, mostly ending mid-sentence). Lines the line classifier calls
  metadata (date lines, bylines, credits, subheadings, captions) are not paragraphs; list items
  and sentences without a final stop are, since the feed marks the field as body text.
* **url**: the item's ``<link>`` (text, or the Atom ``href``).

Provenance: every paragraph's ``line`` is the file line (as ``grep -n`` counts) where its text
starts, mapped from its position inside the field back through CDATA sections and entities.

Safety: the stdlib expat parser reads the feed; a DOCTYPE may name an external DTD (never
fetched) but any entity declaration (the billion-laughs and external-entity attacks) rejects the
file (:class:`UnsafeFeedError`). Malformed XML is a :class:`MalformedFeedError` naming the line
and column; a file whose root is not ``<rss>``, ``<rdf:RDF>`` or Atom ``<feed>`` is a
:class:`NotAFeedError`. File size is bounded by the loader's ``max_bytes``.

Example
-------
>>> feed = '''<rss version="2.0"><channel><title>Herat Daily</title>
... <item><title>Returns rise</title><pubDate>Mon, 05 May 2025 08:00:00 +0430</pubDate>
... <description><![CDATA[<p>Officials in Herat said 300 families returned this week.</p>
... <p>Aid groups asked for more shelter.</p>]]></description></item></channel></rss>'''
>>> rec = segment_feed(feed).records[0]
>>> rec.title, rec.published, rec.paragraphs
('Returns rise', '2025-05-05', [(3, 'Officials in Herat said 300 families returned this week.'), (4, 'Aid groups asked for more shelter.')])
"""

from __future__ import annotations

import email.utils
import html as htmllib
import re
import xml.parsers.expat as expat
from bisect import bisect_right
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from afgresearch.corpus import lines as L
from afgresearch.corpus.dates import iso_date
from afgresearch.corpus.errors import RejectError
from afgresearch.corpus.html import HtmlBlocks, looks_like_html, story_date, story_outlet
from afgresearch.corpus.outlets import carried_outlet, outlet_in
from afgresearch.corpus.patterns import SENTENCE_END
from afgresearch.corpus.records import ArticleRecord, drop_repeats

FEED_SUFFIXES = (".xml", ".rss", ".atom")

ATOM = "http://www.w3.org/2005/Atom"
ATOM03 = "http://purl.org/atom/ns#"
RSS1 = "http://purl.org/rss/1.0/"
RSS090 = "http://my.netscape.com/rdf/simple/0.9/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
#: namespaces whose elements are the feed's own (not an extension such as Media RSS)
_CORE = frozenset({"", RSS1, RSS090, ATOM, ATOM03})
_ATOMS = frozenset({ATOM, ATOM03})
#: namespaces assumed for prefixes a feed uses without declaring them
_USUAL_PREFIXES = {"dc": DC, "content": CONTENT, "atom": ATOM, "rdf": RDF}

#: body fields in order of preference
_BODY_ORDER = ("encoded", "content", "description", "summary")
#: date fields in order of preference
_DATE_ORDER = ("pubDate", "dc:date", "published", "updated")
#: a line longer than this is not hard-wrapped text
WRAP_WIDTH = 100
_ANY_TAG = re.compile(r"<[^<>]*>")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


class FeedError(RejectError):
    """A feed file that cannot be read (base class of the feed rejects)."""


class MalformedFeedError(FeedError):
    """The feed is not well-formed XML; the message gives the line and column."""


class UnsafeFeedError(FeedError):
    """The feed declares entities in its DOCTYPE (entity expansion or external entities)."""


class NotAFeedError(FeedError):
    """The XML file's root element is not ``<rss>``, ``<rdf:RDF>`` or Atom ``<feed>``."""


@dataclass
class _Field:
    """Text of one element with the file line of each piece (``(offset, line)`` anchors)."""

    attrs: dict[str, str]
    parts: list[str] = field(default_factory=list)
    anchors: list[tuple[int, int]] = field(default_factory=list)
    size: int = 0
    markup: bool = False  # Atom type="xhtml": child elements are written back as tags

    def add(self, text: str, line: int) -> None:
        self.anchors.append((self.size, line))
        self.parts.append(text)
        self.size += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


class _Lines:
    """File line of any offset of a field's text."""

    def __init__(self, text: str, anchors: list[tuple[int, int]]) -> None:
        self.text = text
        self.anchors = anchors or [(0, 1)]
        self.starts = [a for a, _ in self.anchors]

    def line(self, offset: int) -> int:
        i = max(0, bisect_right(self.starts, offset) - 1)
        start, line = self.anchors[i]
        return line + self.text.count("\n", start, offset)


@dataclass
class _Item:
    start: int
    end: int = 0
    fields: dict[str, _Field] = field(default_factory=dict)
    link: str = ""


@dataclass
class FeedResult:
    """The articles of a feed and the items skipped with their reasons."""

    records: list[ArticleRecord]
    skipped: list[RejectError]
    kind: str  # 'rss', 'rdf' or 'atom'


class _FeedParser:
    """Walk a feed with expat, collecting channel and item fields with their lines."""

    def __init__(self) -> None:
        p = expat.ParserCreate()
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.CharacterDataHandler = self._data
        p.EntityDeclHandler = self._entity
        p.UnparsedEntityDeclHandler = self._unparsed
        p.ExternalEntityRefHandler = self._external
        self.p = p
        self.kind = ""
        self.stack: list[tuple[str, str]] = []
        self.scopes: list[dict[str, str]] = [{"": ""}]
        self.items: list[_Item] = []
        self.item: _Item | None = None
        self.item_depth = 0
        self.channel: dict[str, _Field] = {}
        self.channel_depth = -1
        self.field: _Field | None = None
        self.field_depth = 0

    # --- safety -------------------------------------------------------------------------
    def _entity(self, name: str, is_param: bool, *_: object) -> None:
        line = self.p.CurrentLineNumber
        raise UnsafeFeedError(
            f"unsafe feed: entity declaration {'%' if is_param else ''}{name} in the DOCTYPE at "
            f"line {line} (entity expansion and external entities are refused)"
        )

    def _unparsed(self, name: str, *_: object) -> None:
        self._entity(name, False)

    def _external(self, *_: object) -> int:
        raise UnsafeFeedError(
            f"unsafe feed: external entity at line {self.p.CurrentLineNumber} is refused"
        )

    # --- names --------------------------------------------------------------------------
    def _resolve(self, name: str) -> tuple[str, str]:
        prefix, _, local = name.rpartition(":")
        scope = self.scopes[-1]
        if prefix in scope:
            return scope[prefix], local
        return _USUAL_PREFIXES.get(prefix, prefix), local

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        scope = self.scopes[-1]
        declared = {k: v for k, v in attrs.items() if k == "xmlns" or k.startswith("xmlns:")}
        if declared:
            scope = dict(scope)
            for k, v in declared.items():
                scope[k.partition(":")[2]] = v
        self.scopes.append(scope)
        ns, local = self._resolve(name)
        line = self.p.CurrentLineNumber
        if not self.stack:
            self._root(ns, local, name)
        parent = self.stack[-1] if self.stack else ("", "")
        self.stack.append((ns, local))
        depth = len(self.stack)
        if self.field is not None:
            if self.field.markup:
                shown = "".join(f' {k}="{htmllib.escape(v)}"' for k, v in attrs.items())
                self.field.add(f"<{local}{shown}>", line)
            return
        if self.item is None:
            if ns in _CORE and local in ("item", "entry"):
                self.item = _Item(start=line)
                self.item_depth = depth
            elif ns in _CORE and local == "channel" or (depth == 1 and local == "feed"):
                self.channel_depth = depth
            elif depth == self.channel_depth + 1 and ns in _CORE and local in ("title", "link"):
                if local == "link" and "href" in attrs and not self.channel.get("link"):
                    self.channel["link"] = _Field(attrs, [attrs["href"]])
                elif local not in self.channel:
                    self._open(self.channel, local, attrs, depth)
            return
        rel = depth - self.item_depth
        key = _item_key(ns, local, parent, rel)
        if key == "link" and "href" in attrs:
            if attrs.get("rel", "alternate") == "alternate" and not self.item.link:
                self.item.link = attrs["href"].strip()
            return
        if key and key not in self.item.fields:
            self._open(self.item.fields, key, attrs, depth)

    def _open(self, into: dict[str, _Field], key: str, attrs: dict[str, str], depth: int) -> None:
        self.field = into[key] = _Field(dict(attrs))
        self.field.markup = attrs.get("type") == "xhtml"
        self.field_depth = depth

    def _root(self, ns: str, local: str, name: str) -> None:
        if local == "rss" and ns == "":
            self.kind = "rss"
        elif local == "RDF" and ns == RDF:
            self.kind = "rdf"
        elif local == "feed" and ns in _ATOMS:
            self.kind = "atom"
        else:
            raise NotAFeedError(
                f"not a news feed: the root element is <{name}>, not <rss>, <rdf:RDF> or "
                f"Atom <feed>"
            )

    def _end(self, name: str) -> None:
        depth = len(self.stack)
        ns, local = self.stack.pop()
        self.scopes.pop()
        line = self.p.CurrentLineNumber
        if self.field is not None:
            if depth == self.field_depth:
                self.field = None
            elif self.field.markup:
                self.field.add(f"</{local}>", line)
            return
        if self.item is not None and depth == self.item_depth:
            self.item.end = line
            if not self.item.link and "link" in self.item.fields:
                self.item.link = self.item.fields["link"].text.strip()
            self.items.append(self.item)
            self.item = None
        elif depth == self.channel_depth:
            self.channel_depth = -1

    def _data(self, text: str) -> None:
        if self.field is not None:
            if self.field.markup:
                text = htmllib.escape(text, quote=False)
            self.field.add(text, self.p.CurrentLineNumber)

    def parse(self, text: str) -> None:
        self.p.Parse(text, True)


def _item_key(ns: str, local: str, parent: tuple[str, str], rel: int) -> str:
    """The field an element of an item fills ('' for none): see the module rules."""
    if rel == 2 and parent[0] in _ATOMS:
        if parent[1] == "source" and local == "title":
            return "source"
        if parent[1] == "author" and local == "name":
            return "creator"
        return ""
    if rel != 1 or (ns in _ATOMS and local in ("source", "author")):
        return ""  # Atom's source and author are containers: their title/name is read above
    if ns in _CORE:
        if local in ("title", "link", "pubDate", "description", "source", "author"):
            return local
        if ns in _ATOMS and local in ("published", "updated", "content", "summary"):
            return local
        if ns in _ATOMS and local in ("issued", "modified"):  # Atom 0.3
            return {"issued": "published", "modified": "updated"}[local]
        return ""
    if ns == DC and local in ("date", "publisher", "creator", "source"):
        return "publisher" if local == "source" else f"dc:{local}" if local == "date" else local
    if ns == CONTENT and local == "encoded":
        return "encoded"
    return ""


# --- fields to article fields -------------------------------------------------------------


def _plain(value: str) -> str:
    """A title or name field as plain text: escaped HTML stripped, whitespace collapsed."""
    if "<" in value:
        value = _ANY_TAG.sub(" ", value)
    return " ".join(htmllib.unescape(value).split())


def _date(value: str) -> str:
    """The day a feed date gives, as written (RFC 822 read by ``email.utils`` first)."""
    value = " ".join(value.split())
    if not value:
        return ""
    try:
        stamp = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        stamp = None
    return iso_date(stamp.date() if stamp is not None else value)


def _organisation(name: str) -> str:
    """``name`` when a creator/author field names an organisation rather than a person."""
    name = _plain(name)
    if not name or "@" in name or L.classify(name) == L.BYLINE:
        return ""
    words = name.split()
    single = len(words) == 1 and name[:1].isupper() and not any(c.isdigit() for c in name)
    return name if single or L.looks_like_outlet(name) or outlet_in(name) == name else ""


def _host(url: str) -> str:
    host = urlsplit(url.strip()).netloc.casefold()
    return host[4:] if host.startswith("www.") else host


def _channel_outlet(channel: dict[str, _Field], link: str) -> str:
    """The channel's title when the channel is the outlet's own feed (same site as the item)."""
    title = _plain(channel["title"].text) if "title" in channel else ""
    home = _host(channel["link"].text) if "link" in channel else ""
    if not title or not home or _host(link) != home:
        return ""
    head = re.split(r"\s+[-|–—:]\s+", title, maxsplit=1)[0]  # 'Herat Daily - World'
    return head


def _wrapped(rows: list[str]) -> bool:
    """True when a block's lines are hard-wrapped prose: the lines before the last are of a
    similar width (at least half the longest, at most ``WRAP_WIDTH``) and mostly end
    mid-sentence. A short header line over full-sentence lines is not wrapping."""
    inner = rows[:-1]
    if not inner:
        return False
    widest = max(len(r) for r in rows)
    if widest > WRAP_WIDTH or any(2 * len(r) < widest for r in inner):
        return False
    open_ends = sum(1 for r in inner if not SENTENCE_END.search(r))
    return 2 * open_ends >= len(inner)


def _blocks(run: str) -> list[list[tuple[int, str]]]:
    """Groups of consecutive non-blank lines of ``run``, each line as ``(offset, text)``."""
    blocks: list[list[tuple[int, str]]] = [[]]
    at = 0
    for row in run.split("\n"):
        if row.strip():
            blocks[-1].append((at, row))
        elif blocks[-1]:
            blocks.append([])
        at += len(row) + 1
    return [b for b in blocks if b]


def _pieces(run: str, html: bool) -> list[tuple[int, str]]:
    """``(offset in run, text)`` of each paragraph of a run (see the module rules)."""
    out = []
    for rows in _blocks(run):
        texts = [r.strip() for _, r in rows]
        starts = [at + len(r) - len(r.lstrip()) for at, r in rows]
        if html or len(rows) == 1 or _wrapped(texts):
            out.append((starts[0], " ".join(" ".join(texts).split())))
        else:
            out.extend((at, " ".join(t.split())) for at, t in zip(starts, texts, strict=True))
    return out


def _is_body(text: str) -> bool:
    """Whether a line of a body field is article text (metadata lines are not)."""
    kind = L.classify(text)
    if kind in (L.BODY, L.FRAGMENT, L.BULLET):
        return True
    if kind != L.TITLE:
        return False
    # a sentence without its final stop, not a subheading: long, and not in Title Case
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    capitals = sum(1 for w in words if w[0].isupper())
    return len(text.split()) >= 8 and 10 * capitals < 6 * max(1, len(words))


def _body(fld: _Field) -> tuple[list[tuple[int, str]], list[str]]:
    """The paragraphs ``(file line, text)`` of a body field and its metadata lines."""
    text = fld.text
    lines = _Lines(text, fld.anchors)
    kind = fld.attrs.get("type", "")
    html = fld.markup or kind == "html" or (kind != "text" and looks_like_html(text))
    runs = (
        [(r.offset, r.text) for r in HtmlBlocks(text).runs if not r.figure] if html else [(0, text)]
    )
    paragraphs, meta = [], []
    for at, run in runs:
        for offset, piece in _pieces(run, html):
            if not piece:
                continue
            if _is_body(piece):
                # HTML runs are decoded (entities): count their own line ends from the run start
                line = lines.line(at) + run.count("\n", 0, offset) if html else lines.line(offset)
                paragraphs.append((line, piece))
            elif not paragraphs:
                meta.append(piece)
    return drop_repeats(paragraphs), meta


def _record(item: _Item, channel: dict[str, _Field]) -> ArticleRecord | None:
    fields = item.fields
    body = next((fields[k] for k in _BODY_ORDER if k in fields and fields[k].text.strip()), None)
    if body is None:
        return None
    paragraphs, meta = _body(body)
    if not paragraphs:
        return None
    published = ""
    for key in _DATE_ORDER:
        if key in fields and (published := _date(fields[key].text)):
            break
    outlet = carried_outlet(
        next((_plain(fields[k].text) for k in ("source", "publisher") if k in fields), "")
    ) or next((_organisation(fields[k].text) for k in ("creator", "author") if k in fields), "")
    return ArticleRecord(
        line_start=item.start,
        line_end=max(item.start, item.end),
        title=_plain(fields["title"].text) if "title" in fields else "",
        outlet=outlet or story_outlet(meta, []) or _channel_outlet(channel, item.link),
        published=published or story_date([], meta),
        url=item.link,
        paragraphs=paragraphs,
    )


def segment_feed(text: str) -> FeedResult:
    """Return the articles of a feed's decoded ``text`` and the items skipped (no body text).

    Raises :class:`MalformedFeedError`, :class:`UnsafeFeedError` or :class:`NotAFeedError`.

    Example
    -------
    >>> segment_feed("<svg></svg>")
    Traceback (most recent call last):
    ...
    afgresearch.corpus.feeds.NotAFeedError: not a news feed: the root element is <svg>, not <rss>, <rdf:RDF> or Atom <feed>
    """
    # the text is already decoded: blank the XML declaration (its encoding no longer applies,
    # and blank lines before it would be an error), keeping every line and column in place
    text = _XML_DECL.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text, count=1)
    parser = _FeedParser()
    try:
        parser.parse(text)
    except expat.ExpatError as exc:
        raise MalformedFeedError(
            f"malformed feed: {expat.ErrorString(exc.code)} at line {exc.lineno}, "
            f"column {exc.offset + 1}"
        ) from None
    records, skipped = [], []
    for item in parser.items:
        rec = _record(item, parser.channel)
        if rec is None:
            title = _plain(item.fields["title"].text) if "title" in item.fields else ""
            named = f" ({title!r})" if title else ""
            skipped.append(
                RejectError(f"feed item at line {item.start}{named}: no body paragraphs")
            )
        else:
            records.append(rec)
    return FeedResult(records, skipped, parser.kind)
