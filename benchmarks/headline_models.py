"""Speed of the learned headline checks on one core: stance pairs/s and clickbait headlines/s.

Three figures: stance on FNC-1-style pairs (each body split and embedded once, shared by its
headlines, as `eval stance` does), stance per article (one headline against a fresh body: the
cost the analysis pipeline pays), and clickbait headlines per second.
Usage: python benchmarks/headline_models.py [--bodies N] [--json]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NEWSAUDIT_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def stance_pairs(limit_bodies: int) -> dict:
    """Pairs/s over the first N FNC-1 bodies (sorted by id) and all their headlines."""
    from newsaudit.models import stance
    from newsaudit.training.fnc_data import read_folder

    bodies, pairs = read_folder(SHARED / "fnc1")
    keep = set(sorted(bodies, key=int)[:limit_bodies])
    chosen = [p for p in pairs if p.body_id in keep]
    model = stance.load_model()
    started = time.perf_counter()
    stance.predict_pairs(model, {b: bodies[b] for b in keep}, chosen)
    wall = time.perf_counter() - started
    return {
        "pairs": len(chosen),
        "bodies": len(keep),
        "pairs_per_second": round(len(chosen) / wall, 1),
    }


def stance_articles(limit_bodies: int) -> dict:
    """`predict` calls per second, each with a body never seen before (cold embeddings)."""
    from newsaudit.models import stance
    from newsaudit.training.fnc_data import read_folder

    bodies, pairs = read_folder(SHARED / "fnc1")
    first = {}
    for pair in pairs:
        first.setdefault(pair.body_id, pair.headline)
    chosen = sorted(first, key=int)[limit_bodies : 2 * limit_bodies]
    split = {b: stance.split_sentences(bodies[b]) for b in chosen}
    stance.predict(first[chosen[0]], split[chosen[0]])  # load model and session
    started = time.perf_counter()
    for body_id in chosen:
        stance.predict(first[body_id], split[body_id])
    wall = time.perf_counter() - started
    sentences = sum(len(s) for s in split.values())
    return {
        "articles": len(chosen),
        "mean_sentences": round(sentences / len(chosen), 1),
        "articles_per_second": round(len(chosen) / wall, 2),
        "ms_per_article": round(1000 * wall / len(chosen), 1),
    }


def clickbait_speed() -> dict:
    from newsaudit.models import clickbait

    texts, _ = clickbait.read_folder(SHARED / "clickbait")
    clickbait.probability(texts[:10])
    started = time.perf_counter()
    clickbait.probability(texts)
    wall = time.perf_counter() - started
    return {"headlines": len(texts), "headlines_per_second": round(len(texts) / wall, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bodies", type=int, default=60, help="FNC-1 bodies to time")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not SHARED.exists():
        print(f"skipped: {SHARED} not found (../shared is not beside the project)")
        return 0
    from newsaudit.errors import ModelMissingError

    try:
        result = {
            "stance_pairs": stance_pairs(args.bodies),
            "stance_articles": stance_articles(args.bodies),
            "clickbait": clickbait_speed(),
        }
    except ModelMissingError as error:
        print(f"skipped: {error}")
        return 0
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for name, figures in result.items():
            print(f"{name}: " + ", ".join(f"{k} {v}" for k, v in figures.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
