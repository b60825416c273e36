"""The brief's corpus summary, its list of sources and the method notes (k choice, stability).

Example
-------
>>> corpus_summary(pd.DataFrame(columns=["article_id", "source_file", "line_start", "title",
...     "outlet", "published", "text"]), pd.DataFrame(), None)["articles"]
0
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from afgresearch.brief.values import records, sorted_frame

#: below this many paragraphs the brief warns that themes are exploratory
SMALL_CORPUS_PARAGRAPHS = 200

#: words of an untitled article's opening that label it in the list of sources
LABEL_WORDS = 10


def opening_words(body: Any, words: int = LABEL_WORDS) -> str:
    """The first ``words`` words of an article's text, for labelling an untitled article.

    Example
    -------
    >>> opening_words("Kabul, 3 May. Officials said the crossing reopened on Monday.", 6)
    'Kabul, 3 May. Officials said the…'
    """
    found = re.findall(r"\S+", "" if body is None else str(body))
    label = " ".join(found[:words])
    return label + "…" if len(found) > words else label


def corpus_summary(
    articles: pd.DataFrame, paragraphs: pd.DataFrame, root: Path | None
) -> dict[str, Any]:
    """Articles, paragraphs, files, outlets and dates of the corpus, and the list of sources.

    Each article in ``list`` carries ``label``: its title, or for an untitled article its
    opening words (``untitled`` is then True).
    """
    arts = records(sorted_frame(articles, ["source_file", "line_start", "article_id"]), root)
    for a in arts:
        a["untitled"] = not a["title"]
        a["label"] = a["title"] or opening_words(a.get("text", ""))
        a.pop("text", None)
    dated = sorted(
        (a for a in arts if a["published"]),
        key=lambda a: (a["published"], a["source_file"], a["line_start"]),
    )
    outlets = sorted({a["outlet"] for a in arts if a["outlet"]})
    files = sorted({a["source_file"] for a in arts if a["source_file"]})
    return {
        "articles": len(arts),
        "paragraphs": len(paragraphs),
        "files": len(files),
        "outlets": outlets,
        "undated": len(arts) - len(dated),
        "undated_list": [a for a in arts if not a["published"]],
        "earliest": dated[0] if dated else None,
        "latest": dated[-1] if dated else None,
        "list": arts,
    }


def k_choice(tables: Mapping[str, Any]) -> dict[str, Any] | None:
    """What the ``k_selection`` table says about the number of clusters, or None without one.

    Example
    -------
    >>> ks = pd.DataFrame({"k": [2, 3, 4], "inertia": [9.0, 8.0, 7.5],
    ...                    "silhouette": [0.02, 0.05, 0.03], "chosen": [False, False, True],
    ...                    "best_silhouette": [False, True, False]})
    >>> k_choice({"k_selection": ks})
    {'k_min': 2, 'k_max': 4, 'best_k': 3, 'best': 0.05, 'chosen_k': 4, 'chosen': 0.03, 'n_texts': None}
    """
    frame = tables.get("k_selection")
    need = {"k", "silhouette", "best_silhouette"}
    if not isinstance(frame, pd.DataFrame) or not need <= set(frame.columns):
        return None
    k = pd.to_numeric(frame["k"], errors="coerce")
    sil = pd.to_numeric(frame["silhouette"], errors="coerce")
    keep = k.notna() & sil.notna()
    if not keep.any():
        return None
    k, sil = k[keep].astype(int), sil[keep].astype(float)
    marked = frame.loc[keep, "best_silhouette"].astype(bool).to_numpy()
    if not marked.any():
        return None
    best = int(marked.argmax())  # the row the k_selection table marks
    out: dict[str, Any] = {
        "k_min": int(k.min()),
        "k_max": int(k.max()),
        "best_k": int(k.iloc[best]),
        "best": float(sil.iloc[best]),
        "chosen_k": None,
        "chosen": None,
        "n_texts": None,
    }
    if "n_texts" in frame.columns:
        n = pd.to_numeric(frame.loc[keep, "n_texts"], errors="coerce").dropna()
        out["n_texts"] = int(n.max()) if len(n) else None
    if "chosen" in frame.columns:
        chosen = frame.loc[keep, "chosen"].fillna(False).astype(bool).to_numpy()
        if chosen.any():
            out["chosen_k"] = int(k[chosen].iloc[0])
            out["chosen"] = float(sil[chosen].iloc[0])
    return out


def stability(tables: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``stability`` table's summary: the mean pairwise adjusted Rand index over ``seeds``
    random seeds (the row with the most seeds), or None without one.

    Example
    -------
    >>> stability({"stability": pd.DataFrame({"seeds": [3], "ari": [0.9]})})
    {'seeds': 3, 'mean': 0.9}
    """
    frame = tables.get("stability")
    if not isinstance(frame, pd.DataFrame) or not {"seeds", "ari"} <= set(frame.columns):
        return None
    rows = frame.assign(
        seeds=pd.to_numeric(frame["seeds"], errors="coerce"),
        ari=pd.to_numeric(frame["ari"], errors="coerce"),
    ).dropna(subset=["seeds", "ari"])
    rows = rows[rows["seeds"] > 1]
    if rows.empty:
        return None
    best = sorted_frame(rows, ["seeds"], False).iloc[0]
    return {"seeds": int(best["seeds"]), "mean": float(best["ari"])}
