"""Which paragraphs show a cluster best: the order of the ``representatives`` table.

A good example is a paragraph of the cluster, of the cluster's own theme, written as reported
text (not quoted speech, an author line, a caption or a fragment: see :func:`is_aside`), that
carries the cluster's main terms; among equals, the one nearest the cluster's centre.

Example
-------
>>> is_aside("*Jane Roe is a reporter based in Kabul.*")
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

import pandas as pd

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


def term_coverage(body: str, terms: Sequence[str]) -> int:
    """How many of ``terms`` occur in ``body`` as whole words (case-insensitive).

    Example
    -------
    >>> term_coverage("Migrants were detained at the border.", ["migrants", "detained", "visa"])
    2
    """
    low = body.lower()
    return sum(1 for t in terms if t.strip() and re.search(rf"\b{re.escape(t.lower())}\b", low))


def rank_examples(
    candidates: pd.DataFrame,
    own_themes: Mapping[str, str],
    cluster_terms: Mapping[int, Sequence[str]],
    n: int,
) -> pd.DataFrame:
    """Keep the ``n`` best examples of each cluster from ``candidates`` and renumber ``rank``.

    Parameters
    ----------
    candidates : rows of :func:`~afgresearch.themes.representative_paragraphs` (``cluster``,
        ``theme``, ``paragraph_id``, ``distance``, ``text``, ...), more than ``n`` per cluster.
    own_themes : paragraph id -> the paragraph's own theme.
    cluster_terms : cluster -> its main terms.
    n : examples kept per cluster.

    Returns
    -------
    The kept rows, ordered by cluster then rank: paragraphs of the cluster's theme first, then
    reported text before asides, then more of the cluster's terms, then nearer the centre.

    Example
    -------
    >>> c = pd.DataFrame({"cluster": [0, 0], "theme": ["migration"] * 2, "rank": [1, 2],
    ...     "paragraph_id": ["a", "b"], "distance": [0.1, 0.2],
    ...     "text": ["An art commission opened a gallery in Herat this week.",
    ...              "Police detained dozens of Afghan migrants before deportation."]})
    >>> rank_examples(c, {"a": "other", "b": "migration"}, {0: ["detained", "migrants"]}, 1)[
    ...     "paragraph_id"].tolist()
    ['b']
    """
    if candidates.empty:
        return candidates
    rows = candidates.reset_index(drop=True)
    ids = rows["paragraph_id"].astype(str)
    ranked = rows.assign(
        _off=[own_themes.get(i, "") != t for i, t in zip(ids, rows["theme"], strict=True)],
        _aside=rows["text"].fillna("").map(is_aside),
        _cover=[
            -term_coverage(str(b), cluster_terms.get(int(c), ()))
            for b, c in zip(rows["text"].fillna(""), rows["cluster"], strict=True)
        ],
        _pid=ids,
    )
    helper = ["_off", "_aside", "_cover", "distance", "_pid"]
    ranked = ranked.sort_values(["cluster", *helper], kind="stable")
    ranked = ranked.groupby("cluster", sort=True).head(n)
    ranked["rank"] = ranked.groupby("cluster").cumcount() + 1
    return ranked.drop(columns=["_off", "_aside", "_cover", "_pid"]).reset_index(drop=True)
