"""The outlet gazetteer, and outlets named by agency tags and datelines.

The gazetteer is the packaged ``data/corpus/outlets.txt`` plus any files a user lists in the
environment variable ``AFGRESEARCH_OUTLETS`` (paths separated by ``os.pathsep``) or passes to
:func:`add_outlet_file`. One outlet per line; ``Name | alias | alias`` maps aliases to the name;
``#`` starts a comment.

Agency tags and datelines name the outlet inside the text itself: ``(MENAFN- Khaama Press)``,
``HERAT CITY (Pajhwok):``, ``ISLAMABAD, (UrduPoint / Pakistan Point News - 21st May, 2025)``.
A dateline is an upper-case place name (one to four words) at the start of a lead sentence,
followed by ``:``, a dash, or an agency in parentheses; a capitalised place (``Kabul (BNA)``)
counts only with an agency that is known or written as initials.

Example
-------
>>> dateline("HERAT CITY (Pajhwok): Officials said 5,000 families returned.")
Dateline(place='HERAT CITY', agency='Pajhwok', end=22)
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
# the day a wire dateline may carry: 'KABUL, March 3 (Reuters) -', 'QUETTA, Pakistan, May 5',
# or day first with its year as agencies outside the US write it: 'KABUL, 5 December 2007 (IRIN) -'
_DAY = (
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:,?\s+\d{4})?))"
)
_DATELINE_HEAD = (
    rf"^\W{{0,3}}(?P<place>{_PLACE})(?:,\s*[A-Z][a-z]+)?{_DAY}?"
    r"(?:(?:\s*,)?\s*\((?P<agency>[^()]{2,80})\)\s*(?::|—|–|--|\s-\s)?|\s*(?::|—|–|--|\s-\s))"
)
_DATELINE = re.compile(_DATELINE_HEAD + r"\s*(?=[\"'“‘A-Z0-9(])")
_DATELINE_ONLY = re.compile(_DATELINE_HEAD + r"\s*$")
# 'Kabul (BNA)', 'Kabul- Afghanistan (PMG):': a capitalised place needs an agency in parentheses
_TITLE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s*[,\-–]?\s+[A-Z][a-z]+|-\s*[A-Z][a-z]+){0,3})"
    + _DAY
    + r"?\s*\((?P<agency>[A-Za-z][\w .&'-]{1,40})\)\s*(?P<sep>:|—|–|--|\s-\s|-)?\s*"
)
# 'Kabul [Afghanistan], July 24 (ANI):', 'Herat [Afghanistan], July 17 :', 'Boston [US], May 2': a wire service's
# dateline, a place with its country in brackets and the day, the agency optional
_BRACKET_DATELINE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+){0,2})\s*\[[A-Z][A-Za-z. ]{1,30}\]\s*,\s*"
    r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\((?P<agency>[^()]{2,40})\))?\s*:\s*"
)
_AGENCY_TAG = re.compile(r"^\(\s*(?P<agency>[A-Za-z][^()]{1,60}?)\s*\)")
#: wire services whose tag names the outlet they carry: '(MENAFN- Khaama Press)'
_CARRIER = re.compile(r"^(?:MENAFN|ANI|IANS|PTI|APP)\s*[-–—:]\s*", re.IGNORECASE)
_CARRIER_TAG = re.compile(
    r"^(?P<agency>(?:MENAFN|ANI|IANS|PTI|APP)\s*[-–—:]\s*[A-Za-z][^()]{1,60}?)\s*\)", re.IGNORECASE
)
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
    >>> _extra_files.remove(p); _gazetteer.cache_clear()
    """
    _extra_files.append(Path(path))
    _gazetteer.cache_clear()


def _files() -> list[Path | None]:
    """The gazetteer files: ``None`` for the packaged one, then the user's."""
    env = [Path(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p.strip()]
    return [None, *env, *_extra_files]


def _read(path: Path | None) -> str:
    if path is None:
        return resources.files("afgresearch.data").joinpath("corpus/outlets.txt").read_text("utf-8")
    return path.read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[dict[str, str], re.Pattern[str]]:
    """``{casefolded name or alias: name}`` and a pattern finding any of them as written."""
    names: dict[str, str] = {}
    written: set[str] = set()
    for path in _files():
        for row in _read(path).splitlines():
            row = "" if row.lstrip().startswith("#") else row.strip()
            forms = [" ".join(n.split()) for n in row.split("|") if n.strip()]
            for form in forms:
                names[form.casefold()] = forms[0]
            written.update(forms)
    ordered = sorted(written, key=lambda n: (-len(n), n))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, ordered)) + r")(?![\w-])")
    return names, pattern


def outlet_names() -> dict[str, str]:
    """Return ``{casefolded name or alias: outlet name}`` from every gazetteer file."""
    return _gazetteer()[0]


