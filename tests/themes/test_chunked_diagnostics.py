"""What the theme stage keeps of a corpus read in chunks gives what the whole corpus gives:
the nearest members of each cluster, the theme shares from characters per article and theme,
and the paragraph map's axes fitted on an even sample."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from afgresearch.themes import (
    ThemeModel,
    article_theme_shares,
    date_theme_shares,
    outlet_theme_shares,
    paragraph_map,
    theme_weights,
)
from afgresearch.themes.diagnostics import MapAxes, map_rows, map_sample_rows
from afgresearch.themes.nearest import NearestMembers

TEXTS = [
    "Border guards turned back migrants at the crossing near Torkham on Sunday.",
    "The foreign minister met the envoy for talks on the embassy in Doha.",
    "Girls remain barred from secondary schools, rights groups said in a report.",
    "Thousands of refugees were deported from the province last month.",
    "Diplomats said the visit could open talks on trade and consular matters.",
    "Women lost access to universities under the latest decree.",
    "Returnees waited at the camp for food and shelter after deportation.",
    "The ambassador presented credentials to the acting government.",
    "Activists said the ban on women working for aid groups must end.",
    "Officials counted the returnees crossing the border each day.",
] * 3
GROUPS = [f"a{i // 3}" for i in range(len(TEXTS))]


@pytest.fixture(scope="module")
def model() -> ThemeModel:
    return ThemeModel(n_clusters=4, random_state=0).fit(TEXTS, groups=GROUPS)


@pytest.mark.parametrize("size", [3, 6, 30])
def test_nearest_members_over_chunks_are_those_of_the_whole(model: ThemeModel, size: int) -> None:
    ids = [f"p{i}" for i in range(len(TEXTS))]
    whole = model.representative_table(TEXTS, ids, n=4, groups=GROUPS)
    nearest = NearestMembers(model, n=4)
    for start in range(0, len(TEXTS), size):  # chunks of whole articles (3 paragraphs each)
        part = slice(start, start + size)
        nearest.add(TEXTS[part], ids[part], groups=GROUPS[part], extra={"line": range(size)})
    table = nearest.table()
    assert table.columns.tolist()[-1] == "line"
    pd.testing.assert_frame_equal(table.drop(columns="line"), whole)


def test_nearest_members_break_ties_by_position(model: ThemeModel) -> None:
    """Identical texts tie on every key but their place in the corpus: the first ones win."""
    texts = [TEXTS[0]] * 6
    nearest = NearestMembers(model, n=2)
    nearest.add(texts[:3], ["a", "b", "c"])
    nearest.add(texts[3:], ["d", "e", "f"])
    assert nearest.table()["paragraph_id"].tolist() == ["a", "b"]


def test_shares_from_characters_per_article_are_the_shares_of_paragraphs() -> None:
    paragraphs = pd.DataFrame(
        {
            "article_id": pd.array(["a", "a", "b", "b", "c", None], dtype="string"),
            "text": pd.array(["xx", "yyy", "z", None, "wwww", "v"], dtype="string"),
            "theme": pd.array(["rights", "rights", "other", "rights", "migration", "other"]),
        }
    )
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "outlet": ["X", "", "Y", "X"],
            "published": ["2025-01-02", "2025-02-03", None, "2025-01-09"],
        }
    )
    halves = [theme_weights(paragraphs.iloc[:3]), theme_weights(paragraphs.iloc[3:])]
    weighed = pd.concat(halves, ignore_index=True)
    pd.testing.assert_frame_equal(
        article_theme_shares(weighed, articles), article_theme_shares(paragraphs, articles)
    )
    pd.testing.assert_frame_equal(
        outlet_theme_shares(weighed, articles), outlet_theme_shares(paragraphs, articles)
    )
    pd.testing.assert_frame_equal(
        date_theme_shares(weighed, articles, freq="M"),
        date_theme_shares(paragraphs, articles, freq="M"),
    )


def test_map_sample_rows_spread_evenly_in_whole_numbers() -> None:
    assert map_sample_rows(100, limit=100) is None
    rows = map_sample_rows(1_000_003, limit=20_000)
    assert len(rows) == 20_000 and rows[0] == 0 and rows[-1] < 1_000_003
    assert np.all(np.diff(rows) > 0)


def test_map_rows_on_axes_of_the_whole_corpus_match_the_map(model: ThemeModel) -> None:
    """Axes fitted on every text give the whole map's points, whatever the chunks."""
    ids = [f"p{i}" for i in range(len(TEXTS))]
    whole = paragraph_map(model, TEXTS, ids)
    axes = MapAxes.fit(model, TEXTS)
    parts = [map_rows(model, TEXTS[s : s + 7], ids[s : s + 7], axes) for s in range(0, 30, 7)]
    chunked = pd.concat(parts, ignore_index=True)
    pd.testing.assert_frame_equal(chunked.drop(columns=["x", "y"]), whole.drop(columns=["x", "y"]))
    # the same axes up to the last bits of the projection (the whole map is U * S)
    np.testing.assert_allclose(chunked[["x", "y"]], whole[["x", "y"]], atol=2e-4)
    pd.testing.assert_frame_equal(
        chunked, pd.concat([map_rows(model, TEXTS, ids, axes)], ignore_index=True)
    )


def test_map_figure_states_the_sample_rule_only_above_it() -> None:
    from afgresearch.figures import themes as theme_figures
    from afgresearch.themes.diagnostics import MAP_FIT_ROWS

    assert theme_figures.MAP_FIT_ROWS == MAP_FIT_ROWS

    def figure(n: int):
        points = pd.DataFrame(
            {
                "paragraph_id": [f"p{i}" for i in range(n)],
                "x": np.arange(n, dtype=float),
                "y": np.zeros(n),
                "cluster": 0,
                "theme": ["rights" if i % 3 else "migration" for i in range(n)],
            }
        )
        return theme_figures.paragraph_map(points)

    def note(fig) -> str:
        return " ".join(t.get_text() for t in fig.texts)

    def dots(fig) -> int:
        return sum(len(c.get_offsets()) for c in fig.axes[0].collections)

    def legend(fig) -> list[str]:
        return sorted(t.get_text() for t in fig.axes[0].get_legend().get_texts())

    small = figure(7)
    assert "drawn evenly" not in note(small) and dots(small) == 7
    assert legend(small) == ["migration (3)", "rights (4)"]
    theme_figures.MAP_FIT_ROWS, saved = 4, theme_figures.MAP_FIT_ROWS
    try:
        large = figure(7)
        assert "dots drawn for, 4 of the 7 paragraphs, drawn evenly" in note(large)
        assert dots(large) == 4  # rows 0, 1, 3, 5: the rows the axes are fitted on
        assert legend(large) == ["migration (3)", "rights (4)"]  # every paragraph counted
    finally:
        theme_figures.MAP_FIT_ROWS = saved
