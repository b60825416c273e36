"""Read CSV, JSON Lines and Parquet files: one row is one article.

A ``text`` column is required; ``title``, ``published``, ``outlet`` and ``url`` are optional (other
columns are ignored). The text is split into paragraphs on blank lines, or on line breaks when it
has no blank line; exact and near-duplicate paragraphs are dropped as for text dumps. ``published``
is normalised to an ISO date when it parses, else left empty. Rows with empty text are skipped.

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
from datetime import date, datetime
from pathlib import Path
from typing import Any

import charset_normalizer

from afgresearch.corpus.errors import (
    ColumnTypeError,
    EmptyFileError,
    MalformedTableError,
    MissingColumnError,
    RejectError,
    UndecodableError,
    UnreadableFileError,
)
from afgresearch.corpus.records import ArticleRecord, drop_repeats

OPTIONAL = ("title", "published", "outlet", "url")
Batch = list[tuple[int, ArticleRecord]]
CSV_FIELD_LIMIT = 64 * 1024 * 1024
_BLANK_LINES = re.compile(r"\n\s*\n")


def split_paragraphs(text: str) -> list[str]:
    """Split a text field into paragraphs: on blank lines, else on line breaks."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK_LINES.split(text) if _BLANK_LINES.search(text) else text.split("\n")
    return [" ".join(p.split()) for p in parts if p.strip()]


def iso_date(value: Any) -> str:
    """Return ``value`` as an ISO date string, or ``""`` when it is missing or does not parse."""
    from dateutil import parser as date_parser

    if value is None or value != value:  # None or NaN
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    if not text:
        return ""
    try:
        return date_parser.parse(text).date().isoformat()
    except (ValueError, OverflowError, TypeError):
        return ""


def _text(value: Any) -> str:
    if value is None or value != value:
        return ""
    return str(value).strip()


def row_record(line: int, row: dict[str, Any]) -> ArticleRecord | None:
    """Build the article of one table row (``None`` when its text is empty)."""
    paragraphs = [(line, p) for p in split_paragraphs(_text(row.get("text")))]
    if not paragraphs:
        return None
    return ArticleRecord(
        line_start=line,
        line_end=line,
        title=" ".join(_text(row.get("title")).split()),
        outlet=" ".join(_text(row.get("outlet")).split()),
        published=iso_date(row.get("published")),
        paragraphs=drop_repeats(paragraphs),
    )


def _sniff_encoding(path: Path) -> str:
    try:
        with open(path, "rb") as handle:
            head = handle.read(65536)
    except OSError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None
    if not head.strip():
        raise EmptyFileError("empty file")
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        from afgresearch.corpus.errors import BinaryFileError

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


def read_csv(path: Path, chunksize: int = 10_000) -> Iterator[Batch | RejectError]:
    """Stream the articles of a CSV file (see the module notes)."""
    batch: Batch = []
    # articles can be longer than the csv module's default field limit (128 KiB)
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    with _open_text(path) as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as exc:
            raise MalformedTableError(f"malformed CSV header: {exc}") from None
        if not header:
            raise EmptyFileError("CSV file has no header row")
        columns = [h.strip().lstrip("\ufeff").casefold() for h in header]
        if "text" not in columns:
            raise MissingColumnError(
                f"CSV has no 'text' column (columns: {', '.join(header) or 'none'})"
            )
        wanted = {name: columns.index(name) for name in ("text", *OPTIONAL) if name in columns}
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
                if not isinstance(obj, dict):
                    bad.append(f"line {line}: not a JSON object")
                    continue
                if "text" not in obj:
                    continue
                if obj["text"] is not None and not isinstance(obj["text"], str):
                    bad.append(
                        f"line {line}: 'text' is {type(obj['text']).__name__}, expected string"
                    )
                    continue
                with_text += 1
                record = row_record(line, obj)
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
        raise MissingColumnError("JSONL has no record with a 'text' field")
    if bad:
        more = f" (and {len(bad) - 3} more)" if len(bad) > 3 else ""
        yield MalformedTableError("; ".join(bad[:3]) + more)


def read_parquet(path: Path, chunksize: int = 10_000) -> Iterator[Batch | RejectError]:
    """Stream the articles of a Parquet file by record batches."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pfile = pq.ParquetFile(path)
    except PermissionError as exc:
        raise UnreadableFileError(f"cannot read file: {exc.strerror or exc}") from None
    except (OSError, pa.ArrowException) as exc:
        raise MalformedTableError(f"not a readable Parquet file: {exc}") from None
    schema = pfile.schema_arrow
    names = {n.casefold(): n for n in schema.names}
    if "text" not in names:
        raise MissingColumnError(
            f"Parquet has no 'text' column (columns: {', '.join(schema.names)})"
        )
    columns = {key: names[key] for key in ("text", *OPTIONAL) if key in names}
    for key, name in columns.items():
        typ = schema.field(name).type
        ok = pa.types.is_string(typ) or pa.types.is_large_string(typ) or pa.types.is_null(typ)
        if hasattr(pa.types, "is_string_view"):
            ok = ok or pa.types.is_string_view(typ)
        if key == "published":
            ok = ok or pa.types.is_timestamp(typ) or pa.types.is_date(typ)
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
