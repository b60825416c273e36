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

import spacy
from spacy.language import Language
from spacy.tokens import Doc

_OPENING_QUOTES = frozenset({'"', "“", "‘", "«", "'"})
_CLOSING_QUOTES = frozenset({'"', "”", "’", "»", "'"})
_ENDS = frozenset({".", "!", "?"})


@Language.component("afgresearch_opening_quotes")
def opening_quotes(doc: Doc) -> Doc:
    """Give an opening quotation mark to the sentence it opens, not the one before it.

    The rule-based sentencizer ends a sentence after the quotation mark that follows its full
    stop ('... in 2023. "The process ...'), so the quote mark, written against the next word,
    would close the earlier sentence.

    Example
    -------
    >>> [s.text for s in get_nlp()('It ended. "We go," he said.').sents]
    ['It ended.', '"We go," he said.']
    """
    for i in range(1, len(doc) - 1):
        tok, nxt = doc[i], doc[i + 1]
        if (
            tok.text in _OPENING_QUOTES
            and not tok.whitespace_
            and nxt.is_sent_start
            and doc[i - 1].whitespace_
            and (
                doc[i - 1].text in _ENDS
                or (i > 1 and doc[i - 1].text in _CLOSING_QUOTES and doc[i - 2].text in _ENDS)
            )
        ):
            tok.is_sent_start = True
            nxt.is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Return the cached blank English pipeline (tokenizer + sentencizer).

    Returns
    -------
    spacy.language.Language
    """
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("afgresearch_opening_quotes")
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
