"""Speed of `newsaudit.analyze` on a real corpus: start-up, throughput, latency, peak memory.

Runs in one process on one core (BLAS/OpenMP threads pinned to 1 before anything imports them).
Usage: python benchmarks/analyze_speed.py [--data FILE.jsonl] [--limit N] [--json]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import resource  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/corpora/bbc/articles.jsonl"


def load_records(path: Path, limit: int) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    return records[:limit] if limit else records


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=300, help="articles to time (0 = all)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-stance",
        dest="stance",
        action="store_false",
        help="skip the learned headline stance (analyze(stance=False))",
    )
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (../shared is not beside the project)")
        return 0
    records = load_records(args.data, args.limit)
    started = time.perf_counter()
    import newsaudit

    newsaudit.analyze(records[0], stance=args.stance)
    startup = time.perf_counter() - started
    latencies = []
    wall = time.perf_counter()
    for record in records:
        t0 = time.perf_counter()
        newsaudit.analyze(record, stance=args.stance)
        latencies.append(time.perf_counter() - t0)
    wall = time.perf_counter() - wall
    result = {
        "stance": args.stance,
        "articles": len(records),
        "articles_per_second": round(len(records) / wall, 2),
        "median_ms": round(statistics.median(latencies) * 1000, 1),
        "p95_ms": round(percentile(latencies, 0.95) * 1000, 1),
        "startup_s": round(startup, 2),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "mean_chars": round(statistics.mean(len(r.get("text", "")) for r in records)),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>20}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
