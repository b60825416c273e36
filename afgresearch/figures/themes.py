"""Theme figures: theme share per article and per outlet, top terms, the paragraph map.

Every function returns a :class:`matplotlib.figure.Figure` with a title, axis labels and a
source note, and a "nothing to show" figure when its table is empty.

Example
-------
>>> import pandas as pd
>>> shares = pd.DataFrame({"article_id": ["a", "a"], "theme": ["migration", "rights"],
...                        "share": [0.75, 0.25]})
>>> fig = theme_share_by_article(shares)
>>> fig.axes[0].get_xlabel()
"Share of the article's paragraphs (%)"
"""

from __future__ import annotations

import math

import pandas as pd
from matplotlib.figure import Figure

from afgresearch.figures.errors import FigureTableError
from afgresearch.figures.style import (
    add_source_note,
    color_map,
    empty_figure,
    figure_style,
    new_figure,
    shorten,
    wrap,
)
from afgresearch.figures.tables import text_column
from afgresearch.numeric import even_rows
from afgresearch.schema import MAP_FIT_ROWS, THEMES, require

NO_OUTLET = "outlet not stated"


def _theme_order(themes: pd.Series) -> list[str]:
    present = {str(t) for t in themes}
    return [t for t in THEMES if t in present] + sorted(present - set(THEMES))


