"""CLI commands for quotes: ``newsaudit eval quotes`` and ``newsaudit train quotes``."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsaudit.evaluation.quotes import DEFAULT_CACHE, KINDS, ROLES, SPLITS

CUE_THRESHOLD = 0.3  # chosen on an inner dev bucket of the train split (docs/models/quotes.md)
FILTER_C = 0.3
FILTER_THRESHOLD = 0.35
FILTER_ARTIFACT = "quotes_filter.json"
SPEAKER_ARTIFACT = "quotes_speakers.json"
BOUNDS_ARTIFACT = "quotes_bounds.json"
DEVELOPMENT_FILE = "polnear_dev.jsonl"  # the PolNeAR development file in ../shared/data/quotes


def register(groups: dict) -> None:
    """Add ``eval quotes`` and ``train quotes`` to the parser groups."""
    _register_train(groups["train"])
    parser = groups["eval"].add_parser(
        "quotes",
        help="score quote extraction on PolNeAR-format JSON Lines (source, cue, content)",
        description="Precision, recall and F1 for source, cue and content, exact and overlap.",
    )
    parser.add_argument("--data", required=True, help="PolNeAR-format .jsonl file")
    parser.add_argument(
        "--split",
        choices=SPLITS,
        default=None,
        help="document part (newsaudit.evaluation.splits): development (sha256(doc_id) %% 5 == "
        "0, formerly 'validation'), train, nonfinal (both), final (score it once, at the end "
        "of a piece of work), all (includes final). Default: development for the development "
        f"file {DEVELOPMENT_FILE}, all documents for any other file",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--cv",
        action="store_true",
        help="cross-validate on the non-final documents instead: refit the three models for "
        "each fold (sha256(doc_id) %% 5; fold 0 is the development part) and score it with "
        "models that never saw it (slow: about a minute per fold)",
    )
    parser.add_argument(
        "--without-bounds",
        action="store_true",
        help="with --cv: also score every fold with the boundary model switched off",
    )
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument(
        "--cache", default=str(DEFAULT_CACHE), help="folder for cached spaCy parses ('' to disable)"
    )
    parser.set_defaults(func=run_eval)


def default_split(data: str) -> str:
    """The development file's documents are split by hash; any other file is a test set whose
    every document a user means to score."""
    return "development" if Path(data).name == DEVELOPMENT_FILE else "all"


def run_eval(args: argparse.Namespace) -> int:
    from newsaudit.evaluation.quotes import evaluate

    cache = Path(args.cache) if args.cache else None
    if args.cv:
        return _run_cv(args, cache)
    split = args.split or default_split(args.data)
    scores = evaluate(args.data, split, cache, args.limit)
    print(
        f"eval quotes: scored the {split!r} part of {args.data}: {scores['documents']} documents",
        file=sys.stderr,
    )
    if args.json:
        print(json.dumps(scores))
        return 0
    _print_scores(scores)
    return 0


def _run_cv(args: argparse.Namespace, cache: Path | None) -> int:
    from dataclasses import replace

    from newsaudit.evaluation.calibration import calibration
    from newsaudit.evaluation.quotes import load_records, parsed_documents
    from newsaudit.training.quotes import cross_validate, shipped_quotes

    records = load_records(args.data, "nonfinal")
    records = records[: args.limit] if args.limit else records
    examples = [
        (str(r["doc_id"]), r["text"], doc, r["attributions"])
        for r, doc in parsed_documents(records, cache)
    ]
    extractors = {"shipped": shipped_quotes}
    if args.without_bounds:  # the same fits, the boundary model switched off
        extractors["without_bounds"] = lambda doc, m: shipped_quotes(doc, replace(m, bounds=None))
    results = cross_validate(examples, extractors=extractors)
    result = results["shipped"]
    result["calibration"] = calibration(result["calibration"])
    if args.without_bounds:
        result["without_bounds"] = results["without_bounds"]["pooled"]
    if args.json:
        print(json.dumps(result))
        return 0
    if args.without_bounds:
        print("without the boundary model:")
        _print_scores(result["without_bounds"])
        print("shipped:")
    _print_scores(result["pooled"])
    for fold, scores in result["folds"].items():
        f1 = "  ".join(f"{r} {scores[r]['overlap']['f1']:.3f}" for r in ROLES)
        print(
            f"fold {fold}{' (development)' if fold == 0 else ''}: {scores['documents']} "
            f"documents, overlap F1 {f1}"
        )
    cal = result["calibration"]
    print(
        f"confidence of kept quotes: n {cal['n']}, Brier {cal['brier']} (base rate alone "
        f"{cal['brier_constant']}), ECE {cal['ece']}"
    )
    return 0


def _print_scores(scores: dict) -> None:
    print(f"split: {scores['split']}  documents: {scores['documents']}")
    print(f"{'kind':9} {'role':8} {'match':8} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}")
    parts = [("all", scores), *((k, scores["kinds"][k]) for k in KINDS)]
    for kind, part in parts:
        for role in ROLES:
            for match in ("exact", "overlap"):
                s = part[role][match]
                print(
                    f"{kind:9} {role:8} {match:8} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}"
                    f" {part[role]['gold']:6d}"
                )


def _register_train(group: argparse._SubParsersAction) -> None:
    parser = group.add_parser(
        "quotes",
        help="train the attribution-cue detector, speaker ranker and quote filter on "
        "PolNeAR-format JSON Lines",
        description="Fit the cue detector, the speaker ranker and the quote filter on the "
        "non-final documents (the final part is never used).",
    )
    parser.add_argument("--data", required=True, help="PolNeAR-format .jsonl file")
    parser.add_argument(
        "--out",
        required=True,
        help="where to write the cue detector (the ranker and the boundary model go beside it, "
        "quotes_speakers.json and quotes_bounds.json)",
    )
    parser.add_argument(
        "--split",
        choices=("nonfinal", "train"),
        default="nonfinal",
        help="documents to fit on: nonfinal (train and development, the default) or train",
    )
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 regularisation")
    parser.add_argument(
        "--filter-out",
        default=None,
        help="where to write the quote-filter artifact (default: quotes_filter.json next to --out)",
    )
    parser.add_argument(
        "--cue-threshold",
        type=float,
        default=CUE_THRESHOLD,
        help="cue probability that opens a candidate (the filter then prunes)",
    )
    parser.add_argument("--filter-c", type=float, default=FILTER_C, help="filter regularisation")
    parser.add_argument(
        "--filter-threshold", type=float, default=FILTER_THRESHOLD, help="filter keep threshold"
    )
    parser.add_argument(
        "--cache", default=str(DEFAULT_CACHE), help="folder for cached spaCy parses ('' to disable)"
    )
    parser.set_defaults(func=run_train)


def run_train(args: argparse.Namespace) -> int:
    """Fit the three models on the chosen documents (never the final part) and write them."""
    from newsaudit.evaluation.quotes import load_records, parsed_documents
    from newsaudit.training.quotes import Settings, train_models_and_bounds

    records = load_records(args.data, args.split)
    cache = Path(args.cache) if args.cache else None
    examples = [
        (str(r["doc_id"]), r["text"], doc, r["attributions"])
        for r, doc in parsed_documents(records, cache)
    ]
    settings = Settings(args.c, args.cue_threshold, args.filter_c, args.filter_threshold)
    models = train_models_and_bounds(examples, settings)
    data = {"data": Path(args.data).name, "split": args.split, "documents": len(records)}
    meta = {name: {**data, **stats} for name, stats in models.stats.items()}
    out = Path(args.out)
    filter_out = Path(args.filter_out) if args.filter_out else out.with_name(FILTER_ARTIFACT)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(models.cues.to_json(meta["cues"]), encoding="utf-8")
    filter_out.write_text(models.filter.to_json(meta["filter"]), encoding="utf-8")
    speakers = out.with_name(SPEAKER_ARTIFACT)
    speakers.write_text(models.ranker.to_json(meta["speakers"]), encoding="utf-8")
    if models.bounds is not None:
        models.bounds.meta = meta["bounds"]
        out.with_name(BOUNDS_ARTIFACT).write_text(models.bounds.to_json(), encoding="utf-8")
    print(json.dumps(meta))
    return 0
