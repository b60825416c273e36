"""Evidence figures: claims of returns and deportations, the event timeline, the actor network.

Example
-------
>>> fig = event_timeline(None)
>>> fig.axes[0].get_title(loc="left")
'Event timeline'
"""

from __future__ import annotations

import networkx as nx
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

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
from afgresearch.schema import require
from afgresearch.table_file import TableFile, select_rows

NO_PERIOD = "period not stated"
#: a period with more claims than this labels only its smallest and largest
MAX_LABELS_PER_ROW = 3
#: legend entry of a claim that names no source
NO_SOURCE = "not stated"
RETURNS_TOPIC = "returns_deportations"


def _compact(value: float) -> str:
    """Format a count compactly: 268000 -> '268k', 5097373 -> '5.1M'."""
    for size, suffix in ((1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:.3g}"


def returns_claims_rows(
    claims: pd.DataFrame | TableFile | None, *, topic: str = RETURNS_TOPIC
) -> pd.DataFrame | None:
    """The rows of the ``claims`` table that :func:`returns_claims` draws from: a table left on
    disk is read a chunk at a time, keeping the claims of ``topic`` (or, when there is none,
    the first claim, so the figure says so as it would for the whole table); a DataFrame or
    None is returned as it is.

    Example
    -------
    >>> returns_claims_rows(None) is None
    True
    """
    if not isinstance(claims, TableFile):
        return claims
    if "topic" not in claims.columns or claims.empty:
        return claims.read()  # the figure reports the table as it is
    rows = select_rows(claims, lambda chunk: text_column(chunk, "topic") == topic)
    if rows is not None and rows.empty:
        return next(claims.chunks(rows=1))
    return rows


def returns_claims(claims: pd.DataFrame | None, *, topic: str = RETURNS_TOPIC) -> Figure:
    """Dot plot of the numbers claimed for returns and deportations, by period and source.

    Repeats (rows with ``repeat_of`` set) are left out so each claim counts once.

    Parameters
    ----------
    claims : DataFrame
        ``claims`` table.
    topic : str
        Claim topic to plot.

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> import pandas as pd
    >>> c = pd.DataFrame({"claim_id": ["c"], "source_file": ["f.txt"], "line": [3],
    ...     "value": [268000.0], "qualifier": ["exact"], "unit": ["people"],
    ...     "topic": ["returns_deportations"], "period": ["two months"],
    ...     "attributed_to": ["UNHCR"], "repeat_of": [""]})
    >>> returns_claims(c).axes[0].get_xscale()
    'log'
    """
    title = "Claims of returns and deportations by period and source"
    needed = [
        "claim_id",
        "source_file",
        "line",
        "value",
        "unit",
        "topic",
        "period",
        "attributed_to",
    ]
    table = require(claims, "claims", needed, error=FigureTableError, none_ok=True)
    with figure_style():
        if table.empty:
            return empty_figure(title, note="Source: claims table.")
        rows = table[text_column(table, "topic") == topic]
        if "repeat_of" in rows.columns:
            rows = rows[text_column(rows, "repeat_of") == ""]
        rows = rows[pd.to_numeric(rows["value"], errors="coerce") > 0]
        if rows.empty:
            return empty_figure(
                title,
                "Nothing to show: no claims with a positive number on this topic.",
                note="Source: claims table.",
            )
        people = "counts_people" in rows.columns
        if people:  # a log axis of people: money, percentages and multiples do not belong
            rows = rows[rows["counts_people"].astype(str) == "True"]
            if rows.empty:
                return empty_figure(
                    title,
                    "Nothing to show: no claims counting people on this topic.",
                    note="Source: claims table.",
                )
        stated = (
            text_column(rows, "as_stated", "")
            if "as_stated" in rows.columns
            else pd.Series("", index=rows.index)
        )
        rows = rows.assign(
            period=text_column(rows, "period", NO_PERIOD).map(lambda p: wrap(p, 30)),
            source=text_column(rows, "attributed_to", NO_SOURCE).map(lambda s: wrap(s, 34)),
            unit=text_column(rows, "unit", ""),
            value=pd.to_numeric(rows["value"]).astype(float),
            stated=stated,
        ).sort_values(["period", "value", "source", "claim_id"], kind="stable")
        periods = sorted(rows["period"].unique(), key=lambda p: (p == NO_PERIOD, p))
        ypos = {p: i for i, p in enumerate(periods)}
        colors = color_map(rows["source"])
        fig = new_figure(title, figsize=(10.0, max(3.0, 0.6 * len(periods) + 1.8)))
        ax = fig.axes[0]
        for source in sorted(colors, key=lambda s: (s == NO_SOURCE, s)):
            sub = rows[rows["source"] == source]
            ax.scatter(
                sub["value"],
                [ypos[p] for p in sub["period"]],
                s=45,
                color=colors[source],
                edgecolors="white",
                linewidths=0.5,
                label=source,
                zorder=3,
            )
        # label the smallest and the largest figure of each period (all when there are few),
        # so that labels do not pile up on a crowded row
        ends = rows.groupby("period", sort=False)["value"]
        labelled = rows[
            (ends.transform("size") <= MAX_LABELS_PER_ROW)
            | (rows["value"] == ends.transform("min"))
            | (rows["value"] == ends.transform("max"))
        ].drop_duplicates(["period", "value"])
        for row in labelled.itertuples(index=False):
            # the figure as the source states it ('more than 5.097 million')
            label = row.stated or _compact(row.value)
            ax.annotate(
                wrap(f"{label} {row.unit}".strip(), 26, 2),
                (row.value, ypos[row.period]),
                xytext=(4, 4),
                textcoords="offset points",
                fontsize=7,
                color="#333333",
            )
        ax.set_xscale("log")
        ax.set_yticks(list(ypos.values()), list(ypos))
        ax.invert_yaxis()
        ax.margins(x=0.15)
        unit = "people" if people else "unit as stated in the source"
        ax.set_xlabel(f"Number claimed ({unit}; log scale)")
        ax.set_ylabel("Period (as stated)")
        ax.legend(
            title="Attributed to", loc="upper left", bbox_to_anchor=(1.0, 1.0), labelspacing=0.9
        )
        add_source_note(
            fig,
            f"Source: claims table, topic {topic!r}, {len(rows)} claims, repeats removed; a "
            f"period with more than {MAX_LABELS_PER_ROW} labels only its smallest and largest. "
            "Sources count different things over different periods; compare with care.",
        )
        return fig


def _parse_dates(values: pd.Series) -> pd.Series:
    """Parse ISO dates (YYYY, YYYY-MM or YYYY-MM-DD; an interval ``a/b`` counts from ``a``).

    Anything else becomes NaT.
    """
    text = text_column(pd.DataFrame({"d": values}), "d").str.split("/").str[0].str.strip()
    return pd.to_datetime(
        text.where(text.str.match(r"^\d{4}(-\d{2}){0,2}$"), None), errors="coerce", format="ISO8601"
    )


def event_timeline(events: pd.DataFrame | None, *, max_events: int = 60) -> Figure:
    """Timeline of dated events, one row per CAMEO event type.

    Parameters
    ----------
    events : DataFrame
        ``events`` table; rows whose ``date`` is not an ISO date are counted in the note.
    max_events : int
        Draw at most this many events (earliest first).

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> import pandas as pd
    >>> e = pd.DataFrame({"event_id": ["e"], "cameo_code": ["040"], "label": ["Consult"],
    ...     "actor_1": ["Pakistan"], "actor_2": ["Afghanistan"], "place": ["Kabul"],
    ...     "date": ["2025-03-21"], "source_file": ["f.txt"], "line": [2]})
    >>> event_timeline(e).axes[0].get_xlabel()[:17]
    'Date of the event'
    """
    title = "Event timeline"
    needed = [
        "event_id",
        "cameo_code",
        "label",
        "actor_1",
        "actor_2",
        "date",
        "source_file",
        "line",
    ]
    table = require(events, "events", needed, error=FigureTableError, none_ok=True)
    with figure_style():
        if table.empty:
            return empty_figure(title, note="Source: events table.")
        rows = table.assign(when=_parse_dates(table["date"]))
        undated = int(rows["when"].isna().sum())
        rows = rows[rows["when"].notna()]
        if rows.empty:
            return empty_figure(
                title,
                f"Nothing to show: none of the {undated} events has a usable date.",
                note="Source: events table.",
            )
        rows = rows.assign(
            kind=text_column(rows, "cameo_code") + " " + text_column(rows, "label"),
            a1=text_column(rows, "actor_1"),
            a2=text_column(rows, "actor_2"),
        ).sort_values(["when", "kind", "source_file", "line", "event_id"], kind="stable")
        shown = rows.head(max_events)
        kinds = sorted(shown["kind"].unique())
        ypos = {k: i for i, k in enumerate(kinds)}
        colors = color_map(kinds)
        fig = new_figure(title, figsize=(9.5, max(3.0, 0.5 * len(kinds) + 1.8)))
        ax = fig.axes[0]
        for kind in kinds:
            sub = shown[shown["kind"] == kind]
            ax.scatter(sub["when"], [ypos[kind]] * len(sub), s=40, color=colors[kind], zorder=3)
        for i, row in enumerate(shown.itertuples(index=False)):
            who = " → ".join(x for x in (shorten(row.a1, 18), shorten(row.a2, 18)) if x)
            ax.annotate(
                who,
                (row.when, ypos[row.kind]),
                xytext=(4, 7 if i % 2 == 0 else -12),
                textcoords="offset points",
                fontsize=6.5,
                color="#333333",
            )
        ax.margins(x=0.08, y=0.3 if len(kinds) > 1 else 0.6)
        ax.set_yticks(list(ypos.values()), [wrap(k, 32, 2) for k in kinds])
        ax.invert_yaxis()
        ax.set_xlabel("Date of the event (as stated in the text or implied by its article's date)")
        ax.set_ylabel("Event type (CAMEO code)")
        fig.autofmt_xdate()
        left_out = len(rows) - len(shown)
        add_source_note(
            fig,
            f"Source: events table; {len(shown)} dated events shown"
            + (f", {left_out} later ones left out" if left_out else "")
            + (f", {undated} without a usable date not shown" if undated else "")
            + ". Dates are those stated or implied in the text.",
        )
        return fig


def co_mention_network(
    co_mentions: pd.DataFrame | None,
    actors: pd.DataFrame | None = None,
    *,
    max_nodes: int = 30,
    seed: int = 7,
) -> Figure:
    """Network of actors named in the same paragraph (edge width: number of paragraphs).

    Parameters
    ----------
    co_mentions : DataFrame
        ``co_mentions`` table (``actor_1``, ``actor_2``, ``paragraphs``).
    actors : DataFrame, optional
        ``actors`` table; colours nodes by actor type.
    max_nodes : int
        Keep the actors with the most co-mentions.
    seed : int
        Seed of the spring layout (same seed, same picture).

    Returns
    -------
    matplotlib.figure.Figure

    Example
    -------
    >>> import pandas as pd
    >>> cm = pd.DataFrame({"actor_1": ["Iran"], "actor_2": ["UNHCR"], "paragraphs": [2]})
    >>> co_mention_network(cm).axes[0].get_title(loc="left")
    'Actors named in the same paragraph'
    """
    title = "Actors named in the same paragraph"
    edges = require(
        co_mentions,
        "co_mentions",
        ["actor_1", "actor_2", "paragraphs"],
        error=FigureTableError,
        none_ok=True,
    )
    with figure_style():
        if edges.empty:
            return empty_figure(title, note="Source: co_mentions table.")
        edges = edges.assign(
            a=text_column(edges, "actor_1"),
            b=text_column(edges, "actor_2"),
            w=pd.to_numeric(edges["paragraphs"], errors="coerce").fillna(0),
        )
        edges = edges[
            (edges["a"] != "") & (edges["b"] != "") & (edges["a"] != edges["b"]) & (edges["w"] > 0)
        ]
        graph = nx.Graph()
        for row in edges.sort_values(["a", "b"], kind="stable").itertuples(index=False):
            a, b = sorted((row.a, row.b))
            prev = graph.get_edge_data(a, b, default={"weight": 0.0})["weight"]
            graph.add_edge(a, b, weight=prev + float(row.w))
        if graph.number_of_nodes() == 0:
            return empty_figure(title, note="Source: co_mentions table.")
        strength = dict(graph.degree(weight="weight"))
        keep = sorted(strength, key=lambda n: (-strength[n], n))[:max_nodes]
        sub = nx.Graph()
        sub.add_nodes_from(sorted(keep))
        sub.add_weighted_edges_from(
            sorted(
                (a, b, d["weight"]) for a, b, d in graph.edges(data=True) if a in keep and b in keep
            )
        )
        pos = nx.spring_layout(sub, seed=seed, weight="weight")
        types: dict[str, str] = {}
        if actors is not None and not actors.empty:
            acts = require(
                actors, "actors", ["actor", "type"], error=FigureTableError, none_ok=True
            )
            types = dict(
                zip(text_column(acts, "actor"), text_column(acts, "type", "unknown"), strict=True)
            )
        node_types = {n: types.get(n, "unknown") for n in sub.nodes}
        colors = color_map(node_types.values())
        fig = new_figure(title, figsize=(8.5, 7.0))
        ax = fig.axes[0]
        ax.set_axis_off()
        top = max((d["weight"] for _, _, d in sub.edges(data=True)), default=1.0)
        nx.draw_networkx_edges(
            sub,
            pos,
            ax=ax,
            edge_color="#999999",
            alpha=0.7,
            width=[0.5 + 3.5 * d["weight"] / top for _, _, d in sub.edges(data=True)],
        )
        nx.draw_networkx_nodes(
            sub,
            pos,
            ax=ax,
            node_color=[colors[node_types[n]] for n in sub.nodes],
            node_size=[80 + 40 * strength[n] ** 0.5 * 3 for n in sub.nodes],
        )
        nx.draw_networkx_labels(
            sub, pos, ax=ax, labels={n: wrap(n, 20, 2) for n in sub.nodes}, font_size=7
        )
        handles = [
            Line2D([], [], marker="o", linestyle="", color=c, label=t) for t, c in colors.items()
        ]
        ax.legend(handles=handles, title="Actor type", loc="upper left", bbox_to_anchor=(1.0, 1.0))
        left_out = graph.number_of_nodes() - sub.number_of_nodes()
        add_source_note(
            fig,
            f"Source: co_mentions table; {sub.number_of_nodes()} actors"
            + (f" (the {left_out} with fewest co-mentions left out)" if left_out else "")
            + f"; edge width = paragraphs naming both; spring layout, seed {seed}. "
            "Position carries no meaning beyond closeness of linked actors.",
        )
        return fig
