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
from afgresearch.extract.provenance import flat_paragraphs
from afgresearch.schema import PARAGRAPH_COLUMNS, require


def check_paragraphs(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Return ``paragraphs`` with the paragraph columns typed; raise where its contract breaks.

    Parameters
    ----------
    paragraphs : DataFrame with at least PARAGRAPH_COLUMNS.

    Returns
    -------
    DataFrame with ``text`` as str (missing text -> empty string; line breaks inside a
    paragraph read as spaces, so offsets are unchanged and no pattern has to allow for a break:
    :func:`afgresearch.extract.provenance.exact_lines` maps offsets back to source lines) and
    ``line`` as int.
    """
    require(paragraphs, "paragraphs", error=InputTableError)
    out = paragraphs.copy()
    out["text"] = out["text"].fillna("").astype(str)
    out = flat_paragraphs(out)
    for col in ("paragraph_id", "article_id", "source_file"):
        out[col] = out[col].fillna("").astype(str)
    out["line"] = pd.to_numeric(out["line"]).astype("int64")
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
    require(articles, "articles", ["article_id", "published"], error=InputTableError)
    ids = articles["article_id"].fillna("").astype(str)
    pub = articles["published"].fillna("").astype(str)
    return dict(zip(ids, pub, strict=True))
