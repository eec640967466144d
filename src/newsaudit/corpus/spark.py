"""Text reuse across a whole corpus as a Spark batch job: every article traced against all others.

This is `trace_article` run for every article of a corpus, scaled out. Nothing of the detection
logic is re-implemented here, so the job finds exactly the passages the single-machine path finds:

* articles are read and normalised by the same code as `corpus ingest` (JSONL lines through
  `sources`, identity by `content_hash`, first copy wins, internal ids in ingestion order);
* fingerprints are `fingerprint.fingerprints` (index side) and `Tokens.hashes(NGRAM)` (query
  side), computed on the executors;
* the candidate search of `trace._candidates` — shared fingerprints counted per article pair,
  fingerprints in more than `MAX_POSTINGS` articles ignored, the `MAX_CANDIDATES` best kept — is
  a join and a window in Spark (the part that does not fit on one machine);
* each article and its candidates are then handed to `trace._trace` itself, through
  `_CandidateStore`, an in-memory stand-in for the store that holds only those candidates, so
  alignment (`align`), merging, overlap resolution and the similarity filter are the same code.

Run it with ``newsaudit corpus reuse-spark`` or ``spark-submit …/newsaudit/corpus/spark.py``
(same options; see docs/corpus.md, "Scale-out on Spark").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from newsaudit.corpus.fingerprint import NGRAM, fingerprints, tokenize
from newsaudit.corpus.store import content_hash
from newsaudit.corpus.trace import MAX_CANDIDATES, MAX_POSTINGS, _trace
from newsaudit.ingest import Article

if TYPE_CHECKING:  # pyspark is an optional dependency: `pip install 'newsaudit[spark]'`
    from pyspark.sql import DataFrame, SparkSession

# (id, record_id, title, text, date, url, content_hash): the columns `trace._candidates` reads
ArticleRow = tuple[int, str | None, str | None, str, str | None, str | None, str]
PASSAGE_FIELDS = (
    "article_id",
    "start",
    "end",
    "source_id",
    "source_start",
    "source_end",
    "similarity",
)


class _CandidateStore:
    """The two queries `trace._candidates` makes, answered from one article's candidates.

    The postings are the shared fingerprints of the candidates Spark ranked highest, in hash
    then article order — the order SQLite returns them in — so the candidate ranking inside
    `_trace` (a Counter, ties in first-seen order) picks the same sources as on one machine.
    Any other query fails loudly: if `trace` starts asking the store for more, this must follow.
    """

    def __init__(self, postings: list[tuple[int, int]], articles: list[ArticleRow]) -> None:
        self._postings = sorted(postings)
        self._articles = {row[0]: row for row in articles}

    def query_in(self, sql: str, values: Sequence[Any], chunk: int = 500) -> Iterator[tuple]:
        wanted = set(values)
        if "FROM fingerprints" in sql:
            yield from (p for p in self._postings if p[0] in wanted)
        elif "FROM articles" in sql:
            yield from (self._articles[i] for i in values if i in self._articles)
        else:  # a change in trace.py this stand-in does not know about
            raise NotImplementedError(f"_CandidateStore cannot answer: {sql}")


def trace_with_candidates(
    row: ArticleRow, candidates: Sequence[tuple[ArticleRow, Sequence[int]]]
) -> dict:
    """`trace._trace` for one article, given its candidates and the fingerprints each shares."""
    postings = [(h, cand[0]) for cand, hashes in candidates for h in hashes]
    store = _CandidateStore(postings, [cand for cand, _ in candidates])
    article = Article(text=row[3], title=row[2], date=row[4], url=row[5], id=row[1])
    return _trace(article, store)  # type: ignore[arg-type]


def public_id(row: ArticleRow) -> str:
    """The id `trace` reports for a stored article: its record id, else ``#`` + internal id."""
    return row[1] if row[1] else f"#{row[0]}"


# -- reading ---------------------------------------------------------------------------------


def _parse_line(line: str) -> ArticleRow | None:
    """One JSONL line as `corpus ingest` would store it (None where ingest records an error)."""
    from newsaudit.corpus.sources import _json_article

    if not line.strip():
        return None
    try:
        a = _json_article(line.encode("utf-8"))
        fingerprints(a.text)  # ingest stores an article only if this succeeds
    except Exception:  # one bad line is skipped, as ingest turns it into an error record
        return None
    return (0, a.id, a.title, a.text, a.date, a.url, content_hash(a.text))


