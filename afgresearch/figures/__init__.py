"""Figures of a run: matplotlib Figures in one style, saved byte-identically run to run.

Example
-------
>>> from afgresearch.figures import theme_share_by_article
>>> theme_share_by_article(None).axes[0].get_title(loc="left")
'Theme share per article'
"""

from afgresearch.figures.errors import (
    FigureError,
    FigureFormatError,
    FigureNameError,
    FigureTableError,
)
from afgresearch.figures.evidence import co_mention_network, event_timeline, returns_claims
from afgresearch.figures.make import FIGURES, make_figures
from afgresearch.figures.save import save_figure
from afgresearch.figures.style import figure_style
from afgresearch.figures.themes import (
    paragraph_map,
    theme_share_by_article,
    theme_share_by_outlet,
    top_terms,
)

__all__ = [
    "FIGURES",
    "FigureError",
    "FigureFormatError",
    "FigureNameError",
    "FigureTableError",
    "co_mention_network",
    "event_timeline",
    "figure_style",
    "make_figures",
    "paragraph_map",
    "returns_claims",
    "save_figure",
    "theme_share_by_article",
    "theme_share_by_outlet",
    "top_terms",
]
