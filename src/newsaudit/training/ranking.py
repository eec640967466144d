"""CLEF-2019 Task 1 ranking measures: AP, R-precision, P@k per file, averaged over files."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

PRECISION_AT = (5, 10, 20)


def ranked_labels(scores: Sequence[float], labels: Sequence[int]) -> np.ndarray:
    """Gold labels in score order, best first; ties keep line order (as the CLEF scorer)."""
    order = np.argsort(-np.asarray(scores, dtype=float), kind="stable")
    return np.asarray(labels)[order]


def average_precision(ranked: Sequence[int]) -> float:
    """Mean of precision at each relevant rank, over all relevant items (CLEF-2019 scorer)."""
    ranked = np.asarray(ranked)
    total = int(ranked.sum())
    if total == 0:
        return 0.0
    hits = np.cumsum(ranked)
    return float((hits / np.arange(1, len(ranked) + 1))[ranked == 1].sum() / total)


def precision_at(ranked: Sequence[int], k: int) -> float:
    """Hits in the top k, over k (a list shorter than k counts its missing ranks as misses)."""
    return float(np.asarray(ranked)[:k].sum() / k)


def r_precision(ranked: Sequence[int]) -> float:
    """Precision at R, where R is the number of relevant items."""
    total = int(np.asarray(ranked).sum())
    return precision_at(ranked, total) if total else 0.0


def f1_score(predicted: Sequence[bool], labels: Sequence[int]) -> float:
    """F1 of the positive class."""
    predicted, labels = np.asarray(predicted, bool), np.asarray(labels, bool)
    tp = int((predicted & labels).sum())
    denominator = int(predicted.sum() + labels.sum())
    return 2 * tp / denominator if denominator else 0.0


def random_ap(n: int, positives: int) -> float:
    """Expected AP of a uniformly random ranking of n items with ``positives`` relevant."""
    if positives == 0 or n == 0:
        return 0.0
    # E[AP] = (1/R) sum_k E[P@k * rel_k]; closed form (Bestgen 2015): ((R-1)/(n-1)) * (1 - H_n/n)
    # + H_n/n, with H_n the n-th harmonic number; R = positives.
    harmonic = float(np.sum(1.0 / np.arange(1, n + 1)))
    if n == 1:
        return 1.0
    return (positives - 1) / (n - 1) * (1 - harmonic / n) + harmonic / n


def summarise(per_file: dict[str, tuple[np.ndarray, np.ndarray]], threshold: float) -> dict:
    """Official-style figures: each ranking measure per file, averaged over files.

    ``per_file`` maps a file name to (scores, labels). F1 pools all sentences of all files.
    """
    files, all_scores, all_labels = {}, [], []
    for name, (scores, labels) in per_file.items():
        ranked = ranked_labels(scores, labels)
        files[name] = {
            "ap": average_precision(ranked),
            "random_ap": random_ap(len(labels), int(np.sum(labels))),
            "r_precision": r_precision(ranked),
            "p_at": {str(k): precision_at(ranked, k) for k in PRECISION_AT},
            "sentences": len(labels),
            "positives": int(np.sum(labels)),
        }
        all_scores.append(np.asarray(scores))
        all_labels.append(np.asarray(labels))
    scored = [f for f in files.values() if f["positives"]]

    def mean(get) -> float:  # files without a positive have no AP: left out, as CLEF does
        return float(np.mean([get(f) for f in scored])) if scored else 0.0

    scores, labels = np.concatenate(all_scores), np.concatenate(all_labels)
    return {
        "map": mean(lambda f: f["ap"]),
        "random_map": mean(lambda f: f["random_ap"]),
        "r_precision": mean(lambda f: f["r_precision"]),
        "p_at": {str(k): mean(lambda f, k=k: f["p_at"][str(k)]) for k in PRECISION_AT},
        "f1": f1_score(scores >= threshold, labels),
        "files": files,
    }
