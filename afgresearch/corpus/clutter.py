"""Files a folder of dumps holds that are no dumps: hidden files, editors' backups and locks,
system metadata. They are not read, and each is listed in ``rejects`` with the reason, so that
a file the user meant to read is never dropped unseen (rename it to have it read).

Rules, by name alone (the content is never opened):

* **Hidden** files and folders: the name starts with ``.`` (``.git``, ``.ipynb_checkpoints``,
  ``.notes.txt``). A hidden folder is listed once and not searched.
* **Editor lock files**: LibreOffice's ``.~lock.name#``, Microsoft Office's ``~$name``, Emacs's
  ``.#name``.
* **Editor backups and swap files**: a name ending in ``~`` (``story.txt~``), an Emacs autosave
  ``#name#``, Vim's ``.swp``/``.swo``/``.swn`` and ``.bak``/``.orig``/``.tmp`` copies. A backup
  repeats a dump that lies beside it, and reading both would count its articles twice.
* **System metadata**: ``.DS_Store`` and AppleDouble ``._name`` (macOS), ``Thumbs.db`` and
  ``desktop.ini`` (Windows), ``Icon\\r`` (macOS folder icons).

Example
-------
>>> skip_reason("story.txt~"), skip_reason("story.txt")
('editor backup file; not read (rename it to have it read)', None)
>>> skip_reason(".git", is_dir=True)
'hidden folder; not searched'
"""

from __future__ import annotations

_SYSTEM = frozenset({".ds_store", "thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r"})
_BACKUP_SUFFIXES = (".swp", ".swo", ".swn", ".bak", ".orig", ".tmp")
_LOCK_PREFIXES = (".~lock.", "~$", ".#")


def skip_reason(name: str, *, is_dir: bool = False) -> str | None:
    """The reason a file or folder named ``name`` is not read, or ``None`` where it is read.

    Parameters
    ----------
    name : the file or folder's own name (not its path).
    is_dir : whether it is a folder (only hidden folders are skipped).

    Example
    -------
    >>> skip_reason(".DS_Store"), skip_reason("~$report.docx")
    ('system metadata file; not read', 'editor lock file; not read')
    """
    folded = name.casefold()
    if is_dir:
        return "hidden folder; not searched" if name.startswith(".") else None
    if folded in _SYSTEM or name.startswith("._"):
        return "system metadata file; not read"
    if folded.startswith(_LOCK_PREFIXES):
        return "editor lock file; not read"
    if (
        name.endswith("~")
        or (len(name) > 2 and name.startswith("#") and name.endswith("#"))
        or folded.endswith(_BACKUP_SUFFIXES)
    ):
        return "editor backup file; not read (rename it to have it read)"
    if name.startswith("."):
        return "hidden file; not read (rename it to have it read)"
    return None
