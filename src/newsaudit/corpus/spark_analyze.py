"""The full analysis of a corpus as a Spark job: one report per article, as Parquet.

The same reports as `analyze-batch`, byte for byte, because the same code makes them: JSONL lines
become items through `batch.item_from_line` (ids, error messages), repeated ids get the same
``#2`` suffixes, and each report line is `batch`'s ``{"id": ..., **report}``. What Spark adds:

* the NLP pipeline and models load once per executor Python worker (``load_pipeline`` is cached
  per process and Spark reuses its Python workers), and each partition goes through
  `pipeline.analyze_many` (``nlp.pipe``) in batches;
* output ``DIR/reports`` (Parquet): ``row`` (input order), ``id``, title, date, outlet, url,
  ``report`` (the analyze-batch JSON line) and flat columns (quotes, sources, claims,
  indicators) for Spark SQL or DuckDB; ``DIR/errors``: ``row``, ``id``, ``error``;
* the input is cut into chunks of ``--chunk-size`` items, each one Spark job whose output is
  committed on success; a re-run skips every id already in ``reports`` or ``errors``, so a killed
  job loses at most the chunk it was running.

Run it with ``newsaudit corpus analyze-spark`` or through ``spark-submit`` (`main`).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

ROW_BITS = 40  # row = input index << 40 | line number: input order, no shuffle to number rows
CHUNK_SIZE = 20_000
BATCH_SIZE = 8  # articles per nlp.pipe batch (document.build_documents)


def _schemas() -> tuple[Any, Any]:
    from pyspark.sql.types import (
        ArrayType,
        DoubleType,
        IntegerType,
        LongType,
        StringType,
        StructField,
        StructType,
    )

    def s(name: str, kind: Any = None, null: bool = True) -> StructField:
        return StructField(name, kind or StringType(), null)

    strings = ArrayType(StringType())
    quote = StructType(
        [
            s("start", IntegerType()), s("end", IntegerType()), s("text"), s("kind"),
            s("speaker"), s("speaker_type"), s("via", strings),
        ]
    )  # fmt: skip
    source = StructType([s("id"), s("name"), s("type"), s("via", strings)])
    claim = StructType(
        [
            s("start", IntegerType()), s("end", IntegerType()), s("text"), s("kind"),
            s("source"), s("checkworthiness", DoubleType()),
        ]
    )  # fmt: skip
    indicator = StructType([s("id"), s("value", DoubleType()), s("explanation")])
    reports = StructType(
        [
            s("row", LongType(), False), s("id", null=False), s("title"), s("date"),
            s("outlet"), s("url"), s("report", null=False),
            s("quotes", ArrayType(quote)), s("sources", ArrayType(source)),
            s("claims", ArrayType(claim)), s("indicators", ArrayType(indicator)),
        ]
    )  # fmt: skip
    errors = StructType([s("row", LongType(), False), s("id", null=False), s("error")])
    return reports, errors


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return float(value)
    return float(value) if isinstance(value, int | float) else None


def flat_row(row: int, line: str) -> tuple:
    """A report row: the analyze-batch line and the flat columns read from it."""
    from newsaudit.corpus.views_index import outlet_of

    r = json.loads(line)
    a = r.get("article") or {}

    def span(d: dict | None) -> tuple:
        d = d or {}
        return d.get("start"), d.get("end"), d.get("text")

    quotes = [
        (*span(q.get("content")), q.get("kind"), (q.get("speaker") or {}).get("name"),
         (q.get("speaker") or {}).get("type"), list(q.get("via") or []))
        for q in r.get("quotes") or []
    ]  # fmt: skip
    sources = [
        (s.get("id"), s.get("name"), s.get("type"), list(s.get("via") or []))
        for s in r.get("sources") or []
    ]
    claims = [
        (*span(c.get("span")), c.get("kind"), c.get("source"), _number(c.get("checkworthiness")))
        for c in r.get("claims") or []
    ]
    indicators = [
        (i.get("id"), _number(i.get("value")), i.get("explanation"))
        for i in r.get("indicators") or []
    ]
    return (
        row, r["id"], a.get("title"), a.get("date"), outlet_of(a.get("source"), a.get("url")),
        a.get("url"), line, quotes, sources, claims, indicators,
    )  # fmt: skip


def analyze_partition(
    items: Iterable[tuple[int, str, str]], stance: bool, max_chars: int, batch_size: int
) -> Iterator[tuple[str, tuple]]:
    """Run on the executors: (row, id, line) items to ("report"|"error", row) pairs."""
    from newsaudit.batch import error_result, item_from_line, process_item
    from newsaudit.ingest import article_from_record
    from newsaudit.nlp import load_pipeline
    from newsaudit.pipeline import analyze_many

    load_pipeline()  # once per Python worker: Spark reuses it for the next tasks
    pending: list[tuple[int, Any, Any]] = []

    def flush() -> Iterator[tuple[str, tuple]]:
        try:
            reports = list(analyze_many([a for _, _, a in pending], stance=stance,
                                        batch_size=batch_size))  # fmt: skip
        except Exception:  # one article broke the batch: redo it one by one, as analyze-batch
            reports = None
        for k, (row, item, _) in enumerate(pending):
            if reports is None:
                result = process_item(item, max_chars, stance)
                if result.failed:
                    yield "error", (row, item.id, json.loads(result.line)["error"])
                    continue
                line = result.line
            else:
                line = json.dumps({"id": item.id, **reports[k].to_dict()}, ensure_ascii=False)
            yield "report", flat_row(row, line)
        pending.clear()

    for row, item_id, text in items:
        item = item_from_line(text.encode("utf-8"), row & ((1 << ROW_BITS) - 1))
        item.id = item_id
        if item.error is not None:
            yield (
                "error",
                (row, item_id, json.loads(error_result(item_id, item.error).line)["error"]),
            )
            continue
        try:
            article = article_from_record(item.record or {}, fmt=item.fmt, max_chars=max_chars)
        except Exception:  # the same record again through process_item: its exact message
            result = process_item(item, max_chars, stance)
            yield "error", (row, item_id, json.loads(result.line)["error"])
            continue
        pending.append((row, item, article))
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def read_items(spark: SparkSession, paths: list[str]) -> DataFrame:
    """(row, id, line) of every non-blank JSONL line, ids made unique as analyze-batch does."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    from newsaudit.batch import item_from_line

    sc = spark.sparkContext
    parts = [
        sc.textFile(p).zipWithIndex().map(lambda li, k=k: ((k << ROW_BITS) | (li[1] + 1), li[0]))
        for k, p in enumerate(paths)
    ]
    lines = (sc.union(parts) if len(parts) > 1 else parts[0]).filter(lambda r: r[1].strip())

    def with_id(r: tuple[int, str]) -> tuple[int, str, str]:
        return r[0], item_from_line(r[1].encode("utf-8"), r[0] & ((1 << ROW_BITS) - 1)).id, r[1]

    df = spark.createDataFrame(lines.map(with_id), "row long, base_id string, line string")
    nth = F.row_number().over(Window.partitionBy("base_id").orderBy("row"))
    return df.withColumn("nth", nth).select(
        "row",
        F.when(F.col("nth") == 1, F.col("base_id"))
        .otherwise(F.concat(F.col("base_id"), F.lit("#"), F.col("nth").cast("string")))
        .alias("id"),
        "line",
    )


