"""Make every figure of a run from its tables in one call.

Example
-------
>>> import tempfile
>>> out = make_figures({}, tempfile.mkdtemp())
>>> sorted(out)[:2]
['co_mention_network', 'event_timeline']
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from pathlib import Path

import pandas as pd
from matplotlib.figure import Figure

from afgresearch.figures.evidence import (
    co_mention_network,
    event_timeline,
    returns_claims,
    returns_claims_rows,
)
from afgresearch.figures.save import save_figure
from afgresearch.figures.themes import (
    paragraph_map,
    theme_share_by_article,
    theme_share_by_outlet,
    top_terms,
)
from afgresearch.table_file import TableFile

Tables = Mapping[str, pd.DataFrame | TableFile]

#: figure name -> function drawing it from the run's tables
FIGURES: dict[str, Callable[[Tables], Figure]] = {
    "theme_share_by_article": lambda t: theme_share_by_article(
        t.get("article_themes"), t.get("articles")
    ),
    "theme_share_by_outlet": lambda t: theme_share_by_outlet(
        t.get("article_themes"), t.get("articles")
    ),
    "top_terms": lambda t: top_terms(t.get("theme_terms")),
    "paragraph_map": lambda t: paragraph_map(t.get("paragraph_map")),
    "returns_claims": lambda t: returns_claims(returns_claims_rows(t.get("claims"))),
    "event_timeline": lambda t: event_timeline(t.get("events")),
    "co_mention_network": lambda t: co_mention_network(t.get("co_mentions"), t.get("actors")),
}


def make_figures(
    tables: Tables, folder: str | os.PathLike[str], *, formats: tuple[str, ...] = ("png", "svg")
) -> dict[str, list[Path]]:
    """Draw and save every figure in :data:`FIGURES`; missing tables give "nothing to show" figures.

    Parameters
    ----------
    tables : mapping of str to DataFrame
        The run's tables by name (as in :data:`afgresearch.schema.TABLES`); the claims may be
        a :class:`~afgresearch.table_file.TableFile`, read a chunk at a time.
    folder : path
        Where ``<name>.png`` and ``<name>.svg`` go.
    formats : tuple of str
        File formats to write.

    Returns
    -------
    dict
        figure name -> written paths, in name order.

    Example
    -------
    >>> import tempfile
    >>> len(make_figures({}, tempfile.mkdtemp(), formats=("svg",)))
    7
    """
    written: dict[str, list[Path]] = {}
    for name in sorted(FIGURES):
        fig = FIGURES[name](tables)
        written[name] = save_figure(fig, folder, name, formats=formats)
    return written
