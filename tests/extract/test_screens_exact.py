"""The shortcuts of the evidence stage change no result: each skips only work that cannot
find anything, which these tests check against the work done in full."""

from __future__ import annotations

import random

import numpy as np
import pandas as pd
import pytest
from extract_support import SEEDS
from spacy.attrs import SENT_START
from spacy.lang.en import English
from spacy.pipeline import Sentencizer

from afgresearch.corpus import load_corpus
from afgresearch.extract import events as events_module
from afgresearch.extract import extract_events, extract_mentions
from afgresearch.extract.gazetteer import Gazetteer, load_gazetteer
from afgresearch.extract.numbers import _scan_numbers, find_numbers, may_hold_number
from afgresearch.extract.pipeline import get_nlp, paragraph_docs, sentences
from afgresearch.extract.prefilter import ScreenIndex

NEWS = SEEDS.parent / "tests" / "data"
_OPENING = {'"', "“", "‘", "«", "'"}
_CLOSING = {'"', "”", "’", "»", "'"}
_ENDS = {".", "!", "?"}


def _reference_starts(text: str) -> list[int]:
    """Sentence starts as spaCy's own sentencizer marks them, then the opening-quote rule
    applied token by token."""
    nlp = _reference_nlp()
    doc = nlp(text)
    for i in range(1, len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if (
            tok.text in _OPENING
            and not tok.whitespace_
            and nxt.is_sent_start
            and doc[i - 1].whitespace_
            and (
                doc[i - 1].text in _ENDS
                or (i > 1 and doc[i - 1].text in _CLOSING and doc[i - 2].text in _ENDS)
            )
        ):
            tok.is_sent_start = True
            nxt.is_sent_start = False
    return doc.to_array([SENT_START]).tolist()


_REFERENCE: list[English] = []


def _reference_nlp() -> English:
    if not _REFERENCE:
        nlp = English()
        nlp.add_pipe("sentencizer")
        assert set(nlp.get_pipe("sentencizer").punct_chars) == set(Sentencizer.default_punct_chars)
        _REFERENCE.append(nlp)
    return _REFERENCE[0]


def _corpus_paragraphs() -> pd.DataFrame:
    frames = [load_corpus(SEEDS).paragraphs]
    for name in ("news_dev", "news_dev4", "news_dev9"):
        frames.append(load_corpus(NEWS / name / "dumps").paragraphs)
    return pd.concat(frames, ignore_index=True)


@pytest.fixture(scope="module")
def corpus_paragraphs() -> pd.DataFrame:
    return _corpus_paragraphs()


def _fuzz(seed: int, n: int, alphabet: list[str]) -> list[str]:
    r = random.Random(seed)
    return ["".join(r.choice(alphabet) for _ in range(r.randint(0, 30))) for _ in range(n)]


def test_sentence_starts_match_spacys_sentencizer_and_the_quote_rule(corpus_paragraphs) -> None:
    alphabet = ["a", "B", ".", "!", "?", '"', "'", "“", "”", "‘", "’", "«", "»", " ", " ",
                ",", "-", "(", ")", "。", "...", "\n", "؟", "‼"]  # fmt: skip
    texts = list(corpus_paragraphs["text"]) + _fuzz(0, 4000, alphabet)
    texts += ['It ended. "We go," he said.', ".Hello", "", " ", '"', '. "A', 'x." "Y', "e.g. this"]
    for text, doc in zip(texts, get_nlp().pipe(texts), strict=True):
        assert doc.to_array([SENT_START]).tolist() == _reference_starts(text), text


def test_a_text_failing_the_number_screen_holds_no_figure(corpus_paragraphs) -> None:
    words = ["one", "Two", "half", "dozen", "thousands", "a", "in", "of", "every", "5", "٣", "-",
             "hundred", "million", "per", "cent", "%", "$", "day", "year", "x", " ", " ", ","]  # fmt: skip
    sentences_ = [
        s.text for d in paragraph_docs(list(corpus_paragraphs["text"])) for s in sentences(d)
    ]
    r = random.Random(1)
    texts = sentences_ + [
        " ".join(r.choice(words) for _ in range(r.randint(1, 8))) for _ in range(4000)
    ]
    failing = [t for t in texts if not may_hold_number(t)]
    assert len(failing) > 1000  # the screen has work to do
    assert all(_scan_numbers(t, True) == () for t in failing)
    held = [t for t in texts if may_hold_number(t)]
    assert [tuple(find_numbers(t)) for t in held] == [_scan_numbers(t, True) for t in held]


def test_the_demonym_screen_changes_no_mention(corpus_paragraphs, monkeypatch) -> None:
    gazetteer = load_gazetteer()
    screened = extract_mentions(corpus_paragraphs, gazetteer=gazetteer)
    assert (screened["type"] == "country").any()
    monkeypatch.setattr(Gazetteer, "_may_hold_demonym", lambda self, doc: True)
    full = extract_mentions(corpus_paragraphs, gazetteer=load_gazetteer())
    pd.testing.assert_frame_equal(screened, full)


def test_the_pattern_screens_change_no_event(corpus_paragraphs, monkeypatch) -> None:
    articles = pd.concat(
        [load_corpus(SEEDS).articles]
        + [
            load_corpus(NEWS / n / "dumps").articles for n in ("news_dev", "news_dev4", "news_dev9")
        ],
        ignore_index=True,
    )
    screened = extract_events(corpus_paragraphs, articles)
    assert len(screened) > 50
    # every pattern searched in every sentence
    monkeypatch.setattr(
        events_module, "screen_index", lambda screens: ScreenIndex(tuple(None for _ in screens))
    )
    full = extract_events(corpus_paragraphs, articles)
    pd.testing.assert_frame_equal(screened, full)
    assert np.array_equal(screened["event_id"].to_numpy(), full["event_id"].to_numpy())
