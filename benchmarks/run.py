"""Scale benchmarks: overhead, out-of-core throughput and memory, Spark, theme agreement.

``python benchmarks/run.py`` (``make bench``): out-of-core at 10k, 100k and 1M paragraphs,
overhead on 10k (best of 3), Spark local[1] and local[2], engines compared on 100k paragraphs.
``--quick`` (``make bench QUICK=1``): out-of-core at 100k, overhead on 5k (best of 3), Spark
local[2] only, engines compared on 10k paragraphs (``--compare 100000`` compares on 100k).
Both compare the engines on the seed paragraphs too; Spark starts once per master and fits the
comparison corpus and the seeds in that session. Every figure is measured in the same run; the
last line is ``overhead=.. ooc_peak_mb=.. ooc_vs_memory_ari=.. spark_vs_ooc_ari=..`` followed by
the seeds' and BBC News's engine agreement, the default model's ratio on BBC News and, with
``--report-sizes`` (``make bench REPORT='100000 1000000'``), the whole report's minutes, peak
memory and time-per-paragraph ratio.

Synthetic paragraphs are drawn from the BBC News set and the seed paragraphs, each perturbed
(words dropped, neighbouring words swapped, words borrowed from another paragraph of the same
source) so that no two are copies, and written to Parquet in row groups; the out-of-core fit
streams them back chunk by chunk in a subprocess whose peak resident memory is recorded.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BBC = ROOT.parent / "shared" / "data" / "bbc-news.csv"
SEEDS = ROOT / "seeds"
WORK = ROOT / "benchmarks" / "results"
sys.path.insert(0, str(ROOT / "benchmarks"))
from perturbation import perturb  # noqa: E402  (shared with report_scale.py)

ROW_GROUP = 20_000


# ------------------------------------------------------------------ inputs
def seed_paragraphs() -> list[str]:
    """Seed body paragraphs: ``load_corpus('seeds')`` when available, else blank-line blocks."""
    try:
        from afgresearch import load_corpus

        corpus = load_corpus(str(SEEDS))
        return [str(t) for t in corpus.paragraphs["text"].tolist()]
    except Exception as exc:  # the corpus reader is optional here
        print(f"  (seed paragraphs split on blank lines: load_corpus unavailable: {exc})")
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
            block = " ".join(block.split())
            if len(block.split()) >= 12:
                out.append(block)
    return out


def base_paragraphs() -> list[str]:
    frames = []
    if BBC.is_file():
        bbc = pd.read_csv(BBC)
        for text in bbc["text"].astype(str):
            frames.extend(p.strip() for p in text.split("\n\n")[1:] if len(p.split()) >= 12)
    return frames + seed_paragraphs()


def make_corpus(n: int, path: Path, seed: int = 0) -> Path:
    """Write ``n`` perturbed paragraphs to Parquet (cached by size and seed)."""
    if path.is_file() and pq.ParquetFile(path).metadata.num_rows == n:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    base = [p.split() for p in base_paragraphs()]
    schema = pa.schema(
        [
            ("paragraph_id", pa.string()),
            ("source_file", pa.string()),
            ("line", pa.int64()),
            ("text", pa.string()),
        ]
    )
    tmp = path.with_suffix(".tmp")
    with pq.ParquetWriter(tmp, schema) as writer:
        for start in range(0, n, ROW_GROUP):
            size = min(ROW_GROUP, n - start)
            picks = rng.integers(0, len(base), size)
            donors = rng.integers(0, len(base), size)
            texts = []
            for i, (b, d) in enumerate(zip(picks, donors, strict=True)):
                texts.append(perturb(base[b], base[d], rng, (start + i) % 997))
            ids = [f"p{start + i:08d}" for i in range(size)]
            table = pa.table(
                {
                    "paragraph_id": ids,
                    "source_file": ["synthetic.parquet"] * size,
                    "line": np.arange(start + 1, start + size + 1),
                    "text": texts,
                },
                schema=schema,
            )
            writer.write_table(table)
    tmp.rename(path)
    return path


def stream_texts(path: Path, chunksize: int):
    """Chunks of texts: ``afgresearch.iter_corpus`` when available, else Parquet batches."""
    try:
        from afgresearch import iter_corpus

        for chunk in iter_corpus(str(path), chunksize=chunksize):
            frame = getattr(chunk, "paragraphs", chunk)
            yield frame["text"].tolist()
        return
    except (ImportError, AttributeError):
        pass
    for batch in pq.ParquetFile(path).iter_batches(batch_size=chunksize, columns=["text"]):
        yield batch.column(0).to_pylist()


def read_texts(path: Path, limit: int | None = None) -> list[str]:
    texts = pq.read_table(path, columns=["text"]).column(0).to_pylist()
    return texts[:limit] if limit else texts


def peak_mb() -> float:
    """Peak resident memory of this process in MB.

    ``VmHWM`` belongs to this process image; ``ru_maxrss`` is the fallback (on Linux it carries
    the parent's peak across fork and exec, so it would overstate a worker's).
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# ----------------------------------------------------------------- workers
def worker_ooc(path: Path, out: Path) -> dict:
    from afgresearch.scale import OutOfCoreThemeModel

    base = peak_mb()
    t0 = time.perf_counter()
    model = OutOfCoreThemeModel(random_state=0, chunksize=20_000)
    model.fit(stream_texts(path, 20_000))
    seconds = time.perf_counter() - t0
    np.save(out, model.labels_)
    np.save(out.with_suffix(".themes.npy"), model.themes_.astype(str))
    return {
        "seconds": seconds,
        "peak_mb": peak_mb(),
        "import_peak_mb": base,
        "n": int(model.n_texts_),
    }


