"""The whole report (parse, themes, evidence, figures, brief) at scale: time and peak memory.

``python benchmarks/report_scale.py [--sizes 10000 100000] [--engine ooc] [--workers 0] [--timeout 1800]``

For each size it builds (and caches in ``benchmarks/results/``) a Parquet corpus of articles
with titles, dates and outlets, runs ``afgresearch report`` on it as a user would (a fresh
process, ``--quiet``) and samples the resident memory of the whole process tree (the CLI, the
Jupyter kernel and, for Spark, the JVM) every 0.2 s from ``/proc``. It prints the seconds per
notebook (from the run's ``manifest.json``), the total, paragraphs per second and the peak
RSS, then one closing line per size:
``report n=<paragraphs> engine=<engine> seconds=<s> para_per_s=<r> peak_mb=<MB>``.

The corpus: articles drawn from the BBC News set (``../shared/data/bbc-news.csv``, when present)
and the seed articles, each paragraph perturbed as ``benchmarks/run.py`` perturbs them (words
dropped and swapped, three borrowed, a token appended) so no two are the same; each article gets
an outlet from a list of twelve and a date spread over 2024-2025, so every stage (themes by
outlet and month, claims, actors, events, the timeline) has work.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent))
from perturbation import perturb  # noqa: E402  (the same perturbation as the theme benchmarks)

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
RESULTS = ROOT / "benchmarks" / "results"
BBC = ROOT.parent / "shared" / "data" / "bbc-news.csv"
OUTLETS = (
    "Pajhwok",
    "TOLOnews",
    "Khaama Press",
    "Amu TV",
    "Ariana News",
    "Dawn",
    "The Express Tribune",
    "Afghanistan International",
    "Tehran Times",
    "The Hindu",
    "Reuters",
    "BBC News",
)
ROW_GROUP = 5_000  # articles per Parquet row group


def base_articles() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of the BBC News articles and the seed articles."""
    import afgresearch

    out: list[tuple[str, list[str]]] = []
    if BBC.is_file():
        for text in pd.read_csv(BBC)["text"].astype(str):
            title, *body = [p.strip() for p in text.split("\n") if p.strip()]
            if body:
                out.append((title, body))
    else:
        print(f"  ({BBC} not found: seed articles only)")
    corpus = afgresearch.load_corpus(str(ROOT / "seeds"))
    paras = corpus.paragraphs.groupby("article_id", sort=False)["text"].agg(list)
    for row in corpus.articles.itertuples():
        if row.article_id in paras.index:
            out.append((str(row.title or ""), list(paras[row.article_id])))
    return out


def make_articles(n_paragraphs: int, path: Path, seed: int = 0) -> Path:
    """Write articles holding ``n_paragraphs`` paragraphs in all to Parquet (cached)."""
    if path.is_file():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    base = base_articles()
    words = [[p.split() for p in body] for _, body in base]
    flat = [w for body in words for w in body]
    days = pd.date_range("2024-01-01", "2025-12-31", freq="D").strftime("%Y-%m-%d").tolist()
    schema = pa.schema(
        [
            ("title", pa.string()),
            ("published", pa.string()),
            ("outlet", pa.string()),
            ("text", pa.string()),
        ]
    )
    tmp = path.with_suffix(".tmp")
    written = 0
    tag = 0
    with pq.ParquetWriter(tmp, schema) as writer:
        while written < n_paragraphs:
            rows: dict[str, list[str]] = {name: [] for name in schema.names}
            while written < n_paragraphs and len(rows["text"]) < ROW_GROUP:
                a = int(rng.integers(0, len(base)))
                body = words[a][: n_paragraphs - written]
                paras = []
                for para in body:
                    donor = flat[int(rng.integers(0, len(flat)))]
                    paras.append(perturb(para, donor, rng, tag))
                    tag += 1
                rows["title"].append(f"{base[a][0]} ({tag})")
                rows["published"].append(days[int(rng.integers(0, len(days)))])
                rows["outlet"].append(OUTLETS[int(rng.integers(0, len(OUTLETS)))])
                rows["text"].append("\n\n".join(paras))
                written += len(paras)
            writer.write_table(pa.table(rows, schema=schema))
    tmp.rename(path)
    return path


