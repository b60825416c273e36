"""Theme paragraph tables: fit or apply a ThemeModel to a paragraphs table.

Example
-------
>>> import pandas as pd
>>> p = pd.DataFrame({"paragraph_id": ["a:1", "a:2"], "article_id": ["a", "a"],
...                   "source_file": ["f.txt", "f.txt"], "line": [1, 3],
...                   "text": ["refugees deported", "envoy visit"]})
>>> out, model = theme_paragraphs(p, n_clusters=2, return_model=True)
>>> out["theme"].tolist()
['migration', 'diplomacy']
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from afgresearch.schema import THEMED_PARAGRAPH_COLUMNS, conform, require
from afgresearch.themes.errors import ThemeInputError, ThemeTableError
from afgresearch.themes.model import ThemeModel


def _check_paragraphs(paragraphs: Any) -> pd.DataFrame:
    require(paragraphs, "paragraphs", error=ThemeTableError)
    if paragraphs.empty:
        raise ThemeInputError("paragraphs table is empty")
    return paragraphs


def theme_paragraphs(
    paragraphs: pd.DataFrame,
    model: ThemeModel | None = None,
    return_model: bool = False,
    **params: Any,
) -> pd.DataFrame | tuple[pd.DataFrame, ThemeModel]:
    """Add ``cluster``, ``theme`` and ``theme_score`` to a paragraphs table.

    Parameters
    ----------
    paragraphs : DataFrame with PARAGRAPH_COLUMNS
    model : ThemeModel, optional
        A fitted model to apply (``predict``); if None a new one is fitted on the texts.
        Either way ``article_id`` gives each paragraph its article context.
    return_model : bool
        Also return the (fitted) model.
    **params
        ThemeModel parameters for a new model (ignored when ``model`` is given).

    Returns
    -------
    DataFrame with THEMED_PARAGRAPH_COLUMNS (row order kept), or ``(table, model)``.

    Example
    -------
    See the module docstring.
    """
    frame = _check_paragraphs(paragraphs)
    texts = frame["text"].astype("string").fillna("").tolist()
    groups = frame["article_id"].astype("string").tolist()
    if model is None:
        model = ThemeModel(**params).fit(texts, groups=groups)
        labels, themes, scores = model.labels_, model.themes_, model.theme_scores_
    else:
        if params:
            raise ThemeInputError(f"parameters {sorted(params)} given together with a model")
        labels = model.predict(texts)
        themes, scores = model.predict_themes(texts, groups=groups)
    out = frame.copy()
    out["cluster"] = np.asarray(labels, dtype=np.int64)
    out["theme"] = pd.array(np.asarray(themes, dtype=object), dtype="string")
    out["theme_score"] = np.asarray(scores, dtype=float)
    out = conform(out.reset_index(drop=True), THEMED_PARAGRAPH_COLUMNS)
    return (out, model) if return_model else out
