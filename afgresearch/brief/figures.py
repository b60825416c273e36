"""The figures a brief shows: captions, relative links for Markdown, SVGs for HTML.

:func:`brief_figures` lists the figures of a run folder that exist, with the caption and source
table of :data:`afgresearch.figures.captions.CAPTIONS`; the template's ``figure`` filter turns
one into a Markdown image (relative link to the PNG) and a caption line. The HTML page replaces
each such image with the figure's SVG, sanitised (see :mod:`afgresearch.brief.svg`).

Example
-------
>>> str(figure_block({"name": "x", "path": "figures/x.png", "caption": "A map.",
...     "table": "paragraph_map", "number": 1}))
'![Figure 1: A map.](figures/x.png)\\n\\n*Figure 1. A map. Source table: `paragraph_map`.*'
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from afgresearch.brief.inert import Md, md_inert
from afgresearch.figures.captions import CAPTIONS

#: the figures each section shows, in the order the brief shows them
SECTION_FIGURES: dict[str, tuple[str, ...]] = {
    "figures": ("returns_claims",),
    "themes": ("theme_share_by_article", "theme_share_by_outlet", "top_terms", "paragraph_map"),
    "actors": ("co_mention_network",),
    "timeline": ("event_timeline",),
}


def brief_figures(
    figures_dir: str | os.PathLike[str] | None, brief_dir: str | os.PathLike[str]
) -> dict[str, dict[str, Any]]:
    """The captioned figures in ``figures_dir`` that have both a PNG and an SVG, numbered in the
    order of :data:`SECTION_FIGURES`.

    Returns
    -------
    dict: name -> ``{"name", "path" (PNG, relative to ``brief_dir``, '/'-separated), "svg"
    (absolute path), "caption", "table", "number"}``.

    Example
    -------
    >>> brief_figures(None, ".")
    {}
    """
    if figures_dir is None:
        return {}
    folder = Path(figures_dir)
    out: dict[str, dict[str, Any]] = {}
    order = [name for names in SECTION_FIGURES.values() for name in names]
    for name in order:
        png, svg = folder / f"{name}.png", folder / f"{name}.svg"
        if not (png.is_file() and svg.is_file()):
            continue
        rel = Path(os.path.relpath(png, Path(brief_dir))).as_posix()
        out[name] = {
            "name": name,
            "path": rel,
            "svg": str(svg),
            "caption": CAPTIONS[name].text,
            "table": CAPTIONS[name].table,
            "number": len(out) + 1,
        }
    return out


def figure_block(figure: Mapping[str, Any] | None) -> Md:
    """A figure as Markdown: the image (relative link) and a caption naming its source table.

    Example
    -------
    >>> figure_block(None)
    ''
    """
    if not figure:
        return Md("")
    label = f"Figure {figure['number']}"
    alt = md_inert(f"{label}: {figure['caption']}").replace("[", "(").replace("]", ")")
    return Md(
        f"![{alt}]({figure['path']})\n\n"
        f"*{label}. {md_inert(figure['caption'])} Source table: `{figure['table']}`.*"
    )


def section_figures(figures: Mapping[str, Any], section: str) -> Sequence[Mapping[str, Any]]:
    """The figures of ``section`` that the run has.

    Example
    -------
    >>> section_figures({}, "themes")
    []
    """
    return [figures[n] for n in SECTION_FIGURES.get(section, ()) if n in figures]
