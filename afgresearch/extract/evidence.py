"""All evidence tables of a run from its paragraphs and articles, each computed once.

:func:`evidence_tables` is what the ``03_evidence`` notebook writes: the claims with their
flags (see :mod:`afgresearch.extract.flags`), the disagreements between them (told apart by
article, so two unattributed reports in one file count as two sources), actors, mentions,
co-mentions and events. Later stages, the brief among them, read these tables and recompute
none of them.

Example
-------
>>> p = pd.DataFrame({"paragraph_id": ["p"], "article_id": ["a"], "source_file": ["f"],
...     "line": [1], "text": ["At least four people were killed."]})
>>> sorted(evidence_tables(p, pd.DataFrame({"article_id": ["a"], "published": [""]})))
['actors', 'claims', 'co_mentions', 'disagreements', 'events', 'mentions']
"""

from __future__ import annotations

import pandas as pd

from afgresearch.extract.actors import actors_table, co_mentions, extract_mentions
from afgresearch.extract.claims import claim_disagreements, extract_claims
from afgresearch.extract.events import extract_events
from afgresearch.extract.flags import flag_claims


def evidence_tables(paragraphs: pd.DataFrame, articles: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Extract the evidence tables: ``claims``, ``disagreements``, ``mentions``, ``actors``,
    ``co_mentions`` and ``events``.

    Parameters
    ----------
    paragraphs, articles : the corpus tables (``articles`` may be empty; it supplies
        publication dates for relative dates and the byline speaker).

    Returns
    -------
    dict of table name to DataFrame. ``claims`` and ``disagreements`` carry the flag columns
    of :data:`~afgresearch.extract.flags.FLAG_COLUMNS`.
    """
    claims = flag_claims(extract_claims(paragraphs, articles))
    mentions = extract_mentions(paragraphs)
    return {
        "claims": claims,
        "disagreements": flag_claims(claim_disagreements(claims, paragraphs=paragraphs)),
        "mentions": mentions,
        "actors": actors_table(mentions),
        "co_mentions": co_mentions(mentions),
        "events": extract_events(paragraphs, articles),
    }
