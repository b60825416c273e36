"""The brief's figures: key figures, the largest returns reported, and where sources disagree.

Everything here selects and orders rows of the ``claims`` and ``disagreements`` tables by
the columns the evidence stage wrote (``as_stated``, ``vague``, ``counts_people``,
``duration``, ``is_rate``, ``n_sources``); nothing is re-read from a quote.

Example
-------
>>> measure_words("returns_deportations|people|return|past 2 months")["what"]
'people returned or deported'
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from afgresearch.brief.inputs import get_table
from afgresearch.brief.values import records, text
from afgresearch.extract.measures import split_measure
from afgresearch.table_file import TableFile, table_chunks

#: topics a brief on returns and rights leads with, in this order
TOPICS_OF_INTEREST: tuple[str, ...] = (
    "returns_deportations",
    "refugee_population",
    "aid_humanitarian",
    "rights_violations",
)

#: how the brief words a predicate class of :mod:`afgresearch.extract.measures`
PREDICATE_WORDS: dict[str, str] = {
    "return": "returned or deported",
    "kill": "killed",
    "injure": "injured",
    "arrest": "arrested or detained",
    "flee": "fled or displaced",
    "host": "hosted",
    "leave": "leaving",
    "need": "in need",
    "fund": "funded or pledged",
    "trade": "traded",
    "grant_protection": "granted protection",
}


def measure_words(key: Any) -> dict[str, str]:
    """The parts of a claim ``measure`` key, as words for the brief.

    Example
    -------
    >>> measure_words("returns_deportations|people|return|past 2 months")["period"]
    'past 2 months'
    """
    parts = split_measure(text(key))
    verb = PREDICATE_WORDS.get(parts["predicate"], parts["predicate"].replace("_", " "))
    what = " ".join(p for p in (parts["head"], verb) if p)
    return {"topic": parts["topic"].replace("_", " "), "what": what, "period": parts["period"]}


def claim_rank(r: Mapping[str, Any]) -> tuple[Any, ...]:
    """Order of the key figures: counts before vague amounts and durations, then topics of
    interest, named source, counted noun, topic, size.

    Example
    -------
    >>> a = dict(vague=False, duration=False, topic="returns_deportations", attributed_to="UN",
    ...     unit="people", value=5.0, source_file="f", line=1, claim_id="a")
    >>> claim_rank(a) < claim_rank({**a, "vague": True})
    True
    """
    topic = r["topic"] or "other"
    order = (
        TOPICS_OF_INTEREST.index(topic) if topic in TOPICS_OF_INTEREST else len(TOPICS_OF_INTEREST)
    )
    return (
        bool(r["vague"]) or bool(r["duration"]),
        order >= len(TOPICS_OF_INTEREST),
        not r["attributed_to"],
        not r["unit"],
        order,
        topic,
        -r["value"],
        r["source_file"],
        r["line"],
        r["claim_id"],
    )


def _reports_returns(r: Mapping[str, Any]) -> bool:
    """A count of people returned or deported (never money, percentages or multiples)."""
    return r["topic"] == "returns_deportations" and not r["vague"] and bool(r["counts_people"])


def _largest_returns(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Counts of people returned or deported (never money, percentages or multiples), totals
    before daily or monthly rates, named source first, then size; one figure per quoted
    passage (the two ends of a range are one report)."""
    ranked = sorted(
        (r for r in rows if _reports_returns(r)),
        key=lambda r: (r["is_rate"], not r["attributed_to"], -r["value"],
                       r["source_file"], r["line"], r["claim_id"]),
    )  # fmt: skip
    out: list[dict[str, Any]] = []
    passages: set[tuple[str, int, str]] = set()
    for r in ranked:
        passage = (r["source_file"], r["line"], r["quote"])
        if passage not in passages:
            passages.add(passage)
            out.append(r)
    return out


#: claims turned into records at a time: the brief keeps only those it shows
SLICE_ROWS = 5_000


