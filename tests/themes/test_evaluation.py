from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

from afgresearch.themes import ThemeInputError, keyword_themes, load_labels, macro_f1

ROOT = Path(__file__).resolve().parents[2]
LABELS = ROOT / "tests" / "data" / "themes" / "seed_labels.csv"


def test_keyword_baseline_matches_whole_words_and_phrases() -> None:
    lex = {"migration": ["refugee", "asylum seekers"], "diplomacy": ["envoy"]}
    assert keyword_themes(
        ["Asylum seekers and an envoy, asylum seekers again", "refugees", "envoy"], lex
    ) == ["migration", "other", "diplomacy"]


def test_macro_f1() -> None:
    assert macro_f1(["a", "b"], ["a", "a"]) == pytest.approx((2 / 3 + 0) / 2)


def test_labels_file_is_well_formed() -> None:
    labels = load_labels(LABELS)
    assert set(labels["theme"]) == {"migration", "diplomacy", "rights", "other"}
    assert not labels.duplicated(["source_file", "line"]).any()
    for f, line, prefix in zip(labels.source_file, labels.line, labels.text_prefix, strict=True):
        text = (ROOT / "seeds" / f).read_text(encoding="utf-8").split("\n")[line - 1]
        assert text.strip().startswith(prefix.strip()), (f, line)
    with pytest.raises(ThemeInputError, match="does not exist"):
        load_labels(ROOT / "nope.csv")


@pytest.mark.slow
def test_guided_beats_baselines_on_seed_dev_set() -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from seed_themes import evaluate
    finally:
        sys.path.pop(0)
    scores = evaluate(seeds=[0, 1, 2, 3, 4]).groupby("method")["macro_f1"].mean()
    assert scores["guided"] > scores["unguided"]
    assert scores["guided"] > scores["keywords"] + 0.02
    assert scores["guided"] > scores["keywords, weak as full"] + 0.01
    # the clusters add to the article-context step, not only the context to the keywords
    assert scores["guided"] > scores["keywords + context"]
    assert scores["guided"] > scores["guided, no context"]
    assert scores["guided"] > 0.75


def test_bbc_labels_are_well_formed_and_match_the_data() -> None:
    labels = pd.read_csv(ROOT / "benchmarks" / "data" / "bbc_theme_labels.csv")
    assert list(labels.columns) == ["row", "para", "sha1", "theme", "reader_1", "reader_2", "split"]
    themes = {"migration", "diplomacy", "rights", "other"}
    assert set(labels["theme"]) == themes and set(labels["reader_1"]) <= themes
    assert set(labels["split"]) == {"dev", "test"} and not labels.duplicated(["row", "para"]).any()
    # a test article is never also a dev article
    assert not set(labels.loc[labels.split == "dev", "row"]) & set(
        labels.loc[labels.split == "test", "row"]
    )
    data = ROOT.parent / "shared" / "data" / "bbc-news.csv"
    if not data.is_file():
        pytest.skip(f"{data} not found")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from bbc_labelled_themes import labelled, paragraph_table
    finally:
        sys.path.pop(0)
    merged = labelled(paragraph_table(data))  # raises when a paragraph is missing or changed
    assert len(merged) == len(labels) == 325
