"""All evidence tables of a run from its paragraphs and articles, each computed once.

:func:`evidence_tables` is what the ``03_evidence`` notebook writes: the claims with their
flags (see :mod:`afgresearch.extract.flags`), the disagreements between them (told apart by
article, so two unattributed reports in one file count as two sources), actors, mentions,
co-mentions and events. Later stages, the brief among them, read these tables and recompute
none of them.

Claims, mentions and events depend on each article alone, except that a claim restating a
figure of another article is marked as a repeat. So a large corpus is read in chunks of whole
articles (:func:`article_chunks`), in worker processes when ``workers`` asks for them, and the
chunks' rows are joined in corpus order before the corpus-wide steps (repeats, disagreements,
actors, co-mentions). The tables are the same for any chunk size and number of workers.

Example
-------
>>> p = pd.DataFrame({"paragraph_id": ["p"], "article_id": ["a"], "source_file": ["f"],
...     "line": [1], "text": ["At least four people were killed."]})
>>> sorted(evidence_tables(p, pd.DataFrame({"article_id": ["a"], "published": [""]})))
['actors', 'claims', 'co_mentions', 'disagreements', 'events', 'mentions']
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterable, Iterator

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from joblib.externals.loky import get_reusable_executor

from afgresearch.extract.actors import (
    actors_table,
    co_mention_counts,
    co_mention_table,
    extract_mentions,
)
from afgresearch.extract.claims import (
    RepeatMarker,
    claim_disagreements,
    claim_rows,
    disagreement_candidates,
    finish_chunk_claims,
)
from afgresearch.extract.events import extract_events
from afgresearch.extract.flags import flag_claims
from afgresearch.extract.frames import check_paragraphs, publication_dates
from afgresearch.extract.pipeline import CORPUS_ORDER, paragraph_docs
from afgresearch.schema import MENTION_COLUMNS, conform, empty_table

#: paragraphs per chunk; a corpus no larger is read in one piece, in this process
CHUNK_PARAGRAPHS = 2_000
#: chunks read by one set of worker processes before it is replaced (see :func:`chunk_results`)
RECYCLE_CHUNKS = 64


def article_chunks(paragraphs: pd.DataFrame, size: int = CHUNK_PARAGRAPHS) -> list[pd.DataFrame]:
    """Cut ``paragraphs``, in corpus order (source file, line, paragraph id), into consecutive
    chunks of about ``size`` paragraphs, never inside an article.

    A cut falls only where every article before it has ended, so an article whose paragraphs
    are interleaved with another's stays in one chunk with it.

    Example
    -------
    >>> p = pd.DataFrame({"paragraph_id": list("abcde"), "article_id": list("xxyyz"),
    ...                   "source_file": ["f"] * 5, "line": [1, 2, 3, 4, 5], "text": [""] * 5})
    >>> [c["article_id"].tolist() for c in article_chunks(p, 2)]
    [['x', 'x'], ['y', 'y'], ['z']]
    """
    # the order the extractors read in, from the typed columns (a ``line`` read as text sorts
    # as a number, as there); the chunks keep the paragraphs as given (texts unflattened)
    typed = check_paragraphs(paragraphs).reset_index(drop=True)
    ordered = paragraphs.iloc[typed.sort_values(CORPUS_ORDER, kind="stable").index]
    n = len(ordered)
    if n <= size:
        return [ordered]
    codes, _ = pd.factorize(ordered["article_id"].astype(str))
    last = np.zeros(codes.max() + 1, dtype=np.int64)
    last[codes] = np.arange(n)  # the position of each article's last paragraph
    # a cut before position i is clean when no article seen so far goes on past i - 1
    clean = np.maximum.accumulate(last[codes]) == np.arange(n)
    cuts, start = [], 0
    for end in np.flatnonzero(clean) + 1:
        if end - start >= size and end < n:
            cuts.append(int(end))
            start = int(end)
    bounds = [0, *cuts, n]
    return [ordered.iloc[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]


def chunk_evidence(
    paragraphs: pd.DataFrame, articles: pd.DataFrame | None
) -> dict[str, pd.DataFrame]:
    """The per-article evidence of one chunk of whole articles: claim rows (flagged, repeats
    not yet marked), mentions and events.

    Example
    -------
    >>> p = pd.DataFrame({"paragraph_id": ["p"], "article_id": ["a"], "source_file": ["f"],
    ...     "line": [1], "text": ["Pakistan deported 300 Afghans."]})
    >>> sorted(chunk_evidence(p, None))
    ['claim_rows', 'events', 'mentions']
    """
    # one spaCy pass for all three extractors, in the order each reads the paragraphs
    texts = check_paragraphs(paragraphs).sort_values(CORPUS_ORDER, kind="stable")["text"]
    docs = paragraph_docs(texts.tolist())
    rows = claim_rows(paragraphs, docs)
    return {
        "claim_rows": rows if rows.empty else flag_claims(rows),
        "mentions": extract_mentions(paragraphs, docs=docs),
        "events": extract_events(paragraphs, articles, docs=docs),
    }


def auto_workers(chunks: int) -> int:
    """One process per core (at most 8), no more than there are chunks."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, 8, chunks))


