"""A group whose top terms are a theme's lexicon words is named for that theme, and its
examples are its own paragraphs that share its terms."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from afgresearch.corpus import load_corpus
from afgresearch.pipeline.steps import theme_tables
from afgresearch.themes.examples import term_coverage
from afgresearch.themes.lexicons import load_lexicons
from afgresearch.themes.naming import LEXICON_TOP_TERMS, TOP_TERMS_LOOKED_AT, themes_from_top_terms

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_other_group_of_lexicon_words_takes_the_theme() -> None:
    # terms: police, detained, migrants, art, commission
    weights = np.array([[0.5, 0.3, 0.2, 0.0, 0.0], [0.0, 0.0, 0.1, 0.6, 0.5]])
    lexicon = np.array([[0.0, 0.6, 0.8, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 0.0]])
    themes = themes_from_top_terms(["other", "other"], weights, lexicon, ["migration", "rights"])
    # the art group keeps 'other': one migration word among its top terms is not enough
    assert themes == ["migration", "other"]
    # a cluster already themed keeps its theme
    assert (
        themes_from_top_terms(["rights", "other"], weights, lexicon, ["migration", "rights"])[0]
        == "rights"
    )


@pytest.fixture(scope="module")
def seed_theme_tables() -> dict:
    corpus = load_corpus(SEEDS)
    tables, _ = theme_tables(
        corpus.paragraphs, corpus.articles, n_clusters=0, n_extra_clusters=2,
        lexicons="default", random_state=0, max_features=0, min_df=1, max_df=0.9,
        ngram_max=2, lsa_components=0, context_share=0.5,
    )  # fmt: skip
    return tables


def test_no_seed_group_of_lexicon_words_is_called_other(seed_theme_tables) -> None:
    lexicon = load_lexicons("default")
    terms = seed_theme_tables["theme_terms"].sort_values(["cluster", "rank"])
    for row in seed_theme_tables["clusters"].itertuples(index=False):
        top = terms[terms["cluster"] == row.cluster]["term"].head(TOP_TERMS_LOOKED_AT).tolist()
        held = {t: sum(w in words for w in top) for t, words in lexicon.items()}
        if max(held.values()) >= LEXICON_TOP_TERMS:
            assert row.theme != "other", (row.cluster, top)


def test_seed_examples_belong_to_their_group_and_share_its_terms(seed_theme_tables) -> None:
    reps = seed_theme_tables["representatives"]
    paragraphs = seed_theme_tables["paragraphs"].set_index("paragraph_id")
    terms = seed_theme_tables["theme_terms"]
    for cluster, group in reps.groupby("cluster"):
        top = terms[terms["cluster"] == cluster].sort_values("rank")["term"].tolist()
        assert (paragraphs.loc[group["paragraph_id"], "cluster"] == cluster).all()
        assert group["rank"].tolist() == list(range(1, len(group) + 1))
        assert term_coverage(group["text"].iloc[0], top) > 0, (cluster, group["text"].iloc[0])
