"""Article context: what the other paragraphs of a text's article say about its theme.

A news paragraph without any theme vocabulary ("Police officers have also been told to
submit daily reports") is usually about what its article is about. These functions give
each paragraph the lexicon evidence of the rest of its article, and let a paragraph
with no evidence of its own borrow its article's theme when most of the article's
other paragraphs carry it.

Example
-------
>>> import numpy as np
>>> evidence = np.array([[2.0, 0.0], [1.0, 0.0], [0.0, 0.0]])
>>> borrow_article_evidence(evidence, ["a", "a", "a"]).tolist()
[[2.0, 0.0], [1.0, 0.0], [1.0, 0.0]]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
import pandas as pd

from afgresearch.numeric import TOL, at_least, stable_argmax
from afgresearch.themes.errors import ThemeInputError


def group_codes(groups: Sequence[Any] | np.ndarray | pd.Series, n_texts: int) -> np.ndarray:
    """Integer code per text for its group (article); a missing group is a group of one.

    Parameters
    ----------
    groups : sequence of hashable, one per text (article id or any group key)
    n_texts : int
        Number of texts the groups must match.

    Returns
    -------
    ndarray of int64, shape (n_texts,)

    Raises
    ------
    ThemeInputError
        When the number of groups differs from the number of texts.

    Example
    -------
    >>> group_codes(["x", "y", "x", None], 4).tolist()
    [0, 1, 0, 2]
    """
    if isinstance(groups, np.ndarray):  # numbers per text (NaN: none), no list of objects
        values = pd.Series(groups)
    else:
        values = pd.Series(list(groups) if not isinstance(groups, pd.Series) else groups.to_list())
    if len(values) != n_texts:
        raise ThemeInputError(f"{len(values)} groups given for {n_texts} texts")
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    codes = np.asarray(codes, dtype=np.int64)
    missing = codes < 0
    # each text without a group stands alone
    codes[missing] = len(uniques) + np.arange(int(missing.sum()))
    return codes


def evidence_shares(text_affinity: np.ndarray) -> np.ndarray:
    """Each text's lexicon evidence as shares summing to one (all zero without evidence).

    Example
    -------
    >>> evidence_shares(np.array([[1.0, 3.0], [0.0, 0.0]])).tolist()
    [[0.25, 0.75], [0.0, 0.0]]
    """
    aff = np.clip(np.asarray(text_affinity, dtype=float), 0.0, None)
    total = aff.sum(axis=1, keepdims=True)
    return np.divide(aff, total, out=np.zeros_like(aff), where=total > 0)


def article_context(text_affinity: np.ndarray, groups: Sequence[Any] | np.ndarray) -> np.ndarray:
    """Theme evidence of the rest of each text's article.

    For text ``i`` in an article with ``m`` other paragraphs, column ``t`` is the mean
    over those paragraphs of their evidence share for theme ``t`` (see
    :func:`evidence_shares`), so it is the share of the article's other paragraphs that
    speak for ``t``; paragraphs without evidence count as speaking for none. A text
    alone in its article gets zeros.

    Parameters
    ----------
    text_affinity : ndarray of shape (n_texts, n_themes), non-negative lexicon evidence
        (e.g. :func:`afgresearch.themes.seeding.lexicon_counts`)
    groups : sequence, one article key per text (see :func:`group_codes`)

    Returns
    -------
    ndarray of shape (n_texts, n_themes), rows summing to at most one

    Example
    -------
    >>> article_context(np.array([[1.0, 0.0], [0.0, 1.0], [0.0, 0.0]]), [1, 1, 1]).tolist()
    [[0.0, 0.5], [0.5, 0.0], [0.5, 0.5]]
    """
    shares = evidence_shares(text_affinity)
    codes = group_codes(groups, shares.shape[0])
    n_groups = int(codes.max()) + 1 if codes.size else 0
    sums = np.zeros((n_groups, shares.shape[1]))
    np.add.at(sums, codes, shares)
    others = np.bincount(codes, minlength=n_groups)[codes] - 1
    rest = sums[codes] - shares
    return np.divide(rest, others[:, None], out=np.zeros_like(rest), where=others[:, None] > 0)


def borrow_article_evidence(
    text_affinity: np.ndarray,
    groups: Sequence[Any] | np.ndarray,
    min_share: float = 0.5,
    min_others: int = 2,
) -> np.ndarray:
    """Evidence per text, where a text without any borrows its article's leading theme.

    A text with no lexicon evidence of its own takes one unit of evidence for the theme
    that at least ``min_share`` of its article's other paragraphs speak for (see
    :func:`article_context`; ties go to the theme listed first), provided the article has
    at least ``min_others`` other paragraphs (one sibling is too little to go on). Texts
    with evidence of their own are unchanged, so context never overrides what a paragraph
    says.

    Parameters
    ----------
    text_affinity : ndarray of shape (n_texts, n_themes)
    groups : sequence, one article key per text
    min_share : float in (0, 1]
        Share of the article's other paragraphs that must speak for a theme.
    min_others : int
        Other paragraphs the article needs before anything is borrowed.

    Returns
    -------
    ndarray of shape (n_texts, n_themes)

    Example
    -------
    >>> ev = np.array([[0.0, 2.0], [0.0, 1.0], [0.0, 0.0], [0.0, 0.0]])
    >>> borrow_article_evidence(ev, ["a", "a", "a", "b"]).tolist()
    [[0.0, 2.0], [0.0, 1.0], [0.0, 1.0], [0.0, 0.0]]
    """
    if not 0.0 < float(min_share) <= 1.0:
        raise ThemeInputError(f"context share must be in (0, 1], got {min_share!r}")
    aff = np.clip(np.asarray(text_affinity, dtype=float), 0.0, None).copy()
    if aff.shape[1] == 0:
        return aff
    context = article_context(aff, groups)
    codes = group_codes(groups, aff.shape[0])
    others = np.bincount(codes)[codes] - 1
    best = stable_argmax(context, axis=1)
    lead = context[np.arange(aff.shape[0]), best]
    borrow = (aff.sum(axis=1) == 0) & at_least(lead, float(min_share)) & (lead > TOL)
    borrow &= others >= int(min_others)
    aff[np.flatnonzero(borrow), best[borrow]] = 1.0
    return aff
