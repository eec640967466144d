"""How long quote extraction adds per article (the spaCy parse is excluded: it runs once).

    .venv/bin/python benchmarks/quotes_speed.py [ARTICLE.txt ...]
    .venv/bin/python benchmarks/quotes_speed.py --bbc 150 [--rounds 3]

Without arguments it times a synthetic ~900-character article written for this benchmark.
With ``--bbc N`` it times the quote stage on the first N BBC articles of ../shared (parsed
once, before timing), with and without the learned boundary model, alternated round by round
so that both see the same machine, and prints the median per article and the ratio. Times
are CPU time of this process (``time.process_time``): on a shared machine wall time counts the
other processes' turns too.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from newsaudit.document import build_document
from newsaudit.extractors.quote_bounds import load_boundary_model
from newsaudit.extractors.quote_cues import load_cue_model
from newsaudit.extractors.quote_filter import load_quote_filter
from newsaudit.extractors.quotes import extract_quotes, extract_quotes_with
from newsaudit.extractors.speaker_ranker import load_speaker_ranker
from newsaudit.findings import Structure

BBC = Path(__file__).resolve().parents[1].parent / "shared/data/corpora/bbc/articles.jsonl"
SYNTHETIC = "\n\n".join(
    [
        "City council approves new bridge after long debate",
        "The city council voted on Tuesday to build a new bridge over the river, ending a "
        "dispute that had lasted three years, officials said.",
        "“This is a good day for everyone who crosses the river to get to work,” said Mayor "
        "Anna Berg. “We listened, and we changed the plan.”",
        "Opponents accused the council of ignoring the cost. According to the finance "
        "department, the bridge will cost 40 million euros, twice the first estimate.",
        "Council member Tom Reyes told the local radio station that he had voted against it "
        "because the budget was not ready. He said he would ask for an audit.",
        "Residents were divided. Some said the old bridge was unsafe; others warned that the "
        "work would close the main road for a year, the newspaper reported.",
        "Berg lashed out at critics during the session:",
        "“Doing nothing is not free. Every year we wait, repairs cost more.”",
    ]
)


def time_one(text: str, repeats: int = 30) -> tuple[float, int]:
    doc = build_document(text)
    extract_quotes(doc, Structure())  # warm-up
    runs = []
    for _ in range(repeats):
        started = time.perf_counter()
        quotes = extract_quotes(doc, Structure())
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs), len(quotes)


def bbc_rounds(limit: int, rounds: int) -> dict:
    """Per-article quote-stage time on BBC articles, with and without the boundary model."""
    lines = BBC.read_text(encoding="utf-8").splitlines()[:limit]
    docs = [build_document(json.loads(line)["text"]) for line in lines]
    models = (load_cue_model(), load_quote_filter(), load_speaker_ranker())
    variants = {"without_bounds": None, "with_bounds": load_boundary_model()}
    times: dict[str, list[float]] = {name: [] for name in variants}
    counts: dict[str, int] = {}
    for _ in range(rounds):
        for name, bounds in variants.items():  # alternated: both see the same machine
            total = 0
            for doc in docs:
                started = time.process_time()
                total += len(extract_quotes_with(doc, Structure(), *models, bounds))
                times[name].append((time.process_time() - started) * 1000)
            counts[name] = total
    medians = {name: statistics.median(v) for name, v in times.items()}
    means = {name: statistics.fmean(v) for name, v in times.items()}
    return {
        "articles": len(docs),
        "rounds": rounds,
        "median_ms": {k: round(v, 2) for k, v in medians.items()},
        "mean_ms": {k: round(v, 2) for k, v in means.items()},
        "quotes": counts,
        "ratio_median": round(medians["with_bounds"] / medians["without_bounds"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--bbc", type=int, default=0, help="time the first N BBC articles")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    load_cue_model()
    print(f"cue model load: {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")
    if args.bbc:
        if not BBC.exists():
            raise SystemExit(f"needs {BBC} (../shared is not beside the project)")
        print(json.dumps(bbc_rounds(args.bbc, args.rounds)))
        return
    texts = [(p, Path(p).read_text(encoding="utf-8")) for p in args.paths]
    for name, text in texts or [("synthetic", SYNTHETIC)]:
        median_ms, count = time_one(text)
        print(f"{name}: {len(text)} chars, {count} quotes, median {median_ms:.1f} ms per article")


if __name__ == "__main__":
    main()
