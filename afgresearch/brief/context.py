"""Collect what the brief says from the run's tables (no text about the corpus is typed in).

:func:`build_context` turns the tables into plain records (dicts of strings and numbers, each
carrying ``source_file`` and ``line``) that the Jinja2 template lays out. Each section is
selected by its own module (:mod:`~afgresearch.brief.claims`,
:mod:`~afgresearch.brief.themes`, :mod:`~afgresearch.brief.events`,
:mod:`~afgresearch.brief.method`); none computes a figure or judges a claim: those are
columns of the tables the run wrote. All ordering is explicit, so the same tables give the
same brief.

Example
-------
>>> ctx = build_context({})
>>> ctx["corpus"]["articles"]
0
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from afgresearch.brief.claims import disagreements, key_figures
from afgresearch.brief.events import actor_sections, timeline
from afgresearch.brief.inputs import NEEDED, get_table, section_limits
from afgresearch.brief.method import SMALL_CORPUS_PARAGRAPHS, corpus_summary, k_choice, stability
from afgresearch.brief.themes import theme_sections
from afgresearch.brief.values import records, sorted_frame, text

#: heading of the brief when ``params`` has no ``title``
DEFAULT_TITLE = "Research brief"


def build_context(
    tables: Mapping[str, Any],
    *,
    params: Mapping[str, Any] | None = None,
    corpus_root: str | os.PathLike[str] | None = None,
    figures: Mapping[str, Mapping[str, str]] | None = None,
) -> dict[str, Any]:
    """Collect what the brief reports from the run's tables.

    Parameters
    ----------
    tables : mapping of str to DataFrame
        The run's tables (names and columns as in :mod:`afgresearch.schema`, claims with the
        flags of :mod:`afgresearch.extract.flags`); missing tables count as empty. Optional
        ``stability`` and ``k_selection`` tables add to the method section.
    params : mapping, optional
        The run's parameters (listed in the method section); ``title`` is the brief's heading;
        the names of :data:`~afgresearch.brief.inputs.DEFAULT_LIMITS` set section sizes.
    corpus_root : path, optional
        Corpus folder; absolute ``source_file`` values under it are shown relative to it.
    figures : mapping, optional
        Figure name to ``{"path": relative PNG path, "caption": ..., "table": ...}``; each
        section shows its figures.

    Returns
    -------
    dict
        Plain records for the template: ``corpus``, ``claims``, ``disagreements``, ``themes``,
        ``actors``, ``events``, ``rejects``, ``lines`` (per text dump, from ``line_summary``),
        ``method``, ``limits``, ``figures``.

    Example
    -------
    >>> build_context({}, params={"k": 4})["method"]["params"]
    [('k', '4')]
    """
    params = dict(params or {})
    limits = section_limits(params)
    root = Path(corpus_root) if corpus_root is not None else None
    get = {name: get_table(tables, name) for name in NEEDED}
    themes = theme_sections(
        get["paragraphs"],
        get["clusters"],
        get["theme_terms"],
        get["representatives"],
        root,
        limits,
    )
    return {
        "title": text(params.get("title")) or DEFAULT_TITLE,
        # the sources listed: the first ``max_sources`` (at least one, so the template can
        # tell whether there are any), every article counted
        "corpus": corpus_summary(
            get["articles"], get["paragraphs"], root, max(limits["max_sources"], 1)
        ),
        "claims": key_figures(get["claims"], root, limits["max_claims"]),
        "disagreements": disagreements(
            get["disagreements"], root, limits["claims_per_disagreement"]
        ),
        "themes": themes,
        "actors": actor_sections(get["mentions"], get["actors"], get["co_mentions"], root, limits),
        "events": timeline(get["events"], root, limits["max_events"], get["articles"]),
        "rejects": records(sorted_frame(get["rejects"], ["source_file", "reason"]), root),
        "lines": records(
            sorted_frame(get["line_summary"], ["source_file"]).head(limits["max_sources"]), root
        ),
        "line_files": len(get["line_summary"]),
        "method": {
            "params": sorted(
                (str(k), text(v) if not isinstance(v, (list, tuple)) else ", ".join(map(str, v)))
                for k, v in params.items()
            ),
            "clusters": len(themes["groups"]) if themes["available"] else 0,
            "stability": stability(tables),
            "k_choice": k_choice(tables),
            "small_corpus": len(get["paragraphs"]) < SMALL_CORPUS_PARAGRAPHS,
            "small_corpus_paragraphs": SMALL_CORPUS_PARAGRAPHS,
        },
        "limits": limits,
        "figures": {k: dict(v) for k, v in sorted((figures or {}).items())},
        "since": None,
    }
