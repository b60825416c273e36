"""The shared spaCy pipeline: a blank English tokenizer with a rule-based sentencizer.

No statistical model is needed or downloaded; the object is built once per process.

Example
-------
>>> [s.text for s in get_nlp()("One sentence. And another.").sents]
['One sentence.', 'And another.']
"""

from __future__ import annotations

from functools import lru_cache

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
