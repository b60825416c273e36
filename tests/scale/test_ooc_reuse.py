"""The out-of-core model tokenises a chunk once when asked for several things about it."""

from __future__ import annotations

import pickle

import numpy as np

from afgresearch.scale import OutOfCoreThemeModel

TEXTS = [
    "Pakistan deported 1,200 Afghan refugees through Torkham on Monday.",
    "The envoy met the foreign minister in Kabul to discuss trade and transit.",
    "Girls remain barred from secondary school under the ban on education.",
    "Iran expelled thousands of Afghans at Islam Qala border crossing this week.",
    "Talks in Doha on the humanitarian situation ended without agreement.",
    "Women protested the decree restricting their work with aid agencies.",
] * 4


def _fitted() -> OutOfCoreThemeModel:
    return OutOfCoreThemeModel(random_state=0, chunksize=10).fit(TEXTS)


def test_repeated_questions_about_a_chunk_give_the_same_answers_and_tokenise_once() -> None:
    model = _fitted()
    fresh = _fitted()
    chunk = TEXTS[:9]
    calls = []
    original = model.vectorizer_.transform

    def counting(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        return original(texts)

    model.vectorizer_.transform = counting
    features = model.features(chunk)
    distances = model.transform(list(chunk))
    labels, evidence, similarity = model._evidence(chunk)
    assert calls == [9]  # one tokenisation for the three answers
    assert (features != fresh.features(chunk)).nnz == 0
    assert np.array_equal(distances, fresh.transform(chunk))
    for a, b in zip((labels, evidence, similarity), fresh._evidence(chunk), strict=True):
        assert np.array_equal(a, b)
    model.features(TEXTS[9:12])  # another chunk is tokenised anew
    assert calls == [9, 3]


def test_the_kept_chunk_is_not_pickled() -> None:
    model = _fitted()
    model.features(TEXTS[:5])
    assert "_last_tf" in model.__dict__
    restored = pickle.loads(pickle.dumps(model))
    assert "_last_tf" not in restored.__dict__
    assert np.array_equal(restored.transform(TEXTS[:5]), model.transform(TEXTS[:5]))
