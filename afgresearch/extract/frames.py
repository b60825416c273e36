"""Validation of the input tables that extraction reads.

Example
-------
>>> import pandas as pd
>>> check_paragraphs(pd.DataFrame({"paragraph_id": ["p1"], "article_id": ["a1"],
...     "source_file": ["x.txt"], "line": [1], "text": ["Hello."]})).shape
(1, 5)
"""

from __future__ import annotations

import pandas as pd

from afgresearch.extract.errors import InputTableError
from afgresearch.schema import PARAGRAPH_COLUMNS

_NEEDED_PARAGRAPH = ("paragraph_id", "article_id", "source_file", "line", "text")


def check_paragraphs(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return ``paragraphs`` with the paragraph columns typed; raise if any is missing.

    Parameters
    ----------
    paragraphs : DataFrame with at least PARAGRAPH_COLUMNS.

    Returns
    -------
    DataFrame with ``text`` as str (missing text -> empty string) and ``line`` as int.
    """
    if not isinstance(paragraphs, pd.DataFrame):
        raise InputTableError(
            f"paragraphs must be a pandas DataFrame, got {type(paragraphs).__name__}"
        )
    missing = [c for c in _NEEDED_PARAGRAPH if c not in paragraphs.columns]
    if missing:
        raise InputTableError(f"paragraphs table is missing columns: {', '.join(missing)}")
    duplicated = paragraphs["paragraph_id"][paragraphs["paragraph_id"].duplicated()]
    if len(duplicated):
        raise InputTableError(
            f"paragraphs table has duplicate paragraph_id values (ids must be unique): "
            f"{', '.join(map(str, duplicated.unique()[:5]))}"
        )
    out = paragraphs.copy()
    out["text"] = out["text"].fillna("").astype(str)
    for col in ("paragraph_id", "article_id", "source_file"):
        out[col] = out[col].fillna("").astype(str)
    try:
        out["line"] = pd.to_numeric(out["line"]).fillna(0).astype("int64")
    except (TypeError, ValueError) as exc:
        raise InputTableError(f"paragraphs column 'line' must hold integers: {exc}") from None
    return out[list(PARAGRAPH_COLUMNS) + [c for c in out.columns if c not in PARAGRAPH_COLUMNS]]


def publication_dates(articles: pd.DataFrame | None) -> dict[str, str]:
    """Map ``article_id`` to its ISO ``published`` date ('' when unknown).

    Parameters
    ----------
    articles : the articles table (ARTICLE_COLUMNS) or None.

    Returns
    -------
    dict of article_id -> ISO date string.
    """
    if articles is None:
        return {}
    if not isinstance(articles, pd.DataFrame):
        raise InputTableError(f"articles must be a pandas DataFrame, got {type(articles).__name__}")
    missing = [c for c in ("article_id", "published") if c not in articles.columns]
    if missing:
        raise InputTableError(f"articles table is missing columns: {', '.join(missing)}")
    ids = articles["article_id"].fillna("").astype(str)
    pub = articles["published"].fillna("").astype(str)
    return dict(zip(ids, pub, strict=True))
