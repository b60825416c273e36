"""Build everything the brief says from the run's tables (no text about the corpus is typed in).

:func:`build_context` turns the tables into plain records (dicts of strings and numbers, each
carrying ``source_file`` and ``line``) that the Jinja2 template lays out. All ordering is
explicit, so the same tables give the same brief.

Example
-------
>>> ctx = build_context({})
>>> ctx["corpus"]["articles"]
0
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from afgresearch.brief.errors import BriefTableError
from afgresearch.schema import TABLES, THEMES, empty_table

#: how many rows each section shows by default (override through ``params``)
DEFAULT_LIMITS: dict[str, int] = {
    "max_claims": 25,
    "max_events": 30,
    "max_actors": 12,
    "max_pairs": 10,
    "examples_per_theme": 2,
    "terms_per_theme": 8,
    "excerpt_chars": 280,
    "max_sources": 200,
    "max_disagreements": 15,
    "claims_per_disagreement": 8,
}

#: heading of the brief when ``params`` has no ``title``
DEFAULT_TITLE = "Research brief"

#: below this many paragraphs the brief warns that themes are exploratory
SMALL_CORPUS_PARAGRAPHS = 200

QUALIFIER_WORDS: dict[str, str] = {
    "exact": "",
    "more_than": "more than",
    "at_least": "at least",
    "about": "about",
    "up_to": "up to",
    "less_than": "less than",
    "nearly": "nearly",
}

# columns the brief reads from each table (a subset of the contracts in afgresearch.schema)
NEEDED: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "source_file", "line_start", "title", "outlet", "published"),
    "paragraphs": ("paragraph_id", "article_id", "source_file", "line", "text"),
    "claims": (
        "claim_id",
        "source_file",
        "line",
        "quote",
        "value",
        "qualifier",
        "unit",
        "topic",
        "period",
        "attributed_to",
    ),
    "actors": ("actor", "type"),
    "mentions": ("actor", "paragraph_id", "source_file", "line", "matched"),
    "events": (
        "event_id",
        "cameo_code",
        "label",
        "actor_1",
        "actor_2",
        "place",
        "date",
        "source_file",
        "line",
        "quote",
    ),
    "rejects": ("source_file", "reason"),
    "co_mentions": ("actor_1", "actor_2", "paragraphs"),
    "clusters": ("cluster", "name", "theme", "size", "top_terms"),
    "theme_terms": ("cluster", "theme", "rank", "term", "weight"),
    "article_themes": ("article_id", "theme", "share"),
}


def get_table(tables: Mapping[str, Any], name: str) -> pd.DataFrame:
    """Return table ``name`` from ``tables`` (an empty contract table when absent), checked.

    Raises
    ------
    BriefTableError
        When the value is not a DataFrame or lacks a column the brief reads.

    Example
    -------
    >>> get_table({}, "rejects").columns.tolist()
    ['source_file', 'reason']
    """
    frame = tables.get(name)
    if frame is None:
        return empty_table(name) if name in TABLES else pd.DataFrame()
    if not isinstance(frame, pd.DataFrame):
        raise BriefTableError(
            f"table {name!r} must be a pandas DataFrame, got {type(frame).__name__}"
        )
    missing = [c for c in NEEDED.get(name, ()) if c not in frame.columns]
    if missing:
        raise BriefTableError(
            f"table {name!r} lacks column(s) the brief reads: {', '.join(missing)}"
        )
    return frame.reset_index(drop=True)


def text(value: Any) -> str:
    """Missing values (None, NaN, pd.NA) as ``""``, everything else as stripped ``str``.

    Example
    -------
    >>> text(float("nan")), text(" a ")
    ('', 'a')
    """
    if value is None or value is pd.NA or value is pd.NaT:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value).strip()


def number(value: Any) -> float | None:
    """``value`` as a finite float, or None.

    Example
    -------
    >>> number("3.5"), number("x")
    (3.5, None)
    """
    try:
        out = float(value)
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def source_path(source_file: Any, corpus_root: Path | None) -> str:
    """The path a citation shows: relative to the corpus folder, never absolute.

    Example
    -------
    >>> source_path("/data/corpus/a.txt", Path("/data/corpus"))
    'a.txt'
    >>> source_path("/elsewhere/b.txt", None)
    'b.txt'
    """
    raw = text(source_file)
    path = Path(raw)
    if path.is_absolute():
        if corpus_root is not None:
            try:
                return path.resolve().relative_to(Path(corpus_root).resolve()).as_posix()
            except ValueError:
                pass
        return path.name
    return PurePosixPath(raw.replace(os.sep, "/")).as_posix() if raw else ""


def _records(frame: pd.DataFrame, corpus_root: Path | None) -> list[dict[str, Any]]:
    """Rows as dicts of clean values, with ``source_file`` made relative and ``line`` an int."""
    out = []
    for row in frame.to_dict("records"):
        rec = {
            k: (text(v) if not isinstance(v, (int, float)) or isinstance(v, bool) else v)
            for k, v in row.items()
        }
        if "source_file" in rec:
            rec["source_file"] = source_path(row["source_file"], corpus_root)
        for key in ("line", "line_start"):
            if key in rec:
                n = number(rec[key])
                rec[key] = int(n) if n is not None and n >= 1 else 0
        out.append(rec)
    return out


def _sorted(
    frame: pd.DataFrame, by: list[str], ascending: list[bool] | bool = True
) -> pd.DataFrame:
    return frame.sort_values(by, ascending=ascending, kind="stable", na_position="last")


def _claims(claims: pd.DataFrame, root: Path | None, limit: int) -> dict[str, Any]:
    table = claims.copy()
    table["value"] = pd.to_numeric(table["value"], errors="coerce")
    table = table[table["value"].notna()]
    repeats = (
        table["repeat_of"].map(text) != ""
        if "repeat_of" in table.columns
        else pd.Series(False, index=table.index)
    )
    unique = table[~repeats]
    unique = _sorted(
        unique.assign(_topic=unique["topic"].map(text)),
        ["_topic", "value", "source_file", "line", "claim_id"],
        [True, False, True, True, True],
    )
    rows = _records(unique.drop(columns="_topic"), root)
    by_topic: dict[str, int] = {}
    for r in rows:
        by_topic[r["topic"] or "other"] = by_topic.get(r["topic"] or "other", 0) + 1
    # the table of main claims: largest per topic first, round-robin across topics
    queues: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        queues.setdefault(r["topic"] or "other", []).append(r)
    main: list[dict[str, Any]] = []
    while len(main) < limit and any(queues.values()):
        for topic in sorted(queues):
            if queues[topic] and len(main) < limit:
                main.append(queues[topic].pop(0))
    main.sort(key=lambda r: (r["topic"], -r["value"], r["source_file"], r["line"], r["claim_id"]))
    return {
        "total": len(table),
        "unique": len(rows),
        "repeats": int(repeats.sum()),
        "by_topic": dict(sorted(by_topic.items())),
        "main": main,
        "all": rows,
    }


def _disagreements(claims: list[dict[str, Any]], per_measure: int) -> list[dict[str, Any]]:
    groups: dict[str, list[dict[str, Any]]] = {}
    for r in claims:
        measure = text(r.get("measure"))
        if measure:
            groups.setdefault(measure, []).append(r)
    out = []
    for measure in sorted(groups):
        rows = groups[measure]
        if len({r["value"] for r in rows}) < 2:
            continue
        rows = sorted(rows, key=lambda r: (-r["value"], r["source_file"], r["line"], r["claim_id"]))
        out.append(
            {
                "measure": measure,
                "claims": rows[:per_measure],
                "count": len(rows),
                "low": min(r["value"] for r in rows),
                "high": max(r["value"] for r in rows),
            }
        )
    return out


def _themes(
    paragraphs: pd.DataFrame,
    clusters: pd.DataFrame,
    terms: pd.DataFrame,
    root: Path | None,
    limits: Mapping[str, int],
) -> dict[str, Any]:
    if paragraphs.empty or "theme" not in paragraphs.columns:
        return {"available": False, "groups": [], "shares": []}
    paras = paragraphs.assign(theme=paragraphs["theme"].map(lambda t: text(t) or "other"))
    if "theme_score" not in paras.columns:
        paras = paras.assign(theme_score=0.0)
    key = "cluster" if "cluster" in paras.columns else "theme"
    total = len(paras)
    names = {}
    for row in clusters.to_dict("records") if key == "cluster" else []:
        names[int(row["cluster"])] = text(row["name"])
    groups = []
    for value in sorted(paras[key].dropna().unique(), key=lambda v: (str(type(v)), v)):
        members = paras[paras[key] == value]
        theme = members["theme"].mode().sort_values().iloc[0]
        if key == "cluster" and not terms.empty:
            sub = _sorted(
                terms[pd.to_numeric(terms["cluster"], errors="coerce") == value], ["rank", "term"]
            )
            top = [text(t) for t in sub["term"].head(limits["terms_per_theme"])]
        else:
            top = []
        if not top and key == "cluster":
            match = clusters[pd.to_numeric(clusters["cluster"], errors="coerce") == value]
            if not match.empty:
                top = [
                    t.strip()
                    for t in text(match["top_terms"].iloc[0]).replace(";", ",").split(",")
                    if t.strip()
                ]
                top = top[: limits["terms_per_theme"]]
        scored = members.assign(
            _score=pd.to_numeric(members["theme_score"], errors="coerce").fillna(0.0)
        )
        examples = _records(
            _sorted(
                scored, ["_score", "source_file", "line", "paragraph_id"], [False, True, True, True]
            )
            .head(limits["examples_per_theme"])
            .drop(columns="_score"),
            root,
        )
        groups.append(
            {
                "key": value if key == "cluster" else None,
                "name": names.get(int(value), "") if key == "cluster" else str(value),
                "theme": theme,
                "paragraphs": len(members),
                "share": len(members) / total,
                "articles": int(members["article_id"].nunique()),
                "terms": top,
                "examples": examples,
            }
        )
    groups.sort(key=lambda g: (-g["paragraphs"], str(g["theme"]), str(g["key"])))
    shares = theme_shares(paras)
    return {"available": True, "by": key, "groups": groups, "shares": shares}


def theme_shares(paragraphs: pd.DataFrame) -> list[dict[str, Any]]:
    """Share of paragraphs per theme, named themes first.

    Example
    -------
    >>> theme_shares(pd.DataFrame({"theme": ["rights", "rights", "migration"]}))[0]["theme"]
    'migration'
    """
    if paragraphs.empty or "theme" not in paragraphs.columns:
        return []
    counts = paragraphs["theme"].map(lambda t: text(t) or "other").value_counts()
    order = [t for t in THEMES if t in counts.index] + sorted(set(counts.index) - set(THEMES))
    total = int(counts.sum())
    return [{"theme": t, "paragraphs": int(counts[t]), "share": counts[t] / total} for t in order]


def _actors(
    mentions: pd.DataFrame,
    actors: pd.DataFrame,
    co: pd.DataFrame,
    root: Path | None,
    limits: Mapping[str, int],
) -> dict[str, Any]:
    if mentions.empty:
        return {"top": [], "pairs": [], "total": 0}
    types = {text(a): text(t) for a, t in zip(actors["actor"], actors["type"], strict=True)}
    ments = mentions.assign(actor=mentions["actor"].map(text))
    ments = ments[ments["actor"] != ""]
    counts = ments.groupby("actor")["paragraph_id"].nunique()
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[: limits["max_actors"]]
    rows = []
    for actor, n in top:
        first = _records(
            _sorted(ments[ments["actor"] == actor], ["source_file", "line"]).head(1), root
        )[0]
        rows.append(
            {
                "actor": actor,
                "type": types.get(actor, text(first.get("type"))),
                "paragraphs": int(n),
                "first": first,
            }
        )
    pairs = []
    if not co.empty:
        c = co.assign(
            a=co["actor_1"].map(text),
            b=co["actor_2"].map(text),
            n=pd.to_numeric(co["paragraphs"], errors="coerce").fillna(0).astype(int),
        )
        c = _sorted(c[c["n"] > 0], ["n", "a", "b"], [False, True, True]).head(limits["max_pairs"])
        where = {a: set(g["paragraph_id"].map(text)) for a, g in ments.groupby("actor")}
        for r in c.itertuples():
            shared = where.get(r.a, set()) & where.get(r.b, set())
            both = ments[ments["paragraph_id"].map(text).isin(shared)]
            first = _records(_sorted(both, ["source_file", "line"]).head(1), root)
            pairs.append(
                {
                    "actor_1": r.a,
                    "actor_2": r.b,
                    "paragraphs": int(r.n),
                    "first": first[0] if first else None,
                }
            )
    return {"top": rows, "pairs": pairs, "total": int(counts.size)}


def _events(events: pd.DataFrame, root: Path | None, limit: int) -> dict[str, Any]:
    if events.empty:
        return {"rows": [], "total": 0, "undated": 0}
    e = events.assign(_date=events["date"].map(text))
    e = e.assign(_undated=e["_date"] == "")
    e = _sorted(e, ["_undated", "_date", "source_file", "line", "event_id"])
    rows = _records(e.drop(columns=["_date", "_undated"]).head(limit), root)
    return {"rows": rows, "total": len(e), "undated": int(e["_undated"].sum())}


def _corpus(articles: pd.DataFrame, paragraphs: pd.DataFrame, root: Path | None) -> dict[str, Any]:
    arts = _records(_sorted(articles, ["source_file", "line_start", "article_id"]), root)
    dated = sorted(
        (a for a in arts if a["published"]),
        key=lambda a: (a["published"], a["source_file"], a["line_start"]),
    )
    outlets = sorted({a["outlet"] for a in arts if a["outlet"]})
    files = sorted({a["source_file"] for a in arts if a["source_file"]})
    return {
        "articles": len(arts),
        "paragraphs": len(paragraphs),
        "files": len(files),
        "outlets": outlets,
        "undated": len(arts) - len(dated),
        "earliest": dated[0] if dated else None,
        "latest": dated[-1] if dated else None,
        "list": arts,
    }


def _stability(tables: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any] | None:
    frame = tables.get("stability")
    values: list[float] = []
    if isinstance(frame, pd.DataFrame) and "ari" in frame.columns:
        values = [v for v in (number(x) for x in frame["ari"]) if v is not None]
    elif number(params.get("stability_ari")) is not None:
        values = [float(params["stability_ari"])]
    if not values:
        return None
    return {"runs": len(values), "mean": sum(values) / len(values), "min": min(values)}


def build_context(
    tables: Mapping[str, Any],
    *,
    params: Mapping[str, Any] | None = None,
    corpus_root: str | os.PathLike[str] | None = None,
) -> dict[str, Any]:
    """Collect what the brief reports from the run's tables.

    Parameters
    ----------
    tables : mapping of str to DataFrame
        The run's tables (names and columns as in :mod:`afgresearch.schema`); missing tables
        count as empty. An optional ``stability`` table with an ``ari`` column adds the
        clustering stability to the method section.
    params : mapping, optional
        The run's parameters (listed in the method section); ``title`` is the brief's heading;
        ``max_claims``, ``max_events``,
        ``max_actors``, ``max_pairs``, ``examples_per_theme``, ``terms_per_theme``,
        ``excerpt_chars``, ``max_sources``, ``max_disagreements`` and ``claims_per_disagreement`` override :data:`DEFAULT_LIMITS`.
    corpus_root : path, optional
        Corpus folder; absolute ``source_file`` values under it are shown relative to it.

    Returns
    -------
    dict
        Plain records for the template: ``corpus``, ``claims``, ``disagreements``, ``themes``,
        ``actors``, ``events``, ``rejects``, ``method``, ``limits``.

    Example
    -------
    >>> build_context({}, params={"k": 4})["method"]["params"]
    [('k', '4')]
    """
    params = dict(params or {})
    limits = {
        k: int(params.get(k, v)) if number(params.get(k, v)) is not None else v
        for k, v in DEFAULT_LIMITS.items()
    }
    root = Path(corpus_root) if corpus_root is not None else None
    get = {name: get_table(tables, name) for name in NEEDED}
    claims = _claims(get["claims"], root, limits["max_claims"])
    themes = _themes(get["paragraphs"], get["clusters"], get["theme_terms"], root, limits)
    rejects = _records(_sorted(get["rejects"], ["source_file", "reason"]), root)
    n_clusters = len(themes["groups"]) if themes["available"] else 0
    return {
        "title": text(params.get("title")) or DEFAULT_TITLE,
        "corpus": _corpus(get["articles"], get["paragraphs"], root),
        "claims": claims,
        "disagreements": _disagreements(claims["all"], limits["claims_per_disagreement"]),
        "themes": themes,
        "actors": _actors(get["mentions"], get["actors"], get["co_mentions"], root, limits),
        "events": _events(get["events"], root, limits["max_events"]),
        "rejects": rejects,
        "method": {
            "params": sorted(
                (str(k), text(v) if not isinstance(v, (list, tuple)) else ", ".join(map(str, v)))
                for k, v in params.items()
            ),
            "clusters": n_clusters,
            "stability": _stability(tables, params),
            "small_corpus": len(get["paragraphs"]) < SMALL_CORPUS_PARAGRAPHS,
            "small_corpus_paragraphs": SMALL_CORPUS_PARAGRAPHS,
        },
        "limits": limits,
        "since": None,
    }
