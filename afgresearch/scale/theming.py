"""Helpers that let the scale engines decide themes exactly as the in-memory ``ThemeModel``.

Every engine clusters in its own feature space (LSA, hashed TF-IDF, Spark's HashingTF), but the
theme of a cluster and of a paragraph is decided by :func:`afgresearch.themes.assign_from_evidence`
from the same kind of evidence, so the three engines agree on themes even where their
clusterings differ. This module holds what a hashed space needs for that: a vocabulary view
(:class:`HashedVocabulary`), readable column names (:class:`ColumnNames`) and lexicon features
as strings (:func:`lexicon_features`).

Example
-------
>>> sorted(THEME_DEFAULTS)[:2]
['context_share', 'margin']
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

from afgresearch.themes.assign import (  # noqa: F401  (re-exported for the engines)
    ASSIGNMENT_DEFAULTS,
    ThemeAssignment,
    assign_from_evidence,
    themes_for_new,
    typicality_reference,
)
from afgresearch.themes.seeding import term_feature_weights

# the in-memory model's theme-assignment settings, shared by every engine
THEME_DEFAULTS: dict[str, float] = dict(ASSIGNMENT_DEFAULTS)


class HashedVocabulary(Mapping[str, int]):
    """A read-only ``term -> column`` mapping for a hashed feature space.

    Lets :func:`afgresearch.themes.seeding.lexicon_indicator` (which looks terms up in a fitted
    vocabulary) mark lexicon terms in a ``HashingVectorizer`` or Spark ``HashingTF`` space.

    Parameters
    ----------
    index_of : callable
        Term -> column.
    terms : sequence of str, optional
        Terms listed when iterating (lookups work for any term).

    Example
    -------
    >>> HashedVocabulary(len).get("abc")
    3
    """

    def __init__(self, index_of: Callable[[str], int], terms: Sequence[str] = ()) -> None:
        self._index_of = index_of
        self._terms = list(terms)

    def __getitem__(self, term: str) -> int:
        return int(self._index_of(term))

    def __iter__(self) -> Iterator[str]:
        return iter(self._terms)

    def __len__(self) -> int:
        return len(self._terms)


class ColumnNames(Sequence[str]):
    """Readable name per column of a hashed space (``#column`` where no term is known).

    Example
    -------
    >>> ColumnNames({2: "border"}, 4)[2], ColumnNames({2: "border"}, 4)[1]
    ('border', '#1')
    """

    def __init__(self, terms: Mapping[int, str], n_features: int) -> None:
        self._terms = dict(terms)
        self._n = int(n_features)

    def __getitem__(self, j: Any) -> Any:
        if isinstance(j, slice):
            return [self[i] for i in range(*j.indices(self._n))]
        return self._terms.get(int(j), f"#{int(j)}")

    def __len__(self) -> int:
        return self._n


def lexicon_features(
    lexicons: Mapping[str, Sequence[str]],
    analyzer: Callable[[str], Sequence[str]],
    weak: Mapping[str, Sequence[str]] | None = None,
) -> list[dict[str, float]]:
    """Per theme, the features its terms stand for (each term's longest n-grams) and weights.

    :func:`afgresearch.themes.seeding.term_feature_weights`, the weights
    :func:`~afgresearch.themes.seeding.lexicon_indicator` puts in its columns, kept as strings
    so evidence can be counted on a text's own terms.

    Example
    -------
    >>> from sklearn.feature_extraction.text import CountVectorizer
    >>> an = CountVectorizer(ngram_range=(1, 2), stop_words="english").build_analyzer()
    >>> lexicon_features({"rights": ["freedom of expression", "women"]}, an,
    ...                  weak={"rights": ["women"]})
    [{'freedom expression': 1.0, 'women': 0.5}]
    """
    return term_feature_weights(lexicons, analyzer, weak)


def feature_evidence(terms: set[str], features: list[dict[str, float]]) -> list[float]:
    """Weighted lexicon evidence per theme of a text given as its set of features.

    Example
    -------
    >>> feature_evidence({"women", "school"}, [{"women": 0.5, "torture": 1.0}])
    [0.5]
    """
    return [float(sum(f[t] for t in terms & f.keys())) for f in features]
