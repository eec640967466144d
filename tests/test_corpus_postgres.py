"""The corpus store on a real PostgreSQL server: ingest, re-ingest, trace and clusters.

The session fixture starts a throwaway server (initdb + pg_ctl in a temporary directory, a free
localhost port, trust authentication) so these tests run wherever PostgreSQL's server binaries
are installed, and skip with the reason when they are not. `NEWSAUDIT_TEST_PG_URL` points them
at an existing server instead (a database they may empty).
"""

from __future__ import annotations

import glob
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsaudit.corpus import find_clusters, ingest, open_store, trace_article
from newsaudit.corpus.trace import load_article
from newsaudit.ingest import article_from_parts

psycopg = pytest.importorskip("psycopg", reason="PostgreSQL needs psycopg (newsaudit[postgres])")

PG_ENV = "NEWSAUDIT_TEST_PG_URL"
USER = "newsaudit"

QUAKE = (
    "A magnitude 5.8 earthquake shook the coastal city of Verna shortly after midnight on "
    "Friday, damaging old buildings in the harbour district and cutting power to thousands of "
    "homes. The civil protection agency said three people were treated in hospital for minor "
    "injuries and that engineers would inspect every school before classes resume on Monday. "
    "Seismologists warned that aftershocks were likely to continue for several days."
)
BUDGET = (
    "The finance minister presented a budget on Tuesday that raises spending on hospitals and "
    "rail by four billion while freezing income tax thresholds for another two years. "
    "Opposition parties said the freeze was a tax rise by stealth that would hit low earners "
    "hardest, and business groups asked for faster relief on energy bills for small firms."
)
CHOIR = (
    "A choir of retired miners sang at the reopening of the valley's oldest chapel on Sunday, "
    "thirty years after the last pit closed. The chapel was restored by volunteers who raised "
    "the money through quiz nights, sponsored walks and a cookbook of local recipes."
)


def _records() -> list[dict]:
    return [
        {"id": "wire-quake", "title": "Quake hits Verna", "text": QUAKE, "date": "2024-05-03"},
        {"id": "wire-budget", "title": "Budget raises spending", "text": BUDGET},
        {"id": "choir", "title": "Miners' choir sings", "text": CHOIR, "date": "2024-05-06"},
        {
            "id": "daily",
            "title": "Weekend round-up",
            "text": CHOIR + "\n\n" + QUAKE.replace("shortly after", "just after"),
            "date": "2024-05-07",
        },
        {"title": "Quake (reprint)", "text": QUAKE, "date": "2024-05-04"},
        {"id": "budget-copy", "title": "Budget", "text": BUDGET + " Reaction to follow."},
    ]


def _write(path: Path, lines: list[str]) -> str:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


# -- the server --------------------------------------------------------------------------------


