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


#: articles turned into records at a time: the brief keeps only those it shows
SUMMARY_ROWS = 5_000


def corpus_summary(
    articles: pd.DataFrame, paragraphs: Any, root: Path | None, limit: int | None = None
) -> dict[str, Any]:
    """Articles, paragraphs, files, outlets and dates of the corpus, and the list of sources.

    Each article in ``list`` carries ``label``: its title, or for an untitled article its
    opening words (``untitled`` is then True). ``list`` and ``undated_list`` hold the first
    ``limit`` articles in file and line order (all when None); the counts are of all.
    ``paragraphs`` is counted (a table, or a :class:`~afgresearch.table_file.TableFile`).
    """
    keep = len(articles) if limit is None else limit
    table = sorted_frame(articles, ["source_file", "line_start", "article_id"])
    listed: list[dict[str, Any]] = []
    undated: list[dict[str, Any]] = []
    earliest: dict[str, Any] | None = None
    latest: dict[str, Any] | None = None
    outlets: set[Any] = set()
    files: set[Any] = set()
    n_undated = 0
    for start in range(0, len(table), SUMMARY_ROWS):
        for a in records(table.iloc[start : start + SUMMARY_ROWS], root):
            a["untitled"] = not a["title"]
            a["label"] = a["title"] or opening_words(a.get("text", ""))
            a.pop("text", None)
            if a["outlet"]:
                outlets.add(a["outlet"])
            if a["source_file"]:
                files.add(a["source_file"])
            if len(listed) < keep:
                listed.append(a)
            if not a["published"]:
                n_undated += 1
                if len(undated) < keep:
                    undated.append(a)
                continue
            # the first and the last in date order (then file and line); among equals the
            # first and the last in file and line order
            key = (a["published"], a["source_file"], a["line_start"])
            if earliest is None or key < _date_key(earliest):
                earliest = a
            if latest is None or key >= _date_key(latest):
                latest = a
    return {
        "articles": len(table),
        "paragraphs": len(paragraphs),
        "files": len(files),
        "outlets": sorted(outlets),
        "undated": n_undated,
        "undated_list": undated,
        "earliest": earliest,
        "latest": latest,
        "list": listed,
    }


def _date_key(article: dict[str, Any]) -> tuple[Any, Any, Any]:
    return (article["published"], article["source_file"], article["line_start"])


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
