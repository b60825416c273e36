"""Cluster naming, text themes, lexicon phrases and representatives on inputs of our own."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from afgresearch.themes import ThemeModel, lexicon_indicator, representative_paragraphs
from afgresearch.themes.naming import assign_text_themes, match_clusters


def test_cluster_named_by_evidenced_members_despite_many_plain_ones():
    # 60% of members carry rights evidence, none any other theme: rights, not other
    prof = np.array([[0.0, 0.0, 0.6, 0.4]])
    sims = np.array([[0.01, 0.02, 0.2]])
    themes, _ = match_clusters(prof, sims, ["migration", "diplomacy", "rights"])
    assert themes == ["rights"]


def test_cluster_without_margin_or_coverage_is_other():
    names = ["migration", "rights"]
    tied = match_clusters(np.array([[0.4, 0.4, 0.2]]), np.array([[0.1, 0.1]]), names)[0]
    sparse = match_clusters(np.array([[0.1, 0.0, 0.9]]), np.array([[0.3, 0.0]]), names)[0]
    assert tied == ["other"] and sparse == ["other"]


def test_own_evidence_never_becomes_other_and_plain_text_follows_typicality():
    labels = np.array([0, 0, 0])
    aff = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 0.0]])
    themes, scores = assign_text_themes(
        labels, aff, ["migration", "rights"], ["rights"], np.array([0.0, 1.0, 0.1])
    )
    assert themes.tolist() == ["migration", "rights", "other"]
    assert np.all((scores >= 0) & (scores <= 1))


def test_lexicon_phrases_match_bigrams_after_stop_words():
    vec = TfidfVectorizer(ngram_range=(1, 2), stop_words="english").fit(
        ["freedom of expression is curbed", "girls face an education ban"]
    )
    ind = lexicon_indicator(
        {"rights": ["freedom of expression", "education ban"]},
        vec.vocabulary_,
        len(vec.vocabulary_),
        analyzer=vec.build_analyzer(),
    )
    marked = {vec.get_feature_names_out()[j] for j in ind.nonzero()[1]}
    assert marked == {"freedom expression", "education ban"}


def test_representatives_prefer_on_theme_members_closest_to_centre():
    texts = [
        "refugees deported at the border crossing",
        "refugees deported from camps at the border",
        "migrants deported and refugees returned",
        "earlier this month at the border",
        "envoy visit and diplomatic talks",
        "ambassador meets foreign minister for talks",
    ]
    m = ThemeModel(n_clusters=2, lsa_components=None).fit(texts)
    reps = representative_paragraphs(m, texts, n=2)
    mig = reps[reps["theme"] == "migration"]
    assert "earlier this month at the border" not in mig["text"].tolist()
    first = representative_paragraphs(m, texts, n=2)
    assert first.equals(reps)