def read_jsonl(spark: SparkSession, paths: Sequence[str]) -> DataFrame:
    """Articles from JSONL files (local, HDFS, S3…), deduplicated and numbered like ingest.

    Ingestion order is the order of `paths`, then of lines: the n-th distinct article gets
    internal id n, as in a fresh store (it names sources without a record id, ``#n``, and breaks
    ties between undated sources).
    """
    sc = spark.sparkContext
    parts = [
        sc.textFile(path).zipWithIndex().map(lambda li, k=k: ((k, li[1]), li[0]))
        for k, path in enumerate(paths)
    ]
    lines = sc.union(parts) if len(parts) > 1 else parts[0]
    parsed = lines.map(lambda kv: (kv[0], _parse_line(kv[1]))).filter(lambda kv: kv[1] is not None)
    first = parsed.map(lambda kv: (kv[1][6], kv)).reduceByKey(min)  # first copy of each text
    numbered = first.map(lambda kv: kv[1]).sortBy(lambda v: v[0]).zipWithIndex()
    rows = numbered.map(lambda v: (v[1] + 1, *v[0][1][1:]))
    return spark.createDataFrame(rows, _article_schema())


def read_store(spark: SparkSession, db_url: str, batch: int = 5000) -> DataFrame:
    """Articles from a corpus store (read on the driver, so for stores that fit one machine)."""
    from newsaudit.corpus.db import open_store

    sql = (
        "SELECT id, record_id, title, text, date, url, content_hash FROM articles "
        "WHERE id > ? ORDER BY id LIMIT ?"
    )
    rows: list[tuple] = []
    with open_store(db_url) as store:
        while True:
            page = store.query(sql, (rows[-1][0] if rows else 0, batch))
            if not page:
                break
            rows.extend(page)
    return spark.createDataFrame(rows, _article_schema())


def _article_schema() -> Any:
    from pyspark.sql.types import LongType, StringType, StructField, StructType

    names = ("record_id", "title", "text", "date", "url", "content_hash")
    fields = [StructField("id", LongType(), False)]
    fields += [StructField(n, StringType(), n not in ("text", "content_hash")) for n in names]
    return StructType(fields)


# -- the job ---------------------------------------------------------------------------------


def reuse_passages(articles: DataFrame) -> DataFrame:
    """Every reused passage in the corpus: one row per (article, source passage), with spans.

    `articles` has the columns of `_article_schema` (from `read_jsonl` or `read_store`).
    """
    from pyspark.sql import Window
    from pyspark.sql import functions as F
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    spark = articles.sparkSession
    index = articles.select("id", "text").rdd.flatMap(
        lambda r: [(int(h), r[0]) for h in fingerprints(r[1]).tolist()]
    )
    index_df = spark.createDataFrame(index, "hash long, sid long")
    df = index_df.groupBy("hash").agg(F.count("*").alias("df"))
    useful = index_df.join(df.where(F.col("df") <= MAX_POSTINGS), "hash").select("hash", "sid")
    query = articles.select("id", "text").rdd.flatMap(
        lambda r: [(h, r[0]) for h in set(tokenize(r[1]).hashes(NGRAM))]
    )
    query_df = spark.createDataFrame(query, "hash long, qid long")
    shared = (
        query_df.join(useful, "hash")
        .groupBy("qid", "sid")
        .agg(
            F.count("*").alias("n"),
            F.min("hash").alias("first"),
            F.collect_list("hash").alias("hashes"),
        )
    )
    # trace._candidates: Counter.most_common, ties in first-seen order (smallest hash, then id)
    rank = Window.partitionBy("qid").orderBy(F.desc("n"), F.asc("first"), F.asc("sid"))
    top = shared.withColumn("rank", F.row_number().over(rank)).where(
        F.col("rank") <= MAX_CANDIDATES
    )
    cols = ["id", "record_id", "title", "text", "date", "url", "content_hash"]
    src = articles.select([F.col(c).alias(f"s_{c}") for c in cols])
    grouped = (
        top.join(src, top.sid == src.s_id)
        .groupBy("qid")
        .agg(F.collect_list(F.struct(*[f"s_{c}" for c in cols], "hashes")).alias("cands"))
    )
    work = articles.join(grouped, articles.id == grouped.qid).select(*cols, "cands")
    passage = StructType(
        [
            StructField("article_id", StringType(), False),
            StructField("article_rowid", LongType(), False),
            StructField("start", LongType(), False),
            StructField("end", LongType(), False),
            StructField("source_id", StringType(), False),
            StructField("source_start", LongType(), False),
            StructField("source_end", LongType(), False),
            StructField("similarity", DoubleType(), False),
        ]
    )
    out = work.rdd.flatMap(_trace_row)
    return spark.createDataFrame(out, passage)