def worker_spark(path: Path, out: Path, master: str) -> dict:
    """Fit Spark on the Parquet corpus, then on the seed paragraphs, in one session."""
    from afgresearch.scale.spark import SparkThemeModel, get_spark

    t0 = time.perf_counter()
    spark = get_spark(master)
    frame = spark.read.parquet(str(path)).select("text")
    startup = time.perf_counter() - t0
    t1 = time.perf_counter()
    model = SparkThemeModel(master=master, random_state=0).fit(frame)
    seconds = time.perf_counter() - t1
    np.save(out, model.labels_)
    np.save(out.with_suffix(".themes.npy"), model.themes_.astype(str))
    seeds = SparkThemeModel(master=master, random_state=0).fit(seed_paragraphs())
    np.save(out.with_suffix(".seeds.npy"), seeds.labels_)
    np.save(out.with_suffix(".seeds.themes.npy"), seeds.themes_.astype(str))
    spark.stop()
    return {
        "seconds": seconds,
        "startup_s": startup,
        "n": int(model.n_texts_),
        "names": model.cluster_names_,
    }


def run_worker(
    kind: str, path: Path, tag: str, master: str = ""
) -> tuple[dict, np.ndarray, np.ndarray]:
    out = WORK / f"labels-{tag}.npy"
    cmd = [sys.executable, __file__, "--worker", kind, "--path", str(path), "--out", str(out)]
    if master:
        cmd += ["--master", master]
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} worker failed:\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    return result, np.load(out), np.load(out.with_suffix(".themes.npy"))


# ------------------------------------------------------------- comparisons
def memory_model():
    """The in-memory ThemeModel as the report runs it (TF-IDF, no LSA step), as the others."""
    from afgresearch.scale import make_theme_model

    return make_theme_model("pandas", random_state=0, lsa_components=None)


