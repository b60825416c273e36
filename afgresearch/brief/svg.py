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

import re
import xml.etree.ElementTree as ET

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


def _clean(el: ET.Element, prefix: str) -> list[ET.Element]:
    """``el`` cleaned (a list of one), its kept children (unwrapped), or nothing."""
    ns, name = _local(el.tag)
    children = [c for child in list(el) for c in _clean(child, prefix)]
    if ns != SVG_NS or name not in ELEMENTS:
        if ns == SVG_NS and name in UNWRAP:
            return children
        return []
    out = ET.Element(f"{{{SVG_NS}}}{name}")
    out.text, out.tail = el.text, el.tail
    for key, value in el.attrib.items():
        kns, kname = _local(key)
        if kns == XLINK_NS and kname == "href" or kname == "href" and not kns:
            if value.startswith("#"):
                out.set("href", f"#{prefix}-{value[1:]}")
            continue
        if kns == "http://www.w3.org/XML/1998/namespace":
            continue
        if kns or kname not in ATTRIBUTES or kname.lower().startswith("on"):
            continue
        if kname == "id":
            out.set("id", f"{prefix}-{value}")
            continue
        if kname == "style" and _BAD_STYLE.search(value):
            continue
        fixed = _rewrite_urls(value, prefix)
        if fixed is not None:
            out.set(kname, fixed)
    out.extend(children)
    return [out]


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
    if "<!ENTITY" in svg or "<!entity" in svg.lower():
        raise SvgError("SVG declares entities")
    try:
        root = ET.fromstring(svg)
    except ET.ParseError as exc:
        raise SvgError(f"SVG is not well-formed: {exc}") from None
    if _local(root.tag) != (SVG_NS, "svg"):
        raise SvgError("not an SVG document")
    cleaned = _clean(root, prefix)[0]
    cleaned.tail = None
    ET.register_namespace("", SVG_NS)
    return ET.tostring(cleaned, encoding="unicode")
