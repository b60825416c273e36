"""The paragraphs nearest each cluster's centre, kept over a corpus read in chunks.

:class:`NearestMembers` keeps, per cluster, the ``n`` members that come first in the order of
the ``representatives`` candidates: those of the cluster's own theme first, then nearer the
centre (distances snapped to :data:`afgresearch.numeric.TOL`), then earlier in the corpus. The
order is a total one on exact keys (the position in the corpus breaks every tie), so the best
``n`` of the chunks read so far merged with the next chunk's are the best ``n`` of the whole
corpus, whatever the chunks.

Example
-------
>>> from afgresearch.themes import ThemeModel
>>> t = ["refugees deported", "envoy visit", "refugees returned home"]
>>> m = ThemeModel(n_clusters=2).fit(t)
>>> best = NearestMembers(m, n=1)
>>> best.add(t[:2], ["a", "b"]); best.add(t[2:], ["c"])
>>> best.table()["paragraph_id"].tolist()
['a', 'b']
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
import pandas as pd

from afgresearch.numeric import quantize
from afgresearch.themes.texts import check_texts

#: the columns of :meth:`NearestMembers.table`, before any extra ones
NEAREST_COLUMNS = ("cluster", "name", "theme", "rank", "paragraph_id", "distance", "text")


class NearestMembers:
    """The ``n`` members of each cluster of a fitted theme model nearest its centre.

    Parameters
    ----------
    model : a fitted theme engine (:class:`afgresearch.themes.ThemeEngine`)
    n : members kept per cluster
    """

    def __init__(self, model: Any, n: int = 3) -> None:
        self.model = model
        self.n = int(n)
        self.seen = 0
        self.extra_columns: list[str] = []
        # cluster -> [((off theme, snapped distance, position), row)]
        self._best: dict[int, list[tuple[tuple[int, float, int], tuple[Any, ...]]]] = {}

    def add(
        self,
        texts: Sequence[str],
        paragraph_ids: Sequence[Any],
        groups: Sequence[Any] | None = None,
        extra: Mapping[str, Sequence[Any]] | None = None,
    ) -> None:
        """Take the next chunk of the corpus into account.

        Parameters
        ----------
        texts : the chunk's texts, in corpus order
        paragraph_ids : identifier per text (kept as given)
        groups : article key per text; a chunk must hold whole articles, as each text's own
            theme is decided with its article's context
        extra : further columns per text to carry into :meth:`table` (e.g. source file, line)
        """
        texts = check_texts(texts)
        model = self.model
        dist = model.transform(texts)
        model._check_fitted()
        labels, evidence, similarity = model._evidence(texts)  # once, for clusters and themes
        own_themes, _ = model._themes_from(labels, evidence, similarity, groups=groups)
        labels = np.asarray(labels, dtype=np.int64)
        extra = dict(extra or {})
        self.extra_columns = list(extra)
        extras = [list(values) for values in extra.values()]
        for c in range(dist.shape[1]):
            members = np.flatnonzero(labels == c)
            off_theme = (own_themes[members] != model.cluster_themes_[c]).astype(int)
            snapped = quantize(dist[members, c])
            pick = np.lexsort((members, snapped, off_theme))[: self.n]
            chunk = [
                (
                    (int(off_theme[j]), float(snapped[j]), self.seen + int(members[j])),
                    (
                        paragraph_ids[members[j]],
                        float(dist[members[j], c]),
                        texts[members[j]],
                        *(values[members[j]] for values in extras),
                    ),
                )
                for j in pick
            ]
            self._best[c] = heapq.nsmallest(
                self.n, self._best.get(c, []) + chunk, key=lambda item: item[0]
            )
        self._clusters = dist.shape[1]
        self.seen += len(texts)

    def table(self) -> pd.DataFrame:
        """One row per kept member: ``cluster, name, theme, rank, paragraph_id, distance,
        text`` and the extra columns, by cluster then rank (from 1)."""
        model = self.model
        rows = []
        for c in range(getattr(self, "_clusters", 0)):
            for rank, (_, (pid, distance, text, *more)) in enumerate(self._best[c], start=1):
                rows.append(
                    (
                        c,
                        model.cluster_names_[c],
                        model.cluster_themes_[c],
                        rank,
                        pid,
                        distance,
                        text,
                        *more,
                    )
                )
        return pd.DataFrame(rows, columns=[*NEAREST_COLUMNS, *self.extra_columns])
