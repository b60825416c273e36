"""Score event dates and claims against hand-labelled sentences (YAML), field by field.

A labelled file is a list of items, each with ``text`` and, for events, ``published`` and
``events`` (``code``, ``date``, ``basis``: None when not scored), for claims ``claims``
(``value`` and any of ``qualifier``, ``unit``, ``period``, ``rate_per``, ``kind``,
``attributed_to``). Each item is one paragraph of its own article.

Events: an expected event is found when an event with its CAMEO code comes out of its text;
``date`` counts a found event whose date is the expected one; precision of dates is over the
found events that got a date. Claims: an expected claim is found when a claim with its value
comes out of its text (recall); precision is over all claims from the texts; each field is
scored over the found claims that label it.

Example
-------
>>> items = [{"text": "Pakistan deported 300 Afghans on Monday.", "published": "2025-06-04",
...           "events": [{"code": "174", "date": "2025-06-02", "basis": "weekday_relative"}],
...           "claims": [{"value": 300, "unit": "Afghans", "period": ""}]}]
>>> score_events(items)["date"]
(1, 1)
>>> score_claims(items)["recall"], score_claims(items)["unit"]
((1, 1), (1, 1))
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from afgresearch.extract.claims import extract_claims
from afgresearch.extract.errors import InputTableError
from afgresearch.extract.events import extract_events

#: claim fields scored, in report order
CLAIM_FIELDS: tuple[str, ...] = (
    "qualifier",
    "unit",
    "period",
    "rate_per",
    "kind",
    "attributed_to",
)


def load_labelled(path: str | Path) -> list[dict[str, Any]]:
    """Read a labelled YAML file (a list of items with ``text``).

    Raises
    ------
    InputTableError
        When the file is missing, not YAML, or an item has no ``text``.

    Example
    -------
    >>> load_labelled("missing.yaml")
    Traceback (most recent call last):
    ...
    afgresearch.extract.errors.InputTableError: cannot read labelled file missing.yaml: file not found
    """
    path = Path(path)
    if not path.exists():
        raise InputTableError(f"cannot read labelled file {path}: file not found")
    try:
        items = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise InputTableError(f"labelled file {path} is not valid YAML: {exc}") from None
    if not isinstance(items, list) or not all(isinstance(i, dict) and "text" in i for i in items):
        raise InputTableError(f"labelled file {path} must be a list of items with 'text'")
    return items


def _tables(items: list[dict[str, Any]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    ids = [f"dev{i:03d}" for i in range(len(items))]
    paragraphs = pd.DataFrame(
        {
            "paragraph_id": [f"{a}-p1" for a in ids],
            "article_id": ids,
            "source_file": ["dev.yaml"] * len(items),
            "line": list(range(1, len(items) + 1)),
            "text": [str(i["text"]) for i in items],
        }
    )
    articles = pd.DataFrame(
        {"article_id": ids, "published": [str(i.get("published") or "") for i in items]}
    )
    return paragraphs, articles


def score_events(items: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Count hits over the labelled events: ``found``, ``date``, ``basis`` (hits, expected) and
    ``date_precision`` (right dates, found events with a date).

    Example
    -------
    >>> score_events([{"text": "Nothing.", "events": []}])["found"]
    (0, 0)
    """
    paragraphs, articles = _tables(items)
    events = extract_events(paragraphs, articles)
    by_line = {line: group for line, group in events.groupby("line")} if len(events) else {}
    found = date = basis = basis_n = dated = dated_right = 0
    expected_n = 0
    for line, item in enumerate(items, start=1):
        rows = by_line.get(line)
        for exp in item.get("events") or []:
            expected_n += 1
            match = None if rows is None else rows[rows["cameo_code"] == str(exp["code"])]
            if match is None or match.empty:
                continue
            got = match.iloc[0]
            found += 1
            right = str(got["date"]) == str(exp.get("date") or "")
            date += right
            if got["date"]:
                dated += 1
                dated_right += right
            if exp.get("basis") is not None:
                basis_n += 1
                basis += str(got["date_basis"]) == str(exp["basis"])
    return {
        "found": (found, expected_n),
        "date": (date, expected_n),
        "date_precision": (dated_right, dated),
        "basis": (basis, basis_n),
    }


def score_claims(items: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Count hits over the labelled claims: ``recall`` (found, expected), ``precision``
    (matched, extracted) and one (right, labelled among found) pair per field of
    :data:`CLAIM_FIELDS`.

    Example
    -------
    >>> score_claims([{"text": "Some 5 left.", "claims": [{"value": 5, "kind": "count"}]}])["kind"]
    (1, 1)
    """
    paragraphs, _ = _tables(items)
    claims = extract_claims(paragraphs)
    by_line = {line: group for line, group in claims.groupby("line")} if len(claims) else {}
    out = {"recall": [0, 0], "precision": [0, len(claims)]}
    out.update({f: [0, 0] for f in CLAIM_FIELDS})
    for line, item in enumerate(items, start=1):
        rows = by_line.get(line)
        used: set[int] = set()
        for exp in item.get("claims") or []:
            out["recall"][1] += 1
            if rows is None:
                continue
            candidates = [
                i for i, v in zip(rows.index, rows["value"], strict=True)
                if abs(float(v) - float(exp["value"])) < 1e-6 and i not in used
            ]  # fmt: skip
            if not candidates:
                continue
            used.add(candidates[0])
            got = rows.loc[candidates[0]]
            out["recall"][0] += 1
            out["precision"][0] += 1
            for field in CLAIM_FIELDS:
                if field in exp:
                    out[field][1] += 1
                    out[field][0] += str(got[field]) == str(exp[field] or "")
    return {k: (v[0], v[1]) for k, v in out.items()}


def ratio(pair: tuple[int, int]) -> float:
    """hits / total as a float (0.0 when total is 0).

    Example
    -------
    >>> ratio((3, 4))
    0.75
    """
    return pair[0] / pair[1] if pair[1] else 0.0
