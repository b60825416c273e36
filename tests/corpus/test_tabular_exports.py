"""Spreadsheet and CMS exports: CSV delimiters, more field names, HTML text fields, dotted dates.

Invented rows in the forms such exports take (other outlets, other wording than any dev set).
"""

from __future__ import annotations

import json

import pytest

from afgresearch.corpus.dates import iso_date
from afgresearch.corpus.fieldhtml import html_paragraphs
from afgresearch.corpus.html import looks_like_html
from afgresearch.corpus.tabular import (
    csv_delimiter,
    read_csv,
    read_jsonl,
    resolve_columns,
    split_paragraphs,
)


def records(batches):
    return [rec for batch in batches if isinstance(batch, list) for _, rec in batch]


@pytest.mark.parametrize(
    ("header", "delimiter"),
    [
        ("Titel;Datum;Quelle;Text", ";"),
        ("title\tdate\tsource\tbody", "\t"),
        ("headline|published|outlet|story", "|"),
        ("title,date,source,text", ","),
        ('"Title";"Pub, date";"Body"', ";"),
        ("text", ","),
    ],
)
def test_csv_delimiter_is_read_from_the_header(header, delimiter):
    assert csv_delimiter(header) == delimiter


def test_semicolon_export_with_capitalised_columns_and_dotted_dates(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(
        "Headline;Date;Publisher;Text;Link\n"
        'Wheat reaches Mazar;14.05.2025;Balkh Herald;"Trucks of wheat, rice and oil reached '
        'Mazar-i-Sharif on Sunday.\n\nThe governor said 40 more were due.";https://x.example/1\n'
        ';03.02.2025;Kandahar Post;"Schools in Kandahar reopened after the winter break.";\n',
        encoding="utf-8",
    )
    first, second = records(read_csv(path))
    assert (first.title, first.outlet, first.published) == (
        "Wheat reaches Mazar",
        "Balkh Herald",
        "2025-05-14",
    )
    assert [p for _, p in first.paragraphs] == [
        "Trucks of wheat, rice and oil reached Mazar-i-Sharif on Sunday.",
        "The governor said 40 more were due.",
    ]
    assert (second.line_start, second.title, second.published) == (5, "", "2025-02-03")


def test_tab_separated_export(tmp_path):
    path = tmp_path / "export.tsv.csv"
    path.write_text(
        "TITLE\tPUBLICATION\tBODY_TEXT\nBridge opens\tKunduz Times\tA bridge over the river opened.\n",
        encoding="utf-8",
    )
    (rec,) = records(read_csv(path))
    assert (rec.title, rec.outlet, rec.paragraphs[0][1]) == (
        "Bridge opens",
        "Kunduz Times",
        "A bridge over the river opened.",
    )


@pytest.mark.parametrize(
    ("names", "outlet", "published"),
    [
        (["content", "site_name", "published_at"], "site_name", "published_at"),
        (["body_html", "publication", "publish_date"], "publication", "publish_date"),
        (["fulltext", "source_name", "created_at"], "source_name", "created_at"),
    ],
)
def test_cms_field_names(names, outlet, published):
    got = resolve_columns(names)
    assert (got["text"], got["outlet"], got["published"]) == (names[0], outlet, published)


def test_jsonl_cms_record_with_html_content_epoch_and_offset_times(tmp_path):
    rows = [
        {
            "id": "a-1",
            "headline": "",
            "content": "<p>Floods cut the road to Faizabad on Monday.</p>\n\n\n\n"
            "<h2>What comes next</h2>\n\n<p>Engineers &amp; crews were sent.</p>"
            "<ul><li>12 villages cut off</li><li>3 bridges down</li></ul>"
            '<figure><img src="x.jpg"><figcaption>A washed-out road.</figcaption></figure>',
            "published_at": 1717232400,
            "site_name": "Badakhshan Daily",
        },
        {
            "id": "a-2",
            "headline": "Clinic reopens",
            "content": "A clinic in Ghor reopened.\n\nIt serves 9,000 people.",
            "published_at": "2025-01-09T23:30:00-05:00",
            "site_name": "Ghor Voice",
        },
    ]
    path = tmp_path / "cms.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    first, second = records(read_jsonl(path))
    assert [p for _, p in first.paragraphs] == [
        "Floods cut the road to Faizabad on Monday.",
        "Engineers & crews were sent.",
        "12 villages cut off",
        "3 bridges down",
    ]
    assert (first.outlet, first.published, first.title) == ("Badakhshan Daily", "2024-06-01", "")
    assert (second.outlet, second.published) == ("Ghor Voice", "2025-01-09")
    assert [p for _, p in second.paragraphs] == [
        "A clinic in Ghor reopened.",
        "It serves 9,000 people.",
    ]


def test_html_detection_needs_an_html_element_tag():
    assert looks_like_html("<div>Text</div>")
    assert looks_like_html("Shops reopened in <a href='https://x.example'>Faizabad</a>.")
    assert not looks_like_html("Prices <rose> 5% and 3 < 4")
    assert html_paragraphs("<blockquote>We will stay.</blockquote><p>He said.</p>") == [
        "We will stay.",
        "He said.",
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("14.05.2025", "2025-05-14"),
        ("03.02.2025", "2025-02-03"),
        ("05.25.2025", "2025-05-25"),  # only the month-first reading is a date
        ("03/02/2025", "2025-03-02"),  # slashes keep the month-first default
    ],
)
def test_dotted_numeric_dates_are_day_first(value, expected):
    assert iso_date(value) == expected


def test_field_with_inline_markup_only_is_read_as_html():
    # CMS exports that mark up words but leave paragraphs to blank lines: the tags are markup,
    # not text, as feeds read the same fields
    text = "Wheat arrived in <b>Khost</b> on Friday.<br>\n\nA second <em>convoy</em> is due."
    assert split_paragraphs(text) == [
        "Wheat arrived in Khost on Friday.",
        "A second convoy is due.",
    ]


def test_field_html_skips_navigation_figures_and_headings_and_splits_every_block():
    text = (
        "<nav><a href='/'>Home</a> | <a href='/region'>Region</a></nav>"
        "<h4>In brief</h4><figure><img src='a.jpg'><figcaption>Photo: staff</figcaption></figure>"
        "<table><tr><th>Province</th><th>Families</th></tr></table>"
        "<pre>Clinics in Paktika reopened.</pre><dl><dt>Source</dt><dd>Health office</dd></dl>"
    )
    assert html_paragraphs(text) == [
        "Province",
        "Families",
        "Clinics in Paktika reopened.",
        "Source",
        "Health office",
    ]
