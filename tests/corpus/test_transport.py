"""Transport furniture read before layout: invented page exports, feeds, forwards, exports."""

from afgresearch.corpus.textdump import segment_text
from afgresearch.corpus.transport import read_view, strip_quote_prefix


def _reasons(rec):
    return {n: (kind, reason) for n, kind, reason, _ in rec.lines}


def test_page_furniture_is_dropped_and_paragraph_reads_on():
    text = (
        "REGIONAL BULLETIN                      Page 1 of 3\n"
        "\n"
        "Floods hit Badakhshan villages\n"
        "\n"
        "Heavy rain destroyed 120 homes in three districts on Tuesday, local\n"
        "officials said, and roads to the provincial capital were\n"
        "\n"
        "Compiled by the Herat Desk - internal use\n"
        "\fREGIONAL BULLETIN                      Page 2 of 3\n"
        "\n"
        "closed for two days while crews cleared 14 landslides.\n"
        "\n"
        "Aid groups said 3,000 people needed shelter.\n"
        "\n"
        "Compiled by the Herat Desk - internal use\n"
        "\fREGIONAL BULLETIN                      Page 3 of 3\n"
    )
    recs = segment_text(text)
    assert len(recs) == 1
    rec = recs[0]
    assert rec.title == "Floods hit Badakhshan villages"
    body = [n for n, kind, _, _ in rec.lines if kind == "body"]
    assert 5 in body and 11 in body and 13 in body  # both sides of the page break are text
    reasons = _reasons(rec)
    assert reasons[1] == ("boilerplate", "page furniture")
    assert reasons[8] == ("boilerplate", "page furniture")
    assert reasons[9] == ("boilerplate", "page furniture")
    # each part of the paragraph cites its own lines
    assert (5, rec.paragraphs[0][1]) == rec.paragraphs[0]
    assert any(n == 11 for n, _ in rec.paragraphs)


def test_wire_frames_open_articles_and_furniture_keeps_reasons():
    text = (
        "ZCZC QTA0101 2 WORLD\n"
        "BULLETIN\n"
        "AP-AS--Pakistan-Border, 1st Ld\n"
        "BORDER CROSSING REOPENS AFTER 9 DAYS\n"
        "Eds: ADDS quote from trader\n"
        "   QUETTA (Wire) - The Chaman crossing reopened on Monday after nine days.\n"
        "   Traders said 400 trucks were waiting on the Afghan side.\n"
        "   Local Reaction\n"
        "   Officials said talks would continue.\n"
        "NNNN\n"
        "\n"
        "ZCZC QTA0102 2 WORLD\n"
        "   Prices of flour rose 12 percent in Kandahar markets this week, traders said.\n"
        "   The rise followed the closure of the crossing.\n"
        "NNNN\n"
    )
    recs = segment_text(text)
    assert [r.line_start for r in recs] == [4, 13]
    assert recs[0].title == "BORDER CROSSING REOPENS AFTER 9 DAYS"
    assert recs[1].title == ""
    reasons = {**_reasons(recs[0]), **_reasons(recs[1])}
    assert reasons[1] == ("boilerplate", "wire frame")
    assert reasons[2] == ("boilerplate", "wire priority")
    assert reasons[3] == ("boilerplate", "wire slug")
    assert reasons[5] == ("boilerplate", "editors' note")
    assert reasons[12] == ("boilerplate", "wire frame")
    assert reasons[13][0] == "body"


def test_quote_prefix_is_transport():
    assert strip_quote_prefix(["> one", ">", ">two"]) == ["one", "", "two"]
    # a lone quoted line is kept as written
    assert strip_quote_prefix(["> one", "two"]) == ["> one", "two"]


