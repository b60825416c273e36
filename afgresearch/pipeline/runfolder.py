"""Run folders: built in a temporary folder inside ``--out``, renamed into place when complete.

Layout of an output folder::

    outputs/
      20261125T101500Z-3f9a1c2e/    complete runs (a manifest.json is always present)
      latest -> 20261125T101500Z-3f9a1c2e
      .partial-<run_id>/            a run in progress (never read by anything else)
      failed-<run_id>/              a run that raised or was interrupted, kept for inspection

Run ids are UTC time plus a random suffix, and every folder is created with ``os.mkdir``
(which fails if the name exists), so concurrent runs into one folder never share a folder.
``latest`` is replaced atomically (a new symlink renamed over the old one).

Example
-------
>>> import tempfile
>>> out = tempfile.mkdtemp()
>>> run = RunFolder.create(out)
>>> _ = (run.path / "manifest.json").write_text("{}")
>>> final = run.complete()
>>> latest_run(out) == final
True
"""

from __future__ import annotations

import os
import secrets
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from afgresearch.pipeline.errors import OutputFolderError

PARTIAL_PREFIX = ".partial-"
FAILED_PREFIX = "failed-"
LATEST = "latest"
MANIFEST = "manifest.json"


def new_run_id() -> str:
    """Return a new run id: UTC time to the second plus 8 random hex digits.

    Example
    -------
    >>> len(new_run_id())
    25
    """
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + secrets.token_hex(4)


def safe_child(root: str | Path, relative: str | Path) -> Path:
    """Return ``root / relative``, refusing absolute paths and anything that leaves ``root``.

    Raises
    ------
    OutputFolderError if ``relative`` is absolute, contains ``..`` or resolves outside ``root``
    (through a symlink, for instance).

    Example
    -------
    >>> safe_child("/tmp/out", "tables/claims.csv").as_posix()
    '/tmp/out/tables/claims.csv'
    """
    rel = Path(relative)
    if rel.is_absolute() or ".." in rel.parts or str(relative).strip() == "":
        raise OutputFolderError(
            f"output path {str(relative)!r} must be relative and stay inside {root}"
        )
    root_r = Path(root).resolve()
    target = (root_r / rel).resolve()
    if target != root_r and root_r not in target.parents:
        raise OutputFolderError(f"output path {str(relative)!r} escapes {root}")
    return Path(root) / rel


def is_complete_run(path: Path) -> bool:
    """True if ``path`` is a complete run folder (a visible folder holding ``manifest.json``)."""
    name = path.name
    return (
        path.is_dir()
        and not path.is_symlink()
        and not name.startswith((".", FAILED_PREFIX))
        and name != LATEST
        and (path / MANIFEST).is_file()
    )


def latest_run(out: str | Path) -> Path | None:
    """Return the newest complete run in ``out``: ``latest`` if it is valid, else the newest by id.

    Example
    -------
    >>> import tempfile
    >>> latest_run(tempfile.mkdtemp()) is None
    True
    """
    out = Path(out)
    link = out / LATEST
    if link.is_symlink():
        target = out / os.readlink(link)
        if is_complete_run(target) and target.parent.resolve() == out.resolve():
            return target
    if not out.is_dir():
        return None
    runs = sorted(p for p in out.iterdir() if is_complete_run(p))
    return runs[-1] if runs else None


def point_latest(out: str | Path, run: Path) -> None:
    """Point ``out/latest`` at ``run`` atomically (symlink created aside, renamed over)."""
    out = Path(out)
    tmp = out / f".latest-{secrets.token_hex(6)}"
    os.symlink(run.name, tmp)
    try:
        os.replace(tmp, out / LATEST)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputFolderError(f"cannot update {out / LATEST}: {exc}") from None


@dataclass
class RunFolder:
    """A run being built: ``path`` is the temporary folder, ``run_id`` its final name."""

    out: Path
    run_id: str
    path: Path

    @classmethod
    def create(cls, out: str | Path) -> RunFolder:
        """Create ``out`` if needed and a fresh temporary run folder inside it."""
        out = Path(out)
        try:
            out.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputFolderError(f"output folder {out}: cannot be created ({exc})") from None
        if not out.is_dir():
            raise OutputFolderError(f"output folder {out}: not a folder")
        for _ in range(100):
            run_id = new_run_id()
            path = out / f"{PARTIAL_PREFIX}{run_id}"
            try:
                path.mkdir()
            except FileExistsError:
                continue
            except OSError as exc:
                raise OutputFolderError(f"output folder {out}: cannot be written ({exc})") from None
            if (out / run_id).exists() or (out / f"{FAILED_PREFIX}{run_id}").exists():
                path.rmdir()
                continue
            return cls(out=out, run_id=run_id, path=path)
        raise OutputFolderError(f"output folder {out}: could not allocate a unique run id")

    def complete(self, update_latest: bool = True) -> Path:
        """Rename the temporary folder to ``out/<run_id>`` and point ``latest`` at it."""
        final = self.out / self.run_id
        if not (self.path / MANIFEST).is_file():
            raise OutputFolderError(f"run {self.run_id}: no {MANIFEST}; refusing to mark complete")
        os.rename(self.path, final)  # atomic on one filesystem; final did not exist (checked)
        self.path = final
        if update_latest:
            point_latest(self.out, final)
        return final

    def fail(self) -> Path:
        """Rename the temporary folder to ``out/failed-<run_id>`` and return it."""
        final = self.out / f"{FAILED_PREFIX}{self.run_id}"
        try:
            os.rename(self.path, final)
        except OSError:
            return self.path
        self.path = final
        return final

    def discard(self) -> None:
        """Remove the temporary folder entirely."""
        shutil.rmtree(self.path, ignore_errors=True)
