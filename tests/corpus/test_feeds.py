"""Saved news feeds (RSS 2.0, RSS 1.0/RDF, Atom) read as corpora, with exact source lines.

Every feed here is invented; line numbers are counted as ``grep -n`` counts them.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from afgresearch.corpus import load_corpus
from afgresearch.corpus.feeds import (
    MalformedFeedError,
    NotAFeedError,
    UnsafeFeedError,
    segment_feed,
)
from afgresearch.corpus.sniff import looks_like_feed, sniff_format

S1 = "Provincial officials in Bamyan said 420 families received winter supplies on Sunday."
S2 = "The distribution will continue in two districts next week, a spokesman said."
S3 = "Aid groups warned that roads to 15 villages remain blocked by snow."

RSS_CDATA = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:media="http://search.yahoo.com/mrss/">
<channel>
<title>Bamyan Tribune - Latest</title>
<link>https://www.bamyantribune.example/</link>
<item>
<title>Winter aid reaches Bamyan</title>
<link>https://www.bamyantribune.example/news/winter-aid</link>
<pubDate>Sun, 07 Dec 2025 21:30:00 -0500</pubDate>
<media:description>Families queue for supplies. (Photo: staff)</media:description>
<description>A short dek that is not the body.</description>
<content:encoded><![CDATA[
<p>{S1}</p>
<p>
  {S2}
</p><p>{S3}</p>
]]></content:encoded>
</item>
<item>
<title>No body here</title>
<link>https://www.bamyantribune.example/news/empty</link>
</item>
</channel>
</rss>
"""


def test_rss_cdata_html_paragraphs_lines_and_channel_outlet() -> None:
    feed = segment_feed(RSS_CDATA)
    assert feed.kind == "rss"
    [rec] = feed.records
    assert (rec.line_start, rec.line_end) == (6, 18)
    assert rec.title == "Winter aid reaches Bamyan"
    # the day as the feed writes it, not shifted to UTC
    assert rec.published == "2025-12-07"
    # no <source>, publisher or creator: the channel is the outlet's own (same site)
    assert rec.outlet == "Bamyan Tribune"
    assert rec.url == "https://www.bamyantribune.example/news/winter-aid"
    assert rec.paragraphs == [(13, S1), (15, S2), (16, S3)]
    [skipped] = feed.skipped
    assert "line 19" in str(skipped) and "No body here" in str(skipped)


RSS_ESCAPED = f"""<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Saved items</title><link>https://reader.example.net/</link>
<item>
<title>Clinic &amp;amp; school reopen</title>
<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate>
<dc:creator>Jane Roe</dc:creator>
<description>&lt;p&gt;KUNDUZ (Delta Wire) -- {S1}&lt;/p&gt;
&lt;p&gt;{S2}&lt;br/&gt;{S3}&lt;/p&gt;</description>
</item>
<item>
<dc:creator>Delta Wire</dc:creator>
<dc:date>2025-03-04T08:00:00+04:30</dc:date>
<link>https://deltawire.example/item/2</link>
<description>{S3}</description>
</item>
</channel></rss>
"""


def test_rss_escaped_html_person_creator_is_not_an_outlet() -> None:
    first, second = segment_feed(RSS_ESCAPED).records
    assert first.title == "Clinic & school reopen"
    assert first.published == "2025-03-03"
    # a person as dc:creator, and a reader's channel on another site: no outlet from either
    assert first.outlet == ""
    assert first.paragraphs == [(7, f"KUNDUZ (Delta Wire) -- {S1}"), (8, S2), (8, S3)]
    assert (second.outlet, second.published, second.title) == ("Delta Wire", "2025-03-04", "")


ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Pamir Observer</title>
  <link href="https://pamirobserver.example/"/>
  <entry>
    <title type="html">Snow &lt;em&gt;closes&lt;/em&gt; Salang pass</title>
    <link rel="alternate" href="https://pamirobserver.example/2025/01/salang"/>
    <author><name>Staff Reporter</name></author>
    <source><title>Hindu Kush Post</title></source>
    <updated>2025-01-10T06:00:00Z</updated>
    <published>2025-01-09T23:00:00+04:30</published>
    <content type="html">&lt;p&gt;{S1}&lt;/p&gt;

