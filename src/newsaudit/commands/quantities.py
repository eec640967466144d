"""`newsaudit train quantities`: fit the quantity verdict on samples labelled blind.

The default samples (a source checkout) are every ``benchmarks/data/quantity_labels*.tsv`` but
the blind and final ones: the training sample, on pages the rules were never tuned on, and the
development samples the rules were tuned on, which teach the verdict what to keep. A blind or
final sample (a file name with ``final``, ``heldout`` or ``_dev5``) is refused: those are
scored, never trained on. The cross-validation reports each sample apart, as the two kinds
answer different questions (docs/models/quantities.md).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from newsaudit.errors import InputError

TRAIN_LABELS = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
BLIND = re.compile(r"final|heldout|_dev5\b", re.IGNORECASE)
DEFAULT_LABELS = sorted(
    str(p) for p in TRAIN_LABELS.glob("quantity_labels*.tsv") if not BLIND.search(p.name)
)
VERDICT_C = 1.0  # chosen by cross-validation on the training sample (docs/models/quantities.md)
VERDICT_THRESHOLD = 0.5
GRID_C = (0.3, 1.0, 3.0)
GRID_THRESHOLD = (0.15, 0.2, 0.3, 0.4, 0.5)


def register(groups: dict) -> None:
    parser = groups["train"].add_parser(
        "quantities",
        help="train the verdict that withdraws the quantity rules' readings of non-quantities",
        description="Fit the quantity verdict on label files of pages the rules were never "
        "tuned on; --cv scores it by site folds instead of writing it.",
    )
    parser.add_argument("--labels", nargs="+", default=DEFAULT_LABELS, help="label files (TSV)")
    parser.add_argument("--out", help="where to write the artifact (JSON)")
    parser.add_argument("--c", type=float, default=VERDICT_C, help="inverse L2 regularisation")
    parser.add_argument(
        "--threshold", type=float, default=VERDICT_THRESHOLD, help="withdraw probability"
    )
    parser.add_argument(
        "--cv", action="store_true", help="cross-validate a grid of C and threshold by site"
    )
    parser.set_defaults(func=run_train)


def label_paths(names: list[str]) -> list[Path]:
    paths = [Path(n) for n in names]
    for path in paths:
        if BLIND.search(path.name):
            raise InputError(
                f"{path.name} is a blind or final sample: it is scored, never trained on"
            )
        if not path.is_file():
            raise InputError(f"no such label file: {path}")
    return paths


def run_train(args: argparse.Namespace) -> int:
    from newsaudit.training.quantity_verdict import (
        cross_validate,
        fit_verdict,
        labelled_pages,
        verdict_rows,
    )

    if not args.cv and not args.out:
        raise InputError("train quantities needs --out (or --cv)")
    paths = label_paths(args.labels)
    pages = labelled_pages(paths)
    if not pages:
        raise InputError("none of the labelled pages is readable: is ../shared beside the repo?")
    if args.cv:
        print(json.dumps(cross_validate(pages, GRID_C, GRID_THRESHOLD), indent=1))
        return 0
    verdict = fit_verdict(pages, args.c, args.threshold)
    rows, labels = verdict_rows(pages)
    meta = {
        "labels": [p.name for p in paths],
        "pages": len(pages),
        "readings": len(rows),
        "withdraw": int(sum(labels)),
        "features": len(verdict.weights),
        "C": args.c,
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(verdict.to_json(meta), encoding="utf-8")
    print(json.dumps(meta))
    return 0