def _done_ids(spark: SparkSession, out: str) -> DataFrame | None:
    frames = []
    for name in ("reports", "errors"):
        path = os.path.join(out, name)
        if _exists(spark, path):
            frames.append(spark.read.parquet(path).select("id"))
    if not frames:
        return None
    done = frames[0]
    for frame in frames[1:]:
        done = done.unionByName(frame)
    return done.distinct()


def _exists(spark: SparkSession, path: str) -> bool:
    """Whether a committed Parquet directory is at `path` (local or any Hadoop file system)."""
    jvm = spark.sparkContext._jvm  # type: ignore[attr-defined]
    conf = spark.sparkContext._jsc.hadoopConfiguration()  # type: ignore[attr-defined]
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    fs = hpath.getFileSystem(conf)
    return bool(fs.exists(hpath))


def run(
    spark: SparkSession,
    inputs: list[str],
    out: str,
    *,
    stance: bool = True,
    max_chars: int | None = None,
    batch_size: int = BATCH_SIZE,
    chunk_size: int = CHUNK_SIZE,
    partitions: int | None = None,
) -> dict:
    """Analyse every item of `inputs` not yet in `out`; returns counts of this run."""
    from pyspark.sql import functions as F

    from newsaudit.ingest import max_article_chars

    limit = max_article_chars(max_chars)
    items = read_items(spark, inputs)
    done = _done_ids(spark, out)
    total = items.count()
    if done is not None:
        items = items.join(done, "id", "left_anti")
    numbered = items.orderBy("row").rdd.zipWithIndex()
    todo = spark.createDataFrame(
        numbered.map(lambda r: (r[1], r[0]["row"], r[0]["id"], r[0]["line"])),
        "k long, row long, id string, line string",
    ).persist()
    n_todo = todo.count()
    reports_schema, errors_schema = _schemas()
    width = partitions or spark.sparkContext.defaultParallelism * 2
    counts = {"items": total, "skipped": total - n_todo, "reports": 0, "errors": 0}
    for lo in range(0, n_todo, chunk_size):
        chunk = todo.where((F.col("k") >= lo) & (F.col("k") < lo + chunk_size))
        rows = chunk.select("row", "id", "line").rdd.repartition(width)
        results = rows.mapPartitions(
            lambda part: analyze_partition(part, stance, limit, batch_size)
        ).persist()
        reports = spark.createDataFrame(
            results.filter(lambda r: r[0] == "report").map(lambda r: r[1]), reports_schema
        )
        errors = spark.createDataFrame(
            results.filter(lambda r: r[0] == "error").map(lambda r: r[1]), errors_schema
        )
        reports.sortWithinPartitions("row").write.mode("append").parquet(f"{out}/reports")
        errors.coalesce(1).write.mode("append").parquet(f"{out}/errors")
        counts["reports"] += results.filter(lambda r: r[0] == "report").count()
        counts["errors"] += results.filter(lambda r: r[0] == "error").count()
        results.unpersist()
    todo.unpersist()
    return counts


