"""The theme model and per-paragraph extraction on Apache Spark (local mode or a cluster).

Features are Spark MLlib's own: ``RegexTokenizer`` -> ``StopWordsRemover`` (scikit-learn's
English list, as in the other engines) -> ``NGram`` -> one ``HashingTF`` of 2^20 columns for
words and word pairs. They are weighed as the in-memory engine's ``TfidfVectorizer`` weighs
them, per partition: sublinear tf ``1 + log(tf)``, scikit-learn's smoothed IDF from MLlib's
document frequencies (``IDFModel.docFreq``), the in-memory ``min_df``, ``max_df``,
``max_features`` and n-gram settings, L2-normalised rows. Clusters start from the in-memory
model's seeded k-means (lexicon seeds on the kept columns, extra centres k-means++, the best of
several Lloyd runs) on a sample drawn to the driver (the whole corpus, in order, when it has no
more texts than the sample), then exact k-means passes run over the partitions
(``mapPartitions`` sums per cluster, added on the driver) until no centre moves.
Cluster names, paragraph themes and the theme tables come from the theme-engine base
(:class:`afgresearch.themes.ThemeEngine`, via :class:`afgresearch.scale.theming.HashedThemeEngine`):
lexicon terms are matched on each paragraph's own terms, clusters unmatched by any lexicon are
named by their top terms.
Claims and actor mentions run per partition with ``mapInPandas`` calling
:mod:`afgresearch.extract`.

Spark needs pyspark (``pip install 'afgresearch[spark]'``) and a Java runtime, 17 or newer
(Debian/Ubuntu: ``apt-get install openjdk-17-jre-headless``; macOS: ``brew install openjdk@17``;
or set ``JAVA_HOME``). Both are checked before a session starts, with a clear error.

Example
-------
>>> java_version_from_banner('openjdk version "17.0.15" 2025-04-15')
17
"""

from __future__ import annotations

import copy
import logging
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Iterable, Mapping
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.preprocessing import normalize
from sklearn.utils import check_random_state
from sklearn.utils.murmurhash import murmurhash3_32

from afgresearch.scale.chunks import iter_text_chunks
from afgresearch.scale.errors import (
    JavaNotFoundError,
    LexiconError,
    NotFittedScaleError,
    ScaleError,
    SparkUnavailableError,
    TextInputError,
)
from afgresearch.scale.lexicons import resolve_lexicons, resolve_weak_terms
from afgresearch.scale.theming import (
    THEME_DEFAULTS,
    HashedThemeEngine,
    HashedVocabulary,
    centre_distances,
    label_chunk,
    lexicon_features,
    refined_start,
)
from afgresearch.themes.defaults import resolve_feature_settings
from afgresearch.themes.model import TOKEN_PATTERN, _distinct_rows
from afgresearch.themes.seeding import lexicon_indicator, lexicon_term_vectors

# Java regex twin of TOKEN_PATTERN (two or more word characters, at least one a letter);
# (?U): Unicode word characters, as Python's re (Java's \w is ASCII-only without it)
SPARK_TOKEN_PATTERN = r"(?U)\b(?=\w*[^\W\d_])\w\w+\b"
#: rows per TF-IDF block a partition is cut into
_BLOCK_ROWS = 10_000

logger = logging.getLogger(__name__)

MIN_JAVA = 17
DEFAULT_MASTER = "local[2]"
_JAVA_HINT = (
    "install a Java runtime 17 or newer (Debian/Ubuntu: apt-get install "
    "openjdk-17-jre-headless; macOS: brew install openjdk@17) or point JAVA_HOME at one"
)


def java_version_from_banner(banner: str) -> int | None:
    """Major Java version from ``java -version`` output (``1.8`` counts as 8), or None.

    Example
    -------
    >>> java_version_from_banner('java version "1.8.0_292"')
    8
    """
    match = re.search(r'version "(\d+)(?:\.(\d+))?', banner)
    if not match:
        return None
    major = int(match.group(1))
    if major == 1 and match.group(2):
        major = int(match.group(2))
    return major