def _stacked(fig: Figure, shares: pd.DataFrame, labels: list[str]) -> None:
    """Draw ``shares`` (rows: bars, columns: themes) as horizontal stacked bars, first on top."""
    ax = fig.axes[0]
    colors = color_map(shares.columns)
    left = [0.0] * len(shares)
    ys = list(range(len(shares)))
    for theme in shares.columns:
        widths = shares[theme].astype(float).tolist()
        ax.barh(ys, widths, left=left, color=colors[theme], label=theme, height=0.7)
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.set_yticks(ys, labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(lambda v, _pos: f"{v:.0%}")
    ax.grid(axis="y", visible=False)
    ax.legend(title="Theme", loc="upper left", bbox_to_anchor=(1.0, 1.0))


#: an outlet with at most this many articles is marked 'too few' in the outlet shares
SMALL_N = 2


def theme_share_by_article(
    article_themes: pd.DataFrame | None,
    articles: pd.DataFrame | None = None,
    *,
    max_articles: int = 40,
) -> Figure:
    """Stacked bars: the share of each article's paragraphs in each theme.

    Parameters
    ----------
    article_themes : DataFrame
        ``article_themes`` table (``article_id``, ``theme``, ``share``).
    articles : DataFrame, optional
        ``articles`` table; gives bar labels (titles) and the order (file, then line).
    max_articles : int
        Draw at most this many articles (the note says how many were left out).

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> theme_share_by_article(None).axes[0].texts[0].get_text()[:15]
    'Nothing to show'
    """
    title = "Theme share per article"
    shares = require(
        article_themes,
        "article_themes",
        ["article_id", "theme", "share"],
        error=FigureTableError,
        none_ok=True,
    )
    with figure_style():
        if shares.empty:
            return empty_figure(title, note="Source: article_themes table.")
        table = shares.assign(
            article_id=text_column(shares, "article_id"),
            theme=text_column(shares, "theme", "other"),
        )
        pivot = table.pivot_table(
            index="article_id", columns="theme", values="share", aggfunc="sum", fill_value=0.0
        )
        pivot = pivot[_theme_order(table["theme"])]
        labels = {a: a for a in pivot.index}
        order = sorted(pivot.index)
        if articles is not None and not articles.empty:
            arts = require(
                articles,
                "articles",
                ["article_id", "source_file", "line_start", "title"],
                error=FigureTableError,
                none_ok=True,
            )
            arts = arts.assign(article_id=text_column(arts, "article_id"))
            arts = arts[arts["article_id"].isin(pivot.index)].sort_values(
                ["source_file", "line_start", "article_id"], kind="stable"
            )
            bodies = text_column(arts, "text", "") if "text" in arts.columns else arts["title"] * 0
            for row, body in zip(arts.itertuples(index=False), bodies, strict=True):
                t = str(row.title) if pd.notna(row.title) and str(row.title).strip() else ""
                # an untitled article by its opening words, marked as such
                words = str(body).split()
                opening = " ".join(words[:8]) + ("…" if len(words) > 8 else "")
                labels[row.article_id] = wrap(
                    t or (f"untitled: “{opening}”" if words else "untitled article"), 42, 2
                )
            order = list(dict.fromkeys(arts["article_id"].tolist() + order))
        shown = order[:max_articles]
        fig = new_figure(title, figsize=(9.5, max(2.5, 0.5 * len(shown) + 1.4)))
        _stacked(fig, pivot.loc[shown], [labels[a] for a in shown])
        fig.axes[0].set_xlabel("Share of the article's paragraphs (%)")
        fig.axes[0].set_ylabel("Article")
        left_out = len(order) - len(shown)
        extra = f" {left_out} further articles not shown." if left_out else ""
        add_source_note(
            fig,
            "Source: article_themes table (each article's paragraphs assigned to a theme by "
            f"clustering); {len(order)} articles.{extra}",
        )
        return fig


def theme_share_by_outlet(
    article_themes: pd.DataFrame | None, articles: pd.DataFrame | None
) -> Figure:
    """Stacked bars: the mean theme share of each outlet's articles.

    Parameters
    ----------
    article_themes : DataFrame
        ``article_themes`` table.
    articles : DataFrame
        ``articles`` table (``article_id``, ``outlet``); articles without an outlet are
        grouped as "outlet not stated".

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> theme_share_by_outlet(None, None).axes[0].texts[0].get_text()[:15]
    'Nothing to show'
    """
    title = "Theme share per outlet"
    shares = require(
        article_themes,
        "article_themes",
        ["article_id", "theme", "share"],
        error=FigureTableError,
        none_ok=True,
    )
    arts = require(
        articles, "articles", ["article_id", "outlet"], error=FigureTableError, none_ok=True
    )
    with figure_style():
        if shares.empty:
            return empty_figure(title, note="Source: article_themes and articles tables.")
        table = shares.assign(
            article_id=text_column(shares, "article_id"),
            theme=text_column(shares, "theme", "other"),
        )
        outlets = pd.DataFrame(
            {
                "article_id": text_column(arts, "article_id"),
                "outlet": text_column(arts, "outlet", NO_OUTLET),
            }
        ).drop_duplicates("article_id")
        merged = table.merge(outlets, on="article_id", how="left")
        merged["outlet"] = merged["outlet"].fillna(NO_OUTLET)
        per_article = merged.pivot_table(
            index=["outlet", "article_id"],
            columns="theme",
            values="share",
            aggfunc="sum",
            fill_value=0.0,
        )
        per_outlet = per_article.groupby(level="outlet").mean()
        per_outlet = per_outlet[_theme_order(table["theme"])].sort_index()
        totals = per_outlet.sum(axis=1).where(lambda s: s > 0, 1.0)
        per_outlet = per_outlet.div(totals, axis=0)
        counts = per_article.groupby(level="outlet").size()
        # a share resting on one or two articles says little about an outlet: marked
        labels = [
            wrap(o, 30, 2) + f"\n(n={counts[o]}{', too few' if counts[o] <= SMALL_N else ''})"
            for o in per_outlet.index
        ]
        fig = new_figure(title, figsize=(9.0, max(2.5, 0.6 * len(per_outlet) + 1.4)))
        _stacked(fig, per_outlet, labels)
        fig.axes[0].set_xlabel("Mean share of the outlet's article paragraphs (%)")
        fig.axes[0].set_ylabel("Outlet (number of articles)")
        add_source_note(
            fig,
            "Source: article_themes joined to articles by article_id; each article weighs "
            f"equally within its outlet. Shares resting on {SMALL_N} articles or fewer ('too "
            "few') say little about an outlet.",
        )
        return fig


def top_terms(theme_terms: pd.DataFrame | None, *, n_terms: int = 8) -> Figure:
    """One small bar chart per cluster with its highest-weighted terms.

    Parameters
    ----------
    theme_terms : DataFrame
        ``theme_terms`` table (``cluster``, ``theme``, ``rank``, ``term``, ``weight``).
    n_terms : int
        Terms per cluster.

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> import pandas as pd
    >>> t = pd.DataFrame({"cluster": [0, 0], "theme": ["rights"] * 2, "rank": [1, 2],
    ...                   "term": ["women", "girls"], "weight": [0.5, 0.3]})
    >>> top_terms(t).axes[0].get_title(loc="left")
    'Cluster 0: rights'
    """
    title = "Top terms per theme cluster"
    terms = require(
        theme_terms,
        "theme_terms",
        ["cluster", "theme", "rank", "term", "weight"],
        error=FigureTableError,
        none_ok=True,
    )
    with figure_style():
        if terms.empty:
            return empty_figure(title, note="Source: theme_terms table.")
        terms = terms.assign(
            theme=text_column(terms, "theme", "other"), term=text_column(terms, "term")
        ).sort_values(["cluster", "rank", "term"], kind="stable")
        clusters = sorted(terms["cluster"].astype(int).unique())
        ncols = min(3, len(clusters))
        nrows = math.ceil(len(clusters) / ncols)
        fig = Figure(
            figsize=(3.4 * ncols, 0.28 * n_terms * nrows + 1.2 * nrows + 0.6), layout="constrained"
        )
        fig.suptitle(title, x=0.01, ha="left", fontweight="bold", fontsize=11)
        colors = color_map(terms["theme"])
        for i, cluster in enumerate(clusters):
            ax = fig.add_subplot(nrows, ncols, i + 1)
            rows = terms[terms["cluster"].astype(int) == cluster].head(n_terms)
            theme = rows["theme"].iloc[0]
            ys = list(range(len(rows)))
            ax.barh(ys, rows["weight"].astype(float), color=colors[theme], height=0.7)
            ax.set_yticks(ys, [shorten(t, 22) for t in rows["term"]])
            ax.invert_yaxis()
            ax.set_title(f"Cluster {cluster}: {shorten(theme, 25)}", fontsize=9)
            ax.set_xlabel("Term weight (TF-IDF, no unit)")
            ax.grid(axis="y", visible=False)
        add_source_note(
            fig, f"Source: theme_terms table; top {n_terms} terms of each cluster centre."
        )
        return fig


def paragraph_map(paragraph_map: pd.DataFrame | None) -> Figure:
    """Scatter of the 2-D paragraph map, one colour per theme.

    Parameters
    ----------
    paragraph_map : DataFrame
        ``paragraph_map`` table (``paragraph_id``, ``x``, ``y``, ``cluster``, ``theme``).

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> import pandas as pd
    >>> m = pd.DataFrame({"paragraph_id": ["p"], "x": [0.0], "y": [1.0], "cluster": [0],
    ...                   "theme": ["rights"]})
    >>> paragraph_map(m).axes[0].get_xlabel()
    'Map dimension 1 (no unit: nearer means similar wording)'
    """
    title = "Paragraph map coloured by theme"
    points = require(
        paragraph_map,
        "paragraph_map",
        ["paragraph_id", "x", "y", "theme"],
        error=FigureTableError,
        none_ok=True,
    )
    with figure_style():
        if points.empty:
            return empty_figure(title, note="Source: paragraph_map table.")
        points = points.assign(theme=text_column(points, "theme", "other"))
        counts = points["theme"].value_counts()
        n_points = len(points)
        drawn = even_rows(n_points, MAP_FIT_ROWS)  # the rows the axes were fitted on
        if drawn is not None:
            points = points.iloc[drawn]
        points = points.sort_values(["theme", "paragraph_id"], kind="stable")
        fig = new_figure(title, figsize=(7.5, 6.0))
        ax = fig.axes[0]
        colors = color_map(points["theme"])
        for theme in _theme_order(points["theme"]):
            rows = points[points["theme"] == theme]
            ax.scatter(
                rows["x"].astype(float),
                rows["y"].astype(float),
                s=22,
                alpha=0.8,
                color=colors[theme],
                edgecolors="white",
                linewidths=0.4,
                label=f"{theme} ({counts[theme]:,})"
                if drawn is not None
                else f"{theme} ({len(rows)})",
            )
        ax.set_xlabel("Map dimension 1 (no unit: nearer means similar wording)")
        ax.set_ylabel("Map dimension 2 (no unit)")
        ax.legend(title="Theme (paragraphs)", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        note = (
            "Source: paragraph_map table; each dot is a paragraph placed by a 2-D projection of "
            "its TF-IDF vector. Nearby dots use similar words; axes have no units."
        )
        if drawn is not None:  # the rule of afgresearch.themes.diagnostics.map_sample_rows
            note += (
                f" Axes fitted on, and dots drawn for, {MAP_FIT_ROWS:,} of the {n_points:,}"
                " paragraphs, drawn evenly; the legend counts every paragraph."
            )
        add_source_note(fig, note)
        return fig
