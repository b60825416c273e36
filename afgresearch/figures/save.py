"""Deterministic saving: the same figure gives byte-identical PNG and SVG files in any process.

PNG is rendered by Agg with no ``Software`` text chunk; SVG has a fixed ``svg.hashsalt`` (so
element ids do not depend on a random salt) and no ``Date``. Files are written to a temporary
name and renamed into place, so a reader never sees half a file.

Example
-------
>>> import tempfile
>>> from afgresearch.figures.style import empty_figure, figure_style
>>> with figure_style():
...     fig = empty_figure("Demo")
>>> paths = save_figure(fig, tempfile.mkdtemp(), "demo")
>>> [p.suffix for p in paths]
['.png', '.svg']
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

import matplotlib
from matplotlib.figure import Figure

from afgresearch.atomic import atomic_write
from afgresearch.figures.errors import FigureFormatError, FigureNameError
from afgresearch.figures.style import STYLE

#: metadata per format that keeps files free of dates and version strings
METADATA: dict[str, dict[str, None]] = {
    "png": {"Software": None},
    "svg": {"Date": None, "Creator": None},
}

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")


def save_figure(
    fig: Figure,
    folder: str | os.PathLike[str],
    name: str,
    *,
    formats: Sequence[str] = ("png", "svg"),
) -> list[Path]:
    """Save ``fig`` as ``folder/name.<fmt>`` for each format, byte-identically run to run.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The figure to save.
    folder : path
        Output folder (created if missing).
    name : str
        File stem: letters, digits, ``_``, ``-`` and ``.``; no path separators.
    formats : sequence of str
        Any of ``"png"`` and ``"svg"``.

    Returns
    -------
    list of Path
        The written files, in the order of ``formats``.

    Example
    -------
    >>> save_figure(Figure(), "/tmp", "../escape")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    FigureNameError: ...
    """
    if not isinstance(name, str) or not _NAME.match(name) or ".." in name:
        raise FigureNameError(
            f"figure name {name!r} is not allowed: use letters, digits, '_', '-' or '.' "
            "(at most 100 characters, no path separators, no '..')"
        )
    unknown = [f for f in formats if f not in METADATA]
    if unknown:
        raise FigureFormatError(
            f"figure format(s) {', '.join(map(repr, unknown))} cannot be saved "
            f"deterministically; choose from {', '.join(METADATA)}"
        )
    out_dir = Path(folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with matplotlib.rc_context({k: STYLE[k] for k in ("svg.hashsalt", "svg.fonttype")}):
        for fmt in formats:
            target = out_dir / f"{name}.{fmt}"
            with atomic_write(target) as handle:
                fig.savefig(handle, format=fmt, metadata=METADATA[fmt])
            paths.append(target)
    return paths
