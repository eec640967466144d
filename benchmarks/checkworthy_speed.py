"""Sentences scored per second by the check-worthiness model, on one core.

Run pinned to one core, e.g. ``taskset -c 0 .venv/bin/python benchmarks/checkworthy_speed.py``.
Sentences come from the CLEF debates when ../shared is present (the model's own domain),
otherwise from a synthetic mix; the model is loaded before timing starts.
"""

from __future__ import annotations

import argparse
import os
import time

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

from newsaudit.models import checkworthy as cw  # noqa: E402 - after the thread limits
from newsaudit.training.checkworthy import read_debates  # noqa: E402

SYNTHETIC = [
    "Unemployment fell to 4.1 percent last year, the lowest rate since 1969.",
    "Thank you very much, it is great to be here tonight.",
    "The government has plans for up to eight resorts in the UK, one of which is in Glasgow.",
    "Officials said the plan may be delayed until Thursday because of renewed fighting.",
]


def sentences(n: int) -> list[str]:
    """n sentences: real debate lines when available, else the synthetic mix repeated."""
    try:
        pool = [s for d in read_debates(cw.DEFAULT_DATA) for s in d.sentences]
    except Exception:  # no ../shared: still measure something comparable
        pool = SYNTHETIC
    return [pool[i % len(pool)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=20000, help="sentences to score")
    parser.add_argument("--batch", type=int, default=1000, help="sentences per score() call")
    parser.add_argument("--repeat", type=int, default=3, help="take the best of N runs")
    args = parser.parse_args()
    texts = sentences(args.n)
    cw.score(texts[:10])  # load the model and warm the vectorisers
    best = float("inf")
    for _ in range(args.repeat):
        started = time.perf_counter()
        for i in range(0, len(texts), args.batch):
            cw.score(texts[i : i + args.batch])
        best = min(best, time.perf_counter() - started)
    one = min(_timed(lambda: cw.score([texts[0]])) for _ in range(200))
    print(
        f"{len(texts)} sentences in batches of {args.batch}: {len(texts) / best:,.0f} "
        f"sentences/s (best of {args.repeat}); one sentence per call: {one * 1e3:.2f} ms"
    )


def _timed(call) -> float:
    started = time.perf_counter()
    call()
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
