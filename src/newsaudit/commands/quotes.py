"""CLI commands for quotes: ``newsaudit eval quotes`` and ``newsaudit train quotes``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsaudit.evaluation.quotes import DEFAULT_CACHE, ROLES, SPLITS


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
        default="validation",
        help="document split: sha256(doc_id) %% 5 == 0 is validation",
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument(
        "--cache", default=str(DEFAULT_CACHE), help="folder for cached spaCy parses ('' to disable)"
    )
    parser.set_defaults(func=run_eval)


def run_eval(args: argparse.Namespace) -> int:
    from newsaudit.evaluation.quotes import evaluate

    cache = Path(args.cache) if args.cache else None
    scores = evaluate(args.data, args.split, cache, args.limit)
    if args.json:
        print(json.dumps(scores))
        return 0
    print(f"documents: {scores['documents']}  split: {args.split}")
    print(f"{'role':8} {'match':8} {'P':>6} {'R':>6} {'F1':>6}")
    for role in ROLES:
        for match in ("exact", "overlap"):
            s = scores[role][match]
            print(f"{role:8} {match:8} {s['p']:6.3f} {s['r']:6.3f} {s['f1']:6.3f}")
    return 0


def _register_train(group: argparse._SubParsersAction) -> None:
    parser = group.add_parser(
        "quotes",
        help="train the attribution-cue detector on PolNeAR-format JSON Lines",
        description="Fit the cue detector on the train split only (validation is never used).",
    )
    parser.add_argument("--data", required=True, help="PolNeAR-format .jsonl file")
    parser.add_argument("--out", required=True, help="where to write the JSON artifact")
    parser.add_argument(
        "--split",
        choices=("train", "all"),
        default="train",
        help="documents to fit on (default: the train split)",
    )
    parser.add_argument("--c", type=float, default=0.5, help="inverse L2 regularisation")
    parser.add_argument(
        "--cache", default=str(DEFAULT_CACHE), help="folder for cached spaCy parses ('' to disable)"
    )
    parser.set_defaults(func=run_train)


def run_train(args: argparse.Namespace) -> int:
    from newsaudit.evaluation.quotes import load_records, parsed_documents
    from newsaudit.extractors.quote_cues import train_cue_model

    records = load_records(args.data, args.split)
    cache = Path(args.cache) if args.cache else None
    examples = ((doc, record["attributions"]) for record, doc in parsed_documents(records, cache))
    model, stats = train_cue_model(examples, c=args.c)
    meta = {"data": Path(args.data).name, "split": args.split, "documents": len(records), **stats}
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(model.to_json(meta), encoding="utf-8")
    print(json.dumps(meta))
    return 0
