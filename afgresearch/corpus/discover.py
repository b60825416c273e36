"""Find the files of a corpus: folders recursively, in a stable order.

Rules: paths are sorted by their POSIX path relative to the root, so adding a file never changes
the position (and ids) of others. Hidden files and folders (names starting with ``.``), editors'
backups and lock files and system metadata files are not read; each is reported with its reason
(:mod:`afgresearch.corpus.clutter`), a hidden folder once, unsearched. A folder named like a file
(``x.txt/``) is a folder and is searched. Symbolic links are never followed out of the corpus root: a link whose target lies outside
is reported as a reject; a link to a folder is not descended (to avoid cycles) and is reported too;
a link to a file inside the root is read; a broken link or a loop of links is reported as
such. Paths the caller names explicitly are used as given, even
when they are links.

Example
-------
>>> from pathlib import Path
>>> [e.relpath for e in discover(Path("seeds"))][:1]  # doctest: +SKIP
['000_80ff25dce704ba91.txt']
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from afgresearch.corpus.clutter import skip_reason
from afgresearch.corpus.errors import (
    BrokenLinkError,
    CorpusPathError,
    RejectError,
    SkippedFileError,
    SymlinkOutsideError,
)


@dataclass(frozen=True)
class Entry:
    """One file found under the corpus root; ``problem`` is set when it must be rejected."""

    path: Path
    relpath: str
    problem: RejectError | None = None


def resolve_root(paths: list[Path], root: str | os.PathLike[str] | None) -> Path:
    """Return the corpus root: ``root`` if given, the folder itself, or the files' common parent."""
    if root is not None:
        return Path(root).absolute()
    if len(paths) == 1:
        only = paths[0].absolute()
        return only if only.is_dir() else only.parent
    return Path(
        os.path.commonpath([p.absolute() if p.is_dir() else p.absolute().parent for p in paths])
    )


def _inside(target: Path, root: Path) -> bool:
    try:
        target.relative_to(root)
    except ValueError:
        return False
    return True


def _entry(path: Path, root: Path, real_root: Path) -> Entry:
    rel = path.relative_to(root).as_posix()
    skipped = skip_reason(path.name)
    if skipped:
        return Entry(path, rel, SkippedFileError(skipped))
    if path.is_symlink():
        if not os.path.exists(path):
            return Entry(path, rel, _broken_link(path))
        target = Path(os.path.realpath(path))
        if not _inside(target, real_root):
            return Entry(
                path,
                rel,
                SymlinkOutsideError("symlink points outside the corpus folder; not followed"),
            )
        if target.is_dir():
            return Entry(path, rel, SymlinkOutsideError("symlink to a folder; not followed"))
    return Entry(path, rel)


def _broken_link(path: Path) -> BrokenLinkError:
    """Why a symbolic link leads nowhere: a loop of links, or a target that does not exist."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return BrokenLinkError("symbolic link loop; not followed")
    return BrokenLinkError("broken symbolic link: its target does not exist")


def discover(paths: Path | Iterable[Path], root: Path | None = None) -> Iterator[Entry]:
    """Yield the corpus files under ``paths`` (files or folders), sorted by relative path.

    Parameters
    ----------
    paths : one path or several; folders are searched recursively.
    root : the corpus root that ``relpath`` is relative to (default: see :func:`resolve_root`).

    Returns
    -------
    An iterator of :class:`Entry`. Raises :class:`CorpusPathError` for a path that does not exist
    or lies outside ``root``.
    """
    items = [Path(paths)] if isinstance(paths, (str, os.PathLike)) else [Path(p) for p in paths]
    if not items:
        raise CorpusPathError("no corpus path given")
    for p in items:
        if not p.exists() and not p.is_symlink():
            raise CorpusPathError(f"corpus path does not exist: {p}")
    base = resolve_root(items, root)
    real_root = Path(os.path.realpath(base))
    found: dict[str, Entry] = {}
    for p in items:
        p = p.absolute()
        if not _inside(p, base):
            raise CorpusPathError(f"{p} is not inside the corpus root {base}")
        if p.is_dir():  # a folder named by the caller is searched even when it is a link
            for dirpath, dirnames, filenames in os.walk(p, followlinks=False):
                here = Path(dirpath)
                keep = []
                for d in sorted(dirnames):
                    if skipped := skip_reason(d, is_dir=True):
                        rel = (here / d).relative_to(base).as_posix()
                        found[rel] = Entry(here / d, rel, SkippedFileError(skipped))
                    elif (here / d).is_symlink():
                        e = _entry(here / d, base, real_root)
                        found[e.relpath] = e
                    else:
                        keep.append(d)
                dirnames[:] = keep
                for f in filenames:
                    e = _entry(here / f, base, real_root)
                    found[e.relpath] = e
        else:  # a file named by the caller is read even when it is a link
            rel = p.relative_to(base).as_posix()
            found[rel] = Entry(p, rel)
    for rel in sorted(found):
        yield found[rel]
