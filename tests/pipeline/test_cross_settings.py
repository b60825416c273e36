"""The seeds report is byte-identical whatever the BLAS kernel, thread count and hash seed.

Each setting runs ``afgresearch report`` in a fresh process with its own environment, so the
kernel choice (``OPENBLAS_CORETYPE``, read when OpenBLAS loads) and the thread pools really
differ between runs. Every table (CSV and Parquet), the brief (Markdown and HTML) and every
figure (PNG and SVG) must have the same bytes in all of them.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from afgresearch.pipeline.run import PROJECT_ROOT

pytestmark = pytest.mark.slow

THREADS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")
# kernels OpenBLAS's dynamic build carries for this architecture (unset: its own choice)
KERNELS = {"x86_64": ("Haswell", "Sandybridge"), "aarch64": ("ARMV8", "NEOVERSEN1")}


def settings() -> list[dict[str, str | None]]:
    """Kernel set, unset and set to another; one and two threads; two hash seeds."""
    first, second = KERNELS.get(platform.machine(), (None, None))
    return [
        {"OPENBLAS_CORETYPE": first, "threads": "2", "PYTHONHASHSEED": "0"},
        {"OPENBLAS_CORETYPE": None, "threads": "1", "PYTHONHASHSEED": "1"},
        {"OPENBLAS_CORETYPE": second, "threads": "1", "PYTHONHASHSEED": "0"},
    ]


def _run(out: Path, setting: dict[str, str | None]) -> tuple[Path, dict]:
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_CORETYPE" and k not in THREADS}
    if setting["OPENBLAS_CORETYPE"]:
        env["OPENBLAS_CORETYPE"] = str(setting["OPENBLAS_CORETYPE"])
    env.update({name: str(setting["threads"]) for name in THREADS})
    env["PYTHONHASHSEED"] = str(setting["PYTHONHASHSEED"])
    proc = subprocess.run(
        [sys.executable, "-m", "afgresearch.cli", "report", "--corpus",
         str(PROJECT_ROOT / "seeds"), "--out", str(out), "--quiet"],
        env=env, capture_output=True, text=True, timeout=900, check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    run = Path(proc.stdout.strip().splitlines()[-1])
    return run, json.loads((run / "manifest.json").read_text())


def _digests(run: Path) -> dict[str, str]:
    files = [run / "brief.md", run / "brief.html"]
    files += sorted((run / "tables").iterdir()) + sorted((run / "figures").iterdir())
    return {
        p.relative_to(run).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files
    }


def test_report_is_byte_identical_across_kernels_threads_and_hash_seeds(tmp_path: Path) -> None:
    runs = [_run(tmp_path / f"s{i}", s) for i, s in enumerate(settings())]
    reference, _ = runs[0]
    want = _digests(reference)
    assert any(k.endswith(".parquet") for k in want) and any(k.endswith(".svg") for k in want)
    for (run, manifest), setting in zip(runs[1:], settings()[1:], strict=True):
        got = _digests(run)
        differing = sorted(k for k in want.keys() | got.keys() if want.get(k) != got.get(k))
        assert differing == [], f"{setting}: {differing}"
        # the manifest says what computed them
        compute = manifest["compute"]
        assert compute["variables"]["OMP_NUM_THREADS"] == setting["threads"]
        assert compute["variables"]["OPENBLAS_CORETYPE"] == setting["OPENBLAS_CORETYPE"]
        assert any(lib["user_api"] == "blas" for lib in compute["blas"])
