"""Write the brief: Markdown from the Jinja2 template, then HTML from that Markdown.

The template environment escapes every value into inert Markdown by default (``finalize``);
only values built here as :class:`~afgresearch.brief.inert.Md` (citations, quotations,
amounts) pass unchanged, and they escape their own article text.

Example
-------
>>> import tempfile
>>> md_path, html_path = write_brief({}, tempfile.mkdtemp())
>>> md_path.name, html_path.name
('brief.md', 'brief.html')
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

import pandas as pd
from jinja2 import Environment, StrictUndefined, TemplateError

from afgresearch.atomic import atomic_write
from afgresearch.brief.cite import cite, verify_citations
from afgresearch.brief.claims import measure_words, ranked_claims
from afgresearch.brief.compare import COMPARED_TABLES, compare_tables, load_run_tables
from afgresearch.brief.context import build_context
from afgresearch.brief.errors import BriefError, BriefOutputError, CitationCheckError
from afgresearch.brief.figures import brief_figures, figure_block, section_figures
from afgresearch.brief.inert import Md, md_inert, normalize_space
from afgresearch.brief.inputs import get_table
from afgresearch.brief.method import corpus_summary
from afgresearch.brief.render import write_html
from afgresearch.brief.values import number, records, text
from afgresearch.table_file import TableFile

log = logging.getLogger(__name__)

TEMPLATE = "brief.md.j2"
MAX_NEW_CLAIMS_LISTED = 10

#: a claim's qualifier in words, for a figure whose words the quote does not give
QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "more_than": "more than",
    "at_least": "at least",
    "about": "about",
    "up_to": "up to",
    "less_than": "less than",
    "nearly": "nearly",
}


def _finalize(value: Any) -> str:
    if isinstance(value, Md):
        return value
    if value is None:
        return ""
    return md_inert(value)


def _num(value: Any, digits: int | None = None) -> Md:
    n = number(value)
    if n is None:
        return Md("")
    if digits is not None:
        return Md(f"{n:,.{digits}f}")
    if n.is_integer():
        return Md(f"{int(n):,}")
    return Md(f"{n:,.2f}".rstrip("0").rstrip(".") if abs(n) >= 0.01 else f"{n:.3g}")


def _pct(value: Any) -> Md:
    n = number(value)
    return Md("" if n is None else f"{n:.0%}")


def _when(claim: Any) -> Md:
    """A claim's time as the source states it: its rate (``per day``) and its period, joined.

    Example
    -------
    >>> _when({"rate": "per day", "period": "since April"}), _when({"period": ""})
    ('per day, since April', '')
    """
    parts = [text(claim.get(key)) for key in ("rate", "period")]
    return md_inert(", ".join(p for p in parts if p))


def _points(value: Any) -> Md:
    n = number(value)
    return Md("" if n is None else f"{n * 100:+.0f}")


def _quote(value: Any, limit: int | None = None) -> Md:
    """“verbatim text”, cut at a word boundary to ``limit`` characters (then followed by …); a
    text that opens with a quotation mark is shown without another pair around it."""
    body = normalize_space(text(value))
    if not body:
        return Md("")
    cut = False
    if limit and len(body) > limit:
        head = body[:limit]
        space = head.rfind(" ")
        body, cut = (head[:space] if space > limit // 2 else head).rstrip(), True
    if body[0] in _OPENING_QUOTES:  # a sentence that opens with a quotation is shown as it is
        return Md(f"{md_inert(body)}{'…' if cut else ''}")
    return Md(f"“{md_inert(body)}”{'…' if cut else ''}")


#: quotation marks a quoted sentence may open with; such a sentence is not wrapped in another
#: pair ('““We have ...”' would read as a typo)
_OPENING_QUOTES = frozenset("“\"‘'«„‚‹")


def _cite(record: Mapping[str, Any], start: bool = False) -> Md:
    line = record.get("line_start" if start else "line", 0)
    if not text(record.get("source_file")) or not line:
        return Md("")
    return cite(record["source_file"], int(line))


def _amount(record: Mapping[str, Any], unit: bool = True) -> Md:
    """A figure as its source states it ('more than 5.097 million Afghans'; 'thousands of
    Afghan migrants'); the normalised value only where the quote gives no words for it.

    Example
    -------
    >>> _amount({"as_stated": "more than 5.097 million", "unit": "Afghans", "value": 5097000.0})
    'more than 5.097 million Afghans'
    >>> _amount({"as_stated": "", "qualifier": "about", "value": 2021.0, "unit": ""})
    'about 2021'
    """
    stated = text(record.get("as_stated"))
    noun = text(record.get("unit")) if unit else ""
    if stated:
        joiner = " of " if record.get("vague") and noun else " "
        return Md(md_inert(joiner.join(p for p in (stated, noun) if p)))
    words = QUALIFIER_WORDS.get(
        text(record.get("qualifier")), text(record.get("qualifier")).replace("_", " ")
    )
    # no words for it in the quote: the value as plain digits, the likeliest way to find it
    value = number(record.get("value"))
    plain = "" if value is None else f"{value:.0f}" if value.is_integer() else f"{value:g}"
    parts = [md_inert(words) if words else "", plain, md_inert(noun)]
    return Md(" ".join(p for p in parts if p))


def _measure(key: Any) -> str:
    """A claim ``measure`` key as words: ``people returned or deported, past 2 months``."""
    words = measure_words(key)
    return ", ".join(p for p in (words["what"] or words["topic"], words["period"]) if p)


def plural(count: Any, singular: str, plural_form: str | None = None, *, show: bool = True) -> Md:
    """``count`` and a noun that agrees with it: ``1 event``, ``3 events``, ``2 countries``.

    ``plural_form`` is for irregular nouns; ``show=False`` gives the noun alone.

    Example
    -------
    >>> plural(1, "paragraph"), plural(1200, "article"), plural(2, "analysis", "analyses")
    ('1 paragraph', '1,200 articles', '2 analyses')
    >>> plural(0, "country"), plural(1, "event", show=False)
    ('0 countries', 'event')
    """
    n = number(count)
    if n == 1:
        noun = singular
    elif plural_form is not None:
        noun = plural_form
    elif singular.endswith("y") and singular[-2:-1] not in tuple("aeiou"):
        noun = singular[:-1] + "ies"
    elif singular.endswith(("s", "x", "z", "ch", "sh")):
        noun = singular + "es"
    else:
        noun = singular + "s"
    noun = md_inert(noun)
    return Md(f"{_num(count)} {noun}" if show else noun)


def _topic(value: Any) -> str:
    """A topic name as words: ``returns deportations``."""
    return text(value).replace("_", " ")


def template_environment() -> Environment:
    """The Jinja2 environment of the brief (inert-by-default output, strict undefined values).

    Example
    -------
    >>> template_environment().from_string("{{ x }}").render(x="<b>")
    '\\\\<b\\\\>'
    """
    env = Environment(
        autoescape=False,
        finalize=_finalize,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        {
            "cite": _cite,
            "quote": _quote,
            "num": _num,
            "pct": _pct,
            "when": _when,
            "points": _points,
            "amount": _amount,
            "measure": _measure,
            "topic": _topic,
            "plural": plural,
            "figure": figure_block,
            "section_figures": section_figures,
        }
    )
    return env


def render_markdown(context: Mapping[str, Any]) -> str:
    """Render the brief's Markdown from a context made by :func:`build_context`.

    Example
    -------
    >>> from afgresearch.brief.context import build_context
    >>> render_markdown(build_context({})).splitlines()[0]
    '# Research brief'
    """
    source = resources.files("afgresearch").joinpath("data", "brief", TEMPLATE).read_text("utf-8")
    try:
        out = template_environment().from_string(source).render(**context)
    except TemplateError as exc:
        raise BriefError(f"brief template {TEMPLATE!r} failed: {exc}") from exc
    lines = [line.rstrip() for line in out.split("\n")]
    collapsed: list[str] = []
    for line in lines:  # at most one blank line in a row
        if line or (collapsed and collapsed[-1]):
            collapsed.append(line)
    return "\n".join(collapsed).strip() + "\n"


def _since(
    tables: Mapping[str, Any],
    context: Mapping[str, Any],
    previous_run_dir: Path,
    corpus_root: Path | None,
) -> dict[str, Any]:
    # the comparison matches every claim with the previous run's: tables left on disk are
    # read whole here
    whole = {
        k: v.read() if isinstance(v, TableFile) else v
        for k, v in tables.items()
        if k in COMPARED_TABLES or not isinstance(v, TableFile)
    }
    diff = compare_tables(
        {k: v for k, v in whole.items() if isinstance(v, pd.DataFrame)},
        load_run_tables(previous_run_dir),
    )
    new_articles = set(diff["new_article_ids"])
    new_claims = set(diff["new_claim_ids"])
    now = get_table(whole, "claims")
    articles = get_table(whole, "articles")
    ids = records(articles[["article_id"]], None)
    is_new = pd.Series([r["article_id"] in new_articles for r in ids], index=articles.index)
    claims = ranked_claims(now, corpus_root, now["claim_id"].map(text).isin(new_claims))
    return {
        **diff,
        "new_articles": corpus_summary(articles.loc[is_new.astype(bool)], [], corpus_root)["list"],
        "new_claims": claims[:MAX_NEW_CLAIMS_LISTED],
        "new_claims_total": len(claims),
    }


def write_brief(
    tables: dict[str, pd.DataFrame | TableFile],
    out_dir: str | os.PathLike[str],
    *,
    params: dict | None = None,
    previous_run_dir: Path | None = None,
    corpus_root: Path | None = None,
    strict: bool = False,
    figures_dir: str | os.PathLike[str] | None = None,
) -> tuple[Path, Path]:
    """Write ``brief.md`` and ``brief.html`` for a run's tables.

    Parameters
    ----------
    tables : dict of str to DataFrame or TableFile
        The run's tables (see :mod:`afgresearch.schema`); missing ones count as empty. A
        :class:`~afgresearch.table_file.TableFile` (see
        :func:`~afgresearch.brief.read_brief_tables`) is read a chunk at a time.
    out_dir : path
        Folder to write into (created if missing).
    params : dict, optional
        The run's parameters (listed under Method; some set section sizes, see
        :func:`~afgresearch.brief.context.build_context`).
    previous_run_dir : Path, optional
        An earlier run folder; adds the "Since the previous run" section.
    corpus_root : Path, optional
        The corpus folder: cited paths are made relative to it and every citation is checked
        with :func:`~afgresearch.brief.cite.verify_citations` (problems are logged as warnings).
    strict : bool
        Raise :class:`CitationCheckError` instead of warning when a citation does not check.
    figures_dir : path, optional
        The run's ``figures/`` folder (see :func:`afgresearch.figures.make_figures`): each
        section shows its figures, linked relatively from ``brief.md`` and inlined as
        sanitised SVG in ``brief.html``.

    Returns
    -------
    tuple of Path
        ``(brief.md, brief.html)``.

    Example
    -------
    >>> import tempfile
    >>> md, _ = write_brief({}, tempfile.mkdtemp(), params={"k": 4})
    >>> "| k | 4 |" in md.read_text()
    True
    """
    out = Path(out_dir)
    figures = brief_figures(figures_dir, out)
    context = build_context(tables, params=params, corpus_root=corpus_root, figures=figures)
    context["since"] = (
        _since(tables, context, Path(previous_run_dir), _root(corpus_root))
        if previous_run_dir is not None
        else None
    )
    markdown = render_markdown(context)
    if corpus_root is not None:
        problems = verify_citations(markdown, corpus_root)
        if problems and strict:
            raise CitationCheckError(
                f"{len(problems)} citation(s) in the brief do not check: " + "; ".join(problems[:5])
            )
        for problem in problems:
            log.warning("brief citation: %s", problem)
    try:
        out.mkdir(parents=True, exist_ok=True)
        md_path, html_path = out / "brief.md", out / "brief.html"
        # the page is written as it is made, each figure's SVG streamed in from its file; the
        # Markdown goes in place only once the page is complete, then the page
        with atomic_write(html_path, "w") as page:
            write_html(page.write, markdown, title=context["title"], figures=figures)
            with atomic_write(md_path, "w") as handle:
                handle.write(markdown)
    except OSError as exc:
        raise BriefOutputError(
            f"cannot write the brief to {out.name!r}: {exc.strerror or exc}"
        ) from exc
    return md_path, html_path


def _root(corpus_root: str | os.PathLike[str] | None) -> Path | None:
    """The corpus folder citations are made relative to, as :func:`build_context` takes it."""
    return Path(corpus_root) if corpus_root is not None else None
