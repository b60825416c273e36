"""The theme model and per-paragraph extraction on Apache Spark (local mode or a cluster).

Features are Spark MLlib's own: ``RegexTokenizer`` -> ``StopWordsRemover`` (scikit-learn's
English list, as in the other engines) -> ``HashingTF`` -> ``IDF`` -> ``Normalizer``; clusters
come from MLlib's distributed k-means started from an initial model whose first centres are
the theme lexicons passed through the same fitted feature pipeline, and whose extra centres are
drawn k-means++ style from a seeded sample of the corpus. (``initialModel`` replaces
k-means||; with no lexicons at all the extra centres come from the same sampled draw.)
Cluster names, paragraph themes and the theme tables come from the theme-engine base
(:class:`afgresearch.themes.ThemeEngine`, via :class:`afgresearch.scale.theming.HashedThemeEngine`):
lexicon terms are matched on each paragraph's tokens, clusters unmatched by any lexicon are named
by their top terms.
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
from afgresearch.scale.theming import (
    THEME_DEFAULTS,
    HashedThemeEngine,
    centre_distances,
    label_chunk,
    lexicon_features,
    refined_start,
)
from afgresearch.themes.model import TOKEN_PATTERN
from afgresearch.themes.seeding import lexicon_indicator, lexicon_term_vectors

# Java regex twin of TOKEN_PATTERN (two or more word characters, at least one a letter)
SPARK_TOKEN_PATTERN = r"\b(?=\w*[^\W\d_])\w\w+\b"

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
    n_init : int, default 3
        Seeded starts drawn on the sample and refined there by Lloyd's k-means; the one with the
        lowest inertia becomes MLlib's initial model.
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


class SparkThemeModel(HashedThemeEngine):
    """Guided theme clustering with Spark MLlib (HashingTF + IDF + seeded k-means).

    Parameters
    ----------
    lexicons : str, path or mapping, default "default"
    n_clusters : int or None
        None means one per lexicon plus ``n_extra_clusters``.
    n_extra_clusters : int, default 2
    num_features : int, default 2**16
        HashingTF width (per n-gram order).
    bigrams : bool, default True
        Add hashed word pairs (after stop-word removal), like ``ngram_range=(1, 2)``.
    max_iter : int, default 20
        k-means iterations.
    text_weight, min_similarity, min_coverage, margin, min_typicality, context_share : float
        Theme assignment, with the in-memory ``ThemeModel``'s meaning and defaults (see
        :func:`afgresearch.themes.assign_from_evidence`).
    vocabulary_sample : int, default 5000
        Texts sampled to map hashed columns back to readable terms (names of clusters that
        no lexicon claims).
    seed_blend, seed_top_fraction : float, default 0.5 and 0.1
        As in the in-memory model, on the sample below.
    sample_size : int, default 5000
        Texts sampled to draw the extra initial centres.
    n_init : int, default 3
        Seeded starts drawn on the sample and refined there by Lloyd's k-means; the one with the
        lowest inertia becomes MLlib's initial model.
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
        num_features: int = 2**16,
        bigrams: bool = True,
        max_iter: int = 20,
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
        n_init: int = 3,
        master: str | None = None,
        spark_config: Mapping[str, str] | None = None,
        random_state: int | None = 0,
        progress: bool = False,
    ) -> None:
        self.lexicons = lexicons
        self.n_clusters = n_clusters
        self.n_extra_clusters = n_extra_clusters
        self.num_features = num_features
        self.bigrams = bigrams
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
        self.master = master
        self.spark_config = spark_config
        self.random_state = random_state
        self.progress = progress

    def _pipeline(self) -> Any:
        from pyspark.ml import Pipeline
        from pyspark.ml.feature import (
            IDF,
            HashingTF,
            NGram,
            Normalizer,
            RegexTokenizer,
            StopWordsRemover,
            VectorAssembler,
        )

        stages = [
            RegexTokenizer(
                inputCol="text", outputCol="tokens", pattern=SPARK_TOKEN_PATTERN, gaps=False
            ),
            StopWordsRemover(
                inputCol="tokens", outputCol="terms", stopWords=sorted(ENGLISH_STOP_WORDS)
            ),
            HashingTF(inputCol="terms", outputCol="tf1", numFeatures=self.num_features),
        ]
        if self.bigrams:
            stages += [
                NGram(n=2, inputCol="terms", outputCol="pairs"),
                HashingTF(inputCol="pairs", outputCol="tf2", numFeatures=self.num_features),
                VectorAssembler(inputCols=["tf1", "tf2"], outputCol="tf"),
            ]
        else:
            stages[-1].setOutputCol("tf")
        stages += [
            IDF(inputCol="tf", outputCol="tfidf"),
            Normalizer(inputCol="tfidf", outputCol="features", p=2.0),
        ]
        return Pipeline(stages=stages)

    def _fit_clusters(self, X: Any) -> None:
        """Fit on texts, chunks of texts, or a Spark DataFrame with a ``text`` column."""
        from pyspark.mllib.clustering import KMeans, KMeansModel
        from pyspark.mllib.linalg import Vectors as MLlibVectors

        lex = resolve_lexicons(self.lexicons)
        self.theme_names_ = list(lex)
        k = len(lex) + self.n_extra_clusters if self.n_clusters is None else int(self.n_clusters)
        if k < max(1, len(lex)):
            raise ValueError(f"n_clusters={k} is fewer than the {len(lex)} lexicon themes")
        spark = get_spark(self.master, config=self.spark_config, progress=self.progress)
        frame = _to_spark_frame(spark, X)
        self.pipeline_model_ = self._pipeline().fit(frame)
        features = self.pipeline_model_.transform(frame).select("features")
        vectors = features.rdd.map(lambda row: MLlibVectors.fromML(row.features)).cache()
        self.n_texts_ = vectors.count()
        logger.debug("features ready for %d texts", self.n_texts_)

        rng = check_random_state(self.random_state)
        seed = int(rng.randint(2**31 - 1))
        seeds = self._seed_vectors(spark, lex, frame, seed)
        self.lexicon_term_vectors_ = seeds
        sample = vectors.takeSample(False, min(self.sample_size, self.n_texts_), seed)
        pool = _stack_sparse(sample)
        centers = refined_start(
            pool, seeds, k, rng, self.seed_blend, self.seed_top_fraction, self.n_init
        )
        initial = KMeansModel([np.asarray(c, dtype=float) for c in centers])
        self.kmeans_model_ = KMeans.train(
            vectors, k, maxIterations=self.max_iter, seed=seed, initialModel=initial
        )
        self.cluster_centers_ = np.vstack(
            [np.asarray(c) for c in self.kmeans_model_.clusterCenters]
        )
        vectors.unpersist()
        self._label_pass(self._evidence_rdd(frame))

    def _analyzer(self) -> Any:
        """scikit-learn analyzer producing this pipeline's terms (unigrams, word pairs)."""
        from sklearn.feature_extraction.text import HashingVectorizer

        return HashingVectorizer(
            ngram_range=(1, 2 if self.bigrams else 1),
            stop_words="english",
            token_pattern=TOKEN_PATTERN,
        ).build_analyzer()

    def _columns(self, spark: Any, terms: list[str]) -> dict[str, int]:
        """Column of each unigram or word pair in the assembled feature vector."""
        if not terms:
            return {}
        frame = spark.createDataFrame(pd.DataFrame({"text": terms}))
        out = self.pipeline_model_.transform(frame)
        cols = ["text", "tf1", "tf2"] if self.bigrams else ["text", "tf"]
        mapping: dict[str, int] = {}
        for row in out.select(*cols).collect():
            pair = " " in row.text
            vec = (row.tf2 if pair else row.tf1) if self.bigrams else row.tf
            if pair and not self.bigrams:
                continue
            idx = vec.indices
            if len(idx) == 1:
                mapping[row.text] = int(idx[0]) + (self.num_features if pair else 0)
        return mapping

    def _seed_vectors(
        self, spark: Any, lex: dict[str, list[str]], frame: Any, seed: int
    ) -> np.ndarray:
        """Lexicon vectors (IDF-weighted, as in the in-memory model) and readable columns."""
        from collections import Counter

        analyzer = self._analyzer()
        width = self.num_features * (2 if self.bigrams else 1)
        # readable terms: the most frequent term seen at each column of a sample of texts
        fraction = min(1.0, 2.0 * self.vocabulary_sample / max(self.n_texts_, 1))
        sample = [
            r.text or ""
            for r in frame.sample(False, fraction, seed).limit(self.vocabulary_sample).collect()
        ]
        counts: Counter[str] = Counter()
        for text in sample:
            counts.update(analyzer(text))
        lexicon_terms = sorted({g for terms in lex.values() for t in terms for g in analyzer(t)})
        vocabulary = self._columns(spark, sorted(set(counts) | set(lexicon_terms)))
        best: dict[int, tuple[int, str]] = {}
        for term, c in counts.items():
            j = vocabulary.get(term)
            if j is None:
                continue
            cur = best.get(j)
            if cur is None or c > cur[0] or (c == cur[0] and term < cur[1]):
                best[j] = (c, term)
        self.feature_terms_ = {j: t for j, (_, t) in sorted(best.items())}
        self.weak_terms_ = weak = resolve_weak_terms(self.lexicons)
        self.lexicon_indicator_ = lexicon_indicator(
            lex, vocabulary, width, analyzer=analyzer, weak=weak
        )
        # the features each theme's terms stand for (longest n-grams, as lexicon_indicator),
        # grouped by weight: {weight: (unigrams, bigrams)}
        self.lexicon_features_ = [
            {
                w: (
                    sorted(f for f, fw in feats.items() if fw == w and " " not in f),
                    sorted(f for f, fw in feats.items() if fw == w and " " in f),
                )
                for w in sorted(set(feats.values()), reverse=True)
            }
            for feats in lexicon_features(lex, analyzer, weak=weak)
        ]
        if not lex:
            return np.zeros((0, width))
        idf = np.asarray(self.pipeline_model_.stages[-2].idf.toArray(), dtype=float)
        seeds = lexicon_term_vectors(self.lexicon_indicator_, idf)
        for name, row in zip(lex, seeds, strict=True):
            if not row.any():
                raise LexiconError(
                    f"lexicon {name!r} has no term left after tokenisation and stop words"
                )
        return seeds

    def _evidence_rdd(self, frame: Any) -> Any:
        """RDD of (feature vector, distinct lexicon features per theme), in input order.

        Lexicon terms are matched on the tokens themselves (``array_intersect``), not on hashed
        columns, so collisions in ``HashingTF`` cannot invent lexicon evidence.
        """
        from pyspark.mllib.linalg import Vectors as MLlibVectors
        from pyspark.sql import functions as F

        def matched(column: str, features: list[str]) -> Any:
            if not features:
                return F.lit(0)
            return F.size(F.array_intersect(F.col(column), F.array(*map(F.lit, features))))

        counts = []
        for by_weight in self.lexicon_features_:
            expr = F.lit(0.0)
            for weight, (unigrams, pairs) in by_weight.items():
                found = matched("terms", unigrams)
                if self.bigrams:
                    found = found + matched("pairs", pairs)
                expr = expr + F.lit(float(weight)) * found
            counts.append(expr.cast("double"))
        out = self.pipeline_model_.transform(frame).select(
            "features", F.array(*counts).alias("lexicon") if counts else F.array().alias("lexicon")
        )
        return out.rdd.map(lambda row: (MLlibVectors.fromML(row.features), list(row.lexicon)))

    def _partition_stats(self, vectors: Any) -> list[tuple[Any, ...]]:
        """Per partition: labels, centre similarities, lexicon counts and term sums per cluster."""
        centers = self.cluster_centers_
        n_themes = len(self.theme_names_)

        def stats(part: Iterable[Any]) -> Iterable[tuple[Any, ...]]:
            rows = list(part)
            if not rows:
                return []
            X = _stack_sparse([r[0] for r in rows])
            counts = np.asarray([r[1] for r in rows], dtype=float).reshape(len(rows), n_themes)
            labels, sims, sums = label_chunk(X, centers)
            return [(labels, sims, counts, sums)]

        return vectors.mapPartitions(stats).collect()

    def _label_pass(self, vectors: Any) -> None:
        parts = self._partition_stats(vectors)
        k, width = self.cluster_centers_.shape
        self.labels_ = np.concatenate([p[0] for p in parts]).astype(np.int64)
        self.centre_similarity_ = np.concatenate([p[1] for p in parts])
        self.text_similarity_ = np.vstack([p[2] for p in parts])
        sums = np.zeros((k, width))
        for p in parts:
            sums += p[3].toarray()
        sizes = np.bincount(self.labels_, minlength=k).astype(float)
        self.cluster_term_weights_ = sums / np.maximum(sizes, 1.0)[:, None]

    def _evidence(self, X: Any) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        spark = get_spark(self.master, config=self.spark_config, progress=self.progress)
        parts = self._partition_stats(self._evidence_rdd(_to_spark_frame(spark, X)))
        if not parts:
            return np.zeros(0, dtype=np.int64), np.zeros((0, len(self.theme_names_))), np.zeros(0)
        return (
            np.concatenate([p[0] for p in parts]).astype(np.int64),
            np.vstack([p[2] for p in parts]),
            np.concatenate([p[1] for p in parts]),
        )

    def features(self, X: Any) -> Any:
        """Rows of ``X`` (texts, chunks or a Spark DataFrame) in the clustering space, collected
        to the driver as one SciPy CSR matrix."""
        from pyspark.mllib.linalg import Vectors as MLlibVectors

        self._check_fitted()
        spark = get_spark(self.master, config=self.spark_config, progress=self.progress)
        rows = (
            self.pipeline_model_.transform(_to_spark_frame(spark, X))
            .select("features")
            .rdd.map(lambda row: MLlibVectors.fromML(row.features))
            .collect()
        )
        return _stack_sparse(rows)

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
