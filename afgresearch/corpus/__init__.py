"""The corpus stage: news files -> articles, body paragraphs (with source file and line), rejects.

Modules: ``load`` (entry points), ``discover`` (files, order, symlinks), ``decode`` (size limit,
binary detection, encodings), ``lines`` (line kinds), ``textdump`` (segmenting text dumps),
``tabular`` (CSV, JSONL, Parquet), ``html`` (trafilatura), ``records`` (repeats), ``model``
(``Corpus``, ids), ``errors``, ``cli``. Editable data: ``afgresearch/data/corpus/outlets.txt``
and ``boilerplate.txt``.

Provenance: ``source_file`` is the POSIX path relative to the corpus root; ``line`` is the 1-based
line where the paragraph starts (text dumps: ``lines[line - 1].strip()`` starts with the
paragraph; CSV/JSONL: the record's first line; Parquet: row number + 1; HTML: the source line
where the paragraph's first words appear). ``article_id`` comes from the relative path and the
article's position in its file (text dumps: order of articles; CSV/Parquet: record number; JSONL:
line), so adding a file renumbers nothing else.

Example
-------
>>> from afgresearch.corpus import load_corpus
>>> corpus = load_corpus("seeds")  # doctest: +SKIP
>>> corpus.paragraphs[["source_file", "line", "text"]].head()  # doctest: +SKIP
"""

from __future__ import annotations

from afgresearch.corpus.errors import (
    BinaryFileError,
    ColumnTypeError,
    CorpusError,
    CorpusPathError,
    EmptyCorpusError,
    EmptyFileError,
    FileTooLargeError,
    MalformedTableError,
    MissingColumnError,
    NoBodyError,
    RejectError,
    SymlinkOutsideError,
    UndecodableError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from afgresearch.corpus.load import iter_corpus, load_corpus, write_corpus_parquet
from afgresearch.corpus.model import Corpus, article_id, paragraph_id
from afgresearch.corpus.textdump import segment_text

__all__ = [
    "BinaryFileError",
    "ColumnTypeError",
    "Corpus",
    "CorpusError",
    "CorpusPathError",
    "EmptyCorpusError",
    "EmptyFileError",
    "FileTooLargeError",
    "MalformedTableError",
    "MissingColumnError",
    "NoBodyError",
    "RejectError",
    "SymlinkOutsideError",
    "UndecodableError",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "article_id",
    "iter_corpus",
    "load_corpus",
    "paragraph_id",
    "segment_text",
    "write_corpus_parquet",
]
