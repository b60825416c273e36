"""Note-taking exports, copied pages' share rows, bylines in other languages, captions."""

from afgresearch.corpus import lines as L
from afgresearch.corpus.notes import note_sections
from afgresearch.corpus.textdump import segment_text

NOTE = """---
created: 2024-05-02
---

# Field reading, spring

- [ ] check the clinic list against [[Health tracker]]

## Item A — floods in Baghlan
Source:: Herat Weekly
Published:: 2024-05-12
Tags:: #floods

> Floods swept through three districts of Baghlan on Friday, officials said.
>
> More than 300 houses were destroyed and 1,200 families displaced, the provincial office said.
>
> Aid agencies said roads to the valley remained closed.

**Numbers to keep:**
- 300 houses
- 1,200 families

> [!note] Follow up
> ask the provincial office about shelter

## Item B — wheat prices
Source:: Valley Post (via example.org)

# Wheat prices climb in northern markets

Traders in Mazar-i-Sharif said flour prices rose by 15 percent in a week.

Officials blamed closed border crossings for the rise.

See also [[Prices timeline]].
"""


def test_note_sections_open_articles_and_tell_outlet_date_and_title() -> None:
    arts = segment_text(NOTE)
    assert [a.title for a in arts] == ["", "Wheat prices climb in northern markets"]
    assert [a.outlet for a in arts] == ["Herat Weekly", "Valley Post"]
    assert arts[0].published == "2024-05-12"
    texts = [t for _, t in arts[0].paragraphs]
    assert any("1,200 families displaced" in t for t in texts)  # the quoted article is text
    assert not any(t.startswith(("- 300", "ask the", "[!note]")) for t in texts)
    reasons = {n: r for a in arts for n, _, r, _ in a.lines}
    assert reasons[5] == "note header" and reasons[7] == "note header"
    assert reasons[9] == "note heading" and reasons[12] == "note field"
    assert reasons[20] == "note label" and reasons[21] == "note list"
    assert reasons[24] == "note callout" and reasons[36] == "note link"


def test_no_sections_without_inline_fields() -> None:
    raw = ["## Background", "Text one.", "", "## Analysis", "Text two."]
    assert not note_sections(raw).starts


def test_share_row_under_headline_beats_site_banner() -> None:
    text = (
        "Valley Sport Online\nNews · Football\n\n"
        "Kabul club reaches regional final after penalty shoot-out win\n\n"
        "Share on Facebook    Share on X    Email\n\n"
        "The Kabul side won 5-4 on penalties on Sunday, the federation said.\n\n"
        "Fans gathered outside the stadium late into the night.\n"
    )
    (art,) = segment_text(text)
    assert art.title == "Kabul club reaches regional final after penalty shoot-out win"


def test_bylines_in_other_languages_give_their_date() -> None:
    for line, date in [
        ("Publicado por Lucía Gómez 12 de marzo de 2024", "2024-03-12"),
        ("Publié par Marc Lefèvre le 3 juillet 2024", "2024-07-03"),
        ("Veröffentlicht von Jonas Keller 5. Dezember 2024", "2024-12-05"),
    ]:
        assert L.classify(line) == L.BYLINE
        assert L.byline_date(line) == date
    assert L.classify("Von der Leyen meets Afghan returnees in Brussels") != L.BYLINE


def test_bracketed_picture_labels_are_captions() -> None:
    for line in ["(Illustration)", "(Representative image)", "(Archive photo)", "(Video grab)"]:
        assert L.classify(line) == L.CAPTION
