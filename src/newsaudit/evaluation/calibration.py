"""How far a probability can be trusted: Brier score and a reliability table.

A quote's ``confidence`` is meant to be read as "this share of such quotes is right", so it
is checked as such on held-out documents: in each band of predicted probability, the share
actually right should be close to the band's mean probability.
"""

from __future__ import annotations

from collections.abc import Iterable


def calibration(pairs: Iterable[tuple[float, int]], bins: int = 10) -> dict:
    """Brier score, expected calibration error and per-band counts of (probability, 0/1) pairs."""
    pairs = list(pairs)
    if not pairs:
        return {"n": 0, "brier": None, "ece": None, "bins": []}
    brier = sum((p - y) ** 2 for p, y in pairs) / len(pairs)
    bands: list[list[tuple[float, int]]] = [[] for _ in range(bins)]
    for p, y in pairs:
        bands[min(bins - 1, int(p * bins))].append((p, y))
    table = []
    ece = 0.0
    for k, band in enumerate(bands):
        if not band:
            continue
        mean_p = sum(p for p, _ in band) / len(band)
        right = sum(y for _, y in band) / len(band)
        ece += len(band) / len(pairs) * abs(mean_p - right)
        table.append(
            {
                "from": round(k / bins, 2),
                "to": round((k + 1) / bins, 2),
                "n": len(band),
                "mean_p": round(mean_p, 4),
                "right": round(right, 4),
            }
        )
    base = sum(y for _, y in pairs) / len(pairs)
    return {
        "n": len(pairs),
        "brier": round(brier, 4),
        "brier_constant": round(base * (1 - base), 4),  # always guessing the base rate
        "ece": round(ece, 4),
        "bins": table,
    }