def test_email_forward_of_clippings():
    text = (
        "From: Field Office <field@example.net>\n"
        "Sent: Monday, March 3, 2025 9:00 AM\n"
        "To: Desk <desk@example.net>\n"
        "Subject: FW: Morning press (2 items)\n"
        "\n"
        "Sharing the morning items below.\n"
        "\n"
        "Regards,\n"
        "--\n"
        "Field Office | Mazar\n"
        "\n"
        "-----Original Message-----\n"
        "From: PressScan <scan@example.net>\n"
        "Subject: Morning press\n"
        "\n"
        "> Clipping 1 of 2 — Hindukush Herald — 02/03/2025\n"
        ">\n"
        "> Wheat prices fell 8 percent in Balkh after the harvest, traders said.\n"
        ">\n"
        "> The provincial council met on Sunday.\n"
        "\n"
        "> Clipping 2 of 2 — Oxus Daily — 01/03/2025\n"
        ">\n"
        "> A new clinic opened in Sheberghan with 20 beds, officials said.\n"
    )
    recs = segment_text(text)
    assert [r.line_start for r in recs] == [16, 22]
    assert all(r.title == "" for r in recs)
    reasons = _reasons(recs[0])
    assert reasons[1] == ("boilerplate", "message header")
    assert reasons[6] == ("boilerplate", "forwarding note")
    assert reasons[9] == ("boilerplate", "signature")
    assert reasons[12] == ("boilerplate", "message header")
    assert reasons[18] == ("body", "")
    assert recs[1].paragraphs[0][0] == 24


def test_channel_export_posts():
    text = (
        "Kabul Markets Daily\n"
        "channel export · 900 subscribers\n"
        "\n"
        "[03.02.25 08:15] Kabul Markets Daily:\n"
        "🔁 Forwarded from Oxus Daily\n"
        "The afghani gained 2 percent against the dollar on Sunday, money changers said.\n"
        "#afghani #markets\n"
        "👁 3.4K\n"
        "\n"
        "[04.02.25 09:30] Kabul Markets Daily:\n"
        "Fuel prices fell for a third week in Herat, traders said on Monday.\n"
        "👁 1.1K  💬 4\n"
    )
    recs = segment_text(text)
    assert [r.line_start for r in recs] == [4, 10]
    assert recs[0].published == "2025-02-03"
    reasons = {**_reasons(recs[0]), **_reasons(recs[1])}
    assert reasons[1] == ("boilerplate", "channel header")
    assert reasons[7] == ("boilerplate", "hashtags")
    assert reasons[8] == ("boilerplate", "view counter")


def test_numbered_review_items_open_stories():
    text = (
        "WEEKLY REVIEW\n"
        "\n"
        '1) "Schools reopen in Ghazni after winter" [Valley Times]\n'
        "Resumen: las escuelas reabren\n"
        "\n"
        "Schools in Ghazni reopened on Saturday for 45,000 pupils, officials said.\n"
        "\n"
        "* * *\n"
        "\n"
        "2) [Steppe Post]\n"
        "\n"
        "Kazakh traders signed 6 contracts in Kabul on Friday, the ministry said.\n"
    )
    view = read_view(text.split("\n"))
    assert view.dropped[3] == "item summary"
    recs = segment_text(text)
    assert [r.line_start for r in recs] == [3, 10]
    assert recs[0].title == "Schools reopen in Ghazni after winter"
    assert recs[1].title == ""
    assert recs[0].paragraphs[0][0] == 6


def test_plain_dump_is_read_as_before():
    view = read_view(["Title here", "", "A sentence about 3 things."])
    assert view.identity


def test_form_feed_between_words_is_not_a_page_edge():
    # a stray form feed inside a sentence (pasted from a PDF viewer) ends no page: two paragraphs
    # alike but for their figures stay body, not running heads
    para = "Aid workers in Kunar counted {n} damaged houses x\fy after the storm, the council said."
    text = "Storm damage in Kunar\n\n" + para.format(n=40) + "\n\n" + para.format(n=75) + "\n"
    recs = segment_text(text)
    assert len(recs) == 1
    body = [n for n, kind, _, _ in recs[0].lines if kind == "body"]
    assert body == [3, 5]
