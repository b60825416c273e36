"""What Spark's Python workers run: scikit-learn's weights to the bit, without scikit-learn."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import scipy.sparse as sp
from sklearn.preprocessing import normalize

from afgresearch.scale.spark_tasks import l2_normalize_rows, weigh_counts


def _counts(seed: int, rows: int = 400, cols: int = 900) -> sp.csr_matrix:
    rng = np.random.default_rng(seed)
    X = sp.random(rows, cols, density=rng.uniform(0.002, 0.08), format="csr", random_state=seed)
    X.data = rng.integers(1, 12, X.nnz).astype(np.float64)
    return X


def test_l2_rows_are_scikit_learn_normalize_to_the_bit() -> None:
    for seed in range(12):
        X = _counts(seed)
        X.data *= np.random.default_rng(seed).uniform(0.1, 9.0, X.nnz)
        X = sp.vstack([X, sp.csr_matrix((1, X.shape[1]))], format="csr")  # a row of zeros
        want = normalize(X.copy(), copy=False)
        got = l2_normalize_rows(X.copy())
        np.testing.assert_array_equal(got.indptr, want.indptr)
        np.testing.assert_array_equal(got.indices, want.indices)
        assert (got.data.view(np.int64) == want.data.view(np.int64)).all(), seed


def test_weights_are_tfidf_vectorizer_weights() -> None:
    counts = _counts(3)
    idf = np.random.default_rng(3).uniform(1.0, 6.0, counts.shape[1])
    tf = counts.copy()
    tf.data = np.log(tf.data) + 1.0
    want = normalize(sp.csr_matrix(tf @ sp.diags(idf, format="csr")))
    got = weigh_counts(counts, idf)
    assert (got != want).nnz == 0


def test_worker_modules_load_neither_scikit_learn_nor_pandas() -> None:
    code = (
        "import sys, afgresearch.scale.spark_tasks; "
        "print(sorted(m for m in ('sklearn', 'pandas') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"