def tree_rss_mb(root: int) -> tuple[float, int | None]:
    """Resident memory of ``root`` and all its descendants in MB (Linux ``/proc``), and
    the process id of ``root``'s child (the report's kernel; None before it starts)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack.extend(children.get(pid, []))
    kernel = children.get(root)
    return total / 1e6, (min(kernel) if kernel else None)


def run_report(
    corpus: Path, engine: str, timeout: float, workers: int = 0, keep: Path | None = None
) -> dict:
    """Run the report in a fresh process; return its manifest timings and the peak tree RSS.

    The run folder is written under ``keep`` when given (kept), else in a temporary folder."""
    if keep is not None:
        keep.mkdir(parents=True, exist_ok=True)
    holder = contextlib.nullcontext(str(keep)) if keep is not None else None
    with holder or tempfile.TemporaryDirectory(prefix="afg-scale-") as tmp:
        cmd = [
            str(BIN / "afgresearch"),
            "report",
            "--quiet",
            "--corpus",
            str(corpus),
            "--out",
            tmp,
            "-p",
            "engine",
            engine,
            "-p",
            "workers",
            str(workers),
        ]
        began = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        peak = 0.0
        # (seconds since the first kernel started, MB, the kernel's process id)
        samples: list[tuple[float, float, int]] = []
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            kernel_start = None
            while not done.is_set():
                total, kernel = tree_rss_mb(proc.pid)
                peak = max(peak, total)
                if kernel is not None and kernel_start is None:
                    kernel_start = time.perf_counter()
                if kernel_start is not None and kernel is not None:
                    samples.append((time.perf_counter() - kernel_start, total, kernel))
                done.wait(0.2)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            out, err = proc.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            err = f"timed out after {timeout:.0f}s\n{err}"
        done.set()
        sampler.join()
        seconds = time.perf_counter() - began
        if proc.returncode != 0:
            return {"error": err.strip()[-2000:], "seconds": seconds, "peak_mb": peak}
        manifest = json.loads((Path(out.strip().splitlines()[-1]) / "manifest.json").read_text())
        names = list(manifest.get("durations_s", {}))
        kernels = list(dict.fromkeys(pid for _, _, pid in samples))
        peaks: dict[str, float] = {}
        if len(kernels) == len(names):
            # a fresh kernel per notebook: each notebook's peak is exact
            for name, pid in zip(names, kernels, strict=True):
                peaks[name] = max(mb for _, mb, k in samples if k == pid)
        else:
            # one kernel for every notebook: each one's window from the durations
            # (approximate: kernel start-up and the gaps between notebooks are not timed)
            start = 0.0
            for name, secs in manifest.get("durations_s", {}).items():
                window = [mb for t, mb, _ in samples if start <= t < start + secs]
                peaks[name] = max(window, default=0.0)
                start += secs
        return {"seconds": seconds, "peak_mb": peak, "manifest": manifest, "peaks": peaks}


def main(argv: list[str] | None = None) -> int:
    """Build the corpora, run the report on each, print the table and closing lines."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--engine", default="ooc", choices=["pandas", "ooc", "spark"])
    ap.add_argument("--timeout", type=float, default=1800.0, help="seconds per report")
    ap.add_argument(
        "--workers",
        type=int,
        default=0,
        help="evidence processes (0: one per core, as a user gets)",
    )
    ap.add_argument(
        "--keep",
        type=Path,
        default=None,
        help="keep each run folder under KEEP/<size> (to compare tables between revisions)",
    )
    args = ap.parse_args(argv)
    closing = []
    for n in args.sizes:
        t0 = time.perf_counter()
        corpus = make_articles(n, RESULTS / f"articles-{n}.parquet")
        print(f"corpus {n:>9,} paragraphs ready in {time.perf_counter() - t0:.1f}s: {corpus}")
        keep = args.keep / str(n) if args.keep is not None else None
        res = run_report(corpus, args.engine, args.timeout, args.workers, keep)
        if "error" in res:
            print(f"  report failed after {res['seconds']:.0f}s (peak {res['peak_mb']:.0f} MB):")
            print("  " + res["error"].replace("\n", "\n  "))
            closing.append(f"report n={n} engine={args.engine} workers={args.workers} failed")
            continue
        for name, secs in res["manifest"].get("durations_s", {}).items():
            print(f"  {name:<28} {secs:8.1f}s  peak {res['peaks'].get(name, 0.0):7,.0f} MB")
        rate = n / res["seconds"]
        print(f"  total {res['seconds']:.1f}s, {rate:,.0f} para/s, peak {res['peak_mb']:.0f} MB")
        closing.append(
            f"report n={n} engine={args.engine} workers={args.workers} "
            f"seconds={res['seconds']:.1f} "
            f"para_per_s={rate:.0f} peak_mb={res['peak_mb']:.0f}"
        )
    print("\n".join(closing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
