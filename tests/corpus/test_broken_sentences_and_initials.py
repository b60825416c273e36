"""A sentence a page broke over two paragraphs, a desk's bare initials and a hit counter under
a story's last paragraph (invented dumps and wording)."""

from __future__ import annotations

from afgresearch.corpus import lines as L
from afgresearch.corpus.textdump import segment_text


def _texts(text: str) -> list[str]:
    return [p for a in segment_text(text) for _, p in a.paragraphs]


def test_a_sentence_broken_over_two_paragraphs_stays_text() -> None:
    text = "\n".join(
        [
            "Clinics extend their hours in the north",
            "",
            "Health officials said on Monday that clinics would stay open longer.",
            "",
            "The governor was the first official to visit the new ward, praising the staff for",
            "",
            "their work through the winter.",
            "",
            "Patients said the change would save them long journeys.",
        ]
    )
    texts = _texts(text)
    assert any(t.startswith("The governor was the first official") for t in texts)
    assert any(t.startswith("their work through the winter") for t in texts)


def test_a_subheading_above_a_capitalised_paragraph_is_no_broken_sentence() -> None:
    text = "\n".join(
        [
            "Clinics extend their hours in the north",
            "",
            "Health officials said on Monday that clinics would stay open longer.",
            "",
            "What the longer opening hours mean for patients in the valley",
            "",
            "Patients said the change would save them long journeys.",
        ]
    )
    assert not any(t.startswith("What the longer opening hours") for t in _texts(text))


def test_bare_desk_initials_and_a_hit_counter_close_the_story() -> None:
    text = "\n".join(
        [
            "Road to the north reopens",
            "",
            "KUNDUZ (Valley Agency): The ministry said repairs took a week.",
            "",
            "Traders welcomed the news and said prices would fall soon.",
            "ahk",
            "Hits: 318",
        ]
    )
    arts = segment_text(text)
    texts = [p for a in arts for _, p in a.paragraphs]
    assert any(t.startswith("Traders welcomed the news") for t in texts)
    assert not any(t in ("ahk", "Hits: 318") for t in texts)
    reasons = {n: reason for a in arts for n, _, reason, _ in a.lines}
    assert reasons[6] == "credit initials"
    assert L.classify("Hits: 318") == L.NAV


def test_a_short_lower_case_line_the_text_goes_on_from_is_no_initials() -> None:
    text = "Talks resume in Doha\n\nOfficials met on Monday.\nand\nthe talks went on until late."
    reasons = {n: reason for a in segment_text(text) for n, _, reason, _ in a.lines}
    assert reasons.get(4) != "credit initials"
