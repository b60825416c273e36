"""Atomic file writes: a reader sees the old file or the new one, never half of either.

:func:`atomic_write` opens a temporary file beside the target (same folder, so the same
filesystem), hands it to the caller, then flushes, fsyncs and renames it over the target with
``os.replace``. If the block raises, the temporary file is removed and the target is left as
it was. Every module that writes an output file goes through here.

Example
-------
>>> import pathlib, tempfile
>>> target = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> with atomic_write(target, "w") as fh:
...     _ = fh.write("done\\n")
>>> target.read_text()
'done\\n'
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

_MODES = ("w", "wb")


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    mode: str = "wb",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = "\n",
) -> Iterator[IO[Any]]:
    """Open ``path`` for writing so that it is replaced only when the block completes.

    Parameters
    ----------
    path : the file to (re)write; its folder is created if missing.
    mode : ``"wb"`` (bytes) or ``"w"`` (text).
    encoding, newline : for text mode; by default UTF-8 with ``\\n`` line ends on every OS.

    Yields
    ------
    The open temporary file (named ``.<name>.<random>.tmp`` in the target's folder).

    Example
    -------
    >>> import pathlib, tempfile
    >>> target = pathlib.Path(tempfile.mkdtemp()) / "a.bin"
    >>> _ = target.write_bytes(b"old")
    >>> try:
    ...     with atomic_write(target) as fh:
    ...         _ = fh.write(b"half")
    ...         raise RuntimeError("stopped")
    ... except RuntimeError:
    ...     pass
    >>> target.read_bytes(), sorted(p.name for p in target.parent.iterdir())
    (b'old', ['a.bin'])
    """
    if mode not in _MODES:
        raise ValueError(f"atomic_write mode {mode!r}: use one of {', '.join(_MODES)}")
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    text = {"encoding": encoding, "newline": newline} if mode == "w" else {}
    try:
        with open(tmp, "x" + mode[1:], **text) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    _fsync_folder(target.parent)


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable where the OS allows syncing a folder (POSIX)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
