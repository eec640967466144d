"""Speed of the once-per-article NLP stage: stock spaCy pipeline vs `newsaudit.nlp`'s one.

Both pipelines are loaded in this process and run on the same articles, interleaved (the order
alternates per article) so that load from other jobs on the machine hits both alike. Times
are CPU seconds of this process (BLAS/OpenMP threads pinned to 1: a one-core figure), per
component, plus wall-clock articles/s. ``--check`` also compares every token's annotations.

Usage: python benchmarks/nlp_speed.py [--data FILE.jsonl] [--offset N] [--limit N] [--check]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from collections import Counter  # noqa: E402
from pathlib import Path  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared/data/corpora/bbc/articles.jsonl"
FIELDS = ("text", "idx", "tag", "pos", "lemma", "dep", "head", "ent_iob", "ent_type", "morph")
FIELDS += ("sent_start",)


def spacy_version() -> str:
    import spacy

    return spacy.__version__


def load_texts(path: Path, offset: int, limit: int) -> list[str]:
    """Article texts exactly as `build_document` sees them (title + body, normalised)."""
    from newsaudit.ingest import to_article

    with path.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    records = records[offset : offset + limit] if limit else records[offset:]
    return [to_article(record).text for record in records]


def run_timed(nlp, text: str, totals: dict[str, float]):
    """Run the pipeline component by component, adding each one's CPU time to ``totals``."""
    started = time.process_time()
    doc = nlp.make_doc(text)
    totals["tokenizer"] = totals.get("tokenizer", 0.0) + time.process_time() - started
    for name, component in nlp.pipeline:
        started = time.process_time()
        doc = component(doc)
        totals[name] = totals.get(name, 0.0) + time.process_time() - started
    return doc


def annotations(doc) -> tuple[list[tuple], list[tuple]]:
    """Everything downstream code reads from a parsed doc, as plain values."""
    tokens = [
        (
            t.text,
            t.idx,
            t.tag_,
            t.pos_,
            t.lemma_,
            t.dep_,
            t.head.i,
            t.ent_iob_,
            t.ent_type_,
            str(t.morph),
            t.is_sent_start,
        )
        for t in doc
    ]
    return tokens, [(e.start_char, e.end_char, e.label_) for e in doc.ents]


def compare(old, new, tally: Counter) -> None:
    """Count differing documents, tokens and fields between two parses of one text."""
    a, b = annotations(old), annotations(new)
    tally["tokens"] += len(a[0])
    if a == b:
        return
    tally["documents differing"] += 1
    tally["entity lists differing"] += a[1] != b[1]
    for x, y in zip(a[0], b[0], strict=False):
        if x != y:
            tally["tokens differing"] += 1
            for field, u, v in zip(FIELDS, x, y, strict=True):
                tally[f"field {field}"] += u != v


def report(texts: list[str], totals: dict[str, dict[str, float]], wall: dict[str, float]) -> None:
    n = len(texts)
    names = list(totals["old"])
    print(f"articles: {n}, mean chars: {sum(map(len, texts)) / n:.0f}")
    print(f"{'component':<28}{'old ms':>9}{'new ms':>9}{'old/new':>9}")
    for name in names:
        old, new = totals["old"][name] / n * 1000, totals["new"].get(name, 0.0) / n * 1000
        ratio = f"{old / new:.2f}" if new > 0 else "-"
        print(f"{name:<28}{old:>9.2f}{new:>9.2f}{ratio:>9}")
    cpu = {k: sum(v.values()) for k, v in totals.items()}
    print(
        f"{'total CPU':<28}{cpu['old'] / n * 1000:>9.2f}{cpu['new'] / n * 1000:>9.2f}"
        f"{cpu['old'] / cpu['new']:>9.2f}"
    )
    print(f"articles/s (CPU)  old {n / cpu['old']:.1f}   new {n / cpu['new']:.1f}")
    print(f"articles/s (wall) old {n / wall['old']:.1f}   new {n / wall['new']:.1f}")


def time_piped(nlp, block: list[str], batch: int, tally: dict[str, float]) -> list:
    """Parse ``block`` with ``nlp.pipe`` (as `build_documents` does), adding its CPU time."""
    started = time.process_time()
    docs = list(nlp.pipe(block, batch_size=batch))
    tally["cpu"] = tally.get("cpu", 0.0) + time.process_time() - started
    return docs


def run_block(block, pipelines, totals, wall, batch, rotation) -> dict[str, list]:
    """Every configuration on one block of articles, in a rotating order (noise hits all)."""
    keys = [k for k in ("old", "new", "piped") if k in pipelines]
    keys = keys[rotation % len(keys) :] + keys[: rotation % len(keys)]
    docs: dict[str, list] = {}
    for key in keys:
        started = time.perf_counter()
        if key == "piped":
            docs[key] = time_piped(pipelines[key], block, batch, totals[key])
        else:
            docs[key] = [run_timed(pipelines[key], text, totals[key]) for text in block]
        wall[key] += time.perf_counter() - started
    return docs


def print_checks(n: int, tallies: dict[str, Counter]) -> None:
    for key, tally in tallies.items():
        differing = {k: v for k, v in tally.items() if k != "tokens"}
        print(
            f"equality old vs {key}: {n} documents, {tally['tokens']} tokens compared;",
            f"differences: {differing or 'none'}",
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--offset", type=int, default=0, help="skip the first N articles")
    parser.add_argument("--limit", type=int, default=200, help="articles to time (0 = all)")
    parser.add_argument("--warmup", type=int, default=5, help="untimed articles first")
    parser.add_argument("--check", action="store_true", help="compare every annotation too")
    parser.add_argument("--batch", type=int, default=0, help="also time new via nlp.pipe")
    args = parser.parse_args()
    if not args.data.exists():
        print(f"skipped: {args.data} not found (../shared is not beside the project)")
        return 0
    from newsaudit.nlp import build_pipeline, has_profiling_hooks

    texts = load_texts(args.data, args.offset, args.limit + args.warmup)
    pipelines = {"old": build_pipeline(fast=False), "new": build_pipeline(fast=True)}
    hooks = has_profiling_hooks(pipelines["new"])
    print(f"spaCy {spacy_version()}, Cython profiling hooks compiled in: {hooks}")
    if args.batch:
        pipelines["piped"] = build_pipeline(fast=True)  # own caches, so no head start
    for text in texts[: args.warmup]:
        for nlp in pipelines.values():
            nlp(text)
    texts = texts[args.warmup :]
    totals: dict[str, dict[str, float]] = {key: {} for key in pipelines}
    wall = dict.fromkeys(pipelines, 0.0)
    tallies: dict[str, Counter] = {key: Counter() for key in pipelines if key != "old"}
    step = max(1, args.batch)
    for number, first in enumerate(range(0, len(texts), step)):
        block = texts[first : first + step]
        docs = run_block(block, pipelines, totals, wall, step, number)
        for key, tally in tallies.items():
            for old, new in zip(docs["old"], docs[key], strict=True) if args.check else ():
                compare(old, new, tally)
    report(texts, {k: totals[k] for k in ("old", "new")}, wall)
    if args.batch:
        cpu = totals["piped"]["cpu"]
        print(
            f"new via nlp.pipe(batch_size={args.batch}): {cpu / len(texts) * 1000:.2f} CPU ms"
            f" per article, {len(texts) / cpu:.1f} articles/s (CPU),"
            f" {len(texts) / wall['piped']:.1f} (wall)"
        )
    if args.check:
        print_checks(len(texts), tallies)
    return 0


if __name__ == "__main__":
    sys.exit(main())
