"""Article context: evidence of the rest of an article, and borrowing by paragraphs without any."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.themes import ThemeInputError, ThemeModel, keyword_themes
from afgresearch.themes.context import (
    article_context,
    borrow_article_evidence,
    group_codes,
)


def test_group_codes_missing_groups_stand_alone() -> None:
    codes = group_codes(pd.Series(["a", None, "a", pd.NA, "b"], dtype="object"), 5)
    assert codes[0] == codes[2]
    assert len({codes[1], codes[3], codes[4], codes[0]}) == 4
    with pytest.raises(ThemeInputError, match="3 groups given for 2 texts"):
        group_codes(["a", "b", "c"], 2)


def test_article_context_excludes_the_paragraph_itself() -> None:
    ev = np.array([[2.0, 0.0], [0.0, 0.0], [0.0, 1.0], [5.0, 0.0]])
    ctx = article_context(ev, ["x", "x", "x", "y"])
    np.testing.assert_allclose(ctx[0], [0.0, 0.5])
    np.testing.assert_allclose(ctx[1], [0.5, 0.5])
    np.testing.assert_allclose(ctx[2], [0.5, 0.0])
    np.testing.assert_allclose(ctx[3], [0.0, 0.0])  # alone in its article


def test_borrowing_needs_a_majority_and_never_overrides_own_evidence() -> None:
    ev = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0], [0.0, 0.0], [0.0, 0.0]])
    out = borrow_article_evidence(ev, ["a"] * 4 + ["b"])
    np.testing.assert_array_equal(out[:3], ev[:3])  # own evidence kept
    np.testing.assert_array_equal(out[3], [1.0, 0.0])  # 2 of 3 others speak for theme 0
    np.testing.assert_array_equal(out[4], [0.0, 0.0])  # alone: nothing to borrow
    # a split article (one of three for each theme) lends nothing at the default share
    split = borrow_article_evidence(
        np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0], [0.0, 0.0]]), ["a"] * 4
    )
    np.testing.assert_array_equal(split[2:], 0.0)
    with pytest.raises(ThemeInputError, match="context share"):
        borrow_article_evidence(ev, ["a"] * 5, 0.0)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 3), st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=30
    ),
    st.floats(0.05, 1.0),
)
def test_borrowing_properties(rows, share) -> None:
    groups = [r[0] for r in rows]
    ev = np.array([[r[1], r[2]] for r in rows], dtype=float)
    out = borrow_article_evidence(ev, groups, share, min_others=1)
    own = ev.sum(axis=1) > 0
    np.testing.assert_array_equal(out[own], ev[own])
    borrowed = ~own & (out.sum(axis=1) > 0)
    assert np.all(out[borrowed].sum(axis=1) == 1.0)
    ctx = article_context(ev, groups)
    assert np.all(ctx.sum(axis=1) <= 1.0 + 1e-9)
    assert np.all(ctx[borrowed].max(axis=1) >= share - 1e-9)


ARTICLE = [
    "Pakistan deported thousands of Afghan refugees this week.",
    "The returnees crossed at Torkham, according to the refugee ministry.",
    "Police officers were told to submit daily reports to their chief.",
    "Iran also expelled migrants without documents.",
]
OTHER_ARTICLE = [
    "The envoy met the foreign minister for talks in Kabul.",
    "The cricket board announced a new coach on Friday.",
]


def test_model_uses_article_context_only_with_groups() -> None:
    texts = ARTICLE + OTHER_ARTICLE
    groups = ["a"] * 4 + ["b"] * 2
    alone = ThemeModel(n_clusters=2, random_state=0, min_typicality=1.0).fit(texts)
    assert alone.themes_[2] == "other"
    assert not alone.context_borrowed_.any()
    m = ThemeModel(n_clusters=2, random_state=0, min_typicality=1.0).fit(texts, groups=groups)
    assert m.themes_[2] == "migration"
    assert m.context_borrowed_.tolist() == [False, False, True, False, False, False]
    # a two-paragraph article lends nothing: one sibling is too little to go on
    assert m.themes_[5] == "other"
    strict = ThemeModel(n_clusters=2, random_state=0, min_typicality=1.0, context_share=None)
    assert strict.fit(texts, groups=groups).themes_[2] == "other"
    # predict_themes takes the same groups
    themes, _ = m.predict_themes(texts, groups=groups)
    assert themes.tolist() == m.themes_.tolist()
    with pytest.raises(ThemeInputError, match="groups given"):
        ThemeModel(n_clusters=2).fit(texts, groups=groups[:-1])


def test_keyword_baseline_context_ablation() -> None:
    groups = ["a"] * 4
    assert keyword_themes(ARTICLE)[2] == "other"
    assert keyword_themes(ARTICLE, "default", groups, 0.5)[2] == "migration"