&lt;p&gt;{S2}
{S3}&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Inline markup</title>
    <link href="https://pamirobserver.example/2025/01/inline"/>
    <updated>2025-01-11T06:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
      <p>{S3}</p>
      <p>{S1}</p>
    </div></content>
  </entry>
</feed>
"""


def test_atom_html_and_xhtml_content() -> None:
    feed = segment_feed(ATOM)
    assert feed.kind == "atom"
    first, second = feed.records
    assert first.title == "Snow closes Salang pass"
    assert first.published == "2025-01-09"  # <published> before <updated>
    assert first.outlet == "Hindu Kush Post"  # Atom <source><title>
    assert first.url == "https://pamirobserver.example/2025/01/salang"
    assert first.paragraphs == [(12, S1), (14, f"{S2} {S3}")]
    assert second.published == "2025-01-11"
    assert second.outlet == "Pamir Observer"  # the entry is on the channel's site
    assert second.paragraphs == [(22, S3), (23, S1)]


RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://herat.example/rss">
    <title>Herat Weekly</title>
    <link>https://herat.example/</link>
  </channel>
  <item rdf:about="https://herat.example/a/1">
    <title>Water project
      completed</title>
    <link>https://herat.example/a/1</link>
    <dc:date>2024-11-20</dc:date>
    <dc:publisher>Herat Weekly Online</dc:publisher>
    <description>{S1}

{S2}
{S3}</description>
  </item>
</rdf:RDF>
"""


def test_rdf_item_multiline_fields_and_plain_text_lines() -> None:
    feed = segment_feed(RDF)
    assert feed.kind == "rdf"
    [rec] = feed.records
    assert rec.title == "Water project completed"
    assert (rec.published, rec.outlet) == ("2024-11-20", "Herat Weekly Online")
    # plain text: blank lines part paragraphs; full-sentence lines are one paragraph each
    assert rec.paragraphs == [(14, S1), (16, S2), (17, S3)]


def test_hard_wrapped_plain_text_is_one_paragraph() -> None:
    body = (
        "Officials in Ghazni said the new road\n"
        "links 12 villages to the provincial\n"
        "centre and cuts travel time by half."
    )
    feed = segment_feed(
        f"<rss><channel><item>\n<description>{body}</description></item></channel></rss>"
    )
    [rec] = feed.records
    assert rec.paragraphs == [(2, " ".join(body.split()))]


def test_date_line_in_body_gives_outlet_and_date_when_fields_do_not() -> None:
    body = f"AFP | 12 May, 2025\n{S1}\n{S2}"
    feed = segment_feed(
        f"<rss><channel><item><description>{body}</description></item></channel></rss>"
    )
    [rec] = feed.records
    assert rec.published == "2025-05-12"
    assert rec.outlet  # the agency the byline names
    assert [t for _, t in rec.paragraphs] == [S1, S2]


BOMB = """<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
]>
<rss><channel><item><description>&d;&d;&d;&d;</description></item></channel></rss>
"""


def test_entity_bomb_and_external_entity_are_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(UnsafeFeedError, match="entity declaration a .*line 3"):
        segment_feed(BOMB)
    external = (
        '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
        "<rss><channel><item><description>&x;</description></item></channel></rss>"
    )
    with pytest.raises(UnsafeFeedError, match="entity declaration x"):
        segment_feed(external)
    param = '<!DOCTYPE rss [<!ENTITY % p SYSTEM "http://example.invalid/p.dtd"> %p;]><rss/>'
    with pytest.raises(UnsafeFeedError, match="%p"):
        segment_feed(param)
    assert time.perf_counter() - started < 5


