"""Column helpers shared by the figure functions (tables are checked by ``schema.require``).

Example
-------
>>> import pandas as pd
>>> text_column(pd.DataFrame({"a": [" x "]}), "a").tolist()
['x']
"""

from __future__ import annotations

import pandas as pd


def text_column(frame: pd.DataFrame, column: str, missing: str = "") -> pd.Series:
    """Return ``frame[column]`` as plain ``str`` with missing values replaced by ``missing``.

    Example
    -------
    >>> text_column(pd.DataFrame({"a": ["x", None]}), "a", "?").tolist()
    ['x', '?']
    """
    values = frame[column].astype("object").where(frame[column].notna(), missing)
    return values.map(lambda v: str(v).strip() or missing)
