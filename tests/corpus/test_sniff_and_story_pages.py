"""Files whose content is not what their name says, and HTML pages holding several stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from afgresearch.corpus import load, load_corpus
from afgresearch.corpus.html import segment_articles, segment_html
from afgresearch.corpus.sniff import (
    head_text,
    looks_like_html_page,
    looks_like_jsonl,
    sniff_file,
    sniff_format,
)

BODY = "Provincial officials in Balkh said {n} families had received winter aid this month."

PAGE = "\n".join(
    [
        "<!doctype html>",
        "<html><head><title>Regional roundup &amp; archive</title></head>",
        "<body>",
        '<nav><a href="/">Home</a></nav>',
        "<article>",
        '<p class="publisher">Mazar Weekly</p>',
        "<p>" + BODY.format(n="1,200") + " Aid workers&rsquo; teams visited Dawlatabad.</p>",
        "<p>The council&#8217;s deputy said more convoys&nbsp;would follow &amp; arrive soon.</p>",
        "</article>",
        "<article>",
        "<figure><figcaption>Trucks at the depot. Photo: staff</figcaption></figure>",
        "<h3>Clinics reopen in Faryab</h3>",
        '<div class="entry-meta">Faryab Times &middot; <time datetime="2024-11-03">Nov 3</time></div>',
        "<p>" + BODY.format(n="800") + "</p>",
        "<ul><li>Other story: prices rise in Herat</li></ul>",
        "</article>",
        "</body></html>",
    ]
)


def test_html_sniffed_by_doctype_or_many_block_tags() -> None:
    assert looks_like_html_page("\ufeff  <!DOCTYPE HTML>\n<p>x</p>")
    assert looks_like_html_page("\n".join(["<div>", *["<p>Line of text.</p>"] * 6, "</div>"]))
    # a text dump quoting a tag now and then stays text
    quoted = "\n".join(["Editors used the <p> tag.", *["Plain sentence here."] * 10])
    assert not looks_like_html_page(quoted)


def test_jsonl_sniffed_only_when_every_probed_line_is_an_object() -> None:
    assert looks_like_jsonl('{"text": "a"}\n{"text": "b"}\n')
    assert not looks_like_jsonl('{"text": "a"}\nNot JSON at all\n')
    assert not looks_like_jsonl("[1, 2]\n[3, 4]\n")
    assert sniff_format("Headline\n\nBody text.") == "text"


def test_story_page_gives_one_article_per_element_with_exact_lines() -> None:
    records = segment_articles(PAGE)
    assert [(r.line_start, r.line_end) for r in records] == [(5, 9), (10, 16)]
    first, second = records
    assert first.outlet == "Mazar Weekly" and first.title == ""
    assert [line for line, _ in first.paragraphs] == [7, 8]
    # entities decoded in paragraph text, the no-break space read as a space
    assert "Aid workers’ teams" in first.paragraphs[0][1]
    assert "council’s deputy said more convoys would follow & arrive" in first.paragraphs[1][1]
    assert second.title == "Clinics reopen in Faryab"
    assert second.published == "2024-11-03"
    assert second.paragraphs == [(14, BODY.format(n="800"))]  # no caption, no list item


def test_single_story_page_still_read_by_main_text_extraction() -> None:
    assert segment_articles(PAGE.replace("<article>", "<section>", 1)) == []
    assert len(segment_html(PAGE)) == 2


def test_html_saved_as_txt_and_without_extension_is_read_as_html(tmp_path: Path) -> None:
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "saved_page").write_text(PAGE.replace("\n", "\r\n"), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert sorted(corpus.articles["source_file"]) == [
        "page.txt",
        "page.txt",
        "saved_page",
        "saved_page",
    ]
    lines = corpus.paragraphs.groupby("source_file")["line"].apply(list).to_dict()
    assert lines == {"page.txt": [7, 8, 14], "saved_page": [7, 8, 14]}


def test_json_lines_saved_as_txt_read_as_records(tmp_path: Path) -> None:
    rows = [{"title": f"Item {i}", "text": BODY.format(n=i * 100)} for i in (1, 2)]
    (tmp_path / "export.txt").write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert list(corpus.articles["title"]) == ["Item 1", "Item 2"]


def test_json_lines_saved_as_text_are_read_once_and_streamed_past_the_text_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a records export saved as .txt (and one saved with no extension) larger than the limit on
    # text dumps: streamed as a .jsonl file is, never read whole as text
    rows = [{"headline": f"Convoy {i} reaches Zaranj", "body": BODY.format(n=i)} for i in range(40)]
    export = "\n".join(json.dumps(r) for r in rows) + "\n"
    (tmp_path / "records.txt").write_text(export, encoding="utf-8")
    (tmp_path / "records").write_text(export, encoding="utf-8")

    def whole_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("read whole as text")

    monkeypatch.setattr(load, "read_source", whole_read)
    corpus = load_corpus(tmp_path, max_bytes=len(export) // 4)
    assert corpus.rejects.empty
    assert len(corpus.articles) == 80
    assert corpus.articles.groupby("source_file")["title"].first().to_dict() == {
        "records": "Convoy 0 reaches Zaranj",
        "records.txt": "Convoy 0 reaches Zaranj",
    }


def test_sniffing_a_file_reads_its_head_only(tmp_path: Path) -> None:
    long_line = "x" * 200_000
    page = tmp_path / "saved.txt"
    page.write_text("<!DOCTYPE html>\n<html><body><p>" + long_line + "</p></body></html>\n")
    assert sniff_file(page) == "html"
    assert len(head_text(page)) == 65_537
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text('{"text": "a"}\n{"text": "b"}\n', encoding="utf-16")
    assert sniff_file(utf16) == "jsonl"
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes('{"text": "caf\u00e9"}\n{"text": "na\u00efve"}\n'.encode("cp1252"))
    assert sniff_file(legacy) == "jsonl"


def test_plain_file_without_extension_still_rejected(tmp_path: Path) -> None:
    (tmp_path / "LICENSE").write_text("Permission is granted.\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Aid rises\n\n" + BODY.format(n=5) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert "unsupported file type" in corpus.rejects.iloc[0]["reason"]


def test_story_blocks_read_a_line_break_as_a_space_and_captions_as_no_body() -> None:
    # one splitter for pages, feeds and fields: a <br> inside a paragraph separates words, and
    # a paragraph inside a caption is the caption's
    story = (
        "<article>\n<h2>Bridge reopens in Kunar</h2>\n"
        "<figcaption><p>Engineers inspect the bridge deck over the river on Tuesday.</p></figcaption>\n"
        "<p>Engineers reopened the bridge over the Kunar river<br>after three weeks of repairs, "
        "officials said.</p>\n</article>\n"
    )
    records = segment_articles(story + story)
    assert [r.paragraphs for r in records] == [
        [
            (
                4,
                "Engineers reopened the bridge over the Kunar river after three weeks of "
                "repairs, officials said.",
            )
        ],
        [
            (
                9,
                "Engineers reopened the bridge over the Kunar river after three weeks of "
                "repairs, officials said.",
            )
        ],
    ]


def test_a_saved_list_fragment_is_sniffed_as_html() -> None:
    # the page test counts lines holding any HTML element tag, as fields and feeds are told
    rows = [f"<li>Item {n}: aid reached the district on Monday.</li>" for n in range(6)]
    assert sniff_format("\n".join(["<ul>", *rows, "</ul>"])) == "html"
