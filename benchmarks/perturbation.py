"""The perturbation that makes synthetic paragraphs distinct (``run.py`` and ``report_scale.py``).

Example
-------
>>> import numpy as np
>>> perturb(["Pakistan", "deported", "refugees", "on", "Monday"], ["Kabul"], np.random.default_rng(0), 7)[-3:]
' r7'
"""

from __future__ import annotations

import numpy as np


def perturb(words: list[str], donor: list[str], rng: np.random.Generator, tag: int) -> str:
    """A paragraph's words with 15% dropped, two swapped, three borrowed and a token appended."""
    keep = rng.random(len(words)) > 0.15
    out = [w for w, k in zip(words, keep, strict=True) if k] or words[:1]
    if len(out) > 3:
        j = int(rng.integers(0, len(out) - 1))
        out[j], out[j + 1] = out[j + 1], out[j]
    out += [donor[int(x)] for x in rng.integers(0, len(donor), 3)]
    return " ".join(out) + f" r{tag}"
