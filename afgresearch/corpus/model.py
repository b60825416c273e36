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
    PARAGRAPH_COLUMNS,
    REJECT_COLUMNS,
    conform,
    empty_table,
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
        return cls(
            articles=_frame(arts, "articles", ARTICLE_COLUMNS),
            paragraphs=_frame(paras, "paragraphs", PARAGRAPH_COLUMNS),
            rejects=_frame(list(rejects), "rejects", REJECT_COLUMNS),
            root=root,
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

    def write_tables(self, directory: str | Path) -> list[Path]:
        """Write ``articles``, ``paragraphs`` and ``rejects`` as CSV and Parquet into ``directory``.

        Returns the written paths (sorted).
        """
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name in ("articles", "paragraphs", "rejects"):
            frame = getattr(self, name)
            with atomic_write(out / f"{name}.csv") as fh:
                frame.to_csv(fh, index=False)
            with atomic_write(out / f"{name}.parquet") as fh:
                frame.to_parquet(fh, index=False)
            written += [out / f"{name}.csv", out / f"{name}.parquet"]
        return sorted(written)


def _frame(rows: list[tuple], name: str, columns: dict[str, str]) -> pd.DataFrame:
    if not rows:
        return empty_table(name)
    return conform(pd.DataFrame(rows, columns=list(columns)), columns)
