"""Pool the quantity scores of several labelled samples into one figure with its interval.

    PYTHONPATH=src python benchmarks/pool_quantities.py FILE [FILE ...]

One blind sample of ~500 readings gives a share read right to within about ±2 points (95 %);
pooling the samples read at one version narrows that to about ±1. Each file is scored as
``real_pages --quantities FILE`` scores it (aggregate only: no error is printed), and the pool is
the sum of spans read right over the sum labelled, with a Wilson score interval.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

from newsaudit.evaluation.quantity_labels import score_quantities

Z95 = 1.96


def wilson(right: int, total: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval of a share: unlike the normal one it stays inside [0, 1] and
    is honest for shares near 1, where these figures sit."""
    share = right / total
    centre = (share + z * z / (2 * total)) / (1 + z * z / total)
    half = z * math.sqrt(share * (1 - share) / total + z * z / (4 * total * total))
    return centre - half / (1 + z * z / total), centre + half / (1 + z * z / total)


def main(paths: list[str]) -> int:
    if not paths:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    right = total = 0
    for path in paths:
        score = score_quantities(Path(path), errors=False)
        right += score["quantities_right"]
        total += score["quantities_labelled"]
        print(json.dumps({"file": Path(path).name, **score}))
    if not total:
        print(json.dumps({"pooled": {"right": 0, "labelled": 0, "share": None}}))
        return 0
    low, high = wilson(right, total)
    pooled = {"right": right, "labelled": total, "share": round(right / total, 4)}
    print(json.dumps({"pooled": pooled, "wilson95": [round(low, 3), round(high, 3)]}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
