"""Column contracts for the tables that pass between pipeline stages.

Column names are public API: notebooks, the brief and users' own code read them.
Each table is a tidy pandas DataFrame with one row per observation.

Example
-------
>>> from afgresearch.schema import PARAGRAPH_COLUMNS, empty_table
>>> list(empty_table("paragraphs").columns) == list(PARAGRAPH_COLUMNS)
True
"""

from __future__ import annotations

import pandas as pd

ARTICLE_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "source_file": "string",
    "line_start": "int64",
    "line_end": "int64",
    "title": "string",
    "outlet": "string",
    "published": "string",
    "text": "string",
}

PARAGRAPH_COLUMNS: dict[str, str] = {
    "paragraph_id": "string",
    "article_id": "string",
    "source_file": "string",
    "line": "int64",
    "text": "string",
}

THEMES: tuple[str, ...] = ("migration", "diplomacy", "rights", "other")

THEMED_PARAGRAPH_COLUMNS: dict[str, str] = {
    **PARAGRAPH_COLUMNS,
    "cluster": "int64",
    "theme": "string",
    "theme_score": "float64",
}

CLAIM_COLUMNS: dict[str, str] = {
    "claim_id": "string",
    "paragraph_id": "string",
    "source_file": "string",
    "line": "int64",
    "quote": "string",
    "value": "float64",
    "qualifier": "string",
    "unit": "string",
    "topic": "string",
    "period": "string",
    "attributed_to": "string",
    "repeat_of": "string",
    "measure": "string",
}

QUALIFIERS: tuple[str, ...] = (
    "exact",
    "more_than",
    "at_least",
    "about",
    "up_to",
    "less_than",
    "nearly",
)

CLAIM_TOPICS: tuple[str, ...] = (
    "returns_deportations",
    "refugee_population",
    "aid_humanitarian",
    "rights_violations",
    "trade_economy",
    "security_violence",
    "other",
)

ACTOR_COLUMNS: dict[str, str] = {
    "actor": "string",
    "type": "string",
    "aliases": "string",
}

ACTOR_TYPES: tuple[str, ...] = ("country", "organisation", "person", "armed group")

MENTION_COLUMNS: dict[str, str] = {
    "actor": "string",
    "type": "string",
    "paragraph_id": "string",
    "article_id": "string",
    "source_file": "string",
    "line": "int64",
    "matched": "string",
}

EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "cameo_code": "string",
    "label": "string",
    "actor_1": "string",
    "actor_2": "string",
    "place": "string",
    "date": "string",
    "source_file": "string",
    "line": "int64",
    "quote": "string",
}

CO_MENTION_COLUMNS: dict[str, str] = {
    "actor_1": "string",
    "actor_2": "string",
    "paragraphs": "int64",
}

CLUSTER_COLUMNS: dict[str, str] = {
    "cluster": "int64",
    "name": "string",
    "theme": "string",
    "size": "int64",
    "top_terms": "string",
}

THEME_TERM_COLUMNS: dict[str, str] = {
    "cluster": "int64",
    "theme": "string",
    "rank": "int64",
    "term": "string",
    "weight": "float64",
}

PARAGRAPH_MAP_COLUMNS: dict[str, str] = {
    "paragraph_id": "string",
    "x": "float64",
    "y": "float64",
    "cluster": "int64",
    "theme": "string",
}

ARTICLE_THEME_COLUMNS: dict[str, str] = {
    "article_id": "string",
    "theme": "string",
    "share": "float64",
}

OUTLET_THEME_COLUMNS: dict[str, str] = {
    "outlet": "string",
    "theme": "string",
    "n_paragraphs": "int64",
    "share": "float64",
}

DATE_THEME_COLUMNS: dict[str, str] = {
    "period": "string",
    "theme": "string",
    "n_paragraphs": "int64",
    "share": "float64",
}

K_SELECTION_COLUMNS: dict[str, str] = {
    "k": "int64",
    "inertia": "float64",
    "silhouette": "float64",
    "n_texts": "int64",
    "chosen": "bool",
}

REPRESENTATIVE_COLUMNS: dict[str, str] = {
    "cluster": "int64",
    "name": "string",
    "theme": "string",
    "rank": "int64",
    "paragraph_id": "string",
    "source_file": "string",
    "line": "int64",
    "distance": "float64",
    "text": "string",
}

REJECT_COLUMNS: dict[str, str] = {
    "source_file": "string",
    "reason": "string",
}

#: one row per non-blank line of a text dump: what became of it (see afgresearch.corpus.linetable);
#: joins TABLES once the corpus notebook writes it (Corpus.tables())
LINE_COLUMNS: dict[str, str] = {
    "source_file": "string",
    "line": "int64",
    "kind": "string",
    "article_id": "string",
    "reason": "string",
}

TABLES: dict[str, dict[str, str]] = {
    "articles": ARTICLE_COLUMNS,
    "paragraphs": PARAGRAPH_COLUMNS,
    "claims": CLAIM_COLUMNS,
    "actors": ACTOR_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "events": EVENT_COLUMNS,
    "rejects": REJECT_COLUMNS,
    "co_mentions": CO_MENTION_COLUMNS,
    "clusters": CLUSTER_COLUMNS,
    "theme_terms": THEME_TERM_COLUMNS,
    "paragraph_map": PARAGRAPH_MAP_COLUMNS,
    "article_themes": ARTICLE_THEME_COLUMNS,
    "outlet_themes": OUTLET_THEME_COLUMNS,
    "date_themes": DATE_THEME_COLUMNS,
    "k_selection": K_SELECTION_COLUMNS,
    "representatives": REPRESENTATIVE_COLUMNS,
}


def empty_table(name: str) -> pd.DataFrame:
    """Return an empty DataFrame with the columns and dtypes of table ``name``.

    Example
    -------
    >>> empty_table("rejects").dtypes.astype(str).tolist()
    ['string', 'string']
    """
    try:
        columns = TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; known tables: {', '.join(TABLES)}") from None
    return pd.DataFrame({c: pd.Series(dtype=d) for c, d in columns.items()})


def conform(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """Order ``frame``'s columns as in ``columns`` (extra columns kept after) and cast dtypes.

    Missing columns raise ``ValueError`` naming them.

    Example
    -------
    >>> conform(pd.DataFrame({"reason": ["empty"], "source_file": ["a.txt"]}), REJECT_COLUMNS).columns.tolist()
    ['source_file', 'reason']
    """
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"table is missing columns: {', '.join(missing)}")
    extra = [c for c in frame.columns if c not in columns]
    out = frame[list(columns) + extra].copy()
    return out.astype(columns)
