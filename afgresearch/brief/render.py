"""Render the brief's Markdown as one self-contained, script-free HTML page.

markdown-it-py parses CommonMark (plus tables and strikethrough) with raw HTML disabled, so
any HTML in the text is shown escaped; links are allowed only to ``http``, ``https`` and
``mailto`` URLs and in-page anchors; images are not rendered. The page carries a strict
Content-Security-Policy (no scripts, no external loads of any kind) and inline CSS only.

Example
-------
>>> html = render_html("Hi <script>alert(1)</script>")
>>> "&lt;script&gt;" in html and "<script>" not in html
True
"""

from __future__ import annotations

import html as html_lib
import re

from markdown_it import MarkdownIt

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


def markdown_parser() -> MarkdownIt:
    """Return the markdown-it-py parser the brief is rendered with (raw HTML off, safe links).

    Example
    -------
    >>> markdown_parser().render("[x](javascript:alert(1))")
    '<p>[x](javascript:alert(1))</p>\\n'
    """
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    md.disable("image")
    md.validateLink = _validate_link
    return md


def render_html(markdown_text: str, *, title: str = "Research brief", lang: str = "en") -> str:
    """Render Markdown as a complete, self-contained HTML page.

    Parameters
    ----------
    markdown_text : str
        The brief in Markdown.
    title : str
        Page title (escaped).
    lang : str
        Language of the page (``lang`` attribute; letters and ``-`` only).

    Returns
    -------
    str
        The HTML document.

    Example
    -------
    >>> "Content-Security-Policy" in render_html("# T")
    True
    """
    lang = lang if re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", lang) else "en"
    body = markdown_parser().render(markdown_text)
    policy = html_lib.escape(CONTENT_SECURITY_POLICY, quote=True)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n'
        '<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{policy}">\n'
        '<meta name="referrer" content="no-referrer">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html_lib.escape(title)}</title>\n"
        f"<style>\n{CSS}\n</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n"
    )
