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
import re
from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath
from typing import Any

import pandas as pd

from afgresearch.brief.errors import BriefTableError
from afgresearch.extract.claims import claim_disagreements
from afgresearch.extract.measures import PEOPLE_HEADS, TIME_HEADS, head_noun, split_measure
from afgresearch.extract.numbers import find_numbers
from afgresearch.schema import THEMES, require

#: topics a brief on returns and rights leads with, in this order
TOPICS_OF_INTEREST: tuple[str, ...] = (
    "returns_deportations",
    "refugee_population",
    "aid_humanitarian",
    "rights_violations",
)

#: CAMEO root codes in the order the timeline shows undated events: meetings and visits,
#: intentions to meet, diplomatic cooperation and agreements, expulsions and arrests, aid,
#: appeals; statements such as praise and criticism come last
EVENT_PRIORITY: tuple[str, ...] = ("04", "03", "05", "17", "07", "06", "02", "01", "10", "11")

#: the leading roots of :data:`EVENT_PRIORITY`: meetings, visits, cooperation, coercion, aid
INFORMATIVE_ROOTS: tuple[str, ...] = EVENT_PRIORITY[:6]

#: CAMEO codes (or two-digit roots) of the diplomatic events the headline findings list:
#: intentions to meet, consultations and visits, recognition, agreements
DIPLOMATIC_CODES: frozenset[str] = frozenset({"03", "04", "054", "055", "056", "057"})

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
        "paragraph_id",
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
    frame = require(
        tables.get(name), name, NEEDED.get(name, ()), error=BriefTableError, none_ok=True
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


def as_written(quote: str, value: float | None) -> str:
    """The words of a vague amount as the quote states it ('thousands'), else ''.

    Example
    -------
    >>> as_written("Thousands ran to the airport.", 1000.0)
    'Thousands'
    >>> as_written("More than 8,200 Afghans were covered.", 8200.0)
    ''
    """
    if value is None:
        return ""
    for span in find_numbers(quote):
        if span.kind == "vague" and float(span.value) == float(value):
            return span.text
    return ""


#: counted nouns (singular heads, see :func:`~afgresearch.extract.measures.head_noun`) that
#: count people: only these may stand as a figure for returns, deportations or displacement
PEOPLE_COUNT_HEADS: frozenset[str] = PEOPLE_HEADS | frozenset(
    {"refugee", "migrant", "returnee", "deportee", "evacuee", "seeker", "idp", "displaced",
     "repatriate", "expellee", "undocumented", "child", "woman", "man", "girl", "boy",
     "worker", "student", "prisoner", "detainee"}
)  # fmt: skip


def counts_people(unit: Any, measure: Any = "") -> bool:
    """Whether a claim counts people (not money, a percentage, a ratio, a multiple or a span).

    The counted noun is read from ``unit`` (falling back to the head kept in ``measure``).

    Example
    -------
    >>> counts_people("Afghan nationals"), counts_people("asylum seekers")
    (True, True)
    >>> counts_people("percent of returnees"), counts_people("dollars"), counts_people("times")
    (False, False, False)
    >>> counts_people("", "returns_deportations|people|return|2025")
    True
    """
    head = head_noun(text(unit)) or split_measure(text(measure))["head"]
    return head in PEOPLE_COUNT_HEADS


_RATE = re.compile(
    r"^\s*(?:(?:a|an|per|each|every)\s+(?:single\s+)?(?:day|night|week|month|year|hour)s?"
    r"|daily|nightly|weekly|monthly|yearly|annually|hourly)\b",
    re.IGNORECASE,
)


def is_rate(period: Any) -> bool:
    """Whether a claim's period makes its figure a rate ('a day', 'every month', 'daily').

    Example
    -------
    >>> is_rate("every day"), is_rate("per month"), is_rate("in 2025"), is_rate("this year")
    (True, True, False, False)
    """
    return bool(_RATE.match(text(period)))


def _is_rate_claim(r: Mapping[str, Any]) -> bool:
    """A claim's figure is a rate: its ``rate_per`` column (claims tables since it exists) or,
    in older tables, its period ('a day')."""
    return bool(text(r.get("rate_per", ""))) or is_rate(r["period"])


def _claim_rank(r: Mapping[str, Any]) -> tuple[Any, ...]:
    """Order of the key figures: counts before vague amounts and durations, then topics of
    interest, named source, counted noun, topic, size."""
    topic = r["topic"] or "other"
    order = (
        TOPICS_OF_INTEREST.index(topic) if topic in TOPICS_OF_INTEREST else len(TOPICS_OF_INTEREST)
    )
    # durations ('three months') say how long, not how many: last, with vague amounts
    duration = head_noun(text(r["unit"])) in TIME_HEADS
    return (
        bool(r["as_written"]) or duration,
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
    rows = _records(unique, root)
    for r in rows:
        r["as_written"] = as_written(r["quote"], number(r["value"]))
    rows.sort(key=_claim_rank)
    by_topic: dict[str, int] = {}
    for r in rows:
        by_topic[r["topic"] or "other"] = by_topic.get(r["topic"] or "other", 0) + 1
    # the largest reported returns: counts of people only (never money, percentages or
    # multiples), totals before daily or monthly rates, named source first, then size; one
    # figure per quoted passage (the two ends of a range are one report)
    ranked = sorted(
        (r for r in rows if r["topic"] == "returns_deportations" and not r["as_written"]
         and counts_people(r["unit"], r.get("measure", ""))),
        key=lambda r: (_is_rate_claim(r), not r["attributed_to"], -r["value"],
                       r["source_file"], r["line"], r["claim_id"]),
    )  # fmt: skip
    returns: list[dict[str, Any]] = []
    passages: set[tuple[str, int, str]] = set()
    for r in ranked:
        passage = (r["source_file"], r["line"], r["quote"])
        if passage not in passages:
            passages.add(passage)
            returns.append(r)
    # 'largest' is only true of the first figure when no unattributed total is larger
    first = returns[0] if returns else None
    return {
        "returns_sourced_only": first is not None
        and bool(first["attributed_to"])
        and any(
            r["value"] > first["value"] and _is_rate_claim(r) == _is_rate_claim(first)
            for r in returns
            if not r["attributed_to"]
        ),
        "total": len(table),
        "unique": len(rows),
        "repeats": int(repeats.sum()),
        "by_topic": dict(sorted(by_topic.items())),
        "main": rows[:limit],
        "returns": returns,
        "all": rows,
    }


def measure_words(key: Any) -> dict[str, str]:
    """The parts of a claim ``measure`` key, as words for the brief.

    Example
    -------
    >>> measure_words("returns_deportations|people|return|past 2 months")["what"]
    'people returned or deported'
    """
    parts = split_measure(text(key))
    verb = PREDICATE_WORDS.get(parts["predicate"], parts["predicate"].replace("_", " "))
    what = " ".join(p for p in (parts["head"], verb) if p)
    return {
        "topic": parts["topic"].replace("_", " "),
        "what": what,
        "period": parts["period"],
    }


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


def _disagreements(
    claims: pd.DataFrame,
    paragraphs: pd.DataFrame,
    root: Path | None,
    per_measure: int,
) -> list[dict[str, Any]]:
    """Measures on which different sources give different figures (see claim_disagreements)."""
    if claims.empty or not {"measure", "repeat_of"} <= set(claims.columns):
        return []
    table = claims.assign(
        value=pd.to_numeric(claims["value"], errors="coerce"),
        measure=claims["measure"].map(text),
        repeat_of=claims["repeat_of"].map(text),
        attributed_to=claims["attributed_to"].map(text),
        quote=claims["quote"].map(text),
    )
    table = table[table["value"].notna()]
    if not (table["measure"] != "").any():
        return []  # nothing to compare (claim_disagreements needs at least one measure)
    found = claim_disagreements(table, paragraphs=paragraphs if not paragraphs.empty else None)
    out = []
    for measure, group in found.groupby("measure", sort=True):
        rows = _records(group.drop(columns=["n_values", "n_sources"]), root)
        rows.sort(key=lambda r: (-r["value"], r["source_file"], r["line"], r["claim_id"]))
        out.append(
            {
                "measure": measure,
                "words": measure_words(measure),
                "claims": rows[:per_measure],
                "count": len(rows),
                "sources": int(group["n_sources"].iloc[0]),
                "low": min(r["value"] for r in rows),
                "high": max(r["value"] for r in rows),
            }
        )
    # the measures with the most sources and the largest figures first
    out.sort(key=lambda d: (-d["sources"], -d["high"], d["measure"]))
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
    names: dict[int, str] = {}
    cluster_themes: dict[int, str] = {}
    for row in clusters.to_dict("records") if key == "cluster" else []:
        n = number(row["cluster"])
        if n is not None:
            names[int(n)] = text(row["name"])
            cluster_themes[int(n)] = text(row["theme"])
    groups = []
    for value in sorted(paras[key].dropna().unique(), key=lambda v: (str(type(v)), v)):
        members = paras[paras[key] == value]
        # a cluster is described by its own theme (the clusters table), not its paragraphs'
        theme = (cluster_themes.get(int(value), "") if key == "cluster" else "") or (
            members["theme"].mode().sort_values().iloc[0]
        )
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
        # examples show the section's theme: only paragraphs whose own theme is that theme
        own = members[members["theme"] == theme]
        examples = _records(representative(own, top).head(limits["examples_per_theme"]), root)
        # a group none of whose paragraphs has its theme is shown by paragraphs labelled with
        # their own themes, never as examples of the group's theme
        mixed = (
            []
            if examples
            else _records(representative(members, top).head(limits["examples_per_theme"]), root)
        )
        groups.append(
            {
                "key": value if key == "cluster" else None,
                "name": names.get(int(value), "") if key == "cluster" else str(value),
                "theme": theme,
                "paragraphs": len(members),
                "own_theme": len(own),
                "share": len(members) / total,
                "articles": int(members["article_id"].nunique()),
                "terms": top,
                "examples": examples,
                "mixed_examples": mixed,
            }
        )
    groups.sort(key=lambda g: (-g["paragraphs"], str(g["theme"]), str(g["key"])))
    shares = theme_shares(paras)
    for share in shares:
        # an example for every theme, also one that leads no cluster
        members = paras[paras["theme"] == share["theme"]]
        found = _records(representative(members, []).head(1), root)
        share["example"] = found[0] if found else None
    return {"available": True, "by": key, "groups": groups, "shares": shares}


#: a paragraph in emphasis from end to end (an italic author line, a caption, a note)
_EMPHASISED = re.compile(r"^\s*([*_]{1,3})\S.*\S\1\s*$", re.DOTALL)
#: a paragraph that opens with a bold or italic label ('**Editor's note:**', '*Photo:*')
_LABELLED = re.compile(r"^\s*[*_]{1,3}[^*_]{1,40}:[*_]{0,3}\s*[*_]{0,3}:?")
#: fewest words of a paragraph that reads as a sentence rather than a line or a label
MIN_SENTENCE_WORDS = 6


def is_aside(body: str) -> bool:
    """Whether a paragraph is an aside rather than reported text: quoted speech, an author
    bio or caption set in emphasis, a labelled note, or a fragment without a full sentence.

    Example
    -------
    >>> is_aside("*Jane Roe is a reporter based in Kabul.*")
    True
    >>> is_aside("“We will not leave,” she said, standing by the gate of the camp.")
    True
    >>> is_aside("Officials said the border crossing reopened on Monday after two weeks.")
    False
    """
    body = body.strip()
    if not body or body[:1] in "“\"‘'>":
        return True
    if _EMPHASISED.match(body) or _LABELLED.match(body):
        return True
    words = re.findall(r"\w+", body)
    return len(words) < MIN_SENTENCE_WORDS or not re.search(r"[.!?…][”’\"')\]]*\s*$", body)


def representative(paragraphs: pd.DataFrame, terms: list[str]) -> pd.DataFrame:
    """Paragraphs ordered by how well they show a group: reported sentences before asides
    (quoted speech, bios, notes, fragments; see :func:`is_aside`), a positive theme score
    before none, then the number of the group's main terms they contain, then theme score.

    Example
    -------
    >>> p = pd.DataFrame({"paragraph_id": ["a", "b", "c"], "source_file": ["f"] * 3,
    ...     "line": [1, 3, 5],
    ...     "text": ["“Visa rules changed,” he said.", "Refugees face visa limits at the border.",
    ...              "*Ann Lee covers visa and refugees policy for the paper.*"],
    ...     "theme_score": [0.9, 0.2, 0.9]})
    >>> representative(p, ["visa", "refugees"])["paragraph_id"].tolist()
    ['b', 'c', 'a']
    """
    if paragraphs.empty:
        return paragraphs
    bodies = paragraphs["text"].map(text)
    lowered = bodies.str.lower()
    patterns = [re.compile(rf"\b{re.escape(t.lower())}\b") for t in terms if t.strip()]
    coverage = lowered.map(lambda b: sum(1 for p in patterns if p.search(b)))
    aside = bodies.map(is_aside)
    score = (
        pd.to_numeric(paragraphs["theme_score"], errors="coerce").fillna(0.0)
        if "theme_score" in paragraphs.columns
        else pd.Series(0.0, index=paragraphs.index)
    )
    ranked = paragraphs.assign(_aside=aside, _flat=score <= 0, _coverage=coverage, _score=score)
    helper = ["_aside", "_flat", "_coverage", "_score"]
    ranked = _sorted(
        ranked,
        [*helper, "source_file", "line", "paragraph_id"],
        [True, True, False, False, True, True, True],
    )
    return ranked.drop(columns=helper)


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


def _events(
    events: pd.DataFrame, root: Path | None, limit: int, articles: pd.DataFrame | None = None
) -> dict[str, Any]:
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
    dated = _sorted(e[~e["_undated"]], ["_date", "source_file", "line", "event_id"])
    undated = _sorted(
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
    rows = _records(shown.drop(columns=helper), root)
    # dated diplomatic events (visits, meetings, recognition, agreements) at most a month long
    diplomatic: list[dict[str, Any]] = []
    seen: set[tuple[str, str]] = set()
    for r in _records(dated.drop(columns=helper), root):
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


def _k_choice(tables: Mapping[str, Any]) -> dict[str, Any] | None:
    """What the ``k_selection`` table says about the number of clusters, or None without one.

    Example
    -------
    >>> ks = pd.DataFrame({"k": [2, 3, 4], "inertia": [9.0, 8.0, 7.5],
    ...                    "silhouette": [0.02, 0.05, 0.03], "chosen": [False, False, True]})
    >>> _k_choice({"k_selection": ks})
    {'k_min': 2, 'k_max': 4, 'best_k': 3, 'best': 0.05, 'chosen_k': 4, 'chosen': 0.03, 'n_texts': None}
    """
    frame = tables.get("k_selection")
    if not isinstance(frame, pd.DataFrame) or not {"k", "silhouette"} <= set(frame.columns):
        return None
    k = pd.to_numeric(frame["k"], errors="coerce")
    sil = pd.to_numeric(frame["silhouette"], errors="coerce")
    keep = k.notna() & sil.notna()
    if not keep.any():
        return None
    k, sil = k[keep].astype(int), sil[keep].astype(float)
    best = int(sil.to_numpy().argmax())
    out: dict[str, Any] = {
        "k_min": int(k.min()),
        "k_max": int(k.max()),
        "best_k": int(k.iloc[best]),
        "best": float(sil.iloc[best]),
        "chosen_k": None,
        "chosen": None,
        "n_texts": None,
    }
    if "n_texts" in frame.columns:
        n = pd.to_numeric(frame.loc[keep, "n_texts"], errors="coerce").dropna()
        out["n_texts"] = int(n.max()) if len(n) else None
    if "chosen" in frame.columns:
        chosen = frame.loc[keep, "chosen"].fillna(False).astype(bool).to_numpy()
        if chosen.any():
            out["chosen_k"] = int(k[chosen].iloc[0])
            out["chosen"] = float(sil[chosen].iloc[0])
    return out


def _stability(tables: Mapping[str, Any], params: Mapping[str, Any]) -> dict[str, Any] | None:
    """What the clustering stability figures say, as computed.

    A ``stability`` table with a ``seeds`` column holds summaries: each row one mean pairwise
    adjusted Rand index over that many seeds. Without it, each row's ``ari`` is one comparison
    of two runs, and the mean and the lowest are reported.

    Example
    -------
    >>> _stability({"stability": pd.DataFrame({"seeds": [3], "ari": [0.9]})}, {})
    {'seeds': 3, 'comparisons': 0, 'mean': 0.9, 'min': None}
    >>> _stability({"stability": pd.DataFrame({"ari": [0.9, 0.7]})}, {})["min"]
    0.7
    """
    frame = tables.get("stability")
    seeds = number(params.get("stability_seeds"))
    if isinstance(frame, pd.DataFrame) and "ari" in frame.columns:
        ari = pd.to_numeric(frame["ari"], errors="coerce")
        if "seeds" in frame.columns:
            n = pd.to_numeric(frame["seeds"], errors="coerce")
            keep = ari.notna() & n.notna() & (n > 0)
            if not keep.any():
                return None
            # summaries over different seed counts: weight each by its number of seeds
            mean = float((ari[keep] * n[keep]).sum() / n[keep].sum())
            return {"seeds": int(n[keep].max()), "comparisons": 0, "mean": mean, "min": None}
        values = [float(v) for v in ari.dropna()]
        if not values:
            return None
        return {
            "seeds": 0,
            "comparisons": len(values),
            "mean": sum(values) / len(values),
            "min": min(values) if len(values) > 1 else None,
        }
    if number(params.get("stability_ari")) is not None:
        return {
            "seeds": int(seeds) if seeds and seeds > 1 else 0,
            "comparisons": 0,
            "mean": float(params["stability_ari"]),
            "min": None,
        }
    return None


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
        "disagreements": _disagreements(
            get["claims"], get["paragraphs"], root, limits["claims_per_disagreement"]
        ),
        "themes": themes,
        "actors": _actors(get["mentions"], get["actors"], get["co_mentions"], root, limits),
        "events": _events(get["events"], root, limits["max_events"], get["articles"]),
        "rejects": rejects,
        "method": {
            "params": sorted(
                (str(k), text(v) if not isinstance(v, (list, tuple)) else ", ".join(map(str, v)))
                for k, v in params.items()
            ),
            "clusters": n_clusters,
            "stability": _stability(tables, params),
            "k_choice": _k_choice(tables),
            "small_corpus": len(get["paragraphs"]) < SMALL_CORPUS_PARAGRAPHS,
            "small_corpus_paragraphs": SMALL_CORPUS_PARAGRAPHS,
        },
        "limits": limits,
        "since": None,
    }
