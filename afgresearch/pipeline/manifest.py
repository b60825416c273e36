"""The run manifest: what went in, what came out, with which software, and how long it took.

Example
-------
>>> m = build_manifest("r1", {"n_clusters": 6}, inputs={}, outputs={}, timings={},
...                    started="2026-01-01T00:00:00Z", finished="2026-01-01T00:00:01Z")
>>> m["parameters"]["n_clusters"]
6
"""

from __future__ import annotations

import hashlib
import json
import platform
import subprocess
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

# fields that legitimately differ between two runs of the same inputs
VOLATILE_FIELDS: tuple[str, ...] = (
    "run_id",
    "started",
    "finished",
    "durations_s",
    "previous_run",
    "notebooks",
    "compute",
)

#: environment variables that choose BLAS kernels and thread counts
COMPUTE_VARIABLES: tuple[str, ...] = (
    "OPENBLAS_CORETYPE",
    "OPENBLAS_NUM_THREADS",
    "OMP_NUM_THREADS",
    "MKL_NUM_THREADS",
    "MKL_CBWR",
    "PYTHONHASHSEED",
)

PACKAGES: tuple[str, ...] = (
    "afgresearch",
    "numpy",
    "scipy",
    "pandas",
    "pyarrow",
    "scikit-learn",
    "matplotlib",
    "networkx",
    "spacy",
    "jinja2",
    "markdown-it-py",
    "papermill",
    "nbclient",
    "ipykernel",
    "threadpoolctl",
    "trafilatura",
    "python-dateutil",
    "pyspark",
)


def sha256_file(path: str | Path) -> str:
    """Return the hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def hash_files(root: str | Path, paths: Iterable[str | Path]) -> dict[str, str]:
    """Return ``{path relative to root (posix): sha256}`` for regular files, sorted by path."""
    root = Path(root)
    out: dict[str, str] = {}
    for p in paths:
        p = Path(p)
        if p.is_file() and not p.is_symlink():
            out[p.relative_to(root).as_posix()] = sha256_file(p)
    return dict(sorted(out.items()))


def hash_tree(root: str | Path, exclude: Iterable[str] = ()) -> dict[str, str]:
    """Hash every regular file under ``root`` except the top-level names in ``exclude``."""
    root = Path(root)
    skip = set(exclude)
    files = [p for p in root.rglob("*") if p.relative_to(root).parts[0] not in skip]
    return hash_files(root, files)


def corpus_hashes(corpus: str | Path) -> dict[str, str]:
    """Hash the corpus input: one file, or every regular file under a folder (symlinks skipped)."""
    corpus = Path(corpus)
    if corpus.is_file():
        return {corpus.name: sha256_file(corpus)}
    files = [
        p
        for p in corpus.rglob("*")
        if not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    ]
    return hash_files(corpus, files)


def package_versions(names: Iterable[str] = PACKAGES) -> dict[str, str]:
    """Return installed versions of ``names`` (absent packages are left out) and Python's."""
    out = {"python": platform.python_version()}
    for name in names:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return out


def compute_environment() -> dict[str, Any]:
    """What computed the numbers: platform, Python, CPU count, the BLAS and OpenMP libraries
    loaded (threadpoolctl: vendor, version, kernel, threads) and the variables that steer them.

    Example
    -------
    >>> env = compute_environment()
    >>> sorted(env)[:3]
    ['blas', 'cpu_count', 'machine']
    """
    import os

    import numpy  # noqa: F401  (loads the BLAS that the report's numbers come from)
    import scipy.linalg  # noqa: F401
    import sklearn.cluster  # noqa: F401  (and the OpenMP runtime k-means runs on)
    from threadpoolctl import threadpool_info

    keep = ("user_api", "internal_api", "version", "architecture", "threading_layer")
    libraries = [
        {**{k: info.get(k) for k in keep}, "num_threads": info.get("num_threads")}
        for info in threadpool_info()
    ]
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "cpu_count": os.cpu_count(),
        "blas": sorted(libraries, key=lambda d: json.dumps(d, sort_keys=True)),
        "variables": {name: os.environ.get(name) for name in COMPUTE_VARIABLES},
    }


def git_commit(path: str | Path) -> str | None:
    """Return the git commit of the checkout holding ``path`` (with ``+dirty``), or None."""
    try:
        head = subprocess.run(
            ["git", "-C", str(path), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
        )
        if head.returncode != 0:
            return None
        dirty = subprocess.run(
            ["git", "-C", str(path), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return head.stdout.strip() + ("+dirty" if dirty.stdout.strip() else "")


def build_manifest(
    run_id: str,
    parameters: Mapping[str, Any],
    inputs: Mapping[str, str],
    outputs: Mapping[str, str],
    timings: Mapping[str, float],
    started: str,
    finished: str,
    commit: str | None = None,
    previous_run: str | None = None,
    versions: Mapping[str, str] | None = None,
    compute: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the manifest as a JSON-ready dict.

    Parameters
    ----------
    run_id : the run's folder name.
    parameters : the validated parameters.
    inputs : corpus file -> sha256.
    outputs : run-folder file -> sha256.
    timings : notebook -> seconds.
    started, finished : ISO 8601 UTC times.
    commit : git commit of the code, if any.
    previous_run : the run the brief compared against, if any.
    versions : package versions (default: :func:`package_versions`).
    compute : what computed the numbers (default: :func:`compute_environment`).
    """
    return {
        "run_id": run_id,
        "started": started,
        "finished": finished,
        "durations_s": {k: round(float(v), 3) for k, v in timings.items()},
        "parameters": dict(parameters),
        "inputs": dict(inputs),
        "outputs": dict(outputs),
        "versions": dict(versions if versions is not None else package_versions()),
        "compute": dict(compute if compute is not None else compute_environment()),
        "git_commit": commit,
        "previous_run": previous_run,
        "notebooks": sorted(k for k in outputs if k.startswith("notebooks/")),
    }


def manifest_bytes(manifest: Mapping[str, Any]) -> bytes:
    """Serialise a manifest: sorted keys, two-space indent, UTF-8, trailing newline."""
    return (json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode(
        "utf-8"
    )


def stable_part(manifest: Mapping[str, Any]) -> dict[str, Any]:
    """Return the manifest without the fields that differ between identical runs.

    Executed notebooks hold times and paths, so their hashes are dropped from ``outputs``.
    """
    out = {k: v for k, v in manifest.items() if k not in VOLATILE_FIELDS}
    out["outputs"] = {
        k: v for k, v in manifest.get("outputs", {}).items() if not k.startswith("notebooks/")
    }
    return out
