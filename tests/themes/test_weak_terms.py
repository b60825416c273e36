"""Weak lexicon terms: common words that point to a theme only in its company."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from afgresearch.scale.lexicons import resolve_lexicons, resolve_weak_terms
from afgresearch.scale.theming import feature_evidence, lexicon_features
from afgresearch.themes import (
    LexiconError,
    ThemeModel,
    keyword_themes,
    lexicon_indicator,
    load_lexicons,
    load_weak_terms,
)
from afgresearch.themes.assign import full_evidence, weigh_evidence

LEX = {
    "diplomacy": {"terms": ["ambassador", "embassy"], "weak": ["talks", "meeting"]},
    "migration": ["refugees", "deported"],
}


def test_weak_terms_load_from_files_and_mappings(tmp_path: Path) -> None:
    assert load_lexicons(LEX) == {
        "diplomacy": ["ambassador", "embassy", "talks", "meeting"],
        "migration": ["refugees", "deported"],
    }
    assert load_weak_terms(LEX) == {"diplomacy": ["talks", "meeting"], "migration": []}
    path = tmp_path / "lex.yaml"
    path.write_text(
        "themes:\n  trade:\n    terms: [exports]\n    weak: [Market, exports]\n", encoding="utf-8"
    )
    # a term listed as both full and weak is full
    assert load_weak_terms(path) == {"trade": ["market"]}
    # the shipped default marks common words weak, and every weak word is one of its terms
    default, weak = load_lexicons("default"), load_weak_terms("default")
    assert {"talks", "meeting"} <= set(weak["diplomacy"]) and "ambassador" not in weak["diplomacy"]
    assert all(set(weak[t]) < set(default[t]) for t in default)
    # the scale engines read the same weak terms
    assert resolve_weak_terms(LEX) == load_weak_terms(LEX)
    assert resolve_lexicons(LEX)["diplomacy"] == load_lexicons(LEX)["diplomacy"]
    assert resolve_weak_terms("default") == weak


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("themes: {a: {weak: [x]}}", "weak terms alone cannot mark a theme"),
        ("themes: {a: {terms: [x], strong: [y]}}", "unknown keys strong"),
        ("themes: {a: {terms: [x], weak: nope}}", "must be a list"),
    ],
)
def test_bad_weak_entries_name_file_theme_and_reason(
    tmp_path: Path, content: str, needle: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(LexiconError) as info:
        load_lexicons(path)
    assert needle in str(info.value) and "bad.yaml" in str(info.value) and "'a'" in str(info.value)


def test_indicator_and_hashed_features_weigh_weak_terms_half() -> None:
    vocab = {"ambassador": 0, "talks": 1, "refugees": 2}
    ind = lexicon_indicator(load_lexicons(LEX), vocab, 3, weak=load_weak_terms(LEX)).toarray()
    assert ind.tolist() == [[1.0, 0.5, 0.0], [0.0, 0.0, 1.0]]
    feats = lexicon_features(load_lexicons(LEX), str.split, weak=load_weak_terms(LEX))
    assert feats[0] == {"ambassador": 1.0, "embassy": 1.0, "meeting": 0.5, "talks": 0.5}
    assert feature_evidence({"talks", "meeting", "cricket"}, feats) == [1.0, 0.0]


def test_weak_evidence_counts_only_for_the_theme_of_its_cluster() -> None:
    sims = np.array([[0.5, 0.0], [0.5, 0.0], [1.5, 0.0], [0.0, 0.5]])
    assert full_evidence(sims).tolist() == [[0.0, 0.0], [0.0, 0.0], [1.5, 0.0], [0.0, 0.0]]
    out = weigh_evidence(sims, np.array([0, 1, 1, 0]), ["diplomacy", "other"], ["diplomacy", "x"])
    # row 0: a weak diplomacy cue in a diplomacy cluster counts; row 1: in an 'other' cluster
    # it does not; row 2: full evidence stands anywhere; row 3: a weak cue for another theme
    assert out.tolist() == [[1.0, 0.0], [0.0, 0.0], [1.5, 0.0], [0.0, 0.0]]


def test_a_lone_weak_word_does_not_theme_an_unrelated_paragraph() -> None:
    texts = [
        "The ambassador opened the embassy after talks with the foreign minister.",
        "The envoy and the ambassador held talks at the embassy on recognition.",
        "Embassy staff and the ambassador prepared the meeting with the envoy.",
        "The ambassador said the embassy would host further talks next week.",
        "Refugees deported from the border crossed back at dawn.",
        "Deported refugees waited at the border for days.",
        "Refugees said they were deported without their documents.",
        "The band's new album topped the chart after a meeting with fans.",
        "The album went to number one; the band's chart run continues.",
        "Fans queued for the band's album at record shops across the city.",
    ]
    lex = {"diplomacy": {"terms": ["ambassador", "embassy", "envoy"], "weak": ["talks", "meeting"]},
           "migration": ["refugees", "deported"]}  # fmt: skip
    m = ThemeModel(n_clusters=3, lexicons=lex, random_state=0).fit(texts)
    assert m.themes_[:7].tolist() == ["diplomacy"] * 4 + ["migration"] * 3
    # 'meeting' alone, among band news, is no diplomacy; counted in full it would be
    assert m.themes_[7] == "other"
    assert keyword_themes(texts[7:8], lex) == ["other"]
    assert keyword_themes(texts[7:8], lex, weak=False) == ["diplomacy"]
    full = ThemeModel(n_clusters=3, lexicons=load_lexicons(lex), random_state=0).fit(texts)
    assert full.themes_[7] == "diplomacy"


@pytest.mark.parametrize("ngram_max", [1, 2])
def test_a_weak_phrase_counts_half_however_many_ngrams_it_spans(ngram_max: int) -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    lex = {"migration": {"terms": ["refugees"], "weak": ["forced labour camps", "border post"]}}
    analyzer = CountVectorizer(ngram_range=(1, ngram_max), stop_words="english").build_analyzer()
    feats = lexicon_features(load_lexicons(lex), analyzer, weak=load_weak_terms(lex))
    for text in ("sent to forced labour camps", "stopped at the border post"):
        assert feature_evidence(set(analyzer(text)), feats) == [0.5]
    vec = CountVectorizer(ngram_range=(1, ngram_max), stop_words="english")
    X = vec.fit_transform(["sent to forced labour camps", "stopped at the border post"])
    ind = lexicon_indicator(
        load_lexicons(lex), vec.vocabulary_, X.shape[1], analyzer, weak=load_weak_terms(lex)
    )
    from afgresearch.themes.seeding import lexicon_counts

    assert lexicon_counts(X, ind).ravel().tolist() == [0.5, 0.5]


def test_every_engine_reads_a_mapping_as_the_in_memory_model_does() -> None:
    lex = {"Diplomacy": {"terms": ["envoy", "ambassador"], "weak": ["talks", "envoy"]}}
    assert (
        resolve_lexicons(lex)
        == load_lexicons(lex)
        == {"diplomacy": ["envoy", "ambassador", "talks"]}
    )
    assert resolve_weak_terms(lex) == load_weak_terms(lex) == {"diplomacy": ["talks"]}
    assert load_weak_terms({"aid": {"terms": ["food"], "weak": None}}) == {"aid": []}
    with pytest.raises(ValueError, match="must be a list"):
        resolve_weak_terms({"aid": {"terms": ["food"], "weak": "market"}})
