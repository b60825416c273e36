"""Theme shares per article, outlet and date, weighted by paragraph length.

Example
-------
>>> import pandas as pd
>>> p = pd.DataFrame({"article_id": ["a", "a"], "text": ["x" * 30, "y" * 10],
...                   "theme": ["migration", "rights"]})
>>> article_theme_shares(p)["share"].tolist()
[0.75, 0.25]
"""

from __future__ import annotations

import pandas as pd

from afgresearch.schema import ARTICLE_THEME_COLUMNS, conform, require
from afgresearch.themes.errors import ThemeInputError, ThemeTableError


def _weights(paragraphs: pd.DataFrame) -> pd.Series:
    return paragraphs["text"].astype("string").fillna("").str.len().astype("float64")


def _weighted(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """``paragraphs`` with a ``weight`` column: their length, unless already weighed
    (:func:`theme_weights`)."""
    if "weight" in paragraphs.columns:
        return paragraphs
    return paragraphs.assign(weight=_weights(paragraphs))


def theme_weights(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Characters and paragraphs per article and theme: what the share tables add up.

    The shares of :func:`article_theme_shares`, :func:`outlet_theme_shares` and
    :func:`date_theme_shares` are the same from these rows as from the paragraphs (weights
    are whole numbers of characters, so their sums are exact in any order), so a corpus read
    in chunks keeps one row per article and theme, not one per paragraph.

    Parameters
    ----------
    paragraphs : DataFrame with ``article_id``, ``text``, ``theme``

    Returns
    -------
    DataFrame ``article_id, theme, weight, n_paragraphs`` sorted by article and theme.

    Example
    -------
    >>> p = pd.DataFrame({"article_id": ["a", "a", "a"], "text": ["xx", "y", "zzz"],
    ...                   "theme": ["rights", "rights", "other"]})
    >>> theme_weights(p)[["theme", "weight", "n_paragraphs"]].values.tolist()
    [['other', 3.0, 1], ['rights', 3.0, 2]]
    """
    require(paragraphs, "paragraphs", ["article_id", "text", "theme"], error=ThemeTableError)
    frame = paragraphs[["article_id", "theme"]].assign(weight=_weights(paragraphs))
    grouped = frame.groupby(["article_id", "theme"], sort=True, dropna=False)
    out = pd.concat(
        [grouped["weight"].sum(), grouped.size().rename("n_paragraphs")], axis=1
    ).reset_index()
    return out.astype({"weight": "float64", "n_paragraphs": "int64"})


def _shares(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    grouped = frame.groupby([*keys, "theme"], sort=True, dropna=False)
    sums = grouped["weight"].sum().rename("weight")
    if "n_paragraphs" in frame.columns:  # rows of theme_weights: paragraphs already counted
        counts = grouped["n_paragraphs"].sum().rename("n_paragraphs")
    else:
        counts = grouped.size().rename("n_paragraphs")
    out = pd.concat([sums, counts], axis=1).reset_index()
    totals = out.groupby(keys, dropna=False)["weight"].transform("sum")
    out["share"] = (out["weight"] / totals.where(totals > 0)).fillna(0.0)
    return out.drop(columns="weight")


def article_theme_shares(
    paragraphs: pd.DataFrame, articles: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Share of each article's text (by paragraph length in characters) per theme.

    Parameters
    ----------
    paragraphs : DataFrame with ``article_id``, ``text``, ``theme`` (or the rows of
        :func:`theme_weights`)
    articles : DataFrame with ``article_id``, optional
        Articles with no themed paragraph are listed with theme ``other`` and share 0.

    Returns
    -------
    DataFrame with ARTICLE_THEME_COLUMNS, sorted by ``article_id, theme``; shares of an
    article sum to 1 (when it has any text).

    Example
    -------
    See the module docstring.
    """
    _require_weighable(paragraphs)
    frame = _weighted(paragraphs)
    out = _shares(frame, ["article_id"])[["article_id", "theme", "share"]]
    if articles is not None:
        require(articles, "articles", ["article_id"], error=ThemeTableError)
        absent = sorted(set(articles["article_id"].dropna()) - set(out["article_id"]))
        if absent:
            extra = pd.DataFrame({"article_id": absent, "theme": "other", "share": 0.0})
            out = pd.concat([out, extra], ignore_index=True)
    out = out.sort_values(["article_id", "theme"], kind="stable").reset_index(drop=True)
    return conform(out, ARTICLE_THEME_COLUMNS)


def _require_weighable(paragraphs: pd.DataFrame) -> None:
    text = "weight" if "weight" in paragraphs.columns else "text"
    require(paragraphs, "paragraphs", ["article_id", text, "theme"], error=ThemeTableError)


def _joined(paragraphs: pd.DataFrame, articles: pd.DataFrame, column: str) -> pd.DataFrame:
    _require_weighable(paragraphs)
    require(articles, "articles", ["article_id", column], error=ThemeTableError)
    meta = articles[["article_id", column]].drop_duplicates("article_id")
    frame = paragraphs.drop(columns=[column], errors="ignore").merge(
        meta, on="article_id", how="left", validate="many_to_one"
    )
    return _weighted(frame)


def outlet_theme_shares(paragraphs: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Share of each outlet's text per theme (by paragraph length).

    Parameters
    ----------
    paragraphs : DataFrame with ``article_id``, ``text``, ``theme``
    articles : DataFrame with ``article_id``, ``outlet``

    Returns
    -------
    DataFrame ``outlet, theme, n_paragraphs, share`` (missing or empty outlets as ``unknown``).

    Example
    -------
    >>> p = pd.DataFrame({"article_id": ["a", "b"], "text": ["xx", "yy"],
    ...                   "theme": ["rights", "rights"]})
    >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", ""]})
    >>> outlet_theme_shares(p, a)["outlet"].tolist()
    ['X', 'unknown']
    """
    frame = _joined(paragraphs, articles, "outlet")
    outlet = frame["outlet"].astype("string").str.strip()
    frame["outlet"] = outlet.mask(outlet == "").fillna("unknown")
    out = _shares(frame, ["outlet"])
    return out[["outlet", "theme", "n_paragraphs", "share"]].astype(
        {"outlet": "string", "theme": "string", "n_paragraphs": "int64", "share": "float64"}
    )


def date_theme_shares(
    paragraphs: pd.DataFrame, articles: pd.DataFrame, freq: str = "D"
) -> pd.DataFrame:
    """Share of each period's text per theme, by the articles' ``published`` date.

    Parameters
    ----------
    paragraphs : DataFrame with ``article_id``, ``text``, ``theme``
    articles : DataFrame with ``article_id``, ``published`` (ISO dates or any parseable text)
    freq : {"D", "M", "Y"}
        Day, month or year periods.

    Returns
    -------
    DataFrame ``period, theme, n_paragraphs, share``; undated articles are left out.

    Example
    -------
    >>> p = pd.DataFrame({"article_id": ["a"], "text": ["xx"], "theme": ["rights"]})
    >>> a = pd.DataFrame({"article_id": ["a"], "published": ["2025-05-31"]})
    >>> date_theme_shares(p, a, freq="M")["period"].tolist()
    ['2025-05']
    """
    formats = {"D": "%Y-%m-%d", "M": "%Y-%m", "Y": "%Y"}
    if freq not in formats:
        raise ThemeInputError(f"freq must be one of {sorted(formats)}, got {freq!r}")
    frame = _joined(paragraphs, articles, "published")
    dates = pd.to_datetime(frame["published"].astype("string"), errors="coerce", utc=True)
    frame["period"] = dates.dt.strftime(formats[freq]).astype("string")
    frame = frame[frame["period"].notna()]
    if frame.empty:
        return pd.DataFrame(
            {
                "period": pd.Series(dtype="string"),
                "theme": pd.Series(dtype="string"),
                "n_paragraphs": pd.Series(dtype="int64"),
                "share": pd.Series(dtype="float64"),
            }
        )
    out = _shares(frame, ["period"])
    return out[["period", "theme", "n_paragraphs", "share"]].astype(
        {"period": "string", "theme": "string", "n_paragraphs": "int64", "share": "float64"}
    )
