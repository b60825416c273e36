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


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """Return the cached blank English pipeline (tokenizer + sentencizer).

    Returns
    -------
    spacy.language.Language
    """
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
