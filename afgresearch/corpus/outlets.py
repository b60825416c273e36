"""The outlet gazetteer, and outlets named by agency tags and datelines.

The gazetteer is the packaged ``data/corpus/outlets.txt`` plus any files a user lists in the
environment variable ``AFGRESEARCH_OUTLETS`` (paths separated by ``os.pathsep``) or passes to
:func:`add_outlet_file`. One outlet per line; ``Name | alias | alias`` maps aliases to the name;
``#`` starts a comment.

Agency tags and datelines name the outlet inside the text itself: ``(MENAFN- Khaama Press)``,
``HERAT CITY (Pajhwok):``, ``ISLAMABAD, (UrduPoint / Pakistan Point News - 21st May, 2025)``.
A dateline is an upper-case place name (one to four words) at the start of a lead sentence,
followed by ``:``, a dash, or an agency in parentheses.

Example
-------
>>> dateline("HERAT CITY (Pajhwok): Officials said 5,000 families returned.")
Dateline(place='HERAT CITY', agency='Pajhwok', end=21)
>>> agency_outlet("(MENAFN- Khaama Press) UNICEF says ...")
'Khaama Press'
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

ENV_VAR = "AFGRESEARCH_OUTLETS"
_extra_files: list[Path] = []

_PLACE = r"[A-Z][A-Z'’.\-]{2,}(?:\s+[A-Z][A-Z'’.\-]+){0,3}"
_DATELINE = re.compile(
    rf"^\W{{0,3}}(?P<place>{_PLACE})(?:,\s*[A-Z][a-z]+)?"
    r"(?:(?:\s*,)?\s*\((?P<agency>[^()]{2,80})\)\s*(?::|—|–|--|\s-\s)?|\s*(?::|—|–|--|\s-\s))"
    r"\s*(?=[\"'“‘A-Z0-9(])"
)
_AGENCY_TAG = re.compile(r"^\(\s*(?P<agency>[A-Za-z][^()]{1,60}?)\s*\)")
#: wire services whose tag names the outlet they carry: '(MENAFN- Khaama Press)'
_CARRIER = re.compile(r"^(?:MENAFN|ANI|IANS|PTI|APP)\s*[-–—:]\s*", re.IGNORECASE)
_AGENCY_SEP = re.compile(r"\s+/\s+|\s+[-–—]\s+|\s*[,;|]\s*")


@dataclass(frozen=True)
class Dateline:
    """A dateline at the start of a lead: the place, the agency (may be empty), where text starts."""

    place: str
    agency: str
    end: int


def add_outlet_file(path: str | os.PathLike[str]) -> None:
    """Add a user's outlet file (same format as ``outlets.txt``) to the gazetteer.

    Example
    -------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "mine.txt"; _ = p.write_text("Herat Weekly | HW\\n")
    >>> add_outlet_file(p); known_outlet("hw")
    'Herat Weekly'
    """
    _extra_files.append(Path(path))
    outlet_names.cache_clear()


def _parse(text: str, out: dict[str, str]) -> None:
    for row in text.splitlines():
        row = row.split("#", 1)[0].strip() if not row.lstrip().startswith("#") else ""
        if not row:
            continue
        names = [" ".join(n.split()) for n in row.split("|") if n.strip()]
        for name in names:
            out[name.casefold()] = names[0]


@lru_cache(maxsize=1)
def outlet_names() -> dict[str, str]:
    """Return ``{casefolded name or alias: outlet name}`` from every gazetteer file."""
    out: dict[str, str] = {}
    _parse(
        resources.files("afgresearch.data").joinpath("corpus/outlets.txt").read_text("utf-8"), out
    )
    env = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    for path in [*env, *_extra_files]:
        _parse(path.read_text(encoding="utf-8"), out)
    return out


def known_outlet(line: str) -> str | None:
    """Return the outlet name if ``line`` is exactly a known outlet name or alias, else ``None``.

    Example
    -------
    >>> known_outlet("  al jazeera ")
    'Al Jazeera'
    """
    return outlet_names().get(" ".join(line.split()).casefold())


def dateline(line: str) -> Dateline | None:
    """Return the dateline that opens ``line`` (``ISLAMABAD:``, ``NEW DELHI —``), else ``None``.

    Example
    -------
    >>> dateline("NEW DELHI — India will upgrade its mission.").place
    'NEW DELHI'
    >>> dateline("UNICEF says 400,000 more girls are out of school.") is None
    True
    """
    match = _DATELINE.match(line.strip())
    if match is None:
        return None
    return Dateline(match.group("place"), (match.group("agency") or "").strip(), match.end())


def _agency_name(agency: str) -> str:
    """The outlet an agency text names: a known outlet, else its first name-like part."""
    agency = _CARRIER.sub("", agency.strip())
    if known := known_outlet(agency):
        return known
    parts = [p.strip(" .") for p in _AGENCY_SEP.split(agency) if p.strip(" .")]
    for part in parts:
        if known := known_outlet(part):
            return known
    first = parts[0] if parts else ""
    plain = first and not any(ch.isdigit() for ch in first) and "@" not in first
    return first if plain and first[:1].isupper() and len(first.split()) <= 4 else ""


def agency_outlet(line: str) -> str:
    """Return the outlet named by an agency tag or a dateline's agency at the start of ``line``.

    Example
    -------
    >>> agency_outlet("ISLAMABAD, (UrduPoint / Pakistan Point News - 21st May, 2025) Pakistan and ...")
    'UrduPoint'
    >>> agency_outlet("MOSCOW — Russia on Thursday ...")
    ''
    """
    s = line.strip()
    tag = _AGENCY_TAG.match(s)
    if tag:
        return _agency_name(tag.group("agency"))
    found = dateline(s)
    return _agency_name(found.agency) if found and found.agency else ""


def is_agency_tag(line: str) -> bool:
    """Return True when ``line`` is only an agency tag such as ``(MENAFN- Khaama Press)``.

    Example
    -------
    >>> is_agency_tag("(MENAFN- Khaama Press)"), is_agency_tag("(Photo: AFP)")
    (True, False)
    """
    s = line.strip()
    tag = _AGENCY_TAG.fullmatch(s)
    return bool(tag) and bool(
        _CARRIER.match(tag.group("agency")) or known_outlet(tag.group("agency"))
    )
