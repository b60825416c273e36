"""Sanitise an SVG (a figure) for inlining in the brief's HTML page.

Only drawing elements and presentation attributes survive: no script, no ``foreignObject``, no
``style`` element, no event handler, no link or reference outside the figure itself
(``href`` and ``url()`` may name only an element of the same SVG). Every ``id`` is prefixed,
so several figures on one page cannot clash.

Example
-------
>>> svg = ('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><script>x()</script>'
...        '<a href="https://example.invalid"><text>hi</text></a></svg>')
>>> sanitize_svg(svg, "f")
'<svg xmlns="http://www.w3.org/2000/svg"><text>hi</text></svg>'
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from typing import Any

# the escapes ElementTree writes with, so a figure streamed out is byte for byte the figure
# serialised whole
from xml.etree.ElementTree import _escape_attrib, _escape_cdata  # type: ignore[attr-defined]

from afgresearch.brief.errors import BriefError

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"

#: drawing elements kept (anything else is dropped with its children, except wrappers such as
#: ``a`` whose children are kept)
ELEMENTS: frozenset[str] = frozenset(
    {"svg", "g", "defs", "clipPath", "path", "rect", "circle", "ellipse", "line", "polyline",
     "polygon", "text", "tspan", "use", "title", "desc", "symbol", "linearGradient",
     "radialGradient", "stop", "pattern", "mask", "marker"}
)  # fmt: skip
#: elements unwrapped: dropped, their children kept
UNWRAP: frozenset[str] = frozenset({"a", "switch"})
#: presentation and geometry attributes kept
ATTRIBUTES: frozenset[str] = frozenset(
    {"id", "class", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
     "width", "height", "viewBox", "points", "transform", "fill", "fill-opacity", "fill-rule",
     "stroke", "stroke-width", "stroke-opacity", "stroke-linecap", "stroke-linejoin",
     "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit", "opacity", "clip-path",
     "clip-rule", "mask", "style", "font-family", "font-size", "font-weight", "font-style",
     "text-anchor", "dominant-baseline", "offset", "stop-color", "stop-opacity",
     "gradientUnits", "gradientTransform", "patternUnits", "clipPathUnits", "version",
     "preserveAspectRatio", "href", "xml:space", "dx", "dy", "rotate", "letter-spacing",
     "marker-start", "marker-mid", "marker-end", "markerWidth", "markerHeight", "refX",
     "refY", "orient", "overflow", "visibility", "display"}
)  # fmt: skip
_URL = re.compile(r"url\(\s*(['\"]?)(.*?)\1\s*\)", re.IGNORECASE)
_ENTITY = "<!entity"
#: characters of a figure file read at a time
CHUNK_CHARS = 1 << 20
_BAD_STYLE = re.compile(r"@import|expression|javascript:|behavior|-moz-binding|\\", re.I)


class SvgError(BriefError, ValueError):
    """An SVG that cannot be parsed."""


def _local(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        ns, _, name = tag[1:].partition("}")
        return ns, name
    return "", tag


def _rewrite_urls(value: str, prefix: str) -> str | None:
    """``url(#id)`` references renamed with ``prefix``; None when one points elsewhere."""
    ok = True

    def fix(m: re.Match[str]) -> str:
        nonlocal ok
        target = m.group(2).strip()
        if not target.startswith("#"):
            ok = False
            return ""
        return f"url(#{prefix}-{target[1:]})"

    out = _URL.sub(fix, value)
    return out if ok else None


def _attributes(attrib: dict[str, str], prefix: str) -> list[tuple[str, str]]:
    """The attributes of an element that survive, in document order, ids and references
    prefixed with ``prefix``."""
    out: dict[str, str] = {}
    for key, value in attrib.items():
        kns, kname = _local(key)
        if kns == XLINK_NS and kname == "href" or kname == "href" and not kns:
            if value.startswith("#"):
                out["href"] = f"#{prefix}-{value[1:]}"
            continue
        if kns == "http://www.w3.org/XML/1998/namespace":
            continue
        if kns or kname not in ATTRIBUTES or kname.lower().startswith("on"):
            continue
        if kname == "id":
            out["id"] = f"{prefix}-{value}"
            continue
        if kname == "style" and _BAD_STYLE.search(value):
            continue
        fixed = _rewrite_urls(value, prefix)
        if fixed is not None:
            out[kname] = fixed
    return list(out.items())


class _Sanitizer:
    """An XML parser target that writes the sanitised SVG while the source is parsed: no tree
    of the figure is ever held, so a figure of a million dots costs a few elements of memory.

    What it writes is what :mod:`xml.etree.ElementTree` writes for the cleaned tree (the
    default namespace on the root, ``" />"`` for an empty element, its escapes): an element
    is kept, unwrapped (children kept, its own text and tail dropped) or dropped with all it
    holds and its tail.
    """

    def __init__(self, prefix: str, write: Callable[[str], Any]) -> None:
        self.prefix, self.write = prefix, write
        #: per open source element: its name when written, "" when unwrapped, None when dropped
        self.stack: list[str | None] = []
        #: a kept element whose start tag is still open (no text or child yet), else ""
        self.open = ""
        #: whether text now parsed is written (a kept element's text or tail)
        self.emit = False
        self.not_svg = False

    def start(self, tag: str, attrib: dict[str, str]) -> None:
        ns, name = _local(tag)
        if not self.stack and (ns, name) != (SVG_NS, "svg"):
            self.not_svg = True  # reported once the whole document parsed
        if self.not_svg or (self.stack and self.stack[-1] is None):
            kept: str | None = None
        elif ns == SVG_NS and name in ELEMENTS:
            kept = name
        elif ns == SVG_NS and name in UNWRAP:
            kept = ""
        else:
            kept = None
        self.stack.append(kept)
        self.emit = bool(kept)
        if not kept:
            return
        self._close_start()
        head = f' xmlns="{_escape_attrib(SVG_NS)}"' if len(self.stack) == 1 else ""
        items = "".join(f' {k}="{_escape_attrib(v)}"' for k, v in _attributes(attrib, self.prefix))
        self.write(f"<{name}{head}{items}")
        self.open = name

    def data(self, data: str) -> None:
        if self.emit and data:
            self._close_start()
            self.write(_escape_cdata(data))

    def end(self, tag: str) -> None:
        kept = self.stack.pop()
        if kept:
            if self.open:
                self.write(" />")
                self.open = ""
            else:
                self.write(f"</{kept}>")
        # a kept element's tail follows it; the root's tail and any other tail are dropped
        self.emit = bool(kept) and bool(self.stack)

    def _close_start(self) -> None:
        if self.open:
            self.write(">")
            self.open = ""

    def close(self) -> None:
        return None


def write_sanitized_svg(chunks: Iterable[str], prefix: str, write: Callable[[str], Any]) -> None:
    """Sanitise the SVG document arriving as ``chunks`` of text and pass the result to
    ``write`` piece by piece (what :func:`sanitize_svg` returns, never held whole).

    Raises
    ------
    SvgError
        As :func:`sanitize_svg`; pieces may have been written before it is raised.

    Example
    -------
    >>> out = []
    >>> write_sanitized_svg(['<svg xmlns="http://www.w3.org/2000/svg"><g on', 'load="x"/></svg>'],
    ...     "p", out.append)
    >>> "".join(out)
    '<svg xmlns="http://www.w3.org/2000/svg"><g /></svg>'
    """
    if not re.fullmatch(r"[A-Za-z0-9_-]+", prefix):
        raise SvgError(f"id prefix {prefix!r}: use letters, digits, '_' and '-'")
    target = _Sanitizer(prefix, write)
    parser = ET.XMLParser(target=target)
    tail = ""  # the end of the previous chunk: a declaration may span two chunks
    try:
        for chunk in chunks:
            if _ENTITY in (tail + chunk).lower():
                raise SvgError("SVG declares entities")
            tail = chunk[-len(_ENTITY) :]
            parser.feed(chunk)
        parser.close()
    except ET.ParseError as exc:
        raise SvgError(f"SVG is not well-formed: {exc}") from None
    if target.not_svg:
        raise SvgError("not an SVG document")


def sanitize_svg(svg: str, prefix: str) -> str:
    """The SVG document ``svg`` as a sanitised ``<svg>`` element, ids prefixed with ``prefix``.

    Raises
    ------
    SvgError
        When ``svg`` is not well-formed XML with an ``svg`` root, or declares entities.

    Example
    -------
    >>> sanitize_svg('<svg xmlns="http://www.w3.org/2000/svg"><g id="a"/><use href="#a"/></svg>', "p")
    '<svg xmlns="http://www.w3.org/2000/svg"><g id="p-a" /><use href="#p-a" /></svg>'
    """
    if not re.fullmatch(r"[A-Za-z0-9_-]+", prefix):
        raise SvgError(f"id prefix {prefix!r}: use letters, digits, '_' and '-'")
    if _ENTITY in svg.lower():
        raise SvgError("SVG declares entities")
    pieces: list[str] = []
    write_sanitized_svg([svg], prefix, pieces.append)
    return "".join(pieces)


def read_chunks(path: str | os.PathLike[str], size: int | None = None) -> Iterator[str]:
    """The text of the UTF-8 file ``path`` (line ends as ``Path.read_text`` gives them),
    ``size`` characters at a time (default :data:`CHUNK_CHARS`).

    Example
    -------
    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "a.svg"
    >>> _ = f.write_text("<svg/>")
    >>> list(read_chunks(f, 4))
    ['<svg', '/>']
    """
    with open(path, encoding="utf-8") as handle:
        while chunk := handle.read(size or CHUNK_CHARS):
            yield chunk


def write_sanitized_svg_file(
    path: str | os.PathLike[str], prefix: str, write: Callable[[str], Any]
) -> None:
    """:func:`write_sanitized_svg` of the SVG file ``path``, read a chunk at a time; an entity
    declaration is refused before anything is written, as :func:`sanitize_svg` refuses it.

    Example
    -------
    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "a.svg"
    >>> _ = f.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script/></svg>')
    >>> out = []
    >>> write_sanitized_svg_file(f, "p", out.append)
    >>> "".join(out)
    '<svg xmlns="http://www.w3.org/2000/svg" />'
    """
    tail = ""
    for chunk in read_chunks(path):
        if _ENTITY in (tail + chunk).lower():
            raise SvgError("SVG declares entities")
        tail = chunk[-len(_ENTITY) :]
    write_sanitized_svg(read_chunks(path), prefix, write)
