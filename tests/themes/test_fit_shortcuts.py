"""The fit's faster paths give the same tokens and the same floats as the plain ones."""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp
from sklearn.cluster import KMeans
from sklearn.utils import check_random_state

from afgresearch.numeric import TOL
from afgresearch.themes.model import TOKEN_PATTERN, _distinct_rows, _row_dots
from afgresearch.themes.naming import assign_text_themes, typicality
from afgresearch.themes.seeding import extend_centers, seed_centroids, seeded_kmeans

# the token pattern before it was rewritten without a lookahead
LOOKAHEAD_PATTERN = r"(?u)\b(?=\w*[^\W\d_])\w\w+\b"


def test_token_pattern_keeps_the_lookahead_patterns_tokens() -> None:
    texts = [
        "120,000 refugees returned in 2024; a 3rd wave, covid_19 and _x_ or __ 12ab ab12 a1 1a",
        "x y z 1 22 _ __a a__ é ² ٣٣ ٣a a٣ 中文 Kabul's taliban-led talks e\u0301te",
        "",
        "   \n\t 9_9 9_a a_9 __ ___1 The U.N. said",
    ]
    alphabet = list("ab_1²٣éZ -'.\u0301\u4e2d\u0660xz09\n")
    rng = np.random.default_rng(0)
    texts += ["".join(rng.choice(alphabet, size=rng.integers(0, 14))) for _ in range(3000)]
    old, new = re.compile(LOOKAHEAD_PATTERN), re.compile(TOKEN_PATTERN)
    for text in texts:
        assert new.findall(text) == old.findall(text), text


def test_row_dots_are_the_dense_products_floats() -> None:
    rng = np.random.default_rng(1)
    X = sp.random(60, 40, density=0.2, format="csr", random_state=2)
    centres = rng.random((4, 40))
    labels = rng.integers(0, 4, 60)
    expected = np.asarray(X.multiply(centres[labels]).sum(axis=1)).ravel()
    assert _row_dots(X, centres, labels).tobytes() == expected.tobytes()


def test_distinct_rows_counts_rows_equal_to_twelve_decimals() -> None:
    X = sp.csr_matrix(
        np.array([[0.5, 0.0, 0.25], [0.5, 0.0, 0.25 + 1e-14], [0.0, 0.5, 0.25], [0.0, 0.0, 0.0]])
    )
    assert _distinct_rows(X) == 3


def _typicality_one_by_one(similarity, labels, reference):
    out = np.zeros(len(labels))
    for i, (s, c) in enumerate(zip(similarity, labels, strict=True)):
        ref = reference[int(c)] if int(c) < len(reference) else np.array([])
        out[i] = np.searchsorted(ref, s + TOL, side="right") / ref.size if ref.size else 1.0
    return out


def test_typicality_is_the_per_text_searchs() -> None:
    rng = np.random.default_rng(3)
    labels = rng.integers(0, 4, 200)
    similarity = rng.random(200)
    reference = [np.sort(similarity[labels == c]) for c in range(3)] + [np.array([])]
    expected = _typicality_one_by_one(similarity, labels, reference)
    assert typicality(similarity, labels, reference).tobytes() == expected.tobytes()


def test_cluster_votes_per_text() -> None:
    labels = np.array([0, 1, 2, 1, 0])
    typical = np.array([0.2, 0.9, 0.5, 0.4, 1.0])
    affinity = np.zeros((5, 2))
    themes, scores = assign_text_themes(
        labels,
        affinity,
        ["a", "b"],
        ["a", "other", "b"],
        typical,
        text_weight=0.4,
        min_typicality=0.75,
    )
    # clusters vote min(1, t / 1.5) for their theme, the rest for other; cluster 1 is other
    vote = np.clip(typical / 1.5, 0.0, 1.0)
    assert themes.tolist() == ["other", "other", "other", "other", "a"]
    assert np.allclose(scores, 0.6 * np.array([1 - vote[0], 1.0, 1 - vote[2], 1.0, vote[4]]))


def test_seeded_kmeans_draws_as_extend_centers_run_by_run() -> None:
    rng = np.random.default_rng(4)
    Z = sp.csr_matrix(rng.random((80, 12)) * (rng.random((80, 12)) < 0.4))
    lexicon = np.eye(12)[:2]
    fitted = seeded_kmeans(Z, lexicon, 5, random_state=0, n_init=4)
    # the loop as written before the seeds' distances were kept between runs
    seeds = seed_centroids(Z, lexicon)
    seeds = seeds[np.any(seeds != 0, axis=1)][:5]
    state = check_random_state(0)
    best = None
    for _ in range(4):
        init = extend_centers(Z, seeds, 5, state)
        km = KMeans(
            n_clusters=5, init=init, n_init=1, random_state=state.randint(np.iinfo(np.int32).max)
        ).fit(Z)
        if best is None or km.inertia_ < best.inertia_ - TOL * max(1.0, best.inertia_):
            best = km
    assert best is not None
    assert np.array_equal(fitted.labels_, best.labels_)
    assert np.allclose(fitted.cluster_centers_, best.cluster_centers_, rtol=0, atol=1e-12)
