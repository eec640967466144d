"""Hashed n-gram counts and L2 rows for the small inputs of one article, without per-call set-up.

scikit-learn's `HashingVectorizer.transform` rebuilds its analyzer and its `FeatureHasher` on
every call, and `normalize` re-validates its input (dataframe detection included). On the
handful of sentences of one article that set-up cost as much as the hashing itself: ~2 ms of
an `analyze`. `TextHasher` builds both once and then runs the very steps `transform` runs,
so the features are identical (tests/test_hashing.py compares them).
"""

from __future__ import annotations

from collections.abc import Iterable


class TextHasher:
    """`HashingVectorizer.transform`, with the analyzer and the hasher built once."""

    def __init__(self, **params) -> None:
        from sklearn.feature_extraction import FeatureHasher
        from sklearn.feature_extraction.text import HashingVectorizer

        self.vectorizer = HashingVectorizer(**params)
        self.vectorizer.transform(["check the parameters once"])  # invalid ones raise here
        self.analyzer = self.vectorizer.build_analyzer()
        self.hasher = FeatureHasher(
            n_features=self.vectorizer.n_features,
            input_type="string",
            dtype=self.vectorizer.dtype,
            alternate_sign=self.vectorizer.alternate_sign,
        )

    def transform(self, texts: Iterable[str]):
        """Sparse (CSR) hashed counts, one row per text, as `HashingVectorizer.transform`."""
        if isinstance(texts, str):
            raise ValueError("an iterable of texts is expected, not one string")
        matrix = self.hasher.transform(self.analyzer(text) for text in texts)
        if self.vectorizer.binary:
            matrix.data.fill(1)
        if self.vectorizer.norm is not None:
            matrix = _normalize(matrix, self.vectorizer.norm)
        return matrix


def l2_rows(matrix):
    """Rows scaled to unit L2 norm, as `normalize(matrix)` but in place: pass a fresh matrix."""
    from sklearn.utils.sparsefuncs_fast import inplace_csr_row_normalize_l2

    matrix = matrix.tocsr()
    if matrix.dtype.kind != "f":
        matrix = matrix.astype(float)
    inplace_csr_row_normalize_l2(matrix)
    return matrix


def _normalize(matrix, norm: str):
    if norm == "l2":
        return l2_rows(matrix)
    from sklearn.preprocessing import normalize

    return normalize(matrix, norm=norm, copy=False)