def find_java() -> tuple[str, int]:
    """Return ``(java executable, major version)``; raise :class:`JavaNotFoundError` otherwise.

    ``JAVA_HOME/bin/java`` is preferred, then ``java`` on the ``PATH``.

    Example
    -------
    >>> find_java()[1] >= 17  # doctest: +SKIP
    True
    """
    candidates = []
    if os.environ.get("JAVA_HOME"):
        candidates.append(str(Path(os.environ["JAVA_HOME"]) / "bin" / "java"))
    on_path = shutil.which("java")
    if on_path:
        candidates.append(on_path)
    for java in candidates:
        if not Path(java).is_file():
            continue
        try:
            run = subprocess.run(
                [java, "-version"], capture_output=True, text=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        major = java_version_from_banner(run.stderr + run.stdout)
        if major is None:
            continue
        if major < MIN_JAVA:
            raise JavaNotFoundError(
                f"Spark needs Java {MIN_JAVA} or newer but {java} is Java {major}: {_JAVA_HINT}"
            )
        return java, major
    raise JavaNotFoundError(f"Spark needs a Java runtime and none was found: {_JAVA_HINT}")


def require_pyspark() -> Any:
    """Import and return :mod:`pyspark`, or raise :class:`SparkUnavailableError`."""
    try:
        import pyspark
    except ImportError as exc:
        raise SparkUnavailableError(
            "the spark engine needs pyspark: pip install 'afgresearch[spark]'"
        ) from exc
    return pyspark


def get_spark(
    master: str | None = None,
    app_name: str = "afgresearch",
    config: Mapping[str, str] | None = None,
    progress: bool = False,
) -> Any:
    """Start (or reuse) a SparkSession after checking pyspark and Java.

    Parameters
    ----------
    master : str or None
        Spark master URL (``local[2]`` by default; e.g. ``spark://host:7077`` for a cluster).
        An already running session in this process is reused whatever its master.
    app_name : str
    config : mapping, optional
        Extra ``spark.*`` settings.
    progress : bool
        Show Spark's console progress bar.

    Returns
    -------
    pyspark.sql.SparkSession

    Example
    -------
    >>> spark = get_spark("local[1]")  # doctest: +SKIP
    """
    require_pyspark()
    find_java()
    from pyspark.sql import SparkSession

    # Python workers must run this interpreter (with this package and its dependencies)
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)

    builder = (
        SparkSession.builder.master(master or DEFAULT_MASTER)
        .appName(app_name)
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "true" if progress else "false")
        .config("spark.sql.shuffle.partitions", "8")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
    )
    for key, value in (config or {}).items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # the JVM failed to start: report it plainly
        raise ScaleError(
            f"Spark could not start with master {master or DEFAULT_MASTER!r}: {exc}"
        ) from exc
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _stack_sparse(vectors: list[Any]) -> Any:
    """Stack MLlib sparse/dense vectors into one SciPy CSR matrix."""
    import scipy.sparse as sparse

    rows = [
        v if hasattr(v, "indices") else v.toSparse() if hasattr(v, "toSparse") else v
        for v in vectors
    ]
    width = rows[0].size
    indptr = np.cumsum([0] + [len(v.indices) for v in rows])
    indices = np.concatenate([np.asarray(v.indices, dtype=np.int64) for v in rows])
    data = np.concatenate([np.asarray(v.values, dtype=np.float64) for v in rows])
    return sparse.csr_matrix((data, indices, indptr), shape=(len(rows), width))


def _to_spark_frame(spark: Any, X: Any) -> Any:
    from pyspark.sql import DataFrame as SparkDataFrame

    if isinstance(X, SparkDataFrame):
        if "text" not in X.columns:
            raise TextInputError("Spark DataFrame has no 'text' column")
        return X.select("text").fillna("", subset=["text"])
    texts = [t for chunk in iter_text_chunks(X) for t in chunk]
    if not texts:
        raise TextInputError("no texts to fit: the input was empty")
    return spark.createDataFrame(pd.DataFrame({"text": texts}))


def spark_hash_index(term: str, n_features: int) -> int:
    """Column of ``term`` in Spark's ``HashingTF(numFeatures=n_features)`` output.

    Spark hashes the term's UTF-8 bytes with MurmurHash3 (x86, 32 bits, seed 42) and takes the
    non-negative remainder; scikit-learn's ``murmurhash3_32`` computes the same hash, so the
    driver finds a term's column without a Spark job (a test checks it against
    ``HashingTF.indexOf``).

    Example
    -------
    >>> spark_hash_index("refugees", 2**20)
    456362
    """
    return int(murmurhash3_32(term.encode("utf-8"), seed=42, positive=False)) % int(n_features)


