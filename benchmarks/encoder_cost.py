"""What a contextual encoder would cost the quote stage: MiniLM-L6 (int8 ONNX, the smallest
transformer the project ships) run over every word-piece of a BBC article on one thread.

    PYTHONPATH=src taskset -c 0 .venv/bin/python benchmarks/encoder_cost.py [--articles 60]

Compare the median with the quote stage's budget (15 ms per BBC article) and with `analyze`'s
headroom under 1.5x the stock spaCy pipeline (`benchmarks/analyze_vs_spacy.py`). Times are CPU
time of this process; the session is built before timing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path

BBC = Path(__file__).resolve().parents[1].parent / "shared/data/corpora/bbc/articles.jsonl"
WINDOW = 254  # word-pieces per window, with [CLS] and [SEP] the model's 256


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=60)
    limit = parser.parse_args().articles
    os.environ["NEWSAUDIT_THREADS"] = "1"
    from newsaudit.models import embeddings

    embeddings.embed(["warm-up"])
    texts = []
    with BBC.open(encoding="utf-8") as lines:
        for line in lines:
            texts.append(json.loads(line)["text"])
            if len(texts) == limit:
                break
    costs, sizes = [], []
    for text in texts:
        ids = embeddings.piece_ids(text, limit=1_000_000)
        windows = [
            [embeddings.CLS, *ids[i : i + WINDOW], embeddings.SEP]
            for i in range(0, len(ids), WINDOW)
        ]
        started = time.process_time()
        for window in windows:
            embeddings._run([window])
        costs.append((time.process_time() - started) * 1000)
        sizes.append(len(ids))
    print(
        f"{len(texts)} BBC articles: median {statistics.median(sizes):.0f} word-pieces; "
        f"MiniLM-L6 int8 over the whole article: median {statistics.median(costs):.1f} CPU ms, "
        f"mean {statistics.mean(costs):.1f}"
    )


if __name__ == "__main__":
    main()
