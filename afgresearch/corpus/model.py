"""The :class:`Corpus` container and the stable ids of articles and paragraphs.

Example
-------
>>> article_id("dumps/a file.txt", 2)
'dumps-a-file-txt-635e5c-0002'
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from afgresearch.atomic import atomic_write
from afgresearch.corpus.records import ArticleRecord
from afgresearch.schema import (
    ARTICLE_COLUMNS,
    LINE_COLUMNS,
    PARAGRAPH_COLUMNS,
    REJECT_COLUMNS,
    conform,
)

_UNSAFE = re.compile(r"[^A-Za-z0-9]+")


def article_id(relpath: str, position: int) -> str:
    """Return the id of the article at 1-based ``position`` in the file ``relpath``.

    The id holds only letters, digits and ``-`` (safe in CSV, Markdown and URLs): a readable slug
    of the path (at most 40 characters), six hex digits of the path's SHA-1 (so that paths with
    the same slug differ), and the zero-padded position. It depends on nothing but the file's
    relative path and the article's place in it.
    """
    return f"{_file_prefix(relpath)}-{position:04d}"


@lru_cache(maxsize=4096)
def _file_prefix(relpath: str) -> str:
    slug = _UNSAFE.sub("-", relpath).strip("-")[:40].strip("-") or "file"
    digest = hashlib.sha1(relpath.encode("utf-8")).hexdigest()[:6]
    return f"{slug}-{digest}"


def paragraph_id(article: str, index: int) -> str:
    """Return the id of the ``index``-th (1-based) paragraph of article ``article``."""
    return f"{article}-p{index:03d}"


@dataclass
class Corpus:
    """Articles, body paragraphs and rejected inputs of a corpus.

    Attributes
    ----------
    articles, paragraphs, rejects : DataFrames with the columns of
        :data:`afgresearch.schema.ARTICLE_COLUMNS`, ``PARAGRAPH_COLUMNS`` and ``REJECT_COLUMNS``.
    root : the folder that ``source_file`` paths are relative to.
    lines : what became of each non-blank line of the text dumps (``LINE_COLUMNS``; see
        :mod:`afgresearch.corpus.linetable`).

    Example
    -------
    >>> c = Corpus.from_records([], [], Path("."))
    >>> c.articles.columns.tolist()[:2]
    ['article_id', 'source_file']
    """

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    rejects: pd.DataFrame
    root: Path = field(default_factory=Path)
    lines: pd.DataFrame = field(default_factory=lambda: _frame([], LINE_COLUMNS))

    @classmethod
    def from_records(
        cls,
        records: Iterable[tuple[str, int, ArticleRecord]],
        rejects: Iterable[tuple[str, str]],
        root: Path,
    ) -> Corpus:
        """Build the tables from ``(relpath, position, record)`` triples and ``(file, reason)`` pairs."""
        arts: list[tuple] = []
        paras: list[tuple] = []
        rows: list[tuple] = []
        for rel, pos, rec in records:
            aid = article_id(rel, pos)
            arts.append(
                (
                    aid,
                    rel,
                    rec.line_start,
                    rec.line_end,
                    rec.title,
                    rec.outlet,
                    rec.published,
                    rec.text,
                )
            )
            for j, (line, text) in enumerate(rec.paragraphs, start=1):
                paras.append((paragraph_id(aid, j), aid, rel, line, text))
            rows += [
                (rel, n, kind, aid if inside else "", why) for n, kind, why, inside in rec.lines
            ]
        rows.sort(key=lambda r: (r[0], r[1]))
        return cls(
            articles=_frame(arts, ARTICLE_COLUMNS),
            paragraphs=_frame(paras, PARAGRAPH_COLUMNS),
            rejects=_frame(list(rejects), REJECT_COLUMNS),
            root=root,
            lines=_frame(rows, LINE_COLUMNS),
        )

    def __len__(self) -> int:
        return len(self.articles)

    def summary(self) -> pd.DataFrame:
        """Return one row per source file: ``articles``, ``paragraphs`` and ``rejected`` reason.

        Example
        -------
        >>> Corpus.from_records([], [("x.bin", "binary file")], Path(".")).summary().to_dict("records")
        [{'source_file': 'x.bin', 'articles': 0, 'paragraphs': 0, 'rejected': 'binary file'}]
        """
        arts = self.articles.groupby("source_file", sort=False).size()
        paras = self.paragraphs.groupby("source_file", sort=False).size()
        rej = self.rejects.groupby("source_file", sort=False)["reason"].agg("; ".join)
        files = sorted(set(arts.index) | set(rej.index))
        out = pd.DataFrame(
            {
                "source_file": files,
                "articles": [int(arts.get(f, 0)) for f in files],
                "paragraphs": [int(paras.get(f, 0)) for f in files],
                "rejected": [str(rej.get(f, "")) for f in files],
            }
        )
        return out.astype(
            {
                "source_file": "string",
                "articles": "int64",
                "paragraphs": "int64",
                "rejected": "string",
            }
        )

    def tables(self) -> dict[str, pd.DataFrame]:
        """Return the tables a run writes: ``articles``, ``paragraphs``, ``rejects``, ``lines``.

        Example
        -------
        >>> list(Corpus.from_records([], [], Path(".")).tables())
        ['articles', 'paragraphs', 'rejects', 'lines']
        """
        return {n: getattr(self, n) for n in ("articles", "paragraphs", "rejects", "lines")}

    def line_summary(self) -> pd.DataFrame:
        """Return lines per kind and the share dropped, one row per text dump
        (:func:`afgresearch.corpus.linetable.line_summary`)."""
        from afgresearch.corpus.linetable import line_summary

        return line_summary(self.lines)

    def write_tables(self, directory: str | Path) -> list[Path]:
        """Write the tables of :meth:`tables` as CSV and Parquet into ``directory``.

        Returns the written paths (sorted).
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in self.tables():
            frame = getattr(self, name)
            with atomic_write(out / f"{name}.csv") as fh:
                frame.to_csv(fh, index=False)
            with atomic_write(out / f"{name}.parquet") as fh:
                frame.to_parquet(fh, index=False)
            written += [out / f"{name}.csv", out / f"{name}.parquet"]
        return sorted(written)


def _frame(rows: list[tuple], columns: dict[str, str]) -> pd.DataFrame:
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=d) for c, d in columns.items()})
    return conform(pd.DataFrame(rows, columns=list(columns)), columns)
