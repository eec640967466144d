"""Training the attribution-cue detector (`newsaudit.extractors.quote_cues`) on PolNeAR relations.

Kept apart from the runtime detector: it needs scikit-learn, and the runtime never imports it.
"""

from __future__ import annotations

from collections.abc import Iterable

from newsaudit.document import Document
from newsaudit.extractors.quote_cues import (
    DEFAULT_THRESHOLD,
    MIN_WEIGHT,
    CueModel,
    is_candidate,
    quote_mask,
    token_features,
)


def fit_sparse_logistic(
    rows: list[list[str]], labels: list[int], c: float, max_iter: int, min_weight: float
) -> tuple[dict[str, float], float]:
    """L2 logistic regression on rows of named binary features: weights (rounded, the tiny ones
    dropped to keep the artifact small) and bias, for `sparse_logistic`."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(row, 1) for row in rows])
    model = LogisticRegression(C=c, max_iter=max_iter, solver="lbfgs")
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(n): round(float(w), 4)
        for n, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= min_weight
    }
    return weights, round(float(model.intercept_[0]), 4)


def gold_cue_heads(doc: Document, relations: list[dict]) -> set[int]:
    """The token heading each gold cue (the one whose syntactic head lies outside the cue)."""
    heads = set()
    for relation in relations:
        for fragment in relation.get("cue") or []:
            span = doc.doc.char_span(fragment["start"], fragment["end"], alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            inside = {t.i for t in span}
            tops = [t for t in span if t.head.i not in inside or t.head.i == t.i]
            tops = [t for t in tops if is_candidate(t)] or [t for t in span if is_candidate(t)]
            if tops:
                heads.add(tops[0].i)
    return heads


def training_rows(
    examples: Iterable[tuple[Document, list[dict]]],
) -> tuple[list[list[str]], list[int]]:
    rows, labels = [], []
    for doc, relations in examples:
        gold = gold_cue_heads(doc, relations)
        mask = quote_mask(doc)
        for token in doc.doc:
            if is_candidate(token):
                rows.append(token_features(token, mask[token.i]))
                labels.append(int(token.i in gold))
    return rows, labels


def train_cue_model(
    examples: Iterable[tuple[Document, list[dict]]], c: float = 0.5, min_count: int = 2
) -> tuple[CueModel, dict]:
    """Fit the logistic regression; features seen fewer than ``min_count`` times are dropped."""
    from collections import Counter

    rows, labels = training_rows(examples)
    counts = Counter(f for row in rows for f in set(row))
    keep = {f for f, n in counts.items() if n >= min_count}
    kept_rows = [[f for f in row if f in keep] for row in rows]
    weights, bias = fit_sparse_logistic(kept_rows, labels, c, max_iter=2000, min_weight=MIN_WEIGHT)
    lemmas = frozenset(
        f.split("=", 1)[1] for row, y in zip(rows, labels, strict=True) if y for f in row[:1]
    )
    stats = {"rows": len(rows), "positives": int(sum(labels)), "features": len(weights), "C": c}
    return CueModel(weights, bias, DEFAULT_THRESHOLD, lemmas), stats
