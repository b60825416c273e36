"""Out-of-core theme model: hashing features, streamed IDF, seeded mini-batch k-means.

``OutOfCoreThemeModel`` has the interface and fitted attributes of the in-memory
``ThemeModel`` but never holds the corpus: texts arrive in chunks, are hashed
(``HashingVectorizer(alternate_sign=False)``, stateless), and the hashed term counts are
spooled to a temporary folder while document frequencies are counted (one streaming pass).
The IDF-weighted, L2-normalised chunks then feed ``MiniBatchKMeans.partial_fit``, started
from the lexicon centroids hashed through the same transform; extra clusters start from
documents far from every seed (k-means++ style, seeded by ``random_state``). Cluster names,
paragraph themes and the theme tables come from the theme-engine base
(:class:`afgresearch.themes.ThemeEngine`, via :class:`afgresearch.scale.theming.HashedThemeEngine`),
from each paragraph's exact lexicon terms and each cluster's mean TF-IDF row.

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

import tempfile
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction import FeatureHasher
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize
from sklearn.utils import check_random_state
from sklearn.utils.murmurhash import murmurhash3_32
from tqdm.auto import tqdm

from afgresearch.scale.chunks import iter_text_chunks
from afgresearch.scale.errors import LexiconError, NotFittedScaleError, TextInputError
from afgresearch.scale.lexicons import resolve_lexicons, resolve_weak_terms
from afgresearch.scale.theming import (
    THEME_DEFAULTS,
    HashedThemeEngine,
    HashedVocabulary,
    centre_distances,
    feature_evidence,
    label_chunk,
    lexicon_features,
    nearest_centres,
    refined_start,
)
from afgresearch.themes.model import TOKEN_PATTERN
from afgresearch.themes.seeding import lexicon_indicator, lexicon_term_vectors


def hash_index(term: str, n_features: int) -> int:
    """Column of ``term`` in a ``HashingVectorizer(n_features=n_features)`` output.

    Example
    -------
    >>> hv = HashingVectorizer(n_features=64, alternate_sign=False)
    >>> hash_index("refugees", 64) == int(hv.transform(["refugees"]).indices[0])
    True
    """
    h = int(murmurhash3_32(term, seed=0, positive=False))
    if h == -(2**31):
        return (2**31 - 1 - (n_features - 1)) % n_features
    return abs(h) % n_features


class OutOfCoreThemeModel(HashedThemeEngine):
    """Guided theme clustering over a stream of texts (hashing + IDF + mini-batch k-means).

    Parameters
    ----------
    lexicons : str, path or mapping, default "default"
        Theme lexicons (see :func:`afgresearch.scale.lexicons.resolve_lexicons`).
    n_clusters : int or None
        Total clusters; None means one per lexicon plus ``n_extra_clusters``.
    n_extra_clusters : int, default 2
        Clusters beyond the lexicons, free to find what else the corpus holds.
    n_features : int, default 2**20
        Width of the hashed feature space.
    ngram_range, stop_words, lowercase, token_pattern, sublinear_tf
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
        Weight and share of a lexicon's best-matching texts (in the first chunk) blended into
        its initial centre, as in the in-memory model.
    n_init : int or "auto", default "auto"
        Draws of the extra initial centres; each start is refined by Lloyd's k-means on the
        first chunk and the one with the lowest inertia starts the mini-batch passes (the
        in-memory model's seeded k-means, :func:`afgresearch.themes.seeding.seeded_kmeans`).
        "auto": 10, as in memory, when one chunk holds every text, else 3.
    init_max_iter : int or "auto", default "auto"
        Lloyd iterations for that refinement ("auto": 300 for one chunk, else 50).
    lloyd_iter : int or "auto", default "auto"
        Full k-means (Lloyd) passes over the spooled chunks after the mini-batch passes, each
        reading one chunk at a time, until no centre moves. "auto": none when one chunk holds
        every text (its seeded k-means already ran on all of them), else 3.
    vocabulary_sample : int, default 50_000
        Texts read to map hashed columns back to readable terms (for ``top_terms``).
    spool_dir : str or None
        Where hashed chunks are spooled during ``fit`` (a temporary folder by default).
    random_state : int, default 0
    progress : bool, default False
        Show tqdm progress bars.

    Attributes
    ----------
    labels_, themes_, theme_scores_ : ndarray
        Cluster, theme and theme score (as in ``ThemeModel``), one per text.
    text_similarity_ : ndarray (n_texts, n_themes)
        Distinct lexicon terms per theme in each text.
    centre_similarity_ : ndarray (n_texts,)
        Cosine similarity of each text to its cluster centre.
    cluster_term_weights_ : ndarray (n_clusters, n_features)
        Mean TF-IDF row of each cluster's members.
    lexicon_indicator_ : sparse (n_themes, n_features)
        Hashed columns of each theme's lexicon terms.
    cluster_names_ : list of str
        A readable name per cluster (its theme, or its top terms for ``other`` clusters).
    cluster_themes_ : list of str
        Theme per cluster.
    cluster_centers_, idf_, lexicon_term_vectors_, theme_names_, n_texts_, kmeans_, vectorizer_

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
        n_features: int = 2**20,
        ngram_range: tuple[int, int] = (1, 2),
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
        vocabulary_sample: int = 50_000,
        spool_dir: str | None = None,
        random_state: int | None = 0,
        progress: bool = False,
    ) -> None:
        self.lexicons = lexicons
        self.n_clusters = n_clusters
        self.n_extra_clusters = n_extra_clusters
        self.n_features = n_features
        self.ngram_range = ngram_range
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
        self.vocabulary_sample = vocabulary_sample
        self.spool_dir = spool_dir
        self.random_state = random_state
        self.progress = progress

    # ----------------------------------------------------------------- features
    def _make_vectorizer(self) -> HashingVectorizer:
        return HashingVectorizer(
            n_features=self.n_features,
            alternate_sign=False,
            norm=None,
            ngram_range=self.ngram_range,
            stop_words=self.stop_words,
            lowercase=self.lowercase,
            token_pattern=self.token_pattern,
            dtype=np.float64,
        )

    def _counts(self, texts: list[str]) -> sp.csr_matrix:
        return self._analyse(texts)[0]

    def _analyse(
        self, texts: list[str], keep: int = 0, vocabulary: Counter[str] | None = None
    ) -> tuple[sp.csr_matrix, np.ndarray, int]:
        """Hashed term counts and lexicon evidence of ``texts``.

        The terms of the first ``keep`` texts are counted into ``vocabulary``; the number
        counted is returned third.

        The counts equal ``HashingVectorizer.transform`` (the same hasher on the same
        analyzer output); the evidence is the number of distinct lexicon features of each theme
        found among the text's own terms, weak ones counting half (exact: hashing collisions cannot invent evidence).
        Texts are analysed in small batches so the token lists never outgrow one batch.
        """
        analyzer = self.vectorizer_.build_analyzer()
        hasher = FeatureHasher(
            n_features=self.n_features,
            input_type="string",
            alternate_sign=False,
            dtype=np.float64,
        )
        feats = getattr(self, "lexicon_features_", [])
        evidence = np.zeros((len(texts), len(feats)))
        parts, kept = [], 0
        for start in range(0, len(texts), 2048):
            docs = [analyzer(t) for t in texts[start : start + 2048]]
            parts.append(hasher.transform(docs).tocsr())
            if feats:
                for i, doc in enumerate(docs, start=start):
                    evidence[i] = feature_evidence(set(doc), feats)
            if vocabulary is not None and kept < keep:
                for doc in docs[: keep - kept]:
                    vocabulary.update(doc)
                kept += min(len(docs), keep - kept)
        empty = sp.csr_matrix((0, self.n_features))
        counts = sp.vstack(parts, format="csr") if parts else empty
        counts.sum_duplicates()
        if self.sublinear_tf:
            # scikit-learn's sublinear tf, 1 + log(tf), as the in-memory engine weighs terms
            np.log(counts.data, out=counts.data)
            counts.data += 1.0
        return counts, evidence, kept

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        return normalize(counts @ sp.diags(self.idf_, format="csr"), copy=False)

    def _validate_params(self) -> None:
        for name in ("n_init", "init_max_iter", "lloyd_iter"):
            value = getattr(self, name)
            if value != "auto" and (not isinstance(value, int | np.integer) or value < 0):
                raise ValueError(f"{name} must be 'auto' or a non-negative integer, got {value!r}")
        for name in ("n_features", "chunksize", "batch_size", "vocabulary_sample"):
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
        """Learn IDF weights and seeded clusters from texts or an iterable of text chunks.

        ``X`` (a sequence of str, a DataFrame with ``text``, or an iterable of chunks) is read
        exactly once; its hashed counts are spooled to disk for the later passes.
        """
        self._validate_params()
        lex = resolve_lexicons(self.lexicons)
        self.weak_terms_ = resolve_weak_terms(self.lexicons)
        self.lexicon_features_ = lexicon_features(
            lex, self._make_vectorizer().build_analyzer(), weak=self.weak_terms_
        )
        self.theme_names_ = list(lex)
        n_themes = len(self.theme_names_)
        k = n_themes + self.n_extra_clusters if self.n_clusters is None else int(self.n_clusters)
        if k < max(1, n_themes):
            raise ValueError(f"n_clusters={k} is fewer than the {n_themes} lexicon themes")
        self.vectorizer_ = self._make_vectorizer()
        rng = check_random_state(self.random_state)

        with tempfile.TemporaryDirectory(dir=self.spool_dir, prefix="afg-ooc-") as tmp:
            spool = Path(tmp)
            paths, sizes, df = self._hash_pass(X, spool)
            n = int(sum(sizes))
            if n == 0:
                raise TextInputError("no texts to fit: the input was empty")
            self.n_texts_ = n
            self.idf_ = np.log((1.0 + n) / (1.0 + df)) + 1.0
            self.lexicon_term_vectors_ = self._seed_vectors(lex, df > 0)
            one_chunk = len(paths) == 1
            self.n_init_, self.init_max_iter_, self.lloyd_iter_ = (
                (10 if one_chunk else 3) if self.n_init == "auto" else self.n_init,
                (300 if one_chunk else 50) if self.init_max_iter == "auto" else self.init_max_iter,
                (0 if one_chunk else 3) if self.lloyd_iter == "auto" else self.lloyd_iter,
            )
            init = self._initial_centers(paths[0], k, rng)
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

    def _hash_pass(self, X: Any, spool: Path) -> tuple[list[Path], list[int], np.ndarray]:
        df = np.zeros(self.n_features, dtype=np.float64)
        paths: list[Path] = []
        sizes: list[int] = []
        term_counts: Counter[str] = Counter()
        evidence: list[np.ndarray] = []
        sampled = 0
        bar = tqdm(desc="hashing", unit="texts", disable=not self.progress)
        for i, chunk in enumerate(iter_text_chunks(X, self.chunksize)):
            counts, found, n_sampled = self._analyse(
                chunk, self.vocabulary_sample - sampled, term_counts
            )
            evidence.append(found)
            df += np.bincount(counts.indices, minlength=self.n_features)
            sampled += n_sampled
            path = spool / f"chunk-{i:07d}.npz"
            sp.save_npz(path, counts, compressed=False)
            paths.append(path)
            sizes.append(len(chunk))
            bar.update(len(chunk))
        bar.close()
        # hashed column -> most frequent term seen there (ties: alphabetical)
        terms: dict[int, tuple[int, str]] = {}
        for term, c in term_counts.items():
            j = hash_index(term, self.n_features)
            best = terms.get(j)
            if best is None or c > best[0] or (c == best[0] and term < best[1]):
                terms[j] = (c, term)
        self.feature_terms_ = {j: t for j, (_, t) in sorted(terms.items())}
        if evidence:
            self.text_similarity_ = np.vstack(evidence)
        return paths, sizes, df

    def _seed_vectors(self, lex: dict[str, list[str]], present: np.ndarray) -> np.ndarray:
        """IDF-weighted lexicon vectors in the hashed space, built as the in-memory model does.

        Only columns some text has (``present``) count, as only terms of the corpus are in the
        in-memory model's vocabulary; a theme none of whose terms occur stays unseeded.
        """
        n = self.n_features
        self.lexicon_indicator_ = lexicon_indicator(
            lex,
            HashedVocabulary(lambda term: hash_index(term, n)),
            n,
            analyzer=self.vectorizer_.build_analyzer(),
            weak=self.weak_terms_,
        )
        if not lex:
            return np.zeros((0, n))
        for name, row in zip(lex, self.lexicon_indicator_.getnnz(axis=1) > 0, strict=True):
            if not row:
                raise LexiconError(
                    f"lexicon {name!r} has no term left after tokenisation and stop words"
                )
        return lexicon_term_vectors(self.lexicon_indicator_, self.idf_ * present)

    def _initial_centers(self, first_chunk: Path, k: int, rng: np.random.RandomState) -> np.ndarray:
        """Lexicon seeds blended with the first chunk's best matches, then extra centres."""
        X = self._weigh(sp.load_npz(first_chunk))
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
                X = self._weigh(sp.load_npz(path))
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
                labels, _, chunk_sums = label_chunk(self._weigh(sp.load_npz(path)), centres)
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
        sums = np.zeros((k, self.n_features))
        for path in paths:
            lab, sim, chunk_sums = label_chunk(
                self._weigh(sp.load_npz(path)), self.cluster_centers_
            )
            labels.append(lab)
            sims.append(sim)
            sums += chunk_sums.toarray()
        self.labels_ = np.concatenate(labels).astype(np.int64)
        self.centre_similarity_ = np.concatenate(sims)
        sizes = np.bincount(self.labels_, minlength=k).astype(float)
        self.cluster_term_weights_ = sums / np.maximum(sizes, 1.0)[:, None]

    # ------------------------------------------------------------ new texts
    def features(self, X: Any) -> sp.csr_matrix:
        """IDF-weighted, L2-normalised hashed rows of ``X`` (texts or chunks)."""
        self._check_fitted()
        parts = [self._weigh(self._counts(c)) for c in iter_text_chunks(X, self.chunksize)]
        if not parts:
            return sp.csr_matrix((0, self.n_features))
        return sp.vstack(parts, format="csr")

    def transform(self, X: Any) -> np.ndarray:
        """Euclidean distance of each text to every cluster centre (n_texts x n_clusters)."""
        return centre_distances(self.features(X), self.cluster_centers_)

    def _evidence(self, X: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        parts = [self._analyse(c)[:2] for c in iter_text_chunks(X, self.chunksize)]
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros((0, len(self.theme_names_))), np.zeros(0)
        feats = sp.vstack([self._weigh(c) for c, _ in parts], format="csr")
        labels, sims = nearest_centres(feats, self.cluster_centers_)
        return labels, np.vstack([e for _, e in parts]), sims