def main(argv: list[str] | None = None) -> int:
    """``spark-submit …/newsaudit/corpus/spark_analyze.py ARGS`` = ``newsaudit corpus
    analyze-spark ARGS``."""
    from newsaudit.cli import main as cli_main

    args = sys.argv[1:] if argv is None else argv
    return cli_main(["corpus", "analyze-spark", *args])


def run_args(args: argparse.Namespace) -> int:
    """Run the job for parsed `corpus analyze-spark` options; prints its counts as JSON."""
    from newsaudit.corpus.spark import _session_class, get_session
    from newsaudit.errors import InputError

    local = [p for p in args.inputs if "://" not in p]
    missing = [p for p in local if not Path(p).exists()]
    if missing:
        raise InputError(f"no such file or directory: {', '.join(missing)}")
    submitted = os.environ.get("SPARK_ENV_LOADED") or os.environ.get("PYSPARK_GATEWAY_PORT")
    master = args.master or (None if submitted else "local[*]")
    owned = _session_class().getActiveSession() is None
    spark = get_session(master, args.partitions, app="newsaudit-analyze")
    try:
        counts = run(
            spark,
            list(args.inputs),
            args.out,
            stance=args.stance,
            max_chars=args.max_chars,
            batch_size=args.batch_size,
            chunk_size=args.chunk_size,
            partitions=args.partitions,
        )
    finally:
        if owned:
            spark.stop()
    print(json.dumps({**counts, "output": args.out}))
    return 0


if __name__ == "__main__":  # pragma: no cover - spark-submit entry point
    sys.exit(main())
