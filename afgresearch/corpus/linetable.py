"""What became of every line of a text dump: the ``lines`` table, and its per-file summary.

Every non-blank line of a text dump gets one row: ``kind`` is ``body`` (in a paragraph),
``headline`` (the article's title), ``metadata`` (date, byline, source, url, agency tag, outlet or
other header line) or ``boilerplate`` (not used); ``reason`` names what the line is (``date``,
``caption``, ``related link``, ``repeat``, ``page furniture``, ``credit initials`` ...).
``article_id`` is empty for lines outside every article (furniture between stories, a header
without text). Nothing is dropped silently: a reader audits the dump with this table.

Example
-------
>>> import pandas as pd
>>> lines = pd.DataFrame({"source_file": ["a.txt"] * 4, "line": [1, 2, 3, 4],
...     "kind": ["headline", "metadata", "body", "boilerplate"], "article_id": ["x"] * 4,
...     "reason": ["", "date", "", "caption"]})
>>> line_summary(lines).to_dict("records")[0]["dropped_share"]
0.25
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

import pandas as pd

from afgresearch.corpus import lines as L

BODY, HEADLINE, METADATA, BOILERPLATE = "body", "headline", "metadata", "boilerplate"
LINE_KINDS = (BODY, HEADLINE, METADATA, BOILERPLATE)
_META_REASONS = {
    L.DATE: "date",
    L.BYLINE: "byline",
    L.SOURCE: "source",
    L.URL: "url",
    L.AGENCY: "agency tag",
    L.LABEL: "empty header label",
}
_DROP_REASONS = {
    L.FOOTER: "credit initials",
    L.RELATED: "related link",
    L.CAPTION: "caption",
    L.BULLET: "list item",
    L.FRAGMENT: "fragment (long line without a sentence end)",
    L.BODY: "sentence in a block of header or caption lines",
}
_RELATED = re.compile(
    r"^(?:related|recommended|more on this|trending|most read|see also|also read|read also|"
    r"read next|read more|read (?:the )?(?:full|whole) (?:story|article|report))\b",
    re.IGNORECASE,
)


#: one non-blank line: its 1-based number, kind, reason, and whether it is inside its article
LineRole = tuple[int, str, str, bool]


def norm_text(text: str) -> str:
    """``text`` casefolded with its whitespace runs made single spaces, for comparing lines.

    Example
    -------
    >>> norm_text("  Kabul   TIMES ")
    'kabul times'
    """
    return " ".join(text.casefold().split())


_NAME_LEAD = re.compile(r"^(?:via|from|source:?)\s+", re.IGNORECASE)


def names_only_outlet(title: str, outlet: str) -> bool:
    """True when ``title`` is nothing but the name of ``outlet`` (``via`` or markup around it).

    Example
    -------
    >>> names_only_outlet("WORLD REPORT NOW", "World Report Now")
    True
    >>> names_only_outlet("via Herat Daily", "Herat Daily")
    True
    >>> names_only_outlet("Herat Daily says border reopens", "Herat Daily")
    False
    """
    name = norm_text(L.strip_markup(title).strip(" *_·|.:"))
    name = _NAME_LEAD.sub("", name)
    return bool(name) and name == norm_text(outlet)


def _menu_item(word: str, raw: list[str]) -> bool:
    """True when ``word`` is an item of a site menu in the file ('Politics' under a menu)."""
    folded = word.casefold()
    return any(
        L.is_menu(line) and folded in {item.casefold() for item in L.menu_items(line)}
        for line in raw
    )


def _names_outlet(line: str, draft: Any) -> bool:
    """True when ``line`` is only the name of the outlet its story was credited to."""
    if draft is None:
        return False
    names = [v for k, v in vars(draft).items() if k.endswith("_outlet") and isinstance(v, str)]
    names += list(getattr(draft, "outlets", []))
    return any(name and names_only_outlet(line, name) for name in names)


def _role(
    i: int,
    raw: list[str],
    kinds: list[str],
    draft: Any,
    article: tuple[str, set[int], set[int], int],
    glued: dict[int, Any],
) -> tuple[str, str]:
    """The (kind, reason) of 0-based line ``i``; ``article`` holds the draft's title, kept
    paragraph lines, all paragraph lines before repeats were dropped, and its first body line."""
    title, kept, used, first = article
    n = i + 1
    k = kinds[i]
    s = raw[i].strip()
    if n in kept:
        return BODY, "headline glued to its first sentence" if i in glued else ""
    if n in used:
        return BOILERPLATE, "repeat"
    if draft is not None and n == draft.title_at:
        return (HEADLINE, "") if title else (BOILERPLATE, "truncated sentence")
    if k == L.TITLE:
        if title and norm_text(s) == norm_text(title):
            return BOILERPLATE, "repeat"
        clean = L.clean_title(s)
        header = draft is not None and (not first or n < first)
        named = L.name_line(clean) and not _menu_item(clean, raw)
        if L.site_name(clean) or (header and (named or _names_outlet(clean, draft))):
            return METADATA, "outlet"
        if title and norm_text(clean) == norm_text(title):
            return BOILERPLATE, "repeat"
        if draft is not None and (not first or n < first):
            return METADATA, "header line"
        return BOILERPLATE, "section heading"
    if k in _META_REASONS:
        return METADATA, _META_REASONS[k]
    if k == L.NAV:
        if _RELATED.match(L.strip_markup(s)):
            return BOILERPLATE, "related link"
        if L.is_heading(s):
            return BOILERPLATE, "section heading"
        if L.is_italic_note(s):
            if title and draft is not None and draft.title_at < n and (not first or n < first):
                return METADATA, "standfirst"  # in italics between the headline and the text
            return BOILERPLATE, "italic note"
        if L.is_menu(s):
            return BOILERPLATE, "site menu"
        if L.is_language_switch(s):
            return BOILERPLATE, "language switch"
        if L.is_field_code(s):
            return METADATA, "field code"
        return BOILERPLATE, "navigation"
    if k == L.END:
        if L.credit_footer_outlet(s):
            return BOILERPLATE, "credit footer"
        if L.is_banner(s):
            return BOILERPLATE, "section banner"
        edge = len(s) <= 24 and L.PAGE_EDGE.fullmatch(s)
        return BOILERPLATE, "page furniture" if edge else "end marker"
    return BOILERPLATE, _DROP_REASONS.get(k, k)


def attach_lines(
    raw: list[str],
    kinds: list[str],
    owner: Sequence[Any],
    drafts: Sequence[tuple[Any, Any]],
    glued: dict[int, Any],
) -> list[Any]:
    """Give each kept article record the roles of its lines; return the kept records.

    ``owner[i]`` is the draft that line ``i`` (0-based) was read into; ``drafts`` pairs each
    draft with its record (records without paragraphs are not kept). A line whose draft is not
    kept is attached to the next kept record (the last one at the end of the file) with
    ``in_article`` false, so every non-blank line is accounted for.
    """
    records = {id(d): rec for d, rec in drafts if rec.paragraphs}
    kept_records = list(records.values())
    if not kept_records:
        return []
    info = {}
    for d, rec in drafts:
        kept = {n for n, _ in rec.paragraphs}
        used = {n for n, _ in d.paragraphs}
        if d.wrapped:
            kept |= {m for n in kept for m in d.wrapped.get(n, ())}
            used |= {m for n in used for m in d.wrapped.get(n, ())}
        info[id(d)] = (rec.title, kept, used, min(used, default=0))
    none = ("", set(), set(), 0)
    orphans: list[LineRole] = []
    for i, k in enumerate(kinds):
        if k == L.BLANK:
            continue
        d = owner[i]
        article = info.get(id(d), none)
        if i + 1 in article[1] and i not in glued:
            kind, reason = BODY, ""
        else:
            kind, reason = _role(i, raw, kinds, d, article, glued)
        rec = records.get(id(d))
        if rec is not None:
            rec.lines.append((i + 1, kind, reason, True))
        elif kind == HEADLINE:
            orphans.append((i + 1, BOILERPLATE, "headline without text", False))
        else:
            orphans.append((i + 1, kind, reason or "outside any article", False))
    starts = [r.line_start for r in kept_records]
    for role in orphans:
        at = bisect.bisect_right(starts, role[0])
        kept_records[min(at, len(kept_records) - 1)].lines.append(role)
    if orphans:
        for rec in kept_records:
            rec.lines.sort()
    return kept_records


def line_summary(lines: pd.DataFrame) -> pd.DataFrame:
    """Return one row per source file: line counts by kind and the share of lines dropped.

    ``dropped_share`` is the share of the file's non-blank lines that are boilerplate (in no
    paragraph, not the headline, not metadata), rounded to four decimals.

    Example
    -------
    >>> lines = pd.DataFrame({"source_file": ["a.txt", "a.txt"], "line": [1, 2],
    ...     "kind": ["body", "boilerplate"], "article_id": ["x", ""], "reason": ["", "navigation"]})
    >>> line_summary(lines)[["source_file", "lines", "body", "dropped_share"]].to_dict("records")
    [{'source_file': 'a.txt', 'lines': 2, 'body': 1, 'dropped_share': 0.5}]
    """
    return summary_of_counts(line_counts(lines))


def line_counts(lines: pd.DataFrame) -> pd.DataFrame:
    """Non-blank lines per source file (rows) and kind (columns, as in ``LINE_KINDS``); the
    counts of several parts of a lines table add up (``pd.concat(...).groupby(level=0).sum()``).

    Example
    -------
    >>> line_counts(pd.DataFrame({"source_file": ["a.txt"], "kind": ["body"]}))["body"].tolist()
    [1]
    """
    return (
        pd.crosstab(lines["source_file"], lines["kind"])
        .reindex(columns=list(LINE_KINDS), fill_value=0)
        .astype("int64")
    )


def summary_of_counts(counts: pd.DataFrame) -> pd.DataFrame:
    """:func:`line_summary` from the counts of :func:`line_counts`.

    Example
    -------
    >>> c = line_counts(pd.DataFrame({"source_file": ["a.txt"], "kind": ["body"]}))
    >>> summary_of_counts(c)["lines"].tolist()
    [1]
    """
    out = counts.reset_index()
    out.columns.name = None
    out.insert(1, "lines", counts.sum(axis=1).to_numpy())
    out["dropped_share"] = (out[BOILERPLATE] / out["lines"]).round(4)
    return out.astype({"source_file": "string"}).sort_values("source_file", ignore_index=True)
