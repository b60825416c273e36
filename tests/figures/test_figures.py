"""Figures: content, empty tables, bad input and byte-identical files across processes."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from afgresearch.figures import (
    FIGURES,
    FigureFormatError,
    FigureNameError,
    FigureTableError,
    co_mention_network,
    event_timeline,
    make_figures,
    paragraph_map,
    returns_claims,
    save_figure,
    theme_share_by_article,
    theme_share_by_outlet,
    top_terms,
)
from afgresearch.schema import TABLES, conform, empty_table


def tables() -> dict[str, pd.DataFrame]:
    """Small hand-made run tables covering every figure."""
    articles = conform(
        pd.DataFrame(
            {
                "article_id": ["a1", "a2", "a3"],
                "source_file": ["x.txt", "x.txt", "y.txt"],
                "line_start": [1, 20, 1],
                "line_end": [10, 30, 9],
                "title": ["First", "", "Third"],
                "outlet": ["Outlet A", "Outlet A", ""],
                "published": ["2025-01-02", "", "2024-12-30"],
                "text": ["t", "t", "t"],
            }
        ),
        TABLES["articles"],
    )
    shares = conform(
        pd.DataFrame(
            {
                "article_id": ["a1", "a1", "a2", "a3", "a3"],
                "theme": ["migration", "rights", "diplomacy", "migration", "novel theme"],
                "share": [0.5, 0.5, 1.0, 0.25, 0.75],
            }
        ),
        TABLES["article_themes"],
    )
    terms = conform(
        pd.DataFrame(
            {
                "cluster": [0, 0, 1, 1],
                "theme": ["migration", "migration", "rights", "rights"],
                "rank": [1, 2, 1, 2],
                "term": ["return", "deport", "women", "school"],
                "weight": [0.4, 0.3, 0.5, 0.2],
            }
        ),
        TABLES["theme_terms"],
    )
    pmap = conform(
        pd.DataFrame(
            {
                "paragraph_id": ["p1", "p2", "p3"],
                "x": [0.0, 1.0, 0.5],
                "y": [0.0, 0.5, 1.0],
                "cluster": [0, 1, 1],
                "theme": ["migration", "rights", "rights"],
            }
        ),
        TABLES["paragraph_map"],
    )
    claims = conform(
        pd.DataFrame(
            {
                "claim_id": ["c1", "c2", "c3", "c4"],
                "paragraph_id": ["p1"] * 4,
                "source_file": ["x.txt"] * 4,
                "line": [3, 4, 5, 6],
                "quote": ["q"] * 4,
                "value": [268000.0, 500000.0, 500000.0, 12.0],
                "qualifier": ["exact"] * 4,
                "unit": ["people"] * 4,
                "topic": [
                    "returns_deportations",
                    "returns_deportations",
                    "returns_deportations",
                    "other",
                ],
                "period": ["two months", "two months", "two months", ""],
                "attributed_to": ["Ministry", "UNHCR", "UNHCR", ""],
                "repeat_of": ["", "", "c2", ""],
                "measure": ["m", "m", "m", ""],
            }
        ),
        TABLES["claims"],
    )
    events = conform(
        pd.DataFrame(
            {
                "event_id": ["e1", "e2", "e3"],
                "cameo_code": ["040", "174", "040"],
                "label": ["Consult", "Expel or deport", "Consult"],
                "actor_1": ["Pakistan", "Iran", ""],
                "actor_2": ["Afghanistan", "", ""],
                "place": ["Kabul", "", ""],
                "date": ["2025-03-21", "2025-03", "no date"],
                "source_file": ["x.txt"] * 3,
                "line": [3, 4, 5],
                "quote": ["q"] * 3,
            }
        ),
        TABLES["events"],
    )
    co = conform(
        pd.DataFrame(
            {
                "actor_1": ["Afghanistan", "Iran", "Afghanistan"],
                "actor_2": ["Pakistan", "UNHCR", "Iran"],
                "paragraphs": [5, 2, 1],
            }
        ),
        TABLES["co_mentions"],
    )
    actors = conform(
        pd.DataFrame(
            {
                "actor": ["Afghanistan", "Pakistan", "Iran", "UNHCR"],
                "type": ["country", "country", "country", "organisation"],
                "aliases": [""] * 4,
            }
        ),
        TABLES["actors"],
    )
    return {
        "articles": articles,
        "article_themes": shares,
        "theme_terms": terms,
        "paragraph_map": pmap,
        "claims": claims,
        "events": events,
        "co_mentions": co,
        "actors": actors,
    }


def all_text(fig) -> str:
    parts = [t.get_text() for t in fig.texts]
    for ax in fig.axes:
        parts += [ax.get_title(loc="left"), ax.get_xlabel(), ax.get_ylabel()]
        parts += [t.get_text() for t in ax.texts] + [t.get_text() for t in ax.get_yticklabels()]
        legend = ax.get_legend()
        if legend:
            parts += [t.get_text() for t in legend.get_texts()]
    if fig._suptitle is not None:
        parts.append(fig._suptitle.get_text())
    return "\n".join(parts)


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_figure_copes_with_empty_tables(name: str) -> None:
    empty = {n: empty_table(n) for n in TABLES}
    for given in ({}, empty):
        text = all_text(FIGURES[name](given))
        assert "Nothing to show" in text
        assert "Source:" in text


@pytest.mark.parametrize("name", sorted(FIGURES))
def test_every_figure_has_title_labels_and_source_note(name: str) -> None:
    fig = FIGURES[name](tables())
    text = all_text(fig)
    assert "Nothing to show" not in text
    assert "Source:" in text
    titled = [ax.get_title(loc="left") for ax in fig.axes] + [
        fig._suptitle.get_text() if fig._suptitle else ""
    ]
    assert any(titled)


def test_theme_share_bars_use_titles_and_sum_to_one() -> None:
    t = tables()
    fig = theme_share_by_article(t["article_themes"], t["articles"])
    labels = [x.get_text() for x in fig.axes[0].get_yticklabels()]
    # file/line order; an untitled article is labelled by its opening words, marked as such
    assert labels[0] == "First" and labels[2] == "Third"
    assert labels[1].startswith("untitled: “") and "x.txt" not in labels[1]
    widths: dict[float, float] = {}
    for patch in fig.axes[0].patches:
        y = round(patch.get_y(), 3)
        widths[y] = widths.get(y, 0.0) + patch.get_width()
    assert all(abs(w - 1.0) < 1e-9 for w in widths.values())


def test_outlet_shares_group_missing_outlets() -> None:
    t = tables()
    labels = [
        x.get_text()
        for x in theme_share_by_outlet(t["article_themes"], t["articles"]).axes[0].get_yticklabels()
    ]
    # shares resting on one or two articles are marked
    assert labels == ["Outlet A\n(n=2, too few)", "outlet not stated\n(n=1, too few)"]


def test_returns_claims_leave_out_repeats_and_other_topics() -> None:
    fig = returns_claims(tables()["claims"])
    points = sum(len(c.get_offsets()) for c in fig.axes[0].collections)
    assert points == 2
    assert "repeats removed" in all_text(fig)


def test_event_timeline_counts_undated_events() -> None:
    fig = event_timeline(tables()["events"])
    assert "1 without a usable date" in all_text(fig)
    assert sum(len(c.get_offsets()) for c in fig.axes[0].collections) == 2


def test_network_layout_is_seeded() -> None:
    t = tables()
    a = co_mention_network(t["co_mentions"], t["actors"]).axes[0].collections[-1].get_offsets()
    b = co_mention_network(t["co_mentions"], t["actors"]).axes[0].collections[-1].get_offsets()
    assert (a == b).all()
    assert "organisation" in all_text(co_mention_network(t["co_mentions"], t["actors"]))


def test_top_terms_one_panel_per_cluster() -> None:
    assert len(top_terms(tables()["theme_terms"]).axes) == 2
    assert (
        paragraph_map(tables()["paragraph_map"])
        .axes[0]
        .get_xlabel()
        .startswith("Map dimension 1 (no unit")
    )


def test_returns_legend_never_shows_file_names_and_labels_wrap() -> None:
    claims = tables()["claims"].assign(attributed_to="")
    fig = returns_claims(claims)
    legend = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert legend == ["not stated"]
    long = claims.assign(
        attributed_to="The spokesperson for the Ministry of Refugees and Repatriation"
    )
    legend = [t.get_text() for t in returns_claims(long).axes[0].get_legend().get_texts()]
    assert legend[0].replace("\n", " ") == long["attributed_to"].iloc[0]


def test_bad_tables_raise_clear_errors() -> None:
    with pytest.raises(FigureTableError, match="'claims' lacks column"):
        returns_claims(pd.DataFrame({"value": [1]}))
    with pytest.raises(FigureTableError, match="must be a pandas DataFrame"):
        event_timeline([1, 2])


@pytest.mark.parametrize("name", ["", "../up", "a/b", ".hidden", "x" * 101, "a\\b", "a..b"])
def test_unsafe_figure_names_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(FigureNameError):
        save_figure(event_timeline(None), tmp_path, name)


def test_unknown_format_is_refused(tmp_path: Path) -> None:
    with pytest.raises(FigureFormatError, match="'pdf'"):
        save_figure(event_timeline(None), tmp_path, "x", formats=("pdf",))


def test_saved_files_carry_no_date_or_version(tmp_path: Path) -> None:
    png, svg = save_figure(event_timeline(tables()["events"]), tmp_path, "timeline")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"Software" not in png.read_bytes()
    text = svg.read_text()
    assert "<dc:date>" not in text and "Matplotlib v" not in text
    assert not list(tmp_path.glob("*.part"))


SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {here!r})
    from test_figures import tables
    from afgresearch.figures import make_figures
    make_figures(tables(), sys.argv[1])
    """
)


@pytest.mark.slow
def test_files_are_byte_identical_across_processes(tmp_path: Path) -> None:
    script = tmp_path / "make.py"
    script.write_text(SCRIPT.format(here=str(Path(__file__).parent)))
    outs = []
    for run in ("one", "two"):
        out = tmp_path / run
        subprocess.run(
            [sys.executable, str(script), str(out)],
            check=True,
            timeout=120,
            env={"PYTHONHASHSEED": "random", "PATH": "/usr/bin:/bin"},
        )
        outs.append({p.name: p.read_bytes() for p in sorted(out.iterdir())})
    assert len(outs[0]) == 2 * len(FIGURES)
    assert outs[0] == outs[1]


def test_make_figures_returns_paths_by_name(tmp_path: Path) -> None:
    written = make_figures(tables(), tmp_path, formats=("svg",))
    assert list(written) == sorted(FIGURES)
    assert all(p[0].exists() and p[0].suffix == ".svg" for p in written.values())
