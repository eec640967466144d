"""`newsaudit.analyze` against the stock spaCy small pipeline on the same BBC articles.

Issue 14's speed bound: the whole analysis stays within 1.5x the time of the stock
`en_core_web_sm` pipeline (all its components, spaCy's defaults) on the same articles. Both run
in this process on one core, alternated article by article (stock, then analyze, then the next
article), so both see the same machine; times are CPU time of this process. Models load and a
few articles run before timing.

    taskset -c 0 python benchmarks/analyze_vs_spacy.py [--limit 150] [--json]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import statistics  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/corpora/bbc/articles.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--limit", type=int, default=150)
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (../shared is not beside the project)")
        return 0
    import newsaudit
    from newsaudit.nlp import build_pipeline

    with args.data.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    records = records[: args.limit + args.warmup]
    stock = build_pipeline(fast=False)  # the stock en_core_web_sm pipeline, every component
    for record in records[: args.warmup]:
        stock(record["text"])
        newsaudit.analyze(record)
    times: dict[str, list[float]] = {"stock_spacy": [], "analyze": []}
    for record in records[args.warmup :]:
        started = time.process_time()
        stock(record["text"])
        times["stock_spacy"].append(time.process_time() - started)
        started = time.process_time()
        newsaudit.analyze(record)
        times["analyze"].append(time.process_time() - started)
    total = {k: sum(v) for k, v in times.items()}
    result = {
        "articles": len(times["analyze"]),
        "cpu_ms_per_article": {k: round(v / len(times[k]) * 1000, 2) for k, v in total.items()},
        "median_ms": {k: round(statistics.median(v) * 1000, 2) for k, v in times.items()},
        "ratio_total": round(total["analyze"] / total["stock_spacy"], 3),
    }
    if args.json:
        print(json.dumps(result))
    else:
        per = result["cpu_ms_per_article"]
        print(
            f"{result['articles']} articles: analyze {per['analyze']} CPU ms per article, stock "
            f"spaCy {per['stock_spacy']} ms; analyze / stock = {result['ratio_total']} "
            "(target <= 1.5)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
