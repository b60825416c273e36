"""Load a corpus: whole (:func:`load_corpus`), in chunks (:func:`iter_corpus`), or straight to
Parquet files (:func:`write_corpus_parquet`) for corpora that do not fit in memory.

Formats by extension: ``.txt``/``.text``/``.md``/``.markdown`` (text dumps, segmented),
``.html``/``.htm`` (trafilatura), ``.xml``/``.rss``/``.atom`` (RSS 2.0, RSS 1.0/RDF and Atom
feeds, :mod:`afgresearch.corpus.feeds`; an ``.xml`` file that is not a feed is rejected),
``.csv``, ``.jsonl``/``.ndjson``, ``.parquet``/``.pq``, and ``.json`` only as a channel export
(Telegram's ``result.json``, :mod:`afgresearch.corpus.channel_json`).
A text file whose content is a feed, HTML markup or JSON Lines is read by that format's reader
(:mod:`afgresearch.corpus.sniff`): a page saved as ``.txt`` keeps its exact line numbers. A file
with no extension is read only when its content is a feed, HTML or JSON Lines (a ``README`` or
``LICENSE`` is not a dump); the format is told from the file's head, so JSON Lines saved as
text are read once, streamed as a ``.jsonl`` file is. Other extensions are rejected with a
reason (their content is not sniffed: a dump saved under an unknown extension is better renamed
than guessed at). ``max_bytes`` applies to
text dumps, HTML pages and feeds, which are read whole; tables (JSON Lines under a text extension
too) are streamed and have no size limit. A line of a text dump longer than ``MAX_LINE_CHARS``
is no line of text (line ends lost, a data blob): it is not read and is reported with its number
and length, the rest of the file is read with its line numbers unchanged. Compressed archives
(``.gz``, ``.zip``, ...) are not unpacked: they are rejected with that reason.

Every problem with one file becomes a row of ``rejects`` plus a ``logging`` warning naming the file
and the reason; the rest loads. When no file yields an article, :class:`EmptyCorpusError` is raised.

Example
-------
>>> corpus = load_corpus("seeds")  # doctest: +SKIP
>>> len(corpus.articles)  # doctest: +SKIP
20
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from afgresearch.atomic import atomic_write
from afgresearch.corpus.channel_json import segment_channel_json
from afgresearch.corpus.decode import DEFAULT_MAX_BYTES
from afgresearch.corpus.discover import Entry, discover, resolve_root
from afgresearch.corpus.errors import (
    EmptyCorpusError,
    LineTooLongError,
    MalformedTableError,
    NoBodyError,
    RejectError,
    UnreadableFileError,
    UnsupportedFormatError,
)
from afgresearch.corpus.feeds import FEED_SUFFIXES, segment_feed
from afgresearch.corpus.html import segment_html
from afgresearch.corpus.model import Corpus
from afgresearch.corpus.records import ArticleRecord
from afgresearch.corpus.sniff import sniff_file
from afgresearch.corpus.source import blank_long_lines, read_source
from afgresearch.corpus.tabular import read_csv, read_jsonl, read_parquet
from afgresearch.corpus.textdump import segment_text

log = logging.getLogger("afgresearch.corpus")

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
#: JSON files: read only as channel exports (Telegram's result.json)
JSON_SUFFIXES = (".json",)
TABLE_READERS = {
    ".csv": read_csv,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".parquet": read_parquet,
    ".pq": read_parquet,
}
DEFAULT_CHUNKSIZE = 10_000
#: the longest line of a text dump that is read: a long paragraph holds a few thousand
#: characters, a whole article saved without line ends some tens of thousands
MAX_LINE_CHARS = 100_000
#: compressed archives and the formats they come in; not unpacked
ARCHIVE_SUFFIXES = (".gz", ".tgz", ".zip", ".bz2", ".xz", ".7z", ".rar", ".tar", ".zst")
PathArg = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]

Batch = list[tuple[int, ArticleRecord]]


def _paths(path_or_paths: PathArg) -> list[Path]:
    if isinstance(path_or_paths, (str, os.PathLike)):
        return [Path(path_or_paths)]
    return [Path(p) for p in path_or_paths]


def read_entry(entry: Entry, *, max_bytes: int, chunksize: int) -> Iterator[Batch | RejectError]:
    """Yield batches of ``(position, article)`` of one file, or :class:`RejectError` notes.

    Raises :class:`RejectError` when the whole file is unusable.
    """
    if entry.problem is not None:
        raise entry.problem
    suffix = entry.path.suffix.casefold()
    if suffix in FEED_SUFFIXES:
        text = read_source(entry.path, entry.relpath, max_bytes=max_bytes).text
        yield from _read_feed(text)
        return
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES or not suffix:
        found = "html" if suffix in HTML_SUFFIXES else _sniffed(entry)
        if found == "jsonl":
            # JSON Lines saved as text: streamed once by the JSONL reader, under its limits
            yield from _read_table(read_jsonl, entry, chunksize)
            return
        try:
            text = read_source(entry.path, entry.relpath, max_bytes=max_bytes).text
        except RejectError:
            if not suffix:  # binary, empty or too large: not a dump saved without its extension
                raise _unsupported(suffix) from None
            raise
        if not suffix and found == "text":
            raise _unsupported(suffix)
        if found == "feed":
            yield from _read_feed(text)
            return
        if found == "html":
            records = segment_html(text)
            long: list[tuple[int, int]] = []
        else:
            text, long = blank_long_lines(text, MAX_LINE_CHARS)
            records = segment_text(text)
        if not records:
            if long:
                raise LineTooLongError(_long_lines(long) + "; not read, and nothing else to read")
            raise NoBodyError("no body paragraphs: only headlines, metadata or boilerplate")
        yield [(i, rec) for i, rec in enumerate(records, start=1)]
        if long:
            yield LineTooLongError(_long_lines(long) + "; not read, the rest of the file was")
        return
    if suffix in JSON_SUFFIXES:
        # a channel export saved as JSON (afgresearch.corpus.channel_json); other JSON is not read
        text = read_source(entry.path, entry.relpath, max_bytes=max_bytes).text
        records = segment_channel_json(text)
        if not records:
            try:
                json.loads(text)
            except json.JSONDecodeError as exc:  # cut off or not JSON at all: where it breaks
                raise MalformedTableError(f"invalid JSON: {exc}") from None
            raise UnsupportedFormatError(
                "a .json file is read only as a channel export (an object with a 'messages' "
                "list, as Telegram's result.json) with posts holding text; use .jsonl for records"
            )
        yield [(i, rec) for i, rec in enumerate(records, start=1)]
        return
    reader = TABLE_READERS.get(suffix)
    if reader is None:
        raise _unsupported(suffix)
    yield from _read_table(reader, entry, chunksize)


def _read_feed(text: str) -> Iterator[Batch | RejectError]:
    """The articles of a feed, then a note for each item skipped; raises when none has a body."""
    feed = segment_feed(text)
    if not feed.records:
        raise NoBodyError(f"no body paragraphs in any of the feed's {len(feed.skipped)} items")
    yield [(i, rec) for i, rec in enumerate(feed.records, start=1)]
    yield from feed.skipped


def _long_lines(long: list[tuple[int, int]]) -> str:
    """The reason of the lines left unread for their length: the first three, and how many more.

    Example
    -------
    >>> _long_lines([(1, 52_428_800)])
    'line 1 holds 52,428,800 characters, more than a line of text (limit 100,000)'
    """
    shown = ", ".join(f"line {n} holds {size:,} characters" for n, size in long[:3])
    more = f" (and {len(long) - 3} more such lines)" if len(long) > 3 else ""
    return f"{shown}{more}, more than a line of text (limit {MAX_LINE_CHARS:,})"


def _unsupported(suffix: str) -> UnsupportedFormatError:
    if suffix in ARCHIVE_SUFFIXES:
        return UnsupportedFormatError(
            f"compressed archive ({suffix}) is not unpacked; unpack it into the corpus folder"
        )
    known = ", ".join(
        sorted({*TEXT_SUFFIXES, *HTML_SUFFIXES, *FEED_SUFFIXES, *JSON_SUFFIXES, *TABLE_READERS})
    )
    return UnsupportedFormatError(
        f"unsupported file type {suffix or '(no extension)'!r}; known: {known}"
    )


def _sniffed(entry: Entry) -> str:
    """The format of a text file or one without an extension, from its head
    (:func:`afgresearch.corpus.sniff.sniff_file`); an unreadable file is ``'text'`` here and
    rejected with its reason when read whole."""
    try:
        return sniff_file(entry.path)
    except OSError:
        return "text"


def _read_table(
    reader: Callable[[Path, int], Iterator[Batch | RejectError]], entry: Entry, chunksize: int
) -> Iterator[Batch | RejectError]:
    count = 0
    notes: list[RejectError] = []
    for item in reader(entry.path, chunksize):
        if isinstance(item, list):
            count += len(item)
            yield item
        else:
            notes.append(item)  # a few at most (readers sum up their bad rows): after the rows
    if not count:  # one row for the file, with what spoilt its rows
        why = f" ({'; '.join(str(n) for n in notes)})" if notes else ""
        raise NoBodyError(f"no rows with text{why}")
    yield from notes


def _stream(
    path_or_paths: PathArg,
    root: str | os.PathLike[str] | None,
    max_bytes: int,
    chunksize: int,
    progress: bool,
) -> Iterator[tuple[str, int, ArticleRecord] | tuple[str, str]]:
    """Yield ``(relpath, position, record)`` for articles and ``(relpath, reason)`` for rejects."""
    entries: Iterable[Entry] = discover(_paths(path_or_paths), Path(root) if root else None)
    if progress:
        from tqdm.auto import tqdm

        entries = tqdm(list(entries), desc="corpus files", unit="file")
    for entry in entries:
        try:
            for item in read_entry(entry, max_bytes=max_bytes, chunksize=chunksize):
                if isinstance(item, RejectError):
                    log.warning("rejected part of %s: %s", entry.relpath, item)
                    yield (entry.relpath, str(item))
                    continue
                for pos, rec in item:
                    yield (entry.relpath, pos, rec)
        except RejectError as exc:
            log.warning("rejected %s: %s", entry.relpath, exc)
            yield (entry.relpath, str(exc))
        except OSError as exc:  # the file went away or broke while it was read
            reason = f"cannot read file: {exc.strerror or exc}"
            log.warning("rejected %s: %s", entry.relpath, reason)
            yield (entry.relpath, str(UnreadableFileError(reason)))
        except RecursionError:  # markup nested past what its parser can walk
            reason = "nested too deeply to be read"
            log.warning("rejected %s: %s", entry.relpath, reason)
            yield (entry.relpath, reason)


def load_corpus(
    path_or_paths: PathArg,
    *,
    root: str | os.PathLike[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> Corpus:
    """Read files or folders into a :class:`Corpus`.

    Parameters
    ----------
    path_or_paths : a file, a folder (searched recursively) or several of them.
    root : folder that ``source_file`` is relative to (default: the folder given, the parent of
        a single file, or the common parent of several paths).
    max_bytes : text dumps and HTML pages larger than this are rejected unread (default 64 MiB).
    progress : show a progress bar over files.

    Returns
    -------
    The corpus. Raises :class:`CorpusPathError` for a missing path and :class:`EmptyCorpusError`
    when no file yields an article.

    Example
    -------
    >>> corpus = load_corpus("seeds")  # doctest: +SKIP
    >>> corpus.summary()  # doctest: +SKIP
    """
    records: list[tuple[str, int, ArticleRecord]] = []
    rejects: list[tuple[str, str]] = []
    for item in _stream(path_or_paths, root, max_bytes, DEFAULT_CHUNKSIZE, progress):
        if len(item) == 3:
            records.append(item)  # type: ignore[arg-type]
        else:
            rejects.append(item)  # type: ignore[arg-type]
    base = resolve_root(_paths(path_or_paths), root)
    if not records:
        raise _empty(rejects)
    return Corpus.from_records(records, rejects, base)


def _empty(rejects: list[tuple[str, str]]) -> EmptyCorpusError:
    if not rejects:
        return EmptyCorpusError("empty corpus: no files found")
    listed = "; ".join(f"{f}: {r}" for f, r in rejects[:5])
    more = f" (and {len(rejects) - 5} more)" if len(rejects) > 5 else ""
    return EmptyCorpusError(f"empty corpus: no file yielded an article ({listed}{more})")


def iter_corpus(
    path_or_paths: PathArg,
    *,
    chunksize: int = DEFAULT_CHUNKSIZE,
    root: str | os.PathLike[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> Iterator[Corpus]:
    """Yield the corpus in chunks of about ``chunksize`` articles, never holding it all.

    Tables are streamed (CSV and JSONL line by line, Parquet by record batches), folders file by
    file; ids are those :func:`load_corpus` gives. A chunk may hold only rejects. Raises
    :class:`EmptyCorpusError` at the end when no article was found.

    Example
    -------
    >>> sum(len(c) for c in iter_corpus("seeds", chunksize=5))  # doctest: +SKIP
    20
    """
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    base = resolve_root(_paths(path_or_paths), root)
    records: list[tuple[str, int, ArticleRecord]] = []
    rejects: list[tuple[str, str]] = []
    seen_rejects: list[tuple[str, str]] = []
    found = False
    for item in _stream(path_or_paths, root, max_bytes, chunksize, progress):
        if len(item) == 3:
            records.append(item)  # type: ignore[arg-type]
            found = True
        else:
            rejects.append(item)  # type: ignore[arg-type]
            if len(seen_rejects) < 10:
                seen_rejects.append(item)  # type: ignore[arg-type]
        if len(records) >= chunksize:
            yield Corpus.from_records(records, rejects, base)
            records, rejects = [], []
    if records or rejects:
        if not found:
            raise _empty(seen_rejects)
        yield Corpus.from_records(records, rejects, base)
    elif not found:
        raise _empty(seen_rejects)


def write_corpus_parquet(
    path_or_paths: PathArg,
    directory: str | os.PathLike[str],
    *,
    chunksize: int = DEFAULT_CHUNKSIZE,
    root: str | os.PathLike[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: bool = False,
) -> dict[str, int]:
    """Stream a corpus into ``articles``, ``paragraphs``, ``rejects`` and ``lines`` Parquet files.

    Each chunk of :func:`iter_corpus` is appended with a pyarrow ``ParquetWriter``, so memory
    stays bounded by ``chunksize``. Returns the row count of each table.

    Example
    -------
    >>> write_corpus_parquet("seeds", "/tmp/tables")  # doctest: +SKIP
    {'articles': 20, 'paragraphs': ..., 'rejects': 0}
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    names = ("articles", "paragraphs", "rejects", "lines")
    empty = Corpus.from_records([], [], out).tables()
    schemas = {n: pa.Schema.from_pandas(empty[n], preserve_index=False) for n in names}
    counts = dict.fromkeys(names, 0)
    with contextlib.ExitStack() as files:  # each file is replaced only once every chunk is in
        handles = {n: files.enter_context(atomic_write(out / f"{n}.parquet")) for n in names}
        writers = {n: files.enter_context(pq.ParquetWriter(handles[n], schemas[n])) for n in names}
        for chunk in iter_corpus(
            path_or_paths, chunksize=chunksize, root=root, max_bytes=max_bytes, progress=progress
        ):
            for n in names:
                frame = getattr(chunk, n)
                if len(frame):
                    table = pa.Table.from_pandas(frame, schema=schemas[n], preserve_index=False)
                    writers[n].write_table(table)
                    counts[n] += len(frame)
    return counts
