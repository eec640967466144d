"""`newsaudit train checkworthy` and `newsaudit eval checkworthy` (CLEF-2019 TSV debates)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def register(groups: dict) -> None:
    """Add ``train checkworthy`` and ``eval checkworthy`` to the parser groups."""
    from newsaudit.models.checkworthy import ARTIFACT, DEFAULT_DATA

    p = groups["train"].add_parser(
        "checkworthy",
        help="train the sentence check-worthiness model",
        description="Train on CLEF-2019 CheckThat! Task 1 debates (+ ClaimBuster when present).",
    )
    p.add_argument(
        "--data",
        default=str(DEFAULT_DATA),
        metavar="DIR",
        help="the checkworthy data folder, or a folder of CLEF .tsv files",
    )
    p.add_argument("--out", default=str(ARTIFACT), metavar="FILE", help="artifact to write")
    p.add_argument("--no-claimbuster", action="store_true", help="train on CLEF debates only")
    p.add_argument(
        "--select",
        action="store_true",
        help="choose C and the ClaimBuster weight by grouped CV over the debates",
    )
    p.set_defaults(func=run_train)

    p = groups["eval"].add_parser(
        "checkworthy",
        help="rank CLEF-2019-format debates: MAP, R-precision, P@k, F1",
        description="Each .tsv (line, speaker, sentence, label) is one ranking; measures are "
        "computed per file and averaged over files, as the official scorer does.",
    )
    p.add_argument(
        "--data",
        default=str(DEFAULT_DATA),
        metavar="DIR",
        help="folder of CLEF-2019 .tsv files (or the checkworthy data folder)",
    )
    p.add_argument("--model", default=None, metavar="FILE", help="artifact (default: shipped)")
    p.add_argument(
        "--loo",
        action="store_true",
        help="leave-one-debate-out: retrain without each file, then score it",
    )
    p.add_argument("--no-claimbuster", action="store_true", help="--loo without ClaimBuster")
    p.add_argument(
        "--select",
        action="store_true",
        help="--loo with nested selection of C and the ClaimBuster weight (slow)",
    )
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=run_eval)


def _claimbuster(folder: Path, skip: bool) -> tuple[list[str], list[int]]:
    """ClaimBuster from the data folder or the checkworthy folder above a CLEF sub-folder."""
    from newsaudit.models.checkworthy import read_claimbuster

    if skip:
        return [], []
    for candidate in (folder, *list(folder.resolve().parents)[:2]):
        texts, labels = read_claimbuster(candidate)
        if texts:
            return texts, labels
    return [], []


def run_train(args: argparse.Namespace) -> int:
    from newsaudit.models.checkworthy import TrainingData, fit, read_debates, select_settings

    started = time.perf_counter()
    folder = Path(args.data)
    debates = read_debates(folder)
    data = TrainingData.build(debates, _claimbuster(folder, args.no_claimbuster))
    use = list(range(len(debates)))
    model = fit(data, use, select_settings(data, use) if args.select else None)
    out = Path(args.out)
    model.save(out)
    size = out.stat().st_size / 1e6
    print(
        f"trained on {len(debates)} debates + {len(data.extra_texts)} ClaimBuster sentences "
        f"in {time.perf_counter() - started:.0f}s; cross-validated F1 at the cut "
        f"{model.meta.get('cv_f1_at_cut', 0):.3f}; wrote {out} ({size:.1f} MB)"
    )
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from newsaudit.models import checkworthy as cw

    folder = Path(args.data)
    debates = cw.read_debates(folder)
    if args.loo:
        data = cw.TrainingData.build(debates, _claimbuster(folder, args.no_claimbuster))
        scores = cw.leave_one_out(
            data, progress=not args.json and sys.stderr.isatty(), select=args.select
        )
    else:
        model = cw.load_model(args.model)
        scores = cw.evaluate(debates, model)
    if args.json:
        print(json.dumps(scores))
        return 0
    _print_table(scores, "leave-one-debate-out" if args.loo else "model")
    return 0


def _print_table(scores: dict, mode: str) -> None:
    print(
        f"{'file':32} {'n':>5} {'pos':>4} {'AP':>6} {'R-P':>6} {'P@5':>5} {'P@10':>5} {'P@20':>5}"
    )
    for name, f in scores["files"].items():
        p = f["p_at"]
        print(
            f"{name[:32]:32} {f['sentences']:5} {f['positives']:4} {f['ap']:6.3f} "
            f"{f['r_precision']:6.3f} {p['5']:5.2f} {p['10']:5.2f} {p['20']:5.2f}"
        )
    p = scores["p_at"]
    print(
        f"{mode}: MAP {scores['map']:.4f}  R-precision {scores['r_precision']:.4f}  "
        f"P@5 {p['5']:.4f}  P@10 {p['10']:.4f}  P@20 {p['20']:.4f}  F1 {scores['f1']:.4f}"
    )