def test_external_dtd_without_entities_is_read_not_fetched() -> None:
    feed = (
        '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
        '"http://my.netscape.com/publish/formats/rss-0.91.dtd">\n'
        f'<rss version="0.91"><channel><item><description>{S1}</description></item>'
        "</channel></rss>"
    )
    assert segment_feed(feed).records[0].paragraphs == [(2, S1)]


def test_malformed_feed_names_line_and_column() -> None:
    bad = "<rss><channel>\n<item><title>Broken</item>\n</channel></rss>"
    with pytest.raises(MalformedFeedError, match=r"mismatched tag at line 2, column 22"):
        segment_feed(bad)


def test_xml_that_is_not_a_feed() -> None:
    with pytest.raises(NotAFeedError, match="root element is <svg>"):
        segment_feed('<svg xmlns="http://www.w3.org/2000/svg"><text>Hi</text></svg>')


def test_sniffing_feeds() -> None:
    assert looks_like_feed(RSS_CDATA) and looks_like_feed(ATOM) and looks_like_feed(RDF)
    assert looks_like_feed("<!-- saved -->\n" + BOMB.split("\n", 1)[1])
    assert sniff_format(RSS_ESCAPED) == "feed"
    assert not looks_like_feed("<feed><entry/></feed>")  # not the Atom namespace
    assert not looks_like_feed("Notes on the <rss> element of a feed.")
    assert sniff_format("<!DOCTYPE html><html><body><p>x</p></body></html>") == "html"


def test_loader_routes_feeds_and_keeps_other_files(tmp_path: Path) -> None:
    (tmp_path / "a_feed.xml").write_text(RSS_CDATA, encoding="utf-8")
    (tmp_path / "b_atom.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "c_saved_feed.txt").write_text(RDF, encoding="utf-8")
    (tmp_path / "d_broken.rss").write_text(
        "<rss><channel>\n<item><title>x</item></channel></rss>", encoding="utf-8"
    )
    (tmp_path / "e_bomb.xml").write_text(BOMB, encoding="utf-8")
    (tmp_path / "f_drawing.xml").write_text("<svg><text>Hi</text></svg>", encoding="utf-8")
    (tmp_path / "g_story.txt").write_text(f"Roads reopen\n\n{S1}\n\n{S2}\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    files = sorted(set(corpus.articles["source_file"]))
    assert files == ["a_feed.xml", "b_atom.atom", "c_saved_feed.txt", "g_story.txt"]
    paras = corpus.paragraphs.merge(corpus.articles[["article_id", "source_file"]])
    got = paras[paras["source_file"] == "a_feed.xml"][["line", "text"]].values.tolist()
    assert got == [[13, S1], [15, S2], [16, S3]]
    reasons = dict(zip(corpus.rejects["source_file"], corpus.rejects["reason"], strict=True))
    assert "malformed feed" in reasons["d_broken.rss"] and "line 2" in reasons["d_broken.rss"]
    assert "unsafe feed" in reasons["e_bomb.xml"]
    assert "not a news feed" in reasons["f_drawing.xml"]
    assert "no body paragraphs" in reasons["a_feed.xml"]  # the item without a body, noted


def test_unknown_extension_message_lists_feed_types(tmp_path: Path) -> None:
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 whatever")
    (tmp_path / "a.txt").write_text(f"Roads reopen\n\n{S1}\n", encoding="utf-8")
    reason = load_corpus(tmp_path).rejects.iloc[0]["reason"]
    assert ".atom" in reason and ".rss" in reason and ".xml" in reason


def test_feed_body_html_drops_navigation_and_figures() -> None:
    feed = f"""<rss version="2.0"><channel><title>Paktia Post</title>
<item><title>Clinics reopen</title><description><![CDATA[<nav>Home | Region</nav>
<figure><figcaption>Photo: staff</figcaption></figure>
<p>{S1}</p>]]></description></item></channel></rss>"""
    assert segment_feed(feed).records[0].paragraphs == [(4, S1)]
