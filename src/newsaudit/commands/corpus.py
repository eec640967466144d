"""`newsaudit corpus ingest|trace|clusters|reuse-spark` and `newsaudit eval reuse`; the views
(quotes, conflicts, speakers, sources, relays) are in `corpus_views`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from newsaudit.commands import add_analysis_options
from newsaudit.io import write_output

DB_HELP = "corpus database: a path or sqlite:///path (SQLite), or postgresql://…"


def register(groups: dict) -> None:
    """Add this area's sub-commands to the parser groups ('' is the top level)."""
    corpus = groups["corpus"]
    p = corpus.add_parser("ingest", help="store articles (JSONL, CSV, text/HTML dirs, WARC)")
    p.add_argument("sources", nargs="+", metavar="SOURCE")
    p.add_argument("--db", required=True, metavar="URL", help=DB_HELP)
    p.add_argument(
        "--analyze",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="also store each article's report (slow: runs the full analysis)",
    )
    p.add_argument("--batch-size", type=int, default=200, help="articles per transaction")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run_ingest)

    p = corpus.add_parser("trace", help="find passages of an article reused from the corpus")
    p.add_argument("article", metavar="ARTICLE_PATH|ID")
    p.add_argument("--db", required=True, metavar="URL", help=DB_HELP)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run_trace)

    p = corpus.add_parser("clusters", help="group near-duplicates and reprints")
    p.add_argument("--db", required=True, metavar="URL", help=DB_HELP)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=run_clusters)

    from newsaudit.commands.corpus_views import register_views

    register_views(corpus)

    p = corpus.add_parser(
        "reuse-spark", help="every reused passage across a corpus, as an Apache Spark job"
    )
    p.add_argument(
        "inputs", nargs="*", metavar="JSONL", help="JSONL files: local, hdfs://…, s3a://…"
    )
    p.add_argument("--db", metavar="URL", help="read a corpus store instead: " + DB_HELP)
    p.add_argument("--output", required=True, metavar="DIR", help="output directory (replaced)")
    p.add_argument("--format", choices=("json", "parquet"), default="json", dest="fmt")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, help="input and shuffle partitions")
    p.set_defaults(func=run_reuse_spark)

    p = corpus.add_parser(
        "analyze-spark", help="the full report of every article, as an Apache Spark job (Parquet)"
    )
    p.add_argument(
        "inputs", nargs="+", metavar="JSONL", help="JSONL files: local, hdfs://…, s3a://…"
    )
    p.add_argument("--out", required=True, metavar="DIR", help="output directory (added to)")
    p.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    p.add_argument("--partitions", type=int, help="partitions per chunk (default: 2 per core)")
    p.add_argument("--batch-size", type=int, default=8, help="articles per nlp.pipe batch")
    p.add_argument(
        "--chunk-size", type=int, default=20_000,
        help="items per Spark job; a killed run loses at most one chunk",
    )  # fmt: skip
    add_analysis_options(p)
    p.set_defaults(func=run_analyze_spark)

    p = groups["eval"].add_parser("reuse", help="text-reuse detection on a generated benchmark")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--seed", type=int, default=2, help="benchmark generation seed")
    p.add_argument("--data", metavar="DIR", help="the shared data folder (default: ../shared)")
    p.add_argument("--articles", type=int, default=300, help="derived articles per kind")
    p.set_defaults(func=run_eval)


def run_ingest(args: argparse.Namespace) -> int:
    from newsaudit.corpus import ingest, open_store

    with open_store(args.db, create=True) as store:
        stats = ingest(
            args.sources,
            store,
            analyze=args.analyze,
            batch_size=args.batch_size,
            progress=not args.quiet,
        )
    print(json.dumps(stats.to_dict()))
    for line in stats.error_samples[:10]:
        print(f"newsaudit: skipped {line}", file=sys.stderr)
    return 0


def run_trace(args: argparse.Namespace) -> int:
    from newsaudit.corpus import load_article, open_store, trace_article

    with open_store(args.db) as store:
        path = Path(args.article)
        article = _read_one(path) if path.is_file() else load_article(store, args.article)
        result = trace_article(article, store)
    if args.json:
        write_output(json.dumps(result, ensure_ascii=False), None)
        return 0
    lines = [f"reused share: {result['reused_share']:.1%}"]
    for p in result["passages"]:
        excerpt = article.text[p["start"] : p["end"]].replace("\n", " ")
        lines.append(
            f"  [{p['start']}:{p['end']}] from {p['source_id']} "
            f"[{p['source_start']}:{p['source_end']}] sim {p['similarity']:.2f}: "
            f"{excerpt[:80]}{'…' if len(excerpt) > 80 else ''}"
        )
    if result["earliest_source"]:
        e = result["earliest_source"]
        lines.append(
            f"earliest source: {e['source_id']} ({e['date'] or 'no date'}) {e['title'] or ''}"
        )
    write_output("\n".join(lines), None)
    return 0


def _read_one(path: Path):
    from newsaudit.corpus.sources import iter_items
    from newsaudit.errors import InputError
    from newsaudit.ingest import article_from_record

    if path.suffix.lower() == ".json":
        try:
            return article_from_record(json.loads(path.read_text(encoding="utf-8")))
        except ValueError as error:
            raise InputError(f"{path}: not a JSON object: {error}") from None
    items = list(iter_items(str(path)))
    if len(items) != 1:
        raise InputError(f"{path} holds {len(items)} articles; trace one at a time")
    return items[0].build()


def run_clusters(args: argparse.Namespace) -> int:
    from newsaudit.corpus import find_clusters, open_store

    with open_store(args.db) as store:
        clusters = find_clusters(store)
    if args.json:
        write_output(json.dumps({"clusters": clusters}, ensure_ascii=False), None)
        return 0
    lines = [f"{len(clusters)} clusters"]
    for c in clusters:
        e = c["earliest"]
        others = ", ".join(m["source_id"] for m in c["members"][1:6])
        lines.append(
            f"  {c['size']:>3}  earliest {e['source_id']} ({e['date'] or 'no date'}): {others}"
        )
    write_output("\n".join(lines), None)
    return 0


def run_analyze_spark(args: argparse.Namespace) -> int:
    from newsaudit.corpus.spark_analyze import run_args

    return run_args(args)


def run_reuse_spark(args: argparse.Namespace) -> int:
    from newsaudit.corpus.spark import run_args

    return run_args(args)


def run_eval(args: argparse.Namespace) -> int:
    from newsaudit.corpus.bench import format_scores, run_benchmark

    scores = run_benchmark(seed=args.seed, data_dir=args.data, per_kind=args.articles)
    write_output(json.dumps(scores, indent=2) if args.json else format_scores(scores), None)
    return 0
