"""`newsaudit train checkworthy` and `newsaudit eval checkworthy` (CLEF-2019 TSV debates).

Training and evaluation follow the carving of ``newsaudit.training.splits``: the 3 latest
debates are the final part, never trained or tuned on; ``eval checkworthy --final`` scores
them once and prints only the aggregate figures and per-debate AP.
"""

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
        description="Train on the development CLEF-2019 CheckThat! Task 1 debates (the 3 "
        "latest are the final part and are left out) + ClaimBuster when present; place the "
        "news cut on the development news labels when the BBC corpus is present.",
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
        "--all-debates",
        action="store_true",
        help="train on every debate in --data (no final part held out)",
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
    mode = p.add_mutually_exclusive_group()
    mode.add_argument(
        "--cv",
        action="store_true",
        help="leave-one-debate-out on the development debates (retrains per debate)",
    )
    mode.add_argument(
        "--final",
        action="store_true",
        help="score the final part (3 latest debates) once with --model / the shipped model",
    )
    mode.add_argument(
        "--news",
        choices=("dev", "final"),
        help="precision, recall, F1 and share passing on the project's labelled BBC sentences",
    )
    p.add_argument("--no-claimbuster", action="store_true", help="--cv without ClaimBuster")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.set_defaults(func=run_eval)


def _claimbuster(folder: Path, skip: bool) -> tuple[list[str], list[int]]:
    """ClaimBuster from the data folder or the checkworthy folder above a CLEF sub-folder."""
    from newsaudit.training.checkworthy import read_claimbuster

    if skip:
        return [], []
    for candidate in (folder, *list(folder.resolve().parents)[:2]):
        texts, labels = read_claimbuster(candidate)
        if texts:
            return texts, labels
    return [], []


def run_train(args: argparse.Namespace) -> int:
    from newsaudit.training import checkworthy as t

    started = time.perf_counter()
    folder = Path(args.data)
    debates = t.read_debates(folder)
    use = debates if args.all_debates or len(debates) <= 3 else t.carve(debates)[0]
    recipe = t.SHIPPED
    data = t.TrainingData.build(
        use, _claimbuster(folder, args.no_claimbuster), recipe.embedding_dim, recipe.context
    )
    model = t.fit(data, recipe=recipe)
    news = ""
    if t.BBC.exists():
        articles = [a for a in t.read_news_labels() if a.part == "dev"]
        t.place_news_cut(model, articles)
        news = f"; news cut on {len(articles)} labelled articles"
    out = Path(args.out)
    model.save(out)
    size = out.stat().st_size / 1e6
    print(
        f"trained on {len(use)} debates + {len(data.extra_texts)} ClaimBuster sentences "
        f"in {time.perf_counter() - started:.0f}s; cross-validated F1 at the cut "
        f"{model.meta.get('cv_f1_at_cut', 0):.3f}{news}; wrote {out} ({size:.1f} MB)"
    )
    return 0


def run_eval(args: argparse.Namespace) -> int:
    from newsaudit.models import checkworthy as cw
    from newsaudit.training import checkworthy as t

    folder = Path(args.data)
    if args.news:
        articles = [a for a in t.read_news_labels() if a.part == args.news]
        scores = t.news_report(cw.load_model(args.model), articles)
        print(json.dumps(scores) if args.json else _news_text(scores, args.news))
        return 0
    debates = t.read_debates(folder)
    if args.cv:
        dev, _ = t.carve(debates)
        recipe = t.SHIPPED
        data = t.TrainingData.build(
            dev, _claimbuster(folder, args.no_claimbuster), recipe.embedding_dim, recipe.context
        )
        scores = t.cross_validate(data, recipe, progress=not args.json and sys.stderr.isatty())
        mode = "leave-one-debate-out (development debates)"
    else:
        if args.final:
            debates = t.carve(debates)[1]
        scores = t.evaluate(debates, cw.load_model(args.model))
        mode = "final part" if args.final else "model"
    if args.json:
        print(json.dumps(scores))
        return 0
    _print_table(scores, mode)
    return 0


def _news_text(s: dict, part: str) -> str:
    return (
        f"news ({part}: {s['articles']} articles, {s['sentences']} sentences, "
        f"{s['positives']} check-worthy): share passing {s['share_passing']:.3f}  "
        f"precision {s['precision']:.3f}  recall {s['recall']:.3f}  F1 {s['f1']:.3f}  "
        f"MAP {s['map']:.3f}"
    )


def _print_table(scores: dict, mode: str) -> None:
    print(
        f"{'file':32} {'n':>5} {'pos':>4} {'AP':>6} {'rndAP':>6} {'R-P':>6} {'P@5':>5} "
        f"{'P@10':>5} {'P@20':>5}"
    )
    for name, f in scores["files"].items():
        p = f["p_at"]
        print(
            f"{name[:32]:32} {f['sentences']:5} {f['positives']:4} {f['ap']:6.3f} "
            f"{f['random_ap']:6.3f} {f['r_precision']:6.3f} {p['5']:5.2f} {p['10']:5.2f} "
            f"{p['20']:5.2f}"
        )
    p = scores["p_at"]
    print(
        f"{mode}: MAP {scores['map']:.4f} (random {scores['random_map']:.4f})  "
        f"R-precision {scores['r_precision']:.4f}  P@5 {p['5']:.4f}  P@10 {p['10']:.4f}  "
        f"P@20 {p['20']:.4f}  F1 {scores['f1']:.4f}"
    )
