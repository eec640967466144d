"""CLI for the learned headline checks: `train|eval stance` (FNC-1) and `train|eval clickbait`.

Heavy imports (LightGBM, onnxruntime, scikit-learn) happen inside the handlers, so the rest of
the CLI stays quick to start.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

DEFAULT_FINAL_DIR = Path("/tmp/newsaudit-fnc1-final")


def register(groups: dict) -> None:
    """Add `train stance`, `train clickbait`, `eval stance`, `eval clickbait`."""
    _register_train_stance(groups["train"])
    _register_train_clickbait(groups["train"])
    _register_eval_stance(groups["eval"])
    _register_eval_stance_cv(groups["eval"])
    _register_eval_clickbait(groups["eval"])


def _register_train_stance(train) -> None:
    p = train.add_parser(
        "stance",
        help="train the headline-body stance model on FNC-1",
        description="Train on FNC-1 (train_bodies.csv, train_stances.csv). By default the "
        "final part (whole topics, 20%% of bodies: newsaudit.training.splits) is left out "
        "and written as CSVs for one `eval stance` at the end; --all trains on everything.",
    )
    p.add_argument("--data", type=Path, required=True, help="folder with the FNC-1 CSVs")
    p.add_argument("--out", type=Path, required=True, help="artifact to write (.npz)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--all", action="store_true", help="train on every pair (no final part)")
    p.add_argument(
        "--final-dir",
        type=Path,
        default=DEFAULT_FINAL_DIR,
        help="where the final part's pairs are written (never inside the repo)",
    )
    p.set_defaults(func=_train_stance)


def _register_train_clickbait(train) -> None:
    p = train.add_parser(
        "clickbait",
        help="train the clickbait headline model",
        description="Train on clickbait_data.gz + non_clickbait_data.gz. By default 20%% of "
        "headlines (by a hash of the headline) are held out and scored at the end.",
    )
    p.add_argument("--data", type=Path, required=True, help="folder with the two .gz files")
    p.add_argument("--out", type=Path, required=True, help="artifact to write (.npz)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--all", action="store_true", help="train on every headline (no hold-out)")
    p.set_defaults(func=_train_clickbait)


def _register_eval_stance(evaluate) -> None:
    p = evaluate.add_parser(
        "stance",
        help="FNC-1 score, macro-F1 and confusion on FNC-1-format CSVs",
        description="Score the stance model on `Body ID,articleBody` and "
        "`Headline,Body ID,Stance` CSVs with the official FNC-1 rule.",
    )
    p.add_argument("--bodies", type=Path, required=True)
    p.add_argument("--stances", type=Path, required=True)
    p.add_argument("--model", type=str, default=None, help="artifact (default: shipped)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_eval_stance)


def _register_eval_stance_cv(evaluate) -> None:
    p = evaluate.add_parser(
        "stance-cv",
        help="stance: 5-fold cross-validation by topic on the development part of FNC-1",
        description="Grouped by topic (newsaudit.training.splits); the final part is never "
        "read. Features are cached under /tmp/newsaudit-cache.",
    )
    p.add_argument("--data", type=Path, required=True, help="folder with the FNC-1 CSVs")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_eval_stance_cv)


def _register_eval_clickbait(evaluate) -> None:
    p = evaluate.add_parser(
        "clickbait",
        help="accuracy, F1 and ROC-AUC of the clickbait model",
        description="Score the clickbait model on clickbait_data.gz + non_clickbait_data.gz.",
    )
    p.add_argument("--data", type=Path, required=True)
    p.add_argument(
        "--split",
        choices=("all", "heldout"),
        default="all",
        help="'heldout': only the 20%% that `train clickbait` holds out",
    )
    p.add_argument("--model", type=str, default=None, help="artifact (default: shipped)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=_eval_clickbait)


# --------------------------------------------------------------------------- handlers


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _train_stance(args: argparse.Namespace) -> int:
    from newsaudit.models import stance
    from newsaudit.training import splits
    from newsaudit.training.fnc_data import read_folder, write_fnc_csvs
    from newsaudit.training.stance import SHIPPED
    from newsaudit.training.stance_fit import train

    started = time.perf_counter()
    bodies, pairs = read_folder(args.data)
    carving = None if args.all else splits.carve_stance(pairs)
    train_pairs = pairs if carving is None else carving.development
    used = {p.body_id for p in train_pairs}
    _log(
        f"stance: {len(train_pairs)} training pairs on {len(used)} of {len(bodies)} bodies"
        + (
            ""
            if carving is None
            else f"; final part {len(carving.final)} pairs, "
            f"{carving.dropped} crossing pairs dropped"
        )
    )
    split = {b: stance.split_sentences(t) for b, t in bodies.items() if b in used}
    model = train(split, train_pairs, settings=SHIPPED, seed=args.seed, progress=True)
    model.meta["trained_on"] = "all pairs" if carving is None else "development topics"
    model.save(args.out)
    _log(
        f"stance: wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB), "
        f"temperature {model.temperature:.3f}, {time.perf_counter() - started:.0f} s"
    )
    if carving is not None:
        write_fnc_csvs(bodies, carving.final, args.final_dir)
        _log(f"stance: final-part pairs written to {args.final_dir} (score them once)")
    return 0


def _train_clickbait(args: argparse.Namespace) -> int:
    from newsaudit.models import clickbait

    texts, labels = clickbait.read_folder(args.data)
    train_x, train_y = clickbait.split(texts, labels, "all" if args.all else "train")
    model = clickbait.train(train_x, train_y, seed=args.seed)
    model.meta["heldout_share"] = 0.0 if args.all else 0.2
    model.save(args.out)
    _log(
        f"clickbait: {len(train_x)} training headlines; wrote {args.out} "
        f"({args.out.stat().st_size / 1e6:.1f} MB)"
    )
    if not args.all:
        held_x, held_y = clickbait.split(texts, labels, "heldout")
        print(_clickbait_text(clickbait.metrics(held_y, model.probability(held_x)), "heldout"))
    return 0


def _eval_stance(args: argparse.Namespace) -> int:
    from newsaudit.evaluation.stance_metrics import metrics
    from newsaudit.models import stance
    from newsaudit.training.fnc_data import read_bodies, read_pairs

    bodies = read_bodies(args.bodies)
    pairs = read_pairs(args.stances)
    if any(p.label is None for p in pairs):
        from newsaudit.errors import NewsauditError

        raise NewsauditError(f"{args.stances}: every row needs a Stance to evaluate")
    model = stance.load_model(args.model)
    started = time.perf_counter()
    predicted = stance.predict_pairs(model, bodies, pairs)
    elapsed = time.perf_counter() - started
    result = metrics([p.label for p in pairs], predicted)
    result["pairs_per_second"] = round(len(pairs) / max(elapsed, 1e-9), 1)
    print(json.dumps(result, indent=2) if args.json else _stance_text(result))
    return 0


def _eval_stance_cv(args: argparse.Namespace) -> int:
    from newsaudit.training import stance as ts

    carved = ts.load(args.data)
    x, y = ts.dev_features(carved, progress=True)
    result = ts.cross_validate(carved, x, y, ts.SHIPPED, columns=ts.SHIPPED.columns or None)
    print(json.dumps(result, indent=2) if args.json else _stance_text(result))
    return 0


def _eval_clickbait(args: argparse.Namespace) -> int:
    from newsaudit.models import clickbait

    texts, labels = clickbait.split(*clickbait.read_folder(args.data), args.split)
    scores = clickbait.load_model(args.model).probability(texts)
    result = clickbait.metrics(labels, scores)
    print(json.dumps(result, indent=2) if args.json else _clickbait_text(result, args.split))
    return 0


# --------------------------------------------------------------------------- text output


def _stance_text(r: dict) -> str:
    labels = list(r["confusion"])
    lines = [
        f"FNC-1 score {r['fnc_score']:.2f} / {r['fnc_score_max']:.2f} "
        f"= {r['fnc_score_relative']:.2f}%   macro-F1 {r['macro_f1']:.4f}   pairs {r['pairs']}",
        "class        precision  recall   F1      support",
    ]
    for label, c in r["per_class"].items():
        lines.append(
            f"{label:<12} {c['precision']:<10.4f} {c['recall']:<8.4f} "
            f"{c['f1']:<7.4f} {c['support']}"
        )
    lines.append("confusion (rows gold, columns predicted): " + " ".join(labels))
    for gold in labels:
        lines.append(f"{gold:<12} " + " ".join(f"{r['confusion'][gold][p]:>9}" for p in labels))
    if "pairs_per_second" in r:
        lines.append(f"speed: {r['pairs_per_second']} pairs/s")
    return "\n".join(lines)


def _clickbait_text(r: dict, which: str) -> str:
    return (
        f"clickbait ({which}): accuracy {r['accuracy']:.4f}  F1 {r['f1']:.4f}  "
        f"ROC-AUC {r['roc_auc']}  n {r['n']}"
    )
