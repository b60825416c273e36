"""Hard-wrapped text dumps: no body line may be lost (invented texts)."""

from __future__ import annotations

import textwrap

import pytest

from afgresearch.corpus import lines as L
from afgresearch.corpus.textdump import detect_one_per_line, segment_text

PARAGRAPHS = [
    "JALALABAD - Health workers in the eastern province vaccinated 41,300 children against "
    "measles during a five-day campaign that ended on Thursday, the provincial health "
    "department said. Teams travelled on foot to reach villages cut off by landslides.",
    "The department said about 7,250 children in two districts were missed. It plans a second "
    "round in the autumn if funding from donors arrives in time.",
    '"We walked for six hours to reach the last village," said Nadia, a 29-year-old '
    'vaccinator. "The parents were waiting for us at the school."',
    "A regional director of the aid agency said that cold chain equipment had been repaired in "
    "eleven clinics, and that 300 solar fridges would be installed by the end of the year.",
]
HEADER = "Subject: Measles campaign reaches remote valleys\nDate: 2024-06-14\n\n"


def wrapped_file(width: int) -> str:
    body = "\n\n".join(textwrap.fill(p, width=width) for p in PARAGRAPHS)
    return HEADER + body + "\n"


def body_lines(text: str) -> list[str]:
    """The lines of ``text`` after the header that are neither blank nor navigation."""
    rows = text.splitlines()[len(HEADER.splitlines()) :]
    return [r.strip() for r in rows if r.strip() and L.classify(r) not in (L.NAV, L.BLANK)]


@pytest.mark.parametrize("width", [48, 55, 60, 66, 72, 79])
def test_every_body_line_of_a_hard_wrapped_file_is_kept(width):
    text = wrapped_file(width)
    (art,) = segment_text(text)
    joined = " ".join(t for _, t in art.paragraphs)
    for line in body_lines(text):
        assert line in joined, f"lost line at width {width}: {line!r}"
    assert "41,300" in joined and "7,250" in joined
    raw = text.splitlines()
    for line, para in art.paragraphs:  # provenance: the paragraph starts on its line
        assert para.startswith(raw[line - 1].strip())


def test_wrapped_line_ending_on_a_full_stop_keeps_the_paragraph():
    text = (
        "Bridge repairs finish early\n\n"
        "KUNDUZ - Engineers finished repairing the river bridge on Tuesday, officials said.\n"
        "The provincial governor said about 900,000 people depended on the crossing\n"
        "and that lorries could use it again from next week.\n\n"
        "Traders welcomed the news.\n"
    )
    (art,) = segment_text(text)
    texts = [t for _, t in art.paragraphs]
    assert any("900,000" in t and t.startswith("KUNDUZ") for t in texts)
    assert art.paragraphs[0][0] == 3
    assert texts[-1] == "Traders welcomed the news."


def test_short_sentence_line_ends_a_wrapped_paragraph():
    text = (
        "Grain convoy reaches the northern valley\n\n"
        "MAZAR - A convoy of forty lorries carrying wheat flour reached the\n"
        "valley on Sunday after the road reopened.\n"
        "The district council said 12,500 families had run out of flour and\n"
        "that two bakeries had shut.\n"
    )
    (art,) = segment_text(text)
    assert [line for line, _ in art.paragraphs] == [3, 5]
    assert art.paragraphs[1][1].endswith("two bakeries had shut.")


def test_quote_line_above_a_capitalised_name_is_not_a_headline():
    text = (
        "Snow closes the Salang pass\n\n"
        '"We have been stuck here for two days," said a driver near the village of\n'
        'Khinjan. "There is no food left in the restaurants."\n'
    )
    (art,) = segment_text(text)
    assert art.title == "Snow closes the Salang pass"
    assert len(art.paragraphs) == 1 and "Khinjan" in art.paragraphs[0][1]
    assert art.paragraphs[0][1].startswith('"We have been stuck')


def test_heading_above_wrapped_text_stays_a_heading():
    text = (
        "Market prices climb\n\n"
        "Flour prices\n"
        "The price of a bag of flour rose by a fifth in Kabul markets during\n"
        "the past month, traders said on Saturday.\n"
    )
    (art,) = segment_text(text)
    assert [t for _, t in art.paragraphs] == [
        "The price of a bag of flour rose by a fifth in Kabul markets during\nthe past month, "
        "traders said on Saturday."
    ]


def test_hard_wrapped_file_is_not_read_as_one_paragraph_per_line():
    text = (
        "Clinics reopen in the south\n\n"
        "KANDAHAR - Four clinics closed since spring reopened on Monday today.\n"
        "Doctors said the buildings had been repaired after floods in April.\n"
        "The health department said 18,000 patients had been treated there and\n"
        "that more staff would arrive. Officials expect more clinics this week.\n\n"
        "Residents said they had walked for hours to reach the nearest hospital.\n"
        "A nurse, Shabnam, said the new clinic would serve nine villages soon.\n"
        "Aid workers said a mobile team would visit the remote districts within\n"
        "a week if the weather allowed it, and a second team later in the month.\n"
    )
    raw = text.splitlines()
    kinds = [L.classify(r) for r in raw]
    assert detect_one_per_line(kinds)  # by sentence ends alone it looks one-per-line
    assert not detect_one_per_line(kinds, raw)
    (art,) = segment_text(text)
    joined = " ".join(t for _, t in art.paragraphs).replace("\n", " ")
    assert "18,000 patients had been treated there and that more staff" in joined
    assert "visit the remote districts within a week" in joined
