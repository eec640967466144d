"""Cost of an article dense with reporting cues against an ordinary one of the same length.

    .venv/bin/python benchmarks/dense_quotes.py [--sizes 18000,36000,72000] [--json]

Quote extraction must stay near-linear in the number of cues: an article where every sentence
says "X said …" may cost at most 2x an ordinary article of the same length (the whole analysis).
The ordinary text is BBC articles joined (../shared), or the synthetic article of
quotes_speed.py repeated when ../shared is absent; the dense one is generated here. Each size is
timed alternately (dense, ordinary, dense, ordinary) so machine noise hits both alike.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BBC = HERE.parents[0].parent / "shared" / "data" / "corpora" / "bbc" / "articles.jsonl"

SHAPES = ("paragraphs", "lines", "one-paragraph")
NAMES = [
    "Anna Berg",
    "Tom Reyes",
    "the minister",
    "a spokeswoman",
    "Mr Okafor",
    "officials",
    "the company",
    "Dr Lina Park",
    "police",
    "the mayor",
    "Senator Hill",
    "residents",
]
VERBS = ["said", "told reporters", "added", "warned", "claimed", "insisted", "argued", "noted"]
CLAUSES = ["the plan would cost more than expected", "the bridge was unsafe",
           "talks had broken down on Tuesday", "nobody had been told about the change",
           "the figures were wrong", "the vote should be delayed", "prices would rise again",
           "the report was published too late"]  # fmt: skip


def dense_text(chars: int, shape: str = "paragraphs") -> str:
    """Sentences that are all attributions, about ``chars`` long: in paragraphs of four
    (``paragraphs``), one a line (``lines``) or all in one paragraph (``one-paragraph``)."""
    combos = itertools.cycle(itertools.product(NAMES, VERBS, CLAUSES))
    paragraphs, sentences, size = [], [], 0
    for n, (name, verb, clause) in enumerate(combos):
        if n % 3 == 0:
            sentence = f"“{clause.capitalize()},” {name} {verb}."
        elif n % 3 == 1:
            sentence = f"{name[0].upper()}{name[1:]} {verb} that {clause}."
        else:
            sentence = f"According to {name}, {clause}."
        sentences.append(sentence)
        size += len(sentence) + 1
        if len(sentences) == 4:
            paragraphs.append(" ".join(sentences))
            sentences = []
        if size >= chars:
            break
    body = "\n\n".join([*paragraphs, " ".join(sentences)]).strip()
    if shape == "lines":
        body = "\n".join(s for p in body.split("\n\n") for s in p.split(". ") if s)
    elif shape == "one-paragraph":
        body = body.replace("\n\n", " ")
    return "Dense test\n\n" + body


def ordinary_text(chars: int) -> str:
    """Real news text (BBC) when ../shared is there, else a synthetic article repeated."""
    parts: list[str] = []
    if BBC.exists():
        with BBC.open(encoding="utf-8") as handle:
            for line in handle:
                parts.append(json.loads(line)["text"])
                if sum(map(len, parts)) >= chars:
                    break
    else:
        sys.path.insert(0, str(HERE))
        from quotes_speed import SYNTHETIC

        parts = [SYNTHETIC] * (chars // len(SYNTHETIC) + 1)
    return "Ordinary test\n\n" + "\n\n".join(parts)[:chars].rsplit(" ", 1)[0] + "."


def timed(analyze, text: str) -> float:
    started = time.perf_counter()
    analyze(text, stance=False)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="18000,36000,72000")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from newsaudit.ingest import Article
    from newsaudit.pipeline import analyze

    analyze(Article(text="Warm up\n\nThe mayor said it was fine."), stance=False)
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        ordinary = ordinary_text(size)
        texts = {shape: dense_text(size, shape) for shape in SHAPES}
        times: dict[str, list[float]] = {name: [] for name in [*SHAPES, "ordinary"]}
        for _ in range(args.rounds):
            for shape, text in texts.items():  # each dense shape, then the ordinary text
                times[shape].append(timed(analyze, text))
            times["ordinary"].append(timed(analyze, ordinary))
        base = min(times["ordinary"])
        for shape, text in texts.items():
            row = {
                "chars": size,
                "shape": shape,
                "cues": text.count(" said") + text.count("According"),
                "dense_s": round(min(times[shape]), 2),
                "ordinary_s": round(base, 2),
                "ratio": round(min(times[shape]) / base, 2),
            }
            rows.append(row)
            print(json.dumps(row) if args.json else
                  f"{size:>7} chars, {shape:>13}: dense {row['dense_s']:.2f} s, ordinary "
                  f"{row['ordinary_s']:.2f} s, ratio {row['ratio']:.2f} (target <= 2)",
                  flush=True)  # fmt: skip
    return 0 if all(r["ratio"] <= 2 for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