def overhead(texts: list[str], k: int, repeats: int = 1) -> dict:
    """Seconds of ThemeModel.fit against two scikit-learn pipelines on the same texts.

    ``plain``: TfidfVectorizer + KMeans (the model's vectorizer settings, k, restarts and
    iterations). ``lsa``: the same plus TruncatedSVD to the model's LSA width and L2
    normalisation, i.e. the feature space ThemeModel clusters in. What ThemeModel adds beyond
    ``lsa`` is lexicon seeding (indicator, seed centroids, seeded starts), cluster naming and
    theme assignment; the per-step times below show where the time goes.
    """
    from sklearn.cluster import KMeans
    from sklearn.decomposition import TruncatedSVD
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.preprocessing import normalize

    from afgresearch.themes.defaults import resolve_feature_settings

    model = memory_model()
    params = model.get_params() if model is not None else {}
    # the anchor uses the settings the model resolves from this corpus ("auto" -> values)
    params = resolve_feature_settings(params, len(texts))
    vec_keys = ("ngram_range", "sublinear_tf", "stop_words", "max_df", "min_df", "max_features")
    vec = {key: params[key] for key in vec_keys if key in params}
    vec.setdefault("stop_words", "english")
    km = {"n_init": params.get("n_init", 1), "max_iter": params.get("max_iter", 300)}
    out: dict = {}

    def best(key: str, seconds: float) -> None:
        out[key] = min(out.get(key, float("inf")), seconds)

    for _ in range(max(1, repeats)):
        t0 = time.perf_counter()
        X = TfidfVectorizer(**vec).fit_transform(texts)
        t_tfidf = time.perf_counter() - t0
        t0 = time.perf_counter()
        KMeans(n_clusters=k, random_state=0, **km).fit(X)
        t_sparse = time.perf_counter() - t0
        t0 = time.perf_counter()
        svd = TruncatedSVD(n_components=int(params.get("lsa_components") or 100), random_state=0)
        Z = normalize(svd.fit_transform(X))
        t_svd = time.perf_counter() - t0
        t0 = time.perf_counter()
        KMeans(n_clusters=k, random_state=0, **km).fit(Z)
        t_lsa = time.perf_counter() - t0
        for key, value in (
            ("tfidf", t_tfidf),
            ("kmeans_sparse", t_sparse),
            ("svd", t_svd),
            ("kmeans_lsa", t_lsa),
            ("plain", t_tfidf + t_sparse),
            ("lsa", t_tfidf + t_svd + t_lsa),
        ):
            best(key, value)
        if model is not None:
            t0 = time.perf_counter()
            model.fit(texts)
            best("ours", time.perf_counter() - t0)
    out.setdefault("ours", float("nan"))
    out["ratio"] = out["ours"] / out["plain"]
    out["ratio_lsa"] = out["ours"] / out["lsa"]
    return out


def agreement(a_labels, a_themes, b_labels, b_themes) -> tuple[float, float]:
    from sklearn.metrics import adjusted_rand_score

    return (
        float(adjusted_rand_score(a_labels, b_labels)),
        float(np.mean(np.asarray(a_themes) == np.asarray(b_themes))),
    )


def _thread_limit(threads: int | None) -> AbstractContextManager:
    """BLAS and OpenMP limited to ``threads`` (nothing changed when None)."""
    if threads is None:
        return nullcontext()
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=max(1, threads))


def _threads_note(threads: int | None) -> str:
    return "" if threads is None else f", {threads} thread{'s' if threads > 1 else ''}"


