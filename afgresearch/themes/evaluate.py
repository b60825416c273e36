"""Evaluation against hand labels: macro-F1 of the guided model and two baselines.

Baselines: plain k-means on the same features, named afterwards from the lexicons
(``unguided``), and a lexicon keyword count per text (``keywords``: most matched theme,
``other`` when none matches).

Example
-------
>>> keyword_themes(["refugees deported", "a cricket match"], {"migration": ["refugees"]})
['migration', 'other']
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sklearn.metrics import accuracy_score, f1_score

from afgresearch.numeric import stable_argmax
from afgresearch.schema import require
from afgresearch.themes.assign import full_evidence
from afgresearch.themes.context import borrow_article_evidence
from afgresearch.themes.errors import ThemeInputError, ThemeTableError
from afgresearch.themes.lexicons import (
    OTHER,
    WEAK_WEIGHT,
    LexiconSource,
    load_lexicons,
    load_weak_terms,
)
from afgresearch.themes.model import ThemeModel
from afgresearch.themes.texts import check_texts


def keyword_themes(
    texts: Sequence[str],
    lexicons: LexiconSource | Mapping[str, Any] = "default",
    groups: Sequence[Any] | None = None,
    context_share: float | None = None,
    weak: bool = True,
) -> list[str]:
    """Theme per text by counting whole-word lexicon matches (ties: first theme listed).

    Every match counts (a term said twice counts twice, unlike the model's distinct terms); a
    weak term's match counts half, and less than one full match is no evidence, as in
    :class:`ThemeModel`; the clusters' say on weak terms is what the baseline lacks.

    Parameters
    ----------
    texts : sequence of str
    lexicons : lexicon set name, path or mapping
    groups : sequence, optional
        Article key per text; with ``context_share`` a text without matches borrows its
        article's theme as in :class:`ThemeModel` (an ablation of the model's context step).
    context_share : float, optional
    weak : bool, default True
        Count weak terms at half weight; False counts every term in full (the lexicon read
        as a plain word list).

    Returns
    -------
    list of str (``other`` where no term matches)

    Example
    -------
    >>> keyword_themes(["Envoy visit"], {"diplomacy": ["envoy", "visit"]})
    ['diplomacy']
    """
    lex = load_lexicons(lexicons)
    weak_of = load_weak_terms(lexicons) if weak else {}
    texts = check_texts(texts)
    counts = np.zeros((len(texts), len(lex)))
    for j, (theme, terms) in enumerate(lex.items()):
        weak_terms = set(weak_of.get(theme, ()))
        for weight, group in ((1.0, [t for t in terms if t not in weak_terms]),
                              (WEAK_WEIGHT, [t for t in terms if t in weak_terms])):  # fmt: skip
            if not group:
                continue
            pattern = re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(t) for t in sorted(group, key=len, reverse=True))
                + r")(?!\w)",
                re.IGNORECASE,
            )
            counts[:, j] += [weight * len(pattern.findall(text)) for text in texts]
    # as in the model, weak terms alone (less than one full term) are no evidence
    counts = full_evidence(counts)
    if groups is not None and context_share is not None:
        counts = borrow_article_evidence(counts, groups, context_share)
    names = list(lex)
    out: list[str] = []
    for row in counts:
        best = int(stable_argmax(row)) if row.size else -1
        out.append(names[best] if best >= 0 and row[best] > 0 else OTHER)
    return out


def macro_f1(y_true: Sequence[str], y_pred: Sequence[str]) -> float:
    """Macro-averaged F1 over the labels present in ``y_true`` or ``y_pred``.

    Parameters
    ----------
    y_true, y_pred : sequences of str

    Returns
    -------
    float

    Example
    -------
    >>> macro_f1(["a", "b"], ["a", "b"])
    1.0
    """
    labels = sorted(set(y_true) | set(y_pred))
    return float(
        f1_score(list(y_true), list(y_pred), labels=labels, average="macro", zero_division=0)
    )


def load_labels(path: str | Path) -> pd.DataFrame:
    """Read a hand-label CSV with columns ``source_file, line, theme`` (others kept).

    Parameters
    ----------
    path : str or Path

    Returns
    -------
    DataFrame sorted by ``source_file, line``

    Raises
    ------
    ThemeInputError
        Missing file or columns.
    """
    path = Path(path)
    if not path.is_file():
        raise ThemeInputError(f"label file {path} does not exist")
    frame = pd.read_csv(path, dtype={"source_file": "string", "theme": "string"})
    require(frame, f"label file {path}", ["source_file", "line", "theme"], error=ThemeTableError)
    frame["line"] = frame["line"].astype("int64")
    return frame.sort_values(["source_file", "line"], kind="stable").reset_index(drop=True)


def compare_methods(texts: Sequence[str], y_true: Sequence[str], **params: Any) -> pd.DataFrame:
    """Macro-F1 and accuracy of the guided model, unguided k-means and keyword counts.

    Parameters
    ----------
    texts : sequence of str
        Paragraphs to fit on and score (all of them labelled).
    y_true : sequence of str
        Hand label per text.
    **params
        ThemeModel parameters shared by both models (``guided`` is set per method).

    Returns
    -------
    DataFrame with columns ``method, macro_f1, accuracy``, one row per method.

    Example
    -------
    >>> t = ["refugees deported", "envoy visit", "refugees returned", "ambassador talks"]
    >>> compare_methods(t, ["migration", "diplomacy"] * 2, n_clusters=2)["method"].tolist()
    ['guided', 'unguided', 'keywords']
    """
    texts = check_texts(texts)
    if len(texts) != len(y_true):
        raise ThemeInputError(f"{len(texts)} texts but {len(y_true)} labels")
    params = {k: v for k, v in params.items() if k != "guided"}
    preds = {
        "guided": ThemeModel(guided=True, **params).fit(texts).themes_.tolist(),
        "unguided": ThemeModel(guided=False, **params).fit(texts).themes_.tolist(),
        "keywords": keyword_themes(texts, params.get("lexicons", "default")),
    }
    rows = [
        {"method": m, "macro_f1": macro_f1(y_true, p), "accuracy": float(accuracy_score(y_true, p))}
        for m, p in preds.items()
    ]
    return pd.DataFrame(rows)
