"""The corpus stage: news files -> articles, body paragraphs (with source file and line), rejects.

Modules: ``load`` (entry points), ``discover`` (files, order, symlinks), ``decode`` (size limit,
binary detection, encodings), ``source`` (the one reader of source text: decoding plus line
numbers as ``grep -n`` counts them; every stage that names a ``file:line`` reads through it),
``lines`` (line kinds), ``outlets`` (the outlet gazetteer, agency tags, datelines),
``textdump`` (segmenting text dumps), ``linetable`` (the ``lines`` table: what became of every
line, and the share dropped per file), ``tabular`` (CSV, JSONL, Parquet), ``html``
(trafilatura), ``feeds`` (RSS, RDF and Atom feeds), ``sniff`` (a file's format from its
content), ``records`` (repeats), ``model`` (``Corpus``, ids), ``errors``, ``cli``. Editable
data: ``afgresearch/data/corpus/outlets.txt`` (extend it with files named in
``AFGRESEARCH_OUTLETS``), ``boilerplate.txt`` and ``editorial_labels.txt``.

Provenance: ``source_file`` is the POSIX path relative to the corpus root; ``line`` is the 1-based
line where the paragraph starts, lines counted by :func:`split_lines` (text dumps:
``lines[line - 1].strip()`` starts with the paragraph, except a headline glued to its first
sentence, whose paragraph starts after the headline on that line; CSV/JSONL: the record's first line; Parquet: row number + 1; HTML: the source line
where the paragraph's first words appear; feeds: the line where the paragraph's text starts
inside its item's body field). ``article_id`` comes from the relative path and the
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
from afgresearch.corpus.linetable import line_summary
from afgresearch.corpus.load import iter_corpus, load_corpus, write_corpus_parquet
from afgresearch.corpus.model import Corpus, article_id, paragraph_id
from afgresearch.corpus.source import SourceText, read_source, split_lines
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
    "SourceText",
    "SymlinkOutsideError",
    "UndecodableError",
    "UnreadableFileError",
    "UnsupportedFormatError",
    "article_id",
    "iter_corpus",
    "line_summary",
    "load_corpus",
    "paragraph_id",
    "read_source",
    "segment_text",
    "split_lines",
    "write_corpus_parquet",
]
