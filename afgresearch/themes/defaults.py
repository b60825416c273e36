"""Feature settings chosen from the corpus size (``"auto"`` in :class:`ThemeModel`).

The rule, for ``n`` texts:

========================  ==============  ===================================
setting                   below 1,000     1,000 and more
========================  ==============  ===================================
``min_df``                1               5
``max_df``                0.9             0.5
``ngram_range``           (1, 2)          (1, 1)
``max_features``          no cap          ``min(50_000, 10 * n)`` terms
``lsa_components``        100             100
========================  ==============  ===================================

Small corpora keep every word and word pair (a word seen once may be the only sign of a theme);
larger ones drop the rare terms and the near-ubiquitous ones, and word pairs, which add little to
the clustering of a large corpus but make the vocabulary (and with it counting and the LSA step)
grow with it; a lexicon phrase then counts by its words. A value given explicitly is used as
given.

Example
-------
>>> auto_feature_settings(2225)["min_df"], auto_feature_settings(200)["min_df"]
(5, 1)
>>> resolve_feature_settings({"min_df": "auto", "max_df": 0.8}, 5000)
{'min_df': 5, 'max_df': 0.8}
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

AUTO = "auto"

#: corpus size from which rare and near-ubiquitous terms are dropped
LARGE_CORPUS = 1000


def auto_feature_settings(n_texts: int) -> dict[str, Any]:
    """The automatic ``min_df``, ``max_df``, ``ngram_range``, ``max_features`` and LSA size.

    Parameters
    ----------
    n_texts : int
        Number of texts the model is fitted on.

    Returns
    -------
    dict of setting -> value (see the module's table)

    Example
    -------
    >>> auto_feature_settings(100_000)["max_features"]
    50000
    """
    n = int(n_texts)
    if n < LARGE_CORPUS:
        return {
            "min_df": 1,
            "max_df": 0.9,
            "ngram_range": (1, 2),
            "max_features": None,
            "lsa_components": 100,
        }
    return {
        "min_df": 5,
        "max_df": 0.5,
        "ngram_range": (1, 1),
        "max_features": min(50_000, 10 * n),
        "lsa_components": 100,
    }


def resolve_feature_settings(values: Mapping[str, Any], n_texts: int) -> dict[str, Any]:
    """``values`` with every ``"auto"`` replaced by :func:`auto_feature_settings`'s choice.

    Example
    -------
    >>> resolve_feature_settings({"ngram_range": "auto"}, 10)
    {'ngram_range': (1, 2)}
    """
    auto = auto_feature_settings(n_texts)
    return {
        name: auto[name] if isinstance(value, str) and value == AUTO else value
        for name, value in values.items()
    }
