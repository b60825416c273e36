"""The evidence stage over a run folder's tables, chunk by chunk: memory flat in corpus size.

:func:`write_evidence_tables` reads ``tables/paragraphs.parquet`` in chunks of whole articles
(only the columns the extractors need), extracts each chunk's claims, mentions and events
(:func:`afgresearch.extract.evidence.chunk_evidence`, in worker processes when asked) and
appends them to their tables as they come; the corpus-wide tables (disagreements, actors,
co-mentions) come from what :class:`~afgresearch.extract.evidence.CorpusWide` kept of each
chunk. The tables are those :func:`afgresearch.evidence_tables` gives for the whole tables,
written as :func:`~afgresearch.pipeline.tables.write_tables` writes them (the same CSV bytes).

Chunks are read in the order the table is stored, which must be corpus order (source file,
line, paragraph id) with each article's paragraphs together, as :func:`afgresearch.load_corpus`
writes them; a table stored in another order is read whole instead (the same tables).

Example
-------
>>> write_evidence_tables("outputs/latest")  # doctest: +SKIP
{'claims': 1234, 'mentions': 2345, 'events': 345, 'disagreements': 12, 'actors': 40, ...}
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from afgresearch.extract.evidence import (
    CHUNK_PARAGRAPHS,
    CorpusWide,
    auto_workers,
    chunk_results,
    evidence_tables,
)
from afgresearch.pipeline.tables import TABLES_DIR, TableWriter, read_table, write_tables
from afgresearch.schema import PARAGRAPH_COLUMNS, conform
from afgresearch.table_file import open_parquet

#: the tables written chunk by chunk, in the order the chunks come
CHUNKED = ("claims", "mentions", "events")
#: every table of the stage, in the order :func:`afgresearch.evidence_tables` gives them
EVIDENCE_TABLES = ("claims", "disagreements", "mentions", "actors", "co_mentions", "events")
_KEYS = ["source_file", "line", "paragraph_id", "article_id"]


def stored_in_corpus_order(path: str | Path) -> bool:
    """Whether the paragraphs Parquet file at ``path`` is stored in corpus order (source
    file, line, paragraph id; ties in any order) with each article's paragraphs together.

    Reads the key columns batch by batch; keeps only the ids of the articles already passed.

    Example
    -------
    >>> stored_in_corpus_order("outputs/latest/tables/paragraphs.parquet")  # doctest: +SKIP
    True
    """
    last: tuple[str, int, str] | None = None
    article: str | None = None
    passed: set[str] = set()
    for batch in open_parquet(path).iter_batches(batch_size=65_536, columns=_KEYS):
        cols = batch.to_pydict()
        for file, line, pid, aid in zip(*(cols[k] for k in _KEYS), strict=True):
            key = (file or "", int(line), pid or "")
            aid = aid or ""
            if last is not None and key < last:
                return False
            if aid != article:
                if aid in passed:
                    return False
                if article is not None:
                    passed.add(article)
                article = aid
            last = key
    return True


def stored_article_chunks(path: str | Path, size: int = CHUNK_PARAGRAPHS) -> Iterator[pd.DataFrame]:
    """The paragraphs (``PARAGRAPH_COLUMNS``) of the Parquet file at ``path`` in consecutive
    chunks of whole articles, about ``size`` paragraphs each, in stored order.

    Articles must be stored each in one run of rows (:func:`stored_in_corpus_order`): a chunk
    ends where one article ends and the next begins.

    Example
    -------
    >>> chunks = stored_article_chunks("outputs/latest/tables/paragraphs.parquet", 500)  # doctest: +SKIP
    """
    pending: list[pd.DataFrame] = []
    held = 0
    columns = list(PARAGRAPH_COLUMNS)
    for batch in open_parquet(path).iter_batches(batch_size=size, columns=columns):
        pending.append(conform(batch.to_pandas(), PARAGRAPH_COLUMNS))
        held += batch.num_rows
        if held < size:
            continue
        rows = pd.concat(pending, ignore_index=True) if len(pending) > 1 else pending[0]
        ids = rows["article_id"].fillna("").astype(str).to_numpy()
        starts = (ids[1:] != ids[:-1]).nonzero()[0] + 1  # where a new article begins
        if not len(starts):
            pending, held = [rows], len(rows)
            continue
        cut = int(starts[-1])
        yield rows.iloc[:cut].reset_index(drop=True)
        pending, held = [rows.iloc[cut:].reset_index(drop=True)], len(rows) - cut
    if held:
        yield pd.concat(pending, ignore_index=True) if len(pending) > 1 else pending[0]


def write_evidence_tables(
    run_dir: str | Path, workers: int = 0, chunk_size: int = CHUNK_PARAGRAPHS
) -> dict[str, int]:
    """Write the evidence tables of the run folder ``run_dir`` from its ``paragraphs`` and
    ``articles`` tables, chunk by chunk; return the rows of each table written.

    Parameters
    ----------
    run_dir : the run folder (``tables/paragraphs.parquet`` and ``tables/articles`` in it).
    workers : processes reading chunks at once; 0: one per core when there are several
        chunks. The tables do not depend on it.
    chunk_size : paragraphs per chunk (whole articles each).

    Returns
    -------
    dict of table name to its number of rows.
    """
    path = Path(run_dir) / TABLES_DIR / "paragraphs.parquet"
    articles = read_table(run_dir, "articles", columns=["article_id", "published"])
    if not path.is_file() or not stored_in_corpus_order(path):
        tables = evidence_tables(
            read_table(run_dir, "paragraphs", columns=list(PARAGRAPH_COLUMNS)),
            articles,
            workers=workers,
            chunk_size=chunk_size,
        )
        write_tables(run_dir, tables)
        return {name: len(tables[name]) for name in EVIDENCE_TABLES}
    n_chunks = max(1, -(-open_parquet(path).metadata.num_rows // chunk_size))
    if workers <= 0:
        workers = auto_workers(n_chunks)
    wide = CorpusWide()
    last_mention: tuple[str, int, str, str] | None = None
    with contextlib.ExitStack() as files:
        writers = {name: files.enter_context(TableWriter(run_dir, name)) for name in CHUNKED}
        chunks = stored_article_chunks(path, chunk_size)
        for result in chunk_results(chunks, articles, workers, n_chunks):
            part = wide.add(result)
            mentions = part["mentions"]
            if not mentions.empty:  # each chunk's mentions come sorted; so must the table
                keys = mentions[["source_file", "line", "paragraph_id", "actor"]]
                first = tuple(keys.iloc[0])
                if last_mention is not None and first < last_mention:
                    raise RuntimeError("mentions out of corpus order between chunks")
                last_mention = tuple(keys.iloc[-1])
            for name in CHUNKED:
                writers[name].write(part[name])
        corpus_wide = wide.tables()
        write_tables(run_dir, corpus_wide)
    counts = {name: writer.rows for name, writer in writers.items()}
    counts.update({name: len(frame) for name, frame in corpus_wide.items()})
    return {name: counts[name] for name in EVIDENCE_TABLES}
