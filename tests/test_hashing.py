"""`TextHasher` and `l2_rows` must give exactly scikit-learn's features (models depend on it)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.sparse import csr_matrix
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize

from newsaudit.models.hashing import TextHasher, l2_rows

PARAMS = [
    {"n_features": 2**12, "ngram_range": (1, 2), "alternate_sign": False, "norm": None},
    {"n_features": 2**10, "analyzer": "char_wb", "ngram_range": (2, 5), "norm": None},
    {"n_features": 2**8, "binary": True, "stop_words": ["the", "a"], "norm": "l2"},
    {"n_features": 2**8, "lowercase": False, "norm": "l1", "token_pattern": r"(?u)\b\w+\b"},
]
TEXTS = ["The council voted 7-2 on Tuesday.", "", "Él dijo: «¡no!»", "a a a the THE"]


def _same(left, right) -> bool:
    left, right = csr_matrix(left), csr_matrix(right)
    left.sort_indices()
    right.sort_indices()
    return (
        left.shape == right.shape
        and np.array_equal(left.indptr, right.indptr)
        and np.array_equal(left.indices, right.indices)
        and np.array_equal(left.data, right.data)
        and left.dtype == right.dtype
    )


@pytest.mark.parametrize("params", PARAMS)
def test_same_features_as_hashing_vectorizer(params):
    expected = HashingVectorizer(**params).transform(TEXTS)
    assert _same(TextHasher(**params).transform(TEXTS), expected)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=5))
def test_same_features_on_arbitrary_text(texts):
    for params in PARAMS:
        expected = HashingVectorizer(**params).transform(texts)
        assert _same(TextHasher(**params).transform(texts), expected)


def test_one_string_is_refused():
    with pytest.raises(ValueError):
        TextHasher(n_features=16).transform("not a list")


def test_l2_rows_matches_normalize_and_keeps_zero_rows():
    matrix = csr_matrix(np.array([[3.0, 4.0, 0.0], [0.0, 0.0, 0.0], [1.0, 0.0, 1.0]]))
    expected = normalize(matrix)
    result = l2_rows(matrix.copy())
    assert _same(result, expected)
    assert result[1].nnz == 0
    ints = csr_matrix(np.array([[2, 0], [0, 5]]))
    assert _same(l2_rows(ints), normalize(ints))