def chunk_results(
    chunks: Iterable[pd.DataFrame], articles: pd.DataFrame | None, workers: int, n_chunks: int
) -> Iterator[dict[str, pd.DataFrame]]:
    """Each chunk's evidence (:func:`chunk_evidence`), in chunk order; with more than one
    worker, read in worker processes. ``n_chunks``: how many chunks there are (about)."""
    from tqdm import tqdm  # text bar: no widget needed in a kernel

    publication_dates(articles)  # a malformed articles table fails here, before any worker
    if articles is not None and n_chunks >= 2:
        ids = articles["article_id"].astype(str)

    def own_articles(chunk: pd.DataFrame) -> pd.DataFrame | None:
        if articles is None or articles.empty or n_chunks < 2:
            return articles
        return articles[ids.isin(set(chunk["article_id"].astype(str)))]

    bar = tqdm(total=n_chunks, desc="evidence", unit="chunk", disable=n_chunks < 2)
    if workers <= 1 or n_chunks < 2:
        results: Iterable[dict[str, pd.DataFrame]] = (
            chunk_evidence(chunk, own_articles(chunk)) for chunk in chunks
        )
    else:
        results = _in_workers(chunks, own_articles, workers)
    for result in results:
        bar.update()
        yield result
    bar.close()


def _in_workers(
    chunks: Iterable[pd.DataFrame],
    own_articles: Callable[[pd.DataFrame], pd.DataFrame | None],
    workers: int,
) -> Iterator[dict[str, pd.DataFrame]]:
    """:func:`chunk_evidence` of each chunk in ``workers`` processes, in chunk order.

    loky worker processes start clean (no state forked from a running kernel) and work from a
    script, a notebook or a papermill run alike; at most two chunks per worker are sent ahead,
    so memory stays bounded. The workers are replaced every :data:`RECYCLE_CHUNKS` chunks:
    spaCy's vocabulary keeps every new token text a worker meets, so a worker's memory would
    otherwise grow with the corpus. The results do not depend on it.
    """
    pending = iter(chunks)
    while (first := next(pending, None)) is not None:
        batch = itertools.chain([first], itertools.islice(pending, RECYCLE_CHUNKS - 1))
        yield from Parallel(
            n_jobs=workers, backend="loky", return_as="generator", pre_dispatch="2*n_jobs"
        )(delayed(chunk_evidence)(chunk, own_articles(chunk)) for chunk in batch)
        # fresh workers for the next batch; after the last, the next stages need the memory
        get_reusable_executor().shutdown(wait=True)


