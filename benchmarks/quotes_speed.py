"""How long quote extraction adds per article (the spaCy parse is excluded: it runs once).

    .venv/bin/python benchmarks/quotes_speed.py [ARTICLE.txt ...]

Without arguments it times a synthetic ~900-character article written for this benchmark.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from newsaudit.document import build_document
from newsaudit.extractors.quote_cues import load_cue_model
from newsaudit.extractors.quotes import extract_quotes
from newsaudit.findings import Structure

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


def main(paths: list[str]) -> None:
    started = time.perf_counter()
    load_cue_model()
    print(f"cue model load: {(time.perf_counter() - started) * 1000:.0f} ms (once per process)")
    texts = [(p, Path(p).read_text(encoding="utf-8")) for p in paths] or [("synthetic", SYNTHETIC)]
    for name, text in texts:
        median_ms, count = time_one(text)
        print(f"{name}: {len(text)} chars, {count} quotes, median {median_ms:.1f} ms per article")


if __name__ == "__main__":
    main(sys.argv[1:])
