"""Where the content of a matched quote starts or ends differently from PolNeAR's.

    PYTHONPATH=src .venv/bin/python benchmarks/content_boundary_errors.py [--fold 0] [--top 25]

Fits the four quote models on the other non-final buckets (3–4 minutes), extracts the held-out
bucket's quotes as `analyze` does, pairs each with the gold relation the scorer pairs it with,
and counts the matched quotes whose content is not an exact match by what differs: the start
or the end, too long or too short, with the most frequent first words of each difference. A
long tail with no frequent pattern says the boundary errors are conventions a rule cannot
capture one by one. The final part is never read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsaudit.evaluation.quotes import (
    DEFAULT_CACHE,
    exact_chars,
    gold_fragments,
    load_records,
    matched_gold,
    parsed_documents,
    quote_fragments,
)
from newsaudit.evaluation.splits import bucket_of
from newsaudit.training.quotes import shipped_quotes, train_models_and_bounds

DATA = Path(__file__).resolve().parents[1].parent / "shared/data/quotes/polnear_dev.jsonl"


def difference(text: str, predicted: set[int], gold: set[int]) -> list[tuple[str, str]]:
    """(kind, the first words of the differing stretch) for each end that differs."""
    found = []
    p_start, p_end, g_start, g_end = min(predicted), max(predicted), min(gold), max(gold)
    if p_start != g_start:
        kind = "start: too long" if p_start < g_start else "start: too short"
        stretch = text[min(p_start, g_start) : max(p_start, g_start)]
        found.append((kind, " ".join(stretch.split()[-3:])))
    if p_end != g_end:
        kind = "end: too long" if p_end > g_end else "end: too short"
        stretch = text[min(p_end, g_end) + 1 : max(p_end, g_end) + 1]
        found.append((kind, " ".join(stretch.split()[:3])))
    return found or [("inner fragments differ", "")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fold", type=int, default=0)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    records = load_records(DATA, "nonfinal")
    examples = [
        (str(r["doc_id"]), r["text"], d, r["attributions"])
        for r, d in parsed_documents(records, DEFAULT_CACHE)
    ]
    models = train_models_and_bounds([e for e in examples if bucket_of(e[0]) != args.fold])
    matched = exact = 0
    kinds: Counter[str] = Counter()
    words: dict[str, Counter[str]] = {}
    for doc_id, text, doc, gold in examples:
        if bucket_of(doc_id) != args.fold:
            continue
        quotes = [q for q, _ in shipped_quotes(doc, models)]
        for quote, pair in zip(quotes, matched_gold(text, quotes, gold), strict=True):
            if pair is None:
                continue
            matched += 1
            predicted = exact_chars(text, quote_fragments(quote, "content"))
            wanted = exact_chars(text, gold_fragments(gold[pair], "content"))
            if predicted == wanted:
                exact += 1
                continue
            for kind, stretch in difference(text, predicted, wanted):
                kinds[kind] += 1
                words.setdefault(kind, Counter())[stretch] += 1
    print(
        f"fold {args.fold}: {matched} matched quotes, content exact {exact} ({exact / matched:.3f})"
    )
    for kind, count in kinds.most_common():
        common = words[kind].most_common(args.top)
        top = sum(n for _, n in common)
        print(f"\n{kind}: {count}; its {len(common)} most frequent openings cover {top}")
        print("; ".join(f"{w!r} {n}" for w, n in common))


if __name__ == "__main__":
    main()
