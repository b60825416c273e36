from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from afgresearch.themes import (
    ThemeInputError,
    ThemeModel,
    article_theme_shares,
    date_theme_shares,
    k_selection,
    outlet_theme_shares,
    paragraph_map,
    representative_paragraphs,
    stability,
    theme_paragraphs,
)


def _paragraphs(texts: list[str]) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "paragraph_id": [f"a{i // 4}:{i}" for i in range(n)],
            "article_id": [f"a{i // 4}" for i in range(n)],
            "source_file": ["x.txt"] * n,
            "line": list(range(1, 2 * n, 2)),
            "text": texts,
        }
    )


def test_theme_paragraphs_fit_and_apply(themed_texts: list[str]) -> None:
    p = _paragraphs(themed_texts)
    out, model = theme_paragraphs(p, return_model=True, random_state=0)
    assert list(out.columns)[-3:] == ["cluster", "theme", "theme_score"]
    assert out["line"].tolist() == p["line"].tolist()
    assert out["theme"].tolist() == model.themes_.tolist()
    again = theme_paragraphs(p, model=model)
    assert again["cluster"].tolist() == out["cluster"].tolist()
    with pytest.raises(ThemeInputError, match="lacks column"):
        theme_paragraphs(p.drop(columns="line"))
    with pytest.raises(ThemeInputError, match="together with a model"):
        theme_paragraphs(p, model=model, n_clusters=3)


def test_shares_by_length() -> None:
    p = pd.DataFrame(
        {
            "article_id": ["a", "a", "b"],
            "text": ["x" * 30, "y" * 10, "z"],
            "theme": ["migration", "rights", "other"],
        }
    )
    a = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "outlet": ["X", "Y", "X"],
            "published": ["2025-05-31", "2025-06-02", None],
        }
    )
    shares = article_theme_shares(p, a)
    assert shares[shares.article_id == "a"]["share"].tolist() == [0.75, 0.25]
    assert shares.groupby("article_id")["share"].sum().round(6).tolist() == [1.0, 1.0, 0.0]
    outlets = outlet_theme_shares(p, a)
    assert outlets[outlets.outlet == "X"]["share"].sum() == pytest.approx(1.0)
    months = date_theme_shares(p, a, freq="M")
    assert sorted(set(months["period"])) == ["2025-05", "2025-06"]
    with pytest.raises(ThemeInputError, match="freq"):
        date_theme_shares(p, a, freq="W")


def test_diagnostics(themed_texts: list[str]) -> None:
    ks = k_selection(themed_texts, [2, 4, 5], random_state=0)
    assert ks["k"].tolist() == [2, 4, 5]
    assert ks["inertia"].is_monotonic_decreasing
    assert ks["silhouette"].between(-1, 1).all()
    assert (ks["n_texts"] == len(themed_texts)).all()
    # a large corpus is refitted on a seeded sample, the same one each time
    sample = k_selection(themed_texts, [2, 3], max_texts=10, random_state=0)
    assert (sample["n_texts"] == 10).all()
    pd.testing.assert_frame_equal(
        sample, k_selection(themed_texts, [2, 3], max_texts=10, random_state=0)
    )
    # three distinct texts cannot make four or five clusters: those rows are left out
    few = k_selection(["refugees deported", "envoy visit", "girls school"] * 4, [2, 3, 4, 5])
    assert few["k"].tolist() == [2, 3]
    value = stability(themed_texts, [0, 1, 2])
    assert 0.5 < value <= 1.0
    m = ThemeModel(random_state=0).fit(themed_texts)
    reps = representative_paragraphs(m, themed_texts, n=2)
    assert reps.groupby("cluster")["rank"].max().max() <= 2
    # nearest first; distances equal within the tolerance keep corpus order
    assert reps.groupby("cluster")["distance"].apply(lambda d: (d.diff() > -1e-9)[1:].all()).all()
    pm = paragraph_map(m, themed_texts, [f"p{i}" for i in range(16)])
    assert list(pm.columns) == ["paragraph_id", "x", "y", "cluster", "theme"]
    assert np.isfinite(pm[["x", "y"]].to_numpy()).all()
    assert pm.equals(paragraph_map(m, themed_texts, [f"p{i}" for i in range(16)]))
    with pytest.raises(ThemeInputError, match="paragraph ids"):
        paragraph_map(m, themed_texts, ["p0"])