def outlet_in(text: str) -> str:
    """Return the longest gazetteer name or alias written (same case, whole words) in ``text``.

    Used on header lines only (bylines and date lines), where an outlet may sit among other words.

    Example
    -------
    >>> outlet_in("Photo of Indo-Asian News Service Follow on Twitter | Published: 12th November 2023")
    'Indo-Asian News Service'
    >>> outlet_in("By a staff reporter")
    ''
    """
    found = _gazetteer()[1].search(text)
    return outlet_names()[found.group(0).casefold()] if found else ""


def known_outlet(line: str) -> str | None:
    """Return the outlet name if ``line`` is exactly a known outlet name or alias, else ``None``.

    Example
    -------
    >>> known_outlet("  al jazeera ")
    'Al Jazeera'
    """
    return outlet_names().get(" ".join(line.split()).casefold())


@lru_cache(maxsize=1)
def editorial_labels() -> frozenset[str]:
    """Upper-case labels that open a paragraph like a dateline but name no place (``UPDATE:``),
    from ``data/corpus/editorial_labels.txt`` (one per line, case-insensitive)."""
    text = resources.files("afgresearch.data").joinpath("corpus/editorial_labels.txt")
    rows = text.read_text("utf-8").splitlines()
    return frozenset(r.strip().casefold() for r in rows if r.strip() and not r.startswith("#"))


def dateline(line: str) -> Dateline | None:
    """Return the dateline that opens ``line`` (``ISLAMABAD:``, ``NEW DELHI —``), else ``None``.

    Example
    -------
    >>> dateline("NEW DELHI — India will upgrade its mission.").place
    'NEW DELHI'
    >>> dateline("UNICEF says 400,000 more girls are out of school.") is None
    True
    >>> dateline("UPDATE: The ministry later revised the figure.") is None
    True
    >>> dateline("Herat [Afghanistan], September 28 (ANI): Officials said ...").agency
    'ANI'
    >>> dateline("GENEVA, 3 March 2024 (IRIN) - The agency said ...").agency
    'IRIN'
    >>> dateline("The External Affairs Ministry (MEA) declined to comment.") is None
    True
    """
    s = line.strip()
    match = _DATELINE.match(s)
    if match is not None and match.group("place").casefold() in editorial_labels():
        return None
    if match is None:
        match = _BRACKET_DATELINE.match(s)
    if match is None:
        match = _TITLE_DATELINE.match(s)
        if match is None or not _names_agency(match.group("agency")):
            return None
        place = match.group("place")
        if place.split()[0] in ("The", "A", "An") or (
            not match.group("sep") and " " in place and not re.search(r"[,\-–]", place)
        ):
            return None  # 'The External Affairs Ministry (MEA) declined': a name, not a place
    return Dateline(match.group("place"), (match.group("agency") or "").strip(), match.end())


def _names_agency(text: str) -> bool:
    """True when ``text`` (inside parentheses) is an agency: known, or initials such as ``BNA``."""
    text = text.strip()
    return bool(known_outlet(text)) or bool(re.fullmatch(r"[A-Z]{2,6}", text))


def is_dateline_only(line: str) -> bool:
    """Return True when ``line`` holds only a dateline (``Kabul- Afghanistan (PMG):``).

    Example
    -------
    >>> is_dateline_only("Kabul- Afghanistan (PMG):"), is_dateline_only("Kabul (BNA) Officials said.")
    (True, False)
    """
    s = line.strip()
    match = _DATELINE_ONLY.match(s) or _TITLE_DATELINE.fullmatch(s)
    return match is not None and _names_agency(match.group("agency") or "")


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
    if tag and (_CARRIER.match(tag.group("agency")) or known_outlet(tag.group("agency"))):
        return _agency_name(tag.group("agency"))
    if bare := _CARRIER_TAG.match(s):
        return _agency_name(bare.group("agency"))
    found = dateline(s)
    return _agency_name(found.agency) if found and found.agency else ""


def carried_outlet(name: str) -> str:
    """The outlet a wire service's or aggregator's credit carries (``MENAFN - Khaama Press``
    names Khaama Press, as its tag ``(MENAFN- Khaama Press)`` does in a story); else ``name``.

    Example
    -------
    >>> carried_outlet("MENAFN - Tribal News Network"), carried_outlet("Dawn")
    ('Tribal News Network', 'Dawn')
    """
    match = _CARRIER.match(name.strip())
    rest = name.strip()[match.end() :].strip() if match else ""
    return rest or name


def is_agency_tag(line: str) -> bool:
    """Return True when ``line`` is only an agency tag such as ``(MENAFN- Khaama Press)``.

    Example
    -------
    >>> is_agency_tag("(MENAFN- Khaama Press)"), is_agency_tag("(Photo: AFP)")
    (True, False)
    """
    s = line.strip()
    tag = _AGENCY_TAG.fullmatch(s)
    if tag is None:
        # a carrier's tag whose opening parenthesis a copy lost: 'IANS - Valley Post)'
        tag = _CARRIER_TAG.fullmatch(s)
        return bool(tag)
    return bool(_CARRIER.match(tag.group("agency")) or known_outlet(tag.group("agency")))