def smoothed_idf(doc_freq: Any, n_docs: int) -> np.ndarray:
    """scikit-learn's smoothed IDF, ``log((1 + n) / (1 + df)) + 1``, from document frequencies.

    MLlib's ``IDFModel.idf`` is ``log((n + 1) / (df + 1))``, without the ``+ 1``; its
    ``docFreq`` and ``numDocs`` give the frequencies this is computed from.

    Example
    -------
    >>> smoothed_idf([1, 2], 2).round(4).tolist()
    [1.4055, 1.0]
    """
    df = np.asarray(doc_freq, dtype=np.float64)
    return np.log((1.0 + n_docs) / (1.0 + df)) + 1.0


def kept_columns(
    doc_freq: np.ndarray,
    totals: np.ndarray | None,
    n_docs: int,
    min_df: float,
    max_df: float,
    max_features: int | None,
) -> np.ndarray:
    """Columns a ``TfidfVectorizer(min_df, max_df, max_features)`` would keep, as a mask.

    Document-frequency bounds as scikit-learn reads them (an int counts texts, a float is a
    share of them); with ``max_features`` only the columns of the largest total counts
    (``totals``) among those stay, ties to the lowest column.

    Example
    -------
    >>> kept_columns(np.array([0, 1, 3, 4]), None, 4, 1, 0.9, None).tolist()
    [False, True, True, False]
    >>> kept_columns(np.array([1, 2, 2]), np.array([5.0, 2.0, 9.0]), 4, 1, 1.0, 2).tolist()
    [True, False, True]
    """
    df = np.asarray(doc_freq, dtype=np.float64)
    high = max_df if isinstance(max_df, int | np.integer) else max_df * n_docs
    low = min_df if isinstance(min_df, int | np.integer) else min_df * n_docs
    keep = (df > 0) & (df >= low) & (df <= high)
    if max_features is not None and int(keep.sum()) > max_features:
        cols = np.flatnonzero(keep)
        top = cols[np.lexsort((cols, -np.asarray(totals, dtype=np.float64)[cols]))[:max_features]]
        keep = np.zeros_like(keep)
        keep[top] = True
    return keep


def weigh_counts(counts: Any, idf: np.ndarray, sublinear_tf: bool = True) -> sp.csr_matrix:
    """TF-IDF rows from raw term counts, as ``TfidfVectorizer`` weighs them.

    ``1 + log(tf)`` where ``sublinear_tf`` (scikit-learn's sublinear tf), times ``idf`` (zero
    on dropped columns), each row L2-normalised.

    Example
    -------
    >>> weigh_counts(sp.csr_matrix([[1.0, 4.0]]), np.array([1.0, 0.0])).toarray().tolist()
    [[1.0, 0.0]]
    """
    X = sp.csr_matrix(counts, dtype=np.float64, copy=True)
    if sublinear_tf:
        np.log(X.data, out=X.data)
        X.data += 1.0
    X = sp.csr_matrix(X @ sp.diags(np.asarray(idf, dtype=np.float64), format="csr"))
    X.eliminate_zeros()
    return normalize(X, copy=False)


def _cluster_sums(shared: Any, k: int) -> Any:
    """Block -> (sum of its rows per nearest centre, rows per centre), centres broadcast."""

    def sums(block: tuple[sp.csr_matrix, np.ndarray]) -> tuple[sp.csr_matrix, np.ndarray]:
        labels, _, block_sums = label_chunk(block[0], shared.value)
        return block_sums, np.bincount(labels, minlength=k)

    return sums