def _pg_bin(name: str) -> str | None:
    """A PostgreSQL server binary: on PATH, else the newest /usr/lib/postgresql/*/bin."""
    found = shutil.which(name)
    if found:
        return found
    candidates = glob.glob(f"/usr/lib/postgresql/*/bin/{name}")
    candidates.sort(key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    return candidates[-1] if candidates else None


def _as_user() -> tuple[list[str], int | None, int | None]:
    """How to run the server: initdb and postgres refuse root, so root runs them as another user."""
    if os.geteuid() != 0:
        return [], None, None
    runuser = shutil.which("runuser")
    if runuser is None:
        pytest.skip("running as root and runuser is missing: cannot start PostgreSQL unprivileged")
    for name in ("postgres", "nobody"):
        try:
            entry = pwd.getpwnam(name)
        except KeyError:
            continue
        return [runuser, "-u", name, "--"], entry.pw_uid, entry.pw_gid
    pytest.skip("running as root with no 'postgres' or 'nobody' user to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A ``postgresql://`` URL of a server that lives as long as the test session."""
    url = os.environ.get(PG_ENV)
    if url:
        yield url
        return
    initdb, pg_ctl = _pg_bin("initdb"), _pg_bin("pg_ctl")
    if not (initdb and pg_ctl):
        pytest.skip(f"no PostgreSQL server binaries (initdb, pg_ctl); or set {PG_ENV}")
    prefix, uid, gid = _as_user()
    # not under pytest's tmp_path: its parents are private to root, the server user needs access
    tmp = Path(tempfile.mkdtemp(prefix="newsaudit-pg-"))
    if uid is not None:
        os.chown(tmp, uid, gid or -1)
    data, log = tmp / "data", tmp / "server.log"

    def run(*cmd: str) -> subprocess.CompletedProcess:
        return subprocess.run([*prefix, *cmd], capture_output=True, text=True, timeout=120)

    started = False
    try:
        done = run(initdb, "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8")
        if done.returncode != 0:
            pytest.skip(f"initdb failed: {(done.stderr or done.stdout).strip()[-500:]}")
        for _attempt in range(3):  # the free port can be taken between probe and bind
            port = _free_port()
            opts = f"-h 127.0.0.1 -p {port} -k {tmp} -F -c fsync=off -c full_page_writes=off"
            done = run(
                pg_ctl, "-D", str(data), "-o", opts, "-l", str(log), "-w", "-t", "60", "start"
            )
            if done.returncode == 0:
                started = True
                break
        if not started:
            tail = log.read_text(errors="replace")[-500:] if log.exists() else done.stderr
            pytest.skip(f"PostgreSQL did not start: {tail.strip()}")
        yield f"postgresql://{USER}@127.0.0.1:{port}/postgres"
    finally:
        if started:
            run(pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(tmp, ignore_errors=True)


@pytest.fixture()
def pg_url(pg_server: str) -> Iterator[str]:
    """An empty database per test: a new one on our own server, emptied tables on a given one."""
    if os.environ.get(PG_ENV):
        with open_store(pg_server, create=True) as store:
            for table in ("fingerprints", "articles", "errors"):
                store.execute(f"DELETE FROM {table}")
            store._conn.commit()
        yield pg_server
        return
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    yield pg_server.rsplit("/", 1)[0] + f"/{name}"
    with psycopg.connect(pg_server, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture()
def both(tmp_path, pg_url) -> tuple[str, str]:
    """The same corpus ingested into SQLite and into PostgreSQL."""
    src = _write(tmp_path / "a.jsonl", [json.dumps(r) for r in _records()])
    sqlite_url = str(tmp_path / "c.sqlite")
    for url in (sqlite_url, pg_url):
        with open_store(url, create=True) as store:
            assert ingest([src], store, progress=False).added == len(_records())
    return sqlite_url, pg_url


# -- the tests ---------------------------------------------------------------------------------


def test_ingest_is_idempotent_and_records_errors(tmp_path, pg_url):
    src = _write(tmp_path / "a.jsonl", [*(json.dumps(r) for r in _records()), "{broken"])
    with open_store(pg_url, create=True) as store:
        first = ingest([src], store, progress=False, batch_size=2)
        second = ingest([src], store, progress=False)
        articles = store.query("SELECT record_id FROM articles ORDER BY id")
        orphans = store.query(
            "SELECT count(*) FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM fingerprints f WHERE f.article_id = a.id)"
        )[0][0]
        errors = store.query("SELECT locator FROM errors")
    assert (first.added, first.errors) == (6, 1)
    assert (second.added, second.duplicates, second.errors) == (0, 6, 1)
    assert [r[0] for r in articles] == [r.get("id") for r in _records()]
    assert orphans == 0 and errors == [("line 7",)]


def test_trace_gives_the_same_result_as_sqlite(both):
    sqlite_url, pg_url = both
    derived = article_from_parts(
        "Our view\n\n" + BUDGET.replace("four billion", "four billion crowns") + "\n\n" + CHOIR,
        "Comment",
    )
    with open_store(sqlite_url) as lite, open_store(pg_url) as pg:
        refs = [r or f"#{i}" for i, r in lite.query("SELECT id, record_id FROM articles")]
        for ref in refs:
            expected = trace_article(load_article(lite, ref), lite)
            assert trace_article(load_article(pg, ref), pg) == expected, ref
        result = trace_article(derived, pg)
        assert result == trace_article(derived, lite)
    assert [p["source_id"] for p in result["passages"]] == ["wire-budget", "choir"]
    assert result["earliest_source"]["source_id"] == "choir"


def test_clusters_match_sqlite(both):
    sqlite_url, pg_url = both
    with open_store(sqlite_url) as lite, open_store(pg_url) as pg:
        expected, clusters = find_clusters(lite), find_clusters(pg)
    assert clusters == expected
    earliest = {c["earliest"]["source_id"] for c in clusters}
    assert earliest == {"wire-quake", "wire-budget"}


def test_articles_another_run_stored_first_are_not_counted_as_added(tmp_path, pg_url, monkeypatch):
    """PostgreSQL counts the rows an insert really added, as SQLite does (psycopg's
    executemany sums them)."""
    from test_corpus_store import _count_race

    src = _write(tmp_path / "a.jsonl", [json.dumps(r) for r in _records()])
    stats = _count_race(pg_url, src, monkeypatch)
    assert stats["added"] == 0 and stats["duplicates"] == stats["seen"] - stats["errors"]


def test_views_give_the_same_answers_as_sqlite(tmp_path, pg_url):
    from corpus_views_data import write_corpus
    from test_corpus_views import summary

    from newsaudit.corpus.views import ensure_views, list_conflicts

    src = write_corpus(tmp_path / "views.jsonl")
    results = []
    for url in (str(tmp_path / "v.sqlite"), pg_url):
        with open_store(url, create=True) as store:
            ingest([src], store, analyze=True, progress=False)
            ensure_views(store, quiet=True)
            results.append(summary(store))
            assert list_conflicts(store)["total"] == 2
    assert results[0] == results[1]
