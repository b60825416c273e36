"""The corpus stage into a run folder, chunk by chunk: memory flat in corpus size.

:func:`write_corpus_tables` reads a corpus with :func:`afgresearch.iter_corpus` (tables by
record batches, text dumps file by file) and appends each chunk's articles, paragraphs,
rejects and lines to their tables as they come; the line summary and the overview per source
file are added up chunk by chunk. The tables are those :func:`afgresearch.load_corpus` gives,
written as :func:`~afgresearch.pipeline.tables.write_tables` writes them (the same CSV bytes).

The lines table is sorted by file and line over the whole corpus; chunks come in that order
when each file is read whole or in order, as the readers do. Should one come out of order, the
corpus is read again whole (the same tables).

Example
-------
>>> out = write_corpus_tables("seeds", tempfile.mkdtemp())  # doctest: +SKIP
>>> out.rows["articles"]  # doctest: +SKIP
20
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from afgresearch.corpus import Corpus, iter_corpus, load_corpus
from afgresearch.corpus.linetable import line_counts, summary_of_counts
from afgresearch.pipeline.errors import PipelineError
from afgresearch.pipeline.tables import TableWriter, write_tables

#: the corpus tables, in the order :meth:`afgresearch.Corpus.tables` gives them
CORPUS_TABLES = ("articles", "paragraphs", "rejects", "lines")
#: articles per chunk
CHUNK_ARTICLES = 10_000


@dataclass
class CorpusTables:
    """What :func:`write_corpus_tables` wrote: ``rows`` per table (the corpus tables, then
    ``line_summary``) and ``files``, the overview per source file (:func:`file_overview`)."""

    rows: dict[str, int]
    files: pd.DataFrame


class _OutOfOrder(PipelineError):
    """A chunk's lines come before the previous chunk's (caught here: the corpus is then read
    whole)."""


def file_overview(articles: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Articles, earliest and latest publication date and paragraphs per source file (index),
    sorted by file; an empty ``published`` counts as no date.

    Example
    -------
    >>> a = pd.DataFrame({"article_id": ["x"], "source_file": ["f"], "published": [""]})
    >>> file_overview(a, pd.DataFrame({"source_file": ["f", "f"]}))["paragraphs"].tolist()
    [2]
    """
    dated = articles.assign(published=articles["published"].replace("", pd.NA))
    per_file = dated.groupby("source_file").agg(
        articles=("article_id", "size"), earliest=("published", "min"), latest=("published", "max")
    )
    per_file["paragraphs"] = paragraphs.groupby("source_file").size()
    return per_file


def _added(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The overviews of consecutive chunks as one (counts added, dates the extremes)."""
    if len(parts) == 1:
        return parts[0]
    joined = pd.concat(parts)
    out = joined.groupby(level=0).agg(
        articles=("articles", "sum"),
        earliest=("earliest", "min"),
        latest=("latest", "max"),
        paragraphs=("paragraphs", lambda s: s.sum(min_count=1)),
    )
    dtypes = parts[0].dtypes.to_dict()
    if out["paragraphs"].isna().any():  # a file whose articles hold no paragraph
        dtypes.pop("paragraphs")
    return out.astype(dtypes)


def write_corpus_tables(
    corpus: str | Path, run_dir: str | Path, chunksize: int = CHUNK_ARTICLES
) -> CorpusTables:
    """Read the corpus at ``corpus`` chunk by chunk and write its tables (``articles``,
    ``paragraphs``, ``rejects``, ``lines``, ``line_summary``) into the run folder ``run_dir``.

    Parameters
    ----------
    corpus : a file or folder of news dumps (as for :func:`afgresearch.load_corpus`).
    run_dir : the run folder.
    chunksize : articles per chunk.

    Returns
    -------
    CorpusTables with the rows of each table and the overview per source file.

    Raises
    ------
    EmptyCorpusError when no file yields an article (no table is written then).
    """
    try:
        return _write_chunks(corpus, run_dir, chunksize)
    except _OutOfOrder:
        loaded = load_corpus(corpus)
        tables = {**loaded.tables(), "line_summary": loaded.line_summary()}
        write_tables(run_dir, tables)
        return CorpusTables(
            rows={name: len(frame) for name, frame in tables.items()},
            files=file_overview(loaded.articles, loaded.paragraphs),
        )


def _write_chunks(corpus: str | Path, run_dir: str | Path, chunksize: int) -> CorpusTables:
    counts: list[pd.DataFrame] = []
    files: list[pd.DataFrame] = []
    last_line: tuple[str, int] | None = None
    with contextlib.ExitStack() as stack:
        writers = {n: stack.enter_context(TableWriter(run_dir, n)) for n in CORPUS_TABLES}
        for chunk in iter_corpus(corpus, chunksize=chunksize):
            lines = chunk.lines
            if len(lines):
                first = (str(lines["source_file"].iat[0]), int(lines["line"].iat[0]))
                if last_line is not None and first < last_line:
                    raise _OutOfOrder(first)
                last_line = (str(lines["source_file"].iat[-1]), int(lines["line"].iat[-1]))
                counts.append(line_counts(lines))
            if len(chunk.articles):
                files.append(file_overview(chunk.articles, chunk.paragraphs))
            for name in CORPUS_TABLES:
                writers[name].write(getattr(chunk, name))
        empty = Corpus.from_records([], [], Path(".")).lines
        summary = summary_of_counts(
            pd.concat(counts).groupby(level=0).sum() if counts else line_counts(empty)
        )
        write_tables(run_dir, {"line_summary": summary})
    rows = {name: writer.rows for name, writer in writers.items()}
    rows["line_summary"] = len(summary)
    return CorpusTables(rows=rows, files=_added(files))