class SparkThemeModel(HashedThemeEngine):
    """Guided theme clustering with Spark MLlib, weighted and clustered as in memory.

    Features are Spark's (``RegexTokenizer``, ``StopWordsRemover``, ``NGram``, one
    ``HashingTF`` of ``num_features`` columns for words and word pairs alike); the weights are
    scikit-learn's ``TfidfVectorizer``'s, computed per partition: sublinear tf ``1 + log(tf)``,
    the smoothed IDF ``log((1 + n) / (1 + df)) + 1`` from MLlib's document frequencies
    (``IDFModel.docFreq``), the in-memory model's ``min_df``, ``max_df`` and
    ``max_features`` (``"auto"``: :func:`afgresearch.themes.defaults.auto_feature_settings`),
    L2-normalised rows. Lexicon seed vectors hold only columns the corpus keeps. Clusters start
    from the in-memory model's seeded k-means (:func:`afgresearch.themes.seeding.seeded_kmeans`)
    on a sample drawn to the driver (on every text, with ten starts of up to 300 iterations,
    when the sample holds the corpus), then exact k-means (Lloyd) passes run over the
    partitions (``mapPartitions`` sums per cluster) until no centre moves.

    Parameters
    ----------
    lexicons : str, path or mapping, default "default"
    n_clusters : int or None
        None means one per lexicon plus ``n_extra_clusters`` (at most about the square root of
        the distinct texts where the sample holds the corpus, as in memory).
    n_extra_clusters : int, default 2
    num_features : int, default 2**20
        HashingTF width (words and word pairs share it; 2^20 leaves few collisions).
    ngram_range, min_df, max_df, max_features : "auto" or as in ``TfidfVectorizer``
        "auto": the in-memory model's choice for the corpus size.
    sublinear_tf : bool, default True
        Weigh term counts ``1 + log(tf)``, as the in-memory model does.
    max_iter : int or "auto", default "auto"
        Exact k-means passes over the partitions after the seeded start, until no centre
        moves; "auto": none when the sample holds every text (its seeded k-means already ran
        on all of them), else 20.
    text_weight, min_similarity, min_coverage, margin, min_typicality, context_share : float
        Theme assignment, with the in-memory ``ThemeModel``'s meaning and defaults (see
        :func:`afgresearch.themes.assign_from_evidence`).
    vocabulary_sample : int, default 5000
        Texts sampled to map hashed columns back to readable terms (names of clusters that
        no lexicon claims).
    seed_blend, seed_top_fraction : float, default 0.5 and 0.1
        As in the in-memory model, on the sample below.
    sample_size : int, default 5000
        Texts drawn to the driver for the seeded start (all of them, in order, when the corpus
        has no more).
    n_init, init_max_iter : int or "auto"
        Seeded starts and their Lloyd iterations on the sample; "auto": 10 and 300 when the
        sample holds the corpus (the in-memory model's), else 3 and 50.
    master : str or None
        Spark master URL (``local[2]`` by default).
    spark_config : mapping, optional
    random_state : int, default 0
    progress : bool, default False

    Attributes
    ----------
    labels_, themes_, theme_scores_, cluster_names_, cluster_themes_, cluster_centers_,
    theme_names_, lexicon_term_vectors_, n_texts_, pipeline_model_, kmeans_model_,
    text_similarity_, centre_similarity_, cluster_term_weights_, lexicon_indicator_,
    idf_ (zero on dropped columns), feature_settings_, n_lloyd_iter_,
    feature_terms_ (hashed column -> most frequent sampled term)

    Example
    -------
    >>> m = SparkThemeModel(master="local[1]").fit(["refugees at the border"] * 6)  # doctest: +SKIP
    """

    _not_fitted_error = NotFittedScaleError

    def __init__(
        self,
        lexicons: str | Path | Mapping[str, Any] | None = "default",
        n_clusters: int | None = None,
        n_extra_clusters: int = 2,
        num_features: int = 2**20,
        ngram_range: tuple[int, int] | str = "auto",
        min_df: float | int | str = "auto",
        max_df: float | int | str = "auto",
        max_features: int | str | None = "auto",
        sublinear_tf: bool = True,
        max_iter: int | str = "auto",
        text_weight: float = THEME_DEFAULTS["text_weight"],
        min_similarity: float = THEME_DEFAULTS["min_similarity"],
        min_coverage: float = THEME_DEFAULTS["min_coverage"],
        margin: float = THEME_DEFAULTS["margin"],
        min_typicality: float = THEME_DEFAULTS["min_typicality"],
        context_share: float | None = THEME_DEFAULTS["context_share"],
        vocabulary_sample: int = 5000,
        seed_blend: float = 0.5,
        seed_top_fraction: float = 0.1,
        sample_size: int = 5000,
        n_init: int | str = "auto",
        init_max_iter: int | str = "auto",
        master: str | None = None,
        spark_config: Mapping[str, str] | None = None,
        random_state: int | None = 0,
        progress: bool = False,
    ) -> None:
        self.lexicons = lexicons
        self.n_clusters = n_clusters
        self.n_extra_clusters = n_extra_clusters
        self.num_features = num_features
        self.ngram_range = ngram_range
        self.min_df = min_df
        self.max_df = max_df
        self.max_features = max_features
        self.sublinear_tf = sublinear_tf
        self.max_iter = max_iter
        self.text_weight = text_weight
        self.min_similarity = min_similarity
        self.min_coverage = min_coverage
        self.margin = margin
        self.min_typicality = min_typicality
        self.context_share = context_share
        self.vocabulary_sample = vocabulary_sample
        self.seed_blend = seed_blend
        self.seed_top_fraction = seed_top_fraction
        self.sample_size = sample_size
        self.n_init = n_init
        self.init_max_iter = init_max_iter
        self.master = master
        self.spark_config = spark_config
        self.random_state = random_state
        self.progress = progress

    # ----------------------------------------------------------------- features
    def _validate_params(self) -> None:
        for name in ("n_init", "init_max_iter", "max_iter"):
            value = getattr(self, name)
            if value != "auto" and (not isinstance(value, int | np.integer) or value < 0):
                raise ValueError(f"{name} must be 'auto' or a non-negative integer, got {value!r}")
        for name in ("num_features", "sample_size", "vocabulary_sample"):
            value = getattr(self, name)
            if not isinstance(value, int | np.integer) or value < 1:
                raise ValueError(f"{name} must be a positive integer, got {value!r}")
        if self.n_extra_clusters < 0:
            raise ValueError(f"n_extra_clusters must be >= 0, got {self.n_extra_clusters!r}")

    def _resolve_settings(self, n_texts: int) -> dict[str, Any]:
        """``min_df``, ``max_df``, ``ngram_range``, ``max_features``, "auto" resolved as in memory."""
        names = ("min_df", "max_df", "ngram_range", "max_features")
        settings = resolve_feature_settings({n: getattr(self, n) for n in names}, n_texts)
        lo, hi = (int(v) for v in settings["ngram_range"])
        if not 1 <= lo <= hi:
            raise ValueError(f"ngram_range must be (lo, hi) with 1 <= lo <= hi, got {(lo, hi)}")
        settings["ngram_range"] = (lo, hi)
        # document-frequency bounds must stay consistent on tiny corpora (as in memory)
        max_df, min_df = settings["max_df"], settings["min_df"]
        if isinstance(max_df, float) and isinstance(min_df, int) and max_df * n_texts < min_df:
            settings["max_df"] = 1.0
        return settings

    def _pipeline(self, ngram_range: tuple[int, int]) -> Any:
        """Tokens -> terms (stop words out) -> word n-grams (``grams``) -> hashed counts ``tf``."""
        from pyspark.ml import Pipeline
        from pyspark.ml.feature import (
            HashingTF,
            NGram,
            RegexTokenizer,
            SQLTransformer,
            StopWordsRemover,
        )

        lo, hi = ngram_range
        stages: list[Any] = [
            RegexTokenizer(
                inputCol="text", outputCol="tokens", pattern=SPARK_TOKEN_PATTERN, gaps=False
            ),
            StopWordsRemover(
                inputCol="tokens", outputCol="terms", stopWords=sorted(ENGLISH_STOP_WORDS)
            ),
        ]
        orders = []
        for n in range(lo, hi + 1):
            if n == 1:
                orders.append("terms")
            else:
                stages.append(NGram(n=n, inputCol="terms", outputCol=f"grams{n}"))
                orders.append(f"grams{n}")
        stages += [
            SQLTransformer(
                statement=f"SELECT *, concat({', '.join(orders)}) AS grams FROM __THIS__"
            ),
            HashingTF(inputCol="grams", outputCol="tf", numFeatures=self.num_features),
        ]
        return Pipeline(stages=stages)

    def _analyzer(self) -> Any:
        """scikit-learn analyzer producing this pipeline's terms (words, word n-grams)."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(
            ngram_range=self.feature_settings_["ngram_range"],
            stop_words="english",
            token_pattern=TOKEN_PATTERN,
        ).build_analyzer()

    def _column(self, term: str) -> int:
        return spark_hash_index(term, self.num_features)

    def _evidence_column(self) -> Any:
        """Distinct lexicon features per theme among each text's own grams (weak ones count less).

        Matched on the grams themselves (``array_intersect``), not on hashed columns, so
        collisions in ``HashingTF`` cannot invent lexicon evidence.
        """
        from pyspark.sql import functions as F

        counts = []
        for by_weight in self.lexicon_features_:
            expr = F.lit(0.0)
            for weight, feats in by_weight.items():
                found = F.size(F.array_intersect(F.col("grams"), F.array(*map(F.lit, feats))))
                expr = expr + F.lit(float(weight)) * found
            counts.append(expr.cast("double"))
        return F.array(*counts).alias("lexicon") if counts else F.array().alias("lexicon")

    def _chunks(self, frame: Any, counted: Any = None) -> Any:
        """RDD of (TF-IDF rows, lexicon evidence) blocks, in input order, one or more per partition.

        ``counted``: ``frame`` already through the fitted pipeline.
        """
        counted = self.pipeline_model_.transform(frame) if counted is None else counted
        rows = counted.select("tf", self._evidence_column())
        idf = rows.sparkSession.sparkContext.broadcast(self.idf_)
        sublinear, n_themes, block = self.sublinear_tf, len(self.theme_names_), _BLOCK_ROWS

        def weigh(part: Iterable[Any]) -> Iterable[tuple[sp.csr_matrix, np.ndarray]]:
            it = iter(part)
            while batch := list(islice(it, block)):
                counts = _stack_sparse([r[0] for r in batch])
                evidence = np.asarray([r[1] for r in batch], dtype=np.float64)
                yield weigh_counts(counts, idf.value, sublinear), evidence.reshape(-1, n_themes)

        return rows.rdd.mapPartitions(weigh)

    # ---------------------------------------------------------------------- fit
    def _fit_clusters(self, X: Any) -> None:
        """Fit on texts, chunks of texts, or a Spark DataFrame with a ``text`` column."""
        from pyspark.ml.feature import IDF

        self._validate_params()
        lex = resolve_lexicons(self.lexicons)
        self.theme_names_ = list(lex)
        k = len(lex) + self.n_extra_clusters if self.n_clusters is None else int(self.n_clusters)
        if k < max(1, len(lex)):
            raise ValueError(f"n_clusters={k} is fewer than the {len(lex)} lexicon themes")
        spark = get_spark(self.master, config=self.spark_config, progress=self.progress)
        frame = _to_spark_frame(spark, X).cache()
        n = frame.count()
        if n == 0:
            raise TextInputError("no texts to fit: the input was empty")
        self.n_texts_ = n
        self.feature_settings_ = settings = self._resolve_settings(n)
        self.pipeline_model_ = self._pipeline(settings["ngram_range"]).fit(frame)
        counted = self.pipeline_model_.transform(frame).select("grams", "tf").cache()

        # document frequencies from MLlib (its own IDF formula lacks scikit-learn's + 1)
        idf_model = IDF(inputCol="tf", outputCol="idf").fit(counted)
        df = np.asarray(idf_model.docFreq, dtype=np.float64)
        totals = None
        if settings["max_features"] is not None:
            from pyspark.ml.stat import Summarizer

            row = counted.select(Summarizer.sum(counted.tf).alias("sum")).first()
            totals = np.asarray(row["sum"].toArray(), dtype=np.float64)
        keep = kept_columns(
            df, totals, n, settings["min_df"], settings["max_df"], settings["max_features"]
        )
        if not keep.any():  # as in memory: fall back to every term before giving up
            keep = df > 0
        if not keep.any():
            raise TextInputError(f"no usable words in the {n} texts (all empty or stop words)")
        self.doc_freq_ = df
        self.idf_ = np.where(keep, smoothed_idf(df, n), 0.0)

        self.lexicon_term_vectors_ = self._seed_vectors(lex, keep)
        self._vocabulary(frame, keep)
        chunks = self._chunks(frame, counted).cache()
        self._fit_kmeans(chunks, k)
        self._label_pass(chunks)
        chunks.unpersist()
        counted.unpersist()
        frame.unpersist()

    def _seed_vectors(self, lex: dict[str, list[str]], keep: np.ndarray) -> np.ndarray:
        """Lexicon vectors (IDF-weighted, as in the in-memory model) on the kept columns.

        As the in-memory vocabulary holds only the terms the corpus keeps, a lexicon feature
        counts (as a seed column and as a text's evidence) only where its column is kept.
        """
        analyzer = self._analyzer()
        width = self.num_features
        self.weak_terms_ = weak = resolve_weak_terms(self.lexicons)
        features = lexicon_features(lex, analyzer, weak=weak)
        for name, feats in zip(lex, features, strict=True):
            if not feats:
                raise LexiconError(
                    f"lexicon {name!r} has no term left after tokenisation and stop words"
                )
        vocabulary = HashedVocabulary(self._column)
        indicator = lexicon_indicator(lex, vocabulary, width, analyzer=analyzer, weak=weak)
        self.lexicon_indicator_ = sp.csr_matrix(indicator @ sp.diags(keep.astype(np.float64)))
        self.lexicon_indicator_.eliminate_zeros()
        # the features each theme's terms stand for, grouped by weight: {weight: [features]}
        self.lexicon_features_ = [
            {
                w: sorted(f for f, fw in feats.items() if fw == w and keep[self._column(f)])
                for w in sorted(set(feats.values()), reverse=True)
            }
            for feats in features
        ]
        if not lex:
            return np.zeros((0, width))
        return lexicon_term_vectors(self.lexicon_indicator_, self.idf_)

    def _vocabulary(self, frame: Any, keep: np.ndarray) -> None:
        """Readable terms: the most frequent term seen at each kept column of a sample of texts."""
        analyzer = self._analyzer()
        n = self.n_texts_
        if n <= self.vocabulary_sample:
            rows = frame.collect()
        else:
            fraction = min(1.0, 2.0 * self.vocabulary_sample / n)
            rows = (
                frame.sample(False, fraction, self._sample_seed())
                .limit(self.vocabulary_sample)
                .collect()
            )
        counts: Counter[str] = Counter()
        for row in rows:
            counts.update(analyzer(row.text or ""))
        best: dict[int, tuple[int, str]] = {}
        for term, c in counts.items():
            j = self._column(term)
            if not keep[j]:
                continue
            cur = best.get(j)
            if cur is None or c > cur[0] or (c == cur[0] and term < cur[1]):
                best[j] = (c, term)
        self.feature_terms_ = {j: t for j, (_, t) in sorted(best.items())}

    def _sample_seed(self) -> int:
        """Seed of Spark's samples, drawn without advancing the seeded start's generator."""
        return int(copy.deepcopy(check_random_state(self.random_state)).randint(2**31 - 1))

    def _fit_kmeans(self, chunks: Any, k: int) -> None:
        """Seeded start on the driver-side sample, then exact k-means passes in Spark."""
        from pyspark.mllib.clustering import KMeansModel

        n = self.n_texts_
        whole = n <= self.sample_size
        if whole:  # the sample is the corpus: every text, in input order
            pool = sp.vstack([c for c, _ in chunks.collect()], format="csr")
        else:
            rows = chunks.flatMap(lambda c: [c[0][i] for i in range(c[0].shape[0])])
            pool = sp.vstack(rows.takeSample(False, self.sample_size, self._sample_seed()))
            pool = sp.csr_matrix(pool)
        if whole and self.n_clusters is None:
            # automatic k, as in memory: about the square root of the distinct texts at most
            n_unique = _distinct_rows(pool)
            wanted = min(k, max(len(self.theme_names_), int(np.ceil(np.sqrt(n_unique)))))
            k = max(1, min(wanted, n_unique, n))
        self.n_clusters_ = k
        self.n_init_, self.init_max_iter_, self.max_iter_ = (
            (10 if whole else 3) if self.n_init == "auto" else int(self.n_init),
            (300 if whole else 50) if self.init_max_iter == "auto" else int(self.init_max_iter),
            (0 if whole else 20) if self.max_iter == "auto" else int(self.max_iter),
        )
        centres = refined_start(
            pool,
            self.lexicon_term_vectors_,
            k,
            check_random_state(self.random_state),
            self.seed_blend,
            self.seed_top_fraction,
            self.n_init_,
            self.init_max_iter_,
        )
        self.cluster_centers_ = self._lloyd_passes(chunks, centres)
        self.kmeans_model_ = KMeansModel([np.asarray(c) for c in self.cluster_centers_])

    def _lloyd_passes(self, chunks: Any, centres: np.ndarray) -> np.ndarray:
        """Exact k-means updates: per-partition sums and sizes per cluster, added on the driver."""
        centres = np.array(centres, dtype=np.float64, copy=True)
        k = centres.shape[0]
        sc = chunks.context
        self.n_lloyd_iter_ = 0
        for _ in range(self.max_iter_):
            shared = sc.broadcast(centres)
            parts = chunks.map(_cluster_sums(shared, k)).collect()
            shared.unpersist()
            total = np.zeros_like(centres)
            sizes = np.zeros(k)
            for block_sums, block_sizes in parts:
                total += block_sums.toarray()
                sizes += block_sizes
            moved = np.where(sizes[:, None] > 0, total / np.maximum(sizes, 1.0)[:, None], centres)
            shift = float(((moved - centres) ** 2).sum())
            centres = moved
            self.n_lloyd_iter_ += 1
            if shift <= 1e-12:
                break
        return centres

    def _partition_stats(self, chunks: Any) -> list[tuple[Any, ...]]:
        """Per block: labels, centre similarities, lexicon evidence and term sums per cluster."""
        shared = chunks.context.broadcast(self.cluster_centers_)

        def stats(block: tuple[sp.csr_matrix, np.ndarray]) -> tuple[Any, ...]:
            labels, sims, sums = label_chunk(block[0], shared.value)
            return labels, sims, block[1], sums

        out = chunks.map(stats).collect()
        shared.unpersist()
        return out

    def _label_pass(self, chunks: Any) -> None:
        parts = self._partition_stats(chunks)
        k, width = self.cluster_centers_.shape
        self.labels_ = np.concatenate([p[0] for p in parts]).astype(np.int64)
        self.centre_similarity_ = np.concatenate([p[1] for p in parts])
        self.text_similarity_ = np.vstack([p[2] for p in parts])
        sums = np.zeros((k, width))
        for p in parts:
            sums += p[3].toarray()
        sizes = np.bincount(self.labels_, minlength=k).astype(float)
        self.cluster_term_weights_ = sums / np.maximum(sizes, 1.0)[:, None]

    # ------------------------------------------------------------ new texts
    def _new_chunks(self, X: Any) -> Any:
        spark = get_spark(self.master, config=self.spark_config, progress=self.progress)
        return self._chunks(_to_spark_frame(spark, X))

    def _evidence(self, X: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        parts = self._partition_stats(self._new_chunks(X))
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros((0, len(self.theme_names_))), np.zeros(0)
        return (
            np.concatenate([p[0] for p in parts]).astype(np.int64),
            np.vstack([p[2] for p in parts]),
            np.concatenate([p[1] for p in parts]),
        )

    def features(self, X: Any) -> Any:
        """Rows of ``X`` (texts, chunks or a Spark DataFrame) in the clustering space (TF-IDF),
        collected to the driver as one SciPy CSR matrix."""
        self._check_fitted()
        blocks = [c for c, _ in self._new_chunks(X).collect()]
        if not blocks:
            return sp.csr_matrix((0, self.num_features))
        return sp.vstack(blocks, format="csr")

    def transform(self, X: Any) -> np.ndarray:
        """Euclidean distance of each text to every cluster centre (n_texts x n_clusters)."""
        return centre_distances(self.features(X), self.cluster_centers_)


# --------------------------------------------------------------------- extraction
_SPARK_TYPES = {"string": "string", "int64": "bigint", "float64": "double", "bool": "boolean"}


def _ddl(columns: Mapping[str, str]) -> str:
    return ", ".join(f"`{c}` {_SPARK_TYPES.get(t, 'string')}" for c, t in columns.items())


def extract_on_spark(paragraphs: Any, kind: str = "claims", spark: Any = None) -> Any:
    """Run claim or actor-mention extraction per partition of a paragraphs table.

    Parameters
    ----------
    paragraphs : pandas.DataFrame or Spark DataFrame
        With the ``paragraphs`` columns of :mod:`afgresearch.schema`.
    kind : {"claims", "mentions"}
        ``claims`` calls :func:`afgresearch.extract.extract_claims`, ``mentions`` calls
        :func:`afgresearch.extract.extract_mentions`, on each partition. Claims repeated
        across partitions are not linked (``repeat_of`` is computed within a partition).
    spark : SparkSession, optional
        Defaults to :func:`get_spark`.

    Returns
    -------
    Spark DataFrame with the columns of the ``claims`` or ``mentions`` table.

    Example
    -------
    >>> extract_on_spark(paragraphs_df, "claims").toPandas()  # doctest: +SKIP
    """
    from afgresearch import schema

    funcs = {
        "claims": ("extract_claims", schema.CLAIM_COLUMNS),
        "mentions": ("extract_mentions", schema.MENTION_COLUMNS),
    }
    if kind not in funcs:
        raise ValueError(f"unknown extraction {kind!r}; choose one of: {', '.join(funcs)}")
    func_name, columns = funcs[kind]
    spark = spark or get_spark()
    from pyspark.sql import DataFrame as SparkDataFrame

    if not isinstance(paragraphs, SparkDataFrame):
        if not isinstance(paragraphs, pd.DataFrame):
            raise TextInputError("paragraphs must be a pandas or Spark DataFrame")
        frame = schema.conform(paragraphs, schema.PARAGRAPH_COLUMNS)[list(schema.PARAGRAPH_COLUMNS)]
        paragraphs = spark.createDataFrame(frame.astype(object).where(frame.notna(), None))

    def run(batches: Iterable[pd.DataFrame]) -> Iterable[pd.DataFrame]:
        import afgresearch.extract as extract
        from afgresearch import schema as sch

        func = getattr(extract, func_name)
        for batch in batches:
            out = sch.conform(func(batch), columns)[list(columns)]
            yield out

    return paragraphs.mapInPandas(run, schema=_ddl(columns))