def _first_statements(claims: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Which claims have a figure, and which of those repeat an earlier claim."""
    value = pd.to_numeric(claims["value"], errors="coerce")
    has_value = value.notna()
    repeats = (
        claims["repeat_of"].map(text) != ""
        if "repeat_of" in claims.columns
        else pd.Series(False, index=claims.index)
    )
    return has_value, repeats & has_value


def ranked_claims(
    claims: pd.DataFrame, root: Path | None, keep: pd.Series | None = None
) -> list[dict[str, Any]]:
    """Records of the first statements of ``claims`` with a figure (only those ``keep``
    marks, when given), in :func:`claim_rank` order.

    Example
    -------
    >>> ranked_claims(pd.DataFrame(columns=["value", "repeat_of"]), None)
    []
    """
    has_value, repeats = _first_statements(claims)
    chosen = has_value & ~repeats if keep is None else has_value & ~repeats & keep
    table = claims[chosen]
    rows = records(table.assign(value=pd.to_numeric(table["value"], errors="coerce")), root)
    rows.sort(key=claim_rank)
    return rows


def key_figures(claims: pd.DataFrame | TableFile, root: Path | None, limit: int) -> dict[str, Any]:
    """What the brief shows of the ``claims`` table.

    The claims are read :data:`SLICE_ROWS` at a time (from disk for a
    :class:`~afgresearch.table_file.TableFile`): only the first ``limit`` and the counts of
    people returned or deported are kept as records.

    Returns
    -------
    dict: ``total``, ``unique`` (not a repeat of an earlier claim), ``repeats``, ``by_topic``,
    ``main`` (the first ``limit`` in :func:`claim_rank` order), ``returns`` (largest counts of
    people returned or deported) and ``returns_sourced_only`` (the first of them is the
    largest only among named sources). :func:`ranked_claims` gives every first statement.

    Example
    -------
    >>> key_figures(pd.DataFrame(columns=["value", "repeat_of"]), None, 5)["total"]
    0
    """
    main: list[dict[str, Any]] = []
    returns: list[dict[str, Any]] = []
    by_topic: dict[str, int] = {}
    total = unique = repeated = 0
    for chunk in table_chunks(claims, SLICE_ROWS):
        if isinstance(claims, TableFile):  # a chunk read from disk is checked as it comes
            chunk = get_table({"claims": chunk}, "claims")
        has_value, repeats = _first_statements(chunk)
        total, repeated = total + int(has_value.sum()), repeated + int(repeats.sum())
        part = chunk[has_value & ~repeats]
        unique += len(part)
        if part.empty:
            continue
        rows = records(part.assign(value=pd.to_numeric(part["value"], errors="coerce")), root)
        for r in rows:
            by_topic[r["topic"] or "other"] = by_topic.get(r["topic"] or "other", 0) + 1
        returns.extend(r for r in rows if _reports_returns(r))
        # the first ``limit`` of a stable sort: earlier rows win ties, as in one sort
        main = heapq.nsmallest(limit, main + rows, key=claim_rank)
    returns = _largest_returns(returns)
    top = returns[0] if returns else None
    return {
        "returns_sourced_only": top is not None
        and bool(top["attributed_to"])
        and any(
            r["value"] > top["value"] and r["is_rate"] == top["is_rate"]
            for r in returns
            if not r["attributed_to"]
        ),
        "total": total,
        "unique": unique,
        "repeats": repeated,
        "by_topic": dict(sorted(by_topic.items())),
        "main": main,
        "returns": returns,
    }


def disagreements(table: pd.DataFrame, root: Path | None, per_measure: int) -> list[dict[str, Any]]:
    """The ``disagreements`` table grouped by measure for the brief, most sources first.

    Each group: ``measure``, ``words`` (:func:`measure_words`), ``claims`` (at most
    ``per_measure``, largest first), ``count``, ``sources`` (the table's ``n_sources``),
    ``low`` and ``high`` (the claims with the smallest and largest figures).

    Example
    -------
    >>> disagreements(pd.DataFrame(columns=["measure", "value"]), None, 3)
    []
    """
    if table.empty:
        return []
    found = table.assign(value=pd.to_numeric(table["value"], errors="coerce"))
    found = found[found["value"].notna()]
    out = []
    for measure, group in found.groupby("measure", sort=True):
        rows = records(group.drop(columns=["n_values"], errors="ignore"), root)
        rows.sort(key=lambda r: (-r["value"], r["source_file"], r["line"], r["claim_id"]))
        out.append(
            {
                "measure": measure,
                "words": measure_words(measure),
                "claims": rows[:per_measure],
                "count": len(rows),
                "sources": int(rows[0]["n_sources"]),
                "low": rows[-1],
                "high": rows[0],
            }
        )
    out.sort(key=lambda d: (-d["sources"], -d["high"]["value"], d["measure"]))
    return out
