"""The Spark reuse job gives exactly the passages of the single-machine trace (`local[*]`).

One SparkSession for the module (starting a JVM costs seconds); skipped when pyspark or Java is
missing. The corpus below is written for this test: wire stories, verbatim and edited reprints,
a duplicate line, a record without an id, a broken line and unrelated articles.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from newsaudit.corpus import ingest, open_store, trace_article
from newsaudit.corpus.spark import PASSAGE_FIELDS
from newsaudit.corpus.trace import load_article

pytestmark = pytest.mark.slow  # a JVM and a few Spark jobs: about half a minute in all
pytest.importorskip("pyspark", reason="the Spark job needs pyspark (newsaudit[spark])")
_JAVA_HOME = os.environ.get("JAVA_HOME")
if shutil.which("java") is None and not (_JAVA_HOME and Path(_JAVA_HOME, "bin", "java").exists()):
    pytest.skip("the Spark job needs Java 17+ (java on PATH or JAVA_HOME)", allow_module_level=True)

DAM = (
    "Engineers at the Karsby reservoir began lowering the water level on Wednesday after "
    "inspectors found cracks in the concrete spillway of the ninety-year-old dam. The regional "
    "water board said there was no immediate danger to the villages downstream, but it asked "
    "two hundred households to prepare for a possible evacuation over the weekend. Repairs are "
    "expected to take at least three months and will cost an estimated forty million crowns."
)
STRIKE = (
    "Bus drivers in the capital will walk out for forty-eight hours from Monday after talks "
    "over pay and rest breaks collapsed late on Thursday night, their union announced. The "
    "transport authority said it would run a reduced timetable on the busiest routes and urged "
    "commuters to work from home where possible. Union leaders said drivers had not received a "
    "rise above inflation for six years and that shifts of eleven hours had become common."
)
LIBRARY = (
    "The old grain exchange in Tollen will reopen next spring as the town's central library, "
    "after a restoration that uncovered painted ceilings hidden for more than a century. The "
    "architects kept the trading floor open as a reading room and added a glass roof above the "
    "former auction hall. Local historians said the ceilings were probably painted in the 1880s "
    "by travelling artists who decorated several public buildings in the region."
)
STORM = (
    "A storm with winds of up to one hundred and thirty kilometres an hour cut power to forty "
    "thousand homes along the western coast overnight, the grid operator said. Ferries between "
    "the islands were cancelled and several roads were blocked by fallen trees. Crews expected "
    "to restore most connections by Saturday evening, although remote farms could wait longer."
)
CHESS = (
    "A sixteen-year-old from Marrow won the national chess championship on Sunday, becoming the "
    "youngest champion in the tournament's history after a tense final game that lasted almost "
    "six hours. She said she had prepared by replaying classic endgames every evening."
)
GARDEN = (
    "Volunteers planted more than two thousand bulbs in the riverside park this weekend, "
    "hoping for a carpet of colour by April. The council supplied tools and tea, and a local "
    "school painted signs naming each flower bed after a famous botanist."
)


def _records() -> list[dict]:
    strike_edited = (
        STRIKE.replace("collapsed late on Thursday night", "collapsed on Thursday night")
        .replace("urged commuters", "urged all commuters")
        .replace("six years", "seven years")
    )
    first, second = DAM.split(". The regional")
    dam_reordered = "The regional" + second + " " + first + "."
    return [
        {"id": "wire-dam", "title": "Dam spillway cracked", "text": DAM, "date": "2024-04-03"},
        {"id": "wire-strike", "title": "Bus strike called", "text": STRIKE, "date": "2024-04-05"},
        {"id": "wire-library", "title": "Grain exchange to become library", "text": LIBRARY},
        {"id": "storm", "title": "Storm cuts power", "text": STORM, "date": "2024-04-06"},
        {"id": "chess", "title": "Teenager wins chess title", "text": CHESS},
        {"id": "garden", "title": "Bulbs planted", "text": GARDEN, "date": "2024-04-07"},
        {"id": "daily-dam", "title": "Reservoir lowered", "text": f"{GARDEN}\n\n{DAM}"},
        {
            "id": "weekly-strike",
            "title": "Week ahead",
            "text": f"{CHESS}\n\n{strike_edited}",
            "date": "2024-04-08",
        },
        {"id": "roundup", "title": "Round-up", "text": f"{dam_reordered}\n\n{LIBRARY}"},
        {"title": "Library reprint", "text": LIBRARY.replace("painted", "decorated", 1)},
        {"id": "storm-copy", "title": "Storm", "text": STORM + " More soon.", "date": "2024-04-09"},
        {"id": "harvest", "title": "Quiet week", "text": "Nothing of note happened this week."},
        {"id": "wire-dam-again", "title": "Dam spillway cracked", "text": DAM},  # a duplicate
    ]


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
def corpus(tmp_path_factory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("spark-corpus")
    src = tmp / "articles.jsonl"
    lines = [json.dumps(r) for r in _records()]
    lines.insert(5, "{not json")  # skipped by both paths (an error record in the store)
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    url = str(tmp / "corpus.sqlite")
    with open_store(url, create=True) as store:
        stats = ingest([str(src)], store, progress=False)
    assert (stats.added, stats.duplicates, stats.errors) == (12, 1, 1)
    return src, url


def _single_machine(url: str) -> set[tuple]:
    """Every stored article traced against the store: the reference result."""
    pairs = set()
    with open_store(url) as store:
        for rowid, record_id in store.query("SELECT id, record_id FROM articles ORDER BY id"):
            result = trace_article(load_article(store, f"#{rowid}"), store)
            for p in result["passages"]:
                pairs.add(_key({"article_id": record_id or f"#{rowid}", **p}))
    return pairs


def _key(p: dict) -> tuple:
    return (
        p["article_id"],
        p["source_id"],
        p["start"],
        p["end"],
        p["source_start"],
        p["source_end"],
        round(p["similarity"], 3),
    )


def test_spark_job_finds_the_same_passages_as_the_single_machine_trace(spark, corpus, tmp_path):
    from newsaudit.corpus.spark import run

    src, url = corpus
    expected = _single_machine(url)
    pairs = {(a, s) for a, s, *_ in expected}
    # the corpus exercises what it should: verbatim, edited, reordered, reprint and unrelated
    assert {
        ("daily-dam", "wire-dam"),
        ("roundup", "wire-dam"),
        ("weekly-strike", "wire-strike"),
    } <= pairs
    assert {
        ("roundup", "wire-library"),
        ("storm-copy", "storm"),
        ("chess", "weekly-strike"),
    } <= pairs
    assert any(a.startswith("#") or s.startswith("#") for a, s in pairs)  # record without id
    assert not {p for p in pairs if "harvest" in p}

    out = tmp_path / "passages"
    passages = run(spark, inputs=[str(src)], output=str(out))
    assert {_key(r.asDict()) for r in passages.collect()} == expected
    lines = [json.loads(line) for part in sorted(out.glob("part-*")) for line in part.open()]
    assert [_key(p) for p in lines] == sorted(expected, key=_order(url))  # article order
    assert set(lines[0]) == set(PASSAGE_FIELDS)

    run(spark, db=url, output=str(tmp_path / "pq"), fmt="parquet")  # the store as input
    rows = spark.read.parquet(str(tmp_path / "pq")).collect()
    assert {_key(r.asDict()) for r in rows} == expected


def _order(url: str):
    with open_store(url) as store:
        rowids = {r or f"#{i}": i for i, r in store.query("SELECT id, record_id FROM articles")}
    return lambda k: (rowids[k[0]], k[2], k[1])


def test_candidate_store_refuses_unknown_queries():
    from newsaudit.corpus.spark import _CandidateStore

    store = _CandidateStore([(5, 2), (3, 1), (5, 1)], [(1, "a", None, "x", None, None, "h")])
    assert list(store.query_in("SELECT hash, article_id FROM fingerprints", [5])) == [
        (5, 1),
        (5, 2),
    ]
    with pytest.raises(NotImplementedError):
        list(store.query_in("SELECT 1 FROM errors", [1]))


def test_cli_runs_the_job_and_reports_counts(spark, corpus, tmp_path, capsys):
    from newsaudit.cli import main

    src, url = corpus
    assert main(["corpus", "reuse-spark", str(src), "--db", url, "--output", "x"]) == 2
    assert "not both" in capsys.readouterr().err
    out = tmp_path / "cli"
    assert main(["corpus", "reuse-spark", str(src), "--output", str(out), "--partitions", "2"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary == {"passages": 14, "pairs": 14, "output": str(out)}
    assert not spark.sparkContext._jsc.sc().isStopped()  # the caller's session is left running
