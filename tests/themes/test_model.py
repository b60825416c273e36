from __future__ import annotations

import re

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import FunctionTransformer
from sklearn.utils.estimator_checks import (
    check_get_params_invariance,
    check_no_attributes_set_in_init,
    check_parameters_default_constructible,
    check_set_params,
)

from afgresearch.themes import (
    ThemeInputError,
    ThemeModel,
    ThemeNotFittedError,
)

# scikit-learn's check_estimator feeds numeric arrays; ThemeModel takes raw text, so only
# the checks that do not fit on numeric data apply (parameter handling, clone, init).


@pytest.mark.parametrize(
    "check",
    [
        check_parameters_default_constructible,
        check_no_attributes_set_in_init,
        check_get_params_invariance,
        check_set_params,
    ],
)
def test_sklearn_parameter_checks(check) -> None:  # noqa: ANN001
    check("ThemeModel", ThemeModel())


def test_guided_fit_finds_lexicon_themes(themed_texts: list[str]) -> None:
    m = ThemeModel(random_state=0).fit(themed_texts)
    assert m.themes_[:4].tolist() == ["migration"] * 4
    assert m.themes_[4:8].tolist() == ["diplomacy"] * 4
    assert m.themes_[8:12].tolist() == ["rights"] * 4
    assert m.themes_[12:].tolist() == ["other"] * 4
    # automatic k is capped at ceil(sqrt(16 distinct texts)) = 4; asked for, 5 it is
    assert len(m.cluster_names_) == m.n_clusters_ == 4
    assert ThemeModel(n_clusters=5, random_state=0).fit(themed_texts).n_clusters_ == 5
    assert {"migration", "diplomacy", "rights"} <= set(m.cluster_themes_)
    assert m.labels_.shape == (16,) and m.labels_.dtype == np.int64
    assert m.theme_scores_.shape == (16,)
    assert np.all((m.theme_scores_ >= 0) & (m.theme_scores_ <= 1))
    assert m.cluster_centers_.shape[0] == m.n_clusters_
    # the sport cluster is named by its top terms, not a theme
    sport = m.labels_[12]
    assert m.cluster_themes_[sport] == "other"
    assert m.cluster_names_[sport] not in {"migration", "diplomacy", "rights"}


def test_predict_transform_and_new_text(themed_texts: list[str]) -> None:
    m = ThemeModel(random_state=0).fit(themed_texts)
    assert m.predict(themed_texts).tolist() == m.labels_.tolist()
    assert m.transform(themed_texts).shape == (16, m.n_clusters_)
    themes, scores = m.predict_themes(["More refugees were deported at the border."])
    assert themes.tolist() == ["migration"] and scores.shape == (1,)
    assert ThemeModel().fit_predict(themed_texts).shape == (16,)


def test_deterministic(themed_texts: list[str]) -> None:
    a = ThemeModel(random_state=3).fit(themed_texts)
    b = ThemeModel(random_state=3).fit(list(themed_texts))
    assert a.labels_.tolist() == b.labels_.tolist()
    assert a.themes_.tolist() == b.themes_.tolist()
    assert np.array_equal(a.theme_scores_, b.theme_scores_)
    assert a.cluster_names_ == b.cluster_names_


@pytest.mark.parametrize("lsa", [None, 5])
def test_unguided_and_lsa_options(themed_texts: list[str], lsa: int | None) -> None:
    m = ThemeModel(guided=False, lsa_components=lsa, n_clusters=4).fit(themed_texts)
    assert m.n_clusters_ == 4 and (m.svd_ is None) == (lsa is None)
    assert set(m.themes_) <= {"migration", "diplomacy", "rights", "other"}


def test_clone_and_pipeline(themed_texts: list[str]) -> None:
    m = ThemeModel(n_clusters=4, lsa_components=None)
    c = clone(m)
    assert c.get_params() == m.get_params() and not hasattr(c, "labels_")
    pipe = Pipeline(
        [
            ("strip", FunctionTransformer(lambda xs: [x.strip() for x in xs])),
            ("themes", ThemeModel(random_state=0)),
        ]
    )
    pipe.fit(themed_texts)
    assert pipe.predict(themed_texts).tolist() == pipe.named_steps["themes"].labels_.tolist()


def test_user_lexicon_adds_theme(themed_texts: list[str]) -> None:
    lex = {"migration": ["refugees"], "sport": ["cricket", "football", "match", "wickets"]}
    m = ThemeModel(lexicons=lex, random_state=0).fit(themed_texts)
    assert m.theme_names_ == ["migration", "sport"]
    # every sport text that uses the lexicon's words is themed sport
    assert m.themes_[12:15].tolist() == ["sport"] * 3
    assert "sport" not in m.themes_[:12].tolist()


def test_tiny_and_degenerate_inputs() -> None:
    # fewer texts than clusters
    m = ThemeModel(n_clusters=6).fit(["refugees deported", "envoy visit"])
    assert m.n_clusters_ == 2 and m.themes_.tolist() == ["migration", "diplomacy"]
    # one repeated text
    m = ThemeModel().fit(["refugees deported at the border"] * 5)
    assert m.n_clusters_ == 1 and set(m.themes_) == {"migration"}
    # empty strings and missing values next to real text
    m = ThemeModel().fit(["", "refugees deported", None, "envoy visit", "   "])
    assert m.themes_.shape == (5,) and m.themes_[1] == "migration"
    # a single text
    assert ThemeModel().fit(["women and girls education"]).themes_.tolist() == ["rights"]


def test_bad_inputs_raise_clear_errors() -> None:
    with pytest.raises(ThemeInputError, match="no usable words"):
        ThemeModel().fit(["", "   ", "the and of"])
    with pytest.raises(ThemeInputError, match="no texts"):
        ThemeModel().fit([])
    with pytest.raises(ThemeInputError, match="single string"):
        ThemeModel().fit("refugees")
    with pytest.raises(ThemeInputError, match="text 1 is a int"):
        ThemeModel().fit(["a refugee", 3])
    with pytest.raises(ThemeInputError, match="n_clusters must be at least 1"):
        ThemeModel(n_clusters=0).fit(["refugees"])
    with pytest.raises(ThemeNotFittedError, match="not fitted"):
        ThemeModel().predict(["refugees"])


def test_tables(themed_texts: list[str]) -> None:
    m = ThemeModel(random_state=0).fit(themed_texts)
    clusters = m.cluster_table()
    assert list(clusters.columns) == ["cluster", "name", "theme", "size", "top_terms"]
    assert clusters["size"].sum() == 16
    terms = m.term_table(4)
    assert list(terms.columns) == ["cluster", "theme", "rank", "term", "weight"]
    assert terms.groupby("cluster")["rank"].max().max() <= 4
    first = terms.groupby("cluster")["weight"].apply(lambda w: w.is_monotonic_decreasing)
    assert first.all()


def test_figures_never_name_a_cluster() -> None:
    texts = [
        "About 120,000 refugees returned in 2025, and 45,000 more in March.",
        "Another 120,000 migrants were deported, 30,000 of them in 2024.",
        "The envoy met the foreign minister; 2,000 delegates attended talks.",
        "Talks with the ambassador: 2,000 delegates, 12 ministers.",
    ]
    m = ThemeModel(random_state=0).fit(texts)
    terms = set(m.vectorizer_.get_feature_names_out())
    assert not {t for t in terms if any(ch.isdigit() for ch in t.split()[0])}
    # names may carry a running number ("migration 2"), never a figure ("000, 120")
    assert not any(re.search(r"\d\d", name) for name in m.cluster_names_)
