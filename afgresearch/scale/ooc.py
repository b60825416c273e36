"""Out-of-core theme model: a streamed vocabulary, TF-IDF and seeded k-means over spooled chunks.

``OutOfCoreThemeModel`` has the interface and fitted attributes of the in-memory
``ThemeModel`` and gives its features, but never holds the corpus: texts arrive in chunks and
are read once. Each chunk's terms are counted (scikit-learn's ``CountVectorizer`` analyzer) and
spooled to a temporary folder with the chunk's own term list, while the document and term
frequency of every term are added up (a count per distinct term, not per text). Once the
stream ends, the number of texts fixes the in-memory model's "auto" settings
(:mod:`afgresearch.themes.defaults`: n-grams, ``min_df``, ``max_df``, ``max_features``), which
select the vocabulary exactly as ``TfidfVectorizer`` does; the spooled chunks are then mapped
onto it, weighted (sublinear tf, smoothed IDF, L2) and clustered: the in-memory seeded start on
the corpus if it is one chunk, else on one chunk's worth of texts drawn evenly from all chunks,
then mini-batch passes and exact k-means passes over the chunks, one in memory at a time. Up to
``chunksize`` texts (one chunk) this is the in-memory model's clustering. Cluster names,
paragraph themes and the theme tables come from the theme-engine base
(:class:`afgresearch.themes.ThemeEngine`).

Example
-------
>>> texts = ["refugees returned across the border", "the envoy held talks with ministers",
...          "girls barred from schools and women's rights", "deportations of migrants rose",
...          "foreign minister visit and embassy talks", "women and girls education ban"]
>>> m = OutOfCoreThemeModel(n_extra_clusters=0, random_state=0).fit(texts)
>>> m.themes_.tolist()
['migration', 'diplomacy', 'rights', 'migration', 'diplomacy', 'rights']
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from numbers import Integral
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import check_random_state
from tqdm.auto import tqdm

from afgresearch.scale.chunks import iter_text_chunks
from afgresearch.scale.errors import LexiconError, NotFittedScaleError, TextInputError
from afgresearch.scale.lexicons import resolve_lexicons, resolve_weak_terms
from afgresearch.scale.term_counts import merged_term_counts, write_chunk_terms
from afgresearch.scale.theming import (
    THEME_DEFAULTS,
    centre_distances,
    label_chunk,
    lexicon_features,
    nearest_centres,
    refined_start,
)
from afgresearch.themes.defaults import LARGE_CORPUS, resolve_feature_settings
from afgresearch.themes.engine import ThemeEngine
from afgresearch.themes.model import TOKEN_PATTERN
from afgresearch.themes.seeding import lexicon_counts, lexicon_indicator, lexicon_term_vectors


def select_vocabulary(
    terms: Sequence[str],
    dfs: np.ndarray,
    tfs: np.ndarray,
    n_texts: int,
    min_df: float | int,
    max_df: float | int,
    max_features: int | None,
) -> list[str]:
    """The terms ``TfidfVectorizer`` keeps, from every term's document and term frequency.

    The same bounds (an int is a number of texts, a float a share of them), the same cap
    (``max_features`` terms of highest term frequency, ties broken by the same sort of the
    alphabetical term list) and the same errors, so the vocabulary is the in-memory one.

    Parameters
    ----------
    terms : sequence of str, in alphabetical order
    dfs, tfs : ndarray
        Texts holding each term, and its occurrences in all texts.
    n_texts : int
    min_df, max_df, max_features
        As in ``TfidfVectorizer``.

    Returns
    -------
    list of str, alphabetical

    Raises
    ------
    ValueError
        Where scikit-learn raises one (bounds that contradict each other, no term left).

    Example
    -------
    >>> select_vocabulary(["a", "b", "c"], np.array([3, 1, 2]), np.array([5.0, 1.0, 2.0]),
    ...                   3, 2, 1.0, None)
    ['a', 'c']
    """
    if not len(terms):
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    low, high = df_limits(min_df, max_df, n_texts)
    dfs = np.asarray(dfs)
    mask = (dfs <= high) & (dfs >= low)
    if max_features is not None and mask.sum() > max_features:
        # scikit-learn's own selection, on the same float array in the same order
        tfs = np.asarray(tfs, dtype=np.float64)
        keep = (-tfs[mask]).argsort()[:max_features]
        limited = np.zeros(len(dfs), dtype=bool)
        limited[np.flatnonzero(mask)[keep]] = True
        mask = limited
    if not mask.any():
        raise ValueError("After pruning, no terms remain. Try a lower min_df or a higher max_df.")
    return [t for t, kept in zip(terms, mask, strict=True) if kept]


def df_limits(min_df: float | int, max_df: float | int, n_texts: int) -> tuple[float, float]:
    """The least and most texts a term may be in, as ``TfidfVectorizer`` reads ``min_df`` and
    ``max_df`` (an int is a number of texts, a float a share of them), with its error.

    Example
    -------
    >>> df_limits(5, 0.5, 1000)
    (5, 500.0)
    """
    high = max_df if isinstance(max_df, Integral) else max_df * n_texts
    low = min_df if isinstance(min_df, Integral) else min_df * n_texts
    if high < low:
        raise ValueError("max_df corresponds to < documents than min_df")
    return low, high


class OutOfCoreThemeModel(ThemeEngine):
    """Guided theme clustering over a stream of texts (streamed vocabulary, TF-IDF, k-means).

    Parameters
    ----------
    lexicons : str, path or mapping, default "default"
        Theme lexicons (see :func:`afgresearch.scale.lexicons.resolve_lexicons`).
    n_clusters : int or None
        Total clusters; None means one per lexicon plus ``n_extra_clusters``.
    n_extra_clusters : int, default 2
        Clusters beyond the lexicons, free to find what else the corpus holds.
    ngram_range, min_df, max_df, max_features : "auto" or as in ``TfidfVectorizer``
        The vocabulary, as in the in-memory ``ThemeModel``; "auto" (the default) is chosen
        from the number of texts (:mod:`afgresearch.themes.defaults`). While that number is
        unknown (fewer than 1,000 texts read and more to come) the chunks read so far wait in
        the spool folder, as text, until it decides the n-grams.
    stop_words, lowercase, token_pattern, sublinear_tf
        Tokenisation and term weighting, as in scikit-learn's ``TfidfVectorizer``.
    chunksize : int, default 10_000
        Chunk size cut from flat input (chunks given by the caller are used as they come).
    batch_size : int, default 2048
        Mini-batch size for ``partial_fit``.
    n_epochs : int or "auto"
        Passes of mini-batch updates over the spooled chunks before the exact passes
        (``lloyd_iter``); "auto": none when one chunk holds every text (its seeded start was
        fitted on all of them), else one.
    text_weight, min_similarity, min_coverage, margin, min_typicality, context_share : float
        Theme assignment, with the in-memory ``ThemeModel``'s meaning and defaults (see
        :func:`afgresearch.themes.assign_from_evidence`): a cluster is named after the
        theme its members' lexicon terms and its mean term weights favour; each text's theme
        blends its cluster's theme (by typicality) with its own lexicon terms.
    seed_blend, seed_top_fraction : float, default 0.5 and 0.1
        Weight and share of a lexicon's best-matching texts (in the start's sample) blended into
        its initial centre, as in the in-memory model.
    n_init : int or "auto", default "auto"
        Draws of the extra initial centres; each start is refined by Lloyd's k-means on the
        start's sample (the corpus where it is one chunk, else as many texts as the largest
        chunk, drawn evenly from all) and the one with the lowest inertia starts the mini-batch
        passes (the in-memory model's seeded k-means,
        :func:`afgresearch.themes.seeding.seeded_kmeans`).
        "auto": 10, as in memory, when one chunk holds every text, else 3.
    init_max_iter : int or "auto", default "auto"
        Lloyd iterations for that refinement ("auto": 300 for one chunk, else 50).
    lloyd_iter : int or "auto", default "auto"
        Full k-means (Lloyd) passes over the spooled chunks after the mini-batch passes, each
        reading one chunk at a time, until no centre moves. "auto": none when one chunk holds
        every text (its seeded k-means already ran on all of them), else 3.
    spool_dir : str or None
        Where chunks are spooled during ``fit`` (a temporary folder by default).
    random_state : int, default 0
    progress : bool, default False
        Show tqdm progress bars.

    Attributes
    ----------
    labels_, themes_, theme_scores_ : ndarray
        Cluster, theme and theme score (as in ``ThemeModel``), one per text.
    text_similarity_ : ndarray (n_texts, n_themes)
        Distinct lexicon terms (in the vocabulary) per theme in each text, weak ones half.
    centre_similarity_ : ndarray (n_texts,)
        Cosine similarity of each text to its cluster centre.
    vocabulary_ : dict
        Term -> column, alphabetical, as ``TfidfVectorizer.vocabulary_``.
    feature_settings_ : dict
        ``ngram_range``, ``min_df``, ``max_df``, ``max_features`` used ("auto" resolved).
    idf_ : ndarray (n_terms,)
        Smoothed IDF, as scikit-learn's.
    cluster_term_weights_ : ndarray (n_clusters, n_terms)
        Mean TF-IDF row of each cluster's members.
    lexicon_indicator_ : sparse (n_themes, n_terms)
        Columns of each theme's lexicon features.
    cluster_names_ : list of str
        A readable name per cluster (its theme, or its top terms for ``other`` clusters).
    cluster_themes_ : list of str
        Theme per cluster.
    cluster_centers_, lexicon_term_vectors_, theme_names_, n_texts_, kmeans_, vectorizer_

    Example
    -------
    >>> m = OutOfCoreThemeModel(n_extra_clusters=0).fit(iter([["refugees at the border"],
    ...     ["envoy talks"], ["women's rights"]]))
    >>> m.n_texts_
    3
    """

    _not_fitted_error = NotFittedScaleError

    def __init__(
        self,
        lexicons: str | Path | Mapping[str, Any] | None = "default",
        n_clusters: int | None = None,
        n_extra_clusters: int = 2,
        ngram_range: tuple[int, int] | str = "auto",
        min_df: float | int | str = "auto",
        max_df: float | int | str = "auto",
        max_features: int | str | None = "auto",
        stop_words: str | list[str] | None = "english",
        lowercase: bool = True,
        token_pattern: str = TOKEN_PATTERN,
        sublinear_tf: bool = True,
        chunksize: int = 10_000,
        batch_size: int = 2048,
        n_epochs: int | str = "auto",
        text_weight: float = THEME_DEFAULTS["text_weight"],
        min_similarity: float = THEME_DEFAULTS["min_similarity"],
        min_coverage: float = THEME_DEFAULTS["min_coverage"],
        margin: float = THEME_DEFAULTS["margin"],
        min_typicality: float = THEME_DEFAULTS["min_typicality"],
        context_share: float | None = THEME_DEFAULTS["context_share"],
        seed_blend: float = 0.5,
        seed_top_fraction: float = 0.1,
        n_init: int | str = "auto",
        init_max_iter: int | str = "auto",
        lloyd_iter: int | str = "auto",
        spool_dir: str | None = None,
        random_state: int | None = 0,
        progress: bool = False,
    ) -> None:
        self.lexicons = lexicons
        self.n_clusters = n_clusters
        self.n_extra_clusters = n_extra_clusters
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.stop_words = stop_words
        self.lowercase = lowercase
        self.token_pattern = token_pattern
        self.sublinear_tf = sublinear_tf
        self.chunksize = chunksize
        self.batch_size = batch_size
        self.n_epochs = n_epochs
        self.text_weight = text_weight
        self.min_similarity = min_similarity
        self.min_coverage = min_coverage
        self.margin = margin
        self.min_typicality = min_typicality
        self.context_share = context_share
        self.seed_blend = seed_blend
        self.seed_top_fraction = seed_top_fraction
        self.n_init = n_init
        self.init_max_iter = init_max_iter
        self.lloyd_iter = lloyd_iter
        self.spool_dir = spool_dir
        self.random_state = random_state
        self.progress = progress

    # ----------------------------------------------------------------- features
    def _make_vectorizer(
        self, ngram_range: tuple[int, int], vocabulary: Mapping[str, int] | None = None
    ) -> CountVectorizer:
        return CountVectorizer(
            ngram_range=ngram_range,
            stop_words=self.stop_words,
            lowercase=self.lowercase,
            token_pattern=self.token_pattern,
            vocabulary=vocabulary,
            dtype=np.float64,
        )

    def _known_ngram_range(self, n_seen: int, final: bool) -> tuple[int, int] | None:
        """The n-gram range once ``n_seen`` texts are read (None while it may still change).

        "auto" has two regimes (:mod:`afgresearch.themes.defaults`): below ``LARGE_CORPUS``
        texts and from it on, so it is known once that many are read, or at the end.
        """
        if self.ngram_range == "auto" and n_seen < LARGE_CORPUS and not final:
            return None
        value = resolve_feature_settings({"ngram_range": self.ngram_range}, n_seen)
        lo, hi = (int(v) for v in value["ngram_range"])
        if not 1 <= lo <= hi:
            raise ValueError(f"ngram_range must be (lo, hi) with 1 <= lo <= hi, got {(lo, hi)}")
        return lo, hi

    def _resolve_settings(self, n_texts: int) -> dict[str, Any]:
        """``ngram_range``, ``min_df``, ``max_df``, ``max_features``, resolved as in memory."""
        names = ("ngram_range", "min_df", "max_df", "max_features")
        settings = resolve_feature_settings({n: getattr(self, n) for n in names}, n_texts)
        settings["ngram_range"] = self._known_ngram_range(n_texts, final=True)
        # document-frequency bounds must stay consistent on tiny corpora (as in memory)
        max_df, min_df = settings["max_df"], settings["min_df"]
        if isinstance(max_df, float) and isinstance(min_df, int) and max_df * n_texts < min_df:
            settings["max_df"] = 1.0
        return settings

    def _weigh_counts(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        """Term counts (vocabulary columns) -> the weighted tf the spool keeps."""
        counts = sp.csr_matrix(counts, dtype=np.float64, copy=True)
        counts.sum_duplicates()
        if self.sublinear_tf:
            # scikit-learn's sublinear tf, 1 + log(tf), as the in-memory engine weighs terms
            np.log(counts.data, out=counts.data)
            counts.data += 1.0
        return counts

    def _weigh(self, tf: sp.csr_matrix) -> sp.csr_matrix:
        """Weighted tf -> TF-IDF rows, L2-normalised (``TfidfTransformer.transform``'s steps)."""
        tf = sp.csr_matrix(tf, dtype=np.float64, copy=True)
        tf.data *= self.idf_[tf.indices]
        return normalize(tf, copy=False)

    def _tf(self, texts: list[str]) -> sp.csr_matrix:
        """Weighted tf of ``texts``; the last chunk's is kept, so that a caller asking for the
        features, the distances and the theme evidence of one chunk in turn (the theme stage:
        map points, then representatives) tokenises it once. Callers never modify it."""
        key = tuple(texts)
        kept = self.__dict__.get("_last_tf")
        if kept is not None and kept[0] == key:
            return kept[1]
        tf = self._weigh_counts(self.vectorizer_.transform(texts))
        self._last_tf = (key, tf)
        return tf

    def __getstate__(self) -> dict[str, Any]:
        """The model's state without the kept chunk (see :meth:`_tf`)."""
        state = dict(super().__getstate__())
        state.pop("_last_tf", None)
        return state

    def _validate_params(self) -> None:
        for name in ("n_init", "init_max_iter", "lloyd_iter"):
            value = getattr(self, name)
            if value != "auto" and (not isinstance(value, int | np.integer) or value < 0):
                raise ValueError(f"{name} must be 'auto' or a non-negative integer, got {value!r}")
        for name in ("chunksize", "batch_size"):
            value = getattr(self, name)
            if not isinstance(value, int | np.integer) or value < 1:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        if self.n_extra_clusters < 0:
            raise ValueError(f"n_extra_clusters must be >= 0, got {self.n_extra_clusters!r}")
        if self.n_epochs != "auto" and (not isinstance(self.n_epochs, int) or self.n_epochs < 0):
            raise ValueError(
                f"n_epochs must be 'auto' or a non-negative integer, got {self.n_epochs!r}"
            )

    # ---------------------------------------------------------------------- fit
    def _fit_clusters(self, X: Iterable[Any]) -> None:
        """Learn the vocabulary, IDF weights and seeded clusters from texts or text chunks.

        ``X`` (a sequence of str, a DataFrame with ``text``, or an iterable of chunks) is read
        exactly once; each chunk's term counts are spooled to disk for the later passes.
        """
        self._validate_params()
        lex = resolve_lexicons(self.lexicons)
        self.weak_terms_ = resolve_weak_terms(self.lexicons)
        self.theme_names_ = list(lex)
        n_themes = len(self.theme_names_)
        k = n_themes + self.n_extra_clusters if self.n_clusters is None else int(self.n_clusters)
        if k < max(1, n_themes):
            raise ValueError(f"n_clusters={k} is fewer than the {n_themes} lexicon themes")
        rng = check_random_state(self.random_state)

        with tempfile.TemporaryDirectory(dir=self.spool_dir, prefix="afg-ooc-") as tmp:
            spool = Path(tmp)
            paths, sizes = self._count_pass(X, spool)
            n = int(sum(sizes))
            if n == 0:
                raise TextInputError("no texts to fit: the input was empty")
            self.n_texts_ = n
            self.feature_settings_ = settings = self._resolve_settings(n)
            vocabulary = self._fit_vocabulary(paths, n, settings)
            self.vocabulary_ = {term: j for j, term in enumerate(vocabulary)}
            self.vectorizer_ = self._make_vectorizer(settings["ngram_range"], self.vocabulary_)
            df = self._map_pass(paths, lex)
            self.idf_ = np.log((1.0 + n) / (1.0 + df)) + 1.0
            self.lexicon_term_vectors_ = (
                lexicon_term_vectors(self.lexicon_indicator_, self.idf_)
                if lex
                else np.zeros((0, len(self.vocabulary_)))
            )
            one_chunk = len(paths) == 1
            self.n_init_, self.init_max_iter_, self.lloyd_iter_ = (
                (10 if one_chunk else 3) if self.n_init == "auto" else self.n_init,
                (300 if one_chunk else 50) if self.init_max_iter == "auto" else self.init_max_iter,
                (0 if one_chunk else 3) if self.lloyd_iter == "auto" else self.lloyd_iter,
            )
            init = self._initial_centers(self._start_sample(paths, sizes, rng), k, rng)
            self.kmeans_ = MiniBatchKMeans(
                n_clusters=k,
                init=init,
                n_init=1,
                batch_size=self.batch_size,
                reassignment_ratio=0.0,
                random_state=rng.randint(2**31 - 1),
            )
            centres = self._cluster_pass(paths, sizes, init, rng)
            self.cluster_centers_ = self._lloyd_passes(paths, centres)
            self._label_pass(paths)

    def _count_pass(self, X: Any, spool: Path) -> tuple[list[Path], list[int]]:
        """Read ``X`` once: each chunk's term counts spooled with its terms' df and tf.

        Returns the spooled chunks and their sizes. A chunk read before the n-gram range is
        known is spooled as text and counted once it is.
        """
        paths: list[Path] = []
        sizes: list[int] = []
        waiting: list[Path] = []
        seen = 0
        bar = tqdm(desc="counting", unit="texts", disable=not self.progress)
        for i, chunk in enumerate(iter_text_chunks(X, self.chunksize)):
            seen += len(chunk)
            path = spool / f"chunk-{i:07d}"
            paths.append(path)
            sizes.append(len(chunk))
            ngrams = self._known_ngram_range(seen, final=False)
            if ngrams is None:
                path.with_suffix(".json").write_text(json.dumps(chunk), encoding="utf-8")
                waiting.append(path)
            else:
                for w in waiting:
                    text_path = w.with_suffix(".json")
                    self._count_chunk(json.loads(text_path.read_text(encoding="utf-8")), ngrams, w)
                    text_path.unlink()
                waiting = []
                self._count_chunk(chunk, ngrams, path)
            bar.update(len(chunk))
        if waiting:
            ngrams = self._known_ngram_range(seen, final=True)
            for w in waiting:
                text_path = w.with_suffix(".json")
                self._count_chunk(json.loads(text_path.read_text(encoding="utf-8")), ngrams, w)
                text_path.unlink()
        bar.close()
        return paths, sizes

    def _count_chunk(
        self,
        texts: list[str],
        ngram_range: tuple[int, int],
        path: Path,
    ) -> None:
        """Spool one chunk's counts over its own terms (``path``.npz) and the terms with their
        df and tf in the chunk (``path``.terms, ``path``.freq)."""
        counter = self._make_vectorizer(ngram_range)
        try:
            counts = counter.fit_transform(texts).tocsr()
            names = counter.get_feature_names_out().tolist()
        except ValueError as exc:  # no term in the whole chunk (empty texts, stop words only)
            if "empty vocabulary" not in str(exc):
                raise
            counts, names = sp.csr_matrix((len(texts), 0)), []
        dfs = np.bincount(counts.indices, minlength=len(names))
        tfs = np.asarray(counts.sum(axis=0)).ravel().astype(np.int64)
        sp.save_npz(path.with_suffix(".npz"), counts, compressed=False)
        write_chunk_terms(path, names, dfs, tfs)

    def _fit_vocabulary(self, paths: list[Path], n: int, settings: dict[str, Any]) -> list[str]:
        """The in-memory vocabulary; where the bounds leave no term, every term (as in memory).

        The chunks' term lists are merged keeping only the terms within the document-frequency
        bounds (:func:`~afgresearch.scale.term_counts.merged_term_counts`), so the selection
        sees the same arrays as over every term, and memory follows the vocabulary."""
        limit = settings["max_features"]
        min_df, max_df = settings["min_df"], settings["max_df"]
        try:
            low, high = df_limits(min_df, max_df, n)
            names, dfs, tfs, n_terms = merged_term_counts(paths, low, high)
            if not n_terms:
                select_vocabulary([], dfs, tfs, n, min_df, max_df, limit)  # its own error
            return select_vocabulary(names, dfs, tfs.astype(np.float64), n, min_df, max_df, limit)
        except ValueError as exc:
            try:
                names, dfs, tfs, _ = merged_term_counts(paths)
                return select_vocabulary(names, dfs, tfs.astype(np.float64), n, 1, 1.0, limit)
            except ValueError:
                raise TextInputError(
                    f"no usable words in the {n} texts (all empty or stop words): {exc}"
                ) from exc

    def _map_pass(self, paths: list[Path], lex: dict[str, list[str]]) -> np.ndarray:
        """Map each spooled chunk onto the vocabulary (weighted tf); lexicon evidence; df."""
        width = len(self.vocabulary_)
        self._seed_indicator(lex)
        df = np.zeros(width, dtype=np.float64)
        evidence = []
        for path in paths:
            counts = sp.load_npz(path.with_suffix(".npz")).tocoo()
            text = path.with_suffix(".terms").read_text(encoding="utf-8")
            names = text.split("\n") if text else []
            column = np.array([self.vocabulary_.get(t, -1) for t in names], dtype=np.int64)
            cols = column[counts.col] if names else np.zeros(0, dtype=np.int64)
            keep = cols >= 0
            mapped = sp.csr_matrix(
                (counts.data[keep], (counts.row[keep], cols[keep])),
                shape=(counts.shape[0], width),
            )
            mapped.sort_indices()
            df += np.bincount(mapped.indices, minlength=width)
            evidence.append(lexicon_counts(mapped, self.lexicon_indicator_))
            sp.save_npz(path.with_suffix(".npz"), self._weigh_counts(mapped), compressed=False)
            path.with_suffix(".terms").unlink()
        self.text_similarity_ = np.vstack(evidence)
        return df

    def _seed_indicator(self, lex: dict[str, list[str]]) -> None:
        """Lexicon features' columns in the vocabulary, as the in-memory model marks them.

        A feature outside the vocabulary counts neither as a seed column nor as a text's
        evidence (as in memory); a theme none of whose terms is in it stays unseeded.
        """
        analyzer = self.vectorizer_.build_analyzer()
        for name, feats in zip(lex, lexicon_features(lex, analyzer, self.weak_terms_), strict=True):
            if not feats:
                raise LexiconError(
                    f"lexicon {name!r} has no term left after tokenisation and stop words"
                )
        self.lexicon_indicator_ = lexicon_indicator(
            lex, self.vocabulary_, len(self.vocabulary_), analyzer=analyzer, weak=self.weak_terms_
        )

    def _chunk(self, path: Path) -> sp.csr_matrix:
        return self._weigh(sp.load_npz(path.with_suffix(".npz")))

    def _start_sample(
        self, paths: list[Path], sizes: list[int], rng: np.random.RandomState
    ) -> sp.csr_matrix:
        """TF-IDF rows the seeded start is fitted on: the corpus where it is one chunk, else
        as many texts as the largest chunk, drawn evenly from all chunks (in input order), so
        a corpus sorted by topic does not start from its first topics alone."""
        if len(paths) == 1:
            return self._chunk(paths[0])
        n = int(sum(sizes))
        picked = np.sort(rng.choice(n, size=min(n, max(sizes)), replace=False))
        parts, offset = [], 0
        for path, size in zip(paths, sizes, strict=True):
            rows = picked[(picked >= offset) & (picked < offset + size)] - offset
            if rows.size:
                parts.append(self._chunk(path)[rows])
            offset += size
        return sp.vstack(parts, format="csr")

    def _initial_centers(self, X: sp.csr_matrix, k: int, rng: np.random.RandomState) -> np.ndarray:
        """Lexicon seeds blended with the sample's best matches, then extra centres."""
        return refined_start(
            X,
            self.lexicon_term_vectors_,
            k,
            rng,
            self.seed_blend,
            self.seed_top_fraction,
            self.n_init_,
            self.init_max_iter_,
        )

    def _cluster_pass(
        self, paths: list[Path], sizes: list[int], init: np.ndarray, rng: np.random.RandomState
    ) -> np.ndarray:
        """Mini-batch k-means over the spooled chunks from ``init``; returns the centres."""
        n = sum(sizes)
        # one chunk: its seeded k-means already saw every text, the exact passes finish it
        epochs = (1 if len(paths) > 1 else 0) if self.n_epochs == "auto" else self.n_epochs
        self.n_epochs_ = epochs
        if epochs == 0:
            return np.asarray(init, dtype=np.float64)
        # the centres themselves, at negligible weight, make the first batch at least k rows
        pad = sp.csr_matrix(init)
        pad_w = np.full(init.shape[0], 1e-6)
        first = True
        bar = tqdm(total=n * epochs, desc="clustering", unit="texts", disable=not self.progress)
        for _ in range(epochs):
            for path in paths:
                X = self._chunk(path)
                order = rng.permutation(X.shape[0])
                for start in range(0, len(order), self.batch_size):
                    batch = X[order[start : start + self.batch_size]]
                    weight = np.ones(batch.shape[0])
                    if first:
                        batch = sp.vstack([pad, batch], format="csr")
                        weight = np.concatenate([pad_w, weight])
                        first = False
                    self.kmeans_.partial_fit(batch, sample_weight=weight)
                bar.update(X.shape[0])
        bar.close()
        return np.asarray(self.kmeans_.cluster_centers_, dtype=np.float64)

    def _lloyd_passes(self, paths: list[Path], centres: np.ndarray) -> np.ndarray:
        """Exact k-means updates over the spooled chunks, one chunk in memory at a time."""
        centres = np.array(centres, dtype=np.float64, copy=True)
        k = centres.shape[0]
        self.n_lloyd_iter_ = 0
        bar = tqdm(
            total=self.lloyd_iter_, desc="refining", unit="passes", disable=not self.progress
        )
        for _ in range(self.lloyd_iter_):
            sums = np.zeros_like(centres)
            sizes = np.zeros(k)
            for path in paths:
                labels, _, chunk_sums = label_chunk(self._chunk(path), centres)
                sums += chunk_sums.toarray()
                sizes += np.bincount(labels, minlength=k)
            moved = np.where(sizes[:, None] > 0, sums / np.maximum(sizes, 1.0)[:, None], centres)
            shift = float(((moved - centres) ** 2).sum())
            centres = moved
            self.n_lloyd_iter_ += 1
            bar.update(1)
            if shift <= 1e-12:
                break
        bar.close()
        return centres

    def _label_pass(self, paths: list[Path]) -> None:
        """Labels, centre similarity and cluster term means, chunk by chunk."""
        k = self.cluster_centers_.shape[0]
        labels, sims = [], []
        sums = np.zeros((k, len(self.vocabulary_)))
        for path in paths:
            lab, sim, chunk_sums = label_chunk(self._chunk(path), self.cluster_centers_)
            labels.append(lab)
            sims.append(sim)
            sums += chunk_sums.toarray()
        self.labels_ = np.concatenate(labels).astype(np.int64)
        self.centre_similarity_ = np.concatenate(sims)
        sizes = np.bincount(self.labels_, minlength=k).astype(float)
        self.cluster_term_weights_ = sums / np.maximum(sizes, 1.0)[:, None]

    # ------------------------------------------------------------ new texts
    def features(self, X: Any) -> sp.csr_matrix:
        """TF-IDF rows (vocabulary columns, L2-normalised) of ``X`` (texts or chunks)."""
        self._check_fitted()
        parts = [self._weigh(self._tf(c)) for c in iter_text_chunks(X, self.chunksize)]
        if not parts:
            return sp.csr_matrix((0, len(self.vocabulary_)))
        return sp.vstack(parts, format="csr")

    def transform(self, X: Any) -> np.ndarray:
        """Euclidean distance of each text to every cluster centre (n_texts x n_clusters)."""
        return centre_distances(self.features(X), self.cluster_centers_)

    def _evidence(self, X: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        parts = [self._tf(c) for c in iter_text_chunks(X, self.chunksize)]
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros((0, len(self.theme_names_))), np.zeros(0)
        tf = sp.vstack(parts, format="csr")
        labels, sims = nearest_centres(self._weigh(tf), self.cluster_centers_)
        return labels, lexicon_counts(tf, self.lexicon_indicator_), sims

    def _term_names(self) -> Sequence[str]:
        return np.asarray(list(self.vocabulary_), dtype=object)