def _trace_row(r: Any) -> list[tuple]:
    """Run on the executors: trace one article against the candidates Spark found for it."""
    row: ArticleRow = tuple(r[:7])  # type: ignore[assignment]
    candidates = [(tuple(c[:7]), list(c[7])) for c in r[7]]
    result = trace_with_candidates(row, candidates)  # type: ignore[arg-type]
    pid = public_id(row)
    return [
        (
            pid,
            row[0],
            p["start"],
            p["end"],
            p["source_id"],
            p["source_start"],
            p["source_end"],
            float(p["similarity"]),
        )
        for p in result["passages"]
    ]


def get_session(
    master: str | None = None,
    partitions: int | None = None,
    app: str = "newsaudit-reuse",
    conf: dict[str, str] | None = None,
) -> SparkSession:
    """A SparkSession whose Python workers run this interpreter (so they import newsaudit)."""
    session_class = _session_class()
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = session_class.builder.appName(app)
    if master:
        builder = builder.master(master)
    if partitions:
        builder = builder.config("spark.sql.shuffle.partitions", str(partitions))
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def _session_class() -> Any:
    """pyspark's SparkSession, or a user error saying how to install it."""
    try:
        from pyspark.sql import SparkSession
    except ImportError:  # pragma: no cover - optional dependency
        from newsaudit.errors import InputError

        raise InputError("the Spark job needs pyspark: pip install 'newsaudit[spark]'") from None
    return SparkSession


def run(
    spark: SparkSession,
    *,
    inputs: Sequence[str] = (),
    db: str | None = None,
    output: str | None = None,
    fmt: str = "json",
    partitions: int | None = None,
) -> DataFrame:
    """Read, trace, and (with `output`) write the passages; returns the passages DataFrame."""
    from newsaudit.errors import InputError

    if bool(inputs) == bool(db):
        raise InputError("give JSONL inputs or --db, not both and not neither")
    articles = read_store(spark, db) if db else read_jsonl(spark, list(inputs))
    if partitions:
        articles = articles.repartition(partitions)
    # both are read several times (index, queries, candidates; sampling for the sorted output):
    # cached, each article is parsed and traced once
    passages = reuse_passages(articles.persist()).persist()
    if output:
        ordered = passages.orderBy("article_rowid", "start", "source_id")
        writer = ordered.drop("article_rowid").write.mode("overwrite")
        if fmt == "parquet":
            writer.parquet(output)
        else:
            writer.json(output)
    return passages


def main(argv: list[str] | None = None) -> int:
    """``spark-submit …/newsaudit/corpus/spark.py ARGS``: the same as ``newsaudit corpus reuse-spark
    ARGS`` (one set of options, defined with the other corpus commands)."""
    from newsaudit.cli import main as cli_main

    args = sys.argv[1:] if argv is None else argv
    return cli_main(["corpus", "reuse-spark", *args])


def run_args(args: argparse.Namespace) -> int:
    """Run the job for parsed `corpus reuse-spark` options; prints what it wrote, as JSON."""
    submitted = os.environ.get("SPARK_ENV_LOADED") or os.environ.get("PYSPARK_GATEWAY_PORT")
    master = args.master or (None if submitted else "local[*]")  # spark-submit sets its own
    owned = _session_class().getActiveSession() is None  # never stop a caller's session
    spark = get_session(master, args.partitions)
    try:
        run(
            spark,
            inputs=args.inputs,
            db=args.db,
            output=args.output,
            fmt=args.fmt,
            partitions=args.partitions,
        )
        counts = spark.read.format(args.fmt).load(args.output)
        n = counts.count()
        pairs = counts.select("article_id", "source_id").distinct().count()
    finally:
        if owned:
            spark.stop()
    print(json.dumps({"passages": n, "pairs": pairs, "output": args.output}))
    return 0


if __name__ == "__main__":  # pragma: no cover - spark-submit entry point
    sys.exit(main())
