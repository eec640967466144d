"""`newsaudit train terms`: learn the term dictionary of the counted noun.

Counts adjective + noun pairs over the news corpora read in place (leaving out every page a
blind or held-out label file names), fits the pair model on the counts of the training label
files whose counted noun has an adjective or participle before it, and writes the pairs it
keeps (docs/models/quantities.md, "Term dictionary"). ``--cv`` reports the site-fold
cross-validation of a grid of C and threshold instead of writing the artifact.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsaudit.commands.quantities import BLIND, DEFAULT_LABELS, TRAIN_LABELS, label_paths
from newsaudit.errors import InputError

TERMS_C = 1.0  # chosen by cross-validation (docs/models/quantities.md)
TERMS_THRESHOLD = 0.4
GRID_C = (0.1, 1.0, 10.0)
GRID_THRESHOLD = (0.3, 0.4, 0.5, 0.6, 0.7)


def register(groups: dict) -> None:
    parser = groups["train"].add_parser(
        "terms",
        help="learn which adjective + noun pairs are one term (the counted noun's modifiers)",
        description="Count adjective + noun pairs over the news corpora and fit which are "
        "terms on the training label files; --cv scores it by site folds instead.",
    )
    parser.add_argument("--labels", nargs="+", default=DEFAULT_LABELS, help="label files (TSV)")
    parser.add_argument("--out", help="where to write the artifact (JSON)")
    parser.add_argument(
        "--exclude", nargs="*", default=[], help="more label files whose pages are not counted"
    )
    parser.add_argument("--counts", help="a cache of the corpus counts (JSON), read or written")
    parser.add_argument("--c", type=float, default=TERMS_C, help="inverse L2 regularisation")
    parser.add_argument("--threshold", type=float, default=TERMS_THRESHOLD, help="keep probability")
    parser.add_argument("--cv", action="store_true", help="cross-validate C and threshold by site")
    parser.set_defaults(func=run_train)


def excluded_label_files() -> list[Path]:
    """The blind and held-out label files, whose pages the corpus counts leave out."""
    return [p for p in TRAIN_LABELS.glob("quantity_labels*.tsv") if BLIND.search(p.name)]


def run_train(args: argparse.Namespace) -> int:
    from newsaudit.extractors.quantities.terms import FORMAT
    from newsaudit.training.term_counts import blind_pages, load_or_count
    from newsaudit.training.terms import (
        PairFeatures,
        cross_validate,
        dictionary,
        examples,
        fit,
        wordnet_terms,
    )

    if not args.cv and not args.out:
        raise InputError("train terms needs --out (or --cv)")
    paths = label_paths(args.labels)
    excluded = blind_pages([*excluded_label_files(), *map(Path, args.exclude)])
    counts = load_or_count(Path(args.counts) if args.counts else None, excluded)
    features = PairFeatures(counts, wordnet_terms())
    data = examples(paths)
    if not data:
        raise InputError("no labelled count has an adjective before its noun")
    if args.cv:
        print(json.dumps(cross_validate(features, data, GRID_C, GRID_THRESHOLD), indent=1))
        return 0
    model = fit(features, data, args.c)
    terms = dictionary(features, model, args.threshold)
    meta = {
        "labels": [p.name for p in paths],
        "examples": len(data),
        "kept_in_gold": sum(e.keep for e in data),
        "corpus_pairs": len(counts["pairs"]),
        "wordnet": bool(features.wordnet),
        "C": args.c,
        "threshold": args.threshold,
        "terms": len(terms),
    }
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    body = {"format": FORMAT, "meta": meta, "terms": terms}
    out.write_text(json.dumps(body, separators=(",", ":")) + "\n", encoding="utf-8")
    print(json.dumps(meta))
    return 0
