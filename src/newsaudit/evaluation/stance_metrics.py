"""Scoring stance predictions: FNC-1's official score, macro-F1, per-class figures, confusion."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsaudit.models.stance import LABELS


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> tuple[float, float]:
    """FNC-1's official score and its maximum (gold against itself)."""

    def one(g: str, p: str) -> float:
        score = 0.25 if (g == "unrelated") == (p == "unrelated") else 0.0
        if g != "unrelated" and g == p:
            score += 0.75
        return score

    return (
        sum(one(g, p) for g, p in zip(gold, predicted, strict=True)),
        sum(one(g, g) for g in gold),
    )


def metrics(gold: Sequence[str], predicted: Sequence[str]) -> dict:
    """FNC score (absolute, max, relative %), macro-F1, per-class P/R/F1, confusion."""
    score, best = fnc_score(gold, predicted)
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    per_class = {}
    for label in LABELS:
        tp = confusion[label][label]
        pred_n = sum(confusion[g][label] for g in LABELS)
        gold_n = sum(confusion[label].values())
        precision = tp / pred_n if pred_n else 0.0
        recall = tp / gold_n if gold_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "support": gold_n,
        }
    return {
        "fnc_score": score,
        "fnc_score_max": best,
        "fnc_score_relative": round(100 * score / best, 2) if best else 0.0,
        "macro_f1": round(float(np.mean([c["f1"] for c in per_class.values()])), 4),
        "per_class": per_class,
        "confusion": confusion,
        "pairs": len(gold),
    }
