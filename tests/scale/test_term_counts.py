"""Corpus-wide term counts merged from spooled chunks: the same totals as counting every term
at once, whatever the number of chunks and rounds of merging."""

from __future__ import annotations

import doctest
from collections import Counter
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from afgresearch.scale import term_counts
from afgresearch.scale.ooc import OutOfCoreThemeModel
from afgresearch.scale.term_counts import merged_term_counts, write_chunk_terms

WORDS = [
    "aid",
    "border",
    "camp",
    "deport",
    "envoy",
    "flood",
    "girls",
    "ban",
    "return",
    "visa",
    "talks",
    "école",
    "zakat",
]


def _spool(tmp_path: Path, chunks: list[list[str]]) -> list[Path]:
    paths = []
    for i, texts in enumerate(chunks):
        counter = CountVectorizer()
        counts = counter.fit_transform(texts).tocsr()
        names = counter.get_feature_names_out().tolist()
        path = tmp_path / f"chunk-{i:07d}"
        write_chunk_terms(
            path,
            names,
            np.bincount(counts.indices, minlength=len(names)),
            np.asarray(counts.sum(axis=0)).ravel(),
        )
        paths.append(path)
    return paths


def _texts(rng: np.random.Generator, n: int) -> list[str]:
    return [
        " ".join(rng.choice(WORDS, size=int(rng.integers(1, 8))).tolist())
        + f" tag{int(rng.integers(0, 40))}"
        for _ in range(n)
    ]


@pytest.mark.parametrize("max_open", [2, 3, 64])
def test_merged_counts_equal_counting_everything_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, max_open: int
) -> None:
    monkeypatch.setattr(term_counts, "MAX_OPEN", max_open)
    rng = np.random.default_rng(3)
    chunks = [_texts(rng, int(rng.integers(1, 30))) for _ in range(9)]
    paths = _spool(tmp_path, chunks)
    df: Counter[str] = Counter()
    tf: Counter[str] = Counter()
    analyzer = CountVectorizer().build_analyzer()
    for text in (t for chunk in chunks for t in chunk):
        tokens = analyzer(text)
        tf.update(tokens)
        df.update(set(tokens))
    names, dfs, tfs, n_terms = merged_term_counts(paths)
    assert names == sorted(df)
    assert dfs.tolist() == [df[t] for t in names]
    assert tfs.tolist() == [tf[t] for t in names]
    assert n_terms == len(df)
    kept, kept_dfs, _, _ = merged_term_counts(paths, low=3, high=20)
    assert kept == [t for t in sorted(df) if 3 <= df[t] <= 20]
    assert kept_dfs.tolist() == [df[t] for t in kept]
    # the merge rounds leave no file behind in the spool
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        name for p in paths for name in (p.name + ".terms", p.name + ".freq")
    )


def test_empty_chunks_and_no_chunks(tmp_path: Path) -> None:
    write_chunk_terms(tmp_path / "c0", [], np.zeros(0), np.zeros(0))
    write_chunk_terms(tmp_path / "c1", ["visa"], np.array([1]), np.array([2]))
    names, dfs, tfs, n = merged_term_counts([tmp_path / "c0", tmp_path / "c1"])
    assert (names, dfs.tolist(), tfs.tolist(), n) == (["visa"], [1], [2], 1)
    assert merged_term_counts([])[3] == 0


def test_unsorted_terms_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="alphabetical"):
        write_chunk_terms(tmp_path / "c", ["visa", "aid"], np.array([1, 1]), np.array([1, 1]))


@pytest.mark.parametrize(
    ("min_df", "max_df", "max_features"), [(2, 0.9, None), (1, 1.0, 5), (0.05, 0.5, 4)]
)
def test_vocabulary_is_scikit_learns(
    min_df: float, max_df: float, max_features: int | None
) -> None:
    rng = np.random.default_rng(11)
    texts = _texts(rng, 130)
    model = OutOfCoreThemeModel(
        lexicons={"migration": ["deport", "return"]},
        n_clusters=2,
        chunksize=17,
        ngram_range=(1, 1),
        min_df=min_df,
        max_df=max_df,
        max_features=max_features,
        progress=False,
    )
    model.fit(texts)
    expected = TfidfVectorizer(
        min_df=min_df,
        max_df=max_df,
        max_features=max_features,
        stop_words=model.stop_words,
        lowercase=model.lowercase,
        token_pattern=model.token_pattern,
    ).fit(texts)
    assert sorted(model.vocabulary_) == sorted(expected.vocabulary_)


def test_doctests() -> None:
    assert doctest.testmod(term_counts).failed == 0
