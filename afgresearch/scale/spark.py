"""The theme model and per-paragraph extraction on Apache Spark (local mode or a cluster).

Features are Spark MLlib's own: ``RegexTokenizer`` -> ``StopWordsRemover`` (scikit-learn's
English list, as in the other engines) -> ``NGram`` -> ``CountVectorizer``, whose vocabulary is
the in-memory engine's (the same ``min_df``, ``max_df``, ``max_features`` and n-gram settings,
terms in alphabetical order). They are weighed as the in-memory ``TfidfVectorizer`` weighs
them, per partition: sublinear tf ``1 + log(tf)``, scikit-learn's smoothed IDF from MLlib's
document frequencies (``IDFModel.docFreq``), L2-normalised rows. Clusters start from the
in-memory model's seeded k-means (lexicon seeds, extra centres k-means++, the best of several
Lloyd runs) on a sample drawn to the driver (the whole corpus, in order, when it has no more
texts than the sample), then exact k-means passes run over the partitions (``mapPartitions``
sums per cluster, added on the driver) until no centre moves. Only the vocabulary, the sample
and per-cluster sums reach the driver, never the corpus (beyond the sample). Given a Parquet
file's text column (:class:`afgresearch.scale.parquet_texts.ParquetTexts`), Spark's tasks read
the texts themselves, a contiguous range of rows each (:func:`parquet_frame`).
Cluster names, paragraph themes and the theme tables come from the theme-engine base
(:class:`afgresearch.themes.ThemeEngine`): lexicon terms are matched on each paragraph's own
terms (``array_intersect``), clusters unmatched by any lexicon are named by their top terms.
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
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import scipy.sparse as sp
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS
from sklearn.utils import check_random_state

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
from afgresearch.scale.parquet_texts import ParquetTexts
from afgresearch.scale.spark_tasks import (
    block_stats,
    cluster_sums,
    range_rows,
    sample_rows,
    slice_rows,
    weigh_blocks,
)
from afgresearch.scale.theming import (
    THEME_DEFAULTS,
    centre_distances,
    lexicon_features,
    refined_start,
)
from afgresearch.themes.defaults import resolve_feature_settings
from afgresearch.themes.engine import ThemeEngine
from afgresearch.themes.model import TOKEN_PATTERN, _distinct_rows
from afgresearch.themes.seeding import lexicon_indicator, lexicon_term_vectors

# Java regex twin of TOKEN_PATTERN (two or more word characters, at least one a letter;
# written with a lookahead, which gives the same tokens as TOKEN_PATTERN's single pass);
# (?U): Unicode word characters, as Python's re (Java's \w is ASCII-only without it)
SPARK_TOKEN_PATTERN = r"(?U)\b(?=\w*[^\W\d_])\w\w+\b"
#: rows per TF-IDF block a partition is cut into
_BLOCK_ROWS = 10_000

logger = logging.getLogger(__name__)

MIN_JAVA = 17
DEFAULT_MASTER = "local[2]"
#: the driver JVM's heap (``spark.driver.memory``) unless ``config`` sets another
DRIVER_MEMORY = "512m"
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
        # the driver's heap (in local mode the executors' too) when this call starts the JVM:
        # what the report holds there is the vocabulary, the caches (spilled to disk past
        # it) and a partition's rows; Spark's default of 1 GB made the JVM the largest process
        .config("spark.driver.memory", DRIVER_MEMORY)
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


def _to_spark_frame(spark: Any, X: Any) -> Any:
    from pyspark.sql import DataFrame as SparkDataFrame

    if isinstance(X, SparkDataFrame):
        if "text" not in X.columns:
            raise TextInputError("Spark DataFrame has no 'text' column")
        return X.select("text").fillna("", subset=["text"])
    if isinstance(X, ParquetTexts):
        return parquet_frame(spark, X)
    texts = [t for chunk in iter_text_chunks(X) for t in chunk]
    if not texts:
        raise TextInputError("no texts to fit: the input was empty")
    return texts_frame(spark, texts)


def contiguous_bounds(n: int, parts: int) -> list[tuple[int, int]]:
    """``(start, stop)`` of ``parts`` contiguous slices of ``n`` rows, of (nearly) equal size:
    the slices ``parallelize`` cuts a list of ``n`` items into.

    Example
    -------
    >>> contiguous_bounds(5, 2)
    [(0, 2), (2, 5)]
    """
    return [(i * n // parts, (i + 1) * n // parts) for i in range(parts)]


def _text_frame(spark: Any, slices: list[Any], rows_of: Any) -> Any:
    """A ``text`` DataFrame over an RDD of one element per partition, ``rows_of`` giving the
    rows of an element."""
    from pyspark.sql.types import StringType, StructField, StructType

    rows = spark.sparkContext.parallelize(slices, len(slices)).flatMap(rows_of)
    schema = StructType([StructField("text", StringType(), True)])
    return spark.createDataFrame(rows, schema, verifySchema=False)


def texts_frame(spark: Any, texts: list[str]) -> Any:
    """A Spark DataFrame with one ``text`` column over an RDD of ``texts``, in order, cut into
    ``defaultParallelism`` contiguous partitions of (nearly) equal size.

    Not ``spark.createDataFrame(pandas_frame)``: below
    ``spark.sql.execution.arrow.localRelationThreshold`` that makes a ``LocalRelation``, the
    rows held in the query plan on the driver, and Catalyst's ``ConvertToLocalRelation`` rule
    then evaluates the feature pipeline (tokens, n-grams, term counts, lexicon evidence) over
    every row at once in the driver's heap when the plan is optimised (``javaToPython``),
    which ran out of Java heap at 100,000 paragraphs. Over an RDD the pipeline runs in tasks,
    a partition at a time. The partitions are those a ``LocalRelation`` is scanned in
    (``parallelize`` of the rows into ``min(rows, defaultParallelism)`` slices), so the
    per-partition samples and sums, and with them the clusters, are unchanged.

    Example
    -------
    >>> frame = texts_frame(get_spark("local[2]"), ["a", "b", "c"])  # doctest: +SKIP
    >>> frame.rdd.glom().map(len).collect()  # doctest: +SKIP
    [1, 2]
    """
    n = len(texts)
    parts = max(1, min(n, int(spark.sparkContext.defaultParallelism)))
    # one element (a slice's texts) per partition: parallelize cuts elements, not texts
    slices = [texts[start:stop] for start, stop in contiguous_bounds(n, parts)]
    return _text_frame(spark, slices, slice_rows)


def parquet_frame(spark: Any, source: ParquetTexts) -> Any:
    """A Spark DataFrame with one ``text`` column read from a Parquet file by Spark's tasks,
    each partition a contiguous range of rows: those :func:`texts_frame` makes of the same
    texts in a list, so the samples, sums and clusters are the same.

    Only the ranges travel from the driver; each task reads its rows itself
    (:meth:`ParquetTexts.rows`), so the texts are never held in the driver's Python process
    (nor in a ``LocalRelation`` on its JVM). Not ``spark.read.parquet``: Spark splits a file
    at row-group and byte boundaries, partitions that would change the results.

    Example
    -------
    >>> frame = parquet_frame(get_spark(), ParquetTexts("tables/paragraphs.parquet"))  # doctest: +SKIP
    >>> frame.rdd.getNumPartitions()  # doctest: +SKIP
    2
    """
    n = len(source)
    parts = max(1, min(n, int(spark.sparkContext.defaultParallelism)))
    return _text_frame(spark, contiguous_bounds(n, parts), range_rows(source))


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


def document_frequency_bounds(min_df: float, max_df: float, n_docs: int) -> tuple[float, float]:
    """``TfidfVectorizer``'s ``min_df`` and ``max_df`` as MLlib ``CountVectorizer`` reads them.

    scikit-learn reads an int as a number of texts and a float as a share of them; MLlib reads
    any value of 1 or more as a number of texts and a smaller one as a share (so
    ``max_df=1.0``, every text in scikit-learn, is one text in MLlib). Both bounds are turned
    into the same number of texts, written the way MLlib reads it.

    Example
    -------
    >>> document_frequency_bounds(1, 1.0, 200)
    (1.0, 200.0)
    >>> document_frequency_bounds(0.001, 0.5, 200)
    (0.001, 100.0)
    """

    def count(value: float) -> float:
        return float(value) if isinstance(value, int | np.integer) else float(value) * n_docs

    def as_mllib(texts: float) -> float:
        return texts if texts >= 1.0 else texts / max(n_docs, 1)

    return as_mllib(count(min_df)), as_mllib(count(max_df))


class SparkThemeModel(ThemeEngine):
    """Guided theme clustering with Spark MLlib, weighted and clustered as in memory.

    Features are Spark's (``RegexTokenizer``, ``StopWordsRemover``, ``NGram``, then MLlib's
    ``CountVectorizer``, whose vocabulary is the in-memory one: the same ``min_df``, ``max_df``
    and ``max_features``, ``"auto"`` resolved by
    :func:`afgresearch.themes.defaults.auto_feature_settings`, its terms in alphabetical
    order); the weights are scikit-learn's ``TfidfVectorizer``'s, computed per partition:
    sublinear tf ``1 + log(tf)``, the smoothed IDF ``log((1 + n) / (1 + df)) + 1`` from MLlib's
    document frequencies (``IDFModel.docFreq``), L2-normalised rows. Clusters start from the
    in-memory model's seeded k-means (:func:`afgresearch.themes.seeding.seeded_kmeans`) on a
    sample drawn to the driver (on every text, with ten starts of up to 300 iterations, when the
    sample holds the corpus), then exact k-means (Lloyd) passes run over the partitions
    (``mapPartitions`` sums per cluster) until no centre moves.

    Parameters
    ----------
    lexicons : str, path or mapping, default "default"
    n_clusters : int or None
        None means one per lexicon plus ``n_extra_clusters`` (at most about the square root of
        the distinct texts where the sample holds the corpus, as in memory).
    n_extra_clusters : int, default 2
    ngram_range, min_df, max_df, max_features : "auto" or as in ``TfidfVectorizer``
        "auto": the in-memory model's choice for the corpus size. ``max_features=None`` keeps
        every term the bounds keep (the vocabulary lives on the driver); terms tied in count at
        the ``max_features`` cut are chosen by MLlib, which may differ from scikit-learn.
    sublinear_tf : bool, default True
        Weigh term counts ``1 + log(tf)``, as the in-memory model does.
    max_iter : int or "auto", default "auto"
        Exact k-means passes over the partitions after the seeded start, until no centre
        moves; "auto": none when the sample holds every text (its seeded k-means already ran
        on all of them), else 20.
    text_weight, min_similarity, min_coverage, margin, min_typicality, context_share : float
        Theme assignment, with the in-memory ``ThemeModel``'s meaning and defaults (see
        :func:`afgresearch.themes.assign_from_evidence`).
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
    vocabulary_ (term -> column), idf_, feature_settings_, n_clusters_, n_lloyd_iter_

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
        if not isinstance(self.sample_size, int | np.integer) or self.sample_size < 1:
            raise ValueError(f"sample_size must be a positive integer, got {self.sample_size!r}")
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
        """Tokens -> terms (stop words out) -> their word n-grams, in one column ``grams``."""
        from pyspark.ml import Pipeline
        from pyspark.ml.feature import NGram, RegexTokenizer, SQLTransformer, StopWordsRemover

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
        stages.append(
            SQLTransformer(
                statement=f"SELECT *, concat({', '.join(orders)}) AS grams FROM __THIS__"
            )
        )
        return Pipeline(stages=stages)

    def _fit_vocabulary(self, grams: Any, settings: dict[str, Any]) -> Any:
        """MLlib ``CountVectorizer`` with the in-memory bounds, its terms sorted alphabetically.

        Where the bounds leave no term, every term is kept (as in memory); where none is left at
        all, :class:`TextInputError`.
        """
        from pyspark.ml.feature import CountVectorizer, CountVectorizerModel

        n = self.n_texts_
        limit = settings["max_features"]
        bounds = [(settings["min_df"], settings["max_df"]), (1, 1.0)]
        for min_df, max_df in bounds:
            low, high = document_frequency_bounds(min_df, max_df, n)
            counter = CountVectorizer(
                inputCol="grams",
                outputCol="tf",
                minDF=low,
                maxDF=high,
                vocabSize=int(limit) if limit is not None else 2**31 - 1,
            )
            try:
                vocabulary = sorted(counter.fit(grams).vocabulary)
            except Exception as exc:  # MLlib refuses an empty vocabulary
                if "vocabulary size should be > 0" not in str(exc).lower():
                    raise
                vocabulary = []
            if vocabulary:
                break
        if not vocabulary:
            raise TextInputError(f"no usable words in the {n} texts (all empty or stop words)")
        return CountVectorizerModel.from_vocabulary(vocabulary, inputCol="grams", outputCol="tf")

    def _analyzer(self) -> Any:
        """scikit-learn analyzer producing this pipeline's terms (words, word n-grams)."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        return TfidfVectorizer(
            ngram_range=self.feature_settings_["ngram_range"],
            stop_words="english",
            token_pattern=TOKEN_PATTERN,
        ).build_analyzer()

    def _evidence_column(self) -> Any:
        """Distinct lexicon features per theme among each text's own grams (weak ones count less).

        Only features in the vocabulary count, as in memory (``lexicon_counts`` on the
        vocabulary's columns).
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
        weigh = weigh_blocks(idf, self.sublinear_tf, len(self.theme_names_), _BLOCK_ROWS)
        return rows.rdd.mapPartitions(weigh)

    # ---------------------------------------------------------------------- fit
    def _fit_clusters(self, X: Any) -> None:
        """Fit on texts, chunks of texts, a Spark DataFrame with a ``text`` column, or a
        Parquet file's text column (:class:`ParquetTexts`, read by Spark's tasks)."""
        from pyspark.ml import PipelineModel
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
        grams_model = self._pipeline(settings["ngram_range"]).fit(frame)
        grams = grams_model.transform(frame).select("grams").cache()
        counter = self._fit_vocabulary(grams, settings)
        self.pipeline_model_ = PipelineModel([*grams_model.stages, counter])
        self.vocabulary_ = {term: j for j, term in enumerate(counter.vocabulary)}
        counted = counter.transform(grams).cache()
        grams.unpersist()

        # document frequencies from MLlib (its own IDF formula lacks scikit-learn's + 1)
        idf_model = IDF(inputCol="tf", outputCol="idf").fit(counted)
        self.idf_ = smoothed_idf(idf_model.docFreq, n)
        self.lexicon_term_vectors_ = self._seed_vectors(lex)
        chunks = self._chunks(frame, counted).cache()
        self._fit_kmeans(chunks, k)
        self._label_pass(chunks)
        chunks.unpersist()
        counted.unpersist()
        frame.unpersist()

    def _seed_vectors(self, lex: dict[str, list[str]]) -> np.ndarray:
        """Lexicon vectors (IDF-weighted) over the vocabulary, as the in-memory model builds them.

        A lexicon feature outside the vocabulary counts neither as a seed column nor as a text's
        evidence, as in memory.
        """
        analyzer = self._analyzer()
        width = len(self.vocabulary_)
        self.weak_terms_ = weak = resolve_weak_terms(self.lexicons)
        features = lexicon_features(lex, analyzer, weak=weak)
        for name, feats in zip(lex, features, strict=True):
            if not feats:
                raise LexiconError(
                    f"lexicon {name!r} has no term left after tokenisation and stop words"
                )
        self.lexicon_indicator_ = lexicon_indicator(
            lex, self.vocabulary_, width, analyzer=analyzer, weak=weak
        )
        # the features each theme's terms stand for, grouped by weight: {weight: [features]}
        self.lexicon_features_ = [
            {
                w: sorted(f for f, fw in feats.items() if fw == w and f in self.vocabulary_)
                for w in sorted(set(feats.values()), reverse=True)
            }
            for feats in features
        ]
        if not lex:
            return np.zeros((0, width))
        return lexicon_term_vectors(self.lexicon_indicator_, self.idf_)

    def _term_names(self) -> Any:
        return np.asarray(list(self.vocabulary_), dtype=object)

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
        else:  # about 1.2 x sample_size rows drawn per partition, then sample_size of them
            seed = self._sample_seed()
            picked = chunks.mapPartitionsWithIndex(
                sample_rows(min(1.0, 1.2 * self.sample_size / n), seed)
            ).collect()
            pool = sp.vstack(picked or [chunks.first()[0]], format="csr")
            if pool.shape[0] > self.sample_size:
                rows = np.random.RandomState(seed).choice(
                    pool.shape[0], self.sample_size, replace=False
                )
                pool = pool[np.sort(rows)]
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
            parts = chunks.map(cluster_sums(shared, k)).collect()
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
        out = chunks.map(block_stats(shared)).collect()
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
        """Rows of ``X`` (texts, chunks, :class:`ParquetTexts` or a Spark DataFrame) in the
        clustering space (TF-IDF), collected to the driver as one SciPy CSR matrix."""
        self._check_fitted()
        # a partition's blocks at a time through the driver's JVM, not the whole RDD at once
        blocks = [c for c, _ in self._new_chunks(X).toLocalIterator()]
        if not blocks:
            return sp.csr_matrix((0, len(self.vocabulary_)))
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
