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
   of wrapped lines ending in a sentence is one paragraph.
5. Exact and near-duplicate paragraphs within an article are dropped
   (:func:`afgresearch.corpus.records.drop_repeats`).

Metadata: a YAML front-matter block at the top of the file (``---`` ... ``---``) gives the first
article's ``title``, ``outlet`` (``source``/``publisher``/``site``) and ``published`` (``date``).
Otherwise ``title`` is the article's first title-like line; ``published`` the first date line in
the article (ISO); ``outlet`` a header line that names a known outlet (``data/corpus/outlets.txt``),
else a ``Source:`` line, else a short title-case header line directly above a date line.
Paragraph text is the stripped line (wrapped lines joined by spaces), so
``lines[line - 1].strip()`` starts with it.

Example
-------
>>> arts = segment_text("Talks resume in Kabul\\n\\nOfficials met on Monday.\\n")
>>> arts[0].title, arts[0].paragraphs
('Talks resume in Kabul', [(3, 'Officials met on Monday.')])
"""

from __future__ import annotations

from dataclasses import dataclass, field

from afgresearch.corpus import lines as L
from afgresearch.corpus.records import ArticleRecord, drop_repeats

WRAP_MIN_CHARS = 45
QUESTION_TITLE_MAX_WORDS = 14


@dataclass
class _Draft:
    start: int
    end: int
    title: str = ""
    outlets: list[str] = field(default_factory=list)
    source_outlet: str = ""
    pre_date_outlet: str = ""
    published: str = ""
    paragraphs: list[tuple[int, str]] = field(default_factory=list)
    body_blocks: int = 0
    closed: bool = False  # after a `read more` marker
    after_source: bool = False  # after a `Source:` line that follows body text

    def record(self) -> ArticleRecord:
        outlet = next(iter(self.outlets), "") or self.source_outlet or self.pre_date_outlet
        return ArticleRecord(
            line_start=self.start,
            line_end=self.end,
            title=self.title,
            outlet=outlet,
            published=self.published,
            paragraphs=drop_repeats(self.paragraphs),
        )


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def detect_one_per_line(kinds: list[str]) -> bool:
    """Return True when body sentences are followed directly by more text, not by blank lines.

    A body line followed by another non-blank line (body, heading, navigation) counts for
    one-per-line; followed by a blank line (or the end) for blank-separated. More than half
    decides.

    Example
    -------
    >>> detect_one_per_line(["body", "body", "body", "blank"])
    True
    """
    if not kinds:
        return False
    body = 0
    joined = 0
    for k, after in zip(kinds, [*kinds[1:], L.BLANK], strict=True):
        if k == L.BODY:
            body += 1
            joined += after not in (L.BLANK, L.END)
    return body > 0 and joined > 0.5 * body


def _blocks(kinds: list[str]) -> list[tuple[int, int]]:
    """Return ``(first, last)`` 0-based index ranges of runs of non-blank lines."""
    out: list[tuple[int, int]] = []
    start = None
    for i, k in enumerate(kinds):
        if k == L.BLANK:
            if start is not None:
                out.append((start, i - 1))
                start = None
        elif start is None:
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


def _bullets_follow(kinds: list[str], i: int) -> bool:
    return _next_kind(kinds, i) == L.BULLET


def segment_text(text: str) -> list[ArticleRecord]:
    """Split one text dump into articles with body paragraphs.

    Parameters
    ----------
    text : the decoded file content.

    Returns
    -------
    Articles in file order; articles without any body paragraph are left out.
    """
    raw = text.splitlines()
    kinds = [L.classify(line) for line in raw]
    front = _front_matter(raw, kinds)
    per_line = detect_one_per_line(kinds)
    drafts: list[_Draft] = []
    cur: _Draft | None = None

    def start(i: int) -> _Draft:
        nonlocal cur
        cur = _Draft(start=i + 1, end=i + 1)
        drafts.append(cur)
        return cur

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

        # a short question standing alone where a headline is expected is the headline
        if (
            first == last
            and kinds[first] == L.BODY
            and raw[first].rstrip().endswith("?")
            and L.word_count(raw[first]) <= QUESTION_TITLE_MAX_WORDS
            and (cur is None or cur.closed or cur.after_source)
        ):
            kinds[first] = L.TITLE
            block_kinds = [L.TITLE]
            body_lines = []
        # body text after a `read more` marker belongs to a new (untitled) article
        if cur is not None and cur.closed and body_lines:
            cur = None
        # one-per-line files: a blank-line gap between body blocks starts a new item
        if per_line and cur is not None and cur.paragraphs and body_lines:
            lead = cur.body_blocks == 1 and len(cur.paragraphs) <= 2
            longer = len(body_lines) >= max(3, 2 * len(cur.paragraphs))
            if not (lead and longer):
                cur = None

        # blank-separated files: decide what the block is as a whole
        prose: list[tuple[int, str]] | None = None
        if not per_line:
            content = [i for i in block if kinds[i] not in L.META_KINDS]
            if block_kinds and all(k == L.BODY for k in block_kinds):
                prose = [(i + 1, raw[i].strip()) for i in block]
            elif _wrapped(raw, kinds, block):
                prose = [(first + 1, " ".join(raw[i].strip() for i in block))]
            elif (
                len(block) >= 2
                and block_kinds[0] == L.TITLE
                and all(k == L.BODY for k in block_kinds[1:])
            ):
                # a headline or heading directly above its text
                prose = [(i + 1, raw[i].strip()) for i in block[1:]]
            elif content and all(kinds[i] == L.BODY for i in content) and len(content) < len(block):
                prose = [(i + 1, raw[i].strip()) for i in content]

        for i in block:
            k = kinds[i]
            s = raw[i].strip()
            if k == L.TITLE:
                s = L.strip_markup(s)
                if cur is None:
                    new = True
                elif _norm(s) == _norm(cur.title):
                    new = False
                elif cur.closed or cur.after_source:
                    new = True
                else:
                    new = bool(cur.paragraphs) and (
                        _meta_ahead(kinds, i)
                        or (not per_line and i == first and blanks_before >= 2)
                    )
                if new:
                    cur = start(i)
                cur.end = i + 1
                if _bullets_follow(kinds, i):
                    continue  # a list heading such as "Key points"
                if not cur.title and not cur.paragraphs and i + 1 == cur.start:
                    cur.title = s
                elif not cur.paragraphs and _norm(s) != _norm(cur.title):
                    # header lines between the title and the body: outlet, author, region
                    name = L.known_outlet(s)
                    if name:
                        cur.outlets.append(name)
                    elif L.word_count(s) <= 5 and _next_kind(kinds, i) == L.DATE:
                        cur.pre_date_outlet = cur.pre_date_outlet or s
                continue
            if cur is None:
                cur = start(i)
            cur.end = i + 1
            if k == L.END:
                cur.closed = True
            elif k == L.SOURCE:
                cur.source_outlet = cur.source_outlet or (L.source_outlet(s) or "")
                cur.after_source = bool(cur.paragraphs)
            elif k == L.DATE:
                if not cur.published:
                    cur.published = L.parse_date(s) or ""
            elif k == L.BODY and per_line:
                cur.paragraphs.append((i + 1, s))
                cur.after_source = False
        if cur is not None and not per_line and prose:
            cur.paragraphs.extend(prose)
            cur.after_source = False
        if cur is not None and (prose or (per_line and body_lines)):
            cur.body_blocks += 1
    records = [r for r in (d.record() for d in drafts) if r.paragraphs]
    if front and records:
        first_record = records[0]
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

    from afgresearch.corpus.tabular import iso_date

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


def _wrapped(raw: list[str], kinds: list[str], block: list[int]) -> bool:
    """True for a hard-wrapped paragraph: long unpunctuated lines, then a line ending a sentence.

    Two-line blocks count only when the second line continues the sentence (does not start with
    a capital letter), so that a long headline above one sentence is not joined to it.
    """
    if len(block) < 2 or kinds[block[-1]] != L.BODY:
        return False
    if not all(
        kinds[i] in (L.TITLE, L.FRAGMENT) and len(raw[i].strip()) >= WRAP_MIN_CHARS
        for i in block[:-1]
    ):
        return False
    return len(block) >= 3 or not raw[block[-1]].strip()[:1].isupper()


def _next_kind(kinds: list[str], i: int) -> str:
    for j in range(i + 1, len(kinds)):
        if kinds[j] != L.BLANK:
            return kinds[j]
    return L.BLANK
