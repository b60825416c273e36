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

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from afgresearch.brief.inputs import NEEDED, get_table
from afgresearch.brief.values import number, records, sorted_frame, text
from afgresearch.schema import THEMES
from afgresearch.table_file import TableFile, table_chunks


def theme_shares(paragraphs: pd.DataFrame) -> list[dict[str, Any]]:
    """Share of paragraphs per theme, named themes first.

    Example
    -------
    >>> theme_shares(pd.DataFrame({"theme": ["rights", "rights", "migration"]}))[1]["paragraphs"]
    2
    """
    if paragraphs.empty or "theme" not in paragraphs.columns:
        return []
    return _shares(Counter(paragraphs["theme"].map(lambda t: text(t) or "other")))


def _shares(counts: Mapping[str, int]) -> list[dict[str, Any]]:
    """:func:`theme_shares` from the paragraphs counted per theme."""
    order = [t for t in THEMES if t in counts] + sorted(set(counts) - set(THEMES))
    total = sum(counts.values())
    return [{"theme": t, "paragraphs": counts[t], "share": counts[t] / total} for t in order]


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


def _representatives(reps: pd.DataFrame, own: pd.DataFrame) -> pd.DataFrame:
    """The representatives with each paragraph's own theme and article (``own``: their rows
    of the paragraphs table, themes as words), in rank order."""
    own = own[["paragraph_id", "article_id", "theme"]].astype({"paragraph_id": str})
    table = reps.drop(columns=["theme"], errors="ignore").astype({"paragraph_id": str})
    table = table.merge(own, on="paragraph_id", how="left", validate="many_to_one")
    table = table.assign(
        cluster=pd.to_numeric(table["cluster"], errors="coerce"),
        rank=pd.to_numeric(table["rank"], errors="coerce"),
        theme=table["theme"].map(lambda t: text(t) or "other"),
    )
    return sorted_frame(table, ["cluster", "rank", "source_file", "line", "paragraph_id"])


@dataclass
class _Group:
    """What the brief counts of the paragraphs of one cluster (or theme)."""

    paragraphs: int = 0
    themes: Counter[str] = field(default_factory=Counter)
    articles: set[Any] = field(default_factory=set)


@dataclass
class _Counts:
    """The paragraphs table counted a chunk at a time: paragraphs per theme, per group, the
    numeric type of the cluster column, and the rows of the representatives' paragraphs."""

    themes: Counter[str] = field(default_factory=Counter)
    groups: dict[Any, _Group] = field(default_factory=dict)
    dtypes: list[Any] = field(default_factory=list)
    own: list[pd.DataFrame] = field(default_factory=list)


def _count(
    paragraphs: pd.DataFrame | TableFile, key: str, wanted: set[str], rows: int | None = None
) -> _Counts:
    """Count ``paragraphs`` by ``key`` (``cluster`` or ``theme``) a chunk of ``rows`` at a
    time, keeping the rows whose ``paragraph_id`` is in ``wanted``."""
    out = _Counts()
    extra = ["theme", *(["cluster"] if key == "cluster" else [])]
    columns = list(dict.fromkeys([*NEEDED["paragraphs"], *extra]))
    for chunk in table_chunks(paragraphs, rows, columns=columns):
        if isinstance(paragraphs, TableFile):  # a chunk read from disk is checked as it comes
            chunk = get_table({"paragraphs": chunk}, "paragraphs")
        chunk = chunk.assign(theme=chunk["theme"].map(lambda t: text(t) or "other"))
        if key == "cluster":  # read back from CSV, a column outside the contract is text
            chunk = chunk.assign(cluster=pd.to_numeric(chunk["cluster"], errors="coerce"))
            out.dtypes.append(chunk["cluster"].dtype)
        out.themes.update(chunk["theme"].value_counts().to_dict())
        for value, members in chunk.groupby(key, sort=False, dropna=True):
            group = out.groups.setdefault(value, _Group())
            group.paragraphs += len(members)
            group.themes.update(members["theme"].value_counts().to_dict())
            group.articles.update(members["article_id"].dropna())
        hit = chunk["paragraph_id"].astype(str).isin(wanted)
        out.own.append(chunk.loc[hit, ["paragraph_id", "article_id", "theme"]])
    return out


def theme_sections(
    paragraphs: pd.DataFrame | TableFile,
    clusters: pd.DataFrame,
    terms: pd.DataFrame,
    representatives: pd.DataFrame,
    root: Path | None,
    limits: Mapping[str, int],
) -> dict[str, Any]:
    """What the brief says about themes: ``available``, ``by`` (``cluster`` or ``theme``),
    ``groups`` (largest first) and ``shares`` (see :func:`theme_shares`).

    The paragraphs are counted a chunk at a time (read from disk for a
    :class:`~afgresearch.table_file.TableFile`); only the representatives' rows are kept.

    Example
    -------
    >>> theme_sections(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), None,
    ...     {})["available"]
    False
    """
    if paragraphs.empty or "theme" not in paragraphs.columns:
        return {"available": False, "groups": [], "shares": []}
    key = "cluster" if "cluster" in paragraphs.columns else "theme"
    wanted = set(representatives["paragraph_id"].astype(str)) if key == "cluster" else set()
    counts = _count(paragraphs, key, wanted)
    if key == "cluster":
        own = pd.concat(counts.own, ignore_index=True)
        reps = _representatives(representatives, own)
        # the cluster values as one numeric column of the whole table would hold them
        kind = np.result_type(*(np.dtype(getattr(d, "numpy_dtype", d)) for d in counts.dtypes))
        kind = kind.type
        found = {kind(v): g for v, g in counts.groups.items()}
    else:
        reps = pd.DataFrame(columns=["cluster", "theme"])
        found = dict(counts.groups)
    info = {
        int(n): (text(name), text(theme))
        for n, name, theme in zip(
            (number(c) for c in clusters["cluster"]), clusters["name"], clusters["theme"],
            strict=True,
        )
        if n is not None
    } if key == "cluster" else {}  # fmt: skip
    total = sum(counts.themes.values())
    per = limits["examples_per_theme"]
    groups = []
    for value in sorted(found, key=lambda v: (str(type(v)), v)):
        members = found[value]
        name, theme = info.get(int(value), ("", "")) if key == "cluster" else (str(value), "")
        # a cluster is described by its own theme (the clusters table), not its paragraphs'
        # (else its commonest theme, the first in order among equals)
        most = max(members.themes.values())
        theme = theme or min(t for t, n in members.themes.items() if n == most)
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
                "paragraphs": members.paragraphs,
                "own_theme": members.themes.get(theme, 0),
                "share": members.paragraphs / total,
                "articles": len(members.articles),
                "terms": _terms(int(value), terms, clusters, limits["terms_per_theme"])
                if key == "cluster"
                else [],
                "examples": examples,
                "mixed_examples": mixed,
            }
        )
    groups.sort(key=lambda g: (-g["paragraphs"], str(g["theme"]), str(g["key"])))
    shares = _shares(counts.themes)
    for share in shares:
        # an example for every theme, also one that leads no cluster
        found_rep = records(reps[reps["theme"] == share["theme"]].head(1), root)
        share["example"] = found_rep[0] if found_rep else None
    return {"available": True, "by": key, "groups": groups, "shares": shares}
