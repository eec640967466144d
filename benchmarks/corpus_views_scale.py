"""Latency of the cross-article views on a 100,000-article store (SQLite, or PostgreSQL).

The store is synthetic, and says so: analysing 100,000 articles takes about 40 minutes of two
cores, so its reports are the real reports of analysed articles (an `analyze-batch` output of
the shared BBC + FakeNewsNet corpora) reused under new ids. Copy i of report r gets the id
``syn-i``, one of 40 synthetic outlets and a synthetic date; its text and every span are r's.
Only the first copy of each distinct text goes into the fingerprint index (a copy is stored with its
content hash salted by its number, and no fingerprints, so the reprint clusters behind
`corpus relays` come from the real articles only).

    nice -n 10 .venv/bin/python benchmarks/corpus_views_scale.py REPORTS.jsonl \
        [--n 100000] [--db /tmp/newsaudit-views/views.sqlite] [--repeat 20]

Prints the index build time and, per view, the median, 90th percentile and maximum latency of
`--repeat` calls in one process (the index already built), as JSON.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import statistics
import sys
import time
from pathlib import Path

WORK = Path("/tmp/newsaudit-views")
OUTLETS = 40


def load_reports(path: Path) -> list[dict]:
    reports = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            report = json.loads(line)
            if "error" not in report:
                report.pop("id", None)  # a stored report is the bare report (corpus ingest)
                reports.append(report)
    return reports


def build_store(url: str, reports: list[dict], n: int, seed: int) -> None:
    from newsaudit.corpus import open_store
    from newsaudit.corpus.fingerprint import fingerprints
    from newsaudit.corpus.store import content_hash

    rng = random.Random(seed)
    seen: set[str] = set()  # the real corpus repeats a few texts: their copies are salted too
    cols = (
        "content_hash, record_id, title, text, date, source, url, author, origin, meta, "
        "report, n_fingerprints"
    )
    with open_store(url, create=True) as store:
        for lo in range(0, n, 2000):
            rows, prints = [], []
            for i in range(lo, min(n, lo + 2000)):
                report = reports[i % len(reports)]
                text = report["text"]
                first = i < len(reports) and content_hash(text) not in seen
                if first:
                    seen.add(content_hash(text))
                outlet = f"outlet-{rng.randrange(OUTLETS):02d}"
                date = f"{2004 + i % 14}-{1 + i % 12:02d}-{1 + i % 28:02d}"
                article = {**report["article"], "id": f"syn-{i}", "source": outlet, "date": date}
                stored = json.dumps({**report, "article": article}, ensure_ascii=False)
                digest = content_hash(text) if first else hashlib.sha256(
                    f"{i}\x00{text}".encode()
                ).hexdigest()  # fmt: skip
                hashes = fingerprints(text).tolist() if first else []
                rows.append(
                    (digest, f"syn-{i}", article.get("title"), text, date, outlet, None, None,
                     "synthetic", "{}", stored, len(hashes))
                )  # fmt: skip
                prints.append((digest, hashes))
            with store.transaction():
                store.executemany(
                    f"INSERT INTO articles ({cols}) VALUES ({','.join('?' * 12)})", rows
                )
                ids = dict(
                    store.query_in(
                        "SELECT content_hash, id FROM articles WHERE content_hash IN "
                        "({placeholders})",
                        [d for d, _ in prints],
                    )
                )
                store.executemany(
                    "INSERT INTO fingerprints (hash, article_id) VALUES (?, ?) "
                    "ON CONFLICT DO NOTHING",
                    sorted((h, ids[d]) for d, hs in prints for h in hs),
                )
            print(f"stored {min(n, lo + 2000)}", file=sys.stderr, end="\r")


def _timed(call, repeat: int) -> dict:
    times = []
    for k in range(repeat):
        started = time.perf_counter()
        call(k)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "calls": repeat,
        "median_ms": round(statistics.median(times), 1),
        "p90_ms": round(times[int(0.9 * (len(times) - 1))], 1),
        "max_ms": round(times[-1], 1),
    }


def measure(url: str, reports: list[dict], repeat: int, seed: int) -> dict:
    from newsaudit.corpus import open_store
    from newsaudit.corpus.views import (
        ensure_views,
        find_quote,
        list_conflicts,
        list_relays,
        list_sources,
        list_speakers,
    )

    rng = random.Random(seed)
    quotes = [q["content"]["text"] for r in reports for q in r["quotes"] if q["content"]["text"]]
    asked = [q for q in rng.sample(quotes, min(len(quotes), 5 * repeat)) if len(q.split()) >= 5]
    speakers = [q["speaker"]["name"] for r in reports for q in r["quotes"] if q["speaker"]["name"]]
    names = rng.sample(speakers, min(len(speakers), repeat))
    sources = [s["name"] for r in reports for s in r["sources"]]
    source_names = rng.sample(sources, min(len(sources), repeat))
    with open_store(url) as store:
        started = time.perf_counter()
        built = ensure_views(store, quiet=True, rebuild=True)
        build_s = round(time.perf_counter() - started, 1)
        n_articles = store.query("SELECT count(*) FROM articles")[0][0]
        found = [len(find_quote(store, q)["appearances"]) for q in asked[:repeat]]
        figures = {
            "staleness check (every command)": _timed(lambda k: ensure_views(store), repeat),
            "quotes": _timed(lambda k: find_quote(store, asked[k % len(asked)]), repeat),
            "conflicts (first 100)": _timed(lambda k: list_conflicts(store), repeat),
            "speakers (top 50)": _timed(lambda k: list_speakers(store), repeat),
            "speakers --name": _timed(lambda k: list_speakers(store, names[k]), repeat),
            "sources (top 50)": _timed(lambda k: list_sources(store), repeat),
            "sources --name": _timed(lambda k: list_sources(store, source_names[k]), repeat),
            "relays (top 200)": _timed(lambda k: list_relays(store), repeat),
            "relays --outlet": _timed(
                lambda k: list_relays(store, f"outlet-{k % OUTLETS:02d}"), repeat
            ),
        }
        conflicts = list_conflicts(store, limit=1)["total"]
    return {
        "articles": n_articles,
        "index": {**(built or {}), "build_s": build_s},
        "conflicting_quotations": conflicts,
        "appearances_per_quote_query": {
            "median": statistics.median(found) if found else 0,
            "max": max(found, default=0),
        },
        "latency": figures,
    }


def _cli(url: str, repeat: int = 3) -> dict:
    """Whole commands, as a user runs them: Python start-up and imports included."""
    import os
    import subprocess

    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    out = {}
    for view in (["conflicts"], ["speakers", "--name", "Blair"], ["relays"]):
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            cmd = [sys.executable, "-m", "newsaudit", "corpus", *view, "--db", url, "--json"]
            subprocess.run(cmd, env=env, check=True, capture_output=True)
            times.append(time.perf_counter() - started)
        out[" ".join(view)] = round(statistics.median(times), 2)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reports", type=Path, help="an analyze-batch output (JSON lines)")
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--db", default=str(WORK / "views.sqlite"), help="SQLite path or URL")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reuse", action="store_true", help="keep an existing store")
    args = parser.parse_args()
    reports = load_reports(args.reports)
    if not args.reuse:
        if "://" not in args.db:
            for suffix in ("", "-wal", "-shm"):
                Path(args.db + suffix).unlink(missing_ok=True)
        started = time.perf_counter()
        build_store(args.db, reports, args.n, args.seed)
        print(f"store built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    result = measure(args.db, reports, args.repeat, args.seed)
    result["real_reports"] = len(reports)
    result["cli_wall_s"] = _cli(args.db)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
