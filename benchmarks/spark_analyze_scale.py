"""`corpus analyze-spark` on `local[2]` against `analyze-batch --workers 2` on the same input.

The input is BBC + FakeNewsNet as they are (``--n 0``), or a synthetic corpus of N articles built
by `corpus_scale.build_corpus` (sentences of those corpora recombined, with a seed). The two
commands alternate, round by round and in turn order, because the machine is shared: only the
ratio within one run means something. Each runs under /usr/bin/time -v into a fresh output.

    nice -n 10 .venv/bin/python benchmarks/spark_analyze_scale.py --n 10000 [--rounds 1]
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus_scale import build_corpus, timed

ROOT = Path(__file__).resolve().parents[1]
WORK = Path("/tmp/newsaudit-spark-scale")
CLI = str(ROOT / ".venv/bin/newsaudit")


def write_input(n: int, seed: int) -> Path:
    """The JSONL input: the real corpora (n == 0) or n synthetic articles."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / (f"synthetic-{n}-{seed}.jsonl" if n else "bbc-fnn.jsonl")
    if path.exists():
        return path
    if n:
        build_corpus(path, n, seed)
        return path
    from newsaudit.corpus.bench import find_data_dir, load_records

    with path.open("w", encoding="utf-8") as out:
        for record in load_records(find_data_dir(None)):
            out.write(json.dumps(record) + "\n")
    return path


def run_batch(source: Path, workers: int) -> dict:
    out = WORK / "batch.jsonl"
    out.unlink(missing_ok=True)
    wall, cpu, rss, _ = timed(
        [CLI, "analyze-batch", str(source), "-o", str(out), "--workers", str(workers)]
    )
    reports = sum(1 for line in out.open(encoding="utf-8") if '"error"' not in line[:200])
    return {
        "wall_s": round(wall, 1),
        "cpu_s": round(cpu, 1),
        "peak_rss_mb": rss,
        "reports": reports,
    }


def run_spark(source: Path, cores: int) -> dict:
    import pyarrow.parquet as pq

    out = WORK / "spark"
    shutil.rmtree(out, ignore_errors=True)
    cmd = [
        CLI,
        "corpus",
        "analyze-spark",
        str(source),
        "--out",
        str(out),
        "--master",
        f"local[{cores}]",
    ]
    wall, cpu, rss, _ = timed(cmd)
    reports = pq.read_table(out / "reports", columns=["id"]).num_rows
    errors_dir = out / "errors"
    errors = pq.read_table(errors_dir, columns=["id"]).num_rows if errors_dir.exists() else 0
    return {
        "wall_s": round(wall, 1),
        "cpu_s_driver": round(cpu, 1),
        "peak_rss_mb_largest_process": rss,
        "reports": reports,
        "errors": errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000, help="synthetic articles; 0: BBC + FNN")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2, help="batch workers = local[N] cores")
    args = parser.parse_args()
    source = write_input(args.n, args.seed)
    articles = sum(1 for line in source.open(encoding="utf-8") if line.strip())
    rounds = []
    for index in range(args.rounds):
        order = ("batch", "spark") if index % 2 == 0 else ("spark", "batch")
        result = {}
        for name in order:
            run = run_batch if name == "batch" else run_spark
            result[name] = run(source, args.workers)
            result[name]["articles_per_s"] = round(articles / result[name]["wall_s"], 2)
        result["spark_time_over_batch"] = round(
            result["spark"]["wall_s"] / result["batch"]["wall_s"], 3
        )
        rounds.append(result)
        print(json.dumps({"round": index + 1, "order": order, **result}), flush=True)
    print(json.dumps({"input": str(source), "articles": articles, "rounds": len(rounds)}))


if __name__ == "__main__":
    main()
