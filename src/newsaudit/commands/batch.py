"""`newsaudit analyze-batch`: many articles to one JSON Lines file, resumable."""

from __future__ import annotations

import argparse

from newsaudit.batch import BATCH_FORMATS
from newsaudit.commands import add_analysis_options


def register(groups: dict) -> None:
    """Add the top-level ``analyze-batch`` command."""
    parser = groups[""].add_parser(
        "analyze-batch",
        help="analyse many articles into a JSON Lines file (resumable)",
        description=(
            "Analyse every article of a JSONL, JSON or CSV file or a directory of .txt/.html/"
            ".json files. One line per article: the report with its id, or "
            '{"id": ..., "error": ...}. Re-running skips ids already in the output.'
        ),
    )
    parser.add_argument("input", metavar="INPUT", help="JSONL, JSON or CSV file, or a directory")
    parser.add_argument(
        "-o", "--output", metavar="OUT.jsonl", required=True, help="JSON Lines file to append to"
    )
    parser.add_argument(
        "--workers", type=int, default=1, metavar="N", help="worker processes (default: 1)"
    )
    parser.add_argument(
        "--as", dest="input_format", choices=BATCH_FORMATS, default="auto",
        help="input format (default: guess from the name and content)",
    )  # fmt: skip
    parser.add_argument(
        "--retry-errors", action="store_true",
        help="remove earlier error records from the output and try those items again",
    )  # fmt: skip
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    add_analysis_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsaudit.batch import run_batch

    summary = run_batch(
        args.input,
        args.output,
        workers=args.workers,
        max_chars=args.max_chars,
        input_format=args.input_format,
        retry_errors=args.retry_errors,
        progress=not args.quiet,
        stance=args.stance,
    )
    print(summary.line())
    return 0
