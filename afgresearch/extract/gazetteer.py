"""The actor gazetteer (editable YAML package data) and its spaCy rule-based matcher.

Aliases of one token and aliases in capitals ('TTP', 'Dar', 'US') match exactly; longer aliases
match case-insensitively. Matching is accent- and apostrophe-folded ('Kābul', 'Herāt' and
'Iran’s' match 'Kabul', 'Herat' and "Iran's"); a match keeps the text as written and its
offsets in the original string. Demonyms ('Pakistani') count as their country only before an
institutional noun ('Pakistani police'). Overlaps keep the longest match, so
'Pakistani Taliban' is the TTP and 'Islamic Emirate of Afghanistan' the Taliban government.

Example
-------
>>> gaz = load_gazetteer()
>>> [(m.actor, m.text) for m in gaz.find("The Pakistani Taliban and Ishq Dar met in Kabul.")]
[('Tehreek-e-Taliban Pakistan', 'Pakistani Taliban'), ('Ishaq Dar', 'Ishq Dar'), ('Kabul', 'Kabul')]
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.attrs import LOWER, ORTH
from spacy.matcher import Matcher, PhraseMatcher
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import filter_spans

from afgresearch.extract.errors import GazetteerError
from afgresearch.extract.pipeline import doc_text, get_nlp

_SECTIONS = {
    "countries": "country",
    "organisations": "organisation",
    "armed_groups": "armed group",
    "persons": "person",
}
PLACE = "place"

# typographic apostrophes and hyphens that spell the same name as their ASCII forms
_PUNCT_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u00b4": "'",
                             "\u2010": "-", "\u2011": "-"})  # fmt: skip


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_PUNCT_FOLD))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Return ``text`` without diacritics and with ASCII apostrophes and hyphens, for matching.

    Example
    -------
    >>> fold("Mazār-e Sharīf, Kābul’s")
    "Mazar-e Sharif, Kabul's"
    """
    return fold_with_offsets(text)[0]


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return the folded ``text`` and, for each folded character, its offset in ``text``.

    Example
    -------
    >>> fold_with_offsets("Ōmarī")
    ('Omari', [0, 1, 2, 3, 4])
    """
    if text.isascii():
        return text, list(range(len(text)))
    chars: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        folded = char if char.isascii() else _fold_char(char)
        chars.append(folded)
        origin.extend([i] * len(folded))
    return "".join(chars), origin


@dataclass(frozen=True)
class Actor:
    """One gazetteer entry: canonical ``name``, ``type``, ``aliases`` and optional details."""

    name: str
    type: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...] = ()
    office: str = ""
    country: str = ""


@dataclass(frozen=True)
class Match:
    """A gazetteer match in a text: character offsets, canonical name, type and matched text."""

    start: int
    end: int
    actor: str
    type: str
    text: str


_GAZETTEER_IDS = itertools.count()


@dataclass
class Gazetteer:
    """Actors, places and demonym rules, with a spaCy matcher built on first use.

    Use :func:`load_gazetteer` to read one from YAML.
    """

    actors: tuple[Actor, ...]
    places: tuple[str, ...] = ()
    place_country: dict[str, str] = field(default_factory=dict)
    modifiers: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    place_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _matchers: tuple[PhraseMatcher, PhraseMatcher, Matcher] | None = field(default=None, repr=False)
    _demonyms: dict[str, str] = field(default_factory=dict, repr=False)
    _demonym_ids: frozenset[int] = field(default=frozenset(), repr=False)
    _institution_ids: frozenset[int] = field(default=frozenset(), repr=False)
    # where a doc keeps this gazetteer's matches (unique per gazetteer object)
    _doc_key: tuple[str, int] = field(
        default_factory=lambda: ("afgresearch.gazetteer", next(_GAZETTEER_IDS)),
        repr=False,
        compare=False,
    )

    @property
    def by_name(self) -> dict[str, Actor]:
        """Actors keyed by canonical name."""
        return {a.name: a for a in self.actors}

    def _build(self) -> tuple[PhraseMatcher, PhraseMatcher, Matcher]:
        nlp = get_nlp()
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        caseless = PhraseMatcher(nlp.vocab, attr="LOWER")
        demonym = Matcher(nlp.vocab)
        entries = [(a.name, a.type, a.aliases) for a in self.actors]
        entries += [(p, PLACE, (p, *self.place_aliases.get(p, ()))) for p in self.places]
        for name, kind, aliases in entries:
            key = f"{kind}\t{name}"
            exact_docs, caseless_docs = [], []
            for alias in dict.fromkeys(fold(a) for a in aliases):
                doc = nlp.make_doc(alias)
                if len(doc) == 1 or alias.isupper():
                    exact_docs.append(doc)
                else:
                    caseless_docs.append(doc)
            if exact_docs:
                exact.add(key, exact_docs)
            if caseless_docs:
                caseless.add(key, caseless_docs)
        institutions = sorted({w.lower() for w in self.institutions})
        modifiers = sorted({w.lower() for w in self.modifiers})
        # one pattern for every demonym (a matcher tries each pattern at every token, so one
        # pattern per country made this the slowest step); the first token names the country
        self._demonyms = {}
        for actor in self.actors:
            for d in actor.demonyms:
                self._demonyms.setdefault(fold(d), actor.name)  # the first listed wins
        self._demonym_ids = frozenset(hash_string(d) for d in self._demonyms)
        self._institution_ids = frozenset(hash_string(w) for w in institutions)
        if self._demonyms:
            demonym.add(
                "demonym",
                [
                    [
                        {"ORTH": {"IN": sorted(self._demonyms)}},
                        {"LOWER": {"IN": modifiers}, "OP": "*"},
                        {"LOWER": {"IN": institutions}},
                    ]
                ],  # fmt: skip
            )
        return exact, caseless, demonym

    def find_in_doc(self, doc: Doc) -> list[Match]:
        """Return the matches in a spaCy ``doc`` (longest wins on overlap), sorted by position.

        The doc's text is matched accent-folded (see :func:`fold`); offsets and ``text`` refer
        to ``doc.text`` as written. The matches are kept on the doc, so extractors that share
        a doc find them once.
        """
        kept = doc.user_data.get(self._doc_key)
        if kept is not None:
            return list(kept)
        found = self._find_in_doc(doc)
        doc.user_data[self._doc_key] = tuple(found)
        return found

    def _find_in_doc(self, doc: Doc) -> list[Match]:
        if self._matchers is None:
            self._matchers = self._build()
        exact, caseless, demonym = self._matchers
        original = doc_text(doc)
        folded, origin = fold_with_offsets(original)
        if folded != original:
            doc = get_nlp().make_doc(folded)
        spans = []
        for matcher in (exact, caseless):
            if len(matcher):
                spans.extend(matcher(doc, as_spans=True))
        if len(demonym) and self._may_hold_demonym(doc):
            spans.extend(demonym(doc, as_spans=True))
        out = []
        for span in filter_spans(spans):
            if span.label_ == "demonym":
                kind, name = "country", self._demonyms[span[0].text]
            else:
                kind, name = span.label_.split("\t", 1)
            start, end = span.start_char, span.end_char
            if folded != original:
                start, end = origin[start], origin[end - 1] + 1
            out.append(Match(start, end, name, kind, original[start:end]))
        return sorted(out, key=lambda m: (m.start, m.end))

    def _may_hold_demonym(self, doc: Doc) -> bool:
        """Whether ``doc`` holds a demonym and an institution word, read from its token
        arrays: the demonym rule cannot match otherwise, and spaCy's token matcher visits
        every token as a Python object."""
        orth, lower = doc.to_array([ORTH, LOWER]).T.tolist() if len(doc) else ([], [])
        return not self._demonym_ids.isdisjoint(orth) and not self._institution_ids.isdisjoint(
            lower
        )

    def find(self, text: str) -> list[Match]:
        """Return the matches in ``text`` (see :meth:`find_in_doc`)."""
        return self.find_in_doc(get_nlp().make_doc(text or ""))


def _as_list(value: object, where: str) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GazetteerError(f"{where} must be a list, got {type(value).__name__}")
    return value


def _strings(value: object, where: str) -> tuple[str, ...]:
    items = _as_list(value, where)
    if not all(isinstance(v, str) and v.strip() for v in items):
        raise GazetteerError(f"{where} must hold non-empty strings")
    return tuple(v.strip() for v in items)


def _read_yaml(path: Path | str) -> dict:
    try:
        with open(path, encoding="utf-8") as fh:
            data = yaml.safe_load(fh)
    except OSError as exc:
        raise GazetteerError(f"cannot read gazetteer file {path}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise GazetteerError(f"gazetteer file {path} is not valid YAML: {exc}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise GazetteerError(f"gazetteer file {path} must hold a mapping of sections")
    return data


def gazetteer_from_dict(data: dict, institutions: dict | None = None) -> Gazetteer:
    """Build a :class:`Gazetteer` from parsed YAML (sections as in ``actors.yaml``).

    Parameters
    ----------
    data : mapping with optional sections countries, organisations, armed_groups, persons and
        places (a list of names, or a mapping country -> list of names; a name may be a mapping
        ``{name, aliases}`` for other spellings).
    institutions : mapping with ``modifiers`` and ``institutions`` word lists (demonym rules).

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        When a section or entry is malformed, or a canonical name is used twice.

    Example
    -------
    >>> g = gazetteer_from_dict({"organisations": [{"name": "IOM", "aliases": ["IOM"]}]})
    >>> [m.actor for m in g.find("The IOM said.")]
    ['IOM']
    """
    unknown = set(data) - set(_SECTIONS) - {"places"}
    if unknown:
        raise GazetteerError(f"unknown gazetteer sections: {', '.join(sorted(unknown))}")
    actors: list[Actor] = []
    seen: set[str] = set()
    for section, kind in _SECTIONS.items():
        for i, entry in enumerate(_as_list(data.get(section), section)):
            where = f"{section}[{i}]"
            if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
                raise GazetteerError(f"{where} must be a mapping with a 'name' string")
            name = entry["name"].strip()
            if name in seen:
                raise GazetteerError(f"{where}: actor {name!r} is listed twice")
            seen.add(name)
            aliases = _strings(entry.get("aliases"), f"{where}.aliases") or (name,)
            if name not in aliases:
                aliases = (name, *aliases)
            actors.append(
                Actor(
                    name=name,
                    type=kind,
                    aliases=tuple(dict.fromkeys(aliases)),
                    demonyms=_strings(entry.get("demonyms"), f"{where}.demonyms"),
                    office=str(entry.get("office", "") or ""),
                    country=str(entry.get("country", "") or ""),
                )
            )
    inst = institutions or {}
    places, place_country, place_aliases = _places(data.get("places"))
    return Gazetteer(
        actors=tuple(actors),
        places=places,
        place_country=place_country,
        place_aliases=place_aliases,
        modifiers=_strings(inst.get("modifiers"), "modifiers"),
        institutions=_strings(inst.get("institutions"), "institutions"),
    )


def _places(
    value: object,
) -> tuple[tuple[str, ...], dict[str, str], dict[str, tuple[str, ...]]]:
    """Places as a list, or as a mapping country -> list; an item is a name or a mapping
    ``{name: ..., aliases: [...]}`` (other spellings of the same place)."""
    if isinstance(value, dict):
        groups = [(str(country or ""), items) for country, items in value.items()]
    else:
        groups = [("", value)]
    names: list[str] = []
    country_of: dict[str, str] = {}
    aliases_of: dict[str, tuple[str, ...]] = {}
    for country, items in groups:
        where = f"places.{country}" if country else "places"
        for i, item in enumerate(_as_list(items, where)):
            if isinstance(item, dict):
                if not isinstance(item.get("name"), str) or not item["name"].strip():
                    raise GazetteerError(f"{where}[{i}] must be a mapping with a 'name' string")
                name = item["name"].strip()
                aliases_of[name] = _strings(item.get("aliases"), f"{where}[{i}].aliases")
            elif isinstance(item, str) and item.strip():
                name = item.strip()
            else:
                raise GazetteerError(f"{where} must hold non-empty strings or name mappings")
            names.append(name)
            if country:
                country_of[name] = country
    return tuple(names), country_of, aliases_of


def load_gazetteer(path: Path | str | None = None) -> Gazetteer:
    """Load a gazetteer from a YAML file (default: the packaged ``data/gazetteer/actors.yaml``).

    The demonym rules come from ``institutions.yaml`` next to the file (or the packaged one).
    The packaged gazetteer is cached.

    Parameters
    ----------
    path : a YAML file with the sections of ``actors.yaml``, or None for the packaged one.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        When the file is missing, unreadable or malformed.
    """
    if path is None:
        return _default_gazetteer()
    path = Path(path)
    inst_path = path.with_name("institutions.yaml")
    if not inst_path.exists():
        inst_path = _data_dir() / "institutions.yaml"
    return gazetteer_from_dict(_read_yaml(path), _read_yaml(inst_path))


def _data_dir() -> Path:
    return Path(str(resources.files("afgresearch") / "data" / "gazetteer"))


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    folder = _data_dir()
    return gazetteer_from_dict(
        _read_yaml(folder / "actors.yaml"), _read_yaml(folder / "institutions.yaml")
    )


def as_gazetteer(gazetteer: Gazetteer | str | Path | None) -> Gazetteer:
    """Return ``gazetteer`` itself, the one loaded from a YAML path, or the packaged default.

    Example
    -------
    >>> as_gazetteer(None) is load_gazetteer()
    True
    """
    if gazetteer is None:
        return load_gazetteer()
    if isinstance(gazetteer, Gazetteer):
        return gazetteer
    if isinstance(gazetteer, (str, Path)):
        return load_gazetteer(gazetteer)
    raise GazetteerError(
        f"gazetteer must be a Gazetteer or a YAML path, got {type(gazetteer).__name__}"
    )
