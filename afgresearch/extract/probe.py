"""Score the event extractor on a probe set of single news sentences labelled by CAMEO root.

A probe file is a CSV with one sentence a row: ``id``, ``url``, ``published``, ``sentence``,
``expected_root`` (the CAMEO root of the sentence's event, two digits; alternatives
';'-separated; empty for a negative probe), ``expected_date`` (at the precision the text gives:
``2025-07-31``, ``2025-07``, ``2025``), ``forbidden_root`` and ``forbidden_date`` (a negative
check: no event of that root, or none dated within that prefix, or none of that root so dated
when both are given). Each sentence is one paragraph of an article of its own, published on
``published``.

Figures (over the rows with an expected root): ``found`` counts rows with any event, ``root``
rows with an event of an expected root, ``date`` rows where such an event has the expected date
(prefix at its precision); ``clean`` counts negative checks that hold, over the rows that give
one.

Example
-------
>>> rows = pd.DataFrame({"id": ["a"], "published": ["2025-06-04"],
...     "sentence": ["Pakistan arrested 30 Afghans on Monday."], "expected_root": ["17"],
...     "expected_date": ["2025-06-02"], "forbidden_root": [""], "forbidden_date": [""]})
>>> score_probe(rows)["date"]
(1, 1)
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from afgresearch.extract.errors import InputTableError
from afgresearch.extract.events import extract_events

PROBE_COLUMNS: tuple[str, ...] = (
    "id",
    "published",
    "sentence",
    "expected_root",
    "expected_date",
    "forbidden_root",
    "forbidden_date",
)


def load_probe(path: str | Path) -> pd.DataFrame:
    """Read a probe CSV (all columns as text, empty cells as '').

    Raises
    ------
    InputTableError
        When the file is missing or lacks a column of :data:`PROBE_COLUMNS`.

    Example
    -------
    >>> load_probe("missing.csv")
    Traceback (most recent call last):
    ...
    afgresearch.extract.errors.InputTableError: probe file not found: missing.csv
    """
    path = Path(path)
    if not path.is_file():
        raise InputTableError(f"probe file not found: {path}")
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    missing = [c for c in PROBE_COLUMNS if c not in table.columns]
    if missing:
        raise InputTableError(f"probe file {path} lacks columns: {', '.join(missing)}")
    return table


def root_of(code: object) -> str:
    """The CAMEO root (first two digits) of an event code.

    Example
    -------
    >>> root_of("0841"), root_of("173")
    ('08', '17')
    """
    return str(code)[:2]


def probe_events(rows: pd.DataFrame) -> pd.DataFrame:
    """The events of every probe sentence, each sentence one article cited as ``<id>.txt``
    (``source_file``).

    Example
    -------
    >>> rows = pd.DataFrame({"id": ["a"], "published": ["2025-06-04"],
    ...     "sentence": ["Iran deported 300 Afghans on Monday."]})
    >>> probe_events(rows)[["source_file", "cameo_code", "date"]].values.tolist()
    [['a.txt', '174', '2025-06-02']]
    """
    ids = rows["id"].astype(str).tolist()
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": [f"{i}-p0" for i in ids],
            "article_id": ids,
            "source_file": [f"{i}.txt" for i in ids],
            "line": [1] * len(ids),
            "text": rows["sentence"].astype(str).tolist(),
        }
    )
    articles = pd.DataFrame({"article_id": ids, "published": rows["published"].tolist()})
    return extract_events(paragraphs, articles)


def _alternatives(cell: object) -> list[str]:
    return [a.strip() for a in str(cell or "").split(";") if a.strip()]


def score_probe(
    rows: pd.DataFrame, events: pd.DataFrame | None = None
) -> dict[str, tuple[int, int]]:
    """``found``, ``root``, ``date`` and ``clean`` as (hits, total) (see the module docstring).

    Example
    -------
    >>> rows = pd.DataFrame({"id": ["n"], "published": ["2025-06-04"],
    ...     "sentence": ["Iran has not deported anyone."], "expected_root": [""],
    ...     "expected_date": [""], "forbidden_root": ["17"], "forbidden_date": [""]})
    >>> score_probe(rows)["clean"]
    (1, 1)
    """
    if events is None:
        events = probe_events(rows)
    by_article = {str(k): g for k, g in events.groupby("source_file", sort=False)}
    found = root = date = clean = positives = negatives = 0
    for row in rows.itertuples(index=False):
        got = by_article.get(f"{row.id}.txt")
        codes = [] if got is None else [root_of(c) for c in got["cameo_code"]]
        dates = [] if got is None else [str(d) for d in got["date"]]
        expected = _alternatives(row.expected_root)
        if expected:
            positives += 1
            found += bool(codes)
            right = [d for c, d in zip(codes, dates, strict=True) if c in expected]
            root += bool(right)
            want = str(row.expected_date)
            date += any(len(d) >= len(want) and d[: len(want)] == want for d in right)
        bad_root, bad_date = str(row.forbidden_root or ""), str(row.forbidden_date or "")
        if bad_root or bad_date:
            negatives += 1
            clean += not any(
                (not bad_root or c == bad_root) and (not bad_date or d.startswith(bad_date))
                for c, d in zip(codes, dates, strict=True)
            )
    return {
        "found": (found, positives),
        "root": (root, positives),
        "date": (date, positives),
        "clean": (clean, negatives),
    }
