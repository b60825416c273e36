"""The brief's theme sections: shares of paragraphs per theme and one section per cluster.

A cluster's theme, name and main terms come from the ``clusters`` and ``theme_terms`` tables
and its examples from the ``representatives`` table (in its ``rank`` order); the brief quotes
as examples of a theme only representatives whose own theme (``paragraphs.theme``) is it.

Example
-------
>>> theme_shares(pd.DataFrame({"theme": ["rights", "rights", "migration"]}))[0]["theme"]
'migration'
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from afgresearch.brief.values import number, records, sorted_frame, text
from afgresearch.schema import THEMES


def theme_shares(paragraphs: pd.DataFrame) -> list[dict[str, Any]]:
    """Share of paragraphs per theme, named themes first.

    Example
    -------
    >>> theme_shares(pd.DataFrame({"theme": ["rights", "rights", "migration"]}))[1]["paragraphs"]
    2
    """
    if paragraphs.empty or "theme" not in paragraphs.columns:
        return []
    counts = paragraphs["theme"].map(lambda t: text(t) or "other").value_counts()
    order = [t for t in THEMES if t in counts.index] + sorted(set(counts.index) - set(THEMES))
    total = int(counts.sum())
    return [{"theme": t, "paragraphs": int(counts[t]), "share": counts[t] / total} for t in order]


def _terms(cluster: int, terms: pd.DataFrame, clusters: pd.DataFrame, n: int) -> list[str]:
    """A cluster's main terms: the ``theme_terms`` table, else the clusters' ``top_terms``."""
    sub = sorted_frame(
        terms[pd.to_numeric(terms["cluster"], errors="coerce") == cluster], ["rank", "term"]
    )
    top = [text(t) for t in sub["term"].head(n)]
    if top:
        return top
    match = clusters[pd.to_numeric(clusters["cluster"], errors="coerce") == cluster]
    if match.empty:
        return []
    listed = text(match["top_terms"].iloc[0]).replace(";", ",").split(",")
    return [t.strip() for t in listed if t.strip()][:n]


def _representatives(reps: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """The representatives with each paragraph's own theme and article, in rank order."""
    own = paragraphs[["paragraph_id", "article_id", "theme"]].astype({"paragraph_id": str})
    table = reps.drop(columns=["theme"], errors="ignore").astype({"paragraph_id": str})
    table = table.merge(own, on="paragraph_id", how="left", validate="many_to_one")
    table = table.assign(
        cluster=pd.to_numeric(table["cluster"], errors="coerce"),
        rank=pd.to_numeric(table["rank"], errors="coerce"),
        theme=table["theme"].map(lambda t: text(t) or "other"),
    )
    return sorted_frame(table, ["cluster", "rank", "source_file", "line", "paragraph_id"])


def theme_sections(
    paragraphs: pd.DataFrame,
    clusters: pd.DataFrame,
    terms: pd.DataFrame,
    representatives: pd.DataFrame,
    root: Path | None,
    limits: Mapping[str, int],
) -> dict[str, Any]:
    """What the brief says about themes: ``available``, ``by`` (``cluster`` or ``theme``),
    ``groups`` (largest first) and ``shares`` (see :func:`theme_shares`).

    Example
    -------
    >>> theme_sections(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), None,
    ...     {})["available"]
    False
    """
    if paragraphs.empty or "theme" not in paragraphs.columns:
        return {"available": False, "groups": [], "shares": []}
    paras = paragraphs.assign(theme=paragraphs["theme"].map(lambda t: text(t) or "other"))
    key = "cluster" if "cluster" in paras.columns else "theme"
    if key == "cluster":  # read back from CSV, a column outside the contract is text
        paras = paras.assign(cluster=pd.to_numeric(paras["cluster"], errors="coerce"))
    reps = _representatives(representatives, paras) if key == "cluster" else paras.iloc[:0]
    info = {
        int(n): (text(name), text(theme))
        for n, name, theme in zip(
            (number(c) for c in clusters["cluster"]), clusters["name"], clusters["theme"],
            strict=True,
        )
        if n is not None
    } if key == "cluster" else {}  # fmt: skip
    total = len(paras)
    per = limits["examples_per_theme"]
    groups = []
    for value in sorted(paras[key].dropna().unique(), key=lambda v: (str(type(v)), v)):
        members = paras[paras[key] == value]
        name, theme = info.get(int(value), ("", "")) if key == "cluster" else (str(value), "")
        # a cluster is described by its own theme (the clusters table), not its paragraphs'
        theme = theme or members["theme"].mode().sort_values().iloc[0]
        mine = reps[reps["cluster"] == value] if key == "cluster" else reps
        examples = records(mine[mine["theme"] == theme].head(per), root)
        # a group none of whose representatives has its theme is shown by paragraphs labelled
        # with their own themes, never as examples of the group's theme
        mixed = [] if examples else records(mine.head(per), root)
        groups.append(
            {
                "key": value if key == "cluster" else None,
                "name": name,
                "theme": theme,
                "paragraphs": len(members),
                "own_theme": int((members["theme"] == theme).sum()),
                "share": len(members) / total,
                "articles": int(members["article_id"].nunique()),
                "terms": _terms(int(value), terms, clusters, limits["terms_per_theme"])
                if key == "cluster"
                else [],
                "examples": examples,
                "mixed_examples": mixed,
            }
        )
    groups.sort(key=lambda g: (-g["paragraphs"], str(g["theme"]), str(g["key"])))
    shares = theme_shares(paras)
    for share in shares:
        # an example for every theme, also one that leads no cluster
        found = records(reps[reps["theme"] == share["theme"]].head(1), root)
        share["example"] = found[0] if found else None
    return {"available": True, "by": key, "groups": groups, "shares": shares}
