"""One consistent look for every afgresearch figure.

Figures are drawn inside :func:`figure_style` (a ``matplotlib.rc_context``) as plain
``matplotlib.figure.Figure`` objects (no pyplot state), so the package never changes a user's
global matplotlib settings or backend; PNGs are rendered by Agg.

Example
-------
>>> with figure_style():
...     fig = new_figure("Title", figsize=(4, 3))
>>> fig.axes[0].get_title(loc="left")
'Title'
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import matplotlib
from matplotlib.figure import Figure

#: rc settings shared by every figure (fonts that ship with matplotlib, so output is stable)
STYLE: dict[str, object] = {
    "font.family": "DejaVu Sans",
    "font.size": 9.0,
    "axes.titlesize": 11.0,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelsize": 9.0,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "axes.axisbelow": True,
    "legend.frameon": False,
    "legend.fontsize": 8.0,
    "figure.dpi": 100.0,
    "savefig.dpi": 150.0,
    "figure.facecolor": "white",
    "savefig.facecolor": "white",
    "svg.fonttype": "path",
    "svg.hashsalt": "afgresearch",
    "path.simplify": True,
}

#: colours for the named themes; other labels get colours from :data:`PALETTE` in sorted order
THEME_COLORS: dict[str, str] = {
    "migration": "#1b9e77",
    "diplomacy": "#7570b3",
    "rights": "#d95f02",
    "other": "#999999",
}

#: colour-blind-friendly palette (Okabe-Ito) for everything else
PALETTE: tuple[str, ...] = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)

NOTHING_TO_SHOW = "Nothing to show: the run produced no rows for this figure."


@contextmanager
def figure_style() -> Iterator[None]:
    """Apply :data:`STYLE` for the duration of a ``with`` block.

    Example
    -------
    >>> with figure_style():
    ...     import matplotlib as mpl
    ...     mpl.rcParams["svg.hashsalt"]
    'afgresearch'
    """
    with matplotlib.rc_context(STYLE):
        yield


def color_map(labels: Iterable[str]) -> dict[str, str]:
    """Return a stable colour for each label: theme colours first, then the palette in sorted order.

    Parameters
    ----------
    labels : iterable of str
        Labels to colour (duplicates allowed).

    Returns
    -------
    dict
        label -> hex colour; the same labels always get the same colours.

    Example
    -------
    >>> color_map(["rights", "zeta", "alpha"])["alpha"]
    '#0072B2'
    """
    out: dict[str, str] = {}
    rest = sorted({str(x) for x in labels} - set(THEME_COLORS))
    for label in {str(x) for x in labels} & set(THEME_COLORS):
        out[label] = THEME_COLORS[label]
    for i, label in enumerate(rest):
        out[label] = PALETTE[i % len(PALETTE)]
    return dict(sorted(out.items()))


def new_figure(title: str, *, figsize: tuple[float, float] = (8.0, 4.5)) -> Figure:
    """Return a figure with one axes titled ``title`` (call inside :func:`figure_style`).

    Parameters
    ----------
    title : str
        Axes title, wrapped to the figure width.
    figsize : tuple of float
        Width and height in inches.

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> with figure_style():
    ...     len(new_figure("t").axes)
    1
    """
    fig = Figure(figsize=figsize, layout="constrained")
    ax = fig.add_subplot()
    ax.set_title(wrap(title, 80))
    return fig


def add_source_note(fig: Figure, note: str) -> None:
    """Write a small source note under the plot (what the figure is computed from).

    Example
    -------
    >>> with figure_style():
    ...     fig = new_figure("t")
    ...     add_source_note(fig, "Source: claims table.")
    >>> fig.texts[0].get_text()
    'Source: claims table.'
    """
    fig.text(0.005, 0.005, wrap(note, 130), ha="left", va="bottom", fontsize=7, color="#555555")
    fig.get_layout_engine().set(rect=(0, 0.06, 1, 0.94))


def empty_figure(title: str, message: str = NOTHING_TO_SHOW, *, note: str = "") -> Figure:
    """Return a figure that says there is nothing to show (used for empty tables).

    Example
    -------
    >>> with figure_style():
    ...     fig = empty_figure("Event timeline")
    >>> "Nothing to show" in fig.axes[0].texts[0].get_text()
    True
    """
    fig = new_figure(title, figsize=(8.0, 2.5))
    ax = fig.axes[0]
    ax.set_axis_off()
    ax.text(0.5, 0.5, wrap(message, 90), ha="center", va="center", transform=ax.transAxes)
    if note:
        add_source_note(fig, note)
    return fig


def shorten(text: str, width: int = 40) -> str:
    """Shorten ``text`` to at most ``width`` characters with a trailing ellipsis.

    Example
    -------
    >>> shorten("a very long label indeed", 10)
    'a very lo…'
    """
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def wrap(text: str, width: int = 28, max_lines: int | None = None) -> str:
    """Wrap ``text`` on word boundaries into lines of at most ``width`` characters (labels
    and notes); with ``max_lines``, only a label longer than that is cut, with an ellipsis.

    Example
    -------
    >>> wrap("a b c", 3)
    'a b\\nc'
    >>> wrap("The spokesperson for the Ministry of Refugees and Repatriation", 24)
    'The spokesperson for the\\nMinistry of Refugees and\\nRepatriation'
    """
    lines = textwrap.wrap(" ".join(str(text).split()), width) or [str(text)]
    if max_lines is not None and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = shorten(lines[-1] + " …", width)
    return "\n".join(lines)


__all__ = [
    "NOTHING_TO_SHOW",
    "PALETTE",
    "STYLE",
    "THEME_COLORS",
    "add_source_note",
    "color_map",
    "empty_figure",
    "figure_style",
    "new_figure",
    "shorten",
    "wrap",
]
