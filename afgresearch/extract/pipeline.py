"""The shared spaCy pipeline: a blank English tokenizer with a rule-based sentencizer.

No statistical model is needed or downloaded; the object is built once per process.

Example
-------
>>> [s.text for s in get_nlp()("One sentence. And another.").sents]
['One sentence.', 'And another.']
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import NamedTuple

import numpy as np
import spacy
from spacy.attrs import IS_PUNCT, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab


@Language.factory("afgresearch_sentences")
def sentence_starts(nlp: Language, name: str) -> SentenceStarts:
    """The component that marks sentence starts (see :class:`SentenceStarts`)."""
    return SentenceStarts(nlp.vocab)


class SentenceStarts:
    """Mark sentence starts: spaCy's rule-based sentencizer, read from token arrays.

    A sentence starts at the first token that is neither punctuation nor a sentence-final
    mark after a sentence-final mark (the rule of :class:`spacy.pipeline.Sentencizer` with its
    default marks, which it matches exactly); then an opening quotation mark goes to the
    sentence it opens, not the one before it: the rule above ends a sentence after the
    quotation mark that follows its full stop ('... in 2023. "The process ...'), so the quote
    mark, written against the next word, would close the earlier sentence. The marks are
    lexeme flags, so a doc's tokens are read as arrays, never one by one.

    Example
    -------
    >>> [s.text for s in get_nlp()('It ended. "We go," he said.').sents]
    ['It ended.', '"We go," he said.']
    """

    def __init__(self, vocab: Vocab) -> None:
        marks = (
            frozenset(Sentencizer.default_punct_chars),
            frozenset({'"', "“", "‘", "«", "'"}),
            frozenset({'"', "”", "’", "»", "'"}),
            frozenset({".", "!", "?"}),
        )
        flags = [vocab.add_flag(m.__contains__) for m in marks]
        self.attrs = [IS_PUNCT, SPACY, *flags]

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        is_punct, space, final, opening, closing, ends = doc.to_array(self.attrs).T.astype(bool)
        word = ~final & ~is_punct
        # a word starts a sentence when a final mark stands between it and the word before it
        finals = np.cumsum(final)
        index = np.arange(n)
        previous_word = np.maximum.accumulate(np.where(word, index, -1))
        previous_word = np.concatenate(([-1], previous_word[:-1]))
        finals_at_previous = np.where(previous_word >= 0, finals[previous_word], 0)
        start = word & (finals - final > finals_at_previous)
        start[0] = True
        if n > 2:
            i = index[1:-1]
            after_end = np.zeros(n - 2, dtype=bool)
            after_end[1:] = closing[i[1:] - 1] & ends[i[1:] - 2]
            moves = i[
                opening[i] & ~space[i] & start[i + 1] & space[i - 1] & (ends[i - 1] | after_end)
            ]
            start[moves] = True
            start[moves + 1] = False
        doc.from_array([SENT_START], np.where(start, 1, -1).astype(np.uint64))
        return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Return the cached blank English pipeline (tokenizer + sentence starts).

    Returns
    -------
    spacy.language.Language
    """
    nlp = spacy.blank("en")
    nlp.add_pipe("afgresearch_sentences")
    return nlp


#: the order every extractor reads a paragraphs table in
CORPUS_ORDER = ["source_file", "line", "paragraph_id"]


def paragraph_docs(texts: Sequence[str]) -> list[Doc]:
    """The spaCy docs of ``texts`` (paragraph texts as the extractors read them, in corpus
    order), made once so that claims, mentions and events can share them.

    Example
    -------
    >>> [len(list(d.sents)) for d in paragraph_docs(["One. Two.", "Three."])]
    [2, 1]
    """
    return list(_with_texts(texts, get_nlp().pipe(texts, batch_size=256)))


def _with_texts(texts: Iterable[str], docs: Iterable[Doc]) -> Iterator[Doc]:
    """``docs``, each with the text it was made from kept on it (see :func:`doc_text`)."""
    for text, doc in zip(texts, docs, strict=True):
        doc.user_data[_TEXT_KEY] = text
        yield doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once: spaCy joins every token's text anew at each ``doc.text``,
    so the text a doc was made from is kept on it (the same string: spaCy's tokenizer loses
    no character) when :func:`paragraph_docs` or :func:`docs_for` makes it.

    Example
    -------
    >>> doc_text(paragraph_docs(["One. Two."])[0])
    'One. Two.'
    """
    kept = doc.user_data.get(_TEXT_KEY)
    if kept is None:
        kept = doc.user_data[_TEXT_KEY] = doc.text
    return kept


class Sentence(NamedTuple):
    """One sentence of a doc: its character offsets and text."""

    start_char: int
    end_char: int
    text: str


def sentences(doc: Doc) -> tuple[Sentence, ...]:
    """The sentences of ``doc``, found once and kept on the doc for every extractor reading it.

    Example
    -------
    >>> [s.text for s in sentences(get_nlp()("One. Two."))]
    ['One.', 'Two.']
    """
    kept = doc.user_data.get(_SENTENCES_KEY)
    if kept is None:
        text = doc_text(doc)
        kept = tuple(
            Sentence(s.start_char, s.end_char, text[s.start_char : s.end_char]) for s in doc.sents
        )
        doc.user_data[_SENTENCES_KEY] = kept
    return kept


_SENTENCES_KEY = ("afgresearch.pipeline", "sentences")
_TEXT_KEY = ("afgresearch.pipeline", "text")


def docs_for(
    texts: Sequence[str], docs: Sequence[Doc] | None, batch_size: int = 256
) -> Iterable[Doc]:
    """``docs`` when given (checked to be one per text), else the texts' docs made here."""
    if docs is None:
        return _with_texts(texts, get_nlp().pipe(texts, batch_size=batch_size))
    if len(docs) != len(texts):
        raise ValueError(f"{len(docs)} docs given for {len(texts)} paragraphs")
    return docs
