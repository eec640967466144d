"""`corpus analyze-spark`: the same report lines as `analyze-batch`, byte for byte, resumable,
and the views read from its Parquet output as from a store.

One SparkSession for the module (`local[2]`); skipped without pyspark, pyarrow or Java. The
records are the views corpus (tests/test_corpus_views.py) plus lines that must become errors
or renamed ids: a broken line, a JSON list, a record without text, a repeated id.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from newsaudit.batch import run_batch
from newsaudit.cli import main

pytestmark = pytest.mark.slow
pytest.importorskip("pyspark", reason="the Spark job needs pyspark (newsaudit[spark])")
pq = pytest.importorskip("pyarrow.parquet", reason="reading Parquet needs pyarrow")
_JAVA_HOME = os.environ.get("JAVA_HOME")
if shutil.which("java") is None and not (_JAVA_HOME and Path(_JAVA_HOME, "bin", "java").exists()):
    pytest.skip("the Spark job needs Java 17+ (java on PATH or JAVA_HOME)", allow_module_level=True)

from corpus_views_data import PLEDGE, corpus_records  # noqa: E402


def _lines() -> list[str]:
    records = corpus_records()
    odd = [
        "{broken",
        "",
        json.dumps([1, 2]),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "herald-1", "text": "Roads in the north will be repaired this summer."}),
    ]
    return [json.dumps(r) for r in records[:4]] + odd + [json.dumps(r) for r in records[4:]]


@pytest.fixture(scope="module")
def spark():
    from newsaudit.corpus.spark import get_session

    conf = {
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.driver.memory": "512m",
    }
    try:
        session = get_session("local[2]", partitions=2, app="newsaudit-test", conf=conf)
    except Exception as error:  # e.g. a Java too old for this pyspark: no Spark here
        pytest.skip(f"Spark could not start: {type(error).__name__}: {error}")
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def outputs(spark, tmp_path_factory) -> tuple[Path, Path, dict, dict]:
    """analyze-batch on the whole input; analyze-spark on its first half, then on all of it."""
    from newsaudit.corpus.spark_analyze import run

    tmp = tmp_path_factory.mktemp("analyze")
    lines = _lines()
    half = tmp / "half.jsonl"
    half.write_text("\n".join(lines[:5]) + "\n", encoding="utf-8")
    full = tmp / "full.jsonl"
    full.write_text("\n".join(lines) + "\n", encoding="utf-8")
    run_batch(str(full), str(tmp / "batch.jsonl"), progress=False)
    out = tmp / "spark"
    first = run(spark, [str(half)], str(out), chunk_size=3)
    second = run(spark, [str(full)], str(out), chunk_size=4, partitions=3)
    return tmp / "batch.jsonl", out, first, second


def test_reports_are_byte_identical_to_analyze_batch(outputs):
    batch, out, _, _ = outputs
    reports, errors = {}, {}
    for line in batch.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        (errors if "error" in item else reports)[item["id"]] = item.get("error", line)
    rows = pq.read_table(out / "reports").to_pylist()
    assert sorted(r["id"] for r in rows) == sorted(reports)
    assert {r["id"]: r["report"] for r in rows} == reports  # the exact JSON text
    spark_errors = {r["id"]: r["error"] for r in pq.read_table(out / "errors").to_pylist()}
    assert spark_errors == errors
    assert {"line-5", "line-7", "empty"} <= set(errors) and "herald-1#2" in reports


def test_flat_columns_follow_the_report(outputs):
    _, out, _, _ = outputs
    for row in pq.read_table(out / "reports").to_pylist():
        report = json.loads(row["report"])
        assert [q["text"] for q in row["quotes"]] == [
            q["content"]["text"] for q in report["quotes"]
        ]
        assert [s["name"] for s in row["sources"]] == [s["name"] for s in report["sources"]]
        assert [c["start"] for c in row["claims"]] == [c["span"]["start"] for c in report["claims"]]
        assert [i["id"] for i in row["indicators"]] == [i["id"] for i in report["indicators"]]
        assert row["outlet"] == report["article"]["source"]


def test_a_rerun_skips_what_is_done(outputs):
    _, _, first, second = outputs
    assert first["items"] == 5 and first["skipped"] == 0
    assert second["skipped"] == 5  # the first run's reports and errors
    assert second["reports"] + second["errors"] == second["items"] - 5


def test_views_read_the_parquet_output_as_a_store(outputs, tmp_path, capsys):
    from newsaudit.corpus import ingest, open_store
    from newsaudit.corpus.views import ensure_views, find_quote, list_conflicts, list_speakers

    _, out, _, _ = outputs
    assert main(["corpus", "conflicts", "--reports", str(out), "--json"]) == 0
    from_parquet = json.loads(capsys.readouterr().out)
    assert main(["corpus", "quotes", PLEDGE, "--reports", str(out), "--json"]) == 0
    quotes = json.loads(capsys.readouterr().out)
    src = tmp_path / "c.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in corpus_records()), encoding="utf-8")
    with open_store(str(tmp_path / "c.sqlite"), create=True) as store:
        ingest([str(src)], store, analyze=True, progress=False)
        ensure_views(store, quiet=True)
        expected_quotes = find_quote(store, PLEDGE)
        expected = list_conflicts(store)
        speakers = list_speakers(store)

    assert [(m["source_id"], m["speaker"]) for m in quotes["appearances"]] == [
        (m["source_id"], m["speaker"]) for m in expected_quotes["appearances"]
    ]
    assert from_parquet["total"] == expected["total"] == 2
    assert [c["attributions"] for c in from_parquet["conflicts"]] == [
        c["attributions"] for c in expected["conflicts"]
    ]
    assert main(["corpus", "speakers", "--reports", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == speakers
