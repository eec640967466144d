"""The corpus store: formats, idempotence, error records, crash safety, URLs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import textwrap

import pytest

from newsaudit.corpus import ingest, open_store
from newsaudit.corpus.db import parse_url
from newsaudit.errors import InputError

BODY = (
    "Workers at the Halden paper mill voted to accept a two-year pay deal on Monday, ending a "
    "strike that had halted production for nine days. The union said members would receive a "
    "rise of four percent this year and three percent next year."
)
PAGE = """<!doctype html><html><head><title>Mill strike ends</title>
<meta name="author" content="Ada Brook">
<meta property="article:published_time" content="2024-05-06">
</head><body><nav>Home | News</nav><article><h1>Mill strike ends</h1><p>{body}</p>
<p>Production is expected to restart on Wednesday, the company said in a statement.</p>
</article><footer>Copyright</footer></body></html>"""


def _records(n: int) -> list[dict]:
    return [
        {"id": f"r{i}", "title": f"Story {i}", "text": f"{BODY} Item number {i}."} for i in range(n)
    ]


def _write_jsonl(path, records, extra_lines=()):
    lines = [json.dumps(r) for r in records] + list(extra_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def _count(url: str, sql: str = "SELECT count(*) FROM articles") -> int:
    with open_store(url) as store:
        return store.query(sql)[0][0]


def test_jsonl_ingest_is_idempotent_and_records_errors(tmp_path):
    src = _write_jsonl(tmp_path / "a.jsonl", _records(5), ["{not json", '{"title": ""}'])
    url = str(tmp_path / "c.sqlite")
    with open_store(url, create=True) as store:
        first = ingest([src], store, progress=False, batch_size=2)
        second = ingest([src], store, progress=False)
        rows = store.query("SELECT record_id, meta FROM articles ORDER BY id")
        errors = store.query("SELECT locator, message FROM errors ORDER BY locator")
    assert (first.added, first.errors) == (5, 2)
    assert (second.added, second.duplicates) == (0, 5)
    assert [r[0] for r in rows] == [f"r{i}" for i in range(5)]
    assert json.loads(rows[0][1])["format"] == "jsonl"
    assert [e[0] for e in errors] == ["line 6", "line 7"]
    assert errors[0][1].startswith("InputError: not JSON")
    assert errors[1][1].startswith("InputError")


def test_csv_text_html_and_warc_sources(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with (tmp_path / "rows.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=["id", "headline", "body", "date"])
        writer.writeheader()
        writer.writerow(
            {"id": "c1", "headline": "From CSV", "body": BODY + " CSV.", "date": "2024-01-02"}
        )
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "one.txt").write_text("Plain headline\n\n" + BODY + " Text.", encoding="utf-8")
    (pages / "two.html").write_text(PAGE.format(body=BODY + " HTML."), encoding="utf-8")
    warc = tmp_path / "crawl.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        payload = PAGE.format(body=BODY + " WARC.").encode()
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        writer.write_record(
            writer.create_warc_record(
                "https://example.org/mill",
                "response",
                payload=io.BytesIO(payload),
                http_headers=headers,
            )
        )
    url = f"sqlite:///{tmp_path / 'c.sqlite'}"
    with open_store(url, create=True) as store:
        stats = ingest([str(tmp_path / "rows.csv"), str(pages), str(warc)], store, progress=False)
        rows = store.query("SELECT record_id, title, date, url, text FROM articles ORDER BY id")
    assert stats.added == 4 and stats.errors == 0
    by_id = {r[0]: r for r in rows}
    assert by_id["c1"][1:3] == ("From CSV", "2024-01-02")
    assert by_id["one.txt"][4].startswith("Plain headline\n\n")
    assert by_id["two.html"][1] == "Mill strike ends" and "Home | News" not in by_id["two.html"][4]
    assert by_id["https://example.org/mill"][3] == "https://example.org/mill"


def test_analyze_stores_a_report_and_fills_missing_ones(tmp_path):
    src = _write_jsonl(tmp_path / "a.jsonl", _records(1))
    url = str(tmp_path / "c.sqlite")
    with open_store(url, create=True) as store:
        ingest([src], store, progress=False)
        assert store.query("SELECT report FROM articles")[0][0] is None
        stats = ingest([src], store, progress=False, analyze=True)
        report = json.loads(store.query("SELECT report FROM articles")[0][0])
    assert stats.analysed == 1 and stats.added == 0
    assert "quotes" in report


CRASHER = textwrap.dedent(
    """
    import os, signal, sys
    import newsaudit.corpus.store as s
    from newsaudit.corpus import ingest, open_store
    calls = [0]
    real = s._insert_fingerprints
    def dying(store, rows):
        real(store, rows)
        calls[0] += 1
        if calls[0] == 3:  # third batch: article rows written, transaction still open
            os.kill(os.getpid(), signal.SIGKILL)
    s._insert_fingerprints = dying
    with open_store(sys.argv[1], create=True) as store:
        ingest([sys.argv[2]], store, progress=False, batch_size=10)
    """
)


def test_kill_minus_nine_mid_batch_then_resume(tmp_path):
    src = _write_jsonl(tmp_path / "a.jsonl", _records(45))
    url = str(tmp_path / "c.sqlite")
    proc = subprocess.run([sys.executable, "-c", CRASHER, url, src], capture_output=True)
    assert proc.returncode == -9
    assert _count(url) == 20  # two committed batches; the killed one rolled back
    with open_store(url) as store:
        stats = ingest([src], store, progress=False, batch_size=10)
        dup = store.query(
            "SELECT count(*) FROM (SELECT content_hash FROM articles GROUP BY content_hash "
            "HAVING count(*) > 1) d"
        )[0][0]
        orphans = store.query(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM fingerprints f WHERE f.article_id = a.id)"
        )[0][0]
    assert (stats.added, stats.duplicates) == (25, 20)
    assert _count(url) == 45 and dup == 0 and orphans == 0


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("corpus.sqlite", ("sqlite", "corpus.sqlite")),
        ("sqlite:///rel/c.db", ("sqlite", "rel/c.db")),
        ("sqlite:////abs/c.db", ("sqlite", "/abs/c.db")),
        ("postgresql://u@h/db", ("postgresql", "postgresql://u@h/db")),
    ],
)
def test_parse_url(url, expected):
    assert parse_url(url) == expected


def test_reading_a_missing_database_is_a_user_error(tmp_path):
    with pytest.raises(InputError):
        open_store(str(tmp_path / "missing.sqlite"))
    with pytest.raises(InputError):
        parse_url("mysql://x")


# PostgreSQL: tests/test_corpus_postgres.py (starts its own server, or NEWSAUDIT_TEST_PG_URL)


def _count_race(url: str, src: str, monkeypatch: pytest.MonkeyPatch) -> dict:
    """An ingest whose articles another run stores between its look-up and its write: the
    look-up is made to miss them, as it does when two runs start at once."""
    import newsaudit.corpus.store as store_module

    with open_store(url, create=True) as store:
        ingest([src], store, progress=False)  # the other run, finished first
    monkeypatch.setattr(store_module, "_known", lambda store, hashes: {})
    with open_store(url, create=True) as store:
        return ingest([src], store, progress=False).to_dict()


def test_articles_another_run_stored_first_are_not_counted_as_added(tmp_path, monkeypatch):
    src = _write_jsonl(tmp_path / "a.jsonl", _records(6))
    url = str(tmp_path / "c.sqlite")
    stats = _count_race(url, src, monkeypatch)
    assert (stats["added"], stats["duplicates"]) == (0, 6)
    assert _count(url) == 6


def test_corpus_quotes_on_a_store_without_reports_says_how_to_add_them(tmp_path, capsys):
    from newsaudit.cli import main

    src = _write_jsonl(tmp_path / "a.jsonl", _records(3))
    url = str(tmp_path / "c.sqlite")
    with open_store(url, create=True) as store:
        ingest([src], store, progress=False)
    assert main(["corpus", "quotes", "a two-year pay deal", "--db", url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "has no stored reports" in err[0]
    assert "--analyze" in err[0]
