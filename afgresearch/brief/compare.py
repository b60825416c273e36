"""'Since the previous run': new articles, new claims and theme shifts against an earlier run.

The previous run is read from its ``tables/`` folder (Parquet preferred, CSV otherwise).
Articles are matched by ``article_id``; claims by what they say and where (``source_file``,
``quote``, ``value``), so renumbered claim ids do not count as new.

Example
-------
>>> import pandas as pd
>>> now = {"articles": pd.DataFrame({"article_id": ["a", "b"]})}
>>> before = {"articles": pd.DataFrame({"article_id": ["a"]})}
>>> compare_tables(now, before)["new_article_ids"]
['b']
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from afgresearch.brief.errors import PreviousRunError
from afgresearch.brief.themes import theme_shares
from afgresearch.brief.values import text

COMPARED_TABLES: tuple[str, ...] = ("articles", "claims", "paragraphs")


def load_run_tables(run_dir: str | os.PathLike[str]) -> dict[str, pd.DataFrame]:
    """Read the tables a comparison needs from a run folder.

    Parameters
    ----------
    run_dir : path
        A run folder (with ``tables/``) or its ``tables/`` folder.

    Returns
    -------
    dict
        table name -> DataFrame, for those of :data:`COMPARED_TABLES` found.

    Raises
    ------
    PreviousRunError
        When the folder does not exist or holds none of the tables, or a file cannot be read.

    Example
    -------
    >>> load_run_tables("/nonexistent")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    PreviousRunError: ...
    """
    from afgresearch.pipeline.tables import TABLES_DIR, read_table

    root = Path(run_dir)
    if not root.is_dir():
        raise PreviousRunError(f"previous run folder {str(root)!r} does not exist")
    # a run folder, or its tables/ folder itself
    run = root if (root / TABLES_DIR).is_dir() else root.parent
    folder = run / TABLES_DIR
    out: dict[str, pd.DataFrame] = {}
    for name in COMPARED_TABLES:
        if not ((folder / f"{name}.parquet").is_file() or (folder / f"{name}.csv").is_file()):
            continue
        try:
            out[name] = read_table(run, name)
        except Exception as exc:  # any reader failure is reported as one clear error
            raise PreviousRunError(
                f"previous run table {name!r} in {folder.name!r} cannot be read: {exc}"
            ) from exc
    if not out:
        raise PreviousRunError(
            f"previous run folder {root.name!r} holds none of the tables "
            f"{', '.join(COMPARED_TABLES)} (as .parquet or .csv)"
        )
    return out


def _claim_key(row: Mapping[str, Any]) -> tuple[str, str, str]:
    value = pd.to_numeric(pd.Series([row.get("value")]), errors="coerce").iloc[0]
    return (
        Path(text(row.get("source_file"))).name,
        " ".join(text(row.get("quote")).split()),
        "" if pd.isna(value) else repr(float(value)),
    )


def compare_tables(
    now: Mapping[str, pd.DataFrame], before: Mapping[str, pd.DataFrame]
) -> dict[str, Any]:
    """Compare this run's tables with a previous run's.

    Parameters
    ----------
    now, before : mapping of str to DataFrame
        Tables of this run and of the previous run (missing tables count as empty).

    Returns
    -------
    dict
        ``new_article_ids``, ``removed_articles``, ``previous_articles``, ``new_claim_ids``,
        ``previous_claims`` and ``theme_shifts`` (theme, share before, share now, change).

    Example
    -------
    >>> import pandas as pd
    >>> p = lambda *t: pd.DataFrame({"theme": list(t)})
    >>> compare_tables({"paragraphs": p("rights", "migration")}, {"paragraphs": p("rights")})["theme_shifts"][0]
    {'theme': 'migration', 'before': 0.0, 'now': 0.5, 'change': 0.5}
    """

    def ids(tables: Mapping[str, pd.DataFrame], name: str, column: str) -> list[str]:
        frame = tables.get(name)
        if frame is None or column not in frame.columns:
            return []
        return [text(v) for v in frame[column]]

    now_articles, before_articles = (
        ids(now, "articles", "article_id"),
        ids(before, "articles", "article_id"),
    )
    new_articles = sorted(set(now_articles) - set(before_articles))
    removed = sorted(set(before_articles) - set(now_articles))

    new_claims: list[str] = []
    previous_claims = 0
    claims_now, claims_before = now.get("claims"), before.get("claims")
    if claims_now is not None and "claim_id" in claims_now.columns:
        seen: set[tuple[str, str, str]] = set()
        if claims_before is not None:
            previous_claims = len(claims_before)
            seen = {_claim_key(r) for r in claims_before.to_dict("records")}
        new_claims = sorted(
            text(r["claim_id"]) for r in claims_now.to_dict("records") if _claim_key(r) not in seen
        )

    shares_now = {
        s["theme"]: s["share"] for s in theme_shares(now.get("paragraphs", pd.DataFrame()))
    }
    shares_before = {
        s["theme"]: s["share"] for s in theme_shares(before.get("paragraphs", pd.DataFrame()))
    }
    shifts = []
    for theme in sorted(set(shares_now) | set(shares_before)):
        a, b = float(shares_before.get(theme, 0.0)), float(shares_now.get(theme, 0.0))
        shifts.append({"theme": theme, "before": a, "now": b, "change": b - a})
    shifts.sort(key=lambda s: (-abs(s["change"]), s["theme"]))
    return {
        "new_article_ids": new_articles,
        "removed_articles": len(removed),
        "previous_articles": len(set(before_articles)),
        "new_claim_ids": new_claims,
        "previous_claims": previous_claims,
        "theme_shifts": shifts,
        "themes_compared": bool(shares_now) and bool(shares_before),
    }
