"""Admission, timeouts, dead workers, body limits and headers, in process and deterministic.

The pool's own code runs here on threads instead of processes (`executor_factory`), and the
job functions are replaced by ones the test releases itself, so a full queue or a slow job is
a state the test sets up, not a race against the clock.
"""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsaudit.service import ServiceConfig, create_app
from newsaudit.service import jobs as service_jobs
from newsaudit.service.limits import PAGE_CSP, BodyLimit
from newsaudit.service.pool import Admission, Busy, WorkerPool

STATIC = Path(service_jobs.__file__).with_name("static")


def _threads(config: ServiceConfig) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(config.workers)


def _app(monkeypatch, job=None, **settings):
    config = ServiceConfig(**settings)
    pool = WorkerPool(config, executor_factory=_threads)
    if job is not None:
        monkeypatch.setattr(service_jobs, "analyze_job", job)
    return TestClient(create_app(config, pool=pool), raise_server_exceptions=False), pool


def _wait_until(condition, what: str) -> None:
    """Poll for a state (not a duration): each check is instant, the bound only stops a hang."""
    for _ in range(5000):
        if condition():
            return
        threading.Event().wait(0.01)
    raise AssertionError(f"never reached: {what}")


def test_full_queue_answers_503_with_retry_after(monkeypatch):
    release = threading.Event()

    def held(payload, max_chars, fmt="json"):
        release.wait(30)
        return '{"ok": true}'

    client, pool = _app(monkeypatch, held, workers=1, queue=1)
    with client:
        results = []
        senders = [
            threading.Thread(
                target=lambda: results.append(client.post("/api/v1/analyze", json={"text": "a"}))
            )
            for _ in range(2)
        ]
        for sender in senders:
            sender.start()
        _wait_until(lambda: pool.admission.in_flight == 2, "one running and one queued")
        refused = client.post("/api/v1/analyze", json={"text": "a"})
        assert refused.status_code == 503
        assert int(refused.headers["Retry-After"]) >= 1
        assert "busy" in refused.json()["error"]
        release.set()
        for sender in senders:
            sender.join(30)
        assert [r.status_code for r in results] == [200, 200]
        assert pool.admission.in_flight == 0 and pool.admission.rejected == 1


def test_timeout_answers_504_and_keeps_the_place_until_the_job_ends(monkeypatch):
    release = threading.Event()

    def slow(payload, max_chars, fmt="json"):
        release.wait(30)
        return "{}"

    client, pool = _app(monkeypatch, slow, workers=1, queue=0, timeout=0.05)
    with client:
        response = client.post("/api/v1/analyze", json={"text": "a"})
        assert response.status_code == 504 and "longer than" in response.json()["error"]
        assert pool.admission.in_flight == 1  # the worker is still busy: no new job fits
        assert client.post("/api/v1/analyze", json={"text": "a"}).status_code == 503
        release.set()
        _wait_until(lambda: pool.admission.in_flight == 0, "the slow job ended")
        assert pool.timeouts == 1


def test_a_dead_worker_gets_503_and_a_fresh_pool(monkeypatch):
    calls = []

    def dies_once(payload, max_chars, fmt="json"):
        calls.append(1)
        if len(calls) == 1:
            raise BrokenProcessPool("gone")
        return '{"second": true}'

    client, pool = _app(monkeypatch, dies_once)
    with client:
        first_executor = pool._executor
        died = client.post("/api/v1/analyze", json={"text": "a"})
        assert died.status_code == 503 and "worker process died" in died.json()["error"]
        assert died.headers["Retry-After"] == "5"
        assert pool._executor is not first_executor
        assert client.post("/api/v1/analyze", json={"text": "a"}).json() == {"second": True}


def test_a_bug_is_a_one_line_500_without_traceback(monkeypatch):
    def buggy(payload, max_chars, fmt="json"):
        raise ZeroDivisionError("division by zero")

    client, _ = _app(monkeypatch, buggy)
    with client:
        response = client.post("/api/v1/analyze", json={"text": "a"})
    assert response.status_code == 500
    assert response.json() == {"error": "internal error: ZeroDivisionError"}


def test_worker_side_errors_keep_their_status_across_processes():
    import pickle

    error = pickle.loads(pickle.dumps(service_jobs.JobError(422, "the article\nis empty")))
    assert (error.status, error.message) == (422, "the article is empty")


def test_corpus_endpoints_need_a_db(monkeypatch):
    client, _ = _app(monkeypatch)
    with client:
        assert client.post("/api/v1/trace", json={"text": "a"}).status_code == 404
        response = client.get("/api/v1/quotes", params={"q": "words"})
        assert response.status_code == 404 and "--db" in response.json()["error"]
        assert client.get("/api/v1/config").json()["corpus"] is False


def test_declared_body_over_the_limit_is_refused_before_reading(monkeypatch):
    client, pool = _app(monkeypatch, max_body=1000)
    with client:
        response = client.post("/api/v1/analyze", content=b"x" * 1001)
        assert response.status_code == 413 and "1,000 bytes" in response.json()["error"]
        assert pool.admission.completed == 0


def test_a_body_that_never_arrives_gets_408():
    async def never_finishes():
        await asyncio.Event().wait()

    sent = []

    async def send(message):
        sent.append(message)

    async def app(scope, receive, send):  # pragma: no cover - never reached
        raise AssertionError("the app must not be called")

    scope = {"type": "http", "method": "POST", "headers": [], "path": "/api/v1/analyze"}
    asyncio.run(BodyLimit(app, 1000, body_timeout=0.01)(scope, never_finishes, send))
    assert sent[0]["status"] == 408


def test_every_response_carries_a_strict_csp(monkeypatch):
    client, _ = _app(monkeypatch)
    with client:
        page = client.get("/")
        missing = client.get("/nowhere")
    assert page.status_code == 200
    for response in (page, missing):
        assert response.headers["content-security-policy"] == PAGE_CSP
        assert response.headers["x-content-type-options"] == "nosniff"
    assert "unsafe-inline" not in PAGE_CSP and "script-src 'self'" in PAGE_CSP
    assert missing.json() == {"error": "Not Found"}


def test_the_page_loads_nothing_from_another_host_and_has_no_inline_code():
    for name in ("index.html", "app.js", "app.css", "docs.html", "docs.js"):
        text = (STATIC / name).read_text(encoding="utf-8")
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, name
    page = (STATIC / "index.html").read_text(encoding="utf-8")
    assert "<script>" not in page and " on" + "click=" not in page and "style=" not in page
    code = (STATIC / "app.js").read_text(encoding="utf-8")
    assert "innerHTML" not in code and "insertAdjacentHTML" not in code and "eval(" not in code


def test_admission_is_all_or_nothing_for_a_batch():
    admission = Admission(capacity=3, workers=1)
    admission.acquire(2)
    with pytest.raises(Busy):
        admission.acquire(2)
    assert admission.in_flight == 2
    admission.acquire(1)
    admission.release(0.5)
    assert admission.in_flight == 2 and admission.completed == 1


def test_serve_refuses_a_taken_port_or_a_missing_corpus_in_one_line(tmp_path, capsys):
    import socket

    from newsaudit.cli import main

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith(f"newsaudit: error: cannot listen on 127.0.0.1:{port}")
    assert "\n" not in error
    assert main(["serve", "--db", str(tmp_path / "missing.sqlite")]) == 2
    error = capsys.readouterr().err.strip()
    assert error.startswith("newsaudit: error:") and "\n" not in error
