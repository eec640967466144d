"""Stance stage per article, alternated against a baseline version in the same process.

The baseline is another version of ``newsaudit/models/stance.py`` (e.g. from ``git show``) with
its own artifact. Each round times ``predict`` on the same FNC-1 bodies (one headline each,
as `analyze` calls it) with the embedding memo cleared before every call, so every body is
cold; the versions alternate round by round and the median round is reported.
Usage: python benchmarks/stance_ab.py --baseline-code OLD.py --baseline-model OLD.npz
       [--bodies 60] [--rounds 7]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "NEWSAUDIT_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import statistics  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

SHARED = Path(__file__).resolve().parents[2] / "shared" / "data"


def _module(path: Path):
    spec = importlib.util.spec_from_file_location("stance_baseline", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules["stance_baseline"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def _round(module, model, cases) -> float:
    started = time.perf_counter()
    for headline, sentences in cases:
        module._RECENT.clear()
        module.predict(headline, sentences, model)
    return 1000 * (time.perf_counter() - started) / len(cases)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--baseline-code", type=Path, required=True)
    parser.add_argument("--baseline-model", type=Path, required=True)
    parser.add_argument("--bodies", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    from newsaudit.models import stance
    from newsaudit.training.fnc_data import read_folder

    bodies, pairs = read_folder(SHARED / "fnc1")
    first: dict[str, str] = {}
    for pair in pairs:
        first.setdefault(pair.body_id, pair.headline)
    chosen = sorted(first, key=int)[: args.bodies]
    cases = [(first[b], stance.split_sentences(bodies[b])) for b in chosen]
    old = _module(args.baseline_code)
    versions = {
        "baseline": (old, old.Model.load(args.baseline_model)),
        "current": (stance, stance.load_model()),
    }
    for module, model in versions.values():
        _round(module, model, cases[:3])  # load tables, warm caches
    times: dict[str, list[float]] = {name: [] for name in versions}
    for number in range(args.rounds):
        order = list(versions) if number % 2 == 0 else list(reversed(versions))
        for name in order:
            times[name].append(_round(*versions[name], cases))
    median = {name: statistics.median(values) for name, values in times.items()}
    sentences = sum(len(s) for _, s in cases) / len(cases)
    print(f"{len(cases)} articles, {sentences:.1f} sentences on average, {args.rounds} rounds")
    for name, values in times.items():
        rounds = ", ".join(f"{v:.2f}" for v in values)
        print(f"{name}: median {median[name]:.2f} ms/article (rounds {rounds})")
    print(f"ratio current / baseline: {median['current'] / median['baseline']:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
