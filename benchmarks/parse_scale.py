"""How parsing a text dump grows with its size: 10,000 and 100,000 tiny stories.

``python benchmarks/parse_scale.py`` writes two dumps of two-line stories (each followed by
its headline repeated and a ``read more`` link, so every story exercises the repeat and
furniture rules), loads each with ``afgresearch.load_corpus`` and prints the seconds, the
stories per second and the ratio of the two times (10 for linear growth). Closing line:
``parse small_s=<s> big_s=<s> ratio=<big/small>``.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import afgresearch


def tiny_articles(n: int) -> str:
    """A dump of ``n`` two-line stories, each followed by its headline again and a link."""
    return "".join(
        f"Item {i} of the council\n\nThe council met on day {i} and approved the plan.\n\n"
        f"Item {i} of the council\nread more\n\n"
        for i in range(n)
    )


def main() -> int:
    """Load the two dumps; print the times and the closing line."""
    times = {}
    with tempfile.TemporaryDirectory(prefix="afg-parse-") as tmp:
        for n in (10_000, 100_000):
            path = Path(tmp) / f"dump-{n}.txt"
            path.write_text(tiny_articles(n), encoding="utf-8")
            start = time.perf_counter()
            corpus = afgresearch.load_corpus(path)
            times[n] = time.perf_counter() - start
            assert len(corpus.articles) == n, len(corpus.articles)
            print(f"{n:>8,} stories: {times[n]:6.1f}s, {n / times[n]:,.0f} stories/s")
    ratio = times[100_000] / times[10_000]
    print(f"parse small_s={times[10_000]:.1f} big_s={times[100_000]:.1f} ratio={ratio:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
