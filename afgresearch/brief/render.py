"""Render the brief's Markdown as one self-contained, script-free HTML page.

markdown-it-py parses CommonMark (plus tables and strikethrough) with raw HTML disabled, so
any HTML in the text is shown escaped; links are allowed only to ``http``, ``https`` and
``mailto`` URLs and in-page anchors. An image is rendered only when it is one of the run's
figures, and then as that figure's SVG inlined and sanitised (:mod:`afgresearch.brief.svg`);
any other image is shown as its text. The page carries a strict Content-Security-Policy (no
scripts, no external loads of any kind) and inline CSS only, so it is one self-contained file.

Example
-------
>>> html = render_html("Hi <script>alert(1)</script>")
>>> "&lt;script&gt;" in html and "<script>" not in html
True
"""

from __future__ import annotations

import html as html_lib
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt

from afgresearch.brief.svg import sanitize_svg, write_sanitized_svg_file

#: URL schemes a link in the brief may use (anything else is left as plain text)
SAFE_SCHEMES: tuple[str, ...] = ("http", "https", "mailto")

#: Content-Security-Policy of the page: nothing loads, nothing runs, styles only inline
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'none'; object-src 'none'; img-src 'none'; "
    "media-src 'none'; frame-src 'none'; font-src 'none'; connect-src 'none'; "
    "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)

CSS = """
body { font: 15px/1.5 Georgia, 'DejaVu Serif', serif; color: #1a1a1a; background: #fff;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1, h2, h3 { font-family: 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif; line-height: 1.2; }
h1 { font-size: 1.7rem; } h2 { font-size: 1.3rem; margin-top: 2rem; border-bottom: 1px solid #ddd; }
h3 { font-size: 1.1rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.85rem; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.3rem 0.45rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
code { font-size: 0.8rem; background: #f4f4f4; padding: 0 0.2rem; white-space: nowrap; }
figure, .figure { display: block; margin: 1rem 0; }
.figure svg { max-width: 100%; height: auto; display: block; }
blockquote { margin: 0.5rem 0; padding-left: 0.8rem; border-left: 3px solid #ccc; color: #333; }
""".strip()

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")


def _validate_link(url: str) -> bool:
    """Allow in-page anchors and the schemes in :data:`SAFE_SCHEMES`; refuse everything else."""
    url = url.strip()
    if url.startswith("#"):
        return True
    match = _SCHEME.match(url)
    return bool(match) and match.group(1).lower() in SAFE_SCHEMES


def markdown_parser(figures: Mapping[str, str] | None = None) -> MarkdownIt:
    """Return the markdown-it-py parser the brief is rendered with (raw HTML off, safe links).

    ``figures`` maps an image path used in the Markdown to the sanitised SVG shown in its
    place; any other image renders as its alt text and URL, as text.

    Example
    -------
    >>> markdown_parser().render("[x](javascript:alert(1))")
    '<p>[x](javascript:alert(1))</p>\\n'
    >>> markdown_parser().render("![x](https://example.invalid/p.png)")
    '<p>![x](https://example.invalid/p.png)</p>\\n'
    """
    shown = dict(figures or {})
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.validateLink = lambda url: _validate_link(url) or url in shown

    def image(renderer: Any, tokens: Any, idx: int, options: Any, env: Any) -> str:
        token = tokens[idx]
        src = str(token.attrs.get("src", ""))
        alt = "".join(t.content for t in (token.children or []))
        if src in shown:
            label = html_lib.escape(alt, quote=True)
            return f'<span class="figure" role="img" aria-label="{label}">{shown[src]}</span>'
        return html_lib.escape(f"![{alt}]({src})")

    md.add_render_rule("image", image)
    return md


def inline_figures(figures: Mapping[str, Mapping[str, Any]]) -> dict[str, str]:
    """Image path -> sanitised inline SVG for each figure of ``figures`` (see
    :func:`afgresearch.brief.figures.brief_figures`), read from its ``svg`` file.

    Example
    -------
    >>> inline_figures({})
    {}
    """
    return {
        str(f["path"]): sanitize_svg(Path(f["svg"]).read_text(encoding="utf-8"), f"fig-{name}")
        for name, f in sorted(figures.items())
    }


def _page(title: str, lang: str) -> tuple[str, str]:
    """The HTML document before and after its body (the rendered Markdown)."""
    lang = lang if re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", lang) else "en"
    policy = html_lib.escape(CONTENT_SECURITY_POLICY, quote=True)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html_lib.escape(title)}</title>\n"
        f"<style>\n{CSS}\n</style>\n</head>\n<body>\n<main>\n",
        "</main>\n</body>\n</html>\n",
    )


def render_html(
    markdown_text: str,
    *,
    title: str = "Research brief",
    lang: str = "en",
    figures: Mapping[str, str] | None = None,
) -> str:
    """Render Markdown as a complete, self-contained HTML page.

    Parameters
    ----------
    markdown_text : str
        The brief in Markdown.
    title : str
        Page title (escaped).
    lang : str
        Language of the page (``lang`` attribute; letters and ``-`` only).
    figures : mapping, optional
        Image path in the Markdown -> sanitised SVG to inline (see :func:`inline_figures`).

    Returns
    -------
    str
        The HTML document.

    Example
    -------
    >>> "Content-Security-Policy" in render_html("# T")
    True
    """
    head, tail = _page(title, lang)
    return head + markdown_parser(figures).render(markdown_text) + tail


#: marks where a figure goes in the page before its SVG is streamed in: the Markdown parser
#: turns a NUL of the text into U+FFFD, so a NUL in the rendered page is one of these marks
_MARK = "\0"


def write_html(
    write: Callable[[str], Any],
    markdown_text: str,
    *,
    title: str = "Research brief",
    lang: str = "en",
    figures: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """Write the page :func:`render_html` gives with ``figures=inline_figures(figures)``
    through ``write``, each figure's SVG sanitised from its file a chunk at a time, so a
    figure of a million dots is never held whole (or parsed into a tree).

    ``figures`` is :func:`afgresearch.brief.figures.brief_figures`'s mapping.

    Example
    -------
    >>> out = []
    >>> write_html(out.append, "# T")
    >>> "".join(out) == render_html("# T")
    True
    """
    listed = sorted((figures or {}).items())
    marks = {str(f["path"]): f"{_MARK}{i}{_MARK}" for i, (_, f) in enumerate(listed)}
    head, tail = _page(title, lang)
    write(head)
    for i, piece in enumerate(markdown_parser(marks).render(markdown_text).split(_MARK)):
        if i % 2 == 0:
            write(piece)
        else:
            name, figure = listed[int(piece)]
            write_sanitized_svg_file(figure["svg"], f"fig-{name}", write)
    write(tail)
