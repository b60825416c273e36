"""Check that the running environment holds exactly the locked versions, no more and no less.

``python tests/lock_check.py requirements.lock`` reads the lock (``name==version ; marker``
lines with hashes, as ``uv pip compile --universal`` writes them), keeps the entries whose marker
holds here, and compares them with every installed distribution except the installer itself
(pip) and the project (installed from the working tree). Exit status 1 lists the differences.

Example
-------
>>> locked_versions(["six==1.17.0 ; python_version < '3'", "idna==3.20 \\\\"])
{'idna': '3.20'}
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

from packaging.markers import Marker
from packaging.utils import canonicalize_name

IGNORED = {"pip", "afgresearch"}
ENTRY = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]+?))?\s*\\?\s*$")


def locked_versions(lines: Iterable[str]) -> dict[str, str]:
    """Return ``{canonical name: version}`` for the lock entries whose marker holds here."""
    out: dict[str, str] = {}
    for line in lines:
        m = ENTRY.match(line.strip())
        if not m:
            continue
        name, version, marker = m.groups()
        if marker and not Marker(marker).evaluate():
            continue
        out[canonicalize_name(name)] = version
    return out


def installed_versions() -> dict[str, str]:
    """Return ``{canonical name: version}`` for every distribution this interpreter sees."""
    return {
        canonicalize_name(d.metadata["Name"]): d.version
        for d in metadata.distributions()
        if d.metadata["Name"]
    }


def differences(locked: dict[str, str], installed: dict[str, str]) -> list[str]:
    """Describe each package whose installed state differs from the lock, sorted by name."""
    out = []
    for name in sorted((set(locked) | set(installed)) - IGNORED):
        want, have = locked.get(name), installed.get(name)
        if want != have:
            out.append(f"{name}: locked {want or 'absent'}, installed {have or 'absent'}")
    return out


def main(argv: list[str]) -> int:
    lock = Path(argv[0] if argv else "requirements.lock")
    diff = differences(locked_versions(lock.read_text().splitlines()), installed_versions())
    if diff:
        print(f"environment differs from {lock}:", *diff, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
