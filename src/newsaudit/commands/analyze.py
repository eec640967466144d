"""`newsaudit analyze`: one article to a JSON, text or HTML report."""

from __future__ import annotations

import argparse
import sys

from newsaudit.commands import add_analysis_options
from newsaudit.io import read_article, write_output


def register(groups: dict) -> None:
    parser = groups[""].add_parser(
        "analyze", help="analyse one article", description="Analyse one article."
    )
    parser.add_argument("path", metavar="PATH|-", help="text, HTML, JSON or CSV file; - for stdin")
    parser.add_argument("--format", choices=("json", "text", "html"), default="json")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    parser.add_argument(
        "--as",
        dest="input_format",
        choices=("auto", "text", "html", "json", "jsonl", "csv"),
        default="auto",
        help="input format (default: guess from name and content)",
    )
    parser.add_argument("--corpus", metavar="URL", help="add provenance from this corpus store")
    add_analysis_options(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from newsaudit.pipeline import analyze

    article = read_article(args.path, input_format=args.input_format, max_chars=args.max_chars)
    report = analyze(article, corpus=args.corpus, stance=args.stance)
    if report.text_language is not None and report.text_language.note:
        print(f"newsaudit: note: {report.text_language.note}", file=sys.stderr)
    if args.format == "json":
        rendered = report.to_json()
    elif args.format == "html":
        rendered = report.to_html()
    else:
        rendered = report.to_text(color=args.output is None and sys.stdout.isatty())
    write_output(rendered, args.output)
    return 0
