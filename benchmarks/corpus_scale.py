"""Scale figures for the corpus store: ingest rate, trace latency, index size, peak memory.

Builds a corpus of N articles (default 100,000) in /tmp by recombining sentences of the shared
BBC and FakeNewsNet corpora with a seed. Most sentences get ~35% of their words replaced by
random corpus words (so the corpus is not one big reprint), 15% stay verbatim (so real reuse
and long posting lists exist). Half the articles get a date.

    nice -n 10 .venv/bin/python benchmarks/corpus_scale.py [--n 100000] [--seed 7]

Ingest and trace each run under /usr/bin/time -v in a child process, for peak memory.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = Path("/tmp/newsaudit-scale")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def build_corpus(path: Path, n: int, seed: int) -> None:
    from newsaudit.corpus.bench import find_data_dir, load_records

    rng = random.Random(seed)
    records = load_records(find_data_dir(None))
    sentences = [s for r in records for s in _SENT.split(r["text"].replace("\n\n", " "))]
    sentences = [s for s in sentences if len(s.split()) >= 6]
    vocab = [w for s in sentences[:20000] for w in s.split() if w.isalpha()]
    titles = [r["title"] for r in records if r.get("title")]
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            body = []
            for _ in range(4):
                para = [
                    _mutate(rng.choice(sentences), rng, vocab) for _ in range(rng.randint(2, 4))
                ]
                body.append(" ".join(para))
            record = {"id": f"scale-{i}", "title": rng.choice(titles), "text": "\n\n".join(body)}
            if rng.random() < 0.5:
                record["date"] = (
                    f"{rng.randint(2004, 2017)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                )
            out.write(json.dumps(record) + "\n")


def _mutate(sentence: str, rng: random.Random, vocab: list[str]) -> str:
    if rng.random() < 0.15:
        return sentence
    return " ".join(rng.choice(vocab) if rng.random() < 0.35 else w for w in sentence.split())


def timed(cmd: list[str]) -> tuple[float, float, int, str]:
    """Run under /usr/bin/time -v: wall seconds, CPU seconds, peak RSS in MB, stdout."""
    started = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True, check=True)
    wall = time.perf_counter() - started
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr).group(1))
    cpu = sum(
        float(re.search(rf"{k} time \(seconds\): ([\d.]+)", proc.stderr).group(1))
        for k in ("User", "System")
    )
    return wall, cpu, rss // 1024, proc.stdout


def trace_latencies(db: str, n: int, seed: int) -> dict:
    """Trace stored articles by id and derived articles (stored passages in new text)."""
    from newsaudit.corpus import load_article, open_store, trace_article
    from newsaudit.ingest import article_from_parts

    rng = random.Random(seed)
    store = open_store(db)
    total = store.query("SELECT max(id) FROM articles")[0][0]
    times, cpu, hits = [], [], 0  # wall and CPU ms: the machine is shared, CPU is the cost
    for k in range(n):
        a = load_article(store, f"#{rng.randint(1, total)}")
        if k % 2:
            b = load_article(store, f"#{rng.randint(1, total)}")
            a = article_from_parts(a.text[-1500:] + "\n\n" + b.text[200:700], "A derived story")
        started, cpu_started = time.perf_counter(), time.process_time()
        result = trace_article(a, store)
        times.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - cpu_started) * 1000)
        hits += bool(result["passages"])
    times.sort()
    cpu.sort()
    return {
        "cpu_median_ms": round(statistics.median(cpu), 2),
        "cpu_p95_ms": round(cpu[int(0.95 * len(cpu)) - 1], 2),
        "traced": n,
        "with_passages": hits,
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(times[int(0.95 * len(times)) - 1], 2),
        "max_ms": round(times[-1], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--traces", type=int, default=400)
    parser.add_argument("--trace-only", metavar="DB", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.trace_only:
        print(json.dumps(trace_latencies(args.trace_only, args.traces, args.seed)))
        return
    WORK.mkdir(parents=True, exist_ok=True)
    corpus, db = WORK / f"corpus-{args.n}-{args.seed}.jsonl", WORK / "scale.sqlite"
    if not corpus.exists():
        build_corpus(corpus, args.n, args.seed)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    newsaudit = str(ROOT / ".venv" / "bin" / "newsaudit")
    wall, cpu, rss, out = timed(
        [newsaudit, "corpus", "ingest", str(corpus), "--db", str(db), "--quiet"]
    )
    stats = json.loads(out)
    _, _, t_rss, t_out = timed(
        [sys.executable, __file__, "--trace-only", str(db), "--traces", str(args.traces)]
    )
    import sqlite3

    conn = sqlite3.connect(db)
    fp_rows = conn.execute("SELECT count(*) FROM fingerprints").fetchone()[0]
    fp_bytes = conn.execute(
        "SELECT sum(pgsize) FROM dbstat WHERE name = 'fingerprints'"
    ).fetchone()[0]
    conn.close()
    result = {
        "articles": stats["added"],
        "ingest_seconds": round(wall, 1),
        "ingest_articles_per_s": round(stats["added"] / wall, 1),
        "ingest_cpu_seconds": round(cpu, 1),
        "ingest_articles_per_cpu_s": round(stats["added"] / cpu, 1),
        "ingest_peak_rss_mb": rss,
        "db_file_mb": round(
            sum(Path(f"{db}{s}").stat().st_size for s in ("", "-wal") if Path(f"{db}{s}").exists())
            / 2**20,
            1,
        ),
        "fingerprint_rows": fp_rows,
        "fingerprint_index_mb": round((fp_bytes or 0) / 2**20, 1),
        "trace": json.loads(t_out),
        "trace_process_peak_rss_mb": t_rss,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
