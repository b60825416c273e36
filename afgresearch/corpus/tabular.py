"""Read CSV, JSON Lines and Parquet files: one row is one article.

A text column is required; title, published date, outlet and url are optional (other columns are
ignored). Column names are matched case-insensitively against the aliases in :data:`ALIASES`
(``body``/``content``/``story`` for the text, ``headline`` for the title,
``date``/``timestamp``/``published_at`` for the date, ``source``/``publisher``/``site_name`` for
the outlet, ``link`` for the url); a JSON outlet given as an object (``{"name": ...}``) uses its
name. A text field holding an HTML fragment (CMS and API exports) is read to its paragraphs by
:func:`afgresearch.corpus.fieldhtml.html_paragraphs`.

A CSV's delimiter is the one its header row uses, among ``,`` ``;`` tab and ``|``
(:func:`csv_delimiter`: spreadsheet exports in locales with a decimal comma write ``;``). Dates follow
:func:`afgresearch.corpus.dates.iso_date` (epoch numbers, Solar Hijri, plausible range; else
empty). The text is split into paragraphs on blank lines, or on line breaks when it has no blank
line; exact and near-duplicate paragraphs are dropped as for text dumps. Rows with empty text are
skipped. A file with no text column is rejected with the columns found and those accepted.

CSV is read with the standard ``csv`` module (strict quoting) rather than pandas, because it
reports where each record starts; its field size limit is raised to 64 MiB for long articles.

Line numbers: for CSV and JSONL every paragraph carries the 1-based line where its record starts
(a quoted CSV field may span several lines); for Parquet the row number + 1 (1-based row).
Readers stream: CSV and JSONL line by line, Parquet by record batches, yielding lists of at most
``chunksize`` ``(position, ArticleRecord)`` pairs, ``position`` being the 1-based record number.
A problem that spoils only some rows (an invalid JSON line, a malformed CSV record after good ones)
is yielded as a :class:`RejectError` value and reading stops (CSV) or goes on (JSONL).

Example
-------
>>> rec = row_record(3, {"text": "One.\\n\\nTwo.", "title": "T"})
>>> rec.paragraphs
[(3, 'One.'), (3, 'Two.')]
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import charset_normalizer

from afgresearch.corpus.dates import iso_date
from afgresearch.corpus.decode import utf16_without_bom
from afgresearch.corpus.errors import (
    BinaryFileError,
    ColumnTypeError,
    EmptyFileError,
    MalformedTableError,
    MissingColumnError,
    RejectError,
    UndecodableError,
    UnreadableFileError,
)
from afgresearch.corpus.fieldhtml import html_paragraphs
from afgresearch.corpus.html import looks_like_html
from afgresearch.corpus.records import ArticleRecord, drop_repeats

OPTIONAL = ("title", "published", "outlet", "url")
#: accepted column names (case-insensitive) for each field, first match wins
ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "article",
        "article_text",
        "full_text",
        "story",
        "body_html",
        "content_html",
        "body_text",
        "fulltext",
    ),
    "title": ("title", "headline", "heading", "headline_text"),
    "published": (
        "published",
        "date",
        "published_at",
        "publication_date",
        "pubdate",
        "datetime",
        "timestamp",
        "published_date",
        "publish_date",
        "pub_date",
        "created_at",
        "first_published_at",
        # schema.org's datePublished as exports name it ('date_published', 'datePublished')
        "date_published",
        "datepublished",
    ),
    "outlet": (
        "outlet",
        "source",
        "publisher",
        "site",
        "site_name",
        "source_name",
        "publication",
        "domain",
    ),
    "url": ("url", "link", "uri"),
    # a feed or CMS export's short text (a feed's description, a CMS excerpt): a row's text where
    # its text column is empty (a feed export of items whose full text was not fetched); never
    # the text column itself (a file with a summary alone is rejected as having no text)
    "summary": ("summary", "description", "excerpt", "abstract", "dek", "standfirst", "teaser"),
}
_SEP = re.compile(r"[\s\-]+")
Batch = list[tuple[int, ArticleRecord]]
CSV_FIELD_LIMIT = 64 * 1024 * 1024
_BLANK_LINES = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    """Split a text field into paragraphs: on blank lines, else on line breaks; an HTML fragment
    into its block elements' paragraphs.

    Example
    -------
    >>> split_paragraphs("<p>One.</p>\\n\\n<h3>Why</h3><p>Two.</p>"), split_paragraphs("A.\\nB.")
    (['One.', 'Two.'], ['A.', 'B.'])
    """
    if looks_like_html(text):
        return html_paragraphs(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK_LINES.split(text) if _BLANK_LINES.search(text) else text.split("\n")
    return [" ".join(p.split()) for p in parts if p.strip()]


def resolve_columns(names: list[str]) -> dict[str, str]:
    """Map each field (``text``, ``title``, ``published``, ``outlet``, ``url``) to a column name.

    Names are compared case-insensitively, with spaces and hyphens read as ``_``; for each field
    the first alias in :data:`ALIASES` order that is present wins.

    Example
    -------
    >>> resolve_columns(["Headline", "Content", "Date", "source"])
    {'text': 'Content', 'title': 'Headline', 'published': 'Date', 'outlet': 'source'}
    """
    folded: dict[str, str] = {}
    for name in names:
        key = _SEP.sub("_", str(name).strip().lstrip("\ufeff").casefold())
        folded.setdefault(key, name)
    out: dict[str, str] = {}
    for field_name, aliases in ALIASES.items():
        found = next((folded[a] for a in aliases if a in folded), None)
        if found is not None:
            out[field_name] = found
    return out


def _missing_text(kind: str, found: list[str]) -> str:
    shown = ", ".join(str(f) for f in found[:40]) or "none"
    more = f" (and {len(found) - 40} more)" if len(found) > 40 else ""
    return (
        f"{kind} has no text column (columns found: {shown}{more}; "
        f"accepted for the text: {', '.join(ALIASES['text'])})"
    )


def _text(value: Any) -> str:
    if isinstance(value, dict):
        # a nested object such as {"name": "Dawn", "id": "dawn"}
        value = next((value[k] for k in ("name", "title", "label") if value.get(k)), "")
    if value is None or value != value or isinstance(value, list | dict):
        return ""
    return str(value).strip()


def row_record(line: int, row: dict[str, Any]) -> ArticleRecord | None:
    """Build the article of one table row (``None`` when its text and summary are empty).

    ``row`` is keyed by field (``text``, ``summary``, ``title``, ``published``, ``outlet``,
    ``url``); an ``outlet`` given as an object uses its ``name``; a row whose text is empty is
    read from its summary.

    Example
    -------
    >>> row_record(2, {"text": "", "summary": "<p>Only a summary.</p>"}).paragraphs
    [(2, 'Only a summary.')]
    """
    text = _text(row.get("text")) or _text(row.get("summary"))
    paragraphs = [(line, p) for p in split_paragraphs(text)]
    if not paragraphs:
        return None
    return ArticleRecord(
        line_start=line,
        line_end=line,
        title=" ".join(_text(row.get("title")).split()),
        outlet=" ".join(_text(row.get("outlet")).split()),
        published=iso_date(row.get("published")),
        url=_text(row.get("url")),
        paragraphs=drop_repeats(paragraphs),
    )


def _sniff_encoding(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None
    if not head.strip():
        raise EmptyFileError("empty file" if not head else "file holds only whitespace")
    wide = utf16_without_bom(head)
    if wide:
        return wide
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise BinaryFileError("binary file: NUL bytes in a text table")
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return enc
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            return "utf-8"
    best = charset_normalizer.from_bytes(head).best()
    if best is None:
        raise UndecodableError("undecodable bytes: not UTF-8 and no known encoding fits")
    return best.encoding


def _open_text(path: Path) -> io.TextIOWrapper:
    encoding = _sniff_encoding(path)
    try:
        return open(path, encoding=encoding, newline="")
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None


DELIMITERS = ",;\t|"


def csv_delimiter(header: str) -> str:
    """The delimiter of a CSV file, read from its header row: ``,`` ``;`` tab or ``|``.

    :class:`csv.Sniffer` decides over the header line, restricted to :data:`DELIMITERS`; where it
    cannot, the candidate the header holds most often outside quotes wins (ties in
    :data:`DELIMITERS` order), and a header holding none is read with a comma.

    Example
    -------
    >>> csv_delimiter("Headline;Date;Publisher;Text;Link"), csv_delimiter("title,date,text")
    (';', ',')
    >>> csv_delimiter('title|"a, b"|text'), csv_delimiter("text")
    ('|', ',')
    """
    header = header.lstrip("\ufeff").rstrip("\r\n")
    unquoted = re.sub(r'"[^"]*"', "", header)
    counts = {d: unquoted.count(d) for d in DELIMITERS}
    if not any(counts.values()):
        return ","
    try:
        sniffed = csv.Sniffer().sniff(header, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed in DELIMITERS and counts[sniffed] == max(counts.values()):
        return sniffed
    return max(DELIMITERS, key=lambda d: (counts[d], -DELIMITERS.index(d)))


def read_csv(path: Path, chunksize: int = 10_000) -> Iterator[Batch | RejectError]:
    """Stream the articles of a CSV file (see the module notes)."""
    batch: Batch = []
    # articles can be longer than the csv module's default field limit (128 KiB)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    with _open_text(path) as handle:
        try:
            delimiter = csv_delimiter(handle.readline())
        except UnicodeDecodeError:
            delimiter = ","  # the header's own read below reports the bytes
        handle.seek(0)
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise MalformedTableError(f"malformed CSV header: {exc}") from None
        if not header:
            raise EmptyFileError("CSV file has no header row")
        resolved = resolve_columns(header)
        if "text" not in resolved:
            raise MissingColumnError(_missing_text("CSV", header))
        wanted = {name: header.index(col) for name, col in resolved.items()}
        position = 0
        previous_end = reader.line_num
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                if batch:
                    yield batch
                yield MalformedTableError(
                    f"malformed CSV at line {previous_end + 1}: {exc}; rows from there on skipped"
                )
                return
            except UnicodeDecodeError as exc:
                if batch:
                    yield batch
                yield UndecodableError(f"undecodable bytes after line {previous_end}: {exc.reason}")
                return
            line = previous_end + 1
            previous_end = reader.line_num
            if not values:
                continue
            position += 1
            row = {name: values[i] if i < len(values) else "" for name, i in wanted.items()}
            record = row_record(line, row)
            if record is not None:
                record.line_end = previous_end
                batch.append((position, record))
            if len(batch) >= chunksize:
                yield batch
                batch = []
    if batch:
        yield batch


def read_jsonl(path: Path, chunksize: int = 10_000) -> Iterator[Batch | RejectError]:
    """Stream the articles of a JSON Lines file; invalid lines are reported and skipped."""
    batch: Batch = []
    bad: list[str] = []
    seen: dict[str, None] = {}
    with_text = 0
    with _open_text(path) as handle:
        line = 0
        try:
            for raw in handle:
                line += 1
                if not raw.strip():
                    continue
                try:
                    obj = json.loads(raw)
                except json.JSONDecodeError as exc:
                    bad.append(f"line {line}: invalid JSON ({exc.msg})")
                    continue
                except RecursionError:
                    bad.append(f"line {line}: JSON nested too deeply to be read")
                    continue
                if not isinstance(obj, dict):
                    bad.append(f"line {line}: not a JSON object")
                    continue
                resolved = resolve_columns(list(obj))
                if "text" not in resolved:
                    if len(seen) < 200:
                        seen.update(dict.fromkeys(str(k) for k in obj))
                    continue
                key = resolved["text"]
                if obj[key] is not None and not isinstance(obj[key], str):
                    bad.append(
                        f"line {line}: '{key}' is {type(obj[key]).__name__}, expected string"
                    )
                    continue
                with_text += 1
                record = row_record(line, {f: obj[k] for f, k in resolved.items()})
                if record is not None:
                    batch.append((line, record))
                if len(batch) >= chunksize:
                    yield batch
                    batch = []
        except UnicodeDecodeError as exc:
            bad.append(f"undecodable bytes after line {line}: {exc.reason}")
    if batch:
        yield batch
    if not with_text and not bad:
        raise MissingColumnError(_missing_text("JSONL", list(seen)))
    if bad:
        more = f" (and {len(bad) - 3} more)" if len(bad) > 3 else ""
        yield MalformedTableError("; ".join(bad[:3]) + more)


def read_parquet(path: Path, chunksize: int = 10_000) -> Iterator[Batch | RejectError]:
    """Stream the articles of a Parquet file by record batches."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        open(path, "rb").close()  # gone, a folder or locked: said so, not as a bad Parquet file
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None
    try:
        pfile = pq.ParquetFile(path)
    except PermissionError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None
    except (OSError, pa.ArrowException) as exc:
        raise MalformedTableError(f"not a readable Parquet file: {exc}") from None
    schema = pfile.schema_arrow
    columns = resolve_columns(list(schema.names))
    if "text" not in columns:
        raise MissingColumnError(_missing_text("Parquet", list(schema.names)))
    for key, name in columns.items():
        typ = schema.field(name).type
        ok = pa.types.is_string(typ) or pa.types.is_large_string(typ) or pa.types.is_null(typ)
        if hasattr(pa.types, "is_string_view"):
            ok = ok or pa.types.is_string_view(typ)
        if key == "published":
            ok = ok or pa.types.is_timestamp(typ) or pa.types.is_date(typ)
            ok = ok or pa.types.is_integer(typ) or pa.types.is_floating(typ)
        if not ok:
            raise ColumnTypeError(f"Parquet column '{name}' has type {typ}, expected string")
    row = 0
    batch: Batch = []
    try:
        for rb in pfile.iter_batches(batch_size=chunksize, columns=list(columns.values())):
            data = {key: rb.column(name).to_pylist() for key, name in columns.items()}
            for i in range(rb.num_rows):
                row += 1
                record = row_record(row, {key: data[key][i] for key in columns})
                if record is not None:
                    batch.append((row, record))
            if len(batch) >= chunksize:
                yield batch
                batch = []
    except (OSError, pa.ArrowException) as exc:
        if batch:
            yield batch
        yield MalformedTableError(f"corrupt Parquet data after row {row}: {exc}")
        return
    if batch:
        yield batch
