"""Figures streamed into the page chunk by chunk are byte for byte the figures inlined whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from afgresearch.brief import svg as brief_svg
from afgresearch.brief.figures import brief_figures
from afgresearch.brief.render import inline_figures, render_html, write_html
from afgresearch.brief.svg import SvgError, sanitize_svg, write_sanitized_svg_file
from afgresearch.figures import make_figures

# invented figures: nested wrappers, dropped elements with tails, references, escapes
SVGS = [
    '<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n'
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
    'width="4"><g id="a">t<foo>x</foo>tail<a>in<rect/>rt</a>end </g>'
    '<use xlink:href="#a" href="#b"/><path style="fill:url(#g)" fill="url(http://x.invalid)"/>'
    '\n<text xml:space="preserve" title="a\nb\t&quot;">&amp;&lt;"q"</text><!-- note -->z'
    "<switch><g/></switch>w<g></g><desc> </desc></svg>\n",
    '<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><script>x()</script>'
    '<a href="https://example.invalid"><text>hi</text></a></svg>',
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
]
BAD = ["<html><x></html>", "<html/>", '<svg xmlns="http://www.w3.org/2000/svg"><!ENTITY x></svg>']


@pytest.mark.parametrize("size", [1, 3, 7, 64, 1 << 20])
@pytest.mark.parametrize("svg", SVGS)
def test_chunks_of_any_size_give_the_whole_figure(
    svg: str, size: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "f.svg"
    path.write_text(svg, encoding="utf-8")
    monkeypatch.setattr(brief_svg, "CHUNK_CHARS", size)
    out: list[str] = []
    write_sanitized_svg_file(path, "fig-f", out.append)
    assert "".join(out) == sanitize_svg(svg, "fig-f")


@pytest.mark.parametrize("svg", BAD)
def test_a_bad_figure_is_refused_streamed_as_whole(svg: str, tmp_path: Path) -> None:
    path = tmp_path / "f.svg"
    path.write_text(svg, encoding="utf-8")
    with pytest.raises(SvgError) as whole:
        sanitize_svg(svg, "p")
    with pytest.raises(SvgError) as streamed:
        write_sanitized_svg_file(path, "p", [].append)
    assert str(streamed.value) == str(whole.value)


def test_page_written_piece_by_piece_is_the_page_rendered_whole(
    seed_tables: dict, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_figures(seed_tables, tmp_path / "figures")
    figures = brief_figures(tmp_path / "figures", tmp_path)
    text = "# T\n\n" + "\n\n".join(f"![{n}]({f['path']})\n\nx\0y" for n, f in figures.items())
    whole = render_html(text, title="T", figures=inline_figures(figures))
    monkeypatch.setattr(brief_svg, "CHUNK_CHARS", 1000)
    out: list[str] = []
    write_html(out.append, text, title="T", figures=figures)
    assert len(figures) == 7 and "".join(out) == whole
