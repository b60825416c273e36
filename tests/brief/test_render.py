"""HTML rendering: raw HTML escaped, only safe link schemes, strict policy, nothing external."""

from __future__ import annotations

import re

import pytest

from afgresearch.brief import CONTENT_SECURITY_POLICY, render_html
from afgresearch.brief.render import markdown_parser

REFUSED = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](&#106;avascript:alert(1))",
    "[x](java%73cript:alert(1))",
    "[x](data:text/html,hi)",
    "[x](vbscript:x)",
    "[x](file:///etc/passwd)",
    "[x](//example.invalid/x)",
    "<javascript:alert(1)>",
    '<a href="https://example.invalid">raw</a>',
]


@pytest.mark.parametrize("source", REFUSED)
def test_unsafe_links_images_and_raw_html_stay_text(source: str) -> None:
    out = markdown_parser().render(source)
    assert "<a " not in out and "<img" not in out


@pytest.mark.parametrize(
    "source", ["[x](https://example.org/a)", "[x](mailto:a@example.org)", "[x](#key-figures)"]
)
def test_safe_links_render(source: str) -> None:
    assert "<a href=" in markdown_parser().render(source)


def test_images_are_never_rendered() -> None:
    assert "<img" not in markdown_parser().render("![x](https://example.invalid/pixel.png)")


def test_page_is_self_contained_with_a_strict_policy() -> None:
    page = render_html("# T\n\n| a |\n|---|\n| b |\n", title='<T "x">')
    head = page.split("</head>")[0]
    assert (
        head.index('<meta charset="utf-8">')
        < head.index("Content-Security-Policy")
        < head.index("<title>")
    )
    assert "<title>&lt;T &quot;x&quot;&gt;</title>" in head
    assert (
        "script-src 'none'" in CONTENT_SECURITY_POLICY
        and "default-src 'none'" in CONTENT_SECURITY_POLICY
    )
    assert not re.search(r"\b(src|href)=", page)
    assert "<script" not in page and "<link" not in page
    assert "<table>" in page


def test_bad_language_tag_falls_back() -> None:
    assert '<html lang="en">' in render_html("x", lang='en" onload="x')
