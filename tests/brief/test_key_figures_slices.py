"""Key figures ranked a slice of claims at a time are those ranked over all claims at once."""

from __future__ import annotations

from pathlib import Path

import pytest

import afgresearch
from afgresearch.brief import claims as brief_claims

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("corpus", ["seeds", "tests/data/news_dev2/dumps"])
def test_slices_give_the_key_figures_of_one_pass(
    corpus: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    loaded = afgresearch.load_corpus(str(ROOT / corpus))
    claims = afgresearch.evidence_tables(loaded.paragraphs, loaded.articles)["claims"]
    one = brief_claims.key_figures(claims, None, 7)
    monkeypatch.setattr(brief_claims, "SLICE_ROWS", 3)
    sliced = brief_claims.key_figures(claims, None, 7)
    assert sliced == one and len(one["main"]) == 7 and one["returns"]
    ranked = brief_claims.ranked_claims(claims, None)
    assert ranked[:7] == one["main"] and len(ranked) == one["unique"]
