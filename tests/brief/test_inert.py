"""Article text placed in the brief renders as exactly that text, never as markup."""

from __future__ import annotations

import html

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from afgresearch.brief import md_inert, md_unescape
from afgresearch.brief.inert import normalize_space
from afgresearch.brief.render import markdown_parser

HOSTILE = [
    "<script>window.__pwned = 1</script>",
    '<img src=x onerror="window.__pwned=1">',
    "[click me](javascript:alert(1))",
    "![img](http://example.invalid/x.png)",
    "&lt;b&gt; &amp; &#60;script&#62; &copy;",
    "<https://example.invalid> and www.example.invalid",
    "*emphasis* _under_ **strong** ~~strike~~ `code`",
    "# heading",
    "- list item",
    "1. ordered",
    "> quote",
    "a | b | c",
    "back\\slash \\*",
    "<!-- comment --> <?php ?> <![CDATA[x]]>",
    "[ref]: http://example.invalid",
    "=====",
]


def escape(text: str) -> str:
    """HTML-escape as markdown-it does (&, <, > and double quotes)."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def rendered_text(text: str) -> str:
    return markdown_parser().render(md_inert(text))


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_renders_as_itself(text: str) -> None:
    assert rendered_text(text) == f"<p>{escape(text)}</p>\n"


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_in_its_table_cell(text: str) -> None:
    table = f"| a | b |\n|---|---|\n| {md_inert(text)} | end |\n"
    out = markdown_parser().render(table)
    assert f"<td>{escape(text)}</td>" in out
    assert "<td>end</td>" in out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_any_text_renders_as_itself(text: str) -> None:
    expected = normalize_space(text)
    out = rendered_text(text)
    if not expected:
        assert out == ""
    else:
        body = escape(expected).replace("\x00", "\ufffd")
        assert out == f"<p>{body}</p>\n"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_unescape_inverts_escape(text: str) -> None:
    assert md_unescape(md_inert(text)) == normalize_space(text)