class CorpusWide:
    """What the corpus-wide steps keep of each chunk's evidence: the repeat marker, the
    claims that may disagree (with their articles), the actors mentioned and the co-mention
    counts. Chunks come in corpus order; :meth:`tables` gives the corpus-wide tables.

    Example
    -------
    >>> wide = CorpusWide()
    >>> sorted(wide.tables())
    ['actors', 'co_mentions', 'disagreements']
    """

    def __init__(self) -> None:
        self.marker = RepeatMarker()
        self.candidates: list[pd.DataFrame] = []
        self.articles_of: list[pd.DataFrame] = []
        self.actors: set[str] = set()
        self.pairs: dict[tuple[str, str], int] = {}

    def add(self, result: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
        """The chunk's ``claims`` (repeats marked), ``mentions`` and ``events`` from
        :func:`chunk_evidence`'s ``result``, noted here."""
        rows = result["claim_rows"].reset_index(drop=True)
        claims = finish_chunk_claims(rows, self.marker)  # row for row
        mentions = result["mentions"]
        candidates = disagreement_candidates(claims)
        if not candidates.empty:
            self.candidates.append(candidates)
            own = rows.loc[candidates.index, ["paragraph_id", "article_id"]]
            self.articles_of.append(own.drop_duplicates("paragraph_id"))
        if not mentions.empty:
            self.actors.update(mentions["actor"].astype(str))
            co_mention_counts(mentions, self.pairs)
        return {"claims": claims, "mentions": mentions, "events": result["events"]}

    def tables(self) -> dict[str, pd.DataFrame]:
        """``disagreements``, ``actors`` and ``co_mentions`` of every chunk added."""
        claims = _joined(self.candidates, "claims")
        articles_of = (
            pd.concat(self.articles_of, ignore_index=True)
            if self.articles_of
            else pd.DataFrame({"paragraph_id": [], "article_id": []})
        )
        mentioned = pd.DataFrame({"actor": sorted(self.actors)}, dtype=object)
        return {
            "disagreements": flag_claims(claim_disagreements(claims, paragraphs=articles_of)),
            "actors": actors_table(mentioned),
            "co_mentions": co_mention_table(self.pairs),
        }


def evidence_tables(
    paragraphs: pd.DataFrame,
    articles: pd.DataFrame,
    workers: int = 1,
    chunk_size: int = CHUNK_PARAGRAPHS,
) -> dict[str, pd.DataFrame]:
    """Extract the evidence tables: ``claims``, ``disagreements``, ``mentions``, ``actors``,
    ``co_mentions`` and ``events``.

    Parameters
    ----------
    paragraphs, articles : the corpus tables (``articles`` may be empty; it supplies
        publication dates for relative dates and the byline speaker).
    workers : processes reading chunks of articles at once; 0 picks one per core when the
        corpus has more than one chunk. The tables do not depend on it.
    chunk_size : paragraphs per chunk (whole articles each).

    Returns
    -------
    dict of table name to DataFrame. ``claims`` and ``disagreements`` carry the flag columns
    of :data:`~afgresearch.extract.flags.FLAG_COLUMNS`. :func:`write_evidence_tables` writes
    the same tables from a run folder's tables, chunk by chunk.
    """
    chunks = article_chunks(paragraphs, chunk_size)
    if workers <= 0:
        workers = auto_workers(len(chunks))
    wide = CorpusWide()
    parts: dict[str, list[pd.DataFrame]] = {"claims": [], "mentions": [], "events": []}
    for result in chunk_results(chunks, articles, workers, len(chunks)):
        for name, frame in wide.add(result).items():
            parts[name].append(frame)
    mentions = _joined(parts["mentions"], "mentions")
    if len(parts["mentions"]) > 1 and not mentions.empty:
        mentions = mentions.sort_values(
            ["source_file", "line", "paragraph_id", "actor"], kind="stable"
        )
        mentions = conform(mentions, MENTION_COLUMNS).reset_index(drop=True)
    corpus_wide = wide.tables()
    return {
        "claims": _joined(parts["claims"], "claims"),
        "disagreements": corpus_wide["disagreements"],
        "mentions": mentions,
        "actors": corpus_wide["actors"],
        "co_mentions": corpus_wide["co_mentions"],
        "events": _joined(parts["events"], "events"),
    }


def _joined(parts: list[pd.DataFrame], name: str) -> pd.DataFrame:
    """The chunks' rows of table ``name`` in chunk order."""
    filled = [p for p in parts if not p.empty]
    if not filled:
        return parts[0] if parts else empty_table(name)
    if len(filled) == 1:
        return filled[0]
    return pd.concat(filled, ignore_index=True)