def machine() -> str:
    java = subprocess.run(["java", "-version"], capture_output=True, text=True, check=False)
    try:
        import pyspark

        spark_v = pyspark.__version__
    except ImportError:
        spark_v = "not installed"
    import sklearn

    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    jline = (java.stderr or java.stdout).splitlines()[0] if (java.stderr or java.stdout) else "none"
    return (
        f"nproc={os.cpu_count()} memory={mem:.1f}GiB python={platform.python_version()} "
        f"sklearn={sklearn.__version__} spark={spark_v} java=({jline})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="reduced run (see above)")
    parser.add_argument(
        "--compare",
        type=int,
        default=None,
        help="paragraphs on which the engines are compared (default 100,000; 10,000 with --quick)",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=3,
        help="overhead and BBC News timings: best of N, the pipelines interleaved (default 3)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="overhead and BBC News timings with BLAS and OpenMP limited to N threads, on both "
        "sides alike (default: the libraries' own; 1 keeps a loaded machine's scheduling out of "
        "the ratios)",
    )
    parser.add_argument(
        "--overhead-size",
        type=int,
        default=None,
        help="paragraphs of the overhead comparison (default 10,000; 5,000 with --quick; at "
        "most 100,000)",
    )
    parser.add_argument(
        "--report-sizes",
        type=int,
        nargs="*",
        default=None,
        help="also run the whole report (benchmarks/report_scale.py) on these paragraph counts, "
        "out-of-core engine, and close with its minutes, peak and time-per-paragraph ratio "
        "(make bench REPORT='100000 1000000'; default: none)",
    )
    parser.add_argument("--worker", choices=["ooc", "spark"], help=argparse.SUPPRESS)
    parser.add_argument("--path", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--master", default="local[2]", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker == "ooc":
        print(json.dumps(worker_ooc(args.path, args.out)))
        return 0
    if args.worker == "spark":
        print(json.dumps(worker_spark(args.path, args.out, args.master)))
        return 0

    import warnings

    warnings.filterwarnings("ignore")
    WORK.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()
    print(f"machine: {machine()}")
    print(f"load average (1, 5, 15 min): {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    n_cmp = args.compare or (10_000 if args.quick else 100_000)
    sizes = [100_000] if args.quick else [10_000, 100_000, 1_000_000]
    paths = {}
    for n in sizes:
        t0 = time.perf_counter()
        paths[n] = make_corpus(n, WORK / f"corpus-{n}.parquet")
        print(f"corpus {n:>9,} paragraphs ready in {time.perf_counter() - t0:.1f}s")

    from afgresearch.scale import OutOfCoreThemeModel
    from afgresearch.scale.lexicons import resolve_lexicons

    k = len(resolve_lexicons()) + OutOfCoreThemeModel().n_extra_clusters
    n_over = args.overhead_size or (5_000 if args.quick else 10_000)
    texts_over = read_texts(paths[100_000], n_over)
    repeats = max(1, args.repeats)
    with _thread_limit(args.threads):
        ov = overhead(texts_over, k, repeats)
    ratio = ov["ratio"]
    print(
        f"\n[overhead] {n_over:,} paragraphs, k={k}, same vectorizer settings and restarts, "
        f"best of {repeats}{_threads_note(args.threads)}\n"
        f"  sklearn TF-IDF + KMeans        {ov['plain']:6.2f}s "
        f"(tfidf {ov['tfidf']:.2f}s, kmeans on sparse tfidf {ov['kmeans_sparse']:.2f}s)\n"
        f"  sklearn TF-IDF + LSA + KMeans  {ov['lsa']:6.2f}s "
        f"(svd {ov['svd']:.2f}s, kmeans on LSA {ov['kmeans_lsa']:.2f}s)\n"
        f"  ThemeModel                     {ov['ours']:6.2f}s  -> "
        f"{ov['ratio']:.2f}x vs TF-IDF+KMeans (target <= 1.3x), "
        f"{ov['ratio_lsa']:.2f}x vs TF-IDF+LSA+KMeans"
    )

    print("\n[out-of-core] fit in a subprocess, streamed from Parquet")
    ooc = {}
    for n in sizes:
        res, labels, themes = run_worker("ooc", paths[n], f"ooc-{n}")
        ooc[n] = (res, labels, themes)
        print(
            f"  {n:>9,} paragraphs: {res['seconds']:7.1f}s  {n / res['seconds']:9,.0f} para/s  "
            f"peak {res['peak_mb']:7.0f} MB (after imports {res['import_peak_mb']:.0f} MB)"
        )
    if n_cmp not in ooc:
        # the first rows of every corpus file are the same paragraphs (same seed, same draws)
        paths[n_cmp] = make_corpus(n_cmp, WORK / f"corpus-{n_cmp}.parquet")
        ooc[n_cmp] = run_worker("ooc", paths[n_cmp], f"ooc-{n_cmp}")
        print(f"  {n_cmp:>9,} paragraphs: {ooc[n_cmp][0]['seconds']:7.1f}s (comparison corpus)")
    res_cmp, ooc_labels, ooc_themes = ooc[n_cmp]

    print(f"\n[consistency] {n_cmp:,} paragraphs (ARI: clusters; agreement: share of same theme)")
    mem = memory_model()
    ooc_mem_ari = float("nan")
    mem_labels = mem_themes = None
    if mem is not None:
        t0 = time.perf_counter()
        mem.fit(read_texts(paths[n_cmp]))
        mem_s = time.perf_counter() - t0
        mem_labels, mem_themes = mem.labels_, mem.themes_
        ooc_mem_ari, agree = agreement(mem_labels, mem_themes, ooc_labels, ooc_themes)
        print(
            f"  in-memory fit {mem_s:.1f}s; ooc vs in-memory ARI {ooc_mem_ari:.3f}, "
            f"theme agreement {agree:.3f}"
        )
    masters = ["local[2]"] if args.quick else ["local[1]", "local[2]"]
    spark_ari = float("nan")
    spark_seeds = None
    for master in masters:
        tag = f"spark-{n_cmp}-{master[6]}"
        try:
            res, s_labels, s_themes = run_worker("spark", paths[n_cmp], tag, master)
        except RuntimeError as exc:
            print(f"  spark {master}: failed: {exc}")
            continue
        spark_ari, agree = agreement(s_labels, s_themes, ooc_labels, ooc_themes)
        line = (
            f"  spark {master}: fit {res['seconds']:.1f}s (+{res['startup_s']:.1f}s startup), "
            f"{n_cmp / res['seconds']:,.0f} para/s, vs ooc {res_cmp['seconds']:.1f}s "
            f"-> {res['seconds'] / res_cmp['seconds']:.2f}x; ARI vs ooc {spark_ari:.3f}, "
            f"theme agreement {agree:.3f}"
        )
        if mem_labels is not None:
            a, g = agreement(s_labels, s_themes, mem_labels, mem_themes)
            line += f"; vs in-memory ARI {a:.3f}, theme agreement {g:.3f}"
        print(line)
        out = WORK / f"labels-{tag}.npy"
        spark_seeds = (
            np.load(out.with_suffix(".seeds.npy")),
            np.load(out.with_suffix(".seeds.themes.npy"), allow_pickle=False),
        )

    print("\n[seeds]")
    seeds = seed_paragraphs()
    o = OutOfCoreThemeModel(random_state=0).fit(seeds)
    seeds_ari = seeds_agree = spark_seeds_ari = spark_seeds_agree = float("nan")
    print(
        f"  {len(seeds)} paragraphs; ooc themes: "
        f"{dict(sorted(pd.Series(o.themes_).value_counts().items()))}"
    )
    m2 = memory_model()
    if m2 is not None:
        m2.fit(seeds)
        seeds_ari, seeds_agree = agreement(m2.labels_, m2.themes_, o.labels_, o.themes_)
        print(f"  ooc vs in-memory ARI {seeds_ari:.3f}, theme agreement {seeds_agree:.3f}")
    if spark_seeds is not None:
        a, g = agreement(spark_seeds[0], spark_seeds[1], o.labels_, o.themes_)
        line = f"  spark vs ooc ARI {a:.3f}, theme agreement {g:.3f}"
        if m2 is not None:
            spark_seeds_ari, spark_seeds_agree = agreement(
                spark_seeds[0], spark_seeds[1], m2.labels_, m2.themes_
            )
            line += (
                f"; spark vs in-memory ARI {spark_seeds_ari:.3f}, "
                f"theme agreement {spark_seeds_agree:.3f}"
            )
        print(line)

    print("\n[defaults] BBC News: the default ThemeModel beside TF-IDF(min_df=5)+LSA(100)+KMeans")
    from default_settings import anchor, corpora, default, measure

    bbc = corpora().get("bbc")
    bbc_ratio = bbc_v = bbc_v_anchor = float("nan")
    if bbc is not None:
        # seed 0, best of `repeats` timings, anchor and default interleaved so that a change
        # of load on the machine falls on both alike (the labels, hence V, are the same each time)
        with _thread_limit(args.threads):
            runs = [
                (measure(anchor, *bbc, [0]), measure(default, *bbc, [0])) for _ in range(repeats)
            ]
        a_s = min(a["seconds"] for a, _ in runs)
        d_s = min(d["seconds"] for _, d in runs)
        bbc_ratio, bbc_v, bbc_v_anchor = d_s / a_s, runs[0][1]["v"], runs[0][0]["v"]
        print(
            f"  anchor {a_s:.2f}s V {bbc_v_anchor:.3f}; default {d_s:.2f}s "
            f"V {bbc_v:.3f}; time ratio {bbc_ratio:.2f} (target <= 1.3, V >= anchor; "
            f"best of {repeats}{_threads_note(args.threads)})"
        )

    print("\n[engines on BBC News] out-of-core and Spark local[2] beside the in-memory engine")
    bbc_agree = engine_agreement_bbc()

    report = whole_report(args.report_sizes or [])

    print(f"\ntotal {time.perf_counter() - t_start:.0f}s")
    print(
        f"overhead={ratio:.2f} ooc_peak_mb={ooc[sizes[-1]][0]['peak_mb']:.0f} "
        f"ooc_vs_memory_ari={ooc_mem_ari:.3f} spark_vs_ooc_ari={spark_ari:.3f} "
        f"seeds_ooc_vs_memory_ari={seeds_ari:.3f} seeds_ooc_theme_agreement={seeds_agree:.3f} "
        f"seeds_spark_vs_memory_ari={spark_seeds_ari:.3f} "
        f"seeds_spark_theme_agreement={spark_seeds_agree:.3f} "
        f"bbc_default_time_ratio={bbc_ratio:.2f} bbc_v_default={bbc_v:.3f} "
        f"bbc_v_anchor={bbc_v_anchor:.3f} {bbc_agree}{report}"
    )
    return 0


def engine_agreement_bbc() -> str:
    """Run ``engine_agreement.py --corpus bbc`` in a subprocess (Spark starts there) and return
    its figures as closing-line fields (``bbc_ooc_agreement=.. bbc_ooc_ari=.. bbc_spark_..``).

    Example
    -------
    >>> engine_agreement_bbc()  # doctest: +SKIP
    'bbc_ooc_agreement=1.000 bbc_ooc_ari=1.000 bbc_spark_agreement=1.000 bbc_spark_ari=1.000'
    """
    script = ROOT / "benchmarks" / "engine_agreement.py"
    proc = subprocess.run(
        [sys.executable, str(script), "--corpus", "bbc"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    print("  " + proc.stdout.strip().replace("\n", "\n  "))
    found = re.search(r"^agreement: (.*)$", proc.stdout, re.M)
    fields = {}
    for engine, share, ari in re.findall(
        r"(ooc|spark)=([\d.]+)/([\d.]+)", found[1] if found else ""
    ):
        fields[f"bbc_{engine}_agreement"] = share
        fields[f"bbc_{engine}_ari"] = ari
    if proc.returncode != 0 or not fields:
        print("  failed: " + proc.stderr.strip()[-500:])
    return " ".join(
        f"{key}={fields.get(key, 'nan')}"
        for key in ("bbc_ooc_agreement", "bbc_ooc_ari", "bbc_spark_agreement", "bbc_spark_ari")
    )


def whole_report(sizes: list[int]) -> str:
    """Run the whole report on each size (``report_scale.py``'s corpus and runner) and return
    closing-line fields: minutes and peak per size, and the ratio of seconds per paragraph at
    the largest size to the smallest (1.0: time grows in proportion to the corpus). Empty
    string for no sizes.

    Example
    -------
    >>> whole_report([])
    ''
    """
    if not sizes:
        return ""
    from report_scale import make_articles, run_report

    print("\n[whole report] afgresearch report, out-of-core engine, one evidence worker per core")
    per_para = {}
    fields = []
    for n in sorted(sizes):
        corpus = make_articles(n, WORK / f"articles-{n}.parquet")
        res = run_report(corpus, "ooc", timeout=7200.0)
        if "error" in res:
            print(f"  {n:>9,} paragraphs: failed after {res['seconds']:.0f}s")
            fields.append(f"report_{n}_min=nan")
            continue
        per_para[n] = res["seconds"] / n
        steps = ", ".join(
            f"{name} {secs:.0f}s {res['peaks'].get(name, 0.0):,.0f} MB"
            for name, secs in res["manifest"].get("durations_s", {}).items()
        )
        print(
            f"  {n:>9,} paragraphs: {res['seconds']:7.1f}s ({res['seconds'] / 60:.1f} min), "
            f"peak {res['peak_mb']:,.0f} MB ({steps})"
        )
        fields.append(
            f"report_{n}_min={res['seconds'] / 60:.1f} report_{n}_peak_mb={res['peak_mb']:.0f}"
        )
    if len(per_para) > 1:
        small, large = min(per_para), max(per_para)
        fields.append(f"report_time_per_para_ratio={per_para[large] / per_para[small]:.2f}")
    return " " + " ".join(fields)


if __name__ == "__main__":
    sys.exit(main())
