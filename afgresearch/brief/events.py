"""The brief's actors and timeline: who is named most, who together, and which events.

Rows are selected and ordered from the ``mentions``, ``actors``, ``co_mentions``, ``events``
and ``articles`` tables.

Example
-------
>>> event_priority("042") < event_priority("174") < event_priority("111")
True
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from afgresearch.brief.inputs import get_table
from afgresearch.brief.values import number, records, sorted_frame, text
from afgresearch.table_file import TableFile, table_chunks

#: CAMEO root codes in the order the timeline shows undated events: meetings and visits,
#: intentions to meet, diplomatic cooperation and agreements, expulsions and arrests, aid,
#: appeals; statements such as praise and criticism come last
EVENT_PRIORITY: tuple[str, ...] = ("04", "03", "05", "17", "07", "06", "02", "01", "10", "11")

#: the leading roots of :data:`EVENT_PRIORITY`: meetings, visits, cooperation, coercion, aid
INFORMATIVE_ROOTS: tuple[str, ...] = EVENT_PRIORITY[:6]

#: CAMEO codes (or two-digit roots) of the diplomatic events the headline findings list:
#: intentions to meet, consultations and visits, recognition, agreements
DIPLOMATIC_CODES: frozenset[str] = frozenset({"03", "04", "054", "055", "056", "057"})


def _first_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    """Where a mention comes in the order of :func:`sorted_frame` by ``source_file`` and
    ``line`` (missing values last)."""
    where, line = row["source_file"], row["line"]
    return (
        pd.isna(where),
        "" if pd.isna(where) else where,
        pd.isna(line),
        0 if pd.isna(line) else line,
    )


class _First:
    """The first row in file and line order (earlier rows first among equals) of the rows
    offered, a chunk at a time."""

    def __init__(self) -> None:
        self.row: pd.DataFrame | None = None
        self.key: tuple[Any, ...] = ()

    def offer(self, rows: pd.DataFrame) -> None:
        if rows.empty:
            return
        head = sorted_frame(rows, ["source_file", "line"]).head(1)
        key = _first_key(head.iloc[0])
        if self.row is None or key < self.key:
            self.row, self.key = head, key


def _mention_chunks(mentions: pd.DataFrame | TableFile) -> Iterator[pd.DataFrame]:
    """The mentions that name an actor, a chunk at a time, actors as :func:`text`."""
    for chunk in table_chunks(mentions):
        if isinstance(mentions, TableFile):  # a chunk read from disk is checked as it comes
            chunk = get_table({"mentions": chunk}, "mentions")
        chunk = chunk.assign(actor=chunk["actor"].map(text))
        yield chunk[chunk["actor"] != ""]


def actor_sections(
    mentions: pd.DataFrame | TableFile,
    actors: pd.DataFrame,
    co: pd.DataFrame,
    root: Path | None,
    limits: Mapping[str, int],
) -> dict[str, Any]:
    """The actors named in most paragraphs (``top``, each with its first mention), the pairs
    named together most often (``pairs``) and the number of actors (``total``).

    The mentions are read twice a chunk at a time (from disk for a
    :class:`~afgresearch.table_file.TableFile`): once to count each actor's paragraphs, once
    for the first mention of each actor and pair shown.

    Example
    -------
    >>> actor_sections(pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), None, {})["total"]
    0
    """
    if mentions.empty:
        return {"top": [], "pairs": [], "total": 0}
    types = {text(a): text(t) for a, t in zip(actors["actor"], actors["type"], strict=True)}
    shown_pairs: list[tuple[str, str, int]] = []
    if not co.empty:
        c = co.assign(
            a=co["actor_1"].map(text),
            b=co["actor_2"].map(text),
            n=pd.to_numeric(co["paragraphs"], errors="coerce").fillna(0).astype(int),
        )
        c = sorted_frame(c[c["n"] > 0], ["n", "a", "b"], [False, True, True]).head(
            limits["max_pairs"]
        )
        shown_pairs = [(r.a, r.b, int(r.n)) for r in c.itertuples()]
    in_pairs = {a for pair in shown_pairs for a in pair[:2]}
    # each actor's distinct paragraphs; as text, for the actors of the pairs shown
    paragraphs: dict[str, set[Any]] = {}
    where: dict[str, set[str]] = {a: set() for a in in_pairs}
    for chunk in _mention_chunks(mentions):
        for actor, ids in chunk.groupby("actor", sort=False)["paragraph_id"]:
            paragraphs.setdefault(actor, set()).update(ids.dropna())
            if actor in where:
                where[actor].update(ids.map(text))
    counts = {actor: len(ids) for actor, ids in paragraphs.items()}
    paragraphs.clear()
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: limits["max_actors"]]
    shared = [where.get(a, set()) & where.get(b, set()) for a, b, _ in shown_pairs]
    where.clear()
    firsts = {actor: _First() for actor, _ in top}
    pair_firsts = [_First() for _ in shown_pairs]
    for chunk in _mention_chunks(mentions):
        for actor, rows in chunk[chunk["actor"].isin(list(firsts))].groupby("actor", sort=False):
            firsts[actor].offer(rows)
        if shown_pairs:
            ids = chunk["paragraph_id"].map(text)
            for first, both in zip(pair_firsts, shared, strict=True):
                first.offer(chunk[ids.isin(both)])
    rows = []
    for actor, n in top:
        first = records(firsts[actor].row, root)[0]
        rows.append(
            {
                "actor": actor,
                "type": types.get(actor, text(first.get("type"))),
                "paragraphs": int(n),
                "first": first,
            }
        )
    pairs = []
    for (a, b, n), first in zip(shown_pairs, pair_firsts, strict=True):
        found = records(first.row, root) if first.row is not None else []
        pairs.append(
            {"actor_1": a, "actor_2": b, "paragraphs": n, "first": found[0] if found else None}
        )
    return {"top": rows, "pairs": pairs, "total": len(counts)}


def event_priority(code: Any) -> int:
    """Rank of a CAMEO code in the timeline's undated part (lower shows first).

    Example
    -------
    >>> event_priority("042") < event_priority("174") < event_priority("111")
    True
    """
    root = text(code)[:2]
    return EVENT_PRIORITY.index(root) if root in EVENT_PRIORITY else len(EVENT_PRIORITY)


def _span_days(date: str) -> int:
    """Days covered by an ISO date or range ('' counts as unbounded)."""
    if not date:
        return 10**6
    start, _, end = date.partition("/")
    try:
        a = pd.Timestamp(start)
        b = pd.Timestamp(end or start)
    except ValueError:
        return 10**6
    return int((b - a).days) + 1


def articles_published(
    source_files: Sequence[Any], lines: Sequence[Any], articles: pd.DataFrame
) -> list[str | None]:
    """Publication date of the article holding each ``source_file:line`` ('' when it has
    none), or None when no article holds that line.

    The article is the last one in the same file starting at or before the line; one sorted
    merge for all lines, so the cost grows with the rows, not their product.

    Example
    -------
    >>> a = pd.DataFrame({"source_file": ["f", "f"], "line_start": [1, 9],
    ...     "published": ["2025-01-02", None]})
    >>> articles_published(["f", "f", "g"], [4, 12, 1], a)
    ['2025-01-02', '', None]
    """
    wanted = pd.DataFrame(
        {
            "source_file": [text(f) for f in source_files],
            "line": [number(n) for n in lines],
            "_order": range(len(source_files)),
        }
    )
    out: list[str | None] = [None] * len(wanted)
    if wanted.empty or articles.empty:
        return out
    starts = pd.DataFrame(
        {
            "source_file": articles["source_file"].map(text),
            "line": pd.to_numeric(articles["line_start"], errors="coerce"),
            "published": articles["published"].map(text),
        }
    ).dropna(subset=["line"])
    known = wanted.dropna(subset=["line"])
    keys = {"line": float, "source_file": object}
    merged = pd.merge_asof(
        known.astype(keys).sort_values("line"),
        starts.astype(keys).sort_values("line"),
        on="line",
        by="source_file",
        direction="backward",
    )
    for order, published in zip(merged["_order"], merged["published"], strict=True):
        out[int(order)] = None if published is None or published != published else published
    return out


def timeline(
    events: pd.DataFrame, root: Path | None, limit: int, articles: pd.DataFrame | None = None
) -> dict[str, Any]:
    """The timeline: dated events first, then undated ones with the informative kinds
    (visits, meetings, agreements, expulsions) taken in turn before statements; dated
    diplomatic events for the headline; counts of undated events and of those whose article
    has no publication date.

    Example
    -------
    >>> timeline(pd.DataFrame(), None, 5)["total"]
    0
    """
    if events.empty:
        return {
            "rows": [], "total": 0, "undated": 0, "undated_unpublished": 0, "diplomatic": []
        }  # fmt: skip
    e = events.assign(_date=events["date"].map(text))
    e = e.assign(
        _undated=e["_date"] == "",
        _priority=e["cameo_code"].map(event_priority),
        # events naming both parties say more than those naming one
        _one_actor=(e["actor_1"].map(text) == "") | (e["actor_2"].map(text) == ""),
    )
    dated = sorted_frame(e[~e["_undated"]], ["_date", "source_file", "line", "event_id"])
    undated = sorted_frame(
        e[e["_undated"]], ["_priority", "_one_actor", "source_file", "line", "event_id"]
    )
    helper = ["_date", "_undated", "_priority", "_one_actor"]
    # undated: take the informative kinds in turn (a visit, a meeting, a recognition, an
    # expulsion, ...), so that no one kind fills the table; statements come after
    queues = [list(g.index) for _, g in undated.groupby("_priority", sort=True)]
    informative = len(INFORMATIVE_ROOTS)
    order: list[Any] = []
    lead = [q for q, (prio, _) in zip(queues, undated.groupby("_priority", sort=True), strict=True)
            if prio < informative]  # fmt: skip
    while any(lead):
        for q in lead:
            if q:
                order.append(q.pop(0))
    taken = set(order)
    order += [i for i in undated.index if i not in taken]
    shown = pd.concat([dated, undated.loc[order]]).head(limit)
    rows = records(shown.drop(columns=helper), root)
    # dated diplomatic events (visits, meetings, recognition, agreements) at most a month long
    diplomatic: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for r in records(dated.drop(columns=helper), root):
        code = text(r["cameo_code"])
        if not (code[:2] in DIPLOMATIC_CODES or code in DIPLOMATIC_CODES):
            continue
        if not (r["actor_1"] and r["actor_2"]) or _span_days(r["date"]) > 31:
            continue  # both parties named, dated to within a month
        key = (r["date"][:7], code, r["place"])  # one visit reported on two days
        if key not in seen:
            seen.add(key)
            diplomatic.append(r)
    # undated events whose articles carry no publication date either
    arts = articles if articles is not None else pd.DataFrame()
    unpublished = sum(
        p == "" for p in articles_published(undated["source_file"], undated["line"], arts)
    )
    return {
        "rows": rows,
        "total": len(e),
        "undated": int(e["_undated"].sum()),
        "undated_unpublished": int(unpublished),
        "diplomatic": diplomatic,
    }
