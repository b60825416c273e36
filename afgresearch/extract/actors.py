"""Actor mentions per paragraph, the actors table and the co-mention network.

Example
-------
>>> import pandas as pd
>>> p = pd.DataFrame({"paragraph_id": ["p1"], "article_id": ["a1"], "source_file": ["f.txt"],
...     "line": [4], "text": ["The Islamic Emirate and the TTP; Tehrik-i-Taliban Pakistan again."]})
>>> extract_mentions(p)[["actor", "matched"]].values.tolist()
[['Taliban government', 'Islamic Emirate'], ['Tehreek-e-Taliban Pakistan', 'TTP; Tehrik-i-Taliban Pakistan']]
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import combinations
from pathlib import Path

import pandas as pd
from spacy.tokens import Doc

from afgresearch.extract.errors import InputTableError
from afgresearch.extract.frames import check_paragraphs
from afgresearch.extract.gazetteer import PLACE, Gazetteer, as_gazetteer
from afgresearch.extract.pipeline import CORPUS_ORDER, docs_for
from afgresearch.extract.provenance import exact_lines
from afgresearch.schema import (
    ACTOR_COLUMNS,
    CO_MENTION_COLUMNS,
    MENTION_COLUMNS,
    conform,
    empty_table,
    require,
)


def extract_mentions(
    paragraphs: pd.DataFrame,
    gazetteer: Gazetteer | str | Path | None = None,
    docs: Sequence[Doc] | None = None,
) -> pd.DataFrame:
    """Return one row per actor per paragraph that mentions it (places are not actors).

    Parameters
    ----------
    paragraphs : DataFrame with PARAGRAPH_COLUMNS.
    gazetteer : a :class:`~afgresearch.extract.gazetteer.Gazetteer` or a YAML path; default the
        packaged one.
    docs : the paragraphs' spaCy docs in corpus order
        (:func:`~afgresearch.extract.pipeline.paragraph_docs`); None makes them here.

    Returns
    -------
    DataFrame with MENTION_COLUMNS; ``matched`` lists the distinct surface forms found
    ('; '-joined, in order of first appearance). Sorted by source_file, line, actor.

    Raises
    ------
    InputTableError
        When ``paragraphs`` is not a DataFrame or lacks a needed column.
    """
    paras = check_paragraphs(paragraphs).sort_values(CORPUS_ORDER, kind="stable")
    gaz = as_gazetteer(gazetteer)
    rows = []
    texts = paras["text"].tolist()
    for para, doc in zip(paras.itertuples(index=False), docs_for(texts, docs, 512), strict=True):
        found: dict[str, tuple[str, list[str]]] = {}
        for m in gaz.find_in_doc(doc):
            if m.type == PLACE:
                continue
            kind, forms = found.setdefault(m.actor, (m.type, []))
            if m.text not in forms:
                forms.append(m.text)
        for actor, (kind, forms) in found.items():
            rows.append({
                "actor": actor, "type": kind, "paragraph_id": para.paragraph_id,
                "article_id": para.article_id, "source_file": para.source_file,
                "line": int(para.line), "matched": "; ".join(forms),
            })  # fmt: skip
    if not rows:
        return empty_table("mentions")
    # cited at the line of the first form found, in a paragraph that spans several lines
    out = exact_lines(pd.DataFrame(rows), paragraphs, "matched")
    out = out.sort_values(["source_file", "line", "paragraph_id", "actor"], kind="stable")
    return conform(out, MENTION_COLUMNS).reset_index(drop=True)


def actors_table(
    mentions: pd.DataFrame | None = None, gazetteer: Gazetteer | str | Path | None = None
) -> pd.DataFrame:
    """Return the actors table: canonical name, type and aliases ('; '-joined).

    Parameters
    ----------
    mentions : when given, only actors that appear in it are listed.
    gazetteer : default the packaged one.

    Returns
    -------
    DataFrame with ACTOR_COLUMNS, then ``office`` and ``country`` (persons; '' otherwise),
    sorted by actor.

    Example
    -------
    >>> "Ishq Dar" in actors_table().set_index("actor").loc["Ishaq Dar", "aliases"]
    True
    """
    gaz = as_gazetteer(gazetteer)
    keep = None
    if mentions is not None:
        require(mentions, "mentions", ["actor"], error=InputTableError)
        keep = set(mentions["actor"].astype(str))
    rows = [
        {
            "actor": a.name,
            "type": a.type,
            "aliases": "; ".join(a.aliases),
            "office": a.office,
            "country": a.country,
        }  # fmt: skip
        for a in gaz.actors
        if keep is None or a.name in keep
    ]
    if not rows:
        return empty_table("actors").assign(
            office=pd.Series(dtype="string"), country=pd.Series(dtype="string")
        )
    out = conform(pd.DataFrame(rows).sort_values("actor"), ACTOR_COLUMNS)
    return out.astype({"office": "string", "country": "string"}).reset_index(drop=True)


def co_mentions(mentions: pd.DataFrame) -> pd.DataFrame:
    """Return how many paragraphs mention each pair of actors together.

    Parameters
    ----------
    mentions : the table from :func:`extract_mentions`.

    Returns
    -------
    DataFrame with CO_MENTION_COLUMNS (actor_1 < actor_2 alphabetically), sorted by
    paragraphs descending, then actor_1, actor_2.

    Example
    -------
    >>> m = pd.DataFrame({"actor": ["A", "B", "A", "B"], "paragraph_id": ["p1", "p1", "p2", "p2"]})
    >>> co_mentions(m).values.tolist()
    [['A', 'B', 2]]
    """
    return co_mention_table(co_mention_counts(mentions))


def co_mention_counts(
    mentions: pd.DataFrame, counts: dict[tuple[str, str], int] | None = None
) -> dict[tuple[str, str], int]:
    """Add to ``counts`` (a new dict when None) the paragraphs of ``mentions`` mentioning each
    pair of actors together, and return it; for mentions read in chunks of whole paragraphs.

    Example
    -------
    >>> m = pd.DataFrame({"actor": ["B", "A"], "paragraph_id": ["p1", "p1"]})
    >>> co_mention_counts(m, co_mention_counts(m))
    {('A', 'B'): 2}
    """
    require(mentions, "mentions", ["actor", "paragraph_id"], error=InputTableError)
    counts = {} if counts is None else counts
    for _, group in mentions.groupby("paragraph_id", sort=True):
        for a, b in combinations(sorted(set(group["actor"].astype(str))), 2):
            counts[(a, b)] = counts.get((a, b), 0) + 1
    return counts


def co_mention_table(counts: dict[tuple[str, str], int]) -> pd.DataFrame:
    """The co-mentions table (see :func:`co_mentions`) from :func:`co_mention_counts`.

    Example
    -------
    >>> co_mention_table({("A", "B"): 2}).values.tolist()
    [['A', 'B', 2]]
    """
    if not counts:
        return empty_table("co_mentions")
    out = pd.DataFrame(
        [{"actor_1": a, "actor_2": b, "paragraphs": n} for (a, b), n in counts.items()]
    )
    out = out.sort_values(["paragraphs", "actor_1", "actor_2"], ascending=[False, True, True])
    return conform(out, CO_MENTION_COLUMNS).reset_index(drop=True)
