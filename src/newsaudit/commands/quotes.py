"""CLI commands for quotes: ``newsaudit eval quotes`` and ``newsaudit train quotes``."""

from __future__ import annotations

import argparse
import hashlib
import json
from pathlib import Path

from newsaudit.evaluation.quotes import DEFAULT_CACHE, KINDS, ROLES, SPLITS

CUE_THRESHOLD = 0.3  # chosen on an inner dev bucket of the train split (docs/models/quotes.md)
FILTER_C = 0.3
FILTER_THRESHOLD = 0.35
FILTER_ARTIFACT = "quotes_filter.json"
SPEAKER_ARTIFACT = "quotes_speakers.json"


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
        default="development",
        help="document part (newsaudit.evaluation.splits): development (sha256(doc_id) %% 5 == "
        "0, formerly 'validation'), train, nonfinal (both), final (score it once, at the end "
        "of a piece of work), all (includes final)",
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
    return 0


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
        help="where to write the cue detector (the ranker goes beside it, quotes_speakers.json)",
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
    """Fit the cue detector on the split, then the quote filter on cross-fitted candidates."""
    from dataclasses import replace

    from newsaudit.evaluation.quotes import load_records, parsed_documents
    from newsaudit.extractors.quote_cues import train_cue_model
    from newsaudit.extractors.quote_filter import train_quote_filter

    records = load_records(args.data, args.split)
    cache = Path(args.cache) if args.cache else None
    examples = [
        (str(r["doc_id"]), r["text"], doc, r["attributions"])
        for r, doc in parsed_documents(records, cache)
    ]
    model, stats = train_cue_model(((d, g) for _, _, d, g in examples), c=args.c)
    model = replace(model, threshold=args.cue_threshold)
    ranker, ranker_stats = _train_ranker(examples, model)
    rows, labels = _cross_fitted_rows(examples, args.c, args.cue_threshold)
    quote_filter, filter_stats = train_quote_filter(
        rows, labels, args.filter_c, args.filter_threshold
    )
    data = {"data": Path(args.data).name, "split": args.split, "documents": len(records)}
    meta = {**data, **stats, "threshold": args.cue_threshold}
    filter_meta = {**data, **filter_stats, "cue_threshold": args.cue_threshold}
    ranker_meta = {**data, **ranker_stats, "cue_threshold": args.cue_threshold}
    out = Path(args.out)
    filter_out = Path(args.filter_out) if args.filter_out else out.with_name(FILTER_ARTIFACT)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(model.to_json(meta), encoding="utf-8")
    filter_out.write_text(quote_filter.to_json(filter_meta), encoding="utf-8")
    out.with_name(SPEAKER_ARTIFACT).write_text(ranker.to_json(ranker_meta), encoding="utf-8")
    print(json.dumps({"cues": meta, "filter": filter_meta, "speakers": ranker_meta}))
    return 0


def _train_ranker(examples: list, cue_model):
    """The speaker ranker, fitted on the rule candidates of the given documents."""
    from newsaudit.extractors.speaker_ranker import speaker_groups, train_speaker_ranker

    groups = speaker_groups(((t, d, g) for _, t, d, g in examples), cue_model)
    return train_speaker_ranker(groups)


def _fold(doc_id: str) -> int:
    """Two halves of the train documents, by hash (independent of the validation rule)."""
    digest = int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16)
    return (digest // 5) % 2


def _cross_fitted_rows(examples: list, c: float, cue_threshold: float) -> tuple[list, list]:
    """Filter rows for each half from a cue model fitted on the other half.

    A cue model scores its own training documents too well; the filter must learn from
    candidates as they look on unseen text.
    """
    from dataclasses import replace

    from newsaudit.extractors.quote_cues import train_cue_model
    from newsaudit.extractors.quote_filter import filter_rows

    rows: list = []
    labels: list = []
    for half in (0, 1):
        fit = ((d, g) for i, _, d, g in examples if _fold(i) != half)
        model, _ = train_cue_model(fit, c=c)
        model = replace(model, threshold=cue_threshold)
        ranker, _ = _train_ranker([e for e in examples if _fold(e[0]) != half], model)
        held = [(t, d, g) for i, t, d, g in examples if _fold(i) == half]
        more_rows, more_labels = filter_rows(held, model, ranker)
        rows += more_rows
        labels += more_labels
    return rows, labels
